-- analysis.sql — the analysis views (series, sparklines, targets against
-- actuals, conflicts, commitments) on sample reports and facts written here,
-- independent of the extractor.  Everything runs in one transaction that is
-- rolled back, starting from empty tables, so other tests neither see these
-- rows nor disturb them.
SET client_min_messages = warning;
SET datestyle = 'ISO, YMD';
BEGIN;
-- CASCADE: also empties whatever other modules hang off reports (rolled back)
TRUNCATE luohuplan.reports CASCADE;

-- ---- periods ----
SELECT p, luohuplan.period_start(p), luohuplan.period_end(p), luohuplan.period_months(p)
  FROM (VALUES ('2021'), ('2021-2025'), ('2023H1'), ('2023H2'), ('2016Q1'), ('2016Q4'),
               ('2023Q1-3'), ('2024M02'), ('2023M01-05'), ('2023M12'),
               ('2025-2021'), ('2023Q3-1'), ('2023M13'), ('2023H3'), ('0999'), ('abc'), ('')) AS t(p);
SELECT luohuplan.period_start(NULL) IS NULL AS null_in_null_out;

-- ---- target_met, one qualifier at a time ----
SELECT q, target, target_hi, unit, actual, lib,
       luohuplan.target_met(q, target, target_hi, unit, actual, lib) AS met
  FROM (VALUES ('ge', 6, NULL, '%', 6, false), ('ge', 6, NULL, '%', 5.9, false),
               ('gt', 6, NULL, '%', 6, false), ('le', 3.5, NULL, '%', 3.5, false),
               ('lt', 3.5, NULL, '%', 3.5, false),
               ('ge', -3, NULL, '%', -3.2, false), ('ge', -3, NULL, '%', -2.5, false),
               ('range', 5, 8, '%', 8, false), ('range', 5, 8, '%', 8.1, false),
               ('approx', 6, NULL, '%', 5.5, false), ('approx', 6, NULL, '%', 5.4, false),
               ('approx', 6, NULL, '%', 9, false), ('approx', 200, NULL, '亿元', 190, false),
               ('approx', 200, NULL, '亿元', 189, false), ('approx', 3, NULL, '%', 3.5, true),
               ('approx', 3, NULL, '%', 3.6, true), ('eq', 7, NULL, '%', 7, false),
               ('eq', 7, NULL, '%', 6.9, false), (NULL, 7, NULL, '%', 7.1, false),
               ('eq', 0.4, NULL, '吨', 0.38, true), ('eq', 7, NULL, '%', NULL, false))
       AS t(q, target, target_hi, unit, actual, lib);

-- ---- sample reports ----
INSERT INTO luohuplan.reports (report_id, source, raw, sha256, encoding, clean,
                               title, region, region_code, year, period, kind, loaded_at)
SELECT id, src, pg_catalog.convert_to(txt, 'UTF8'), pg_catalog.sha256(pg_catalog.convert_to(txt, 'UTF8')),
       'UTF-8', txt, title, region, code, year, year::text, kind, loaded::timestamptz
  FROM (VALUES
    (101, 'luohu-2021-plan.txt', '示例：罗湖区2021年计划执行情况', '罗湖区2021年国民经济和社会发展计划执行情况', '罗湖区', '440303', 2021, 'plan_execution', '2024-01-01 10:00+08'),
    (102, 'luohu-2022-plan.txt', '示例：罗湖区2022年计划执行情况', '罗湖区2022年国民经济和社会发展计划执行情况', '罗湖区', '440303', 2022, 'plan_execution', '2024-01-01 10:00+08'),
    (103, 'luohu-2023-plan.txt', '示例：罗湖区2023年计划执行情况', '罗湖区2023年国民经济和社会发展计划执行情况', '罗湖区', '440303', 2023, 'plan_execution', '2024-03-01 10:00+08'),
    (104, 'luohu-2022-stats.txt', '示例：罗湖区2022年统计公报', '罗湖区2022年国民经济和社会发展统计公报', '罗湖区', '440303', 2022, 'statistics', '2024-02-01 10:00+08'),
    (105, 'futian-2022-report.txt', '示例：福田区2022年政府工作报告', '福田区政府工作报告', '福田区', NULL, 2022, 'work_report', '2024-01-01 10:00+08'),
    (106, 'unknown-region.txt', '示例：不知何地的报告', '工作总结', NULL, NULL, 2022, 'news', '2024-01-01 10:00+08'))
    AS v(id, src, txt, title, region, code, year, kind, loaded);

