-- corrections.sql — nothing lost, nothing counted twice: copies of one text
-- are one source, metadata is validated and can be corrected (the facts
-- re-extracted in the same statement), damaged bytes can be kept and are
-- listed, empty documents and report_id collisions fail loudly.  One
-- transaction, rolled back, from empty tables.
SET client_min_messages = notice;
SET datestyle = 'ISO, YMD';
\pset footer off
\set plan `cat test/samples/futian-2022-plan.txt`
-- each failing statement rolls back to a savepoint of its own, not the whole test
\set ON_ERROR_ROLLBACK on
BEGIN;
TRUNCATE luohuplan.reports CASCADE;

-- ---- one text, one source ----
-- the same report as UTF-8 and as GBK: two rows, each with its raw bytes,
-- one text
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'plan.utf8.txt') AS id \gset
SELECT luohuplan.ingest(convert_to(:'plan', 'GBK'), 'plan.gbk.txt') AS gbk_id \gset
SELECT source, encoding, raw = convert_to(:'plan', CASE encoding WHEN 'GBK' THEN 'GBK' ELSE 'UTF8' END) AS raw_kept,
       text_sha256 = encode(sha256(convert_to(clean, 'UTF8')), 'hex') AS text_sha256_ok
  FROM luohuplan.reports ORDER BY source;
SELECT count(*) AS reports, count(DISTINCT sha256) AS byte_strings, count(DISTINCT text_sha256) AS texts
  FROM luohuplan.reports;
-- counted once in series, with both names listed
SELECT indicator, measure, period, value, unit, n_sources, sources
  FROM luohuplan.series WHERE status = 'actual' AND indicator IN ('gdp', 'fixed_asset_investment') ORDER BY indicator, measure;
-- a second text (a repost stating another GDP growth) is a second source:
-- two sources in conflict, not three
SELECT luohuplan.ingest(convert_to(E'福田区2022年经济运行情况\n2022年，福田区地区生产总值增长3.5%。', 'UTF8'),
                        'repost.txt', '{"region": "福田区", "period": "2022", "kind": "news"}') IS NOT NULL AS loaded;
SELECT indicator, measure, period, status, n_values, n_sources, stated
  FROM luohuplan.conflicts WHERE indicator = 'gdp';
SELECT n_sources, sources FROM luohuplan.series WHERE status = 'actual' AND indicator = 'gdp' AND measure = 'growth';

-- ---- metadata: validated, 22023 naming the key and what it accepts ----
\set VERBOSITY default
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'x', '{"perod": "2021"}');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'x', '{"year": "twen"}');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'x', '{"period": "2023H3"}');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'x', '{"kind": "bulletin"}');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'x', '{"published": "2023-02-29"}');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'x', '{"region_code": 440303}');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'x', '{"region": " "}');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'x', '{"encoding": "latin1"}');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'x', '"2021"');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'x', on_error => 'ignore');
\echo :LAST_ERROR_SQLSTATE
-- check_meta tidies what it accepts
SELECT luohuplan.check_meta('{"year": "2022", "region": " 福田区 ", "published": "2023-01-05", "title": null}');
-- report_meta(doc, meta): given keys win, the rest is inferred
SELECT * FROM luohuplan.report_meta(:'plan', '{"year": 2021}');
SELECT * FROM luohuplan.report_meta(:'plan', '{"region": "罗湖区", "published": "2023-01-05"}');

-- ---- the same bytes again with other meta: nothing changes, a NOTICE says so ----
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'again.txt', '{"period": "2021", "published": "2023-01-05"}') = :id AS same_id;
SELECT luohuplan.ingest(convert_to(:'plan', 'UTF8'), 'again.txt', '{"period": "2022"}') = :id AS same_id_no_notice;
SELECT source, period, published, meta FROM luohuplan.reports WHERE report_id = :id;

-- ---- corrections: set_meta re-extracts the facts in the same statement ----
-- a brief that states no year: its facts have only the part of the year it names (YH1) until one is given
SELECT luohuplan.ingest(convert_to(E'罗湖区经济运行简况\n上半年，全区地区生产总值增长5.1%，固定资产投资增长3.2%。', 'UTF8'),
                        'luohu-brief.txt') AS brief \gset
SELECT region, year, period, kind, published, meta FROM luohuplan.reports WHERE report_id = :brief;
SELECT seq, period, status, indicator, value, unit FROM luohuplan.facts WHERE report_id = :brief ORDER BY seq;
SELECT luohuplan.set_meta(:brief, '{"year": 2023, "published": "2023-07-20"}') AS facts;
SELECT region, year, period, kind, published, meta FROM luohuplan.reports WHERE report_id = :brief;
SELECT seq, period, status, indicator, value, unit FROM luohuplan.facts WHERE report_id = :brief ORDER BY seq;
SELECT region, indicator, measure, period, value, unit, sources FROM luohuplan.series WHERE region = '罗湖区' AND status = 'actual' ORDER BY indicator;
-- all or nothing: when the re-extraction fails, the metadata stays as it was
CREATE FUNCTION pg_temp.refuse() RETURNS trigger LANGUAGE plpgsql AS
  $$BEGIN RAISE EXCEPTION 'refused by a test trigger'; END$$;
