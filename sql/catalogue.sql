-- catalogue.sql — the indicator catalogue as SQL sees it: the shipped rows
-- (codes the headline gold uses, directions, flows and parts), the
-- direction read by lower_is_better, target_met refusing unknown
-- qualifiers, and rows users add to indicators and regions reaching
-- extract, ingest, reextract and report_meta in the same session (the
-- other sessions: test/t/catalogue.sh).  Sentences written for this test.
SET client_min_messages = warning;

-- ---- the shipped rows ----
SELECT count(*) >= 150 AS at_least_150, count(DISTINCT topic) AS topics,
       count(*) FILTER (WHERE direction = 'lower') >= 25 AS lower_rows,
       count(flow_of) AS flows, count(part_of) >= 20 AS parts,
       count(*) FILTER (WHERE name_en = '' OR topic IS NULL) AS incomplete
  FROM luohuplan.indicators WHERE NOT user_defined;

-- every code HEADLINE_SPEC.md names is there
SELECT c AS missing
  FROM pg_catalog.unnest(ARRAY['jurisdiction_fiscal_revenue', 'population_natural_growth', 'grain_output',
                               'agricultural_output', 'tech_contract_value', 'labor_productivity',
                               'pollutant_emissions', 'env_investment', 'air_quality_days',
                               'high_value_patents_per_10k', 'advanced_manufacturing_va',
                               'surveyed_unemployment_rate', 'life_expectancy', 'urban_rural_income_ratio',
                               'strategic_emerging_output', 'services_revenue', 'industry_investment',
                               'safety_deaths_per_gdp', 'rd_intensity', 'foreign_investment']) AS c
 WHERE NOT EXISTS (SELECT 1 FROM luohuplan.indicators i WHERE i.code = c);

-- flows name their stock, parts their total, and both are codes of the table
SELECT code, flow_of FROM luohuplan.indicators WHERE flow_of IS NOT NULL ORDER BY code;
SELECT part_of AS total, pg_catalog.string_agg(code, ', ' ORDER BY code) AS parts
  FROM luohuplan.indicators WHERE part_of IS NOT NULL GROUP BY part_of ORDER BY 1;
SELECT i.code FROM luohuplan.indicators i
 WHERE (i.flow_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM luohuplan.indicators s WHERE s.code = i.flow_of))
    OR (i.part_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM luohuplan.indicators s WHERE s.code = i.part_of));

-- no name under two codes
SELECT n.name, pg_catalog.array_agg(DISTINCT n.code) AS codes
  FROM (SELECT code, name_zh AS name FROM luohuplan.indicators
        UNION ALL
        SELECT code, pg_catalog.ltrim(a, '=') FROM luohuplan.indicators, pg_catalog.unnest(aliases) AS a) AS n
 GROUP BY n.name HAVING count(DISTINCT n.code) > 1;

-- the names that went to the wrong concept
SELECT s AS subject, i.code
  FROM (VALUES ('户籍人口'), ('家庭病床'), ('建成区绿化覆盖率'), ('学前学位'), ('城镇调查失业率'), ('城镇登记失业率')) AS t(s)
  LEFT JOIN luohuplan.indicators i ON i.name_zh = t.s OR t.s = ANY (i.aliases)
 ORDER BY 1;

-- ---- direction: lower_is_better reads it ----
SELECT ind, measure, luohuplan.lower_is_better(ind, measure) AS lower_is_better
  FROM (VALUES ('pm25', 'level'), ('pm25', 'growth'), ('safety_deaths', 'level'),
               ('safety_deaths_per_gdp', 'level'), ('safety_accidents', 'level'),
               ('energy_per_gdp', 'growth'), ('water_per_gdp', 'growth'), ('land_per_gdp', 'growth'),
               ('carbon_per_gdp', 'growth'), ('unemployment_rate', 'level'),
               ('surveyed_unemployment_rate', 'level'), ('cpi', 'growth'), ('gdp', 'growth'),
               ('population', 'level'), ('gdp', 'rank'), ('no_such_code', 'level'), (NULL, 'level')) AS t(ind, measure);

