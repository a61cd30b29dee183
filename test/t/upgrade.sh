#!/bin/bash
# upgrade.sh — every released version upgrades to the current one and ends
# up exactly like a fresh install, with the users' data kept.
#
# For each frozen install script src/sql/upgrade/luohuplan--V.sql: one
# database gets CREATE EXTENSION luohuplan VERSION 'V', a report and a
# user-defined indicator, then ALTER EXTENSION luohuplan UPDATE; another
# gets a fresh CREATE EXTENSION.  The two must have the same objects with
# the same definitions, comments, volatility, parallel safety and
# privileges, and the same shipped reference rows; the user's report and
# indicator must still be there and re-extract.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
current=$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$top/luohuplan.control")
fresh=lp_upgrade_fresh
diffs=$(mktemp)
trap 'rm -f "$diffs"' EXIT
q() { local db=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }

# One line per extension object: what it is and everything about it that
# an upgrade must get right.
fingerprint() {
  q "$1" <<'SQL'
WITH members AS (
  SELECT d.classid, d.objid, d.objsubid
    FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
   WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
     AND e.extname = 'luohuplan')
SELECT pg_describe_object(m.classid, m.objid, m.objsubid) || ' | ' ||
       coalesce(obj_description(m.objid, m.classid::regclass::text), '') || ' | ' ||
       CASE m.classid
         WHEN 'pg_proc'::regclass THEN
           (SELECT CASE WHEN p.prokind = 'a'
                        THEN (SELECT a.aggtransfn::text || ' ' || a.aggfinalfn::text || ' ' ||
                                     a.aggcombinefn::text || ' ' || a.aggsortop::regoperator::text || ' ' ||
                                     a.aggtranstype::regtype::text
                                FROM pg_aggregate a WHERE a.aggfnoid = p.oid)
                        ELSE pg_get_functiondef(p.oid) END ||
                   p.provolatile::text || p.proparallel::text ||
                   p.proisstrict::text || coalesce(p.proacl::text, '')
              FROM pg_proc p WHERE p.oid = m.objid)
         WHEN 'pg_class'::regclass THEN
           (SELECT c.relkind::text || c.relreplident::text || coalesce(c.relacl::text, '') ||
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) ELSE '' END ||
                   coalesce((SELECT string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) ||
                                               CASE WHEN a.attnotnull THEN ' not null' ELSE '' END ||
                                               coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '') ||
                                               coalesce(' -- ' || col_description(c.oid, a.attnum), '') ||
                                               coalesce(' ' || a.attacl::text, ''),
                                               ', ' ORDER BY a.attnum)
                               FROM pg_attribute a
                               LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                              WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '') ||
                   coalesce((SELECT string_agg(co.conname || ' ' || pg_get_constraintdef(co.oid), ', ' ORDER BY co.conname)
                               FROM pg_constraint co WHERE co.conrelid = c.oid), '') ||
                   coalesce((SELECT string_agg(pg_get_indexdef(i.indexrelid), ', ' ORDER BY pg_get_indexdef(i.indexrelid))
                               FROM pg_index i WHERE i.indrelid = c.oid), '') ||
                   coalesce((SELECT string_agg(t.tgname || ' ' || pg_get_triggerdef(t.oid), ', ' ORDER BY t.tgname)
                               FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal), '')
              FROM pg_class c WHERE c.oid = m.objid)
         WHEN 'pg_type'::regclass THEN
           (SELECT t.typtype::text || t.typlen::text || coalesce(t.typacl::text, '') FROM pg_type t WHERE t.oid = m.objid)
         WHEN 'pg_event_trigger'::regclass THEN
           (SELECT e.evtevent || ' ' || e.evtenabled::text || ' ' || e.evtfoid::regprocedure::text || ' ' ||
                   coalesce(e.evttags::text, '') FROM pg_event_trigger e WHERE e.oid = m.objid)
         ELSE ''
       END
  FROM members m
UNION ALL
-- the tables pg_dump writes the rows of (pg_extension_config_dump)
SELECT 'config dump ' || c.rel::regclass::text || ' | ' || c.cond
  FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS c(rel, cond)
 WHERE e.extname = 'luohuplan'
 ORDER BY 1;
SQL
}

