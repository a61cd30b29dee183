#!/bin/bash
# decode_corpus.sh — luohuplan.decode against the iconv command on the real
# corpus (../shared/corpus): every file converted to GBK, GB18030, UTF-16LE
# and UTF-16BE with and without BOM, UTF-8 with and without BOM, file 000
# to BIG5-HKSCS and BIG5; each must decode (encoding 'auto') to what iconv
# gives back, BOM dropped.
# Then short lines (8-30 characters) cut from the corpus at run time, in GBK
# and in Big5, must each be detected and decoded right.  Nothing from the
# corpus is written into the repository.
set -u
corpus="${LP_SHARED:-${LP_TOP:?}/../shared}/corpus"
if [ ! -d "$corpus" ]; then
  echo "skip - ../shared/corpus is absent"
  exit 0
fi

db=lp_decode_corpus
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok - createdb"; exit 1; }
psql -X -q -d "$db" -c "CREATE EXTENSION luohuplan" || { echo "not ok - CREATE EXTENSION"; exit 1; }
tmp=$(mktemp -d /tmp/lp-decode-corpus.XXXXXX)
trap 'rm -rf "$tmp"; dropdb --if-exists "$db" >/dev/null 2>&1' EXIT

strip_bom() {
  if [ "$(head -c3 "$1" | xxd -p)" = efbbbf ]; then tail -c +4 "$1"; else cat "$1"; fi
}

# decode the bytes of file $1 with auto detection: prints "md5 used_encoding"
sql_decode() {
  psql -X -q -A -t -d "$db" <<SQL
\\set x \`xxd -p $1 | tr -d '\\n'\`
SELECT md5(body) || ' ' || used_encoding FROM luohuplan.decode_report(decode(:'x', 'hex'));
SQL
}

# check file $1 as encoding $2 (iconv name), BOM bytes $3 (hex or ""),
# accepted encoding names $4 (regex)
check() {
  local src=$1 enc=$2 bom=$3 want=$4 name got md5 used
  name="$(basename "$src" | cut -c1-3) as $enc${bom:+ with BOM}"
  : >"$tmp/bytes"
  [ -n "$bom" ] && printf '%s' "$bom" | xxd -r -p >"$tmp/bytes"
  if [ "$enc" = UTF-8 ]; then cat "$src" >>"$tmp/bytes"
  else iconv -c -f UTF-8 -t "$enc" "$src" >>"$tmp/bytes" 2>/dev/null; fi
  iconv -f "$enc" -t UTF-8 "$tmp/bytes" >"$tmp/want" 2>/dev/null
  md5=$(strip_bom "$tmp/want" | md5sum | cut -d' ' -f1)
  got=$(sql_decode "$tmp/bytes" 2>&1)
  used=${got#* }
  if [ "${got%% *}" = "$md5" ] && [[ "$used" =~ ^($want)$ ]]; then
    echo "ok - $name decodes as iconv does ($used)"
  else
    echo "not ok - $name decodes as iconv does"
    echo "#   got: $got; want $md5 as $want"
  fi
}

for f in "$corpus"/*.txt; do
  check "$f" UTF-8 "" "UTF-8"
  check "$f" UTF-8 efbbbf "UTF-8"
  check "$f" GBK "" "GBK|GB18030"
  check "$f" GB18030 "" "GBK|GB18030"
  check "$f" UTF-16LE fffe "UTF-16LE"
  check "$f" UTF-16BE feff "UTF-16BE"
  check "$f" UTF-16LE "" "UTF-16LE"
  check "$f" UTF-16BE "" "UTF-16BE"
done
for f in "$corpus"/000_*.txt; do
  check "$f" BIG5-HKSCS "" "BIG5|BIG5-HKSCS"
  check "$f" BIG5 "" "BIG5|BIG5-HKSCS"
done

# short lines cut from the corpus, in GBK and in Big5 (traditional via OpenCC)
python3 - "$corpus" "$tmp/short.sql" <<'PY'
import glob, random, subprocess, sys
corpus, out = sys.argv[1], sys.argv[2]
rnd = random.Random(20260403)
lines = []
for path in sorted(glob.glob(corpus + '/*.txt')):
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            line = line.strip()
            if sum('\u4e00' <= c <= '\u9fff' for c in line) >= 8:
                lines.append(line)
def cut():
    line = rnd.choice(lines)
    n = rnd.randint(8, min(30, len(line)))
    start = rnd.randint(0, len(line) - n)
    return line[start:start + n]
def enc(text, code):
    r = subprocess.run(['iconv', '-f', 'UTF-8', '-t', code], input=text.encode(),
                       capture_output=True)
    return r.stdout if r.returncode == 0 else None
def trad(text):
    return subprocess.run(['opencc', '-c', 's2t.json'], input=text, capture_output=True,
                          text=True).stdout.rstrip('\n')
with open(out, 'w') as o:
    for code in ('GBK', 'BIG5'):
        done = 0
        while done < 100:
            text = cut()
            if code == 'BIG5':
                text = trad(text)
            raw = enc(text, code)
            if raw is None or len(text) < 8:
                continue
            o.write("SELECT '%s', r.used_encoding = '%s' AND r.body = convert_from('\\x%s'::bytea, 'UTF8') "
                    "FROM luohuplan.decode_report('\\x%s'::bytea) r;\n"
                    % (code, code, text.encode().hex(), raw.hex()))
            done += 1
PY
psql -X -q -A -t -F ' ' -d "$db" -f "$tmp/short.sql" >"$tmp/short.out" 2>&1
for code in GBK BIG5; do
  total=$(grep -c "^$code " "$tmp/short.out")
  right=$(grep -c "^$code t" "$tmp/short.out")
  if [ "$total" -eq 100 ] && [ "$right" -ge 98 ]; then
    echo "ok - $code short lines from the corpus: $right of $total detected and decoded right"
  else
    echo "not ok - $code short lines from the corpus: $right of $total detected and decoded right"
  fi
done
