#!/bin/bash
# make_samples.sh DIR — write the sample tree test/t/load.sh loads: reports
# in UTF-8, GBK and Big5 (made with iconv from sentences written for this
# test), an HTML page, a duplicate, a file no decoder accepts, files that
# are not reports, a dangling link and, when python3 is there, a PDF.
# make_samples.sh --many N DIR writes N small distinct reports instead.
set -euo pipefail

if [ "${1:-}" = "--many" ]; then
  n=$2 dir=$3
  mkdir -p "$dir"
  for ((i = 1; i <= n; i++)); do
    printf '某区%d号工作报告\n%d年全区地区生产总值增长%d.%d%%，固定资产投资完成%d亿元，新增就业%d人。\n' \
      "$i" $((2000 + i % 24)) $((i % 9)) $((i % 10)) $((100 + i)) $((1000 + 7 * i)) \
      > "$dir/$(printf 'r%05d.txt' "$i")"
  done
  exit 0
fi

dir=$1
mkdir -p "$dir/reports/2023" "$dir/reports/繁体" "$dir/reports/dup" "$dir/reports/other"

cat > "$dir/reports/2023/utf8.txt" <<'TXT'
某区2023年国民经济和社会发展计划执行情况
2023年全区地区生产总值增长5.5%，固定资产投资完成210亿元。
社会消费品零售总额达到386.4亿元，同比增长7.2%。
TXT

printf '%s\n' '某区政府工作报告（GBK编码）' \
  '过去一年，全区一般公共预算收入完成52.3亿元，增长6.1%。' \
  '新开工保障性住房1200套，城镇登记失业率控制在3%以内。' \
  | iconv -f UTF-8 -t GBK > "$dir/reports/2023/gbk.txt"

printf '%s\n' '某區二零二二年工作報告（Big5編碼）' \
  '全區規模以上工業增加值增長4.8%，進出口總額完成1,350億元。' \
  | iconv -f UTF-8 -t BIG5 > "$dir/reports/繁体/big5.txt"

cat > "$dir/reports/2023/page.html" <<'HTML'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某区2024年计划草案</title></head>
<body><div class="nav">首页 &gt; 政务公开</div>
<p>2024年主要预期目标：地区生产总值增长6%左右，居民人均可支配收入增长与经济增长同步。</p>
</body></html>
HTML

# the same bytes under another name: "already present"
cp "$dir/reports/2023/utf8.txt" "$dir/reports/dup/copy.TXT"

# 0x80 and 0xFF start no character in UTF-8, GBK or Big5
printf 'abc\x80\xff\x80\xff\n' > "$dir/reports/bad.txt"

# not reports: skipped
printf '\xff\xd8\xff\xe0fake jpeg' > "$dir/reports/other/photo.jpg"
printf '\x00\x01\x02' > "$dir/reports/other/data.bin"

# a link to nowhere: fails with the OS's message
ln -s does-not-exist.txt "$dir/reports/other/gone.txt"

# a one-page PDF with ASCII text (hand-made; pdftotext extracts the line)
if command -v python3 >/dev/null; then
  python3 - "$dir/reports/2023/plan.pdf" <<'PY'
import sys
text = b"2023 GDP growth 5.5%, fixed asset investment 21.0 billion yuan"
stream = b"BT /F1 12 Tf 72 720 Td (" + text + b") Tj ET"
objs = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]
out = bytearray(b"%PDF-1.4\n")
offsets = []
for i, body in enumerate(objs, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for off in offsets:
    out += b"%010d 00000 n \n" % off
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
open(sys.argv[1], "wb").write(out)
PY
fi