# the reference rows the extension ships, in a stable order
shipped_rows() {
  q "$1" -c "SELECT string_agg(i::text, E'\n' ORDER BY code) FROM luohuplan.indicators i WHERE NOT user_defined"
  if [ "$(q "$1" -c "SELECT to_regclass('luohuplan.regions') IS NOT NULL")" = t ]; then
    q "$1" -c "SELECT string_agg(r::text, E'\n' ORDER BY name, code, parent_code) FROM luohuplan.regions r WHERE NOT user_defined"
  fi
  if [ "$(q "$1" -c "SELECT to_regclass('luohuplan.units') IS NOT NULL")" = t ]; then
    q "$1" -c "SELECT string_agg(u::text, E'\n' ORDER BY unit) FROM luohuplan.units u"
  fi
}

dropdb --if-exists "$fresh" >/dev/null 2>&1
createdb "$fresh" || { echo "not ok - createdb $fresh"; exit 1; }
q "$fresh" -c "CREATE EXTENSION luohuplan" || { echo "not ok - CREATE EXTENSION luohuplan"; exit 1; }
fresh_print=$(fingerprint "$fresh")
fresh_rows=$(shipped_rows "$fresh")
[ -n "$fresh_print" ] && echo "ok - a fresh install has $(printf '%s\n' "$fresh_print" | wc -l) objects" \
  || echo "not ok - a fresh install lists its objects"

