#!/bin/bash
# citus.sh — the README's Citus recipe on a real cluster: Citus built from
# ../shared/vendor/citus (cached, see test/lib/citus.sh), a coordinator and
# two workers on loopback ports, the code blocks of the README section
# "Distributing on Citus" run as written (only the example addresses
# replaced), the corpus and test/samples loaded through the coordinator with
# luohuplan-load -j 2, and every view compared with one node loaded with the
# same files.  Also: extract runs on the workers (EXPLAIN tasks, and the
# workers' function statistics after the load), shards and reports sit on
# both workers, one ingest sends each query to one shard and inserts the
# facts on the worker, reextract works distributed, and a third worker added
# with the README's block gets the extension and shards, the views unchanged.
#
# The single node is a second database on the coordinator's server without
# the citus extension: plain PostgreSQL.
# LP_CITUS_PORT: where to look for four free TCP ports for the nodes
# (default: after LP_PGPORT).  LP_CITUS_KEEP=1 leaves the nodes running.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
shared=${LP_SHARED:-$top/../shared}
pg_config=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
export PG_CONFIG=$pg_config
LP_PGBIN=$(dirname "$pg_config")
t_start=$(date +%s.%N)

if [ ! -d "$shared/vendor/citus" ]; then
  echo "skip - $shared/vendor/citus not present: the Citus test needs the Citus source there"
  exit 0
fi
loader=$LP_PGBIN/luohuplan-load
if [ ! -x "$loader" ]; then
  echo "not ok - luohuplan-load installed in $LP_PGBIN (run make install)"; exit 1
fi
. "$top/test/lib/citus.sh"

check() {  # check "what" command...
  local what=$1; shift
  if "$@"; then echo "ok - $what"; else echo "not ok - $what"; fi
}
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# ---- Citus, built once and cached ----
t0=$(now)
out=$(lp_citus_install "$shared/vendor/citus"); rc=$?
grep '^#' <<<"$out"
if [ $rc -eq 2 ]; then echo "skip - Citus cannot be built here: $(grep -v '^#' <<<"$out")"; exit 0; fi
check "Citus built (or taken from the cache) and installed in $("$pg_config" --pkglibdir)" [ $rc -eq 0 ] || exit 1
echo "# Citus ready in $(secs "$t0" "$(now)") s"

# ---- the recipe, from the README ----
work=$(mktemp -d /tmp/luohuplan-citus.XXXXXX)
chmod 755 "$work"
nodes=(coord worker1 worker2 worker3)	# worker3 is added later
ports=()
cleanup() {
  if [ "${LP_CITUS_KEEP:-}" = 1 ]; then echo "# nodes left running in $work"; return; fi
  for n in "${nodes[@]}"; do lp_citus_node_stop "$work/$n"; done
  rm -rf "$work"
}
trap cleanup EXIT