-- ---- sample facts (sentences written for this test) ----
INSERT INTO luohuplan.facts (report_id, seq, line, span_start, span_end, evidence_stored, section, period,
                             status, subject, indicator, measure, value, value_hi, unit, qualifier,
                             base_value, base_value_hi, base_unit)
VALUES
  -- the 2021 report: 2020 result, targets for 2021, 2022 and 2025
  (101, 1, 3, 0, 10, '2020年地区生产总值增长1.5%', '一、2020年计划执行情况', '2020', 'actual', '地区生产总值', 'gdp', 'growth', 1.5, NULL, '%', 'eq', 1.5, NULL, '%'),
  (101, 2, 9, 0, 10, '2021年地区生产总值增长8%左右', '二、2021年主要预期目标', '2021', 'target', '地区生产总值', 'gdp', 'growth', 8, NULL, '%', 'approx', 8, NULL, '%'),
  (101, 3, 10, 0, 10, '2022年地区生产总值增长6%左右', '二、2021年主要预期目标', '2022', 'target', '地区生产总值', 'gdp', 'growth', 6, NULL, '%', 'approx', 6, NULL, '%'),
  (101, 4, 11, 0, 10, '2022年一般公共预算收入达到120亿元', '二、2021年主要预期目标', '2022', 'target', '一般公共预算收入', 'budget_revenue', 'level', 120, NULL, '亿元', 'eq', 12000000000, NULL, '元'),
  (101, 5, 20, 0, 10, '到2025年筹建保障性住房1万套', '三、重点任务', '2025', 'target', '保障性住房', NULL, 'level', 1, NULL, '万套', 'eq', 10000, NULL, '套'),
  -- the 2022 report: 2021 results, targets for 2022
  (102, 1, 3, 0, 10, '2021年地区生产总值2600亿元，增长7.6%', '一、2021年计划执行情况', '2021', 'actual', '地区生产总值', 'gdp', 'level', 2600, NULL, '亿元', 'eq', 260000000000, NULL, '元'),
  (102, 2, 3, 11, 20, '2021年地区生产总值2600亿元，增长7.6%', '一、2021年计划执行情况', '2021', 'actual', '地区生产总值', 'gdp', 'growth', 7.6, NULL, '%', 'eq', 7.6, NULL, '%'),
  (102, 3, 9, 0, 10, '一般公共预算收入120.3亿元', '二、2022年主要预期目标', '2022', 'target', '一般公共预算收入', 'budget_revenue', 'level', 120.3, NULL, '亿元', 'eq', 12030000000, NULL, '元'),
  (102, 4, 10, 0, 10, '固定资产投资增长5%-8%', '二、2022年主要预期目标', '2022', 'target', '固定资产投资', 'fixed_asset_investment', 'growth', 5, 8, '%', 'range', 5, 8, '%'),
  (102, 5, 11, 0, 10, '城镇新增就业1.5万人以上', '二、2022年主要预期目标', '2022', 'target', '城镇新增就业', 'new_jobs', 'level', 1.5, NULL, '万人', 'ge', 15000, NULL, '人'),
  (102, 6, 12, 0, 10, '城镇登记失业率控制在3.5%以内', '二、2022年主要预期目标', '2022', 'target', '城镇登记失业率', 'unemployment_rate', 'level', 3.5, NULL, '%', 'le', 3.5, NULL, '%'),
  (102, 7, 13, 0, 10, '万元GDP能耗下降3%以上', '二、2022年主要预期目标', '2022', 'target', '万元GDP能耗', 'energy_per_gdp', 'growth', -3, NULL, '%', 'ge', -3, NULL, '%'),
  (102, 8, 14, 0, 10, '规模以上工业增加值增长7%', '二、2022年主要预期目标', '2022', 'target', '规模以上工业增加值', 'industrial_va', 'growth', 7, NULL, '%', 'eq', 7, NULL, '%'),
  (102, 9, 20, 0, 10, '新建中小学3所', '三、2022年重点工作', '2022', 'target', '新建中小学', NULL, 'level', 3, NULL, '所', 'eq', 3, NULL, '所'),
  (102, 10, 21, 0, 10, '新增学位1.2万个', '三、2022年重点工作', '2022', 'target', '新增学位', NULL, 'level', 1.2, NULL, '万个', 'eq', 12000, NULL, '个'),
  (102, 12, 23, 0, 10, '地区生产总值总量保持全市第3位', '二、2022年主要预期目标', '2022', 'target', '地区生产总值', 'gdp', 'rank', 3, NULL, '位', 'eq', 3, NULL, '位'),
  (102, 11, 22, 0, 10, '地区生产总值达到2750亿元', '二、2022年主要预期目标', '2022', 'target', '地区生产总值', 'gdp', 'level', 2750, NULL, '亿元', 'eq', 275000000000, NULL, '元'),
  -- the 2023 report: 2022 results, targets for 2023
  (103, 1, 3, 0, 10, '2022年地区生产总值2750.5亿元，增长4.2%', '一、2022年计划执行情况', '2022', 'actual', '地区生产总值', 'gdp', 'level', 2750.5, NULL, '亿元', 'eq', 275050000000, NULL, '元'),
  (103, 2, 3, 12, 20, '2022年地区生产总值2750.5亿元，增长4.2%', '一、2022年计划执行情况', '2022', 'actual', '地区生产总值', 'gdp', 'growth', 4.2, NULL, '%', 'eq', 4.2, NULL, '%'),
  (103, 3, 4, 0, 10, '一般公共预算收入121亿元', '一、2022年计划执行情况', '2022', 'actual', '一般公共预算收入', 'budget_revenue', 'level', 121, NULL, '亿元', 'eq', 12100000000, NULL, '元'),
  (103, 4, 5, 0, 10, '固定资产投资增长6.2%', '一、2022年计划执行情况', '2022', 'actual', '固定资产投资', 'fixed_asset_investment', 'growth', 6.2, NULL, '%', 'eq', 6.2, NULL, '%'),
  (103, 5, 6, 0, 10, '城镇新增就业16000人', '一、2022年计划执行情况', '2022', 'actual', '城镇新增就业', 'new_jobs', 'level', 16000, NULL, '人', 'eq', 16000, NULL, '人'),
  (103, 6, 7, 0, 10, '城镇登记失业率2.9%', '一、2022年计划执行情况', '2022', 'actual', '城镇登记失业率', 'unemployment_rate', 'level', 2.9, NULL, '%', 'eq', 2.9, NULL, '%'),
  (103, 7, 8, 0, 10, '万元GDP能耗下降2.5%', '一、2022年计划执行情况', '2022', 'actual', '万元GDP能耗', 'energy_per_gdp', 'growth', -2.5, NULL, '%', 'eq', -2.5, NULL, '%'),
  (103, 8, 9, 0, 10, '规模以上工业增加值增长5%', '一、2022年计划执行情况', '2022', 'actual', '规模以上工业增加值', 'industrial_va', 'growth', 5, NULL, '%', 'eq', 5, NULL, '%'),
  (103, 9, 10, 0, 10, '社会消费品零售总额1000亿元', '一、2022年计划执行情况', '2022', 'actual', '社会消费品零售总额', 'retail_sales', 'level', 1000, NULL, '亿元', 'eq', 100000000000, NULL, '元'),
  (103, 10, 11, 0, 10, '新建中小学4所', '一、2022年计划执行情况', '2022', 'actual', '新建中小学', NULL, 'level', 4, NULL, '所', 'eq', 4, NULL, '所'),
  (103, 11, 12, 0, 10, '新增学位9800个', '一、2022年计划执行情况', '2022', 'actual', '新增学位', NULL, 'level', 9800, NULL, '个', 'eq', 9800, NULL, '个'),
  (103, 12, 13, 0, 10, '筹建保障性住房3000套', '一、2022年计划执行情况', '2022', 'actual', '保障性住房', NULL, 'level', 3000, NULL, '套', 'eq', 3000, NULL, '套'),
  (103, 16, 3, 21, 30, '2022年地区生产总值总量居全市第2位', '一、2022年计划执行情况', '2022', 'actual', '地区生产总值', 'gdp', 'rank', 2, NULL, '位', 'eq', 2, NULL, '位'),
  (103, 13, 20, 0, 10, '2023年地区生产总值增长5%', '二、2023年主要预期目标', '2023', 'target', '地区生产总值', 'gdp', 'growth', 5, NULL, '%', 'eq', 5, NULL, '%'),
  (103, 14, 30, 0, 10, '改造老旧小区20个以上', '三、2023年重点工作', '2023', 'target', '改造老旧小区', NULL, 'level', 20, NULL, '个', 'ge', 20, NULL, '个'),
  (103, 15, 31, 0, 10, '一期工程完成50%', '三、2023年重点工作', 'someday', 'actual', '一期工程', NULL, 'share', 50, NULL, '%', 'eq', 50, NULL, '%'),
  -- the 2022 statistics: agrees on GDP (in 万元), disagrees on retail sales
  (104, 1, 2, 0, 10, '全区生产总值27505000万元，增长4.2%', '综合', '2022', 'actual', '全区生产总值', 'gdp', 'level', 27505000, NULL, '万元', 'eq', 275050000000, NULL, '元'),
  (104, 2, 2, 12, 20, '全区生产总值27505000万元，增长4.2%', '综合', '2022', 'actual', '全区生产总值', 'gdp', 'growth', 4.2, NULL, '%', 'eq', 4.2, NULL, '%'),
  (104, 3, 3, 0, 10, '上半年地区生产总值增长3.1%', '综合', '2022H1', 'actual', '地区生产总值', 'gdp', 'growth', 3.1, NULL, '%', 'eq', 3.1, NULL, '%'),
  (104, 4, 4, 0, 10, '社会消费品零售总额990亿元', '国内贸易', '2022', 'actual', '社会消费品零售总额', 'retail_sales', 'level', 990, NULL, '亿元', 'eq', 99000000000, NULL, '元'),
  -- another district, whose report carries no region code
  (105, 1, 2, 0, 10, '2022年地区生产总值增长5%', '一、过去一年工作回顾', '2022', 'actual', '地区生产总值', 'gdp', 'growth', 5, NULL, '%', 'eq', 5, NULL, '%'),
  -- a report without region: left out of every view but fact_values
  (106, 1, 2, 0, 10, '地区生产总值增长9%', NULL, '2022', 'actual', '地区生产总值', 'gdp', 'growth', 9, NULL, '%', 'eq', 9, NULL, '%'),
  -- jobs created: 43815个 and 4.4万个 agree within the rounding of 4.4万;
  -- 4.5万个 (a target) does not agree with 43815个 (another target)
  (103, 20, 40, 0, 10, '新增就业岗位43815个', '一、2022年计划执行情况', '2022', 'actual', '新增就业岗位', 'jobs_created', 'level', 43815, NULL, '个', 'eq', 43815, NULL, '个'),
  (104, 20, 40, 0, 10, '新增就业岗位4.4万个', '综合', '2022', 'actual', '新增就业岗位', 'jobs_created', 'level', 4.4, NULL, '万个', 'eq', 44000, NULL, '个'),
  (101, 20, 40, 0, 10, '新增就业岗位4.5万个', '二、2021年主要预期目标', '2022', 'target', '新增就业岗位', 'jobs_created', 'level', 4.5, NULL, '万个', 'eq', 45000, NULL, '个'),
  (102, 20, 40, 0, 10, '新增就业岗位43815个', '二、2022年主要预期目标', '2022', 'target', '新增就业岗位', 'jobs_created', 'level', 43815, NULL, '个', 'eq', 43815, NULL, '个'),
  -- a half-year series with gaps: 2019H1, 2021H1, 2022H1
  (101, 21, 41, 0, 10, '2019年上半年社会消费品零售总额增长3%', '一、2020年计划执行情况', '2019H1', 'actual', '社会消费品零售总额', 'retail_sales', 'growth', 3, NULL, '%', 'eq', 3, NULL, '%'),
  (102, 21, 41, 0, 10, '2021年上半年社会消费品零售总额增长9%', '一、2021年计划执行情况', '2021H1', 'actual', '社会消费品零售总额', 'retail_sales', 'growth', 9, NULL, '%', 'eq', 9, NULL, '%'),
  (104, 21, 41, 0, 10, '上半年社会消费品零售总额增长5%', '国内贸易', '2022H1', 'actual', '社会消费品零售总额', 'retail_sales', 'growth', 5, NULL, '%', 'eq', 5, NULL, '%'),
  -- PM2.5: a ceiling of 30 beaten with 26 (less is better)
  (102, 22, 42, 0, 10, 'PM2.5年均浓度控制在30微克/立方米以内', '二、2022年主要预期目标', '2022', 'target', 'PM2.5年均浓度', 'pm25', 'level', 30, NULL, '微克/立方米', 'eq', 30, NULL, '微克/立方米'),
  (103, 22, 42, 0, 10, 'PM2.5年均浓度26微克/立方米', '一、2022年计划执行情况', '2022', 'actual', 'PM2.5年均浓度', 'pm25', 'level', 26, NULL, '微克/立方米', 'eq', 26, NULL, '微克/立方米'),
  -- commitments: a promise for 2022 is not answered by a figure of 2023,
  -- a generic subject (企业) is not followed up, a threshold is no promise
  (102, 23, 43, 0, 10, '建成绿道6.8公里', '三、2022年重点工作', '2022', 'target', '建成绿道', NULL, 'level', 6.8, NULL, '公里', 'eq', 6.8, NULL, '公里'),
  (103, 23, 43, 0, 10, '2023年建成绿道48.64公里', '三、2023年重点工作', '2023', 'actual', '建成绿道', NULL, 'level', 48.64, NULL, '公里', 'eq', 48.64, NULL, '公里'),
  (102, 24, 44, 0, 10, '引进企业10家', '三、2022年重点工作', '2022', 'target', '企业', NULL, 'level', 10, NULL, '家', 'eq', 10, NULL, '家'),
  (103, 24, 44, 0, 10, '企业1万家', '一、2022年计划执行情况', '2022', 'actual', '企业', NULL, 'level', 1, NULL, '万家', 'eq', 10000, NULL, '家'),
  (102, 25, 45, 0, 10, '扶持营业收入1000万元以上企业', '三、2022年重点工作', '2022', 'target', '企业', NULL, 'level', 1000, NULL, '万元', 'ge', 10000000, NULL, '元'),
  (102, 26, 46, 0, 10, '重点做好以下8个', '三、2022年重点工作', '2022', 'target', '重点做好以下', NULL, 'level', 8, NULL, '个', 'eq', 8, NULL, '个'),
  -- one target, two qualifiers: 增长7% and 增长7%左右 are one row
  (104, 22, 50, 0, 10, '规模以上工业增加值增长7%左右', '综合', '2022', 'target', '规模以上工业增加值', 'industrial_va', 'growth', 7, NULL, '%', 'approx', 7, NULL, '%');

