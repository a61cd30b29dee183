#!/bin/bash
# eval.sh — score luohuplan on the corpus in ../shared with ../shared/eval/run,
# then per corpus file, and assert the levels reached (TAP lines).
# Needs PGHOST/PGPORT/PGUSER of a cluster where the extension is installed.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/.." && pwd)}
shared=${LP_SHARED:-$top/../shared}	# LP_SHARED: another place for ../shared
if [ ! -x "$shared/eval/run" ]; then echo "skip - ../shared not present"; exit 0; fi
db=luohuplan_eval
psql -X -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
psql -X -q -d $db -c "CREATE EXTENSION luohuplan" >/dev/null || { echo "not ok - CREATE EXTENSION"; exit 1; }
out=$(PGDATABASE=$db "$shared/eval/run" 2>&1); rc=$?
echo "$out" | sed 's/^/# /'
[ $rc -eq 0 ] && echo "ok - eval/run ran" || echo "not ok - eval/run exit status $rc"

t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
psql -X -q -At -F $'\t' -d $db -c "SELECT source, period, status, indicator, measure, value, value_hi, unit, qualifier FROM luohuplan.headline" > "$t/got.tsv"

# headline per corpus file: recall and precision must be exactly 1 where required
check_file() {   # prefix required(1/0)
  local p=$1 required=$2 line r pr
  head -1 "$shared/gold/headline.tsv" > "$t/gold_$p.tsv"
  grep "^${p}_" "$shared/gold/headline.tsv" >> "$t/gold_$p.tsv"
  grep "^${p}_" "$t/got.tsv" > "$t/got_$p.tsv"
  [ "$(wc -l < "$t/gold_$p.tsv")" -gt 1 ] || return 0
  line=$(python3 "$shared/eval/score_headline.py" "$t/gold_$p.tsv" "$t/got_$p.tsv" | tail -1)
  r=$(echo "$line" | sed -n 's/.*recall \([0-9.]*\).*/\1/p'); pr=$(echo "$line" | sed -n 's/.*precision \([0-9.]*\).*/\1/p')
  if [ "$r" = "1.000" ] && [ "$pr" = "1.000" ]; then echo "ok - headline $p: $line"
  elif [ "$required" = 1 ]; then echo "not ok - headline $p: $line"; python3 "$shared/eval/score_headline.py" "$t/gold_$p.tsv" "$t/got_$p.tsv" | sed 's/^/# /'
  else echo "skip - headline $p not yet exact: $line"; fi
}
for p in 001 002 003; do check_file $p 1; done
check_file 000 "${LP_EVAL_REQUIRE_000:-1}"

# mentions: the levels reached are asserted so they cannot slip back
m=$(echo "$out" | grep '^mentions recall')
rec=$(echo "$m" | sed -n 's/mentions recall \([0-9.]*\).*/\1/p')
prec=$(echo "$m" | sed -n 's/.* precision \([0-9.]*\).*/\1/p')
python3 - "$rec" "$prec" "${LP_EVAL_MIN_RECALL:-0.97}" "${LP_EVAL_MIN_PRECISION:-0.97}" <<'PY'
import sys
rec, prec, mr, mp = (float(x or 0) for x in sys.argv[1:5])
print(("ok" if rec >= mr else "not ok") + f" - mentions recall {rec:.3f} >= {mr}")
print(("ok" if prec >= mp else "not ok") + f" - mentions precision {prec:.3f} >= {mp}")
PY
