#!/bin/sh
# regions_sql.sh regions.tsv — the INSERT that fills luohuplan.regions with the
# rows shipped in the data file (lp_meta.c embeds the same file, so the table
# and the metadata inference never disagree).  Columns of the file: name,
# code, level, parent_code, short_name, flags; rows are in parent-first order.
# With "refresh", for the end of an upgrade script: the shipped rows are
# replaced by the file's, except those that rows users added hang from (with
# their ancestors: the foreign key), and rows users added are kept (and win
# over a shipped row of the same code, or the same name under the same parent).
set -eu
echo "-- generated from src/data/regions.tsv by src/data/regions_sql.sh"
conflict=""
if [ "${2:-}" = refresh ]; then
  cat <<'SQL'
WITH RECURSIVE kept (code) AS (
    SELECT parent_code FROM @extschema@.regions WHERE user_defined AND parent_code IS NOT NULL
  UNION
    SELECT r.parent_code FROM @extschema@.regions AS r JOIN kept AS k ON r.code = k.code
     WHERE r.parent_code IS NOT NULL)
DELETE FROM @extschema@.regions
 WHERE NOT user_defined AND (code IS NULL OR code NOT IN (SELECT code FROM kept));
SQL
  conflict=" ON CONFLICT DO NOTHING"
fi
echo "INSERT INTO @extschema@.regions (name, code, short_name, level, parent_code, user_defined) VALUES"
awk -F'\t' '
  function lit(s) { return s == "" ? "NULL" : "\047" s "\047" }
  /^#/ || NF < 5 { next }
  { gsub(/\047/, "\047\047")
    row = sprintf("  (%s, %s, %s, %s, %s, false)", lit($1), lit($2), lit($5 == "" ? $1 : $5), lit($3), lit($4))
    rows = rows (rows == "" ? "" : ",\n") row }
  END { print rows conflict ";" }' conflict="$conflict" "$1"
