#!/bin/bash
# load.sh — luohuplan-load end to end: a tree of sample reports (UTF-8, GBK,
# Big5, HTML, PDF, a duplicate, an undecodable file, non-reports, a dangling
# link) loaded with -j 4; a rerun adds nothing; an interrupted load plus a
# rerun ends where one uninterrupted load does; SIGTERM cancels in flight.
# Run by test/run_all.sh with PGHOST/PGPORT/PGUSER of a throwaway cluster.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
pg_config=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
loader=$("$pg_config" --bindir)/luohuplan-load
[ -x "$loader" ] || loader=$top/luohuplan-load
if [ ! -x "$loader" ]; then
  echo "not ok - luohuplan-load found (neither $(dirname "$loader") nor $top; run make install)"
  exit 1
fi

work=$(mktemp -d /tmp/luohuplan-load-test.XXXXXX)
dbs=(lp_load_a lp_load_b lp_load_c lp_load_d lp_load_e lp_load_f)
cleanup() {
  for db in "${dbs[@]}"; do dropdb --if-exists "$db" >/dev/null 2>&1; done
  rm -rf "$work"
}
trap cleanup EXIT

check() {  # check "what" command...
  local what=$1; shift
  if "$@"; then echo "ok - $what"; else echo "not ok - $what"; fi
}
q() { psql -X -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
count_of() {  # count_of SUMMARY-FILE "already present"
  sed -n "s/^  $2: *\([0-9]*\).*/\1/p" "$1"
}

# a fresh database with the extension
fresh_db() {
  dropdb --if-exists "$1" >/dev/null 2>&1
  createdb "$1" && q "$1" "CREATE EXTENSION luohuplan" >/dev/null
}

fresh_db lp_load_a; rc=$?
check "database with the extension created" [ $rc -eq 0 ] || exit 1

# ---- options ----
"$loader" --help >"$work/help" 2>&1
check "--help exits 0 and shows the usage" grep -q '^Usage:' "$work/help"
check "--version prints the version" bash -c "'$loader' --version | grep -q '^luohuplan-load (luohuplan) [0-9]'"
"$loader" >/dev/null 2>&1; rc=$?
check "no PATH is a usage error (exit 2)" [ $rc -eq 2 ]
"$loader" -j 0 "$work" >/dev/null 2>&1; rc=$?
check "-j 0 is a usage error (exit 2)" [ $rc -eq 2 ]
"$loader" -d lp_load_no_such_db "$work" >/dev/null 2>"$work/err"; rc=$?
check "a database that does not exist: exit 2 with the server's message" \
  bash -c "[ $rc -eq 2 ] && grep -q 'does not exist' '$work/err'"

# ---- the sample tree ----
bash "$top/test/load/make_samples.sh" "$work/s" || { echo "not ok - sample tree written"; exit 1; }
r=$work/s/reports
good=("$r/2023/gbk.txt" "$r/2023/page.html" "$r/2023/utf8.txt" "$r/繁体/big5.txt")
good_sources=("reports/2023/gbk.txt" "reports/2023/page.html" "reports/繁体/big5.txt")
for f in "${good[@]}"; do sha256sum < "$f" | cut -d' ' -f1; done > "$work/want.sha"
have_pdf=0
if [ -f "$r/2023/plan.pdf" ] && command -v pdftotext >/dev/null; then
  have_pdf=1
  pdftotext -layout -enc UTF-8 "$r/2023/plan.pdf" - | sha256sum | cut -d' ' -f1 >> "$work/want.sha"
  good_sources+=("reports/2023/plan.pdf")
else
  rm -f "$r/2023/plan.pdf"
  echo "skip - PDF sample: python3 or pdftotext (poppler-utils) missing"
fi
sort -o "$work/want.sha" "$work/want.sha"
n_good=$(wc -l < "$work/want.sha")

"$loader" -d lp_load_a -j 4 "$r" >"$work/out1" 2>"$work/err1"; rc=$?
sed 's/^/# /' "$work/out1"
check "first load exits 1 (two files fail)" [ $rc -eq 1 ]
check "first load: $n_good loaded" [ "$(count_of "$work/out1" loaded)" = "$n_good" ]
check "first load: the duplicate is already present" [ "$(count_of "$work/out1" 'already present')" = 1 ]
check "first load: .jpg and .bin skipped" [ "$(count_of "$work/out1" skipped)" = 2 ]
check "first load: 2 failed" [ "$(count_of "$work/out1" failed)" = 2 ]
check "the undecodable file is reported with SQLSTATE 22021" \
  grep -q "^failed: $r/bad.txt: 22021: " "$work/out1"
check "the dangling link is reported with the OS's message" \
  grep -q "^failed: $r/other/gone.txt: .*No such file or directory" "$work/out1"
check "failures are also shown as they happen" grep -q 'failed: .*bad.txt' "$work/err1"

q lp_load_a "SELECT encode(sha256, 'hex') FROM luohuplan.reports ORDER BY 1" > "$work/got.sha"
check "luohuplan.reports holds exactly the good reports, each once" diff "$work/want.sha" "$work/got.sha"
check "no sha256 twice" [ "$(q lp_load_a "SELECT count(*) = count(DISTINCT sha256) FROM luohuplan.reports")" = t ]
for s in "${good_sources[@]}"; do
  check "recorded under its name relative to the argument's parent: $s" \
    [ "$(q lp_load_a "SELECT count(*) FROM luohuplan.reports WHERE source = '$s'")" = 1 ]
done
check "the UTF-8 report is recorded under one of its two names" \
  [ "$(q lp_load_a "SELECT count(*) FROM luohuplan.reports WHERE source IN ('reports/2023/utf8.txt', 'reports/dup/copy.TXT')")" = 1 ]
check "the bytes are stored untouched (GBK file)" \
  [ "$(q lp_load_a "SELECT encode(raw, 'hex') FROM luohuplan.reports WHERE source = 'reports/2023/gbk.txt'")" = "$(od -An -v -tx1 "$r/2023/gbk.txt" | tr -d ' \n')" ]

"$loader" -d lp_load_a -j 4 --quiet "$r" >"$work/out2" 2>"$work/err2"; rc=$?
check "second load exits 1 (the bad file still fails)" [ $rc -eq 1 ]
check "second load: nothing loaded" [ "$(count_of "$work/out2" loaded)" = 0 ]
check "second load: every good file already present" \
  [ "$(count_of "$work/out2" 'already present')" = $((n_good + 1)) ]
check "second load adds no row" [ "$(q lp_load_a "SELECT count(*) FROM luohuplan.reports")" = "$n_good" ]
check "--quiet prints nothing on stderr" [ ! -s "$work/err2" ]

"$loader" -d lp_load_a "$r/2023/utf8.txt" "$r/2023/gbk.txt" >"$work/out3" 2>&1; rc=$?
check "files given one by one: exit 0, both already present" \
  bash -c "[ $rc -eq 0 ] && [ '$(count_of "$work/out3" 'already present')' = 2 ]"

# ---- interrupted load + rerun == one uninterrupted load ----
n=300
bash "$top/test/load/make_samples.sh" --many $n "$work/many"
slow_db() {  # every insert into reports takes $2 seconds, so a load lasts long enough to interrupt
  fresh_db "$1" && q "$1" "
    CREATE FUNCTION public.lp_slow() RETURNS trigger LANGUAGE plpgsql
      AS \$\$BEGIN PERFORM pg_catalog.pg_sleep($2); RETURN NEW; END\$\$;
    CREATE TRIGGER lp_slow BEFORE INSERT ON luohuplan.reports
      FOR EACH ROW EXECUTE FUNCTION public.lp_slow()" >/dev/null
}
slow_db lp_load_b 0.02 && fresh_db lp_load_c
check "databases for the interrupt test" [ $? -eq 0 ]

"$loader" -d lp_load_b -j 2 "$work/many" >"$work/int1" 2>"$work/int1.err" &
pid=$!
# interrupt once the load is under way (the first report is in), not after a fixed delay
for ((i = 0; i < 200; i++)); do
  [ "$(q lp_load_b "SELECT count(*) > 0 FROM luohuplan.reports")" = t ] && break
  sleep 0.05
done
kill -INT $pid
wait $pid; rc=$?
sed 's/^/# /' "$work/int1"
rows=$(q lp_load_b "SELECT count(*) FROM luohuplan.reports")
check "SIGINT: exit 130" [ $rc -eq 130 ]
check "SIGINT: the summary says interrupted" grep -q 'interrupted' "$work/int1"
check "SIGINT: some but not all files loaded ($rows of $n)" bash -c "[ $rows -gt 0 ] && [ $rows -lt $n ]"
check "SIGINT: the summary's loaded count matches the table" [ "$(count_of "$work/int1" loaded)" = "$rows" ]
check "SIGINT: loaded + not loaded = all files" \
  [ $(( $(count_of "$work/int1" loaded) + $(count_of "$work/int1" 'not loaded') )) = $n ]

"$loader" -d lp_load_b -j 2 -q "$work/many" >"$work/int2" 2>&1; rc=$?
check "rerun: exit 0" [ $rc -eq 0 ]
check "rerun: loads only what was missing" [ "$(count_of "$work/int2" loaded)" = $((n - rows)) ]
check "rerun: the rest is already present" [ "$(count_of "$work/int2" 'already present')" = "$rows" ]

"$loader" -d lp_load_c -j 2 -q "$work/many" >"$work/full" 2>&1; rc=$?
check "uninterrupted load: exit 0, all $n loaded" \
  bash -c "[ $rc -eq 0 ] && [ '$(count_of "$work/full" loaded)' = $n ]"
q lp_load_b "SELECT encode(sha256, 'hex'), source FROM luohuplan.reports ORDER BY 1" > "$work/b.rows"
q lp_load_c "SELECT encode(sha256, 'hex'), source FROM luohuplan.reports ORDER BY 1" > "$work/c.rows"
check "interrupted + rerun ends with the same reports as one load" diff -q "$work/b.rows" "$work/c.rows"

# ---- the same bytes from many connections and two loaders at once ----
mkdir -p "$work/same"
for ((i = 1; i <= 40; i++)); do cp "$r/2023/utf8.txt" "$work/same/copy$i.txt"; done
slow_db lp_load_e 0.2
"$loader" -d lp_load_e -j 4 -q "$work/same" >"$work/same1" 2>&1 & pid=$!
"$loader" -d lp_load_e -j 4 -q "$work/same" >"$work/same2" 2>&1; rc2=$?
wait $pid; rc1=$?
check "two loaders of the same bytes at once: both exit 0" bash -c "[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ]"
check "two loaders of the same bytes at once: loaded once in all" \
  [ $(( $(count_of "$work/same1" loaded) + $(count_of "$work/same2" loaded) )) = 1 ]
check "two loaders of the same bytes at once: the other 79 already present" \
  [ $(( $(count_of "$work/same1" 'already present') + $(count_of "$work/same2" 'already present') )) = 79 ]
check "two loaders of the same bytes at once: one row" \
  [ "$(q lp_load_e "SELECT count(*) FROM luohuplan.reports")" = 1 ]

# ---- SIGTERM cancels the files in flight ----
slow_db lp_load_d 30
"$loader" -d lp_load_d -j 2 -q "$work/many" >"$work/term" 2>&1 &
pid=$!
# wait until files are in flight (a backend sleeping in the trigger)
for ((i = 0; i < 200; i++)); do
  [ "$(q lp_load_d "SELECT count(*) > 0 FROM pg_stat_activity WHERE datname = 'lp_load_d' AND wait_event = 'PgSleep'")" = t ] && break
  sleep 0.05
done
kill -TERM $pid
wait $pid; rc=$?
check "SIGTERM: exit 130" [ $rc -eq 130 ]
check "SIGTERM: in-flight files cancelled, nothing loaded" \
  [ "$(q lp_load_d "SELECT count(*) FROM luohuplan.reports")" = 0 ]
check "SIGTERM: all $n counted as not loaded" [ "$(count_of "$work/term" 'not loaded')" = $n ]

# ---- metadata: --meta and a manifest ----
fresh_db lp_load_f
m=$work/meta; mkdir -p "$m/crawl/pages"
printf '%s\n' '经济运行简况' '上半年，全区地区生产总值增长5.1%，固定资产投资增长3.2%。' > "$m/brief.txt"
"$loader" -d lp_load_f -q --meta region=罗湖区 --meta year=2023 -m published=2023-07-20 "$m/brief.txt" >"$work/meta1" 2>&1; rc=$?
check "--meta: exit 0, loaded" bash -c "[ $rc -eq 0 ] && [ '$(count_of "$work/meta1" loaded)' = 1 ]"
check "--meta: region, year (and so the period) and published stored" \
  [ "$(q lp_load_f "SELECT region || ' ' || year || ' ' || period || ' ' || published FROM luohuplan.reports WHERE source = 'brief.txt'")" = "罗湖区 2023 2023 2023-07-20" ]
check "--meta: the facts are read with the given year" \
  [ "$(q lp_load_f "SELECT string_agg(DISTINCT f.period, ',') FROM luohuplan.facts f JOIN luohuplan.reports r USING (report_id) WHERE r.source = 'brief.txt'")" = 2023H1 ]
"$loader" -d lp_load_f --meta perod=2021 "$m/brief.txt" >/dev/null 2>"$work/meta2.err"; rc=$?
check "--meta with an unknown key: exit 2 naming the key and the accepted ones" \
  bash -c "[ $rc -eq 2 ] && grep -q 'unknown key \"perod\" (accepted: encoding, kind, period' '$work/meta2.err'"
"$loader" -d lp_load_f --meta year=twen "$m/brief.txt" >/dev/null 2>"$work/meta3.err"; rc=$?
check "--meta with a bad value: exit 2 with the server's check, nothing sent" \
  bash -c "[ $rc -eq 2 ] && grep -q 'meta \"year\" must be a year from 1000 to 2999' '$work/meta3.err'"
# the same bytes again with other metadata: counted, not changed
"$loader" -d lp_load_f -q --meta region=福田区 "$m/brief.txt" >"$work/meta4" 2>&1; rc=$?
check "the same file with other --meta: already present, not changed, and the summary says so" \
  bash -c "[ $rc -eq 0 ] && grep -q 'of which stored with other metadata, not changed: 1' '$work/meta4' &&
           [ \"\$(psql -X -At -d lp_load_f -c \"SELECT region FROM luohuplan.reports WHERE source = 'brief.txt'\")\" = 罗湖区 ]"

printf '%s\n' '福田区2023年国民经济和社会发展计划执行情况' '全区地区生产总值增长5.6%。' > "$m/crawl/pages/1001"
printf '%s\n' '简报' '全区地区生产总值增长4.4%。' | iconv -f UTF-8 -t GBK > "$m/crawl/pages/1002.txt"
printf '%s\n' '简报二' '全区固定资产投资增长9%。' > "$m/crawl/pages/1003.txt"
cat > "$m/crawl/manifest.csv" <<'CSV'
path,source,published,region,period,kind,encoding,title
pages/1001,https://example.gov.cn/a?id=1001,2024-01-15,福田区,,,,
pages/1002.txt,"https://example.gov.cn/b?id=1002&x=1,2",2023-08-01,罗湖区,2023H1,statistics,gbk,"上半年经济运行简况 ""摘要"""

pages/1003.txt,,2023-08-02,,2023,news,,
pages/missing.txt,,,,,,,
CSV
printf 'path,source,year\npages/1003.txt,bad-year.txt,twen\n' > "$m/crawl/bad.csv"
"$loader" -d lp_load_f --manifest "$m/crawl/manifest.csv" --manifest "$m/crawl/bad.csv" --meta region=南山区 \
  >"$work/man1" 2>"$work/man1.err"; rc=$?
sed 's/^/# /' "$work/man1"
check "manifest: exit 1 (a missing file, a bad year)" [ $rc -eq 1 ]
check "manifest: 3 loaded, 2 failed" bash -c "[ '$(count_of "$work/man1" loaded)' = 3 ] && [ '$(count_of "$work/man1" failed)' = 2 ]"
check "manifest: a bad value fails that file with 22023 naming the key" \
  grep -q "^failed: $m/crawl/pages/1003.txt: 22023: meta \"year\" must be a year" "$work/man1"
check "manifest: a missing file fails with the OS's message" grep -q "^failed: $m/crawl/pages/missing.txt: No such file" "$work/man1"
got=$(q lp_load_f "SELECT string_agg(concat_ws('|', source, published, region, period, kind, encoding, title), E'\n' ORDER BY source)
                    FROM luohuplan.reports WHERE source <> 'brief.txt'")
want="https://example.gov.cn/a?id=1001|2024-01-15|福田区|2023|plan_execution|UTF-8|福田区2023年国民经济和社会发展计划执行情况
https://example.gov.cn/b?id=1002&x=1,2|2023-08-01|罗湖区|2023H1|statistics|GBK|上半年经济运行简况 \"摘要\"
pages/1003.txt|2023-08-02|南山区|2023|news|UTF-8|简报二"
check "manifest: each file stored under its source with the row's metadata, --meta filling the gaps" [ "$got" = "$want" ]
[ "$got" = "$want" ] || printf '%s\n' "$got" | sed 's/^/#   got: /'
printf 'path,perod\nx.txt,2021\n' > "$m/unknown.csv"
"$loader" -d lp_load_f --manifest "$m/unknown.csv" >/dev/null 2>"$work/man2.err"; rc=$?
check "manifest with an unknown column: exit 2 naming it and the accepted ones" \
  bash -c "[ $rc -eq 2 ] && grep -q 'unknown column \"perod\" (accepted: path, source, encoding' '$work/man2.err'"
printf 'path,source\n"a.txt,x\n' > "$m/broken.csv"
"$loader" -d lp_load_f --manifest "$m/broken.csv" >/dev/null 2>"$work/man3.err"; rc=$?
check "manifest with an unclosed quote: exit 2 naming the line" \
  bash -c "[ $rc -eq 2 ] && grep -q 'broken.csv: line .*: a quoted field is not closed' '$work/man3.err'"

# ---- damaged bytes: --on-error replace ----
{ printf '%s\n' '某区2023年计划执行情况' '全区地区生产总值增长5.5%，'; printf '\377'; printf '%s\n' '固定资产投资增长8%。'; } > "$m/damaged.txt"
"$loader" -d lp_load_f -q "$m/damaged.txt" >"$work/dam1" 2>&1; rc=$?
check "a file with one bad byte fails by default (22021)" bash -c "[ $rc -eq 1 ] && grep -q ': 22021: ' '$work/dam1'"
"$loader" -d lp_load_f -q --on-error replace "$m/damaged.txt" >"$work/dam2" 2>&1; rc=$?
check "--on-error replace loads it" bash -c "[ $rc -eq 0 ] && [ '$(count_of "$work/dam2" loaded)' = 1 ]"
check "--on-error replace: its replaced byte is listed (offset, line)" \
  [ "$(q lp_load_f "SELECT n_replaced || ' ' || b.byte_offset || ' ' || b.line || ' ' || b.bytes FROM luohuplan.replaced_bytes b JOIN luohuplan.reports USING (report_id) WHERE b.source = 'damaged.txt'")" = "1 70 3 0xff" ]
"$loader" -d lp_load_f --on-error ignore "$m/damaged.txt" >/dev/null 2>&1; rc=$?
check "--on-error ignore is a usage error" [ $rc -eq 2 ]

# ---- the size limit, before reading ----
truncate -s 100M "$m/huge.txt"
start=$(date +%s)
"$loader" -d lp_load_f -q "$m/huge.txt" >"$work/huge" 2>&1; rc=$?
check "a file over luohuplan.max_document_size fails without being read" \
  bash -c "[ $rc -eq 1 ] && grep -q 'huge.txt: file too large: 104857600 bytes, over the 67108864 bytes luohuplan accepts (luohuplan.max_document_size); not read' '$work/huge' && [ $(( $(date +%s) - start )) -lt 10 ]"
q lp_load_f "ALTER DATABASE lp_load_f SET luohuplan.max_document_size = '1kB'" >/dev/null
head -c 2000 "$top/test/samples/futian-2022-plan.txt" > "$m/2k.txt"
"$loader" -d lp_load_f -q "$m/2k.txt" >"$work/2k" 2>&1; rc=$?
check "the limit is the server's setting (1kB for this database)" \
  bash -c "[ $rc -eq 1 ] && grep -q 'over the 1024 bytes luohuplan accepts' '$work/2k'"
q lp_load_f "ALTER DATABASE lp_load_f RESET luohuplan.max_document_size" >/dev/null

# ---- names with control characters ----
n1=$'evil\n  loaded:          999\e[31m.txt'
printf 'abc\x80\xff\x80\xff\n' > "$m/$n1"
printf '%s\n' '某区2023年计划执行情况' '全区地区生产总值增长6.1%。' > "$m/bell"$'\a'".txt"
"$loader" -d lp_load_f "$m/$n1" "$m/bell"$'\a'".txt" >"$work/ctl" 2>"$work/ctl.err"; rc=$?
sed 's/^/# /' "$work/ctl" | cat -v
check "a name cannot fake a summary line" bash -c "! grep -q '^  loaded: *999' '$work/ctl' '$work/ctl.err'"
check "control characters in names are printed escaped" \
  bash -c "grep -q 'evil\\\\x0A  loaded:          999\\\\x1B\[31m.txt: 22021' '$work/ctl' && ! grep -q \$'\\e' '$work/ctl' '$work/ctl.err'"
check "and recorded escaped" [ "$(q lp_load_f "SELECT count(*) FROM luohuplan.reports WHERE source = 'bell\\x07.txt'")" = 1 ]

# ---- a report_id collision is a failure, not a load ----
printf '%s\n' '某区2030年计划执行情况' '全区地区生产总值增长6.8%。' > "$m/victim.txt"
sha=$(sha256sum < "$m/victim.txt" | cut -d' ' -f1)
q lp_load_f "INSERT INTO luohuplan.reports (report_id, source, raw, sha256, encoding, clean)
             SELECT luohuplan.report_id_of(decode('$sha', 'hex')), 'squatter', '\x78', sha256('\x78'), 'UTF-8', 'x'" >/dev/null
"$loader" -d lp_load_f -q "$m/victim.txt" >"$work/coll" 2>&1; rc=$?
check "a report_id taken by other bytes: counted failed with 23505" \
  bash -c "[ $rc -eq 1 ] && [ '$(count_of "$work/coll" failed)' = 1 ] && grep -q 'victim.txt: 23505: report_id .* is taken by other bytes' '$work/coll'"

# ---- where make install puts the loader ----
inst=$(mktemp -d)
if make -s -C "$top" install-load DESTDIR="$inst" bindir=/usr/lib/postgresql/15/bin >/dev/null 2>&1; then
  check "make install on Debian's layout links the loader from /usr/local/bin (on PATH)" \
    [ "$(readlink "$inst/usr/local/bin/luohuplan-load")" = /usr/lib/postgresql/15/bin/luohuplan-load ]
else
  echo "not ok - make install-load into a scratch directory"
fi
rm -rf "$inst"
