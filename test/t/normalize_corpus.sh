#!/bin/bash
# normalize_corpus.sh — luohuplan.normalize on the shared corpus (skipped
# when ../shared is absent): 000 loses its pinyin glosses, traditional
# characters and "?。" misalignment marks and keeps its line count; 001..004
# keep their line count and change only lines with chrome, width or html.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
corpus=${LP_SHARED:-$top/../shared}/corpus	# LP_SHARED: another place for ../shared
if [ ! -d "$corpus" ]; then
  echo "skip - ../shared/corpus is absent"
  exit 0
fi
db=lp_normalize_corpus
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok - createdb"; exit 1; }
psql -qX -d "$db" -c "CREATE EXTENSION luohuplan" >/dev/null || { echo "not ok - create extension"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; dropdb --if-exists "$db" >/dev/null 2>&1' EXIT

# run a query on a file's text, bound as :'doc' (psql keeps trailing newlines
# through the x appended and removed again)
q() {
  printf '%s\n' "\\set doc \`cat '$1'; printf x\`" "$2" | psql -qXAt -d "$db"
}
norm() {
  q "$1" "SELECT luohuplan.normalize(left(:'doc', -1))" > "$2.tmp" &&
    head -c -1 "$2.tmp" > "$2"	# psql adds one newline
}
lines() { tr -cd '\n' < "$1" | wc -c; }

f0=$(ls "$corpus"/000_*.txt 2>/dev/null | head -1)
if [ -n "$f0" ] && norm "$f0" "$tmp/000.out"; then
  [ "$(lines "$f0")" = "$(lines "$tmp/000.out")" ] && echo "ok - 000: line count kept" || echo "not ok - 000: line count kept"
  if grep -qP '[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]*[)）]' "$tmp/000.out"; then
    echo "not ok - 000: no pinyin gloss left"
  else
    echo "ok - 000: no pinyin gloss left"
  fi
  if command -v opencc >/dev/null; then
    opencc -c t2s.json -i "$tmp/000.out" -o "$tmp/000.t2s"
    if cmp -s "$tmp/000.out" "$tmp/000.t2s"; then
      echo "ok - 000: no traditional character left (opencc t2s changes nothing)"
    else
      echo "not ok - 000: no traditional character left (opencc t2s changes nothing)"
      diff "$tmp/000.out" "$tmp/000.t2s" | head -5 | sed 's/^/# /'
    fi
  else
    echo "skip - opencc command absent"
  fi
  if grep -q '?。' "$tmp/000.out"; then
    echo "not ok - 000: no ?。 misalignment mark left"
  else
    echo "ok - 000: no ?。 misalignment mark left"
  fi
else
  echo "not ok - 000: normalize ran"
fi

# 001..004: same line count; a line without chrome/width/html repairs is unchanged
for f in "$corpus"/00[1-4]_*.txt; do
  [ -e "$f" ] || continue
  id=$(basename "$f" | cut -c1-3)
  if ! norm "$f" "$tmp/$id.out"; then
    echo "not ok - $id: normalize ran"; continue
  fi
  [ "$(lines "$f")" = "$(lines "$tmp/$id.out")" ] && echo "ok - $id: line count kept" || echo "not ok - $id: line count kept"
  q "$f" "SELECT DISTINCT line FROM luohuplan.repairs(left(:'doc', -1)) WHERE kind IN ('chrome', 'width', 'html')" \
    > "$tmp/$id.allowed"
  changed=$(paste -d $'\x01' <(cat "$f"; echo) <(cat "$tmp/$id.out"; echo) |
    awk -F'\x01' -v allowed="$tmp/$id.allowed" '
      BEGIN { while ((getline l < allowed) > 0) ok[l] = 1 }
      $1 != $2 && !(NR in ok) { print NR }')
  if [ -z "$changed" ]; then
    echo "ok - $id: only chrome/width/html lines changed"
  else
    echo "not ok - $id: only chrome/width/html lines changed"
    echo "# other lines changed: $(echo $changed | head -c 200)"
  fi
done
