#!/bin/bash
# norm_same.sh [BASE] — does the working tree normalize exactly as commit
# BASE (default HEAD) does?  Builds build/norm_dump (test/tools/norm_dump.c)
# in both (BASE in a temporary worktree, with the working tree's
# norm_dump.c) and compares the clean text and the repairs list (kind,
# line, before, after) of every document and fuzz seed under test/, the
# corpus and realdev (../shared, when present), the bench's decoded
# variants (build/bench/*.txt, when built), any NORM_EXTRA files and 40
# documents test/tools/norm_mix.py splices from all of these, each taken
# as bytes and decoded.  Prints the differences; exit status 0 when
# there are none.  For speed work on the normalize passes.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
base=${1:-HEAD}
shared=${LP_SHARED:-$top/../shared}
tmp=$(mktemp -d /tmp/lp-norm-same.XXXXXX)
trap 'git -C "$top" worktree remove --force "$tmp/base" >/dev/null 2>&1; rm -rf "$tmp"' EXIT

cd "$top"
find test -type f \( -name '*.txt' -o -path 'test/fuzz/seeds/*' -o -path 'test/fuzz/regressions/*' \) \
  -not -path 'test/bench/node_modules/*' | LC_ALL=C sort > "$tmp/files"
for d in "$shared/corpus" "$shared/realdev"; do
  if [ -d "$d" ]; then find "$d" -type f | LC_ALL=C sort >> "$tmp/files"; else echo "# $d absent: not compared"; fi
done
ls build/bench/*.txt 2>/dev/null >> "$tmp/files" || true
for f in ${NORM_EXTRA:-}; do echo "$f" >> "$tmp/files"; done
# and documents splicing their lines together, triggers in new company
mkdir "$tmp/mix"
grep -v '^test/fuzz/' "$tmp/files" | xargs -d '\n' python3 test/tools/norm_mix.py "$tmp/mix"
ls "$tmp"/mix/*.txt >> "$tmp/files"

dump_of() {	# dump_of TREE OUT
  local tree=$1
  if [ "$tree" != "$top" ]; then
    mkdir -p "$tree/test/tools"
    cp "$top/test/tools/norm_dump.c" "$tree/test/tools/norm_dump.c"
  fi
  make -s -C "$tree" build/core.a >/dev/null
  cc -std=gnu99 -O2 -I"$tree/src/core" "$tree/test/tools/norm_dump.c" "$tree/build/core.a" \
     -lopencc -lm -o "$tree/build/norm_dump"
  xargs -d '\n' "$tree/build/norm_dump" < "$tmp/files" > "$2"
}

git -C "$top" worktree add --detach "$tmp/base" "$base" >/dev/null 2>&1
dump_of "$tmp/base" "$tmp/before.out"
dump_of "$top" "$tmp/after.out"
echo "# base $(git -C "$top" rev-parse --short "$base"): $(wc -l < "$tmp/files") files, $(grep -c '^--- .* repairs$' "$tmp/before.out") normalized, $(grep -a '^--- .* repairs$' "$tmp/before.out" | awk '{s+=$2} END {print s}') repairs"
if cmp -s "$tmp/before.out" "$tmp/after.out"; then
  echo "same output"
else
  diff -a "$tmp/before.out" "$tmp/after.out" | head -${LP_SHOW:-40}
  echo "different: $(diff -a "$tmp/before.out" "$tmp/after.out" | grep -c '^[<>]') lines"
  exit 1
fi
