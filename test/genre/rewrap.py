#!/usr/bin/env python3
"""rewrap.py SRC_DIR DST_DIR WIDTH — the prose of each UTF-8 genre document
broken at WIDTH characters, as a PDF converter breaks it: inside words,
names and sentences, never inside a number (a run of digits, '.' and '%').
Lines that look like table rows (two or more runs of spaces, tabs or bars)
and documents in other encodings are left as they are."""
import os
import re
import sys

CELLS = re.compile(r'  +|\t|\||｜')


def in_number(c):
    return c.isascii() and (c.isalnum() or c in '.%')


def rewrap(line, width):
    out = []
    if len(CELLS.findall(line)) >= 2:
        return [line]
    while len(line) > width:
        k = width
        while k > width // 2 and in_number(line[k - 1]) and in_number(line[k]):
            k -= 1
        out.append(line[:k])
        line = line[k:]
    out.append(line)
    return out


def main():
    src, dst, width = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(dst, exist_ok=True)
    for name in sorted(os.listdir(src)):
        if not name.endswith('.txt') or re.search(r'\.(gbk|big5|csv)\.txt$', name):
            continue
        with open(os.path.join(src, name), encoding='utf-8') as f:
            lines = f.read().split('\n')
        with open(os.path.join(dst, 'wrapped-' + name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(l for line in lines for l in rewrap(line, width)))


if __name__ == '__main__':
    main()
