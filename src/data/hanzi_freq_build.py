#!/usr/bin/env python3
# hanzi_freq_build.py — development-time generator of src/data/hanzi_freq.tsv
# (the build does not run it).  Needs Debian's python3-jieba and opencc:
#   python3 src/data/hanzi_freq_build.py > src/data/hanzi_freq.tsv
# Character frequencies are the word frequencies of jieba's dictionary summed
# per character; the N most frequent GB2312 hanzi are kept with a weight of
# 1..9 on a log scale, and their traditional forms (opencc -c s2t.json) are
# added with the same weight.
import math, subprocess, sys, collections

N = 4000
freq = collections.Counter()
with open('/usr/lib/python3/dist-packages/jieba/dict.txt', encoding='utf-8') as f:
    for line in f:
        parts = line.split()
        if len(parts) < 2:
            continue
        word, n = parts[0], int(parts[1])
        for ch in word:
            if '\u4e00' <= ch <= '\u9fff':
                freq[ch] += n

def in_gb2312(ch):
    try:
        ch.encode('gb2312')
        return True
    except UnicodeEncodeError:
        return False

top = [(c, n) for c, n in freq.most_common() if in_gb2312(c)][:N]
hi, lo = math.log(top[0][1]), math.log(top[-1][1])
weight = {}
for c, n in top:
    weight[c] = 1 + int(8 * (math.log(n) - lo) / (hi - lo) + 0.5)

simp = [c for c, _ in top]
trad = subprocess.run(['opencc', '-c', 's2t.json'], input='\n'.join(simp) + '\n',
                      capture_output=True, text=True, check=True).stdout.split('\n')
extra = {}
for s, t in zip(simp, trad):
    for tc in t:
        if tc != s and '\u4e00' <= tc <= '\u9fff' and tc not in weight:
            extra[tc] = max(extra.get(tc, 0), weight[s])

print('# hanzi_freq.tsv — the most common hanzi with a weight 1 (least) .. 9 (most),')
print('# used to score trial decodings when guessing an encoding (lp_decode_score.c).')
print('# Made by src/data/hanzi_freq_build.py: the %d most frequent GB2312 hanzi by' % N)
print('# character frequency summed from the word frequencies of jieba\'s dict.txt')
print('# (Debian python3-jieba), weight on a log scale; then their traditional forms')
print('# from `opencc -c s2t.json` over that simplified list, with the same weight.')
print('# char\tweight')
for c, _ in top:
    print('%s\t%d' % (c, weight[c]))
for c in sorted(extra, key=lambda c: -extra[c]):
    print('%s\t%d' % (c, extra[c]))
