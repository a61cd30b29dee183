-- Ranks.
-- (one rule a statement: a failing diff names the rule by the comment above it)
\pset footer off

-- ranks are their own measure; ordinals that rank nothing are not facts
SELECT line, span_start, span_end, subject, measure, value
  FROM luohuplan.extract(E'一、2023年工作回顾\n空气质量优良率稳居全市第一，营商环境评价排名全省第3。第十五届运动会在第二批场馆举行。');
