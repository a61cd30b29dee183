#!/bin/bash
# bench.sh DB [N] [JOBS] — files/s of luohuplan-load -j JOBS over N small
# generated reports (make_samples.sh --many) against the same bytes sent
# from one psql session (one SELECT luohuplan.ingest per report, autocommit).
# Empties luohuplan.reports of DB before each run.  Not run by the tests.
set -euo pipefail
db=$1 n=${2:-10000} jobs=${3:-2}
top=$(cd "$(dirname "$0")/../../.." && pwd)
loader=${LOADER:-$top/luohuplan-load}
work=$(mktemp -d /tmp/luohuplan-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

bash "$top/test/samples/load/make_samples.sh" --many "$n" "$work/many"
bytes=$(cat "$work/many"/* | wc -c)
# the same bytes as one SQL script
for f in "$work/many"/*; do
  printf "SELECT luohuplan.ingest('\\\\x%s'::bytea, 'many/%s');\n" \
    "$(od -An -v -tx1 "$f" | tr -d ' \n')" "$(basename "$f")"
done > "$work/ingest.sql"

empty() { psql -X -q -d "$db" -c "TRUNCATE luohuplan.reports CASCADE"; }
now() { date +%s.%N; }

empty
t0=$(now); "$loader" -q -d "$db" -j "$jobs" "$work/many" >/dev/null; t1=$(now)
echo "luohuplan-load -j $jobs: $n files ($bytes bytes) in $(echo "$t1 - $t0" | bc) s = $(echo "$n / ($t1 - $t0)" | bc) files/s"
empty
t0=$(now); psql -X -q -d "$db" -o /dev/null -f "$work/ingest.sql"; t1=$(now)
echo "one psql session:   $n files in $(echo "$t1 - $t0" | bc) s = $(echo "$n / ($t1 - $t0)" | bc) files/s"
echo "rows: $(psql -X -At -d "$db" -c 'SELECT count(*) FROM luohuplan.reports')"
