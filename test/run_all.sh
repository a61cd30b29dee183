#!/bin/bash
# run_all.sh — every luohuplan test: C unit tests of the core, the data
# files against their schemas (make check-data), the layering and lengths
# of the core (test/tools/file_cycles.sh, fn_lengths.sh --check), fuzz smoke
# runs, pg_regress (sql/, expected/) and the shell tests in test/t against a
# throwaway cluster, and ../shared/eval/run when ../shared exists.
# Ends with "N passed, N failed"; exit status 0 only when nothing failed.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
export LP_EXTRA_PACKAGES="clang libclang-rt-14-dev python3-psycopg2 poppler-utils"
export LP_OPTIONAL_PACKAGES="chromium fonts-wqy-microhei"   # test/t/report_html.sh skips without them
. test/lib/setup.sh
. test/lib/cluster.sh
set +e		# setup.sh is strict; here every failure is counted, not fatal

# one run at a time on a machine: the extension is installed system-wide
exec 9>"${LP_LOCK:-/tmp/luohuplan-run.lock}"
flock 9

passed=0; failed=0; skipped=0
log=$(mktemp -d /tmp/luohuplan-test.XXXXXX)
chmod 755 "$log"

# count TAP lines of one test program's output; a program that exits non-zero
# without a failing line counts as one failure
count_tap() {
  local name=$1 out=$2 rc=$3 ok nok sk
  ok=$(grep -c '^ok ' "$out" || true); nok=$(grep -c '^not ok ' "$out" || true); sk=$(grep -c '^skip ' "$out" || true)
  if [ "$rc" -ne 0 ] && [ "$nok" -eq 0 ]; then nok=1; fi
  passed=$((passed + ok)); failed=$((failed + nok)); skipped=$((skipped + sk))
  printf '%-28s %4d passed %4d failed%s\n' "$name" "$ok" "$nok" "$( [ "$sk" -gt 0 ] && echo " $sk skipped")"
  if [ "$nok" -gt 0 ]; then grep -E '^(not ok|#)' "$out" | head -40; [ "$rc" -ne 0 ] && tail -20 "$out"; fi
}

finish() {
  lp_cluster_stop
  echo
  echo "$passed passed, $failed failed, $skipped skipped"
  [ "$failed" -eq 0 ]
  exit $?
}

echo "== setup"
if ! lp_install_packages || ! lp_build_install "$top"; then
  echo "setup failed"; failed=$((failed + 1)); finish
fi

echo "== C unit tests"
if make -s unit >"$log/unit-build.log" 2>&1; then
  for t in build/unit/*; do
    [ -x "$t" ] || continue
    "$t" >"$log/unit.out" 2>&1; count_tap "unit/$(basename "$t")" "$log/unit.out" $?
  done
else
  cat "$log/unit-build.log"; failed=$((failed + 1))
fi

echo "== data files"
if make -s check-data >"$log/data.out" 2>&1; then
  passed=$((passed + 1)); printf '%-28s %4d passed %4d failed\n' "check-data" 1 0
else
  failed=$((failed + 1)); printf '%-28s %4d passed %4d failed\n' "check-data" 0 1; cat "$log/data.out"
fi

echo "== layering and lengths (issue 13)"
# build/core.a is built by make unit above; file_cycles.sh reads its objects
bash test/tools/file_cycles.sh >"$log/cycles.out" 2>&1; rc=$?
sed 's/^/# /' "$log/cycles.out" | { [ $rc -eq 0 ] && echo "ok - no include or call cycle among the core files" || { echo "not ok - cycles among the core files"; cat; }; } >"$log/layers.out"
bash test/tools/fn_lengths.sh --check >>"$log/layers.out" 2>&1; rc=$?
count_tap "tools/layers" "$log/layers.out" $rc

echo "== cluster"
if ! lp_cluster_start; then echo "cluster failed to start"; failed=$((failed + 1)); finish; fi
trap 'lp_cluster_stop' EXIT

echo "== pg_regress"
make -s installcheck PG_CONFIG="$PG_CONFIG" >"$log/regress.out" 2>&1
rc=$?
ok=$(grep -cE '^(ok|test) .* ok( |$)|\.\.\. ok' "$log/regress.out")
nok=$(grep -cE 'FAILED|failed \(ignored\)' "$log/regress.out")
[ $rc -ne 0 ] && [ "$nok" -eq 0 ] && nok=1
passed=$((passed + ok)); failed=$((failed + nok))
printf '%-28s %4d passed %4d failed\n' "pg_regress" "$ok" "$nok"
if [ "$nok" -gt 0 ]; then cat "$log/regress.out"; [ -f regression.diffs ] && head -200 regression.diffs; fi

echo "== shell tests (test/t)"
for t in test/t/*.sh; do
  [ -f "$t" ] || continue
  LP_TOP=$top bash "$t" >"$log/t.out" 2>&1; count_tap "t/$(basename "$t" .sh)" "$log/t.out" $?
done

echo "== ../shared/eval"
if [ -x "${LP_SHARED:-$top/../shared}/eval/run" ]; then
  LP_TOP=$top bash test/eval.sh >"$log/eval.out" 2>&1; rc=$?
  grep -vE '^(ok|not ok) ' "$log/eval.out" | tail -30
  count_tap "eval" "$log/eval.out" $rc
else
  echo "skip - ../shared not present: corpus evaluation skipped"; skipped=$((skipped + 1))
fi

finish
