#!/bin/bash
# file_cycles.sh [-v] [OBJ_DIR] — cycles among the files of the core, two
# ways: by calls (file A depends on file B when A's object uses a symbol B's
# object defines, read with nm from build/core/*.o: make build/core.a first)
# and by includes (A.c includes B.h and B.c includes A.h, a header going
# with the .c file of its name; lp.h, the core's public API, and headers
# shared by several files go with none).  Prints every group of files that
# depend on one another around a cycle (a strongly connected component of
# two or more), or "no cycles"; exit status 1 when there is one.  With -v it
# also prints every edge.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
verbose=0
[ "${1:-}" = -v ] && { verbose=1; shift; }
dir=${1:-$top/build/core}
ls "$dir"/*.o >/dev/null 2>&1 || { echo "no objects in $dir: make build/core.a" >&2; exit 2; }
{
for c in "$top"/src/core/*.c; do
  f=$(basename "$c" .c)
  for h in $(sed -n 's/^#include "\(.*\)\.h".*/\1/p' "$c"); do
    if [ "$h" != "$f" ] && [ -f "$top/src/core/$h.c" ]; then echo "inc $f $h"; fi
  done
done
for o in "$dir"/*.o; do
  f=$(basename "$o" .o)
  nm "$o" | awk -v f="$f" '$1 ~ /^[0-9a-f]+$/ && $2 ~ /^[TDRB]$/ { print "def", f, $3 } $1 == "U" { print "use", f, $2 }'
done
} | python3 -c '
import sys
def cycles(what, edges):
  index, low, stack, on, comps, n = {}, {}, [], set(), [], [0]
  nodes = sorted(set(edges) | {g for v in edges.values() for g in v})
  def visit(v):
    index[v] = low[v] = n[0]; n[0] += 1; stack.append(v); on.add(v)
    for w in sorted(edges.get(v, ())):
        if w not in index:
            visit(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop(); on.discard(w); comp.append(w)
            if w == v: break
        if len(comp) > 1: comps.append(sorted(comp))
  for v in nodes:
    if v not in index: visit(v)
  for c in comps:
    print("cycle (%s):" % what, " <-> ".join(c))
  return len(comps)
sys.setrecursionlimit(10000)
defs, uses, incs = {}, [], {}
for line in sys.stdin:
    kind, f, sym = line.split()
    if kind == "def":
        defs[sym] = f
    elif kind == "use":
        uses.append((f, sym))
    else:
        incs.setdefault(f, set()).add(sym)
calls = {}
for f, sym in uses:
    g = defs.get(sym)
    if g and g != f:
        calls.setdefault(f, set()).add(g)
found = 0
for what, edges in (("calls", calls), ("includes", incs)):
    if sys.argv[1] == "1":
        for f in sorted(edges):
            print(what, f, "->", " ".join(sorted(edges[f])))
    found += cycles(what, edges)
if not found:
    print("no cycles")
sys.exit(1 if found else 0)
' "$verbose"
