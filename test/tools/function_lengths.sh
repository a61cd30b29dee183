#!/bin/bash
# function_lengths.sh [FILE...] — function length figures of C files (default
# src/core/*.c): for each file and for all of them, the number of functions
# and the median, 90th percentile and largest length, a function's length
# being the lines between a "{" and a "}" at column 0 (the count issue 13
# uses).  FUNCLEN_TOP=N also lists the N longest functions.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -gt 0 ] || set -- "$top"/src/core/*.c
lengths() {	# FILE... -> "length file line name"
  awk '/^[A-Za-z_].*\(/ && !/;[ \t]*$/ { name = $0; sub(/\(.*/, "", name); sub(/.*[ *]/, "", name) }
       /^\{/ { s = FNR; next }
       /^\}/ { if (s) { print FNR - s - 1, FILENAME, s, name; s = 0 } }' "$@"
}
stats() {	# LABEL, lengths on stdin
  sort -n | awk -v label="$1" '{ a[NR] = $1 }
    END { if (NR == 0) exit; k = int(NR * 0.9); if (k < 1) k = 1
          printf "%-24s functions %4d  median %3d  p90 %3d  max %4d\n", label, NR, a[int((NR + 1) / 2)], a[k], a[NR] }'
}
for f in "$@"; do lengths "$f" | cut -d' ' -f1 | stats "$(basename "$f")"; done
[ $# -gt 1 ] && lengths "$@" | cut -d' ' -f1 | stats "all"
if [ -n "${FUNCLEN_TOP:-}" ]; then
  lengths "$@" | sort -rn | head -"$FUNCLEN_TOP" | awk '{ n = split($2, p, "/"); printf "  %4d  %s:%s %s\n", $1, p[n], $3, $4 }'
fi
exit 0