CREATE TRIGGER refuse BEFORE INSERT ON luohuplan.facts FOR EACH ROW EXECUTE FUNCTION pg_temp.refuse();
\set VERBOSITY terse
SELECT luohuplan.set_meta(:brief, '{"year": 2019}');
\set VERBOSITY default
DROP TRIGGER refuse ON luohuplan.facts;
SELECT r.year, r.period, f.period AS fact_period, count(*) AS facts
  FROM luohuplan.reports r JOIN luohuplan.facts f USING (report_id)
 WHERE report_id = :brief GROUP BY 1, 2, 3;
-- other keys of the sample report; its GBK copy is a report of its own and keeps its metadata
SELECT luohuplan.set_meta(:id, '{"period": "2021", "published": "2023-01-05", "kind": "statistics"}') AS facts;
SELECT source, year, period, kind, published, meta FROM luohuplan.reports WHERE report_id IN (:id, :gbk_id) ORDER BY source;
-- a year alone moves the inferred period; null goes back to the inferred value
SELECT luohuplan.set_meta(:id, '{"period": null, "year": 2020}') > 0 AS ok;
SELECT year, period, kind, published, meta FROM luohuplan.reports WHERE report_id = :id;
SELECT luohuplan.set_meta(:id, '{"year": null, "kind": null, "published": null, "region": "罗湖区"}') > 0 AS ok;
SELECT year, period, kind, published, region, region_code, meta FROM luohuplan.reports WHERE report_id = :id;
-- a region given without its code: the views find the code by the name
SELECT DISTINCT region, region_code FROM luohuplan.fact_values WHERE report_id = :id;
-- what set_meta refuses
SELECT luohuplan.set_meta(:id, '{"encoding": "gbk"}');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.set_meta(42, '{"period": "2021"}');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.set_meta(:id, '{"perod": "2021"}');
\echo :LAST_ERROR_SQLSTATE

-- ---- empty and blank documents fail with 22023 ----
SELECT luohuplan.ingest(''::bytea, 'empty.txt');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(E' \r\n\u3000\t\n', 'UTF8'), 'blank.txt');
\echo :LAST_ERROR_SQLSTATE
SELECT luohuplan.ingest(convert_to(E'\n点击上方蓝字关注我们\n', 'UTF8'), 'chrome-only.txt');
\echo :LAST_ERROR_SQLSTATE

-- ---- damaged bytes: strict fails, replace keeps the file and lists the bytes ----
-- a stray 0xff at the start of line 9 of the GBK copy
SELECT octet_length(convert_to(array_to_string((string_to_array(:'plan', E'\n'))[1:8], E'\n') || E'\n', 'GBK')) AS at \gset
SELECT overlay(convert_to(:'plan', 'GBK') placing '\xff'::bytea from :at + 1 for 0) AS damaged \gset
\set VERBOSITY terse
SELECT luohuplan.ingest(:'damaged'::bytea, 'damaged.gbk.txt');
\set VERBOSITY default
SELECT luohuplan.ingest(:'damaged'::bytea, 'damaged.gbk.txt', on_error => 'replace') AS damaged_id \gset
SELECT source, encoding, n_replaced, text_sha256 = (SELECT text_sha256 FROM luohuplan.reports WHERE report_id = :id) AS same_text
  FROM luohuplan.reports WHERE report_id = :damaged_id;
SELECT report_id = :damaged_id AS is_it, source, encoding, byte_offset, byte_length, line, bytes
  FROM luohuplan.replaced_bytes;
-- the U+FFFD stands on that line of the decoded text and clean, and the facts are there
SELECT strpos(split_part(luohuplan.body(r), E'\n', 9), U&'\FFFD') > 0 AS fffd_in_body,
       strpos(split_part(clean, E'\n', 9), U&'\FFFD') > 0 AS fffd_in_clean,
       (SELECT count(*) FROM luohuplan.facts f WHERE f.report_id = r.report_id) > 30 AS facts
  FROM luohuplan.reports r WHERE report_id = :damaged_id;
-- bad_bytes: every sequence replace turns into U+FFFD, for any bytes
SELECT * FROM luohuplan.bad_bytes('\x61ff0a62c3280a0a63e282'::bytea, 'utf8');
SELECT * FROM luohuplan.bad_bytes(convert_to(E'第一行\n第二行', 'GBK') || '\x8120'::bytea);
SELECT count(*) FROM luohuplan.bad_bytes(convert_to(:'plan', 'UTF8'));

-- ---- a report_id collision fails loudly (23505), never a silent NULL ----
-- (made by storing a row under the id the next bytes will get)
SELECT luohuplan.report_id_of(sha256(convert_to(E'2030年计划执行情况\n全区地区生产总值增长6.8%。', 'UTF8'))) AS cid \gset
INSERT INTO luohuplan.reports (report_id, source, raw, sha256, encoding, clean)
VALUES (:cid, 'squatter.txt', '\x78', sha256('\x78'), 'UTF-8', 'x');
SELECT luohuplan.ingest(convert_to(E'2030年计划执行情况\n全区地区生产总值增长6.8%。', 'UTF8'), 'victim.txt');
\echo :LAST_ERROR_SQLSTATE

-- ---- a source name of any length is stored and found ----
SELECT luohuplan.ingest(convert_to(E'2030年计划执行情况\n全区地区生产总值增长7%。', 'UTF8'),
                        'https://example.org/' || repeat('长', 5000)) IS NOT NULL AS loaded;
SELECT octet_length(source) FROM luohuplan.reports WHERE source = 'https://example.org/' || repeat('长', 5000);

-- ---- DROP EXTENSION refuses while reports exist ----
SAVEPOINT before_drop;
DROP EXTENSION luohuplan;
ROLLBACK TO before_drop;

ROLLBACK;
