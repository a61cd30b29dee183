-- luohuplan install script, assembled from src/sql/*.sql in name order.
\echo Use "CREATE EXTENSION luohuplan" to load this file. \quit

-- ---------------------------------------------------------------------
-- Reports: raw bytes exactly as received, the decoded text, the cleaned
-- text the facts point into, and metadata inferred from the report.
-- report_id is derived from sha256(raw): the same bytes always get the
-- same id, no sequence is involved (safe to distribute on Citus).
-- ---------------------------------------------------------------------
CREATE TABLE @extschema@.reports (
    report_id   bigint PRIMARY KEY,
    source      text NOT NULL,
    raw         bytea NOT NULL,
    sha256      bytea NOT NULL,
    encoding    text NOT NULL,
    body        text NOT NULL,
    clean       text NOT NULL,
    title       text,
    region      text,
    region_code text,
    year        integer,
    period      text,
    kind        text,
    n_replaced  bigint NOT NULL DEFAULT 0,
    loaded_at   timestamptz NOT NULL DEFAULT pg_catalog.now()
);
CREATE INDEX reports_source_idx ON @extschema@.reports (source);
CREATE INDEX reports_sha256_idx ON @extschema@.reports (sha256);

COMMENT ON TABLE @extschema@.reports IS 'One row per distinct report loaded with luohuplan.ingest: the raw bytes as received, the decoded and the cleaned text, and inferred metadata.';
COMMENT ON COLUMN @extschema@.reports.report_id IS 'Report key, derived from the first 63 bits of sha256(raw); the same bytes always get the same id.';
COMMENT ON COLUMN @extschema@.reports.source IS 'Name the report was loaded under (file name, URL), as given to ingest.';
COMMENT ON COLUMN @extschema@.reports.raw IS 'The bytes exactly as received, bit for bit.';
COMMENT ON COLUMN @extschema@.reports.sha256 IS 'SHA-256 of raw. report_id is derived from it, so the same bytes are stored once.';
COMMENT ON COLUMN @extschema@.reports.encoding IS 'Encoding raw was decoded from (UTF-8, GBK, GB18030, BIG5, UTF-16LE, ...).';
COMMENT ON COLUMN @extschema@.reports.body IS 'The decoded text (UTF-8, BOM dropped), otherwise unchanged.';
COMMENT ON COLUMN @extschema@.reports.clean IS 'body after luohuplan.normalize: same lines, repaired and simplified; facts point into it.';
COMMENT ON COLUMN @extschema@.reports.title IS 'Report title inferred from its first lines.';
COMMENT ON COLUMN @extschema@.reports.region IS 'Administrative region the report is about (罗湖区), inferred or given in meta.';
COMMENT ON COLUMN @extschema@.reports.region_code IS 'GB/T 2260 administrative-division code of region (440303).';
COMMENT ON COLUMN @extschema@.reports.year IS 'Year the report reviews.';
COMMENT ON COLUMN @extschema@.reports.period IS 'Period the report reviews: 2021, 2023H1, 2016Q1.';
COMMENT ON COLUMN @extschema@.reports.kind IS 'plan_execution, work_report, news or statistics.';
COMMENT ON COLUMN @extschema@.reports.n_replaced IS 'Bytes that could not be decoded and became U+FFFD (0 unless loaded with on_error replace).';
COMMENT ON COLUMN @extschema@.reports.loaded_at IS 'When the report was first loaded.';

-- ---------------------------------------------------------------------
-- Facts: one row per quantity mention (and per qualitative headline line).
-- ---------------------------------------------------------------------
CREATE TABLE @extschema@.facts (
    report_id     bigint NOT NULL REFERENCES @extschema@.reports ON DELETE CASCADE,
    seq           integer NOT NULL,
    line          integer NOT NULL,
    span_start    integer NOT NULL,
    span_end      integer NOT NULL,
    evidence      text NOT NULL,
    section       text,
    period        text,
    status        text NOT NULL,
    subject       text,
    indicator     text,
    measure       text NOT NULL,
    value         numeric,
    value_hi      numeric,
    unit          text,
    qualifier     text,
    base_value    numeric,
    base_value_hi numeric,
    base_unit     text,
    headline      boolean NOT NULL DEFAULT false,
    like_for_like boolean NOT NULL DEFAULT false,
    PRIMARY KEY (report_id, seq)
);
CREATE INDEX facts_indicator_idx ON @extschema@.facts (indicator, period);

COMMENT ON TABLE @extschema@.facts IS 'Every quantity mention of every report, with what it measures, its period, status and provenance.';
COMMENT ON COLUMN @extschema@.facts.report_id IS 'Report the fact was read from (luohuplan.reports).';
COMMENT ON COLUMN @extschema@.facts.seq IS 'Order of the fact within its report, from 1.';
COMMENT ON COLUMN @extschema@.facts.line IS '1-based line of the report text (same in body and clean).';
COMMENT ON COLUMN @extschema@.facts.span_start IS '0-based character offset in the clean line where the mention starts.';
COMMENT ON COLUMN @extschema@.facts.span_end IS 'Character offset in the clean line just past the mention.';
COMMENT ON COLUMN @extschema@.facts.evidence IS 'The clause the fact was read from.';
COMMENT ON COLUMN @extschema@.facts.section IS 'Heading of the section the fact stands in.';
COMMENT ON COLUMN @extschema@.facts.period IS 'Period the value is for: 2021, 2023H1, 2016Q1.';
COMMENT ON COLUMN @extschema@.facts.status IS 'actual (a result), target (a goal) or estimate (预计).';
COMMENT ON COLUMN @extschema@.facts.subject IS 'What is measured, as named in the text (simplified Chinese).';
COMMENT ON COLUMN @extschema@.facts.indicator IS 'Canonical indicator code (luohuplan.indicators), NULL when the subject is not a known indicator.';
COMMENT ON COLUMN @extschema@.facts.measure IS 'level, growth, share, change, rank, plan_completion or qualitative.';
COMMENT ON COLUMN @extschema@.facts.value IS 'The number as stated, in unit (428.88 for 428.88亿元); negative for 下降.';
COMMENT ON COLUMN @extschema@.facts.value_hi IS 'Upper end of a range (1-2个 gives 2), else NULL.';
COMMENT ON COLUMN @extschema@.facts.unit IS 'Unit as written, simplified (亿元, %, 万平方米).';
COMMENT ON COLUMN @extschema@.facts.qualifier IS 'eq, approx (左右, 约), ge (以上), gt (超), le (以内), lt (不足) or range.';
COMMENT ON COLUMN @extschema@.facts.base_value IS 'value folded to base_unit (428.88亿元 gives 42888000000).';
COMMENT ON COLUMN @extschema@.facts.base_value_hi IS 'value_hi folded to base_unit.';
COMMENT ON COLUMN @extschema@.facts.base_unit IS 'Base unit with the magnitude removed (元, 个, 平方米, %).';
COMMENT ON COLUMN @extschema@.facts.headline IS 'True for the report''s main indicators (its summary lists of results and targets).';
COMMENT ON COLUMN @extschema@.facts.like_for_like IS 'True when the growth is stated like for like (同口径, 剔除不可比因素).';

-- ---------------------------------------------------------------------
-- Indicators: canonical codes with names and aliases.  Rows shipped with
-- the extension come from src/data/indicators.tsv; users add their own
-- (user_defined = true), which pg_dump keeps.
-- ---------------------------------------------------------------------
CREATE TABLE @extschema@.indicators (
    code         text PRIMARY KEY,
    name_zh      text NOT NULL,
    aliases      text[] NOT NULL DEFAULT '{}',
    name_en      text NOT NULL,
    default_unit text,
    nbs_name     text,
    user_defined boolean NOT NULL DEFAULT true
);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.indicators', 'WHERE user_defined');

COMMENT ON TABLE @extschema@.indicators IS 'Canonical indicators: code, Chinese name, aliases, English name, default unit, National Bureau of Statistics name. Add rows (user_defined) to teach luohuplan new indicators.';
COMMENT ON COLUMN @extschema@.indicators.code IS 'Canonical code (gdp, retail_sales, ...), used in facts.indicator.';
COMMENT ON COLUMN @extschema@.indicators.name_zh IS 'Chinese name.';
COMMENT ON COLUMN @extschema@.indicators.aliases IS 'Other names the reports use for it.';
COMMENT ON COLUMN @extschema@.indicators.name_en IS 'English name.';
COMMENT ON COLUMN @extschema@.indicators.default_unit IS 'Unit the indicator is usually stated in.';
COMMENT ON COLUMN @extschema@.indicators.nbs_name IS 'Name used by the National Bureau of Statistics.';
COMMENT ON COLUMN @extschema@.indicators.user_defined IS 'False for rows shipped with the extension; true for rows users add (kept by pg_dump).';
-- generated from src/data/indicators.tsv by src/data/indicators_sql.sh
INSERT INTO @extschema@.indicators (code, name_zh, aliases, name_en, default_unit, nbs_name, user_defined) VALUES
  ('gdp', '地区生产总值', '{"GDP","本地区生产总值","区属地区生产总值","全市生产总值","全区生产总值","全省生产总值","国内生产总值","生产总值","经济总量"}', 'Gross regional product', '亿元', '地区生产总值', false),
  ('gdp_per_capita', '人均地区生产总值', '{"人均GDP","人均生产总值"}', 'GRP per capita', '元', '人均地区生产总值', false),
  ('retail_sales', '社会消费品零售总额', '{"社零总额","社消零","社会消费品零售额","社零"}', 'Total retail sales of consumer goods', '亿元', '社会消费品零售总额', false),
  ('fixed_asset_investment', '固定资产投资', '{"全社会固定资产投资","固投","固定资产投资额"}', 'Fixed-asset investment', '亿元', '固定资产投资（不含农户）', false),
  ('industrial_va', '规模以上工业增加值', '{"规上工业增加值","规上工业","规模以上工业","工业增加值"}', 'Value added of industry above designated size', '亿元', '规模以上工业增加值', false),
  ('industrial_output', '规模以上工业总产值', '{"规上工业总产值","工业总产值"}', 'Gross industrial output above designated size', '亿元', '规模以上工业总产值', false),
  ('budget_revenue', '一般公共预算收入', '{"地方一般公共预算收入","公共财政预算收入","地方公共财政预算收入","一般预算收入","公共预算收入","地方级一般公共预算收入","区级一般公共预算收入"}', 'General public budget revenue', '亿元', '一般公共预算收入', false),
  ('budget_expenditure', '一般公共预算支出', '{"地方一般公共预算支出","公共财政预算支出","一般预算支出","财政支出","公共预算支出"}', 'General public budget expenditure', '亿元', '一般公共预算支出', false),
  ('tax_revenue', '税收收入', '{"税收总额","全口径税收","税收"}', 'Tax revenue', '亿元', '税收收入', false),
  ('livelihood_spending', '民生支出', '{"九大类民生支出","民生类支出"}', 'Spending on people''s livelihood', '亿元', '民生支出', false),
  ('disposable_income', '居民人均可支配收入', '{"人均可支配收入","全体居民人均可支配收入"}', 'Per capita disposable income', '元', '居民人均可支配收入', false),
  ('urban_disposable_income', '城镇居民人均可支配收入', '{"城镇常住居民人均可支配收入","城市居民人均可支配收入","城居民人均可支配收入"}', 'Per capita disposable income of urban residents', '元', '城镇居民人均可支配收入', false),
  ('rural_disposable_income', '农村居民人均可支配收入', '{"农村常住居民人均可支配收入","农民人均纯收入","乡居民人均可支配收入"}', 'Per capita disposable income of rural residents', '元', '农村居民人均可支配收入', false),
  ('unemployment_rate', '城镇登记失业率', '{"城镇居民登记失业率","登记失业率","城镇调查失业率","调查失业率","失业率"}', 'Registered urban unemployment rate', '%', '城镇登记失业率', false),
  ('new_jobs', '城镇新增就业', '{"新增就业","新增就业人数","城镇新增就业人数","城镇就业","城镇就业人数","新增城镇就业"}', 'New urban jobs', '人', '城镇新增就业人数', false),
  ('land_per_gdp', '万元GDP建设用地', '{"万元GDP建设用地面积","单位GDP建设用地","万元地区生产总值建设用地"}', 'Construction land per 10,000 yuan of GDP', '%', '单位GDP建设用地', false),
  ('water_per_gdp', '万元GDP水耗', '{"万元GDP用水量","单位GDP水耗","万元地区生产总值水耗","万元GDP耗水"}', 'Water use per 10,000 yuan of GDP', '%', '万元地区生产总值用水量', false),
  ('power_per_gdp', '万元GDP电耗', '{"单位GDP电耗","万元地区生产总值电耗","万元GDP用电量"}', 'Electricity use per 10,000 yuan of GDP', '%', '万元地区生产总值电耗', false),
  ('energy_per_gdp', '万元GDP能耗', '{"单位GDP能耗","万元地区生产总值能耗","单位地区生产总值能耗","能耗强度"}', 'Energy use per 10,000 yuan of GDP', '%', '单位地区生产总值能耗', false),
  ('energy_saving', '节能减排', '{"节能减排指标","节能减排任务"}', 'Energy saving and emission reduction', '%', '节能减排', false),
  ('energy_consumption', '能耗总量和强度', '{"能源消费总量","能耗总量","能耗双控"}', 'Total energy consumption and intensity', '万吨标准煤', '能源消费总量', false),
  ('carbon_per_gdp', '单位GDP二氧化碳排放', '{"碳排放强度","单位地区生产总值二氧化碳排放"}', 'CO2 emissions per unit of GDP', '%', '单位地区生产总值二氧化碳排放', false),
  ('strategic_emerging_va', '战略性新兴产业增加值', '{"战略性新兴产业","战新产业增加值","战新产业"}', 'Value added of strategic emerging industries', '亿元', '战略性新兴产业增加值', false),
  ('finance_va', '金融业增加值', '{"金融业"}', 'Value added of finance', '亿元', '金融业增加值', false),
  ('commerce_va', '商贸业增加值', '{"批发和零售业增加值","商贸业"}', 'Value added of trade and commerce', '亿元', '批发和零售业增加值', false),
  ('modern_services_va', '现代服务业增加值', '{"现代服务业"}', 'Value added of modern services', '亿元', '现代服务业增加值', false),
  ('services_va', '第三产业增加值', '{"服务业增加值","第三产业"}', 'Value added of the tertiary sector', '亿元', '第三产业增加值', false),
  ('secondary_va', '第二产业增加值', '{"第二产业"}', 'Value added of the secondary sector', '亿元', '第二产业增加值', false),
  ('primary_va', '第一产业增加值', '{"第一产业","农业增加值"}', 'Value added of the primary sector', '亿元', '第一产业增加值', false),
  ('construction_va', '建筑业增加值', '{"建筑业总产值","建筑业"}', 'Value added of construction', '亿元', '建筑业增加值', false),
  ('real_estate_va', '房地产业增加值', '{"房地产业"}', 'Value added of real estate', '亿元', '房地产业增加值', false),
  ('digital_economy_va', '数字经济核心产业增加值', '{"数字经济增加值","数字经济核心产业"}', 'Value added of core digital-economy industries', '亿元', '数字经济核心产业增加值', false),
  ('high_tech_output', '高新技术产品产值', '{"高新技术产业产值","高新技术产品产值","高技术制造业增加值"}', 'High-tech output', '亿元', '高新技术产品产值', false),
  ('trade_total', '进出口总额', '{"外贸进出口总额","货物进出口总额","外贸进出口","进出口"}', 'Total imports and exports', '亿元', '货物进出口总额', false),
  ('export_total', '出口总额', '{"外贸出口总额","货物出口总额","出口"}', 'Exports', '亿元', '出口总额', false),
  ('import_total', '进口总额', '{"货物进口总额","进口"}', 'Imports', '亿元', '进口总额', false),
  ('foreign_investment', '实际使用外资', '{"实际利用外资","利用外资","实际使用外商直接投资"}', 'Foreign direct investment actually used', '亿美元', '实际使用外资金额', false),
  ('industrial_investment', '工业投资', '{"工业技改投资","工业固定资产投资"}', 'Industrial investment', '亿元', '工业投资', false),
  ('infrastructure_investment', '基础设施投资', '{"基建投资"}', 'Infrastructure investment', '亿元', '基础设施投资', false),
  ('real_estate_investment', '房地产开发投资', '{"房地产投资"}', 'Real-estate development investment', '亿元', '房地产开发投资', false),
  ('private_investment', '民间投资', '{"民间固定资产投资"}', 'Private investment', '亿元', '民间投资', false),
  ('cpi', '居民消费价格指数', '{"CPI","居民消费价格涨幅","物价涨幅","消费价格"}', 'Consumer price index', '%', '居民消费价格指数', false),
  ('ppi', '工业生产者出厂价格指数', '{"PPI"}', 'Producer price index', '%', '工业生产者出厂价格指数', false),
  ('population', '常住人口', '{"年末常住人口","常住人口总量","户籍人口"}', 'Resident population', '万人', '常住人口', false),
  ('urbanization_rate', '常住人口城镇化率', '{"城镇化率"}', 'Urbanisation rate', '%', '常住人口城镇化率', false),
  ('deposits', '金融机构本外币存款余额', '{"存款余额","本外币存款余额"}', 'Deposits of financial institutions', '亿元', '金融机构本外币各项存款余额', false),
  ('loans', '金融机构本外币贷款余额', '{"贷款余额","本外币贷款余额"}', 'Loans of financial institutions', '亿元', '金融机构本外币各项贷款余额', false),
  ('rd_intensity', '研究与试验发展经费投入强度', '{"R&D经费投入强度","研发投入强度","全社会研发投入占GDP比重","R&D投入强度"}', 'R&D spending as a share of GDP', '%', '研究与试验发展经费投入强度', false),
  ('rd_spending', '全社会研发投入', '{"研究与试验发展经费","R&D经费","研发经费","研发投入"}', 'R&D spending', '亿元', '研究与试验发展经费支出', false),
  ('high_tech_firms', '国家高新技术企业', '{"国家级高新技术企业","高新技术企业","国高企业","国高企"}', 'National high-tech enterprises', '家', '高新技术企业数', false),
  ('patents_per_10k', '每万人发明专利拥有量', '{"每万人口发明专利拥有量","每万人发明专利"}', 'Invention patents per 10,000 people', '件', '每万人口发明专利拥有量', false),
  ('market_entities', '商事主体', '{"市场主体","商事主体总量","新增商事主体"}', 'Registered market entities', '户', '市场主体数量', false),
  ('pm25', 'PM2.5年均浓度', '{"PM2.5平均浓度","PM2.5浓度","细颗粒物年均浓度","PM2.5"}', 'PM2.5 annual mean concentration', '微克/立方米', '细颗粒物(PM2.5)年均浓度', false),
  ('air_quality_rate', '空气质量优良天数比例', '{"空气优良率","空气质量优良率","优良天数比例","空气质量优良天数比率"}', 'Share of days with good air quality', '%', '空气质量优良天数比例', false),
  ('water_quality_rate', '优良水体比例', '{"断面优良水体比例","地表水优良比例","国考省考断面优良比例","优良河长比例","水质优良比例"}', 'Share of water sections of good quality', '%', '地表水水质优良比例', false),
  ('forest_coverage', '森林覆盖率', '{"绿化覆盖率","建成区绿化覆盖率"}', 'Forest coverage rate', '%', '森林覆盖率', false),
  ('school_places', '新增学位', '{"新增公办学位","新增义务教育学位","新增学前教育学位","学位"}', 'New school places', '个', '新增学位数', false),
  ('hospital_beds', '医疗床位', '{"病床","床位","医院床位"}', 'Hospital beds', '张', '医疗卫生机构床位数', false),
  ('elderly_beds', '养老床位', '{"新增养老床位"}', 'Beds for elderly care', '张', '养老床位数', false),
  ('public_housing', '公共住房', '{"建设筹集公共住房","保障性住房","保障房","人才住房","安居房"}', 'Public housing units', '套', '保障性住房', false),
  ('jobs_created', '就业岗位', '{"开发就业岗位","提供就业岗位","新增就业岗位"}', 'Jobs created', '个', '新增就业岗位', false),
  ('tourism_revenue', '旅游总收入', '{"旅游收入"}', 'Tourism revenue', '亿元', '旅游总收入', false),
  ('tourists', '接待游客', '{"游客接待量","接待游客人次","旅游人次"}', 'Tourist arrivals', '万人次', '接待游客人次', false),
  ('freight_volume', '货运量', '{"货物运输量"}', 'Freight volume', '万吨', '货运量', false),
  ('electricity_use', '全社会用电量', '{"用电量"}', 'Electricity consumption', '亿千瓦时', '全社会用电量', false),
  ('safety_accidents', '生产安全事故起数', '{"安全事故起数","事故起数"}', 'Work-safety accidents', '起', '生产安全事故起数', false),
  ('safety_deaths', '生产安全事故死亡人数', '{"事故死亡人数","死亡人数"}', 'Deaths in work-safety accidents', '人', '生产安全事故死亡人数', false);
-- ---------------------------------------------------------------------
-- Decoding: raw bytes in any encoding the reports come in to UTF-8 text.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.detect_encoding(raw bytea)
RETURNS TABLE (encoding text, confidence real)
AS 'MODULE_PATHNAME', 'luohuplan_detect_encoding'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 7;

COMMENT ON FUNCTION @extschema@.detect_encoding(bytea) IS 'Candidate encodings of raw bytes, best first, with a confidence 0..1: a BOM decides, valid UTF-8 wins, otherwise trial decodings of the first 64 kB (UTF-16LE/BE, GBK, GB18030, BIG5, BIG5-HKSCS) are scored by hanzi frequency.';

CREATE FUNCTION @extschema@.decode(raw bytea, encoding text DEFAULT 'auto',
                                   on_error text DEFAULT 'strict')
RETURNS text
AS 'MODULE_PATHNAME', 'luohuplan_decode'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.decode(bytea, text, text) IS 'Raw bytes as UTF-8 text (BOM dropped). encoding: auto or utf8, utf-16le, utf-16be, gbk (cp936, gb2312), gb18030, big5, big5-hkscs. on_error strict fails with 22021 naming the byte offset and line; replace puts U+FFFD for each bad sequence and raises a NOTICE with the count.';

CREATE FUNCTION @extschema@.decode_report(raw bytea, encoding text DEFAULT 'auto',
                                          on_error text DEFAULT 'strict')
RETURNS TABLE (body text, used_encoding text, n_replaced bigint)
AS 'MODULE_PATHNAME', 'luohuplan_decode_report'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1;

COMMENT ON FUNCTION @extschema@.decode_report(bytea, text, text) IS 'Like decode, as one row: the text, the encoding used and how many bad sequences were replaced with U+FFFD (no NOTICE).';
-- ---------------------------------------------------------------------
-- Normalisation: decoded text to clean simplified text with the same
-- lines, and the audit trail of every repair (src/core/lp_normalize.c).
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.normalize(doc text)
RETURNS text
AS 'MODULE_PATHNAME', 'lp_normalize_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.normalize(text) IS 'Clean decoded report text: repairs mojibake (GBK misalignment, UTF-8 read as GBK, GBK read as Latin-1, 锟斤拷), strips HTML, zero-width characters, pinyin glosses and page chrome, folds full-width digits and letters, turns 〇/○ in numbers into zeros and converts traditional to simplified characters (OpenCC t2s).  The result has exactly as many lines as the input: a dropped chrome line becomes an empty line.';

CREATE FUNCTION @extschema@.repairs(doc text)
RETURNS TABLE (kind text, line integer, before text, after text)
AS 'MODULE_PATHNAME', 'lp_repairs_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 100;

COMMENT ON FUNCTION @extschema@.repairs(text) IS 'Every change luohuplan.normalize makes to doc, in order: kind (width, html, zero_width, pinyin_gloss, gbk_shift, utf8_as_gbk, gbk_as_latin1, lost, t2s, zero_digit, chrome), 1-based line, the text before and after (after is empty for removals).';
-- ---------------------------------------------------------------------
-- Numerals: Chinese, Arabic and mixed numerals read as numbers.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.cn_number(numeral pg_catalog.text)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'lp_sql_cn_number'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.cn_number(pg_catalog.text) IS 'A bare numeral as a number: Chinese (三万五, 一千零十七, 壹佰), Arabic with thousands separators (1,100), mixed (4.4万, 13万2, 3万4000) and 百分之 forms (百分之十三点五 = 13.5); raises 22P02 for text that is not one numeral and 22003 for more digits than an amount can have (over 36).';
-- ---------------------------------------------------------------------
-- luohuplan.quantity: a quantity as Chinese reports write it ('428.88亿元',
-- '约20亿元', '1-2个', '6.0%左右', '不少于10场次', '3.5%以内', '超8亿元'),
-- kept exact: the written value and unit, the value folded to the base
-- unit, the qualifier and the dimension.  Glue: src/pg/pg_quantity*.c
-- (the on-disk and binary formats are described in pg_quantity.h/.c).
-- ---------------------------------------------------------------------
CREATE TYPE @extschema@.quantity;

CREATE FUNCTION @extschema@.quantity_in(pg_catalog.cstring)
    RETURNS @extschema@.quantity
    AS 'MODULE_PATHNAME', 'lpq_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_out(@extschema@.quantity)
    RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'lpq_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_recv(pg_catalog.internal)
    RETURNS @extschema@.quantity
    AS 'MODULE_PATHNAME', 'lpq_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_send(@extschema@.quantity)
    RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'lpq_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_analyze(pg_catalog.internal)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_analyze' LANGUAGE C VOLATILE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.quantity (
    INPUT = @extschema@.quantity_in,
    OUTPUT = @extschema@.quantity_out,
    RECEIVE = @extschema@.quantity_recv,
    SEND = @extschema@.quantity_send,
    ANALYZE = @extschema@.quantity_analyze,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);

COMMENT ON TYPE @extschema@.quantity IS 'A quantity as written in Chinese reports (428.88亿元, 约20亿元, 1-2个, 不少于10场次), stored exactly: written value and unit, value in the base unit, qualifier, dimension. Compares by base value within one dimension.';
COMMENT ON FUNCTION @extschema@.quantity_in(pg_catalog.cstring) IS 'Input function of quantity: parses 428.88亿元, 约20亿元, 1-2个, 6.0%左右; 22P02 on bad input.';
COMMENT ON FUNCTION @extschema@.quantity_out(@extschema@.quantity) IS 'Output function of quantity: the canonical text.';
COMMENT ON FUNCTION @extschema@.quantity_recv(pg_catalog.internal) IS 'Binary input of quantity: version 0, qualifier, seven length-prefixed UTF-8 fields; as strict as text input (22P03 otherwise).';
COMMENT ON FUNCTION @extschema@.quantity_send(@extschema@.quantity) IS 'Binary output of quantity: version 0, qualifier, seven length-prefixed UTF-8 fields.';
COMMENT ON FUNCTION @extschema@.quantity_analyze(pg_catalog.internal) IS 'ANALYZE support of quantity: null fraction, width and distinct count without comparing values, so columns mixing dimensions can be analysed.';

-- ---- accessors ----
CREATE FUNCTION @extschema@.value(q @extschema@.quantity) RETURNS pg_catalog.numeric
    AS 'MODULE_PATHNAME', 'lpq_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.value_hi(q @extschema@.quantity) RETURNS pg_catalog.numeric
    AS 'MODULE_PATHNAME', 'lpq_value_hi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.unit(q @extschema@.quantity) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'lpq_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.base_value(q @extschema@.quantity) RETURNS pg_catalog.numeric
    AS 'MODULE_PATHNAME', 'lpq_base_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.base_value_hi(q @extschema@.quantity) RETURNS pg_catalog.numeric
    AS 'MODULE_PATHNAME', 'lpq_base_value_hi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.base_unit(q @extschema@.quantity) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'lpq_base_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qualifier(q @extschema@.quantity) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'lpq_qualifier' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.dimension(q @extschema@.quantity) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'lpq_dimension' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.convert(q @extschema@.quantity, unit pg_catalog.text)
    RETURNS @extschema@.quantity
    AS 'MODULE_PATHNAME', 'lpq_convert' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.value(@extschema@.quantity) IS 'The number as written, in the written unit (428.88 for 428.88亿元; the lower end of a range).';
COMMENT ON FUNCTION @extschema@.value_hi(@extschema@.quantity) IS 'Upper end of a range as written (2 for 1-2个), NULL when there is none.';
COMMENT ON FUNCTION @extschema@.unit(@extschema@.quantity) IS 'The unit as written, simplified (亿元, %, 万平方米); NULL for a bare number.';
COMMENT ON FUNCTION @extschema@.base_value(@extschema@.quantity) IS 'The value folded to the base unit (42888000000 for 428.88亿元); the lower end of a range.';
COMMENT ON FUNCTION @extschema@.base_value_hi(@extschema@.quantity) IS 'Upper end of a range in the base unit, NULL when there is none.';
COMMENT ON FUNCTION @extschema@.base_unit(@extschema@.quantity) IS 'The base unit (元, 个, 平方米, %); NULL for a bare number.';
COMMENT ON FUNCTION @extschema@.qualifier(@extschema@.quantity) IS 'eq, approx (约, 左右), ge (不少于, 以上), gt (超), le (以内), lt (不足) or range (1-2个).';
COMMENT ON FUNCTION @extschema@.dimension(@extschema@.quantity) IS 'What the unit measures: money, area, count, percent, ...; NULL for a bare number.';
COMMENT ON FUNCTION @extschema@.convert(@extschema@.quantity, pg_catalog.text) IS 'The same quantity written in another unit of its dimension (428.88亿元 in 万元 is 4288800万元); exact unless the quotient does not terminate (then rounded once to 12 decimals). 22023 on a dimension mismatch, 22P02 on an unknown unit.';

-- ---- cast: the base value (lower end of a range, the bound of 超/不少于/以内) ----
CREATE CAST (@extschema@.quantity AS pg_catalog.numeric)
    WITH FUNCTION @extschema@.base_value(@extschema@.quantity);
COMMENT ON CAST (@extschema@.quantity AS pg_catalog.numeric) IS 'Explicit cast to the base value in the base unit (428.88亿元 gives 42888000000); for a range its lower end, for a bound (超8亿元, 3.5%以内) the bound.';

-- ---- comparison: base values within one dimension; ordering across
-- dimensions raises 22023, = across dimensions is false (see pg_quantity_ops.c) ----
CREATE FUNCTION @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'lpq_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_lt(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_le(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_eq(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_ne(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_ge(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_gt(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_hash(@extschema@.quantity)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'lpq_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_hash_extended(@extschema@.quantity, pg_catalog.int8)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'lpq_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity) IS 'Total order within one dimension: base unit, base value, upper base value (a point counts as its own), qualifier (eq < approx < ge < gt < le < lt < range); -1, 0 or 1; 22023 across dimensions.';
COMMENT ON FUNCTION @extschema@.quantity_lt(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity < quantity.';
COMMENT ON FUNCTION @extschema@.quantity_le(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity <= quantity.';
COMMENT ON FUNCTION @extschema@.quantity_eq(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity = quantity.';
COMMENT ON FUNCTION @extschema@.quantity_ne(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity <> quantity.';
COMMENT ON FUNCTION @extschema@.quantity_ge(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity >= quantity.';
COMMENT ON FUNCTION @extschema@.quantity_gt(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity > quantity.';
COMMENT ON FUNCTION @extschema@.quantity_hash(@extschema@.quantity) IS 'Hash of a quantity, consistent with = (428.88亿元 and 4288800万元 hash alike).';
COMMENT ON FUNCTION @extschema@.quantity_hash_extended(@extschema@.quantity, pg_catalog.int8) IS 'Seeded 64-bit hash of a quantity, consistent with =.';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);

COMMENT ON OPERATOR @extschema@.< (@extschema@.quantity, @extschema@.quantity) IS 'Less than, by base value within one dimension (2000万元 < 3亿元); 22023 across dimensions.';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.quantity, @extschema@.quantity) IS 'Less than or equal, by base value within one dimension; 22023 across dimensions.';
COMMENT ON OPERATOR @extschema@.= (@extschema@.quantity, @extschema@.quantity) IS 'Same amount (428.88亿元 = 4288800万元): same dimension, base unit, base values and qualifier; false, not an error, across dimensions.';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.quantity, @extschema@.quantity) IS 'Not the same amount; true, not an error, across dimensions.';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.quantity, @extschema@.quantity) IS 'Greater than or equal, by base value within one dimension; 22023 across dimensions.';
COMMENT ON OPERATOR @extschema@.> (@extschema@.quantity, @extschema@.quantity) IS 'Greater than, by base value within one dimension (3亿元 > 2000万元); 22023 across dimensions.';

CREATE OPERATOR CLASS @extschema@.quantity_ops
    DEFAULT FOR TYPE @extschema@.quantity USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity);
CREATE OPERATOR CLASS @extschema@.quantity_hash_ops
    DEFAULT FOR TYPE @extschema@.quantity USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.quantity_hash(@extschema@.quantity),
        FUNCTION 2 @extschema@.quantity_hash_extended(@extschema@.quantity, pg_catalog.int8);

COMMENT ON OPERATOR FAMILY @extschema@.quantity_ops USING btree IS 'B-tree ordering of quantities: base value within one dimension (see quantity_cmp).';
COMMENT ON OPERATOR CLASS @extschema@.quantity_ops USING btree IS 'Default b-tree operator class of quantity: indexes, ORDER BY, merge joins; a column mixing dimensions cannot be sorted or indexed (22023).';
COMMENT ON OPERATOR FAMILY @extschema@.quantity_hash_ops USING hash IS 'Hashing of quantities consistent with =.';
COMMENT ON OPERATOR CLASS @extschema@.quantity_hash_ops USING hash IS 'Default hash operator class of quantity: hash joins, hash aggregation, hash indexes.';

-- ---- min and max (same order; 22023 when a group mixes dimensions) ----
CREATE FUNCTION @extschema@.quantity_smaller(@extschema@.quantity, @extschema@.quantity)
    RETURNS @extschema@.quantity
    AS 'MODULE_PATHNAME', 'lpq_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_larger(@extschema@.quantity, @extschema@.quantity)
    RETURNS @extschema@.quantity
    AS 'MODULE_PATHNAME', 'lpq_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.quantity) (
    SFUNC = @extschema@.quantity_smaller, STYPE = @extschema@.quantity,
    COMBINEFUNC = @extschema@.quantity_smaller,
    SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.quantity) (
    SFUNC = @extschema@.quantity_larger, STYPE = @extschema@.quantity,
    COMBINEFUNC = @extschema@.quantity_larger,
    SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.quantity_smaller(@extschema@.quantity, @extschema@.quantity) IS 'The lesser of two quantities of one dimension (state function of min).';
COMMENT ON FUNCTION @extschema@.quantity_larger(@extschema@.quantity, @extschema@.quantity) IS 'The greater of two quantities of one dimension (state function of max).';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.quantity) IS 'Least quantity of a group, by base value; 22023 when the group mixes dimensions.';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.quantity) IS 'Greatest quantity of a group, by base value; 22023 when the group mixes dimensions.';

-- ---------------------------------------------------------------------
-- Structure, metadata and extraction (src/core/lp_sections.c, lp_meta.c,
-- lp_extract.c).  Each normalises its input first.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.extract(doc text, period text DEFAULT NULL)
RETURNS TABLE (seq integer, line integer, span_start integer, span_end integer,
               evidence text, section text, period text, status text,
               subject text, indicator text, measure text,
               value numeric, value_hi numeric, unit text, qualifier text,
               base_value numeric, base_value_hi numeric, base_unit text,
               headline boolean, like_for_like boolean)
AS 'MODULE_PATHNAME', 'luohuplan_extract'
LANGUAGE C IMMUTABLE PARALLEL SAFE CALLED ON NULL INPUT;
COMMENT ON FUNCTION @extschema@.extract(text, text) IS
'Every quantity mention of a report text as a fact (the facts columns without report_id): subject, indicator, measure, period, status, value, unit, qualifier, base value, line and span. period overrides the period the report reviews (default: inferred).';

CREATE FUNCTION @extschema@.sections(doc text)
RETURNS TABLE (level integer, numbering text, ordinal integer, heading text,
               line_start integer, line_end integer, role text, period text)
AS 'MODULE_PATHNAME', 'luohuplan_sections'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.sections(text) IS
'Heading structure of a report: level (1 一、, 2 （一）, 3 1., 4 （1）, 5 ①), numbering, ordinal, heading text, line range and role (review, targets, tasks, other); damaged headings are recognised by shape and sequence.';

CREATE FUNCTION @extschema@.report_meta(doc text)
RETURNS TABLE (title text, region text, region_code text, year integer, period text, kind text)
AS 'MODULE_PATHNAME', 'luohuplan_report_meta'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.report_meta(text) IS
'Metadata inferred from a report text: title, region and its GB/T 2260 code, year and period reviewed, kind (plan_execution, work_report, news, statistics).';

-- ---------------------------------------------------------------------
-- Loading: ingest stores a report and its facts in the caller's
-- transaction; the same bytes always give the same report_id.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.report_id_of(digest bytea) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN ('x' OPERATOR(pg_catalog.||) pg_catalog.substr(pg_catalog.encode(digest, 'hex'), 1, 16))::pg_catalog.bit(64)::bigint
       OPERATOR(pg_catalog.&) 9223372036854775807;
COMMENT ON FUNCTION @extschema@.report_id_of(bytea) IS
'Report id for a sha256 digest: its first 63 bits. Deterministic, so no sequence is needed and ids survive reloads.';

-- report_id is the key of reports and facts alike (colocated on Citus); ingest
-- derives it from sha256, which is what makes the same bytes one report, so
-- no unique index on sha256 alone is needed (Citus refuses one).

CREATE FUNCTION @extschema@.store_facts(id bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n integer;
BEGIN
    DELETE FROM @extschema@.facts f WHERE f.report_id OPERATOR(pg_catalog.=) id;
    INSERT INTO @extschema@.facts (report_id, seq, line, span_start, span_end, evidence,
           section, period, status, subject, indicator, measure, value, value_hi, unit,
           qualifier, base_value, base_value_hi, base_unit, headline, like_for_like)
    SELECT id, x.seq, x.line, x.span_start, x.span_end, x.evidence, x.section, x.period,
           x.status, x.subject, x.indicator, x.measure, x.value, x.value_hi, x.unit,
           x.qualifier, x.base_value, x.base_value_hi, x.base_unit, x.headline, x.like_for_like
      FROM @extschema@.reports r,
           LATERAL @extschema@.extract(r.clean, r.period) x
     WHERE r.report_id OPERATOR(pg_catalog.=) id;
    GET DIAGNOSTICS n = ROW_COUNT;
    -- indicators users added to luohuplan.indicators: a name or alias that ends the subject
    UPDATE @extschema@.facts f
       SET indicator = u.code
      FROM (SELECT i.code, a.alias
              FROM @extschema@.indicators i,
                   LATERAL pg_catalog.unnest(i.aliases OPERATOR(pg_catalog.||) i.name_zh) AS a(alias)
             WHERE i.user_defined) u
     WHERE f.report_id OPERATOR(pg_catalog.=) id
       AND f.indicator IS NULL
       AND f.subject IS NOT NULL
       AND pg_catalog.right(f.subject, pg_catalog.length(u.alias)) OPERATOR(pg_catalog.=) u.alias;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.store_facts(bigint) IS
'Replaces the facts of one stored report with a fresh extraction of its clean text. Used by ingest and reextract.';

CREATE FUNCTION @extschema@.ingest(raw bytea, source text, meta jsonb DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    digest bytea;
    id bigint;
    d record;
    m record;
    cleaned text;
BEGIN
    IF raw IS NULL OR source IS NULL THEN
        RAISE EXCEPTION 'luohuplan.ingest needs the raw bytes and a source name'
              USING ERRCODE = 'null_value_not_allowed';
    END IF;
    digest := pg_catalog.sha256(raw);
    SELECT r.report_id INTO id FROM @extschema@.reports r
     WHERE r.sha256 OPERATOR(pg_catalog.=) digest;
    IF FOUND THEN
        RETURN id;
    END IF;

    SELECT * INTO d FROM @extschema@.decode_report(raw, COALESCE(meta ->> 'encoding', 'auto'), 'strict');
    cleaned := @extschema@.normalize(d.body);
    SELECT * INTO m FROM @extschema@.report_meta(cleaned);
    id := @extschema@.report_id_of(digest);

    INSERT INTO @extschema@.reports (report_id, source, raw, sha256, encoding, body, clean,
                title, region, region_code, year, period, kind, n_replaced)
    VALUES (id, source, raw, digest, d.used_encoding, d.body, cleaned,
            COALESCE(meta ->> 'title', m.title),
            COALESCE(meta ->> 'region', m.region),
            CASE WHEN meta ? 'region' AND NOT meta ? 'region_code' THEN NULL
                 ELSE COALESCE(meta ->> 'region_code', m.region_code) END,
            COALESCE((meta ->> 'year')::integer, pg_catalog.substr(meta ->> 'period', 1, 4)::integer, m.year),
            COALESCE(meta ->> 'period', m.period),
            COALESCE(meta ->> 'kind', m.kind),
            d.n_replaced)
    ON CONFLICT (report_id) DO NOTHING;
    IF NOT FOUND THEN
        -- another session stored the same bytes first: its row wins
        SELECT r.report_id INTO id FROM @extschema@.reports r
         WHERE r.sha256 OPERATOR(pg_catalog.=) digest;
        RETURN id;
    END IF;
    PERFORM @extschema@.store_facts(id);
    RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.ingest(bytea, text, jsonb) IS
'Decodes (encoding detected), cleans and extracts a report and stores it with its facts in the caller''s transaction; returns the report id. The same bytes return the same id and add nothing. meta (jsonb) overrides inferred metadata: title, region, region_code, year, period, kind, encoding.';

CREATE FUNCTION @extschema@.reextract(id bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    m record;
BEGIN
    PERFORM 1 FROM @extschema@.reports r WHERE r.report_id OPERATOR(pg_catalog.=) id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no report with id %', id USING ERRCODE = 'no_data_found';
    END IF;
    UPDATE @extschema@.reports r SET clean = @extschema@.normalize(r.body)
     WHERE r.report_id OPERATOR(pg_catalog.=) id;
    RETURN @extschema@.store_facts(id);
END
$$;
COMMENT ON FUNCTION @extschema@.reextract(bigint) IS
'Re-cleans one stored report from its decoded text and replaces its facts atomically (after an upgrade of the extension); returns the number of facts.';

CREATE FUNCTION @extschema@.reextract() RETURNS bigint
LANGUAGE sql VOLATILE
BEGIN ATOMIC
    SELECT COALESCE(pg_catalog.sum(@extschema@.reextract(r.report_id)), 0)::bigint
      FROM @extschema@.reports r;
END;
COMMENT ON FUNCTION @extschema@.reextract() IS
'Re-extracts every stored report (see reextract(bigint)); returns the total number of facts.';

-- ---------------------------------------------------------------------
-- Headline indicators: the report's summary lists of results and targets
-- (or, in reposts without such a list, the sentences stating known
-- indicators); one row per report, period, status, indicator and measure.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.headline AS
SELECT DISTINCT ON (f.report_id, f.period, f.status, COALESCE(f.indicator, f.subject), f.measure)
       r.source, f.report_id, r.region, r.region_code, f.period, f.status,
       f.indicator, f.measure, f.value, f.value_hi, f.unit, f.qualifier,
       f.base_value, f.base_value_hi, f.base_unit, f.subject, f.line, f.evidence,
       f.like_for_like
  FROM @extschema@.facts f
  JOIN @extschema@.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
 WHERE f.headline
 ORDER BY f.report_id, f.period, f.status, COALESCE(f.indicator, f.subject), f.measure,
          f.like_for_like, f.line, f.seq;
COMMENT ON VIEW @extschema@.headline IS 'Headline indicators of each report: its summary lists of results and targets, one row per report, period, status, indicator and measure. Qualitative lines have measure qualitative and no value.';
COMMENT ON COLUMN @extschema@.headline.source IS 'Source name of the report.';
COMMENT ON COLUMN @extschema@.headline.report_id IS 'Report id (luohuplan.reports).';
COMMENT ON COLUMN @extschema@.headline.region IS 'Region the report is about.';
COMMENT ON COLUMN @extschema@.headline.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.headline.period IS 'Period of the value (2021, 2023H1).';
COMMENT ON COLUMN @extschema@.headline.status IS 'actual, target or estimate.';
COMMENT ON COLUMN @extschema@.headline.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN @extschema@.headline.measure IS 'level, growth, share, change, plan_completion or qualitative.';
COMMENT ON COLUMN @extschema@.headline.value IS 'Value as stated, in unit; negative for a decline.';
COMMENT ON COLUMN @extschema@.headline.value_hi IS 'Upper end of a range.';
COMMENT ON COLUMN @extschema@.headline.unit IS 'Unit as written.';
COMMENT ON COLUMN @extschema@.headline.qualifier IS 'eq, approx, ge, gt, le, lt or range.';
COMMENT ON COLUMN @extschema@.headline.base_value IS 'Value in the base unit.';
COMMENT ON COLUMN @extschema@.headline.base_value_hi IS 'Upper end in the base unit.';
COMMENT ON COLUMN @extschema@.headline.base_unit IS 'Base unit (元, %, 个).';
COMMENT ON COLUMN @extschema@.headline.subject IS 'What is measured, as named in the text.';
COMMENT ON COLUMN @extschema@.headline.line IS 'Line of the report the value was read from.';
COMMENT ON COLUMN @extschema@.headline.evidence IS 'The clause the value was read from.';
COMMENT ON COLUMN @extschema@.headline.like_for_like IS 'True for growth stated like for like (同口径).';
-- ---------------------------------------------------------------------
-- Regions: the reference table of administrative divisions the reports
-- are about, with their GB/T 2260 codes.  The analysis views use it to
-- fill region_code when a report only names its region.  Its shipped rows
-- come from src/data/regions.tsv (the INSERT is generated at build time
-- by src/data/regions_sql.sh and follows this file in the install
-- script); the extractor's metadata inference embeds the same file, so
-- the two never disagree.  Users add rows (user_defined = true), which
-- pg_dump keeps.  A name is not unique across the country (朝阳区 is in
-- 北京市 and in 长春市): a name is unique under its parent.
-- ---------------------------------------------------------------------
CREATE TABLE @extschema@.regions (
    name         text NOT NULL,
    code         text UNIQUE,
    short_name   text NOT NULL,
    level        text NOT NULL
                 CHECK (level IN ('province', 'city', 'district', 'county', 'new_area')),
    parent_code  text REFERENCES @extschema@.regions (code),
    user_defined boolean NOT NULL DEFAULT true,
    UNIQUE NULLS NOT DISTINCT (name, parent_code)
);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.regions', 'WHERE user_defined');

COMMENT ON TABLE @extschema@.regions IS 'Administrative regions the reports are about: name, GB/T 2260 code, short name, level and parent. Ships every province, prefecture-level and county-level division of the mainland (GB/T 2260, 2023) and Shenzhen''s functional new areas; add rows (user_defined) for other areas.';
COMMENT ON COLUMN @extschema@.regions.name IS 'Full name as reports write it (罗湖区, 深圳市, 大鹏新区); what reports.region is matched against (a name found under several parents gives no code by name alone).';
COMMENT ON COLUMN @extschema@.regions.code IS 'GB/T 2260 administrative-division code (440303); NULL for functional new areas (大鹏新区, 深汕特别合作区), which have none.';
COMMENT ON COLUMN @extschema@.regions.short_name IS 'Name without the level suffix and ethnic designation (罗湖 for 罗湖区, 延边 for 延边朝鲜族自治州), as used in running text.';
COMMENT ON COLUMN @extschema@.regions.level IS 'province (省, 自治区, municipality), city (prefecture level: 市, 自治州, 地区, 盟), district (a county-level 区), county (县, 旗, county-level 市 and the like) or new_area (a functional area managed by a city, without a GB/T 2260 code).';
COMMENT ON COLUMN @extschema@.regions.parent_code IS 'code of the region this one belongs to or is managed by (440300 for the districts of Shenzhen), NULL for a province; the districts of a municipality and counties directly under a province hang from the province (110000 for 东城区).';
COMMENT ON COLUMN @extschema@.regions.user_defined IS 'False for rows shipped with the extension; true for rows users add (kept by pg_dump).';
-- generated from src/data/regions.tsv by src/data/regions_sql.sh
INSERT INTO @extschema@.regions (name, code, short_name, level, parent_code, user_defined)
SELECT name, code, short_name, level, parent_code, false FROM (VALUES
  ('北京市', '110000', '北京', 'province', NULL),
  ('天津市', '120000', '天津', 'province', NULL),
  ('河北省', '130000', '河北', 'province', NULL),
  ('山西省', '140000', '山西', 'province', NULL),
  ('内蒙古自治区', '150000', '内蒙古', 'province', NULL),
  ('辽宁省', '210000', '辽宁', 'province', NULL),
  ('吉林省', '220000', '吉林', 'province', NULL),
  ('黑龙江省', '230000', '黑龙江', 'province', NULL),
  ('上海市', '310000', '上海', 'province', NULL),
  ('江苏省', '320000', '江苏', 'province', NULL),
  ('浙江省', '330000', '浙江', 'province', NULL),
  ('安徽省', '340000', '安徽', 'province', NULL),
  ('福建省', '350000', '福建', 'province', NULL),
  ('江西省', '360000', '江西', 'province', NULL),
  ('山东省', '370000', '山东', 'province', NULL),
  ('河南省', '410000', '河南', 'province', NULL),
  ('湖北省', '420000', '湖北', 'province', NULL),
  ('湖南省', '430000', '湖南', 'province', NULL),
  ('广东省', '440000', '广东', 'province', NULL),
  ('广西壮族自治区', '450000', '广西', 'province', NULL),
  ('海南省', '460000', '海南', 'province', NULL),
  ('重庆市', '500000', '重庆', 'province', NULL),
  ('四川省', '510000', '四川', 'province', NULL),
  ('贵州省', '520000', '贵州', 'province', NULL),
  ('云南省', '530000', '云南', 'province', NULL),
  ('西藏自治区', '540000', '西藏', 'province', NULL),
  ('陕西省', '610000', '陕西', 'province', NULL),
  ('甘肃省', '620000', '甘肃', 'province', NULL),
  ('青海省', '630000', '青海', 'province', NULL),
  ('宁夏回族自治区', '640000', '宁夏', 'province', NULL),
  ('新疆维吾尔自治区', '650000', '新疆', 'province', NULL),
  ('石家庄市', '130100', '石家庄', 'city', '130000'),
  ('唐山市', '130200', '唐山', 'city', '130000'),
  ('秦皇岛市', '130300', '秦皇岛', 'city', '130000'),
  ('邯郸市', '130400', '邯郸', 'city', '130000'),
  ('邢台市', '130500', '邢台', 'city', '130000'),
  ('保定市', '130600', '保定', 'city', '130000'),
  ('张家口市', '130700', '张家口', 'city', '130000'),
  ('承德市', '130800', '承德', 'city', '130000'),
  ('沧州市', '130900', '沧州', 'city', '130000'),
  ('廊坊市', '131000', '廊坊', 'city', '130000'),
  ('衡水市', '131100', '衡水', 'city', '130000'),
  ('太原市', '140100', '太原', 'city', '140000'),
  ('大同市', '140200', '大同', 'city', '140000'),
  ('阳泉市', '140300', '阳泉', 'city', '140000'),
  ('长治市', '140400', '长治', 'city', '140000'),
  ('晋城市', '140500', '晋城', 'city', '140000'),
  ('朔州市', '140600', '朔州', 'city', '140000'),
  ('晋中市', '140700', '晋中', 'city', '140000'),
  ('运城市', '140800', '运城', 'city', '140000'),
  ('忻州市', '140900', '忻州', 'city', '140000'),
  ('临汾市', '141000', '临汾', 'city', '140000'),
  ('吕梁市', '141100', '吕梁', 'city', '140000'),
  ('呼和浩特市', '150100', '呼和浩特', 'city', '150000'),
  ('包头市', '150200', '包头', 'city', '150000'),
  ('乌海市', '150300', '乌海', 'city', '150000'),
  ('赤峰市', '150400', '赤峰', 'city', '150000'),
  ('通辽市', '150500', '通辽', 'city', '150000'),
  ('鄂尔多斯市', '150600', '鄂尔多斯', 'city', '150000'),
  ('呼伦贝尔市', '150700', '呼伦贝尔', 'city', '150000'),
  ('巴彦淖尔市', '150800', '巴彦淖尔', 'city', '150000'),
  ('乌兰察布市', '150900', '乌兰察布', 'city', '150000'),
  ('兴安盟', '152200', '兴安', 'city', '150000'),
  ('锡林郭勒盟', '152500', '锡林郭勒', 'city', '150000'),
  ('阿拉善盟', '152900', '阿拉善', 'city', '150000'),
  ('沈阳市', '210100', '沈阳', 'city', '210000'),
  ('大连市', '210200', '大连', 'city', '210000'),
  ('鞍山市', '210300', '鞍山', 'city', '210000'),
  ('抚顺市', '210400', '抚顺', 'city', '210000'),
  ('本溪市', '210500', '本溪', 'city', '210000'),
  ('丹东市', '210600', '丹东', 'city', '210000'),
  ('锦州市', '210700', '锦州', 'city', '210000'),
  ('营口市', '210800', '营口', 'city', '210000'),
  ('阜新市', '210900', '阜新', 'city', '210000'),
  ('辽阳市', '211000', '辽阳', 'city', '210000'),
  ('盘锦市', '211100', '盘锦', 'city', '210000'),
  ('铁岭市', '211200', '铁岭', 'city', '210000'),
  ('朝阳市', '211300', '朝阳', 'city', '210000'),
  ('葫芦岛市', '211400', '葫芦岛', 'city', '210000'),
  ('长春市', '220100', '长春', 'city', '220000'),
  ('吉林市', '220200', '吉林', 'city', '220000'),
  ('四平市', '220300', '四平', 'city', '220000'),
  ('辽源市', '220400', '辽源', 'city', '220000'),
  ('通化市', '220500', '通化', 'city', '220000'),
  ('白山市', '220600', '白山', 'city', '220000'),
  ('松原市', '220700', '松原', 'city', '220000'),
  ('白城市', '220800', '白城', 'city', '220000'),
  ('延边朝鲜族自治州', '222400', '延边', 'city', '220000'),
  ('哈尔滨市', '230100', '哈尔滨', 'city', '230000'),
  ('齐齐哈尔市', '230200', '齐齐哈尔', 'city', '230000'),
  ('鸡西市', '230300', '鸡西', 'city', '230000'),
  ('鹤岗市', '230400', '鹤岗', 'city', '230000'),
  ('双鸭山市', '230500', '双鸭山', 'city', '230000'),
  ('大庆市', '230600', '大庆', 'city', '230000'),
  ('伊春市', '230700', '伊春', 'city', '230000'),
  ('佳木斯市', '230800', '佳木斯', 'city', '230000'),
  ('七台河市', '230900', '七台河', 'city', '230000'),
  ('牡丹江市', '231000', '牡丹江', 'city', '230000'),
  ('黑河市', '231100', '黑河', 'city', '230000'),
  ('绥化市', '231200', '绥化', 'city', '230000'),
  ('大兴安岭地区', '232700', '大兴安岭', 'city', '230000'),
  ('南京市', '320100', '南京', 'city', '320000'),
  ('无锡市', '320200', '无锡', 'city', '320000'),
  ('徐州市', '320300', '徐州', 'city', '320000'),
  ('常州市', '320400', '常州', 'city', '320000'),
  ('苏州市', '320500', '苏州', 'city', '320000'),
  ('南通市', '320600', '南通', 'city', '320000'),
  ('连云港市', '320700', '连云港', 'city', '320000'),
  ('淮安市', '320800', '淮安', 'city', '320000'),
  ('盐城市', '320900', '盐城', 'city', '320000'),
  ('扬州市', '321000', '扬州', 'city', '320000'),
  ('镇江市', '321100', '镇江', 'city', '320000'),
  ('泰州市', '321200', '泰州', 'city', '320000'),
  ('宿迁市', '321300', '宿迁', 'city', '320000'),
  ('杭州市', '330100', '杭州', 'city', '330000'),
  ('宁波市', '330200', '宁波', 'city', '330000'),
  ('温州市', '330300', '温州', 'city', '330000'),
  ('嘉兴市', '330400', '嘉兴', 'city', '330000'),
  ('湖州市', '330500', '湖州', 'city', '330000'),
  ('绍兴市', '330600', '绍兴', 'city', '330000'),
  ('金华市', '330700', '金华', 'city', '330000'),
  ('衢州市', '330800', '衢州', 'city', '330000'),
  ('舟山市', '330900', '舟山', 'city', '330000'),
  ('台州市', '331000', '台州', 'city', '330000'),
  ('丽水市', '331100', '丽水', 'city', '330000'),
  ('合肥市', '340100', '合肥', 'city', '340000'),
  ('芜湖市', '340200', '芜湖', 'city', '340000'),
  ('蚌埠市', '340300', '蚌埠', 'city', '340000'),
  ('淮南市', '340400', '淮南', 'city', '340000'),
  ('马鞍山市', '340500', '马鞍山', 'city', '340000'),
  ('淮北市', '340600', '淮北', 'city', '340000'),
  ('铜陵市', '340700', '铜陵', 'city', '340000'),
  ('安庆市', '340800', '安庆', 'city', '340000'),
  ('黄山市', '341000', '黄山', 'city', '340000'),
  ('滁州市', '341100', '滁州', 'city', '340000'),
  ('阜阳市', '341200', '阜阳', 'city', '340000'),
  ('宿州市', '341300', '宿州', 'city', '340000'),
  ('六安市', '341500', '六安', 'city', '340000'),
  ('亳州市', '341600', '亳州', 'city', '340000'),
  ('池州市', '341700', '池州', 'city', '340000'),
  ('宣城市', '341800', '宣城', 'city', '340000'),
  ('福州市', '350100', '福州', 'city', '350000'),
  ('厦门市', '350200', '厦门', 'city', '350000'),
  ('莆田市', '350300', '莆田', 'city', '350000'),
  ('三明市', '350400', '三明', 'city', '350000'),
  ('泉州市', '350500', '泉州', 'city', '350000'),
  ('漳州市', '350600', '漳州', 'city', '350000'),
  ('南平市', '350700', '南平', 'city', '350000'),
  ('龙岩市', '350800', '龙岩', 'city', '350000'),
  ('宁德市', '350900', '宁德', 'city', '350000'),
  ('南昌市', '360100', '南昌', 'city', '360000'),
  ('景德镇市', '360200', '景德镇', 'city', '360000'),
  ('萍乡市', '360300', '萍乡', 'city', '360000'),
  ('九江市', '360400', '九江', 'city', '360000'),
  ('新余市', '360500', '新余', 'city', '360000'),
  ('鹰潭市', '360600', '鹰潭', 'city', '360000'),
  ('赣州市', '360700', '赣州', 'city', '360000'),
  ('吉安市', '360800', '吉安', 'city', '360000'),
  ('宜春市', '360900', '宜春', 'city', '360000'),
  ('抚州市', '361000', '抚州', 'city', '360000'),
  ('上饶市', '361100', '上饶', 'city', '360000'),
  ('济南市', '370100', '济南', 'city', '370000'),
  ('青岛市', '370200', '青岛', 'city', '370000'),
  ('淄博市', '370300', '淄博', 'city', '370000'),
  ('枣庄市', '370400', '枣庄', 'city', '370000'),
  ('东营市', '370500', '东营', 'city', '370000'),
  ('烟台市', '370600', '烟台', 'city', '370000'),
  ('潍坊市', '370700', '潍坊', 'city', '370000'),
  ('济宁市', '370800', '济宁', 'city', '370000'),
  ('泰安市', '370900', '泰安', 'city', '370000'),
  ('威海市', '371000', '威海', 'city', '370000'),
  ('日照市', '371100', '日照', 'city', '370000'),
  ('临沂市', '371300', '临沂', 'city', '370000'),
  ('德州市', '371400', '德州', 'city', '370000'),
  ('聊城市', '371500', '聊城', 'city', '370000'),
  ('滨州市', '371600', '滨州', 'city', '370000'),
  ('菏泽市', '371700', '菏泽', 'city', '370000'),
  ('郑州市', '410100', '郑州', 'city', '410000'),
  ('开封市', '410200', '开封', 'city', '410000'),
  ('洛阳市', '410300', '洛阳', 'city', '410000'),
  ('平顶山市', '410400', '平顶山', 'city', '410000'),
  ('安阳市', '410500', '安阳', 'city', '410000'),
  ('鹤壁市', '410600', '鹤壁', 'city', '410000'),
  ('新乡市', '410700', '新乡', 'city', '410000'),
  ('焦作市', '410800', '焦作', 'city', '410000'),
  ('濮阳市', '410900', '濮阳', 'city', '410000'),
  ('许昌市', '411000', '许昌', 'city', '410000'),
  ('漯河市', '411100', '漯河', 'city', '410000'),
  ('三门峡市', '411200', '三门峡', 'city', '410000'),
  ('南阳市', '411300', '南阳', 'city', '410000'),
  ('商丘市', '411400', '商丘', 'city', '410000'),
  ('信阳市', '411500', '信阳', 'city', '410000'),
  ('周口市', '411600', '周口', 'city', '410000'),
  ('驻马店市', '411700', '驻马店', 'city', '410000'),
  ('武汉市', '420100', '武汉', 'city', '420000'),
  ('黄石市', '420200', '黄石', 'city', '420000'),
  ('十堰市', '420300', '十堰', 'city', '420000'),
  ('宜昌市', '420500', '宜昌', 'city', '420000'),
  ('襄阳市', '420600', '襄阳', 'city', '420000'),
  ('鄂州市', '420700', '鄂州', 'city', '420000'),
  ('荆门市', '420800', '荆门', 'city', '420000'),
  ('孝感市', '420900', '孝感', 'city', '420000'),
  ('荆州市', '421000', '荆州', 'city', '420000'),
  ('黄冈市', '421100', '黄冈', 'city', '420000'),
  ('咸宁市', '421200', '咸宁', 'city', '420000'),
  ('随州市', '421300', '随州', 'city', '420000'),
  ('恩施土家族苗族自治州', '422800', '恩施', 'city', '420000'),
  ('长沙市', '430100', '长沙', 'city', '430000'),
  ('株洲市', '430200', '株洲', 'city', '430000'),
  ('湘潭市', '430300', '湘潭', 'city', '430000'),
  ('衡阳市', '430400', '衡阳', 'city', '430000'),
  ('邵阳市', '430500', '邵阳', 'city', '430000'),
  ('岳阳市', '430600', '岳阳', 'city', '430000'),
  ('常德市', '430700', '常德', 'city', '430000'),
  ('张家界市', '430800', '张家界', 'city', '430000'),
  ('益阳市', '430900', '益阳', 'city', '430000'),
  ('郴州市', '431000', '郴州', 'city', '430000'),
  ('永州市', '431100', '永州', 'city', '430000'),
  ('怀化市', '431200', '怀化', 'city', '430000'),
  ('娄底市', '431300', '娄底', 'city', '430000'),
  ('湘西土家族苗族自治州', '433100', '湘西', 'city', '430000'),
  ('广州市', '440100', '广州', 'city', '440000'),
  ('韶关市', '440200', '韶关', 'city', '440000'),
  ('深圳市', '440300', '深圳', 'city', '440000'),
  ('珠海市', '440400', '珠海', 'city', '440000'),
  ('汕头市', '440500', '汕头', 'city', '440000'),
  ('佛山市', '440600', '佛山', 'city', '440000'),
  ('江门市', '440700', '江门', 'city', '440000'),
  ('湛江市', '440800', '湛江', 'city', '440000'),
  ('茂名市', '440900', '茂名', 'city', '440000'),
  ('肇庆市', '441200', '肇庆', 'city', '440000'),
  ('惠州市', '441300', '惠州', 'city', '440000'),
  ('梅州市', '441400', '梅州', 'city', '440000'),
  ('汕尾市', '441500', '汕尾', 'city', '440000'),
  ('河源市', '441600', '河源', 'city', '440000'),
  ('阳江市', '441700', '阳江', 'city', '440000'),
  ('清远市', '441800', '清远', 'city', '440000'),
  ('东莞市', '441900', '东莞', 'city', '440000'),
  ('中山市', '442000', '中山', 'city', '440000'),
  ('潮州市', '445100', '潮州', 'city', '440000'),
  ('揭阳市', '445200', '揭阳', 'city', '440000'),
  ('云浮市', '445300', '云浮', 'city', '440000'),
  ('南宁市', '450100', '南宁', 'city', '450000'),
  ('柳州市', '450200', '柳州', 'city', '450000'),
  ('桂林市', '450300', '桂林', 'city', '450000'),
  ('梧州市', '450400', '梧州', 'city', '450000'),
  ('北海市', '450500', '北海', 'city', '450000'),
  ('防城港市', '450600', '防城港', 'city', '450000'),
  ('钦州市', '450700', '钦州', 'city', '450000'),
  ('贵港市', '450800', '贵港', 'city', '450000'),
  ('玉林市', '450900', '玉林', 'city', '450000'),
  ('百色市', '451000', '百色', 'city', '450000'),
  ('贺州市', '451100', '贺州', 'city', '450000'),
  ('河池市', '451200', '河池', 'city', '450000'),
  ('来宾市', '451300', '来宾', 'city', '450000'),
  ('崇左市', '451400', '崇左', 'city', '450000'),
  ('海口市', '460100', '海口', 'city', '460000'),
  ('三亚市', '460200', '三亚', 'city', '460000'),
  ('三沙市', '460300', '三沙', 'city', '460000'),
  ('儋州市', '460400', '儋州', 'city', '460000'),
  ('成都市', '510100', '成都', 'city', '510000'),
  ('自贡市', '510300', '自贡', 'city', '510000'),
  ('攀枝花市', '510400', '攀枝花', 'city', '510000'),
  ('泸州市', '510500', '泸州', 'city', '510000'),
  ('德阳市', '510600', '德阳', 'city', '510000'),
  ('绵阳市', '510700', '绵阳', 'city', '510000'),
  ('广元市', '510800', '广元', 'city', '510000'),
  ('遂宁市', '510900', '遂宁', 'city', '510000'),
  ('内江市', '511000', '内江', 'city', '510000'),
  ('乐山市', '511100', '乐山', 'city', '510000'),
  ('南充市', '511300', '南充', 'city', '510000'),
  ('眉山市', '511400', '眉山', 'city', '510000'),
  ('宜宾市', '511500', '宜宾', 'city', '510000'),
  ('广安市', '511600', '广安', 'city', '510000'),
  ('达州市', '511700', '达州', 'city', '510000'),
  ('雅安市', '511800', '雅安', 'city', '510000'),
  ('巴中市', '511900', '巴中', 'city', '510000'),
  ('资阳市', '512000', '资阳', 'city', '510000'),
  ('阿坝藏族羌族自治州', '513200', '阿坝', 'city', '510000'),
  ('甘孜藏族自治州', '513300', '甘孜', 'city', '510000'),
  ('凉山彝族自治州', '513400', '凉山', 'city', '510000'),
  ('贵阳市', '520100', '贵阳', 'city', '520000'),
  ('六盘水市', '520200', '六盘水', 'city', '520000'),
  ('遵义市', '520300', '遵义', 'city', '520000'),
  ('安顺市', '520400', '安顺', 'city', '520000'),
  ('毕节市', '520500', '毕节', 'city', '520000'),
  ('铜仁市', '520600', '铜仁', 'city', '520000'),
  ('黔西南布依族苗族自治州', '522300', '黔西南', 'city', '520000'),
  ('黔东南苗族侗族自治州', '522600', '黔东南', 'city', '520000'),
  ('黔南布依族苗族自治州', '522700', '黔南', 'city', '520000'),
  ('昆明市', '530100', '昆明', 'city', '530000'),
  ('曲靖市', '530300', '曲靖', 'city', '530000'),
  ('玉溪市', '530400', '玉溪', 'city', '530000'),
  ('保山市', '530500', '保山', 'city', '530000'),
  ('昭通市', '530600', '昭通', 'city', '530000'),
  ('丽江市', '530700', '丽江', 'city', '530000'),
  ('普洱市', '530800', '普洱', 'city', '530000'),
  ('临沧市', '530900', '临沧', 'city', '530000'),
  ('楚雄彝族自治州', '532300', '楚雄', 'city', '530000'),
  ('红河哈尼族彝族自治州', '532500', '红河', 'city', '530000'),
  ('文山壮族苗族自治州', '532600', '文山', 'city', '530000'),
  ('西双版纳傣族自治州', '532800', '西双版纳', 'city', '530000'),
  ('大理白族自治州', '532900', '大理', 'city', '530000'),
  ('德宏傣族景颇族自治州', '533100', '德宏', 'city', '530000'),
  ('怒江傈僳族自治州', '533300', '怒江', 'city', '530000'),
  ('迪庆藏族自治州', '533400', '迪庆', 'city', '530000'),
  ('拉萨市', '540100', '拉萨', 'city', '540000'),
  ('日喀则市', '540200', '日喀则', 'city', '540000'),
  ('昌都市', '540300', '昌都', 'city', '540000'),
  ('林芝市', '540400', '林芝', 'city', '540000'),
  ('山南市', '540500', '山南', 'city', '540000'),
  ('那曲市', '540600', '那曲', 'city', '540000'),
  ('阿里地区', '542500', '阿里', 'city', '540000'),
  ('西安市', '610100', '西安', 'city', '610000'),
  ('铜川市', '610200', '铜川', 'city', '610000'),
  ('宝鸡市', '610300', '宝鸡', 'city', '610000'),
  ('咸阳市', '610400', '咸阳', 'city', '610000'),
  ('渭南市', '610500', '渭南', 'city', '610000'),
  ('延安市', '610600', '延安', 'city', '610000'),
  ('汉中市', '610700', '汉中', 'city', '610000'),
  ('榆林市', '610800', '榆林', 'city', '610000'),
  ('安康市', '610900', '安康', 'city', '610000'),
  ('商洛市', '611000', '商洛', 'city', '610000'),
  ('兰州市', '620100', '兰州', 'city', '620000'),
  ('嘉峪关市', '620200', '嘉峪关', 'city', '620000'),
  ('金昌市', '620300', '金昌', 'city', '620000'),
  ('白银市', '620400', '白银', 'city', '620000'),
  ('天水市', '620500', '天水', 'city', '620000'),
  ('武威市', '620600', '武威', 'city', '620000'),
  ('张掖市', '620700', '张掖', 'city', '620000'),
  ('平凉市', '620800', '平凉', 'city', '620000'),
  ('酒泉市', '620900', '酒泉', 'city', '620000'),
  ('庆阳市', '621000', '庆阳', 'city', '620000'),
  ('定西市', '621100', '定西', 'city', '620000'),
  ('陇南市', '621200', '陇南', 'city', '620000'),
  ('临夏回族自治州', '622900', '临夏', 'city', '620000'),
  ('甘南藏族自治州', '623000', '甘南', 'city', '620000'),
  ('西宁市', '630100', '西宁', 'city', '630000'),
  ('海东市', '630200', '海东', 'city', '630000'),
  ('海北藏族自治州', '632200', '海北', 'city', '630000'),
  ('黄南藏族自治州', '632300', '黄南', 'city', '630000'),
  ('海南藏族自治州', '632500', '海南', 'city', '630000'),
  ('果洛藏族自治州', '632600', '果洛', 'city', '630000'),
  ('玉树藏族自治州', '632700', '玉树', 'city', '630000'),
  ('海西蒙古族藏族自治州', '632800', '海西', 'city', '630000'),
  ('银川市', '640100', '银川', 'city', '640000'),
  ('石嘴山市', '640200', '石嘴山', 'city', '640000'),
  ('吴忠市', '640300', '吴忠', 'city', '640000'),
  ('固原市', '640400', '固原', 'city', '640000'),
  ('中卫市', '640500', '中卫', 'city', '640000'),
  ('乌鲁木齐市', '650100', '乌鲁木齐', 'city', '650000'),
  ('克拉玛依市', '650200', '克拉玛依', 'city', '650000'),
  ('吐鲁番市', '650400', '吐鲁番', 'city', '650000'),
  ('哈密市', '650500', '哈密', 'city', '650000'),
  ('昌吉回族自治州', '652300', '昌吉', 'city', '650000'),
  ('博尔塔拉蒙古自治州', '652700', '博尔塔拉', 'city', '650000'),
  ('巴音郭楞蒙古自治州', '652800', '巴音郭楞', 'city', '650000'),
  ('阿克苏地区', '652900', '阿克苏', 'city', '650000'),
  ('克孜勒苏柯尔克孜自治州', '653000', '克孜勒苏', 'city', '650000'),
  ('喀什地区', '653100', '喀什', 'city', '650000'),
  ('和田地区', '653200', '和田', 'city', '650000'),
  ('伊犁哈萨克自治州', '654000', '伊犁', 'city', '650000'),
  ('塔城地区', '654200', '塔城', 'city', '650000'),
  ('阿勒泰地区', '654300', '阿勒泰', 'city', '650000'),
  ('东城区', '110101', '东城', 'district', '110000'),
  ('西城区', '110102', '西城', 'district', '110000'),
  ('朝阳区', '110105', '朝阳', 'district', '110000'),
  ('丰台区', '110106', '丰台', 'district', '110000'),
  ('石景山区', '110107', '石景山', 'district', '110000'),
  ('海淀区', '110108', '海淀', 'district', '110000'),
  ('门头沟区', '110109', '门头沟', 'district', '110000'),
  ('房山区', '110111', '房山', 'district', '110000'),
  ('通州区', '110112', '通州', 'district', '110000'),
  ('顺义区', '110113', '顺义', 'district', '110000'),
  ('昌平区', '110114', '昌平', 'district', '110000'),
  ('大兴区', '110115', '大兴', 'district', '110000'),
  ('怀柔区', '110116', '怀柔', 'district', '110000'),
  ('平谷区', '110117', '平谷', 'district', '110000'),
  ('密云区', '110118', '密云', 'district', '110000'),
  ('延庆区', '110119', '延庆', 'district', '110000'),
  ('和平区', '120101', '和平', 'district', '120000'),
  ('河东区', '120102', '河东', 'district', '120000'),
  ('河西区', '120103', '河西', 'district', '120000'),
  ('南开区', '120104', '南开', 'district', '120000'),
  ('河北区', '120105', '河北', 'district', '120000'),
  ('红桥区', '120106', '红桥', 'district', '120000'),
  ('东丽区', '120110', '东丽', 'district', '120000'),
  ('西青区', '120111', '西青', 'district', '120000'),
  ('津南区', '120112', '津南', 'district', '120000'),
  ('北辰区', '120113', '北辰', 'district', '120000'),
  ('武清区', '120114', '武清', 'district', '120000'),
  ('宝坻区', '120115', '宝坻', 'district', '120000'),
  ('滨海新区', '120116', '滨海', 'district', '120000'),
  ('宁河区', '120117', '宁河', 'district', '120000'),
  ('静海区', '120118', '静海', 'district', '120000'),
  ('蓟州区', '120119', '蓟州', 'district', '120000'),
  ('长安区', '130102', '长安', 'district', '130100'),
  ('桥西区', '130104', '桥西', 'district', '130100'),
  ('新华区', '130105', '新华', 'district', '130100'),
  ('井陉矿区', '130107', '井陉', 'district', '130100'),
  ('裕华区', '130108', '裕华', 'district', '130100'),
  ('藁城区', '130109', '藁城', 'district', '130100'),
  ('鹿泉区', '130110', '鹿泉', 'district', '130100'),
  ('栾城区', '130111', '栾城', 'district', '130100'),
  ('井陉县', '130121', '井陉', 'county', '130100'),
  ('正定县', '130123', '正定', 'county', '130100'),
  ('行唐县', '130125', '行唐', 'county', '130100'),
  ('灵寿县', '130126', '灵寿', 'county', '130100'),
  ('高邑县', '130127', '高邑', 'county', '130100'),
  ('深泽县', '130128', '深泽', 'county', '130100'),
  ('赞皇县', '130129', '赞皇', 'county', '130100'),
  ('无极县', '130130', '无极', 'county', '130100'),
  ('平山县', '130131', '平山', 'county', '130100'),
  ('元氏县', '130132', '元氏', 'county', '130100'),
  ('赵县', '130133', '赵', 'county', '130100'),
  ('辛集市', '130181', '辛集', 'county', '130100'),
  ('晋州市', '130183', '晋州', 'county', '130100'),
  ('新乐市', '130184', '新乐', 'county', '130100'),
  ('路南区', '130202', '路南', 'district', '130200'),
  ('路北区', '130203', '路北', 'district', '130200'),
  ('古冶区', '130204', '古冶', 'district', '130200'),
  ('开平区', '130205', '开平', 'district', '130200'),
  ('丰南区', '130207', '丰南', 'district', '130200'),
  ('丰润区', '130208', '丰润', 'district', '130200'),
  ('曹妃甸区', '130209', '曹妃甸', 'district', '130200'),
  ('滦南县', '130224', '滦南', 'county', '130200'),
  ('乐亭县', '130225', '乐亭', 'county', '130200'),
  ('迁西县', '130227', '迁西', 'county', '130200'),
  ('玉田县', '130229', '玉田', 'county', '130200'),
  ('遵化市', '130281', '遵化', 'county', '130200'),
  ('迁安市', '130283', '迁安', 'county', '130200'),
  ('滦州市', '130284', '滦州', 'county', '130200'),
  ('海港区', '130302', '海港', 'district', '130300'),
  ('山海关区', '130303', '山海关', 'district', '130300'),
  ('北戴河区', '130304', '北戴河', 'district', '130300'),
  ('抚宁区', '130306', '抚宁', 'district', '130300'),
  ('青龙满族自治县', '130321', '青龙', 'county', '130300'),
  ('昌黎县', '130322', '昌黎', 'county', '130300'),
  ('卢龙县', '130324', '卢龙', 'county', '130300'),
  ('邯山区', '130402', '邯山', 'district', '130400'),
  ('丛台区', '130403', '丛台', 'district', '130400'),
  ('复兴区', '130404', '复兴', 'district', '130400'),
  ('峰峰矿区', '130406', '峰峰', 'district', '130400'),
  ('肥乡区', '130407', '肥乡', 'district', '130400'),
  ('永年区', '130408', '永年', 'district', '130400'),
  ('临漳县', '130423', '临漳', 'county', '130400'),
  ('成安县', '130424', '成安', 'county', '130400'),
  ('大名县', '130425', '大名', 'county', '130400'),
  ('涉县', '130426', '涉', 'county', '130400'),
  ('磁县', '130427', '磁', 'county', '130400'),
  ('邱县', '130430', '邱', 'county', '130400'),
  ('鸡泽县', '130431', '鸡泽', 'county', '130400'),
  ('广平县', '130432', '广平', 'county', '130400'),
  ('馆陶县', '130433', '馆陶', 'county', '130400'),
  ('魏县', '130434', '魏', 'county', '130400'),
  ('曲周县', '130435', '曲周', 'county', '130400'),
  ('武安市', '130481', '武安', 'county', '130400'),
  ('襄都区', '130502', '襄都', 'district', '130500'),
  ('信都区', '130503', '信都', 'district', '130500'),
  ('任泽区', '130505', '任泽', 'district', '130500'),
  ('南和区', '130506', '南和', 'district', '130500'),
  ('临城县', '130522', '临城', 'county', '130500'),
  ('内丘县', '130523', '内丘', 'county', '130500'),
  ('柏乡县', '130524', '柏乡', 'county', '130500'),
  ('隆尧县', '130525', '隆尧', 'county', '130500'),
  ('宁晋县', '130528', '宁晋', 'county', '130500'),
  ('巨鹿县', '130529', '巨鹿', 'county', '130500'),
  ('新河县', '130530', '新河', 'county', '130500'),
  ('广宗县', '130531', '广宗', 'county', '130500'),
  ('平乡县', '130532', '平乡', 'county', '130500'),
  ('威县', '130533', '威', 'county', '130500'),
  ('清河县', '130534', '清河', 'county', '130500'),
  ('临西县', '130535', '临西', 'county', '130500'),
  ('南宫市', '130581', '南宫', 'county', '130500'),
  ('沙河市', '130582', '沙河', 'county', '130500'),
  ('竞秀区', '130602', '竞秀', 'district', '130600'),
  ('莲池区', '130606', '莲池', 'district', '130600'),
  ('满城区', '130607', '满城', 'district', '130600'),
  ('清苑区', '130608', '清苑', 'district', '130600'),
  ('徐水区', '130609', '徐水', 'district', '130600'),
  ('涞水县', '130623', '涞水', 'county', '130600'),
  ('阜平县', '130624', '阜平', 'county', '130600'),
  ('定兴县', '130626', '定兴', 'county', '130600'),
  ('唐县', '130627', '唐', 'county', '130600'),
  ('高阳县', '130628', '高阳', 'county', '130600'),
  ('容城县', '130629', '容城', 'county', '130600'),
  ('涞源县', '130630', '涞源', 'county', '130600'),
  ('望都县', '130631', '望都', 'county', '130600'),
  ('安新县', '130632', '安新', 'county', '130600'),
  ('易县', '130633', '易', 'county', '130600'),
  ('曲阳县', '130634', '曲阳', 'county', '130600'),
  ('蠡县', '130635', '蠡', 'county', '130600'),
  ('顺平县', '130636', '顺平', 'county', '130600'),
  ('博野县', '130637', '博野', 'county', '130600'),
  ('雄县', '130638', '雄', 'county', '130600'),
  ('涿州市', '130681', '涿州', 'county', '130600'),
  ('定州市', '130682', '定州', 'county', '130600'),
  ('安国市', '130683', '安国', 'county', '130600'),
  ('高碑店市', '130684', '高碑店', 'county', '130600'),
  ('桥东区', '130702', '桥东', 'district', '130700'),
  ('桥西区', '130703', '桥西', 'district', '130700'),
  ('宣化区', '130705', '宣化', 'district', '130700'),
  ('下花园区', '130706', '下花园', 'district', '130700'),
  ('万全区', '130708', '万全', 'district', '130700'),
  ('崇礼区', '130709', '崇礼', 'district', '130700'),
  ('张北县', '130722', '张北', 'county', '130700'),
  ('康保县', '130723', '康保', 'county', '130700'),
  ('沽源县', '130724', '沽源', 'county', '130700'),
  ('尚义县', '130725', '尚义', 'county', '130700'),
  ('蔚县', '130726', '蔚', 'county', '130700'),
  ('阳原县', '130727', '阳原', 'county', '130700'),
  ('怀安县', '130728', '怀安', 'county', '130700'),
  ('怀来县', '130730', '怀来', 'county', '130700'),
  ('涿鹿县', '130731', '涿鹿', 'county', '130700'),
  ('赤城县', '130732', '赤城', 'county', '130700'),
  ('双桥区', '130802', '双桥', 'district', '130800'),
  ('双滦区', '130803', '双滦', 'district', '130800'),
  ('鹰手营子矿区', '130804', '鹰手营子', 'district', '130800'),
  ('承德县', '130821', '承德', 'county', '130800'),
  ('兴隆县', '130822', '兴隆', 'county', '130800'),
  ('滦平县', '130824', '滦平', 'county', '130800'),
  ('隆化县', '130825', '隆化', 'county', '130800'),
  ('丰宁满族自治县', '130826', '丰宁', 'county', '130800'),
  ('宽城满族自治县', '130827', '宽城', 'county', '130800'),
  ('围场满族蒙古族自治县', '130828', '围场', 'county', '130800'),
  ('平泉市', '130881', '平泉', 'county', '130800'),
  ('新华区', '130902', '新华', 'district', '130900'),
  ('运河区', '130903', '运河', 'district', '130900'),
  ('沧县', '130921', '沧', 'county', '130900'),
  ('青县', '130922', '青', 'county', '130900'),
  ('东光县', '130923', '东光', 'county', '130900'),
  ('海兴县', '130924', '海兴', 'county', '130900'),
  ('盐山县', '130925', '盐山', 'county', '130900'),
  ('肃宁县', '130926', '肃宁', 'county', '130900'),
  ('南皮县', '130927', '南皮', 'county', '130900'),
  ('吴桥县', '130928', '吴桥', 'county', '130900'),
  ('献县', '130929', '献', 'county', '130900'),
  ('孟村回族自治县', '130930', '孟村', 'county', '130900'),
  ('泊头市', '130981', '泊头', 'county', '130900'),
  ('任丘市', '130982', '任丘', 'county', '130900'),
  ('黄骅市', '130983', '黄骅', 'county', '130900'),
  ('河间市', '130984', '河间', 'county', '130900'),
  ('安次区', '131002', '安次', 'district', '131000'),
  ('广阳区', '131003', '广阳', 'district', '131000'),
  ('固安县', '131022', '固安', 'county', '131000'),
  ('永清县', '131023', '永清', 'county', '131000'),
  ('香河县', '131024', '香河', 'county', '131000'),
  ('大城县', '131025', '大城', 'county', '131000'),
  ('文安县', '131026', '文安', 'county', '131000'),
  ('大厂回族自治县', '131028', '大厂', 'county', '131000'),
  ('霸州市', '131081', '霸州', 'county', '131000'),
  ('三河市', '131082', '三河', 'county', '131000'),
  ('桃城区', '131102', '桃城', 'district', '131100'),
  ('冀州区', '131103', '冀州', 'district', '131100'),
  ('枣强县', '131121', '枣强', 'county', '131100'),
  ('武邑县', '131122', '武邑', 'county', '131100'),
  ('武强县', '131123', '武强', 'county', '131100'),
  ('饶阳县', '131124', '饶阳', 'county', '131100'),
  ('安平县', '131125', '安平', 'county', '131100'),
  ('故城县', '131126', '故城', 'county', '131100'),
  ('景县', '131127', '景', 'county', '131100'),
  ('阜城县', '131128', '阜城', 'county', '131100'),
  ('深州市', '131182', '深州', 'county', '131100'),
  ('小店区', '140105', '小店', 'district', '140100'),
  ('迎泽区', '140106', '迎泽', 'district', '140100'),
  ('杏花岭区', '140107', '杏花岭', 'district', '140100'),
  ('尖草坪区', '140108', '尖草坪', 'district', '140100'),
  ('万柏林区', '140109', '万柏林', 'district', '140100'),
  ('晋源区', '140110', '晋源', 'district', '140100'),
  ('清徐县', '140121', '清徐', 'county', '140100'),
  ('阳曲县', '140122', '阳曲', 'county', '140100'),
  ('娄烦县', '140123', '娄烦', 'county', '140100'),
  ('古交市', '140181', '古交', 'county', '140100'),
  ('新荣区', '140212', '新荣', 'district', '140200'),
  ('平城区', '140213', '平城', 'district', '140200'),
  ('云冈区', '140214', '云冈', 'district', '140200'),
  ('云州区', '140215', '云州', 'district', '140200'),
  ('阳高县', '140221', '阳高', 'county', '140200'),
  ('天镇县', '140222', '天镇', 'county', '140200'),
  ('广灵县', '140223', '广灵', 'county', '140200'),
  ('灵丘县', '140224', '灵丘', 'county', '140200'),
  ('浑源县', '140225', '浑源', 'county', '140200'),
  ('左云县', '140226', '左云', 'county', '140200'),
  ('城区', '140302', '城', 'district', '140300'),
  ('矿区', '140303', '矿', 'district', '140300'),
  ('郊区', '140311', '郊', 'district', '140300'),
  ('平定县', '140321', '平定', 'county', '140300'),
  ('盂县', '140322', '盂', 'county', '140300'),
  ('潞州区', '140403', '潞州', 'district', '140400'),
  ('上党区', '140404', '上党', 'district', '140400'),
  ('屯留区', '140405', '屯留', 'district', '140400'),
  ('潞城区', '140406', '潞城', 'district', '140400'),
  ('襄垣县', '140423', '襄垣', 'county', '140400'),
  ('平顺县', '140425', '平顺', 'county', '140400'),
  ('黎城县', '140426', '黎城', 'county', '140400'),
  ('壶关县', '140427', '壶关', 'county', '140400'),
  ('长子县', '140428', '长子', 'county', '140400'),
  ('武乡县', '140429', '武乡', 'county', '140400'),
  ('沁县', '140430', '沁', 'county', '140400'),
  ('沁源县', '140431', '沁源', 'county', '140400'),
  ('城区', '140502', '城', 'district', '140500'),
  ('沁水县', '140521', '沁水', 'county', '140500'),
  ('阳城县', '140522', '阳城', 'county', '140500'),
  ('陵川县', '140524', '陵川', 'county', '140500'),
  ('泽州县', '140525', '泽州', 'county', '140500'),
  ('高平市', '140581', '高平', 'county', '140500'),
  ('朔城区', '140602', '朔城', 'district', '140600'),
  ('平鲁区', '140603', '平鲁', 'district', '140600'),
  ('山阴县', '140621', '山阴', 'county', '140600'),
  ('应县', '140622', '应', 'county', '140600'),
  ('右玉县', '140623', '右玉', 'county', '140600'),
  ('怀仁市', '140681', '怀仁', 'county', '140600'),
  ('榆次区', '140702', '榆次', 'district', '140700'),
  ('太谷区', '140703', '太谷', 'district', '140700'),
  ('榆社县', '140721', '榆社', 'county', '140700'),
  ('左权县', '140722', '左权', 'county', '140700'),
  ('和顺县', '140723', '和顺', 'county', '140700'),
  ('昔阳县', '140724', '昔阳', 'county', '140700'),
  ('寿阳县', '140725', '寿阳', 'county', '140700'),
  ('祁县', '140727', '祁', 'county', '140700'),
  ('平遥县', '140728', '平遥', 'county', '140700'),
  ('灵石县', '140729', '灵石', 'county', '140700'),
  ('介休市', '140781', '介休', 'county', '140700'),
  ('盐湖区', '140802', '盐湖', 'district', '140800'),
  ('临猗县', '140821', '临猗', 'county', '140800'),
  ('万荣县', '140822', '万荣', 'county', '140800'),
  ('闻喜县', '140823', '闻喜', 'county', '140800'),
  ('稷山县', '140824', '稷山', 'county', '140800'),
  ('新绛县', '140825', '新绛', 'county', '140800'),
  ('绛县', '140826', '绛', 'county', '140800'),
  ('垣曲县', '140827', '垣曲', 'county', '140800'),
  ('夏县', '140828', '夏', 'county', '140800'),
  ('平陆县', '140829', '平陆', 'county', '140800'),
  ('芮城县', '140830', '芮城', 'county', '140800'),
  ('永济市', '140881', '永济', 'county', '140800'),
  ('河津市', '140882', '河津', 'county', '140800'),
  ('忻府区', '140902', '忻府', 'district', '140900'),
  ('定襄县', '140921', '定襄', 'county', '140900'),
  ('五台县', '140922', '五台', 'county', '140900'),
  ('代县', '140923', '代', 'county', '140900'),
  ('繁峙县', '140924', '繁峙', 'county', '140900'),
  ('宁武县', '140925', '宁武', 'county', '140900'),
  ('静乐县', '140926', '静乐', 'county', '140900'),
  ('神池县', '140927', '神池', 'county', '140900'),
  ('五寨县', '140928', '五寨', 'county', '140900'),
  ('岢岚县', '140929', '岢岚', 'county', '140900'),
  ('河曲县', '140930', '河曲', 'county', '140900'),
  ('保德县', '140931', '保德', 'county', '140900'),
  ('偏关县', '140932', '偏关', 'county', '140900'),
  ('原平市', '140981', '原平', 'county', '140900'),
  ('尧都区', '141002', '尧都', 'district', '141000'),
  ('曲沃县', '141021', '曲沃', 'county', '141000'),
  ('翼城县', '141022', '翼城', 'county', '141000'),
  ('襄汾县', '141023', '襄汾', 'county', '141000'),
  ('洪洞县', '141024', '洪洞', 'county', '141000'),
  ('古县', '141025', '古', 'county', '141000'),
  ('安泽县', '141026', '安泽', 'county', '141000'),
  ('浮山县', '141027', '浮山', 'county', '141000'),
  ('吉县', '141028', '吉', 'county', '141000'),
  ('乡宁县', '141029', '乡宁', 'county', '141000'),
  ('大宁县', '141030', '大宁', 'county', '141000'),
  ('隰县', '141031', '隰', 'county', '141000'),
  ('永和县', '141032', '永和', 'county', '141000'),
  ('蒲县', '141033', '蒲', 'county', '141000'),
  ('汾西县', '141034', '汾西', 'county', '141000'),
  ('侯马市', '141081', '侯马', 'county', '141000'),
  ('霍州市', '141082', '霍州', 'county', '141000'),
  ('离石区', '141102', '离石', 'district', '141100'),
  ('文水县', '141121', '文水', 'county', '141100'),
  ('交城县', '141122', '交城', 'county', '141100'),
  ('兴县', '141123', '兴', 'county', '141100'),
  ('临县', '141124', '临', 'county', '141100'),
  ('柳林县', '141125', '柳林', 'county', '141100'),
  ('石楼县', '141126', '石楼', 'county', '141100'),
  ('岚县', '141127', '岚', 'county', '141100'),
  ('方山县', '141128', '方山', 'county', '141100'),
  ('中阳县', '141129', '中阳', 'county', '141100'),
  ('交口县', '141130', '交口', 'county', '141100'),
  ('孝义市', '141181', '孝义', 'county', '141100'),
  ('汾阳市', '141182', '汾阳', 'county', '141100'),
  ('新城区', '150102', '新城', 'district', '150100'),
  ('回民区', '150103', '回民', 'district', '150100'),
  ('玉泉区', '150104', '玉泉', 'district', '150100'),
  ('赛罕区', '150105', '赛罕', 'district', '150100'),
  ('土默特左旗', '150121', '土默特左', 'county', '150100'),
  ('托克托县', '150122', '托克托', 'county', '150100'),
  ('和林格尔县', '150123', '和林格尔', 'county', '150100'),
  ('清水河县', '150124', '清水河', 'county', '150100'),
  ('武川县', '150125', '武川', 'county', '150100'),
  ('东河区', '150202', '东河', 'district', '150200'),
  ('昆都仑区', '150203', '昆都仑', 'district', '150200'),
  ('青山区', '150204', '青山', 'district', '150200'),
  ('石拐区', '150205', '石拐', 'district', '150200'),
  ('白云鄂博矿区', '150206', '白云鄂博', 'district', '150200'),
  ('九原区', '150207', '九原', 'district', '150200'),
  ('土默特右旗', '150221', '土默特右', 'county', '150200'),
  ('固阳县', '150222', '固阳', 'county', '150200'),
  ('达尔罕茂明安联合旗', '150223', '达尔罕茂明安联合', 'county', '150200'),
  ('海勃湾区', '150302', '海勃湾', 'district', '150300'),
  ('海南区', '150303', '海南', 'district', '150300'),
  ('乌达区', '150304', '乌达', 'district', '150300'),
  ('红山区', '150402', '红山', 'district', '150400'),
  ('元宝山区', '150403', '元宝山', 'district', '150400'),
  ('松山区', '150404', '松山', 'district', '150400'),
  ('阿鲁科尔沁旗', '150421', '阿鲁科尔沁', 'county', '150400'),
  ('巴林左旗', '150422', '巴林左', 'county', '150400'),
  ('巴林右旗', '150423', '巴林右', 'county', '150400'),
  ('林西县', '150424', '林西', 'county', '150400'),
  ('克什克腾旗', '150425', '克什克腾', 'county', '150400'),
  ('翁牛特旗', '150426', '翁牛特', 'county', '150400'),
  ('喀喇沁旗', '150428', '喀喇沁', 'county', '150400'),
  ('宁城县', '150429', '宁城', 'county', '150400'),
  ('敖汉旗', '150430', '敖汉', 'county', '150400'),
  ('科尔沁区', '150502', '科尔沁', 'district', '150500'),
  ('科尔沁左翼中旗', '150521', '科尔沁左翼中', 'county', '150500'),
  ('科尔沁左翼后旗', '150522', '科尔沁左翼后', 'county', '150500'),
  ('开鲁县', '150523', '开鲁', 'county', '150500'),
  ('库伦旗', '150524', '库伦', 'county', '150500'),
  ('奈曼旗', '150525', '奈曼', 'county', '150500'),
  ('扎鲁特旗', '150526', '扎鲁特', 'county', '150500'),
  ('霍林郭勒市', '150581', '霍林郭勒', 'county', '150500'),
  ('东胜区', '150602', '东胜', 'district', '150600'),
  ('康巴什区', '150603', '康巴什', 'district', '150600'),
  ('达拉特旗', '150621', '达拉特', 'county', '150600'),
  ('准格尔旗', '150622', '准格尔', 'county', '150600'),
  ('鄂托克前旗', '150623', '鄂托克前', 'county', '150600'),
  ('鄂托克旗', '150624', '鄂托克', 'county', '150600'),
  ('杭锦旗', '150625', '杭锦', 'county', '150600'),
  ('乌审旗', '150626', '乌审', 'county', '150600'),
  ('伊金霍洛旗', '150627', '伊金霍洛', 'county', '150600'),
  ('海拉尔区', '150702', '海拉尔', 'district', '150700'),
  ('扎赉诺尔区', '150703', '扎赉诺尔', 'district', '150700'),
  ('阿荣旗', '150721', '阿荣', 'county', '150700'),
  ('莫力达瓦达斡尔族自治旗', '150722', '莫力达瓦', 'county', '150700'),
  ('鄂伦春自治旗', '150723', '鄂伦春', 'county', '150700'),
  ('鄂温克族自治旗', '150724', '鄂温克', 'county', '150700'),
  ('陈巴尔虎旗', '150725', '陈巴尔虎', 'county', '150700'),
  ('新巴尔虎左旗', '150726', '新巴尔虎左', 'county', '150700'),
  ('新巴尔虎右旗', '150727', '新巴尔虎右', 'county', '150700'),
  ('满洲里市', '150781', '满洲里', 'county', '150700'),
  ('牙克石市', '150782', '牙克石', 'county', '150700'),
  ('扎兰屯市', '150783', '扎兰屯', 'county', '150700'),
  ('额尔古纳市', '150784', '额尔古纳', 'county', '150700'),
  ('根河市', '150785', '根河', 'county', '150700'),
  ('临河区', '150802', '临河', 'district', '150800'),
  ('五原县', '150821', '五原', 'county', '150800'),
  ('磴口县', '150822', '磴口', 'county', '150800'),
  ('乌拉特前旗', '150823', '乌拉特前', 'county', '150800'),
  ('乌拉特中旗', '150824', '乌拉特中', 'county', '150800'),
  ('乌拉特后旗', '150825', '乌拉特后', 'county', '150800'),
  ('杭锦后旗', '150826', '杭锦后', 'county', '150800'),
  ('集宁区', '150902', '集宁', 'district', '150900'),
  ('卓资县', '150921', '卓资', 'county', '150900'),
  ('化德县', '150922', '化德', 'county', '150900'),
  ('商都县', '150923', '商都', 'county', '150900'),
  ('兴和县', '150924', '兴和', 'county', '150900'),
  ('凉城县', '150925', '凉城', 'county', '150900'),
  ('察哈尔右翼前旗', '150926', '察哈尔右翼前', 'county', '150900'),
  ('察哈尔右翼中旗', '150927', '察哈尔右翼中', 'county', '150900'),
  ('察哈尔右翼后旗', '150928', '察哈尔右翼后', 'county', '150900'),
  ('四子王旗', '150929', '四子王', 'county', '150900'),
  ('丰镇市', '150981', '丰镇', 'county', '150900'),
  ('乌兰浩特市', '152201', '乌兰浩特', 'county', '152200'),
  ('阿尔山市', '152202', '阿尔山', 'county', '152200'),
  ('科尔沁右翼前旗', '152221', '科尔沁右翼前', 'county', '152200'),
  ('科尔沁右翼中旗', '152222', '科尔沁右翼中', 'county', '152200'),
  ('扎赉特旗', '152223', '扎赉特', 'county', '152200'),
  ('突泉县', '152224', '突泉', 'county', '152200'),
  ('二连浩特市', '152501', '二连浩特', 'county', '152500'),
  ('锡林浩特市', '152502', '锡林浩特', 'county', '152500'),
  ('阿巴嘎旗', '152522', '阿巴嘎', 'county', '152500'),
  ('苏尼特左旗', '152523', '苏尼特左', 'county', '152500'),
  ('苏尼特右旗', '152524', '苏尼特右', 'county', '152500'),
  ('东乌珠穆沁旗', '152525', '东乌珠穆沁', 'county', '152500'),
  ('西乌珠穆沁旗', '152526', '西乌珠穆沁', 'county', '152500'),
  ('太仆寺旗', '152527', '太仆寺', 'county', '152500'),
  ('镶黄旗', '152528', '镶黄', 'county', '152500'),
  ('正镶白旗', '152529', '正镶白', 'county', '152500'),
  ('正蓝旗', '152530', '正蓝', 'county', '152500'),
  ('多伦县', '152531', '多伦', 'county', '152500'),
  ('阿拉善左旗', '152921', '阿拉善左', 'county', '152900'),
  ('阿拉善右旗', '152922', '阿拉善右', 'county', '152900'),
  ('额济纳旗', '152923', '额济纳', 'county', '152900'),
  ('和平区', '210102', '和平', 'district', '210100'),
  ('沈河区', '210103', '沈河', 'district', '210100'),
  ('大东区', '210104', '大东', 'district', '210100'),
  ('皇姑区', '210105', '皇姑', 'district', '210100'),
  ('铁西区', '210106', '铁西', 'district', '210100'),
  ('苏家屯区', '210111', '苏家屯', 'district', '210100'),
  ('浑南区', '210112', '浑南', 'district', '210100'),
  ('沈北新区', '210113', '沈北', 'district', '210100'),
  ('于洪区', '210114', '于洪', 'district', '210100'),
  ('辽中区', '210115', '辽中', 'district', '210100'),
  ('康平县', '210123', '康平', 'county', '210100'),
  ('法库县', '210124', '法库', 'county', '210100'),
  ('新民市', '210181', '新民', 'county', '210100'),
  ('中山区', '210202', '中山', 'district', '210200'),
  ('西岗区', '210203', '西岗', 'district', '210200'),
  ('沙河口区', '210204', '沙河口', 'district', '210200'),
  ('甘井子区', '210211', '甘井子', 'district', '210200'),
  ('旅顺口区', '210212', '旅顺口', 'district', '210200'),
  ('金州区', '210213', '金州', 'district', '210200'),
  ('普兰店区', '210214', '普兰店', 'district', '210200'),
  ('长海县', '210224', '长海', 'county', '210200'),
  ('瓦房店市', '210281', '瓦房店', 'county', '210200'),
  ('庄河市', '210283', '庄河', 'county', '210200'),
  ('铁东区', '210302', '铁东', 'district', '210300'),
  ('铁西区', '210303', '铁西', 'district', '210300'),
  ('立山区', '210304', '立山', 'district', '210300'),
  ('千山区', '210311', '千山', 'district', '210300'),
  ('台安县', '210321', '台安', 'county', '210300'),
  ('岫岩满族自治县', '210323', '岫岩', 'county', '210300'),
  ('海城市', '210381', '海城', 'county', '210300'),
  ('新抚区', '210402', '新抚', 'district', '210400'),
  ('东洲区', '210403', '东洲', 'district', '210400'),
  ('望花区', '210404', '望花', 'district', '210400'),
  ('顺城区', '210411', '顺城', 'district', '210400'),
  ('抚顺县', '210421', '抚顺', 'county', '210400'),
  ('新宾满族自治县', '210422', '新宾', 'county', '210400'),
  ('清原满族自治县', '210423', '清原', 'county', '210400'),
  ('平山区', '210502', '平山', 'district', '210500'),
  ('溪湖区', '210503', '溪湖', 'district', '210500'),
  ('明山区', '210504', '明山', 'district', '210500'),
  ('南芬区', '210505', '南芬', 'district', '210500'),
  ('本溪满族自治县', '210521', '本溪', 'county', '210500'),
  ('桓仁满族自治县', '210522', '桓仁', 'county', '210500'),
  ('元宝区', '210602', '元宝', 'district', '210600'),
  ('振兴区', '210603', '振兴', 'district', '210600'),
  ('振安区', '210604', '振安', 'district', '210600'),
  ('宽甸满族自治县', '210624', '宽甸', 'county', '210600'),
  ('东港市', '210681', '东港', 'county', '210600'),
  ('凤城市', '210682', '凤城', 'county', '210600'),
  ('古塔区', '210702', '古塔', 'district', '210700'),
  ('凌河区', '210703', '凌河', 'district', '210700'),
  ('太和区', '210711', '太和', 'district', '210700'),
  ('黑山县', '210726', '黑山', 'county', '210700'),
  ('义县', '210727', '义', 'county', '210700'),
  ('凌海市', '210781', '凌海', 'county', '210700'),
  ('北镇市', '210782', '北镇', 'county', '210700'),
  ('站前区', '210802', '站前', 'district', '210800'),
  ('西市区', '210803', '西市', 'district', '210800'),
  ('鲅鱼圈区', '210804', '鲅鱼圈', 'district', '210800'),
  ('老边区', '210811', '老边', 'district', '210800'),
  ('盖州市', '210881', '盖州', 'county', '210800'),
  ('大石桥市', '210882', '大石桥', 'county', '210800'),
  ('海州区', '210902', '海州', 'district', '210900'),
  ('新邱区', '210903', '新邱', 'district', '210900'),
  ('太平区', '210904', '太平', 'district', '210900'),
  ('清河门区', '210905', '清河门', 'district', '210900'),
  ('细河区', '210911', '细河', 'district', '210900'),
  ('阜新蒙古族自治县', '210921', '阜新', 'county', '210900'),
  ('彰武县', '210922', '彰武', 'county', '210900'),
  ('白塔区', '211002', '白塔', 'district', '211000'),
  ('文圣区', '211003', '文圣', 'district', '211000'),
  ('宏伟区', '211004', '宏伟', 'district', '211000'),
  ('弓长岭区', '211005', '弓长岭', 'district', '211000'),
  ('太子河区', '211011', '太子河', 'district', '211000'),
  ('辽阳县', '211021', '辽阳', 'county', '211000'),
  ('灯塔市', '211081', '灯塔', 'county', '211000'),
  ('双台子区', '211102', '双台子', 'district', '211100'),
  ('兴隆台区', '211103', '兴隆台', 'district', '211100'),
  ('大洼区', '211104', '大洼', 'district', '211100'),
  ('盘山县', '211122', '盘山', 'county', '211100'),
  ('银州区', '211202', '银州', 'district', '211200'),
  ('清河区', '211204', '清河', 'district', '211200'),
  ('铁岭县', '211221', '铁岭', 'county', '211200'),
  ('西丰县', '211223', '西丰', 'county', '211200'),
  ('昌图县', '211224', '昌图', 'county', '211200'),
  ('调兵山市', '211281', '调兵山', 'county', '211200'),
  ('开原市', '211282', '开原', 'county', '211200'),
  ('双塔区', '211302', '双塔', 'district', '211300'),
  ('龙城区', '211303', '龙城', 'district', '211300'),
  ('朝阳县', '211321', '朝阳', 'county', '211300'),
  ('建平县', '211322', '建平', 'county', '211300'),
  ('喀喇沁左翼蒙古族自治县', '211324', '喀喇沁左翼', 'county', '211300'),
  ('北票市', '211381', '北票', 'county', '211300'),
  ('凌源市', '211382', '凌源', 'county', '211300'),
  ('连山区', '211402', '连山', 'district', '211400'),
  ('龙港区', '211403', '龙港', 'district', '211400'),
  ('南票区', '211404', '南票', 'district', '211400'),
  ('绥中县', '211421', '绥中', 'county', '211400'),
  ('建昌县', '211422', '建昌', 'county', '211400'),
  ('兴城市', '211481', '兴城', 'county', '211400'),
  ('南关区', '220102', '南关', 'district', '220100'),
  ('宽城区', '220103', '宽城', 'district', '220100'),
  ('朝阳区', '220104', '朝阳', 'district', '220100'),
  ('二道区', '220105', '二道', 'district', '220100'),
  ('绿园区', '220106', '绿园', 'district', '220100'),
  ('双阳区', '220112', '双阳', 'district', '220100'),
  ('九台区', '220113', '九台', 'district', '220100'),
  ('农安县', '220122', '农安', 'county', '220100'),
  ('榆树市', '220182', '榆树', 'county', '220100'),
  ('德惠市', '220183', '德惠', 'county', '220100'),
  ('公主岭市', '220184', '公主岭', 'county', '220100'),
  ('昌邑区', '220202', '昌邑', 'district', '220200'),
  ('龙潭区', '220203', '龙潭', 'district', '220200'),
  ('船营区', '220204', '船营', 'district', '220200'),
  ('丰满区', '220211', '丰满', 'district', '220200'),
  ('永吉县', '220221', '永吉', 'county', '220200'),
  ('蛟河市', '220281', '蛟河', 'county', '220200'),
  ('桦甸市', '220282', '桦甸', 'county', '220200'),
  ('舒兰市', '220283', '舒兰', 'county', '220200'),
  ('磐石市', '220284', '磐石', 'county', '220200'),
  ('铁西区', '220302', '铁西', 'district', '220300'),
  ('铁东区', '220303', '铁东', 'district', '220300'),
  ('梨树县', '220322', '梨树', 'county', '220300'),
  ('伊通满族自治县', '220323', '伊通', 'county', '220300'),
  ('双辽市', '220382', '双辽', 'county', '220300'),
  ('龙山区', '220402', '龙山', 'district', '220400'),
  ('西安区', '220403', '西安', 'district', '220400'),
  ('东丰县', '220421', '东丰', 'county', '220400'),
  ('东辽县', '220422', '东辽', 'county', '220400'),
  ('东昌区', '220502', '东昌', 'district', '220500'),
  ('二道江区', '220503', '二道江', 'district', '220500'),
  ('通化县', '220521', '通化', 'county', '220500'),
  ('辉南县', '220523', '辉南', 'county', '220500'),
  ('柳河县', '220524', '柳河', 'county', '220500'),
  ('梅河口市', '220581', '梅河口', 'county', '220500'),
  ('集安市', '220582', '集安', 'county', '220500'),
  ('浑江区', '220602', '浑江', 'district', '220600'),
  ('江源区', '220605', '江源', 'district', '220600'),
  ('抚松县', '220621', '抚松', 'county', '220600'),
  ('靖宇县', '220622', '靖宇', 'county', '220600'),
  ('长白朝鲜族自治县', '220623', '长白', 'county', '220600'),
  ('临江市', '220681', '临江', 'county', '220600'),
  ('宁江区', '220702', '宁江', 'district', '220700'),
  ('前郭尔罗斯蒙古族自治县', '220721', '前郭尔罗斯', 'county', '220700'),
  ('长岭县', '220722', '长岭', 'county', '220700'),
  ('乾安县', '220723', '乾安', 'county', '220700'),
  ('扶余市', '220781', '扶余', 'county', '220700'),
  ('洮北区', '220802', '洮北', 'district', '220800'),
  ('镇赉县', '220821', '镇赉', 'county', '220800'),
  ('通榆县', '220822', '通榆', 'county', '220800'),
  ('洮南市', '220881', '洮南', 'county', '220800'),
  ('大安市', '220882', '大安', 'county', '220800'),
  ('延吉市', '222401', '延吉', 'county', '222400'),
  ('图们市', '222402', '图们', 'county', '222400'),
  ('敦化市', '222403', '敦化', 'county', '222400'),
  ('珲春市', '222404', '珲春', 'county', '222400'),
  ('龙井市', '222405', '龙井', 'county', '222400'),
  ('和龙市', '222406', '和龙', 'county', '222400'),
  ('汪清县', '222424', '汪清', 'county', '222400'),
  ('安图县', '222426', '安图', 'county', '222400'),
  ('道里区', '230102', '道里', 'district', '230100'),
  ('南岗区', '230103', '南岗', 'district', '230100'),
  ('道外区', '230104', '道外', 'district', '230100'),
  ('平房区', '230108', '平房', 'district', '230100'),
  ('松北区', '230109', '松北', 'district', '230100'),
  ('香坊区', '230110', '香坊', 'district', '230100'),
  ('呼兰区', '230111', '呼兰', 'district', '230100'),
  ('阿城区', '230112', '阿城', 'district', '230100'),
  ('双城区', '230113', '双城', 'district', '230100'),
  ('依兰县', '230123', '依兰', 'county', '230100'),
  ('方正县', '230124', '方正', 'county', '230100'),
  ('宾县', '230125', '宾', 'county', '230100'),
  ('巴彦县', '230126', '巴彦', 'county', '230100'),
  ('木兰县', '230127', '木兰', 'county', '230100'),
  ('通河县', '230128', '通河', 'county', '230100'),
  ('延寿县', '230129', '延寿', 'county', '230100'),
  ('尚志市', '230183', '尚志', 'county', '230100'),
  ('五常市', '230184', '五常', 'county', '230100'),
  ('龙沙区', '230202', '龙沙', 'district', '230200'),
  ('建华区', '230203', '建华', 'district', '230200'),
  ('铁锋区', '230204', '铁锋', 'district', '230200'),
  ('昂昂溪区', '230205', '昂昂溪', 'district', '230200'),
  ('富拉尔基区', '230206', '富拉尔基', 'district', '230200'),
  ('碾子山区', '230207', '碾子山', 'district', '230200'),
  ('梅里斯达斡尔族区', '230208', '梅里斯达斡尔族', 'district', '230200'),
  ('龙江县', '230221', '龙江', 'county', '230200'),
  ('依安县', '230223', '依安', 'county', '230200'),
  ('泰来县', '230224', '泰来', 'county', '230200'),
  ('甘南县', '230225', '甘南', 'county', '230200'),
  ('富裕县', '230227', '富裕', 'county', '230200'),
  ('克山县', '230229', '克山', 'county', '230200'),
  ('克东县', '230230', '克东', 'county', '230200'),
  ('拜泉县', '230231', '拜泉', 'county', '230200'),
  ('讷河市', '230281', '讷河', 'county', '230200'),
  ('鸡冠区', '230302', '鸡冠', 'district', '230300'),
  ('恒山区', '230303', '恒山', 'district', '230300'),
  ('滴道区', '230304', '滴道', 'district', '230300'),
  ('梨树区', '230305', '梨树', 'district', '230300'),
  ('城子河区', '230306', '城子河', 'district', '230300'),
  ('麻山区', '230307', '麻山', 'district', '230300'),
  ('鸡东县', '230321', '鸡东', 'county', '230300'),
  ('虎林市', '230381', '虎林', 'county', '230300'),
  ('密山市', '230382', '密山', 'county', '230300'),
  ('向阳区', '230402', '向阳', 'district', '230400'),
  ('工农区', '230403', '工农', 'district', '230400'),
  ('南山区', '230404', '南山', 'district', '230400'),
  ('兴安区', '230405', '兴安', 'district', '230400'),
  ('东山区', '230406', '东山', 'district', '230400'),
  ('兴山区', '230407', '兴山', 'district', '230400'),
  ('萝北县', '230421', '萝北', 'county', '230400'),
  ('绥滨县', '230422', '绥滨', 'county', '230400'),
  ('尖山区', '230502', '尖山', 'district', '230500'),
  ('岭东区', '230503', '岭东', 'district', '230500'),
  ('四方台区', '230505', '四方台', 'district', '230500'),
  ('宝山区', '230506', '宝山', 'district', '230500'),
  ('集贤县', '230521', '集贤', 'county', '230500'),
  ('友谊县', '230522', '友谊', 'county', '230500'),
  ('宝清县', '230523', '宝清', 'county', '230500'),
  ('饶河县', '230524', '饶河', 'county', '230500'),
  ('萨尔图区', '230602', '萨尔图', 'district', '230600'),
  ('龙凤区', '230603', '龙凤', 'district', '230600'),
  ('让胡路区', '230604', '让胡路', 'district', '230600'),
  ('红岗区', '230605', '红岗', 'district', '230600'),
  ('大同区', '230606', '大同', 'district', '230600'),
  ('肇州县', '230621', '肇州', 'county', '230600'),
  ('肇源县', '230622', '肇源', 'county', '230600'),
  ('林甸县', '230623', '林甸', 'county', '230600'),
  ('杜尔伯特蒙古族自治县', '230624', '杜尔伯特', 'county', '230600'),
  ('伊美区', '230717', '伊美', 'district', '230700'),
  ('乌翠区', '230718', '乌翠', 'district', '230700'),
  ('友好区', '230719', '友好', 'district', '230700'),
  ('嘉荫县', '230722', '嘉荫', 'county', '230700'),
  ('汤旺县', '230723', '汤旺', 'county', '230700'),
  ('丰林县', '230724', '丰林', 'county', '230700'),
  ('大箐山县', '230725', '大箐山', 'county', '230700'),
  ('南岔县', '230726', '南岔', 'county', '230700'),
  ('金林区', '230751', '金林', 'district', '230700'),
  ('铁力市', '230781', '铁力', 'county', '230700'),
  ('向阳区', '230803', '向阳', 'district', '230800'),
  ('前进区', '230804', '前进', 'district', '230800'),
  ('东风区', '230805', '东风', 'district', '230800'),
  ('郊区', '230811', '郊', 'district', '230800'),
  ('桦南县', '230822', '桦南', 'county', '230800'),
  ('桦川县', '230826', '桦川', 'county', '230800'),
  ('汤原县', '230828', '汤原', 'county', '230800'),
  ('同江市', '230881', '同江', 'county', '230800'),
  ('富锦市', '230882', '富锦', 'county', '230800'),
  ('抚远市', '230883', '抚远', 'county', '230800'),
  ('新兴区', '230902', '新兴', 'district', '230900'),
  ('桃山区', '230903', '桃山', 'district', '230900'),
  ('茄子河区', '230904', '茄子河', 'district', '230900'),
  ('勃利县', '230921', '勃利', 'county', '230900'),
  ('东安区', '231002', '东安', 'district', '231000'),
  ('阳明区', '231003', '阳明', 'district', '231000'),
  ('爱民区', '231004', '爱民', 'district', '231000'),
  ('西安区', '231005', '西安', 'district', '231000'),
  ('林口县', '231025', '林口', 'county', '231000'),
  ('绥芬河市', '231081', '绥芬河', 'county', '231000'),
  ('海林市', '231083', '海林', 'county', '231000'),
  ('宁安市', '231084', '宁安', 'county', '231000'),
  ('穆棱市', '231085', '穆棱', 'county', '231000'),
  ('东宁市', '231086', '东宁', 'county', '231000'),
  ('爱辉区', '231102', '爱辉', 'district', '231100'),
  ('逊克县', '231123', '逊克', 'county', '231100'),
  ('孙吴县', '231124', '孙吴', 'county', '231100'),
  ('北安市', '231181', '北安', 'county', '231100'),
  ('五大连池市', '231182', '五大连池', 'county', '231100'),
  ('嫩江市', '231183', '嫩江', 'county', '231100'),
  ('北林区', '231202', '北林', 'district', '231200'),
  ('望奎县', '231221', '望奎', 'county', '231200'),
  ('兰西县', '231222', '兰西', 'county', '231200'),
  ('青冈县', '231223', '青冈', 'county', '231200'),
  ('庆安县', '231224', '庆安', 'county', '231200'),
  ('明水县', '231225', '明水', 'county', '231200'),
  ('绥棱县', '231226', '绥棱', 'county', '231200'),
  ('安达市', '231281', '安达', 'county', '231200'),
  ('肇东市', '231282', '肇东', 'county', '231200'),
  ('海伦市', '231283', '海伦', 'county', '231200'),
  ('漠河市', '232701', '漠河', 'county', '232700'),
  ('呼玛县', '232721', '呼玛', 'county', '232700'),
  ('塔河县', '232722', '塔河', 'county', '232700'),
  ('加格达奇区', '232761', '加格达奇', 'district', '232700'),
  ('松岭区', '232762', '松岭', 'district', '232700'),
  ('新林区', '232763', '新林', 'district', '232700'),
  ('呼中区', '232764', '呼中', 'district', '232700'),
  ('黄浦区', '310101', '黄浦', 'district', '310000'),
  ('徐汇区', '310104', '徐汇', 'district', '310000'),
  ('长宁区', '310105', '长宁', 'district', '310000'),
  ('静安区', '310106', '静安', 'district', '310000'),
  ('普陀区', '310107', '普陀', 'district', '310000'),
  ('虹口区', '310109', '虹口', 'district', '310000'),
  ('杨浦区', '310110', '杨浦', 'district', '310000'),
  ('闵行区', '310112', '闵行', 'district', '310000'),
  ('宝山区', '310113', '宝山', 'district', '310000'),
  ('嘉定区', '310114', '嘉定', 'district', '310000'),
  ('浦东新区', '310115', '浦东', 'district', '310000'),
  ('金山区', '310116', '金山', 'district', '310000'),
  ('松江区', '310117', '松江', 'district', '310000'),
  ('青浦区', '310118', '青浦', 'district', '310000'),
  ('奉贤区', '310120', '奉贤', 'district', '310000'),
  ('崇明区', '310151', '崇明', 'district', '310000'),
  ('玄武区', '320102', '玄武', 'district', '320100'),
  ('秦淮区', '320104', '秦淮', 'district', '320100'),
  ('建邺区', '320105', '建邺', 'district', '320100'),
  ('鼓楼区', '320106', '鼓楼', 'district', '320100'),
  ('浦口区', '320111', '浦口', 'district', '320100'),
  ('栖霞区', '320113', '栖霞', 'district', '320100'),
  ('雨花台区', '320114', '雨花台', 'district', '320100'),
  ('江宁区', '320115', '江宁', 'district', '320100'),
  ('六合区', '320116', '六合', 'district', '320100'),
  ('溧水区', '320117', '溧水', 'district', '320100'),
  ('高淳区', '320118', '高淳', 'district', '320100'),
  ('锡山区', '320205', '锡山', 'district', '320200'),
  ('惠山区', '320206', '惠山', 'district', '320200'),
  ('滨湖区', '320211', '滨湖', 'district', '320200'),
  ('梁溪区', '320213', '梁溪', 'district', '320200'),
  ('新吴区', '320214', '新吴', 'district', '320200'),
  ('江阴市', '320281', '江阴', 'county', '320200'),
  ('宜兴市', '320282', '宜兴', 'county', '320200'),
  ('鼓楼区', '320302', '鼓楼', 'district', '320300'),
  ('云龙区', '320303', '云龙', 'district', '320300'),
  ('贾汪区', '320305', '贾汪', 'district', '320300'),
  ('泉山区', '320311', '泉山', 'district', '320300'),
  ('铜山区', '320312', '铜山', 'district', '320300'),
  ('丰县', '320321', '丰', 'county', '320300'),
  ('沛县', '320322', '沛', 'county', '320300'),
  ('睢宁县', '320324', '睢宁', 'county', '320300'),
  ('新沂市', '320381', '新沂', 'county', '320300'),
  ('邳州市', '320382', '邳州', 'county', '320300'),
  ('天宁区', '320402', '天宁', 'district', '320400'),
  ('钟楼区', '320404', '钟楼', 'district', '320400'),
  ('新北区', '320411', '新北', 'district', '320400'),
  ('武进区', '320412', '武进', 'district', '320400'),
  ('金坛区', '320413', '金坛', 'district', '320400'),
  ('溧阳市', '320481', '溧阳', 'county', '320400'),
  ('虎丘区', '320505', '虎丘', 'district', '320500'),
  ('吴中区', '320506', '吴中', 'district', '320500'),
  ('相城区', '320507', '相城', 'district', '320500'),
  ('姑苏区', '320508', '姑苏', 'district', '320500'),
  ('吴江区', '320509', '吴江', 'district', '320500'),
  ('常熟市', '320581', '常熟', 'county', '320500'),
  ('张家港市', '320582', '张家港', 'county', '320500'),
  ('昆山市', '320583', '昆山', 'county', '320500'),
  ('太仓市', '320585', '太仓', 'county', '320500'),
  ('通州区', '320612', '通州', 'district', '320600'),
  ('崇川区', '320613', '崇川', 'district', '320600'),
  ('海门区', '320614', '海门', 'district', '320600'),
  ('如东县', '320623', '如东', 'county', '320600'),
  ('启东市', '320681', '启东', 'county', '320600'),
  ('如皋市', '320682', '如皋', 'county', '320600'),
  ('海安市', '320685', '海安', 'county', '320600'),
  ('连云区', '320703', '连云', 'district', '320700'),
  ('海州区', '320706', '海州', 'district', '320700'),
  ('赣榆区', '320707', '赣榆', 'district', '320700'),
  ('东海县', '320722', '东海', 'county', '320700'),
  ('灌云县', '320723', '灌云', 'county', '320700'),
  ('灌南县', '320724', '灌南', 'county', '320700'),
  ('淮安区', '320803', '淮安', 'district', '320800'),
  ('淮阴区', '320804', '淮阴', 'district', '320800'),
  ('清江浦区', '320812', '清江浦', 'district', '320800'),
  ('洪泽区', '320813', '洪泽', 'district', '320800'),
  ('涟水县', '320826', '涟水', 'county', '320800'),
  ('盱眙县', '320830', '盱眙', 'county', '320800'),
  ('金湖县', '320831', '金湖', 'county', '320800'),
  ('亭湖区', '320902', '亭湖', 'district', '320900'),
  ('盐都区', '320903', '盐都', 'district', '320900'),
  ('大丰区', '320904', '大丰', 'district', '320900'),
  ('响水县', '320921', '响水', 'county', '320900'),
  ('滨海县', '320922', '滨海', 'county', '320900'),
  ('阜宁县', '320923', '阜宁', 'county', '320900'),
  ('射阳县', '320924', '射阳', 'county', '320900'),
  ('建湖县', '320925', '建湖', 'county', '320900'),
  ('东台市', '320981', '东台', 'county', '320900'),
  ('广陵区', '321002', '广陵', 'district', '321000'),
  ('邗江区', '321003', '邗江', 'district', '321000'),
  ('江都区', '321012', '江都', 'district', '321000'),
  ('宝应县', '321023', '宝应', 'county', '321000'),
  ('仪征市', '321081', '仪征', 'county', '321000'),
  ('高邮市', '321084', '高邮', 'county', '321000'),
  ('京口区', '321102', '京口', 'district', '321100'),
  ('润州区', '321111', '润州', 'district', '321100'),
  ('丹徒区', '321112', '丹徒', 'district', '321100'),
  ('丹阳市', '321181', '丹阳', 'county', '321100'),
  ('扬中市', '321182', '扬中', 'county', '321100'),
  ('句容市', '321183', '句容', 'county', '321100'),
  ('海陵区', '321202', '海陵', 'district', '321200'),
  ('高港区', '321203', '高港', 'district', '321200'),
  ('姜堰区', '321204', '姜堰', 'district', '321200'),
  ('兴化市', '321281', '兴化', 'county', '321200'),
  ('靖江市', '321282', '靖江', 'county', '321200'),
  ('泰兴市', '321283', '泰兴', 'county', '321200'),
  ('宿城区', '321302', '宿城', 'district', '321300'),
  ('宿豫区', '321311', '宿豫', 'district', '321300'),
  ('沭阳县', '321322', '沭阳', 'county', '321300'),
  ('泗阳县', '321323', '泗阳', 'county', '321300'),
  ('泗洪县', '321324', '泗洪', 'county', '321300'),
  ('上城区', '330102', '上城', 'district', '330100'),
  ('拱墅区', '330105', '拱墅', 'district', '330100'),
  ('西湖区', '330106', '西湖', 'district', '330100'),
  ('滨江区', '330108', '滨江', 'district', '330100'),
  ('萧山区', '330109', '萧山', 'district', '330100'),
  ('余杭区', '330110', '余杭', 'district', '330100'),
  ('富阳区', '330111', '富阳', 'district', '330100'),
  ('临安区', '330112', '临安', 'district', '330100'),
  ('临平区', '330113', '临平', 'district', '330100'),
  ('钱塘区', '330114', '钱塘', 'district', '330100'),
  ('桐庐县', '330122', '桐庐', 'county', '330100'),
  ('淳安县', '330127', '淳安', 'county', '330100'),
  ('建德市', '330182', '建德', 'county', '330100'),
  ('海曙区', '330203', '海曙', 'district', '330200'),
  ('江北区', '330205', '江北', 'district', '330200'),
  ('北仑区', '330206', '北仑', 'district', '330200'),
  ('镇海区', '330211', '镇海', 'district', '330200'),
  ('鄞州区', '330212', '鄞州', 'district', '330200'),
  ('奉化区', '330213', '奉化', 'district', '330200'),
  ('象山县', '330225', '象山', 'county', '330200'),
  ('宁海县', '330226', '宁海', 'county', '330200'),
  ('余姚市', '330281', '余姚', 'county', '330200'),
  ('慈溪市', '330282', '慈溪', 'county', '330200'),
  ('鹿城区', '330302', '鹿城', 'district', '330300'),
  ('龙湾区', '330303', '龙湾', 'district', '330300'),
  ('瓯海区', '330304', '瓯海', 'district', '330300'),
  ('洞头区', '330305', '洞头', 'district', '330300'),
  ('永嘉县', '330324', '永嘉', 'county', '330300'),
  ('平阳县', '330326', '平阳', 'county', '330300'),
  ('苍南县', '330327', '苍南', 'county', '330300'),
  ('文成县', '330328', '文成', 'county', '330300'),
  ('泰顺县', '330329', '泰顺', 'county', '330300'),
  ('瑞安市', '330381', '瑞安', 'county', '330300'),
  ('乐清市', '330382', '乐清', 'county', '330300'),
  ('龙港市', '330383', '龙港', 'county', '330300'),
  ('南湖区', '330402', '南湖', 'district', '330400'),
  ('秀洲区', '330411', '秀洲', 'district', '330400'),
  ('嘉善县', '330421', '嘉善', 'county', '330400'),
  ('海盐县', '330424', '海盐', 'county', '330400'),
  ('海宁市', '330481', '海宁', 'county', '330400'),
  ('平湖市', '330482', '平湖', 'county', '330400'),
  ('桐乡市', '330483', '桐乡', 'county', '330400'),
  ('吴兴区', '330502', '吴兴', 'district', '330500'),
  ('南浔区', '330503', '南浔', 'district', '330500'),
  ('德清县', '330521', '德清', 'county', '330500'),
  ('长兴县', '330522', '长兴', 'county', '330500'),
  ('安吉县', '330523', '安吉', 'county', '330500'),
  ('越城区', '330602', '越城', 'district', '330600'),
  ('柯桥区', '330603', '柯桥', 'district', '330600'),
  ('上虞区', '330604', '上虞', 'district', '330600'),
  ('新昌县', '330624', '新昌', 'county', '330600'),
  ('诸暨市', '330681', '诸暨', 'county', '330600'),
  ('嵊州市', '330683', '嵊州', 'county', '330600'),
  ('婺城区', '330702', '婺城', 'district', '330700'),
  ('金东区', '330703', '金东', 'district', '330700'),
  ('武义县', '330723', '武义', 'county', '330700'),
  ('浦江县', '330726', '浦江', 'county', '330700'),
  ('磐安县', '330727', '磐安', 'county', '330700'),
  ('兰溪市', '330781', '兰溪', 'county', '330700'),
  ('义乌市', '330782', '义乌', 'county', '330700'),
  ('东阳市', '330783', '东阳', 'county', '330700'),
  ('永康市', '330784', '永康', 'county', '330700'),
  ('柯城区', '330802', '柯城', 'district', '330800'),
  ('衢江区', '330803', '衢江', 'district', '330800'),
  ('常山县', '330822', '常山', 'county', '330800'),
  ('开化县', '330824', '开化', 'county', '330800'),
  ('龙游县', '330825', '龙游', 'county', '330800'),
  ('江山市', '330881', '江山', 'county', '330800'),
  ('定海区', '330902', '定海', 'district', '330900'),
  ('普陀区', '330903', '普陀', 'district', '330900'),
  ('岱山县', '330921', '岱山', 'county', '330900'),
  ('嵊泗县', '330922', '嵊泗', 'county', '330900'),
  ('椒江区', '331002', '椒江', 'district', '331000'),
  ('黄岩区', '331003', '黄岩', 'district', '331000'),
  ('路桥区', '331004', '路桥', 'district', '331000'),
  ('三门县', '331022', '三门', 'county', '331000'),
  ('天台县', '331023', '天台', 'county', '331000'),
  ('仙居县', '331024', '仙居', 'county', '331000'),
  ('温岭市', '331081', '温岭', 'county', '331000'),
  ('临海市', '331082', '临海', 'county', '331000'),
  ('玉环市', '331083', '玉环', 'county', '331000'),
  ('莲都区', '331102', '莲都', 'district', '331100'),
  ('青田县', '331121', '青田', 'county', '331100'),
  ('缙云县', '331122', '缙云', 'county', '331100'),
  ('遂昌县', '331123', '遂昌', 'county', '331100'),
  ('松阳县', '331124', '松阳', 'county', '331100'),
  ('云和县', '331125', '云和', 'county', '331100'),
  ('庆元县', '331126', '庆元', 'county', '331100'),
  ('景宁畲族自治县', '331127', '景宁', 'county', '331100'),
  ('龙泉市', '331181', '龙泉', 'county', '331100'),
  ('瑶海区', '340102', '瑶海', 'district', '340100'),
  ('庐阳区', '340103', '庐阳', 'district', '340100'),
  ('蜀山区', '340104', '蜀山', 'district', '340100'),
  ('包河区', '340111', '包河', 'district', '340100'),
  ('长丰县', '340121', '长丰', 'county', '340100'),
  ('肥东县', '340122', '肥东', 'county', '340100'),
  ('肥西县', '340123', '肥西', 'county', '340100'),
  ('庐江县', '340124', '庐江', 'county', '340100'),
  ('巢湖市', '340181', '巢湖', 'county', '340100'),
  ('镜湖区', '340202', '镜湖', 'district', '340200'),
  ('鸠江区', '340207', '鸠江', 'district', '340200'),
  ('弋江区', '340209', '弋江', 'district', '340200'),
  ('湾沚区', '340210', '湾沚', 'district', '340200'),
  ('繁昌区', '340212', '繁昌', 'district', '340200'),
  ('南陵县', '340223', '南陵', 'county', '340200'),
  ('无为市', '340281', '无为', 'county', '340200'),
  ('龙子湖区', '340302', '龙子湖', 'district', '340300'),
  ('蚌山区', '340303', '蚌山', 'district', '340300'),
  ('禹会区', '340304', '禹会', 'district', '340300'),
  ('淮上区', '340311', '淮上', 'district', '340300'),
  ('怀远县', '340321', '怀远', 'county', '340300'),
  ('五河县', '340322', '五河', 'county', '340300'),
  ('固镇县', '340323', '固镇', 'county', '340300'),
  ('大通区', '340402', '大通', 'district', '340400'),
  ('田家庵区', '340403', '田家庵', 'district', '340400'),
  ('谢家集区', '340404', '谢家集', 'district', '340400'),
  ('八公山区', '340405', '八公山', 'district', '340400'),
  ('潘集区', '340406', '潘集', 'district', '340400'),
  ('凤台县', '340421', '凤台', 'county', '340400'),
  ('寿县', '340422', '寿', 'county', '340400'),
  ('花山区', '340503', '花山', 'district', '340500'),
  ('雨山区', '340504', '雨山', 'district', '340500'),
  ('博望区', '340506', '博望', 'district', '340500'),
  ('当涂县', '340521', '当涂', 'county', '340500'),
  ('含山县', '340522', '含山', 'county', '340500'),
  ('和县', '340523', '和', 'county', '340500'),
  ('杜集区', '340602', '杜集', 'district', '340600'),
  ('相山区', '340603', '相山', 'district', '340600'),
  ('烈山区', '340604', '烈山', 'district', '340600'),
  ('濉溪县', '340621', '濉溪', 'county', '340600'),
  ('铜官区', '340705', '铜官', 'district', '340700'),
  ('义安区', '340706', '义安', 'district', '340700'),
  ('郊区', '340711', '郊', 'district', '340700'),
  ('枞阳县', '340722', '枞阳', 'county', '340700'),
  ('迎江区', '340802', '迎江', 'district', '340800'),
  ('大观区', '340803', '大观', 'district', '340800'),
  ('宜秀区', '340811', '宜秀', 'district', '340800'),
  ('怀宁县', '340822', '怀宁', 'county', '340800'),
  ('太湖县', '340825', '太湖', 'county', '340800'),
  ('宿松县', '340826', '宿松', 'county', '340800'),
  ('望江县', '340827', '望江', 'county', '340800'),
  ('岳西县', '340828', '岳西', 'county', '340800'),
  ('桐城市', '340881', '桐城', 'county', '340800'),
  ('潜山市', '340882', '潜山', 'county', '340800'),
  ('屯溪区', '341002', '屯溪', 'district', '341000'),
  ('黄山区', '341003', '黄山', 'district', '341000'),
  ('徽州区', '341004', '徽州', 'district', '341000'),
  ('歙县', '341021', '歙', 'county', '341000'),
  ('休宁县', '341022', '休宁', 'county', '341000'),
  ('黟县', '341023', '黟', 'county', '341000'),
  ('祁门县', '341024', '祁门', 'county', '341000'),
  ('琅琊区', '341102', '琅琊', 'district', '341100'),
  ('南谯区', '341103', '南谯', 'district', '341100'),
  ('来安县', '341122', '来安', 'county', '341100'),
  ('全椒县', '341124', '全椒', 'county', '341100'),
  ('定远县', '341125', '定远', 'county', '341100'),
  ('凤阳县', '341126', '凤阳', 'county', '341100'),
  ('天长市', '341181', '天长', 'county', '341100'),
  ('明光市', '341182', '明光', 'county', '341100'),
  ('颍州区', '341202', '颍州', 'district', '341200'),
  ('颍东区', '341203', '颍东', 'district', '341200'),
  ('颍泉区', '341204', '颍泉', 'district', '341200'),
  ('临泉县', '341221', '临泉', 'county', '341200'),
  ('太和县', '341222', '太和', 'county', '341200'),
  ('阜南县', '341225', '阜南', 'county', '341200'),
  ('颍上县', '341226', '颍上', 'county', '341200'),
  ('界首市', '341282', '界首', 'county', '341200'),
  ('埇桥区', '341302', '埇桥', 'district', '341300'),
  ('砀山县', '341321', '砀山', 'county', '341300'),
  ('萧县', '341322', '萧', 'county', '341300'),
  ('灵璧县', '341323', '灵璧', 'county', '341300'),
  ('泗县', '341324', '泗', 'county', '341300'),
  ('金安区', '341502', '金安', 'district', '341500'),
  ('裕安区', '341503', '裕安', 'district', '341500'),
  ('叶集区', '341504', '叶集', 'district', '341500'),
  ('霍邱县', '341522', '霍邱', 'county', '341500'),
  ('舒城县', '341523', '舒城', 'county', '341500'),
  ('金寨县', '341524', '金寨', 'county', '341500'),
  ('霍山县', '341525', '霍山', 'county', '341500'),
  ('谯城区', '341602', '谯城', 'district', '341600'),
  ('涡阳县', '341621', '涡阳', 'county', '341600'),
  ('蒙城县', '341622', '蒙城', 'county', '341600'),
  ('利辛县', '341623', '利辛', 'county', '341600'),
  ('贵池区', '341702', '贵池', 'district', '341700'),
  ('东至县', '341721', '东至', 'county', '341700'),
  ('石台县', '341722', '石台', 'county', '341700'),
  ('青阳县', '341723', '青阳', 'county', '341700'),
  ('宣州区', '341802', '宣州', 'district', '341800'),
  ('郎溪县', '341821', '郎溪', 'county', '341800'),
  ('泾县', '341823', '泾', 'county', '341800'),
  ('绩溪县', '341824', '绩溪', 'county', '341800'),
  ('旌德县', '341825', '旌德', 'county', '341800'),
  ('宁国市', '341881', '宁国', 'county', '341800'),
  ('广德市', '341882', '广德', 'county', '341800'),
  ('鼓楼区', '350102', '鼓楼', 'district', '350100'),
  ('台江区', '350103', '台江', 'district', '350100'),
  ('仓山区', '350104', '仓山', 'district', '350100'),
  ('马尾区', '350105', '马尾', 'district', '350100'),
  ('晋安区', '350111', '晋安', 'district', '350100'),
  ('长乐区', '350112', '长乐', 'district', '350100'),
  ('闽侯县', '350121', '闽侯', 'county', '350100'),
  ('连江县', '350122', '连江', 'county', '350100'),
  ('罗源县', '350123', '罗源', 'county', '350100'),
  ('闽清县', '350124', '闽清', 'county', '350100'),
  ('永泰县', '350125', '永泰', 'county', '350100'),
  ('平潭县', '350128', '平潭', 'county', '350100'),
  ('福清市', '350181', '福清', 'county', '350100'),
  ('思明区', '350203', '思明', 'district', '350200'),
  ('海沧区', '350205', '海沧', 'district', '350200'),
  ('湖里区', '350206', '湖里', 'district', '350200'),
  ('集美区', '350211', '集美', 'district', '350200'),
  ('同安区', '350212', '同安', 'district', '350200'),
  ('翔安区', '350213', '翔安', 'district', '350200'),
  ('城厢区', '350302', '城厢', 'district', '350300'),
  ('涵江区', '350303', '涵江', 'district', '350300'),
  ('荔城区', '350304', '荔城', 'district', '350300'),
  ('秀屿区', '350305', '秀屿', 'district', '350300'),
  ('仙游县', '350322', '仙游', 'county', '350300'),
  ('三元区', '350404', '三元', 'district', '350400'),
  ('沙县区', '350405', '沙县', 'district', '350400'),
  ('明溪县', '350421', '明溪', 'county', '350400'),
  ('清流县', '350423', '清流', 'county', '350400'),
  ('宁化县', '350424', '宁化', 'county', '350400'),
  ('大田县', '350425', '大田', 'county', '350400'),
  ('尤溪县', '350426', '尤溪', 'county', '350400'),
  ('将乐县', '350428', '将乐', 'county', '350400'),
  ('泰宁县', '350429', '泰宁', 'county', '350400'),
  ('建宁县', '350430', '建宁', 'county', '350400'),
  ('永安市', '350481', '永安', 'county', '350400'),
  ('鲤城区', '350502', '鲤城', 'district', '350500'),
  ('丰泽区', '350503', '丰泽', 'district', '350500'),
  ('洛江区', '350504', '洛江', 'district', '350500'),
  ('泉港区', '350505', '泉港', 'district', '350500'),
  ('惠安县', '350521', '惠安', 'county', '350500'),
  ('安溪县', '350524', '安溪', 'county', '350500'),
  ('永春县', '350525', '永春', 'county', '350500'),
  ('德化县', '350526', '德化', 'county', '350500'),
  ('金门县', '350527', '金门', 'county', '350500'),
  ('石狮市', '350581', '石狮', 'county', '350500'),
  ('晋江市', '350582', '晋江', 'county', '350500'),
  ('南安市', '350583', '南安', 'county', '350500'),
  ('芗城区', '350602', '芗城', 'district', '350600'),
  ('龙文区', '350603', '龙文', 'district', '350600'),
  ('龙海区', '350604', '龙海', 'district', '350600'),
  ('长泰区', '350605', '长泰', 'district', '350600'),
  ('云霄县', '350622', '云霄', 'county', '350600'),
  ('漳浦县', '350623', '漳浦', 'county', '350600'),
  ('诏安县', '350624', '诏安', 'county', '350600'),
  ('东山县', '350626', '东山', 'county', '350600'),
  ('南靖县', '350627', '南靖', 'county', '350600'),
  ('平和县', '350628', '平和', 'county', '350600'),
  ('华安县', '350629', '华安', 'county', '350600'),
  ('延平区', '350702', '延平', 'district', '350700'),
  ('建阳区', '350703', '建阳', 'district', '350700'),
  ('顺昌县', '350721', '顺昌', 'county', '350700'),
  ('浦城县', '350722', '浦城', 'county', '350700'),
  ('光泽县', '350723', '光泽', 'county', '350700'),
  ('松溪县', '350724', '松溪', 'county', '350700'),
  ('政和县', '350725', '政和', 'county', '350700'),
  ('邵武市', '350781', '邵武', 'county', '350700'),
  ('武夷山市', '350782', '武夷山', 'county', '350700'),
  ('建瓯市', '350783', '建瓯', 'county', '350700'),
  ('新罗区', '350802', '新罗', 'district', '350800'),
  ('永定区', '350803', '永定', 'district', '350800'),
  ('长汀县', '350821', '长汀', 'county', '350800'),
  ('上杭县', '350823', '上杭', 'county', '350800'),
  ('武平县', '350824', '武平', 'county', '350800'),
  ('连城县', '350825', '连城', 'county', '350800'),
  ('漳平市', '350881', '漳平', 'county', '350800'),
  ('蕉城区', '350902', '蕉城', 'district', '350900'),
  ('霞浦县', '350921', '霞浦', 'county', '350900'),
  ('古田县', '350922', '古田', 'county', '350900'),
  ('屏南县', '350923', '屏南', 'county', '350900'),
  ('寿宁县', '350924', '寿宁', 'county', '350900'),
  ('周宁县', '350925', '周宁', 'county', '350900'),
  ('柘荣县', '350926', '柘荣', 'county', '350900'),
  ('福安市', '350981', '福安', 'county', '350900'),
  ('福鼎市', '350982', '福鼎', 'county', '350900'),
  ('东湖区', '360102', '东湖', 'district', '360100'),
  ('西湖区', '360103', '西湖', 'district', '360100'),
  ('青云谱区', '360104', '青云谱', 'district', '360100'),
  ('青山湖区', '360111', '青山湖', 'district', '360100'),
  ('新建区', '360112', '新建', 'district', '360100'),
  ('红谷滩区', '360113', '红谷滩', 'district', '360100'),
  ('南昌县', '360121', '南昌', 'county', '360100'),
  ('安义县', '360123', '安义', 'county', '360100'),
  ('进贤县', '360124', '进贤', 'county', '360100'),
  ('昌江区', '360202', '昌江', 'district', '360200'),
  ('珠山区', '360203', '珠山', 'district', '360200'),
  ('浮梁县', '360222', '浮梁', 'county', '360200'),
  ('乐平市', '360281', '乐平', 'county', '360200'),
  ('安源区', '360302', '安源', 'district', '360300'),
  ('湘东区', '360313', '湘东', 'district', '360300'),
  ('莲花县', '360321', '莲花', 'county', '360300'),
  ('上栗县', '360322', '上栗', 'county', '360300'),
  ('芦溪县', '360323', '芦溪', 'county', '360300'),
  ('濂溪区', '360402', '濂溪', 'district', '360400'),
  ('浔阳区', '360403', '浔阳', 'district', '360400'),
  ('柴桑区', '360404', '柴桑', 'district', '360400'),
  ('武宁县', '360423', '武宁', 'county', '360400'),
  ('修水县', '360424', '修水', 'county', '360400'),
  ('永修县', '360425', '永修', 'county', '360400'),
  ('德安县', '360426', '德安', 'county', '360400'),
  ('都昌县', '360428', '都昌', 'county', '360400'),
  ('湖口县', '360429', '湖口', 'county', '360400'),
  ('彭泽县', '360430', '彭泽', 'county', '360400'),
  ('瑞昌市', '360481', '瑞昌', 'county', '360400'),
  ('共青城市', '360482', '共青城', 'county', '360400'),
  ('庐山市', '360483', '庐山', 'county', '360400'),
  ('渝水区', '360502', '渝水', 'district', '360500'),
  ('分宜县', '360521', '分宜', 'county', '360500'),
  ('月湖区', '360602', '月湖', 'district', '360600'),
  ('余江区', '360603', '余江', 'district', '360600'),
  ('贵溪市', '360681', '贵溪', 'county', '360600'),
  ('章贡区', '360702', '章贡', 'district', '360700'),
  ('南康区', '360703', '南康', 'district', '360700'),
  ('赣县区', '360704', '赣县', 'district', '360700'),
  ('信丰县', '360722', '信丰', 'county', '360700'),
  ('大余县', '360723', '大余', 'county', '360700'),
  ('上犹县', '360724', '上犹', 'county', '360700'),
  ('崇义县', '360725', '崇义', 'county', '360700'),
  ('安远县', '360726', '安远', 'county', '360700'),
  ('定南县', '360728', '定南', 'county', '360700'),
  ('全南县', '360729', '全南', 'county', '360700'),
  ('宁都县', '360730', '宁都', 'county', '360700'),
  ('于都县', '360731', '于都', 'county', '360700'),
  ('兴国县', '360732', '兴国', 'county', '360700'),
  ('会昌县', '360733', '会昌', 'county', '360700'),
  ('寻乌县', '360734', '寻乌', 'county', '360700'),
  ('石城县', '360735', '石城', 'county', '360700'),
  ('瑞金市', '360781', '瑞金', 'county', '360700'),
  ('龙南市', '360783', '龙南', 'county', '360700'),
  ('吉州区', '360802', '吉州', 'district', '360800'),
  ('青原区', '360803', '青原', 'district', '360800'),
  ('吉安县', '360821', '吉安', 'county', '360800'),
  ('吉水县', '360822', '吉水', 'county', '360800'),
  ('峡江县', '360823', '峡江', 'county', '360800'),
  ('新干县', '360824', '新干', 'county', '360800'),
  ('永丰县', '360825', '永丰', 'county', '360800'),
  ('泰和县', '360826', '泰和', 'county', '360800'),
  ('遂川县', '360827', '遂川', 'county', '360800'),
  ('万安县', '360828', '万安', 'county', '360800'),
  ('安福县', '360829', '安福', 'county', '360800'),
  ('永新县', '360830', '永新', 'county', '360800'),
  ('井冈山市', '360881', '井冈山', 'county', '360800'),
  ('袁州区', '360902', '袁州', 'district', '360900'),
  ('奉新县', '360921', '奉新', 'county', '360900'),
  ('万载县', '360922', '万载', 'county', '360900'),
  ('上高县', '360923', '上高', 'county', '360900'),
  ('宜丰县', '360924', '宜丰', 'county', '360900'),
  ('靖安县', '360925', '靖安', 'county', '360900'),
  ('铜鼓县', '360926', '铜鼓', 'county', '360900'),
  ('丰城市', '360981', '丰城', 'county', '360900'),
  ('樟树市', '360982', '樟树', 'county', '360900'),
  ('高安市', '360983', '高安', 'county', '360900'),
  ('临川区', '361002', '临川', 'district', '361000'),
  ('东乡区', '361003', '东乡', 'district', '361000'),
  ('南城县', '361021', '南城', 'county', '361000'),
  ('黎川县', '361022', '黎川', 'county', '361000'),
  ('南丰县', '361023', '南丰', 'county', '361000'),
  ('崇仁县', '361024', '崇仁', 'county', '361000'),
  ('乐安县', '361025', '乐安', 'county', '361000'),
  ('宜黄县', '361026', '宜黄', 'county', '361000'),
  ('金溪县', '361027', '金溪', 'county', '361000'),
  ('资溪县', '361028', '资溪', 'county', '361000'),
  ('广昌县', '361030', '广昌', 'county', '361000'),
  ('信州区', '361102', '信州', 'district', '361100'),
  ('广丰区', '361103', '广丰', 'district', '361100'),
  ('广信区', '361104', '广信', 'district', '361100'),
  ('玉山县', '361123', '玉山', 'county', '361100'),
  ('铅山县', '361124', '铅山', 'county', '361100'),
  ('横峰县', '361125', '横峰', 'county', '361100'),
  ('弋阳县', '361126', '弋阳', 'county', '361100'),
  ('余干县', '361127', '余干', 'county', '361100'),
  ('鄱阳县', '361128', '鄱阳', 'county', '361100'),
  ('万年县', '361129', '万年', 'county', '361100'),
  ('婺源县', '361130', '婺源', 'county', '361100'),
  ('德兴市', '361181', '德兴', 'county', '361100'),
  ('历下区', '370102', '历下', 'district', '370100'),
  ('市中区', '370103', '市中', 'district', '370100'),
  ('槐荫区', '370104', '槐荫', 'district', '370100'),
  ('天桥区', '370105', '天桥', 'district', '370100'),
  ('历城区', '370112', '历城', 'district', '370100'),
  ('长清区', '370113', '长清', 'district', '370100'),
  ('章丘区', '370114', '章丘', 'district', '370100'),
  ('济阳区', '370115', '济阳', 'district', '370100'),
  ('莱芜区', '370116', '莱芜', 'district', '370100'),
  ('钢城区', '370117', '钢城', 'district', '370100'),
  ('平阴县', '370124', '平阴', 'county', '370100'),
  ('商河县', '370126', '商河', 'county', '370100'),
  ('市南区', '370202', '市南', 'district', '370200'),
  ('市北区', '370203', '市北', 'district', '370200'),
  ('黄岛区', '370211', '黄岛', 'district', '370200'),
  ('崂山区', '370212', '崂山', 'district', '370200'),
  ('李沧区', '370213', '李沧', 'district', '370200'),
  ('城阳区', '370214', '城阳', 'district', '370200'),
  ('即墨区', '370215', '即墨', 'district', '370200'),
  ('胶州市', '370281', '胶州', 'county', '370200'),
  ('平度市', '370283', '平度', 'county', '370200'),
  ('莱西市', '370285', '莱西', 'county', '370200'),
  ('淄川区', '370302', '淄川', 'district', '370300'),
  ('张店区', '370303', '张店', 'district', '370300'),
  ('博山区', '370304', '博山', 'district', '370300'),
  ('临淄区', '370305', '临淄', 'district', '370300'),
  ('周村区', '370306', '周村', 'district', '370300'),
  ('桓台县', '370321', '桓台', 'county', '370300'),
  ('高青县', '370322', '高青', 'county', '370300'),
  ('沂源县', '370323', '沂源', 'county', '370300'),
  ('市中区', '370402', '市中', 'district', '370400'),
  ('薛城区', '370403', '薛城', 'district', '370400'),
  ('峄城区', '370404', '峄城', 'district', '370400'),
  ('台儿庄区', '370405', '台儿庄', 'district', '370400'),
  ('山亭区', '370406', '山亭', 'district', '370400'),
  ('滕州市', '370481', '滕州', 'county', '370400'),
  ('东营区', '370502', '东营', 'district', '370500'),
  ('河口区', '370503', '河口', 'district', '370500'),
  ('垦利区', '370505', '垦利', 'district', '370500'),
  ('利津县', '370522', '利津', 'county', '370500'),
  ('广饶县', '370523', '广饶', 'county', '370500'),
  ('芝罘区', '370602', '芝罘', 'district', '370600'),
  ('福山区', '370611', '福山', 'district', '370600'),
  ('牟平区', '370612', '牟平', 'district', '370600'),
  ('莱山区', '370613', '莱山', 'district', '370600'),
  ('蓬莱区', '370614', '蓬莱', 'district', '370600'),
  ('龙口市', '370681', '龙口', 'county', '370600'),
  ('莱阳市', '370682', '莱阳', 'county', '370600'),
  ('莱州市', '370683', '莱州', 'county', '370600'),
  ('招远市', '370685', '招远', 'county', '370600'),
  ('栖霞市', '370686', '栖霞', 'county', '370600'),
  ('海阳市', '370687', '海阳', 'county', '370600'),
  ('潍城区', '370702', '潍城', 'district', '370700'),
  ('寒亭区', '370703', '寒亭', 'district', '370700'),
  ('坊子区', '370704', '坊子', 'district', '370700'),
  ('奎文区', '370705', '奎文', 'district', '370700'),
  ('临朐县', '370724', '临朐', 'county', '370700'),
  ('昌乐县', '370725', '昌乐', 'county', '370700'),
  ('青州市', '370781', '青州', 'county', '370700'),
  ('诸城市', '370782', '诸城', 'county', '370700'),
  ('寿光市', '370783', '寿光', 'county', '370700'),
  ('安丘市', '370784', '安丘', 'county', '370700'),
  ('高密市', '370785', '高密', 'county', '370700'),
  ('昌邑市', '370786', '昌邑', 'county', '370700'),
  ('任城区', '370811', '任城', 'district', '370800'),
  ('兖州区', '370812', '兖州', 'district', '370800'),
  ('微山县', '370826', '微山', 'county', '370800'),
  ('鱼台县', '370827', '鱼台', 'county', '370800'),
  ('金乡县', '370828', '金乡', 'county', '370800'),
  ('嘉祥县', '370829', '嘉祥', 'county', '370800'),
  ('汶上县', '370830', '汶上', 'county', '370800'),
  ('泗水县', '370831', '泗水', 'county', '370800'),
  ('梁山县', '370832', '梁山', 'county', '370800'),
  ('曲阜市', '370881', '曲阜', 'county', '370800'),
  ('邹城市', '370883', '邹城', 'county', '370800'),
  ('泰山区', '370902', '泰山', 'district', '370900'),
  ('岱岳区', '370911', '岱岳', 'district', '370900'),
  ('宁阳县', '370921', '宁阳', 'county', '370900'),
  ('东平县', '370923', '东平', 'county', '370900'),
  ('新泰市', '370982', '新泰', 'county', '370900'),
  ('肥城市', '370983', '肥城', 'county', '370900'),
  ('环翠区', '371002', '环翠', 'district', '371000'),
  ('文登区', '371003', '文登', 'district', '371000'),
  ('荣成市', '371082', '荣成', 'county', '371000'),
  ('乳山市', '371083', '乳山', 'county', '371000'),
  ('东港区', '371102', '东港', 'district', '371100'),
  ('岚山区', '371103', '岚山', 'district', '371100'),
  ('五莲县', '371121', '五莲', 'county', '371100'),
  ('莒县', '371122', '莒', 'county', '371100'),
  ('兰山区', '371302', '兰山', 'district', '371300'),
  ('罗庄区', '371311', '罗庄', 'district', '371300'),
  ('河东区', '371312', '河东', 'district', '371300'),
  ('沂南县', '371321', '沂南', 'county', '371300'),
  ('郯城县', '371322', '郯城', 'county', '371300'),
  ('沂水县', '371323', '沂水', 'county', '371300'),
  ('兰陵县', '371324', '兰陵', 'county', '371300'),
  ('费县', '371325', '费', 'county', '371300'),
  ('平邑县', '371326', '平邑', 'county', '371300'),
  ('莒南县', '371327', '莒南', 'county', '371300'),
  ('蒙阴县', '371328', '蒙阴', 'county', '371300'),
  ('临沭县', '371329', '临沭', 'county', '371300'),
  ('德城区', '371402', '德城', 'district', '371400'),
  ('陵城区', '371403', '陵城', 'district', '371400'),
  ('宁津县', '371422', '宁津', 'county', '371400'),
  ('庆云县', '371423', '庆云', 'county', '371400'),
  ('临邑县', '371424', '临邑', 'county', '371400'),
  ('齐河县', '371425', '齐河', 'county', '371400'),
  ('平原县', '371426', '平原', 'county', '371400'),
  ('夏津县', '371427', '夏津', 'county', '371400'),
  ('武城县', '371428', '武城', 'county', '371400'),
  ('乐陵市', '371481', '乐陵', 'county', '371400'),
  ('禹城市', '371482', '禹城', 'county', '371400'),
  ('东昌府区', '371502', '东昌府', 'district', '371500'),
  ('茌平区', '371503', '茌平', 'district', '371500'),
  ('阳谷县', '371521', '阳谷', 'county', '371500'),
  ('莘县', '371522', '莘', 'county', '371500'),
  ('东阿县', '371524', '东阿', 'county', '371500'),
  ('冠县', '371525', '冠', 'county', '371500'),
  ('高唐县', '371526', '高唐', 'county', '371500'),
  ('临清市', '371581', '临清', 'county', '371500'),
  ('滨城区', '371602', '滨城', 'district', '371600'),
  ('沾化区', '371603', '沾化', 'district', '371600'),
  ('惠民县', '371621', '惠民', 'county', '371600'),
  ('阳信县', '371622', '阳信', 'county', '371600'),
  ('无棣县', '371623', '无棣', 'county', '371600'),
  ('博兴县', '371625', '博兴', 'county', '371600'),
  ('邹平市', '371681', '邹平', 'county', '371600'),
  ('牡丹区', '371702', '牡丹', 'district', '371700'),
  ('定陶区', '371703', '定陶', 'district', '371700'),
  ('曹县', '371721', '曹', 'county', '371700'),
  ('单县', '371722', '单', 'county', '371700'),
  ('成武县', '371723', '成武', 'county', '371700'),
  ('巨野县', '371724', '巨野', 'county', '371700'),
  ('郓城县', '371725', '郓城', 'county', '371700'),
  ('鄄城县', '371726', '鄄城', 'county', '371700'),
  ('东明县', '371728', '东明', 'county', '371700'),
  ('中原区', '410102', '中原', 'district', '410100'),
  ('二七区', '410103', '二七', 'district', '410100'),
  ('管城回族区', '410104', '管城回族', 'district', '410100'),
  ('金水区', '410105', '金水', 'district', '410100'),
  ('上街区', '410106', '上街', 'district', '410100'),
  ('惠济区', '410108', '惠济', 'district', '410100'),
  ('中牟县', '410122', '中牟', 'county', '410100'),
  ('巩义市', '410181', '巩义', 'county', '410100'),
  ('荥阳市', '410182', '荥阳', 'county', '410100'),
  ('新密市', '410183', '新密', 'county', '410100'),
  ('新郑市', '410184', '新郑', 'county', '410100'),
  ('登封市', '410185', '登封', 'county', '410100'),
  ('龙亭区', '410202', '龙亭', 'district', '410200'),
  ('顺河回族区', '410203', '顺河回族', 'district', '410200'),
  ('鼓楼区', '410204', '鼓楼', 'district', '410200'),
  ('禹王台区', '410205', '禹王台', 'district', '410200'),
  ('祥符区', '410212', '祥符', 'district', '410200'),
  ('杞县', '410221', '杞', 'county', '410200'),
  ('通许县', '410222', '通许', 'county', '410200'),
  ('尉氏县', '410223', '尉氏', 'county', '410200'),
  ('兰考县', '410225', '兰考', 'county', '410200'),
  ('老城区', '410302', '老城', 'district', '410300'),
  ('西工区', '410303', '西工', 'district', '410300'),
  ('瀍河回族区', '410304', '瀍河回族', 'district', '410300'),
  ('涧西区', '410305', '涧西', 'district', '410300'),
  ('偃师区', '410307', '偃师', 'district', '410300'),
  ('孟津区', '410308', '孟津', 'district', '410300'),
  ('洛龙区', '410311', '洛龙', 'district', '410300'),
  ('新安县', '410323', '新安', 'county', '410300'),
  ('栾川县', '410324', '栾川', 'county', '410300'),
  ('嵩县', '410325', '嵩', 'county', '410300'),
  ('汝阳县', '410326', '汝阳', 'county', '410300'),
  ('宜阳县', '410327', '宜阳', 'county', '410300'),
  ('洛宁县', '410328', '洛宁', 'county', '410300'),
  ('伊川县', '410329', '伊川', 'county', '410300'),
  ('新华区', '410402', '新华', 'district', '410400'),
  ('卫东区', '410403', '卫东', 'district', '410400'),
  ('石龙区', '410404', '石龙', 'district', '410400'),
  ('湛河区', '410411', '湛河', 'district', '410400'),
  ('宝丰县', '410421', '宝丰', 'county', '410400'),
  ('叶县', '410422', '叶', 'county', '410400'),
  ('鲁山县', '410423', '鲁山', 'county', '410400'),
  ('郏县', '410425', '郏', 'county', '410400'),
  ('舞钢市', '410481', '舞钢', 'county', '410400'),
  ('汝州市', '410482', '汝州', 'county', '410400'),
  ('文峰区', '410502', '文峰', 'district', '410500'),
  ('北关区', '410503', '北关', 'district', '410500'),
  ('殷都区', '410505', '殷都', 'district', '410500'),
  ('龙安区', '410506', '龙安', 'district', '410500'),
  ('安阳县', '410522', '安阳', 'county', '410500'),
  ('汤阴县', '410523', '汤阴', 'county', '410500'),
  ('滑县', '410526', '滑', 'county', '410500'),
  ('内黄县', '410527', '内黄', 'county', '410500'),
  ('林州市', '410581', '林州', 'county', '410500'),
  ('鹤山区', '410602', '鹤山', 'district', '410600'),
  ('山城区', '410603', '山城', 'district', '410600'),
  ('淇滨区', '410611', '淇滨', 'district', '410600'),
  ('浚县', '410621', '浚', 'county', '410600'),
  ('淇县', '410622', '淇', 'county', '410600'),
  ('红旗区', '410702', '红旗', 'district', '410700'),
  ('卫滨区', '410703', '卫滨', 'district', '410700'),
  ('凤泉区', '410704', '凤泉', 'district', '410700'),
  ('牧野区', '410711', '牧野', 'district', '410700'),
  ('新乡县', '410721', '新乡', 'county', '410700'),
  ('获嘉县', '410724', '获嘉', 'county', '410700'),
  ('原阳县', '410725', '原阳', 'county', '410700'),
  ('延津县', '410726', '延津', 'county', '410700'),
  ('封丘县', '410727', '封丘', 'county', '410700'),
  ('卫辉市', '410781', '卫辉', 'county', '410700'),
  ('辉县市', '410782', '辉县', 'county', '410700'),
  ('长垣市', '410783', '长垣', 'county', '410700'),
  ('解放区', '410802', '解放', 'district', '410800'),
  ('中站区', '410803', '中站', 'district', '410800'),
  ('马村区', '410804', '马村', 'district', '410800'),
  ('山阳区', '410811', '山阳', 'district', '410800'),
  ('修武县', '410821', '修武', 'county', '410800'),
  ('博爱县', '410822', '博爱', 'county', '410800'),
  ('武陟县', '410823', '武陟', 'county', '410800'),
  ('温县', '410825', '温', 'county', '410800'),
  ('沁阳市', '410882', '沁阳', 'county', '410800'),
  ('孟州市', '410883', '孟州', 'county', '410800'),
  ('华龙区', '410902', '华龙', 'district', '410900'),
  ('清丰县', '410922', '清丰', 'county', '410900'),
  ('南乐县', '410923', '南乐', 'county', '410900'),
  ('范县', '410926', '范', 'county', '410900'),
  ('台前县', '410927', '台前', 'county', '410900'),
  ('濮阳县', '410928', '濮阳', 'county', '410900'),
  ('魏都区', '411002', '魏都', 'district', '411000'),
  ('建安区', '411003', '建安', 'district', '411000'),
  ('鄢陵县', '411024', '鄢陵', 'county', '411000'),
  ('襄城县', '411025', '襄城', 'county', '411000'),
  ('禹州市', '411081', '禹州', 'county', '411000'),
  ('长葛市', '411082', '长葛', 'county', '411000'),
  ('源汇区', '411102', '源汇', 'district', '411100'),
  ('郾城区', '411103', '郾城', 'district', '411100'),
  ('召陵区', '411104', '召陵', 'district', '411100'),
  ('舞阳县', '411121', '舞阳', 'county', '411100'),
  ('临颍县', '411122', '临颍', 'county', '411100'),
  ('湖滨区', '411202', '湖滨', 'district', '411200'),
  ('陕州区', '411203', '陕州', 'district', '411200'),
  ('渑池县', '411221', '渑池', 'county', '411200'),
  ('卢氏县', '411224', '卢氏', 'county', '411200'),
  ('义马市', '411281', '义马', 'county', '411200'),
  ('灵宝市', '411282', '灵宝', 'county', '411200'),
  ('宛城区', '411302', '宛城', 'district', '411300'),
  ('卧龙区', '411303', '卧龙', 'district', '411300'),
  ('南召县', '411321', '南召', 'county', '411300'),
  ('方城县', '411322', '方城', 'county', '411300'),
  ('西峡县', '411323', '西峡', 'county', '411300'),
  ('镇平县', '411324', '镇平', 'county', '411300'),
  ('内乡县', '411325', '内乡', 'county', '411300'),
  ('淅川县', '411326', '淅川', 'county', '411300'),
  ('社旗县', '411327', '社旗', 'county', '411300'),
  ('唐河县', '411328', '唐河', 'county', '411300'),
  ('新野县', '411329', '新野', 'county', '411300'),
  ('桐柏县', '411330', '桐柏', 'county', '411300'),
  ('邓州市', '411381', '邓州', 'county', '411300'),
  ('梁园区', '411402', '梁园', 'district', '411400'),
  ('睢阳区', '411403', '睢阳', 'district', '411400'),
  ('民权县', '411421', '民权', 'county', '411400'),
  ('睢县', '411422', '睢', 'county', '411400'),
  ('宁陵县', '411423', '宁陵', 'county', '411400'),
  ('柘城县', '411424', '柘城', 'county', '411400'),
  ('虞城县', '411425', '虞城', 'county', '411400'),
  ('夏邑县', '411426', '夏邑', 'county', '411400'),
  ('永城市', '411481', '永城', 'county', '411400'),
  ('浉河区', '411502', '浉河', 'district', '411500'),
  ('平桥区', '411503', '平桥', 'district', '411500'),
  ('罗山县', '411521', '罗山', 'county', '411500'),
  ('光山县', '411522', '光山', 'county', '411500'),
  ('新县', '411523', '新', 'county', '411500'),
  ('商城县', '411524', '商城', 'county', '411500'),
  ('固始县', '411525', '固始', 'county', '411500'),
  ('潢川县', '411526', '潢川', 'county', '411500'),
  ('淮滨县', '411527', '淮滨', 'county', '411500'),
  ('息县', '411528', '息', 'county', '411500'),
  ('川汇区', '411602', '川汇', 'district', '411600'),
  ('淮阳区', '411603', '淮阳', 'district', '411600'),
  ('扶沟县', '411621', '扶沟', 'county', '411600'),
  ('西华县', '411622', '西华', 'county', '411600'),
  ('商水县', '411623', '商水', 'county', '411600'),
  ('沈丘县', '411624', '沈丘', 'county', '411600'),
  ('郸城县', '411625', '郸城', 'county', '411600'),
  ('太康县', '411627', '太康', 'county', '411600'),
  ('鹿邑县', '411628', '鹿邑', 'county', '411600'),
  ('项城市', '411681', '项城', 'county', '411600'),
  ('驿城区', '411702', '驿城', 'district', '411700'),
  ('西平县', '411721', '西平', 'county', '411700'),
  ('上蔡县', '411722', '上蔡', 'county', '411700'),
  ('平舆县', '411723', '平舆', 'county', '411700'),
  ('正阳县', '411724', '正阳', 'county', '411700'),
  ('确山县', '411725', '确山', 'county', '411700'),
  ('泌阳县', '411726', '泌阳', 'county', '411700'),
  ('汝南县', '411727', '汝南', 'county', '411700'),
  ('遂平县', '411728', '遂平', 'county', '411700'),
  ('新蔡县', '411729', '新蔡', 'county', '411700'),
  ('济源市', '419001', '济源', 'county', '410000'),
  ('江岸区', '420102', '江岸', 'district', '420100'),
  ('江汉区', '420103', '江汉', 'district', '420100'),
  ('硚口区', '420104', '硚口', 'district', '420100'),
  ('汉阳区', '420105', '汉阳', 'district', '420100'),
  ('武昌区', '420106', '武昌', 'district', '420100'),
  ('青山区', '420107', '青山', 'district', '420100'),
  ('洪山区', '420111', '洪山', 'district', '420100'),
  ('东西湖区', '420112', '东西湖', 'district', '420100'),
  ('汉南区', '420113', '汉南', 'district', '420100'),
  ('蔡甸区', '420114', '蔡甸', 'district', '420100'),
  ('江夏区', '420115', '江夏', 'district', '420100'),
  ('黄陂区', '420116', '黄陂', 'district', '420100'),
  ('新洲区', '420117', '新洲', 'district', '420100'),
  ('黄石港区', '420202', '黄石港', 'district', '420200'),
  ('西塞山区', '420203', '西塞山', 'district', '420200'),
  ('下陆区', '420204', '下陆', 'district', '420200'),
  ('铁山区', '420205', '铁山', 'district', '420200'),
  ('阳新县', '420222', '阳新', 'county', '420200'),
  ('大冶市', '420281', '大冶', 'county', '420200'),
  ('茅箭区', '420302', '茅箭', 'district', '420300'),
  ('张湾区', '420303', '张湾', 'district', '420300'),
  ('郧阳区', '420304', '郧阳', 'district', '420300'),
  ('郧西县', '420322', '郧西', 'county', '420300'),
  ('竹山县', '420323', '竹山', 'county', '420300'),
  ('竹溪县', '420324', '竹溪', 'county', '420300'),
  ('房县', '420325', '房', 'county', '420300'),
  ('丹江口市', '420381', '丹江口', 'county', '420300'),
  ('西陵区', '420502', '西陵', 'district', '420500'),
  ('伍家岗区', '420503', '伍家岗', 'district', '420500'),
  ('点军区', '420504', '点军', 'district', '420500'),
  ('猇亭区', '420505', '猇亭', 'district', '420500'),
  ('夷陵区', '420506', '夷陵', 'district', '420500'),
  ('远安县', '420525', '远安', 'county', '420500'),
  ('兴山县', '420526', '兴山', 'county', '420500'),
  ('秭归县', '420527', '秭归', 'county', '420500'),
  ('长阳土家族自治县', '420528', '长阳', 'county', '420500'),
  ('五峰土家族自治县', '420529', '五峰', 'county', '420500'),
  ('宜都市', '420581', '宜都', 'county', '420500'),
  ('当阳市', '420582', '当阳', 'county', '420500'),
  ('枝江市', '420583', '枝江', 'county', '420500'),
  ('襄城区', '420602', '襄城', 'district', '420600'),
  ('樊城区', '420606', '樊城', 'district', '420600'),
  ('襄州区', '420607', '襄州', 'district', '420600'),
  ('南漳县', '420624', '南漳', 'county', '420600'),
  ('谷城县', '420625', '谷城', 'county', '420600'),
  ('保康县', '420626', '保康', 'county', '420600'),
  ('老河口市', '420682', '老河口', 'county', '420600'),
  ('枣阳市', '420683', '枣阳', 'county', '420600'),
  ('宜城市', '420684', '宜城', 'county', '420600'),
  ('梁子湖区', '420702', '梁子湖', 'district', '420700'),
  ('华容区', '420703', '华容', 'district', '420700'),
  ('鄂城区', '420704', '鄂城', 'district', '420700'),
  ('东宝区', '420802', '东宝', 'district', '420800'),
  ('掇刀区', '420804', '掇刀', 'district', '420800'),
  ('沙洋县', '420822', '沙洋', 'county', '420800'),
  ('钟祥市', '420881', '钟祥', 'county', '420800'),
  ('京山市', '420882', '京山', 'county', '420800'),
  ('孝南区', '420902', '孝南', 'district', '420900'),
  ('孝昌县', '420921', '孝昌', 'county', '420900'),
  ('大悟县', '420922', '大悟', 'county', '420900'),
  ('云梦县', '420923', '云梦', 'county', '420900'),
  ('应城市', '420981', '应城', 'county', '420900'),
  ('安陆市', '420982', '安陆', 'county', '420900'),
  ('汉川市', '420984', '汉川', 'county', '420900'),
  ('沙市区', '421002', '沙市', 'district', '421000'),
  ('荆州区', '421003', '荆州', 'district', '421000'),
  ('公安县', '421022', '公安', 'county', '421000'),
  ('江陵县', '421024', '江陵', 'county', '421000'),
  ('石首市', '421081', '石首', 'county', '421000'),
  ('洪湖市', '421083', '洪湖', 'county', '421000'),
  ('松滋市', '421087', '松滋', 'county', '421000'),
  ('监利市', '421088', '监利', 'county', '421000'),
  ('黄州区', '421102', '黄州', 'district', '421100'),
  ('团风县', '421121', '团风', 'county', '421100'),
  ('红安县', '421122', '红安', 'county', '421100'),
  ('罗田县', '421123', '罗田', 'county', '421100'),
  ('英山县', '421124', '英山', 'county', '421100'),
  ('浠水县', '421125', '浠水', 'county', '421100'),
  ('蕲春县', '421126', '蕲春', 'county', '421100'),
  ('黄梅县', '421127', '黄梅', 'county', '421100'),
  ('麻城市', '421181', '麻城', 'county', '421100'),
  ('武穴市', '421182', '武穴', 'county', '421100'),
  ('咸安区', '421202', '咸安', 'district', '421200'),
  ('嘉鱼县', '421221', '嘉鱼', 'county', '421200'),
  ('通城县', '421222', '通城', 'county', '421200'),
  ('崇阳县', '421223', '崇阳', 'county', '421200'),
  ('通山县', '421224', '通山', 'county', '421200'),
  ('赤壁市', '421281', '赤壁', 'county', '421200'),
  ('曾都区', '421303', '曾都', 'district', '421300'),
  ('随县', '421321', '随', 'county', '421300'),
  ('广水市', '421381', '广水', 'county', '421300'),
  ('恩施市', '422801', '恩施', 'county', '422800'),
  ('利川市', '422802', '利川', 'county', '422800'),
  ('建始县', '422822', '建始', 'county', '422800'),
  ('巴东县', '422823', '巴东', 'county', '422800'),
  ('宣恩县', '422825', '宣恩', 'county', '422800'),
  ('咸丰县', '422826', '咸丰', 'county', '422800'),
  ('来凤县', '422827', '来凤', 'county', '422800'),
  ('鹤峰县', '422828', '鹤峰', 'county', '422800'),
  ('仙桃市', '429004', '仙桃', 'county', '420000'),
  ('潜江市', '429005', '潜江', 'county', '420000'),
  ('天门市', '429006', '天门', 'county', '420000'),
  ('神农架林区', '429021', '神农架', 'district', '420000'),
  ('芙蓉区', '430102', '芙蓉', 'district', '430100'),
  ('天心区', '430103', '天心', 'district', '430100'),
  ('岳麓区', '430104', '岳麓', 'district', '430100'),
  ('开福区', '430105', '开福', 'district', '430100'),
  ('雨花区', '430111', '雨花', 'district', '430100'),
  ('望城区', '430112', '望城', 'district', '430100'),
  ('长沙县', '430121', '长沙', 'county', '430100'),
  ('浏阳市', '430181', '浏阳', 'county', '430100'),
  ('宁乡市', '430182', '宁乡', 'county', '430100'),
  ('荷塘区', '430202', '荷塘', 'district', '430200'),
  ('芦淞区', '430203', '芦淞', 'district', '430200'),
  ('石峰区', '430204', '石峰', 'district', '430200'),
  ('天元区', '430211', '天元', 'district', '430200'),
  ('渌口区', '430212', '渌口', 'district', '430200'),
  ('攸县', '430223', '攸', 'county', '430200'),
  ('茶陵县', '430224', '茶陵', 'county', '430200'),
  ('炎陵县', '430225', '炎陵', 'county', '430200'),
  ('醴陵市', '430281', '醴陵', 'county', '430200'),
  ('雨湖区', '430302', '雨湖', 'district', '430300'),
  ('岳塘区', '430304', '岳塘', 'district', '430300'),
  ('湘潭县', '430321', '湘潭', 'county', '430300'),
  ('湘乡市', '430381', '湘乡', 'county', '430300'),
  ('韶山市', '430382', '韶山', 'county', '430300'),
  ('珠晖区', '430405', '珠晖', 'district', '430400'),
  ('雁峰区', '430406', '雁峰', 'district', '430400'),
  ('石鼓区', '430407', '石鼓', 'district', '430400'),
  ('蒸湘区', '430408', '蒸湘', 'district', '430400'),
  ('南岳区', '430412', '南岳', 'district', '430400'),
  ('衡阳县', '430421', '衡阳', 'county', '430400'),
  ('衡南县', '430422', '衡南', 'county', '430400'),
  ('衡山县', '430423', '衡山', 'county', '430400'),
  ('衡东县', '430424', '衡东', 'county', '430400'),
  ('祁东县', '430426', '祁东', 'county', '430400'),
  ('耒阳市', '430481', '耒阳', 'county', '430400'),
  ('常宁市', '430482', '常宁', 'county', '430400'),
  ('双清区', '430502', '双清', 'district', '430500'),
  ('大祥区', '430503', '大祥', 'district', '430500'),
  ('北塔区', '430511', '北塔', 'district', '430500'),
  ('新邵县', '430522', '新邵', 'county', '430500'),
  ('邵阳县', '430523', '邵阳', 'county', '430500'),
  ('隆回县', '430524', '隆回', 'county', '430500'),
  ('洞口县', '430525', '洞口', 'county', '430500'),
  ('绥宁县', '430527', '绥宁', 'county', '430500'),
  ('新宁县', '430528', '新宁', 'county', '430500'),
  ('城步苗族自治县', '430529', '城步', 'county', '430500'),
  ('武冈市', '430581', '武冈', 'county', '430500'),
  ('邵东市', '430582', '邵东', 'county', '430500'),
  ('岳阳楼区', '430602', '岳阳楼', 'district', '430600'),
  ('云溪区', '430603', '云溪', 'district', '430600'),
  ('君山区', '430611', '君山', 'district', '430600'),
  ('岳阳县', '430621', '岳阳', 'county', '430600'),
  ('华容县', '430623', '华容', 'county', '430600'),
  ('湘阴县', '430624', '湘阴', 'county', '430600'),
  ('平江县', '430626', '平江', 'county', '430600'),
  ('汨罗市', '430681', '汨罗', 'county', '430600'),
  ('临湘市', '430682', '临湘', 'county', '430600'),
  ('武陵区', '430702', '武陵', 'district', '430700'),
  ('鼎城区', '430703', '鼎城', 'district', '430700'),
  ('安乡县', '430721', '安乡', 'county', '430700'),
  ('汉寿县', '430722', '汉寿', 'county', '430700'),
  ('澧县', '430723', '澧', 'county', '430700'),
  ('临澧县', '430724', '临澧', 'county', '430700'),
  ('桃源县', '430725', '桃源', 'county', '430700'),
  ('石门县', '430726', '石门', 'county', '430700'),
  ('津市市', '430781', '津市', 'county', '430700'),
  ('永定区', '430802', '永定', 'district', '430800'),
  ('武陵源区', '430811', '武陵源', 'district', '430800'),
  ('慈利县', '430821', '慈利', 'county', '430800'),
  ('桑植县', '430822', '桑植', 'county', '430800'),
  ('资阳区', '430902', '资阳', 'district', '430900'),
  ('赫山区', '430903', '赫山', 'district', '430900'),
  ('南县', '430921', '南', 'county', '430900'),
  ('桃江县', '430922', '桃江', 'county', '430900'),
  ('安化县', '430923', '安化', 'county', '430900'),
  ('沅江市', '430981', '沅江', 'county', '430900'),
  ('北湖区', '431002', '北湖', 'district', '431000'),
  ('苏仙区', '431003', '苏仙', 'district', '431000'),
  ('桂阳县', '431021', '桂阳', 'county', '431000'),
  ('宜章县', '431022', '宜章', 'county', '431000'),
  ('永兴县', '431023', '永兴', 'county', '431000'),
  ('嘉禾县', '431024', '嘉禾', 'county', '431000'),
  ('临武县', '431025', '临武', 'county', '431000'),
  ('汝城县', '431026', '汝城', 'county', '431000'),
  ('桂东县', '431027', '桂东', 'county', '431000'),
  ('安仁县', '431028', '安仁', 'county', '431000'),
  ('资兴市', '431081', '资兴', 'county', '431000'),
  ('零陵区', '431102', '零陵', 'district', '431100'),
  ('冷水滩区', '431103', '冷水滩', 'district', '431100'),
  ('东安县', '431122', '东安', 'county', '431100'),
  ('双牌县', '431123', '双牌', 'county', '431100'),
  ('道县', '431124', '道', 'county', '431100'),
  ('江永县', '431125', '江永', 'county', '431100'),
  ('宁远县', '431126', '宁远', 'county', '431100'),
  ('蓝山县', '431127', '蓝山', 'county', '431100'),
  ('新田县', '431128', '新田', 'county', '431100'),
  ('江华瑶族自治县', '431129', '江华', 'county', '431100'),
  ('祁阳市', '431181', '祁阳', 'county', '431100'),
  ('鹤城区', '431202', '鹤城', 'district', '431200'),
  ('中方县', '431221', '中方', 'county', '431200'),
  ('沅陵县', '431222', '沅陵', 'county', '431200'),
  ('辰溪县', '431223', '辰溪', 'county', '431200'),
  ('溆浦县', '431224', '溆浦', 'county', '431200'),
  ('会同县', '431225', '会同', 'county', '431200'),
  ('麻阳苗族自治县', '431226', '麻阳', 'county', '431200'),
  ('新晃侗族自治县', '431227', '新晃', 'county', '431200'),
  ('芷江侗族自治县', '431228', '芷江', 'county', '431200'),
  ('靖州苗族侗族自治县', '431229', '靖州', 'county', '431200'),
  ('通道侗族自治县', '431230', '通道', 'county', '431200'),
  ('洪江市', '431281', '洪江', 'county', '431200'),
  ('娄星区', '431302', '娄星', 'district', '431300'),
  ('双峰县', '431321', '双峰', 'county', '431300'),
  ('新化县', '431322', '新化', 'county', '431300'),
  ('冷水江市', '431381', '冷水江', 'county', '431300'),
  ('涟源市', '431382', '涟源', 'county', '431300'),
  ('吉首市', '433101', '吉首', 'county', '433100'),
  ('泸溪县', '433122', '泸溪', 'county', '433100'),
  ('凤凰县', '433123', '凤凰', 'county', '433100'),
  ('花垣县', '433124', '花垣', 'county', '433100'),
  ('保靖县', '433125', '保靖', 'county', '433100'),
  ('古丈县', '433126', '古丈', 'county', '433100'),
  ('永顺县', '433127', '永顺', 'county', '433100'),
  ('龙山县', '433130', '龙山', 'county', '433100'),
  ('荔湾区', '440103', '荔湾', 'district', '440100'),
  ('越秀区', '440104', '越秀', 'district', '440100'),
  ('海珠区', '440105', '海珠', 'district', '440100'),
  ('天河区', '440106', '天河', 'district', '440100'),
  ('白云区', '440111', '白云', 'district', '440100'),
  ('黄埔区', '440112', '黄埔', 'district', '440100'),
  ('番禺区', '440113', '番禺', 'district', '440100'),
  ('花都区', '440114', '花都', 'district', '440100'),
  ('南沙区', '440115', '南沙', 'district', '440100'),
  ('从化区', '440117', '从化', 'district', '440100'),
  ('增城区', '440118', '增城', 'district', '440100'),
  ('武江区', '440203', '武江', 'district', '440200'),
  ('浈江区', '440204', '浈江', 'district', '440200'),
  ('曲江区', '440205', '曲江', 'district', '440200'),
  ('始兴县', '440222', '始兴', 'county', '440200'),
  ('仁化县', '440224', '仁化', 'county', '440200'),
  ('翁源县', '440229', '翁源', 'county', '440200'),
  ('乳源瑶族自治县', '440232', '乳源', 'county', '440200'),
  ('新丰县', '440233', '新丰', 'county', '440200'),
  ('乐昌市', '440281', '乐昌', 'county', '440200'),
  ('南雄市', '440282', '南雄', 'county', '440200'),
  ('罗湖区', '440303', '罗湖', 'district', '440300'),
  ('福田区', '440304', '福田', 'district', '440300'),
  ('南山区', '440305', '南山', 'district', '440300'),
  ('宝安区', '440306', '宝安', 'district', '440300'),
  ('龙岗区', '440307', '龙岗', 'district', '440300'),
  ('盐田区', '440308', '盐田', 'district', '440300'),
  ('龙华区', '440309', '龙华', 'district', '440300'),
  ('坪山区', '440310', '坪山', 'district', '440300'),
  ('光明区', '440311', '光明', 'district', '440300'),
  ('香洲区', '440402', '香洲', 'district', '440400'),
  ('斗门区', '440403', '斗门', 'district', '440400'),
  ('金湾区', '440404', '金湾', 'district', '440400'),
  ('龙湖区', '440507', '龙湖', 'district', '440500'),
  ('金平区', '440511', '金平', 'district', '440500'),
  ('濠江区', '440512', '濠江', 'district', '440500'),
  ('潮阳区', '440513', '潮阳', 'district', '440500'),
  ('潮南区', '440514', '潮南', 'district', '440500'),
  ('澄海区', '440515', '澄海', 'district', '440500'),
  ('南澳县', '440523', '南澳', 'county', '440500'),
  ('禅城区', '440604', '禅城', 'district', '440600'),
  ('南海区', '440605', '南海', 'district', '440600'),
  ('顺德区', '440606', '顺德', 'district', '440600'),
  ('三水区', '440607', '三水', 'district', '440600'),
  ('高明区', '440608', '高明', 'district', '440600'),
  ('蓬江区', '440703', '蓬江', 'district', '440700'),
  ('江海区', '440704', '江海', 'district', '440700'),
  ('新会区', '440705', '新会', 'district', '440700'),
  ('台山市', '440781', '台山', 'county', '440700'),
  ('开平市', '440783', '开平', 'county', '440700'),
  ('鹤山市', '440784', '鹤山', 'county', '440700'),
  ('恩平市', '440785', '恩平', 'county', '440700'),
  ('赤坎区', '440802', '赤坎', 'district', '440800'),
  ('霞山区', '440803', '霞山', 'district', '440800'),
  ('坡头区', '440804', '坡头', 'district', '440800'),
  ('麻章区', '440811', '麻章', 'district', '440800'),
  ('遂溪县', '440823', '遂溪', 'county', '440800'),
  ('徐闻县', '440825', '徐闻', 'county', '440800'),
  ('廉江市', '440881', '廉江', 'county', '440800'),
  ('雷州市', '440882', '雷州', 'county', '440800'),
  ('吴川市', '440883', '吴川', 'county', '440800'),
  ('茂南区', '440902', '茂南', 'district', '440900'),
  ('电白区', '440904', '电白', 'district', '440900'),
  ('高州市', '440981', '高州', 'county', '440900'),
  ('化州市', '440982', '化州', 'county', '440900'),
  ('信宜市', '440983', '信宜', 'county', '440900'),
  ('端州区', '441202', '端州', 'district', '441200'),
  ('鼎湖区', '441203', '鼎湖', 'district', '441200'),
  ('高要区', '441204', '高要', 'district', '441200'),
  ('广宁县', '441223', '广宁', 'county', '441200'),
  ('怀集县', '441224', '怀集', 'county', '441200'),
  ('封开县', '441225', '封开', 'county', '441200'),
  ('德庆县', '441226', '德庆', 'county', '441200'),
  ('四会市', '441284', '四会', 'county', '441200'),
  ('惠城区', '441302', '惠城', 'district', '441300'),
  ('惠阳区', '441303', '惠阳', 'district', '441300'),
  ('博罗县', '441322', '博罗', 'county', '441300'),
  ('惠东县', '441323', '惠东', 'county', '441300'),
  ('龙门县', '441324', '龙门', 'county', '441300'),
  ('梅江区', '441402', '梅江', 'district', '441400'),
  ('梅县区', '441403', '梅县', 'district', '441400'),
  ('大埔县', '441422', '大埔', 'county', '441400'),
  ('丰顺县', '441423', '丰顺', 'county', '441400'),
  ('五华县', '441424', '五华', 'county', '441400'),
  ('平远县', '441426', '平远', 'county', '441400'),
  ('蕉岭县', '441427', '蕉岭', 'county', '441400'),
  ('兴宁市', '441481', '兴宁', 'county', '441400'),
  ('城区', '441502', '城', 'district', '441500'),
  ('海丰县', '441521', '海丰', 'county', '441500'),
  ('陆河县', '441523', '陆河', 'county', '441500'),
  ('陆丰市', '441581', '陆丰', 'county', '441500'),
  ('源城区', '441602', '源城', 'district', '441600'),
  ('紫金县', '441621', '紫金', 'county', '441600'),
  ('龙川县', '441622', '龙川', 'county', '441600'),
  ('连平县', '441623', '连平', 'county', '441600'),
  ('和平县', '441624', '和平', 'county', '441600'),
  ('东源县', '441625', '东源', 'county', '441600'),
  ('江城区', '441702', '江城', 'district', '441700'),
  ('阳东区', '441704', '阳东', 'district', '441700'),
  ('阳西县', '441721', '阳西', 'county', '441700'),
  ('阳春市', '441781', '阳春', 'county', '441700'),
  ('清城区', '441802', '清城', 'district', '441800'),
  ('清新区', '441803', '清新', 'district', '441800'),
  ('佛冈县', '441821', '佛冈', 'county', '441800'),
  ('阳山县', '441823', '阳山', 'county', '441800'),
  ('连山壮族瑶族自治县', '441825', '连山', 'county', '441800'),
  ('连南瑶族自治县', '441826', '连南', 'county', '441800'),
  ('英德市', '441881', '英德', 'county', '441800'),
  ('连州市', '441882', '连州', 'county', '441800'),
  ('湘桥区', '445102', '湘桥', 'district', '445100'),
  ('潮安区', '445103', '潮安', 'district', '445100'),
  ('饶平县', '445122', '饶平', 'county', '445100'),
  ('榕城区', '445202', '榕城', 'district', '445200'),
  ('揭东区', '445203', '揭东', 'district', '445200'),
  ('揭西县', '445222', '揭西', 'county', '445200'),
  ('惠来县', '445224', '惠来', 'county', '445200'),
  ('普宁市', '445281', '普宁', 'county', '445200'),
  ('云城区', '445302', '云城', 'district', '445300'),
  ('云安区', '445303', '云安', 'district', '445300'),
  ('新兴县', '445321', '新兴', 'county', '445300'),
  ('郁南县', '445322', '郁南', 'county', '445300'),
  ('罗定市', '445381', '罗定', 'county', '445300'),
  ('兴宁区', '450102', '兴宁', 'district', '450100'),
  ('青秀区', '450103', '青秀', 'district', '450100'),
  ('江南区', '450105', '江南', 'district', '450100'),
  ('西乡塘区', '450107', '西乡塘', 'district', '450100'),
  ('良庆区', '450108', '良庆', 'district', '450100'),
  ('邕宁区', '450109', '邕宁', 'district', '450100'),
  ('武鸣区', '450110', '武鸣', 'district', '450100'),
  ('隆安县', '450123', '隆安', 'county', '450100'),
  ('马山县', '450124', '马山', 'county', '450100'),
  ('上林县', '450125', '上林', 'county', '450100'),
  ('宾阳县', '450126', '宾阳', 'county', '450100'),
  ('横州市', '450181', '横州', 'county', '450100'),
  ('城中区', '450202', '城中', 'district', '450200'),
  ('鱼峰区', '450203', '鱼峰', 'district', '450200'),
  ('柳南区', '450204', '柳南', 'district', '450200'),
  ('柳北区', '450205', '柳北', 'district', '450200'),
  ('柳江区', '450206', '柳江', 'district', '450200'),
  ('柳城县', '450222', '柳城', 'county', '450200'),
  ('鹿寨县', '450223', '鹿寨', 'county', '450200'),
  ('融安县', '450224', '融安', 'county', '450200'),
  ('融水苗族自治县', '450225', '融水', 'county', '450200'),
  ('三江侗族自治县', '450226', '三江', 'county', '450200'),
  ('秀峰区', '450302', '秀峰', 'district', '450300'),
  ('叠彩区', '450303', '叠彩', 'district', '450300'),
  ('象山区', '450304', '象山', 'district', '450300'),
  ('七星区', '450305', '七星', 'district', '450300'),
  ('雁山区', '450311', '雁山', 'district', '450300'),
  ('临桂区', '450312', '临桂', 'district', '450300'),
  ('阳朔县', '450321', '阳朔', 'county', '450300'),
  ('灵川县', '450323', '灵川', 'county', '450300'),
  ('全州县', '450324', '全州', 'county', '450300'),
  ('兴安县', '450325', '兴安', 'county', '450300'),
  ('永福县', '450326', '永福', 'county', '450300'),
  ('灌阳县', '450327', '灌阳', 'county', '450300'),
  ('龙胜各族自治县', '450328', '龙胜', 'county', '450300'),
  ('资源县', '450329', '资源', 'county', '450300'),
  ('平乐县', '450330', '平乐', 'county', '450300'),
  ('恭城瑶族自治县', '450332', '恭城', 'county', '450300'),
  ('荔浦市', '450381', '荔浦', 'county', '450300'),
  ('万秀区', '450403', '万秀', 'district', '450400'),
  ('长洲区', '450405', '长洲', 'district', '450400'),
  ('龙圩区', '450406', '龙圩', 'district', '450400'),
  ('苍梧县', '450421', '苍梧', 'county', '450400'),
  ('藤县', '450422', '藤', 'county', '450400'),
  ('蒙山县', '450423', '蒙山', 'county', '450400'),
  ('岑溪市', '450481', '岑溪', 'county', '450400'),
  ('海城区', '450502', '海城', 'district', '450500'),
  ('银海区', '450503', '银海', 'district', '450500'),
  ('铁山港区', '450512', '铁山港', 'district', '450500'),
  ('合浦县', '450521', '合浦', 'county', '450500'),
  ('港口区', '450602', '港口', 'district', '450600'),
  ('防城区', '450603', '防城', 'district', '450600'),
  ('上思县', '450621', '上思', 'county', '450600'),
  ('东兴市', '450681', '东兴', 'county', '450600'),
  ('钦南区', '450702', '钦南', 'district', '450700'),
  ('钦北区', '450703', '钦北', 'district', '450700'),
  ('灵山县', '450721', '灵山', 'county', '450700'),
  ('浦北县', '450722', '浦北', 'county', '450700'),
  ('港北区', '450802', '港北', 'district', '450800'),
  ('港南区', '450803', '港南', 'district', '450800'),
  ('覃塘区', '450804', '覃塘', 'district', '450800'),
  ('平南县', '450821', '平南', 'county', '450800'),
  ('桂平市', '450881', '桂平', 'county', '450800'),
  ('玉州区', '450902', '玉州', 'district', '450900'),
  ('福绵区', '450903', '福绵', 'district', '450900'),
  ('容县', '450921', '容', 'county', '450900'),
  ('陆川县', '450922', '陆川', 'county', '450900'),
  ('博白县', '450923', '博白', 'county', '450900'),
  ('兴业县', '450924', '兴业', 'county', '450900'),
  ('北流市', '450981', '北流', 'county', '450900'),
  ('右江区', '451002', '右江', 'district', '451000'),
  ('田阳区', '451003', '田阳', 'district', '451000'),
  ('田东县', '451022', '田东', 'county', '451000'),
  ('德保县', '451024', '德保', 'county', '451000'),
  ('那坡县', '451026', '那坡', 'county', '451000'),
  ('凌云县', '451027', '凌云', 'county', '451000'),
  ('乐业县', '451028', '乐业', 'county', '451000'),
  ('田林县', '451029', '田林', 'county', '451000'),
  ('西林县', '451030', '西林', 'county', '451000'),
  ('隆林各族自治县', '451031', '隆林', 'county', '451000'),
  ('靖西市', '451081', '靖西', 'county', '451000'),
  ('平果市', '451082', '平果', 'county', '451000'),
  ('八步区', '451102', '八步', 'district', '451100'),
  ('平桂区', '451103', '平桂', 'district', '451100'),
  ('昭平县', '451121', '昭平', 'county', '451100'),
  ('钟山县', '451122', '钟山', 'county', '451100'),
  ('富川瑶族自治县', '451123', '富川', 'county', '451100'),
  ('金城江区', '451202', '金城江', 'district', '451200'),
  ('宜州区', '451203', '宜州', 'district', '451200'),
  ('南丹县', '451221', '南丹', 'county', '451200'),
  ('天峨县', '451222', '天峨', 'county', '451200'),
  ('凤山县', '451223', '凤山', 'county', '451200'),
  ('东兰县', '451224', '东兰', 'county', '451200'),
  ('罗城仫佬族自治县', '451225', '罗城', 'county', '451200'),
  ('环江毛南族自治县', '451226', '环江', 'county', '451200'),
  ('巴马瑶族自治县', '451227', '巴马', 'county', '451200'),
  ('都安瑶族自治县', '451228', '都安', 'county', '451200'),
  ('大化瑶族自治县', '451229', '大化', 'county', '451200'),
  ('兴宾区', '451302', '兴宾', 'district', '451300'),
  ('忻城县', '451321', '忻城', 'county', '451300'),
  ('象州县', '451322', '象州', 'county', '451300'),
  ('武宣县', '451323', '武宣', 'county', '451300'),
  ('金秀瑶族自治县', '451324', '金秀', 'county', '451300'),
  ('合山市', '451381', '合山', 'county', '451300'),
  ('江州区', '451402', '江州', 'district', '451400'),
  ('扶绥县', '451421', '扶绥', 'county', '451400'),
  ('宁明县', '451422', '宁明', 'county', '451400'),
  ('龙州县', '451423', '龙州', 'county', '451400'),
  ('大新县', '451424', '大新', 'county', '451400'),
  ('天等县', '451425', '天等', 'county', '451400'),
  ('凭祥市', '451481', '凭祥', 'county', '451400'),
  ('秀英区', '460105', '秀英', 'district', '460100'),
  ('龙华区', '460106', '龙华', 'district', '460100'),
  ('琼山区', '460107', '琼山', 'district', '460100'),
  ('美兰区', '460108', '美兰', 'district', '460100'),
  ('海棠区', '460202', '海棠', 'district', '460200'),
  ('吉阳区', '460203', '吉阳', 'district', '460200'),
  ('天涯区', '460204', '天涯', 'district', '460200'),
  ('崖州区', '460205', '崖州', 'district', '460200'),
  ('西沙群岛', '460321', '西沙群岛', 'county', '460300'),
  ('南沙群岛', '460322', '南沙群岛', 'county', '460300'),
  ('中沙群岛的岛礁及其海域', '460323', '中沙群岛的岛礁及其海域', 'county', '460300'),
  ('五指山市', '469001', '五指山', 'county', '460000'),
  ('琼海市', '469002', '琼海', 'county', '460000'),
  ('文昌市', '469005', '文昌', 'county', '460000'),
  ('万宁市', '469006', '万宁', 'county', '460000'),
  ('东方市', '469007', '东方', 'county', '460000'),
  ('定安县', '469021', '定安', 'county', '460000'),
  ('屯昌县', '469022', '屯昌', 'county', '460000'),
  ('澄迈县', '469023', '澄迈', 'county', '460000'),
  ('临高县', '469024', '临高', 'county', '460000'),
  ('白沙黎族自治县', '469025', '白沙', 'county', '460000'),
  ('昌江黎族自治县', '469026', '昌江', 'county', '460000'),
  ('乐东黎族自治县', '469027', '乐东', 'county', '460000'),
  ('陵水黎族自治县', '469028', '陵水', 'county', '460000'),
  ('保亭黎族苗族自治县', '469029', '保亭', 'county', '460000'),
  ('琼中黎族苗族自治县', '469030', '琼中', 'county', '460000'),
  ('万州区', '500101', '万州', 'district', '500000'),
  ('涪陵区', '500102', '涪陵', 'district', '500000'),
  ('渝中区', '500103', '渝中', 'district', '500000'),
  ('大渡口区', '500104', '大渡口', 'district', '500000'),
  ('江北区', '500105', '江北', 'district', '500000'),
  ('沙坪坝区', '500106', '沙坪坝', 'district', '500000'),
  ('九龙坡区', '500107', '九龙坡', 'district', '500000'),
  ('南岸区', '500108', '南岸', 'district', '500000'),
  ('北碚区', '500109', '北碚', 'district', '500000'),
  ('綦江区', '500110', '綦江', 'district', '500000'),
  ('大足区', '500111', '大足', 'district', '500000'),
  ('渝北区', '500112', '渝北', 'district', '500000'),
  ('巴南区', '500113', '巴南', 'district', '500000'),
  ('黔江区', '500114', '黔江', 'district', '500000'),
  ('长寿区', '500115', '长寿', 'district', '500000'),
  ('江津区', '500116', '江津', 'district', '500000'),
  ('合川区', '500117', '合川', 'district', '500000'),
  ('永川区', '500118', '永川', 'district', '500000'),
  ('南川区', '500119', '南川', 'district', '500000'),
  ('璧山区', '500120', '璧山', 'district', '500000'),
  ('铜梁区', '500151', '铜梁', 'district', '500000'),
  ('潼南区', '500152', '潼南', 'district', '500000'),
  ('荣昌区', '500153', '荣昌', 'district', '500000'),
  ('开州区', '500154', '开州', 'district', '500000'),
  ('梁平区', '500155', '梁平', 'district', '500000'),
  ('武隆区', '500156', '武隆', 'district', '500000'),
  ('城口县', '500229', '城口', 'county', '500000'),
  ('丰都县', '500230', '丰都', 'county', '500000'),
  ('垫江县', '500231', '垫江', 'county', '500000'),
  ('忠县', '500233', '忠', 'county', '500000'),
  ('云阳县', '500235', '云阳', 'county', '500000'),
  ('奉节县', '500236', '奉节', 'county', '500000'),
  ('巫山县', '500237', '巫山', 'county', '500000'),
  ('巫溪县', '500238', '巫溪', 'county', '500000'),
  ('石柱土家族自治县', '500240', '石柱', 'county', '500000'),
  ('秀山土家族苗族自治县', '500241', '秀山', 'county', '500000'),
  ('酉阳土家族苗族自治县', '500242', '酉阳', 'county', '500000'),
  ('彭水苗族土家族自治县', '500243', '彭水', 'county', '500000'),
  ('锦江区', '510104', '锦江', 'district', '510100'),
  ('青羊区', '510105', '青羊', 'district', '510100'),
  ('金牛区', '510106', '金牛', 'district', '510100'),
  ('武侯区', '510107', '武侯', 'district', '510100'),
  ('成华区', '510108', '成华', 'district', '510100'),
  ('龙泉驿区', '510112', '龙泉驿', 'district', '510100'),
  ('青白江区', '510113', '青白江', 'district', '510100'),
  ('新都区', '510114', '新都', 'district', '510100'),
  ('温江区', '510115', '温江', 'district', '510100'),
  ('双流区', '510116', '双流', 'district', '510100'),
  ('郫都区', '510117', '郫都', 'district', '510100'),
  ('新津区', '510118', '新津', 'district', '510100'),
  ('金堂县', '510121', '金堂', 'county', '510100'),
  ('大邑县', '510129', '大邑', 'county', '510100'),
  ('蒲江县', '510131', '蒲江', 'county', '510100'),
  ('都江堰市', '510181', '都江堰', 'county', '510100'),
  ('彭州市', '510182', '彭州', 'county', '510100'),
  ('邛崃市', '510183', '邛崃', 'county', '510100'),
  ('崇州市', '510184', '崇州', 'county', '510100'),
  ('简阳市', '510185', '简阳', 'county', '510100'),
  ('自流井区', '510302', '自流井', 'district', '510300'),
  ('贡井区', '510303', '贡井', 'district', '510300'),
  ('大安区', '510304', '大安', 'district', '510300'),
  ('沿滩区', '510311', '沿滩', 'district', '510300'),
  ('荣县', '510321', '荣', 'county', '510300'),
  ('富顺县', '510322', '富顺', 'county', '510300'),
  ('东区', '510402', '东', 'district', '510400'),
  ('西区', '510403', '西', 'district', '510400'),
  ('仁和区', '510411', '仁和', 'district', '510400'),
  ('米易县', '510421', '米易', 'county', '510400'),
  ('盐边县', '510422', '盐边', 'county', '510400'),
  ('江阳区', '510502', '江阳', 'district', '510500'),
  ('纳溪区', '510503', '纳溪', 'district', '510500'),
  ('龙马潭区', '510504', '龙马潭', 'district', '510500'),
  ('泸县', '510521', '泸', 'county', '510500'),
  ('合江县', '510522', '合江', 'county', '510500'),
  ('叙永县', '510524', '叙永', 'county', '510500'),
  ('古蔺县', '510525', '古蔺', 'county', '510500'),
  ('旌阳区', '510603', '旌阳', 'district', '510600'),
  ('罗江区', '510604', '罗江', 'district', '510600'),
  ('中江县', '510623', '中江', 'county', '510600'),
  ('广汉市', '510681', '广汉', 'county', '510600'),
  ('什邡市', '510682', '什邡', 'county', '510600'),
  ('绵竹市', '510683', '绵竹', 'county', '510600'),
  ('涪城区', '510703', '涪城', 'district', '510700'),
  ('游仙区', '510704', '游仙', 'district', '510700'),
  ('安州区', '510705', '安州', 'district', '510700'),
  ('三台县', '510722', '三台', 'county', '510700'),
  ('盐亭县', '510723', '盐亭', 'county', '510700'),
  ('梓潼县', '510725', '梓潼', 'county', '510700'),
  ('北川羌族自治县', '510726', '北川', 'county', '510700'),
  ('平武县', '510727', '平武', 'county', '510700'),
  ('江油市', '510781', '江油', 'county', '510700'),
  ('利州区', '510802', '利州', 'district', '510800'),
  ('昭化区', '510811', '昭化', 'district', '510800'),
  ('朝天区', '510812', '朝天', 'district', '510800'),
  ('旺苍县', '510821', '旺苍', 'county', '510800'),
  ('青川县', '510822', '青川', 'county', '510800'),
  ('剑阁县', '510823', '剑阁', 'county', '510800'),
  ('苍溪县', '510824', '苍溪', 'county', '510800'),
  ('船山区', '510903', '船山', 'district', '510900'),
  ('安居区', '510904', '安居', 'district', '510900'),
  ('蓬溪县', '510921', '蓬溪', 'county', '510900'),
  ('大英县', '510923', '大英', 'county', '510900'),
  ('射洪市', '510981', '射洪', 'county', '510900'),
  ('市中区', '511002', '市中', 'district', '511000'),
  ('东兴区', '511011', '东兴', 'district', '511000'),
  ('威远县', '511024', '威远', 'county', '511000'),
  ('资中县', '511025', '资中', 'county', '511000'),
  ('隆昌市', '511083', '隆昌', 'county', '511000'),
  ('市中区', '511102', '市中', 'district', '511100'),
  ('沙湾区', '511111', '沙湾', 'district', '511100'),
  ('五通桥区', '511112', '五通桥', 'district', '511100'),
  ('金口河区', '511113', '金口河', 'district', '511100'),
  ('犍为县', '511123', '犍为', 'county', '511100'),
  ('井研县', '511124', '井研', 'county', '511100'),
  ('夹江县', '511126', '夹江', 'county', '511100'),
  ('沐川县', '511129', '沐川', 'county', '511100'),
  ('峨边彝族自治县', '511132', '峨边', 'county', '511100'),
  ('马边彝族自治县', '511133', '马边', 'county', '511100'),
  ('峨眉山市', '511181', '峨眉山', 'county', '511100'),
  ('顺庆区', '511302', '顺庆', 'district', '511300'),
  ('高坪区', '511303', '高坪', 'district', '511300'),
  ('嘉陵区', '511304', '嘉陵', 'district', '511300'),
  ('南部县', '511321', '南部', 'county', '511300'),
  ('营山县', '511322', '营山', 'county', '511300'),
  ('蓬安县', '511323', '蓬安', 'county', '511300'),
  ('仪陇县', '511324', '仪陇', 'county', '511300'),
  ('西充县', '511325', '西充', 'county', '511300'),
  ('阆中市', '511381', '阆中', 'county', '511300'),
  ('东坡区', '511402', '东坡', 'district', '511400'),
  ('彭山区', '511403', '彭山', 'district', '511400'),
  ('仁寿县', '511421', '仁寿', 'county', '511400'),
  ('洪雅县', '511423', '洪雅', 'county', '511400'),
  ('丹棱县', '511424', '丹棱', 'county', '511400'),
  ('青神县', '511425', '青神', 'county', '511400'),
  ('翠屏区', '511502', '翠屏', 'district', '511500'),
  ('南溪区', '511503', '南溪', 'district', '511500'),
  ('叙州区', '511504', '叙州', 'district', '511500'),
  ('江安县', '511523', '江安', 'county', '511500'),
  ('长宁县', '511524', '长宁', 'county', '511500'),
  ('高县', '511525', '高', 'county', '511500'),
  ('珙县', '511526', '珙', 'county', '511500'),
  ('筠连县', '511527', '筠连', 'county', '511500'),
  ('兴文县', '511528', '兴文', 'county', '511500'),
  ('屏山县', '511529', '屏山', 'county', '511500'),
  ('广安区', '511602', '广安', 'district', '511600'),
  ('前锋区', '511603', '前锋', 'district', '511600'),
  ('岳池县', '511621', '岳池', 'county', '511600'),
  ('武胜县', '511622', '武胜', 'county', '511600'),
  ('邻水县', '511623', '邻水', 'county', '511600'),
  ('华蓥市', '511681', '华蓥', 'county', '511600'),
  ('通川区', '511702', '通川', 'district', '511700'),
  ('达川区', '511703', '达川', 'district', '511700'),
  ('宣汉县', '511722', '宣汉', 'county', '511700'),
  ('开江县', '511723', '开江', 'county', '511700'),
  ('大竹县', '511724', '大竹', 'county', '511700'),
  ('渠县', '511725', '渠', 'county', '511700'),
  ('万源市', '511781', '万源', 'county', '511700'),
  ('雨城区', '511802', '雨城', 'district', '511800'),
  ('名山区', '511803', '名山', 'district', '511800'),
  ('荥经县', '511822', '荥经', 'county', '511800'),
  ('汉源县', '511823', '汉源', 'county', '511800'),
  ('石棉县', '511824', '石棉', 'county', '511800'),
  ('天全县', '511825', '天全', 'county', '511800'),
  ('芦山县', '511826', '芦山', 'county', '511800'),
  ('宝兴县', '511827', '宝兴', 'county', '511800'),
  ('巴州区', '511902', '巴州', 'district', '511900'),
  ('恩阳区', '511903', '恩阳', 'district', '511900'),
  ('通江县', '511921', '通江', 'county', '511900'),
  ('南江县', '511922', '南江', 'county', '511900'),
  ('平昌县', '511923', '平昌', 'county', '511900'),
  ('雁江区', '512002', '雁江', 'district', '512000'),
  ('安岳县', '512021', '安岳', 'county', '512000'),
  ('乐至县', '512022', '乐至', 'county', '512000'),
  ('马尔康市', '513201', '马尔康', 'county', '513200'),
  ('汶川县', '513221', '汶川', 'county', '513200'),
  ('理县', '513222', '理', 'county', '513200'),
  ('茂县', '513223', '茂', 'county', '513200'),
  ('松潘县', '513224', '松潘', 'county', '513200'),
  ('九寨沟县', '513225', '九寨沟', 'county', '513200'),
  ('金川县', '513226', '金川', 'county', '513200'),
  ('小金县', '513227', '小金', 'county', '513200'),
  ('黑水县', '513228', '黑水', 'county', '513200'),
  ('壤塘县', '513230', '壤塘', 'county', '513200'),
  ('阿坝县', '513231', '阿坝', 'county', '513200'),
  ('若尔盖县', '513232', '若尔盖', 'county', '513200'),
  ('红原县', '513233', '红原', 'county', '513200'),
  ('康定市', '513301', '康定', 'county', '513300'),
  ('泸定县', '513322', '泸定', 'county', '513300'),
  ('丹巴县', '513323', '丹巴', 'county', '513300'),
  ('九龙县', '513324', '九龙', 'county', '513300'),
  ('雅江县', '513325', '雅江', 'county', '513300'),
  ('道孚县', '513326', '道孚', 'county', '513300'),
  ('炉霍县', '513327', '炉霍', 'county', '513300'),
  ('甘孜县', '513328', '甘孜', 'county', '513300'),
  ('新龙县', '513329', '新龙', 'county', '513300'),
  ('德格县', '513330', '德格', 'county', '513300'),
  ('白玉县', '513331', '白玉', 'county', '513300'),
  ('石渠县', '513332', '石渠', 'county', '513300'),
  ('色达县', '513333', '色达', 'county', '513300'),
  ('理塘县', '513334', '理塘', 'county', '513300'),
  ('巴塘县', '513335', '巴塘', 'county', '513300'),
  ('乡城县', '513336', '乡城', 'county', '513300'),
  ('稻城县', '513337', '稻城', 'county', '513300'),
  ('得荣县', '513338', '得荣', 'county', '513300'),
  ('西昌市', '513401', '西昌', 'county', '513400'),
  ('会理市', '513402', '会理', 'county', '513400'),
  ('木里藏族自治县', '513422', '木里', 'county', '513400'),
  ('盐源县', '513423', '盐源', 'county', '513400'),
  ('德昌县', '513424', '德昌', 'county', '513400'),
  ('会东县', '513426', '会东', 'county', '513400'),
  ('宁南县', '513427', '宁南', 'county', '513400'),
  ('普格县', '513428', '普格', 'county', '513400'),
  ('布拖县', '513429', '布拖', 'county', '513400'),
  ('金阳县', '513430', '金阳', 'county', '513400'),
  ('昭觉县', '513431', '昭觉', 'county', '513400'),
  ('喜德县', '513432', '喜德', 'county', '513400'),
  ('冕宁县', '513433', '冕宁', 'county', '513400'),
  ('越西县', '513434', '越西', 'county', '513400'),
  ('甘洛县', '513435', '甘洛', 'county', '513400'),
  ('美姑县', '513436', '美姑', 'county', '513400'),
  ('雷波县', '513437', '雷波', 'county', '513400'),
  ('南明区', '520102', '南明', 'district', '520100'),
  ('云岩区', '520103', '云岩', 'district', '520100'),
  ('花溪区', '520111', '花溪', 'district', '520100'),
  ('乌当区', '520112', '乌当', 'district', '520100'),
  ('白云区', '520113', '白云', 'district', '520100'),
  ('观山湖区', '520115', '观山湖', 'district', '520100'),
  ('开阳县', '520121', '开阳', 'county', '520100'),
  ('息烽县', '520122', '息烽', 'county', '520100'),
  ('修文县', '520123', '修文', 'county', '520100'),
  ('清镇市', '520181', '清镇', 'county', '520100'),
  ('钟山区', '520201', '钟山', 'district', '520200'),
  ('六枝特区', '520203', '六枝', 'district', '520200'),
  ('水城区', '520204', '水城', 'district', '520200'),
  ('盘州市', '520281', '盘州', 'county', '520200'),
  ('红花岗区', '520302', '红花岗', 'district', '520300'),
  ('汇川区', '520303', '汇川', 'district', '520300'),
  ('播州区', '520304', '播州', 'district', '520300'),
  ('桐梓县', '520322', '桐梓', 'county', '520300'),
  ('绥阳县', '520323', '绥阳', 'county', '520300'),
  ('正安县', '520324', '正安', 'county', '520300'),
  ('道真仡佬族苗族自治县', '520325', '道真', 'county', '520300'),
  ('务川仡佬族苗族自治县', '520326', '务川', 'county', '520300'),
  ('凤冈县', '520327', '凤冈', 'county', '520300'),
  ('湄潭县', '520328', '湄潭', 'county', '520300'),
  ('余庆县', '520329', '余庆', 'county', '520300'),
  ('习水县', '520330', '习水', 'county', '520300'),
  ('赤水市', '520381', '赤水', 'county', '520300'),
  ('仁怀市', '520382', '仁怀', 'county', '520300'),
  ('西秀区', '520402', '西秀', 'district', '520400'),
  ('平坝区', '520403', '平坝', 'district', '520400'),
  ('普定县', '520422', '普定', 'county', '520400'),
  ('镇宁布依族苗族自治县', '520423', '镇宁', 'county', '520400'),
  ('关岭布依族苗族自治县', '520424', '关岭', 'county', '520400'),
  ('紫云苗族布依族自治县', '520425', '紫云', 'county', '520400'),
  ('七星关区', '520502', '七星关', 'district', '520500'),
  ('大方县', '520521', '大方', 'county', '520500'),
  ('金沙县', '520523', '金沙', 'county', '520500'),
  ('织金县', '520524', '织金', 'county', '520500'),
  ('纳雍县', '520525', '纳雍', 'county', '520500'),
  ('威宁彝族回族苗族自治县', '520526', '威宁', 'county', '520500'),
  ('赫章县', '520527', '赫章', 'county', '520500'),
  ('黔西市', '520581', '黔西', 'county', '520500'),
  ('碧江区', '520602', '碧江', 'district', '520600'),
  ('万山区', '520603', '万山', 'district', '520600'),
  ('江口县', '520621', '江口', 'county', '520600'),
  ('玉屏侗族自治县', '520622', '玉屏', 'county', '520600'),
  ('石阡县', '520623', '石阡', 'county', '520600'),
  ('思南县', '520624', '思南', 'county', '520600'),
  ('印江土家族苗族自治县', '520625', '印江', 'county', '520600'),
  ('德江县', '520626', '德江', 'county', '520600'),
  ('沿河土家族自治县', '520627', '沿河', 'county', '520600'),
  ('松桃苗族自治县', '520628', '松桃', 'county', '520600'),
  ('兴义市', '522301', '兴义', 'county', '522300'),
  ('兴仁市', '522302', '兴仁', 'county', '522300'),
  ('普安县', '522323', '普安', 'county', '522300'),
  ('晴隆县', '522324', '晴隆', 'county', '522300'),
  ('贞丰县', '522325', '贞丰', 'county', '522300'),
  ('望谟县', '522326', '望谟', 'county', '522300'),
  ('册亨县', '522327', '册亨', 'county', '522300'),
  ('安龙县', '522328', '安龙', 'county', '522300'),
  ('凯里市', '522601', '凯里', 'county', '522600'),
  ('黄平县', '522622', '黄平', 'county', '522600'),
  ('施秉县', '522623', '施秉', 'county', '522600'),
  ('三穗县', '522624', '三穗', 'county', '522600'),
  ('镇远县', '522625', '镇远', 'county', '522600'),
  ('岑巩县', '522626', '岑巩', 'county', '522600'),
  ('天柱县', '522627', '天柱', 'county', '522600'),
  ('锦屏县', '522628', '锦屏', 'county', '522600'),
  ('剑河县', '522629', '剑河', 'county', '522600'),
  ('台江县', '522630', '台江', 'county', '522600'),
  ('黎平县', '522631', '黎平', 'county', '522600'),
  ('榕江县', '522632', '榕江', 'county', '522600'),
  ('从江县', '522633', '从江', 'county', '522600'),
  ('雷山县', '522634', '雷山', 'county', '522600'),
  ('麻江县', '522635', '麻江', 'county', '522600'),
  ('丹寨县', '522636', '丹寨', 'county', '522600'),
  ('都匀市', '522701', '都匀', 'county', '522700'),
  ('福泉市', '522702', '福泉', 'county', '522700'),
  ('荔波县', '522722', '荔波', 'county', '522700'),
  ('贵定县', '522723', '贵定', 'county', '522700'),
  ('瓮安县', '522725', '瓮安', 'county', '522700'),
  ('独山县', '522726', '独山', 'county', '522700'),
  ('平塘县', '522727', '平塘', 'county', '522700'),
  ('罗甸县', '522728', '罗甸', 'county', '522700'),
  ('长顺县', '522729', '长顺', 'county', '522700'),
  ('龙里县', '522730', '龙里', 'county', '522700'),
  ('惠水县', '522731', '惠水', 'county', '522700'),
  ('三都水族自治县', '522732', '三都', 'county', '522700'),
  ('五华区', '530102', '五华', 'district', '530100'),
  ('盘龙区', '530103', '盘龙', 'district', '530100'),
  ('官渡区', '530111', '官渡', 'district', '530100'),
  ('西山区', '530112', '西山', 'district', '530100'),
  ('东川区', '530113', '东川', 'district', '530100'),
  ('呈贡区', '530114', '呈贡', 'district', '530100'),
  ('晋宁区', '530115', '晋宁', 'district', '530100'),
  ('富民县', '530124', '富民', 'county', '530100'),
  ('宜良县', '530125', '宜良', 'county', '530100'),
  ('石林彝族自治县', '530126', '石林', 'county', '530100'),
  ('嵩明县', '530127', '嵩明', 'county', '530100'),
  ('禄劝彝族苗族自治县', '530128', '禄劝', 'county', '530100'),
  ('寻甸回族彝族自治县', '530129', '寻甸', 'county', '530100'),
  ('安宁市', '530181', '安宁', 'county', '530100'),
  ('麒麟区', '530302', '麒麟', 'district', '530300'),
  ('沾益区', '530303', '沾益', 'district', '530300'),
  ('马龙区', '530304', '马龙', 'district', '530300'),
  ('陆良县', '530322', '陆良', 'county', '530300'),
  ('师宗县', '530323', '师宗', 'county', '530300'),
  ('罗平县', '530324', '罗平', 'county', '530300'),
  ('富源县', '530325', '富源', 'county', '530300'),
  ('会泽县', '530326', '会泽', 'county', '530300'),
  ('宣威市', '530381', '宣威', 'county', '530300'),
  ('红塔区', '530402', '红塔', 'district', '530400'),
  ('江川区', '530403', '江川', 'district', '530400'),
  ('通海县', '530423', '通海', 'county', '530400'),
  ('华宁县', '530424', '华宁', 'county', '530400'),
  ('易门县', '530425', '易门', 'county', '530400'),
  ('峨山彝族自治县', '530426', '峨山', 'county', '530400'),
  ('新平彝族傣族自治县', '530427', '新平', 'county', '530400'),
  ('元江哈尼族彝族傣族自治县', '530428', '元江', 'county', '530400'),
  ('澄江市', '530481', '澄江', 'county', '530400'),
  ('隆阳区', '530502', '隆阳', 'district', '530500'),
  ('施甸县', '530521', '施甸', 'county', '530500'),
  ('龙陵县', '530523', '龙陵', 'county', '530500'),
  ('昌宁县', '530524', '昌宁', 'county', '530500'),
  ('腾冲市', '530581', '腾冲', 'county', '530500'),
  ('昭阳区', '530602', '昭阳', 'district', '530600'),
  ('鲁甸县', '530621', '鲁甸', 'county', '530600'),
  ('巧家县', '530622', '巧家', 'county', '530600'),
  ('盐津县', '530623', '盐津', 'county', '530600'),
  ('大关县', '530624', '大关', 'county', '530600'),
  ('永善县', '530625', '永善', 'county', '530600'),
  ('绥江县', '530626', '绥江', 'county', '530600'),
  ('镇雄县', '530627', '镇雄', 'county', '530600'),
  ('彝良县', '530628', '彝良', 'county', '530600'),
  ('威信县', '530629', '威信', 'county', '530600'),
  ('水富市', '530681', '水富', 'county', '530600'),
  ('古城区', '530702', '古城', 'district', '530700'),
  ('玉龙纳西族自治县', '530721', '玉龙', 'county', '530700'),
  ('永胜县', '530722', '永胜', 'county', '530700'),
  ('华坪县', '530723', '华坪', 'county', '530700'),
  ('宁蒗彝族自治县', '530724', '宁蒗', 'county', '530700'),
  ('思茅区', '530802', '思茅', 'district', '530800'),
  ('宁洱哈尼族彝族自治县', '530821', '宁洱', 'county', '530800'),
  ('墨江哈尼族自治县', '530822', '墨江', 'county', '530800'),
  ('景东彝族自治县', '530823', '景东', 'county', '530800'),
  ('景谷傣族彝族自治县', '530824', '景谷', 'county', '530800'),
  ('镇沅彝族哈尼族拉祜族自治县', '530825', '镇沅', 'county', '530800'),
  ('江城哈尼族彝族自治县', '530826', '江城', 'county', '530800'),
  ('孟连傣族拉祜族佤族自治县', '530827', '孟连', 'county', '530800'),
  ('澜沧拉祜族自治县', '530828', '澜沧', 'county', '530800'),
  ('西盟佤族自治县', '530829', '西盟', 'county', '530800'),
  ('临翔区', '530902', '临翔', 'district', '530900'),
  ('凤庆县', '530921', '凤庆', 'county', '530900'),
  ('云县', '530922', '云', 'county', '530900'),
  ('永德县', '530923', '永德', 'county', '530900'),
  ('镇康县', '530924', '镇康', 'county', '530900'),
  ('双江拉祜族佤族布朗族傣族自治县', '530925', '双江', 'county', '530900'),
  ('耿马傣族佤族自治县', '530926', '耿马', 'county', '530900'),
  ('沧源佤族自治县', '530927', '沧源', 'county', '530900'),
  ('楚雄市', '532301', '楚雄', 'county', '532300'),
  ('禄丰市', '532302', '禄丰', 'county', '532300'),
  ('双柏县', '532322', '双柏', 'county', '532300'),
  ('牟定县', '532323', '牟定', 'county', '532300'),
  ('南华县', '532324', '南华', 'county', '532300'),
  ('姚安县', '532325', '姚安', 'county', '532300'),
  ('大姚县', '532326', '大姚', 'county', '532300'),
  ('永仁县', '532327', '永仁', 'county', '532300'),
  ('元谋县', '532328', '元谋', 'county', '532300'),
  ('武定县', '532329', '武定', 'county', '532300'),
  ('个旧市', '532501', '个旧', 'county', '532500'),
  ('开远市', '532502', '开远', 'county', '532500'),
  ('蒙自市', '532503', '蒙自', 'county', '532500'),
  ('弥勒市', '532504', '弥勒', 'county', '532500'),
  ('屏边苗族自治县', '532523', '屏边', 'county', '532500'),
  ('建水县', '532524', '建水', 'county', '532500'),
  ('石屏县', '532525', '石屏', 'county', '532500'),
  ('泸西县', '532527', '泸西', 'county', '532500'),
  ('元阳县', '532528', '元阳', 'county', '532500'),
  ('红河县', '532529', '红河', 'county', '532500'),
  ('金平苗族瑶族傣族自治县', '532530', '金平', 'county', '532500'),
  ('绿春县', '532531', '绿春', 'county', '532500'),
  ('河口瑶族自治县', '532532', '河口', 'county', '532500'),
  ('文山市', '532601', '文山', 'county', '532600'),
  ('砚山县', '532622', '砚山', 'county', '532600'),
  ('西畴县', '532623', '西畴', 'county', '532600'),
  ('麻栗坡县', '532624', '麻栗坡', 'county', '532600'),
  ('马关县', '532625', '马关', 'county', '532600'),
  ('丘北县', '532626', '丘北', 'county', '532600'),
  ('广南县', '532627', '广南', 'county', '532600'),
  ('富宁县', '532628', '富宁', 'county', '532600'),
  ('景洪市', '532801', '景洪', 'county', '532800'),
  ('勐海县', '532822', '勐海', 'county', '532800'),
  ('勐腊县', '532823', '勐腊', 'county', '532800'),
  ('大理市', '532901', '大理', 'county', '532900'),
  ('漾濞彝族自治县', '532922', '漾濞', 'county', '532900'),
  ('祥云县', '532923', '祥云', 'county', '532900'),
  ('宾川县', '532924', '宾川', 'county', '532900'),
  ('弥渡县', '532925', '弥渡', 'county', '532900'),
  ('南涧彝族自治县', '532926', '南涧', 'county', '532900'),
  ('巍山彝族回族自治县', '532927', '巍山', 'county', '532900'),
  ('永平县', '532928', '永平', 'county', '532900'),
  ('云龙县', '532929', '云龙', 'county', '532900'),
  ('洱源县', '532930', '洱源', 'county', '532900'),
  ('剑川县', '532931', '剑川', 'county', '532900'),
  ('鹤庆县', '532932', '鹤庆', 'county', '532900'),
  ('瑞丽市', '533102', '瑞丽', 'county', '533100'),
  ('芒市', '533103', '芒', 'county', '533100'),
  ('梁河县', '533122', '梁河', 'county', '533100'),
  ('盈江县', '533123', '盈江', 'county', '533100'),
  ('陇川县', '533124', '陇川', 'county', '533100'),
  ('泸水市', '533301', '泸水', 'county', '533300'),
  ('福贡县', '533323', '福贡', 'county', '533300'),
  ('贡山独龙族怒族自治县', '533324', '贡山', 'county', '533300'),
  ('兰坪白族普米族自治县', '533325', '兰坪', 'county', '533300'),
  ('香格里拉市', '533401', '香格里拉', 'county', '533400'),
  ('德钦县', '533422', '德钦', 'county', '533400'),
  ('维西傈僳族自治县', '533423', '维西', 'county', '533400'),
  ('城关区', '540102', '城关', 'district', '540100'),
  ('堆龙德庆区', '540103', '堆龙德庆', 'district', '540100'),
  ('达孜区', '540104', '达孜', 'district', '540100'),
  ('林周县', '540121', '林周', 'county', '540100'),
  ('当雄县', '540122', '当雄', 'county', '540100'),
  ('尼木县', '540123', '尼木', 'county', '540100'),
  ('曲水县', '540124', '曲水', 'county', '540100'),
  ('墨竹工卡县', '540127', '墨竹工卡', 'county', '540100'),
  ('桑珠孜区', '540202', '桑珠孜', 'district', '540200'),
  ('南木林县', '540221', '南木林', 'county', '540200'),
  ('江孜县', '540222', '江孜', 'county', '540200'),
  ('定日县', '540223', '定日', 'county', '540200'),
  ('萨迦县', '540224', '萨迦', 'county', '540200'),
  ('拉孜县', '540225', '拉孜', 'county', '540200'),
  ('昂仁县', '540226', '昂仁', 'county', '540200'),
  ('谢通门县', '540227', '谢通门', 'county', '540200'),
  ('白朗县', '540228', '白朗', 'county', '540200'),
  ('仁布县', '540229', '仁布', 'county', '540200'),
  ('康马县', '540230', '康马', 'county', '540200'),
  ('定结县', '540231', '定结', 'county', '540200'),
  ('仲巴县', '540232', '仲巴', 'county', '540200'),
  ('亚东县', '540233', '亚东', 'county', '540200'),
  ('吉隆县', '540234', '吉隆', 'county', '540200'),
  ('聂拉木县', '540235', '聂拉木', 'county', '540200'),
  ('萨嘎县', '540236', '萨嘎', 'county', '540200'),
  ('岗巴县', '540237', '岗巴', 'county', '540200'),
  ('卡若区', '540302', '卡若', 'district', '540300'),
  ('江达县', '540321', '江达', 'county', '540300'),
  ('贡觉县', '540322', '贡觉', 'county', '540300'),
  ('类乌齐县', '540323', '类乌齐', 'county', '540300'),
  ('丁青县', '540324', '丁青', 'county', '540300'),
  ('察雅县', '540325', '察雅', 'county', '540300'),
  ('八宿县', '540326', '八宿', 'county', '540300'),
  ('左贡县', '540327', '左贡', 'county', '540300'),
  ('芒康县', '540328', '芒康', 'county', '540300'),
  ('洛隆县', '540329', '洛隆', 'county', '540300'),
  ('边坝县', '540330', '边坝', 'county', '540300'),
  ('巴宜区', '540402', '巴宜', 'district', '540400'),
  ('工布江达县', '540421', '工布江达', 'county', '540400'),
  ('墨脱县', '540423', '墨脱', 'county', '540400'),
  ('波密县', '540424', '波密', 'county', '540400'),
  ('察隅县', '540425', '察隅', 'county', '540400'),
  ('朗县', '540426', '朗', 'county', '540400'),
  ('米林市', '540481', '米林', 'county', '540400'),
  ('乃东区', '540502', '乃东', 'district', '540500'),
  ('扎囊县', '540521', '扎囊', 'county', '540500'),
  ('贡嘎县', '540522', '贡嘎', 'county', '540500'),
  ('桑日县', '540523', '桑日', 'county', '540500'),
  ('琼结县', '540524', '琼结', 'county', '540500'),
  ('曲松县', '540525', '曲松', 'county', '540500'),
  ('措美县', '540526', '措美', 'county', '540500'),
  ('洛扎县', '540527', '洛扎', 'county', '540500'),
  ('加查县', '540528', '加查', 'county', '540500'),
  ('隆子县', '540529', '隆子', 'county', '540500'),
  ('浪卡子县', '540531', '浪卡子', 'county', '540500'),
  ('错那市', '540581', '错那', 'county', '540500'),
  ('色尼区', '540602', '色尼', 'district', '540600'),
  ('嘉黎县', '540621', '嘉黎', 'county', '540600'),
  ('比如县', '540622', '比如', 'county', '540600'),
  ('聂荣县', '540623', '聂荣', 'county', '540600'),
  ('安多县', '540624', '安多', 'county', '540600'),
  ('申扎县', '540625', '申扎', 'county', '540600'),
  ('索县', '540626', '索', 'county', '540600'),
  ('班戈县', '540627', '班戈', 'county', '540600'),
  ('巴青县', '540628', '巴青', 'county', '540600'),
  ('尼玛县', '540629', '尼玛', 'county', '540600'),
  ('双湖县', '540630', '双湖', 'county', '540600'),
  ('普兰县', '542521', '普兰', 'county', '542500'),
  ('札达县', '542522', '札达', 'county', '542500'),
  ('噶尔县', '542523', '噶尔', 'county', '542500'),
  ('日土县', '542524', '日土', 'county', '542500'),
  ('革吉县', '542525', '革吉', 'county', '542500'),
  ('改则县', '542526', '改则', 'county', '542500'),
  ('措勤县', '542527', '措勤', 'county', '542500'),
  ('新城区', '610102', '新城', 'district', '610100'),
  ('碑林区', '610103', '碑林', 'district', '610100'),
  ('莲湖区', '610104', '莲湖', 'district', '610100'),
  ('灞桥区', '610111', '灞桥', 'district', '610100'),
  ('未央区', '610112', '未央', 'district', '610100'),
  ('雁塔区', '610113', '雁塔', 'district', '610100'),
  ('阎良区', '610114', '阎良', 'district', '610100'),
  ('临潼区', '610115', '临潼', 'district', '610100'),
  ('长安区', '610116', '长安', 'district', '610100'),
  ('高陵区', '610117', '高陵', 'district', '610100'),
  ('鄠邑区', '610118', '鄠邑', 'district', '610100'),
  ('蓝田县', '610122', '蓝田', 'county', '610100'),
  ('周至县', '610124', '周至', 'county', '610100'),
  ('王益区', '610202', '王益', 'district', '610200'),
  ('印台区', '610203', '印台', 'district', '610200'),
  ('耀州区', '610204', '耀州', 'district', '610200'),
  ('宜君县', '610222', '宜君', 'county', '610200'),
  ('渭滨区', '610302', '渭滨', 'district', '610300'),
  ('金台区', '610303', '金台', 'district', '610300'),
  ('陈仓区', '610304', '陈仓', 'district', '610300'),
  ('凤翔区', '610305', '凤翔', 'district', '610300'),
  ('岐山县', '610323', '岐山', 'county', '610300'),
  ('扶风县', '610324', '扶风', 'county', '610300'),
  ('眉县', '610326', '眉', 'county', '610300'),
  ('陇县', '610327', '陇', 'county', '610300'),
  ('千阳县', '610328', '千阳', 'county', '610300'),
  ('麟游县', '610329', '麟游', 'county', '610300'),
  ('凤县', '610330', '凤', 'county', '610300'),
  ('太白县', '610331', '太白', 'county', '610300'),
  ('秦都区', '610402', '秦都', 'district', '610400'),
  ('杨陵区', '610403', '杨陵', 'district', '610400'),
  ('渭城区', '610404', '渭城', 'district', '610400'),
  ('三原县', '610422', '三原', 'county', '610400'),
  ('泾阳县', '610423', '泾阳', 'county', '610400'),
  ('乾县', '610424', '乾', 'county', '610400'),
  ('礼泉县', '610425', '礼泉', 'county', '610400'),
  ('永寿县', '610426', '永寿', 'county', '610400'),
  ('长武县', '610428', '长武', 'county', '610400'),
  ('旬邑县', '610429', '旬邑', 'county', '610400'),
  ('淳化县', '610430', '淳化', 'county', '610400'),
  ('武功县', '610431', '武功', 'county', '610400'),
  ('兴平市', '610481', '兴平', 'county', '610400'),
  ('彬州市', '610482', '彬州', 'county', '610400'),
  ('临渭区', '610502', '临渭', 'district', '610500'),
  ('华州区', '610503', '华州', 'district', '610500'),
  ('潼关县', '610522', '潼关', 'county', '610500'),
  ('大荔县', '610523', '大荔', 'county', '610500'),
  ('合阳县', '610524', '合阳', 'county', '610500'),
  ('澄城县', '610525', '澄城', 'county', '610500'),
  ('蒲城县', '610526', '蒲城', 'county', '610500'),
  ('白水县', '610527', '白水', 'county', '610500'),
  ('富平县', '610528', '富平', 'county', '610500'),
  ('韩城市', '610581', '韩城', 'county', '610500'),
  ('华阴市', '610582', '华阴', 'county', '610500'),
  ('宝塔区', '610602', '宝塔', 'district', '610600'),
  ('安塞区', '610603', '安塞', 'district', '610600'),
  ('延长县', '610621', '延长', 'county', '610600'),
  ('延川县', '610622', '延川', 'county', '610600'),
  ('志丹县', '610625', '志丹', 'county', '610600'),
  ('吴起县', '610626', '吴起', 'county', '610600'),
  ('甘泉县', '610627', '甘泉', 'county', '610600'),
  ('富县', '610628', '富', 'county', '610600'),
  ('洛川县', '610629', '洛川', 'county', '610600'),
  ('宜川县', '610630', '宜川', 'county', '610600'),
  ('黄龙县', '610631', '黄龙', 'county', '610600'),
  ('黄陵县', '610632', '黄陵', 'county', '610600'),
  ('子长市', '610681', '子长', 'county', '610600'),
  ('汉台区', '610702', '汉台', 'district', '610700'),
  ('南郑区', '610703', '南郑', 'district', '610700'),
  ('城固县', '610722', '城固', 'county', '610700'),
  ('洋县', '610723', '洋', 'county', '610700'),
  ('西乡县', '610724', '西乡', 'county', '610700'),
  ('勉县', '610725', '勉', 'county', '610700'),
  ('宁强县', '610726', '宁强', 'county', '610700'),
  ('略阳县', '610727', '略阳', 'county', '610700'),
  ('镇巴县', '610728', '镇巴', 'county', '610700'),
  ('留坝县', '610729', '留坝', 'county', '610700'),
  ('佛坪县', '610730', '佛坪', 'county', '610700'),
  ('榆阳区', '610802', '榆阳', 'district', '610800'),
  ('横山区', '610803', '横山', 'district', '610800'),
  ('府谷县', '610822', '府谷', 'county', '610800'),
  ('靖边县', '610824', '靖边', 'county', '610800'),
  ('定边县', '610825', '定边', 'county', '610800'),
  ('绥德县', '610826', '绥德', 'county', '610800'),
  ('米脂县', '610827', '米脂', 'county', '610800'),
  ('佳县', '610828', '佳', 'county', '610800'),
  ('吴堡县', '610829', '吴堡', 'county', '610800'),
  ('清涧县', '610830', '清涧', 'county', '610800'),
  ('子洲县', '610831', '子洲', 'county', '610800'),
  ('神木市', '610881', '神木', 'county', '610800'),
  ('汉滨区', '610902', '汉滨', 'district', '610900'),
  ('汉阴县', '610921', '汉阴', 'county', '610900'),
  ('石泉县', '610922', '石泉', 'county', '610900'),
  ('宁陕县', '610923', '宁陕', 'county', '610900'),
  ('紫阳县', '610924', '紫阳', 'county', '610900'),
  ('岚皋县', '610925', '岚皋', 'county', '610900'),
  ('平利县', '610926', '平利', 'county', '610900'),
  ('镇坪县', '610927', '镇坪', 'county', '610900'),
  ('白河县', '610929', '白河', 'county', '610900'),
  ('旬阳市', '610981', '旬阳', 'county', '610900'),
  ('商州区', '611002', '商州', 'district', '611000'),
  ('洛南县', '611021', '洛南', 'county', '611000'),
  ('丹凤县', '611022', '丹凤', 'county', '611000'),
  ('商南县', '611023', '商南', 'county', '611000'),
  ('山阳县', '611024', '山阳', 'county', '611000'),
  ('镇安县', '611025', '镇安', 'county', '611000'),
  ('柞水县', '611026', '柞水', 'county', '611000'),
  ('城关区', '620102', '城关', 'district', '620100'),
  ('七里河区', '620103', '七里河', 'district', '620100'),
  ('西固区', '620104', '西固', 'district', '620100'),
  ('安宁区', '620105', '安宁', 'district', '620100'),
  ('红古区', '620111', '红古', 'district', '620100'),
  ('永登县', '620121', '永登', 'county', '620100'),
  ('皋兰县', '620122', '皋兰', 'county', '620100'),
  ('榆中县', '620123', '榆中', 'county', '620100'),
  ('金川区', '620302', '金川', 'district', '620300'),
  ('永昌县', '620321', '永昌', 'county', '620300'),
  ('白银区', '620402', '白银', 'district', '620400'),
  ('平川区', '620403', '平川', 'district', '620400'),
  ('靖远县', '620421', '靖远', 'county', '620400'),
  ('会宁县', '620422', '会宁', 'county', '620400'),
  ('景泰县', '620423', '景泰', 'county', '620400'),
  ('秦州区', '620502', '秦州', 'district', '620500'),
  ('麦积区', '620503', '麦积', 'district', '620500'),
  ('清水县', '620521', '清水', 'county', '620500'),
  ('秦安县', '620522', '秦安', 'county', '620500'),
  ('甘谷县', '620523', '甘谷', 'county', '620500'),
  ('武山县', '620524', '武山', 'county', '620500'),
  ('张家川回族自治县', '620525', '张家川', 'county', '620500'),
  ('凉州区', '620602', '凉州', 'district', '620600'),
  ('民勤县', '620621', '民勤', 'county', '620600'),
  ('古浪县', '620622', '古浪', 'county', '620600'),
  ('天祝藏族自治县', '620623', '天祝', 'county', '620600'),
  ('甘州区', '620702', '甘州', 'district', '620700'),
  ('肃南裕固族自治县', '620721', '肃南', 'county', '620700'),
  ('民乐县', '620722', '民乐', 'county', '620700'),
  ('临泽县', '620723', '临泽', 'county', '620700'),
  ('高台县', '620724', '高台', 'county', '620700'),
  ('山丹县', '620725', '山丹', 'county', '620700'),
  ('崆峒区', '620802', '崆峒', 'district', '620800'),
  ('泾川县', '620821', '泾川', 'county', '620800'),
  ('灵台县', '620822', '灵台', 'county', '620800'),
  ('崇信县', '620823', '崇信', 'county', '620800'),
  ('庄浪县', '620825', '庄浪', 'county', '620800'),
  ('静宁县', '620826', '静宁', 'county', '620800'),
  ('华亭市', '620881', '华亭', 'county', '620800'),
  ('肃州区', '620902', '肃州', 'district', '620900'),
  ('金塔县', '620921', '金塔', 'county', '620900'),
  ('瓜州县', '620922', '瓜州', 'county', '620900'),
  ('肃北蒙古族自治县', '620923', '肃北', 'county', '620900'),
  ('阿克塞哈萨克族自治县', '620924', '阿克塞', 'county', '620900'),
  ('玉门市', '620981', '玉门', 'county', '620900'),
  ('敦煌市', '620982', '敦煌', 'county', '620900'),
  ('西峰区', '621002', '西峰', 'district', '621000'),
  ('庆城县', '621021', '庆城', 'county', '621000'),
  ('环县', '621022', '环', 'county', '621000'),
  ('华池县', '621023', '华池', 'county', '621000'),
  ('合水县', '621024', '合水', 'county', '621000'),
  ('正宁县', '621025', '正宁', 'county', '621000'),
  ('宁县', '621026', '宁', 'county', '621000'),
  ('镇原县', '621027', '镇原', 'county', '621000'),
  ('安定区', '621102', '安定', 'district', '621100'),
  ('通渭县', '621121', '通渭', 'county', '621100'),
  ('陇西县', '621122', '陇西', 'county', '621100'),
  ('渭源县', '621123', '渭源', 'county', '621100'),
  ('临洮县', '621124', '临洮', 'county', '621100'),
  ('漳县', '621125', '漳', 'county', '621100'),
  ('岷县', '621126', '岷', 'county', '621100'),
  ('武都区', '621202', '武都', 'district', '621200'),
  ('成县', '621221', '成', 'county', '621200'),
  ('文县', '621222', '文', 'county', '621200'),
  ('宕昌县', '621223', '宕昌', 'county', '621200'),
  ('康县', '621224', '康', 'county', '621200'),
  ('西和县', '621225', '西和', 'county', '621200'),
  ('礼县', '621226', '礼', 'county', '621200'),
  ('徽县', '621227', '徽', 'county', '621200'),
  ('两当县', '621228', '两当', 'county', '621200'),
  ('临夏市', '622901', '临夏', 'county', '622900'),
  ('临夏县', '622921', '临夏', 'county', '622900'),
  ('康乐县', '622922', '康乐', 'county', '622900'),
  ('永靖县', '622923', '永靖', 'county', '622900'),
  ('广河县', '622924', '广河', 'county', '622900'),
  ('和政县', '622925', '和政', 'county', '622900'),
  ('东乡族自治县', '622926', '东乡', 'county', '622900'),
  ('积石山保安族东乡族撒拉族自治县', '622927', '积石山', 'county', '622900'),
  ('合作市', '623001', '合作', 'county', '623000'),
  ('临潭县', '623021', '临潭', 'county', '623000'),
  ('卓尼县', '623022', '卓尼', 'county', '623000'),
  ('舟曲县', '623023', '舟曲', 'county', '623000'),
  ('迭部县', '623024', '迭部', 'county', '623000'),
  ('玛曲县', '623025', '玛曲', 'county', '623000'),
  ('碌曲县', '623026', '碌曲', 'county', '623000'),
  ('夏河县', '623027', '夏河', 'county', '623000'),
  ('城东区', '630102', '城东', 'district', '630100'),
  ('城中区', '630103', '城中', 'district', '630100'),
  ('城西区', '630104', '城西', 'district', '630100'),
  ('城北区', '630105', '城北', 'district', '630100'),
  ('湟中区', '630106', '湟中', 'district', '630100'),
  ('大通回族土族自治县', '630121', '大通', 'county', '630100'),
  ('湟源县', '630123', '湟源', 'county', '630100'),
  ('乐都区', '630202', '乐都', 'district', '630200'),
  ('平安区', '630203', '平安', 'district', '630200'),
  ('民和回族土族自治县', '630222', '民和', 'county', '630200'),
  ('互助土族自治县', '630223', '互助', 'county', '630200'),
  ('化隆回族自治县', '630224', '化隆', 'county', '630200'),
  ('循化撒拉族自治县', '630225', '循化', 'county', '630200'),
  ('门源回族自治县', '632221', '门源', 'county', '632200'),
  ('祁连县', '632222', '祁连', 'county', '632200'),
  ('海晏县', '632223', '海晏', 'county', '632200'),
  ('刚察县', '632224', '刚察', 'county', '632200'),
  ('同仁市', '632301', '同仁', 'county', '632300'),
  ('尖扎县', '632322', '尖扎', 'county', '632300'),
  ('泽库县', '632323', '泽库', 'county', '632300'),
  ('河南蒙古族自治县', '632324', '河南', 'county', '632300'),
  ('共和县', '632521', '共和', 'county', '632500'),
  ('同德县', '632522', '同德', 'county', '632500'),
  ('贵德县', '632523', '贵德', 'county', '632500'),
  ('兴海县', '632524', '兴海', 'county', '632500'),
  ('贵南县', '632525', '贵南', 'county', '632500'),
  ('玛沁县', '632621', '玛沁', 'county', '632600'),
  ('班玛县', '632622', '班玛', 'county', '632600'),
  ('甘德县', '632623', '甘德', 'county', '632600'),
  ('达日县', '632624', '达日', 'county', '632600'),
  ('久治县', '632625', '久治', 'county', '632600'),
  ('玛多县', '632626', '玛多', 'county', '632600'),
  ('玉树市', '632701', '玉树', 'county', '632700'),
  ('杂多县', '632722', '杂多', 'county', '632700'),
  ('称多县', '632723', '称多', 'county', '632700'),
  ('治多县', '632724', '治多', 'county', '632700'),
  ('囊谦县', '632725', '囊谦', 'county', '632700'),
  ('曲麻莱县', '632726', '曲麻莱', 'county', '632700'),
  ('格尔木市', '632801', '格尔木', 'county', '632800'),
  ('德令哈市', '632802', '德令哈', 'county', '632800'),
  ('茫崖市', '632803', '茫崖', 'county', '632800'),
  ('乌兰县', '632821', '乌兰', 'county', '632800'),
  ('都兰县', '632822', '都兰', 'county', '632800'),
  ('天峻县', '632823', '天峻', 'county', '632800'),
  ('大柴旦行政委员会', '632857', '大柴旦行政委员会', 'county', '632800'),
  ('兴庆区', '640104', '兴庆', 'district', '640100'),
  ('西夏区', '640105', '西夏', 'district', '640100'),
  ('金凤区', '640106', '金凤', 'district', '640100'),
  ('永宁县', '640121', '永宁', 'county', '640100'),
  ('贺兰县', '640122', '贺兰', 'county', '640100'),
  ('灵武市', '640181', '灵武', 'county', '640100'),
  ('大武口区', '640202', '大武口', 'district', '640200'),
  ('惠农区', '640205', '惠农', 'district', '640200'),
  ('平罗县', '640221', '平罗', 'county', '640200'),
  ('利通区', '640302', '利通', 'district', '640300'),
  ('红寺堡区', '640303', '红寺堡', 'district', '640300'),
  ('盐池县', '640323', '盐池', 'county', '640300'),
  ('同心县', '640324', '同心', 'county', '640300'),
  ('青铜峡市', '640381', '青铜峡', 'county', '640300'),
  ('原州区', '640402', '原州', 'district', '640400'),
  ('西吉县', '640422', '西吉', 'county', '640400'),
  ('隆德县', '640423', '隆德', 'county', '640400'),
  ('泾源县', '640424', '泾源', 'county', '640400'),
  ('彭阳县', '640425', '彭阳', 'county', '640400'),
  ('沙坡头区', '640502', '沙坡头', 'district', '640500'),
  ('中宁县', '640521', '中宁', 'county', '640500'),
  ('海原县', '640522', '海原', 'county', '640500'),
  ('天山区', '650102', '天山', 'district', '650100'),
  ('沙依巴克区', '650103', '沙依巴克', 'district', '650100'),
  ('新市区', '650104', '新市', 'district', '650100'),
  ('水磨沟区', '650105', '水磨沟', 'district', '650100'),
  ('头屯河区', '650106', '头屯河', 'district', '650100'),
  ('达坂城区', '650107', '达坂城', 'district', '650100'),
  ('米东区', '650109', '米东', 'district', '650100'),
  ('乌鲁木齐县', '650121', '乌鲁木齐', 'county', '650100'),
  ('独山子区', '650202', '独山子', 'district', '650200'),
  ('克拉玛依区', '650203', '克拉玛依', 'district', '650200'),
  ('白碱滩区', '650204', '白碱滩', 'district', '650200'),
  ('乌尔禾区', '650205', '乌尔禾', 'district', '650200'),
  ('高昌区', '650402', '高昌', 'district', '650400'),
  ('鄯善县', '650421', '鄯善', 'county', '650400'),
  ('托克逊县', '650422', '托克逊', 'county', '650400'),
  ('伊州区', '650502', '伊州', 'district', '650500'),
  ('巴里坤哈萨克自治县', '650521', '巴里坤', 'county', '650500'),
  ('伊吾县', '650522', '伊吾', 'county', '650500'),
  ('昌吉市', '652301', '昌吉', 'county', '652300'),
  ('阜康市', '652302', '阜康', 'county', '652300'),
  ('呼图壁县', '652323', '呼图壁', 'county', '652300'),
  ('玛纳斯县', '652324', '玛纳斯', 'county', '652300'),
  ('奇台县', '652325', '奇台', 'county', '652300'),
  ('吉木萨尔县', '652327', '吉木萨尔', 'county', '652300'),
  ('木垒哈萨克自治县', '652328', '木垒', 'county', '652300'),
  ('博乐市', '652701', '博乐', 'county', '652700'),
  ('阿拉山口市', '652702', '阿拉山口', 'county', '652700'),
  ('精河县', '652722', '精河', 'county', '652700'),
  ('温泉县', '652723', '温泉', 'county', '652700'),
  ('库尔勒市', '652801', '库尔勒', 'county', '652800'),
  ('轮台县', '652822', '轮台', 'county', '652800'),
  ('尉犁县', '652823', '尉犁', 'county', '652800'),
  ('若羌县', '652824', '若羌', 'county', '652800'),
  ('且末县', '652825', '且末', 'county', '652800'),
  ('焉耆回族自治县', '652826', '焉耆', 'county', '652800'),
  ('和静县', '652827', '和静', 'county', '652800'),
  ('和硕县', '652828', '和硕', 'county', '652800'),
  ('博湖县', '652829', '博湖', 'county', '652800'),
  ('阿克苏市', '652901', '阿克苏', 'county', '652900'),
  ('库车市', '652902', '库车', 'county', '652900'),
  ('温宿县', '652922', '温宿', 'county', '652900'),
  ('沙雅县', '652924', '沙雅', 'county', '652900'),
  ('新和县', '652925', '新和', 'county', '652900'),
  ('拜城县', '652926', '拜城', 'county', '652900'),
  ('乌什县', '652927', '乌什', 'county', '652900'),
  ('阿瓦提县', '652928', '阿瓦提', 'county', '652900'),
  ('柯坪县', '652929', '柯坪', 'county', '652900'),
  ('阿图什市', '653001', '阿图什', 'county', '653000'),
  ('阿克陶县', '653022', '阿克陶', 'county', '653000'),
  ('阿合奇县', '653023', '阿合奇', 'county', '653000'),
  ('乌恰县', '653024', '乌恰', 'county', '653000'),
  ('喀什市', '653101', '喀什', 'county', '653100'),
  ('疏附县', '653121', '疏附', 'county', '653100'),
  ('疏勒县', '653122', '疏勒', 'county', '653100'),
  ('英吉沙县', '653123', '英吉沙', 'county', '653100'),
  ('泽普县', '653124', '泽普', 'county', '653100'),
  ('莎车县', '653125', '莎车', 'county', '653100'),
  ('叶城县', '653126', '叶城', 'county', '653100'),
  ('麦盖提县', '653127', '麦盖提', 'county', '653100'),
  ('岳普湖县', '653128', '岳普湖', 'county', '653100'),
  ('伽师县', '653129', '伽师', 'county', '653100'),
  ('巴楚县', '653130', '巴楚', 'county', '653100'),
  ('塔什库尔干塔吉克自治县', '653131', '塔什库尔干', 'county', '653100'),
  ('和田市', '653201', '和田', 'county', '653200'),
  ('和田县', '653221', '和田', 'county', '653200'),
  ('墨玉县', '653222', '墨玉', 'county', '653200'),
  ('皮山县', '653223', '皮山', 'county', '653200'),
  ('洛浦县', '653224', '洛浦', 'county', '653200'),
  ('策勒县', '653225', '策勒', 'county', '653200'),
  ('于田县', '653226', '于田', 'county', '653200'),
  ('民丰县', '653227', '民丰', 'county', '653200'),
  ('伊宁市', '654002', '伊宁', 'county', '654000'),
  ('奎屯市', '654003', '奎屯', 'county', '654000'),
  ('霍尔果斯市', '654004', '霍尔果斯', 'county', '654000'),
  ('伊宁县', '654021', '伊宁', 'county', '654000'),
  ('察布查尔锡伯自治县', '654022', '察布查尔', 'county', '654000'),
  ('霍城县', '654023', '霍城', 'county', '654000'),
  ('巩留县', '654024', '巩留', 'county', '654000'),
  ('新源县', '654025', '新源', 'county', '654000'),
  ('昭苏县', '654026', '昭苏', 'county', '654000'),
  ('特克斯县', '654027', '特克斯', 'county', '654000'),
  ('尼勒克县', '654028', '尼勒克', 'county', '654000'),
  ('塔城市', '654201', '塔城', 'county', '654200'),
  ('乌苏市', '654202', '乌苏', 'county', '654200'),
  ('沙湾市', '654203', '沙湾', 'county', '654200'),
  ('额敏县', '654221', '额敏', 'county', '654200'),
  ('托里县', '654224', '托里', 'county', '654200'),
  ('裕民县', '654225', '裕民', 'county', '654200'),
  ('和布克赛尔蒙古自治县', '654226', '和布克赛尔', 'county', '654200'),
  ('阿勒泰市', '654301', '阿勒泰', 'county', '654300'),
  ('布尔津县', '654321', '布尔津', 'county', '654300'),
  ('富蕴县', '654322', '富蕴', 'county', '654300'),
  ('福海县', '654323', '福海', 'county', '654300'),
  ('哈巴河县', '654324', '哈巴河', 'county', '654300'),
  ('青河县', '654325', '青河', 'county', '654300'),
  ('吉木乃县', '654326', '吉木乃', 'county', '654300'),
  ('石河子市', '659001', '石河子', 'county', '650000'),
  ('阿拉尔市', '659002', '阿拉尔', 'county', '650000'),
  ('图木舒克市', '659003', '图木舒克', 'county', '650000'),
  ('五家渠市', '659004', '五家渠', 'county', '650000'),
  ('北屯市', '659005', '北屯', 'county', '650000'),
  ('铁门关市', '659006', '铁门关', 'county', '650000'),
  ('双河市', '659007', '双河', 'county', '650000'),
  ('可克达拉市', '659008', '可克达拉', 'county', '650000'),
  ('昆玉市', '659009', '昆玉', 'county', '650000'),
  ('胡杨河市', '659010', '胡杨河', 'county', '650000'),
  ('新星市', '659011', '新星', 'county', '650000'),
  ('白杨市', '659012', '白杨', 'county', '650000'),
  ('大鹏新区', NULL, '大鹏', 'new_area', '440300'),
  ('深汕特别合作区', NULL, '深汕', 'new_area', '440300')
) AS shipped (name, code, short_name, level, parent_code);
-- ---------------------------------------------------------------------
-- Analysis layer for psql and BI tools: periods as dates, the actual
-- series per region and indicator (with text sparklines), targets beside
-- the actuals reported later, conflicts between sources, and quantitative
-- commitments followed up.  Every column has a plain type (text, numeric,
-- integer, bigint, date, boolean) so BI tools read them as they are.
--
-- Function bodies are SQL-standard (BEGIN ATOMIC / RETURN) and views are
-- parsed once at CREATE EXTENSION, so every name and operator is bound
-- then and a later search_path cannot redirect them.  Nothing here calls a
-- volatile function, so the views work unchanged when reports and facts
-- are distributed by report_id (Citus) and regions/indicators are
-- reference tables.
-- ---------------------------------------------------------------------

-- Periods are text: 2021, 2021-2025 (a plan period), 2023H1, 2016Q1,
-- 2023Q1-3 (the first three quarters), 2023M05, 2023M01-05 (January to
-- May).  Years run from 1000 to 2999.  The period functions are not
-- declared STRICT (NULL still gives NULL: no branch matches) because the
-- planner does not inline a STRICT SQL function whose body is a CASE; inlined
-- they cost about a quarter of a function call, which the views make once
-- per fact.

CREATE FUNCTION @extschema@.period_start(period text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN period ~ '^[12][0-9]{3}$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
    WHEN period ~ '^[12][0-9]{3}-[12][0-9]{3}$'
         AND pg_catalog.substr(period, 6, 4) >= pg_catalog.substr(period, 1, 4)
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
    WHEN period ~ '^[12][0-9]{3}H[12]$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer,
                                  pg_catalog.substr(period, 6, 1)::integer * 6 - 5, 1)
    WHEN period ~ '^[12][0-9]{3}Q[1-4]$'
         OR (period ~ '^[12][0-9]{3}Q[1-4]-[1-4]$'
             AND pg_catalog.substr(period, 8, 1) >= pg_catalog.substr(period, 6, 1))
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer,
                                  pg_catalog.substr(period, 6, 1)::integer * 3 - 2, 1)
    WHEN period ~ '^[12][0-9]{3}M(0[1-9]|1[0-2])$'
         OR (period ~ '^[12][0-9]{3}M(0[1-9]|1[0-2])-(0[1-9]|1[0-2])$'
             AND pg_catalog.substr(period, 9, 2) >= pg_catalog.substr(period, 6, 2))
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer,
                                  pg_catalog.substr(period, 6, 2)::integer, 1)
END;

COMMENT ON FUNCTION @extschema@.period_start(text) IS 'First day of a period: 2021, 2021-2025, 2023H1, 2016Q1, 2023Q1-3, 2023M05, 2023M01-05. NULL when the period is not one of these forms.';

CREATE FUNCTION @extschema@.period_end(period text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (CASE
    WHEN period ~ '^[12][0-9]{3}$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer + 1, 1, 1)
    WHEN period ~ '^[12][0-9]{3}-[12][0-9]{3}$'
         AND pg_catalog.substr(period, 6, 4) >= pg_catalog.substr(period, 1, 4)
        THEN pg_catalog.make_date(pg_catalog.substr(period, 6, 4)::integer + 1, 1, 1)
    WHEN period ~ '^[12][0-9]{3}H[12]$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
             + pg_catalog.make_interval(months => pg_catalog.substr(period, 6, 1)::integer * 6)
    WHEN period ~ '^[12][0-9]{3}Q[1-4]$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
             + pg_catalog.make_interval(months => pg_catalog.substr(period, 6, 1)::integer * 3)
    WHEN period ~ '^[12][0-9]{3}Q[1-4]-[1-4]$'
         AND pg_catalog.substr(period, 8, 1) >= pg_catalog.substr(period, 6, 1)
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
             + pg_catalog.make_interval(months => pg_catalog.substr(period, 8, 1)::integer * 3)
    WHEN period ~ '^[12][0-9]{3}M(0[1-9]|1[0-2])$'
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
             + pg_catalog.make_interval(months => pg_catalog.substr(period, 6, 2)::integer)
    WHEN period ~ '^[12][0-9]{3}M(0[1-9]|1[0-2])-(0[1-9]|1[0-2])$'
         AND pg_catalog.substr(period, 9, 2) >= pg_catalog.substr(period, 6, 2)
        THEN pg_catalog.make_date(pg_catalog.substr(period, 1, 4)::integer, 1, 1)
             + pg_catalog.make_interval(months => pg_catalog.substr(period, 9, 2)::integer)
END - pg_catalog.make_interval(days => 1))::date;

COMMENT ON FUNCTION @extschema@.period_end(text) IS 'Last day of a period (2023H1 gives 2023-06-30, 2023Q1-3 gives 2023-09-30). NULL when the period is not one of the forms period_start reads.';

CREATE FUNCTION @extschema@.period_months(period text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (pg_catalog.date_part('year', @extschema@.period_end(period))::integer * 12
        + pg_catalog.date_part('month', @extschema@.period_end(period))::integer)
       - (pg_catalog.date_part('year', @extschema@.period_start(period))::integer * 12
          + pg_catalog.date_part('month', @extschema@.period_start(period))::integer) + 1;

COMMENT ON FUNCTION @extschema@.period_months(text) IS 'Length of a period in months: 12 for 2021, 6 for 2023H1, 3 for 2016Q1, 9 for 2023Q1-3, 60 for 2021-2025. Series are drawn over periods of one length. NULL for unparseable periods.';

-- Quantities where less is better: a plain or approximate target for them
-- is met at or below the target.
CREATE FUNCTION @extschema@.lower_is_better(indicator text, measure text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN COALESCE(measure = 'rank', false)
       OR COALESCE(indicator = ANY (ARRAY['unemployment_rate', 'land_per_gdp', 'water_per_gdp',
                                          'power_per_gdp', 'energy_per_gdp', 'carbon_per_gdp',
                                          'energy_consumption']), false);

COMMENT ON FUNCTION @extschema@.lower_is_better(text, text) IS 'True when a lower value is the better result: any rank (第3位 beats 第5位), and the indicators unemployment rate, energy, water, power, land and CO2 per unit of GDP, and total energy consumption. target_met reads a plain or approximate target for them as a ceiling.';

CREATE FUNCTION @extschema@.target_met(qualifier text, target numeric, target_hi numeric,
                                       unit text, actual numeric,
                                       lower_is_better boolean DEFAULT false)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN actual IS NULL OR target IS NULL THEN NULL
    -- range: inside [target, target_hi], whichever end is larger
    WHEN qualifier = 'range'
        THEN actual BETWEEN SYMMETRIC target AND COALESCE(target_hi, target)
    -- bounds: a negative target is a decline (下降3%以上 is value -3, ge),
    -- and the bound is on the size of the decline
    WHEN qualifier = 'ge'
        THEN CASE WHEN target < 0 THEN actual <= target ELSE actual >= target END
    WHEN qualifier = 'gt'
        THEN CASE WHEN target < 0 THEN actual < target ELSE actual > target END
    WHEN qualifier = 'le'
        THEN CASE WHEN target < 0 THEN actual >= target ELSE actual <= target END
    WHEN qualifier = 'lt'
        THEN CASE WHEN target < 0 THEN actual > target ELSE actual < target END
    -- approx (左右, 约): met unless short of the target by more than the
    -- tolerance: 0.5 for percentages and percentage points, else 5 % of it
    WHEN qualifier = 'approx'
        THEN CASE WHEN target < 0 OR COALESCE(lower_is_better, false)
                  THEN actual <= target + CASE WHEN unit IN ('%', '个百分点', '百分点')
                                              THEN 0.5 ELSE 0.05 * pg_catalog.abs(target) END
                  ELSE actual >= target - CASE WHEN unit IN ('%', '个百分点', '百分点')
                                               THEN 0.5 ELSE 0.05 * pg_catalog.abs(target) END
             END
    -- eq, NULL or anything else: a plain target is met when reached or beaten
    ELSE CASE WHEN target < 0 OR COALESCE(lower_is_better, false)
              THEN actual <= target ELSE actual >= target END
END;

COMMENT ON FUNCTION @extschema@.target_met(text, numeric, numeric, text, numeric, boolean) IS 'Whether actual meets a target stated with qualifier, both in unit. ge/gt/le/lt: actual >= / > / <= / < target, except that for a negative target (a decline, 下降3%以上) the bound is on the size of the decline; range: inside [target, target_hi]; approx (左右): not short of the target by more than 0.5 when unit is % or 百分点, else by more than 5 % of the target (overshooting meets it); eq or NULL: reached or beaten. Beaten means above, or below for a negative target or when lower_is_better (ranks, and indicators such as the unemployment rate: see luohuplan.lower_is_better). NULL when actual or target is NULL.';

-- The bars of a sparkline, lowest to highest.
CREATE FUNCTION @extschema@.spark(vals numeric[]) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.string_agg(
               CASE
                   WHEN u.v IS NULL THEN ' '
                   WHEN m.hi = m.lo THEN '▄'
                   ELSE pg_catalog.substr('▁▂▃▄▅▆▇█',
                                          1 + pg_catalog.round((u.v - m.lo) * 7 / (m.hi - m.lo))::integer, 1)
               END, '' ORDER BY u.i)
           || ' ' || pg_catalog.trim_scale(m.lo) || ' .. ' || pg_catalog.trim_scale(m.hi)
      FROM pg_catalog.unnest(vals) WITH ORDINALITY AS u(v, i),
           (SELECT pg_catalog.min(x) AS lo, pg_catalog.max(x) AS hi
              FROM pg_catalog.unnest(vals) AS x) AS m
     GROUP BY m.lo, m.hi;
END;

COMMENT ON FUNCTION @extschema@.spark(numeric[]) IS 'Text sparkline of values in order: one bar ▁▂▃▄▅▆▇█ per value scaled between their minimum and maximum (▄ when all are equal, a blank for NULL), then "min .. max". NULL for an empty or all-NULL array.';

-- ---------------------------------------------------------------------
-- fact_values: every fact that states a number, with its report's region
-- and source and its period as dates.  The base of the other views.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.fact_values AS
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

COMMENT ON VIEW @extschema@.fact_values IS 'Every fact that states a number, with the region, source and load time of its report and its period as dates; values also in base units for comparing across units. The base of series, target_vs_actual, conflicts and commitments.';
COMMENT ON COLUMN @extschema@.fact_values.report_id IS 'Report the fact was read from.';
COMMENT ON COLUMN @extschema@.fact_values.seq IS 'Order of the fact within its report.';
COMMENT ON COLUMN @extschema@.fact_values.source IS 'Source name of the report.';
COMMENT ON COLUMN @extschema@.fact_values.region IS 'Region the report is about.';
COMMENT ON COLUMN @extschema@.fact_values.region_code IS 'GB/T 2260 code of the region, from the report or else from luohuplan.regions.';
COMMENT ON COLUMN @extschema@.fact_values.report_year IS 'Year the report reviews.';
COMMENT ON COLUMN @extschema@.fact_values.loaded_at IS 'When the report was loaded.';
COMMENT ON COLUMN @extschema@.fact_values.section IS 'Heading of the section the fact stands in.';
COMMENT ON COLUMN @extschema@.fact_values.period IS 'Period the value is for (2021, 2023H1, 2016Q1).';
COMMENT ON COLUMN @extschema@.fact_values.period_start IS 'First day of period (NULL when unparseable).';
COMMENT ON COLUMN @extschema@.fact_values.period_end IS 'Last day of period (NULL when unparseable).';
COMMENT ON COLUMN @extschema@.fact_values.status IS 'actual, target or estimate.';
COMMENT ON COLUMN @extschema@.fact_values.subject IS 'What is measured, as named in the text.';
COMMENT ON COLUMN @extschema@.fact_values.indicator IS 'Canonical indicator code, NULL when not a known indicator.';
COMMENT ON COLUMN @extschema@.fact_values.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.fact_values.value IS 'The number as stated, in unit.';
COMMENT ON COLUMN @extschema@.fact_values.value_hi IS 'Upper end of a range, else NULL.';
COMMENT ON COLUMN @extschema@.fact_values.unit IS 'Unit as written (亿元, %).';
COMMENT ON COLUMN @extschema@.fact_values.qualifier IS 'eq, approx, ge, gt, le, lt or range.';
COMMENT ON COLUMN @extschema@.fact_values.base_value IS 'value in base_unit (value itself when the fact has no base value).';
COMMENT ON COLUMN @extschema@.fact_values.base_value_hi IS 'value_hi in base_unit.';
COMMENT ON COLUMN @extschema@.fact_values.base_unit IS 'Base unit (元, 个, %), unit itself when the fact has none; values in the same base_unit are comparable.';
COMMENT ON COLUMN @extschema@.fact_values.headline IS 'True for the report''s main indicators.';
COMMENT ON COLUMN @extschema@.fact_values.like_for_like IS 'True when the growth is stated like for like.';
COMMENT ON COLUMN @extschema@.fact_values.evidence IS 'The clause the fact was read from.';

-- ---------------------------------------------------------------------
-- series: one actual value per region, indicator, measure and period.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.series AS
WITH stated AS (
    -- one row per distinct value (compared in base units) and the
    -- sources stating it; value and unit as the latest report wrote them
    SELECT v.region, v.indicator, v.measure, v.period, v.base_value, v.base_unit,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.count(DISTINCT v.source) AS n_sources,
           pg_catalog.string_agg(DISTINCT v.source, ', ' ORDER BY v.source) AS sources,
           (pg_catalog.array_agg(v.value ORDER BY v.loaded_at DESC, v.report_year DESC NULLS LAST,
                                 v.report_id DESC))[1] AS value,
           (pg_catalog.array_agg(v.unit ORDER BY v.loaded_at DESC, v.report_year DESC NULLS LAST,
                                 v.report_id DESC))[1] AS unit,
           pg_catalog.max(v.loaded_at) AS last_loaded,
           pg_catalog.max(v.report_year) AS last_year,
           pg_catalog.max(v.report_id) AS last_report
      FROM @extschema@.fact_values AS v
     WHERE v.status = 'actual' AND v.indicator IS NOT NULL
       AND v.period IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.period, v.base_value, v.base_unit
), ranked AS (
    SELECT s.*,
           pg_catalog.row_number() OVER w AS pick,
           pg_catalog.count(*) OVER (PARTITION BY s.region, s.indicator, s.measure, s.period) AS n_values
      FROM stated AS s
    WINDOW w AS (PARTITION BY s.region, s.indicator, s.measure, s.period
                 ORDER BY s.n_sources DESC, s.last_loaded DESC, s.last_year DESC NULLS LAST,
                          s.last_report DESC)
)
SELECT region,
       region_code,
       indicator,
       measure,
       period,
       @extschema@.period_start(period) AS period_start,
       @extschema@.period_end(period) AS period_end,
       value,
       unit,
       base_value,
       base_unit,
       n_sources::integer AS n_sources,
       sources,
       n_values::integer AS n_values
  FROM ranked
 WHERE pick = 1;

COMMENT ON VIEW @extschema@.series IS 'The actual value of each indicator per region, measure and period, from every report stating it (facts with status actual, an indicator, a value and a period, of reports with a region). When sources disagree the value stated by the most sources wins; ties go to the value of the latest-loaded report (then the report reviewing the latest year, then the larger report_id). Values are compared in base units, so 428.88亿元 and 4288800万元 agree.';
COMMENT ON COLUMN @extschema@.series.region IS 'Region the value is for.';
COMMENT ON COLUMN @extschema@.series.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.series.indicator IS 'Canonical indicator code (luohuplan.indicators).';
COMMENT ON COLUMN @extschema@.series.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.series.period IS 'Period the value is for (2021, 2023H1).';
COMMENT ON COLUMN @extschema@.series.period_start IS 'First day of period.';
COMMENT ON COLUMN @extschema@.series.period_end IS 'Last day of period.';
COMMENT ON COLUMN @extschema@.series.value IS 'The actual value, in unit, as the latest-loaded report stating it wrote it.';
COMMENT ON COLUMN @extschema@.series.unit IS 'Unit of value.';
COMMENT ON COLUMN @extschema@.series.base_value IS 'value in base_unit.';
COMMENT ON COLUMN @extschema@.series.base_unit IS 'Base unit (元, %).';
COMMENT ON COLUMN @extschema@.series.n_sources IS 'Number of sources stating this value.';
COMMENT ON COLUMN @extschema@.series.sources IS 'Sources stating this value, comma-separated, in name order.';
COMMENT ON COLUMN @extschema@.series.n_values IS 'Number of different values the sources state for this period (1 when they agree; see luohuplan.conflicts).';

-- ---------------------------------------------------------------------
-- series_overview: one row per series with a text sparkline.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.series_overview AS
SELECT s.region,
       pg_catalog.max(s.region_code) AS region_code,
       s.indicator,
       s.measure,
       @extschema@.period_months(s.period) AS period_months,
       pg_catalog.count(*)::integer AS n_periods,
       (pg_catalog.array_agg(s.period ORDER BY s.period_start, s.period))[1] AS first_period,
       (pg_catalog.array_agg(s.period ORDER BY s.period_start DESC, s.period DESC))[1] AS last_period,
       (pg_catalog.array_agg(s.value ORDER BY s.period_start DESC, s.period DESC))[1] AS last_value,
       CASE WHEN pg_catalog.count(DISTINCT s.unit) = 1 THEN pg_catalog.max(s.unit)
            ELSE pg_catalog.max(s.base_unit) END AS unit,
       CASE WHEN pg_catalog.count(DISTINCT s.unit) = 1
            THEN @extschema@.spark(pg_catalog.array_agg(s.value ORDER BY s.period_start, s.period))
            ELSE @extschema@.spark(pg_catalog.array_agg(s.base_value ORDER BY s.period_start, s.period))
       END AS spark
  FROM @extschema@.series AS s
 GROUP BY s.region, s.indicator, s.measure, @extschema@.period_months(s.period);

COMMENT ON VIEW @extschema@.series_overview IS 'One row per series of luohuplan.series: region, indicator, measure and period length (annual, half-yearly, quarterly ... values are separate series), with its first and last period and a text sparkline of the values in period order. Gaps between periods are not drawn.';
COMMENT ON COLUMN @extschema@.series_overview.region IS 'Region of the series.';
COMMENT ON COLUMN @extschema@.series_overview.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.series_overview.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN @extschema@.series_overview.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.series_overview.period_months IS 'Length of the periods of the series in months (12 annual, 6 half-yearly, 3 quarterly); NULL for unparseable periods.';
COMMENT ON COLUMN @extschema@.series_overview.n_periods IS 'Number of periods with a value.';
COMMENT ON COLUMN @extschema@.series_overview.first_period IS 'Earliest period with a value.';
COMMENT ON COLUMN @extschema@.series_overview.last_period IS 'Latest period with a value.';
COMMENT ON COLUMN @extschema@.series_overview.last_value IS 'Value of the latest period, in its own unit.';
COMMENT ON COLUMN @extschema@.series_overview.unit IS 'Unit of the sparkline''s minimum and maximum: the series'' unit when all its values share one, else the base unit.';
COMMENT ON COLUMN @extschema@.series_overview.spark IS 'Text sparkline of the values in period order (▁ lowest, █ highest), then "min .. max" in unit.';

CREATE FUNCTION @extschema@.sparkline(region text, indicator text, measure text, period_months integer)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT o.spark
      FROM @extschema@.series_overview AS o
     WHERE o.region = sparkline.region AND o.indicator = sparkline.indicator
       AND o.measure = sparkline.measure AND o.period_months = sparkline.period_months;
END;

COMMENT ON FUNCTION @extschema@.sparkline(text, text, text, integer) IS 'Text sparkline of the series of region, indicator and measure over periods of period_months months (12 for annual values), as in luohuplan.series_overview.spark; NULL when there is no such series.';

CREATE FUNCTION @extschema@.sparkline(region text, indicator text, measure text)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT o.spark
      FROM @extschema@.series_overview AS o
     WHERE o.region = sparkline.region AND o.indicator = sparkline.indicator
       AND o.measure = sparkline.measure
     ORDER BY o.period_months = 12 DESC NULLS LAST, o.n_periods DESC, o.period_months DESC NULLS LAST
     LIMIT 1;
END;

COMMENT ON FUNCTION @extschema@.sparkline(text, text, text) IS 'Text sparkline of the series of region, indicator and measure over time (▁▂▃▄▅▆▇█, then "min .. max"): the annual values when there are any, else the period length with the most values. NULL when there is no such series.';

-- ---------------------------------------------------------------------
-- target_vs_actual: each target beside the actual reported later.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.target_vs_actual AS
WITH stated AS (
    -- one row per distinct target; the evidence is that of the earliest
    -- report stating it (the one that set it)
    SELECT v.region, v.indicator, v.measure, v.period,
           v.base_value, v.base_value_hi, v.base_unit,
           COALESCE(v.qualifier, 'eq') AS qualifier,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.count(DISTINCT v.source) AS n_sources,
           (pg_catalog.array_agg(v.report_id ORDER BY v.report_year NULLS LAST, v.loaded_at,
                                 v.report_id, v.seq))[1] AS report_id,
           (pg_catalog.array_agg(v.seq ORDER BY v.report_year NULLS LAST, v.loaded_at,
                                 v.report_id, v.seq))[1] AS seq
      FROM @extschema@.fact_values AS v
     WHERE v.status = 'target' AND v.indicator IS NOT NULL
       AND v.period IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.period, v.base_value, v.base_value_hi,
              v.base_unit, COALESCE(v.qualifier, 'eq')
), compared AS (
    SELECT t.region, t.region_code, t.indicator, t.measure, t.period,
           f.value AS target_value, f.value_hi AS target_value_hi, t.qualifier AS target_qualifier,
           f.unit AS target_unit, f.source AS target_source, t.n_sources AS target_n_sources,
           f.evidence AS target_evidence,
           a.value AS actual_value, a.unit AS actual_unit, a.sources AS actual_source,
           -- the actual in the target's unit: as stated when the units
           -- agree, else converted through the base unit
           CASE
               WHEN a.unit IS NOT DISTINCT FROM f.unit THEN a.value
               WHEN a.base_unit = t.base_unit AND t.base_value <> 0
                   THEN pg_catalog.trim_scale(pg_catalog.round(a.base_value * f.value / t.base_value, 10))
           END AS actual_in_target_unit
      FROM stated AS t
      JOIN @extschema@.fact_values AS f ON f.report_id = t.report_id AND f.seq = t.seq
      LEFT JOIN @extschema@.series AS a
        ON a.region = t.region AND a.indicator = t.indicator
       AND a.measure = t.measure AND a.period = t.period
)
SELECT region,
       region_code,
       indicator,
       measure,
       period,
       @extschema@.period_end(period) AS period_end,
       target_value,
       target_value_hi,
       target_qualifier,
       target_unit,
       target_source,
       target_n_sources::integer AS target_n_sources,
       target_evidence,
       actual_value,
       actual_unit,
       actual_source,
       actual_in_target_unit - target_value AS gap,
       @extschema@.target_met(target_qualifier, target_value, target_value_hi, target_unit,
                              actual_in_target_unit, @extschema@.lower_is_better(indicator, measure)) AS met
  FROM compared;

COMMENT ON VIEW @extschema@.target_vs_actual IS 'Each target (facts with status target, an indicator and a period, from any report) beside the actual for the same region, indicator, measure and period from luohuplan.series, with the gap and whether it was met (see luohuplan.target_met for each qualifier: ge/gt/le/lt bound the value, or the size of a decline for a negative target; range is inclusive; approx allows a shortfall of 0.5 for % and 百分点 targets and 5 % of the target otherwise; eq means reached or beaten). Sources stating the same target give one row; different targets for the same period give one row each. Units that differ are compared through base units.';
COMMENT ON COLUMN @extschema@.target_vs_actual.region IS 'Region the target is for.';
COMMENT ON COLUMN @extschema@.target_vs_actual.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.target_vs_actual.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN @extschema@.target_vs_actual.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.target_vs_actual.period IS 'Period the target is for (2022, 2025).';
COMMENT ON COLUMN @extschema@.target_vs_actual.period_end IS 'Last day of period: no actual can be known before it.';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_value IS 'Target value in target_unit (lower end for a range).';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_value_hi IS 'Upper end of a range target, else NULL.';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_qualifier IS 'eq, approx (左右), ge (以上), gt (超过), le (以内), lt (不足) or range; eq when none was stated.';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_unit IS 'Unit of the target.';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_source IS 'Source of the earliest report stating the target (the one that set it); target_evidence is from it.';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_n_sources IS 'Number of sources stating this same target.';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_evidence IS 'The clause the target was read from.';
COMMENT ON COLUMN @extschema@.target_vs_actual.actual_value IS 'Actual value for the period (luohuplan.series), in actual_unit; NULL when none is known yet.';
COMMENT ON COLUMN @extschema@.target_vs_actual.actual_unit IS 'Unit of actual_value.';
COMMENT ON COLUMN @extschema@.target_vs_actual.actual_source IS 'Sources stating the actual value, comma-separated.';
COMMENT ON COLUMN @extschema@.target_vs_actual.gap IS 'Actual minus target (lower end for a range), in target_unit; NULL when there is no actual or its unit cannot be converted.';
COMMENT ON COLUMN @extschema@.target_vs_actual.met IS 'Whether the actual meets the target given its qualifier (luohuplan.target_met); NULL when there is no comparable actual yet.';

-- ---------------------------------------------------------------------
-- conflicts: the same quantity stated with different values.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.conflicts AS
WITH keyed AS (
    SELECT v.region, v.indicator, v.measure, v.period, v.status,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.count(DISTINCT v.source) AS n_sources,
           pg_catalog.count(DISTINCT v.unit) AS n_units,
           pg_catalog.count(DISTINCT v.base_unit) AS n_base_units,
           pg_catalog.min(v.value) AS min_value, pg_catalog.max(v.value) AS max_value,
           pg_catalog.min(v.base_value) AS min_base, pg_catalog.max(v.base_value) AS max_base,
           pg_catalog.max(v.unit) AS unit, pg_catalog.max(v.base_unit) AS base_unit
      FROM @extschema@.fact_values AS v
     WHERE v.indicator IS NOT NULL AND v.period IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.period, v.status
    HAVING pg_catalog.count(DISTINCT v.source) > 1
), stated AS (
    SELECT v.region, v.indicator, v.measure, v.period, v.status, v.base_value, v.base_unit,
           pg_catalog.count(DISTINCT v.source) AS n_sources,
           pg_catalog.string_agg(DISTINCT v.source, ', ' ORDER BY v.source) AS sources,
           (pg_catalog.array_agg(v.value ORDER BY v.loaded_at DESC, v.report_id DESC))[1] AS value,
           (pg_catalog.array_agg(v.unit ORDER BY v.loaded_at DESC, v.report_id DESC))[1] AS unit
      FROM @extschema@.fact_values AS v
     WHERE v.indicator IS NOT NULL AND v.period IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.period, v.status, v.base_value, v.base_unit
)
SELECT k.region,
       k.region_code,
       k.indicator,
       k.measure,
       k.period,
       k.status,
       pg_catalog.count(*)::integer AS n_values,
       k.n_sources::integer AS n_sources,
       CASE WHEN k.n_base_units > 1 THEN NULL
            WHEN k.n_units = 1 THEN k.min_value ELSE k.min_base END AS min_value,
       CASE WHEN k.n_base_units > 1 THEN NULL
            WHEN k.n_units = 1 THEN k.max_value ELSE k.max_base END AS max_value,
       CASE WHEN k.n_base_units > 1 THEN NULL
            WHEN k.n_units = 1 THEN k.unit ELSE k.base_unit END AS unit,
       pg_catalog.string_agg(pg_catalog.trim_scale(s.value) || COALESCE(s.unit, '')
                             || ' @ ' || s.sources,
                             ' | ' ORDER BY s.n_sources DESC, s.base_unit, s.base_value) AS stated
  FROM keyed AS k
  JOIN stated AS s
    ON s.region = k.region AND s.indicator = k.indicator AND s.measure = k.measure
   AND s.period = k.period AND s.status = k.status
 GROUP BY k.region, k.region_code, k.indicator, k.measure, k.period, k.status, k.n_sources,
          k.n_units, k.n_base_units, k.min_value, k.max_value, k.min_base, k.max_base,
          k.unit, k.base_unit
HAVING pg_catalog.count(*) > 1;

COMMENT ON VIEW @extschema@.conflicts IS 'Quantities (region, indicator, measure, period, status) that different sources state with different values, one row per quantity with every value and who states it. Values are compared in base units: 120亿元 and 1200000万元 agree. With two or more sources and two or more values there is always a pair of different sources stating different values.';
COMMENT ON COLUMN @extschema@.conflicts.region IS 'Region the quantity is for.';
COMMENT ON COLUMN @extschema@.conflicts.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.conflicts.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN @extschema@.conflicts.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.conflicts.period IS 'Period the quantity is for.';
COMMENT ON COLUMN @extschema@.conflicts.status IS 'actual, target or estimate.';
COMMENT ON COLUMN @extschema@.conflicts.n_values IS 'Number of different values stated.';
COMMENT ON COLUMN @extschema@.conflicts.n_sources IS 'Number of sources stating the quantity.';
COMMENT ON COLUMN @extschema@.conflicts.min_value IS 'Smallest value stated, in unit; NULL when the values have different base units.';
COMMENT ON COLUMN @extschema@.conflicts.max_value IS 'Largest value stated, in unit; NULL when the values have different base units.';
COMMENT ON COLUMN @extschema@.conflicts.unit IS 'Unit of min_value and max_value: the one all sources used, else the base unit.';
COMMENT ON COLUMN @extschema@.conflicts.stated IS 'Each value with the sources stating it, "value unit @ source, source", separated by " | ", most-stated first.';

-- ---------------------------------------------------------------------
-- commitments: quantitative promises, followed up.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.is_count_unit(unit text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN unit = ANY (ARRAY['个', '所', '家', '套', '间', '项', '座', '条', '台', '辆', '栋', '幢',
                         '宗', '张', '户', '人', '名', '人次', '次', '处', '批', '场', '件', '只',
                         '棵', '株', '盏', '根', '班', '床', '位', '把', '支']);

COMMENT ON FUNCTION @extschema@.is_count_unit(text) IS 'True when unit counts things (个, 所, 家, 套, 项, 座, 人 ...): a target in such units is a commitment to deliver so many of them.';

CREATE FUNCTION @extschema@.is_task_section(section text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN section ~ '(任务|重点工作|工作安排|工作部署|工作计划|举措|措施|民生实事|实事|项目)';

COMMENT ON FUNCTION @extschema@.is_task_section(text) IS 'True when a section heading announces tasks (任务, 重点工作, 工作安排, 举措, 民生实事, 项目 ...) rather than results or indicator targets.';

CREATE VIEW @extschema@.commitments AS
WITH promised AS (
    SELECT v.region, v.subject, v.indicator, v.period,
           v.base_value, v.base_value_hi, v.base_unit,
           COALESCE(v.qualifier, 'eq') AS qualifier,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.max(v.period_end) AS period_end,
           pg_catalog.count(DISTINCT v.source) AS n_sources,
           (pg_catalog.array_agg(v.report_id ORDER BY v.report_year NULLS LAST, v.loaded_at,
                                 v.report_id, v.seq))[1] AS report_id,
           (pg_catalog.array_agg(v.seq ORDER BY v.report_year NULLS LAST, v.loaded_at,
                                 v.report_id, v.seq))[1] AS seq
      FROM @extschema@.fact_values AS v
     WHERE v.status = 'target' AND v.measure = 'level' AND v.region IS NOT NULL
       AND v.period IS NOT NULL AND (v.subject IS NOT NULL OR v.indicator IS NOT NULL)
       AND (v.indicator IS NULL
            OR COALESCE(@extschema@.is_count_unit(v.base_unit), false)
            OR COALESCE(@extschema@.is_task_section(v.section), false))
     GROUP BY v.region, v.subject, v.indicator, v.period, v.base_value, v.base_value_hi,
              v.base_unit, COALESCE(v.qualifier, 'eq')
), actual_levels AS (
    -- actuals that can follow a commitment up, period_end computed once
    SELECT a.region, a.subject, a.indicator, a.period, a.period_end, a.report_id, a.seq, a.loaded_at
      FROM @extschema@.fact_values AS a
     WHERE a.status = 'actual' AND a.measure = 'level' AND a.region IS NOT NULL
), later AS (
    -- every later actual of the same thing: same region, same subject or
    -- same indicator (two equality joins, not one OR join, so each can use
    -- a hash join), a period ending no earlier
    SELECT p.report_id AS p_report_id, p.seq AS p_seq, a.report_id, a.seq, a.period_end, a.loaded_at
      FROM promised AS p
      JOIN actual_levels AS a ON a.region = p.region AND a.subject = p.subject
     WHERE a.period = p.period OR a.period_end >= p.period_end
    UNION
    SELECT p.report_id, p.seq, a.report_id, a.seq, a.period_end, a.loaded_at
      FROM promised AS p
      JOIN actual_levels AS a ON a.region = p.region AND a.indicator = p.indicator
     WHERE a.period = p.period OR a.period_end >= p.period_end
), followed AS (
    -- the first of them wins (earliest period end, then latest loaded)
    SELECT l.p_report_id, l.p_seq, l.report_id, l.seq,
           pg_catalog.row_number() OVER (PARTITION BY l.p_report_id, l.p_seq
                                         ORDER BY l.period_end NULLS LAST, l.loaded_at DESC,
                                                  l.report_id DESC, l.seq) AS pick
      FROM later AS l
)
SELECT p.region,
       p.region_code,
       p.subject,
       p.indicator,
       p.period,
       t.value,
       t.value_hi,
       t.unit,
       p.qualifier,
       t.source,
       p.n_sources::integer AS n_sources,
       t.section,
       t.evidence,
       a.period AS actual_period,
       a.value AS actual_value,
       a.unit AS actual_unit,
       a.source AS actual_source,
       a.evidence AS actual_evidence,
       @extschema@.target_met(p.qualifier, t.value, t.value_hi, t.unit,
                              CASE
                                  WHEN a.unit IS NOT DISTINCT FROM t.unit THEN a.value
                                  WHEN a.base_unit = p.base_unit AND p.base_value <> 0
                                      THEN a.base_value * t.value / p.base_value
                              END,
                              @extschema@.lower_is_better(p.indicator, 'level')) AS met
  FROM promised AS p
  JOIN @extschema@.fact_values AS t ON t.report_id = p.report_id AND t.seq = p.seq
  LEFT JOIN followed AS f ON f.p_report_id = p.report_id AND f.p_seq = p.seq AND f.pick = 1
  LEFT JOIN @extschema@.fact_values AS a ON a.report_id = f.report_id AND a.seq = f.seq;

COMMENT ON VIEW @extschema@.commitments IS 'Quantitative commitments and what became of them. A commitment is a target (status target, measure level, with a period and a subject or indicator) that either stands in a task section (luohuplan.is_task_section), or counts things (luohuplan.is_count_unit: 新建学校5所), or whose subject is not a known indicator. Sources stating the same commitment give one row. It is followed up by the first actual (status actual, measure level) of the same region with the same subject or the same indicator for a period ending no earlier; met as in luohuplan.target_met, comparing through base units when units differ.';
COMMENT ON COLUMN @extschema@.commitments.region IS 'Region the commitment is for.';
COMMENT ON COLUMN @extschema@.commitments.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.commitments.subject IS 'What is promised, as named in the text.';
COMMENT ON COLUMN @extschema@.commitments.indicator IS 'Canonical indicator code, NULL when not a known indicator.';
COMMENT ON COLUMN @extschema@.commitments.period IS 'Period by which it is promised.';
COMMENT ON COLUMN @extschema@.commitments.value IS 'Promised amount, in unit (lower end for a range).';
COMMENT ON COLUMN @extschema@.commitments.value_hi IS 'Upper end of a range, else NULL.';
COMMENT ON COLUMN @extschema@.commitments.unit IS 'Unit of value.';
COMMENT ON COLUMN @extschema@.commitments.qualifier IS 'eq, approx, ge, gt, le, lt or range; eq when none was stated.';
COMMENT ON COLUMN @extschema@.commitments.source IS 'Source of the earliest report stating the commitment; section and evidence are from it.';
COMMENT ON COLUMN @extschema@.commitments.n_sources IS 'Number of sources stating this same commitment.';
COMMENT ON COLUMN @extschema@.commitments.section IS 'Heading of the section the commitment stands in.';
COMMENT ON COLUMN @extschema@.commitments.evidence IS 'The clause the commitment was read from.';
COMMENT ON COLUMN @extschema@.commitments.actual_period IS 'Period of the follow-up actual; NULL when none is known yet.';
COMMENT ON COLUMN @extschema@.commitments.actual_value IS 'Amount actually delivered, in actual_unit.';
COMMENT ON COLUMN @extschema@.commitments.actual_unit IS 'Unit of actual_value.';
COMMENT ON COLUMN @extschema@.commitments.actual_source IS 'Source of the follow-up actual.';
COMMENT ON COLUMN @extschema@.commitments.actual_evidence IS 'The clause the actual was read from.';
COMMENT ON COLUMN @extschema@.commitments.met IS 'Whether the actual meets the commitment (luohuplan.target_met); NULL when there is no comparable actual yet.';
-- ---------------------------------------------------------------------
-- Privileges (docs/reliability.md explains the model).
--
-- No roles are created here: roles belong to the cluster, not to one
-- database, and would outlive DROP EXTENSION.  The administrator grants
-- table privileges to roles of their own (a reader, a loader); the GRANTs
-- to run are in docs/reliability.md.
--
-- Everybody may use the schema and call every function: the functions
-- that only compute (decode, normalize, extract, the quantity type, ...)
-- touch no table, and the ones that write (ingest, reextract) run with the
-- caller's privileges (no SECURITY DEFINER anywhere), so the table grants
-- decide who can load.  The reports and facts tables are readable only by
-- roles granted SELECT: raw documents may be drafts.  The indicator
-- dictionary is reference data every caller may need: readable by all.
-- ---------------------------------------------------------------------
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
REVOKE ALL ON @extschema@.reports, @extschema@.facts FROM PUBLIC;
GRANT SELECT ON @extschema@.indicators TO PUBLIC;
