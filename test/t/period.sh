#!/bin/bash
# period.sh — the time model in SQL: extract, facts, headline and
# fact_values say what decided each period (period_basis), and a text that
# states no year of its own is placed by the publication date the user gives
# (ingest's meta published, reports.published; extract's third argument),
# never over a year the text states.  Texts and figures written here.
# Needs PGHOST/PGPORT/PGUSER of a cluster where luohuplan is installed.
set -uo pipefail
db=lp_period
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
nok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() {   # check <what> <got> <want>
  if [ "$2" = "$3" ]; then ok "$1"; else nok "$1: got '$2', want '$3'"; fi
}
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
trap 'dropdb --if-exists "$db" >/dev/null 2>&1' EXIT

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
q -c "CREATE EXTENSION luohuplan" || { echo "not ok 1 - CREATE EXTENSION luohuplan"; exit 1; }

yearless="E'某县经济运行简况\\n\\n今年上半年，全县地区生产总值达到88.8亿元，增长4.4%。\\n'"
stated="E'2021年某县经济运行简况\\n\\n上半年，全县地区生产总值达到77.7亿元，增长5.5%。\\n'"
anniv="E'示范区建设三周年！\\n\\n时针拨回2020年6月1日，《关于建设示范区的意见》发布。\\n\\n今年上半年，全区地区生产总值达321.5亿元，增长7.1%；社会消费品零售总额为98.7亿元，增长12.3%。\\n'"

pb() {  # period and basis of the fact of value $2 in extract($1)
  q -c "SELECT coalesce(period, '-') || ' ' || coalesce(period_basis, '-') FROM luohuplan.extract($1) WHERE value = $2 ORDER BY seq LIMIT 1"
}
check "a yearless text: its part of the year Y, no year guessed" "$(pb "$yearless" 88.8)" "YH1 relative"
check "published anchors 今年上半年" "$(pb "$yearless, NULL, date '2024-07-20'" 88.8)" "2024H1 relative"
check "published never overrides a stated year" "$(pb "$stated, NULL, date '2024-07-20'" 77.7)" "2021H1 sentence"
check "a period given is the caller's" "$(pb "$stated, '2019'" 77.7)" "2019H1 sentence"
check "an anniversary of a dated event places a WeChat article" "$(pb "$anniv" 321.5)" "2023H1 relative"
check "a clause after a semicolon keeps the sentence's time" "$(pb "$anniv" 98.7)" "2023H1 relative"

# ingest stores period_basis and passes reports.published
id=$(q -c "SELECT luohuplan.ingest(convert_to($yearless, 'UTF8'), 'yearless.txt', '{\"published\": \"2024-07-20\"}')")
check "ingest: the fact's period from published" \
  "$(q -c "SELECT period || ' ' || period_basis FROM luohuplan.facts WHERE report_id = $id AND value = 88.8")" "2024H1 relative"
check "headline shows period_basis" \
  "$(q -c "SELECT count(*) FROM luohuplan.headline WHERE report_id = $id AND period_basis IS NOT NULL AND period = '2024H1'")" "2"
check "fact_values shows period_basis" \
  "$(q -c "SELECT period_basis FROM luohuplan.fact_values WHERE report_id = $id AND value = 4.4")" "relative"
q -c "SELECT luohuplan.set_meta($id, '{\"published\": \"2025-07-18\"}')" >/dev/null
check "set_meta with another publication date re-reads the periods" \
  "$(q -c "SELECT period FROM luohuplan.facts WHERE report_id = $id AND value = 88.8")" "2025H1"

# a yearless text's 上半年 and 去年 are two rows of the headline, and no series
yl2="E'罗湖区经济运行简况\\n\\n上半年，全区地区生产总值增长5.1%。去年，全区地区生产总值增长4.8%。\\n'"
id2=$(q -c "SELECT luohuplan.ingest(convert_to($yl2, 'UTF8'), 'yearless-two.txt')")
check "headline keeps 上半年 and 去年 of a yearless text apart" \
  "$(q -c "SELECT string_agg(period || ' ' || value, ', ' ORDER BY value) FROM luohuplan.headline WHERE report_id = $id2 AND indicator = 'gdp'")" "Y-1 4.8, YH1 5.1"
check "a period without a year is in no series" \
  "$(q -c "SELECT count(*) FROM luohuplan.series WHERE sources LIKE '%yearless-two%'")" "0"
echo "1..$n"
