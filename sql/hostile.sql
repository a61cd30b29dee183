-- issue 16 (hostile input): the reproductions whose results are
-- deterministic; timings, cancellation and memory are in test/t/hostile.sh
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS luohuplan;
RESET client_min_messages;
\pset footer off

-- reproduction 1: '[bookmark: ' without its ']' is kept, fast (it was
-- quadratic in regexec); with its ']' every one is cut, nested ones too
SELECT length(luohuplan.normalize(repeat('[bookmark: ', 30000))) AS kept;
SELECT length(luohuplan.normalize(repeat('[bookmark: x]', 100000) || '正文')) AS cut;
SELECT luohuplan.normalize('[book[bookmark: a]mark: b]一、总体情况') AS nested;

-- reproduction 3: windows bounded by a byte count end on a character
-- boundary, so every string extract returns is UTF-8 (each query failed
-- with 22021 while they were cut at byte offsets)
SELECT count(convert_from(textsend(evidence), 'UTF8')) AS evidence_utf8
  FROM luohuplan.extract(repeat('经济', 300) || 'a增长5%');
SELECT count(convert_from(textsend(subject), 'UTF8')) AS subject_utf8
  FROM luohuplan.extract('新增2家a' || repeat('企业', 150));
SELECT count(convert_from(textsend(period), 'UTF8')) AS period_utf8
  FROM luohuplan.extract('增长5%', '2022年上半年度');

-- reproduction 4: the spans of stored facts index reports.clean (ingest
-- stores normalize(body), store_facts extracts from it, and extract
-- normalizes its argument again: normalize must change nothing the second time)
SELECT luohuplan.ingest(convert_to(E'罗湖区2022年国民经济计划执行情况\n地区[bookmark: p1](jīng)生产总值增长5%，固定资产投资增长8%。', 'UTF8'),
                        'hostile-repro4.txt') AS id \gset
SELECT f.seq, f.line, f.span_start, f.span_end,
       substr(split_part(r.clean, E'\n', f.line), f.span_start + 1, f.span_end - f.span_start) AS span_text,
       f.value, f.unit
  FROM luohuplan.facts f JOIN luohuplan.reports r USING (report_id)
 WHERE r.report_id = :id
 ORDER BY f.seq;
SELECT luohuplan.normalize(clean) = clean AS clean_is_normal FROM luohuplan.reports WHERE report_id = :id;
DELETE FROM luohuplan.reports WHERE report_id = :id;

-- normalize is idempotent on the kinds of text the review found it was not:
-- a gloss beside removed chrome, nested entities, a tag written in
-- full-width letters, 錕斤拷 that t2s turns into 锟斤拷, glosses one after
-- another, GBK read as Latin-1, circles beside a removed tag
SELECT x AS input, luohuplan.normalize(x) AS once,
       luohuplan.normalize(luohuplan.normalize(x)) = luohuplan.normalize(x) AS idempotent
  FROM (VALUES ('地区[bookmark: p1](jīng)生产总值'),
               ('&amp;lt;b&amp;gt;总体&amp;amp;情况'),
               ('<ｂｒ>增长５％'),
               ('錕斤拷增長'),
               ('地区(dì)(qū)生产总值'),
               (convert_from(convert_to('经济发展', 'GBK'), 'LATIN1')),
               ('二<b>〇</b>二三年'),
               ('&#91;bookmark: x&#93;1．5%')) v(x);

-- every repair of a document is reported once, on its line, in order
SELECT * FROM luohuplan.repairs(E'一\n地区[bookmark: p1](jīng)生产\n&amp;lt;b&amp;gt;x');
