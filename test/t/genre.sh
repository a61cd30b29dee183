#!/bin/bash
# genre.sh — headline indicators of documents written for this test (invented
# figures, test/genre/docs) against their expected rows (test/genre/expected,
# the columns of ../shared/gold/headline.tsv): plan execution reports of other
# years and districts, a half-year report, government work reports, a main-
# indicator table flattened to text, Chinese numerals, traditional characters
# in Big5, GBK, and a repost with page chrome.  Each document is loaded with
# luohuplan.ingest; one TAP line per expected row (found with the same value,
# unit and qualifier), and one per extra headline row: a row whose key (period,
# status, indicator, measure) is expected but whose value is not fails; a row
# outside the expected keys is listed and not judged, as in
# ../shared/eval/score_headline.py.
# Needs PGHOST/PGPORT/PGUSER of a cluster where luohuplan is installed.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
dir=$top/test/genre
db=lp_genre
tmp=$(mktemp -d /tmp/lp-genre.XXXXXX)
trap 'rm -rf "$tmp"; dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" "$@"; }

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
q -c "CREATE EXTENSION luohuplan" || { echo "not ok 1 - CREATE EXTENSION luohuplan"; exit 1; }

n=0
for doc in "$dir"/docs/*.txt; do
  name=$(basename "$doc")
  n=$((n + 1))
  if echo "SELECT luohuplan.ingest(decode(:'raw', 'hex'), :'src')" |
       q -v raw="$(xxd -p "$doc" | tr -d '\n')" -v src="$name" >/dev/null 2>"$tmp/err"; then
    echo "ok $n - ingest $name"
  else
    echo "not ok $n - ingest $name"; sed 's/^/# /' "$tmp/err"
  fi
done

# the pending documents count as a whole (test/genre/pending/floor)
for doc in "$dir"/pending/docs/*.txt; do
  echo "SELECT luohuplan.ingest(decode(:'raw', 'hex'), :'src')" |
    q -v raw="$(xxd -p "$doc" | tr -d '\n')" -v src="$(basename "$doc")" >/dev/null 2>"$tmp/err" ||
    { echo "# pending $(basename "$doc"): ingest failed"; sed 's/^/# /' "$tmp/err"; }
done

q -F $'\t' -c "SELECT source, period, status, indicator, measure, value, value_hi, unit, qualifier
                 FROM luohuplan.headline ORDER BY source, period, status, indicator, measure" > "$tmp/got.tsv"

python3 "$dir/compare.py" "$dir" "$tmp/got.tsv" "$n" > "$tmp/tap"
cat "$tmp/tap"
python3 "$dir/pending_floor.py" "$dir" "$tmp/got.tsv" "$(grep -c '^\(not \)\?ok' "$tmp/tap" | awk -v n="$n" '{print n + $1}')"
