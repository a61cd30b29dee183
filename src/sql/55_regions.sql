-- ---------------------------------------------------------------------
-- Regions: the reference table of administrative divisions the reports
-- are about, with their GB/T 2260 codes.  The analysis views use it to
-- fill region_code when a report only names its region.  The extractor's
-- metadata inference keeps its own copy of these names; this table is the
-- reference.  Users add rows (user_defined = true), which pg_dump keeps.
-- ---------------------------------------------------------------------
CREATE TABLE @extschema@.regions (
    name         text PRIMARY KEY,
    code         text UNIQUE,
    short_name   text NOT NULL,
    level        text NOT NULL
                 CHECK (level IN ('province', 'city', 'district', 'county', 'new_area')),
    parent_code  text REFERENCES @extschema@.regions (code),
    user_defined boolean NOT NULL DEFAULT true
);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.regions', 'WHERE user_defined');

COMMENT ON TABLE @extschema@.regions IS 'Administrative regions the reports are about: name, GB/T 2260 code, short name, level and parent. Ships Guangdong, its 21 cities and Shenzhen''s districts and new areas; add rows (user_defined) for other regions.';
COMMENT ON COLUMN @extschema@.regions.name IS 'Full name as reports write it (罗湖区, 深圳市, 大鹏新区); the key reports.region is matched against.';
COMMENT ON COLUMN @extschema@.regions.code IS 'GB/T 2260 administrative-division code (440303); NULL for functional new areas (大鹏新区, 深汕特别合作区), which have none.';
COMMENT ON COLUMN @extschema@.regions.short_name IS 'Name without the level suffix (罗湖 for 罗湖区), as used in running text.';
COMMENT ON COLUMN @extschema@.regions.level IS 'province, city, district, county or new_area (a functional area managed by a city, without a GB/T 2260 code).';
COMMENT ON COLUMN @extschema@.regions.parent_code IS 'code of the region this one belongs to or is managed by (440300 for the districts of Shenzhen), NULL for a province.';
COMMENT ON COLUMN @extschema@.regions.user_defined IS 'False for rows shipped with the extension; true for rows users add (kept by pg_dump).';

INSERT INTO @extschema@.regions (name, code, short_name, level, parent_code, user_defined) VALUES
    ('广东省', '440000', '广东', 'province', NULL, false),
    ('广州市', '440100', '广州', 'city', '440000', false),
    ('韶关市', '440200', '韶关', 'city', '440000', false),
    ('深圳市', '440300', '深圳', 'city', '440000', false),
    ('珠海市', '440400', '珠海', 'city', '440000', false),
    ('汕头市', '440500', '汕头', 'city', '440000', false),
    ('佛山市', '440600', '佛山', 'city', '440000', false),
    ('江门市', '440700', '江门', 'city', '440000', false),
    ('湛江市', '440800', '湛江', 'city', '440000', false),
    ('茂名市', '440900', '茂名', 'city', '440000', false),
    ('肇庆市', '441200', '肇庆', 'city', '440000', false),
    ('惠州市', '441300', '惠州', 'city', '440000', false),
    ('梅州市', '441400', '梅州', 'city', '440000', false),
    ('汕尾市', '441500', '汕尾', 'city', '440000', false),
    ('河源市', '441600', '河源', 'city', '440000', false),
    ('阳江市', '441700', '阳江', 'city', '440000', false),
    ('清远市', '441800', '清远', 'city', '440000', false),
    ('东莞市', '441900', '东莞', 'city', '440000', false),
    ('中山市', '442000', '中山', 'city', '440000', false),
    ('潮州市', '445100', '潮州', 'city', '440000', false),
    ('揭阳市', '445200', '揭阳', 'city', '440000', false),
    ('云浮市', '445300', '云浮', 'city', '440000', false),
    ('罗湖区', '440303', '罗湖', 'district', '440300', false),
    ('福田区', '440304', '福田', 'district', '440300', false),
    ('南山区', '440305', '南山', 'district', '440300', false),
    ('宝安区', '440306', '宝安', 'district', '440300', false),
    ('龙岗区', '440307', '龙岗', 'district', '440300', false),
    ('盐田区', '440308', '盐田', 'district', '440300', false),
    ('龙华区', '440309', '龙华', 'district', '440300', false),
    ('坪山区', '440310', '坪山', 'district', '440300', false),
    ('光明区', '440311', '光明', 'district', '440300', false),
    -- functional areas: no GB/T 2260 code of their own.  深汕特别合作区
    -- lies in 汕尾 but is run by Shenzhen, hence its parent.
    ('大鹏新区', NULL, '大鹏', 'new_area', '440300', false),
    ('深汕特别合作区', NULL, '深汕', 'new_area', '440300', false);
