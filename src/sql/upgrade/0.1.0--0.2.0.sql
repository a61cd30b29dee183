-- luohuplan 0.1.0 -> 0.2.0.  The shared library is new (faster extraction,
-- smaller facts in memory, Chinese-digit years, inline target lists, year
-- ranges for 年均 rates, regions of the whole mainland).  regions ships
-- every province, city and county, whose names are not unique (朝阳区 is
-- in 北京市 and 长春市): its key becomes (name, parent_code), and
-- fact_values fills a code by name only where the name is unique.  The
-- reference rows the extension ships are refreshed at the end of the script.
\echo Use "ALTER EXTENSION luohuplan UPDATE TO '0.2.0'" to load this file. \quit


ALTER TABLE @extschema@.regions DROP CONSTRAINT regions_pkey;
ALTER TABLE @extschema@.regions
  ADD CONSTRAINT regions_name_parent_code_key UNIQUE NULLS NOT DISTINCT (name, parent_code);
COMMENT ON TABLE @extschema@.regions IS 'Administrative regions the reports are about: name, GB/T 2260 code, short name, level and parent. Ships every province, prefecture-level and county-level division of the mainland (GB/T 2260, 2023) and Shenzhen''s functional new areas; add rows (user_defined) for other areas.';
COMMENT ON COLUMN @extschema@.regions.name IS 'Full name as reports write it (罗湖区, 深圳市, 大鹏新区); what reports.region is matched against (a name found under several parents gives no code by name alone).';
COMMENT ON COLUMN @extschema@.regions.code IS 'GB/T 2260 administrative-division code (440303); NULL for functional new areas (大鹏新区, 深汕特别合作区), which have none.';
COMMENT ON COLUMN @extschema@.regions.short_name IS 'Name without the level suffix and ethnic designation (罗湖 for 罗湖区, 延边 for 延边朝鲜族自治州), as used in running text.';
COMMENT ON COLUMN @extschema@.regions.level IS 'province (省, 自治区, municipality), city (prefecture level: 市, 自治州, 地区, 盟), district (a county-level 区), county (县, 旗, county-level 市 and the like) or new_area (a functional area managed by a city, without a GB/T 2260 code).';
COMMENT ON COLUMN @extschema@.regions.parent_code IS 'code of the region this one belongs to or is managed by (440300 for the districts of Shenzhen), NULL for a province; the districts of a municipality and counties directly under a province hang from the province (110000 for 东城区).';
COMMENT ON COLUMN @extschema@.regions.user_defined IS 'False for rows shipped with the extension; true for rows users add (kept by pg_dump).';

CREATE OR REPLACE VIEW @extschema@.fact_values AS
SELECT f.report_id,
       f.seq,
       r.source,
       r.region,
       COALESCE(r.region_code, g.code) AS region_code,
       r.year AS report_year,
       r.loaded_at,
       f.section,
       f.period,
       @extschema@.period_start(f.period) AS period_start,
       @extschema@.period_end(f.period) AS period_end,
       f.status,
       f.subject,
       f.indicator,
       f.measure,
       f.value,
       f.value_hi,
       f.unit,
       f.qualifier,
       COALESCE(f.base_value, f.value) AS base_value,
       COALESCE(f.base_value_hi, f.value_hi) AS base_value_hi,
       COALESCE(f.base_unit, f.unit) AS base_unit,
       f.headline,
       f.like_for_like,
       f.evidence
  FROM @extschema@.facts AS f
  JOIN @extschema@.reports AS r ON r.report_id = f.report_id
  -- by name only where the name is unique (朝阳区 is in 北京市 and 长春市)
  LEFT JOIN (SELECT name, pg_catalog.min(code) AS code FROM @extschema@.regions
              GROUP BY name HAVING pg_catalog.count(*) = 1) AS g ON g.name = r.region
 WHERE f.value IS NOT NULL;
