-- Extraction rules on one plan report written for the test: a summary list,
-- body sentences, a target list and a task section.  The facts are read
-- once into a temporary table; each statement checks one rule on them.
-- (one rule a statement: a failing diff names the rule by the comment above it)
\pset footer off

CREATE TEMP TABLE plan_facts AS
SELECT * FROM luohuplan.extract(E'一、2022年国民经济和社会发展计划执行情况\n主要指标完成情况：\n——地区生产总值增长3.1%；\n——固定资产投资完成612.35亿元，增长8.2%；\n——社会消费品零售总额下降1.8%；\n——一般公共预算收入完成186.4亿元，同口径增长2.5%；\n——城镇登记失业率控制在3%以内；\n——居民人均可支配收入增长与经济增长基本同步。\n新增公办学位6850个，开发就业岗位2.1万个。城镇、农村居民人均可支配收入分别增长4.5%、5.2%。金融业增加值占地区生产总值比重达25.6%，比上年提高0.8个百分点。预计全年税收收入完成210亿元。规上工业增加值增长4.1%（目标6%左右）。\n二、2023年主要预期目标\n主要预期目标是：\n地区生产总值增长6%左右\n固定资产投资增长10%以上\n三、2023年主要任务\n新增公办学位5000个以上，新建社康机构5家。');

-- the bullets of a summary list of results are headlines, for the year of their section
SELECT line, period, status, subject, indicator, measure, value, unit, headline
  FROM plan_facts WHERE line BETWEEN 3 AND 8 ORDER BY line, span_start;

-- a decline (下降) is a negative growth
SELECT line, subject, measure, value FROM plan_facts WHERE line = 5;

-- a like-for-like growth (同口径) is marked, the level beside it is not
SELECT line, measure, value, unit, like_for_like FROM plan_facts WHERE line = 6 ORDER BY span_start;

-- money and counts fold to their base unit (亿元 → 元, 万个 → 个)
SELECT line, value, unit, base_value, base_unit
  FROM plan_facts WHERE unit IN ('亿元', '万个') ORDER BY line, span_start;

-- 控制在…以内 is a ceiling (le)
SELECT line, subject, indicator, value, unit, qualifier FROM plan_facts WHERE line = 7;

-- a summary line with no number is a qualitative headline
SELECT line, subject, indicator, measure, value, headline FROM plan_facts WHERE line = 8;

-- body figures below the summary are not headlines
SELECT line, subject, indicator, value, unit, headline
  FROM plan_facts WHERE line = 9 AND indicator IN ('public_school_places', 'jobs_created')
 ORDER BY span_start;

-- 分别 gives each of the listed subjects its own value
SELECT line, subject, indicator, measure, value
  FROM plan_facts WHERE line = 9 AND indicator LIKE '%disposable_income' ORDER BY span_start;

-- 占…比重 is a share; 提高…个百分点 a change in percentage points
SELECT line, subject, indicator, measure, value, unit
  FROM plan_facts WHERE line = 9 AND indicator = 'finance_va' ORDER BY span_start;

-- 预计 marks an estimate
SELECT line, status, subject, value, unit, headline FROM plan_facts WHERE line = 9 AND status = 'estimate';

-- a target in brackets beside a result is a target of the same indicator and year
SELECT line, period, status, subject, indicator, measure, value, unit, qualifier, headline
  FROM plan_facts WHERE line = 9 AND indicator = 'industrial_va' ORDER BY span_start;

-- the lines of a target list are headline targets for the year of their section
SELECT line, period, status, subject, indicator, measure, value, unit, qualifier, headline
  FROM plan_facts WHERE line BETWEEN 12 AND 13 ORDER BY line, span_start;

-- figures of a task section are targets, not headlines
SELECT line, period, status, subject, indicator, measure, value, unit, qualifier, headline
  FROM plan_facts WHERE line = 15 ORDER BY span_start;

-- every fact of the document is checked by one of the statements above
SELECT count(*) AS facts FROM plan_facts;
