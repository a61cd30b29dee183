#!/bin/sh
# regions_sql.sh regions.tsv — the INSERT that fills luohuplan.regions with the
# rows shipped in the data file (lp_meta.c embeds the same file, so the table
# and the metadata inference never disagree).  Columns of the file: name,
# code, level, parent_code, short_name, flags; rows are in parent-first order.
set -eu
echo "-- generated from src/data/regions.tsv by src/data/regions_sql.sh"
echo "INSERT INTO @extschema@.regions (name, code, short_name, level, parent_code, user_defined) VALUES"
awk -F'\t' '
  function lit(s) { return s == "" ? "NULL" : "\047" s "\047" }
  /^#/ || NF < 5 { next }
  { gsub(/\047/, "\047\047")
    row = sprintf("  (%s, %s, %s, %s, %s, false)", lit($1), lit($2), lit($5 == "" ? $1 : $5), lit($3), lit($4))
    rows = rows (rows == "" ? "" : ",\n") row }
  END { print rows ";" }' "$1"
