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
  ('new_jobs', '城镇新增就业', '{"新增就业","新增就业人数","城镇新增就业人数"}', 'New urban jobs', '人', '城镇新增就业人数', false),
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
  LEFT JOIN @extschema@.regions AS g ON g.name = r.region
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