-- ---- fact_values: region codes filled from luohuplan.regions ----
SELECT DISTINCT source, region, region_code FROM luohuplan.fact_values ORDER BY source;

SELECT DISTINCT source, report_period, report_kind FROM luohuplan.fact_values ORDER BY source;

-- ---- periods for charts ----
SELECT p, luohuplan.period_year(p) AS year, luohuplan.period_months(p) AS months,
       luohuplan.period_granularity(p) AS granularity, luohuplan.period_step(p) AS step
  FROM (VALUES ('2021'), ('2021-2025'), ('2023H1'), ('2016Q1'), ('2023Q1-3'), ('2023Q2-3'),
               ('2024M02'), ('2023M01-05'), ('abc')) AS t(p);

-- ---- series: one value per period; agreement across units and sources ----
SELECT region, region_code, indicator, measure, period, period_start, period_end,
       value, unit, n_sources, sources, n_values
  FROM luohuplan.series WHERE status = 'actual'
 ORDER BY region, indicator, measure, period_start, period;
SELECT status, count(*) FROM luohuplan.series GROUP BY status ORDER BY status;

-- ---- chart-ready: year, months, granularity, the default unit ----
SELECT indicator, indicator_en, measure, status, period, year, months, granularity,
       value, unit, value_std, unit_std
  FROM luohuplan.series
 WHERE region = '罗湖区' AND indicator IN ('jobs_created', 'new_jobs', 'gdp', 'retail_sales')
 ORDER BY indicator, measure, status, period_start;
