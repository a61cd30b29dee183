#!/bin/sh
# units_sql.sh q_units.tsv q_magnitudes.tsv units_en.tsv — the rows of
# luohuplan.units: every unit of q_units.tsv that has a base unit, and its
# magnitude-prefixed forms (万个, 亿元, 万平方米: the forms lp_units.c reads)
# for the dimensions where a magnitude makes sense (not %, ‰, points, ratios,
# scores, durations or concentrations).  The table is shipped data only, so
# the statement first empties it: the same text installs and refreshes.
set -eu
rows=$(awk -F'\t' '
  function lit(s) { gsub(/\047/, "\047\047", s); return s == "" ? "NULL" : "\047" s "\047" }
  function row(u, en, dim, base, f) {
    if (u in seen) return
    seen[u] = 1
    rows = rows (rows == "" ? "" : ",\n") sprintf("  (%s, %s, %s, %s, %s)", lit(u), lit(en), lit(dim), lit(base), f)
  }
  FILENAME ~ /units_en/ { if (!/^#/ && NF >= 2) en[$1] = $2; next }
  FILENAME ~ /q_magnitudes/ { if (!/^#/ && NF >= 2) { mag[++nm] = $1; magf[$1] = $2 } next }
  /^#/ || NF < 4 || $2 == "-" { next }
  { n++; name[n] = $1; base[n] = $2; dim[n] = $3; fac[n] = $4 }
  END {
    for (i = 1; i <= n; i++) row(name[i], en[name[i]], dim[i], base[i], fac[i])
    for (m = 1; m <= nm; m++)
      for (i = 1; i <= n; i++) {
        if (dim[i] ~ /^(percent|permille|points|ratio|score|duration|concentration)$/) continue
        e = (name[i] in en && mag[m] in en) ? en[mag[m]] " " en[name[i]] : ""
        row(mag[m] name[i], e, dim[i], base[i], fac[i] "*" magf[mag[m]])
      }
    print rows
  }' "$3" "$2" "$1")
echo "-- generated from src/data/q_units.tsv, q_magnitudes.tsv and units_en.tsv by src/data/units_sql.sh"
echo "DELETE FROM @extschema@.units;"
echo "INSERT INTO @extschema@.units (unit, name_en, dimension, base_unit, factor) VALUES"
printf '%s;\n' "$rows"
