#!/usr/bin/env python3
"""copies_floor.py GOT.TSV KIND FLOOR NUMBER — the headline rows of each
genre document (source NAME) against those of its copy (source KIND-NAME,
test/genre/copies.py): the share of the documents' rows the copies keep,
over all documents, must reach FLOOR.  One TAP line, numbered NUMBER; the
documents losing most are listed as comments."""
import collections
import sys


def main():
    got, kind, floor, number = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    prefix = kind + '-'
    rows = collections.defaultdict(set)
    with open(got, encoding='utf-8') as f:
        for line in f:
            cols = line.rstrip('\n').split('\t')
            rows[cols[0]].add(tuple(cols[1:]))
    total = kept = 0
    losses = []
    for name, orig in rows.items():
        if '-' in name and name.split('-', 1)[0] in ('wrapped', 'indented', 'spaced', 'folded', 'pagefolded', 'gbk', 'big5'):
            continue
        copy = rows.get(prefix + name, set())
        total += len(orig)
        kept += len(orig & copy)
        if orig - copy:
            losses.append((len(orig - copy), name, len(orig)))
    share = kept / total if total else 0.0
    print('%s %d - %s copies of the genre documents keep %d of %d headline rows (%.3f, floor %g)'
          % ('ok' if share >= floor else 'not ok', number, kind, kept, total, share, floor))
    for lost, name, n in sorted(losses, reverse=True)[:8]:
        print('# %s: %d of %d rows lost in its %s copy' % (name, lost, n, kind))


if __name__ == '__main__':
    main()
