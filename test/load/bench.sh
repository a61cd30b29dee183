#!/bin/bash
# bench.sh DB [N] [ROUNDS] — files/s of luohuplan-load (-j 1 and -j 2) over
# N small generated reports (make_samples.sh --many) against the same bytes
# sent from one psql session (one SELECT luohuplan.ingest per report,
# autocommit).  The three runs alternate ROUNDS times, so a busy machine
# slows all of them alike; the median of each is printed last.
# Empties luohuplan.reports of DB before each run.  Not run by the tests.
set -euo pipefail
db=$1 n=${2:-10000} rounds=${3:-3}
top=$(cd "$(dirname "$0")/../../.." && pwd)
loader=${LOADER:-$top/luohuplan-load}
work=$(mktemp -d /tmp/luohuplan-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

bash "$top/test/load/make_samples.sh" --many "$n" "$work/many"
bytes=$(cat "$work/many"/* | wc -c)
# the same bytes as one SQL script
for f in "$work/many"/*; do
  printf "SELECT luohuplan.ingest('\\\\x%s'::bytea, 'many/%s');\n" \
    "$(od -An -v -tx1 "$f" | tr -d ' \n')" "$(basename "$f")"
done > "$work/ingest.sql"
echo "$n files, $bytes bytes"

empty() { psql -X -q -d "$db" -c "SET client_min_messages = warning; TRUNCATE luohuplan.reports CASCADE"; }
timed() {  # timed LABEL COMMAND... : prints LABEL files/s, appends to $work/LABEL
  local label=$1 t0 t1 rate; shift
  empty
  t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N)
  rate=$(echo "$n / ($t1 - $t0)" | bc)
  [ "$(psql -X -At -d "$db" -c 'SELECT count(*) FROM luohuplan.reports')" = "$n" ] || echo "$label: wrong row count"
  echo "$rate" >> "$work/$label"
  printf '  %-10s %6d files/s\n' "$label" "$rate"
}
for ((r = 1; r <= rounds; r++)); do
  echo "round $r (load average $(cut -d' ' -f1 /proc/loadavg))"
  timed load-j1 "$loader" -q -d "$db" -j 1 "$work/many"
  timed load-j2 "$loader" -q -d "$db" -j 2 "$work/many"
  timed psql psql -X -q -d "$db" -o /dev/null -f "$work/ingest.sql"
done
echo "median files/s:"
for label in load-j1 load-j2 psql; do
  printf '  %-10s %6d\n' "$label" "$(sort -n "$work/$label" | sed -n "$(( (rounds + 1) / 2 ))p")"
done
