-- Lists in prose and periods named in a sentence.
-- (one rule a statement: a failing diff names the rule by the comment above it)
\pset footer off

CREATE TEMP TABLE prose_facts AS
SELECT * FROM luohuplan.extract(E'一、2023年工作回顾\n一是新增学位3200个，二是建成社康机构6家。上半年，全区接待游客1520万人次。\n二、2024年重点工作\n到2025年，累计建成绿道300公里。');

-- "一是…二是…": each item is a fact of its own, for the year of its section
SELECT line, period, status, subject, measure, value, unit
  FROM prose_facts WHERE subject IN ('学位', '社康机构') ORDER BY line, span_start;

-- a sentence naming its own period (上半年, 到2025年) takes it
SELECT line, period, status, subject, measure, value, unit
  FROM prose_facts WHERE subject NOT IN ('学位', '社康机构') ORDER BY line, span_start;
