#!/usr/bin/env python3
"""compare.py DIR GOT.tsv N — TAP lines for the headline rows of GOT.tsv (source, period,
status, indicator, measure, value, value_hi, unit, qualifier) against DIR/expected/*.tsv;
numbering continues after N.  Used by test/t/genre.sh."""
import os, sys
d, got_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from match import key, matches, read_expected, read_got

got = read_got(got_path)
used = [False] * len(got)
docs = sorted(f for f in os.listdir(os.path.join(d, "docs")) if f.endswith(".txt"))
for doc in docs:
    exp_path = os.path.join(d, "expected", doc[:-4] + ".tsv")
    if not os.path.exists(exp_path):
        n += 1; print(f"not ok {n} - {doc}: no expected file {os.path.basename(exp_path)}"); continue
    gold = read_expected(exp_path)
    keys = {key(g) for g in gold}
    for g in gold:
        hit = next((j for j, r in enumerate(got) if not used[j] and matches(r, g)), None)
        n += 1
        desc = " ".join(x for x in g[1:] if x)
        if hit is None:
            near = [r for r in got if key(r) == key(g)]
            print(f"not ok {n} - {doc}: {desc}")
            for r in near: print(f"#   got {' '.join(x for x in r[1:] if x)}")
        else:
            used[hit] = True
            print(f"ok {n} - {doc}: {desc}")
    for j, r in enumerate(got):
        if used[j] or r[0] != doc: continue
        used[j] = True
        desc = " ".join(x for x in r[1:] if x)
        if key(r) in keys:
            n += 1; print(f"not ok {n} - {doc}: extra row {desc}")
        else:
            print(f"# {doc}: row outside the expected keys, not judged: {desc}")
