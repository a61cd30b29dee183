#!/bin/bash
# fn_lengths.sh [FILE...] — the crude function-length count of issue 13:
# the lines between a '{' and the next '}' at column 0 (so struct and enum
# bodies written that way count too).  Default files: src/core/*.c and *.h
# without the generated lp_data_gen.c.  Prints the count, median, p90 and
# max, the blocks over 50 lines, and the files over 800 lines.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
if [ $# -eq 0 ]; then
  set -- $(ls src/core/*.c src/core/*.h | grep -v lp_data_gen.c)
fi
awk '
  FNR == 1 { open = 0 }
  /^[A-Za-z_][A-Za-z0-9_]*\(/ { name = $0; sub(/\(.*/, "", name) }
  /^(typedef |static |const |struct |enum |union )*(struct|enum|union) [A-Za-z_]/ { name = $0 }
  /^\{/ { open = FNR; next }
  /^\}/ && open { printf "%d\t%s:%d\t%s\n", FNR - open - 1, FILENAME, open, name; open = 0 }
' "$@" | sort -n > /tmp/fn_lengths.$$
awk -F'\t' '{ a[NR] = $1 } END {
  if (NR == 0) { print "no blocks"; exit }
  m = a[int((NR + 1) / 2)]; p = a[int(NR * 0.9 + 0.5)];
  printf "blocks %d  median %d  p90 %d  max %d\n", NR, m, p, a[NR] }' /tmp/fn_lengths.$$
echo "# blocks over 50 lines (lines, where, name):"
awk -F'\t' '$1 > 50' /tmp/fn_lengths.$$ | sort -rn
echo "# files over 800 lines:"
wc -l "$@" | awk '$2 != "total" && $1 > 800 { print "  " $1 "\t" $2 }'
rm -f /tmp/fn_lengths.$$
