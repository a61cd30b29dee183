#!/usr/bin/env python3
"""wrap_floor.py GOT.TSV FLOOR FIRST — the headline rows of each genre
document (source NAME) against those of its re-wrapped copy (source
wrapped-NAME): the share of the document's rows the copy keeps, over all
documents, must reach FLOOR.  One TAP line, numbered FIRST; the documents
losing most are listed as comments."""
import collections
import sys


def main():
    got, floor, first = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    rows = collections.defaultdict(set)
    with open(got, encoding='utf-8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            rows[cols[0]].add(tuple(cols[1:]))
    total = kept = 0
    losses = []
    for name, orig in rows.items():
        if name.startswith('wrapped-'):
            continue
        copy = rows.get('wrapped-' + name, set())
        total += len(orig)
        kept += len(orig & copy)
        if orig - copy:
            losses.append((len(orig - copy), name, len(orig)))
    share = kept / total if total else 0.0
    status = 'ok' if share >= floor else 'not ok'
    print('%s %d - re-wrapped genre documents keep %d of %d headline rows (%.3f, floor %.2f)'
          % (status, first, kept, total, share, floor))
    for lost, name, n in sorted(losses, reverse=True)[:10]:
        print('# %s: %d of %d rows lost when wrapped' % (name, lost, n))


if __name__ == '__main__':
    main()
