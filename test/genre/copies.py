#!/usr/bin/env python3
"""copies.py KIND SRC_DIR DST_DIR — each UTF-8 genre document as another
kind of copy of it, into DST_DIR/KIND-NAME:

  wrapped  the prose broken at 38 characters, as a PDF converter breaks it:
           inside words, names and sentences, never inside a number (a run
           of digits, '.' and '%');
  indented every line of prose indented by two ideographic spaces, as web
           copies indent their paragraphs;
  spaced   a blank line after every line, as a web page with an empty
           paragraph between its paragraphs, or each line of a data card in
           a paragraph of its own;
  folded   NFKC-normalized, as crawled pages and text stores keep reports:
           full-width punctuation becomes ASCII ("，" ",", "；" ";", "（" "(");
  pagefolded the prose broken at 76 display columns (a character of CJK
           width two) as a PDF page breaks it, then NFKC-normalized: the
           lines no longer share one width;
  gbk      encoded in GBK, as mainland portals still serve pages;
  big5     converted to Taiwan-standard traditional characters (the opencc
           command, s2tw) and encoded in Big5 (code page 950), as pages of
           Taiwan and Hong Kong carry reports.
  A character the encoding lacks is written as a numeric character
  reference (&#8240;), as a browser submits it and web pages keep it; the
  ideographic zero 〇, which Big5 lacks, as ○ as such pages write years.

Lines that look like table rows (two or more runs of spaces, tabs or bars)
are not wrapped or indented, and a saved page's address alone on its line
(http://…, no space) is not wrapped: it is the saver's line, not the page's
prose a converter breaks; documents in other encodings are left out."""
import os
import re
import subprocess
import sys
import unicodedata

CELLS = re.compile(r'  +|\t|\||｜')
ADDRESS = re.compile(r'^\s*https?://\S+\s*$')
WIDTH = 38


def in_number(c):
    return c.isascii() and (c.isalnum() or c in '.%')


def is_row(line):
    return len(CELLS.findall(line)) >= 2


def is_address(line):
    return ADDRESS.match(line) is not None


def wrapped(line):
    out = []
    if is_row(line) or is_address(line):
        return [line]
    while len(line) > WIDTH:
        k = WIDTH
        while k > WIDTH // 2 and in_number(line[k - 1]) and in_number(line[k]):
            k -= 1
        out.append(line[:k])
        line = line[k:]
    out.append(line)
    return out


def page_cut(line, columns=76):
    out = []
    if is_row(line) or is_address(line):
        return [line]
    while True:
        w, k = 0, 0
        while k < len(line) and w + (2 if unicodedata.east_asian_width(line[k]) in 'WF' else 1) <= columns:
            w += 2 if unicodedata.east_asian_width(line[k]) in 'WF' else 1
            k += 1
        if k >= len(line):
            break
        while k > len(line) // 4 and in_number(line[k - 1]) and in_number(line[k]):
            k -= 1
        out.append(line[:k])
        line = line[k:]
    out.append(line)
    return out


def folded(line):
    return [unicodedata.normalize('NFKC', line)]


def pagefolded(line):
    return [unicodedata.normalize('NFKC', part) for part in page_cut(line)]


def indented(line):
    return ['\u3000\u3000' + line if line.strip() and not is_row(line) else line]


def spaced(line):
    return [line, '']


KINDS = {'wrapped': wrapped, 'indented': indented, 'spaced': spaced, 'folded': folded,
         'pagefolded': pagefolded}


# the encoding kinds: the whole text at once
SEPARATOR = '\n@@luohuplan-copy-boundary@@\n'


def to_traditional(texts):
    """All texts through one run of opencc s2tw (a run per text would take
    a second per dozen documents)."""
    out = subprocess.run(['opencc', '-c', 's2tw.json'], input=SEPARATOR.join(texts),
                         capture_output=True, text=True, check=True).stdout
    parts = out.split(SEPARATOR)
    if len(parts) != len(texts):
        sys.exit('copies.py: opencc changed the boundary line between documents')
    return [t.replace('〇', '○') for t in parts]


ENCODINGS = {'gbk': ('gbk', None), 'big5': ('cp950', to_traditional)}


def main():
    kind, src, dst = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(dst, exist_ok=True)
    names = [name for name in sorted(os.listdir(src))
             if name.endswith('.txt') and not re.search(r'\.(gbk|big5|csv)\.txt$', name)]
    texts = []
    for name in names:
        with open(os.path.join(src, name), encoding='utf-8') as f:
            texts.append(f.read())
    if kind in ENCODINGS:
        codec, convert = ENCODINGS[kind]
        if convert:
            texts = convert(texts)
        for name, text in zip(names, texts):
            with open(os.path.join(dst, kind + '-' + name), 'wb') as f:
                f.write(text.encode(codec, errors='xmlcharrefreplace'))
        return
    copy = KINDS[kind]
    for name, text in zip(names, texts):
        with open(os.path.join(dst, kind + '-' + name), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out for line in text.split('\n') for out in copy(line)))


if __name__ == '__main__':
    main()
