#!/bin/bash
# include_cycles.sh — dependency cycles among the files of src/core.
#
# Two graphs, each searched for strongly connected components (a component
# of two or more files is a cycle):
#  - calls: file A -> file B when an object of A uses a global symbol that
#    B's object defines (read with nm from the objects of build/core.a,
#    built if missing), so a cycle is two files calling each other,
#    directly or round a loop;
#  - includes: file A -> file B when A includes B's header (B.h beside
#    B.c), and header A -> header B when A includes B (src/core/*.h).
# Prints each cycle with the symbols (or includes) along its edges; ends
# with "no cycles" (exit 0) or "N cycles" (exit 1).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
make -s build/core.a >/dev/null
tmp=$(mktemp -d /tmp/lp-cycles.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# edges: "from to label", one a line
for o in build/core/*.o; do
  f=$(basename "$o" .o)
  [ "$f" = lp_data_gen ] && continue	# generated from src/data
  nm "$o" | awk -v f="$f" '$1 == "U" { print "U", f, $2 } NF == 3 && $2 ~ /^[TDBRC]$/ { print "D", f, $3 }'
done | awk '$1 == "D" { def[$3] = $2; next } { use[++n] = $2 " " $3 } END {
	for (i = 1; i <= n; i++) { split(use[i], u, " "); if (u[2] in def && def[u[2]] != u[1]) print u[1], def[u[2]], u[2] } }' \
  | sort -u > "$tmp/calls"
for h in src/core/*.h; do
  sed -n 's/^#include "\(.*\)\.h".*/\1/p' "$h" | while read -r inc; do
    if [ -f "src/core/$inc.h" ]; then echo "$(basename "$h" .h).h $inc.h include"; fi
  done
done | sort -u > "$tmp/includes"
for c in src/core/*.c; do
  f=$(basename "$c" .c)
  sed -n 's/^#include "\(.*\)\.h".*/\1/p' "$c" | while read -r inc; do
    if [ "$inc" != "$f" ] && [ -f "src/core/$inc.c" ]; then echo "$f $inc $inc.h"; fi
  done
done | sort -u >> "$tmp/includes"

# Tarjan's strongly connected components over "from to label" lines
scc() {
  awk '
  { if (!($1 SUBSEP $2 in lab)) { adj[$1] = adj[$1] " " $2; lab[$1, $2] = $3 } else lab[$1, $2] = lab[$1, $2] "," $3
    node[$1]; node[$2] }
  function visit(v,   w, k, n, list, c, members) {
    idx[v] = low[v] = ++counter; stack[++sp] = v; on[v] = 1
    n = split(adj[v], list, " ")
    for (k = 1; k <= n; k++) {
      w = list[k]
      if (!(w in idx)) { visit(w); if (low[w] < low[v]) low[v] = low[w] }
      else if (on[w] && idx[w] < low[v]) low[v] = idx[w]
    }
    if (low[v] == idx[v]) {
      c = 0; members = ""
      do { w = stack[sp--]; on[w] = 0; comp[w] = v; c++; members = members " " w } while (w != v)
      if (c > 1) { ncyc++; cyc[ncyc] = v; size[v] = c }
    }
  }
  END {
    for (v in node) if (!(v in idx)) visit(v)
    for (i = 1; i <= ncyc; i++) {
      r = cyc[i]; line = ""
      for (v in node) if (comp[v] == r) line = line " " v
      print "cycle (" size[r] " files):" line
      for (e in lab) { split(e, p, SUBSEP); if (comp[p[1]] == r && comp[p[2]] == r) print "  " p[1] " -> " p[2] ": " lab[e] }
    }
    print ncyc + 0 > "/dev/stderr"
  }' "$1"
}

total=0
for g in calls includes; do
  echo "== $g"
  n=$(scc "$tmp/$g" 2>&1 >"$tmp/$g.out")
  sort_out=$(cat "$tmp/$g.out")
  [ -n "$sort_out" ] && echo "$sort_out"
  total=$((total + n))
done
if [ "$total" -eq 0 ]; then echo "no cycles"; else echo "$total cycles"; exit 1; fi
