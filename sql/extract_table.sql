-- Tables flattened to text.
-- (one rule a statement: a failing diff names the rule by the comment above it)
\pset footer off

-- a table flattened to text: each column's meaning and unit from the header
SELECT line, period, status, subject, indicator, measure, value, unit, base_value, base_unit
  FROM luohuplan.extract(E'2023年1-3月南山区主要经济指标\n指标 | 单位 | 1季度累计 | 同比增速(±%) | 全年目标\n地区生产总值 | 亿元 | 1812.5 | 5.2 | 8000\n社会消费品零售总额 | 亿元 | 330.1 | -2.1 | \n\n说明：数据为初步统计。');