doc="E'一、2030年计划执行情况\n全区实现地区生产总值1234.56亿元，同比增长6.8%。'"
found=0
for script in "$top"/src/sql/upgrade/luohuplan--*.sql; do
  old=$(basename "$script" .sql); old=${old#luohuplan--}
  case $old in *--*) continue ;; esac
  [ "$old" = "$current" ] && continue
  found=1
  db=lp_upgrade_from_${old//./_}
  dropdb --if-exists "$db" >/dev/null 2>&1
  createdb "$db" || { echo "not ok - createdb $db"; continue; }
  if q "$db" -c "CREATE EXTENSION luohuplan VERSION '$old'"; then
    echo "ok - CREATE EXTENSION luohuplan VERSION '$old'"
  else
    echo "not ok - CREATE EXTENSION luohuplan VERSION '$old'"; continue
  fi
  q "$db" -c "SELECT luohuplan.ingest(convert_to($doc, 'UTF8'), 'upgrade-test')" >/dev/null \
    && q "$db" -c "INSERT INTO luohuplan.indicators (code, name_zh, aliases, name_en) VALUES ('user_ind', '用户指标', '{}', 'A user indicator')" \
    && q "$db" -c "INSERT INTO luohuplan.regions (name, code, short_name, level, parent_code) VALUES ('用户片区', NULL, '用户', 'new_area', '440303')" \
    || echo "not ok - data loaded at $old"
  # the new library on the old tables (before ALTER EXTENSION UPDATE) reads the user's rows
  userdoc="E'一、2030年计划执行情况\n用户指标达到5亿元。'"
  [ "$(q "$db" -c "SELECT string_agg(indicator, ',') FROM luohuplan.extract($userdoc)")" = user_ind ] \
    && echo "ok - extract sees the user's indicator on the tables of $old" \
    || echo "not ok - extract sees the user's indicator on the tables of $old"
  if q "$db" -c "ALTER EXTENSION luohuplan UPDATE"; then
    echo "ok - ALTER EXTENSION luohuplan UPDATE from $old"
  else
    echo "not ok - ALTER EXTENSION luohuplan UPDATE from $old"; continue
  fi
  v=$(q "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'luohuplan'")
  [ "$v" = "$current" ] && echo "ok - $old is now $current" || echo "not ok - $old updated to $v, want $current"
  if diff <(printf '%s\n' "$fresh_print") <(fingerprint "$db") >"$diffs"; then
    echo "ok - $old upgraded has the objects of a fresh $current install"
  else
    echo "not ok - $old upgraded differs from a fresh install:"; sed 's/^/#   /' "$diffs" | head -40
  fi
  if [ "$(shipped_rows "$db")" = "$fresh_rows" ]; then
    echo "ok - $old upgraded ships the reference rows of $current"
  else
    echo "not ok - $old upgraded has other shipped reference rows"
  fi
  [ "$(q "$db" -c "SELECT count(*) FROM luohuplan.indicators WHERE code = 'user_ind' AND user_defined")" = 1 ] \
    && echo "ok - a user's indicator survives the upgrade from $old" \
    || echo "not ok - a user's indicator survives the upgrade from $old"
  # a user's region hangs from shipped rows (罗湖区 → 深圳市 → 广东省): kept with them
  [ "$(q "$db" -c "SELECT count(*) FROM luohuplan.regions WHERE name = '用户片区' AND user_defined AND parent_code = '440303'")" = 1 ] \
    && echo "ok - a user's region survives the upgrade from $old" \
    || echo "not ok - a user's region survives the upgrade from $old"
  [ "$(q "$db" -c "SELECT string_agg(indicator, ',') FROM luohuplan.extract($userdoc)")" = user_ind ] \
    && echo "ok - extract sees the user's indicator after the upgrade from $old" \
    || echo "not ok - extract sees the user's indicator after the upgrade from $old"
  n=$(q "$db" -c "SELECT count(*) FROM luohuplan.facts f JOIN luohuplan.reports r USING (report_id) WHERE r.source = 'upgrade-test' AND f.indicator = 'gdp'")
  [ "$n" -ge 1 ] && echo "ok - the report loaded at $old still has its facts" \
    || echo "not ok - the report loaded at $old still has its facts ($n)"
  [ "$(q "$db" -c "SELECT count(*) FROM luohuplan.reports WHERE source = 'upgrade-test'
                     AND text_sha256 = encode(sha256(convert_to(clean, 'UTF8')), 'hex') AND meta = '{}' AND published IS NULL")" = 1 ] \
    && echo "ok - the report loaded at $old has its text_sha256" \
    || echo "not ok - the report loaded at $old has its text_sha256"
  out=$(psql -X -q -d "$db" -v VERBOSITY=verbose -c "DROP EXTENSION luohuplan" 2>&1)
  grep -q '2BP01' <<<"$out" && echo "ok - DROP EXTENSION refuses after the upgrade from $old" \
    || echo "not ok - DROP EXTENSION refuses after the upgrade from $old: $out"
  if q "$db" -c "SELECT luohuplan.reextract()" >/dev/null; then
    echo "ok - reextract after the upgrade from $old"
  else
    echo "not ok - reextract after the upgrade from $old"
  fi
  dropdb "$db" >/dev/null 2>&1

  # regions users added that clash with rows shipped later: an exact copy
  # (天河区, shipped from 0.2.0) becomes shipped; a different 北京市 (no code)
  # is kept, and the shipped 北京市 and the rows below it are left out
  # (only from a version that did not ship 天河区 yet: from one that did,
  # the rows cannot be added)
  db=lp_upgrade_clash_${old//./_}
  dropdb --if-exists "$db" >/dev/null 2>&1
  createdb "$db" && q "$db" -c "CREATE EXTENSION luohuplan VERSION '$old'" \
    || echo "not ok - CREATE EXTENSION luohuplan VERSION '$old' for the clash test"
  if [ "$(q "$db" -c "SELECT count(*) > 0 FROM luohuplan.regions WHERE code = '440106'" 2>/dev/null)" = t ]; then
    # the rows the clash is about are shipped at $old already
    echo "skip - clashing user regions: $old ships 天河区 already"
    dropdb "$db" >/dev/null 2>&1
    continue
  fi
  q "$db" -c "INSERT INTO luohuplan.regions (name, code, short_name, level, parent_code) VALUES
                   ('天河区', '440106', '天河', 'district', '440100'),
                   ('北京市', NULL, '北京', 'province', NULL)" \
    || echo "not ok - clashing regions loaded at $old"
  if q "$db" -c "ALTER EXTENSION luohuplan UPDATE"; then
    echo "ok - ALTER EXTENSION luohuplan UPDATE from $old with clashing user regions"
  else
    echo "not ok - ALTER EXTENSION luohuplan UPDATE from $old with clashing user regions"
  fi
  got=$(q "$db" -c "SELECT string_agg(name || ':' || coalesce(code, '-') || ':' || user_defined, ' ' ORDER BY name)
                      FROM luohuplan.regions WHERE name IN ('天河区', '北京市') OR code = '110105'")
  want="北京市:-:true 天河区:440106:false"
  [ "$got" = "$want" ] && echo "ok - clashing user regions after the upgrade from $old: $got" \
    || echo "not ok - clashing user regions after the upgrade from $old: got '$got', want '$want'"
  dropdb "$db" >/dev/null 2>&1
done
[ "$found" = 1 ] && echo "ok - there is a released version to upgrade from" \
  || echo "not ok - no frozen install script of a released version in src/sql/upgrade"
dropdb "$fresh" >/dev/null 2>&1
exit 0
