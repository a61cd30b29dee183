-- luohuplan.normalize and luohuplan.repairs on sample text written for this test
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS luohuplan;
RESET client_min_messages;

-- width: full-width digits, letters and ％; ．，：only between digits
SELECT luohuplan.normalize('增长１２．５％，ＧＤＰ１，２３４亿元，说明：（一）');
-- html tags and entities
SELECT luohuplan.normalize('<p class="x">总值</p>增长&nbsp;5&#37;<br>&amp;&#x4E00;</strong>');
-- zero-width characters and soft hyphen
SELECT luohuplan.normalize(E'增\u200b长\ufeff5\u00ad%');
-- pinyin glosses go, abbreviations, numbering, notes and years stay
SELECT luohuplan.normalize('經(jīng)濟(jì)總值(GDP)、(一)、(北向)、(2025-2026年)');
-- circles as zero
SELECT luohuplan.normalize('二○二三年完成1○0项，○ 一是');
-- lost bytes
SELECT luohuplan.normalize('收入锟斤拷锟斤拷亿元');
-- traditional to simplified; 新增 stays; a context-dependent phrase
SELECT luohuplan.normalize('經濟發展穩中向好，新增企業，制定計畫');
-- simplified text is returned unchanged
SELECT luohuplan.normalize('经济运行稳中向好，增长5%') = '经济运行稳中向好，增长5%' AS unchanged;
-- UTF-8 read as GBK, GBK read as Latin-1
SELECT luohuplan.normalize('全年' || convert_from(convert_to('经济总量', 'UTF8'), 'GBK') || '增长');
SELECT luohuplan.normalize(convert_from(convert_to('经济运行', 'GBK'), 'LATIN1'));
-- GBK read one byte off after a lost byte: "?" + shifted run
-- (the first and the last byte of the heading are lost)
WITH g(b) AS (SELECT convert_to('　（一）加快建设', 'GBK'))
SELECT s AS damaged, luohuplan.normalize(s) AS repaired
  FROM (SELECT '?' || convert_from(substr(b, 2, length(b) - 2), 'GBK') || ',强化' FROM g) AS d(s);
SELECT kind, before, after FROM luohuplan.repairs('?。ㄒ唬┘涌旖ㄉ,强化');
-- a question mark in clean text stays
SELECT luohuplan.normalize('罗湖又该向哪?答案是发展');
-- chrome lines become empty lines: the line count is kept
SELECT luohuplan.normalize(E'标题\n查看: 1234|回复: 5\n打印 上一主题 下一主题\n正文增长5%\n阅读原文\n[bookmark: _GoBack]一、总体情况');
SELECT array_length(regexp_split_to_array(luohuplan.normalize(E'a\n回顶部\n\n使用道具 举报\nb'), E'\n'), 1) AS lines;
-- the audit trail
SELECT * FROM luohuplan.repairs(E'經(jīng)濟增长１２％\n回顶部\n<b>二○二三年</b>锟斤拷');
SELECT count(*) FROM luohuplan.repairs('经济运行稳中向好');
-- NULL in, NULL out
SELECT luohuplan.normalize(NULL) IS NULL AS strict;