-- a beaten PM2.5 ceiling is met, a missed one is not
SELECT luohuplan.target_met('eq', 30, NULL, '微克/立方米', 28, luohuplan.lower_is_better('pm25', 'level')) AS beaten,
       luohuplan.target_met('eq', 30, NULL, '微克/立方米', 31, luohuplan.lower_is_better('pm25', 'level')) AS missed;

-- ---- target_met: an unknown qualifier is an error (22023), NULL reads as eq ----
CREATE FUNCTION pg_temp.sqlstate_of(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE;
END
$$;
SELECT q, pg_temp.sqlstate_of(pg_catalog.format('SELECT luohuplan.target_met(%L, 6, NULL, %L, 7)', q, '%')) AS sqlstate
  FROM (VALUES ('foo'), (''), ('approx '), ('EQ'), ('eq'), ('approx'), ('ge'), ('gt'), ('le'), ('lt'), ('range'), (NULL)) AS t(q);
SELECT pg_temp.sqlstate_of($$SELECT luohuplan.target_met('foo', NULL, NULL, '%', NULL)$$) AS unknown_even_without_values,
       luohuplan.target_met(NULL, 6, NULL, '%', 6) AS null_is_eq;

-- ---- rows users add reach the extractor, in the same session ----
BEGIN;
\set doc '一、2023年计划执行情况\n全区建立家庭病床300张，医疗床位5000张，社区食堂达到45个，床位总量6000张。\n'
SELECT subject, indicator FROM luohuplan.extract(E:'doc') ORDER BY seq;

-- a name of a user's own, and a user's alias over a shipped name (家庭病床)
INSERT INTO luohuplan.indicators (code, name_zh, aliases, name_en)
VALUES ('community_canteens', '社区食堂', '{长者食堂}', 'Community canteens'),
       ('home_care_beds', '家庭照护床位', '{家庭病床}', 'Home-care beds');
SELECT subject, indicator FROM luohuplan.extract(E:'doc') ORDER BY seq;

-- a shipped row a user takes over (user_defined): its new alias counts
UPDATE luohuplan.indicators SET aliases = aliases || '{床位总量}'::text[], user_defined = true
 WHERE code = 'hospital_beds';
SELECT subject, indicator FROM luohuplan.extract(E:'doc') ORDER BY seq;

-- ingest stores the user's codes; after the row is deleted, reextract forgets them
SELECT luohuplan.ingest(convert_to(E:'doc', 'UTF8'), 'catalogue-test.txt') AS id \gset
SELECT subject, indicator FROM luohuplan.facts WHERE report_id = :id ORDER BY seq;
DELETE FROM luohuplan.indicators WHERE code = 'home_care_beds';
SELECT luohuplan.reextract(:id) > 0 AS reextracted;
SELECT subject, indicator FROM luohuplan.facts WHERE report_id = :id ORDER BY seq;

-- a user's region: report_meta and ingest find it
\set rdoc '前海合作区2023年国民经济和社会发展计划执行情况的报告\n\n一、2023年计划执行情况\n全区地区生产总值增长5%。\n'
SELECT region, region_code FROM luohuplan.report_meta(E:'rdoc');
INSERT INTO luohuplan.regions (name, code, short_name, level, parent_code)
VALUES ('前海合作区', NULL, '前海', 'new_area', '440300');
SELECT region, region_code FROM luohuplan.report_meta(E:'rdoc');
SELECT luohuplan.ingest(convert_to(E:'rdoc', 'UTF8'), 'qianhai-test.txt') AS rid \gset
SELECT region FROM luohuplan.reports WHERE report_id = :rid;
ROLLBACK;

-- the rollback took the rows away: shipped names again
SELECT subject, indicator FROM luohuplan.extract(E:'doc') ORDER BY seq;
SELECT region, region_code FROM luohuplan.report_meta(E:'rdoc');
