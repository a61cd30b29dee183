"""match.py — how a headline row of the view is matched against an expected row
(HEADLINE_SPEC.md), shared by compare.py and pending_floor.py."""


def num(s):
    try: return float(s)
    except ValueError: return None


def same(a, b):
    if a is None or b is None: return a is None and b is None
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def same_value(want, r):
    """A range is written lo..hi; the view gives value and value_hi."""
    if ".." in want:
        lo, hi = want.split("..", 1)
        return same(num(lo), num(r[5])) and same(num(hi), num(r[6]))
    return same(num(want), num(r[5]))


def as_actual(r):
    """A preliminary result (estimate, 预计) is scored as actual."""
    return r[:2] + ["actual" if r[2] == "estimate" else r[2]] + r[3:]


def key(r):
    return tuple(r[:5])


def read_got(path):
    """The view's rows: source, period, status, indicator, measure, value, value_hi, unit, qualifier."""
    return [as_actual((l.rstrip("\n").split("\t") + [""] * 9)[:9]) for l in open(path, encoding="utf-8") if l.strip()]


def read_expected(path):
    """Expected rows: doc, period, status, indicator, measure, value, unit, qualifier ('#' lines skipped)."""
    return [as_actual((l.rstrip("\n").split("\t") + [""] * 8)[:8]) for i, l in enumerate(open(path, encoding="utf-8"))
            if i > 0 and l.strip() and not l.startswith("#")]


def matches(r, g):
    """Does view row r state expected row g (same key, value, unit and qualifier)?"""
    if key(r) != key(g): return False
    if g[4] == "qualitative": return True
    return r[7] == g[6] and same_value(g[5], r) and (r[8] or "eq") == (g[7] or "eq")
