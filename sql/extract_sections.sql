-- Structure of a report: heading styles and roles.
-- (one rule a statement: a failing diff names the rule by the comment above it)
\pset footer off

-- every heading style, a damaged heading (lost bytes before "）") and an
-- unnumbered part title
SELECT level, numbering, ordinal, heading, line_start, line_end, role, period
  FROM luohuplan.sections(E'一、2023年上半年经济运行情况回顾\n正文。\n（一）产业发展\n1.金融业\n（1）银行\n①存款\n(二)城市建设\n\uFFFD）民生保障\n正文。\n二、下半年重点工作\n正文。\n\n2024年主要预期目标\n地区生产总值增长5%左右');