-- one unit and one granularity per chart series
SELECT count(*) AS series_with_two_units
  FROM (SELECT region, indicator, measure, status, granularity, months
          FROM luohuplan.series GROUP BY 1, 2, 3, 4, 5, 6
        HAVING count(DISTINCT unit_std) > 1) AS t;

-- ---- series_wide: one column per year ----
SELECT region, indicator, measure, status, unit, y2020, y2021, y2022, y2023
  FROM luohuplan.series_wide WHERE region = '罗湖区' AND indicator IN ('gdp', 'jobs_created')
 ORDER BY indicator, measure, status;

-- ---- series_overview and sparklines ----
SELECT region, indicator, measure, granularity, period_months, n_periods, first_period, last_period,
       last_value, unit, spark
  FROM luohuplan.series_overview WHERE status = 'actual'
 ORDER BY region, indicator, measure, period_months;
SELECT luohuplan.sparkline('罗湖区', 'gdp', 'growth') AS gdp_growth,
       luohuplan.sparkline('罗湖区', 'gdp', 'growth', 6) AS gdp_growth_half_years,
       luohuplan.sparkline('罗湖区', 'gdp', 'level') AS gdp_level,
       luohuplan.sparkline('罗湖区', 'gdp', 'share') AS no_such_series,
       luohuplan.sparkline('罗湖区', 'gdp', 'growth', 12, 'target') AS gdp_growth_targets;
