#!/bin/sh
# indicators_sql.sh indicators.tsv [refresh] — the INSERT that fills
# luohuplan.indicators with the rows shipped in the data file (the extractor
# embeds the same file).  With "refresh", for the end of an upgrade script:
# the shipped rows are replaced by the file's, rows users added are kept
# (and win over a shipped row of the same code).
set -eu
echo "-- generated from src/data/indicators.tsv by src/data/indicators_sql.sh"
conflict=""
if [ "${2:-}" = refresh ]; then
  echo "DELETE FROM @extschema@.indicators WHERE NOT user_defined;"
  conflict=" ON CONFLICT (code) DO NOTHING"
fi
echo "INSERT INTO @extschema@.indicators (code, name_zh, aliases, name_en, default_unit, nbs_name, user_defined) VALUES"
awk -F'\t' '
  /^#/ || NF < 4 { next }
  { gsub(/\047/, "\047\047")
    n = split($3, a, "|"); arr = ""
    for (i = 1; i <= n; i++) arr = arr (i > 1 ? "," : "") "\"" a[i] "\""
    row = sprintf("  (\047%s\047, \047%s\047, \047{%s}\047, \047%s\047, %s, %s, false)", $1, $2, arr, $4,
                  $5 == "" ? "NULL" : "\047" $5 "\047", $6 == "" ? "NULL" : "\047" $6 "\047")
    rows = rows (rows == "" ? "" : ",\n") row }
  END { print rows conflict ";" }' conflict="$conflict" "$1"
