#!/bin/bash
# fuzz.sh — smoke-run every libFuzzer target of the core (test/fuzz/fuzz_*.c)
# and replay every saved crash (test/fuzz/regressions/<target>/*).
#
# Each target runs LP_FUZZ_SECONDS (default 20) with -max_len=4096 on a fresh
# corpus seeded from test/fuzz/seeds/common and test/fuzz/seeds/<target>.
# Crash inputs are kept in build/fuzz/crashes/<target>/ and named in the
# "not ok" line; add them to test/fuzz/regressions/<target>/ once fixed.
# Skips when clang or the libFuzzer runtime is missing.  Needs no cluster.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$top"
seconds=${LP_FUZZ_SECONDS:-20}

if ! command -v clang >/dev/null 2>&1; then
  echo "skip - clang not installed: fuzz targets not run"
  exit 0
fi
probe=$(mktemp -d /tmp/luohuplan-fuzzprobe.XXXXXX)
printf '#include <stdint.h>\n#include <stddef.h>\nint LLVMFuzzerTestOneInput(const uint8_t *d, size_t n) { return 0; }\n' >"$probe/p.c"
if ! clang -fsanitize=fuzzer,address,undefined "$probe/p.c" -o "$probe/p" >/dev/null 2>&1; then
  rm -rf "$probe"
  echo "skip - clang has no libFuzzer runtime (libclang-rt-*-dev): fuzz targets not run"
  exit 0
fi
rm -rf "$probe"

# Targets whose invariant is known to break today: their crashes are
# reported as skips naming the cause (and replays that pass are noted), so
# the failure stays visible without failing the suite.  Remove a target
# from here when its cause is fixed.
declare -A known=()

mkdir -p "$top/build"
if ! make -s fuzz >"$top/build/fuzz-build.log" 2>&1; then
  cat "$top/build/fuzz-build.log"
  echo "not ok - fuzz targets build (make fuzz)"
  exit 1
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

for bin in build/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  name=$(basename "$bin")

  # saved crashes: each must now run clean
  reg=test/fuzz/regressions/$name
  if [ -d "$reg" ]; then
    n=0; bad=()
    for f in "$reg"/*; do
      [ -f "$f" ] || continue
      n=$((n + 1))
      # { } 2>/dev/null: no "Aborted" notice from the shell.  Replays get
      # 60 s: a saved input may be large (long-line-quadratic is 330 KB,
      # about 6 s under ASan), and a quadratic relapse takes far longer
      { "$bin" -timeout=60 "$f" >"build/fuzz/$name.replay.log" 2>&1; } 2>/dev/null || bad+=("$f")
    done
    if [ ${#bad[@]} -eq 0 ]; then
      echo "ok - $name: $n regression inputs replayed, no crash"
      [ -n "${known[$name]:-}" ] && echo "# $name is listed as a known failure but replays clean: remove it from the list?"
    else
      for f in "${bad[@]}"; do
        { "$bin" -timeout=60 "$f" >"build/fuzz/$name.replay.log" 2>&1; } 2>/dev/null
        grep -aE 'ERROR|runtime error|fuzz invariant|SUMMARY|timeout' "build/fuzz/$name.replay.log" | grep -av SUMMARY | head -2 | cut -c1-200 | sed 's/^/# /'
        [ -n "${known[$name]:-}" ] || echo "not ok - $name: regression input $f crashes again"
      done
      [ -n "${known[$name]:-}" ] && echo "skip - $name: ${#bad[@]} of $n regression inputs fail, known failure: ${known[$name]}"
    fi
  fi

  # a short run from the seeds
  corpus=$(mktemp -d /tmp/luohuplan-fuzz.XXXXXX)
  crashes=build/fuzz/crashes/$name
  mkdir -p "$crashes"
  seeds=()
  for d in test/fuzz/seeds/common "test/fuzz/seeds/$name"; do
    [ -d "$d" ] && seeds+=("$d")
  done
  log=build/fuzz/$name.log
  { "$bin" -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 -dict=test/fuzz/lp.dict \
      -artifact_prefix="$crashes/" "$corpus" "${seeds[@]}" >"$log" 2>&1; } 2>/dev/null
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rm -rf "$corpus"
  if [ $rc -eq 0 ]; then
    echo "ok - $name: ${execs:-?} executions in ${seconds} s, no crash"
  else
    file=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    grep -aE 'ERROR|runtime error|fuzz invariant|SUMMARY' "$log" | head -5 | cut -c1-300 | sed 's/^/# /'
    if [ -n "${known[$name]:-}" ]; then
      echo "skip - $name: fails after ${execs:-?} executions (input in ${file:-$log}), known failure: ${known[$name]}"
    else
      echo "not ok - $name: crash after ${execs:-?} executions, input saved in ${file:-$log} (log $log)"
    fi
  fi
done