-- gaps: 2019H1, 2021H1, 2022H1 are drawn on the time axis, not side by side
SELECT luohuplan.sparkline('罗湖区', 'retail_sales', 'growth', 6) AS half_years_with_gaps,
       luohuplan.spark_periods(ARRAY['2019-01-01', '2021-01-01', '2022-01-01']::date[],
                               ARRAY[1, 3, 2]::numeric[], 12) AS years_with_a_gap;
-- unknown names are errors (22023), not a silent NULL
CREATE FUNCTION pg_temp.sqlstate_of(stmt text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;
SELECT pg_temp.sqlstate_of($$SELECT luohuplan.sparkline('罗湖区', 'gpd', 'growth')$$) AS misspelt_indicator,
       pg_temp.sqlstate_of($$SELECT luohuplan.sparkline('罗湖', 'gdp', 'growth')$$) AS short_region,
       pg_temp.sqlstate_of($$SELECT luohuplan.sparkline('罗湖区', 'gdp', 'grwoth', 12)$$) AS bad_measure;
SELECT pg_temp.sqlstate_of($$SELECT luohuplan.target_met('foo', 1, NULL, '%', 1)$$) AS unknown_qualifier;
SELECT luohuplan.spark(ARRAY[1, 2, 3, 4, 5, 6, 7, 8]::numeric[]) AS eight_steps,
       luohuplan.spark(ARRAY[5, NULL, 5]::numeric[]) AS flat_with_gap,
       luohuplan.spark('{}'::numeric[]) AS empty;

-- ---- targets against actuals ----
SELECT indicator, measure, period, target_value, target_value_hi, target_qualifier, target_unit,
       target_source, target_n_sources, actual_value, actual_unit, actual_source, gap, met
  FROM luohuplan.target_vs_actual ORDER BY indicator, measure, period, target_value;
SELECT target_evidence FROM luohuplan.target_vs_actual
 WHERE indicator = 'gdp' AND measure = 'growth' AND period = '2022';
-- less is better from luohuplan.indicators.direction
SELECT code, direction, luohuplan.lower_is_better(code, 'level') AS lower_is_better
  FROM luohuplan.indicators
 WHERE code IN ('pm25', 'safety_accidents', 'safety_deaths', 'traffic_deaths', 'energy_per_gdp',
                'water_per_gdp', 'unemployment_rate', 'surveyed_unemployment_rate', 'gdp')
 ORDER BY code;
SELECT indicator, indicator_en, target_value, target_qualifier, actual_value, met
  FROM luohuplan.target_vs_actual WHERE indicator = 'pm25';

-- ---- conflicts between sources ----
SELECT region, region_code, indicator, measure, period, status, n_values, n_sources,
       min_value, max_value, unit, stated
  FROM luohuplan.conflicts ORDER BY indicator, period, status;

-- ---- commitments followed up ----
SELECT region, subject, indicator, period, value, unit, qualifier, source, section,
       actual_period, actual_value, actual_unit, actual_source, actual_complete, met
  FROM luohuplan.commitments ORDER BY period, subject;
SELECT s, luohuplan.is_specific_subject(s) FROM (VALUES ('企业'), ('建成绿道'), ('重点做好以下')) AS t(s);
SELECT luohuplan.is_threshold('ge', '元', '企业') AS threshold,
       luohuplan.is_threshold('eq', '元', '企业') AS amount,
       luohuplan.is_threshold('ge', '家', '企业') AS count;
SELECT s, q, u, luohuplan.is_promise(s, q, u)
  FROM (VALUES ('新建中小学', 'eq', '所'), ('重点做好以下', 'eq', '个'), ('企业', 'ge', '元'),
               ('在香港举办', 'eq', '场'), ('目标任务', 'eq', '%'), ('依托口岸', 'eq', '分钟'),
               ('口岸经济圈', 'eq', '分钟')) AS t(s, q, u);

-- ---- units ----
SELECT unit, name_en, dimension, base_unit, factor FROM luohuplan.units
 WHERE unit IN ('亿元', '万元', '元', '万个', '个', '平方公里', '亩', '%', '个百分点', '微克/立方米', '万吨标准煤')
 ORDER BY dimension, factor, unit;
SELECT count(*) > 500 AS many, count(*) FILTER (WHERE name_en IS NULL) AS without_english
  FROM luohuplan.units;
-- every unit a shipped indicator defaults to is in the glossary
SELECT default_unit FROM luohuplan.indicators
 WHERE default_unit IS NOT NULL AND default_unit <> ''
   AND default_unit NOT IN (SELECT unit FROM luohuplan.units) ORDER BY 1;

-- ---- regions ----
SELECT level, count(*), count(code) AS with_code FROM luohuplan.regions GROUP BY level ORDER BY level;
SELECT name, code, short_name, level, parent_code, pinyin, name_en FROM luohuplan.regions
 WHERE parent_code = '440300' OR code IN ('440000', '440300') ORDER BY code NULLS LAST, name;
SELECT name, pinyin, name_en FROM luohuplan.regions
 WHERE name IN ('北京市', '新疆维吾尔自治区', '西安市', '延边朝鲜族自治州', '重庆市', '六安市') ORDER BY code;
SELECT count(*) FILTER (WHERE pinyin IS NULL OR name_en IS NULL) AS shipped_without_english
  FROM luohuplan.regions WHERE NOT user_defined;

-- ---- nothing in the views is volatile (safe to distribute on Citus) ----
-- built-in functions are not in pg_depend, so look for their names in the
-- view definitions; the extension's own are checked through pg_depend: none
-- may be volatile or stable (a stable one may read a table, which Citus
-- cannot do inside a shard's task)
SELECT c.relname, p.proname
  FROM pg_catalog.pg_class AS c, pg_catalog.pg_proc AS p
 WHERE c.relnamespace = 'luohuplan'::regnamespace AND c.relkind = 'v' AND p.provolatile = 'v'
   AND c.relname IN ('fact_values', 'series', 'series_overview', 'series_wide', 'target_vs_actual', 'conflicts', 'commitments')
   AND pg_catalog.pg_get_viewdef(c.oid) ~ ('(^|[^a-z_])' || p.proname || '\(')
UNION ALL
SELECT DISTINCT c.relname, p.proname
  FROM pg_catalog.pg_depend AS d
  JOIN pg_catalog.pg_rewrite AS rw ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = rw.oid
  JOIN pg_catalog.pg_class AS c ON c.oid = rw.ev_class
  JOIN pg_catalog.pg_proc AS p ON d.refclassid = 'pg_catalog.pg_proc'::regclass AND d.refobjid = p.oid
 WHERE c.relnamespace = 'luohuplan'::regnamespace AND p.provolatile <> 'i'
   AND c.relname IN ('fact_values', 'series', 'series_overview', 'series_wide', 'target_vs_actual', 'conflicts', 'commitments');
SELECT c.relname AS view, pg_catalog.string_agg(DISTINCT p.proname, ', ' ORDER BY p.proname) AS calls
  FROM pg_catalog.pg_depend AS d
  JOIN pg_catalog.pg_rewrite AS rw ON d.classid = 'pg_catalog.pg_rewrite'::regclass AND d.objid = rw.oid
  JOIN pg_catalog.pg_class AS c ON c.oid = rw.ev_class
  JOIN pg_catalog.pg_proc AS p ON d.refclassid = 'pg_catalog.pg_proc'::regclass AND d.refobjid = p.oid
 WHERE p.pronamespace = 'luohuplan'::regnamespace
   AND c.relname IN ('fact_values', 'series', 'series_overview', 'series_wide', 'target_vs_actual', 'conflicts', 'commitments')
 GROUP BY c.relname ORDER BY 1;

ROLLBACK;
