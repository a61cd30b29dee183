-- Structure, metadata and extraction on text written for these tests.
\pset footer off

-- every heading style, a damaged heading (lost bytes before "）") and an
-- unnumbered part title
SELECT level, numbering, ordinal, heading, line_start, line_end, role, period
  FROM luohuplan.sections(E'一、2023年上半年经济运行情况回顾\n正文。\n（一）产业发展\n1.金融业\n（1）银行\n①存款\n(二)城市建设\n\uFFFD）民生保障\n正文。\n二、下半年重点工作\n正文。\n\n2024年主要预期目标\n地区生产总值增长5%左右');

-- metadata from titles of each kind
SELECT m.*
  FROM (VALUES
   (E'关于深圳市南山区2022年国民经济\n和社会发展计划执行情况与2023年\n计划（草案）的报告\n\n一、2022年国民经济和社会发展计划执行情况\n全区地区生产总值增长5%。'),
   (E'一、2023年上半年经济社会发展计划执行情况\n罗湖区上半年地区生产总值增长6%。罗湖区固定资产投资增长9%。'),
   (E'2024年政府工作报告\n——在宝安区第七届人民代表大会第四次会议上\n\n一、2023年工作回顾\n宝安区全年地区生产总值增长5.5%。'),
   (E'2023年1-6月龙岗区主要统计指标\n指标完成情况如下。'),
   (E'盐田区举行招商推介会\n2023年5月12日，盐田区举办推介会，签约项目20个。')
  ) AS d(doc), LATERAL luohuplan.report_meta(d.doc) m;

-- summary lists, measures, signs, qualifiers, periods and statuses
SELECT line, period, status, subject, indicator, measure, value, value_hi, unit, qualifier,
       base_value, base_unit, headline, like_for_like
  FROM luohuplan.extract(E'一、2022年国民经济和社会发展计划执行情况\n主要指标完成情况：\n——地区生产总值增长3.1%；\n——固定资产投资完成612.35亿元，增长8.2%；\n——社会消费品零售总额下降1.8%；\n——一般公共预算收入完成186.4亿元，同口径增长2.5%；\n——城镇登记失业率控制在3%以内；\n——居民人均可支配收入增长与经济增长基本同步。\n新增公办学位6850个，开发就业岗位2.1万个。城镇、农村居民人均可支配收入分别增长4.5%、5.2%。金融业增加值占地区生产总值比重达25.6%，比上年提高0.8个百分点。预计全年税收收入完成210亿元。规上工业增加值增长4.1%（目标6%左右）。\n二、2023年主要预期目标\n主要预期目标是：\n地区生产总值增长6%左右\n固定资产投资增长10%以上\n三、2023年主要任务\n新增公办学位5000个以上，新建社康机构5家。');

-- nothing that is not a quantity: years, dates, ordinals, codes, titles
SELECT count(*) AS facts
  FROM luohuplan.extract(E'2023年4月18日，第十五届会议在11号线旁召开，5G基站和PM2.5监测纳入《2023年工作计划》，推进“1+5+10+N”体系和03-14地块。');

-- spans point at the mention in its line
SELECT line, span_start, span_end, evidence
  FROM luohuplan.extract(E'标题\n全年新增学位4290个，增长10%。');

-- NULL in, nothing out; empty text, no facts
SELECT count(*) FROM luohuplan.extract(NULL);
SELECT count(*) FROM luohuplan.extract('');

-- a table flattened to text: each column's meaning and unit from the header
SELECT line, period, status, subject, indicator, measure, value, unit, base_value, base_unit
  FROM luohuplan.extract(E'2023年1-3月南山区主要经济指标\n指标 | 单位 | 1季度累计 | 同比增速(±%) | 全年目标\n地区生产总值 | 亿元 | 1812.5 | 5.2 | 8000\n社会消费品零售总额 | 亿元 | 330.1 | -2.1 | \n\n说明：数据为初步统计。');

-- "一是…二是…" prose, and a sentence naming its own period
SELECT line, period, status, subject, measure, value, unit
  FROM luohuplan.extract(E'一、2023年工作回顾\n一是新增学位3200个，二是建成社康机构6家。上半年，全区接待游客1520万人次。\n二、2024年重点工作\n到2025年，累计建成绿道300公里。');

-- ranks are their own measure; ordinals that rank nothing are not facts
SELECT line, span_start, span_end, subject, measure, value
  FROM luohuplan.extract(E'一、2023年工作回顾\n空气质量优良率稳居全市第一，营商环境评价排名全省第3。第十五届运动会在第二批场馆举行。');
