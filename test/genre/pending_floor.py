#!/usr/bin/env python3
"""pending_floor.py DIR GOT.tsv N — the documents of DIR/pending (invented, not yet
right row for row) scored as a whole against their expected rows, with the matching of
compare.py: two TAP lines (numbered after N) asserting that recall and precision stay
at or above DIR/pending/floor.  Used by test/t/genre.sh; a document that becomes
right moves to DIR/docs, where every row is checked."""
import os, sys
d, got_path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
floor = dict(l.split() for l in open(os.path.join(d, "pending", "floor")) if l.strip() and not l.startswith("#"))

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from match import key, matches, read_expected, read_got

got = read_got(got_path)
docs = sorted(f for f in os.listdir(os.path.join(d, "pending", "docs")) if f.endswith(".txt"))
found = total = judged = right = 0
for doc in docs:
    gold = read_expected(os.path.join(d, "pending", "expected", doc[:-4] + ".tsv"))
    keys = {key(g) for g in gold}
    mine = [r for r in got if r[0] == doc]
    used = [False] * len(mine)
    for g in gold:
        total += 1
        for j, r in enumerate(mine):
            if not used[j] and matches(r, g):
                used[j] = True; found += 1; break
    judged += sum(1 for r in mine if key(r) in keys)
    right += sum(1 for j, r in enumerate(mine) if used[j])
recall = found / total if total else 1.0
precision = right / judged if judged else 1.0
for name, v in (("recall", recall), ("precision", precision)):
    n += 1
    ok = v >= float(floor[name])
    print(f"{'ok' if ok else 'not ok'} {n} - pending documents ({len(docs)}): headline {name} {v:.3f} >= {floor[name]}")
