#!/bin/bash
# same_output.sh [BASE] — does the working tree extract exactly what commit
# BASE (default HEAD) extracts?  Builds build/lp_dump in both (BASE in a
# temporary worktree; test/tools/lp_dump.c of the working tree is used for
# both, so BASE needs only the core) and compares every fact of the corpus
# (../shared/corpus and ../shared/realdev, when present), test/samples and
# test/genre/docs, byte for byte.  Prints the differences; exit status 0 when
# there are none.  For refactors: run it before committing one.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
base=${1:-HEAD}
shared=${LP_SHARED:-$top/../shared}
tmp=$(mktemp -d /tmp/lp-same.XXXXXX)
trap 'git -C "$top" worktree remove --force "$tmp/base" >/dev/null 2>&1; rm -rf "$tmp"' EXIT

docs=("$top"/test/samples/*.txt "$top"/test/genre/docs/*.txt)
for d in "$shared/corpus" "$shared/realdev"; do
  if [ -d "$d" ]; then docs+=("$d"/*.txt); else echo "# $d absent: not compared"; fi
done

dump_of() {	# dump_of TREE OUT
  local tree=$1
  if [ "$tree" != "$top" ]; then
    mkdir -p "$tree/test/tools"
    cp "$top/test/tools/lp_dump.c" "$tree/test/tools/lp_dump.c"
  fi
  make -s -C "$tree" build/core.a >/dev/null
  cc -std=gnu99 -O2 -I"$tree/src/core" "$tree/test/tools/lp_dump.c" "$tree/build/core.a" \
     -lopencc -lm -o "$tree/build/lp_dump"
  "$tree/build/lp_dump" "${docs[@]}" > "$2"
}

git -C "$top" worktree add --detach "$tmp/base" "$base" >/dev/null 2>&1
dump_of "$tmp/base" "$tmp/before.tsv"
dump_of "$top" "$tmp/after.tsv"
echo "# base $(git -C "$top" rev-parse --short "$base"): $(wc -l < "$tmp/before.tsv") facts of ${#docs[@]} documents"
if cmp -s "$tmp/before.tsv" "$tmp/after.tsv"; then
  echo "same output"
else
  diff "$tmp/before.tsv" "$tmp/after.tsv" | head -${LP_SHOW:-40}
  echo "different: $(diff "$tmp/before.tsv" "$tmp/after.tsv" | grep -c '^[<>]') lines"
  exit 1
fi
