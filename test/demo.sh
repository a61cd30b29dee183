#!/bin/bash
# demo.sh — the main job on its embedded default: install what is missing
# (Debian 12), build and install luohuplan, start a throwaway PostgreSQL
# cluster in a local directory, load the sample reports of test/samples
# with luohuplan-load, and print the headline and target-vs-actual tables.
# LP_KEEP=1 leaves the cluster running for you to explore.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. test/lib/setup.sh
. test/lib/cluster.sh

exec 9>"${LP_LOCK:-/tmp/luohuplan-run.lock}"
flock 9
lp_install_packages
lp_build_install "$top"
lp_cluster_start
[ "${LP_KEEP:-0}" = 1 ] || trap 'lp_cluster_stop' EXIT

psql -X -q -c "CREATE DATABASE luohuplan_demo" >/dev/null
export PGDATABASE=luohuplan_demo
psql -X -q -c "CREATE EXTENSION luohuplan"

loader=$("${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}" --bindir)/luohuplan-load
if [ -x "$loader" ]; then
  "$loader" -j 2 test/samples
else
  for f in test/samples/*.txt; do
    psql -X -q -At -v name="$(basename "$f")" -v hex="$(xxd -p "$f" | tr -d '\n')" \
      -c "SELECT luohuplan.ingest(decode(:'hex', 'hex'), :'name')" >/dev/null
  done
fi

psql -X -P footer=off <<'SQL'
\echo
\echo 'Reports loaded'
SELECT source, encoding, region, region_code, period, kind,
       (SELECT count(*) FROM luohuplan.facts f WHERE f.report_id = r.report_id) AS facts
  FROM luohuplan.reports r ORDER BY source;
\echo 'Headline indicators'
SELECT source, period, status, indicator, measure, value, value_hi, unit, qualifier
  FROM luohuplan.headline
 WHERE indicator IS NOT NULL
 ORDER BY source, period, status DESC, indicator, measure;
SQL
if psql -X -At -c "SELECT to_regclass('luohuplan.target_vs_actual') IS NOT NULL" | grep -q t; then
psql -X -P footer=off <<'SQL'
\echo 'Targets against actuals'
SELECT region, indicator, measure, period, target_value, target_qualifier, actual_value, gap, met
  FROM luohuplan.target_vs_actual ORDER BY region, period, indicator, measure;
SQL
fi
if [ "${LP_KEEP:-0}" = 1 ]; then
  echo "cluster left running: PGHOST=$PGHOST PGPORT=$PGPORT PGUSER=$PGUSER PGDATABASE=$PGDATABASE"
fi
