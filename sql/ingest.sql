-- ingest: idempotent, transactional, raw bytes kept bit for bit.
\pset footer off
\set plan `cat test/samples/futian-2022-plan.txt`
\set gbk `xxd -p test/samples/futian-2023-annual.gbk.txt | tr -d '\n'`

SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'futian-2022-plan.txt') AS id \gset
-- the same bytes again: the same id, nothing added
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'copy-of-plan.txt') = :id AS same_id;
SELECT count(*) AS reports FROM luohuplan.reports;

-- GBK bytes are detected and kept exactly as received
SELECT luohuplan.ingest(decode(:'gbk', 'hex'), 'futian-2023-annual.gbk.txt') AS gbk_id \gset
SELECT r.source, r.encoding, r.raw = sent.bytes AS raw_exact,
       r.sha256 = sha256(sent.bytes) AS sha_ok, r.region, r.region_code, r.year, r.period, r.kind
  FROM luohuplan.reports r
  JOIN (VALUES ('futian-2022-plan.txt', convert_to(:'plan', 'UTF8')),
               ('futian-2023-annual.gbk.txt', decode(:'gbk', 'hex'))) AS sent(source, bytes)
    ON sent.source = r.source
 ORDER BY r.source;

-- the headline of the sample plan report
SELECT period, status, indicator, measure, value, value_hi, unit, qualifier
  FROM luohuplan.headline WHERE report_id = :id
 ORDER BY period, status, indicator, measure;

-- bytes that decode in no encoding: SQLSTATE 22021, nothing stored
\set VERBOSITY sqlstate
SELECT luohuplan.ingest('\x8081ff20ff'::bytea, 'broken.txt');
\set VERBOSITY default
SELECT count(*) AS reports FROM luohuplan.reports;

-- reextract replaces facts atomically and keeps their number
SELECT count(*) AS before FROM luohuplan.facts WHERE report_id = :id \gset
SELECT luohuplan.reextract(:id) = :before AS same_count;
SELECT luohuplan.reextract() > 0 AS all_reextracted;
\set VERBOSITY sqlstate
SELECT luohuplan.reextract(42);
\set VERBOSITY default

-- a text naming no year, given no publication date: the one year of the name
-- it was loaded under places it (period_basis source), a year of the text's
-- own would come first, and a name holding none leaves the yearless Y
\set yearless '上半年全县经济运行稳中有进\n\n初步核算，上半年全县地区生产总值186.4亿元，同比增长5.9%。\n全县固定资产投资同比增长8.3%。'
SELECT luohuplan.ingest(convert_to(E:'yearless', 'UTF8'), 'xian-2031-h1.txt') AS yid \gset
SELECT period, period_basis, indicator, measure, value
  FROM luohuplan.facts WHERE report_id = :yid ORDER BY seq;
SELECT luohuplan.reextract(:yid) AS refacts;
SELECT DISTINCT period, period_basis FROM luohuplan.facts WHERE report_id = :yid;
SELECT x.period, x.period_basis, x.value
  FROM luohuplan.extract(E:'yearless', source => 'https://tjj.example.gov.cn/2029/0726/c1.html') x
 ORDER BY x.seq;
SELECT x.period, x.period_basis, x.value
  FROM luohuplan.extract(E:'yearless', published => '2030-07-20', source => 'xian-2031-h1.txt') x
 ORDER BY x.seq;
SELECT x.period, x.value FROM luohuplan.extract(E:'yearless', source => 'report.txt') x ORDER BY x.seq;
DELETE FROM luohuplan.reports WHERE report_id = :yid;
