#!/bin/bash
# bench.sh — the luohuplan benchmark (issue 7): every stage of the C core
# against its peer on the same input, linearity in document size, peak
# memory, and end-to-end ingest through PostgreSQL.  See docs/bench.md.
#
#   bash test/bench/bench.sh          (or: make bench)
#
# Environment:
#   BENCH_FULL=1        also run the 500 MB inputs (the default is 50 MB)
#   BENCH_MB=N          size of the default inputs in MB (10^6 bytes), 50
#   BENCH_PEER_KB=N     subsample for Recognizers-Text, 200 (KB = 10^3 bytes)
#   BENCH_SMALL=N       small documents for the ingest figures, 10000
#   BENCH_SOURCES="f…"  sample reports to repeat (default: $LP_SHARED/corpus,
#                       else test/samples/*.txt, else test/bench/sample.txt)
#   LP_SHARED=dir       the shared directory, ../shared beside the repo
#   BENCH_DIR=dir       where inputs and results go, build/bench
#   BENCH_PASSES=N      every rate is the fastest of N passes (other processes
#                       on the machine only ever slow a pass down), 3
#   BENCH_TIMEOUT=s     limit for one driver run (a stage that is not linear
#                       shows up here), 600
#   BENCH_NO_PG=1       skip the PostgreSQL figures (no install, no cluster)
#   BENCH_SWEEP=0       skip the complexity sweep (issue 16: every pathological
#                       pattern through the stages, core and SQL)
#   BENCH_SWEEP_SIZES   its sizes in bytes, 10000,100000,1000000,10000000
#   BENCH_INGEST_CALL   SQL call template for one document, %SOURCE% and
#                       %RAW% replaced (default: from ingest's signature)
#   BENCH_LOAD_ARGS     options for luohuplan-load before the directory of
#                       small documents, "-j 2"
#
# Timings are printed, never asserted: the exit status is 0 unless something
# failed to run (a stage that is still a stub in src/core may fail; that is
# reported, not counted).
set -uo pipefail
LP_TOP=$(cd "$(dirname "$0")/../.." && pwd)
cd "$LP_TOP"
BENCH_DIR=${BENCH_DIR:-$LP_TOP/build/bench}
BENCH_MB=${BENCH_MB:-50}
BENCH_PEER_KB=${BENCH_PEER_KB:-200}
BENCH_SMALL=${BENCH_SMALL:-10000}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-600}
BENCH_PASSES=${BENCH_PASSES:-3}
BENCH_LOAD_ARGS=${BENCH_LOAD_ARGS:--j 2}
LP_SHARED=${LP_SHARED:-$LP_TOP/../shared}
failures=0
mkdir -p "$BENCH_DIR"
RESULTS=$BENCH_DIR/results.tsv
: >"$RESULTS"

say() { printf '%s\n' "$*" >&2; }
broken() { say "FAILED: $*"; failures=$((failures + 1)); }

# ---------------------------------------------------------------- setup
say "== setup"
# npm comes with some nodejs builds, and Debian's npm conflicts with those
extra="nodejs time bsdextrautils python3-psycopg2"
command -v npm >/dev/null 2>&1 || extra="$extra npm"
export LP_EXTRA_PACKAGES="$extra ${LP_EXTRA_PACKAGES:-}"
. test/lib/setup.sh
set +e
if ! lp_install_packages; then
  say "bench: cannot install the packages it needs"; exit 1
fi
if [ ! -d test/bench/node_modules/@microsoft/recognizers-text-suite ]; then
  say "installing @microsoft/recognizers-text-suite into test/bench/node_modules"
  (cd test/bench && npm install --no-audit --no-fund --silent >/dev/null) \
    || broken "npm install of the Recognizers-Text peer"
fi
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
if ! make -s -j2 build/core.a build/bench_core >"$BENCH_DIR/build.log" 2>&1; then
  cat "$BENCH_DIR/build.log" >&2; say "bench: the core does not build"; exit 1
fi
DRIVER=$LP_TOP/build/bench_core

