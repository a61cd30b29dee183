#!/bin/bash
# preload.sh — luohuplan in shared_preload_libraries (src/pg/pg_warm.c: the
# postmaster builds the core's tables once and the backends inherit them):
# a second throwaway cluster started that way comes up with no error in its
# log, and extract() there gives exactly the rows it gives on the test
# cluster (no preload) for the invented genre documents, in every encoding
# step decode and normalize take.
# Needs PGHOST/PGPORT/PGUSER of a cluster where luohuplan is installed.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
db=lp_preload
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }

# rows of extract(decode(file)) for the first documents, one md5 a document
rows_of() {
  local f b64
  for f in $(ls "$top"/test/genre/docs/*.txt | head -40); do
    b64=$(base64 -w0 "$f")
    q -c "SELECT md5(coalesce(string_agg(f::text, E'\n' ORDER BY f.seq), '')) FROM luohuplan.extract(luohuplan.decode(decode('$b64', 'base64'))) f"
  done
}
setup_db() {
  dropdb --if-exists "$db" >/dev/null 2>&1
  createdb "$db" && q -c "CREATE EXTENSION luohuplan"
}

setup_db || { echo "not ok 1 - CREATE EXTENSION on the test cluster"; echo "1..1"; exit 1; }
want=$(rows_of)
dropdb --if-exists "$db" >/dev/null 2>&1

. "$top/test/lib/cluster.sh"
LP_PGPORT=$((${PGPORT:-54329} + 7)) LP_PG_OPTS="-c shared_preload_libraries=luohuplan"
if lp_cluster_start; then ok "a cluster with shared_preload_libraries = luohuplan starts"
else nok "a cluster with shared_preload_libraries = luohuplan starts"; echo "1..$n"; exit 1; fi
trap lp_cluster_stop EXIT
if setup_db; then ok "CREATE EXTENSION in the preloaded cluster"; else nok "CREATE EXTENSION in the preloaded cluster"; fi
pre=$(q -c "SHOW shared_preload_libraries")
if [ "$pre" = luohuplan ]; then ok "the server preloaded luohuplan"; else nok "shared_preload_libraries is '$pre'"; fi
got=$(rows_of)
if [ -n "$want" ] && [ "$got" = "$want" ]; then
  ok "extract() gives the same rows preloaded on $(printf '%s\n' "$want" | wc -l) documents"
else
  nok "extract() gives the same rows preloaded: $(diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") | head -4 | tr '\n' ' ')"
fi
errs=$(grep -c 'ERROR\|FATAL\|PANIC\|WARNING' "$LP_PGDIR/server.log")
if [ "$errs" -eq 0 ]; then ok "the preloaded server's log has no error or warning"
else nok "the preloaded server's log: $(grep -m3 'ERROR\|FATAL\|PANIC\|WARNING' "$LP_PGDIR/server.log" | tr '\n' ' ')"; fi
echo "1..$n"
