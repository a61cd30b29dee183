-- luohuplan.regions: the rows shipped from src/data/regions.tsv (every
-- province, prefecture-level and county-level division, GB/T 2260 codes of
-- 2023, and Shenzhen's two functional new areas without code)
SELECT count(*) AS n, count(code) AS with_code, count(*) FILTER (WHERE user_defined) AS user_rows
  FROM luohuplan.regions;
SELECT level, count(*) FROM luohuplan.regions GROUP BY level ORDER BY level;

-- a few known codes, with their parents
SELECT name, code, short_name, level, parent_code FROM luohuplan.regions
 WHERE code IN ('110000', '110105', '220104', '310115', '440106', '440303', '440606',
                '222400', '429021', '500000', '500101', '659001')
 ORDER BY code;

-- names shared by several regions are unique under their parent
SELECT name, count(*), string_agg(code, ',' ORDER BY code) AS codes
  FROM luohuplan.regions WHERE name IN ('朝阳区', '鼓楼区', '南山区') GROUP BY name ORDER BY name;

-- every parent is a row; provinces have none
SELECT count(*) AS orphans FROM luohuplan.regions AS r
 WHERE r.parent_code IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM luohuplan.regions AS p WHERE p.code = r.parent_code);
SELECT count(*) AS provinces_with_parent FROM luohuplan.regions
 WHERE level = 'province' AND parent_code IS NOT NULL;

-- users add rows (user_defined by default); the same name under another parent is fine,
-- twice under the same parent is not
BEGIN;
INSERT INTO luohuplan.regions (name, code, short_name, level, parent_code)
VALUES ('前海合作区', NULL, '前海', 'new_area', '440300');
SELECT name, user_defined FROM luohuplan.regions WHERE name = '前海合作区';
INSERT INTO luohuplan.regions (name, code, short_name, level, parent_code)
VALUES ('罗湖区', NULL, '罗湖', 'new_area', '440300');
ROLLBACK;

-- the metadata inference knows the same regions
SELECT region, region_code, year, kind
  FROM luohuplan.report_meta(E'政府工作报告\n——2024年1月10日在佛山市顺德区第十七届人民代表大会第四次会议上\n\n一、2023年工作回顾\n全区地区生产总值增长5%。\n');

-- fact_values fills a missing code by name only where the name is unique
BEGIN;
SELECT luohuplan.ingest(convert_to(E'2023年经济运行情况\n地区生产总值增长5%。\n', 'UTF8'), 'a.txt', '{"region": "福田区"}') IS NOT NULL AS a,
       luohuplan.ingest(convert_to(E'2023年经济运行情况\n地区生产总值增长6%。\n', 'UTF8'), 'b.txt', '{"region": "南山区"}') IS NOT NULL AS b;
SELECT DISTINCT source, region, region_code FROM luohuplan.fact_values ORDER BY source;
ROLLBACK;
