#!/bin/bash
# parallel.sh — luohuplan.extract runs in parallel workers: over a large
# reports table, EXPLAIN chooses a parallel plan for extract in a LATERAL
# join, workers are really launched, and the rows equal the serial plan's.
# Run by test/run_all.sh against its throwaway cluster (PGHOST, PGPORT, PGUSER).
set -uo pipefail
db=lp_parallel_$$
n_reports=2000

say() { echo "$@"; }
# true when EXPLAIN text (stdin) runs the extract Function Scan under a
# Gather, i.e. in the workers (a PARALLEL RESTRICTED function would sit
# beside the Gather, in the leader)
extract_under_gather() {
  awk '{ match($0, /^ */); ind = RLENGTH }
       under && ind <= gather_ind { under = 0 }
       /Gather/ { under = 1; gather_ind = ind; next }
       under && /Function Scan on "?extract"?/ { found = 1 }
       END { exit !found }'
}
psql_q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" "$@"; }

createdb "$db" || { say "not ok - createdb $db"; exit 1; }
trap 'dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
if ! psql_q -c 'CREATE EXTENSION luohuplan' >/dev/null; then
  say "not ok - CREATE EXTENSION luohuplan"; exit 1
fi
if [ "$(psql_q -c "SELECT pg_catalog.to_regproc('luohuplan.extract') IS NOT NULL")" != t ]; then
  say "skip - extract missing: luohuplan.extract is not in this build"
  exit 0
fi

# Generated reports of our own wording, a number varied in every line, so
# each report differs.  Inserted directly: this tests extract, not ingest.
psql_q >/dev/null <<EOF || { say "not ok - insert $n_reports generated reports"; exit 1; }
INSERT INTO luohuplan.reports (report_id, source, raw, sha256, encoding, clean)
SELECT i, 'generated-' || i, pg_catalog.convert_to(t, 'UTF8'),
       pg_catalog.sha256(pg_catalog.convert_to(t, 'UTF8')), 'UTF-8', t
  FROM (SELECT i, pg_catalog.format(
'青松区%s年经济运行情况（生成）

一、总体情况
全年实现地区生产总值%s.%s亿元，同比增长%s.%s%%，增速比上年提高0.%s个百分点。
规模以上工业增加值完成%s亿元，增长%s%%；固定资产投资下降%s.%s%%。
新增城镇就业%s人，城镇登记失业率控制在3%%以内。
二、明年目标
地区生产总值增长%s%%左右，社会消费品零售总额增长%s%%以上，新建学校%s所。
',
          2000 + i % 25, 500 + i, i % 100, 1 + i % 9, i % 10, 1 + i % 8,
          100 + i % 400, 2 + i % 11, i % 7, i % 10, 10000 + i,
          4 + i % 4, 5 + i % 5, 1 + i % 6) AS t
          FROM pg_catalog.generate_series(1, $n_reports) AS i) AS g;
ANALYZE luohuplan.reports;
EOF

parallel_settings="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0; SET min_parallel_index_scan_size = 0;
SET max_parallel_workers_per_gather = 2;"
serial_settings="SET max_parallel_workers_per_gather = 0;"

count_q="SELECT pg_catalog.count(*) FROM luohuplan.reports r, LATERAL luohuplan.extract(r.clean) f"
# every row of every fact, in a fixed order, folded to one digest
digest_q="SELECT pg_catalog.md5(pg_catalog.string_agg(r.report_id::text || ' ' || f::text, E'\n'
                                 ORDER BY r.report_id, f.seq))
            FROM luohuplan.reports r, LATERAL luohuplan.extract(r.clean) f"

plan=$(psql_q -c "$parallel_settings" -c "EXPLAIN (COSTS OFF) $count_q" 2>&1)
if grep -q 'Parallel Seq Scan on reports' <<<"$plan" && extract_under_gather <<<"$plan"; then
  say "ok - EXPLAIN of count(*) over LATERAL extract runs extract in a parallel plan"
else
  say "not ok - EXPLAIN of count(*) over LATERAL extract runs extract in a parallel plan"
  sed 's/^/# /' <<<"$plan"
fi

plan=$(psql_q -c "$parallel_settings" -c "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) $digest_q" 2>&1)
if extract_under_gather <<<"$plan" && grep -Eq 'Workers Launched: [1-9]' <<<"$plan"; then
  say "ok - the rows of LATERAL extract are computed by parallel workers"
else
  say "not ok - the rows of LATERAL extract are computed by parallel workers"
  sed 's/^/# /' <<<"$plan"
fi

serial_plan=$(psql_q -c "$serial_settings" -c "EXPLAIN (COSTS OFF) $digest_q" 2>&1)
if grep -q 'Gather' <<<"$serial_plan"; then
  say "not ok - with max_parallel_workers_per_gather = 0 the plan is serial"
  sed 's/^/# /' <<<"$serial_plan"
else
  say "ok - with max_parallel_workers_per_gather = 0 the plan is serial"
fi

par_count=$(psql_q -c "$parallel_settings" -c "$count_q" 2>&1)
ser_count=$(psql_q -c "$serial_settings" -c "$count_q" 2>&1)
if [[ "$ser_count" =~ ^[0-9]+$ ]] && [ "$ser_count" -ge "$n_reports" ]; then
  say "ok - extract finds facts in the generated reports ($ser_count rows)"
else
  say "not ok - extract finds facts in the generated reports (got: $ser_count)"
fi
if [ "$par_count" = "$ser_count" ]; then
  say "ok - parallel and serial plans return as many facts ($par_count)"
else
  say "not ok - parallel and serial plans return as many facts (parallel $par_count, serial $ser_count)"
fi

par_digest=$(psql_q -c "$parallel_settings" -c "$digest_q" 2>&1)
ser_digest=$(psql_q -c "$serial_settings" -c "$digest_q" 2>&1)
if [[ "$par_digest" =~ ^[0-9a-f]{32}$ ]] && [ "$par_digest" = "$ser_digest" ]; then
  say "ok - parallel and serial plans return the same facts (md5 $par_digest)"
else
  say "not ok - parallel and serial plans return the same facts (parallel $par_digest, serial $ser_digest)"
fi
exit 0