# What each stage of the core is in this tree: "" when implemented, "stub"
# when its source still says so, "missing" when core.a lacks the function.
# (grep reads all of nm's output: with pipefail, grep -q quitting early would
# fail the pipeline on nm's SIGPIPE and report a stage as missing)
core_defines() { nm -g --defined-only build/core.a 2>/dev/null | awk '{print $3}' | grep -x "$1" >/dev/null; }
stage_state() {   # function source-file
  if ! core_defines "$1"; then echo missing
  elif [ -f "$2" ] && head -3 "$2" | grep -q STUB; then echo stub
  else echo ""; fi
}
ST_DECODE=$(stage_state lp_decode src/core/lp_decode.c)
ST_NORMALIZE=$(stage_state lp_normalize src/core/lp_normalize.c)
ST_EXTRACT=$(stage_state lp_extract src/core/lp_extract.c)
ST_QUANTITY=$(stage_state lp_quantity_next src/core/lp_quantity.c)
# extract reads normalised text: its figure is only final when both are real
[ -z "$ST_EXTRACT" ] && [ -n "$ST_NORMALIZE" ] && ST_EXTRACT="normalize $ST_NORMALIZE"
say "core: decode ${ST_DECODE:-real}, normalize ${ST_NORMALIZE:-real}, extract ${ST_EXTRACT:-real}, quantity ${ST_QUANTITY:-real}"

# ---------------------------------------------------------------- inputs
if [ -n "${BENCH_SOURCES:-}" ]; then
  read -r -a sources <<<"$BENCH_SOURCES"; source_note="BENCH_SOURCES"
