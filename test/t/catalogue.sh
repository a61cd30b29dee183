#!/bin/bash
# catalogue.sh — rows users add to luohuplan.indicators and luohuplan.regions
# reach the extractor of every session (src/pg/pg_catalogue.c): a session
# that has already extracted sees a row another session committed, does not
# see one still uncommitted, and forgets a row deleted; ingest and reextract
# in that session store the user's code; an override of a shipped name wins
# there too.  (The same session: sql/catalogue.sql.)  Sentences written here.
# Needs PGHOST/PGPORT/PGUSER of a cluster where luohuplan is installed.
set -uo pipefail
db=lp_catalogue
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() {   # check <what> <got> <want>
  if [ "$2" = "$3" ]; then ok "$1"; else nok "$1: got '$2', want '$3'"; fi
}
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
trap 'dropdb --if-exists "$db" >/dev/null 2>&1' EXIT

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
q -c "CREATE EXTENSION luohuplan" || { echo "not ok 1 - CREATE EXTENSION luohuplan"; exit 1; }

doc="E'一、2023年计划执行情况\\n全区社区食堂达到45个，家庭病床300张。\\n'"
codes="SELECT string_agg(coalesce(indicator, '-'), ',' ORDER BY seq) FROM luohuplan.extract($doc)"
rdoc="E'前海合作区2023年国民经济和社会发展计划执行情况的报告\\n\\n一、2023年计划执行情况\\n全区地区生产总值增长5%。\\n'"
region="SELECT coalesce(region, '-') FROM luohuplan.report_meta($rdoc)"

# One long-lived session (B) runs its statements from a script; the other
# sessions (A) change the tables from \! lines in between.  B's output is
# one line per query, in order.
out=$(q <<SQL
$codes;
$region;
\\! psql -X -q -d $db -c "INSERT INTO luohuplan.indicators (code, name_zh, aliases, name_en) VALUES ('community_canteens', '社区食堂', '{}', 'Community canteens'), ('home_care_beds', '家庭照护床位', '{家庭病床}', 'Home-care beds')"
\\! psql -X -q -d $db -c "INSERT INTO luohuplan.regions (name, code, short_name, level, parent_code) VALUES ('前海合作区', NULL, '前海', 'new_area', '440300')"
$codes;
$region;
SELECT luohuplan.ingest(convert_to($doc, 'UTF8'), 'b.txt') IS NOT NULL;
SELECT string_agg(coalesce(f.indicator, '-'), ',' ORDER BY f.seq) FROM luohuplan.facts f JOIN luohuplan.reports r USING (report_id) WHERE r.source = 'b.txt';
SELECT luohuplan.ingest(convert_to($rdoc, 'UTF8'), 'qianhai.txt') IS NOT NULL;
SELECT region FROM luohuplan.reports WHERE source = 'qianhai.txt';
\\! psql -X -q -d $db -c "UPDATE luohuplan.indicators SET aliases = '{长者食堂}' WHERE code = 'home_care_beds'"
$codes;
\\! psql -X -q -d $db -c "DELETE FROM luohuplan.indicators WHERE user_defined"
\\! psql -X -q -d $db -c "DELETE FROM luohuplan.regions WHERE user_defined"
$codes;
$region;
SELECT luohuplan.reextract(r.report_id) > 0 FROM luohuplan.reports r WHERE r.source = 'b.txt';
SELECT string_agg(coalesce(f.indicator, '-'), ',' ORDER BY f.seq) FROM luohuplan.facts f JOIN luohuplan.reports r USING (report_id) WHERE r.source = 'b.txt';
SQL
)
mapfile -t got <<<"$out"
check "before: shipped codes only" "${got[0]:-}" "-,family_beds"
check "before: no region" "${got[1]:-}" "-"
check "another session's committed indicators reach extract" "${got[2]:-}" "community_canteens,home_care_beds"
check "another session's committed region reaches report_meta" "${got[3]:-}" "前海合作区"
check "ingest ran" "${got[4]:-}" "t"
check "ingest stores the user's codes" "${got[5]:-}" "community_canteens,home_care_beds"
check "ingest ran on the region's report" "${got[6]:-}" "t"
check "ingest stores the user's region" "${got[7]:-}" "前海合作区"
check "an update in another session: the shipped name is back" "${got[8]:-}" "community_canteens,family_beds"
check "rows deleted in another session: shipped codes again" "${got[9]:-}" "-,family_beds"
check "region deleted in another session: none again" "${got[10]:-}" "-"
check "reextract ran" "${got[11]:-}" "t"
check "reextract forgets the deleted codes" "${got[12]:-}" "-,family_beds"

# an uncommitted row of another session is not seen; once committed it is
q -c "$codes" >/dev/null
psql -X -q -d "$db" -c "BEGIN" \
     -c "INSERT INTO luohuplan.indicators (code, name_zh, aliases, name_en) VALUES ('community_canteens', '社区食堂', '{}', 'x')" \
     -c "SELECT pg_sleep(4)" -c "COMMIT" >/dev/null &
writer=$!
sleep 1.5
check "a row not yet committed is not seen" "$(q -c "$codes")" "-,family_beds"
wait "$writer"
check "once committed it is" "$(q -c "$codes")" "community_canteens,family_beds"

# a rolled-back change leaves the session as it was, in its own transaction too
got=$(q <<SQL
BEGIN;
INSERT INTO luohuplan.indicators (code, name_zh, aliases, name_en) VALUES ('home_care_beds', '家庭照护床位', '{家庭病床}', 'x');
$codes;
ROLLBACK;
$codes;
SQL
)
check "own transaction: seen, then rolled back" "$(echo $got)" "community_canteens,home_care_beds community_canteens,family_beds"

# the privilege model: any role may extract with user rows present
psql -X -q -d postgres -c "DROP ROLE IF EXISTS lp_catalogue_nobody" -c "CREATE ROLE lp_catalogue_nobody NOLOGIN" >/dev/null 2>&1
check "a role with no grants extracts with the user rows" \
  "$(psql -X -q -At -d "$db" -c "SET ROLE lp_catalogue_nobody" -c "$codes" -c "$region" 2>&1 | tr '\n' ' ')" \
  "community_canteens,family_beds - "
psql -X -q -d postgres -c "DROP ROLE IF EXISTS lp_catalogue_nobody" >/dev/null 2>&1
exit 0
