#!/usr/bin/env python3
"""pending_floor.py DIR GOT.tsv N — the documents of DIR/pending (invented, not yet
right row for row) scored as a whole against their expected rows, with the matching of
compare.py: two TAP lines (numbered after N) asserting that recall and precision stay
at or above DIR/pending/floor.  Used by test/t/genre.sh; a document that becomes
right moves to DIR/docs, where every row is checked."""
import os, sys
d, got_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
floor = dict(l.split() for l in open(os.path.join(d, "pending", "floor")) if l.strip() and not l.startswith("#"))

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

act = lambda r: r[:2] + ["actual" if r[2] == "estimate" else r[2]] + r[3:]
key = lambda r: tuple(r[:5])
got = [act((l.rstrip("\n").split("\t") + [""] * 9)[:9]) for l in open(got_path, encoding="utf-8") if l.strip()]
docs = sorted(f for f in os.listdir(os.path.join(d, "pending", "docs")) if f.endswith(".txt"))
found = total = judged = right = 0
for doc in docs:
    gold = [act((l.rstrip("\n").split("\t") + [""] * 8)[:8])
            for i, l in enumerate(open(os.path.join(d, "pending", "expected", doc[:-4] + ".tsv"), encoding="utf-8"))
            if i > 0 and l.strip() and not l.startswith("#")]
    keys = {key(g) for g in gold}
    mine = [r for r in got if r[0] == doc]
    used = [False] * len(mine)
    for g in gold:
        total += 1
        for j, r in enumerate(mine):
            if used[j] or key(r) != key(g): continue
            if g[4] == "qualitative" or (r[7] == g[6] and same_value(g[5], r) and (r[8] or "eq") == (g[7] or "eq")):
                used[j] = True; found += 1; break
    judged += sum(1 for r in mine if key(r) in keys)
    right += sum(1 for j, r in enumerate(mine) if used[j])
recall = found / total if total else 1.0
precision = right / judged if judged else 1.0
for name, v in (("recall", recall), ("precision", precision)):
    n += 1
    ok = v >= float(floor[name])
    print(f"{'ok' if ok else 'not ok'} {n} - pending documents ({len(docs)}): headline {name} {v:.3f} >= {floor[name]}")