elif compgen -G "$LP_SHARED/corpus/*.txt" >/dev/null; then
  sources=("$LP_SHARED"/corpus/*.txt); source_note="../shared/corpus"
elif compgen -G "test/samples/*.txt" >/dev/null; then
  sources=(test/samples/*.txt); source_note="test/samples"
else
  sources=(test/bench/sample.txt); source_note="test/bench/sample.txt"
fi
say "== inputs from $source_note (${#sources[@]} sample reports) into $BENCH_DIR"
sizes=("$BENCH_MB")
[ "${BENCH_FULL:-0}" = 1 ] && sizes+=(500)
for mb in "${sizes[@]}"; do
  python3 test/bench/make_inputs.py "$BENCH_DIR" "$mb" "${sources[@]}" || { say "bench: input builder failed"; exit 1; }
done
for mb in 1 10 100; do
  python3 test/bench/make_inputs.py --single "$BENCH_DIR" "$mb" "${sources[@]}" || { say "bench: input builder failed"; exit 1; }
done
python3 test/bench/make_inputs.py --small "$BENCH_DIR" "$BENCH_SMALL" test/bench/small_doc.txt || { say "bench: input builder failed"; exit 1; }

# ---------------------------------------------------------------- helpers
# kv KEY LINE: the value of KEY=... in a driver output line
kv() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"; }
fdiv() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
file_size() { stat -c %s "$1"; }

# core STATE STAGE INPUT ENCODING [REPEAT] -> sets C_MBPS C_DOCS C_RSS_MB C_XIN C_SECS C_ITEMS C_ERR
core() {
  local state=$1 stage=$2 input=$3 enc=$4 repeat=${5:-1} out
  C_MBPS=- C_DOCS=- C_RSS_MB=- C_XIN=- C_SECS=- C_ITEMS=- C_ERR=
  out=$(timeout "$BENCH_TIMEOUT" "$DRIVER" "$stage" "$input.bin" "$input.idx" "$enc" "$repeat" 2>&1)
  [ $? = 124 ] && out="error=timed out after $BENCH_TIMEOUT s"
  out=$(tail -1 <<<"$out")
  if [ -z "$(kv mbps "$out")" ]; then
    C_ERR=$(sed 's/.*error=//' <<<"$out")
    if [ -n "$state" ]; then say "  ($stage $enc: $state: $C_ERR)"
    else broken "bench_core $stage $(basename "$input") $enc: $C_ERR"; fi
    return 1
  fi
  C_MBPS=$(kv mbps "$out"); C_DOCS=$(kv docs_per_s "$out"); C_SECS=$(kv secs "$out")
  C_ITEMS=$(kv items "$out")
  C_RSS_MB=$(awk -v k="$(kv maxrss_kb "$out")" 'BEGIN { printf "%.0f", k * 1024 / 1e6 }')
  C_XIN=$(awk -v k="$(kv maxrss_kb "$out")" -v b="$(kv file_bytes "$out")" 'BEGIN { printf "%.2f", k * 1024 / b }')
  # items: output bytes for decode and normalize, facts or quantities found
  say "  $stage $(basename "$input") $enc: $C_MBPS MB/s, $C_ITEMS $(case $stage in extract) echo facts ;; quantity) echo quantities ;; *) echo bytes out ;; esac)"
}

# peer NAME INPUT CMD... -> sets P_MBPS (input bytes / CPU seconds, user +
# system, of the fastest of BENCH_PASSES runs: the same clock as the core's
# figures on a shared machine; start-up and I/O included) and P_RSS_MB
peer() {
  local name=$1 input=$2 bytes best=0 pass cpu
  shift 2
  P_MBPS=- P_RSS_MB=-
  bytes=$(file_size "$input")
  for ((pass = 0; pass < BENCH_PASSES; pass++)); do
    if ! /usr/bin/time -f '%M %U %S' -o "$BENCH_DIR/peer.time" "$@" <"$input" >/dev/null 2>"$BENCH_DIR/peer.err"; then
      broken "peer $name: $(head -c 300 "$BENCH_DIR/peer.err")"; return 1
    fi
    cpu=$(tail -1 "$BENCH_DIR/peer.time" | awk '{ printf "%.3f", $2 + $3 }')
    if [ "$best" = 0 ] || awk -v a="$cpu" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$cpu; fi
  done
  P_MBPS=$(awk -v b="$bytes" -v s="$best" 'BEGIN { if (s <= 0) s = 0.01; printf "%.2f", b / s / 1e6 }')
  P_RSS_MB=$(tail -1 "$BENCH_DIR/peer.time" | awk '{ printf "%.0f", $1 * 1024 / 1e6 }')
}

# met VALUE OP GOAL STATE -> yes / no / "-" (stub or missing figures prove nothing)
met() {
  local v=$1 op=$2 goal=$3 state=$4
  if [ -n "$state" ]; then echo "($state)"; return; fi
  if [ "$v" = - ] || [ "$goal" = - ]; then echo "-"; return; fi
  awk -v v="$v" -v g="$goal" -v op="$op" 'BEGIN {
    ok = (op == ">=") ? (v >= g) : (op == "<=") ? (v <= g) : 0; print ok ? "yes" : "NO" }'
}

ROWS=()
row() { ROWS+=("$(printf '%s\t' "$@")"); printf '%s\n' "$(printf '%s\t' "$@")" >>"$RESULTS"; }

# ---------------------------------------------------------------- the core against its peers
for mb in "${sizes[@]}"; do
  say "== core stages on ${mb} MB"
  in=$BENCH_DIR
  # decode: UTF-8, GBK and BIG5 raw bytes; the peer is iconv on the same file
  for enc in UTF-8 GBK BIG5; do
    case $enc in UTF-8) v=simp ;; GBK) v=gbk ;; BIG5) v=big5 ;; esac
    core "$ST_DECODE" decode "$in/$v-${mb}MB" "$enc" "$BENCH_PASSES"
    peer "iconv $enc" "$in/$v-${mb}MB.bin" iconv -f "$enc" -t UTF-8
    row "decode $enc" "${mb}MB" "$C_MBPS" "$C_DOCS" "$C_RSS_MB" "$C_XIN" "iconv -f $enc -t UTF-8" "$P_MBPS" \
        "$(fdiv "$C_MBPS" "$P_MBPS")" ">= 150 MB/s" "$(met "$C_MBPS" '>=' 150 "$ST_DECODE")"
  done
  # normalize: simplified and traditional text; the peer is opencc t2s
  for v in simp trad; do
    goal=100; [ $v = trad ] && goal=20	# issue 18: 100 MB/s on simplified text
    core "$ST_NORMALIZE" normalize "$in/$v-${mb}MB" UTF-8 "$BENCH_PASSES"
    peer "opencc $v" "$in/$v-${mb}MB.bin" opencc -c t2s.json
    row "normalize $([ $v = simp ] && echo simplified || echo traditional)" "${mb}MB" "$C_MBPS" "$C_DOCS" "$C_RSS_MB" "$C_XIN" \
        "opencc -c t2s.json" "$P_MBPS" "$(fdiv "$C_MBPS" "$P_MBPS")" ">= $goal MB/s" "$(met "$C_MBPS" '>=' $goal "$ST_NORMALIZE")"
  done
  # extract (and the quantity scan under it) on simplified text
  core "$ST_EXTRACT" extract "$in/simp-${mb}MB" UTF-8 "$BENCH_PASSES"
  E_MBPS=$C_MBPS E_DOCS=$C_DOCS E_RSS=$C_RSS_MB E_XIN=$C_XIN
  core "$ST_QUANTITY" quantity "$in/simp-${mb}MB" UTF-8 "$BENCH_PASSES"
  Q_MBPS=$C_MBPS Q_DOCS=$C_DOCS Q_RSS=$C_RSS_MB Q_XIN=$C_XIN
  if [ "$mb" = "$BENCH_MB" ]; then
    # Recognizers-Text runs on a subsample of the same text (it is slow)
    say "== Recognizers-Text (zh-cn) on ${BENCH_PEER_KB} KB of the same text"
    R_NUM=- R_ALL=-
    rec=$(node test/bench/peer_recognizers.js "$in/simp-${mb}MB.bin" $((BENCH_PEER_KB * 1000)) "$BENCH_PASSES" 2>"$BENCH_DIR/peer.err")
    if [ $? -ne 0 ] || [ -z "$rec" ]; then
      broken "peer Recognizers-Text: $(head -c 300 "$BENCH_DIR/peer.err")"
    else
      R_NUM=$(awk -F'\t' '$2 == "number" { printf "%.4f", $3 / $4 / 1e6 }' <<<"$rec")
      R_ALL=$(awk -F'\t' '$2 == "all" { printf "%.4f", $3 / $4 / 1e6 }' <<<"$rec")
      awk -F'\t' '{ printf "  %s model(s): %d bytes in %.2f s, %d mentions\n", $2, $3, $4, $5 }' <<<"$rec" >&2
    fi
  fi
  X_NUM=$(fdiv "$E_MBPS" "$R_NUM"); X_ALL=$(fdiv "$E_MBPS" "$R_ALL")
  row "extract" "${mb}MB" "$E_MBPS" "$E_DOCS" "$E_RSS" "$E_XIN" "(one core)" "-" "-" ">= 100 MB/s" "$(met "$E_MBPS" '>=' 100 "$ST_EXTRACT")"
  row "extract" "${mb}MB" "$E_MBPS" "$E_DOCS" "$E_RSS" "$E_XIN" "Recognizers number model" "$R_NUM" "$X_NUM" ">= 25x" "$(met "$X_NUM" '>=' 25 "$ST_EXTRACT")"
  row "extract" "${mb}MB" "$E_MBPS" "$E_DOCS" "$E_RSS" "$E_XIN" "Recognizers 6 models" "$R_ALL" "$X_ALL" ">= 1000x" "$(met "$X_ALL" '>=' 1000 "$ST_EXTRACT")"
  row "quantity scan" "${mb}MB" "$Q_MBPS" "$Q_DOCS" "$Q_RSS" "$Q_XIN" "Recognizers number model" "$R_NUM" "$(fdiv "$Q_MBPS" "$R_NUM")" "-" "$( [ -n "$ST_QUANTITY" ] && echo "($ST_QUANTITY)" || echo -)"
done

# ---------------------------------------------------------------- linearity and memory
say "== linearity: extract on single documents of 1, 10 and 100 MB"
LIN=()
declare -A LSECS LXIN
for mb in 1 10 100; do
  # each pass a fresh process, fastest of several: a pass repeated in one
  # process reuses the pages the last one touched below glibc's 32 MiB mmap
  # threshold and maps new ones above it, so 100 MB looked 1.5x slower per
  # byte than 10 MB (h-speed41). One pass over a document is what a user runs.
  case $mb in 1) repeat=20 ;; 10) repeat=5 ;; *) repeat=2 ;; esac
  LSECS[$mb]=-; LXIN[$mb]=-; LMBPS=-; LRSS=-
  for ((pass = 0; pass < repeat; pass++)); do
    if ! core "$ST_EXTRACT" extract "$BENCH_DIR/single-${mb}MB" UTF-8 1 2>/dev/null; then
      say "  (extract single-${mb}MB: ${C_ERR:-failed})"; break
    fi
    if [ "${LSECS[$mb]}" = - ] || awk -v a="$C_SECS" -v b="${LSECS[$mb]}" 'BEGIN { exit !(a < b) }'; then
      LSECS[$mb]=$C_SECS; LXIN[$mb]=$C_XIN; LMBPS=$C_MBPS; LRSS=$C_RSS_MB
    fi
  done
  say "  extract single-${mb}MB UTF-8: fastest of $repeat fresh processes: $LMBPS MB/s"
  C_MBPS=$LMBPS; C_RSS_MB=$LRSS
  LIN+=("$(printf '%s\t%s\t%s\t%s\t%s' "${mb}MB" "${LSECS[$mb]}" "$C_MBPS" "$C_RSS_MB" "${LXIN[$mb]}")")
done
lin_ratio() {   # small big -> "time ratio / size ratio"
  local s=$1 b=$2 ss bs
  ss=$(file_size "$BENCH_DIR/single-${s}MB.bin"); bs=$(file_size "$BENCH_DIR/single-${b}MB.bin")
  if [ "${LSECS[$s]}" = - ] || [ "${LSECS[$b]}" = - ]; then echo "- - -"; return; fi
  awk -v ts="${LSECS[$s]}" -v tb="${LSECS[$b]}" -v ss="$ss" -v bs="$bs" 'BEGIN {
    tr = tb / ts; sr = bs / ss; printf "%.2f %.2f %.3f\n", tr, sr, tr / sr }'
}

# ---------------------------------------------------------------- complexity sweep (issue 16)
# every pathological pattern at 10 KB..10 MB through the core's stages: time
# growth per 10x input and the core's peak memory (test/bench/complexity.py;
# test/t/complexity.sh asserts the same to 1 MB in the cluster)
SWEEP_SIZES=${BENCH_SWEEP_SIZES:-10000,100000,1000000,10000000}
if [ "${BENCH_SWEEP:-1}" != 0 ]; then
  say "== complexity sweep (core): every pattern at $SWEEP_SIZES bytes"
  if make -s build/sweep_core >>"$BENCH_DIR/build.log" 2>&1; then
    python3 test/bench/complexity.py core --sizes "$SWEEP_SIZES" >"$BENCH_DIR/complexity-core.txt" 2>&1 \
      || broken "complexity sweep (core): $(tail -3 "$BENCH_DIR/complexity-core.txt")"
  else
    broken "build/sweep_core"
  fi
fi

# ---------------------------------------------------------------- PostgreSQL: ingest and luohuplan-load
INGEST_DPS=- INGEST_NOTE="not run" LOAD_FPS=- LOAD_NOTE="not run"
BIG_ROWS=()
if [ "${BENCH_NO_PG:-0}" != 1 ]; then
  say "== PostgreSQL: ingest of $BENCH_SMALL small documents (waits for the test lock)"
  . test/lib/cluster.sh
  exec 9>"${LP_LOCK:-/tmp/luohuplan-run.lock}"
  flock 9
  if ! lp_build_install "$LP_TOP"; then
    broken "make install"
  elif ! lp_cluster_start; then
    broken "cluster start"
  else
    trap 'lp_cluster_stop' EXIT
    createdb bench_ingest && psql -X -q -d bench_ingest -c 'CREATE EXTENSION luohuplan' >/dev/null \
      || broken "CREATE EXTENSION luohuplan"
    # the call for one document: from BENCH_INGEST_CALL, or built from the
    # signature (the bytea argument gets the raw bytes, the first text one
    # the file name; other arguments must have defaults)
    call=${BENCH_INGEST_CALL:-}
    if [ -z "$call" ]; then
      sig=$(psql -X -A -t -d bench_ingest -c "
        SELECT p.pronargs - p.pronargdefaults, pg_catalog.array_to_string(ARRAY(
                 SELECT pg_catalog.format_type(t, NULL) FROM pg_catalog.unnest(p.proargtypes) t), ',')
          FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
         WHERE n.nspname = 'luohuplan' AND p.proname = 'ingest'
         ORDER BY p.pronargs LIMIT 1" 2>/dev/null)
      if [ -n "$sig" ]; then
        IFS='|' read -r nreq types <<<"$sig"
        IFS=',' read -r -a tarr <<<"$types"
        args=() have_raw=0 have_src=0
        for ((i = 0; i < nreq; i++)); do
          case "${tarr[$i]}" in
            bytea) if [ $have_raw = 0 ]; then args+=('%RAW%'); have_raw=1; else args+=('?'); fi ;;
            text) if [ $have_src = 0 ]; then args+=('%SOURCE%'); have_src=1; else args+=('?'); fi ;;
            *) args+=('?') ;;
          esac
        done
        if [ $have_raw = 1 ] && [[ " ${args[*]} " != *" ? "* ]]; then
          call="luohuplan.ingest($(IFS=,; echo "${args[*]}" | sed 's/,/, /g'))"
        else
          INGEST_NOTE="cannot call luohuplan.ingest($types): set BENCH_INGEST_CALL"
        fi
      else
        INGEST_NOTE="luohuplan.ingest missing"
      fi
    fi
    if [ -n "$call" ]; then
      say "  one psql session, one statement per document: SELECT $call"
      python3 - "$BENCH_DIR/small" "$call" >"$BENCH_DIR/ingest.sql" <<'EOF'
import os, sys
small, call = sys.argv[1], sys.argv[2]
print('\\set ON_ERROR_STOP 1')
for name in sorted(os.listdir(small)):
    with open(os.path.join(small, name), 'rb') as f:
        raw = f.read()
    print('SELECT ' + call.replace('%SOURCE%', "'%s'" % name)
          .replace('%RAW%', "'\\x%s'::pg_catalog.bytea" % raw.hex()) + ';')
EOF
      t0=$(date +%s%N)
      if psql -X -q -d bench_ingest -f "$BENCH_DIR/ingest.sql" >/dev/null 2>"$BENCH_DIR/ingest.err"; then
        t1=$(date +%s%N)
        nrep=$(psql -X -A -t -d bench_ingest -c "SELECT count(*) FROM luohuplan.reports")
        nfact=$(psql -X -A -t -d bench_ingest -c "SELECT count(*) FROM luohuplan.facts")
        INGEST_DPS=$(awk -v n="$BENCH_SMALL" -v ns=$((t1 - t0)) 'BEGIN { printf "%.0f", n / (ns / 1e9) }')
        INGEST_NOTE="$nrep reports, $nfact facts"
        [ "$nrep" = "$BENCH_SMALL" ] || broken "ingest stored $nrep reports of $BENCH_SMALL documents"
      else
        broken "ingest: $(head -c 300 "$BENCH_DIR/ingest.err")"; INGEST_NOTE="failed"
      fi
    fi

    # end-to-end on large inputs: the repeated reports of the default input,
    # then one 10 MB document, each from a session of its own; the backend's
    # peak resident memory (VmHWM) is read at the end of the session
    if [ -n "$call" ]; then
      for big in "simp-${BENCH_MB}MB" single-10MB; do
        say "== PostgreSQL: ingest of $big"
        python3 test/bench/ingest_sql.py "$BENCH_DIR/$big.bin" "$BENCH_DIR/$big.idx" "$call" \
          >"$BENCH_DIR/ingest-big.sql"
        psql -X -q -d bench_ingest -c 'TRUNCATE luohuplan.reports CASCADE' >/dev/null
        t0=$(date +%s%N)
        if psql -X -q -A -t -d bench_ingest -f "$BENCH_DIR/ingest-big.sql" >"$BENCH_DIR/ingest-big.out" \
             2>"$BENCH_DIR/ingest.err"; then
          t1=$(date +%s%N)
          ndoc=$(wc -l <"$BENCH_DIR/$big.idx"); bytes=$(file_size "$BENCH_DIR/$big.bin")
          nrep=$(psql -X -A -t -d bench_ingest -c "SELECT count(*) FROM luohuplan.reports")
          nfact=$(psql -X -A -t -d bench_ingest -c "SELECT count(*) FROM luohuplan.facts")
          maxdoc=$(sort -n "$BENCH_DIR/$big.idx" | tail -1)
          hwm_mb=$(sed -n 's/^hwm_kb=\([0-9]*\)$/\1/p' "$BENCH_DIR/ingest-big.out" | awk '{ printf "%.0f", $1 * 1024 / 1e6 }')
          BIG_ROWS+=("$(awk -v n="$ndoc" -v b="$bytes" -v ns=$((t1 - t0)) -v h="${hwm_mb:--}" -v m="$maxdoc" \
              -v r="$nrep" -v f="$nfact" -v name="$big" 'BEGIN {
                s = ns / 1e9; printf "%s\t%d\t%.1f\t%.2f\t%.0f\t%s\t%s\t%d reports, %d facts\n", name, n, b / 1e6,
                b / s / 1e6, n / s, h, (h == "-" ? "-" : sprintf("%.1f", h * 1e6 / m)), r, f }')")
          [ "$nrep" = "$ndoc" ] || broken "ingest of $big stored $nrep reports of $ndoc documents"
        else
          broken "ingest of $big: $(head -c 300 "$BENCH_DIR/ingest.err")"
        fi
      done
      psql -X -q -d bench_ingest -c 'TRUNCATE luohuplan.reports CASCADE' >/dev/null
    fi

    # luohuplan-load -j 2 on the same files, into a database of its own
    # (make builds it at the top when src/bin has it; make install puts it
    # next to psql); only this tree's loader, and only when ingest exists
    loader=
    if compgen -G "src/bin/luohuplan-load*" >/dev/null; then
      for c in luohuplan-load src/bin/luohuplan-load build/luohuplan-load "$(dirname "$PG_CONFIG")/luohuplan-load"; do
        [ -f "$c" ] && [ -x "$c" ] && { loader=$(realpath "$c"); break; }
      done
    fi
    if [ -z "$call" ]; then
      LOAD_NOTE="not run: luohuplan.ingest missing"
    elif [ -z "$loader" ]; then
      LOAD_NOTE="luohuplan-load not in this tree"
    else
      say "== $loader $BENCH_LOAD_ARGS on the same $BENCH_SMALL files"
      createdb bench_load && psql -X -q -d bench_load -c 'CREATE EXTENSION luohuplan' >/dev/null
      t0=$(date +%s%N)
      # shellcheck disable=SC2086
      if PGDATABASE=bench_load "$loader" $BENCH_LOAD_ARGS "$BENCH_DIR/small" >"$BENCH_DIR/load.out" 2>&1; then
        t1=$(date +%s%N)
        LOAD_FPS=$(awk -v n="$BENCH_SMALL" -v ns=$((t1 - t0)) 'BEGIN { printf "%.0f", n / (ns / 1e9) }')
        nrep=$(psql -X -A -t -d bench_load -c 'SELECT count(*) FROM luohuplan.reports')
        LOAD_NOTE="$nrep reports"
        [ "$nrep" = "$BENCH_SMALL" ] || broken "luohuplan-load stored $nrep reports of $BENCH_SMALL files"
      else
        broken "luohuplan-load: $(tail -c 300 "$BENCH_DIR/load.out")"; LOAD_NOTE="failed"
      fi
    fi
    # the user's path (issue 18): luohuplan-load -j 1 of real-size reports,
    # storage over the input, extract() and normalize() in SQL
    UP=
    if [ -n "$loader" ] && [ -n "$call" ]; then
      say "== PostgreSQL: the user's path (luohuplan-load -j 1 of real-size reports, storage, extract() in SQL)"
      UP=$(bash test/bench/user_path.sh "$loader" "$BENCH_DIR" "$BENCH_DIR/simp-${BENCH_MB}MB" "$BENCH_PASSES" \
             "${sources[@]}" 2>"$BENCH_DIR/user_path.err")
      grep -q '^error=' <<<"$UP" && broken "user path: $(grep '^error=' <<<"$UP")"
    fi
    # the complexity sweep through the SQL functions (backend peak memory,
    # statement_timeout on 10 MB); needs psycopg2 and root for the peak
    if [ "${BENCH_SWEEP:-1}" != 0 ]; then
      say "== complexity sweep (SQL): every pattern at $SWEEP_SIZES bytes"
      createdb bench_sweep && psql -X -q -d bench_sweep -c 'CREATE EXTENSION luohuplan' >/dev/null
      if /usr/bin/python3 -c 'import psycopg2' 2>/dev/null; then
        PGDATABASE=bench_sweep /usr/bin/python3 test/bench/complexity.py sql --sizes "$SWEEP_SIZES" \
          --timeout-size 10000000 >"$BENCH_DIR/complexity-sql.txt" 2>&1 \
          || broken "complexity sweep (SQL): $(tail -3 "$BENCH_DIR/complexity-sql.txt")"
      else
        echo "python3-psycopg2 missing: not run" >"$BENCH_DIR/complexity-sql.txt"
      fi
    fi
    lp_cluster_stop
    trap - EXIT
  fi
  flock -u 9
fi

# ---------------------------------------------------------------- report
echo
echo "luohuplan benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, inputs repeated from $source_note"
echo "core: decode ${ST_DECODE:-real}, normalize ${ST_NORMALIZE:-real}, extract ${ST_EXTRACT:-real}, quantity scan ${ST_QUANTITY:-real}"
echo "MB = 10^6 bytes of the stage's input per CPU second (luohuplan and peers alike: the machine is shared); fastest of $BENCH_PASSES passes;"
echo "docs/s counts repeated sample reports; peak = ru_maxrss of the"
echo "driver (input file included), x in = peak / input file size; ratio = luohuplan / peer."
echo
{
  printf 'stage\tinput\tluohuplan MB/s\tdocs/s\tpeak MB\tx in\tpeer\tpeer MB/s\tratio\tgoal\tmet?\n'
  printf '%s\n' "${ROWS[@]}"
} | column -t -s $'\t'
echo
echo "linearity (extract, one document each; fastest of 20/5/2 passes, each in a fresh process)"
{
  printf 'size\tsecs\tMB/s\tpeak MB\tx in\n'
  printf '%s\n' "${LIN[@]}"
} | column -t -s $'\t'
read -r tr1 sr1 q1 <<<"$(lin_ratio 1 10)"
read -r tr2 sr2 q2 <<<"$(lin_ratio 10 100)"
lin_met() { [ -n "$ST_EXTRACT" ] && { echo "($ST_EXTRACT)"; return; }
  [ "$1" = - ] && { echo -; return; }
  awk -v q="$1" 'BEGIN { print (q >= 0.9 && q <= 1.1) ? "yes" : "NO" }'; }
echo "  10 MB / 1 MB:   time ratio $tr1, size ratio $sr1, time per byte x$q1 (goal within 10 %: $(lin_met "$q1"))"
echo "  100 MB / 10 MB: time ratio $tr2, size ratio $sr2, time per byte x$q2 (goal within 10 %: $(lin_met "$q2"))"
echo "  peak memory on the 100 MB document: ${LXIN[100]:-} x its size (goal <= 4: $(met "${LXIN[100]:--}" '<=' 4 "$ST_EXTRACT"))"
echo
echo "PostgreSQL (throwaway cluster, one psql session, autocommit per document)"
echo "  ingest of $BENCH_SMALL small documents: $INGEST_DPS documents/s ($INGEST_NOTE; goal >= 500: $(met "$INGEST_DPS" '>=' 500 ""))"
echo "  luohuplan-load $BENCH_LOAD_ARGS on the same files: $LOAD_FPS files/s ($LOAD_NOTE)"
if [ -n "${UP:-}" ] && ! grep -q '^error=' <<<"$UP"; then
  upv() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$UP" | tail -1; }
  rb=$(upv real_bytes); sb=$(upv sql_bytes)
  e2e_wall=$(awk -v b="$rb" -v s="$(upv load_wall_s)" 'BEGIN { printf "%.2f", b / s / 1e6 }')
  e2e_cpu=$(awk -v b="$rb" -v s="$(upv load_cpu_s)" 'BEGIN { printf "%.2f", b / s / 1e6 }')
  store=$(awk -v r="$(upv reports_bytes)" -v f="$(upv facts_bytes)" 'BEGIN { printf "%.1f", (r + f) / 1e6 }')
  store_x=$(awk -v r="$(upv reports_bytes)" -v f="$(upv facts_bytes)" -v b="$rb" 'BEGIN { printf "%.2f", (r + f) / b }')
  sqlx=$(fdiv "$sb" "$(awk -v s="$(upv sql_extract_s)" 'BEGIN { print s * 1e6 }')")
  sqln=$(fdiv "$sb" "$(awk -v s="$(upv sql_normalize_s)" 'BEGIN { print s * 1e6 }')")
  echo "  the user's path (issue 18); CPU = CPU time of the cluster's processes (/proc), which the other work on a shared"
  echo "  machine changes far less than the wall clock; fastest of $BENCH_PASSES passes:"
  echo "    luohuplan-load -j 1, $(upv real_files) real-size reports ($(awk -v b="$rb" 'BEGIN { printf "%.1f", b / 1e6 }') MB, $(upv facts) facts): wall $(upv load_wall_s) s = $e2e_wall MB/s; CPU $(upv load_cpu_s) s = $e2e_cpu MB/s per backend (goal >= 15: $(met "$e2e_cpu" '>=' 15 ""))"
  echo "    storage: reports $(awk -v r="$(upv reports_bytes)" 'BEGIN { printf "%.1f", r / 1e6 }') MB + facts $(awk -v r="$(upv facts_bytes)" 'BEGIN { printf "%.1f", r / 1e6 }') MB (indexes $(awk -v r="$(upv facts_index_bytes)" 'BEGIN { printf "%.1f", r / 1e6 }') MB) = $store MB, ${store_x}x the input (goal <= 3: $(met "$store_x" '<=' 3 ""))"
  echo "    extract(doc) in SQL, normalize included, $(awk -v b="$sb" 'BEGIN { printf "%.0f", b / 1e6 }') MB of simplified reports: $sqlx MB/s (goal >= 50: $(met "$sqlx" '>=' 50 "")); Recognizers-Text 6 models $R_ALL MB/s: $(fdiv "$sqlx" "$R_ALL")x (goal >= 1000x: $(met "$(fdiv "$sqlx" "$R_ALL")" '>=' 1000 ""))"
  echo "    normalize(doc) in SQL: $sqln MB/s"
fi
if [ ${#BIG_ROWS[@]} -gt 0 ]; then
  echo "  ingest of large inputs, one session each (backend peak = VmHWM, x doc = peak / largest document):"
  {
    printf 'input\tdocs\tMB\tMB/s\tdocs/s\tbackend peak MB\tx doc\tstored\n'
    printf '%s\n' "${BIG_ROWS[@]}"
  } | column -t -s $'\t' | sed 's/^/    /'
fi
for f in complexity-core complexity-sql; do
  if [ -s "$BENCH_DIR/$f.txt" ]; then
    echo
    echo "complexity sweep, $( [ $f = complexity-core ] && echo "core (peak: the core's allocations)" || echo "SQL (peak: the backend's private memory)" ): time of each size, growth per 10x input, peak / input"
    sed 's/^/  /' "$BENCH_DIR/$f.txt"
  fi
done
echo
echo "results also in $RESULTS"
if [ "$failures" -gt 0 ]; then
  echo "$failures part(s) of the benchmark failed to run (see FAILED above)"
  exit 1
fi
exit 0