awk -v out="$work/readme" '
  /^### Distributing on Citus/ { sec = 1; next }
  sec && /^##/ { exit }
  !sec { next }
  /^```/ { if (blk) { blk = 0; close(f) } else { blk = 1; n++; f = sprintf("%s.%02d.%s", out, n, substr($0, 4)) }; next }
  blk { print > f }' "$top/README.md"
conf=$(cat "$work"/readme.*.ini 2>/dev/null)
check "README: the Citus section has the postgresql.conf lines" grep -q citus <<<"$conf" || exit 1
sql_blocks=("$work"/readme.*.sql)
targets=()
for b in "${sql_blocks[@]}"; do
  case $(head -1 "$b") in
    "-- on every node") targets+=(every) ;;
    "-- on the coordinator") targets+=(coord) ;;
    "-- on the coordinator, adding a worker") targets+=(add) ;;
    *) targets+=(unknown) ;;
  esac
done
check "README: ${#sql_blocks[@]} SQL blocks (${targets[*]}), each saying where it runs (-- on every node / -- on the coordinator / -- on the coordinator, adding a worker)" \
  bash -c "grep -qw every <<<'${targets[*]}' && grep -qw coord <<<'${targets[*]}' && grep -qw add <<<'${targets[*]}' && ! grep -qw unknown <<<'${targets[*]}'" || exit 1

# ports: four free ones
p=${LP_CITUS_PORT:-$(( ${LP_PGPORT:-54329} + 1 ))}
while [ ${#ports[@]} -lt 4 ] && [ "$p" -lt 65000 ]; do
  if lp_port_free "$p"; then ports+=("$p"); fi
  p=$((p + 1))
done
declare -A port_of
for i in 0 1 2 3; do port_of[${nodes[$i]}]=${ports[$i]}; done

# every node: the README's configuration, plus function statistics (to see
# where extract ran) and background tasks (shard moves) started without the
# default 5 s wait between them, four at a time
node_start() {  # node_start NODE
  LP_CITUS_CONF="$conf"$'\n'"track_functions = all"$'\n'"citus.background_task_queue_interval = '100ms'"$'\n'"citus.max_background_task_executors_per_node = 4" \
    lp_citus_node_start "$work/$1" "${port_of[$1]}"
}
started=0
for n in coord worker1 worker2; do node_start "$n" && started=$((started + 1)); done
check "three nodes started on 127.0.0.1:${ports[*]:0:3}" [ $started -eq 3 ] || exit 1
db=lp_citus
single=lp_single
psql_on() {  # psql_on NODE DB psql-args...
  local n=$1 d=$2; shift 2
  psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${port_of[$n]}" -U postgres -d "$d" "$@"
}
for n in coord worker1 worker2; do psql_on "$n" postgres -c "CREATE DATABASE $db" || exit 1; done
psql_on coord postgres -c "CREATE DATABASE $single" && psql_on coord "$single" -c "CREATE EXTENSION luohuplan" \
  || { echo "not ok - single-node database with the extension"; exit 1; }

# the README's example addresses become the nodes'
placed() {  # placed FILE: the block with the nodes' addresses
  sed -e "s/'coord', 5432/'127.0.0.1', ${port_of[coord]}/" \
      -e "s/'worker1', 5432/'127.0.0.1', ${port_of[worker1]}/" \
      -e "s/'worker2', 5432/'127.0.0.1', ${port_of[worker2]}/" \
      -e "s/'worker3', 5432/'127.0.0.1', ${port_of[worker3]}/" "$1"
}
for n in "${nodes[@]}"; do
  check "README: the recipe adds $n as '$n', 5432" grep -q "'$n', 5432" "${sql_blocks[@]}"
done
run_blocks() {  # run_blocks TARGET NODE...: the README's blocks for TARGET, on each NODE
  local target=$1 i b n fail; shift
  for i in "${!sql_blocks[@]}"; do
    [ "${targets[$i]}" = "$target" ] || continue
    b=${sql_blocks[$i]}; fail=0
    for n in "$@"; do
      placed "$b" | psql_on "$n" "$db" >"$work/block.out" 2>&1 || { fail=1; sed 's/^/#   /' "$work/block.out"; }
    done
    check "README block $((i + 1)) ($(sed -n 's/^-- //p;q' "$b"), $(grep -c ';' "$b") statements) runs on $*" [ $fail -eq 0 ] || return 1
  done
}
run_blocks every coord worker1 worker2 && run_blocks coord coord || exit 1

# ---- what the recipe made ----
got=$(psql_on coord "$db" -c "SELECT string_agg(logicalrelid::text || ':' || partmethod::text, ' ' ORDER BY logicalrelid::text) FROM pg_dist_partition")
check "reports and facts hash-distributed, indicators, regions and units reference tables ($got)" \
  [ "$got" = "luohuplan.facts:h luohuplan.indicators:n luohuplan.regions:n luohuplan.reports:h luohuplan.units:n" ]
check "facts colocated with reports" [ "$(psql_on coord "$db" -c "
  SELECT count(DISTINCT colocationid) FROM pg_dist_partition
   WHERE logicalrelid IN ('luohuplan.reports'::regclass, 'luohuplan.facts'::regclass)")" = 1 ]
for w in worker1 worker2; do
  check "luohuplan created on $w" [ "$(psql_on "$w" "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'luohuplan'")" \
    = "$(psql_on coord "$db" -c "SELECT extversion FROM pg_extension WHERE extname = 'luohuplan'")" ]
done
shards=$(psql_on coord "$db" -c "
  SELECT string_agg(nodeport || ':' || n, ' ' ORDER BY nodeport) FROM (
    SELECT p.nodeport, count(*) AS n FROM pg_dist_shard s JOIN pg_dist_placement pl USING (shardid)
      JOIN pg_dist_node p USING (groupid)
     WHERE s.logicalrelid = 'luohuplan.facts'::regclass GROUP BY p.nodeport) x")
check "facts shards on both workers, none on the coordinator (port:shards $shards)" \
  [ "$shards" = "${port_of[worker1]}:16 ${port_of[worker2]}:16" ]
check "regions keeps its foreign key on the cluster (a parent that does not exist is refused)" \
  bash -c "! psql -X -q -h 127.0.0.1 -p ${port_of[coord]} -U postgres -d $db -c \"INSERT INTO luohuplan.regions (name, code, short_name, level, parent_code) VALUES ('无父区', NULL, '无父', 'district', '999999')\" 2>'$work/fk.err' && grep -q 'foreign key' '$work/fk.err'"

# ---- the same files loaded into the cluster and into one node ----
files=("$top/test/samples")
[ -d "$shared/corpus" ] && files+=("$shared/corpus")
n_files=$(find "${files[@]}" -type f \( -name '*.txt' -o -name '*.html' \) | wc -l)
load() {  # load NODE DB OUT: seconds
  local t; t=$(now)
  "$loader" -h 127.0.0.1 -p "${port_of[$1]}" -U postgres -d "$2" -j 2 -q "${files[@]}" >"$3" 2>&1
  echo "$? $(secs "$t" "$(now)")"
}
read -r rc_c t_c < <(load coord "$db" "$work/load.cluster")
read -r rc_s t_s < <(load coord "$single" "$work/load.single")
sed 's/^/# cluster load: /' "$work/load.cluster" | grep -v '^# cluster load: *$'
check "luohuplan-load -j 2 through the coordinator: exit 0, $n_files files loaded" \
  bash -c "[ $rc_c -eq 0 ] && grep -q '^  loaded: *$n_files\$' '$work/load.cluster'"
check "the same files into one node: exit 0" [ "$rc_s" -eq 0 ]

# loaded_at is each load's clock, and the views break ties by it: give both
# databases the same, derived from the source name
same_loaded_at() {
  local d
  for d in "$db" "$single"; do
    # (to_timestamp(double precision) is immutable: Citus evaluates it on the shards)
    psql_on coord "$d" -c "UPDATE luohuplan.reports
      SET loaded_at = to_timestamp(1704067200 + ('x' || substr(md5(source), 1, 7))::bit(28)::integer)" \
      || echo "not ok - loaded_at set in $d"
  done
}

# every view of the extension (and the two tables): md5 of the sorted rows
relations=$(psql_on coord "$single" -c "
  SELECT string_agg(c.relname, ' ' ORDER BY c.relname) FROM pg_class c
    JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
    JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'luohuplan'
   WHERE c.relkind = 'v'")
fingerprint() {  # fingerprint DB RELATION: rows and md5 of the sorted rows
  psql_on coord "$1" -c "SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\n' ORDER BY t::text), ''))
                           FROM luohuplan.$2 t"
}
compare_all() {  # compare_all WHEN
  local r a b
  same_loaded_at
  for r in $relations reports facts; do
    a=$(fingerprint "$db" "$r" 2>&1); b=$(fingerprint "$single" "$r" 2>&1)
    # replaced_bytes is empty here: every file loads with on_error strict
    local least=1; [ "$r" = replaced_bytes ] && least=0
    check "$1: $r on the cluster = one node (${b%% *} rows)" bash -c "[ '$a' = '$b' ] && [ '${b%% *}' -ge $least ]"
    [ "$a" = "$b" ] || echo "#   cluster: $a  one node: $b"
  done
}
check "the extension has views to compare ($relations)" grep -qw headline <<<"$relations"
compare_all "after the load"

# ---- extract ran on the workers ----
calls() {  # calls NODE: times luohuplan.extract was called there
  psql_on "$1" "$db" -c "SELECT coalesce(sum(calls), 0) FROM pg_stat_user_functions
                          WHERE schemaname = 'luohuplan' AND funcname = 'extract'"
}
# a backend's statistics arrive when it ends or idles: wait for the loader's
for ((i = 0; i < 60; i++)); do
  c1=$(calls worker1); c2=$(calls worker2); c0=$(calls coord)
  [ $((c1 + c2)) -ge "$n_files" ] && break
  sleep 0.25
done
check "during the load extract ran on both workers ($c1 and $c2 calls) and not on the coordinator ($c0)" \
  bash -c "[ $c1 -gt 0 ] && [ $c2 -gt 0 ] && [ $c0 -eq 0 ] && [ $((c1 + c2)) -eq $n_files ]"
per_node=$(psql_on coord "$db" -c "
  SELECT string_agg(nodeport || ':' || n, ' ' ORDER BY nodeport) FROM (
    SELECT nodeport, sum(result::integer) AS n
      FROM run_command_on_placements('luohuplan.reports', 'SELECT count(*) FROM %s')
     GROUP BY nodeport) x")
check "reports stored on both workers (port:reports $per_node)" \
  bash -c "grep -q '^${port_of[worker1]}:[1-9][0-9]* ${port_of[worker2]}:[1-9][0-9]*\$' <<<'$per_node'"

# one ingest, with the commands the coordinator sends to the workers shown:
# the duplicate lookup asks one shard, and the facts are inserted on the
# worker (INSERT ... SELECT ... extract), never pulled through the coordinator.
# The report has a 3 KB line without a sentence end, whose evidence is cut
# at a fixed distance from the mention (invalid UTF-8 once made it fail here).
probe="convert_to('一、2025年工作回顾' || E'\\n' || repeat('推进', 200) || 'ab地区生产总值增长5%xy'
                  || repeat('持续', 300) || '。' || E'\\n', 'UTF8')"
psql_on coord "$db" -c "SET citus.log_remote_commands = on" \
  -c "SELECT luohuplan.ingest($probe, 'citus-probe.txt') IS NOT NULL" >"$work/probe.out" 2>"$work/probe.log"
rc=$?
check "ingest of a report with a 3 KB line through the coordinator" [ $rc -eq 0 ]
[ $rc -eq 0 ] || sed 's/^/#   /' "$work/probe.log" | tail -5
psql_on coord "$single" -c "SELECT luohuplan.ingest($probe, 'citus-probe.txt') IS NOT NULL" >/dev/null
n=$(grep -c 'issuing SELECT .* FROM luohuplan.reports_[0-9]* ' "$work/probe.log")
check "ingest: the duplicate lookup asks one shard ($n lookups sent)" [ "$n" -eq 1 ]
check "ingest: the facts are inserted on the worker by one INSERT ... SELECT ... extract" \
  grep -q 'issuing INSERT INTO luohuplan.facts_[0-9]* .*luohuplan."\?extract"\?(' "$work/probe.log"
check "ingest: no facts copied through the coordinator" bash -c "! grep -qi 'COPY luohuplan.facts_' '$work/probe.log'"

psql_on coord "$db" -c "SET citus.explain_all_tasks = on" \
  -c "EXPLAIN (COSTS off) SELECT count(*) FROM luohuplan.reports r, LATERAL luohuplan.extract(r.clean, r.period) x" \
  >"$work/explain" 2>&1
sed 's/^/#   /' "$work/explain" | head -14
check "EXPLAIN: extract over the reports runs in 32 tasks" grep -q 'Task Count: 32' "$work/explain"
for w in worker1 worker2; do
  check "EXPLAIN: tasks on $w (port ${port_of[$w]})" grep -q "Node: host=127.0.0.1 port=${port_of[$w]} " "$work/explain"
done
check "EXPLAIN: the extract Function Scan is inside the tasks, on the shards" \
  bash -c "awk '/->  Task/ { t = 1 } t && /Function Scan on \"?extract\"?/ { f = 1 } END { exit !f }' '$work/explain' \
           && ! grep -q 'Function Scan on .*extract' <(sed -n '1,/->  Task/p' '$work/explain')"
n_c=$(psql_on coord "$db" -c "SELECT count(*) FROM luohuplan.reports r, LATERAL luohuplan.extract(r.clean, r.period) x")
n_s=$(psql_on coord "$single" -c "SELECT count(*) FROM luohuplan.reports r, LATERAL luohuplan.extract(r.clean, r.period) x")
check "extract over the distributed reports gives the rows one node gives ($n_s)" [ "$n_c" = "$n_s" ]

# ---- reextract, distributed ----
psql_on coord "$db" -c "DELETE FROM luohuplan.facts WHERE seq % 3 = 0" && \
  psql_on coord "$single" -c "DELETE FROM luohuplan.facts WHERE seq % 3 = 0"
r_c=$(psql_on coord "$db" -c "SELECT luohuplan.reextract()" 2>&1)
r_s=$(psql_on coord "$single" -c "SELECT luohuplan.reextract()" 2>&1)
check "reextract() on the cluster returns what it returns on one node ($r_s facts)" [ "$r_c" = "$r_s" ]
[ "$r_c" = "$r_s" ] || echo "#   cluster: $r_c"
id=$(psql_on coord "$single" -c "SELECT report_id FROM luohuplan.reports ORDER BY source LIMIT 1")
a=$(psql_on coord "$db" -c "SELECT luohuplan.reextract($id)" 2>&1)
b=$(psql_on coord "$single" -c "SELECT luohuplan.reextract($id)" 2>&1)
check "reextract($id) on the cluster = one node ($b facts)" [ "$a" = "$b" ]
psql_on coord "$db" -c "EXPLAIN (COSTS off) SELECT luohuplan.reextract($id)" >"$work/explain.r" 2>&1
check "reextract(id) is delegated to one worker" \
  bash -c "grep -q 'Task Count: 1' '$work/explain.r' && grep -q 'Node: host=127.0.0.1 port=\\(${port_of[worker1]}\\|${port_of[worker2]}\\) ' '$work/explain.r'"
compare_all "after reextract"

# ---- a worker added later ----
t0=$(now)
node_start worker3 && psql_on worker3 postgres -c "CREATE DATABASE $db" \
  || { echo "not ok - worker3 started on 127.0.0.1:${port_of[worker3]}"; exit 1; }
run_blocks every worker3 && run_blocks add coord || exit 1
t_add=$(secs "$t0" "$(now)")
check "luohuplan created on worker3" \
  [ "$(psql_on worker3 "$db" -c "SELECT count(*) FROM pg_extension WHERE extname = 'luohuplan'")" = 1 ]
shards=$(psql_on coord "$db" -c "
  SELECT string_agg(p.nodeport || ':' || (SELECT count(*) FROM pg_dist_shard s JOIN pg_dist_placement pl USING (shardid)
                                            WHERE pl.groupid = p.groupid AND s.logicalrelid = 'luohuplan.facts'::regclass)
                    || ':' || (SELECT count(*) FROM pg_dist_shard s JOIN pg_dist_placement pl USING (shardid)
                                WHERE pl.groupid = p.groupid AND s.logicalrelid = 'luohuplan.regions'::regclass),
                    ' ' ORDER BY p.nodeport)
    FROM pg_dist_node p WHERE p.shouldhaveshards")
check "after the rebalance: facts shards and a copy of regions on all three workers (port:facts shards:regions copies $shards)" \
  bash -c "[ \$(grep -oE ':[1-9][0-9]*:1( |\$)' <<<'$shards' | wc -l) -eq 3 ]"
compare_all "after adding a worker"

# ---- timings (for the README) ----
qtime() {  # qtime DB QUERY: best of three, seconds
  local i t best=
  for i in 1 2 3; do
    t=$(now); psql_on coord "$1" -c "$2" >/dev/null; t=$(secs "$t" "$(now)")
    best=$(awk -v a="$t" -v b="${best:-$t}" 'BEGIN { print (a < b ? a : b) }')
  done
  echo "$best"
}
facts=$(psql_on coord "$db" -c "SELECT count(*) FROM luohuplan.facts")
mb=$(du -cb $(find "${files[@]}" -type f) | tail -1 | awk '{ printf "%.2f", $1 / 1e6 }')
echo "# load of $n_files files ($mb MB), $facts facts, -j 2: cluster $t_c s, one node $t_s s"
for q in "SELECT count(*) FROM luohuplan.headline" "SELECT count(*) FROM luohuplan.series" \
         "SELECT count(*) FROM luohuplan.target_vs_actual"; do
  echo "# $q: cluster $(qtime "$db" "$q") s, one node $(qtime "$single" "$q") s"
done
echo "# adding a worker and moving shards there: $t_add s"
echo "# test took $(secs "$t_start" "$(now)") s"
