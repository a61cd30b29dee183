-- Report metadata from titles of each kind.
-- (one rule a statement: a failing diff names the rule by the comment above it)
\pset footer off

-- metadata from titles of each kind
SELECT m.*
  FROM (VALUES
   (E'关于深圳市南山区2022年国民经济\n和社会发展计划执行情况与2023年\n计划（草案）的报告\n\n一、2022年国民经济和社会发展计划执行情况\n全区地区生产总值增长5%。'),
   (E'一、2023年上半年经济社会发展计划执行情况\n罗湖区上半年地区生产总值增长6%。罗湖区固定资产投资增长9%。'),
   (E'2024年政府工作报告\n——在宝安区第七届人民代表大会第四次会议上\n\n一、2023年工作回顾\n宝安区全年地区生产总值增长5.5%。'),
   (E'2023年1-6月龙岗区主要统计指标\n指标完成情况如下。'),
   (E'盐田区举行招商推介会\n2023年5月12日，盐田区举办推介会，签约项目20个。')
  ) AS d(doc), LATERAL luohuplan.report_meta(d.doc) m;
