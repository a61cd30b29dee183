#!/bin/bash
# speed.sh — what the speed work of issue 18 must not change (behaviour,
# never timings; make bench has the figures):
# - the clean-text memo: a text equal to the last one normalize produced is
#   taken as clean, which is exact only because normalize is idempotent, so
#   normalize and extract answer the same with and without it (a fresh
#   session has no memo);
# - ingest stores the facts that extract gives for the stored clean text;
# - insert_facts (store_facts' writer in C, the report checked once): the
#   foreign key still refuses other rows and cascades, and a table with a
#   trigger of its own gets the same rows through INSERT, the trigger firing;
# - a fact's section is a heading's name: at most 240 bytes, no sentence
#   end in it (the whole paragraph was stored with every fact);
# - the texts of reports are compressed with lz4 when the server has it.
# Needs PGHOST/PGPORT/PGUSER of a cluster where luohuplan is installed.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
db=lp_speed
trap 'dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
n=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
nok() { n=$((n + 1)); echo "not ok $n - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else nok "$what"; fi; }
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" "$@"; }

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
q -c "CREATE EXTENSION luohuplan" || { echo "not ok 1 - CREATE EXTENSION luohuplan"; exit 1; }

# our own documents: the samples and the genre documents, plus text made to
# be repaired (chrome, glosses, full-width digits, traditional characters)
q -c "CREATE TABLE docs (name text PRIMARY KEY, doc text)"
for f in "$top"/test/samples/*.txt "$top"/test/genre/docs/*.txt; do
  [ -f "$f" ] || continue
  printf '%s\t%s\n' "$(basename "$f")" "$(python3 -c 'import sys; d=open(sys.argv[1],"rb").read().decode("utf-8","replace"); print(d.replace("\\","\\\\").replace("\t","\\t").replace("\r","\\r").replace("\n","\\n"), end="")' "$f")"
done | q -c "\\copy docs FROM STDIN"
q -c "INSERT INTO docs VALUES ('made', E'罗湖区2022年國民經濟計劃執行情況\n地区[bookmark: p1](jīng)生产总值增长５%，固定资产投资增长8%。\n（一）民生福祉改善迈出坚实步伐。就业方面，城镇新增就业12.5万人，增长3%。\n第 3 页\n')"
ndocs=$(q -c "SELECT count(*) FROM docs")
check "documents to compare ($ndocs)" [ "$ndocs" -gt 3 ]

# normalize twice in one session (the second from the memo) against a
# normalize of the clean text in a session of its own (no memo)
memo=$(q -c "SELECT name, md5(luohuplan.normalize(luohuplan.normalize(doc))) FROM docs ORDER BY name")
fresh=""
while IFS= read -r name; do
  fresh+="$name|$(q -c "SELECT md5(luohuplan.normalize(c)) FROM (SELECT luohuplan.normalize(doc) AS c FROM docs WHERE name = '$name') s")"$'\n'
done < <(q -c "SELECT name FROM docs ORDER BY name")
check "normalize of clean text: the memo answers what a fresh session computes" [ "$memo" = "${fresh%$'\n'}" ]
check "normalize is idempotent on every document" \
  [ -z "$(q -c "SELECT name FROM docs WHERE luohuplan.normalize(luohuplan.normalize(doc)) <> luohuplan.normalize(doc)")" ]

# extract of the clean text right after normalize (memo) against extract
# of the raw document (normalized inside) in a fresh session, row for row
rows() { q -c "SELECT md5(string_agg(x::text, E'\n' ORDER BY x.seq)) FROM docs d, LATERAL luohuplan.extract($1) x WHERE d.name = '$2'"; }
same=1
while IFS= read -r name; do
  a=$(rows 'luohuplan.normalize(d.doc)' "$name")
  b=$(rows 'd.doc' "$name")
  if [ "$a" != "$b" ]; then same=0; echo "# extract differs with the memo: $name"; fi
done < <(q -c "SELECT name FROM docs ORDER BY name")
check "extract of clean text after normalize equals extract of the document" [ $same = 1 ]

# ingest stores what extract gives for the stored clean text
q -c "SELECT count(luohuplan.ingest(convert_to(doc, 'UTF8'), name)) FROM docs" >/dev/null
diff=$(q -c "
  WITH got AS (SELECT f.report_id, f.seq, f.line, f.span_start, f.span_end, luohuplan.evidence(f), f.section,
                      f.period, f.status, f.subject, f.indicator, f.measure, f.value, f.unit
                 FROM luohuplan.facts f),
       want AS (SELECT r.report_id, x.seq, x.line, x.span_start, x.span_end, x.evidence, x.section,
                       x.period, x.status, x.subject, x.indicator, x.measure, x.value, x.unit
                  FROM luohuplan.reports r, LATERAL luohuplan.extract(r.clean, r.period, r.published, r.source) x)
  SELECT count(*) FROM ((SELECT * FROM got EXCEPT ALL SELECT * FROM want)
                        UNION ALL (SELECT * FROM want EXCEPT ALL SELECT * FROM got)) d")
check "stored facts are extract's rows for the stored clean text, evidence too ($diff differ)" [ "$diff" = 0 ]

# evidence is a byte range of clean, stored as text only for a clause no
# line holds (a sentence wrapped at the page width, joined by the extractor)
check "evidence stored as a range of its own line, or as text where no line holds it" \
  [ "$(q -c "SELECT count(*) FROM luohuplan.facts f JOIN luohuplan.reports r USING (report_id)
             WHERE CASE WHEN f.evidence_stored IS NULL
                        THEN f.evidence_start < f.evidence_end AND position('\x0a'::bytea IN
                             substr(convert_to(r.clean, 'UTF8'), f.evidence_start + 1, f.evidence_end - f.evidence_start)) = 0
                        ELSE f.evidence_start IS NULL
                             AND strpos(split_part(r.clean, E'\n', f.line), f.evidence_stored) = 0 END")" \
    = "$(q -c "SELECT count(*) FROM luohuplan.facts")" ]
check "some clauses joined from wrapped lines are stored as text (genre documents)" \
  [ "$(q -c "SELECT count(*) FROM luohuplan.facts WHERE evidence_stored IS NOT NULL")" -gt 0 ]
check "the views give the evidence of their facts" \
  [ "$(q -c "SELECT count(*) FROM luohuplan.fact_values v JOIN luohuplan.facts f USING (report_id, seq)
             WHERE v.evidence IS DISTINCT FROM luohuplan.evidence(f)")" = 0 ]
check "evidence_of: a range that cuts a character fails with 22023" \
  bash -c "psql -X -q -At -d $db -c \"SELECT luohuplan.evidence_of('地区', 1, 3, NULL)\" 2>&1 | grep -q 'not a range of whole characters'"
check "reports stored" [ "$(q -c "SELECT count(*) FROM luohuplan.reports")" -eq "$ndocs" ]

# insert_facts: the foreign key stays, and a table it cannot write the same
# way (a trigger of the user's) goes through store_facts' INSERT
id=$(q -c "SELECT report_id FROM luohuplan.facts GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
nf=$(q -c "SELECT count(*) FROM luohuplan.facts WHERE report_id = $id")
facts_md5() { q -c "SELECT md5(string_agg(f::text, E'\n' ORDER BY f.seq)) FROM luohuplan.facts f WHERE f.report_id = $id"; }
before=$(facts_md5)
check "insert_facts writes the facts itself ($nf)" \
  [ "$(q -c "BEGIN; DELETE FROM luohuplan.facts WHERE report_id = $id; SELECT luohuplan.insert_facts($id); ROLLBACK" | sed -n 1p)" = "$nf" ]
check "insert_facts of no report writes nothing: 0" [ "$(q -c "SELECT luohuplan.insert_facts(-1)")" = 0 ]
check "store_facts stores the same facts again" [ "$(q -c "SELECT luohuplan.store_facts($id)")" = "$nf" -a "$(facts_md5)" = "$before" ]
check "the foreign key still refuses a fact of no report (23503)" \
  bash -c "psql -X -q -At -d $db -c \"INSERT INTO luohuplan.facts (report_id, seq, line, span_start, span_end, evidence_stored, status, measure) VALUES (-1, 1, 1, 0, 1, 'x', 'actual', 'level')\" 2>&1 | grep -q 'violates foreign key constraint'"
q -c "CREATE TABLE public.fired (n int); CREATE FUNCTION count_fact() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN INSERT INTO public.fired VALUES (1); RETURN NEW; END';
      CREATE TRIGGER count_fact AFTER INSERT ON luohuplan.facts FOR EACH ROW EXECUTE FUNCTION count_fact()"
check "with a trigger on facts, insert_facts leaves the rows to INSERT (NULL)" \
  [ "$(q -c "SELECT luohuplan.insert_facts($id) IS NULL")" = t ]
check "with a trigger on facts, reextract stores the same facts and the trigger fires for each" \
  [ "$(q -c "SELECT luohuplan.reextract($id)")" = "$nf" -a "$(facts_md5)" = "$before" -a "$(q -c "SELECT count(*) FROM public.fired")" = "$nf" ]
q -c "DROP TRIGGER count_fact ON luohuplan.facts"
check "DELETE FROM reports still cascades to its facts" \
  [ "$(q -c "DELETE FROM luohuplan.reports WHERE report_id = $id; SELECT count(*) FROM luohuplan.facts WHERE report_id = $id")" = 0 ]

# section names
check "no section name is longer than 240 bytes" \
  [ "$(q -c "SELECT count(*) FROM luohuplan.facts WHERE octet_length(section) > 240")" = 0 ]
check "no section name holds a sentence end" \
  [ "$(q -c "SELECT count(*) FROM luohuplan.facts WHERE section ~ '[。；！？：]'")" = 0 ]
check "a heading that goes on into its paragraph is named by its first sentence" \
  [ "$(q -c "SELECT DISTINCT section FROM luohuplan.facts f JOIN luohuplan.reports r USING (report_id)
              WHERE r.source = 'made' AND f.value = 12.5")" = "民生福祉改善迈出坚实步伐" ]

# lz4 for the report texts, where the server has it
if [ "$(q -c "SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")" = t ]; then
  check "reports.raw and clean are compressed with lz4" \
    [ "$(q -c "SELECT string_agg(attname || '=' || attcompression::text, ',' ORDER BY attname) FROM pg_attribute
               WHERE attrelid = 'luohuplan.reports'::regclass AND attname IN ('raw', 'clean') AND NOT attisdropped")" = "clean=l,raw=l" ]
else
  echo "ok $((n += 1)) # skip the server has no lz4"
fi
echo "1..$n"
