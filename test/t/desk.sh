#!/bin/bash
# desk.sh — the analysis views on the real corpus (issue 17): the corpus,
# realdev and test/samples loaded with luohuplan-load, then every chart
# series has one unit and one granularity, sparklines reject unknown names,
# rounding is no conflict, one row per target naming every source, and
# commitments are followed up only inside their window.  Skipped without
# ../shared.  Needs PGHOST/PGPORT/PGUSER of a cluster where luohuplan is
# installed.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
shared=${LP_SHARED:-$top/../shared}
db=lp_desk
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() {   # check <what> <got> <want>
  if [ "$2" = "$3" ]; then ok "$1"; else nok "$1: got '$2', want '$3'"; fi
}
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
if [ ! -d "$shared/corpus" ]; then
  echo "skip - $shared/corpus not present: the desk test reads the corpus"
  exit 0
fi
loader=$(dirname "${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}")/luohuplan-load
[ -x "$loader" ] || { echo "not ok 1 - luohuplan-load installed (make install)"; exit 1; }
trap 'dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
q -c "CREATE EXTENSION luohuplan" || { echo "not ok 1 - CREATE EXTENSION luohuplan"; exit 1; }
dirs=("$shared/corpus" "$top/test/samples")
[ -d "$shared/realdev" ] && dirs+=("$shared/realdev")
PGDATABASE=$db "$loader" -q -j 2 "${dirs[@]}" >/dev/null 2>&1 \
  && ok "corpus, samples and realdev loaded" || nok "corpus, samples and realdev loaded"

# ---- chart-ready series ----
check "every chart series of the corpus has one unit" "$(q -c "
  SELECT count(*) FROM (SELECT 1 FROM luohuplan.series
                         GROUP BY region, indicator, measure, status, granularity, months
                        HAVING count(DISTINCT unit_std) > 1) AS t")" 0
check "every series period has a granularity, a year and a length" "$(q -c "
  SELECT count(*) FROM luohuplan.series WHERE granularity IS NULL OR year IS NULL OR months IS NULL")" 0
check "series_overview has one row per chart series of series" "$(q -c "
  SELECT (SELECT count(*) FROM luohuplan.series_overview) =
         (SELECT count(*) FROM (SELECT DISTINCT region, indicator, measure, status, granularity, months, unit_std
                                  FROM luohuplan.series) AS t)")" t
check "jobs_created of 罗湖区 in one unit (43815个 and 6.6万个 in the reports)" "$(q -c "
  SELECT string_agg(DISTINCT unit_std, ',') FROM luohuplan.series
   WHERE region = '罗湖区' AND indicator = 'jobs_created' AND measure = 'level'")" "个"
check "the half-year GDP growth of 罗湖区 is drawn with gaps" "$(q -c "
  SELECT luohuplan.sparkline('罗湖区', 'gdp', 'growth', 6) ~ '^\S +\S +\S '")" t
check "a misspelt indicator is an error (22023)" "$(q -c "
  DO \$\$ BEGIN PERFORM luohuplan.sparkline('罗湖区', 'gpd'); RAISE NOTICE 'none';
  EXCEPTION WHEN invalid_parameter_value THEN RAISE NOTICE '22023'; END \$\$" 2>&1 | sed 's/^NOTICE: *//')" 22023
check "an unknown region is an error (22023)" "$(q -c "
  DO \$\$ BEGIN PERFORM luohuplan.sparkline('不存在区', 'gdp'); RAISE NOTICE 'none';
  EXCEPTION WHEN invalid_parameter_value THEN RAISE NOTICE '22023'; END \$\$" 2>&1 | sed 's/^NOTICE: *//')" 22023

# ---- conflicts, targets, commitments ----
check "罗湖区 jobs created in 2021 is stated as two values (43815个, 4.4万个)" "$(q -c "
  SELECT count(DISTINCT base_value) FROM luohuplan.fact_values
   WHERE region = '罗湖区' AND indicator = 'jobs_created' AND period = '2021'")" 2
check "... which agree within the rounding of 4.4万: no conflict" "$(q -c "
  SELECT count(*) FROM luohuplan.conflicts WHERE region = '罗湖区' AND indicator = 'jobs_created'")" 0
check "one target_vs_actual row per target" "$(q -c "
  SELECT count(*) - count(DISTINCT (region, indicator, measure, period, target_value, target_value_hi, target_unit))
    FROM luohuplan.target_vs_actual")" 0
check "target_source names every source when target_n_sources > 1" "$(q -c "
  SELECT count(*) FROM luohuplan.target_vs_actual
   WHERE target_n_sources > 1
     AND array_length(string_to_array(target_source, ', '), 1) < target_n_sources")" 0
check "no commitment followed up after its period or before its report" "$(q -c "
  SELECT count(*) FROM luohuplan.commitments c
   WHERE actual_period IS NOT NULL
     AND luohuplan.period_end(actual_period) > luohuplan.period_end(period)")" 0
check "no follow-up of a generic or announced subject" "$(q -c "
  SELECT count(*) FROM luohuplan.commitments
   WHERE actual_period IS NOT NULL AND NOT luohuplan.is_specific_subject(subject)")" 0
check "no threshold among the commitments" "$(q -c "
  SELECT count(*) FROM luohuplan.commitments c JOIN luohuplan.units u ON u.unit = c.unit
   WHERE luohuplan.is_threshold(c.qualifier, u.base_unit, c.subject)")" 0
echo "# commitments: $(q -c "SELECT count(*) || ' rows, ' || count(actual_period) || ' followed up, ' || count(*) FILTER (WHERE met) || ' met' FROM luohuplan.commitments")"
echo "# conflicts: $(q -c "SELECT count(*) FROM luohuplan.conflicts"); target_vs_actual: $(q -c "SELECT count(*) FROM luohuplan.target_vs_actual")"
