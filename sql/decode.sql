-- luohuplan.decode, decode_report, detect_encoding: sample text written for
-- this test, encoded with PostgreSQL's own convert_to where it can.
\set VERBOSITY terse
SET client_min_messages = notice;

-- UTF-8, with and without BOM
SELECT luohuplan.decode(convert_to('地区生产总值增长6.5%', 'UTF8'));
SELECT luohuplan.decode('\xefbbbf'::bytea || convert_to('固定资产投资完成320亿元', 'UTF8'));
SELECT * FROM luohuplan.decode_report(convert_to('年度计划执行情况', 'UTF8'));

-- GBK and GB18030: one short line each is enough for auto
SELECT * FROM luohuplan.decode_report(convert_to('社会消费品零售总额稳步回升', 'GBK'));
SELECT * FROM luohuplan.decode_report(convert_to('新建学校三所，新增学位四千八百个', 'GB18030'));
-- a GB18030-only (four-byte) character makes it GB18030
SELECT * FROM luohuplan.decode_report(convert_to('建设𠀀项目', 'GB18030'));
SELECT luohuplan.decode(convert_to('全年新增就业岗位一万二千个', 'GBK'), 'cp936');
SELECT luohuplan.decode(convert_to('全年新增就业岗位一万二千个', 'GBK'), 'GB2312');

-- Big5 (traditional), short lines
SELECT * FROM luohuplan.decode_report(convert_to('地區生產總值增長百分之六點五', 'BIG5'));
SELECT * FROM luohuplan.decode_report(convert_to('完成舊城改造項目十二個', 'BIG5'));
SELECT luohuplan.decode(convert_to('完成舊城改造項目十二個', 'BIG5'), 'big5hkscs');

-- UTF-16: with BOM, and without (the zero-byte pattern and the hanzi)
SELECT * FROM luohuplan.decode_report('\xfffe6851745e8c5b1062fa569a5b448da74e9562448d094e7e76bf4e4351');
SELECT * FROM luohuplan.decode_report('\xfeff51685e745b8c621056fa5b9a8d444ea762958d444e09767e4ebf5143');
SELECT * FROM luohuplan.decode_report('\x6851745e8c5b1062fa569a5b448da74e9562448d094e7e76bf4e4351');
SELECT * FROM luohuplan.decode_report('\x3200300032003100745ee55d5c4f895b92630a00');
SELECT luohuplan.decode('\x51685e745b8c621056fa5b9a8d444ea762958d444e09767e4ebf5143', 'utf-16be');

-- detection: candidates best first, confidences add up to 1
SELECT encoding, confidence > 0.5 AS likely
  FROM luohuplan.detect_encoding(convert_to('外贸进出口结构不断优化', 'GBK')) LIMIT 2;
SELECT encoding FROM luohuplan.detect_encoding(convert_to('外貿進出口結構不斷優化', 'BIG5')) LIMIT 1;
SELECT * FROM luohuplan.detect_encoding('\xefbbbf41');
SELECT * FROM luohuplan.detect_encoding(convert_to('plain ASCII', 'UTF8'));
SELECT round(sum(confidence)::numeric, 3)
  FROM luohuplan.detect_encoding(convert_to('土地整备任务超额完成', 'GBK'));

-- strict errors: 22021 with encoding, byte offset and line
SELECT luohuplan.decode(convert_to(E'第一行\n第二行', 'GBK') || '\xa320'::bytea, 'gbk');
SELECT luohuplan.decode('\x61620a6364c328'::bytea);
SELECT luohuplan.decode('\x610062'::bytea, 'utf8');
DO $$
BEGIN
  PERFORM luohuplan.decode(convert_to('居民消费价格', 'GBK') || '\xff'::bytea, 'gbk');
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'SQLSTATE %: %', SQLSTATE, SQLERRM;
END $$;

-- replace: U+FFFD per bad sequence, NOTICE from decode, count from decode_report
SELECT luohuplan.decode('\xd6d0ffb9fa8120a3'::bytea, 'gbk', 'replace');
SELECT * FROM luohuplan.decode_report('\xd6d0ffb9fa8120a3'::bytea, 'gbk', 'replace');
SELECT * FROM luohuplan.decode_report(convert_to('完成', 'UTF8'), 'auto', 'replace');

-- bad arguments: 22023
SELECT luohuplan.decode('\x41'::bytea, 'latin1');
SELECT luohuplan.decode('\x41'::bytea, 'auto', 'ignore');
DO $$
BEGIN
  PERFORM luohuplan.decode('\x41'::bytea, 'ebcdic');
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'SQLSTATE %', SQLSTATE;
END $$;

-- STRICT: NULL in, NULL out; empty in, empty out
SELECT luohuplan.decode(NULL) IS NULL AS null_in, luohuplan.decode('') = '' AS empty_ok;

-- the size limit is checked first
SET luohuplan.max_document_size = 1;
SELECT length(luohuplan.decode(pg_catalog.convert_to(repeat('a', 2000), 'UTF8')));
RESET luohuplan.max_document_size;
