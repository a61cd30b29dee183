#!/usr/bin/env python3
"""compare.py DIR GOT.tsv N — TAP lines for the headline rows of GOT.tsv (source, period,
status, indicator, measure, value, value_hi, unit, qualifier) against DIR/expected/*.tsv;
numbering continues after N.  Used by test/t/genre.sh."""
import os, sys
d, got_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])

def num(s):
    try: return float(s)
    except ValueError: return None

def same(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))

def same_value(want, r):
    """A range is written lo..hi (HEADLINE_SPEC.md); the view gives value and value_hi."""
    if ".." in want:
        lo, hi = want.split("..", 1)
        return same(num(lo), num(r[5])) and same(num(hi), num(r[6]))
    return same(num(want), num(r[5]))

got = [(l.rstrip("\n").split("\t") + [""] * 9)[:9] for l in open(got_path, encoding="utf-8") if l.strip()]
# HEADLINE_SPEC.md: a preliminary result (estimate, 预计) is scored as actual
got = [r[:2] + ["actual" if r[2] == "estimate" else r[2]] + r[3:] for r in got]
used = [False] * len(got)
key = lambda r: tuple(r[:5])
docs = sorted(f for f in os.listdir(os.path.join(d, "docs")) if f.endswith(".txt"))
for doc in docs:
    exp_path = os.path.join(d, "expected", doc[:-4] + ".tsv")
    if not os.path.exists(exp_path):
        n += 1; print(f"not ok {n} - {doc}: no expected file {os.path.basename(exp_path)}"); continue
    gold = [(l.rstrip("\n").split("\t") + [""] * 8)[:8] for i, l in enumerate(open(exp_path, encoding="utf-8"))
            if i > 0 and l.strip() and not l.startswith("#")]
    gold = [g[:2] + ["actual" if g[2] == "estimate" else g[2]] + g[3:] for g in gold]
    keys = {key(g) for g in gold}
    for g in gold:
        def matches(r):
            if key(r) != key(g): return False
            if g[4] == "qualitative": return True
            return r[7] == g[6] and same_value(g[5], r) and (r[8] or "eq") == (g[7] or "eq")
        hit = next((j for j, r in enumerate(got) if not used[j] and matches(r)), None)
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
