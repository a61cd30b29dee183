#!/bin/bash
# genre_wrap.sh — PDF wraps: each UTF-8 genre document (test/genre/docs) is
# loaded as written and re-wrapped at 38 characters (test/genre/rewrap.py:
# lines broken inside words, names and sentences as a PDF converter breaks
# them, tables left whole); the copies must keep the headline rows of the
# originals (test/genre/wrap_floor.py: 0.96 of them over all documents,
# measured 0.968 on 2026-12-03).
# Needs PGHOST/PGPORT/PGUSER of a cluster where luohuplan is installed.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
dir=$top/test/genre
db=lp_genre_wrap
tmp=$(mktemp -d /tmp/lp-genre-wrap.XXXXXX)
trap 'rm -rf "$tmp"; dropdb --if-exists "$db" >/dev/null 2>&1; dropdb --if-exists "${db}2" >/dev/null 2>&1' EXIT

# a copy of a report is recognised as one (the headline shows it once): the
# originals and their copies go into two databases
load() {
  local d=$1 src=$2 failed=0 doc
  dropdb --if-exists "$d" >/dev/null 2>&1
  createdb "$d" && psql -X -q -d "$d" -c "CREATE EXTENSION luohuplan" >/dev/null || return 1
  for doc in "$src"/*.txt; do
    case $doc in *.gbk.txt|*.big5.txt|*.csv.txt) continue ;; esac
    echo "SELECT luohuplan.ingest(decode(:'raw', 'hex'), :'src')" |
      psql -X -q -v ON_ERROR_STOP=1 -At -d "$d" -v raw="$(xxd -p "$doc" | tr -d '\n')" \
        -v src="$(basename "$doc")" >/dev/null 2>"$tmp/err" ||
      { failed=$((failed + 1)); echo "# ingest $(basename "$doc") failed"; sed 's/^/# /' "$tmp/err"; }
  done
  psql -X -q -At -F $'\t' -d "$d" -c "SELECT source, period, status, indicator, measure, value,
                                             value_hi, unit, qualifier FROM luohuplan.headline"
  return "$failed"
}

python3 "$dir/rewrap.py" "$dir/docs" "$tmp/wrapped" 38 || { echo "not ok 1 - rewrap.py"; exit 1; }
load "$db" "$dir/docs" > "$tmp/got.tsv" && load "${db}2" "$tmp/wrapped" >> "$tmp/got.tsv" &&
  echo "ok 1 - every document and its re-wrapped copy ingested" ||
  echo "not ok 1 - a document or its copy failed to ingest"
python3 "$dir/wrap_floor.py" "$tmp/got.tsv" 0.96 2
