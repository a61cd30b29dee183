#!/bin/bash
# baseline.sh — headline rows of build/lp_dump over test/genre/pending/docs scored
# against test/genre/pending/expected (lines starting with '#' in an expected file
# are proposals, not gold).  Usage: bash test/genre/pending/baseline.sh [SCORE_SHOW]
# Needs build/lp_dump (make build/lp_dump) and ../shared/eval/score_headline.py.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
score=$top/../shared/eval/score_headline.py
[ -f "$score" ] || { echo "skip: $score not found"; exit 0; }
tmp=$(mktemp -d /tmp/lp-pending.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
{
	printf 'doc\tperiod\tstatus\tindicator\tmeasure\tvalue\tunit\tqualifier\n'
	for f in "$here"/expected/*.tsv; do tail -n +2 "$f" | grep -v '^#' || true; done
} > "$tmp/gold.tsv"
"$top/build/lp_dump" --headline "$here"/docs/*.txt > "$tmp/got.tsv"
SCORE_PER_DOC=1 SCORE_SHOW="${1:-0}" python3 "$score" "$tmp/gold.tsv" "$tmp/got.tsv"
