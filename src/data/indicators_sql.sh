#!/bin/sh
# indicators_sql.sh indicators.tsv [refresh] — the INSERT that fills
# luohuplan.indicators with the rows shipped in the data file (the extractor
# embeds the same file).  With "refresh", for the end of an upgrade script:
# the shipped rows are replaced by the file's, rows users added are kept
# (and win over a shipped row of the same code).
#
# A malformed row stops the build with the file and line: ten columns, a
# code of a-z, 0-9 and _, each code once, direction lower/higher/empty.
# (lp_indicator_check_data checks the rest, in the unit tests.)
set -eu
out=$(awk -F'\t' '
  function q(s) { gsub(/\047/, "\047\047", s); return "\047" s "\047" }
  function opt(s) { return s == "" ? "NULL" : q(s) }
  function bad(what) { printf "%s:%d: %s\n", FILENAME, FNR, what > "/dev/stderr"; err = 1; exit 1 }
  /^#/ || /^[ \t]*$/ { next }
  { if (NF != 10) bad("not ten columns (" NF ")")
    if ($1 !~ /^[a-z0-9_]+$/) bad("code \"" $1 "\" not of a-z, 0-9 and _")
    if ($1 in seen) bad("code " $1 " twice (line " seen[$1] ")")
    seen[$1] = FNR
    if ($8 != "" && $8 != "lower" && $8 != "higher") bad("direction \"" $8 "\" not lower, higher or empty")
    n = split($3, a, "|"); arr = ""
    for (i = 1; i <= n; i++) {
      al = a[i]; gsub(/\\/, "\\\\", al); gsub(/"/, "\\\"", al)
      arr = arr (i > 1 ? "," : "") "\"" al "\""
    }
    row = sprintf("  (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, false)", q($1), q($2), q("{" arr "}"), q($4),
                  opt($5), opt($6), opt($7), opt($8), opt($9), opt($10))
    rows = rows (rows == "" ? "" : ",\n") row }
  END { if (!err) print rows }' "$1")
echo "-- generated from src/data/indicators.tsv by src/data/indicators_sql.sh"
conflict=""
if [ "${2:-}" = refresh ]; then
  echo "DELETE FROM @extschema@.indicators WHERE NOT user_defined;"
  conflict=" ON CONFLICT (code) DO NOTHING"
fi
echo "INSERT INTO @extschema@.indicators (code, name_zh, aliases, name_en, default_unit, nbs_name, topic, direction, flow_of, part_of, user_defined) VALUES"
printf '%s%s;\n' "$out" "$conflict"
