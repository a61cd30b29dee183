#!/bin/sh
# regions_sql.sh regions.tsv [refresh] — the INSERT that fills luohuplan.regions
# with the rows shipped in the data file (lp_meta.c embeds the same file, so the
# table and the metadata inference never disagree).  Columns of the file: name,
# code, level, parent_code, short_name, flags; rows are in parent-first order.
#
# With "refresh", for the end of an upgrade script, rows users added are kept:
#   1. a row a user added that is exactly a shipped one (same code, name and
#      parent) becomes a shipped row, so a dump of the user rows never holds
#      a copy of a shipped row;
#   2. the shipped rows are deleted, except those that rows users added hang
#      from (with their ancestors: the foreign key);
#   3. the file's rows are inserted, except those that clash with a row a user
#      added (same code, or same name under the same parent) and everything
#      below them, which would hang from a row that is not there.
set -eu
# The pinyin and English names come from regions_en.tsv beside the file
# (made by regions_en_build.js), matched by name and code.
en=$(dirname "$1")/regions_en.tsv
rows=$(awk -F'\t' '
  function lit(s) { return s == "" ? "NULL" : "\047" s "\047" }
  FILENAME == ARGV[1] { if (!/^#/ && NF >= 4) { py[$1 SUBSEP $2] = $3; en[$1 SUBSEP $2] = $4 } next }
  /^#/ || NF < 5 { next }
  { gsub(/\047/, "\047\047"); k = $1 SUBSEP $2; p = py[k]; e = en[k]
    gsub(/\047/, "\047\047", p); gsub(/\047/, "\047\047", e)
    row = sprintf("  (%s, %s, %s, %s, %s, %s, %s)", lit($1), lit($2), lit($5 == "" ? $1 : $5), lit($3), lit($4), lit(p), lit(e))
    rows = rows (rows == "" ? "" : ",\n") row }
  END { print rows }' "$en" "$1")
echo "-- generated from src/data/regions.tsv by src/data/regions_sql.sh"
if [ "${2:-}" != refresh ]; then
  echo "INSERT INTO @extschema@.regions (name, code, short_name, level, parent_code, user_defined, pinyin, name_en)"
  echo "SELECT name, code, short_name, level, parent_code, false, pinyin, name_en FROM (VALUES"
  printf '%s\n' "$rows"
  echo ") AS shipped (name, code, short_name, level, parent_code, pinyin, name_en);"
  exit 0
fi
cat <<SQL
WITH shipped (name, code, short_name, level, parent_code, pinyin, name_en) AS (VALUES
$rows)
UPDATE @extschema@.regions AS r SET user_defined = false
  FROM shipped AS s
 WHERE r.user_defined AND r.code = s.code AND r.name = s.name
   AND r.parent_code IS NOT DISTINCT FROM s.parent_code;
WITH RECURSIVE kept (code) AS (
    SELECT parent_code FROM @extschema@.regions WHERE user_defined AND parent_code IS NOT NULL
  UNION
    SELECT r.parent_code FROM @extschema@.regions AS r JOIN kept AS k ON r.code = k.code
     WHERE r.parent_code IS NOT NULL)
DELETE FROM @extschema@.regions
 WHERE NOT user_defined AND (code IS NULL OR code NOT IN (SELECT code FROM kept));
INSERT INTO @extschema@.regions (name, code, short_name, level, parent_code, user_defined, pinyin, name_en)
WITH RECURSIVE shipped (name, code, short_name, level, parent_code, pinyin, name_en) AS (VALUES
$rows),
skipped (code) AS (
    SELECT s.code FROM shipped AS s JOIN @extschema@.regions AS r
        ON r.user_defined AND (r.code = s.code OR
                               (r.name = s.name AND r.parent_code IS NOT DISTINCT FROM s.parent_code))
     WHERE s.code IS NOT NULL
  UNION
    SELECT s.code FROM shipped AS s JOIN skipped AS k ON s.parent_code = k.code
     WHERE s.code IS NOT NULL)
SELECT name, code, short_name, level, parent_code, false, pinyin, name_en FROM shipped
 WHERE code IS NULL OR code NOT IN (SELECT code FROM skipped)
ON CONFLICT DO NOTHING;
-- shipped rows kept above (rows users added hang from them) get their names
WITH shipped (name, code, short_name, level, parent_code, pinyin, name_en) AS (VALUES
$rows)
UPDATE @extschema@.regions AS r SET pinyin = s.pinyin, name_en = s.name_en
  FROM shipped AS s
 WHERE NOT r.user_defined AND r.code = s.code AND r.name = s.name
   AND (r.pinyin IS DISTINCT FROM s.pinyin OR r.name_en IS DISTINCT FROM s.name_en);
SQL
