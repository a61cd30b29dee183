#!/usr/bin/env python3
"""norm_mix.py OUTDIR FILE... — documents that splice pieces of the given
files' lines together, for test/tools/norm_same.sh.

Each line of the output joins one to four pieces cut (at character
boundaries) from random lines of the inputs (read as UTF-8, undecodable
bytes replaced), sometimes with a character known to trigger a repair
pass between them, so the passes meet their triggers in new company.
The random generator is seeded: the same inputs give the same documents.
"""
import random
import sys

TRIGGERS = ("（", "(", ")", "）", "<", "&", "&nbsp;", "?", "锟斤拷", "\ufffd", "\u200b",
            "\u00ad", "〇", "○", "１", "２", "％", "，", "．", "：", " ", "  ", "\t",
            "Ã", "Â", "©", "ä¸", "è", "å¹´", "ㄅ", "─", "\ue000", "年", "萬", "億",
            "點擊", "责任编辑", "来源：", "打印", "关闭", "【", "】", "|", "\r")


def main():
    out, files = sys.argv[1], sys.argv[2:]
    lines = []
    for f in files:
        with open(f, "rb") as h:
            lines.extend(l for l in h.read().decode("utf-8", "replace").split("\n") if l)
    rng = random.Random(18)
    for doc in range(40):
        body = []
        for _ in range(3000):
            parts = []
            for _ in range(rng.randint(1, 4)):
                l = rng.choice(lines)
                a = rng.randrange(len(l))
                b = rng.randint(a, min(len(l), a + rng.choice((4, 16, 64, 400))))
                parts.append(l[a:b])
                if rng.random() < 0.3:
                    parts.append(rng.choice(TRIGGERS))
            body.append("".join(parts))
        with open("%s/mix%02d.txt" % (out, doc), "w", encoding="utf-8") as h:
            h.write("\n".join(body) + "\n")


main()
