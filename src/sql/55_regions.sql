-- ---------------------------------------------------------------------
-- Regions: the reference table of administrative divisions the reports
-- are about, with their GB/T 2260 codes.  The analysis views use it to
-- fill region_code when a report only names its region.  Its shipped rows
-- come from src/data/regions.tsv (the INSERT is generated at build time
-- by src/data/regions_sql.sh and follows this file in the install
-- script); the extractor's metadata inference embeds the same file, so
-- the two never disagree.  Users add rows (user_defined = true), which
-- pg_dump keeps, and which the metadata inference of every backend loads
-- like shipped rows (reloaded after the table changed: the trigger below).
-- A name is not unique across the country (朝阳区 is in 北京市 and in
-- 长春市): a name is unique under its parent.
-- ---------------------------------------------------------------------
CREATE TABLE @extschema@.regions (
    name         text NOT NULL,
    code         text UNIQUE,
    short_name   text NOT NULL,
    level        text NOT NULL
                 CHECK (level IN ('province', 'city', 'district', 'county', 'new_area')),
    parent_code  text REFERENCES @extschema@.regions (code),
    user_defined boolean NOT NULL DEFAULT true,
    pinyin       text,
    name_en      text,
    UNIQUE NULLS NOT DISTINCT (name, parent_code)
);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.regions', 'WHERE user_defined');
-- No column is non-null and unique (new areas have no code, provinces no
-- parent), so no primary key: the whole row identifies it to logical
-- replication (publications, and Citus moving the reference table's
-- copies to a worker added later, which refuses a table without).
ALTER TABLE @extschema@.regions REPLICA IDENTITY FULL;

COMMENT ON TABLE @extschema@.regions IS 'Administrative regions the reports are about: name, GB/T 2260 code, short name, level and parent. Ships every province, prefecture-level and county-level division of the mainland (GB/T 2260, 2023) and Shenzhen''s functional new areas; add rows (user_defined) for other areas.';
COMMENT ON COLUMN @extschema@.regions.name IS 'Full name as reports write it (罗湖区, 深圳市, 大鹏新区); what reports.region is matched against (a name found under several parents gives no code by name alone).';
COMMENT ON COLUMN @extschema@.regions.code IS 'GB/T 2260 administrative-division code (440303); NULL for functional new areas (大鹏新区, 深汕特别合作区), which have none.';
COMMENT ON COLUMN @extschema@.regions.short_name IS 'Name without the level suffix and ethnic designation (罗湖 for 罗湖区, 延边 for 延边朝鲜族自治州), as used in running text.';
COMMENT ON COLUMN @extschema@.regions.level IS 'province (省, 自治区, municipality), city (prefecture level: 市, 自治州, 地区, 盟), district (a county-level 区), county (县, 旗, county-level 市 and the like) or new_area (a functional area managed by a city, without a GB/T 2260 code).';
COMMENT ON COLUMN @extschema@.regions.parent_code IS 'code of the region this one belongs to or is managed by (440300 for the districts of Shenzhen), NULL for a province; the districts of a municipality and counties directly under a province hang from the province (110000 for 东城区).';
COMMENT ON COLUMN @extschema@.regions.pinyin IS 'Short name in Hanyu Pinyin without tones (Luohu, Xi''an), for readers and sorting; NULL when not known (rows users add may leave it out).';
COMMENT ON COLUMN @extschema@.regions.name_en IS 'English name: pinyin and the English of the level (Luohu District, Shenzhen City, Guangdong Province, Beijing Municipality, Xinjiang Uygur Autonomous Region).';
COMMENT ON COLUMN @extschema@.regions.user_defined IS 'False for rows shipped with the extension; true for rows users add (kept by pg_dump).';

CREATE TRIGGER regions_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON @extschema@.regions FOR EACH STATEMENT
    EXECUTE FUNCTION @extschema@.catalogue_changed();
COMMENT ON TRIGGER regions_changed ON @extschema@.regions IS
'Tells every backend to reload the user rows of luohuplan.regions (luohuplan.catalogue_changed).';
