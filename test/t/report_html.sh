#!/bin/bash
# report_html.sh — the provenance page and the spans into body.
#
# A database gets the sample plan report, a traditional-character report
# in Big5 (full-width digits), a report with chrome, a pinyin gloss and
# markup around its facts, and a hostile report (HTML and script in its
# title, text and source name).  Checks, without a browser: every fact of
# each report maps to the text as received (fact_quotes, body_span) exactly,
# and its original normalizes to its clean text; the quoted originals of
# the traditional and chrome reports; the page is self-contained and
# escapes everything.  Then headless Chromium (Debian package chromium)
# loads the page and its DOM (--dump-dom) must hold one mark per marked
# fact, by status, headline marks strong, the headline table with the
# headline view's rows, and no element the hostile text tried to inject.
# Skipped with a message where Chromium cannot be installed.
# LP_SCREENSHOT_OUT=FILE.png LP_WINDOW=1150,1280 writes the screenshot there
# (docs/img/report_html.png is that, made smaller with pngquant).  Run by test/run_all.sh with PGHOST/PGPORT/PGUSER of a
# throwaway cluster.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
db=lp_report_html
work=$(mktemp -d /tmp/luohuplan-report-html.XXXXXX)
chmod 755 "$work"
cleanup() { dropdb --if-exists "$db" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
check() {  # check "what" command...
  local what=$1; shift
  if "$@"; then echo "ok - $what"; else echo "not ok - $what"; fi
}
eq() {  # eq "what" got want
  if [ "$2" = "$3" ]; then echo "ok - $1 ($2)"; else echo "not ok - $1: got '$2', want '$3'"; fi
}
# load a file under a source name; prints its report_id
load() {
  echo "SELECT luohuplan.ingest(decode(:'raw', 'hex'), :'src');" \
    | q -v raw="$(xxd -p "$1" | tr -d '\n')" -v src="$2"
}

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok - createdb $db"; exit 1; }
q -c "CREATE EXTENSION luohuplan" || { echo "not ok - CREATE EXTENSION luohuplan"; exit 1; }

# ---- the reports (written for this test; figures invented) ----
plan=$(load "$top/test/samples/futian-2022-plan.txt" futian-2022-plan.txt)
printf '福田區2024年國民經濟和社會發展計劃執行情況\n全區地區生產總值增長６．２％，社會消費品零售總額達到１２３４．５億元，增長7%%。\n' \
  | iconv -f UTF-8 -t BIG5 > "$work/trad.big5.txt"
trad=$(load "$work/trad.big5.txt" trad.big5.txt)
printf '罗湖区2022年国民经济计划执行情况\n地区[bookmark: p1](jīng)生产总值增长5%%，固定资产投资增长8%%。\n<p>规模以上工业增加值<b>增长</b>6.1%%</p>\n' \
  > "$work/chrome.txt"
chrome=$(load "$work/chrome.txt" chrome.txt)
cat > "$work/hostile.txt" <<'EOF'
<script>alert(1)</script>罗湖区2022年"计划"执行情况'</title><img src=x onerror=alert(2)>
地区生产总值增长5%，<script>document.body.innerHTML='pwned'</script>固定资产投资增长8%。
"><img src=x onerror=alert(3)>社会消费品零售总额增长7% &amp; &lt;b&gt; &#60;script&#62;
EOF
hostile=$(load "$work/hostile.txt" '"><script>alert(4)</script>.txt')
for v in plan trad chrome hostile; do
  [ -n "${!v}" ] || { echo "not ok - loading the $v report"; exit 1; }
done

# ---- spans into body ----
for v in plan trad chrome hostile; do
  id=${!v}
  eq "$v: every fact's span maps exactly into body" \
     "$(q -c "SELECT count(*) FILTER (WHERE NOT exact) || ' of ' || count(*) FROM luohuplan.fact_quotes WHERE report_id = $id")" \
     "0 of $(q -c "SELECT count(*) FROM luohuplan.facts WHERE report_id = $id")"
  eq "$v: every original normalizes to the fact's clean text" \
     "$(q -c "SELECT count(*) FROM luohuplan.fact_quotes WHERE report_id = $id AND luohuplan.normalize(body_text) <> clean_text")" 0
done
eq "traditional: the quoted originals (Big5, full width)" \
   "$(q -c "SELECT string_agg(clean_text || '=' || body_text, ' ' ORDER BY seq) FROM luohuplan.fact_quotes WHERE report_id = $trad")" \
   "6.2%=６．２％ 1234.5亿元=１２３４．５億元 7%=7%"
eq "traditional: body_span of the first fact" \
   "$(q -c "SELECT b.body_start || '-' || b.body_end || ' ' || b.body_text FROM luohuplan.facts f, luohuplan.body_span(f.report_id, f.line, f.span_start, f.span_end) b WHERE f.report_id = $trad AND f.seq = 1")" \
   "10-14 ６．２％"
eq "chrome: originals past the removed chrome, gloss and markup" \
   "$(q -c "SELECT string_agg(line || ':' || span_start || '→' || body_start || ' ' || body_text, ' ' ORDER BY seq) FROM luohuplan.fact_quotes WHERE report_id = $chrome")" \
   "2:8→28 5% 2:19→39 8% 3:11→21 6.1%"
eq "chrome: a span over removed chrome quotes it" \
   "$(q -c "SELECT body_text FROM luohuplan.body_span($chrome, 2, 0, 10)")" \
   "地区[bookmark: p1](jīng)生产总值增长5%"
eq "body_span of an unknown report: NULL" "$(q -c "SELECT body_start IS NULL FROM luohuplan.body_span(1, 1, 0, 1)")" t
got=$(q -c "SELECT luohuplan.align_span('增长5%', '增长5%', 2, 9)" 2>&1)
check "align_span: a span outside the line fails (22023)" grep -q "not inside the clean line" <<<"$got"

# ---- the page, without a browser ----
for v in plan trad chrome hostile; do
  q -c "SELECT luohuplan.report_html(${!v})" > "$work/$v.html" || echo "not ok - report_html of $v"
done
check "report_html of an unknown report fails with 02000" \
  bash -c "psql -X -q -At -d $db -v VERBOSITY=verbose -c 'SELECT luohuplan.report_html(1)' 2>&1 | grep -q 'ERROR:  P0002\|ERROR:  02000'"
for v in plan trad chrome hostile; do
  check "$v: the page is one document" bash -c "head -c 15 '$work/$v.html' | grep -q '<!DOCTYPE html>' && tail -c 20 '$work/$v.html' | grep -q '</html>'"
  check "$v: the page loads nothing from outside (no script, link, img, iframe, url())" \
    bash -c "! grep -qiE '<(script|link|img|iframe|object|embed)|url\\(|(src|href)=\"(https?:)?//' '$work/$v.html'"
done
check "hostile: quotes in its title come out escaped" \
  grep -q '<h1>alert(1)罗湖区2022年&quot;计划&quot;执行情况&#39;</h1>' "$work/hostile.html"
check "hostile: the markup normalize removed is listed escaped" \
  grep -q '<del>&lt;script&gt;</del>' "$work/hostile.html"
check "hostile: the source name is escaped" grep -q '&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;.txt' "$work/hostile.html"
check "hostile: entities in the text stay text" grep -q '<del>&amp;amp;</del>' "$work/hostile.html"
check "html_escape: control characters become U+FFFD" \
  bash -c "[ \"\$(psql -X -At -d $db -c \"SELECT luohuplan.html_escape(E'a\\\\x01<\\'\\\"&')\")\" = 'a�&lt;&#39;&quot;&amp;' ]"

# ---- the page in Chromium ----
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ] && [ "$(id -u)" -eq 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1
  chromium=$(command -v chromium || true)
fi
if [ -z "$chromium" ]; then
  echo "skip - Chromium is not installed and cannot be installed here (Debian package chromium): the page was checked as text only"
  exit 0
fi
chrome_run() {  # chrome_run ARGS... : headless, no profile of the user's, bounded
  HOME=$work timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="$work/profile" --window-size=${LP_WINDOW:-1100,1000} "$@" 2>>"$work/chromium.log"
}
for v in plan hostile; do
  chrome_run --dump-dom "file://$work/$v.html" > "$work/$v.dom"
  check "chromium renders the $v page" test -s "$work/$v.dom"
done
dom=$work/plan.dom
eq "DOM: one mark per fact marked" "$(grep -o '<mark class="f [a-z]*[ h]*" id="f[0-9]*"' "$dom" | wc -l)" \
   "$(q -c "SELECT count(*) FROM luohuplan.facts WHERE report_id = $plan")"
eq "DOM: marks by status" \
   "$(grep -o '<mark class="f [a-z]*[ h]*" id="f' "$dom" | awk '{sub(/"$/, "", $3); print $3}' | sort | uniq -c | awk '{printf "%s %s ", $2, $1}' | sed 's/ $//')" \
   "$(q -c "SELECT string_agg(status || ' ' || n, ' ' ORDER BY status) FROM (SELECT status, count(*) AS n FROM luohuplan.facts WHERE report_id = $plan GROUP BY status) s")"
eq "DOM: headline marks hold strong text" "$(tr '\n' ' ' < "$dom" | grep -o '<mark class="f [a-z]* h" id="f[0-9]*"[^>]*><strong>' | wc -l)" \
   "$(q -c "SELECT count(*) FROM luohuplan.facts WHERE report_id = $plan AND headline")"
eq "DOM: the headline table holds the headline view's rows" \
   "$(sed -n '/<section id="headline">/,/<\/section>/p' "$dom" | grep -c '<tr class="f ')" \
   "$(q -c "SELECT count(*) FROM luohuplan.headline WHERE report_id = $plan")"
check "DOM: the headline table comes before the text" \
  bash -c "[ \$(grep -n 'id=\"headline\"' '$dom' | cut -d: -f1) -lt \$(grep -n 'id=\"text\"' '$dom' | cut -d: -f1) ]"
check "DOM: a mark's title gives indicator, period, value, unit, qualifier and the original" \
  grep -qzP 'title="#[0-9]+ gdp · Gross regional product\nsubject: [^\n]*\nperiod: 2022( \([^)\n]*\))?\nstatus: actual, headline\nmeasure: growth\nvalue: 3.1 %\nqualifier: eq\noriginal \(line 7, [0-9]+–[0-9]+\): 3.1%"' "$dom"
check "DOM: the repairs section is there" grep -q '<section id="repairs"><h2>Repairs (' "$dom"
dom=$work/hostile.dom
eq "DOM of the hostile page: no element the text tried to inject" \
   "$(grep -ciE '<(script|img)' "$dom")" 0
check "DOM of the hostile page: the removed script shown as text" grep -q '<del>&lt;script&gt;</del>' "$dom"
check "DOM of the hostile page: its body was not replaced" grep -q '<section id="facts">' "$dom"

shot=${LP_SCREENSHOT_OUT:-$work/plan.png}
chrome_run --screenshot="$shot" "file://$work/plan.html" >/dev/null
check "a screenshot of the page ($shot)" bash -c "head -c 8 '$shot' | grep -q PNG"
