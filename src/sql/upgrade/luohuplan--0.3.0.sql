-- luohuplan install script, assembled from src/sql/*.sql in name order.
\echo Use "CREATE EXTENSION luohuplan" to load this file. \quit

-- ---------------------------------------------------------------------
-- Reports: raw bytes exactly as received, the decoded text, the cleaned
-- text the facts point into, and metadata inferred from the report.
-- report_id is derived from sha256(raw): the same bytes always get the
-- same id, no sequence is involved (safe to distribute on Citus).
--
-- reports and facts hold the users' own data: both are registered with
-- pg_extension_config_dump, so pg_dump writes every row (reports before
-- facts: pg_dump orders config tables by their foreign keys), and
-- DROP EXTENSION refuses while reports holds rows (the event trigger
-- luohuplan_keep_reports below).
--
-- One text, one source: reports whose clean text is the same are copies
-- (a GBK repost of a UTF-8 file, a copy with pinyin glosses) and share
-- text_sha256.  Views that count sources count distinct text_sha256.
-- ---------------------------------------------------------------------

-- sha256 of a text's UTF-8 bytes, in hex (text: BI tools show and count it
-- as they are).  convert_to is STABLE because it depends on the database
-- encoding; the extension requires UTF8 (control file), so here it is a
-- fixed function of its input, which a generated column needs.
CREATE FUNCTION @extschema@.text_sha256(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(t, 'UTF8')), 'hex');
COMMENT ON FUNCTION @extschema@.text_sha256(text) IS
'SHA-256 of a text''s UTF-8 bytes in hex: reports.text_sha256 is text_sha256(clean), the same for every copy of one text.';

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
    loaded_at   timestamptz NOT NULL DEFAULT pg_catalog.now(),
    published   date,
    meta        jsonb NOT NULL DEFAULT '{}',
    text_sha256 text GENERATED ALWAYS AS (@extschema@.text_sha256(clean)) STORED
);
-- hash, not btree: a source name (a URL) of any length can be indexed
CREATE INDEX reports_source_idx ON @extschema@.reports USING hash (source);
CREATE INDEX reports_sha256_idx ON @extschema@.reports (sha256);
CREATE INDEX reports_text_sha256_idx ON @extschema@.reports (text_sha256);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.reports', '');

COMMENT ON TABLE @extschema@.reports IS 'One row per distinct report loaded with luohuplan.ingest: the raw bytes as received, the decoded and the cleaned text, and inferred metadata.';
COMMENT ON COLUMN @extschema@.reports.report_id IS 'Report key, derived from the first 63 bits of sha256(raw); the same bytes always get the same id, and other bytes with the same id fail to load (23505), never silently.';
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
COMMENT ON COLUMN @extschema@.reports.n_replaced IS 'Byte sequences that could not be decoded and became U+FFFD (0 unless loaded with on_error replace); luohuplan.replaced_bytes lists them.';
COMMENT ON COLUMN @extschema@.reports.loaded_at IS 'When the report was first loaded.';
COMMENT ON COLUMN @extschema@.reports.published IS 'Date the report was published or crawled, when the user gave it (meta published); NULL when unknown.';
COMMENT ON COLUMN @extschema@.reports.meta IS 'Metadata the user gave (ingest''s meta, corrected with luohuplan.set_meta), validated; every other metadata column was inferred from the text.';
COMMENT ON COLUMN @extschema@.reports.text_sha256 IS 'SHA-256 of clean in hex (luohuplan.text_sha256). Copies of one text (another encoding, glosses or chrome around it) share it: count distinct text_sha256 to count sources.';

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
    period_basis  text,
    PRIMARY KEY (report_id, seq)
);
CREATE INDEX facts_indicator_idx ON @extschema@.facts (indicator, period);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.facts', '');

COMMENT ON TABLE @extschema@.facts IS 'Every quantity mention of every report, with what it measures, its period, status and provenance.';
COMMENT ON COLUMN @extschema@.facts.report_id IS 'Report the fact was read from (luohuplan.reports).';
COMMENT ON COLUMN @extschema@.facts.seq IS 'Order of the fact within its report, from 1.';
COMMENT ON COLUMN @extschema@.facts.line IS '1-based line of the report text (same in body and clean).';
COMMENT ON COLUMN @extschema@.facts.span_start IS '0-based character offset in the clean line where the mention starts.';
COMMENT ON COLUMN @extschema@.facts.span_end IS 'Character offset in the clean line just past the mention.';
COMMENT ON COLUMN @extschema@.facts.evidence IS 'The clause the fact was read from.';
COMMENT ON COLUMN @extschema@.facts.section IS 'Heading of the section the fact stands in.';
COMMENT ON COLUMN @extschema@.facts.period IS 'Period the value is for: 2021, 2023H1, 2016Q1.';
COMMENT ON COLUMN @extschema@.facts.period_basis IS 'What decided period: given (the caller''s), meta, heading (a section heading), sentence (the mention''s sentence), column (a table header), title, delivery (the date line under the title), dateline (the first year in the head), inferred (from the kind of report), publication (a publication date in the text), plan (a stage of a five-year plan: 今年是十四五收官之年), anniversary (挂牌三周年 of a dated event), elapsed (自2016年…8年来), relative (今年, 去年 against the document''s year), published (reports.published); NULL when there is no period. See docs/genre.md, section Time.';
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

-- DROP EXTENSION luohuplan (or DROP OWNED BY its owner) without CASCADE
-- fails while luohuplan.reports holds rows, instead of deleting them.
CREATE FUNCTION @extschema@.keep_reports() RETURNS event_trigger
AS 'MODULE_PATHNAME', 'luohuplan_keep_reports'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.keep_reports() IS
'Event trigger function: refuses DROP EXTENSION luohuplan, and DROP OWNED BY its owner, without CASCADE while luohuplan.reports holds reports (SQLSTATE 2BP01).';

CREATE EVENT TRIGGER luohuplan_keep_reports ON ddl_command_start
    WHEN TAG IN ('DROP EXTENSION', 'DROP OWNED')
    EXECUTE FUNCTION @extschema@.keep_reports();
COMMENT ON EVENT TRIGGER luohuplan_keep_reports IS
'Keeps loaded reports from being deleted by DROP EXTENSION luohuplan without CASCADE (luohuplan.keep_reports).';

-- ---------------------------------------------------------------------
-- Indicators: canonical codes with names and aliases.  Rows shipped with
-- the extension come from src/data/indicators.tsv; users add their own
-- (user_defined = true), which pg_dump keeps.  The extractor reads both:
-- each backend loads the user rows on first use and again after the table
-- changed (the trigger below; src/pg/pg_catalogue.c), so extract, ingest
-- and reextract apply them like shipped rows, and a user's name wins over
-- a shipped one.
-- ---------------------------------------------------------------------
CREATE TABLE @extschema@.indicators (
    code         text PRIMARY KEY,
    name_zh      text NOT NULL,
    aliases      text[] NOT NULL DEFAULT '{}',
    name_en      text NOT NULL,
    default_unit text,
    nbs_name     text,
    user_defined boolean NOT NULL DEFAULT true,
    topic        text,
    direction    text CHECK (direction IN ('lower', 'higher')),
    flow_of      text,
    part_of      text
);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.indicators', 'WHERE user_defined');

COMMENT ON TABLE @extschema@.indicators IS 'Canonical indicators: code, Chinese name, aliases, English name, default unit, National Bureau of Statistics name, topic, direction, and the stock a flow adds to or the total a part belongs to. Add rows (user_defined) to teach luohuplan new indicators: extract, ingest and reextract apply them in every session from the next statement on.';
COMMENT ON COLUMN @extschema@.indicators.code IS 'Canonical code (gdp, retail_sales, ...), used in facts.indicator.';
COMMENT ON COLUMN @extschema@.indicators.name_zh IS 'Chinese name; like an alias, a subject it ends names this indicator.';
COMMENT ON COLUMN @extschema@.indicators.aliases IS 'Other names the reports use for it (simplified; traditional text is converted first). The longest name or alias ending a subject wins; one starting with = counts only as the whole subject (=经济); 甲*乙 is 甲, anything, then 乙 ending the subject. A user row''s name wins over the same shipped name.';
COMMENT ON COLUMN @extschema@.indicators.name_en IS 'English name.';
COMMENT ON COLUMN @extschema@.indicators.default_unit IS 'Unit the indicator is usually stated in.';
COMMENT ON COLUMN @extschema@.indicators.nbs_name IS 'Name used by the National Bureau of Statistics.';
COMMENT ON COLUMN @extschema@.indicators.user_defined IS 'False for rows shipped with the extension; true for rows users add (kept by pg_dump and by upgrades; a user row with a shipped code replaces the shipped row).';
COMMENT ON COLUMN @extschema@.indicators.topic IS 'Subject area: output, industry, investment, consumption, trade, fiscal, finance, prices, income, employment, population, agriculture, energy, environment, innovation, digital, education, health, social, housing, business, safety, tourism, transport.';
COMMENT ON COLUMN @extschema@.indicators.direction IS 'lower when a lower value is the better result (PM2.5, energy per GDP, unemployment, accident deaths, CPI: their targets are ceilings), higher when a higher one is, NULL when neither. Read by luohuplan.lower_is_better.';
COMMENT ON COLUMN @extschema@.indicators.flow_of IS 'For a flow, the code of the stock it adds to (new_high_tech_firms, 新认定 N家, adds to high_tech_firms, 总数 N家); a flow word such as 新增 before the stock''s name gives the flow code.';
COMMENT ON COLUMN @extschema@.indicators.part_of IS 'For a part, the code of the total it belongs to (preschool_places, 学前学位, is part of school_places, 学位).';

-- Changes to indicators and regions reach the extractor of every backend:
-- the trigger invalidates the table's relation cache entry, and the
-- backends (this one at its next statement, the others after the commit)
-- reload the user rows on their next extraction.
CREATE FUNCTION @extschema@.catalogue_changed() RETURNS trigger
AS 'MODULE_PATHNAME', 'luohuplan_catalogue_changed'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.catalogue_changed() IS
'Trigger of luohuplan.indicators and luohuplan.regions: tells every backend to reload the rows users added before its next extraction.';

CREATE TRIGGER indicators_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON @extschema@.indicators FOR EACH STATEMENT
    EXECUTE FUNCTION @extschema@.catalogue_changed();
COMMENT ON TRIGGER indicators_changed ON @extschema@.indicators IS
'Tells every backend to reload the user rows of luohuplan.indicators (luohuplan.catalogue_changed).';
-- generated from src/data/indicators.tsv by src/data/indicators_sql.sh
INSERT INTO @extschema@.indicators (code, name_zh, aliases, name_en, default_unit, nbs_name, topic, direction, flow_of, part_of, user_defined) VALUES
  ('gdp', '地区生产总值', '{"GDP","GRP","本地区生产总值","区属地区生产总值","全市生产总值","全区生产总值","全省生产总值","全县生产总值","国内生产总值","生产总值","经济总量","地区经济总量","=经济","=经济发展","=全国经济","=国民经济"}', 'Gross regional product', '亿元', '地区生产总值', 'output', 'higher', NULL, NULL, false),
  ('gdp_per_capita', '人均地区生产总值', '{"人均GDP","人均生产总值","人均国内生产总值","人均GRP"}', 'GRP per capita', '元', '人均地区生产总值', 'output', 'higher', NULL, NULL, false),
  ('marine_gdp', '海洋生产总值', '{"海洋经济生产总值","海洋经济增加值"}', 'Gross ocean product', '亿元', '海洋生产总值', 'output', 'higher', NULL, NULL, false),
  ('primary_va', '第一产业增加值', '{"第一产业","农业增加值","农林牧渔业增加值","第一产业*增加值"}', 'Value added of the primary sector', '亿元', '第一产业增加值', 'output', 'higher', NULL, NULL, false),
  ('secondary_va', '第二产业增加值', '{"第二产业","第二产业*增加值"}', 'Value added of the secondary sector', '亿元', '第二产业增加值', 'output', 'higher', NULL, NULL, false),
  ('services_va', '第三产业增加值', '{"服务业增加值","第三产业","服务业增加值总量","第三产业*增加值","服务业*增加值","=服务业"}', 'Value added of the tertiary sector', '亿元', '第三产业增加值', 'output', 'higher', NULL, NULL, false),
  ('industry_va', '工业增加值', '{"全部工业增加值","工业经济增加值","全口径工业增加值","工业经济总量"}', 'Value added of industry (all enterprises)', '亿元', '工业增加值', 'industry', 'higher', NULL, NULL, false),
  ('industrial_va', '规模以上工业增加值', '{"规上工业增加值","规上工业","规模以上工业","规模工业增加值","规模工业","规上工业企业增加值","规模以上工业企业增加值","=规上工业","=规模以上工业"}', 'Value added of industry above designated size', '亿元', '规模以上工业增加值', 'industry', 'higher', NULL, 'industry_va', false),
  ('industrial_output', '规模以上工业总产值', '{"规上工业总产值","工业总产值","规模以上工业产值","规上工业产值","规模工业总产值"}', 'Gross industrial output above designated size', '亿元', '规模以上工业总产值', 'industry', 'higher', NULL, NULL, false),
  ('industrial_sales', '规模以上工业销售产值', '{"规上工业销售产值","工业销售产值"}', 'Industrial sales output above designated size', '亿元', '规模以上工业销售产值', 'industry', 'higher', NULL, NULL, false),
  ('industrial_profit', '规模以上工业企业利润总额', '{"规上工业企业利润","规模以上工业企业利润","工业企业利润总额","工业企业利润","规上工业利润","规上工业企业利润总额","规模以上工业利润总额"}', 'Total profit of industrial enterprises above designated size', '亿元', '规模以上工业企业利润总额', 'industry', 'higher', NULL, NULL, false),
  ('industrial_enterprises', '规模以上工业企业', '{"规上工业企业","规模以上工业企业数","规上工业企业数","规上工业企业数量"}', 'Industrial enterprises above designated size', '家', '规模以上工业企业单位数', 'industry', 'higher', NULL, NULL, false),
  ('new_industrial_enterprises', '新增规模以上工业企业', '{"新增规上工业企业","新纳入规上工业企业","新升规工业企业","新增规上企业","新升规企业","新入规工业企业"}', 'Industrial enterprises newly above designated size', '家', NULL, 'industry', 'higher', 'industrial_enterprises', NULL, false),
  ('manufacturing_va', '制造业增加值', '{"规上制造业增加值","规模以上制造业增加值"}', 'Value added of manufacturing', '亿元', '制造业增加值', 'industry', 'higher', NULL, 'industry_va', false),
  ('advanced_manufacturing_va', '先进制造业增加值', '{"先进制造业","先进制造业产业增加值"}', 'Value added of advanced manufacturing', '亿元', '先进制造业增加值', 'industry', 'higher', NULL, 'manufacturing_va', false),
  ('equipment_manufacturing_va', '装备制造业增加值', '{"装备制造业","规上装备制造业增加值"}', 'Value added of equipment manufacturing', '亿元', '装备制造业增加值', 'industry', 'higher', NULL, 'manufacturing_va', false),
  ('high_tech_output', '高新技术产品产值', '{"高新技术产业产值","高技术制造业增加值","高技术制造业","高新技术产业增加值","高技术产业增加值","规上高技术制造业增加值"}', 'High-tech output (incl. value added of high-tech manufacturing)', '亿元', '高技术制造业增加值', 'industry', 'higher', NULL, NULL, false),
  ('strategic_emerging_va', '战略性新兴产业增加值', '{"战新产业增加值","战略性新兴产业","战新产业","战略性新兴产业增加值总量"}', 'Value added of strategic emerging industries', '亿元', '战略性新兴产业增加值', 'industry', 'higher', NULL, NULL, false),
  ('strategic_emerging_output', '战略性新兴产业总产值', '{"战略性新兴产业产值","工业战略性新兴产业总产值","工业战略性新兴产业产值","战新产业产值","战新产业总产值","战略性新兴产业工业总产值","战略性新兴产业制造业产值"}', 'Gross output of strategic emerging industries', '亿元', '工业战略性新兴产业总产值', 'industry', 'higher', NULL, NULL, false),
  ('digital_economy', '数字经济增加值', '{"数字经济规模","数字经济总量","=数字经济"}', 'Value added of the digital economy', '亿元', '数字经济增加值', 'digital', 'higher', NULL, NULL, false),
  ('digital_economy_va', '数字经济核心产业增加值', '{"数字经济核心产业","数字经济核心产业规模"}', 'Value added of core digital-economy industries', '亿元', '数字经济核心产业增加值', 'digital', 'higher', NULL, 'digital_economy', false),
  ('software_revenue', '软件业务收入', '{"软件和信息技术服务业收入","软件业收入","软件和信息技术服务业营业收入","软件和信息服务业收入","软件和信息服务业营业收入"}', 'Software business revenue', '亿元', '软件业务收入', 'digital', 'higher', NULL, NULL, false),
  ('base_stations_5g', '5G基站', '{"5G基站数","5G基站数量","5G基站总数"}', '5G base stations', '个', '5G基站数', 'digital', 'higher', NULL, NULL, false),
  ('construction_va', '建筑业增加值', '{"建筑业"}', 'Value added of construction', '亿元', '建筑业增加值', 'output', 'higher', NULL, NULL, false),
  ('construction_output', '建筑业总产值', '{"建筑业产值","资质内建筑业总产值"}', 'Gross output of construction', '亿元', '建筑业总产值', 'output', 'higher', NULL, NULL, false),
  ('finance_va', '金融业增加值', '{"金融业"}', 'Value added of finance', '亿元', '金融业增加值', 'output', 'higher', NULL, NULL, false),
  ('real_estate_va', '房地产业增加值', '{"房地产业"}', 'Value added of real estate', '亿元', '房地产业增加值', 'output', 'higher', NULL, NULL, false),
  ('commerce_va', '商贸业增加值', '{"批发和零售业增加值","商贸业","批发零售业增加值"}', 'Value added of trade and commerce', '亿元', '批发和零售业增加值', 'output', 'higher', NULL, NULL, false),
  ('accommodation_catering_va', '住宿和餐饮业增加值', '{"住宿餐饮业增加值","住宿和餐饮业"}', 'Value added of accommodation and catering', '亿元', '住宿和餐饮业增加值', 'output', 'higher', NULL, 'services_va', false),
  ('leasing_business_va', '租赁和商务服务业增加值', '{"租赁和商务服务业","租赁商务服务业增加值"}', 'Value added of leasing and business services', '亿元', '租赁和商务服务业增加值', 'output', 'higher', NULL, 'services_va', false),
  ('research_services_va', '科学研究和技术服务业增加值', '{"科学研究和技术服务业","科研和技术服务业增加值"}', 'Value added of scientific research and technical services', '亿元', '科学研究和技术服务业增加值', 'output', 'higher', NULL, 'services_va', false),
  ('transport_va', '交通运输、仓储和邮政业增加值', '{"交通运输仓储和邮政业增加值","交通运输业增加值","交通运输、仓储及邮政业增加值"}', 'Value added of transport, storage and post', '亿元', '交通运输、仓储和邮政业增加值', 'output', 'higher', NULL, NULL, false),
  ('it_services_va', '信息传输、软件和信息技术服务业增加值', '{"信息传输软件和信息技术服务业增加值","软件和信息技术服务业增加值","信息服务业增加值"}', 'Value added of information transmission, software and IT services', '亿元', '信息传输、软件和信息技术服务业增加值', 'digital', 'higher', NULL, NULL, false),
  ('producer_services_va', '生产性服务业增加值', '{"生产性服务业"}', 'Value added of producer services', '亿元', '生产性服务业增加值', 'output', 'higher', NULL, 'services_va', false),
  ('modern_services_va', '现代服务业增加值', '{"现代服务业"}', 'Value added of modern services', '亿元', '现代服务业增加值', 'output', 'higher', NULL, NULL, false),
  ('cultural_industry_va', '文化及相关产业增加值', '{"文化产业增加值","文化产业"}', 'Value added of culture and related industries', '亿元', '文化及相关产业增加值', 'output', 'higher', NULL, NULL, false),
  ('private_economy_va', '民营经济增加值', '{"=民营经济","非公有制经济增加值","民营经济增加值总量"}', 'Value added of the private economy', '亿元', '民营经济增加值', 'output', 'higher', NULL, NULL, false),
  ('services_revenue', '规模以上服务业营业收入', '{"规上服务业营业收入","规上服务业营收","规模以上服务业企业营业收入","规上服务业企业营业收入","服务业营业收入","服务业营收","规上服务业收入","规模以上服务业收入"}', 'Operating revenue of services enterprises above designated size', '亿元', '规模以上服务业企业营业收入', 'output', 'higher', NULL, NULL, false),
  ('high_tech_services_revenue', '规模以上高技术服务业营业收入', '{"高技术服务业营业收入","高技术服务业营收","规上高技术服务业营收","规上高技术服务业营业收入"}', 'Operating revenue of high-tech services above designated size', '亿元', '规模以上高技术服务业营业收入', 'output', 'higher', NULL, 'services_revenue', false),
  ('labor_productivity', '全员劳动生产率', '{"劳动生产率","社会劳动生产率"}', 'Overall labour productivity', '万元/人', '全员劳动生产率', 'output', 'higher', NULL, NULL, false),
  ('electricity_use', '全社会用电量', '{"用电量","全社会用电总量"}', 'Electricity consumption', '亿千瓦时', '全社会用电量', 'energy', 'higher', NULL, NULL, false),
  ('industrial_electricity_use', '工业用电量', '{"工业用电","规上工业用电量","规模以上工业用电量"}', 'Electricity consumption of industry', '亿千瓦时', '工业用电量', 'energy', 'higher', NULL, 'electricity_use', false),
  ('power_generation', '发电量', '{"全社会发电量","发电总量","规模以上工业发电量","规上工业发电量"}', 'Electricity generation', '亿千瓦时', '发电量', 'energy', 'higher', NULL, NULL, false),
  ('power_export', '外送电量', '{"外送电","疆电外送电量","外送电量规模"}', 'Electricity sent to other provinces', '亿千瓦时', '外送电量', 'energy', 'higher', NULL, NULL, false),
  ('new_energy_capacity', '新能源装机容量', '{"新能源装机","新能源发电装机","新能源装机规模","新能源发电装机容量","新能源装机总量"}', 'Installed new-energy generating capacity', '万千瓦', '新能源发电装机容量', 'energy', 'higher', NULL, NULL, false),
  ('new_energy_vehicles', '新能源汽车产量', '{"新能源汽车生产量"}', 'Output of new-energy vehicles', '万辆', '新能源汽车产量', 'industry', 'higher', NULL, NULL, false),
  ('fixed_asset_investment', '固定资产投资', '{"全社会固定资产投资","固投","固定资产投资额","固定资产投资总额","全口径固定资产投资","固定资产投资完成额"}', 'Fixed-asset investment', '亿元', '固定资产投资（不含农户）', 'investment', 'higher', NULL, NULL, false),
  ('industrial_investment', '工业投资', '{"工业固定资产投资","工业投资额","工业项目投资"}', 'Industrial investment', '亿元', '工业投资', 'investment', 'higher', NULL, 'fixed_asset_investment', false),
  ('tech_renovation_investment', '工业技术改造投资', '{"工业技改投资","技改投资","技术改造投资","工业技术改造投资额"}', 'Industrial technical-renovation investment', '亿元', '工业技术改造投资', 'investment', 'higher', NULL, 'industrial_investment', false),
  ('manufacturing_investment', '制造业投资', '{"制造业固定资产投资","制造业投资额"}', 'Manufacturing investment', '亿元', '制造业投资', 'investment', 'higher', NULL, 'industrial_investment', false),
  ('industry_investment', '产业投资', '{"产业项目投资","产业类投资","产业投资额"}', 'Investment in industries (productive sectors)', '亿元', '产业投资', 'investment', 'higher', NULL, 'fixed_asset_investment', false),
  ('infrastructure_investment', '基础设施投资', '{"基建投资","基础设施建设投资","基础设施固定资产投资","基础设施投资额"}', 'Infrastructure investment', '亿元', '基础设施投资', 'investment', 'higher', NULL, 'fixed_asset_investment', false),
  ('real_estate_investment', '房地产开发投资', '{"房地产投资","房地产开发投资额","房地产开发投资总额"}', 'Real-estate development investment', '亿元', '房地产开发投资', 'investment', NULL, NULL, 'fixed_asset_investment', false),
  ('private_investment', '民间投资', '{"民间固定资产投资","民间投资额"}', 'Private investment', '亿元', '民间投资', 'investment', 'higher', NULL, 'fixed_asset_investment', false),
  ('high_tech_investment', '高技术产业投资', '{"高技术制造业投资","高技术服务业投资","高新技术产业投资"}', 'Investment in high-tech industries', '亿元', '高技术产业投资', 'investment', 'higher', NULL, 'fixed_asset_investment', false),
  ('key_project_investment', '重点项目投资', '{"重点项目完成投资","重大项目投资","重大项目完成投资","省重点项目投资","市重点项目投资","省重点项目完成投资","市重点项目完成投资"}', 'Investment in key projects', '亿元', '重点项目完成投资', 'investment', 'higher', NULL, NULL, false),
  ('foreign_investment', '实际使用外资', '{"实际利用外资","利用外资","实际使用外商直接投资","实际使用外资金额","实际利用外资金额","外商直接投资","实际利用外商直接投资","实际使用外商投资"}', 'Foreign direct investment actually used', '亿美元', '实际使用外资金额', 'investment', 'higher', NULL, NULL, false),
  ('new_foreign_firms', '新设外商投资企业', '{"新设外资企业","新设立外商投资企业","新增外资企业","新设立外资企业"}', 'Newly established foreign-invested enterprises', '家', '新设立外商投资企业数', 'investment', 'higher', NULL, NULL, false),
  ('outbound_investment', '对外直接投资', '{"对外投资","境外投资","非金融类对外直接投资","对外直接投资额"}', 'Outward direct investment', '亿美元', '对外直接投资', 'investment', NULL, NULL, NULL, false),
  ('retail_sales', '社会消费品零售总额', '{"社零总额","社消零","社会消费品零售额","社零","社消零总额","社会消费品零售总值","消费品零售总额","全社会消费品零售总额"}', 'Total retail sales of consumer goods', '亿元', '社会消费品零售总额', 'consumption', 'higher', NULL, NULL, false),
  ('online_retail', '网上零售额', '{"网络零售额","线上零售额","网络零售交易额"}', 'Online retail sales', '亿元', '网上零售额', 'consumption', 'higher', NULL, NULL, false),
  ('online_goods_retail', '实物商品网上零售额', '{"实物商品网络零售额"}', 'Online retail sales of physical goods', '亿元', '实物商品网上零售额', 'consumption', 'higher', NULL, 'online_retail', false),
  ('rural_online_retail', '农村网络零售额', '{"农村网上零售额","农村电商零售额"}', 'Rural online retail sales', '亿元', '农村网络零售额', 'consumption', 'higher', NULL, 'online_retail', false),
  ('agri_online_retail', '农产品网络零售额', '{"农产品网上零售额","农产品电商零售额"}', 'Online retail sales of farm products', '亿元', '农产品网络零售额', 'consumption', 'higher', NULL, 'online_retail', false),
  ('catering_revenue', '餐饮收入', '{"餐饮业收入","餐饮收入额","餐饮业营业额","餐饮业营业收入"}', 'Catering revenue', '亿元', '餐饮收入', 'consumption', 'higher', NULL, 'retail_sales', false),
  ('consumption_per_capita', '居民人均消费支出', '{"人均消费支出","全体居民人均消费支出","居民人均生活消费支出","人均生活消费支出","城乡居民人均消费支出","常住居民人均消费支出"}', 'Per capita consumption expenditure', '元', '居民人均消费支出', 'consumption', 'higher', NULL, NULL, false),
  ('urban_consumption_per_capita', '城镇居民人均消费支出', '{"城镇常住居民人均消费支出","城镇居民人均生活消费支出","城镇人均消费支出"}', 'Per capita consumption expenditure of urban residents', '元', '城镇居民人均消费支出', 'consumption', 'higher', NULL, NULL, false),
  ('rural_consumption_per_capita', '农村居民人均消费支出', '{"农村常住居民人均消费支出","农村居民人均生活消费支出","乡居民人均消费支出","农村人均消费支出"}', 'Per capita consumption expenditure of rural residents', '元', '农村居民人均消费支出', 'consumption', 'higher', NULL, NULL, false),
  ('engel_coefficient', '居民恩格尔系数', '{"恩格尔系数","居民家庭恩格尔系数"}', 'Engel coefficient', '%', '居民恩格尔系数', 'consumption', 'lower', NULL, NULL, false),
  ('tourism_revenue', '旅游总收入', '{"旅游收入","旅游业总收入","旅游综合收入","旅游总花费","游客花费","游客总花费"}', 'Tourism revenue', '亿元', '旅游总收入', 'tourism', 'higher', NULL, NULL, false),
  ('tourists', '接待游客', '{"游客接待量","接待游客人次","旅游人次","接待国内外游客","游客人次","接待游客总人数","接待国内外游客人次","游客接待人次","接待旅游人次","接待游客总量"}', 'Tourist arrivals', '万人次', '接待游客人次', 'tourism', 'higher', NULL, NULL, false),
  ('inbound_tourists', '接待入境游客', '{"入境游客","入境旅游人次","入境游客人次","接待入境游客人次","入境过夜游客","接待入境过夜游客"}', 'Inbound tourist arrivals', '万人次', '接待入境游客人次', 'tourism', 'higher', NULL, 'tourists', false),
  ('freight_volume', '货运量', '{"货物运输量","货物运输总量","全社会货运量"}', 'Freight volume', '万吨', '货运量', 'transport', 'higher', NULL, NULL, false),
  ('passenger_volume', '客运量', '{"旅客运输量","全社会客运量","旅客发送量"}', 'Passenger traffic', '万人次', '客运量', 'transport', 'higher', NULL, NULL, false),
  ('port_throughput', '港口货物吞吐量', '{"港口吞吐量","货物吞吐量","沿海港口货物吞吐量"}', 'Port cargo throughput', '万吨', '港口货物吞吐量', 'transport', 'higher', NULL, NULL, false),
  ('container_throughput', '集装箱吞吐量', '{"港口集装箱吞吐量","集装箱吞吐总量"}', 'Container throughput', '万标箱', '港口集装箱吞吐量', 'transport', 'higher', NULL, NULL, false),
  ('airport_passengers', '机场旅客吞吐量', '{"旅客吞吐量","航空旅客吞吐量"}', 'Airport passenger throughput', '万人次', '机场旅客吞吐量', 'transport', 'higher', NULL, NULL, false),
  ('express_parcels', '快递业务量', '{"快递量","快递业务总量","快递业务量总量"}', 'Express parcels', '亿件', '快递业务量', 'transport', 'higher', NULL, NULL, false),
  ('highway_mileage', '高速公路通车里程', '{"高速公路里程","高速公路总里程","高速公路通车总里程","高速公路通车里程总数"}', 'Expressway length', '公里', '高速公路里程', 'transport', 'higher', NULL, NULL, false),
  ('hsr_mileage', '高速铁路营业里程', '{"高铁里程","高铁运营里程","高速铁路里程","高铁营业里程","高铁通车里程"}', 'High-speed railway length', '公里', '高速铁路营业里程', 'transport', 'higher', NULL, 'rail_mileage', false),
  ('rail_mileage', '铁路营业里程', '{"铁路运营里程","铁路里程","铁路通车里程"}', 'Railway length', '公里', '铁路营业里程', 'transport', 'higher', NULL, NULL, false),
  ('urban_rail_mileage', '城市轨道交通运营里程', '{"轨道交通运营里程","地铁运营里程","轨道交通里程","城市轨道交通里程","城轨运营里程"}', 'Urban rail transit length', '公里', '城市轨道交通运营线路长度', 'transport', 'higher', NULL, NULL, false),
  ('rural_roads', '新改建农村公路', '{"农村公路","农村公路新改建","新建改建农村公路","改造提升农村公路"}', 'Rural roads built or upgraded', '公里', '新改建农村公路里程', 'transport', 'higher', NULL, NULL, false),
  ('trade_total', '进出口总额', '{"外贸进出口总额","货物进出口总额","外贸进出口","进出口","进出口总值","货物贸易进出口总额","外贸进出口总值","货物贸易进出口","对外贸易进出口总额","货物贸易进出口总值","外贸进出口额","进出口额","货物进出口","货物进出口总值","进出口贸易总额","外贸进出口贸易总额","对外贸易总额","进出口贸易额"}', 'Total imports and exports', '亿元', '货物进出口总额', 'trade', 'higher', NULL, NULL, false),
  ('export_total', '出口总额', '{"外贸出口总额","货物出口总额","出口","出口总值","外贸出口","出口额","货物出口","货物出口总值"}', 'Exports', '亿元', '出口总额', 'trade', 'higher', NULL, 'trade_total', false),
  ('import_total', '进口总额', '{"外贸进口总额","货物进口总额","进口","进口总值","外贸进口","进口额","货物进口","货物进口总值"}', 'Imports', '亿元', '进口总额', 'trade', NULL, NULL, 'trade_total', false),
  ('mechanical_exports', '机电产品出口', '{"机电产品出口额","机电产品出口总额"}', 'Exports of mechanical and electrical products', '亿元', '机电产品出口额', 'trade', 'higher', NULL, 'export_total', false),
  ('high_tech_exports', '高新技术产品出口', '{"高新技术产品出口额","高新技术产品出口总额","高技术产品出口"}', 'Exports of high-tech products', '亿元', '高新技术产品出口额', 'trade', 'higher', NULL, 'export_total', false),
  ('services_trade', '服务贸易进出口额', '{"服务贸易额","服务贸易进出口总额","服务贸易进出口","服务贸易","服务进出口"}', 'Trade in services', '亿元', '服务进出口总额', 'trade', 'higher', NULL, NULL, false),
  ('cross_border_ecommerce', '跨境电商进出口额', '{"跨境电商交易额","跨境电子商务进出口额","跨境电商进出口","跨境电商进出口总额","跨境电子商务交易额","跨境电子商务进出口"}', 'Cross-border e-commerce trade', '亿元', '跨境电子商务进出口额', 'trade', 'higher', NULL, NULL, false),
  ('budget_revenue', '一般公共预算收入', '{"地方一般公共预算收入","公共财政预算收入","地方公共财政预算收入","一般预算收入","公共预算收入","地方级一般公共预算收入","区级一般公共预算收入","本级一般公共预算收入","地方级公共财政预算收入","地方财政一般预算收入","地方财政一般公共预算收入","一般公共预算收入总量","地方财政收入","地方级收入","地方级财政收入"}', 'General public budget revenue', '亿元', '一般公共预算收入', 'fiscal', 'higher', NULL, 'jurisdiction_fiscal_revenue', false),
  ('jurisdiction_fiscal_revenue', '财政总收入', '{"辖区公共财政收入","全口径财政收入","一般公共预算总收入","辖区财政收入","辖区财政总收入","全口径一般公共预算收入","财政收入总额","全口径财政总收入","辖区一般公共预算收入","辖区公共财政预算收入","全部财政收入","财政收入"}', 'Fiscal revenue of the whole jurisdiction (incl. central and provincial shares)', '亿元', '财政总收入', 'fiscal', 'higher', NULL, NULL, false),
  ('tax_revenue', '税收收入', '{"税收总额","全口径税收","税收","税收收入总额","全口径税收收入","地方税收收入","税收总收入","税收收入总量"}', 'Tax revenue', '亿元', '税收收入', 'fiscal', 'higher', NULL, NULL, false),
  ('tax_per_mu', '亩均税收', '{"工业亩均税收","规上工业亩均税收"}', 'Tax revenue per mu of land', '万元', '亩均税收', 'fiscal', 'higher', NULL, NULL, false),
  ('non_tax_revenue', '非税收入', '{"非税收入总额"}', 'Non-tax revenue', '亿元', '非税收入', 'fiscal', NULL, NULL, 'budget_revenue', false),
  ('budget_expenditure', '一般公共预算支出', '{"地方一般公共预算支出","公共财政预算支出","一般预算支出","财政支出","公共预算支出","地方财政一般公共预算支出","公共财政支出","区级一般公共预算支出","本级一般公共预算支出","地方级一般公共预算支出"}', 'General public budget expenditure', '亿元', '一般公共预算支出', 'fiscal', NULL, NULL, NULL, false),
  ('livelihood_spending', '民生支出', '{"九大类民生支出","民生类支出","民生领域支出","民生投入","民生事业支出","民生领域投入","民生支出总额","民生财政支出"}', 'Spending on people''s livelihood', '亿元', '民生支出', 'fiscal', 'higher', NULL, 'budget_expenditure', false),
  ('education_spending', '教育支出', '{"财政教育支出","一般公共预算教育支出","财政性教育经费支出"}', 'Education expenditure', '亿元', '一般公共预算教育支出', 'fiscal', 'higher', NULL, 'budget_expenditure', false),
  ('gov_fund_revenue', '政府性基金预算收入', '{"政府性基金收入","政府性基金预算收入总额"}', 'Government-fund budget revenue', '亿元', '政府性基金预算收入', 'fiscal', NULL, NULL, NULL, false),
  ('gov_fund_expenditure', '政府性基金预算支出', '{"政府性基金支出"}', 'Government-fund budget expenditure', '亿元', '政府性基金预算支出', 'fiscal', NULL, NULL, NULL, false),
  ('state_capital_revenue', '国有资本经营预算收入', '{"国有资本经营收入"}', 'State capital operations budget revenue', '亿元', '国有资本经营预算收入', 'fiscal', NULL, NULL, NULL, false),
  ('government_debt', '政府债务余额', '{"地方政府债务余额","政府债务","政府债务总额"}', 'Government debt outstanding', '亿元', '地方政府债务余额', 'fiscal', 'lower', NULL, NULL, false),
  ('special_bonds', '地方政府专项债券', '{"专项债券","专项债","新增专项债券","新增地方政府专项债券","政府专项债券","专项债券额度"}', 'Local-government special-purpose bonds issued', '亿元', '地方政府专项债券', 'fiscal', NULL, NULL, NULL, false),
  ('deposits', '金融机构本外币存款余额', '{"存款余额","本外币存款余额","各项存款余额","金融机构存款余额","本外币各项存款余额","金融机构本外币各项存款余额"}', 'Deposits of financial institutions', '亿元', '金融机构本外币各项存款余额', 'finance', 'higher', NULL, NULL, false),
  ('loans', '金融机构本外币贷款余额', '{"贷款余额","本外币贷款余额","各项贷款余额","金融机构贷款余额","本外币各项贷款余额","金融机构本外币各项贷款余额"}', 'Loans of financial institutions', '亿元', '金融机构本外币各项贷款余额', 'finance', 'higher', NULL, NULL, false),
  ('inclusive_sme_loans', '普惠小微贷款余额', '{"普惠小微企业贷款余额","普惠型小微企业贷款余额","普惠小微贷款"}', 'Inclusive loans to small and micro firms', '亿元', '普惠小微贷款余额', 'finance', 'higher', NULL, 'loans', false),
  ('green_loans', '绿色贷款余额', '{"绿色贷款","绿色信贷余额","绿色转型贷款余额"}', 'Green loans', '亿元', '绿色贷款余额', 'finance', 'higher', NULL, 'loans', false),
  ('tech_loans', '科技贷款余额', '{"科技型企业贷款余额","科技贷款"}', 'Loans to technology firms', '亿元', '科技贷款余额', 'finance', 'higher', NULL, 'loans', false),
  ('manufacturing_loans', '制造业中长期贷款余额', '{"制造业贷款余额","制造业中长期贷款"}', 'Medium- and long-term loans to manufacturing', '亿元', '制造业中长期贷款余额', 'finance', 'higher', NULL, 'loans', false),
  ('new_loans', '新增贷款', '{"新增本外币贷款","新增人民币贷款","本外币贷款增加额","贷款增量","新增各项贷款","各项贷款新增"}', 'New loans of financial institutions', '亿元', '本外币各项贷款增加额', 'finance', 'higher', 'loans', NULL, false),
  ('new_deposits', '新增存款', '{"新增本外币存款","新增人民币存款","本外币存款增加额","存款增量","新增各项存款"}', 'New deposits of financial institutions', '亿元', '本外币各项存款增加额', 'finance', 'higher', 'deposits', NULL, false),
  ('social_financing', '社会融资规模增量', '{"社会融资规模","社融增量","社融规模","社会融资规模存量"}', 'Aggregate financing to the real economy', '亿元', '社会融资规模增量', 'finance', 'higher', NULL, NULL, false),
  ('nonperforming_loan_ratio', '不良贷款率', '{"银行不良贷款率","银行业不良贷款率","金融机构不良贷款率"}', 'Non-performing loan ratio', '%', '不良贷款率', 'finance', 'lower', NULL, NULL, false),
  ('insurance_premiums', '保费收入', '{"保险保费收入","原保险保费收入","保险业保费收入","保险保费收入总额"}', 'Insurance premium income', '亿元', '原保险保费收入', 'finance', 'higher', NULL, NULL, false),
  ('listed_companies', '上市公司', '{"上市企业","境内外上市公司","境内外上市企业","上市公司数","上市公司总数","A股上市公司"}', 'Listed companies', '家', '上市公司数', 'finance', 'higher', NULL, NULL, false),
  ('new_listed_companies', '新增上市公司', '{"新增上市企业","新上市企业","新上市公司","新增境内外上市公司","新增境内外上市企业","新增A股上市公司"}', 'Newly listed companies', '家', NULL, 'finance', 'higher', 'listed_companies', NULL, false),
  ('licensed_financial_institutions', '持牌金融机构', '{"持牌金融机构数","持牌金融机构总数"}', 'Licensed financial institutions', '家', NULL, 'finance', 'higher', NULL, NULL, false),
  ('cpi', '居民消费价格指数', '{"CPI","居民消费价格涨幅","物价涨幅","消费价格","居民消费价格","居民消费价格总水平","物价总水平","物价指数","居民消费价格指数涨幅","消费者价格指数","居民消费价格总指数","居民消费价格上涨幅度"}', 'Consumer price index', '%', '居民消费价格指数', 'prices', 'lower', NULL, NULL, false),
  ('ppi', '工业生产者出厂价格指数', '{"PPI","工业生产者出厂价格","工业品出厂价格指数","工业生产者出厂价格总指数"}', 'Producer price index', '%', '工业生产者出厂价格指数', 'prices', NULL, NULL, NULL, false),
  ('ppi_input', '工业生产者购进价格指数', '{"工业生产者购进价格","工业生产者购进价格总指数"}', 'Purchasing price index of industrial producers', '%', '工业生产者购进价格指数', 'prices', NULL, NULL, NULL, false),
  ('disposable_income', '居民人均可支配收入', '{"人均可支配收入","全体居民人均可支配收入","城乡居民人均可支配收入","城乡居民收入","居民收入","常住居民人均可支配收入","居民人均收入","全体常住居民人均可支配收入","居民可支配收入"}', 'Per capita disposable income', '元', '居民人均可支配收入', 'income', 'higher', NULL, NULL, false),
  ('urban_disposable_income', '城镇居民人均可支配收入', '{"城镇常住居民人均可支配收入","城市居民人均可支配收入","城居民人均可支配收入","城镇居民收入","城镇居民人均收入","城镇人均可支配收入","城镇居民可支配收入"}', 'Per capita disposable income of urban residents', '元', '城镇居民人均可支配收入', 'income', 'higher', NULL, NULL, false),
  ('rural_disposable_income', '农村居民人均可支配收入', '{"农村常住居民人均可支配收入","农民人均纯收入","乡居民人均可支配收入","农村居民收入","农民人均可支配收入","农村居民人均纯收入","农民收入","农村人均可支配收入","农村居民人均收入","农村居民可支配收入"}', 'Per capita disposable income of rural residents', '元', '农村居民人均可支配收入', 'income', 'higher', NULL, NULL, false),
  ('urban_rural_income_ratio', '城乡居民收入比', '{"城乡收入比","城乡居民人均可支配收入比","城乡居民收入倍差","城乡收入倍差","城乡居民人均可支配收入之比","城乡居民收入之比","城乡居民人均收入比"}', 'Urban-rural income ratio', NULL, '城乡居民人均可支配收入比', 'income', 'lower', NULL, NULL, false),
  ('average_wage', '城镇非私营单位就业人员年平均工资', '{"城镇非私营单位在岗职工平均工资","在岗职工平均工资","职工平均工资","城镇非私营单位就业人员平均工资","非私营单位就业人员平均工资","非私营单位就业人员年平均工资","平均工资","职工年平均工资","在岗职工年平均工资","城镇非私营单位在岗职工年平均工资"}', 'Average wage in the urban non-private sector', '元', '城镇非私营单位就业人员年平均工资', 'income', 'higher', NULL, NULL, false),
  ('private_average_wage', '城镇私营单位就业人员年平均工资', '{"城镇私营单位就业人员平均工资","私营单位就业人员平均工资","私营单位就业人员年平均工资"}', 'Average wage in the urban private sector', '元', '城镇私营单位就业人员年平均工资', 'income', 'higher', NULL, NULL, false),
  ('minimum_wage', '最低工资标准', '{"月最低工资标准","最低工资"}', 'Minimum wage', '元', '最低工资标准', 'income', 'higher', NULL, NULL, false),
  ('urban_employment', '城镇就业人员', '{"城镇就业人员总数","年末城镇就业人员","城镇就业人员数"}', 'Urban employment', '万人', '城镇就业人员', 'employment', 'higher', NULL, NULL, false),
  ('new_jobs', '城镇新增就业', '{"新增就业","新增就业人数","城镇新增就业人数","新增城镇就业","城镇就业","城镇就业人数","城镇新增就业人员","新增城镇就业人数"}', 'New urban jobs', '万人', '城镇新增就业人数', 'employment', 'higher', 'urban_employment', NULL, false),
  ('jobs_created', '就业岗位', '{"开发就业岗位","提供就业岗位","新增就业岗位","就业岗位数"}', 'Jobs created', '个', '新增就业岗位', 'employment', 'higher', NULL, NULL, false),
  ('unemployment_rate', '城镇登记失业率', '{"城镇居民登记失业率","登记失业率","失业率","城镇失业率","城镇登记失业人员比率"}', 'Registered urban unemployment rate', '%', '城镇登记失业率', 'employment', 'lower', NULL, NULL, false),
  ('surveyed_unemployment_rate', '城镇调查失业率', '{"调查失业率","城镇调查失业率平均值","城镇常住人口调查失业率"}', 'Surveyed urban unemployment rate', '%', '城镇调查失业率', 'employment', 'lower', NULL, NULL, false),
  ('rural_labor_transfer', '农村劳动力转移就业', '{"农村劳动力转移就业人数","转移农村劳动力","农村劳动力转移","农村劳动力转移就业规模"}', 'Rural labour moved into non-farm employment', '万人', '农村劳动力转移就业人数', 'employment', 'higher', NULL, NULL, false),
  ('skills_training', '职业技能培训', '{"补贴性职业技能培训","职业技能培训人次","开展职业技能培训"}', 'Vocational skills training', '万人次', '职业技能培训人次', 'employment', 'higher', NULL, NULL, false),
  ('population', '常住人口', '{"年末常住人口","常住人口总量","常住人口规模","常住总人口","年末常住总人口","常住人口数"}', 'Resident population', '万人', '常住人口', 'population', NULL, NULL, NULL, false),
  ('registered_population', '户籍人口', '{"年末户籍人口","户籍人口总量","户籍总人口","户籍人口数","户籍人口规模","年末户籍总人口"}', 'Registered (hukou) population', '万人', '户籍人口', 'population', NULL, NULL, NULL, false),
  ('births', '出生人口', '{"出生人数","全年出生人口","出生人口数","新生儿"}', 'Births', '万人', '出生人口', 'population', NULL, NULL, NULL, false),
  ('birth_rate', '人口出生率', '{"出生率"}', 'Birth rate', '‰', '人口出生率', 'population', NULL, NULL, NULL, false),
  ('death_rate', '人口死亡率', '{}', 'Death rate', '‰', '人口死亡率', 'population', NULL, NULL, NULL, false),
  ('population_natural_growth', '人口自然增长率', '{"自然增长率","人口自然增长"}', 'Natural population growth rate', '‰', '人口自然增长率', 'population', NULL, NULL, NULL, false),
  ('urbanization_rate', '常住人口城镇化率', '{"城镇化率","城镇化水平","人口城镇化率","常住人口城市化率","城市化率"}', 'Urbanisation rate', '%', '常住人口城镇化率', 'population', 'higher', NULL, NULL, false),
  ('registered_urbanization_rate', '户籍人口城镇化率', '{"户籍城镇化率"}', 'Urbanisation rate of the registered population', '%', '户籍人口城镇化率', 'population', 'higher', NULL, NULL, false),
  ('grain_output', '粮食产量', '{"粮食总产量","粮食总产","粮食生产总量","粮食年产量","=粮食","粮食播种产量","粮食综合产量","粮食综合生产能力"}', 'Grain output', '万吨', '粮食产量', 'agriculture', 'higher', NULL, NULL, false),
  ('grain_area', '粮食播种面积', '{"粮食种植面积","粮食作物播种面积"}', 'Grain sown area', '万亩', '粮食播种面积', 'agriculture', 'higher', NULL, NULL, false),
  ('agricultural_output', '农林牧渔业总产值', '{"农业总产值","农林牧渔总产值","农林牧渔业产值","农林牧渔业现价总产值","农林牧渔业总产值"}', 'Gross output of agriculture, forestry, animal husbandry and fishery', '亿元', '农林牧渔业总产值', 'agriculture', 'higher', NULL, NULL, false),
  ('high_standard_farmland', '高标准农田', '{"建成高标准农田","新建高标准农田","高标准农田建设","高标准农田面积","建设高标准农田","改造提升高标准农田"}', 'High-standard farmland built', '万亩', '高标准农田建设面积', 'agriculture', 'higher', NULL, NULL, false),
  ('meat_output', '肉类总产量', '{"肉类产量","猪牛羊禽肉产量"}', 'Meat output', '万吨', '肉类总产量', 'agriculture', 'higher', NULL, NULL, false),
  ('pigs_slaughtered', '生猪出栏', '{"生猪出栏量","出栏生猪","生猪出栏头数"}', 'Hogs slaughtered', '万头', '生猪出栏', 'agriculture', 'higher', NULL, NULL, false),
  ('rural_tap_water', '农村自来水普及率', '{"农村集中供水率","农村自来水覆盖率","农村自来水入户率"}', 'Rural tap-water coverage', '%', '农村自来水普及率', 'agriculture', 'higher', NULL, NULL, false),
  ('energy_per_gdp', '单位地区生产总值能耗', '{"万元GDP能耗","单位GDP能耗","万元地区生产总值能耗","能耗强度","单位生产总值能耗","单位国内生产总值能耗","单位GDP能源消耗","万元GDP综合能耗","单位地区生产总值能源消耗","万元生产总值能耗","万元地区生产总值综合能耗","能源消耗强度","单位GDP能耗强度","单位国内生产总值能源消耗","万元国内生产总值能耗","万元GDP能源消耗"}', 'Energy use per unit of GDP', '%', '单位地区生产总值能耗', 'energy', 'lower', NULL, NULL, false),
  ('industrial_energy_per_va', '规模以上工业单位增加值能耗', '{"单位工业增加值能耗","规上工业单位增加值能耗","万元工业增加值能耗","规模以上工业万元增加值能耗","规上工业万元增加值能耗"}', 'Energy use per unit of industrial value added', '%', '规模以上工业单位增加值能耗', 'energy', 'lower', NULL, NULL, false),
  ('energy_consumption', '能源消费总量', '{"能耗总量","能耗双控","能耗总量和强度","综合能源消费量","能源消费量","=能源"}', 'Total energy consumption', '万吨标准煤', '能源消费总量', 'energy', 'lower', NULL, NULL, false),
  ('energy_saving', '节能减排', '{"节能减排指标","节能减排任务","节能减排目标","节能降耗","节能降耗任务","节能减排约束性指标"}', 'Energy saving and emission reduction', '%', '节能减排', 'energy', NULL, NULL, NULL, false),
  ('non_fossil_energy_share', '非化石能源消费比重', '{"非化石能源占能源消费总量比重","非化石能源占比","非化石能源消费占比","非化石能源比重"}', 'Share of non-fossil energy in energy consumption', '%', '非化石能源占能源消费总量比重', 'energy', 'higher', NULL, NULL, false),
  ('carbon_per_gdp', '单位地区生产总值二氧化碳排放', '{"碳排放强度","单位GDP二氧化碳排放","单位生产总值二氧化碳排放","单位国内生产总值二氧化碳排放","单位GDP碳排放","万元GDP二氧化碳排放","二氧化碳排放强度","单位地区生产总值二氧化碳排放量","单位生产总值二氧化碳排放量","单位GDP二氧化碳排放量","单位地区生产总值碳排放","碳强度","单位国内生产总值二氧化碳排放量","=碳排放"}', 'CO2 emissions per unit of GDP', '%', '单位地区生产总值二氧化碳排放', 'environment', 'lower', NULL, NULL, false),
  ('carbon_emissions', '二氧化碳排放总量', '{"碳排放总量"}', 'Total CO2 emissions', '万吨', '二氧化碳排放总量', 'environment', 'lower', NULL, NULL, false),
  ('water_per_gdp', '万元地区生产总值用水量', '{"万元GDP水耗","万元GDP用水量","单位GDP水耗","万元地区生产总值水耗","万元GDP耗水","单位GDP用水量","万元生产总值用水量","单位地区生产总值用水量","万元国内生产总值用水量","单位地区生产总值水耗","用水强度","=水资源"}', 'Water use per unit of GDP', '%', '万元地区生产总值用水量', 'environment', 'lower', NULL, NULL, false),
  ('industrial_water_per_va', '万元工业增加值用水量', '{"单位工业增加值用水量","万元工业增加值水耗","万元工业增加值用水","规上工业万元增加值用水量"}', 'Water use per unit of industrial value added', '%', '万元工业增加值用水量', 'environment', 'lower', NULL, NULL, false),
  ('land_per_gdp', '单位地区生产总值建设用地使用面积', '{"万元GDP建设用地","万元GDP建设用地面积","单位GDP建设用地","万元地区生产总值建设用地","单位GDP建设用地使用面积","万元GDP地耗","单位GDP地耗","单位地区生产总值建设用地","万元生产总值建设用地","单位地区生产总值建设用地面积"}', 'Construction land per unit of GDP', '%', '单位地区生产总值建设用地使用面积', 'environment', 'lower', NULL, NULL, false),
  ('power_per_gdp', '万元地区生产总值电耗', '{"万元GDP电耗","单位GDP电耗","单位GDP电耗强度","万元GDP用电量","单位地区生产总值电耗"}', 'Electricity use per unit of GDP', '%', '万元地区生产总值电耗', 'energy', 'lower', NULL, NULL, false),
  ('pm25', '细颗粒物(PM2.5)年均浓度', '{"PM2.5年均浓度","PM2.5平均浓度","PM2.5浓度","细颗粒物年均浓度","PM2.5","细颗粒物浓度","细颗粒物平均浓度","PM2.5年平均浓度","细颗粒物(PM2.5)平均浓度","细颗粒物(PM2.5)浓度","细颗粒物(PM2.5)年平均浓度","细颗粒物年平均浓度","细颗粒物","PM2.5年均值"}', 'PM2.5 annual mean concentration', '微克/立方米', '细颗粒物(PM2.5)年均浓度', 'environment', 'lower', NULL, NULL, false),
  ('pm10', '可吸入颗粒物(PM10)年均浓度', '{"PM10年均浓度","PM10平均浓度","PM10浓度","可吸入颗粒物年均浓度","PM10","可吸入颗粒物浓度","可吸入颗粒物"}', 'PM10 annual mean concentration', '微克/立方米', '可吸入颗粒物(PM10)年均浓度', 'environment', 'lower', NULL, NULL, false),
  ('air_quality_days', '空气质量优良天数比例', '{"空气质量优良天数","优良天数","空气优良天数","空气优良率","空气质量优良率","优良天数比例","空气质量优良天数比率","空气质量优良天数比","环境空气质量优良天数比例","环境空气质量优良率","城市空气质量优良天数比例","空气质量达标天数比例","空气质量优良天数占比","环境空气质量优良天数"}', 'Days of good air quality (number or share of the year)', '%', '空气质量优良天数比例', 'environment', 'higher', NULL, NULL, false),
  ('water_quality_rate', '地表水水质优良比例', '{"断面优良水体比例","地表水优良比例","国考省考断面优良比例","优良河长比例","水质优良比例","优良水体比例","国考断面水质优良比例","地表水国控断面水质优良比例","水质优良断面比例","地表水达到或好于Ⅲ类水体比例","地表水达到或好于III类水体比例","地表水优良水体比例","国考断面优良水体比例","地表水水质优良率","水质优良率"}', 'Share of surface-water sections of good quality', '%', '地表水达到或好于Ⅲ类水体比例', 'environment', 'higher', NULL, NULL, false),
  ('coastal_water_quality_rate', '近岸海域水质优良比例', '{"近岸海域水质优良率","近岸海域优良水质比例","近岸海域水质优良(一、二类)比例"}', 'Share of coastal waters of good quality', '%', '近岸海域水质优良比例', 'environment', 'higher', NULL, NULL, false),
  ('forest_coverage', '森林覆盖率', '{}', 'Forest coverage rate', '%', '森林覆盖率', 'environment', 'higher', NULL, NULL, false),
  ('forest_stock', '森林蓄积量', '{"活立木蓄积量","森林蓄积"}', 'Forest stock volume', '万立方米', '森林蓄积量', 'environment', 'higher', NULL, NULL, false),
  ('green_coverage', '建成区绿化覆盖率', '{"绿化覆盖率","城市建成区绿化覆盖率","城区绿化覆盖率","城市绿化覆盖率"}', 'Green coverage of built-up areas', '%', '建成区绿化覆盖率', 'environment', 'higher', NULL, NULL, false),
  ('park_green_per_capita', '人均公园绿地面积', '{"人均公园绿地","城市人均公园绿地面积"}', 'Public park area per capita', '平方米', '人均公园绿地面积', 'environment', 'higher', NULL, NULL, false),
  ('pollutant_emissions', '主要污染物排放总量', '{"主要污染物排放","主要污染物减排","主要污染物排放量","主要污染物重点工程减排量","主要污染物总量减排","主要污染物","主要污染物减排量"}', 'Emissions of major pollutants', '万吨', '主要污染物排放总量', 'environment', 'lower', NULL, NULL, false),
  ('cod_emissions', '化学需氧量排放量', '{"化学需氧量排放","化学需氧量","COD排放量"}', 'Chemical oxygen demand emissions', '万吨', '化学需氧量排放量', 'environment', 'lower', NULL, 'pollutant_emissions', false),
  ('ammonia_nitrogen_emissions', '氨氮排放量', '{"氨氮排放","氨氮"}', 'Ammonia-nitrogen emissions', '万吨', '氨氮排放量', 'environment', 'lower', NULL, 'pollutant_emissions', false),
  ('so2_emissions', '二氧化硫排放量', '{"二氧化硫排放","二氧化硫"}', 'Sulphur dioxide emissions', '万吨', '二氧化硫排放量', 'environment', 'lower', NULL, 'pollutant_emissions', false),
  ('nox_emissions', '氮氧化物排放量', '{"氮氧化物排放","氮氧化物"}', 'Nitrogen oxide emissions', '万吨', '氮氧化物排放量', 'environment', 'lower', NULL, 'pollutant_emissions', false),
  ('vocs_emissions', '挥发性有机物排放量', '{"挥发性有机物排放","挥发性有机物","VOCs排放量"}', 'Volatile organic compound emissions', '万吨', '挥发性有机物排放量', 'environment', 'lower', NULL, 'pollutant_emissions', false),
  ('env_investment', '环保投入', '{"环境保护投入","节能环保支出","环保投资","环境污染治理投资","生态环保投入","环保投入占生产总值比重","环境保护投资","生态环境保护投入"}', 'Environmental-protection investment', '亿元', '环境污染治理投资', 'environment', 'higher', NULL, NULL, false),
  ('sewage_treatment_rate', '污水处理率', '{"城市污水处理率","生活污水处理率","污水集中处理率","城镇污水处理率","城市生活污水集中收集率"}', 'Sewage treatment rate', '%', '城市污水处理率', 'environment', 'higher', NULL, NULL, false),
  ('waste_treatment_rate', '生活垃圾无害化处理率', '{"垃圾无害化处理率","城市生活垃圾无害化处理率"}', 'Safe disposal rate of household waste', '%', '生活垃圾无害化处理率', 'environment', 'higher', NULL, NULL, false),
  ('waste_recycling_rate', '生活垃圾回收利用率', '{"垃圾回收利用率","生活垃圾资源化利用率"}', 'Recycling rate of household waste', '%', '生活垃圾回收利用率', 'environment', 'higher', NULL, NULL, false),
  ('rd_intensity', '研究与试验发展经费投入强度', '{"R&D经费投入强度","研发投入强度","全社会研发投入占GDP比重","R&D投入强度","研发经费投入强度","全社会研发经费投入强度","R&D经费支出占GDP比重","全社会研发投入强度","研发强度","R&D强度","研发经费投入占GDP比重","研发经费*生产总值*比例","研发经费*生产总值*比重","研发投入*生产总值*比例","研发投入*生产总值*比重","研发经费*GDP*比重","研发投入*GDP*比重","R&D*GDP*比重","R&D*生产总值*比重","研究与试验发展经费*生产总值*比重","研究与试验发展经费*生产总值*比例","研究与试验发展经费投入强度","R&D经费占GDP比重","研发投入占比","研发经费投入占比","研发经费占比","R&D经费投入占比","R&D投入占比","研究与试验发展经费投入占比"}', 'R&D spending as a share of GDP', '%', '研究与试验发展经费投入强度', 'innovation', 'higher', NULL, NULL, false),
  ('rd_spending', '全社会研发投入', '{"研究与试验发展经费","R&D经费","研发经费","研发投入","全社会研发经费投入","全社会研发经费支出","研发经费投入","研发经费支出","R&D经费支出","R&D经费投入","研究与试验发展经费支出","研究与试验发展经费投入","全社会R&D经费投入"}', 'R&D spending', '亿元', '研究与试验发展经费支出', 'innovation', 'higher', NULL, NULL, false),
  ('high_tech_firms', '国家高新技术企业', '{"国家级高新技术企业","高新技术企业","国高企业","国高企","高新技术企业数","国家高新技术企业数","国家高新技术企业总数","高新技术企业总数","有效期内国家高新技术企业","国家高新技术企业数量","高新技术企业数量"}', 'National high-tech enterprises', '家', '高新技术企业数', 'innovation', 'higher', NULL, NULL, false),
  ('new_high_tech_firms', '新认定国家高新技术企业', '{"新认定高新技术企业","新增国家高新技术企业","新增高新技术企业","新认定国家级高新技术企业","新培育国家高新技术企业","净增国家高新技术企业","净增高新技术企业","新增国高企","新认定国高企"}', 'Newly certified national high-tech enterprises', '家', NULL, 'innovation', 'higher', 'high_tech_firms', NULL, false),
  ('tech_smes', '科技型中小企业', '{"入库科技型中小企业","国家科技型中小企业","科技型中小企业数","评价入库科技型中小企业"}', 'Technology-based SMEs', '家', '科技型中小企业数', 'innovation', 'higher', NULL, NULL, false),
  ('specialized_smes', '专精特新中小企业', '{"专精特新企业","省级专精特新中小企业","专精特新中小企业数","专精特新企业数"}', 'Specialised, refined, distinctive and innovative SMEs', '家', '专精特新中小企业数', 'innovation', 'higher', NULL, NULL, false),
  ('little_giants', '国家级专精特新“小巨人”企业', '{"专精特新“小巨人”企业","专精特新小巨人企业","国家级专精特新小巨人企业","“小巨人”企业","国家专精特新“小巨人”企业","国家专精特新小巨人企业"}', 'National ''little giant'' SMEs', '家', '国家级专精特新“小巨人”企业数', 'innovation', 'higher', NULL, 'specialized_smes', false),
  ('patents_per_10k', '每万人口发明专利拥有量', '{"每万人发明专利拥有量","每万人发明专利","每万人口发明专利","万人发明专利拥有量","每万人口有效发明专利拥有量","每万人有效发明专利拥有量","每万人口有效发明专利","每万人拥有发明专利"}', 'Invention patents per 10,000 people', '件', '每万人口发明专利拥有量', 'innovation', 'higher', NULL, NULL, false),
  ('high_value_patents_per_10k', '每万人口高价值发明专利拥有量', '{"每万人高价值发明专利拥有量","每万人口高价值发明专利","万人高价值发明专利拥有量","每万人高价值发明专利","每万人拥有高价值发明专利"}', 'High-value invention patents per 10,000 people', '件', '每万人口高价值发明专利拥有量', 'innovation', 'higher', NULL, NULL, false),
  ('high_value_patents', '高价值发明专利拥有量', '{"高价值发明专利","高价值发明专利数","高价值发明专利拥有数"}', 'High-value invention patents', '件', '高价值发明专利拥有量', 'innovation', 'higher', NULL, 'valid_invention_patents', false),
  ('invention_patents_granted', '发明专利授权量', '{"发明专利授权","发明专利授权数","发明专利授权件数"}', 'Invention patents granted', '件', '发明专利授权量', 'innovation', 'higher', 'valid_invention_patents', NULL, false),
  ('patents_granted', '专利授权量', '{"专利授权","专利授权总量","专利授权数"}', 'Patents granted', '件', '专利授权量', 'innovation', 'higher', NULL, NULL, false),
  ('valid_invention_patents', '有效发明专利', '{"有效发明专利拥有量","有效发明专利量","有效发明专利数","发明专利拥有量"}', 'Valid invention patents', '件', '有效发明专利数', 'innovation', 'higher', NULL, NULL, false),
  ('tech_contract_value', '技术合同成交额', '{"技术合同交易额","技术合同成交金额","技术合同登记成交额","技术交易额","技术合同成交总额","技术市场成交额","技术合同认定登记成交额","技术合同成交额度"}', 'Value of technology contracts', '亿元', '技术合同成交金额', 'innovation', 'higher', NULL, NULL, false),
  ('key_labs', '全国重点实验室', '{"国家重点实验室","全国重点实验室数"}', 'National key laboratories', '家', NULL, 'innovation', 'higher', NULL, NULL, false),
  ('school_places', '新增学位', '{"学位","基础教育学位","新增基础教育学位","中小学学位","学位数","新增学位数","中小学校学位"}', 'New school places (all levels of basic education)', '个', '新增学位数', 'education', 'higher', NULL, NULL, false),
  ('preschool_places', '新增学前教育学位', '{"学前教育学位","学前学位","幼儿园学位","普惠性学前学位","公办幼儿园学位","普惠性幼儿园学位","学前教育阶段学位","学前阶段学位","普惠学位","学前普惠学位","普惠性学位"}', 'New pre-school places', '个', NULL, 'education', 'higher', NULL, 'school_places', false),
  ('compulsory_school_places', '新增义务教育学位', '{"义务教育学位","义务教育阶段学位","公办义务教育学位","中小学义务教育学位"}', 'New compulsory-education places', '个', NULL, 'education', 'higher', NULL, 'school_places', false),
  ('public_school_places', '新增公办学位', '{"公办学位","公办中小学学位","公办学校学位","公办基础教育学位"}', 'New public school places', '个', NULL, 'education', 'higher', NULL, 'school_places', false),
  ('high_school_places', '新增普通高中学位', '{"普通高中学位","高中学位","高中阶段学位","普高学位"}', 'New senior-secondary school places', '个', NULL, 'education', 'higher', NULL, 'school_places', false),
  ('higher_education_enrolment', '高等教育毛入学率', '{"高等教育毛入学"}', 'Gross enrolment ratio of higher education', '%', '高等教育毛入学率', 'education', 'higher', NULL, NULL, false),
  ('high_school_enrolment', '高中阶段毛入学率', '{"高中阶段教育毛入学率","高中阶段教育毛入学"}', 'Gross enrolment ratio of senior-secondary education', '%', '高中阶段毛入学率', 'education', 'higher', NULL, NULL, false),
  ('preschool_enrolment', '学前教育毛入园率', '{"学前三年毛入园率","毛入园率","学前教育毛入学率","学前三年教育毛入园率"}', 'Gross enrolment ratio of pre-school education', '%', '学前三年毛入园率', 'education', 'higher', NULL, NULL, false),
  ('schooling_years', '劳动年龄人口平均受教育年限', '{"平均受教育年限","人均受教育年限","劳动年龄人口人均受教育年限"}', 'Average years of schooling of the working-age population', '年', '劳动年龄人口平均受教育年限', 'education', 'higher', NULL, NULL, false),
  ('new_labor_schooling_years', '新增劳动力平均受教育年限', '{"新增劳动力人均受教育年限"}', 'Average years of schooling of new entrants to the labour force', '年', '新增劳动力平均受教育年限', 'education', 'higher', NULL, NULL, false),
  ('life_expectancy', '人均预期寿命', '{"居民人均预期寿命","平均预期寿命","预期寿命","户籍居民人均预期寿命","人口平均预期寿命","户籍人口人均预期寿命","居民平均预期寿命"}', 'Life expectancy at birth', '岁', '人均预期寿命', 'health', 'higher', NULL, NULL, false),
  ('maternal_mortality', '孕产妇死亡率', '{}', 'Maternal mortality ratio', '1/10万', '孕产妇死亡率', 'health', 'lower', NULL, NULL, false),
  ('infant_mortality', '婴儿死亡率', '{}', 'Infant mortality rate', '‰', '婴儿死亡率', 'health', 'lower', NULL, NULL, false),
  ('under5_mortality', '5岁以下儿童死亡率', '{"五岁以下儿童死亡率"}', 'Under-five mortality rate', '‰', '5岁以下儿童死亡率', 'health', 'lower', NULL, NULL, false),
  ('hospital_beds', '医疗卫生机构床位', '{"医疗床位","医院床位","医疗卫生机构床位数","病床","医疗机构床位","卫生机构床位","医疗卫生床位","病床数","医疗机构床位数","医院病床"}', 'Beds of medical and health institutions', '张', '医疗卫生机构床位数', 'health', 'higher', NULL, NULL, false),
  ('family_beds', '家庭病床', '{"家庭病床数","建立家庭病床","家庭病床建床数"}', 'Home hospital beds (care at home, not institutional beds)', '张', '家庭病床数', 'health', 'higher', NULL, NULL, false),
  ('beds_per_1000', '每千人口医疗卫生机构床位数', '{"每千人口床位数","每千人床位数","千人口床位数","每千常住人口床位数","每千人口病床数","每千人口医疗机构床位数","每千人口医院床位数"}', 'Hospital beds per 1,000 people', '张', '每千人口医疗卫生机构床位数', 'health', 'higher', NULL, NULL, false),
  ('doctors_per_1000', '每千人口执业(助理)医师数', '{"每千人口执业医师数","每千人口医生数","每千人口执业助理医师数","每千常住人口执业医师数","每千人口执业(助理)医师","每千人执业医师数"}', 'Licensed (assistant) doctors per 1,000 people', '人', '每千人口执业(助理)医师数', 'health', 'higher', NULL, NULL, false),
  ('nurses_per_1000', '每千人口注册护士数', '{"每千人注册护士数","每千常住人口注册护士数"}', 'Registered nurses per 1,000 people', '人', '每千人口注册护士数', 'health', 'higher', NULL, NULL, false),
  ('gps_per_10k', '每万人口全科医生数', '{"每万人全科医生数","每万名居民全科医生数","每万常住人口全科医生数","每万人口拥有全科医生数"}', 'General practitioners per 10,000 people', '人', '每万人口全科医生数', 'health', 'higher', NULL, NULL, false),
  ('medical_insurance_coverage', '基本医疗保险参保率', '{"基本医保参保率","医保参保率","医疗保险参保率","基本医疗保险参保覆盖率","基本医疗保险覆盖率"}', 'Basic medical insurance coverage', '%', '基本医疗保险参保率', 'social', 'higher', NULL, NULL, false),
  ('pension_coverage', '基本养老保险参保率', '{"养老保险参保率","基本养老保险覆盖率","基本养老保险参保覆盖率","养老保险覆盖率"}', 'Basic pension insurance coverage', '%', '基本养老保险参保率', 'social', 'higher', NULL, NULL, false),
  ('pension_insured', '基本养老保险参保人数', '{"养老保险参保人数","基本养老保险参保人员"}', 'People covered by basic pension insurance', '万人', '基本养老保险参保人数', 'social', 'higher', NULL, NULL, false),
  ('elderly_beds', '养老床位', '{"养老机构床位","养老服务床位","养老床位数","养老机构床位数","社区养老床位","养老服务机构床位","照护床位","认知障碍照护床位","养老照护床位"}', 'Beds for elderly care', '张', '养老床位数', 'social', 'higher', NULL, NULL, false),
  ('elderly_beds_per_1000', '每千名老年人养老床位数', '{"每千名老人养老床位数","每千名老年人拥有养老床位数","每千名老人拥有养老床位"}', 'Beds for elderly care per 1,000 elderly people', '张', '每千名老年人养老床位数', 'social', 'higher', NULL, NULL, false),
  ('new_elderly_beds', '新增养老床位', '{"新增养老机构床位","新增养老服务床位","新建养老床位"}', 'New beds for elderly care', '张', NULL, 'social', 'higher', 'elderly_beds', NULL, false),
  ('elderly_nursing_beds', '护理型床位', '{"养老机构护理型床位","护理型养老床位"}', 'Nursing-type beds for elderly care', '张', '护理型床位数', 'social', 'higher', NULL, 'elderly_beds', false),
  ('childcare_places', '托位', '{"托育托位","婴幼儿托位","普惠托位","托育服务托位","普惠性托位","托育机构托位","托育位","普惠性托育托位"}', 'Childcare places for children under three', '个', '托位数', 'social', 'higher', NULL, NULL, false),
  ('childcare_places_per_1000', '每千人口拥有3岁以下婴幼儿托位数', '{"每千人口托位数","每千人口婴幼儿托位数","每千人托位数","每千人口拥有婴幼儿托位数"}', 'Childcare places per 1,000 people', '个', '每千人口拥有3岁以下婴幼儿托位数', 'social', 'higher', NULL, NULL, false),
  ('public_housing', '公共住房', '{"建设筹集公共住房","保障性住房","保障房","人才住房","安居房","保障性安居工程","建设筹集保障性住房"}', 'Public housing units', '套', '保障性住房', 'housing', 'higher', NULL, NULL, false),
  ('affordable_rental_housing', '保障性租赁住房', '{"保租房","保障性租赁住房项目"}', 'Government-subsidised rental housing', '套', '保障性租赁住房', 'housing', 'higher', NULL, 'public_housing', false),
  ('old_communities', '城镇老旧小区改造', '{"老旧小区改造","老旧小区","城镇老旧小区","改造老旧小区","老旧小区改造项目","改造城镇老旧小区"}', 'Old urban residential compounds renovated', '个', '城镇老旧小区改造', 'housing', 'higher', NULL, NULL, false),
  ('urban_villages', '城中村改造', '{"城中村","城中村改造项目"}', 'Urban villages redeveloped', '个', '城中村改造', 'housing', 'higher', NULL, NULL, false),
  ('market_entities', '商事主体', '{"市场主体","商事主体总量","经营主体","市场主体总量","经营主体总量","实有市场主体","实有经营主体","实有商事主体","市场主体数量"}', 'Registered market entities', '户', '市场主体数量', 'business', 'higher', NULL, NULL, false),
  ('private_market_entities', '民营经营主体', '{"民营市场主体","民营经济主体","民营经营主体总量"}', 'Private market entities', '户', '民营经营主体数量', 'business', 'higher', NULL, 'market_entities', false),
  ('new_market_entities', '新登记市场主体', '{"新增商事主体","新增市场主体","新设市场主体","新登记经营主体","新设经营主体","新增经营主体","新登记商事主体","新设立市场主体","新登记市场主体数"}', 'Newly registered market entities', '户', '新登记市场主体', 'business', 'higher', 'market_entities', NULL, false),
  ('safety_accidents', '生产安全事故起数', '{"安全事故起数","事故起数","安全生产事故起数","各类生产安全事故起数","生产安全事故"}', 'Work-safety accidents', '起', '生产安全事故起数', 'safety', 'lower', NULL, NULL, false),
  ('safety_deaths', '生产安全事故死亡人数', '{"事故死亡人数","死亡人数","安全生产事故死亡人数","各类生产安全事故死亡人数","生产安全事故死亡"}', 'Deaths in work-safety accidents', '人', '生产安全事故死亡人数', 'safety', 'lower', NULL, NULL, false),
  ('safety_deaths_per_gdp', '亿元地区生产总值生产安全事故死亡率', '{"单位地区生产总值生产安全事故死亡率","亿元GDP生产安全事故死亡率","亿元生产总值生产安全事故死亡率","生产安全事故死亡率","亿元国内生产总值生产安全事故死亡率","单位GDP生产安全事故死亡率","百亿元地区生产总值生产安全事故死亡率","亿元地区生产总值生产安全事故死亡人数","单位生产总值生产安全事故死亡率"}', 'Work-safety deaths per unit of GDP', '人/百亿元', '亿元地区生产总值生产安全事故死亡率', 'safety', 'lower', NULL, NULL, false),
  ('workplace_deaths_per_100k', '工矿商贸就业人员十万人生产安全事故死亡率', '{"工矿商贸十万就业人员生产安全事故死亡率","工矿商贸就业人员十万人生产安全事故死亡人数"}', 'Work-safety deaths per 100,000 workers in mining, industry and trade', '人', '工矿商贸就业人员十万人生产安全事故死亡率', 'safety', 'lower', NULL, NULL, false),
  ('traffic_deaths', '道路交通事故死亡人数', '{"交通事故死亡人数","道路交通死亡人数"}', 'Road-traffic deaths', '人', '道路交通事故死亡人数', 'safety', 'lower', NULL, NULL, false),
  ('traffic_deaths_per_10k_vehicles', '道路交通万车死亡率', '{"道路交通事故万车死亡率","万车死亡率"}', 'Road-traffic deaths per 10,000 vehicles', '人', '道路交通事故万车死亡率', 'safety', 'lower', NULL, NULL, false),
  ('food_safety_pass_rate', '食品抽检合格率', '{"食品安全抽检合格率","食品评价性抽检合格率","食品抽检总体合格率","食品安全监督抽检合格率"}', 'Pass rate of food-safety sampling', '%', '食品抽检合格率', 'safety', 'higher', NULL, NULL, false),
  ('drug_pass_rate', '药品抽检合格率', '{"药品质量抽检合格率","药品评价性抽检合格率"}', 'Pass rate of drug sampling', '%', '药品抽检合格率', 'safety', 'higher', NULL, NULL, false),
  ('public_safety_sense', '群众安全感', '{"群众安全感满意度","公众安全感","群众安全感指数","人民群众安全感"}', 'Public sense of safety (survey)', '%', '群众安全感', 'safety', 'higher', NULL, NULL, false);
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
CREATE FUNCTION @extschema@.extract(doc text, period text DEFAULT NULL,
                                    published date DEFAULT NULL)
RETURNS TABLE (seq integer, line integer, span_start integer, span_end integer,
               evidence text, section text, period text, status text,
               subject text, indicator text, measure text,
               value numeric, value_hi numeric, unit text, qualifier text,
               base_value numeric, base_value_hi numeric, base_unit text,
               headline boolean, like_for_like boolean, period_basis text)
AS 'MODULE_PATHNAME', 'luohuplan_extract'
LANGUAGE C STABLE PARALLEL SAFE CALLED ON NULL INPUT;
COMMENT ON FUNCTION @extschema@.extract(text, text, date) IS
'Every quantity mention of a report text as a fact (the facts columns without report_id): subject, indicator, measure, period, status, value, unit, qualifier, base value, line and span, and period_basis (what decided the period). period overrides the period the report reviews (default: inferred). published (the day the report was published, reports.published) places a text that states no year of its own: 今年, 去年 and 上半年 are read against its year (period_basis published); it never overrides a year the text states. Indicators and regions users added to luohuplan.indicators and luohuplan.regions count like shipped ones (hence STABLE, not IMMUTABLE).';

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
LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.report_meta(text) IS
'Metadata inferred from a report text: title, region and its GB/T 2260 code (regions users added to luohuplan.regions count like shipped ones), year and period reviewed, kind (plan_execution, work_report, news, statistics).';
-- ---------------------------------------------------------------------
-- Names that no search_path can shadow.  PostgreSQL searches pg_catalog
-- before every schema of search_path (unless the path names it later), so
-- with SET search_path = luohuplan, public an unqualified normalize(doc)
-- calls pg_catalog.normalize (Unicode normalisation: the text comes back
-- unchanged) and extract('...') is EXTRACT(field FROM ...) syntax.  The
-- same functions under names pg_catalog does not have work unqualified
-- with luohuplan anywhere in search_path; the old names stay for
-- compatibility, to be called schema-qualified (luohuplan.normalize).
-- Each is the same C function as its old name: one implementation.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.normalize_text(doc text)
RETURNS text
AS 'MODULE_PATHNAME', 'lp_normalize_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.normalize_text(text) IS 'luohuplan.normalize under a name pg_catalog does not shadow: the cleaned text of a decoded report (mojibake repaired, markup, glosses and chrome dropped, traditional converted to simplified), line for line.';

-- the result columns are extract's: test/t/names.sh checks they stay so
CREATE FUNCTION @extschema@.extract_facts(doc text, period text DEFAULT NULL,
                                          published date DEFAULT NULL)
RETURNS TABLE (seq integer, line integer, span_start integer, span_end integer,
               evidence text, section text, period text, status text,
               subject text, indicator text, measure text,
               value numeric, value_hi numeric, unit text, qualifier text,
               base_value numeric, base_value_hi numeric, base_unit text,
               headline boolean, like_for_like boolean, period_basis text)
AS 'MODULE_PATHNAME', 'luohuplan_extract'
LANGUAGE C STABLE PARALLEL SAFE CALLED ON NULL INPUT;

COMMENT ON FUNCTION @extschema@.extract_facts(text, text, date) IS 'luohuplan.extract under a name that is not SQL syntax (extract(... FROM ...)): every quantity mention of a report text as a fact. STABLE like extract: indicators and regions users added count.';

CREATE FUNCTION @extschema@.decode_text(raw bytea, encoding text DEFAULT 'auto',
                                        on_error text DEFAULT 'strict')
RETURNS text
AS 'MODULE_PATHNAME', 'luohuplan_decode'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.decode_text(bytea, text, text) IS 'luohuplan.decode under a name pg_catalog does not have (pg_catalog.decode(text, text) turns hex or base64 into bytes): raw bytes in any supported encoding as UTF-8 text.';

CREATE FUNCTION @extschema@.convert_unit(q @extschema@.quantity, unit pg_catalog.text)
RETURNS @extschema@.quantity
AS 'MODULE_PATHNAME', 'lpq_convert'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.convert_unit(@extschema@.quantity, pg_catalog.text) IS 'luohuplan.convert under a name pg_catalog does not have (pg_catalog.convert re-encodes bytes): the same quantity in another unit of its dimension (428.88亿元 in 万元 is 4288800万元).';

-- ---------------------------------------------------------------------
-- Loading: ingest stores a report and its facts in the caller's
-- transaction; the same bytes always give the same report_id.
-- ---------------------------------------------------------------------
-- Storage: the three texts of a report (raw, body, clean; 3x the input
-- before compression) are compressed with lz4 when the server is built
-- with it: pglz, the default, took more of ingest's time than extraction
-- (29 MB of 200 work reports: pglz 2.7 s, lz4 0.57 s, 18 MB against 19 MB).
DO $$
BEGIN
    IF 'lz4' OPERATOR(pg_catalog.=) ANY (SELECT pg_catalog.unnest(s.enumvals) FROM pg_catalog.pg_settings s
                      WHERE s.name OPERATOR(pg_catalog.=) 'default_toast_compression') THEN
        ALTER TABLE @extschema@.reports ALTER COLUMN raw SET COMPRESSION lz4,
            ALTER COLUMN body SET COMPRESSION lz4, ALTER COLUMN clean SET COMPRESSION lz4;
    END IF;
END
$$;

CREATE FUNCTION @extschema@.report_id_of(digest bytea) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN ('x' OPERATOR(pg_catalog.||) pg_catalog.substr(pg_catalog.encode(digest, 'hex'), 1, 16))::pg_catalog.bit(64)::bigint
       OPERATOR(pg_catalog.&) 9223372036854775807;
COMMENT ON FUNCTION @extschema@.report_id_of(bytea) IS
'Report id for a sha256 digest: its first 63 bits. Deterministic, so no sequence is needed and ids survive reloads.';

-- report_id is the key of reports and facts alike (colocated on Citus); ingest
-- derives it from sha256, which is what makes the same bytes one report, so
-- no unique index on sha256 alone is needed (Citus refuses one).  On Citus,
-- every query here names the report by report_id, so it goes to one shard:
-- a lookup by sha256 alone would ask every shard, and facts inserted with
-- the variable id instead of r.report_id would travel through the
-- coordinator instead of being inserted on the worker holding the report.
-- They are planned at every call: Citus cannot distribute a generic plan
-- with the id as a parameter (plan_cache_mode = force_generic_plan saved 3%
-- of ingest on one node and broke every load through a coordinator).

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
           qualifier, base_value, base_value_hi, base_unit, headline, like_for_like, period_basis)
    SELECT r.report_id, x.seq, x.line, x.span_start, x.span_end, x.evidence, x.section, x.period,
           x.status, x.subject, x.indicator, x.measure, x.value, x.value_hi, x.unit,
           x.qualifier, x.base_value, x.base_value_hi, x.base_unit, x.headline, x.like_for_like,
           x.period_basis
      FROM @extschema@.reports r,
           LATERAL @extschema@.extract(r.clean, r.period, r.published) x
     WHERE r.report_id OPERATOR(pg_catalog.=) id;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.store_facts(bigint) IS
'Replaces the facts of one stored report with a fresh extraction of its clean text (with the indicators and regions users added, like the shipped ones; its publication date places a text that states no year). Used by ingest and reextract.';

-- A blank text is one with no character outside the white space listed: the
-- regular expression stops at the first other one (btrim read the whole text).
CREATE FUNCTION @extschema@.ingest(raw bytea, source text, meta jsonb DEFAULT NULL,
                                   on_error text DEFAULT 'strict')
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    given jsonb;
    digest bytea;
    id bigint;
    d record;
    m record;
    cleaned text;
    msg text;
    detail text;
    hint text;
BEGIN
    IF raw IS NULL OR source IS NULL THEN
        RAISE EXCEPTION 'luohuplan.ingest needs the raw bytes and a source name'
              USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF on_error IS NULL OR pg_catalog.lower(on_error) NOT IN ('strict', 'replace') THEN
        RAISE EXCEPTION 'on_error must be ''strict'' or ''replace'', not %', pg_catalog.quote_nullable(on_error)
              USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- check_meta's error raised again from here: the caller sees what is
    -- wrong with the meta, not the statements that found it
    BEGIN
        given := pg_catalog.jsonb_strip_nulls(COALESCE(@extschema@.check_meta(ingest.meta), '{}'));
    EXCEPTION WHEN invalid_parameter_value THEN
        GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
        IF hint = '' THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg, DETAIL = detail;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg, DETAIL = detail, HINT = hint;
    END;
    digest := pg_catalog.sha256(raw);
    id := @extschema@.report_id_of(digest);
    IF @extschema@.stored_report(id, digest, given) THEN
        RETURN id;
    END IF;

    SELECT * INTO d FROM @extschema@.decode_report(raw, COALESCE(given ->> 'encoding', 'auto'),
                                                   pg_catalog.lower(on_error));
    cleaned := @extschema@.normalize(d.body);
    IF cleaned OPERATOR(pg_catalog.!~) E'[^ \t\n\r\f\x0b\u00a0\u3000\ufeff\u200b]' THEN
        RAISE EXCEPTION 'document "%" has no text', source
              USING ERRCODE = 'invalid_parameter_value',
                    DETAIL = CASE
                        WHEN pg_catalog.octet_length(raw) = 0 THEN 'It is empty (0 bytes).'
                        WHEN pg_catalog.btrim(d.body, E' \t\n\r\f\x0b\u00a0\u3000\ufeff\u200b') = ''
                            THEN pg_catalog.format('Its %s bytes (%s) are white space only.',
                                                   pg_catalog.octet_length(raw), d.used_encoding)
                        ELSE pg_catalog.format('Its %s bytes (%s) are page chrome and white space only (luohuplan.repairs lists what cleaning removed).',
                                               pg_catalog.octet_length(raw), d.used_encoding) END;
    END IF;
    SELECT * INTO m FROM @extschema@.report_meta(cleaned, given);

    INSERT INTO @extschema@.reports (report_id, source, raw, sha256, encoding, body, clean,
                title, region, region_code, year, period, kind, n_replaced, published, meta)
    VALUES (id, source, raw, digest, d.used_encoding, d.body, cleaned,
            m.title, m.region, m.region_code, m.year, m.period, m.kind, d.n_replaced,
            m.published, given)
    ON CONFLICT (report_id) DO NOTHING;
    IF NOT FOUND THEN
        -- another session stored this id first: its row wins (or collides)
        PERFORM @extschema@.stored_report(id, digest, given);
        RETURN id;
    END IF;
    PERFORM @extschema@.store_facts(id);
    RETURN id;
END
$$;
COMMENT ON FUNCTION @extschema@.ingest(bytea, text, jsonb, text) IS
'Decodes (encoding detected), cleans and extracts a report and stores it with its facts in the caller''s transaction; returns the report id. The same bytes return the same id and change nothing (a NOTICE says so when meta differs from what is stored: correct with luohuplan.set_meta). meta overrides inferred metadata (keys title, region, region_code, year, period, kind, published, encoding; see luohuplan.check_meta). on_error strict (default) fails with 22021 on bytes the encoding cannot decode; replace stores U+FFFD for them (reports.n_replaced, luohuplan.replaced_bytes). Empty or blank documents fail with 22023.';

-- ---------------------------------------------------------------------
-- Metadata the user gives: validated once, in one place, for ingest,
-- set_meta and the loader's --meta and manifest.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.check_meta(meta jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    k text;
    v jsonb;
    s text;
    result jsonb := '{}';
    kinds CONSTANT text[] := ARRAY['plan_execution', 'work_report', 'news', 'statistics'];
BEGIN
    IF meta IS NULL THEN
        RETURN NULL;
    END IF;
    IF pg_catalog.jsonb_typeof(meta) <> 'object' THEN
        RAISE EXCEPTION 'meta must be a JSON object, not %', pg_catalog.jsonb_typeof(meta)
              USING ERRCODE = 'invalid_parameter_value',
                    DETAIL = 'For example {"region": "罗湖区", "period": "2023H1", "published": "2023-07-31"}.';
    END IF;
    FOR k, v IN SELECT e.key, e.value FROM pg_catalog.jsonb_each(meta) AS e ORDER BY e.key LOOP
        IF k <> ALL (ARRAY['encoding', 'kind', 'period', 'published', 'region', 'region_code', 'title', 'year']) THEN
            RAISE EXCEPTION 'unknown meta key "%"', k
                  USING ERRCODE = 'invalid_parameter_value',
                        DETAIL = 'Accepted keys: encoding, kind, period, published, region, region_code, title, year.';
        END IF;
        IF pg_catalog.jsonb_typeof(v) = 'null' THEN
            -- null: no value given (set_meta: back to the inferred value)
            result := result || pg_catalog.jsonb_build_object(k, v);
            CONTINUE;
        END IF;
        IF k = 'year' AND pg_catalog.jsonb_typeof(v) = 'number' THEN
            s := v::text;
        ELSIF pg_catalog.jsonb_typeof(v) = 'string' THEN
            s := pg_catalog.btrim(v #>> '{}', E' \t\n\r\f\x0b\u00a0\u3000');
        ELSE
            RAISE EXCEPTION 'meta "%" must be a string, not a JSON %', k, pg_catalog.jsonb_typeof(v)
                  USING ERRCODE = 'invalid_parameter_value',
                        DETAIL = 'Every value is a JSON string ("2023H1"); year may also be a number, and null means not given.';
        END IF;
        IF s = '' THEN
            RAISE EXCEPTION 'meta "%" is empty', k
                  USING ERRCODE = 'invalid_parameter_value',
                        DETAIL = 'A value given must say something; null means not given.',
                        HINT = 'Leave the key out, or give it as null, to have luohuplan infer it.';
        END IF;
        CASE k
        WHEN 'year' THEN
            IF s !~ '^[12][0-9]{3}$' THEN
                RAISE EXCEPTION 'meta "year" must be a year from 1000 to 2999, not %', v
                      USING ERRCODE = 'invalid_parameter_value',
                            DETAIL = 'Accepted: an integer such as 2023 (or the string "2023").';
            END IF;
            result := result || pg_catalog.jsonb_build_object(k, s::integer);
            CONTINUE;
        WHEN 'period' THEN
            IF @extschema@.period_start(s) IS NULL THEN
                RAISE EXCEPTION 'meta "period" is not a period: %', v
                      USING ERRCODE = 'invalid_parameter_value',
                            DETAIL = 'Accepted forms: 2023 (a year), 2021-2025 (years), 2023H1 (a half), 2023Q1 (a quarter), 2023Q1-3 (quarters), 2023M05 (a month), 2023M01-05 (months).';
            END IF;
        WHEN 'kind' THEN
            IF s <> ALL (kinds) THEN
                RAISE EXCEPTION 'meta "kind" is not a kind of report: %', v
                      USING ERRCODE = 'invalid_parameter_value',
                            DETAIL = 'Accepted values: ' || pg_catalog.array_to_string(kinds, ', ') || '.';
            END IF;
        WHEN 'published' THEN
            IF s !~ '^[12][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'
               OR pg_catalog.substr(s, 9, 2)::integer >
                  pg_catalog.date_part('day', pg_catalog.make_date(pg_catalog.substr(s, 1, 4)::integer,
                                                                   pg_catalog.substr(s, 6, 2)::integer, 1)
                                              + pg_catalog.make_interval(months => 1, days => -1)) THEN
                RAISE EXCEPTION 'meta "published" must be a date written YYYY-MM-DD, not %', v
                      USING ERRCODE = 'invalid_parameter_value',
                            DETAIL = 'Accepted: the day the report was published or crawled, such as "2023-07-31".';
            END IF;
        WHEN 'region_code' THEN
            IF s !~ '^[0-9]{6}$' THEN
                RAISE EXCEPTION 'meta "region_code" must be six digits, not %', v
                      USING ERRCODE = 'invalid_parameter_value',
                            DETAIL = 'Accepted: a GB/T 2260 administrative-division code such as "440303" (luohuplan.regions.code).';
            END IF;
        WHEN 'encoding' THEN
            BEGIN
                PERFORM @extschema@.decode(''::bytea, s);
            EXCEPTION WHEN invalid_parameter_value THEN
                RAISE EXCEPTION 'meta "encoding" is not an encoding luohuplan decodes: %', v
                      USING ERRCODE = 'invalid_parameter_value',
                            DETAIL = 'Accepted names: ' || COALESCE(NULLIF(pg_catalog.split_part(SQLERRM, 'accepted names are ', 2), ''), SQLERRM) || '.';
            END;
        ELSE
            NULL;               -- title, region: any text
        END CASE;
        result := result || pg_catalog.jsonb_build_object(k, s);
    END LOOP;
    RETURN result;
END
$$;
COMMENT ON FUNCTION @extschema@.check_meta(jsonb) IS
'Validates report metadata as ingest and set_meta take it and returns it tidied (strings trimmed, year a number); fails with 22023 naming the key and what it accepts. Keys: title, region (any text), region_code (six digits), year (1000-2999), period (2023, 2021-2025, 2023H1, 2023Q1, 2023Q1-3, 2023M05, 2023M01-05), kind (plan_execution, work_report, news, statistics), published (a date YYYY-MM-DD: when the report was published or crawled), encoding (as luohuplan.decode takes it). A null value means "not given".';

CREATE FUNCTION @extschema@.report_meta(doc text, meta jsonb)
RETURNS TABLE (title text, region text, region_code text, year integer, period text,
               kind text, published date)
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT COALESCE(g.m ->> 'title', i.title),
           COALESCE(g.m ->> 'region', i.region),
           CASE WHEN g.m ? 'region_code' THEN g.m ->> 'region_code'
                WHEN g.m ? 'region' THEN NULL
                ELSE i.region_code END,
           COALESCE((g.m ->> 'year')::integer,
                    pg_catalog.substr(g.m ->> 'period', 1, 4)::integer, i.year),
           CASE WHEN g.m ? 'period' THEN g.m ->> 'period'
                -- a year alone moves the inferred period to it (2023H1 → 2022H1)
                WHEN g.m ? 'year' AND i.period ~ '^[12][0-9]{3}(H[12]|Q[1-4](-[1-4])?|M[01][0-9](-[01][0-9])?)?$'
                    THEN (g.m ->> 'year') || pg_catalog.substr(i.period, 5)
                WHEN g.m ? 'year' THEN g.m ->> 'year'
                ELSE i.period END,
           COALESCE(g.m ->> 'kind', i.kind),
           pg_catalog.make_date(pg_catalog.substr(g.m ->> 'published', 1, 4)::integer,
                                pg_catalog.substr(g.m ->> 'published', 6, 2)::integer,
                                pg_catalog.substr(g.m ->> 'published', 9, 2)::integer)
      FROM (SELECT pg_catalog.jsonb_strip_nulls(COALESCE(@extschema@.check_meta(meta), '{}')) AS m) AS g,
           @extschema@.report_meta(doc) AS i;
END;
COMMENT ON FUNCTION @extschema@.report_meta(text, jsonb) IS
'Metadata of a report text as ingest and set_meta store it: each key meta gives (validated by luohuplan.check_meta), the rest inferred from the text (report_meta(doc)). A region given without region_code leaves the code NULL (luohuplan.fact_values then looks the name up in luohuplan.regions); a period given without year sets the year to its first year; a year given without period moves the inferred period to that year (2023H1 becomes 2022H1).';

-- Is report id stored with these bytes?  Other bytes under the same id (a
-- collision in the 63 bits of sha256 report_id keeps) fail loudly.
CREATE FUNCTION @extschema@.stored_report(id bigint, digest bytea, meta jsonb DEFAULT NULL)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    differs jsonb;
BEGIN
    SELECT x.report_id, x.source, x.sha256, x.title, x.region, x.region_code, x.year,
           x.period, x.kind, x.published
      INTO r FROM @extschema@.reports x WHERE x.report_id OPERATOR(pg_catalog.=) id;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    IF r.sha256 <> digest THEN
        RAISE EXCEPTION 'report_id % is taken by other bytes', id
              USING ERRCODE = 'unique_violation',
                    DETAIL = pg_catalog.format('Report %s ("%s") has sha256 %s; these bytes have sha256 %s. report_id keeps the first 63 bits of sha256 and these agree in them.',
                                               id, r.source, pg_catalog.encode(r.sha256, 'hex'),
                                               pg_catalog.encode(digest, 'hex')),
                    HINT = 'These bytes cannot be stored. Please report the two files to the luohuplan developers.';
    END IF;
    -- the same bytes: nothing changes, but say so when the meta given differs
    SELECT pg_catalog.jsonb_object_agg(g.key, g.value ORDER BY g.key) INTO differs
      FROM pg_catalog.jsonb_each(pg_catalog.jsonb_strip_nulls(meta)) AS g
     WHERE g.key <> 'encoding'
       AND (g.value #>> '{}') IS DISTINCT FROM
           CASE g.key WHEN 'title' THEN r.title WHEN 'region' THEN r.region
                      WHEN 'region_code' THEN r.region_code WHEN 'year' THEN r.year::text
                      WHEN 'period' THEN r.period WHEN 'kind' THEN r.kind
                      WHEN 'published' THEN pg_catalog.to_char(r.published, 'YYYY-MM-DD') END;
    IF differs IS NOT NULL THEN
        RAISE NOTICE 'report % is already loaded (as "%"): nothing was changed, and the meta given differs from what is stored: %',
              id, r.source, differs
              USING HINT = pg_catalog.format('To correct the stored report: SELECT luohuplan.set_meta(%s, %L);', id, differs);
    END IF;
    RETURN true;
END
$$;
COMMENT ON FUNCTION @extschema@.stored_report(bigint, bytea, jsonb) IS
'Used by ingest: true when report id is stored with sha256 digest (with a NOTICE when meta differs from its stored metadata), false when there is no such report; fails with 23505 when the id holds other bytes (a collision of the 63 bits of sha256 the id keeps).';

-- ---------------------------------------------------------------------
-- Corrections: a report's metadata set by hand, its facts re-extracted
-- in the same statement.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.set_meta(id bigint, meta jsonb) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    given jsonb;
    merged jsonb;
    r record;
    m record;
    msg text;
    detail text;
    hint text;
BEGIN
    IF id IS NULL OR meta IS NULL THEN
        RAISE EXCEPTION 'luohuplan.set_meta needs a report id and the meta to set'
              USING ERRCODE = 'null_value_not_allowed';
    END IF;
    BEGIN
        given := @extschema@.check_meta(set_meta.meta);
    EXCEPTION WHEN invalid_parameter_value THEN
        GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
        IF hint = '' THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg, DETAIL = detail;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg, DETAIL = detail, HINT = hint;
    END;
    IF given ? 'encoding' THEN
        RAISE EXCEPTION 'meta "encoding" cannot be corrected by set_meta'
              USING ERRCODE = 'invalid_parameter_value',
                    DETAIL = 'Another encoding gives another text, so the report is loaded anew.',
                    HINT = pg_catalog.format('Delete it (DELETE FROM luohuplan.reports WHERE report_id = %s) and ingest its bytes again with meta {"encoding": %s}.',
                                             id, given -> 'encoding');
    END IF;
    SELECT x.clean, x.meta INTO r FROM @extschema@.reports x
     WHERE x.report_id OPERATOR(pg_catalog.=) id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no report with id %', id USING ERRCODE = 'no_data_found';
    END IF;
    -- keys given replace the stored ones; a null key goes back to inferred
    merged := pg_catalog.jsonb_strip_nulls(r.meta || given);
    SELECT * INTO m FROM @extschema@.report_meta(r.clean, merged);
    UPDATE @extschema@.reports x
       SET title = m.title, region = m.region, region_code = m.region_code, year = m.year,
           period = m.period, kind = m.kind, published = m.published, meta = merged
     WHERE x.report_id OPERATOR(pg_catalog.=) id;
    RETURN @extschema@.store_facts(id);
END
$$;
COMMENT ON FUNCTION @extschema@.set_meta(bigint, jsonb) IS
'Corrects a stored report''s metadata and re-extracts its facts in the same statement (all or nothing); returns the number of facts. meta takes the keys of ingest except encoding (title, region, region_code, year, period, kind, published; validated by luohuplan.check_meta); keys given replace what was inferred or given before, a key given as null goes back to the inferred value, other keys stay. reports.meta keeps what the user gave.';

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

-- A loop in the caller's backend, not reextract(r.report_id) in a query
-- over reports: on Citus that query runs on the shards, and reextract's own
-- queries would then run distributed queries from inside a shard's task,
-- which Citus refuses.  Each call here is a query routed to one shard.
CREATE FUNCTION @extschema@.reextract() RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id bigint;
    n bigint := 0;
BEGIN
    FOR id IN SELECT r.report_id FROM @extschema@.reports r ORDER BY r.report_id LOOP
        n := n OPERATOR(pg_catalog.+) @extschema@.reextract(id);
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.reextract() IS
'Re-extracts every stored report (see reextract(bigint)); returns the total number of facts.';

-- ---------------------------------------------------------------------
-- Damaged bytes: what on_error 'replace' turned into U+FFFD.  Decoding is
-- deterministic, so the list is derived from the stored raw bytes and
-- encoding when asked for, not stored a second time.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.bad_bytes(raw bytea, encoding text DEFAULT 'auto')
RETURNS TABLE (byte_offset bigint, byte_length integer, line integer, bytes text)
AS 'MODULE_PATHNAME', 'luohuplan_bad_bytes'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.bad_bytes(bytea, text) IS
'Every byte sequence of raw that decode(raw, encoding, on_error => ''replace'') turns into U+FFFD, in order: its byte offset in raw (0-based), length, the 1-based line of the decoded text it stands on (the same line in reports.body and reports.clean) and the bytes in hex. No rows when raw decodes cleanly.';

CREATE VIEW @extschema@.replaced_bytes AS
SELECT r.report_id, r.source, r.encoding, b.byte_offset, b.byte_length, b.line, b.bytes
  FROM @extschema@.reports AS r,
       LATERAL @extschema@.bad_bytes(r.raw, r.encoding) AS b
 WHERE r.n_replaced OPERATOR(pg_catalog.>) 0;
COMMENT ON VIEW @extschema@.replaced_bytes IS 'Byte sequences of stored reports (loaded with on_error replace) that could not be decoded and became U+FFFD: one row per U+FFFD, so a report has n_replaced rows.';
COMMENT ON COLUMN @extschema@.replaced_bytes.report_id IS 'Report (luohuplan.reports).';
COMMENT ON COLUMN @extschema@.replaced_bytes.source IS 'Source name of the report.';
COMMENT ON COLUMN @extschema@.replaced_bytes.encoding IS 'Encoding the report was decoded from.';
COMMENT ON COLUMN @extschema@.replaced_bytes.byte_offset IS '0-based offset of the bad sequence in reports.raw.';
COMMENT ON COLUMN @extschema@.replaced_bytes.byte_length IS 'Length of the bad sequence in bytes (it became one U+FFFD).';
COMMENT ON COLUMN @extschema@.replaced_bytes.line IS '1-based line of reports.body and reports.clean holding the U+FFFD.';
COMMENT ON COLUMN @extschema@.replaced_bytes.bytes IS 'The bad bytes in hex (0xff, 0xa3 0x20).';

-- ---------------------------------------------------------------------
-- Headline indicators: the report's summary lists of results and targets
-- (or, in reposts without such a list, the sentences stating known
-- indicators); one row per report, period, status, indicator and measure,
-- and a second for a bound stated beside the exact value in one sentence
-- ("突破4000亿元大关，达4150亿元": two figures, two rows).
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.headline AS
SELECT DISTINCT ON (f.report_id, f.period, CASE f.status WHEN 'estimate' THEN 'actual' ELSE f.status END, COALESCE(f.indicator, f.subject), f.measure,
                    f.bound_beside_exact, f.second_target)
       r.source, f.report_id, r.region, r.region_code, f.period, f.status,
       f.indicator, f.measure, f.value, f.value_hi, f.unit, f.qualifier,
       f.base_value, f.base_value_hi, f.base_unit, f.subject, f.line, f.evidence,
       f.like_for_like, f.period_basis
  FROM (SELECT g.*,
               COALESCE(g.qualifier OPERATOR(pg_catalog.=) ANY (ARRAY['gt', 'ge']) AND
                        g.base_value OPERATOR(pg_catalog.<=) pg_catalog.max(g.base_value)
                            FILTER (WHERE g.qualifier OPERATOR(pg_catalog.=) ANY (ARRAY['eq', 'approx'])) OVER (
                            PARTITION BY g.report_id, g.line, g.evidence, g.period, g.status,
                                         COALESCE(g.indicator, g.subject), g.measure),
                        false) AS bound_beside_exact,
               -- a target figure other than the first its key states in the
               -- sentence: 增长6%、力争7%
               COALESCE(g.status OPERATOR(pg_catalog.=) 'target' AND
                        g.value IS DISTINCT FROM pg_catalog.first_value(g.value) OVER (
                            PARTITION BY g.report_id, g.line, g.evidence, g.period, g.status,
                                         COALESCE(g.indicator, g.subject), g.measure
                            ORDER BY g.seq),
                        false) AS second_target
          FROM @extschema@.facts g
         WHERE g.headline) f
  JOIN @extschema@.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
 ORDER BY f.report_id, f.period, CASE f.status WHEN 'estimate' THEN 'actual' ELSE f.status END, COALESCE(f.indicator, f.subject), f.measure,
          f.bound_beside_exact, f.second_target, f.like_for_like, f.line, f.seq;
COMMENT ON VIEW @extschema@.headline IS 'Headline indicators of each report: its summary lists of results and targets, one row per report, period, status, indicator and measure (an estimate, 预计, and an actual of one figure are one row; and one more for a bound stated beside the exact value in the same sentence, 突破4000亿元，达4150亿元, and for a second target figure in the sentence, 增长6%、力争7%). Qualitative lines have measure qualitative and no value.';
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
COMMENT ON COLUMN @extschema@.headline.period_basis IS 'What decided period (facts.period_basis): heading, title, sentence, anniversary, published, ...';
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
-- generated from src/data/regions.tsv by src/data/regions_sql.sh
INSERT INTO @extschema@.regions (name, code, short_name, level, parent_code, user_defined, pinyin, name_en)
SELECT name, code, short_name, level, parent_code, false, pinyin, name_en FROM (VALUES
  ('北京市', '110000', '北京', 'province', NULL, 'Beijing', 'Beijing Municipality'),
  ('天津市', '120000', '天津', 'province', NULL, 'Tianjin', 'Tianjin Municipality'),
  ('河北省', '130000', '河北', 'province', NULL, 'Hebei', 'Hebei Province'),
  ('山西省', '140000', '山西', 'province', NULL, 'Shanxi', 'Shanxi Province'),
  ('内蒙古自治区', '150000', '内蒙古', 'province', NULL, 'Neimenggu', 'Inner Mongolia Autonomous Region'),
  ('辽宁省', '210000', '辽宁', 'province', NULL, 'Liaoning', 'Liaoning Province'),
  ('吉林省', '220000', '吉林', 'province', NULL, 'Jilin', 'Jilin Province'),
  ('黑龙江省', '230000', '黑龙江', 'province', NULL, 'Heilongjiang', 'Heilongjiang Province'),
  ('上海市', '310000', '上海', 'province', NULL, 'Shanghai', 'Shanghai Municipality'),
  ('江苏省', '320000', '江苏', 'province', NULL, 'Jiangsu', 'Jiangsu Province'),
  ('浙江省', '330000', '浙江', 'province', NULL, 'Zhejiang', 'Zhejiang Province'),
  ('安徽省', '340000', '安徽', 'province', NULL, 'Anhui', 'Anhui Province'),
  ('福建省', '350000', '福建', 'province', NULL, 'Fujian', 'Fujian Province'),
  ('江西省', '360000', '江西', 'province', NULL, 'Jiangxi', 'Jiangxi Province'),
  ('山东省', '370000', '山东', 'province', NULL, 'Shandong', 'Shandong Province'),
  ('河南省', '410000', '河南', 'province', NULL, 'Henan', 'Henan Province'),
  ('湖北省', '420000', '湖北', 'province', NULL, 'Hubei', 'Hubei Province'),
  ('湖南省', '430000', '湖南', 'province', NULL, 'Hunan', 'Hunan Province'),
  ('广东省', '440000', '广东', 'province', NULL, 'Guangdong', 'Guangdong Province'),
  ('广西壮族自治区', '450000', '广西', 'province', NULL, 'Guangxi', 'Guangxi Zhuang Autonomous Region'),
  ('海南省', '460000', '海南', 'province', NULL, 'Hainan', 'Hainan Province'),
  ('重庆市', '500000', '重庆', 'province', NULL, 'Chongqing', 'Chongqing Municipality'),
  ('四川省', '510000', '四川', 'province', NULL, 'Sichuan', 'Sichuan Province'),
  ('贵州省', '520000', '贵州', 'province', NULL, 'Guizhou', 'Guizhou Province'),
  ('云南省', '530000', '云南', 'province', NULL, 'Yunnan', 'Yunnan Province'),
  ('西藏自治区', '540000', '西藏', 'province', NULL, 'Xizang', 'Tibet Autonomous Region'),
  ('陕西省', '610000', '陕西', 'province', NULL, 'Shanxi', 'Shanxi Province'),
  ('甘肃省', '620000', '甘肃', 'province', NULL, 'Gansu', 'Gansu Province'),
  ('青海省', '630000', '青海', 'province', NULL, 'Qinghai', 'Qinghai Province'),
  ('宁夏回族自治区', '640000', '宁夏', 'province', NULL, 'Ningxia', 'Ningxia Hui Autonomous Region'),
  ('新疆维吾尔自治区', '650000', '新疆', 'province', NULL, 'Xinjiang', 'Xinjiang Uygur Autonomous Region'),
  ('石家庄市', '130100', '石家庄', 'city', '130000', 'Shijiazhuang', 'Shijiazhuang City'),
  ('唐山市', '130200', '唐山', 'city', '130000', 'Tangshan', 'Tangshan City'),
  ('秦皇岛市', '130300', '秦皇岛', 'city', '130000', 'Qinhuangdao', 'Qinhuangdao City'),
  ('邯郸市', '130400', '邯郸', 'city', '130000', 'Handan', 'Handan City'),
  ('邢台市', '130500', '邢台', 'city', '130000', 'Xingtai', 'Xingtai City'),
  ('保定市', '130600', '保定', 'city', '130000', 'Baoding', 'Baoding City'),
  ('张家口市', '130700', '张家口', 'city', '130000', 'Zhangjiakou', 'Zhangjiakou City'),
  ('承德市', '130800', '承德', 'city', '130000', 'Chengde', 'Chengde City'),
  ('沧州市', '130900', '沧州', 'city', '130000', 'Cangzhou', 'Cangzhou City'),
  ('廊坊市', '131000', '廊坊', 'city', '130000', 'Langfang', 'Langfang City'),
  ('衡水市', '131100', '衡水', 'city', '130000', 'Hengshui', 'Hengshui City'),
  ('太原市', '140100', '太原', 'city', '140000', 'Taiyuan', 'Taiyuan City'),
  ('大同市', '140200', '大同', 'city', '140000', 'Datong', 'Datong City'),
  ('阳泉市', '140300', '阳泉', 'city', '140000', 'Yangquan', 'Yangquan City'),
  ('长治市', '140400', '长治', 'city', '140000', 'Changzhi', 'Changzhi City'),
  ('晋城市', '140500', '晋城', 'city', '140000', 'Jincheng', 'Jincheng City'),
  ('朔州市', '140600', '朔州', 'city', '140000', 'Shuozhou', 'Shuozhou City'),
  ('晋中市', '140700', '晋中', 'city', '140000', 'Jinzhong', 'Jinzhong City'),
  ('运城市', '140800', '运城', 'city', '140000', 'Yuncheng', 'Yuncheng City'),
  ('忻州市', '140900', '忻州', 'city', '140000', 'Xinzhou', 'Xinzhou City'),
  ('临汾市', '141000', '临汾', 'city', '140000', 'Linfen', 'Linfen City'),
  ('吕梁市', '141100', '吕梁', 'city', '140000', 'Lüliang', 'Lüliang City'),
  ('呼和浩特市', '150100', '呼和浩特', 'city', '150000', 'Huhehaote', 'Huhehaote City'),
  ('包头市', '150200', '包头', 'city', '150000', 'Baotou', 'Baotou City'),
  ('乌海市', '150300', '乌海', 'city', '150000', 'Wuhai', 'Wuhai City'),
  ('赤峰市', '150400', '赤峰', 'city', '150000', 'Chifeng', 'Chifeng City'),
  ('通辽市', '150500', '通辽', 'city', '150000', 'Tongliao', 'Tongliao City'),
  ('鄂尔多斯市', '150600', '鄂尔多斯', 'city', '150000', 'E''erduosi', 'E''erduosi City'),
  ('呼伦贝尔市', '150700', '呼伦贝尔', 'city', '150000', 'Hulunbei''er', 'Hulunbei''er City'),
  ('巴彦淖尔市', '150800', '巴彦淖尔', 'city', '150000', 'Bayannao''er', 'Bayannao''er City'),
  ('乌兰察布市', '150900', '乌兰察布', 'city', '150000', 'Wulanchabu', 'Wulanchabu City'),
  ('兴安盟', '152200', '兴安', 'city', '150000', 'Xing''an', 'Xing''an League'),
  ('锡林郭勒盟', '152500', '锡林郭勒', 'city', '150000', 'Xilinguole', 'Xilinguole League'),
  ('阿拉善盟', '152900', '阿拉善', 'city', '150000', 'Alashan', 'Alashan League'),
  ('沈阳市', '210100', '沈阳', 'city', '210000', 'Shenyang', 'Shenyang City'),
  ('大连市', '210200', '大连', 'city', '210000', 'Dalian', 'Dalian City'),
  ('鞍山市', '210300', '鞍山', 'city', '210000', 'Anshan', 'Anshan City'),
  ('抚顺市', '210400', '抚顺', 'city', '210000', 'Fushun', 'Fushun City'),
  ('本溪市', '210500', '本溪', 'city', '210000', 'Benxi', 'Benxi City'),
  ('丹东市', '210600', '丹东', 'city', '210000', 'Dandong', 'Dandong City'),
  ('锦州市', '210700', '锦州', 'city', '210000', 'Jinzhou', 'Jinzhou City'),
  ('营口市', '210800', '营口', 'city', '210000', 'Yingkou', 'Yingkou City'),
  ('阜新市', '210900', '阜新', 'city', '210000', 'Fuxin', 'Fuxin City'),
  ('辽阳市', '211000', '辽阳', 'city', '210000', 'Liaoyang', 'Liaoyang City'),
  ('盘锦市', '211100', '盘锦', 'city', '210000', 'Panjin', 'Panjin City'),
  ('铁岭市', '211200', '铁岭', 'city', '210000', 'Tieling', 'Tieling City'),
  ('朝阳市', '211300', '朝阳', 'city', '210000', 'Chaoyang', 'Chaoyang City'),
  ('葫芦岛市', '211400', '葫芦岛', 'city', '210000', 'Huludao', 'Huludao City'),
  ('长春市', '220100', '长春', 'city', '220000', 'Changchun', 'Changchun City'),
  ('吉林市', '220200', '吉林', 'city', '220000', 'Jilin', 'Jilin City'),
  ('四平市', '220300', '四平', 'city', '220000', 'Siping', 'Siping City'),
  ('辽源市', '220400', '辽源', 'city', '220000', 'Liaoyuan', 'Liaoyuan City'),
  ('通化市', '220500', '通化', 'city', '220000', 'Tonghua', 'Tonghua City'),
  ('白山市', '220600', '白山', 'city', '220000', 'Baishan', 'Baishan City'),
  ('松原市', '220700', '松原', 'city', '220000', 'Songyuan', 'Songyuan City'),
  ('白城市', '220800', '白城', 'city', '220000', 'Baicheng', 'Baicheng City'),
  ('延边朝鲜族自治州', '222400', '延边', 'city', '220000', 'Yanbian', 'Yanbian Autonomous Prefecture'),
  ('哈尔滨市', '230100', '哈尔滨', 'city', '230000', 'Ha''erbin', 'Ha''erbin City'),
  ('齐齐哈尔市', '230200', '齐齐哈尔', 'city', '230000', 'Qiqiha''er', 'Qiqiha''er City'),
  ('鸡西市', '230300', '鸡西', 'city', '230000', 'Jixi', 'Jixi City'),
  ('鹤岗市', '230400', '鹤岗', 'city', '230000', 'Hegang', 'Hegang City'),
  ('双鸭山市', '230500', '双鸭山', 'city', '230000', 'Shuangyashan', 'Shuangyashan City'),
  ('大庆市', '230600', '大庆', 'city', '230000', 'Daqing', 'Daqing City'),
  ('伊春市', '230700', '伊春', 'city', '230000', 'Yichun', 'Yichun City'),
  ('佳木斯市', '230800', '佳木斯', 'city', '230000', 'Jiamusi', 'Jiamusi City'),
  ('七台河市', '230900', '七台河', 'city', '230000', 'Qitaihe', 'Qitaihe City'),
  ('牡丹江市', '231000', '牡丹江', 'city', '230000', 'Mudanjiang', 'Mudanjiang City'),
  ('黑河市', '231100', '黑河', 'city', '230000', 'Heihe', 'Heihe City'),
  ('绥化市', '231200', '绥化', 'city', '230000', 'Suihua', 'Suihua City'),
  ('大兴安岭地区', '232700', '大兴安岭', 'city', '230000', 'Daxing''anling', 'Daxing''anling Prefecture'),
  ('南京市', '320100', '南京', 'city', '320000', 'Nanjing', 'Nanjing City'),
  ('无锡市', '320200', '无锡', 'city', '320000', 'Wuxi', 'Wuxi City'),
  ('徐州市', '320300', '徐州', 'city', '320000', 'Xuzhou', 'Xuzhou City'),
  ('常州市', '320400', '常州', 'city', '320000', 'Changzhou', 'Changzhou City'),
  ('苏州市', '320500', '苏州', 'city', '320000', 'Suzhou', 'Suzhou City'),
  ('南通市', '320600', '南通', 'city', '320000', 'Nantong', 'Nantong City'),
  ('连云港市', '320700', '连云港', 'city', '320000', 'Lianyungang', 'Lianyungang City'),
  ('淮安市', '320800', '淮安', 'city', '320000', 'Huai''an', 'Huai''an City'),
  ('盐城市', '320900', '盐城', 'city', '320000', 'Yancheng', 'Yancheng City'),
  ('扬州市', '321000', '扬州', 'city', '320000', 'Yangzhou', 'Yangzhou City'),
  ('镇江市', '321100', '镇江', 'city', '320000', 'Zhenjiang', 'Zhenjiang City'),
  ('泰州市', '321200', '泰州', 'city', '320000', 'Taizhou', 'Taizhou City'),
  ('宿迁市', '321300', '宿迁', 'city', '320000', 'Suqian', 'Suqian City'),
  ('杭州市', '330100', '杭州', 'city', '330000', 'Hangzhou', 'Hangzhou City'),
  ('宁波市', '330200', '宁波', 'city', '330000', 'Ningbo', 'Ningbo City'),
  ('温州市', '330300', '温州', 'city', '330000', 'Wenzhou', 'Wenzhou City'),
  ('嘉兴市', '330400', '嘉兴', 'city', '330000', 'Jiaxing', 'Jiaxing City'),
  ('湖州市', '330500', '湖州', 'city', '330000', 'Huzhou', 'Huzhou City'),
  ('绍兴市', '330600', '绍兴', 'city', '330000', 'Shaoxing', 'Shaoxing City'),
  ('金华市', '330700', '金华', 'city', '330000', 'Jinhua', 'Jinhua City'),
  ('衢州市', '330800', '衢州', 'city', '330000', 'Quzhou', 'Quzhou City'),
  ('舟山市', '330900', '舟山', 'city', '330000', 'Zhoushan', 'Zhoushan City'),
  ('台州市', '331000', '台州', 'city', '330000', 'Taizhou', 'Taizhou City'),
  ('丽水市', '331100', '丽水', 'city', '330000', 'Lishui', 'Lishui City'),
  ('合肥市', '340100', '合肥', 'city', '340000', 'Hefei', 'Hefei City'),
  ('芜湖市', '340200', '芜湖', 'city', '340000', 'Wuhu', 'Wuhu City'),
  ('蚌埠市', '340300', '蚌埠', 'city', '340000', 'Bengbu', 'Bengbu City'),
  ('淮南市', '340400', '淮南', 'city', '340000', 'Huainan', 'Huainan City'),
  ('马鞍山市', '340500', '马鞍山', 'city', '340000', 'Ma''anshan', 'Ma''anshan City'),
  ('淮北市', '340600', '淮北', 'city', '340000', 'Huaibei', 'Huaibei City'),
  ('铜陵市', '340700', '铜陵', 'city', '340000', 'Tongling', 'Tongling City'),
  ('安庆市', '340800', '安庆', 'city', '340000', 'Anqing', 'Anqing City'),
  ('黄山市', '341000', '黄山', 'city', '340000', 'Huangshan', 'Huangshan City'),
  ('滁州市', '341100', '滁州', 'city', '340000', 'Chuzhou', 'Chuzhou City'),
  ('阜阳市', '341200', '阜阳', 'city', '340000', 'Fuyang', 'Fuyang City'),
  ('宿州市', '341300', '宿州', 'city', '340000', 'Suzhou', 'Suzhou City'),
  ('六安市', '341500', '六安', 'city', '340000', 'Lu''an', 'Lu''an City'),
  ('亳州市', '341600', '亳州', 'city', '340000', 'Bozhou', 'Bozhou City'),
  ('池州市', '341700', '池州', 'city', '340000', 'Chizhou', 'Chizhou City'),
  ('宣城市', '341800', '宣城', 'city', '340000', 'Xuancheng', 'Xuancheng City'),
  ('福州市', '350100', '福州', 'city', '350000', 'Fuzhou', 'Fuzhou City'),
  ('厦门市', '350200', '厦门', 'city', '350000', 'Xiamen', 'Xiamen City'),
  ('莆田市', '350300', '莆田', 'city', '350000', 'Putian', 'Putian City'),
  ('三明市', '350400', '三明', 'city', '350000', 'Sanming', 'Sanming City'),
  ('泉州市', '350500', '泉州', 'city', '350000', 'Quanzhou', 'Quanzhou City'),
  ('漳州市', '350600', '漳州', 'city', '350000', 'Zhangzhou', 'Zhangzhou City'),
  ('南平市', '350700', '南平', 'city', '350000', 'Nanping', 'Nanping City'),
  ('龙岩市', '350800', '龙岩', 'city', '350000', 'Longyan', 'Longyan City'),
  ('宁德市', '350900', '宁德', 'city', '350000', 'Ningde', 'Ningde City'),
  ('南昌市', '360100', '南昌', 'city', '360000', 'Nanchang', 'Nanchang City'),
  ('景德镇市', '360200', '景德镇', 'city', '360000', 'Jingdezhen', 'Jingdezhen City'),
  ('萍乡市', '360300', '萍乡', 'city', '360000', 'Pingxiang', 'Pingxiang City'),
  ('九江市', '360400', '九江', 'city', '360000', 'Jiujiang', 'Jiujiang City'),
  ('新余市', '360500', '新余', 'city', '360000', 'Xinyu', 'Xinyu City'),
  ('鹰潭市', '360600', '鹰潭', 'city', '360000', 'Yingtan', 'Yingtan City'),
  ('赣州市', '360700', '赣州', 'city', '360000', 'Ganzhou', 'Ganzhou City'),
  ('吉安市', '360800', '吉安', 'city', '360000', 'Ji''an', 'Ji''an City'),
  ('宜春市', '360900', '宜春', 'city', '360000', 'Yichun', 'Yichun City'),
  ('抚州市', '361000', '抚州', 'city', '360000', 'Fuzhou', 'Fuzhou City'),
  ('上饶市', '361100', '上饶', 'city', '360000', 'Shangrao', 'Shangrao City'),
  ('济南市', '370100', '济南', 'city', '370000', 'Jinan', 'Jinan City'),
  ('青岛市', '370200', '青岛', 'city', '370000', 'Qingdao', 'Qingdao City'),
  ('淄博市', '370300', '淄博', 'city', '370000', 'Zibo', 'Zibo City'),
  ('枣庄市', '370400', '枣庄', 'city', '370000', 'Zaozhuang', 'Zaozhuang City'),
  ('东营市', '370500', '东营', 'city', '370000', 'Dongying', 'Dongying City'),
  ('烟台市', '370600', '烟台', 'city', '370000', 'Yantai', 'Yantai City'),
  ('潍坊市', '370700', '潍坊', 'city', '370000', 'Weifang', 'Weifang City'),
  ('济宁市', '370800', '济宁', 'city', '370000', 'Jining', 'Jining City'),
  ('泰安市', '370900', '泰安', 'city', '370000', 'Tai''an', 'Tai''an City'),
  ('威海市', '371000', '威海', 'city', '370000', 'Weihai', 'Weihai City'),
  ('日照市', '371100', '日照', 'city', '370000', 'Rizhao', 'Rizhao City'),
  ('临沂市', '371300', '临沂', 'city', '370000', 'Linyi', 'Linyi City'),
  ('德州市', '371400', '德州', 'city', '370000', 'Dezhou', 'Dezhou City'),
  ('聊城市', '371500', '聊城', 'city', '370000', 'Liaocheng', 'Liaocheng City'),
  ('滨州市', '371600', '滨州', 'city', '370000', 'Binzhou', 'Binzhou City'),
  ('菏泽市', '371700', '菏泽', 'city', '370000', 'Heze', 'Heze City'),
  ('郑州市', '410100', '郑州', 'city', '410000', 'Zhengzhou', 'Zhengzhou City'),
  ('开封市', '410200', '开封', 'city', '410000', 'Kaifeng', 'Kaifeng City'),
  ('洛阳市', '410300', '洛阳', 'city', '410000', 'Luoyang', 'Luoyang City'),
  ('平顶山市', '410400', '平顶山', 'city', '410000', 'Pingdingshan', 'Pingdingshan City'),
  ('安阳市', '410500', '安阳', 'city', '410000', 'Anyang', 'Anyang City'),
  ('鹤壁市', '410600', '鹤壁', 'city', '410000', 'Hebi', 'Hebi City'),
  ('新乡市', '410700', '新乡', 'city', '410000', 'Xinxiang', 'Xinxiang City'),
  ('焦作市', '410800', '焦作', 'city', '410000', 'Jiaozuo', 'Jiaozuo City'),
  ('濮阳市', '410900', '濮阳', 'city', '410000', 'Puyang', 'Puyang City'),
  ('许昌市', '411000', '许昌', 'city', '410000', 'Xuchang', 'Xuchang City'),
  ('漯河市', '411100', '漯河', 'city', '410000', 'Luohe', 'Luohe City'),
  ('三门峡市', '411200', '三门峡', 'city', '410000', 'Sanmenxia', 'Sanmenxia City'),
  ('南阳市', '411300', '南阳', 'city', '410000', 'Nanyang', 'Nanyang City'),
  ('商丘市', '411400', '商丘', 'city', '410000', 'Shangqiu', 'Shangqiu City'),
  ('信阳市', '411500', '信阳', 'city', '410000', 'Xinyang', 'Xinyang City'),
  ('周口市', '411600', '周口', 'city', '410000', 'Zhoukou', 'Zhoukou City'),
  ('驻马店市', '411700', '驻马店', 'city', '410000', 'Zhumadian', 'Zhumadian City'),
  ('武汉市', '420100', '武汉', 'city', '420000', 'Wuhan', 'Wuhan City'),
  ('黄石市', '420200', '黄石', 'city', '420000', 'Huangshi', 'Huangshi City'),
  ('十堰市', '420300', '十堰', 'city', '420000', 'Shiyan', 'Shiyan City'),
  ('宜昌市', '420500', '宜昌', 'city', '420000', 'Yichang', 'Yichang City'),
  ('襄阳市', '420600', '襄阳', 'city', '420000', 'Xiangyang', 'Xiangyang City'),
  ('鄂州市', '420700', '鄂州', 'city', '420000', 'Ezhou', 'Ezhou City'),
  ('荆门市', '420800', '荆门', 'city', '420000', 'Jingmen', 'Jingmen City'),
  ('孝感市', '420900', '孝感', 'city', '420000', 'Xiaogan', 'Xiaogan City'),
  ('荆州市', '421000', '荆州', 'city', '420000', 'Jingzhou', 'Jingzhou City'),
  ('黄冈市', '421100', '黄冈', 'city', '420000', 'Huanggang', 'Huanggang City'),
  ('咸宁市', '421200', '咸宁', 'city', '420000', 'Xianning', 'Xianning City'),
  ('随州市', '421300', '随州', 'city', '420000', 'Suizhou', 'Suizhou City'),
  ('恩施土家族苗族自治州', '422800', '恩施', 'city', '420000', 'Enshi', 'Enshi Autonomous Prefecture'),
  ('长沙市', '430100', '长沙', 'city', '430000', 'Changsha', 'Changsha City'),
  ('株洲市', '430200', '株洲', 'city', '430000', 'Zhuzhou', 'Zhuzhou City'),
  ('湘潭市', '430300', '湘潭', 'city', '430000', 'Xiangtan', 'Xiangtan City'),
  ('衡阳市', '430400', '衡阳', 'city', '430000', 'Hengyang', 'Hengyang City'),
  ('邵阳市', '430500', '邵阳', 'city', '430000', 'Shaoyang', 'Shaoyang City'),
  ('岳阳市', '430600', '岳阳', 'city', '430000', 'Yueyang', 'Yueyang City'),
  ('常德市', '430700', '常德', 'city', '430000', 'Changde', 'Changde City'),
  ('张家界市', '430800', '张家界', 'city', '430000', 'Zhangjiajie', 'Zhangjiajie City'),
  ('益阳市', '430900', '益阳', 'city', '430000', 'Yiyang', 'Yiyang City'),
  ('郴州市', '431000', '郴州', 'city', '430000', 'Chenzhou', 'Chenzhou City'),
  ('永州市', '431100', '永州', 'city', '430000', 'Yongzhou', 'Yongzhou City'),
  ('怀化市', '431200', '怀化', 'city', '430000', 'Huaihua', 'Huaihua City'),
  ('娄底市', '431300', '娄底', 'city', '430000', 'Loudi', 'Loudi City'),
  ('湘西土家族苗族自治州', '433100', '湘西', 'city', '430000', 'Xiangxi', 'Xiangxi Autonomous Prefecture'),
  ('广州市', '440100', '广州', 'city', '440000', 'Guangzhou', 'Guangzhou City'),
  ('韶关市', '440200', '韶关', 'city', '440000', 'Shaoguan', 'Shaoguan City'),
  ('深圳市', '440300', '深圳', 'city', '440000', 'Shenzhen', 'Shenzhen City'),
  ('珠海市', '440400', '珠海', 'city', '440000', 'Zhuhai', 'Zhuhai City'),
  ('汕头市', '440500', '汕头', 'city', '440000', 'Shantou', 'Shantou City'),
  ('佛山市', '440600', '佛山', 'city', '440000', 'Foshan', 'Foshan City'),
  ('江门市', '440700', '江门', 'city', '440000', 'Jiangmen', 'Jiangmen City'),
  ('湛江市', '440800', '湛江', 'city', '440000', 'Zhanjiang', 'Zhanjiang City'),
  ('茂名市', '440900', '茂名', 'city', '440000', 'Maoming', 'Maoming City'),
  ('肇庆市', '441200', '肇庆', 'city', '440000', 'Zhaoqing', 'Zhaoqing City'),
  ('惠州市', '441300', '惠州', 'city', '440000', 'Huizhou', 'Huizhou City'),
  ('梅州市', '441400', '梅州', 'city', '440000', 'Meizhou', 'Meizhou City'),
  ('汕尾市', '441500', '汕尾', 'city', '440000', 'Shanwei', 'Shanwei City'),
  ('河源市', '441600', '河源', 'city', '440000', 'Heyuan', 'Heyuan City'),
  ('阳江市', '441700', '阳江', 'city', '440000', 'Yangjiang', 'Yangjiang City'),
  ('清远市', '441800', '清远', 'city', '440000', 'Qingyuan', 'Qingyuan City'),
  ('东莞市', '441900', '东莞', 'city', '440000', 'Dongguan', 'Dongguan City'),
  ('中山市', '442000', '中山', 'city', '440000', 'Zhongshan', 'Zhongshan City'),
  ('潮州市', '445100', '潮州', 'city', '440000', 'Chaozhou', 'Chaozhou City'),
  ('揭阳市', '445200', '揭阳', 'city', '440000', 'Jieyang', 'Jieyang City'),
  ('云浮市', '445300', '云浮', 'city', '440000', 'Yunfu', 'Yunfu City'),
  ('南宁市', '450100', '南宁', 'city', '450000', 'Nanning', 'Nanning City'),
  ('柳州市', '450200', '柳州', 'city', '450000', 'Liuzhou', 'Liuzhou City'),
  ('桂林市', '450300', '桂林', 'city', '450000', 'Guilin', 'Guilin City'),
  ('梧州市', '450400', '梧州', 'city', '450000', 'Wuzhou', 'Wuzhou City'),
  ('北海市', '450500', '北海', 'city', '450000', 'Beihai', 'Beihai City'),
  ('防城港市', '450600', '防城港', 'city', '450000', 'Fangchenggang', 'Fangchenggang City'),
  ('钦州市', '450700', '钦州', 'city', '450000', 'Qinzhou', 'Qinzhou City'),
  ('贵港市', '450800', '贵港', 'city', '450000', 'Guigang', 'Guigang City'),
  ('玉林市', '450900', '玉林', 'city', '450000', 'Yulin', 'Yulin City'),
  ('百色市', '451000', '百色', 'city', '450000', 'Baise', 'Baise City'),
  ('贺州市', '451100', '贺州', 'city', '450000', 'Hezhou', 'Hezhou City'),
  ('河池市', '451200', '河池', 'city', '450000', 'Hechi', 'Hechi City'),
  ('来宾市', '451300', '来宾', 'city', '450000', 'Laibin', 'Laibin City'),
  ('崇左市', '451400', '崇左', 'city', '450000', 'Chongzuo', 'Chongzuo City'),
  ('海口市', '460100', '海口', 'city', '460000', 'Haikou', 'Haikou City'),
  ('三亚市', '460200', '三亚', 'city', '460000', 'Sanya', 'Sanya City'),
  ('三沙市', '460300', '三沙', 'city', '460000', 'Sansha', 'Sansha City'),
  ('儋州市', '460400', '儋州', 'city', '460000', 'Danzhou', 'Danzhou City'),
  ('成都市', '510100', '成都', 'city', '510000', 'Chengdu', 'Chengdu City'),
  ('自贡市', '510300', '自贡', 'city', '510000', 'Zigong', 'Zigong City'),
  ('攀枝花市', '510400', '攀枝花', 'city', '510000', 'Panzhihua', 'Panzhihua City'),
  ('泸州市', '510500', '泸州', 'city', '510000', 'Luzhou', 'Luzhou City'),
  ('德阳市', '510600', '德阳', 'city', '510000', 'Deyang', 'Deyang City'),
  ('绵阳市', '510700', '绵阳', 'city', '510000', 'Mianyang', 'Mianyang City'),
  ('广元市', '510800', '广元', 'city', '510000', 'Guangyuan', 'Guangyuan City'),
  ('遂宁市', '510900', '遂宁', 'city', '510000', 'Suining', 'Suining City'),
  ('内江市', '511000', '内江', 'city', '510000', 'Neijiang', 'Neijiang City'),
  ('乐山市', '511100', '乐山', 'city', '510000', 'Leshan', 'Leshan City'),
  ('南充市', '511300', '南充', 'city', '510000', 'Nanchong', 'Nanchong City'),
  ('眉山市', '511400', '眉山', 'city', '510000', 'Meishan', 'Meishan City'),
  ('宜宾市', '511500', '宜宾', 'city', '510000', 'Yibin', 'Yibin City'),
  ('广安市', '511600', '广安', 'city', '510000', 'Guang''an', 'Guang''an City'),
  ('达州市', '511700', '达州', 'city', '510000', 'Dazhou', 'Dazhou City'),
  ('雅安市', '511800', '雅安', 'city', '510000', 'Ya''an', 'Ya''an City'),
  ('巴中市', '511900', '巴中', 'city', '510000', 'Bazhong', 'Bazhong City'),
  ('资阳市', '512000', '资阳', 'city', '510000', 'Ziyang', 'Ziyang City'),
  ('阿坝藏族羌族自治州', '513200', '阿坝', 'city', '510000', 'Aba', 'Aba Autonomous Prefecture'),
  ('甘孜藏族自治州', '513300', '甘孜', 'city', '510000', 'Ganzi', 'Ganzi Autonomous Prefecture'),
  ('凉山彝族自治州', '513400', '凉山', 'city', '510000', 'Liangshan', 'Liangshan Autonomous Prefecture'),
  ('贵阳市', '520100', '贵阳', 'city', '520000', 'Guiyang', 'Guiyang City'),
  ('六盘水市', '520200', '六盘水', 'city', '520000', 'Liupanshui', 'Liupanshui City'),
  ('遵义市', '520300', '遵义', 'city', '520000', 'Zunyi', 'Zunyi City'),
  ('安顺市', '520400', '安顺', 'city', '520000', 'Anshun', 'Anshun City'),
  ('毕节市', '520500', '毕节', 'city', '520000', 'Bijie', 'Bijie City'),
  ('铜仁市', '520600', '铜仁', 'city', '520000', 'Tongren', 'Tongren City'),
  ('黔西南布依族苗族自治州', '522300', '黔西南', 'city', '520000', 'Qianxinan', 'Qianxinan Autonomous Prefecture'),
  ('黔东南苗族侗族自治州', '522600', '黔东南', 'city', '520000', 'Qiandongnan', 'Qiandongnan Autonomous Prefecture'),
  ('黔南布依族苗族自治州', '522700', '黔南', 'city', '520000', 'Qiannan', 'Qiannan Autonomous Prefecture'),
  ('昆明市', '530100', '昆明', 'city', '530000', 'Kunming', 'Kunming City'),
  ('曲靖市', '530300', '曲靖', 'city', '530000', 'Qujing', 'Qujing City'),
  ('玉溪市', '530400', '玉溪', 'city', '530000', 'Yuxi', 'Yuxi City'),
  ('保山市', '530500', '保山', 'city', '530000', 'Baoshan', 'Baoshan City'),
  ('昭通市', '530600', '昭通', 'city', '530000', 'Zhaotong', 'Zhaotong City'),
  ('丽江市', '530700', '丽江', 'city', '530000', 'Lijiang', 'Lijiang City'),
  ('普洱市', '530800', '普洱', 'city', '530000', 'Pu''er', 'Pu''er City'),
  ('临沧市', '530900', '临沧', 'city', '530000', 'Lincang', 'Lincang City'),
  ('楚雄彝族自治州', '532300', '楚雄', 'city', '530000', 'Chuxiong', 'Chuxiong Autonomous Prefecture'),
  ('红河哈尼族彝族自治州', '532500', '红河', 'city', '530000', 'Honghe', 'Honghe Autonomous Prefecture'),
  ('文山壮族苗族自治州', '532600', '文山', 'city', '530000', 'Wenshan', 'Wenshan Autonomous Prefecture'),
  ('西双版纳傣族自治州', '532800', '西双版纳', 'city', '530000', 'Xishuangbanna', 'Xishuangbanna Autonomous Prefecture'),
  ('大理白族自治州', '532900', '大理', 'city', '530000', 'Dali', 'Dali Autonomous Prefecture'),
  ('德宏傣族景颇族自治州', '533100', '德宏', 'city', '530000', 'Dehong', 'Dehong Autonomous Prefecture'),
  ('怒江傈僳族自治州', '533300', '怒江', 'city', '530000', 'Nujiang', 'Nujiang Autonomous Prefecture'),
  ('迪庆藏族自治州', '533400', '迪庆', 'city', '530000', 'Diqing', 'Diqing Autonomous Prefecture'),
  ('拉萨市', '540100', '拉萨', 'city', '540000', 'Lasa', 'Lasa City'),
  ('日喀则市', '540200', '日喀则', 'city', '540000', 'Rikaze', 'Rikaze City'),
  ('昌都市', '540300', '昌都', 'city', '540000', 'Changdou', 'Changdou City'),
  ('林芝市', '540400', '林芝', 'city', '540000', 'Linzhi', 'Linzhi City'),
  ('山南市', '540500', '山南', 'city', '540000', 'Shannan', 'Shannan City'),
  ('那曲市', '540600', '那曲', 'city', '540000', 'Naqu', 'Naqu City'),
  ('阿里地区', '542500', '阿里', 'city', '540000', 'Ali', 'Ali Prefecture'),
  ('西安市', '610100', '西安', 'city', '610000', 'Xi''an', 'Xi''an City'),
  ('铜川市', '610200', '铜川', 'city', '610000', 'Tongchuan', 'Tongchuan City'),
  ('宝鸡市', '610300', '宝鸡', 'city', '610000', 'Baoji', 'Baoji City'),
  ('咸阳市', '610400', '咸阳', 'city', '610000', 'Xianyang', 'Xianyang City'),
  ('渭南市', '610500', '渭南', 'city', '610000', 'Weinan', 'Weinan City'),
  ('延安市', '610600', '延安', 'city', '610000', 'Yan''an', 'Yan''an City'),
  ('汉中市', '610700', '汉中', 'city', '610000', 'Hanzhong', 'Hanzhong City'),
  ('榆林市', '610800', '榆林', 'city', '610000', 'Yulin', 'Yulin City'),
  ('安康市', '610900', '安康', 'city', '610000', 'Ankang', 'Ankang City'),
  ('商洛市', '611000', '商洛', 'city', '610000', 'Shangluo', 'Shangluo City'),
  ('兰州市', '620100', '兰州', 'city', '620000', 'Lanzhou', 'Lanzhou City'),
  ('嘉峪关市', '620200', '嘉峪关', 'city', '620000', 'Jiayuguan', 'Jiayuguan City'),
  ('金昌市', '620300', '金昌', 'city', '620000', 'Jinchang', 'Jinchang City'),
  ('白银市', '620400', '白银', 'city', '620000', 'Baiyin', 'Baiyin City'),
  ('天水市', '620500', '天水', 'city', '620000', 'Tianshui', 'Tianshui City'),
  ('武威市', '620600', '武威', 'city', '620000', 'Wuwei', 'Wuwei City'),
  ('张掖市', '620700', '张掖', 'city', '620000', 'Zhangye', 'Zhangye City'),
  ('平凉市', '620800', '平凉', 'city', '620000', 'Pingliang', 'Pingliang City'),
  ('酒泉市', '620900', '酒泉', 'city', '620000', 'Jiuquan', 'Jiuquan City'),
  ('庆阳市', '621000', '庆阳', 'city', '620000', 'Qingyang', 'Qingyang City'),
  ('定西市', '621100', '定西', 'city', '620000', 'Dingxi', 'Dingxi City'),
  ('陇南市', '621200', '陇南', 'city', '620000', 'Longnan', 'Longnan City'),
  ('临夏回族自治州', '622900', '临夏', 'city', '620000', 'Linxia', 'Linxia Autonomous Prefecture'),
  ('甘南藏族自治州', '623000', '甘南', 'city', '620000', 'Gannan', 'Gannan Autonomous Prefecture'),
  ('西宁市', '630100', '西宁', 'city', '630000', 'Xining', 'Xining City'),
  ('海东市', '630200', '海东', 'city', '630000', 'Haidong', 'Haidong City'),
  ('海北藏族自治州', '632200', '海北', 'city', '630000', 'Haibei', 'Haibei Autonomous Prefecture'),
  ('黄南藏族自治州', '632300', '黄南', 'city', '630000', 'Huangnan', 'Huangnan Autonomous Prefecture'),
  ('海南藏族自治州', '632500', '海南', 'city', '630000', 'Hainan', 'Hainan Autonomous Prefecture'),
  ('果洛藏族自治州', '632600', '果洛', 'city', '630000', 'Guoluo', 'Guoluo Autonomous Prefecture'),
  ('玉树藏族自治州', '632700', '玉树', 'city', '630000', 'Yushu', 'Yushu Autonomous Prefecture'),
  ('海西蒙古族藏族自治州', '632800', '海西', 'city', '630000', 'Haixi', 'Haixi Autonomous Prefecture'),
  ('银川市', '640100', '银川', 'city', '640000', 'Yinchuan', 'Yinchuan City'),
  ('石嘴山市', '640200', '石嘴山', 'city', '640000', 'Shizuishan', 'Shizuishan City'),
  ('吴忠市', '640300', '吴忠', 'city', '640000', 'Wuzhong', 'Wuzhong City'),
  ('固原市', '640400', '固原', 'city', '640000', 'Guyuan', 'Guyuan City'),
  ('中卫市', '640500', '中卫', 'city', '640000', 'Zhongwei', 'Zhongwei City'),
  ('乌鲁木齐市', '650100', '乌鲁木齐', 'city', '650000', 'Wulumuqi', 'Wulumuqi City'),
  ('克拉玛依市', '650200', '克拉玛依', 'city', '650000', 'Kelamayi', 'Kelamayi City'),
  ('吐鲁番市', '650400', '吐鲁番', 'city', '650000', 'Tulufan', 'Tulufan City'),
  ('哈密市', '650500', '哈密', 'city', '650000', 'Hami', 'Hami City'),
  ('昌吉回族自治州', '652300', '昌吉', 'city', '650000', 'Changji', 'Changji Autonomous Prefecture'),
  ('博尔塔拉蒙古自治州', '652700', '博尔塔拉', 'city', '650000', 'Bo''ertala', 'Bo''ertala Autonomous Prefecture'),
  ('巴音郭楞蒙古自治州', '652800', '巴音郭楞', 'city', '650000', 'Bayinguoleng', 'Bayinguoleng Autonomous Prefecture'),
  ('阿克苏地区', '652900', '阿克苏', 'city', '650000', 'Akesu', 'Akesu Prefecture'),
  ('克孜勒苏柯尔克孜自治州', '653000', '克孜勒苏', 'city', '650000', 'Kezilesu', 'Kezilesu Autonomous Prefecture'),
  ('喀什地区', '653100', '喀什', 'city', '650000', 'Kashen', 'Kashen Prefecture'),
  ('和田地区', '653200', '和田', 'city', '650000', 'Hetian', 'Hetian Prefecture'),
  ('伊犁哈萨克自治州', '654000', '伊犁', 'city', '650000', 'Yili', 'Yili Autonomous Prefecture'),
  ('塔城地区', '654200', '塔城', 'city', '650000', 'Tacheng', 'Tacheng Prefecture'),
  ('阿勒泰地区', '654300', '阿勒泰', 'city', '650000', 'Aletai', 'Aletai Prefecture'),
  ('东城区', '110101', '东城', 'district', '110000', 'Dongcheng', 'Dongcheng District'),
  ('西城区', '110102', '西城', 'district', '110000', 'Xicheng', 'Xicheng District'),
  ('朝阳区', '110105', '朝阳', 'district', '110000', 'Chaoyang', 'Chaoyang District'),
  ('丰台区', '110106', '丰台', 'district', '110000', 'Fengtai', 'Fengtai District'),
  ('石景山区', '110107', '石景山', 'district', '110000', 'Shijingshan', 'Shijingshan District'),
  ('海淀区', '110108', '海淀', 'district', '110000', 'Haidian', 'Haidian District'),
  ('门头沟区', '110109', '门头沟', 'district', '110000', 'Mentougou', 'Mentougou District'),
  ('房山区', '110111', '房山', 'district', '110000', 'Fangshan', 'Fangshan District'),
  ('通州区', '110112', '通州', 'district', '110000', 'Tongzhou', 'Tongzhou District'),
  ('顺义区', '110113', '顺义', 'district', '110000', 'Shunyi', 'Shunyi District'),
  ('昌平区', '110114', '昌平', 'district', '110000', 'Changping', 'Changping District'),
  ('大兴区', '110115', '大兴', 'district', '110000', 'Daxing', 'Daxing District'),
  ('怀柔区', '110116', '怀柔', 'district', '110000', 'Huairou', 'Huairou District'),
  ('平谷区', '110117', '平谷', 'district', '110000', 'Pinggu', 'Pinggu District'),
  ('密云区', '110118', '密云', 'district', '110000', 'Miyun', 'Miyun District'),
  ('延庆区', '110119', '延庆', 'district', '110000', 'Yanqing', 'Yanqing District'),
  ('和平区', '120101', '和平', 'district', '120000', 'Heping', 'Heping District'),
  ('河东区', '120102', '河东', 'district', '120000', 'Hedong', 'Hedong District'),
  ('河西区', '120103', '河西', 'district', '120000', 'Hexi', 'Hexi District'),
  ('南开区', '120104', '南开', 'district', '120000', 'Nankai', 'Nankai District'),
  ('河北区', '120105', '河北', 'district', '120000', 'Hebei', 'Hebei District'),
  ('红桥区', '120106', '红桥', 'district', '120000', 'Hongqiao', 'Hongqiao District'),
  ('东丽区', '120110', '东丽', 'district', '120000', 'Dongli', 'Dongli District'),
  ('西青区', '120111', '西青', 'district', '120000', 'Xiqing', 'Xiqing District'),
  ('津南区', '120112', '津南', 'district', '120000', 'Jinnan', 'Jinnan District'),
  ('北辰区', '120113', '北辰', 'district', '120000', 'Beichen', 'Beichen District'),
  ('武清区', '120114', '武清', 'district', '120000', 'Wuqing', 'Wuqing District'),
  ('宝坻区', '120115', '宝坻', 'district', '120000', 'Baodi', 'Baodi District'),
  ('滨海新区', '120116', '滨海', 'district', '120000', 'Binhai', 'Binhai New Area'),
  ('宁河区', '120117', '宁河', 'district', '120000', 'Ninghe', 'Ninghe District'),
  ('静海区', '120118', '静海', 'district', '120000', 'Jinghai', 'Jinghai District'),
  ('蓟州区', '120119', '蓟州', 'district', '120000', 'Jizhou', 'Jizhou District'),
  ('长安区', '130102', '长安', 'district', '130100', 'Chang''an', 'Chang''an District'),
  ('桥西区', '130104', '桥西', 'district', '130100', 'Qiaoxi', 'Qiaoxi District'),
  ('新华区', '130105', '新华', 'district', '130100', 'Xinhua', 'Xinhua District'),
  ('井陉矿区', '130107', '井陉', 'district', '130100', 'Jingxing', 'Jingxing District'),
  ('裕华区', '130108', '裕华', 'district', '130100', 'Yuhua', 'Yuhua District'),
  ('藁城区', '130109', '藁城', 'district', '130100', 'Gaocheng', 'Gaocheng District'),
  ('鹿泉区', '130110', '鹿泉', 'district', '130100', 'Luquan', 'Luquan District'),
  ('栾城区', '130111', '栾城', 'district', '130100', 'Luancheng', 'Luancheng District'),
  ('井陉县', '130121', '井陉', 'county', '130100', 'Jingxing', 'Jingxing County'),
  ('正定县', '130123', '正定', 'county', '130100', 'Zhengding', 'Zhengding County'),
  ('行唐县', '130125', '行唐', 'county', '130100', 'Xingtang', 'Xingtang County'),
  ('灵寿县', '130126', '灵寿', 'county', '130100', 'Lingshou', 'Lingshou County'),
  ('高邑县', '130127', '高邑', 'county', '130100', 'Gaoyi', 'Gaoyi County'),
  ('深泽县', '130128', '深泽', 'county', '130100', 'Shenze', 'Shenze County'),
  ('赞皇县', '130129', '赞皇', 'county', '130100', 'Zanhuang', 'Zanhuang County'),
  ('无极县', '130130', '无极', 'county', '130100', 'Wuji', 'Wuji County'),
  ('平山县', '130131', '平山', 'county', '130100', 'Pingshan', 'Pingshan County'),
  ('元氏县', '130132', '元氏', 'county', '130100', 'Yuanshi', 'Yuanshi County'),
  ('赵县', '130133', '赵', 'county', '130100', 'Zhao', 'Zhao County'),
  ('辛集市', '130181', '辛集', 'county', '130100', 'Xinji', 'Xinji City'),
  ('晋州市', '130183', '晋州', 'county', '130100', 'Jinzhou', 'Jinzhou City'),
  ('新乐市', '130184', '新乐', 'county', '130100', 'Xinle', 'Xinle City'),
  ('路南区', '130202', '路南', 'district', '130200', 'Lunan', 'Lunan District'),
  ('路北区', '130203', '路北', 'district', '130200', 'Lubei', 'Lubei District'),
  ('古冶区', '130204', '古冶', 'district', '130200', 'Guye', 'Guye District'),
  ('开平区', '130205', '开平', 'district', '130200', 'Kaiping', 'Kaiping District'),
  ('丰南区', '130207', '丰南', 'district', '130200', 'Fengnan', 'Fengnan District'),
  ('丰润区', '130208', '丰润', 'district', '130200', 'Fengrun', 'Fengrun District'),
  ('曹妃甸区', '130209', '曹妃甸', 'district', '130200', 'Caofeidian', 'Caofeidian District'),
  ('滦南县', '130224', '滦南', 'county', '130200', 'Luannan', 'Luannan County'),
  ('乐亭县', '130225', '乐亭', 'county', '130200', 'Leting', 'Leting County'),
  ('迁西县', '130227', '迁西', 'county', '130200', 'Qianxi', 'Qianxi County'),
  ('玉田县', '130229', '玉田', 'county', '130200', 'Yutian', 'Yutian County'),
  ('遵化市', '130281', '遵化', 'county', '130200', 'Zunhua', 'Zunhua City'),
  ('迁安市', '130283', '迁安', 'county', '130200', 'Qian''an', 'Qian''an City'),
  ('滦州市', '130284', '滦州', 'county', '130200', 'Luanzhou', 'Luanzhou City'),
  ('海港区', '130302', '海港', 'district', '130300', 'Haigang', 'Haigang District'),
  ('山海关区', '130303', '山海关', 'district', '130300', 'Shanhaiguan', 'Shanhaiguan District'),
  ('北戴河区', '130304', '北戴河', 'district', '130300', 'Beidaihe', 'Beidaihe District'),
  ('抚宁区', '130306', '抚宁', 'district', '130300', 'Funing', 'Funing District'),
  ('青龙满族自治县', '130321', '青龙', 'county', '130300', 'Qinglong', 'Qinglong Autonomous County'),
  ('昌黎县', '130322', '昌黎', 'county', '130300', 'Changli', 'Changli County'),
  ('卢龙县', '130324', '卢龙', 'county', '130300', 'Lulong', 'Lulong County'),
  ('邯山区', '130402', '邯山', 'district', '130400', 'Hanshan', 'Hanshan District'),
  ('丛台区', '130403', '丛台', 'district', '130400', 'Congtai', 'Congtai District'),
  ('复兴区', '130404', '复兴', 'district', '130400', 'Fuxing', 'Fuxing District'),
  ('峰峰矿区', '130406', '峰峰', 'district', '130400', 'Fengfeng', 'Fengfeng District'),
  ('肥乡区', '130407', '肥乡', 'district', '130400', 'Feixiang', 'Feixiang District'),
  ('永年区', '130408', '永年', 'district', '130400', 'Yongnian', 'Yongnian District'),
  ('临漳县', '130423', '临漳', 'county', '130400', 'Linzhang', 'Linzhang County'),
  ('成安县', '130424', '成安', 'county', '130400', 'Cheng''an', 'Cheng''an County'),
  ('大名县', '130425', '大名', 'county', '130400', 'Daming', 'Daming County'),
  ('涉县', '130426', '涉', 'county', '130400', 'She', 'She County'),
  ('磁县', '130427', '磁', 'county', '130400', 'Ci', 'Ci County'),
  ('邱县', '130430', '邱', 'county', '130400', 'Qiu', 'Qiu County'),
  ('鸡泽县', '130431', '鸡泽', 'county', '130400', 'Jize', 'Jize County'),
  ('广平县', '130432', '广平', 'county', '130400', 'Guangping', 'Guangping County'),
  ('馆陶县', '130433', '馆陶', 'county', '130400', 'Guantao', 'Guantao County'),
  ('魏县', '130434', '魏', 'county', '130400', 'Wei', 'Wei County'),
  ('曲周县', '130435', '曲周', 'county', '130400', 'Quzhou', 'Quzhou County'),
  ('武安市', '130481', '武安', 'county', '130400', 'Wu''an', 'Wu''an City'),
  ('襄都区', '130502', '襄都', 'district', '130500', 'Xiangdou', 'Xiangdou District'),
  ('信都区', '130503', '信都', 'district', '130500', 'Xindou', 'Xindou District'),
  ('任泽区', '130505', '任泽', 'district', '130500', 'Renze', 'Renze District'),
  ('南和区', '130506', '南和', 'district', '130500', 'Nanhe', 'Nanhe District'),
  ('临城县', '130522', '临城', 'county', '130500', 'Lincheng', 'Lincheng County'),
  ('内丘县', '130523', '内丘', 'county', '130500', 'Neiqiu', 'Neiqiu County'),
  ('柏乡县', '130524', '柏乡', 'county', '130500', 'Baixiang', 'Baixiang County'),
  ('隆尧县', '130525', '隆尧', 'county', '130500', 'Longyao', 'Longyao County'),
  ('宁晋县', '130528', '宁晋', 'county', '130500', 'Ningjin', 'Ningjin County'),
  ('巨鹿县', '130529', '巨鹿', 'county', '130500', 'Julu', 'Julu County'),
  ('新河县', '130530', '新河', 'county', '130500', 'Xinhe', 'Xinhe County'),
  ('广宗县', '130531', '广宗', 'county', '130500', 'Guangzong', 'Guangzong County'),
  ('平乡县', '130532', '平乡', 'county', '130500', 'Pingxiang', 'Pingxiang County'),
  ('威县', '130533', '威', 'county', '130500', 'Wei', 'Wei County'),
  ('清河县', '130534', '清河', 'county', '130500', 'Qinghe', 'Qinghe County'),
  ('临西县', '130535', '临西', 'county', '130500', 'Linxi', 'Linxi County'),
  ('南宫市', '130581', '南宫', 'county', '130500', 'Nangong', 'Nangong City'),
  ('沙河市', '130582', '沙河', 'county', '130500', 'Shahe', 'Shahe City'),
  ('竞秀区', '130602', '竞秀', 'district', '130600', 'Jingxiu', 'Jingxiu District'),
  ('莲池区', '130606', '莲池', 'district', '130600', 'Lianchi', 'Lianchi District'),
  ('满城区', '130607', '满城', 'district', '130600', 'Mancheng', 'Mancheng District'),
  ('清苑区', '130608', '清苑', 'district', '130600', 'Qingyuan', 'Qingyuan District'),
  ('徐水区', '130609', '徐水', 'district', '130600', 'Xushui', 'Xushui District'),
  ('涞水县', '130623', '涞水', 'county', '130600', 'Laishui', 'Laishui County'),
  ('阜平县', '130624', '阜平', 'county', '130600', 'Fuping', 'Fuping County'),
  ('定兴县', '130626', '定兴', 'county', '130600', 'Dingxing', 'Dingxing County'),
  ('唐县', '130627', '唐', 'county', '130600', 'Tang', 'Tang County'),
  ('高阳县', '130628', '高阳', 'county', '130600', 'Gaoyang', 'Gaoyang County'),
  ('容城县', '130629', '容城', 'county', '130600', 'Rongcheng', 'Rongcheng County'),
  ('涞源县', '130630', '涞源', 'county', '130600', 'Laiyuan', 'Laiyuan County'),
  ('望都县', '130631', '望都', 'county', '130600', 'Wangdou', 'Wangdou County'),
  ('安新县', '130632', '安新', 'county', '130600', 'Anxin', 'Anxin County'),
  ('易县', '130633', '易', 'county', '130600', 'Yi', 'Yi County'),
  ('曲阳县', '130634', '曲阳', 'county', '130600', 'Quyang', 'Quyang County'),
  ('蠡县', '130635', '蠡', 'county', '130600', 'Li', 'Li County'),
  ('顺平县', '130636', '顺平', 'county', '130600', 'Shunping', 'Shunping County'),
  ('博野县', '130637', '博野', 'county', '130600', 'Boye', 'Boye County'),
  ('雄县', '130638', '雄', 'county', '130600', 'Xiong', 'Xiong County'),
  ('涿州市', '130681', '涿州', 'county', '130600', 'Zhuozhou', 'Zhuozhou City'),
  ('定州市', '130682', '定州', 'county', '130600', 'Dingzhou', 'Dingzhou City'),
  ('安国市', '130683', '安国', 'county', '130600', 'Anguo', 'Anguo City'),
  ('高碑店市', '130684', '高碑店', 'county', '130600', 'Gaobeidian', 'Gaobeidian City'),
  ('桥东区', '130702', '桥东', 'district', '130700', 'Qiaodong', 'Qiaodong District'),
  ('桥西区', '130703', '桥西', 'district', '130700', 'Qiaoxi', 'Qiaoxi District'),
  ('宣化区', '130705', '宣化', 'district', '130700', 'Xuanhua', 'Xuanhua District'),
  ('下花园区', '130706', '下花园', 'district', '130700', 'Xiahuayuan', 'Xiahuayuan District'),
  ('万全区', '130708', '万全', 'district', '130700', 'Wanquan', 'Wanquan District'),
  ('崇礼区', '130709', '崇礼', 'district', '130700', 'Chongli', 'Chongli District'),
  ('张北县', '130722', '张北', 'county', '130700', 'Zhangbei', 'Zhangbei County'),
  ('康保县', '130723', '康保', 'county', '130700', 'Kangbao', 'Kangbao County'),
  ('沽源县', '130724', '沽源', 'county', '130700', 'Guyuan', 'Guyuan County'),
  ('尚义县', '130725', '尚义', 'county', '130700', 'Shangyi', 'Shangyi County'),
  ('蔚县', '130726', '蔚', 'county', '130700', 'Wei', 'Wei County'),
  ('阳原县', '130727', '阳原', 'county', '130700', 'Yangyuan', 'Yangyuan County'),
  ('怀安县', '130728', '怀安', 'county', '130700', 'Huai''an', 'Huai''an County'),
  ('怀来县', '130730', '怀来', 'county', '130700', 'Huailai', 'Huailai County'),
  ('涿鹿县', '130731', '涿鹿', 'county', '130700', 'Zhuolu', 'Zhuolu County'),
  ('赤城县', '130732', '赤城', 'county', '130700', 'Chicheng', 'Chicheng County'),
  ('双桥区', '130802', '双桥', 'district', '130800', 'Shuangqiao', 'Shuangqiao District'),
  ('双滦区', '130803', '双滦', 'district', '130800', 'Shuangluan', 'Shuangluan District'),
  ('鹰手营子矿区', '130804', '鹰手营子', 'district', '130800', 'Yingshouyingzi', 'Yingshouyingzi District'),
  ('承德县', '130821', '承德', 'county', '130800', 'Chengde', 'Chengde County'),
  ('兴隆县', '130822', '兴隆', 'county', '130800', 'Xinglong', 'Xinglong County'),
  ('滦平县', '130824', '滦平', 'county', '130800', 'Luanping', 'Luanping County'),
  ('隆化县', '130825', '隆化', 'county', '130800', 'Longhua', 'Longhua County'),
  ('丰宁满族自治县', '130826', '丰宁', 'county', '130800', 'Fengning', 'Fengning Autonomous County'),
  ('宽城满族自治县', '130827', '宽城', 'county', '130800', 'Kuancheng', 'Kuancheng Autonomous County'),
  ('围场满族蒙古族自治县', '130828', '围场', 'county', '130800', 'Weichang', 'Weichang Autonomous County'),
  ('平泉市', '130881', '平泉', 'county', '130800', 'Pingquan', 'Pingquan City'),
  ('新华区', '130902', '新华', 'district', '130900', 'Xinhua', 'Xinhua District'),
  ('运河区', '130903', '运河', 'district', '130900', 'Yunhe', 'Yunhe District'),
  ('沧县', '130921', '沧', 'county', '130900', 'Cang', 'Cang County'),
  ('青县', '130922', '青', 'county', '130900', 'Qing', 'Qing County'),
  ('东光县', '130923', '东光', 'county', '130900', 'Dongguang', 'Dongguang County'),
  ('海兴县', '130924', '海兴', 'county', '130900', 'Haixing', 'Haixing County'),
  ('盐山县', '130925', '盐山', 'county', '130900', 'Yanshan', 'Yanshan County'),
  ('肃宁县', '130926', '肃宁', 'county', '130900', 'Suning', 'Suning County'),
  ('南皮县', '130927', '南皮', 'county', '130900', 'Nanpi', 'Nanpi County'),
  ('吴桥县', '130928', '吴桥', 'county', '130900', 'Wuqiao', 'Wuqiao County'),
  ('献县', '130929', '献', 'county', '130900', 'Xian', 'Xian County'),
  ('孟村回族自治县', '130930', '孟村', 'county', '130900', 'Mengcun', 'Mengcun Autonomous County'),
  ('泊头市', '130981', '泊头', 'county', '130900', 'Botou', 'Botou City'),
  ('任丘市', '130982', '任丘', 'county', '130900', 'Renqiu', 'Renqiu City'),
  ('黄骅市', '130983', '黄骅', 'county', '130900', 'Huanghua', 'Huanghua City'),
  ('河间市', '130984', '河间', 'county', '130900', 'Hejian', 'Hejian City'),
  ('安次区', '131002', '安次', 'district', '131000', 'Anci', 'Anci District'),
  ('广阳区', '131003', '广阳', 'district', '131000', 'Guangyang', 'Guangyang District'),
  ('固安县', '131022', '固安', 'county', '131000', 'Gu''an', 'Gu''an County'),
  ('永清县', '131023', '永清', 'county', '131000', 'Yongqing', 'Yongqing County'),
  ('香河县', '131024', '香河', 'county', '131000', 'Xianghe', 'Xianghe County'),
  ('大城县', '131025', '大城', 'county', '131000', 'Daicheng', 'Daicheng County'),
  ('文安县', '131026', '文安', 'county', '131000', 'Wen''an', 'Wen''an County'),
  ('大厂回族自治县', '131028', '大厂', 'county', '131000', 'Dachang', 'Dachang Autonomous County'),
  ('霸州市', '131081', '霸州', 'county', '131000', 'Bazhou', 'Bazhou City'),
  ('三河市', '131082', '三河', 'county', '131000', 'Sanhe', 'Sanhe City'),
  ('桃城区', '131102', '桃城', 'district', '131100', 'Taocheng', 'Taocheng District'),
  ('冀州区', '131103', '冀州', 'district', '131100', 'Jizhou', 'Jizhou District'),
  ('枣强县', '131121', '枣强', 'county', '131100', 'Zaoqiang', 'Zaoqiang County'),
  ('武邑县', '131122', '武邑', 'county', '131100', 'Wuyi', 'Wuyi County'),
  ('武强县', '131123', '武强', 'county', '131100', 'Wuqiang', 'Wuqiang County'),
  ('饶阳县', '131124', '饶阳', 'county', '131100', 'Raoyang', 'Raoyang County'),
  ('安平县', '131125', '安平', 'county', '131100', 'Anping', 'Anping County'),
  ('故城县', '131126', '故城', 'county', '131100', 'Gucheng', 'Gucheng County'),
  ('景县', '131127', '景', 'county', '131100', 'Jing', 'Jing County'),
  ('阜城县', '131128', '阜城', 'county', '131100', 'Fucheng', 'Fucheng County'),
  ('深州市', '131182', '深州', 'county', '131100', 'Shenzhou', 'Shenzhou City'),
  ('小店区', '140105', '小店', 'district', '140100', 'Xiaodian', 'Xiaodian District'),
  ('迎泽区', '140106', '迎泽', 'district', '140100', 'Yingze', 'Yingze District'),
  ('杏花岭区', '140107', '杏花岭', 'district', '140100', 'Xinghualing', 'Xinghualing District'),
  ('尖草坪区', '140108', '尖草坪', 'district', '140100', 'Jiancaoping', 'Jiancaoping District'),
  ('万柏林区', '140109', '万柏林', 'district', '140100', 'Wanbolin', 'Wanbolin Forestry District'),
  ('晋源区', '140110', '晋源', 'district', '140100', 'Jinyuan', 'Jinyuan District'),
  ('清徐县', '140121', '清徐', 'county', '140100', 'Qingxu', 'Qingxu County'),
  ('阳曲县', '140122', '阳曲', 'county', '140100', 'Yangqu', 'Yangqu County'),
  ('娄烦县', '140123', '娄烦', 'county', '140100', 'Loufan', 'Loufan County'),
  ('古交市', '140181', '古交', 'county', '140100', 'Gujiao', 'Gujiao City'),
  ('新荣区', '140212', '新荣', 'district', '140200', 'Xinrong', 'Xinrong District'),
  ('平城区', '140213', '平城', 'district', '140200', 'Pingcheng', 'Pingcheng District'),
  ('云冈区', '140214', '云冈', 'district', '140200', 'Yungang', 'Yungang District'),
  ('云州区', '140215', '云州', 'district', '140200', 'Yunzhou', 'Yunzhou District'),
  ('阳高县', '140221', '阳高', 'county', '140200', 'Yanggao', 'Yanggao County'),
  ('天镇县', '140222', '天镇', 'county', '140200', 'Tianzhen', 'Tianzhen County'),
  ('广灵县', '140223', '广灵', 'county', '140200', 'Guangling', 'Guangling County'),
  ('灵丘县', '140224', '灵丘', 'county', '140200', 'Lingqiu', 'Lingqiu County'),
  ('浑源县', '140225', '浑源', 'county', '140200', 'Hunyuan', 'Hunyuan County'),
  ('左云县', '140226', '左云', 'county', '140200', 'Zuoyun', 'Zuoyun County'),
  ('城区', '140302', '城', 'district', '140300', 'Cheng', 'Cheng District'),
  ('矿区', '140303', '矿', 'district', '140300', 'Kuang', 'Kuang District'),
  ('郊区', '140311', '郊', 'district', '140300', 'Jiao', 'Jiao District'),
  ('平定县', '140321', '平定', 'county', '140300', 'Pingding', 'Pingding County'),
  ('盂县', '140322', '盂', 'county', '140300', 'Yu', 'Yu County'),
  ('潞州区', '140403', '潞州', 'district', '140400', 'Luzhou', 'Luzhou District'),
  ('上党区', '140404', '上党', 'district', '140400', 'Shangdang', 'Shangdang District'),
  ('屯留区', '140405', '屯留', 'district', '140400', 'Tunliu', 'Tunliu District'),
  ('潞城区', '140406', '潞城', 'district', '140400', 'Lucheng', 'Lucheng District'),
  ('襄垣县', '140423', '襄垣', 'county', '140400', 'Xiangyuan', 'Xiangyuan County'),
  ('平顺县', '140425', '平顺', 'county', '140400', 'Pingshun', 'Pingshun County'),
  ('黎城县', '140426', '黎城', 'county', '140400', 'Licheng', 'Licheng County'),
  ('壶关县', '140427', '壶关', 'county', '140400', 'Huguan', 'Huguan County'),
  ('长子县', '140428', '长子', 'county', '140400', 'Zhangzi', 'Zhangzi County'),
  ('武乡县', '140429', '武乡', 'county', '140400', 'Wuxiang', 'Wuxiang County'),
  ('沁县', '140430', '沁', 'county', '140400', 'Qin', 'Qin County'),
  ('沁源县', '140431', '沁源', 'county', '140400', 'Qinyuan', 'Qinyuan County'),
  ('城区', '140502', '城', 'district', '140500', 'Cheng', 'Cheng District'),
  ('沁水县', '140521', '沁水', 'county', '140500', 'Qinshui', 'Qinshui County'),
  ('阳城县', '140522', '阳城', 'county', '140500', 'Yangcheng', 'Yangcheng County'),
  ('陵川县', '140524', '陵川', 'county', '140500', 'Lingchuan', 'Lingchuan County'),
  ('泽州县', '140525', '泽州', 'county', '140500', 'Zezhou', 'Zezhou County'),
  ('高平市', '140581', '高平', 'county', '140500', 'Gaoping', 'Gaoping City'),
  ('朔城区', '140602', '朔城', 'district', '140600', 'Shuocheng', 'Shuocheng District'),
  ('平鲁区', '140603', '平鲁', 'district', '140600', 'Pinglu', 'Pinglu District'),
  ('山阴县', '140621', '山阴', 'county', '140600', 'Shanyin', 'Shanyin County'),
  ('应县', '140622', '应', 'county', '140600', 'Ying', 'Ying County'),
  ('右玉县', '140623', '右玉', 'county', '140600', 'Youyu', 'Youyu County'),
  ('怀仁市', '140681', '怀仁', 'county', '140600', 'Huairen', 'Huairen City'),
  ('榆次区', '140702', '榆次', 'district', '140700', 'Yuci', 'Yuci District'),
  ('太谷区', '140703', '太谷', 'district', '140700', 'Taigu', 'Taigu District'),
  ('榆社县', '140721', '榆社', 'county', '140700', 'Yushe', 'Yushe County'),
  ('左权县', '140722', '左权', 'county', '140700', 'Zuoquan', 'Zuoquan County'),
  ('和顺县', '140723', '和顺', 'county', '140700', 'Heshun', 'Heshun County'),
  ('昔阳县', '140724', '昔阳', 'county', '140700', 'Xiyang', 'Xiyang County'),
  ('寿阳县', '140725', '寿阳', 'county', '140700', 'Shouyang', 'Shouyang County'),
  ('祁县', '140727', '祁', 'county', '140700', 'Qi', 'Qi County'),
  ('平遥县', '140728', '平遥', 'county', '140700', 'Pingyao', 'Pingyao County'),
  ('灵石县', '140729', '灵石', 'county', '140700', 'Lingshi', 'Lingshi County'),
  ('介休市', '140781', '介休', 'county', '140700', 'Jiexiu', 'Jiexiu City'),
  ('盐湖区', '140802', '盐湖', 'district', '140800', 'Yanhu', 'Yanhu District'),
  ('临猗县', '140821', '临猗', 'county', '140800', 'Linyi', 'Linyi County'),
  ('万荣县', '140822', '万荣', 'county', '140800', 'Wanrong', 'Wanrong County'),
  ('闻喜县', '140823', '闻喜', 'county', '140800', 'Wenxi', 'Wenxi County'),
  ('稷山县', '140824', '稷山', 'county', '140800', 'Jishan', 'Jishan County'),
  ('新绛县', '140825', '新绛', 'county', '140800', 'Xinjiang', 'Xinjiang County'),
  ('绛县', '140826', '绛', 'county', '140800', 'Jiang', 'Jiang County'),
  ('垣曲县', '140827', '垣曲', 'county', '140800', 'Yuanqu', 'Yuanqu County'),
  ('夏县', '140828', '夏', 'county', '140800', 'Xia', 'Xia County'),
  ('平陆县', '140829', '平陆', 'county', '140800', 'Pinglu', 'Pinglu County'),
  ('芮城县', '140830', '芮城', 'county', '140800', 'Ruicheng', 'Ruicheng County'),
  ('永济市', '140881', '永济', 'county', '140800', 'Yongji', 'Yongji City'),
  ('河津市', '140882', '河津', 'county', '140800', 'Hejin', 'Hejin City'),
  ('忻府区', '140902', '忻府', 'district', '140900', 'Xinfu', 'Xinfu District'),
  ('定襄县', '140921', '定襄', 'county', '140900', 'Dingxiang', 'Dingxiang County'),
  ('五台县', '140922', '五台', 'county', '140900', 'Wutai', 'Wutai County'),
  ('代县', '140923', '代', 'county', '140900', 'Dai', 'Dai County'),
  ('繁峙县', '140924', '繁峙', 'county', '140900', 'Fanzhi', 'Fanzhi County'),
  ('宁武县', '140925', '宁武', 'county', '140900', 'Ningwu', 'Ningwu County'),
  ('静乐县', '140926', '静乐', 'county', '140900', 'Jingle', 'Jingle County'),
  ('神池县', '140927', '神池', 'county', '140900', 'Shenchi', 'Shenchi County'),
  ('五寨县', '140928', '五寨', 'county', '140900', 'Wuzhai', 'Wuzhai County'),
  ('岢岚县', '140929', '岢岚', 'county', '140900', 'Kelan', 'Kelan County'),
  ('河曲县', '140930', '河曲', 'county', '140900', 'Hequ', 'Hequ County'),
  ('保德县', '140931', '保德', 'county', '140900', 'Baode', 'Baode County'),
  ('偏关县', '140932', '偏关', 'county', '140900', 'Pianguan', 'Pianguan County'),
  ('原平市', '140981', '原平', 'county', '140900', 'Yuanping', 'Yuanping City'),
  ('尧都区', '141002', '尧都', 'district', '141000', 'Yaodou', 'Yaodou District'),
  ('曲沃县', '141021', '曲沃', 'county', '141000', 'Quwo', 'Quwo County'),
  ('翼城县', '141022', '翼城', 'county', '141000', 'Yicheng', 'Yicheng County'),
  ('襄汾县', '141023', '襄汾', 'county', '141000', 'Xiangfen', 'Xiangfen County'),
  ('洪洞县', '141024', '洪洞', 'county', '141000', 'Hongdong', 'Hongdong County'),
  ('古县', '141025', '古', 'county', '141000', 'Gu', 'Gu County'),
  ('安泽县', '141026', '安泽', 'county', '141000', 'Anze', 'Anze County'),
  ('浮山县', '141027', '浮山', 'county', '141000', 'Fushan', 'Fushan County'),
  ('吉县', '141028', '吉', 'county', '141000', 'Ji', 'Ji County'),
  ('乡宁县', '141029', '乡宁', 'county', '141000', 'Xiangning', 'Xiangning County'),
  ('大宁县', '141030', '大宁', 'county', '141000', 'Daning', 'Daning County'),
  ('隰县', '141031', '隰', 'county', '141000', 'Xi', 'Xi County'),
  ('永和县', '141032', '永和', 'county', '141000', 'Yonghe', 'Yonghe County'),
  ('蒲县', '141033', '蒲', 'county', '141000', 'Pu', 'Pu County'),
  ('汾西县', '141034', '汾西', 'county', '141000', 'Fenxi', 'Fenxi County'),
  ('侯马市', '141081', '侯马', 'county', '141000', 'Houma', 'Houma City'),
  ('霍州市', '141082', '霍州', 'county', '141000', 'Huozhou', 'Huozhou City'),
  ('离石区', '141102', '离石', 'district', '141100', 'Lishi', 'Lishi District'),
  ('文水县', '141121', '文水', 'county', '141100', 'Wenshui', 'Wenshui County'),
  ('交城县', '141122', '交城', 'county', '141100', 'Jiaocheng', 'Jiaocheng County'),
  ('兴县', '141123', '兴', 'county', '141100', 'Xing', 'Xing County'),
  ('临县', '141124', '临', 'county', '141100', 'Lin', 'Lin County'),
  ('柳林县', '141125', '柳林', 'county', '141100', 'Liulin', 'Liulin County'),
  ('石楼县', '141126', '石楼', 'county', '141100', 'Shilou', 'Shilou County'),
  ('岚县', '141127', '岚', 'county', '141100', 'Lan', 'Lan County'),
  ('方山县', '141128', '方山', 'county', '141100', 'Fangshan', 'Fangshan County'),
  ('中阳县', '141129', '中阳', 'county', '141100', 'Zhongyang', 'Zhongyang County'),
  ('交口县', '141130', '交口', 'county', '141100', 'Jiaokou', 'Jiaokou County'),
  ('孝义市', '141181', '孝义', 'county', '141100', 'Xiaoyi', 'Xiaoyi City'),
  ('汾阳市', '141182', '汾阳', 'county', '141100', 'Fenyang', 'Fenyang City'),
  ('新城区', '150102', '新城', 'district', '150100', 'Xincheng', 'Xincheng District'),
  ('回民区', '150103', '回民', 'district', '150100', 'Huimin', 'Huimin District'),
  ('玉泉区', '150104', '玉泉', 'district', '150100', 'Yuquan', 'Yuquan District'),
  ('赛罕区', '150105', '赛罕', 'district', '150100', 'Saihan', 'Saihan District'),
  ('土默特左旗', '150121', '土默特左', 'county', '150100', 'Tumotezuo', 'Tumotezuo Banner'),
  ('托克托县', '150122', '托克托', 'county', '150100', 'Tuoketuo', 'Tuoketuo County'),
  ('和林格尔县', '150123', '和林格尔', 'county', '150100', 'Helinge''er', 'Helinge''er County'),
  ('清水河县', '150124', '清水河', 'county', '150100', 'Qingshuihe', 'Qingshuihe County'),
  ('武川县', '150125', '武川', 'county', '150100', 'Wuchuan', 'Wuchuan County'),
  ('东河区', '150202', '东河', 'district', '150200', 'Donghe', 'Donghe District'),
  ('昆都仑区', '150203', '昆都仑', 'district', '150200', 'Kundoulun', 'Kundoulun District'),
  ('青山区', '150204', '青山', 'district', '150200', 'Qingshan', 'Qingshan District'),
  ('石拐区', '150205', '石拐', 'district', '150200', 'Shiguai', 'Shiguai District'),
  ('白云鄂博矿区', '150206', '白云鄂博', 'district', '150200', 'Baiyun''ebo', 'Baiyun''ebo District'),
  ('九原区', '150207', '九原', 'district', '150200', 'Jiuyuan', 'Jiuyuan District'),
  ('土默特右旗', '150221', '土默特右', 'county', '150200', 'Tumoteyou', 'Tumoteyou Banner'),
  ('固阳县', '150222', '固阳', 'county', '150200', 'Guyang', 'Guyang County'),
  ('达尔罕茂明安联合旗', '150223', '达尔罕茂明安联合', 'county', '150200', 'Da''erhanmaoming''anlianhe', 'Da''erhanmaoming''anlianhe Banner'),
  ('海勃湾区', '150302', '海勃湾', 'district', '150300', 'Haibowan', 'Haibowan District'),
  ('海南区', '150303', '海南', 'district', '150300', 'Hainan', 'Hainan District'),
  ('乌达区', '150304', '乌达', 'district', '150300', 'Wuda', 'Wuda District'),
  ('红山区', '150402', '红山', 'district', '150400', 'Hongshan', 'Hongshan District'),
  ('元宝山区', '150403', '元宝山', 'district', '150400', 'Yuanbaoshan', 'Yuanbaoshan District'),
  ('松山区', '150404', '松山', 'district', '150400', 'Songshan', 'Songshan District'),
  ('阿鲁科尔沁旗', '150421', '阿鲁科尔沁', 'county', '150400', 'Aluke''erqin', 'Aluke''erqin Banner'),
  ('巴林左旗', '150422', '巴林左', 'county', '150400', 'Balinzuo', 'Balinzuo Banner'),
  ('巴林右旗', '150423', '巴林右', 'county', '150400', 'Balinyou', 'Balinyou Banner'),
  ('林西县', '150424', '林西', 'county', '150400', 'Linxi', 'Linxi County'),
  ('克什克腾旗', '150425', '克什克腾', 'county', '150400', 'Keshenketeng', 'Keshenketeng Banner'),
  ('翁牛特旗', '150426', '翁牛特', 'county', '150400', 'Wengniute', 'Wengniute Banner'),
  ('喀喇沁旗', '150428', '喀喇沁', 'county', '150400', 'Kalaqin', 'Kalaqin Banner'),
  ('宁城县', '150429', '宁城', 'county', '150400', 'Ningcheng', 'Ningcheng County'),
  ('敖汉旗', '150430', '敖汉', 'county', '150400', 'Aohan', 'Aohan Banner'),
  ('科尔沁区', '150502', '科尔沁', 'district', '150500', 'Ke''erqin', 'Ke''erqin District'),
  ('科尔沁左翼中旗', '150521', '科尔沁左翼中', 'county', '150500', 'Ke''erqinzuoyizhong', 'Ke''erqinzuoyizhong Banner'),
  ('科尔沁左翼后旗', '150522', '科尔沁左翼后', 'county', '150500', 'Ke''erqinzuoyihou', 'Ke''erqinzuoyihou Banner'),
  ('开鲁县', '150523', '开鲁', 'county', '150500', 'Kailu', 'Kailu County'),
  ('库伦旗', '150524', '库伦', 'county', '150500', 'Kulun', 'Kulun Banner'),
  ('奈曼旗', '150525', '奈曼', 'county', '150500', 'Naiman', 'Naiman Banner'),
  ('扎鲁特旗', '150526', '扎鲁特', 'county', '150500', 'Zhalute', 'Zhalute Banner'),
  ('霍林郭勒市', '150581', '霍林郭勒', 'county', '150500', 'Huolinguole', 'Huolinguole City'),
  ('东胜区', '150602', '东胜', 'district', '150600', 'Dongsheng', 'Dongsheng District'),
  ('康巴什区', '150603', '康巴什', 'district', '150600', 'Kangbashen', 'Kangbashen District'),
  ('达拉特旗', '150621', '达拉特', 'county', '150600', 'Dalate', 'Dalate Banner'),
  ('准格尔旗', '150622', '准格尔', 'county', '150600', 'Zhunge''er', 'Zhunge''er Banner'),
  ('鄂托克前旗', '150623', '鄂托克前', 'county', '150600', 'Etuokeqian', 'Etuokeqian Banner'),
  ('鄂托克旗', '150624', '鄂托克', 'county', '150600', 'Etuoke', 'Etuoke Banner'),
  ('杭锦旗', '150625', '杭锦', 'county', '150600', 'Hangjin', 'Hangjin Banner'),
  ('乌审旗', '150626', '乌审', 'county', '150600', 'Wushen', 'Wushen Banner'),
  ('伊金霍洛旗', '150627', '伊金霍洛', 'county', '150600', 'Yijinhuoluo', 'Yijinhuoluo Banner'),
  ('海拉尔区', '150702', '海拉尔', 'district', '150700', 'Haila''er', 'Haila''er District'),
  ('扎赉诺尔区', '150703', '扎赉诺尔', 'district', '150700', 'Zhalainuo''er', 'Zhalainuo''er District'),
  ('阿荣旗', '150721', '阿荣', 'county', '150700', 'Arong', 'Arong Banner'),
  ('莫力达瓦达斡尔族自治旗', '150722', '莫力达瓦', 'county', '150700', 'Molidawa', 'Molidawa Autonomous Banner'),
  ('鄂伦春自治旗', '150723', '鄂伦春', 'county', '150700', 'Elunchun', 'Elunchun Autonomous Banner'),
  ('鄂温克族自治旗', '150724', '鄂温克', 'county', '150700', 'Ewenke', 'Ewenke Autonomous Banner'),
  ('陈巴尔虎旗', '150725', '陈巴尔虎', 'county', '150700', 'Chenba''erhu', 'Chenba''erhu Banner'),
  ('新巴尔虎左旗', '150726', '新巴尔虎左', 'county', '150700', 'Xinba''erhuzuo', 'Xinba''erhuzuo Banner'),
  ('新巴尔虎右旗', '150727', '新巴尔虎右', 'county', '150700', 'Xinba''erhuyou', 'Xinba''erhuyou Banner'),
  ('满洲里市', '150781', '满洲里', 'county', '150700', 'Manzhouli', 'Manzhouli City'),
  ('牙克石市', '150782', '牙克石', 'county', '150700', 'Yakeshi', 'Yakeshi City'),
  ('扎兰屯市', '150783', '扎兰屯', 'county', '150700', 'Zhalantun', 'Zhalantun City'),
  ('额尔古纳市', '150784', '额尔古纳', 'county', '150700', 'E''erguna', 'E''erguna City'),
  ('根河市', '150785', '根河', 'county', '150700', 'Genhe', 'Genhe City'),
  ('临河区', '150802', '临河', 'district', '150800', 'Linhe', 'Linhe District'),
  ('五原县', '150821', '五原', 'county', '150800', 'Wuyuan', 'Wuyuan County'),
  ('磴口县', '150822', '磴口', 'county', '150800', 'Dengkou', 'Dengkou County'),
  ('乌拉特前旗', '150823', '乌拉特前', 'county', '150800', 'Wulateqian', 'Wulateqian Banner'),
  ('乌拉特中旗', '150824', '乌拉特中', 'county', '150800', 'Wulatezhong', 'Wulatezhong Banner'),
  ('乌拉特后旗', '150825', '乌拉特后', 'county', '150800', 'Wulatehou', 'Wulatehou Banner'),
  ('杭锦后旗', '150826', '杭锦后', 'county', '150800', 'Hangjinhou', 'Hangjinhou Banner'),
  ('集宁区', '150902', '集宁', 'district', '150900', 'Jining', 'Jining District'),
  ('卓资县', '150921', '卓资', 'county', '150900', 'Zhuozi', 'Zhuozi County'),
  ('化德县', '150922', '化德', 'county', '150900', 'Huade', 'Huade County'),
  ('商都县', '150923', '商都', 'county', '150900', 'Shangdou', 'Shangdou County'),
  ('兴和县', '150924', '兴和', 'county', '150900', 'Xinghe', 'Xinghe County'),
  ('凉城县', '150925', '凉城', 'county', '150900', 'Liangcheng', 'Liangcheng County'),
  ('察哈尔右翼前旗', '150926', '察哈尔右翼前', 'county', '150900', 'Chaha''eryouyiqian', 'Chaha''eryouyiqian Banner'),
  ('察哈尔右翼中旗', '150927', '察哈尔右翼中', 'county', '150900', 'Chaha''eryouyizhong', 'Chaha''eryouyizhong Banner'),
  ('察哈尔右翼后旗', '150928', '察哈尔右翼后', 'county', '150900', 'Chaha''eryouyihou', 'Chaha''eryouyihou Banner'),
  ('四子王旗', '150929', '四子王', 'county', '150900', 'Siziwang', 'Siziwang Banner'),
  ('丰镇市', '150981', '丰镇', 'county', '150900', 'Fengzhen', 'Fengzhen City'),
  ('乌兰浩特市', '152201', '乌兰浩特', 'county', '152200', 'Wulanhaote', 'Wulanhaote City'),
  ('阿尔山市', '152202', '阿尔山', 'county', '152200', 'A''ershan', 'A''ershan City'),
  ('科尔沁右翼前旗', '152221', '科尔沁右翼前', 'county', '152200', 'Ke''erqinyouyiqian', 'Ke''erqinyouyiqian Banner'),
  ('科尔沁右翼中旗', '152222', '科尔沁右翼中', 'county', '152200', 'Ke''erqinyouyizhong', 'Ke''erqinyouyizhong Banner'),
  ('扎赉特旗', '152223', '扎赉特', 'county', '152200', 'Zhalaite', 'Zhalaite Banner'),
  ('突泉县', '152224', '突泉', 'county', '152200', 'Tuquan', 'Tuquan County'),
  ('二连浩特市', '152501', '二连浩特', 'county', '152500', 'Erlianhaote', 'Erlianhaote City'),
  ('锡林浩特市', '152502', '锡林浩特', 'county', '152500', 'Xilinhaote', 'Xilinhaote City'),
  ('阿巴嘎旗', '152522', '阿巴嘎', 'county', '152500', 'Abaga', 'Abaga Banner'),
  ('苏尼特左旗', '152523', '苏尼特左', 'county', '152500', 'Sunitezuo', 'Sunitezuo Banner'),
  ('苏尼特右旗', '152524', '苏尼特右', 'county', '152500', 'Suniteyou', 'Suniteyou Banner'),
  ('东乌珠穆沁旗', '152525', '东乌珠穆沁', 'county', '152500', 'Dongwuzhumuqin', 'Dongwuzhumuqin Banner'),
  ('西乌珠穆沁旗', '152526', '西乌珠穆沁', 'county', '152500', 'Xiwuzhumuqin', 'Xiwuzhumuqin Banner'),
  ('太仆寺旗', '152527', '太仆寺', 'county', '152500', 'Taipusi', 'Taipusi Banner'),
  ('镶黄旗', '152528', '镶黄', 'county', '152500', 'Xianghuang', 'Xianghuang Banner'),
  ('正镶白旗', '152529', '正镶白', 'county', '152500', 'Zhengxiangbai', 'Zhengxiangbai Banner'),
  ('正蓝旗', '152530', '正蓝', 'county', '152500', 'Zhenglan', 'Zhenglan Banner'),
  ('多伦县', '152531', '多伦', 'county', '152500', 'Duolun', 'Duolun County'),
  ('阿拉善左旗', '152921', '阿拉善左', 'county', '152900', 'Alashanzuo', 'Alashanzuo Banner'),
  ('阿拉善右旗', '152922', '阿拉善右', 'county', '152900', 'Alashanyou', 'Alashanyou Banner'),
  ('额济纳旗', '152923', '额济纳', 'county', '152900', 'Ejina', 'Ejina Banner'),
  ('和平区', '210102', '和平', 'district', '210100', 'Heping', 'Heping District'),
  ('沈河区', '210103', '沈河', 'district', '210100', 'Shenhe', 'Shenhe District'),
  ('大东区', '210104', '大东', 'district', '210100', 'Dadong', 'Dadong District'),
  ('皇姑区', '210105', '皇姑', 'district', '210100', 'Huanggu', 'Huanggu District'),
  ('铁西区', '210106', '铁西', 'district', '210100', 'Tiexi', 'Tiexi District'),
  ('苏家屯区', '210111', '苏家屯', 'district', '210100', 'Sujiatun', 'Sujiatun District'),
  ('浑南区', '210112', '浑南', 'district', '210100', 'Hunnan', 'Hunnan District'),
  ('沈北新区', '210113', '沈北', 'district', '210100', 'Shenbei', 'Shenbei New Area'),
  ('于洪区', '210114', '于洪', 'district', '210100', 'Yuhong', 'Yuhong District'),
  ('辽中区', '210115', '辽中', 'district', '210100', 'Liaozhong', 'Liaozhong District'),
  ('康平县', '210123', '康平', 'county', '210100', 'Kangping', 'Kangping County'),
  ('法库县', '210124', '法库', 'county', '210100', 'Faku', 'Faku County'),
  ('新民市', '210181', '新民', 'county', '210100', 'Xinmin', 'Xinmin City'),
  ('中山区', '210202', '中山', 'district', '210200', 'Zhongshan', 'Zhongshan District'),
  ('西岗区', '210203', '西岗', 'district', '210200', 'Xigang', 'Xigang District'),
  ('沙河口区', '210204', '沙河口', 'district', '210200', 'Shahekou', 'Shahekou District'),
  ('甘井子区', '210211', '甘井子', 'district', '210200', 'Ganjingzi', 'Ganjingzi District'),
  ('旅顺口区', '210212', '旅顺口', 'district', '210200', 'Lüshunkou', 'Lüshunkou District'),
  ('金州区', '210213', '金州', 'district', '210200', 'Jinzhou', 'Jinzhou District'),
  ('普兰店区', '210214', '普兰店', 'district', '210200', 'Pulandian', 'Pulandian District'),
  ('长海县', '210224', '长海', 'county', '210200', 'Changhai', 'Changhai County'),
  ('瓦房店市', '210281', '瓦房店', 'county', '210200', 'Wafangdian', 'Wafangdian City'),
  ('庄河市', '210283', '庄河', 'county', '210200', 'Zhuanghe', 'Zhuanghe City'),
  ('铁东区', '210302', '铁东', 'district', '210300', 'Tiedong', 'Tiedong District'),
  ('铁西区', '210303', '铁西', 'district', '210300', 'Tiexi', 'Tiexi District'),
  ('立山区', '210304', '立山', 'district', '210300', 'Lishan', 'Lishan District'),
  ('千山区', '210311', '千山', 'district', '210300', 'Qianshan', 'Qianshan District'),
  ('台安县', '210321', '台安', 'county', '210300', 'Tai''an', 'Tai''an County'),
  ('岫岩满族自治县', '210323', '岫岩', 'county', '210300', 'Xiuyan', 'Xiuyan Autonomous County'),
  ('海城市', '210381', '海城', 'county', '210300', 'Haicheng', 'Haicheng City'),
  ('新抚区', '210402', '新抚', 'district', '210400', 'Xinfu', 'Xinfu District'),
  ('东洲区', '210403', '东洲', 'district', '210400', 'Dongzhou', 'Dongzhou District'),
  ('望花区', '210404', '望花', 'district', '210400', 'Wanghua', 'Wanghua District'),
  ('顺城区', '210411', '顺城', 'district', '210400', 'Shuncheng', 'Shuncheng District'),
  ('抚顺县', '210421', '抚顺', 'county', '210400', 'Fushun', 'Fushun County'),
  ('新宾满族自治县', '210422', '新宾', 'county', '210400', 'Xinbin', 'Xinbin Autonomous County'),
  ('清原满族自治县', '210423', '清原', 'county', '210400', 'Qingyuan', 'Qingyuan Autonomous County'),
  ('平山区', '210502', '平山', 'district', '210500', 'Pingshan', 'Pingshan District'),
  ('溪湖区', '210503', '溪湖', 'district', '210500', 'Xihu', 'Xihu District'),
  ('明山区', '210504', '明山', 'district', '210500', 'Mingshan', 'Mingshan District'),
  ('南芬区', '210505', '南芬', 'district', '210500', 'Nanfen', 'Nanfen District'),
  ('本溪满族自治县', '210521', '本溪', 'county', '210500', 'Benxi', 'Benxi Autonomous County'),
  ('桓仁满族自治县', '210522', '桓仁', 'county', '210500', 'Huanren', 'Huanren Autonomous County'),
  ('元宝区', '210602', '元宝', 'district', '210600', 'Yuanbao', 'Yuanbao District'),
  ('振兴区', '210603', '振兴', 'district', '210600', 'Zhenxing', 'Zhenxing District'),
  ('振安区', '210604', '振安', 'district', '210600', 'Zhen''an', 'Zhen''an District'),
  ('宽甸满族自治县', '210624', '宽甸', 'county', '210600', 'Kuandian', 'Kuandian Autonomous County'),
  ('东港市', '210681', '东港', 'county', '210600', 'Donggang', 'Donggang City'),
  ('凤城市', '210682', '凤城', 'county', '210600', 'Fengcheng', 'Fengcheng City'),
  ('古塔区', '210702', '古塔', 'district', '210700', 'Guta', 'Guta District'),
  ('凌河区', '210703', '凌河', 'district', '210700', 'Linghe', 'Linghe District'),
  ('太和区', '210711', '太和', 'district', '210700', 'Taihe', 'Taihe District'),
  ('黑山县', '210726', '黑山', 'county', '210700', 'Heishan', 'Heishan County'),
  ('义县', '210727', '义', 'county', '210700', 'Yi', 'Yi County'),
  ('凌海市', '210781', '凌海', 'county', '210700', 'Linghai', 'Linghai City'),
  ('北镇市', '210782', '北镇', 'county', '210700', 'Beizhen', 'Beizhen City'),
  ('站前区', '210802', '站前', 'district', '210800', 'Zhanqian', 'Zhanqian District'),
  ('西市区', '210803', '西市', 'district', '210800', 'Xishi', 'Xishi District'),
  ('鲅鱼圈区', '210804', '鲅鱼圈', 'district', '210800', 'Bayuquan', 'Bayuquan District'),
  ('老边区', '210811', '老边', 'district', '210800', 'Laobian', 'Laobian District'),
  ('盖州市', '210881', '盖州', 'county', '210800', 'Gaizhou', 'Gaizhou City'),
  ('大石桥市', '210882', '大石桥', 'county', '210800', 'Dashiqiao', 'Dashiqiao City'),
  ('海州区', '210902', '海州', 'district', '210900', 'Haizhou', 'Haizhou District'),
  ('新邱区', '210903', '新邱', 'district', '210900', 'Xinqiu', 'Xinqiu District'),
  ('太平区', '210904', '太平', 'district', '210900', 'Taiping', 'Taiping District'),
  ('清河门区', '210905', '清河门', 'district', '210900', 'Qinghemen', 'Qinghemen District'),
  ('细河区', '210911', '细河', 'district', '210900', 'Xihe', 'Xihe District'),
  ('阜新蒙古族自治县', '210921', '阜新', 'county', '210900', 'Fuxin', 'Fuxin Autonomous County'),
  ('彰武县', '210922', '彰武', 'county', '210900', 'Zhangwu', 'Zhangwu County'),
  ('白塔区', '211002', '白塔', 'district', '211000', 'Baita', 'Baita District'),
  ('文圣区', '211003', '文圣', 'district', '211000', 'Wensheng', 'Wensheng District'),
  ('宏伟区', '211004', '宏伟', 'district', '211000', 'Hongwei', 'Hongwei District'),
  ('弓长岭区', '211005', '弓长岭', 'district', '211000', 'Gongchangling', 'Gongchangling District'),
  ('太子河区', '211011', '太子河', 'district', '211000', 'Taizihe', 'Taizihe District'),
  ('辽阳县', '211021', '辽阳', 'county', '211000', 'Liaoyang', 'Liaoyang County'),
  ('灯塔市', '211081', '灯塔', 'county', '211000', 'Dengta', 'Dengta City'),
  ('双台子区', '211102', '双台子', 'district', '211100', 'Shuangtaizi', 'Shuangtaizi District'),
  ('兴隆台区', '211103', '兴隆台', 'district', '211100', 'Xinglongtai', 'Xinglongtai District'),
  ('大洼区', '211104', '大洼', 'district', '211100', 'Dawa', 'Dawa District'),
  ('盘山县', '211122', '盘山', 'county', '211100', 'Panshan', 'Panshan County'),
  ('银州区', '211202', '银州', 'district', '211200', 'Yinzhou', 'Yinzhou District'),
  ('清河区', '211204', '清河', 'district', '211200', 'Qinghe', 'Qinghe District'),
  ('铁岭县', '211221', '铁岭', 'county', '211200', 'Tieling', 'Tieling County'),
  ('西丰县', '211223', '西丰', 'county', '211200', 'Xifeng', 'Xifeng County'),
  ('昌图县', '211224', '昌图', 'county', '211200', 'Changtu', 'Changtu County'),
  ('调兵山市', '211281', '调兵山', 'county', '211200', 'Tiaobingshan', 'Tiaobingshan City'),
  ('开原市', '211282', '开原', 'county', '211200', 'Kaiyuan', 'Kaiyuan City'),
  ('双塔区', '211302', '双塔', 'district', '211300', 'Shuangta', 'Shuangta District'),
  ('龙城区', '211303', '龙城', 'district', '211300', 'Longcheng', 'Longcheng District'),
  ('朝阳县', '211321', '朝阳', 'county', '211300', 'Chaoyang', 'Chaoyang County'),
  ('建平县', '211322', '建平', 'county', '211300', 'Jianping', 'Jianping County'),
  ('喀喇沁左翼蒙古族自治县', '211324', '喀喇沁左翼', 'county', '211300', 'Kalaqinzuoyi', 'Kalaqinzuoyi Autonomous County'),
  ('北票市', '211381', '北票', 'county', '211300', 'Beipiao', 'Beipiao City'),
  ('凌源市', '211382', '凌源', 'county', '211300', 'Lingyuan', 'Lingyuan City'),
  ('连山区', '211402', '连山', 'district', '211400', 'Lianshan', 'Lianshan District'),
  ('龙港区', '211403', '龙港', 'district', '211400', 'Longgang', 'Longgang District'),
  ('南票区', '211404', '南票', 'district', '211400', 'Nanpiao', 'Nanpiao District'),
  ('绥中县', '211421', '绥中', 'county', '211400', 'Suizhong', 'Suizhong County'),
  ('建昌县', '211422', '建昌', 'county', '211400', 'Jianchang', 'Jianchang County'),
  ('兴城市', '211481', '兴城', 'county', '211400', 'Xingcheng', 'Xingcheng City'),
  ('南关区', '220102', '南关', 'district', '220100', 'Nanguan', 'Nanguan District'),
  ('宽城区', '220103', '宽城', 'district', '220100', 'Kuancheng', 'Kuancheng District'),
  ('朝阳区', '220104', '朝阳', 'district', '220100', 'Chaoyang', 'Chaoyang District'),
  ('二道区', '220105', '二道', 'district', '220100', 'Erdao', 'Erdao District'),
  ('绿园区', '220106', '绿园', 'district', '220100', 'Lüyuan', 'Lüyuan District'),
  ('双阳区', '220112', '双阳', 'district', '220100', 'Shuangyang', 'Shuangyang District'),
  ('九台区', '220113', '九台', 'district', '220100', 'Jiutai', 'Jiutai District'),
  ('农安县', '220122', '农安', 'county', '220100', 'Nong''an', 'Nong''an County'),
  ('榆树市', '220182', '榆树', 'county', '220100', 'Yushu', 'Yushu City'),
  ('德惠市', '220183', '德惠', 'county', '220100', 'Dehui', 'Dehui City'),
  ('公主岭市', '220184', '公主岭', 'county', '220100', 'Gongzhuling', 'Gongzhuling City'),
  ('昌邑区', '220202', '昌邑', 'district', '220200', 'Changyi', 'Changyi District'),
  ('龙潭区', '220203', '龙潭', 'district', '220200', 'Longtan', 'Longtan District'),
  ('船营区', '220204', '船营', 'district', '220200', 'Chuanying', 'Chuanying District'),
  ('丰满区', '220211', '丰满', 'district', '220200', 'Fengman', 'Fengman District'),
  ('永吉县', '220221', '永吉', 'county', '220200', 'Yongji', 'Yongji County'),
  ('蛟河市', '220281', '蛟河', 'county', '220200', 'Jiaohe', 'Jiaohe City'),
  ('桦甸市', '220282', '桦甸', 'county', '220200', 'Huadian', 'Huadian City'),
  ('舒兰市', '220283', '舒兰', 'county', '220200', 'Shulan', 'Shulan City'),
  ('磐石市', '220284', '磐石', 'county', '220200', 'Panshi', 'Panshi City'),
  ('铁西区', '220302', '铁西', 'district', '220300', 'Tiexi', 'Tiexi District'),
  ('铁东区', '220303', '铁东', 'district', '220300', 'Tiedong', 'Tiedong District'),
  ('梨树县', '220322', '梨树', 'county', '220300', 'Lishu', 'Lishu County'),
  ('伊通满族自治县', '220323', '伊通', 'county', '220300', 'Yitong', 'Yitong Autonomous County'),
  ('双辽市', '220382', '双辽', 'county', '220300', 'Shuangliao', 'Shuangliao City'),
  ('龙山区', '220402', '龙山', 'district', '220400', 'Longshan', 'Longshan District'),
  ('西安区', '220403', '西安', 'district', '220400', 'Xi''an', 'Xi''an District'),
  ('东丰县', '220421', '东丰', 'county', '220400', 'Dongfeng', 'Dongfeng County'),
  ('东辽县', '220422', '东辽', 'county', '220400', 'Dongliao', 'Dongliao County'),
  ('东昌区', '220502', '东昌', 'district', '220500', 'Dongchang', 'Dongchang District'),
  ('二道江区', '220503', '二道江', 'district', '220500', 'Erdaojiang', 'Erdaojiang District'),
  ('通化县', '220521', '通化', 'county', '220500', 'Tonghua', 'Tonghua County'),
  ('辉南县', '220523', '辉南', 'county', '220500', 'Huinan', 'Huinan County'),
  ('柳河县', '220524', '柳河', 'county', '220500', 'Liuhe', 'Liuhe County'),
  ('梅河口市', '220581', '梅河口', 'county', '220500', 'Meihekou', 'Meihekou City'),
  ('集安市', '220582', '集安', 'county', '220500', 'Ji''an', 'Ji''an City'),
  ('浑江区', '220602', '浑江', 'district', '220600', 'Hunjiang', 'Hunjiang District'),
  ('江源区', '220605', '江源', 'district', '220600', 'Jiangyuan', 'Jiangyuan District'),
  ('抚松县', '220621', '抚松', 'county', '220600', 'Fusong', 'Fusong County'),
  ('靖宇县', '220622', '靖宇', 'county', '220600', 'Jingyu', 'Jingyu County'),
  ('长白朝鲜族自治县', '220623', '长白', 'county', '220600', 'Changbai', 'Changbai Autonomous County'),
  ('临江市', '220681', '临江', 'county', '220600', 'Linjiang', 'Linjiang City'),
  ('宁江区', '220702', '宁江', 'district', '220700', 'Ningjiang', 'Ningjiang District'),
  ('前郭尔罗斯蒙古族自治县', '220721', '前郭尔罗斯', 'county', '220700', 'Qianguo''erluosi', 'Qianguo''erluosi Autonomous County'),
  ('长岭县', '220722', '长岭', 'county', '220700', 'Changling', 'Changling County'),
  ('乾安县', '220723', '乾安', 'county', '220700', 'Qian''an', 'Qian''an County'),
  ('扶余市', '220781', '扶余', 'county', '220700', 'Fuyu', 'Fuyu City'),
  ('洮北区', '220802', '洮北', 'district', '220800', 'Taobei', 'Taobei District'),
  ('镇赉县', '220821', '镇赉', 'county', '220800', 'Zhenlai', 'Zhenlai County'),
  ('通榆县', '220822', '通榆', 'county', '220800', 'Tongyu', 'Tongyu County'),
  ('洮南市', '220881', '洮南', 'county', '220800', 'Taonan', 'Taonan City'),
  ('大安市', '220882', '大安', 'county', '220800', 'Da''an', 'Da''an City'),
  ('延吉市', '222401', '延吉', 'county', '222400', 'Yanji', 'Yanji City'),
  ('图们市', '222402', '图们', 'county', '222400', 'Tumen', 'Tumen City'),
  ('敦化市', '222403', '敦化', 'county', '222400', 'Dunhua', 'Dunhua City'),
  ('珲春市', '222404', '珲春', 'county', '222400', 'Huichun', 'Huichun City'),
  ('龙井市', '222405', '龙井', 'county', '222400', 'Longjing', 'Longjing City'),
  ('和龙市', '222406', '和龙', 'county', '222400', 'Helong', 'Helong City'),
  ('汪清县', '222424', '汪清', 'county', '222400', 'Wangqing', 'Wangqing County'),
  ('安图县', '222426', '安图', 'county', '222400', 'Antu', 'Antu County'),
  ('道里区', '230102', '道里', 'district', '230100', 'Daoli', 'Daoli District'),
  ('南岗区', '230103', '南岗', 'district', '230100', 'Nangang', 'Nangang District'),
  ('道外区', '230104', '道外', 'district', '230100', 'Daowai', 'Daowai District'),
  ('平房区', '230108', '平房', 'district', '230100', 'Pingfang', 'Pingfang District'),
  ('松北区', '230109', '松北', 'district', '230100', 'Songbei', 'Songbei District'),
  ('香坊区', '230110', '香坊', 'district', '230100', 'Xiangfang', 'Xiangfang District'),
  ('呼兰区', '230111', '呼兰', 'district', '230100', 'Hulan', 'Hulan District'),
  ('阿城区', '230112', '阿城', 'district', '230100', 'Acheng', 'Acheng District'),
  ('双城区', '230113', '双城', 'district', '230100', 'Shuangcheng', 'Shuangcheng District'),
  ('依兰县', '230123', '依兰', 'county', '230100', 'Yilan', 'Yilan County'),
  ('方正县', '230124', '方正', 'county', '230100', 'Fangzheng', 'Fangzheng County'),
  ('宾县', '230125', '宾', 'county', '230100', 'Bin', 'Bin County'),
  ('巴彦县', '230126', '巴彦', 'county', '230100', 'Bayan', 'Bayan County'),
  ('木兰县', '230127', '木兰', 'county', '230100', 'Mulan', 'Mulan County'),
  ('通河县', '230128', '通河', 'county', '230100', 'Tonghe', 'Tonghe County'),
  ('延寿县', '230129', '延寿', 'county', '230100', 'Yanshou', 'Yanshou County'),
  ('尚志市', '230183', '尚志', 'county', '230100', 'Shangzhi', 'Shangzhi City'),
  ('五常市', '230184', '五常', 'county', '230100', 'Wuchang', 'Wuchang City'),
  ('龙沙区', '230202', '龙沙', 'district', '230200', 'Longsha', 'Longsha District'),
  ('建华区', '230203', '建华', 'district', '230200', 'Jianhua', 'Jianhua District'),
  ('铁锋区', '230204', '铁锋', 'district', '230200', 'Tiefeng', 'Tiefeng District'),
  ('昂昂溪区', '230205', '昂昂溪', 'district', '230200', 'Ang''angxi', 'Ang''angxi District'),
  ('富拉尔基区', '230206', '富拉尔基', 'district', '230200', 'Fula''erji', 'Fula''erji District'),
  ('碾子山区', '230207', '碾子山', 'district', '230200', 'Nianzishan', 'Nianzishan District'),
  ('梅里斯达斡尔族区', '230208', '梅里斯达斡尔族', 'district', '230200', 'Meilisidawo''erzu', 'Meilisidawo''erzu District'),
  ('龙江县', '230221', '龙江', 'county', '230200', 'Longjiang', 'Longjiang County'),
  ('依安县', '230223', '依安', 'county', '230200', 'Yi''an', 'Yi''an County'),
  ('泰来县', '230224', '泰来', 'county', '230200', 'Tailai', 'Tailai County'),
  ('甘南县', '230225', '甘南', 'county', '230200', 'Gannan', 'Gannan County'),
  ('富裕县', '230227', '富裕', 'county', '230200', 'Fuyu', 'Fuyu County'),
  ('克山县', '230229', '克山', 'county', '230200', 'Keshan', 'Keshan County'),
  ('克东县', '230230', '克东', 'county', '230200', 'Kedong', 'Kedong County'),
  ('拜泉县', '230231', '拜泉', 'county', '230200', 'Baiquan', 'Baiquan County'),
  ('讷河市', '230281', '讷河', 'county', '230200', 'Nehe', 'Nehe City'),
  ('鸡冠区', '230302', '鸡冠', 'district', '230300', 'Jiguan', 'Jiguan District'),
  ('恒山区', '230303', '恒山', 'district', '230300', 'Hengshan', 'Hengshan District'),
  ('滴道区', '230304', '滴道', 'district', '230300', 'Didao', 'Didao District'),
  ('梨树区', '230305', '梨树', 'district', '230300', 'Lishu', 'Lishu District'),
  ('城子河区', '230306', '城子河', 'district', '230300', 'Chengzihe', 'Chengzihe District'),
  ('麻山区', '230307', '麻山', 'district', '230300', 'Mashan', 'Mashan District'),
  ('鸡东县', '230321', '鸡东', 'county', '230300', 'Jidong', 'Jidong County'),
  ('虎林市', '230381', '虎林', 'county', '230300', 'Hulin', 'Hulin City'),
  ('密山市', '230382', '密山', 'county', '230300', 'Mishan', 'Mishan City'),
  ('向阳区', '230402', '向阳', 'district', '230400', 'Xiangyang', 'Xiangyang District'),
  ('工农区', '230403', '工农', 'district', '230400', 'Gongnong', 'Gongnong District'),
  ('南山区', '230404', '南山', 'district', '230400', 'Nanshan', 'Nanshan District'),
  ('兴安区', '230405', '兴安', 'district', '230400', 'Xing''an', 'Xing''an District'),
  ('东山区', '230406', '东山', 'district', '230400', 'Dongshan', 'Dongshan District'),
  ('兴山区', '230407', '兴山', 'district', '230400', 'Xingshan', 'Xingshan District'),
  ('萝北县', '230421', '萝北', 'county', '230400', 'Luobei', 'Luobei County'),
  ('绥滨县', '230422', '绥滨', 'county', '230400', 'Suibin', 'Suibin County'),
  ('尖山区', '230502', '尖山', 'district', '230500', 'Jianshan', 'Jianshan District'),
  ('岭东区', '230503', '岭东', 'district', '230500', 'Lingdong', 'Lingdong District'),
  ('四方台区', '230505', '四方台', 'district', '230500', 'Sifangtai', 'Sifangtai District'),
  ('宝山区', '230506', '宝山', 'district', '230500', 'Baoshan', 'Baoshan District'),
  ('集贤县', '230521', '集贤', 'county', '230500', 'Jixian', 'Jixian County'),
  ('友谊县', '230522', '友谊', 'county', '230500', 'Youyi', 'Youyi County'),
  ('宝清县', '230523', '宝清', 'county', '230500', 'Baoqing', 'Baoqing County'),
  ('饶河县', '230524', '饶河', 'county', '230500', 'Raohe', 'Raohe County'),
  ('萨尔图区', '230602', '萨尔图', 'district', '230600', 'Sa''ertu', 'Sa''ertu District'),
  ('龙凤区', '230603', '龙凤', 'district', '230600', 'Longfeng', 'Longfeng District'),
  ('让胡路区', '230604', '让胡路', 'district', '230600', 'Ranghulu', 'Ranghulu District'),
  ('红岗区', '230605', '红岗', 'district', '230600', 'Honggang', 'Honggang District'),
  ('大同区', '230606', '大同', 'district', '230600', 'Datong', 'Datong District'),
  ('肇州县', '230621', '肇州', 'county', '230600', 'Zhaozhou', 'Zhaozhou County'),
  ('肇源县', '230622', '肇源', 'county', '230600', 'Zhaoyuan', 'Zhaoyuan County'),
  ('林甸县', '230623', '林甸', 'county', '230600', 'Lindian', 'Lindian County'),
  ('杜尔伯特蒙古族自治县', '230624', '杜尔伯特', 'county', '230600', 'Du''erbote', 'Du''erbote Autonomous County'),
  ('伊美区', '230717', '伊美', 'district', '230700', 'Yimei', 'Yimei District'),
  ('乌翠区', '230718', '乌翠', 'district', '230700', 'Wucui', 'Wucui District'),
  ('友好区', '230719', '友好', 'district', '230700', 'Youhao', 'Youhao District'),
  ('嘉荫县', '230722', '嘉荫', 'county', '230700', 'Jiayin', 'Jiayin County'),
  ('汤旺县', '230723', '汤旺', 'county', '230700', 'Tangwang', 'Tangwang County'),
  ('丰林县', '230724', '丰林', 'county', '230700', 'Fenglin', 'Fenglin County'),
  ('大箐山县', '230725', '大箐山', 'county', '230700', 'Dajingshan', 'Dajingshan County'),
  ('南岔县', '230726', '南岔', 'county', '230700', 'Nancha', 'Nancha County'),
  ('金林区', '230751', '金林', 'district', '230700', 'Jinlin', 'Jinlin Forestry District'),
  ('铁力市', '230781', '铁力', 'county', '230700', 'Tieli', 'Tieli City'),
  ('向阳区', '230803', '向阳', 'district', '230800', 'Xiangyang', 'Xiangyang District'),
  ('前进区', '230804', '前进', 'district', '230800', 'Qianjin', 'Qianjin District'),
  ('东风区', '230805', '东风', 'district', '230800', 'Dongfeng', 'Dongfeng District'),
  ('郊区', '230811', '郊', 'district', '230800', 'Jiao', 'Jiao District'),
  ('桦南县', '230822', '桦南', 'county', '230800', 'Huanan', 'Huanan County'),
  ('桦川县', '230826', '桦川', 'county', '230800', 'Huachuan', 'Huachuan County'),
  ('汤原县', '230828', '汤原', 'county', '230800', 'Tangyuan', 'Tangyuan County'),
  ('同江市', '230881', '同江', 'county', '230800', 'Tongjiang', 'Tongjiang City'),
  ('富锦市', '230882', '富锦', 'county', '230800', 'Fujin', 'Fujin City'),
  ('抚远市', '230883', '抚远', 'county', '230800', 'Fuyuan', 'Fuyuan City'),
  ('新兴区', '230902', '新兴', 'district', '230900', 'Xinxing', 'Xinxing District'),
  ('桃山区', '230903', '桃山', 'district', '230900', 'Taoshan', 'Taoshan District'),
  ('茄子河区', '230904', '茄子河', 'district', '230900', 'Qiezihe', 'Qiezihe District'),
  ('勃利县', '230921', '勃利', 'county', '230900', 'Boli', 'Boli County'),
  ('东安区', '231002', '东安', 'district', '231000', 'Dong''an', 'Dong''an District'),
  ('阳明区', '231003', '阳明', 'district', '231000', 'Yangming', 'Yangming District'),
  ('爱民区', '231004', '爱民', 'district', '231000', 'Aimin', 'Aimin District'),
  ('西安区', '231005', '西安', 'district', '231000', 'Xi''an', 'Xi''an District'),
  ('林口县', '231025', '林口', 'county', '231000', 'Linkou', 'Linkou County'),
  ('绥芬河市', '231081', '绥芬河', 'county', '231000', 'Suifenhe', 'Suifenhe City'),
  ('海林市', '231083', '海林', 'county', '231000', 'Hailin', 'Hailin City'),
  ('宁安市', '231084', '宁安', 'county', '231000', 'Ning''an', 'Ning''an City'),
  ('穆棱市', '231085', '穆棱', 'county', '231000', 'Muleng', 'Muleng City'),
  ('东宁市', '231086', '东宁', 'county', '231000', 'Dongning', 'Dongning City'),
  ('爱辉区', '231102', '爱辉', 'district', '231100', 'Aihui', 'Aihui District'),
  ('逊克县', '231123', '逊克', 'county', '231100', 'Xunke', 'Xunke County'),
  ('孙吴县', '231124', '孙吴', 'county', '231100', 'Sunwu', 'Sunwu County'),
  ('北安市', '231181', '北安', 'county', '231100', 'Bei''an', 'Bei''an City'),
  ('五大连池市', '231182', '五大连池', 'county', '231100', 'Wudalianchi', 'Wudalianchi City'),
  ('嫩江市', '231183', '嫩江', 'county', '231100', 'Nenjiang', 'Nenjiang City'),
  ('北林区', '231202', '北林', 'district', '231200', 'Beilin', 'Beilin Forestry District'),
  ('望奎县', '231221', '望奎', 'county', '231200', 'Wangkui', 'Wangkui County'),
  ('兰西县', '231222', '兰西', 'county', '231200', 'Lanxi', 'Lanxi County'),
  ('青冈县', '231223', '青冈', 'county', '231200', 'Qinggang', 'Qinggang County'),
  ('庆安县', '231224', '庆安', 'county', '231200', 'Qing''an', 'Qing''an County'),
  ('明水县', '231225', '明水', 'county', '231200', 'Mingshui', 'Mingshui County'),
  ('绥棱县', '231226', '绥棱', 'county', '231200', 'Suileng', 'Suileng County'),
  ('安达市', '231281', '安达', 'county', '231200', 'Anda', 'Anda City'),
  ('肇东市', '231282', '肇东', 'county', '231200', 'Zhaodong', 'Zhaodong City'),
  ('海伦市', '231283', '海伦', 'county', '231200', 'Hailun', 'Hailun City'),
  ('漠河市', '232701', '漠河', 'county', '232700', 'Mohe', 'Mohe City'),
  ('呼玛县', '232721', '呼玛', 'county', '232700', 'Huma', 'Huma County'),
  ('塔河县', '232722', '塔河', 'county', '232700', 'Tahe', 'Tahe County'),
  ('加格达奇区', '232761', '加格达奇', 'district', '232700', 'Jiagedaqi', 'Jiagedaqi District'),
  ('松岭区', '232762', '松岭', 'district', '232700', 'Songling', 'Songling District'),
  ('新林区', '232763', '新林', 'district', '232700', 'Xinlin', 'Xinlin Forestry District'),
  ('呼中区', '232764', '呼中', 'district', '232700', 'Huzhong', 'Huzhong District'),
  ('黄浦区', '310101', '黄浦', 'district', '310000', 'Huangpu', 'Huangpu District'),
  ('徐汇区', '310104', '徐汇', 'district', '310000', 'Xuhui', 'Xuhui District'),
  ('长宁区', '310105', '长宁', 'district', '310000', 'Changning', 'Changning District'),
  ('静安区', '310106', '静安', 'district', '310000', 'Jing''an', 'Jing''an District'),
  ('普陀区', '310107', '普陀', 'district', '310000', 'Putuo', 'Putuo District'),
  ('虹口区', '310109', '虹口', 'district', '310000', 'Hongkou', 'Hongkou District'),
  ('杨浦区', '310110', '杨浦', 'district', '310000', 'Yangpu', 'Yangpu District'),
  ('闵行区', '310112', '闵行', 'district', '310000', 'Minxing', 'Minxing District'),
  ('宝山区', '310113', '宝山', 'district', '310000', 'Baoshan', 'Baoshan District'),
  ('嘉定区', '310114', '嘉定', 'district', '310000', 'Jiading', 'Jiading District'),
  ('浦东新区', '310115', '浦东', 'district', '310000', 'Pudong', 'Pudong New Area'),
  ('金山区', '310116', '金山', 'district', '310000', 'Jinshan', 'Jinshan District'),
  ('松江区', '310117', '松江', 'district', '310000', 'Songjiang', 'Songjiang District'),
  ('青浦区', '310118', '青浦', 'district', '310000', 'Qingpu', 'Qingpu District'),
  ('奉贤区', '310120', '奉贤', 'district', '310000', 'Fengxian', 'Fengxian District'),
  ('崇明区', '310151', '崇明', 'district', '310000', 'Chongming', 'Chongming District'),
  ('玄武区', '320102', '玄武', 'district', '320100', 'Xuanwu', 'Xuanwu District'),
  ('秦淮区', '320104', '秦淮', 'district', '320100', 'Qinhuai', 'Qinhuai District'),
  ('建邺区', '320105', '建邺', 'district', '320100', 'Jianye', 'Jianye District'),
  ('鼓楼区', '320106', '鼓楼', 'district', '320100', 'Gulou', 'Gulou District'),
  ('浦口区', '320111', '浦口', 'district', '320100', 'Pukou', 'Pukou District'),
  ('栖霞区', '320113', '栖霞', 'district', '320100', 'Qixia', 'Qixia District'),
  ('雨花台区', '320114', '雨花台', 'district', '320100', 'Yuhuatai', 'Yuhuatai District'),
  ('江宁区', '320115', '江宁', 'district', '320100', 'Jiangning', 'Jiangning District'),
  ('六合区', '320116', '六合', 'district', '320100', 'Liuhe', 'Liuhe District'),
  ('溧水区', '320117', '溧水', 'district', '320100', 'Lishui', 'Lishui District'),
  ('高淳区', '320118', '高淳', 'district', '320100', 'Gaochun', 'Gaochun District'),
  ('锡山区', '320205', '锡山', 'district', '320200', 'Xishan', 'Xishan District'),
  ('惠山区', '320206', '惠山', 'district', '320200', 'Huishan', 'Huishan District'),
  ('滨湖区', '320211', '滨湖', 'district', '320200', 'Binhu', 'Binhu District'),
  ('梁溪区', '320213', '梁溪', 'district', '320200', 'Liangxi', 'Liangxi District'),
  ('新吴区', '320214', '新吴', 'district', '320200', 'Xinwu', 'Xinwu District'),
  ('江阴市', '320281', '江阴', 'county', '320200', 'Jiangyin', 'Jiangyin City'),
  ('宜兴市', '320282', '宜兴', 'county', '320200', 'Yixing', 'Yixing City'),
  ('鼓楼区', '320302', '鼓楼', 'district', '320300', 'Gulou', 'Gulou District'),
  ('云龙区', '320303', '云龙', 'district', '320300', 'Yunlong', 'Yunlong District'),
  ('贾汪区', '320305', '贾汪', 'district', '320300', 'Jiawang', 'Jiawang District'),
  ('泉山区', '320311', '泉山', 'district', '320300', 'Quanshan', 'Quanshan District'),
  ('铜山区', '320312', '铜山', 'district', '320300', 'Tongshan', 'Tongshan District'),
  ('丰县', '320321', '丰', 'county', '320300', 'Feng', 'Feng County'),
  ('沛县', '320322', '沛', 'county', '320300', 'Pei', 'Pei County'),
  ('睢宁县', '320324', '睢宁', 'county', '320300', 'Suining', 'Suining County'),
  ('新沂市', '320381', '新沂', 'county', '320300', 'Xinyi', 'Xinyi City'),
  ('邳州市', '320382', '邳州', 'county', '320300', 'Pizhou', 'Pizhou City'),
  ('天宁区', '320402', '天宁', 'district', '320400', 'Tianning', 'Tianning District'),
  ('钟楼区', '320404', '钟楼', 'district', '320400', 'Zhonglou', 'Zhonglou District'),
  ('新北区', '320411', '新北', 'district', '320400', 'Xinbei', 'Xinbei District'),
  ('武进区', '320412', '武进', 'district', '320400', 'Wujin', 'Wujin District'),
  ('金坛区', '320413', '金坛', 'district', '320400', 'Jintan', 'Jintan District'),
  ('溧阳市', '320481', '溧阳', 'county', '320400', 'Liyang', 'Liyang City'),
  ('虎丘区', '320505', '虎丘', 'district', '320500', 'Huqiu', 'Huqiu District'),
  ('吴中区', '320506', '吴中', 'district', '320500', 'Wuzhong', 'Wuzhong District'),
  ('相城区', '320507', '相城', 'district', '320500', 'Xiangcheng', 'Xiangcheng District'),
  ('姑苏区', '320508', '姑苏', 'district', '320500', 'Gusu', 'Gusu District'),
  ('吴江区', '320509', '吴江', 'district', '320500', 'Wujiang', 'Wujiang District'),
  ('常熟市', '320581', '常熟', 'county', '320500', 'Changshu', 'Changshu City'),
  ('张家港市', '320582', '张家港', 'county', '320500', 'Zhangjiagang', 'Zhangjiagang City'),
  ('昆山市', '320583', '昆山', 'county', '320500', 'Kunshan', 'Kunshan City'),
  ('太仓市', '320585', '太仓', 'county', '320500', 'Taicang', 'Taicang City'),
  ('通州区', '320612', '通州', 'district', '320600', 'Tongzhou', 'Tongzhou District'),
  ('崇川区', '320613', '崇川', 'district', '320600', 'Chongchuan', 'Chongchuan District'),
  ('海门区', '320614', '海门', 'district', '320600', 'Haimen', 'Haimen District'),
  ('如东县', '320623', '如东', 'county', '320600', 'Rudong', 'Rudong County'),
  ('启东市', '320681', '启东', 'county', '320600', 'Qidong', 'Qidong City'),
  ('如皋市', '320682', '如皋', 'county', '320600', 'Rugao', 'Rugao City'),
  ('海安市', '320685', '海安', 'county', '320600', 'Hai''an', 'Hai''an City'),
  ('连云区', '320703', '连云', 'district', '320700', 'Lianyun', 'Lianyun District'),
  ('海州区', '320706', '海州', 'district', '320700', 'Haizhou', 'Haizhou District'),
  ('赣榆区', '320707', '赣榆', 'district', '320700', 'Ganyu', 'Ganyu District'),
  ('东海县', '320722', '东海', 'county', '320700', 'Donghai', 'Donghai County'),
  ('灌云县', '320723', '灌云', 'county', '320700', 'Guanyun', 'Guanyun County'),
  ('灌南县', '320724', '灌南', 'county', '320700', 'Guannan', 'Guannan County'),
  ('淮安区', '320803', '淮安', 'district', '320800', 'Huai''an', 'Huai''an District'),
  ('淮阴区', '320804', '淮阴', 'district', '320800', 'Huaiyin', 'Huaiyin District'),
  ('清江浦区', '320812', '清江浦', 'district', '320800', 'Qingjiangpu', 'Qingjiangpu District'),
  ('洪泽区', '320813', '洪泽', 'district', '320800', 'Hongze', 'Hongze District'),
  ('涟水县', '320826', '涟水', 'county', '320800', 'Lianshui', 'Lianshui County'),
  ('盱眙县', '320830', '盱眙', 'county', '320800', 'Xuyi', 'Xuyi County'),
  ('金湖县', '320831', '金湖', 'county', '320800', 'Jinhu', 'Jinhu County'),
  ('亭湖区', '320902', '亭湖', 'district', '320900', 'Tinghu', 'Tinghu District'),
  ('盐都区', '320903', '盐都', 'district', '320900', 'Yandou', 'Yandou District'),
  ('大丰区', '320904', '大丰', 'district', '320900', 'Dafeng', 'Dafeng District'),
  ('响水县', '320921', '响水', 'county', '320900', 'Xiangshui', 'Xiangshui County'),
  ('滨海县', '320922', '滨海', 'county', '320900', 'Binhai', 'Binhai County'),
  ('阜宁县', '320923', '阜宁', 'county', '320900', 'Funing', 'Funing County'),
  ('射阳县', '320924', '射阳', 'county', '320900', 'Sheyang', 'Sheyang County'),
  ('建湖县', '320925', '建湖', 'county', '320900', 'Jianhu', 'Jianhu County'),
  ('东台市', '320981', '东台', 'county', '320900', 'Dongtai', 'Dongtai City'),
  ('广陵区', '321002', '广陵', 'district', '321000', 'Guangling', 'Guangling District'),
  ('邗江区', '321003', '邗江', 'district', '321000', 'Hanjiang', 'Hanjiang District'),
  ('江都区', '321012', '江都', 'district', '321000', 'Jiangdou', 'Jiangdou District'),
  ('宝应县', '321023', '宝应', 'county', '321000', 'Baoying', 'Baoying County'),
  ('仪征市', '321081', '仪征', 'county', '321000', 'Yizheng', 'Yizheng City'),
  ('高邮市', '321084', '高邮', 'county', '321000', 'Gaoyou', 'Gaoyou City'),
  ('京口区', '321102', '京口', 'district', '321100', 'Jingkou', 'Jingkou District'),
  ('润州区', '321111', '润州', 'district', '321100', 'Runzhou', 'Runzhou District'),
  ('丹徒区', '321112', '丹徒', 'district', '321100', 'Dantu', 'Dantu District'),
  ('丹阳市', '321181', '丹阳', 'county', '321100', 'Danyang', 'Danyang City'),
  ('扬中市', '321182', '扬中', 'county', '321100', 'Yangzhong', 'Yangzhong City'),
  ('句容市', '321183', '句容', 'county', '321100', 'Jurong', 'Jurong City'),
  ('海陵区', '321202', '海陵', 'district', '321200', 'Hailing', 'Hailing District'),
  ('高港区', '321203', '高港', 'district', '321200', 'Gaogang', 'Gaogang District'),
  ('姜堰区', '321204', '姜堰', 'district', '321200', 'Jiangyan', 'Jiangyan District'),
  ('兴化市', '321281', '兴化', 'county', '321200', 'Xinghua', 'Xinghua City'),
  ('靖江市', '321282', '靖江', 'county', '321200', 'Jingjiang', 'Jingjiang City'),
  ('泰兴市', '321283', '泰兴', 'county', '321200', 'Taixing', 'Taixing City'),
  ('宿城区', '321302', '宿城', 'district', '321300', 'Sucheng', 'Sucheng District'),
  ('宿豫区', '321311', '宿豫', 'district', '321300', 'Suyu', 'Suyu District'),
  ('沭阳县', '321322', '沭阳', 'county', '321300', 'Shuyang', 'Shuyang County'),
  ('泗阳县', '321323', '泗阳', 'county', '321300', 'Siyang', 'Siyang County'),
  ('泗洪县', '321324', '泗洪', 'county', '321300', 'Sihong', 'Sihong County'),
  ('上城区', '330102', '上城', 'district', '330100', 'Shangcheng', 'Shangcheng District'),
  ('拱墅区', '330105', '拱墅', 'district', '330100', 'Gongshu', 'Gongshu District'),
  ('西湖区', '330106', '西湖', 'district', '330100', 'Xihu', 'Xihu District'),
  ('滨江区', '330108', '滨江', 'district', '330100', 'Binjiang', 'Binjiang District'),
  ('萧山区', '330109', '萧山', 'district', '330100', 'Xiaoshan', 'Xiaoshan District'),
  ('余杭区', '330110', '余杭', 'district', '330100', 'Yuhang', 'Yuhang District'),
  ('富阳区', '330111', '富阳', 'district', '330100', 'Fuyang', 'Fuyang District'),
  ('临安区', '330112', '临安', 'district', '330100', 'Lin''an', 'Lin''an District'),
  ('临平区', '330113', '临平', 'district', '330100', 'Linping', 'Linping District'),
  ('钱塘区', '330114', '钱塘', 'district', '330100', 'Qiantang', 'Qiantang District'),
  ('桐庐县', '330122', '桐庐', 'county', '330100', 'Tonglu', 'Tonglu County'),
  ('淳安县', '330127', '淳安', 'county', '330100', 'Chun''an', 'Chun''an County'),
  ('建德市', '330182', '建德', 'county', '330100', 'Jiande', 'Jiande City'),
  ('海曙区', '330203', '海曙', 'district', '330200', 'Haishu', 'Haishu District'),
  ('江北区', '330205', '江北', 'district', '330200', 'Jiangbei', 'Jiangbei District'),
  ('北仑区', '330206', '北仑', 'district', '330200', 'Beilun', 'Beilun District'),
  ('镇海区', '330211', '镇海', 'district', '330200', 'Zhenhai', 'Zhenhai District'),
  ('鄞州区', '330212', '鄞州', 'district', '330200', 'Yinzhou', 'Yinzhou District'),
  ('奉化区', '330213', '奉化', 'district', '330200', 'Fenghua', 'Fenghua District'),
  ('象山县', '330225', '象山', 'county', '330200', 'Xiangshan', 'Xiangshan County'),
  ('宁海县', '330226', '宁海', 'county', '330200', 'Ninghai', 'Ninghai County'),
  ('余姚市', '330281', '余姚', 'county', '330200', 'Yuyao', 'Yuyao City'),
  ('慈溪市', '330282', '慈溪', 'county', '330200', 'Cixi', 'Cixi City'),
  ('鹿城区', '330302', '鹿城', 'district', '330300', 'Lucheng', 'Lucheng District'),
  ('龙湾区', '330303', '龙湾', 'district', '330300', 'Longwan', 'Longwan District'),
  ('瓯海区', '330304', '瓯海', 'district', '330300', 'Ouhai', 'Ouhai District'),
  ('洞头区', '330305', '洞头', 'district', '330300', 'Dongtou', 'Dongtou District'),
  ('永嘉县', '330324', '永嘉', 'county', '330300', 'Yongjia', 'Yongjia County'),
  ('平阳县', '330326', '平阳', 'county', '330300', 'Pingyang', 'Pingyang County'),
  ('苍南县', '330327', '苍南', 'county', '330300', 'Cangnan', 'Cangnan County'),
  ('文成县', '330328', '文成', 'county', '330300', 'Wencheng', 'Wencheng County'),
  ('泰顺县', '330329', '泰顺', 'county', '330300', 'Taishun', 'Taishun County'),
  ('瑞安市', '330381', '瑞安', 'county', '330300', 'Rui''an', 'Rui''an City'),
  ('乐清市', '330382', '乐清', 'county', '330300', 'Yueqing', 'Yueqing City'),
  ('龙港市', '330383', '龙港', 'county', '330300', 'Longgang', 'Longgang City'),
  ('南湖区', '330402', '南湖', 'district', '330400', 'Nanhu', 'Nanhu District'),
  ('秀洲区', '330411', '秀洲', 'district', '330400', 'Xiuzhou', 'Xiuzhou District'),
  ('嘉善县', '330421', '嘉善', 'county', '330400', 'Jiashan', 'Jiashan County'),
  ('海盐县', '330424', '海盐', 'county', '330400', 'Haiyan', 'Haiyan County'),
  ('海宁市', '330481', '海宁', 'county', '330400', 'Haining', 'Haining City'),
  ('平湖市', '330482', '平湖', 'county', '330400', 'Pinghu', 'Pinghu City'),
  ('桐乡市', '330483', '桐乡', 'county', '330400', 'Tongxiang', 'Tongxiang City'),
  ('吴兴区', '330502', '吴兴', 'district', '330500', 'Wuxing', 'Wuxing District'),
  ('南浔区', '330503', '南浔', 'district', '330500', 'Nanxun', 'Nanxun District'),
  ('德清县', '330521', '德清', 'county', '330500', 'Deqing', 'Deqing County'),
  ('长兴县', '330522', '长兴', 'county', '330500', 'Changxing', 'Changxing County'),
  ('安吉县', '330523', '安吉', 'county', '330500', 'Anji', 'Anji County'),
  ('越城区', '330602', '越城', 'district', '330600', 'Yuecheng', 'Yuecheng District'),
  ('柯桥区', '330603', '柯桥', 'district', '330600', 'Keqiao', 'Keqiao District'),
  ('上虞区', '330604', '上虞', 'district', '330600', 'Shangyu', 'Shangyu District'),
  ('新昌县', '330624', '新昌', 'county', '330600', 'Xinchang', 'Xinchang County'),
  ('诸暨市', '330681', '诸暨', 'county', '330600', 'Zhuji', 'Zhuji City'),
  ('嵊州市', '330683', '嵊州', 'county', '330600', 'Shengzhou', 'Shengzhou City'),
  ('婺城区', '330702', '婺城', 'district', '330700', 'Wucheng', 'Wucheng District'),
  ('金东区', '330703', '金东', 'district', '330700', 'Jindong', 'Jindong District'),
  ('武义县', '330723', '武义', 'county', '330700', 'Wuyi', 'Wuyi County'),
  ('浦江县', '330726', '浦江', 'county', '330700', 'Pujiang', 'Pujiang County'),
  ('磐安县', '330727', '磐安', 'county', '330700', 'Pan''an', 'Pan''an County'),
  ('兰溪市', '330781', '兰溪', 'county', '330700', 'Lanxi', 'Lanxi City'),
  ('义乌市', '330782', '义乌', 'county', '330700', 'Yiwu', 'Yiwu City'),
  ('东阳市', '330783', '东阳', 'county', '330700', 'Dongyang', 'Dongyang City'),
  ('永康市', '330784', '永康', 'county', '330700', 'Yongkang', 'Yongkang City'),
  ('柯城区', '330802', '柯城', 'district', '330800', 'Kecheng', 'Kecheng District'),
  ('衢江区', '330803', '衢江', 'district', '330800', 'Qujiang', 'Qujiang District'),
  ('常山县', '330822', '常山', 'county', '330800', 'Changshan', 'Changshan County'),
  ('开化县', '330824', '开化', 'county', '330800', 'Kaihua', 'Kaihua County'),
  ('龙游县', '330825', '龙游', 'county', '330800', 'Longyou', 'Longyou County'),
  ('江山市', '330881', '江山', 'county', '330800', 'Jiangshan', 'Jiangshan City'),
  ('定海区', '330902', '定海', 'district', '330900', 'Dinghai', 'Dinghai District'),
  ('普陀区', '330903', '普陀', 'district', '330900', 'Putuo', 'Putuo District'),
  ('岱山县', '330921', '岱山', 'county', '330900', 'Daishan', 'Daishan County'),
  ('嵊泗县', '330922', '嵊泗', 'county', '330900', 'Shengsi', 'Shengsi County'),
  ('椒江区', '331002', '椒江', 'district', '331000', 'Jiaojiang', 'Jiaojiang District'),
  ('黄岩区', '331003', '黄岩', 'district', '331000', 'Huangyan', 'Huangyan District'),
  ('路桥区', '331004', '路桥', 'district', '331000', 'Luqiao', 'Luqiao District'),
  ('三门县', '331022', '三门', 'county', '331000', 'Sanmen', 'Sanmen County'),
  ('天台县', '331023', '天台', 'county', '331000', 'Tiantai', 'Tiantai County'),
  ('仙居县', '331024', '仙居', 'county', '331000', 'Xianju', 'Xianju County'),
  ('温岭市', '331081', '温岭', 'county', '331000', 'Wenling', 'Wenling City'),
  ('临海市', '331082', '临海', 'county', '331000', 'Linhai', 'Linhai City'),
  ('玉环市', '331083', '玉环', 'county', '331000', 'Yuhuan', 'Yuhuan City'),
  ('莲都区', '331102', '莲都', 'district', '331100', 'Liandou', 'Liandou District'),
  ('青田县', '331121', '青田', 'county', '331100', 'Qingtian', 'Qingtian County'),
  ('缙云县', '331122', '缙云', 'county', '331100', 'Jinyun', 'Jinyun County'),
  ('遂昌县', '331123', '遂昌', 'county', '331100', 'Suichang', 'Suichang County'),
  ('松阳县', '331124', '松阳', 'county', '331100', 'Songyang', 'Songyang County'),
  ('云和县', '331125', '云和', 'county', '331100', 'Yunhe', 'Yunhe County'),
  ('庆元县', '331126', '庆元', 'county', '331100', 'Qingyuan', 'Qingyuan County'),
  ('景宁畲族自治县', '331127', '景宁', 'county', '331100', 'Jingning', 'Jingning Autonomous County'),
  ('龙泉市', '331181', '龙泉', 'county', '331100', 'Longquan', 'Longquan City'),
  ('瑶海区', '340102', '瑶海', 'district', '340100', 'Yaohai', 'Yaohai District'),
  ('庐阳区', '340103', '庐阳', 'district', '340100', 'Luyang', 'Luyang District'),
  ('蜀山区', '340104', '蜀山', 'district', '340100', 'Shushan', 'Shushan District'),
  ('包河区', '340111', '包河', 'district', '340100', 'Baohe', 'Baohe District'),
  ('长丰县', '340121', '长丰', 'county', '340100', 'Changfeng', 'Changfeng County'),
  ('肥东县', '340122', '肥东', 'county', '340100', 'Feidong', 'Feidong County'),
  ('肥西县', '340123', '肥西', 'county', '340100', 'Feixi', 'Feixi County'),
  ('庐江县', '340124', '庐江', 'county', '340100', 'Lujiang', 'Lujiang County'),
  ('巢湖市', '340181', '巢湖', 'county', '340100', 'Chaohu', 'Chaohu City'),
  ('镜湖区', '340202', '镜湖', 'district', '340200', 'Jinghu', 'Jinghu District'),
  ('鸠江区', '340207', '鸠江', 'district', '340200', 'Jiujiang', 'Jiujiang District'),
  ('弋江区', '340209', '弋江', 'district', '340200', 'Yijiang', 'Yijiang District'),
  ('湾沚区', '340210', '湾沚', 'district', '340200', 'Wanzhi', 'Wanzhi District'),
  ('繁昌区', '340212', '繁昌', 'district', '340200', 'Fanchang', 'Fanchang District'),
  ('南陵县', '340223', '南陵', 'county', '340200', 'Nanling', 'Nanling County'),
  ('无为市', '340281', '无为', 'county', '340200', 'Wuwei', 'Wuwei City'),
  ('龙子湖区', '340302', '龙子湖', 'district', '340300', 'Longzihu', 'Longzihu District'),
  ('蚌山区', '340303', '蚌山', 'district', '340300', 'Bangshan', 'Bangshan District'),
  ('禹会区', '340304', '禹会', 'district', '340300', 'Yuhui', 'Yuhui District'),
  ('淮上区', '340311', '淮上', 'district', '340300', 'Huaishang', 'Huaishang District'),
  ('怀远县', '340321', '怀远', 'county', '340300', 'Huaiyuan', 'Huaiyuan County'),
  ('五河县', '340322', '五河', 'county', '340300', 'Wuhe', 'Wuhe County'),
  ('固镇县', '340323', '固镇', 'county', '340300', 'Guzhen', 'Guzhen County'),
  ('大通区', '340402', '大通', 'district', '340400', 'Datong', 'Datong District'),
  ('田家庵区', '340403', '田家庵', 'district', '340400', 'Tianjia''an', 'Tianjia''an District'),
  ('谢家集区', '340404', '谢家集', 'district', '340400', 'Xiejiaji', 'Xiejiaji District'),
  ('八公山区', '340405', '八公山', 'district', '340400', 'Bagongshan', 'Bagongshan District'),
  ('潘集区', '340406', '潘集', 'district', '340400', 'Panji', 'Panji District'),
  ('凤台县', '340421', '凤台', 'county', '340400', 'Fengtai', 'Fengtai County'),
  ('寿县', '340422', '寿', 'county', '340400', 'Shou', 'Shou County'),
  ('花山区', '340503', '花山', 'district', '340500', 'Huashan', 'Huashan District'),
  ('雨山区', '340504', '雨山', 'district', '340500', 'Yushan', 'Yushan District'),
  ('博望区', '340506', '博望', 'district', '340500', 'Bowang', 'Bowang District'),
  ('当涂县', '340521', '当涂', 'county', '340500', 'Dangtu', 'Dangtu County'),
  ('含山县', '340522', '含山', 'county', '340500', 'Hanshan', 'Hanshan County'),
  ('和县', '340523', '和', 'county', '340500', 'He', 'He County'),
  ('杜集区', '340602', '杜集', 'district', '340600', 'Duji', 'Duji District'),
  ('相山区', '340603', '相山', 'district', '340600', 'Xiangshan', 'Xiangshan District'),
  ('烈山区', '340604', '烈山', 'district', '340600', 'Lieshan', 'Lieshan District'),
  ('濉溪县', '340621', '濉溪', 'county', '340600', 'Suixi', 'Suixi County'),
  ('铜官区', '340705', '铜官', 'district', '340700', 'Tongguan', 'Tongguan District'),
  ('义安区', '340706', '义安', 'district', '340700', 'Yi''an', 'Yi''an District'),
  ('郊区', '340711', '郊', 'district', '340700', 'Jiao', 'Jiao District'),
  ('枞阳县', '340722', '枞阳', 'county', '340700', 'Zongyang', 'Zongyang County'),
  ('迎江区', '340802', '迎江', 'district', '340800', 'Yingjiang', 'Yingjiang District'),
  ('大观区', '340803', '大观', 'district', '340800', 'Daguan', 'Daguan District'),
  ('宜秀区', '340811', '宜秀', 'district', '340800', 'Yixiu', 'Yixiu District'),
  ('怀宁县', '340822', '怀宁', 'county', '340800', 'Huaining', 'Huaining County'),
  ('太湖县', '340825', '太湖', 'county', '340800', 'Taihu', 'Taihu County'),
  ('宿松县', '340826', '宿松', 'county', '340800', 'Susong', 'Susong County'),
  ('望江县', '340827', '望江', 'county', '340800', 'Wangjiang', 'Wangjiang County'),
  ('岳西县', '340828', '岳西', 'county', '340800', 'Yuexi', 'Yuexi County'),
  ('桐城市', '340881', '桐城', 'county', '340800', 'Tongcheng', 'Tongcheng City'),
  ('潜山市', '340882', '潜山', 'county', '340800', 'Qianshan', 'Qianshan City'),
  ('屯溪区', '341002', '屯溪', 'district', '341000', 'Tunxi', 'Tunxi District'),
  ('黄山区', '341003', '黄山', 'district', '341000', 'Huangshan', 'Huangshan District'),
  ('徽州区', '341004', '徽州', 'district', '341000', 'Huizhou', 'Huizhou District'),
  ('歙县', '341021', '歙', 'county', '341000', 'Xi', 'Xi County'),
  ('休宁县', '341022', '休宁', 'county', '341000', 'Xiuning', 'Xiuning County'),
  ('黟县', '341023', '黟', 'county', '341000', 'Yi', 'Yi County'),
  ('祁门县', '341024', '祁门', 'county', '341000', 'Qimen', 'Qimen County'),
  ('琅琊区', '341102', '琅琊', 'district', '341100', 'Langya', 'Langya District'),
  ('南谯区', '341103', '南谯', 'district', '341100', 'Nanqiao', 'Nanqiao District'),
  ('来安县', '341122', '来安', 'county', '341100', 'Lai''an', 'Lai''an County'),
  ('全椒县', '341124', '全椒', 'county', '341100', 'Quanjiao', 'Quanjiao County'),
  ('定远县', '341125', '定远', 'county', '341100', 'Dingyuan', 'Dingyuan County'),
  ('凤阳县', '341126', '凤阳', 'county', '341100', 'Fengyang', 'Fengyang County'),
  ('天长市', '341181', '天长', 'county', '341100', 'Tianchang', 'Tianchang City'),
  ('明光市', '341182', '明光', 'county', '341100', 'Mingguang', 'Mingguang City'),
  ('颍州区', '341202', '颍州', 'district', '341200', 'Yingzhou', 'Yingzhou District'),
  ('颍东区', '341203', '颍东', 'district', '341200', 'Yingdong', 'Yingdong District'),
  ('颍泉区', '341204', '颍泉', 'district', '341200', 'Yingquan', 'Yingquan District'),
  ('临泉县', '341221', '临泉', 'county', '341200', 'Linquan', 'Linquan County'),
  ('太和县', '341222', '太和', 'county', '341200', 'Taihe', 'Taihe County'),
  ('阜南县', '341225', '阜南', 'county', '341200', 'Funan', 'Funan County'),
  ('颍上县', '341226', '颍上', 'county', '341200', 'Yingshang', 'Yingshang County'),
  ('界首市', '341282', '界首', 'county', '341200', 'Jieshou', 'Jieshou City'),
  ('埇桥区', '341302', '埇桥', 'district', '341300', 'Yongqiao', 'Yongqiao District'),
  ('砀山县', '341321', '砀山', 'county', '341300', 'Dangshan', 'Dangshan County'),
  ('萧县', '341322', '萧', 'county', '341300', 'Xiao', 'Xiao County'),
  ('灵璧县', '341323', '灵璧', 'county', '341300', 'Lingbi', 'Lingbi County'),
  ('泗县', '341324', '泗', 'county', '341300', 'Si', 'Si County'),
  ('金安区', '341502', '金安', 'district', '341500', 'Jin''an', 'Jin''an District'),
  ('裕安区', '341503', '裕安', 'district', '341500', 'Yu''an', 'Yu''an District'),
  ('叶集区', '341504', '叶集', 'district', '341500', 'Yeji', 'Yeji District'),
  ('霍邱县', '341522', '霍邱', 'county', '341500', 'Huoqiu', 'Huoqiu County'),
  ('舒城县', '341523', '舒城', 'county', '341500', 'Shucheng', 'Shucheng County'),
  ('金寨县', '341524', '金寨', 'county', '341500', 'Jinzhai', 'Jinzhai County'),
  ('霍山县', '341525', '霍山', 'county', '341500', 'Huoshan', 'Huoshan County'),
  ('谯城区', '341602', '谯城', 'district', '341600', 'Qiaocheng', 'Qiaocheng District'),
  ('涡阳县', '341621', '涡阳', 'county', '341600', 'Woyang', 'Woyang County'),
  ('蒙城县', '341622', '蒙城', 'county', '341600', 'Mengcheng', 'Mengcheng County'),
  ('利辛县', '341623', '利辛', 'county', '341600', 'Lixin', 'Lixin County'),
  ('贵池区', '341702', '贵池', 'district', '341700', 'Guichi', 'Guichi District'),
  ('东至县', '341721', '东至', 'county', '341700', 'Dongzhi', 'Dongzhi County'),
  ('石台县', '341722', '石台', 'county', '341700', 'Shitai', 'Shitai County'),
  ('青阳县', '341723', '青阳', 'county', '341700', 'Qingyang', 'Qingyang County'),
  ('宣州区', '341802', '宣州', 'district', '341800', 'Xuanzhou', 'Xuanzhou District'),
  ('郎溪县', '341821', '郎溪', 'county', '341800', 'Langxi', 'Langxi County'),
  ('泾县', '341823', '泾', 'county', '341800', 'Jing', 'Jing County'),
  ('绩溪县', '341824', '绩溪', 'county', '341800', 'Jixi', 'Jixi County'),
  ('旌德县', '341825', '旌德', 'county', '341800', 'Jingde', 'Jingde County'),
  ('宁国市', '341881', '宁国', 'county', '341800', 'Ningguo', 'Ningguo City'),
  ('广德市', '341882', '广德', 'county', '341800', 'Guangde', 'Guangde City'),
  ('鼓楼区', '350102', '鼓楼', 'district', '350100', 'Gulou', 'Gulou District'),
  ('台江区', '350103', '台江', 'district', '350100', 'Taijiang', 'Taijiang District'),
  ('仓山区', '350104', '仓山', 'district', '350100', 'Cangshan', 'Cangshan District'),
  ('马尾区', '350105', '马尾', 'district', '350100', 'Mawei', 'Mawei District'),
  ('晋安区', '350111', '晋安', 'district', '350100', 'Jin''an', 'Jin''an District'),
  ('长乐区', '350112', '长乐', 'district', '350100', 'Changle', 'Changle District'),
  ('闽侯县', '350121', '闽侯', 'county', '350100', 'Minhou', 'Minhou County'),
  ('连江县', '350122', '连江', 'county', '350100', 'Lianjiang', 'Lianjiang County'),
  ('罗源县', '350123', '罗源', 'county', '350100', 'Luoyuan', 'Luoyuan County'),
  ('闽清县', '350124', '闽清', 'county', '350100', 'Minqing', 'Minqing County'),
  ('永泰县', '350125', '永泰', 'county', '350100', 'Yongtai', 'Yongtai County'),
  ('平潭县', '350128', '平潭', 'county', '350100', 'Pingtan', 'Pingtan County'),
  ('福清市', '350181', '福清', 'county', '350100', 'Fuqing', 'Fuqing City'),
  ('思明区', '350203', '思明', 'district', '350200', 'Siming', 'Siming District'),
  ('海沧区', '350205', '海沧', 'district', '350200', 'Haicang', 'Haicang District'),
  ('湖里区', '350206', '湖里', 'district', '350200', 'Huli', 'Huli District'),
  ('集美区', '350211', '集美', 'district', '350200', 'Jimei', 'Jimei District'),
  ('同安区', '350212', '同安', 'district', '350200', 'Tong''an', 'Tong''an District'),
  ('翔安区', '350213', '翔安', 'district', '350200', 'Xiang''an', 'Xiang''an District'),
  ('城厢区', '350302', '城厢', 'district', '350300', 'Chengxiang', 'Chengxiang District'),
  ('涵江区', '350303', '涵江', 'district', '350300', 'Hanjiang', 'Hanjiang District'),
  ('荔城区', '350304', '荔城', 'district', '350300', 'Licheng', 'Licheng District'),
  ('秀屿区', '350305', '秀屿', 'district', '350300', 'Xiuyu', 'Xiuyu District'),
  ('仙游县', '350322', '仙游', 'county', '350300', 'Xianyou', 'Xianyou County'),
  ('三元区', '350404', '三元', 'district', '350400', 'Sanyuan', 'Sanyuan District'),
  ('沙县区', '350405', '沙县', 'district', '350400', 'Shaxian', 'Shaxian District'),
  ('明溪县', '350421', '明溪', 'county', '350400', 'Mingxi', 'Mingxi County'),
  ('清流县', '350423', '清流', 'county', '350400', 'Qingliu', 'Qingliu County'),
  ('宁化县', '350424', '宁化', 'county', '350400', 'Ninghua', 'Ninghua County'),
  ('大田县', '350425', '大田', 'county', '350400', 'Datian', 'Datian County'),
  ('尤溪县', '350426', '尤溪', 'county', '350400', 'Youxi', 'Youxi County'),
  ('将乐县', '350428', '将乐', 'county', '350400', 'Jiangle', 'Jiangle County'),
  ('泰宁县', '350429', '泰宁', 'county', '350400', 'Taining', 'Taining County'),
  ('建宁县', '350430', '建宁', 'county', '350400', 'Jianning', 'Jianning County'),
  ('永安市', '350481', '永安', 'county', '350400', 'Yong''an', 'Yong''an City'),
  ('鲤城区', '350502', '鲤城', 'district', '350500', 'Licheng', 'Licheng District'),
  ('丰泽区', '350503', '丰泽', 'district', '350500', 'Fengze', 'Fengze District'),
  ('洛江区', '350504', '洛江', 'district', '350500', 'Luojiang', 'Luojiang District'),
  ('泉港区', '350505', '泉港', 'district', '350500', 'Quangang', 'Quangang District'),
  ('惠安县', '350521', '惠安', 'county', '350500', 'Hui''an', 'Hui''an County'),
  ('安溪县', '350524', '安溪', 'county', '350500', 'Anxi', 'Anxi County'),
  ('永春县', '350525', '永春', 'county', '350500', 'Yongchun', 'Yongchun County'),
  ('德化县', '350526', '德化', 'county', '350500', 'Dehua', 'Dehua County'),
  ('金门县', '350527', '金门', 'county', '350500', 'Jinmen', 'Jinmen County'),
  ('石狮市', '350581', '石狮', 'county', '350500', 'Shishi', 'Shishi City'),
  ('晋江市', '350582', '晋江', 'county', '350500', 'Jinjiang', 'Jinjiang City'),
  ('南安市', '350583', '南安', 'county', '350500', 'Nan''an', 'Nan''an City'),
  ('芗城区', '350602', '芗城', 'district', '350600', 'Xiangcheng', 'Xiangcheng District'),
  ('龙文区', '350603', '龙文', 'district', '350600', 'Longwen', 'Longwen District'),
  ('龙海区', '350604', '龙海', 'district', '350600', 'Longhai', 'Longhai District'),
  ('长泰区', '350605', '长泰', 'district', '350600', 'Changtai', 'Changtai District'),
  ('云霄县', '350622', '云霄', 'county', '350600', 'Yunxiao', 'Yunxiao County'),
  ('漳浦县', '350623', '漳浦', 'county', '350600', 'Zhangpu', 'Zhangpu County'),
  ('诏安县', '350624', '诏安', 'county', '350600', 'Zhao''an', 'Zhao''an County'),
  ('东山县', '350626', '东山', 'county', '350600', 'Dongshan', 'Dongshan County'),
  ('南靖县', '350627', '南靖', 'county', '350600', 'Nanjing', 'Nanjing County'),
  ('平和县', '350628', '平和', 'county', '350600', 'Pinghe', 'Pinghe County'),
  ('华安县', '350629', '华安', 'county', '350600', 'Hua''an', 'Hua''an County'),
  ('延平区', '350702', '延平', 'district', '350700', 'Yanping', 'Yanping District'),
  ('建阳区', '350703', '建阳', 'district', '350700', 'Jianyang', 'Jianyang District'),
  ('顺昌县', '350721', '顺昌', 'county', '350700', 'Shunchang', 'Shunchang County'),
  ('浦城县', '350722', '浦城', 'county', '350700', 'Pucheng', 'Pucheng County'),
  ('光泽县', '350723', '光泽', 'county', '350700', 'Guangze', 'Guangze County'),
  ('松溪县', '350724', '松溪', 'county', '350700', 'Songxi', 'Songxi County'),
  ('政和县', '350725', '政和', 'county', '350700', 'Zhenghe', 'Zhenghe County'),
  ('邵武市', '350781', '邵武', 'county', '350700', 'Shaowu', 'Shaowu City'),
  ('武夷山市', '350782', '武夷山', 'county', '350700', 'Wuyishan', 'Wuyishan City'),
  ('建瓯市', '350783', '建瓯', 'county', '350700', 'Jian''ou', 'Jian''ou City'),
  ('新罗区', '350802', '新罗', 'district', '350800', 'Xinluo', 'Xinluo District'),
  ('永定区', '350803', '永定', 'district', '350800', 'Yongding', 'Yongding District'),
  ('长汀县', '350821', '长汀', 'county', '350800', 'Changting', 'Changting County'),
  ('上杭县', '350823', '上杭', 'county', '350800', 'Shanghang', 'Shanghang County'),
  ('武平县', '350824', '武平', 'county', '350800', 'Wuping', 'Wuping County'),
  ('连城县', '350825', '连城', 'county', '350800', 'Liancheng', 'Liancheng County'),
  ('漳平市', '350881', '漳平', 'county', '350800', 'Zhangping', 'Zhangping City'),
  ('蕉城区', '350902', '蕉城', 'district', '350900', 'Jiaocheng', 'Jiaocheng District'),
  ('霞浦县', '350921', '霞浦', 'county', '350900', 'Xiapu', 'Xiapu County'),
  ('古田县', '350922', '古田', 'county', '350900', 'Gutian', 'Gutian County'),
  ('屏南县', '350923', '屏南', 'county', '350900', 'Pingnan', 'Pingnan County'),
  ('寿宁县', '350924', '寿宁', 'county', '350900', 'Shouning', 'Shouning County'),
  ('周宁县', '350925', '周宁', 'county', '350900', 'Zhouning', 'Zhouning County'),
  ('柘荣县', '350926', '柘荣', 'county', '350900', 'Zherong', 'Zherong County'),
  ('福安市', '350981', '福安', 'county', '350900', 'Fu''an', 'Fu''an City'),
  ('福鼎市', '350982', '福鼎', 'county', '350900', 'Fuding', 'Fuding City'),
  ('东湖区', '360102', '东湖', 'district', '360100', 'Donghu', 'Donghu District'),
  ('西湖区', '360103', '西湖', 'district', '360100', 'Xihu', 'Xihu District'),
  ('青云谱区', '360104', '青云谱', 'district', '360100', 'Qingyunpu', 'Qingyunpu District'),
  ('青山湖区', '360111', '青山湖', 'district', '360100', 'Qingshanhu', 'Qingshanhu District'),
  ('新建区', '360112', '新建', 'district', '360100', 'Xinjian', 'Xinjian District'),
  ('红谷滩区', '360113', '红谷滩', 'district', '360100', 'Honggutan', 'Honggutan District'),
  ('南昌县', '360121', '南昌', 'county', '360100', 'Nanchang', 'Nanchang County'),
  ('安义县', '360123', '安义', 'county', '360100', 'Anyi', 'Anyi County'),
  ('进贤县', '360124', '进贤', 'county', '360100', 'Jinxian', 'Jinxian County'),
  ('昌江区', '360202', '昌江', 'district', '360200', 'Changjiang', 'Changjiang District'),
  ('珠山区', '360203', '珠山', 'district', '360200', 'Zhushan', 'Zhushan District'),
  ('浮梁县', '360222', '浮梁', 'county', '360200', 'Fuliang', 'Fuliang County'),
  ('乐平市', '360281', '乐平', 'county', '360200', 'Leping', 'Leping City'),
  ('安源区', '360302', '安源', 'district', '360300', 'Anyuan', 'Anyuan District'),
  ('湘东区', '360313', '湘东', 'district', '360300', 'Xiangdong', 'Xiangdong District'),
  ('莲花县', '360321', '莲花', 'county', '360300', 'Lianhua', 'Lianhua County'),
  ('上栗县', '360322', '上栗', 'county', '360300', 'Shangli', 'Shangli County'),
  ('芦溪县', '360323', '芦溪', 'county', '360300', 'Luxi', 'Luxi County'),
  ('濂溪区', '360402', '濂溪', 'district', '360400', 'Lianxi', 'Lianxi District'),
  ('浔阳区', '360403', '浔阳', 'district', '360400', 'Xunyang', 'Xunyang District'),
  ('柴桑区', '360404', '柴桑', 'district', '360400', 'Chaisang', 'Chaisang District'),
  ('武宁县', '360423', '武宁', 'county', '360400', 'Wuning', 'Wuning County'),
  ('修水县', '360424', '修水', 'county', '360400', 'Xiushui', 'Xiushui County'),
  ('永修县', '360425', '永修', 'county', '360400', 'Yongxiu', 'Yongxiu County'),
  ('德安县', '360426', '德安', 'county', '360400', 'De''an', 'De''an County'),
  ('都昌县', '360428', '都昌', 'county', '360400', 'Douchang', 'Douchang County'),
  ('湖口县', '360429', '湖口', 'county', '360400', 'Hukou', 'Hukou County'),
  ('彭泽县', '360430', '彭泽', 'county', '360400', 'Pengze', 'Pengze County'),
  ('瑞昌市', '360481', '瑞昌', 'county', '360400', 'Ruichang', 'Ruichang City'),
  ('共青城市', '360482', '共青城', 'county', '360400', 'Gongqingcheng', 'Gongqingcheng City'),
  ('庐山市', '360483', '庐山', 'county', '360400', 'Lushan', 'Lushan City'),
  ('渝水区', '360502', '渝水', 'district', '360500', 'Yushui', 'Yushui District'),
  ('分宜县', '360521', '分宜', 'county', '360500', 'Fenyi', 'Fenyi County'),
  ('月湖区', '360602', '月湖', 'district', '360600', 'Yuehu', 'Yuehu District'),
  ('余江区', '360603', '余江', 'district', '360600', 'Yujiang', 'Yujiang District'),
  ('贵溪市', '360681', '贵溪', 'county', '360600', 'Guixi', 'Guixi City'),
  ('章贡区', '360702', '章贡', 'district', '360700', 'Zhanggong', 'Zhanggong District'),
  ('南康区', '360703', '南康', 'district', '360700', 'Nankang', 'Nankang District'),
  ('赣县区', '360704', '赣县', 'district', '360700', 'Ganxian', 'Ganxian District'),
  ('信丰县', '360722', '信丰', 'county', '360700', 'Xinfeng', 'Xinfeng County'),
  ('大余县', '360723', '大余', 'county', '360700', 'Dayu', 'Dayu County'),
  ('上犹县', '360724', '上犹', 'county', '360700', 'Shangyou', 'Shangyou County'),
  ('崇义县', '360725', '崇义', 'county', '360700', 'Chongyi', 'Chongyi County'),
  ('安远县', '360726', '安远', 'county', '360700', 'Anyuan', 'Anyuan County'),
  ('定南县', '360728', '定南', 'county', '360700', 'Dingnan', 'Dingnan County'),
  ('全南县', '360729', '全南', 'county', '360700', 'Quannan', 'Quannan County'),
  ('宁都县', '360730', '宁都', 'county', '360700', 'Ningdou', 'Ningdou County'),
  ('于都县', '360731', '于都', 'county', '360700', 'Yudou', 'Yudou County'),
  ('兴国县', '360732', '兴国', 'county', '360700', 'Xingguo', 'Xingguo County'),
  ('会昌县', '360733', '会昌', 'county', '360700', 'Huichang', 'Huichang County'),
  ('寻乌县', '360734', '寻乌', 'county', '360700', 'Xunwu', 'Xunwu County'),
  ('石城县', '360735', '石城', 'county', '360700', 'Shicheng', 'Shicheng County'),
  ('瑞金市', '360781', '瑞金', 'county', '360700', 'Ruijin', 'Ruijin City'),
  ('龙南市', '360783', '龙南', 'county', '360700', 'Longnan', 'Longnan City'),
  ('吉州区', '360802', '吉州', 'district', '360800', 'Jizhou', 'Jizhou District'),
  ('青原区', '360803', '青原', 'district', '360800', 'Qingyuan', 'Qingyuan District'),
  ('吉安县', '360821', '吉安', 'county', '360800', 'Ji''an', 'Ji''an County'),
  ('吉水县', '360822', '吉水', 'county', '360800', 'Jishui', 'Jishui County'),
  ('峡江县', '360823', '峡江', 'county', '360800', 'Xiajiang', 'Xiajiang County'),
  ('新干县', '360824', '新干', 'county', '360800', 'Xingan', 'Xingan County'),
  ('永丰县', '360825', '永丰', 'county', '360800', 'Yongfeng', 'Yongfeng County'),
  ('泰和县', '360826', '泰和', 'county', '360800', 'Taihe', 'Taihe County'),
  ('遂川县', '360827', '遂川', 'county', '360800', 'Suichuan', 'Suichuan County'),
  ('万安县', '360828', '万安', 'county', '360800', 'Wan''an', 'Wan''an County'),
  ('安福县', '360829', '安福', 'county', '360800', 'Anfu', 'Anfu County'),
  ('永新县', '360830', '永新', 'county', '360800', 'Yongxin', 'Yongxin County'),
  ('井冈山市', '360881', '井冈山', 'county', '360800', 'Jinggangshan', 'Jinggangshan City'),
  ('袁州区', '360902', '袁州', 'district', '360900', 'Yuanzhou', 'Yuanzhou District'),
  ('奉新县', '360921', '奉新', 'county', '360900', 'Fengxin', 'Fengxin County'),
  ('万载县', '360922', '万载', 'county', '360900', 'Wanzai', 'Wanzai County'),
  ('上高县', '360923', '上高', 'county', '360900', 'Shanggao', 'Shanggao County'),
  ('宜丰县', '360924', '宜丰', 'county', '360900', 'Yifeng', 'Yifeng County'),
  ('靖安县', '360925', '靖安', 'county', '360900', 'Jing''an', 'Jing''an County'),
  ('铜鼓县', '360926', '铜鼓', 'county', '360900', 'Tonggu', 'Tonggu County'),
  ('丰城市', '360981', '丰城', 'county', '360900', 'Fengcheng', 'Fengcheng City'),
  ('樟树市', '360982', '樟树', 'county', '360900', 'Zhangshu', 'Zhangshu City'),
  ('高安市', '360983', '高安', 'county', '360900', 'Gao''an', 'Gao''an City'),
  ('临川区', '361002', '临川', 'district', '361000', 'Linchuan', 'Linchuan District'),
  ('东乡区', '361003', '东乡', 'district', '361000', 'Dongxiang', 'Dongxiang District'),
  ('南城县', '361021', '南城', 'county', '361000', 'Nancheng', 'Nancheng County'),
  ('黎川县', '361022', '黎川', 'county', '361000', 'Lichuan', 'Lichuan County'),
  ('南丰县', '361023', '南丰', 'county', '361000', 'Nanfeng', 'Nanfeng County'),
  ('崇仁县', '361024', '崇仁', 'county', '361000', 'Chongren', 'Chongren County'),
  ('乐安县', '361025', '乐安', 'county', '361000', 'Le''an', 'Le''an County'),
  ('宜黄县', '361026', '宜黄', 'county', '361000', 'Yihuang', 'Yihuang County'),
  ('金溪县', '361027', '金溪', 'county', '361000', 'Jinxi', 'Jinxi County'),
  ('资溪县', '361028', '资溪', 'county', '361000', 'Zixi', 'Zixi County'),
  ('广昌县', '361030', '广昌', 'county', '361000', 'Guangchang', 'Guangchang County'),
  ('信州区', '361102', '信州', 'district', '361100', 'Xinzhou', 'Xinzhou District'),
  ('广丰区', '361103', '广丰', 'district', '361100', 'Guangfeng', 'Guangfeng District'),
  ('广信区', '361104', '广信', 'district', '361100', 'Guangxin', 'Guangxin District'),
  ('玉山县', '361123', '玉山', 'county', '361100', 'Yushan', 'Yushan County'),
  ('铅山县', '361124', '铅山', 'county', '361100', 'Yanshan', 'Yanshan County'),
  ('横峰县', '361125', '横峰', 'county', '361100', 'Hengfeng', 'Hengfeng County'),
  ('弋阳县', '361126', '弋阳', 'county', '361100', 'Yiyang', 'Yiyang County'),
  ('余干县', '361127', '余干', 'county', '361100', 'Yugan', 'Yugan County'),
  ('鄱阳县', '361128', '鄱阳', 'county', '361100', 'Poyang', 'Poyang County'),
  ('万年县', '361129', '万年', 'county', '361100', 'Wannian', 'Wannian County'),
  ('婺源县', '361130', '婺源', 'county', '361100', 'Wuyuan', 'Wuyuan County'),
  ('德兴市', '361181', '德兴', 'county', '361100', 'Dexing', 'Dexing City'),
  ('历下区', '370102', '历下', 'district', '370100', 'Lixia', 'Lixia District'),
  ('市中区', '370103', '市中', 'district', '370100', 'Shizhong', 'Shizhong District'),
  ('槐荫区', '370104', '槐荫', 'district', '370100', 'Huaiyin', 'Huaiyin District'),
  ('天桥区', '370105', '天桥', 'district', '370100', 'Tianqiao', 'Tianqiao District'),
  ('历城区', '370112', '历城', 'district', '370100', 'Licheng', 'Licheng District'),
  ('长清区', '370113', '长清', 'district', '370100', 'Changqing', 'Changqing District'),
  ('章丘区', '370114', '章丘', 'district', '370100', 'Zhangqiu', 'Zhangqiu District'),
  ('济阳区', '370115', '济阳', 'district', '370100', 'Jiyang', 'Jiyang District'),
  ('莱芜区', '370116', '莱芜', 'district', '370100', 'Laiwu', 'Laiwu District'),
  ('钢城区', '370117', '钢城', 'district', '370100', 'Gangcheng', 'Gangcheng District'),
  ('平阴县', '370124', '平阴', 'county', '370100', 'Pingyin', 'Pingyin County'),
  ('商河县', '370126', '商河', 'county', '370100', 'Shanghe', 'Shanghe County'),
  ('市南区', '370202', '市南', 'district', '370200', 'Shinan', 'Shinan District'),
  ('市北区', '370203', '市北', 'district', '370200', 'Shibei', 'Shibei District'),
  ('黄岛区', '370211', '黄岛', 'district', '370200', 'Huangdao', 'Huangdao District'),
  ('崂山区', '370212', '崂山', 'district', '370200', 'Laoshan', 'Laoshan District'),
  ('李沧区', '370213', '李沧', 'district', '370200', 'Licang', 'Licang District'),
  ('城阳区', '370214', '城阳', 'district', '370200', 'Chengyang', 'Chengyang District'),
  ('即墨区', '370215', '即墨', 'district', '370200', 'Jimo', 'Jimo District'),
  ('胶州市', '370281', '胶州', 'county', '370200', 'Jiaozhou', 'Jiaozhou City'),
  ('平度市', '370283', '平度', 'county', '370200', 'Pingdu', 'Pingdu City'),
  ('莱西市', '370285', '莱西', 'county', '370200', 'Laixi', 'Laixi City'),
  ('淄川区', '370302', '淄川', 'district', '370300', 'Zichuan', 'Zichuan District'),
  ('张店区', '370303', '张店', 'district', '370300', 'Zhangdian', 'Zhangdian District'),
  ('博山区', '370304', '博山', 'district', '370300', 'Boshan', 'Boshan District'),
  ('临淄区', '370305', '临淄', 'district', '370300', 'Linzi', 'Linzi District'),
  ('周村区', '370306', '周村', 'district', '370300', 'Zhoucun', 'Zhoucun District'),
  ('桓台县', '370321', '桓台', 'county', '370300', 'Huantai', 'Huantai County'),
  ('高青县', '370322', '高青', 'county', '370300', 'Gaoqing', 'Gaoqing County'),
  ('沂源县', '370323', '沂源', 'county', '370300', 'Yiyuan', 'Yiyuan County'),
  ('市中区', '370402', '市中', 'district', '370400', 'Shizhong', 'Shizhong District'),
  ('薛城区', '370403', '薛城', 'district', '370400', 'Xuecheng', 'Xuecheng District'),
  ('峄城区', '370404', '峄城', 'district', '370400', 'Yicheng', 'Yicheng District'),
  ('台儿庄区', '370405', '台儿庄', 'district', '370400', 'Tai''erzhuang', 'Tai''erzhuang District'),
  ('山亭区', '370406', '山亭', 'district', '370400', 'Shanting', 'Shanting District'),
  ('滕州市', '370481', '滕州', 'county', '370400', 'Tengzhou', 'Tengzhou City'),
  ('东营区', '370502', '东营', 'district', '370500', 'Dongying', 'Dongying District'),
  ('河口区', '370503', '河口', 'district', '370500', 'Hekou', 'Hekou District'),
  ('垦利区', '370505', '垦利', 'district', '370500', 'Kenli', 'Kenli District'),
  ('利津县', '370522', '利津', 'county', '370500', 'Lijin', 'Lijin County'),
  ('广饶县', '370523', '广饶', 'county', '370500', 'Guangrao', 'Guangrao County'),
  ('芝罘区', '370602', '芝罘', 'district', '370600', 'Zhifu', 'Zhifu District'),
  ('福山区', '370611', '福山', 'district', '370600', 'Fushan', 'Fushan District'),
  ('牟平区', '370612', '牟平', 'district', '370600', 'Muping', 'Muping District'),
  ('莱山区', '370613', '莱山', 'district', '370600', 'Laishan', 'Laishan District'),
  ('蓬莱区', '370614', '蓬莱', 'district', '370600', 'Penglai', 'Penglai District'),
  ('龙口市', '370681', '龙口', 'county', '370600', 'Longkou', 'Longkou City'),
  ('莱阳市', '370682', '莱阳', 'county', '370600', 'Laiyang', 'Laiyang City'),
  ('莱州市', '370683', '莱州', 'county', '370600', 'Laizhou', 'Laizhou City'),
  ('招远市', '370685', '招远', 'county', '370600', 'Zhaoyuan', 'Zhaoyuan City'),
  ('栖霞市', '370686', '栖霞', 'county', '370600', 'Qixia', 'Qixia City'),
  ('海阳市', '370687', '海阳', 'county', '370600', 'Haiyang', 'Haiyang City'),
  ('潍城区', '370702', '潍城', 'district', '370700', 'Weicheng', 'Weicheng District'),
  ('寒亭区', '370703', '寒亭', 'district', '370700', 'Hanting', 'Hanting District'),
  ('坊子区', '370704', '坊子', 'district', '370700', 'Fangzi', 'Fangzi District'),
  ('奎文区', '370705', '奎文', 'district', '370700', 'Kuiwen', 'Kuiwen District'),
  ('临朐县', '370724', '临朐', 'county', '370700', 'Linqu', 'Linqu County'),
  ('昌乐县', '370725', '昌乐', 'county', '370700', 'Changle', 'Changle County'),
  ('青州市', '370781', '青州', 'county', '370700', 'Qingzhou', 'Qingzhou City'),
  ('诸城市', '370782', '诸城', 'county', '370700', 'Zhucheng', 'Zhucheng City'),
  ('寿光市', '370783', '寿光', 'county', '370700', 'Shouguang', 'Shouguang City'),
  ('安丘市', '370784', '安丘', 'county', '370700', 'Anqiu', 'Anqiu City'),
  ('高密市', '370785', '高密', 'county', '370700', 'Gaomi', 'Gaomi City'),
  ('昌邑市', '370786', '昌邑', 'county', '370700', 'Changyi', 'Changyi City'),
  ('任城区', '370811', '任城', 'district', '370800', 'Rencheng', 'Rencheng District'),
  ('兖州区', '370812', '兖州', 'district', '370800', 'Yanzhou', 'Yanzhou District'),
  ('微山县', '370826', '微山', 'county', '370800', 'Weishan', 'Weishan County'),
  ('鱼台县', '370827', '鱼台', 'county', '370800', 'Yutai', 'Yutai County'),
  ('金乡县', '370828', '金乡', 'county', '370800', 'Jinxiang', 'Jinxiang County'),
  ('嘉祥县', '370829', '嘉祥', 'county', '370800', 'Jiaxiang', 'Jiaxiang County'),
  ('汶上县', '370830', '汶上', 'county', '370800', 'Wenshang', 'Wenshang County'),
  ('泗水县', '370831', '泗水', 'county', '370800', 'Sishui', 'Sishui County'),
  ('梁山县', '370832', '梁山', 'county', '370800', 'Liangshan', 'Liangshan County'),
  ('曲阜市', '370881', '曲阜', 'county', '370800', 'Qufu', 'Qufu City'),
  ('邹城市', '370883', '邹城', 'county', '370800', 'Zoucheng', 'Zoucheng City'),
  ('泰山区', '370902', '泰山', 'district', '370900', 'Taishan', 'Taishan District'),
  ('岱岳区', '370911', '岱岳', 'district', '370900', 'Daiyue', 'Daiyue District'),
  ('宁阳县', '370921', '宁阳', 'county', '370900', 'Ningyang', 'Ningyang County'),
  ('东平县', '370923', '东平', 'county', '370900', 'Dongping', 'Dongping County'),
  ('新泰市', '370982', '新泰', 'county', '370900', 'Xintai', 'Xintai City'),
  ('肥城市', '370983', '肥城', 'county', '370900', 'Feicheng', 'Feicheng City'),
  ('环翠区', '371002', '环翠', 'district', '371000', 'Huancui', 'Huancui District'),
  ('文登区', '371003', '文登', 'district', '371000', 'Wendeng', 'Wendeng District'),
  ('荣成市', '371082', '荣成', 'county', '371000', 'Rongcheng', 'Rongcheng City'),
  ('乳山市', '371083', '乳山', 'county', '371000', 'Rushan', 'Rushan City'),
  ('东港区', '371102', '东港', 'district', '371100', 'Donggang', 'Donggang District'),
  ('岚山区', '371103', '岚山', 'district', '371100', 'Lanshan', 'Lanshan District'),
  ('五莲县', '371121', '五莲', 'county', '371100', 'Wulian', 'Wulian County'),
  ('莒县', '371122', '莒', 'county', '371100', 'Ju', 'Ju County'),
  ('兰山区', '371302', '兰山', 'district', '371300', 'Lanshan', 'Lanshan District'),
  ('罗庄区', '371311', '罗庄', 'district', '371300', 'Luozhuang', 'Luozhuang District'),
  ('河东区', '371312', '河东', 'district', '371300', 'Hedong', 'Hedong District'),
  ('沂南县', '371321', '沂南', 'county', '371300', 'Yinan', 'Yinan County'),
  ('郯城县', '371322', '郯城', 'county', '371300', 'Tancheng', 'Tancheng County'),
  ('沂水县', '371323', '沂水', 'county', '371300', 'Yishui', 'Yishui County'),
  ('兰陵县', '371324', '兰陵', 'county', '371300', 'Lanling', 'Lanling County'),
  ('费县', '371325', '费', 'county', '371300', 'Fei', 'Fei County'),
  ('平邑县', '371326', '平邑', 'county', '371300', 'Pingyi', 'Pingyi County'),
  ('莒南县', '371327', '莒南', 'county', '371300', 'Junan', 'Junan County'),
  ('蒙阴县', '371328', '蒙阴', 'county', '371300', 'Mengyin', 'Mengyin County'),
  ('临沭县', '371329', '临沭', 'county', '371300', 'Linshu', 'Linshu County'),
  ('德城区', '371402', '德城', 'district', '371400', 'Decheng', 'Decheng District'),
  ('陵城区', '371403', '陵城', 'district', '371400', 'Lingcheng', 'Lingcheng District'),
  ('宁津县', '371422', '宁津', 'county', '371400', 'Ningjin', 'Ningjin County'),
  ('庆云县', '371423', '庆云', 'county', '371400', 'Qingyun', 'Qingyun County'),
  ('临邑县', '371424', '临邑', 'county', '371400', 'Linyi', 'Linyi County'),
  ('齐河县', '371425', '齐河', 'county', '371400', 'Qihe', 'Qihe County'),
  ('平原县', '371426', '平原', 'county', '371400', 'Pingyuan', 'Pingyuan County'),
  ('夏津县', '371427', '夏津', 'county', '371400', 'Xiajin', 'Xiajin County'),
  ('武城县', '371428', '武城', 'county', '371400', 'Wucheng', 'Wucheng County'),
  ('乐陵市', '371481', '乐陵', 'county', '371400', 'Leling', 'Leling City'),
  ('禹城市', '371482', '禹城', 'county', '371400', 'Yucheng', 'Yucheng City'),
  ('东昌府区', '371502', '东昌府', 'district', '371500', 'Dongchangfu', 'Dongchangfu District'),
  ('茌平区', '371503', '茌平', 'district', '371500', 'Chiping', 'Chiping District'),
  ('阳谷县', '371521', '阳谷', 'county', '371500', 'Yanggu', 'Yanggu County'),
  ('莘县', '371522', '莘', 'county', '371500', 'Shen', 'Shen County'),
  ('东阿县', '371524', '东阿', 'county', '371500', 'Dong''e', 'Dong''e County'),
  ('冠县', '371525', '冠', 'county', '371500', 'Guan', 'Guan County'),
  ('高唐县', '371526', '高唐', 'county', '371500', 'Gaotang', 'Gaotang County'),
  ('临清市', '371581', '临清', 'county', '371500', 'Linqing', 'Linqing City'),
  ('滨城区', '371602', '滨城', 'district', '371600', 'Bincheng', 'Bincheng District'),
  ('沾化区', '371603', '沾化', 'district', '371600', 'Zhanhua', 'Zhanhua District'),
  ('惠民县', '371621', '惠民', 'county', '371600', 'Huimin', 'Huimin County'),
  ('阳信县', '371622', '阳信', 'county', '371600', 'Yangxin', 'Yangxin County'),
  ('无棣县', '371623', '无棣', 'county', '371600', 'Wudi', 'Wudi County'),
  ('博兴县', '371625', '博兴', 'county', '371600', 'Boxing', 'Boxing County'),
  ('邹平市', '371681', '邹平', 'county', '371600', 'Zouping', 'Zouping City'),
  ('牡丹区', '371702', '牡丹', 'district', '371700', 'Mudan', 'Mudan District'),
  ('定陶区', '371703', '定陶', 'district', '371700', 'Dingtao', 'Dingtao District'),
  ('曹县', '371721', '曹', 'county', '371700', 'Cao', 'Cao County'),
  ('单县', '371722', '单', 'county', '371700', 'Dan', 'Dan County'),
  ('成武县', '371723', '成武', 'county', '371700', 'Chengwu', 'Chengwu County'),
  ('巨野县', '371724', '巨野', 'county', '371700', 'Juye', 'Juye County'),
  ('郓城县', '371725', '郓城', 'county', '371700', 'Yuncheng', 'Yuncheng County'),
  ('鄄城县', '371726', '鄄城', 'county', '371700', 'Juancheng', 'Juancheng County'),
  ('东明县', '371728', '东明', 'county', '371700', 'Dongming', 'Dongming County'),
  ('中原区', '410102', '中原', 'district', '410100', 'Zhongyuan', 'Zhongyuan District'),
  ('二七区', '410103', '二七', 'district', '410100', 'Erqi', 'Erqi District'),
  ('管城回族区', '410104', '管城回族', 'district', '410100', 'Guanchenghuizu', 'Guanchenghuizu District'),
  ('金水区', '410105', '金水', 'district', '410100', 'Jinshui', 'Jinshui District'),
  ('上街区', '410106', '上街', 'district', '410100', 'Shangjie', 'Shangjie District'),
  ('惠济区', '410108', '惠济', 'district', '410100', 'Huiji', 'Huiji District'),
  ('中牟县', '410122', '中牟', 'county', '410100', 'Zhongmu', 'Zhongmu County'),
  ('巩义市', '410181', '巩义', 'county', '410100', 'Gongyi', 'Gongyi City'),
  ('荥阳市', '410182', '荥阳', 'county', '410100', 'Xingyang', 'Xingyang City'),
  ('新密市', '410183', '新密', 'county', '410100', 'Xinmi', 'Xinmi City'),
  ('新郑市', '410184', '新郑', 'county', '410100', 'Xinzheng', 'Xinzheng City'),
  ('登封市', '410185', '登封', 'county', '410100', 'Dengfeng', 'Dengfeng City'),
  ('龙亭区', '410202', '龙亭', 'district', '410200', 'Longting', 'Longting District'),
  ('顺河回族区', '410203', '顺河回族', 'district', '410200', 'Shunhehuizu', 'Shunhehuizu District'),
  ('鼓楼区', '410204', '鼓楼', 'district', '410200', 'Gulou', 'Gulou District'),
  ('禹王台区', '410205', '禹王台', 'district', '410200', 'Yuwangtai', 'Yuwangtai District'),
  ('祥符区', '410212', '祥符', 'district', '410200', 'Xiangfu', 'Xiangfu District'),
  ('杞县', '410221', '杞', 'county', '410200', 'Qi', 'Qi County'),
  ('通许县', '410222', '通许', 'county', '410200', 'Tongxu', 'Tongxu County'),
  ('尉氏县', '410223', '尉氏', 'county', '410200', 'Weishi', 'Weishi County'),
  ('兰考县', '410225', '兰考', 'county', '410200', 'Lankao', 'Lankao County'),
  ('老城区', '410302', '老城', 'district', '410300', 'Laocheng', 'Laocheng District'),
  ('西工区', '410303', '西工', 'district', '410300', 'Xigong', 'Xigong District'),
  ('瀍河回族区', '410304', '瀍河回族', 'district', '410300', 'Chanhehuizu', 'Chanhehuizu District'),
  ('涧西区', '410305', '涧西', 'district', '410300', 'Jianxi', 'Jianxi District'),
  ('偃师区', '410307', '偃师', 'district', '410300', 'Yanshi', 'Yanshi District'),
  ('孟津区', '410308', '孟津', 'district', '410300', 'Mengjin', 'Mengjin District'),
  ('洛龙区', '410311', '洛龙', 'district', '410300', 'Luolong', 'Luolong District'),
  ('新安县', '410323', '新安', 'county', '410300', 'Xin''an', 'Xin''an County'),
  ('栾川县', '410324', '栾川', 'county', '410300', 'Luanchuan', 'Luanchuan County'),
  ('嵩县', '410325', '嵩', 'county', '410300', 'Song', 'Song County'),
  ('汝阳县', '410326', '汝阳', 'county', '410300', 'Ruyang', 'Ruyang County'),
  ('宜阳县', '410327', '宜阳', 'county', '410300', 'Yiyang', 'Yiyang County'),
  ('洛宁县', '410328', '洛宁', 'county', '410300', 'Luoning', 'Luoning County'),
  ('伊川县', '410329', '伊川', 'county', '410300', 'Yichuan', 'Yichuan County'),
  ('新华区', '410402', '新华', 'district', '410400', 'Xinhua', 'Xinhua District'),
  ('卫东区', '410403', '卫东', 'district', '410400', 'Weidong', 'Weidong District'),
  ('石龙区', '410404', '石龙', 'district', '410400', 'Shilong', 'Shilong District'),
  ('湛河区', '410411', '湛河', 'district', '410400', 'Zhanhe', 'Zhanhe District'),
  ('宝丰县', '410421', '宝丰', 'county', '410400', 'Baofeng', 'Baofeng County'),
  ('叶县', '410422', '叶', 'county', '410400', 'Ye', 'Ye County'),
  ('鲁山县', '410423', '鲁山', 'county', '410400', 'Lushan', 'Lushan County'),
  ('郏县', '410425', '郏', 'county', '410400', 'Jia', 'Jia County'),
  ('舞钢市', '410481', '舞钢', 'county', '410400', 'Wugang', 'Wugang City'),
  ('汝州市', '410482', '汝州', 'county', '410400', 'Ruzhou', 'Ruzhou City'),
  ('文峰区', '410502', '文峰', 'district', '410500', 'Wenfeng', 'Wenfeng District'),
  ('北关区', '410503', '北关', 'district', '410500', 'Beiguan', 'Beiguan District'),
  ('殷都区', '410505', '殷都', 'district', '410500', 'Yindou', 'Yindou District'),
  ('龙安区', '410506', '龙安', 'district', '410500', 'Long''an', 'Long''an District'),
  ('安阳县', '410522', '安阳', 'county', '410500', 'Anyang', 'Anyang County'),
  ('汤阴县', '410523', '汤阴', 'county', '410500', 'Tangyin', 'Tangyin County'),
  ('滑县', '410526', '滑', 'county', '410500', 'Hua', 'Hua County'),
  ('内黄县', '410527', '内黄', 'county', '410500', 'Neihuang', 'Neihuang County'),
  ('林州市', '410581', '林州', 'county', '410500', 'Linzhou', 'Linzhou City'),
  ('鹤山区', '410602', '鹤山', 'district', '410600', 'Heshan', 'Heshan District'),
  ('山城区', '410603', '山城', 'district', '410600', 'Shancheng', 'Shancheng District'),
  ('淇滨区', '410611', '淇滨', 'district', '410600', 'Qibin', 'Qibin District'),
  ('浚县', '410621', '浚', 'county', '410600', 'Jun', 'Jun County'),
  ('淇县', '410622', '淇', 'county', '410600', 'Qi', 'Qi County'),
  ('红旗区', '410702', '红旗', 'district', '410700', 'Hongqi', 'Hongqi District'),
  ('卫滨区', '410703', '卫滨', 'district', '410700', 'Weibin', 'Weibin District'),
  ('凤泉区', '410704', '凤泉', 'district', '410700', 'Fengquan', 'Fengquan District'),
  ('牧野区', '410711', '牧野', 'district', '410700', 'Muye', 'Muye District'),
  ('新乡县', '410721', '新乡', 'county', '410700', 'Xinxiang', 'Xinxiang County'),
  ('获嘉县', '410724', '获嘉', 'county', '410700', 'Huojia', 'Huojia County'),
  ('原阳县', '410725', '原阳', 'county', '410700', 'Yuanyang', 'Yuanyang County'),
  ('延津县', '410726', '延津', 'county', '410700', 'Yanjin', 'Yanjin County'),
  ('封丘县', '410727', '封丘', 'county', '410700', 'Fengqiu', 'Fengqiu County'),
  ('卫辉市', '410781', '卫辉', 'county', '410700', 'Weihui', 'Weihui City'),
  ('辉县市', '410782', '辉县', 'county', '410700', 'Huixian', 'Huixian City'),
  ('长垣市', '410783', '长垣', 'county', '410700', 'Changyuan', 'Changyuan City'),
  ('解放区', '410802', '解放', 'district', '410800', 'Jiefang', 'Jiefang District'),
  ('中站区', '410803', '中站', 'district', '410800', 'Zhongzhan', 'Zhongzhan District'),
  ('马村区', '410804', '马村', 'district', '410800', 'Macun', 'Macun District'),
  ('山阳区', '410811', '山阳', 'district', '410800', 'Shanyang', 'Shanyang District'),
  ('修武县', '410821', '修武', 'county', '410800', 'Xiuwu', 'Xiuwu County'),
  ('博爱县', '410822', '博爱', 'county', '410800', 'Bo''ai', 'Bo''ai County'),
  ('武陟县', '410823', '武陟', 'county', '410800', 'Wuzhi', 'Wuzhi County'),
  ('温县', '410825', '温', 'county', '410800', 'Wen', 'Wen County'),
  ('沁阳市', '410882', '沁阳', 'county', '410800', 'Qinyang', 'Qinyang City'),
  ('孟州市', '410883', '孟州', 'county', '410800', 'Mengzhou', 'Mengzhou City'),
  ('华龙区', '410902', '华龙', 'district', '410900', 'Hualong', 'Hualong District'),
  ('清丰县', '410922', '清丰', 'county', '410900', 'Qingfeng', 'Qingfeng County'),
  ('南乐县', '410923', '南乐', 'county', '410900', 'Nanle', 'Nanle County'),
  ('范县', '410926', '范', 'county', '410900', 'Fan', 'Fan County'),
  ('台前县', '410927', '台前', 'county', '410900', 'Taiqian', 'Taiqian County'),
  ('濮阳县', '410928', '濮阳', 'county', '410900', 'Puyang', 'Puyang County'),
  ('魏都区', '411002', '魏都', 'district', '411000', 'Weidou', 'Weidou District'),
  ('建安区', '411003', '建安', 'district', '411000', 'Jian''an', 'Jian''an District'),
  ('鄢陵县', '411024', '鄢陵', 'county', '411000', 'Yanling', 'Yanling County'),
  ('襄城县', '411025', '襄城', 'county', '411000', 'Xiangcheng', 'Xiangcheng County'),
  ('禹州市', '411081', '禹州', 'county', '411000', 'Yuzhou', 'Yuzhou City'),
  ('长葛市', '411082', '长葛', 'county', '411000', 'Changge', 'Changge City'),
  ('源汇区', '411102', '源汇', 'district', '411100', 'Yuanhui', 'Yuanhui District'),
  ('郾城区', '411103', '郾城', 'district', '411100', 'Yancheng', 'Yancheng District'),
  ('召陵区', '411104', '召陵', 'district', '411100', 'Zhaoling', 'Zhaoling District'),
  ('舞阳县', '411121', '舞阳', 'county', '411100', 'Wuyang', 'Wuyang County'),
  ('临颍县', '411122', '临颍', 'county', '411100', 'Linying', 'Linying County'),
  ('湖滨区', '411202', '湖滨', 'district', '411200', 'Hubin', 'Hubin District'),
  ('陕州区', '411203', '陕州', 'district', '411200', 'Shanzhou', 'Shanzhou District'),
  ('渑池县', '411221', '渑池', 'county', '411200', 'Mianchi', 'Mianchi County'),
  ('卢氏县', '411224', '卢氏', 'county', '411200', 'Lushi', 'Lushi County'),
  ('义马市', '411281', '义马', 'county', '411200', 'Yima', 'Yima City'),
  ('灵宝市', '411282', '灵宝', 'county', '411200', 'Lingbao', 'Lingbao City'),
  ('宛城区', '411302', '宛城', 'district', '411300', 'Wancheng', 'Wancheng District'),
  ('卧龙区', '411303', '卧龙', 'district', '411300', 'Wolong', 'Wolong District'),
  ('南召县', '411321', '南召', 'county', '411300', 'Nanzhao', 'Nanzhao County'),
  ('方城县', '411322', '方城', 'county', '411300', 'Fangcheng', 'Fangcheng County'),
  ('西峡县', '411323', '西峡', 'county', '411300', 'Xixia', 'Xixia County'),
  ('镇平县', '411324', '镇平', 'county', '411300', 'Zhenping', 'Zhenping County'),
  ('内乡县', '411325', '内乡', 'county', '411300', 'Neixiang', 'Neixiang County'),
  ('淅川县', '411326', '淅川', 'county', '411300', 'Xichuan', 'Xichuan County'),
  ('社旗县', '411327', '社旗', 'county', '411300', 'Sheqi', 'Sheqi County'),
  ('唐河县', '411328', '唐河', 'county', '411300', 'Tanghe', 'Tanghe County'),
  ('新野县', '411329', '新野', 'county', '411300', 'Xinye', 'Xinye County'),
  ('桐柏县', '411330', '桐柏', 'county', '411300', 'Tongbai', 'Tongbai County'),
  ('邓州市', '411381', '邓州', 'county', '411300', 'Dengzhou', 'Dengzhou City'),
  ('梁园区', '411402', '梁园', 'district', '411400', 'Liangyuan', 'Liangyuan District'),
  ('睢阳区', '411403', '睢阳', 'district', '411400', 'Suiyang', 'Suiyang District'),
  ('民权县', '411421', '民权', 'county', '411400', 'Minquan', 'Minquan County'),
  ('睢县', '411422', '睢', 'county', '411400', 'Sui', 'Sui County'),
  ('宁陵县', '411423', '宁陵', 'county', '411400', 'Ningling', 'Ningling County'),
  ('柘城县', '411424', '柘城', 'county', '411400', 'Zhecheng', 'Zhecheng County'),
  ('虞城县', '411425', '虞城', 'county', '411400', 'Yucheng', 'Yucheng County'),
  ('夏邑县', '411426', '夏邑', 'county', '411400', 'Xiayi', 'Xiayi County'),
  ('永城市', '411481', '永城', 'county', '411400', 'Yongcheng', 'Yongcheng City'),
  ('浉河区', '411502', '浉河', 'district', '411500', 'Shihe', 'Shihe District'),
  ('平桥区', '411503', '平桥', 'district', '411500', 'Pingqiao', 'Pingqiao District'),
  ('罗山县', '411521', '罗山', 'county', '411500', 'Luoshan', 'Luoshan County'),
  ('光山县', '411522', '光山', 'county', '411500', 'Guangshan', 'Guangshan County'),
  ('新县', '411523', '新', 'county', '411500', 'Xin', 'Xin County'),
  ('商城县', '411524', '商城', 'county', '411500', 'Shangcheng', 'Shangcheng County'),
  ('固始县', '411525', '固始', 'county', '411500', 'Gushi', 'Gushi County'),
  ('潢川县', '411526', '潢川', 'county', '411500', 'Huangchuan', 'Huangchuan County'),
  ('淮滨县', '411527', '淮滨', 'county', '411500', 'Huaibin', 'Huaibin County'),
  ('息县', '411528', '息', 'county', '411500', 'Xi', 'Xi County'),
  ('川汇区', '411602', '川汇', 'district', '411600', 'Chuanhui', 'Chuanhui District'),
  ('淮阳区', '411603', '淮阳', 'district', '411600', 'Huaiyang', 'Huaiyang District'),
  ('扶沟县', '411621', '扶沟', 'county', '411600', 'Fugou', 'Fugou County'),
  ('西华县', '411622', '西华', 'county', '411600', 'Xihua', 'Xihua County'),
  ('商水县', '411623', '商水', 'county', '411600', 'Shangshui', 'Shangshui County'),
  ('沈丘县', '411624', '沈丘', 'county', '411600', 'Shenqiu', 'Shenqiu County'),
  ('郸城县', '411625', '郸城', 'county', '411600', 'Dancheng', 'Dancheng County'),
  ('太康县', '411627', '太康', 'county', '411600', 'Taikang', 'Taikang County'),
  ('鹿邑县', '411628', '鹿邑', 'county', '411600', 'Luyi', 'Luyi County'),
  ('项城市', '411681', '项城', 'county', '411600', 'Xiangcheng', 'Xiangcheng City'),
  ('驿城区', '411702', '驿城', 'district', '411700', 'Yicheng', 'Yicheng District'),
  ('西平县', '411721', '西平', 'county', '411700', 'Xiping', 'Xiping County'),
  ('上蔡县', '411722', '上蔡', 'county', '411700', 'Shangcai', 'Shangcai County'),
  ('平舆县', '411723', '平舆', 'county', '411700', 'Pingyu', 'Pingyu County'),
  ('正阳县', '411724', '正阳', 'county', '411700', 'Zhengyang', 'Zhengyang County'),
  ('确山县', '411725', '确山', 'county', '411700', 'Queshan', 'Queshan County'),
  ('泌阳县', '411726', '泌阳', 'county', '411700', 'Miyang', 'Miyang County'),
  ('汝南县', '411727', '汝南', 'county', '411700', 'Runan', 'Runan County'),
  ('遂平县', '411728', '遂平', 'county', '411700', 'Suiping', 'Suiping County'),
  ('新蔡县', '411729', '新蔡', 'county', '411700', 'Xincai', 'Xincai County'),
  ('济源市', '419001', '济源', 'county', '410000', 'Jiyuan', 'Jiyuan City'),
  ('江岸区', '420102', '江岸', 'district', '420100', 'Jiang''an', 'Jiang''an District'),
  ('江汉区', '420103', '江汉', 'district', '420100', 'Jianghan', 'Jianghan District'),
  ('硚口区', '420104', '硚口', 'district', '420100', 'Qiaokou', 'Qiaokou District'),
  ('汉阳区', '420105', '汉阳', 'district', '420100', 'Hanyang', 'Hanyang District'),
  ('武昌区', '420106', '武昌', 'district', '420100', 'Wuchang', 'Wuchang District'),
  ('青山区', '420107', '青山', 'district', '420100', 'Qingshan', 'Qingshan District'),
  ('洪山区', '420111', '洪山', 'district', '420100', 'Hongshan', 'Hongshan District'),
  ('东西湖区', '420112', '东西湖', 'district', '420100', 'Dongxihu', 'Dongxihu District'),
  ('汉南区', '420113', '汉南', 'district', '420100', 'Hannan', 'Hannan District'),
  ('蔡甸区', '420114', '蔡甸', 'district', '420100', 'Caidian', 'Caidian District'),
  ('江夏区', '420115', '江夏', 'district', '420100', 'Jiangxia', 'Jiangxia District'),
  ('黄陂区', '420116', '黄陂', 'district', '420100', 'Huangbei', 'Huangbei District'),
  ('新洲区', '420117', '新洲', 'district', '420100', 'Xinzhou', 'Xinzhou District'),
  ('黄石港区', '420202', '黄石港', 'district', '420200', 'Huangshigang', 'Huangshigang District'),
  ('西塞山区', '420203', '西塞山', 'district', '420200', 'Xisaishan', 'Xisaishan District'),
  ('下陆区', '420204', '下陆', 'district', '420200', 'Xialu', 'Xialu District'),
  ('铁山区', '420205', '铁山', 'district', '420200', 'Tieshan', 'Tieshan District'),
  ('阳新县', '420222', '阳新', 'county', '420200', 'Yangxin', 'Yangxin County'),
  ('大冶市', '420281', '大冶', 'county', '420200', 'Daye', 'Daye City'),
  ('茅箭区', '420302', '茅箭', 'district', '420300', 'Maojian', 'Maojian District'),
  ('张湾区', '420303', '张湾', 'district', '420300', 'Zhangwan', 'Zhangwan District'),
  ('郧阳区', '420304', '郧阳', 'district', '420300', 'Yunyang', 'Yunyang District'),
  ('郧西县', '420322', '郧西', 'county', '420300', 'Yunxi', 'Yunxi County'),
  ('竹山县', '420323', '竹山', 'county', '420300', 'Zhushan', 'Zhushan County'),
  ('竹溪县', '420324', '竹溪', 'county', '420300', 'Zhuxi', 'Zhuxi County'),
  ('房县', '420325', '房', 'county', '420300', 'Fang', 'Fang County'),
  ('丹江口市', '420381', '丹江口', 'county', '420300', 'Danjiangkou', 'Danjiangkou City'),
  ('西陵区', '420502', '西陵', 'district', '420500', 'Xiling', 'Xiling District'),
  ('伍家岗区', '420503', '伍家岗', 'district', '420500', 'Wujiagang', 'Wujiagang District'),
  ('点军区', '420504', '点军', 'district', '420500', 'Dianjun', 'Dianjun District'),
  ('猇亭区', '420505', '猇亭', 'district', '420500', 'Xiaoting', 'Xiaoting District'),
  ('夷陵区', '420506', '夷陵', 'district', '420500', 'Yiling', 'Yiling District'),
  ('远安县', '420525', '远安', 'county', '420500', 'Yuan''an', 'Yuan''an County'),
  ('兴山县', '420526', '兴山', 'county', '420500', 'Xingshan', 'Xingshan County'),
  ('秭归县', '420527', '秭归', 'county', '420500', 'Zigui', 'Zigui County'),
  ('长阳土家族自治县', '420528', '长阳', 'county', '420500', 'Changyang', 'Changyang Autonomous County'),
  ('五峰土家族自治县', '420529', '五峰', 'county', '420500', 'Wufeng', 'Wufeng Autonomous County'),
  ('宜都市', '420581', '宜都', 'county', '420500', 'Yidou', 'Yidou City'),
  ('当阳市', '420582', '当阳', 'county', '420500', 'Dangyang', 'Dangyang City'),
  ('枝江市', '420583', '枝江', 'county', '420500', 'Zhijiang', 'Zhijiang City'),
  ('襄城区', '420602', '襄城', 'district', '420600', 'Xiangcheng', 'Xiangcheng District'),
  ('樊城区', '420606', '樊城', 'district', '420600', 'Fancheng', 'Fancheng District'),
  ('襄州区', '420607', '襄州', 'district', '420600', 'Xiangzhou', 'Xiangzhou District'),
  ('南漳县', '420624', '南漳', 'county', '420600', 'Nanzhang', 'Nanzhang County'),
  ('谷城县', '420625', '谷城', 'county', '420600', 'Gucheng', 'Gucheng County'),
  ('保康县', '420626', '保康', 'county', '420600', 'Baokang', 'Baokang County'),
  ('老河口市', '420682', '老河口', 'county', '420600', 'Laohekou', 'Laohekou City'),
  ('枣阳市', '420683', '枣阳', 'county', '420600', 'Zaoyang', 'Zaoyang City'),
  ('宜城市', '420684', '宜城', 'county', '420600', 'Yicheng', 'Yicheng City'),
  ('梁子湖区', '420702', '梁子湖', 'district', '420700', 'Liangzihu', 'Liangzihu District'),
  ('华容区', '420703', '华容', 'district', '420700', 'Huarong', 'Huarong District'),
  ('鄂城区', '420704', '鄂城', 'district', '420700', 'Echeng', 'Echeng District'),
  ('东宝区', '420802', '东宝', 'district', '420800', 'Dongbao', 'Dongbao District'),
  ('掇刀区', '420804', '掇刀', 'district', '420800', 'Duodao', 'Duodao District'),
  ('沙洋县', '420822', '沙洋', 'county', '420800', 'Shayang', 'Shayang County'),
  ('钟祥市', '420881', '钟祥', 'county', '420800', 'Zhongxiang', 'Zhongxiang City'),
  ('京山市', '420882', '京山', 'county', '420800', 'Jingshan', 'Jingshan City'),
  ('孝南区', '420902', '孝南', 'district', '420900', 'Xiaonan', 'Xiaonan District'),
  ('孝昌县', '420921', '孝昌', 'county', '420900', 'Xiaochang', 'Xiaochang County'),
  ('大悟县', '420922', '大悟', 'county', '420900', 'Dawu', 'Dawu County'),
  ('云梦县', '420923', '云梦', 'county', '420900', 'Yunmeng', 'Yunmeng County'),
  ('应城市', '420981', '应城', 'county', '420900', 'Yingcheng', 'Yingcheng City'),
  ('安陆市', '420982', '安陆', 'county', '420900', 'Anlu', 'Anlu City'),
  ('汉川市', '420984', '汉川', 'county', '420900', 'Hanchuan', 'Hanchuan City'),
  ('沙市区', '421002', '沙市', 'district', '421000', 'Shashi', 'Shashi District'),
  ('荆州区', '421003', '荆州', 'district', '421000', 'Jingzhou', 'Jingzhou District'),
  ('公安县', '421022', '公安', 'county', '421000', 'Gong''an', 'Gong''an County'),
  ('江陵县', '421024', '江陵', 'county', '421000', 'Jiangling', 'Jiangling County'),
  ('石首市', '421081', '石首', 'county', '421000', 'Shishou', 'Shishou City'),
  ('洪湖市', '421083', '洪湖', 'county', '421000', 'Honghu', 'Honghu City'),
  ('松滋市', '421087', '松滋', 'county', '421000', 'Songzi', 'Songzi City'),
  ('监利市', '421088', '监利', 'county', '421000', 'Jianli', 'Jianli City'),
  ('黄州区', '421102', '黄州', 'district', '421100', 'Huangzhou', 'Huangzhou District'),
  ('团风县', '421121', '团风', 'county', '421100', 'Tuanfeng', 'Tuanfeng County'),
  ('红安县', '421122', '红安', 'county', '421100', 'Hong''an', 'Hong''an County'),
  ('罗田县', '421123', '罗田', 'county', '421100', 'Luotian', 'Luotian County'),
  ('英山县', '421124', '英山', 'county', '421100', 'Yingshan', 'Yingshan County'),
  ('浠水县', '421125', '浠水', 'county', '421100', 'Xishui', 'Xishui County'),
  ('蕲春县', '421126', '蕲春', 'county', '421100', 'Qichun', 'Qichun County'),
  ('黄梅县', '421127', '黄梅', 'county', '421100', 'Huangmei', 'Huangmei County'),
  ('麻城市', '421181', '麻城', 'county', '421100', 'Macheng', 'Macheng City'),
  ('武穴市', '421182', '武穴', 'county', '421100', 'Wuxue', 'Wuxue City'),
  ('咸安区', '421202', '咸安', 'district', '421200', 'Xian''an', 'Xian''an District'),
  ('嘉鱼县', '421221', '嘉鱼', 'county', '421200', 'Jiayu', 'Jiayu County'),
  ('通城县', '421222', '通城', 'county', '421200', 'Tongcheng', 'Tongcheng County'),
  ('崇阳县', '421223', '崇阳', 'county', '421200', 'Chongyang', 'Chongyang County'),
  ('通山县', '421224', '通山', 'county', '421200', 'Tongshan', 'Tongshan County'),
  ('赤壁市', '421281', '赤壁', 'county', '421200', 'Chibi', 'Chibi City'),
  ('曾都区', '421303', '曾都', 'district', '421300', 'Cengdou', 'Cengdou District'),
  ('随县', '421321', '随', 'county', '421300', 'Sui', 'Sui County'),
  ('广水市', '421381', '广水', 'county', '421300', 'Guangshui', 'Guangshui City'),
  ('恩施市', '422801', '恩施', 'county', '422800', 'Enshi', 'Enshi City'),
  ('利川市', '422802', '利川', 'county', '422800', 'Lichuan', 'Lichuan City'),
  ('建始县', '422822', '建始', 'county', '422800', 'Jianshi', 'Jianshi County'),
  ('巴东县', '422823', '巴东', 'county', '422800', 'Badong', 'Badong County'),
  ('宣恩县', '422825', '宣恩', 'county', '422800', 'Xuan''en', 'Xuan''en County'),
  ('咸丰县', '422826', '咸丰', 'county', '422800', 'Xianfeng', 'Xianfeng County'),
  ('来凤县', '422827', '来凤', 'county', '422800', 'Laifeng', 'Laifeng County'),
  ('鹤峰县', '422828', '鹤峰', 'county', '422800', 'Hefeng', 'Hefeng County'),
  ('仙桃市', '429004', '仙桃', 'county', '420000', 'Xiantao', 'Xiantao City'),
  ('潜江市', '429005', '潜江', 'county', '420000', 'Qianjiang', 'Qianjiang City'),
  ('天门市', '429006', '天门', 'county', '420000', 'Tianmen', 'Tianmen City'),
  ('神农架林区', '429021', '神农架', 'district', '420000', 'Shennongjia', 'Shennongjia Forestry District'),
  ('芙蓉区', '430102', '芙蓉', 'district', '430100', 'Furong', 'Furong District'),
  ('天心区', '430103', '天心', 'district', '430100', 'Tianxin', 'Tianxin District'),
  ('岳麓区', '430104', '岳麓', 'district', '430100', 'Yuelu', 'Yuelu District'),
  ('开福区', '430105', '开福', 'district', '430100', 'Kaifu', 'Kaifu District'),
  ('雨花区', '430111', '雨花', 'district', '430100', 'Yuhua', 'Yuhua District'),
  ('望城区', '430112', '望城', 'district', '430100', 'Wangcheng', 'Wangcheng District'),
  ('长沙县', '430121', '长沙', 'county', '430100', 'Changsha', 'Changsha County'),
  ('浏阳市', '430181', '浏阳', 'county', '430100', 'Liuyang', 'Liuyang City'),
  ('宁乡市', '430182', '宁乡', 'county', '430100', 'Ningxiang', 'Ningxiang City'),
  ('荷塘区', '430202', '荷塘', 'district', '430200', 'Hetang', 'Hetang District'),
  ('芦淞区', '430203', '芦淞', 'district', '430200', 'Lusong', 'Lusong District'),
  ('石峰区', '430204', '石峰', 'district', '430200', 'Shifeng', 'Shifeng District'),
  ('天元区', '430211', '天元', 'district', '430200', 'Tianyuan', 'Tianyuan District'),
  ('渌口区', '430212', '渌口', 'district', '430200', 'Lukou', 'Lukou District'),
  ('攸县', '430223', '攸', 'county', '430200', 'You', 'You County'),
  ('茶陵县', '430224', '茶陵', 'county', '430200', 'Chaling', 'Chaling County'),
  ('炎陵县', '430225', '炎陵', 'county', '430200', 'Yanling', 'Yanling County'),
  ('醴陵市', '430281', '醴陵', 'county', '430200', 'Liling', 'Liling City'),
  ('雨湖区', '430302', '雨湖', 'district', '430300', 'Yuhu', 'Yuhu District'),
  ('岳塘区', '430304', '岳塘', 'district', '430300', 'Yuetang', 'Yuetang District'),
  ('湘潭县', '430321', '湘潭', 'county', '430300', 'Xiangtan', 'Xiangtan County'),
  ('湘乡市', '430381', '湘乡', 'county', '430300', 'Xiangxiang', 'Xiangxiang City'),
  ('韶山市', '430382', '韶山', 'county', '430300', 'Shaoshan', 'Shaoshan City'),
  ('珠晖区', '430405', '珠晖', 'district', '430400', 'Zhuhui', 'Zhuhui District'),
  ('雁峰区', '430406', '雁峰', 'district', '430400', 'Yanfeng', 'Yanfeng District'),
  ('石鼓区', '430407', '石鼓', 'district', '430400', 'Shigu', 'Shigu District'),
  ('蒸湘区', '430408', '蒸湘', 'district', '430400', 'Zhengxiang', 'Zhengxiang District'),
  ('南岳区', '430412', '南岳', 'district', '430400', 'Nanyue', 'Nanyue District'),
  ('衡阳县', '430421', '衡阳', 'county', '430400', 'Hengyang', 'Hengyang County'),
  ('衡南县', '430422', '衡南', 'county', '430400', 'Hengnan', 'Hengnan County'),
  ('衡山县', '430423', '衡山', 'county', '430400', 'Hengshan', 'Hengshan County'),
  ('衡东县', '430424', '衡东', 'county', '430400', 'Hengdong', 'Hengdong County'),
  ('祁东县', '430426', '祁东', 'county', '430400', 'Qidong', 'Qidong County'),
  ('耒阳市', '430481', '耒阳', 'county', '430400', 'Leiyang', 'Leiyang City'),
  ('常宁市', '430482', '常宁', 'county', '430400', 'Changning', 'Changning City'),
  ('双清区', '430502', '双清', 'district', '430500', 'Shuangqing', 'Shuangqing District'),
  ('大祥区', '430503', '大祥', 'district', '430500', 'Daxiang', 'Daxiang District'),
  ('北塔区', '430511', '北塔', 'district', '430500', 'Beita', 'Beita District'),
  ('新邵县', '430522', '新邵', 'county', '430500', 'Xinshao', 'Xinshao County'),
  ('邵阳县', '430523', '邵阳', 'county', '430500', 'Shaoyang', 'Shaoyang County'),
  ('隆回县', '430524', '隆回', 'county', '430500', 'Longhui', 'Longhui County'),
  ('洞口县', '430525', '洞口', 'county', '430500', 'Dongkou', 'Dongkou County'),
  ('绥宁县', '430527', '绥宁', 'county', '430500', 'Suining', 'Suining County'),
  ('新宁县', '430528', '新宁', 'county', '430500', 'Xinning', 'Xinning County'),
  ('城步苗族自治县', '430529', '城步', 'county', '430500', 'Chengbu', 'Chengbu Autonomous County'),
  ('武冈市', '430581', '武冈', 'county', '430500', 'Wugang', 'Wugang City'),
  ('邵东市', '430582', '邵东', 'county', '430500', 'Shaodong', 'Shaodong City'),
  ('岳阳楼区', '430602', '岳阳楼', 'district', '430600', 'Yueyanglou', 'Yueyanglou District'),
  ('云溪区', '430603', '云溪', 'district', '430600', 'Yunxi', 'Yunxi District'),
  ('君山区', '430611', '君山', 'district', '430600', 'Junshan', 'Junshan District'),
  ('岳阳县', '430621', '岳阳', 'county', '430600', 'Yueyang', 'Yueyang County'),
  ('华容县', '430623', '华容', 'county', '430600', 'Huarong', 'Huarong County'),
  ('湘阴县', '430624', '湘阴', 'county', '430600', 'Xiangyin', 'Xiangyin County'),
  ('平江县', '430626', '平江', 'county', '430600', 'Pingjiang', 'Pingjiang County'),
  ('汨罗市', '430681', '汨罗', 'county', '430600', 'Miluo', 'Miluo City'),
  ('临湘市', '430682', '临湘', 'county', '430600', 'Linxiang', 'Linxiang City'),
  ('武陵区', '430702', '武陵', 'district', '430700', 'Wuling', 'Wuling District'),
  ('鼎城区', '430703', '鼎城', 'district', '430700', 'Dingcheng', 'Dingcheng District'),
  ('安乡县', '430721', '安乡', 'county', '430700', 'Anxiang', 'Anxiang County'),
  ('汉寿县', '430722', '汉寿', 'county', '430700', 'Hanshou', 'Hanshou County'),
  ('澧县', '430723', '澧', 'county', '430700', 'Li', 'Li County'),
  ('临澧县', '430724', '临澧', 'county', '430700', 'Linli', 'Linli County'),
  ('桃源县', '430725', '桃源', 'county', '430700', 'Taoyuan', 'Taoyuan County'),
  ('石门县', '430726', '石门', 'county', '430700', 'Shimen', 'Shimen County'),
  ('津市市', '430781', '津市', 'county', '430700', 'Jinshi', 'Jinshi City'),
  ('永定区', '430802', '永定', 'district', '430800', 'Yongding', 'Yongding District'),
  ('武陵源区', '430811', '武陵源', 'district', '430800', 'Wulingyuan', 'Wulingyuan District'),
  ('慈利县', '430821', '慈利', 'county', '430800', 'Cili', 'Cili County'),
  ('桑植县', '430822', '桑植', 'county', '430800', 'Sangzhi', 'Sangzhi County'),
  ('资阳区', '430902', '资阳', 'district', '430900', 'Ziyang', 'Ziyang District'),
  ('赫山区', '430903', '赫山', 'district', '430900', 'Heshan', 'Heshan District'),
  ('南县', '430921', '南', 'county', '430900', 'Nan', 'Nan County'),
  ('桃江县', '430922', '桃江', 'county', '430900', 'Taojiang', 'Taojiang County'),
  ('安化县', '430923', '安化', 'county', '430900', 'Anhua', 'Anhua County'),
  ('沅江市', '430981', '沅江', 'county', '430900', 'Yuanjiang', 'Yuanjiang City'),
  ('北湖区', '431002', '北湖', 'district', '431000', 'Beihu', 'Beihu District'),
  ('苏仙区', '431003', '苏仙', 'district', '431000', 'Suxian', 'Suxian District'),
  ('桂阳县', '431021', '桂阳', 'county', '431000', 'Guiyang', 'Guiyang County'),
  ('宜章县', '431022', '宜章', 'county', '431000', 'Yizhang', 'Yizhang County'),
  ('永兴县', '431023', '永兴', 'county', '431000', 'Yongxing', 'Yongxing County'),
  ('嘉禾县', '431024', '嘉禾', 'county', '431000', 'Jiahe', 'Jiahe County'),
  ('临武县', '431025', '临武', 'county', '431000', 'Linwu', 'Linwu County'),
  ('汝城县', '431026', '汝城', 'county', '431000', 'Rucheng', 'Rucheng County'),
  ('桂东县', '431027', '桂东', 'county', '431000', 'Guidong', 'Guidong County'),
  ('安仁县', '431028', '安仁', 'county', '431000', 'Anren', 'Anren County'),
  ('资兴市', '431081', '资兴', 'county', '431000', 'Zixing', 'Zixing City'),
  ('零陵区', '431102', '零陵', 'district', '431100', 'Lingling', 'Lingling District'),
  ('冷水滩区', '431103', '冷水滩', 'district', '431100', 'Lengshuitan', 'Lengshuitan District'),
  ('东安县', '431122', '东安', 'county', '431100', 'Dong''an', 'Dong''an County'),
  ('双牌县', '431123', '双牌', 'county', '431100', 'Shuangpai', 'Shuangpai County'),
  ('道县', '431124', '道', 'county', '431100', 'Dao', 'Dao County'),
  ('江永县', '431125', '江永', 'county', '431100', 'Jiangyong', 'Jiangyong County'),
  ('宁远县', '431126', '宁远', 'county', '431100', 'Ningyuan', 'Ningyuan County'),
  ('蓝山县', '431127', '蓝山', 'county', '431100', 'Lanshan', 'Lanshan County'),
  ('新田县', '431128', '新田', 'county', '431100', 'Xintian', 'Xintian County'),
  ('江华瑶族自治县', '431129', '江华', 'county', '431100', 'Jianghua', 'Jianghua Autonomous County'),
  ('祁阳市', '431181', '祁阳', 'county', '431100', 'Qiyang', 'Qiyang City'),
  ('鹤城区', '431202', '鹤城', 'district', '431200', 'Hecheng', 'Hecheng District'),
  ('中方县', '431221', '中方', 'county', '431200', 'Zhongfang', 'Zhongfang County'),
  ('沅陵县', '431222', '沅陵', 'county', '431200', 'Yuanling', 'Yuanling County'),
  ('辰溪县', '431223', '辰溪', 'county', '431200', 'Chenxi', 'Chenxi County'),
  ('溆浦县', '431224', '溆浦', 'county', '431200', 'Xupu', 'Xupu County'),
  ('会同县', '431225', '会同', 'county', '431200', 'Huitong', 'Huitong County'),
  ('麻阳苗族自治县', '431226', '麻阳', 'county', '431200', 'Mayang', 'Mayang Autonomous County'),
  ('新晃侗族自治县', '431227', '新晃', 'county', '431200', 'Xinhuang', 'Xinhuang Autonomous County'),
  ('芷江侗族自治县', '431228', '芷江', 'county', '431200', 'Zhijiang', 'Zhijiang Autonomous County'),
  ('靖州苗族侗族自治县', '431229', '靖州', 'county', '431200', 'Jingzhou', 'Jingzhou Autonomous County'),
  ('通道侗族自治县', '431230', '通道', 'county', '431200', 'Tongdao', 'Tongdao Autonomous County'),
  ('洪江市', '431281', '洪江', 'county', '431200', 'Hongjiang', 'Hongjiang City'),
  ('娄星区', '431302', '娄星', 'district', '431300', 'Louxing', 'Louxing District'),
  ('双峰县', '431321', '双峰', 'county', '431300', 'Shuangfeng', 'Shuangfeng County'),
  ('新化县', '431322', '新化', 'county', '431300', 'Xinhua', 'Xinhua County'),
  ('冷水江市', '431381', '冷水江', 'county', '431300', 'Lengshuijiang', 'Lengshuijiang City'),
  ('涟源市', '431382', '涟源', 'county', '431300', 'Lianyuan', 'Lianyuan City'),
  ('吉首市', '433101', '吉首', 'county', '433100', 'Jishou', 'Jishou City'),
  ('泸溪县', '433122', '泸溪', 'county', '433100', 'Luxi', 'Luxi County'),
  ('凤凰县', '433123', '凤凰', 'county', '433100', 'Fenghuang', 'Fenghuang County'),
  ('花垣县', '433124', '花垣', 'county', '433100', 'Huayuan', 'Huayuan County'),
  ('保靖县', '433125', '保靖', 'county', '433100', 'Baojing', 'Baojing County'),
  ('古丈县', '433126', '古丈', 'county', '433100', 'Guzhang', 'Guzhang County'),
  ('永顺县', '433127', '永顺', 'county', '433100', 'Yongshun', 'Yongshun County'),
  ('龙山县', '433130', '龙山', 'county', '433100', 'Longshan', 'Longshan County'),
  ('荔湾区', '440103', '荔湾', 'district', '440100', 'Liwan', 'Liwan District'),
  ('越秀区', '440104', '越秀', 'district', '440100', 'Yuexiu', 'Yuexiu District'),
  ('海珠区', '440105', '海珠', 'district', '440100', 'Haizhu', 'Haizhu District'),
  ('天河区', '440106', '天河', 'district', '440100', 'Tianhe', 'Tianhe District'),
  ('白云区', '440111', '白云', 'district', '440100', 'Baiyun', 'Baiyun District'),
  ('黄埔区', '440112', '黄埔', 'district', '440100', 'Huangpu', 'Huangpu District'),
  ('番禺区', '440113', '番禺', 'district', '440100', 'Panyu', 'Panyu District'),
  ('花都区', '440114', '花都', 'district', '440100', 'Huadou', 'Huadou District'),
  ('南沙区', '440115', '南沙', 'district', '440100', 'Nansha', 'Nansha District'),
  ('从化区', '440117', '从化', 'district', '440100', 'Conghua', 'Conghua District'),
  ('增城区', '440118', '增城', 'district', '440100', 'Zengcheng', 'Zengcheng District'),
  ('武江区', '440203', '武江', 'district', '440200', 'Wujiang', 'Wujiang District'),
  ('浈江区', '440204', '浈江', 'district', '440200', 'Zhenjiang', 'Zhenjiang District'),
  ('曲江区', '440205', '曲江', 'district', '440200', 'Qujiang', 'Qujiang District'),
  ('始兴县', '440222', '始兴', 'county', '440200', 'Shixing', 'Shixing County'),
  ('仁化县', '440224', '仁化', 'county', '440200', 'Renhua', 'Renhua County'),
  ('翁源县', '440229', '翁源', 'county', '440200', 'Wengyuan', 'Wengyuan County'),
  ('乳源瑶族自治县', '440232', '乳源', 'county', '440200', 'Ruyuan', 'Ruyuan Autonomous County'),
  ('新丰县', '440233', '新丰', 'county', '440200', 'Xinfeng', 'Xinfeng County'),
  ('乐昌市', '440281', '乐昌', 'county', '440200', 'Lechang', 'Lechang City'),
  ('南雄市', '440282', '南雄', 'county', '440200', 'Nanxiong', 'Nanxiong City'),
  ('罗湖区', '440303', '罗湖', 'district', '440300', 'Luohu', 'Luohu District'),
  ('福田区', '440304', '福田', 'district', '440300', 'Futian', 'Futian District'),
  ('南山区', '440305', '南山', 'district', '440300', 'Nanshan', 'Nanshan District'),
  ('宝安区', '440306', '宝安', 'district', '440300', 'Bao''an', 'Bao''an District'),
  ('龙岗区', '440307', '龙岗', 'district', '440300', 'Longgang', 'Longgang District'),
  ('盐田区', '440308', '盐田', 'district', '440300', 'Yantian', 'Yantian District'),
  ('龙华区', '440309', '龙华', 'district', '440300', 'Longhua', 'Longhua District'),
  ('坪山区', '440310', '坪山', 'district', '440300', 'Pingshan', 'Pingshan District'),
  ('光明区', '440311', '光明', 'district', '440300', 'Guangming', 'Guangming District'),
  ('香洲区', '440402', '香洲', 'district', '440400', 'Xiangzhou', 'Xiangzhou District'),
  ('斗门区', '440403', '斗门', 'district', '440400', 'Doumen', 'Doumen District'),
  ('金湾区', '440404', '金湾', 'district', '440400', 'Jinwan', 'Jinwan District'),
  ('龙湖区', '440507', '龙湖', 'district', '440500', 'Longhu', 'Longhu District'),
  ('金平区', '440511', '金平', 'district', '440500', 'Jinping', 'Jinping District'),
  ('濠江区', '440512', '濠江', 'district', '440500', 'Haojiang', 'Haojiang District'),
  ('潮阳区', '440513', '潮阳', 'district', '440500', 'Chaoyang', 'Chaoyang District'),
  ('潮南区', '440514', '潮南', 'district', '440500', 'Chaonan', 'Chaonan District'),
  ('澄海区', '440515', '澄海', 'district', '440500', 'Chenghai', 'Chenghai District'),
  ('南澳县', '440523', '南澳', 'county', '440500', 'Nan''ao', 'Nan''ao County'),
  ('禅城区', '440604', '禅城', 'district', '440600', 'Chancheng', 'Chancheng District'),
  ('南海区', '440605', '南海', 'district', '440600', 'Nanhai', 'Nanhai District'),
  ('顺德区', '440606', '顺德', 'district', '440600', 'Shunde', 'Shunde District'),
  ('三水区', '440607', '三水', 'district', '440600', 'Sanshui', 'Sanshui District'),
  ('高明区', '440608', '高明', 'district', '440600', 'Gaoming', 'Gaoming District'),
  ('蓬江区', '440703', '蓬江', 'district', '440700', 'Pengjiang', 'Pengjiang District'),
  ('江海区', '440704', '江海', 'district', '440700', 'Jianghai', 'Jianghai District'),
  ('新会区', '440705', '新会', 'district', '440700', 'Xinhui', 'Xinhui District'),
  ('台山市', '440781', '台山', 'county', '440700', 'Taishan', 'Taishan City'),
  ('开平市', '440783', '开平', 'county', '440700', 'Kaiping', 'Kaiping City'),
  ('鹤山市', '440784', '鹤山', 'county', '440700', 'Heshan', 'Heshan City'),
  ('恩平市', '440785', '恩平', 'county', '440700', 'Enping', 'Enping City'),
  ('赤坎区', '440802', '赤坎', 'district', '440800', 'Chikan', 'Chikan District'),
  ('霞山区', '440803', '霞山', 'district', '440800', 'Xiashan', 'Xiashan District'),
  ('坡头区', '440804', '坡头', 'district', '440800', 'Potou', 'Potou District'),
  ('麻章区', '440811', '麻章', 'district', '440800', 'Mazhang', 'Mazhang District'),
  ('遂溪县', '440823', '遂溪', 'county', '440800', 'Suixi', 'Suixi County'),
  ('徐闻县', '440825', '徐闻', 'county', '440800', 'Xuwen', 'Xuwen County'),
  ('廉江市', '440881', '廉江', 'county', '440800', 'Lianjiang', 'Lianjiang City'),
  ('雷州市', '440882', '雷州', 'county', '440800', 'Leizhou', 'Leizhou City'),
  ('吴川市', '440883', '吴川', 'county', '440800', 'Wuchuan', 'Wuchuan City'),
  ('茂南区', '440902', '茂南', 'district', '440900', 'Maonan', 'Maonan District'),
  ('电白区', '440904', '电白', 'district', '440900', 'Dianbai', 'Dianbai District'),
  ('高州市', '440981', '高州', 'county', '440900', 'Gaozhou', 'Gaozhou City'),
  ('化州市', '440982', '化州', 'county', '440900', 'Huazhou', 'Huazhou City'),
  ('信宜市', '440983', '信宜', 'county', '440900', 'Xinyi', 'Xinyi City'),
  ('端州区', '441202', '端州', 'district', '441200', 'Duanzhou', 'Duanzhou District'),
  ('鼎湖区', '441203', '鼎湖', 'district', '441200', 'Dinghu', 'Dinghu District'),
  ('高要区', '441204', '高要', 'district', '441200', 'Gaoyao', 'Gaoyao District'),
  ('广宁县', '441223', '广宁', 'county', '441200', 'Guangning', 'Guangning County'),
  ('怀集县', '441224', '怀集', 'county', '441200', 'Huaiji', 'Huaiji County'),
  ('封开县', '441225', '封开', 'county', '441200', 'Fengkai', 'Fengkai County'),
  ('德庆县', '441226', '德庆', 'county', '441200', 'Deqing', 'Deqing County'),
  ('四会市', '441284', '四会', 'county', '441200', 'Sihui', 'Sihui City'),
  ('惠城区', '441302', '惠城', 'district', '441300', 'Huicheng', 'Huicheng District'),
  ('惠阳区', '441303', '惠阳', 'district', '441300', 'Huiyang', 'Huiyang District'),
  ('博罗县', '441322', '博罗', 'county', '441300', 'Boluo', 'Boluo County'),
  ('惠东县', '441323', '惠东', 'county', '441300', 'Huidong', 'Huidong County'),
  ('龙门县', '441324', '龙门', 'county', '441300', 'Longmen', 'Longmen County'),
  ('梅江区', '441402', '梅江', 'district', '441400', 'Meijiang', 'Meijiang District'),
  ('梅县区', '441403', '梅县', 'district', '441400', 'Meixian', 'Meixian District'),
  ('大埔县', '441422', '大埔', 'county', '441400', 'Dapu', 'Dapu County'),
  ('丰顺县', '441423', '丰顺', 'county', '441400', 'Fengshun', 'Fengshun County'),
  ('五华县', '441424', '五华', 'county', '441400', 'Wuhua', 'Wuhua County'),
  ('平远县', '441426', '平远', 'county', '441400', 'Pingyuan', 'Pingyuan County'),
  ('蕉岭县', '441427', '蕉岭', 'county', '441400', 'Jiaoling', 'Jiaoling County'),
  ('兴宁市', '441481', '兴宁', 'county', '441400', 'Xingning', 'Xingning City'),
  ('城区', '441502', '城', 'district', '441500', 'Cheng', 'Cheng District'),
  ('海丰县', '441521', '海丰', 'county', '441500', 'Haifeng', 'Haifeng County'),
  ('陆河县', '441523', '陆河', 'county', '441500', 'Luhe', 'Luhe County'),
  ('陆丰市', '441581', '陆丰', 'county', '441500', 'Lufeng', 'Lufeng City'),
  ('源城区', '441602', '源城', 'district', '441600', 'Yuancheng', 'Yuancheng District'),
  ('紫金县', '441621', '紫金', 'county', '441600', 'Zijin', 'Zijin County'),
  ('龙川县', '441622', '龙川', 'county', '441600', 'Longchuan', 'Longchuan County'),
  ('连平县', '441623', '连平', 'county', '441600', 'Lianping', 'Lianping County'),
  ('和平县', '441624', '和平', 'county', '441600', 'Heping', 'Heping County'),
  ('东源县', '441625', '东源', 'county', '441600', 'Dongyuan', 'Dongyuan County'),
  ('江城区', '441702', '江城', 'district', '441700', 'Jiangcheng', 'Jiangcheng District'),
  ('阳东区', '441704', '阳东', 'district', '441700', 'Yangdong', 'Yangdong District'),
  ('阳西县', '441721', '阳西', 'county', '441700', 'Yangxi', 'Yangxi County'),
  ('阳春市', '441781', '阳春', 'county', '441700', 'Yangchun', 'Yangchun City'),
  ('清城区', '441802', '清城', 'district', '441800', 'Qingcheng', 'Qingcheng District'),
  ('清新区', '441803', '清新', 'district', '441800', 'Qingxin', 'Qingxin New Area'),
  ('佛冈县', '441821', '佛冈', 'county', '441800', 'Fogang', 'Fogang County'),
  ('阳山县', '441823', '阳山', 'county', '441800', 'Yangshan', 'Yangshan County'),
  ('连山壮族瑶族自治县', '441825', '连山', 'county', '441800', 'Lianshan', 'Lianshan Autonomous County'),
  ('连南瑶族自治县', '441826', '连南', 'county', '441800', 'Liannan', 'Liannan Autonomous County'),
  ('英德市', '441881', '英德', 'county', '441800', 'Yingde', 'Yingde City'),
  ('连州市', '441882', '连州', 'county', '441800', 'Lianzhou', 'Lianzhou City'),
  ('湘桥区', '445102', '湘桥', 'district', '445100', 'Xiangqiao', 'Xiangqiao District'),
  ('潮安区', '445103', '潮安', 'district', '445100', 'Chao''an', 'Chao''an District'),
  ('饶平县', '445122', '饶平', 'county', '445100', 'Raoping', 'Raoping County'),
  ('榕城区', '445202', '榕城', 'district', '445200', 'Rongcheng', 'Rongcheng District'),
  ('揭东区', '445203', '揭东', 'district', '445200', 'Jiedong', 'Jiedong District'),
  ('揭西县', '445222', '揭西', 'county', '445200', 'Jiexi', 'Jiexi County'),
  ('惠来县', '445224', '惠来', 'county', '445200', 'Huilai', 'Huilai County'),
  ('普宁市', '445281', '普宁', 'county', '445200', 'Puning', 'Puning City'),
  ('云城区', '445302', '云城', 'district', '445300', 'Yuncheng', 'Yuncheng District'),
  ('云安区', '445303', '云安', 'district', '445300', 'Yun''an', 'Yun''an District'),
  ('新兴县', '445321', '新兴', 'county', '445300', 'Xinxing', 'Xinxing County'),
  ('郁南县', '445322', '郁南', 'county', '445300', 'Yunan', 'Yunan County'),
  ('罗定市', '445381', '罗定', 'county', '445300', 'Luoding', 'Luoding City'),
  ('兴宁区', '450102', '兴宁', 'district', '450100', 'Xingning', 'Xingning District'),
  ('青秀区', '450103', '青秀', 'district', '450100', 'Qingxiu', 'Qingxiu District'),
  ('江南区', '450105', '江南', 'district', '450100', 'Jiangnan', 'Jiangnan District'),
  ('西乡塘区', '450107', '西乡塘', 'district', '450100', 'Xixiangtang', 'Xixiangtang District'),
  ('良庆区', '450108', '良庆', 'district', '450100', 'Liangqing', 'Liangqing District'),
  ('邕宁区', '450109', '邕宁', 'district', '450100', 'Yongning', 'Yongning District'),
  ('武鸣区', '450110', '武鸣', 'district', '450100', 'Wuming', 'Wuming District'),
  ('隆安县', '450123', '隆安', 'county', '450100', 'Long''an', 'Long''an County'),
  ('马山县', '450124', '马山', 'county', '450100', 'Mashan', 'Mashan County'),
  ('上林县', '450125', '上林', 'county', '450100', 'Shanglin', 'Shanglin County'),
  ('宾阳县', '450126', '宾阳', 'county', '450100', 'Binyang', 'Binyang County'),
  ('横州市', '450181', '横州', 'county', '450100', 'Hengzhou', 'Hengzhou City'),
  ('城中区', '450202', '城中', 'district', '450200', 'Chengzhong', 'Chengzhong District'),
  ('鱼峰区', '450203', '鱼峰', 'district', '450200', 'Yufeng', 'Yufeng District'),
  ('柳南区', '450204', '柳南', 'district', '450200', 'Liunan', 'Liunan District'),
  ('柳北区', '450205', '柳北', 'district', '450200', 'Liubei', 'Liubei District'),
  ('柳江区', '450206', '柳江', 'district', '450200', 'Liujiang', 'Liujiang District'),
  ('柳城县', '450222', '柳城', 'county', '450200', 'Liucheng', 'Liucheng County'),
  ('鹿寨县', '450223', '鹿寨', 'county', '450200', 'Luzhai', 'Luzhai County'),
  ('融安县', '450224', '融安', 'county', '450200', 'Rong''an', 'Rong''an County'),
  ('融水苗族自治县', '450225', '融水', 'county', '450200', 'Rongshui', 'Rongshui Autonomous County'),
  ('三江侗族自治县', '450226', '三江', 'county', '450200', 'Sanjiang', 'Sanjiang Autonomous County'),
  ('秀峰区', '450302', '秀峰', 'district', '450300', 'Xiufeng', 'Xiufeng District'),
  ('叠彩区', '450303', '叠彩', 'district', '450300', 'Diecai', 'Diecai District'),
  ('象山区', '450304', '象山', 'district', '450300', 'Xiangshan', 'Xiangshan District'),
  ('七星区', '450305', '七星', 'district', '450300', 'Qixing', 'Qixing District'),
  ('雁山区', '450311', '雁山', 'district', '450300', 'Yanshan', 'Yanshan District'),
  ('临桂区', '450312', '临桂', 'district', '450300', 'Lingui', 'Lingui District'),
  ('阳朔县', '450321', '阳朔', 'county', '450300', 'Yangshuo', 'Yangshuo County'),
  ('灵川县', '450323', '灵川', 'county', '450300', 'Lingchuan', 'Lingchuan County'),
  ('全州县', '450324', '全州', 'county', '450300', 'Quanzhou', 'Quanzhou County'),
  ('兴安县', '450325', '兴安', 'county', '450300', 'Xing''an', 'Xing''an County'),
  ('永福县', '450326', '永福', 'county', '450300', 'Yongfu', 'Yongfu County'),
  ('灌阳县', '450327', '灌阳', 'county', '450300', 'Guanyang', 'Guanyang County'),
  ('龙胜各族自治县', '450328', '龙胜', 'county', '450300', 'Longsheng', 'Longsheng Autonomous County'),
  ('资源县', '450329', '资源', 'county', '450300', 'Ziyuan', 'Ziyuan County'),
  ('平乐县', '450330', '平乐', 'county', '450300', 'Pingle', 'Pingle County'),
  ('恭城瑶族自治县', '450332', '恭城', 'county', '450300', 'Gongcheng', 'Gongcheng Autonomous County'),
  ('荔浦市', '450381', '荔浦', 'county', '450300', 'Lipu', 'Lipu City'),
  ('万秀区', '450403', '万秀', 'district', '450400', 'Wanxiu', 'Wanxiu District'),
  ('长洲区', '450405', '长洲', 'district', '450400', 'Changzhou', 'Changzhou District'),
  ('龙圩区', '450406', '龙圩', 'district', '450400', 'Longxu', 'Longxu District'),
  ('苍梧县', '450421', '苍梧', 'county', '450400', 'Cangwu', 'Cangwu County'),
  ('藤县', '450422', '藤', 'county', '450400', 'Teng', 'Teng County'),
  ('蒙山县', '450423', '蒙山', 'county', '450400', 'Mengshan', 'Mengshan County'),
  ('岑溪市', '450481', '岑溪', 'county', '450400', 'Cenxi', 'Cenxi City'),
  ('海城区', '450502', '海城', 'district', '450500', 'Haicheng', 'Haicheng District'),
  ('银海区', '450503', '银海', 'district', '450500', 'Yinhai', 'Yinhai District'),
  ('铁山港区', '450512', '铁山港', 'district', '450500', 'Tieshangang', 'Tieshangang District'),
  ('合浦县', '450521', '合浦', 'county', '450500', 'Hepu', 'Hepu County'),
  ('港口区', '450602', '港口', 'district', '450600', 'Gangkou', 'Gangkou District'),
  ('防城区', '450603', '防城', 'district', '450600', 'Fangcheng', 'Fangcheng District'),
  ('上思县', '450621', '上思', 'county', '450600', 'Shangsi', 'Shangsi County'),
  ('东兴市', '450681', '东兴', 'county', '450600', 'Dongxing', 'Dongxing City'),
  ('钦南区', '450702', '钦南', 'district', '450700', 'Qinnan', 'Qinnan District'),
  ('钦北区', '450703', '钦北', 'district', '450700', 'Qinbei', 'Qinbei District'),
  ('灵山县', '450721', '灵山', 'county', '450700', 'Lingshan', 'Lingshan County'),
  ('浦北县', '450722', '浦北', 'county', '450700', 'Pubei', 'Pubei County'),
  ('港北区', '450802', '港北', 'district', '450800', 'Gangbei', 'Gangbei District'),
  ('港南区', '450803', '港南', 'district', '450800', 'Gangnan', 'Gangnan District'),
  ('覃塘区', '450804', '覃塘', 'district', '450800', 'Qintang', 'Qintang District'),
  ('平南县', '450821', '平南', 'county', '450800', 'Pingnan', 'Pingnan County'),
  ('桂平市', '450881', '桂平', 'county', '450800', 'Guiping', 'Guiping City'),
  ('玉州区', '450902', '玉州', 'district', '450900', 'Yuzhou', 'Yuzhou District'),
  ('福绵区', '450903', '福绵', 'district', '450900', 'Fumian', 'Fumian District'),
  ('容县', '450921', '容', 'county', '450900', 'Rong', 'Rong County'),
  ('陆川县', '450922', '陆川', 'county', '450900', 'Luchuan', 'Luchuan County'),
  ('博白县', '450923', '博白', 'county', '450900', 'Bobai', 'Bobai County'),
  ('兴业县', '450924', '兴业', 'county', '450900', 'Xingye', 'Xingye County'),
  ('北流市', '450981', '北流', 'county', '450900', 'Beiliu', 'Beiliu City'),
  ('右江区', '451002', '右江', 'district', '451000', 'Youjiang', 'Youjiang District'),
  ('田阳区', '451003', '田阳', 'district', '451000', 'Tianyang', 'Tianyang District'),
  ('田东县', '451022', '田东', 'county', '451000', 'Tiandong', 'Tiandong County'),
  ('德保县', '451024', '德保', 'county', '451000', 'Debao', 'Debao County'),
  ('那坡县', '451026', '那坡', 'county', '451000', 'Napo', 'Napo County'),
  ('凌云县', '451027', '凌云', 'county', '451000', 'Lingyun', 'Lingyun County'),
  ('乐业县', '451028', '乐业', 'county', '451000', 'Leye', 'Leye County'),
  ('田林县', '451029', '田林', 'county', '451000', 'Tianlin', 'Tianlin County'),
  ('西林县', '451030', '西林', 'county', '451000', 'Xilin', 'Xilin County'),
  ('隆林各族自治县', '451031', '隆林', 'county', '451000', 'Longlin', 'Longlin Autonomous County'),
  ('靖西市', '451081', '靖西', 'county', '451000', 'Jingxi', 'Jingxi City'),
  ('平果市', '451082', '平果', 'county', '451000', 'Pingguo', 'Pingguo City'),
  ('八步区', '451102', '八步', 'district', '451100', 'Babu', 'Babu District'),
  ('平桂区', '451103', '平桂', 'district', '451100', 'Pinggui', 'Pinggui District'),
  ('昭平县', '451121', '昭平', 'county', '451100', 'Zhaoping', 'Zhaoping County'),
  ('钟山县', '451122', '钟山', 'county', '451100', 'Zhongshan', 'Zhongshan County'),
  ('富川瑶族自治县', '451123', '富川', 'county', '451100', 'Fuchuan', 'Fuchuan Autonomous County'),
  ('金城江区', '451202', '金城江', 'district', '451200', 'Jinchengjiang', 'Jinchengjiang District'),
  ('宜州区', '451203', '宜州', 'district', '451200', 'Yizhou', 'Yizhou District'),
  ('南丹县', '451221', '南丹', 'county', '451200', 'Nandan', 'Nandan County'),
  ('天峨县', '451222', '天峨', 'county', '451200', 'Tian''e', 'Tian''e County'),
  ('凤山县', '451223', '凤山', 'county', '451200', 'Fengshan', 'Fengshan County'),
  ('东兰县', '451224', '东兰', 'county', '451200', 'Donglan', 'Donglan County'),
  ('罗城仫佬族自治县', '451225', '罗城', 'county', '451200', 'Luocheng', 'Luocheng Autonomous County'),
  ('环江毛南族自治县', '451226', '环江', 'county', '451200', 'Huanjiang', 'Huanjiang Autonomous County'),
  ('巴马瑶族自治县', '451227', '巴马', 'county', '451200', 'Bama', 'Bama Autonomous County'),
  ('都安瑶族自治县', '451228', '都安', 'county', '451200', 'Dou''an', 'Dou''an Autonomous County'),
  ('大化瑶族自治县', '451229', '大化', 'county', '451200', 'Dahua', 'Dahua Autonomous County'),
  ('兴宾区', '451302', '兴宾', 'district', '451300', 'Xingbin', 'Xingbin District'),
  ('忻城县', '451321', '忻城', 'county', '451300', 'Xincheng', 'Xincheng County'),
  ('象州县', '451322', '象州', 'county', '451300', 'Xiangzhou', 'Xiangzhou County'),
  ('武宣县', '451323', '武宣', 'county', '451300', 'Wuxuan', 'Wuxuan County'),
  ('金秀瑶族自治县', '451324', '金秀', 'county', '451300', 'Jinxiu', 'Jinxiu Autonomous County'),
  ('合山市', '451381', '合山', 'county', '451300', 'Heshan', 'Heshan City'),
  ('江州区', '451402', '江州', 'district', '451400', 'Jiangzhou', 'Jiangzhou District'),
  ('扶绥县', '451421', '扶绥', 'county', '451400', 'Fusui', 'Fusui County'),
  ('宁明县', '451422', '宁明', 'county', '451400', 'Ningming', 'Ningming County'),
  ('龙州县', '451423', '龙州', 'county', '451400', 'Longzhou', 'Longzhou County'),
  ('大新县', '451424', '大新', 'county', '451400', 'Daxin', 'Daxin County'),
  ('天等县', '451425', '天等', 'county', '451400', 'Tiandeng', 'Tiandeng County'),
  ('凭祥市', '451481', '凭祥', 'county', '451400', 'Pingxiang', 'Pingxiang City'),
  ('秀英区', '460105', '秀英', 'district', '460100', 'Xiuying', 'Xiuying District'),
  ('龙华区', '460106', '龙华', 'district', '460100', 'Longhua', 'Longhua District'),
  ('琼山区', '460107', '琼山', 'district', '460100', 'Qiongshan', 'Qiongshan District'),
  ('美兰区', '460108', '美兰', 'district', '460100', 'Meilan', 'Meilan District'),
  ('海棠区', '460202', '海棠', 'district', '460200', 'Haitang', 'Haitang District'),
  ('吉阳区', '460203', '吉阳', 'district', '460200', 'Jiyang', 'Jiyang District'),
  ('天涯区', '460204', '天涯', 'district', '460200', 'Tianya', 'Tianya District'),
  ('崖州区', '460205', '崖州', 'district', '460200', 'Yazhou', 'Yazhou District'),
  ('西沙群岛', '460321', '西沙群岛', 'county', '460300', 'Xishaqundao', 'Xishaqundao'),
  ('南沙群岛', '460322', '南沙群岛', 'county', '460300', 'Nanshaqundao', 'Nanshaqundao'),
  ('中沙群岛的岛礁及其海域', '460323', '中沙群岛的岛礁及其海域', 'county', '460300', 'Zhongshaqundaodedaojiaojiqihaiyu', 'Zhongshaqundaodedaojiaojiqihaiyu'),
  ('五指山市', '469001', '五指山', 'county', '460000', 'Wuzhishan', 'Wuzhishan City'),
  ('琼海市', '469002', '琼海', 'county', '460000', 'Qionghai', 'Qionghai City'),
  ('文昌市', '469005', '文昌', 'county', '460000', 'Wenchang', 'Wenchang City'),
  ('万宁市', '469006', '万宁', 'county', '460000', 'Wanning', 'Wanning City'),
  ('东方市', '469007', '东方', 'county', '460000', 'Dongfang', 'Dongfang City'),
  ('定安县', '469021', '定安', 'county', '460000', 'Ding''an', 'Ding''an County'),
  ('屯昌县', '469022', '屯昌', 'county', '460000', 'Tunchang', 'Tunchang County'),
  ('澄迈县', '469023', '澄迈', 'county', '460000', 'Chengmai', 'Chengmai County'),
  ('临高县', '469024', '临高', 'county', '460000', 'Lingao', 'Lingao County'),
  ('白沙黎族自治县', '469025', '白沙', 'county', '460000', 'Baisha', 'Baisha Autonomous County'),
  ('昌江黎族自治县', '469026', '昌江', 'county', '460000', 'Changjiang', 'Changjiang Autonomous County'),
  ('乐东黎族自治县', '469027', '乐东', 'county', '460000', 'Ledong', 'Ledong Autonomous County'),
  ('陵水黎族自治县', '469028', '陵水', 'county', '460000', 'Lingshui', 'Lingshui Autonomous County'),
  ('保亭黎族苗族自治县', '469029', '保亭', 'county', '460000', 'Baoting', 'Baoting Autonomous County'),
  ('琼中黎族苗族自治县', '469030', '琼中', 'county', '460000', 'Qiongzhong', 'Qiongzhong Autonomous County'),
  ('万州区', '500101', '万州', 'district', '500000', 'Wanzhou', 'Wanzhou District'),
  ('涪陵区', '500102', '涪陵', 'district', '500000', 'Fuling', 'Fuling District'),
  ('渝中区', '500103', '渝中', 'district', '500000', 'Yuzhong', 'Yuzhong District'),
  ('大渡口区', '500104', '大渡口', 'district', '500000', 'Dadukou', 'Dadukou District'),
  ('江北区', '500105', '江北', 'district', '500000', 'Jiangbei', 'Jiangbei District'),
  ('沙坪坝区', '500106', '沙坪坝', 'district', '500000', 'Shapingba', 'Shapingba District'),
  ('九龙坡区', '500107', '九龙坡', 'district', '500000', 'Jiulongpo', 'Jiulongpo District'),
  ('南岸区', '500108', '南岸', 'district', '500000', 'Nan''an', 'Nan''an District'),
  ('北碚区', '500109', '北碚', 'district', '500000', 'Beibei', 'Beibei District'),
  ('綦江区', '500110', '綦江', 'district', '500000', 'Qijiang', 'Qijiang District'),
  ('大足区', '500111', '大足', 'district', '500000', 'Dazu', 'Dazu District'),
  ('渝北区', '500112', '渝北', 'district', '500000', 'Yubei', 'Yubei District'),
  ('巴南区', '500113', '巴南', 'district', '500000', 'Banan', 'Banan District'),
  ('黔江区', '500114', '黔江', 'district', '500000', 'Qianjiang', 'Qianjiang District'),
  ('长寿区', '500115', '长寿', 'district', '500000', 'Changshou', 'Changshou District'),
  ('江津区', '500116', '江津', 'district', '500000', 'Jiangjin', 'Jiangjin District'),
  ('合川区', '500117', '合川', 'district', '500000', 'Hechuan', 'Hechuan District'),
  ('永川区', '500118', '永川', 'district', '500000', 'Yongchuan', 'Yongchuan District'),
  ('南川区', '500119', '南川', 'district', '500000', 'Nanchuan', 'Nanchuan District'),
  ('璧山区', '500120', '璧山', 'district', '500000', 'Bishan', 'Bishan District'),
  ('铜梁区', '500151', '铜梁', 'district', '500000', 'Tongliang', 'Tongliang District'),
  ('潼南区', '500152', '潼南', 'district', '500000', 'Tongnan', 'Tongnan District'),
  ('荣昌区', '500153', '荣昌', 'district', '500000', 'Rongchang', 'Rongchang District'),
  ('开州区', '500154', '开州', 'district', '500000', 'Kaizhou', 'Kaizhou District'),
  ('梁平区', '500155', '梁平', 'district', '500000', 'Liangping', 'Liangping District'),
  ('武隆区', '500156', '武隆', 'district', '500000', 'Wulong', 'Wulong District'),
  ('城口县', '500229', '城口', 'county', '500000', 'Chengkou', 'Chengkou County'),
  ('丰都县', '500230', '丰都', 'county', '500000', 'Fengdou', 'Fengdou County'),
  ('垫江县', '500231', '垫江', 'county', '500000', 'Dianjiang', 'Dianjiang County'),
  ('忠县', '500233', '忠', 'county', '500000', 'Zhong', 'Zhong County'),
  ('云阳县', '500235', '云阳', 'county', '500000', 'Yunyang', 'Yunyang County'),
  ('奉节县', '500236', '奉节', 'county', '500000', 'Fengjie', 'Fengjie County'),
  ('巫山县', '500237', '巫山', 'county', '500000', 'Wushan', 'Wushan County'),
  ('巫溪县', '500238', '巫溪', 'county', '500000', 'Wuxi', 'Wuxi County'),
  ('石柱土家族自治县', '500240', '石柱', 'county', '500000', 'Shizhu', 'Shizhu Autonomous County'),
  ('秀山土家族苗族自治县', '500241', '秀山', 'county', '500000', 'Xiushan', 'Xiushan Autonomous County'),
  ('酉阳土家族苗族自治县', '500242', '酉阳', 'county', '500000', 'Youyang', 'Youyang Autonomous County'),
  ('彭水苗族土家族自治县', '500243', '彭水', 'county', '500000', 'Pengshui', 'Pengshui Autonomous County'),
  ('锦江区', '510104', '锦江', 'district', '510100', 'Jinjiang', 'Jinjiang District'),
  ('青羊区', '510105', '青羊', 'district', '510100', 'Qingyang', 'Qingyang District'),
  ('金牛区', '510106', '金牛', 'district', '510100', 'Jinniu', 'Jinniu District'),
  ('武侯区', '510107', '武侯', 'district', '510100', 'Wuhou', 'Wuhou District'),
  ('成华区', '510108', '成华', 'district', '510100', 'Chenghua', 'Chenghua District'),
  ('龙泉驿区', '510112', '龙泉驿', 'district', '510100', 'Longquanyi', 'Longquanyi District'),
  ('青白江区', '510113', '青白江', 'district', '510100', 'Qingbaijiang', 'Qingbaijiang District'),
  ('新都区', '510114', '新都', 'district', '510100', 'Xindou', 'Xindou District'),
  ('温江区', '510115', '温江', 'district', '510100', 'Wenjiang', 'Wenjiang District'),
  ('双流区', '510116', '双流', 'district', '510100', 'Shuangliu', 'Shuangliu District'),
  ('郫都区', '510117', '郫都', 'district', '510100', 'Pidou', 'Pidou District'),
  ('新津区', '510118', '新津', 'district', '510100', 'Xinjin', 'Xinjin District'),
  ('金堂县', '510121', '金堂', 'county', '510100', 'Jintang', 'Jintang County'),
  ('大邑县', '510129', '大邑', 'county', '510100', 'Dayi', 'Dayi County'),
  ('蒲江县', '510131', '蒲江', 'county', '510100', 'Pujiang', 'Pujiang County'),
  ('都江堰市', '510181', '都江堰', 'county', '510100', 'Dujiangyan', 'Dujiangyan City'),
  ('彭州市', '510182', '彭州', 'county', '510100', 'Pengzhou', 'Pengzhou City'),
  ('邛崃市', '510183', '邛崃', 'county', '510100', 'Qionglai', 'Qionglai City'),
  ('崇州市', '510184', '崇州', 'county', '510100', 'Chongzhou', 'Chongzhou City'),
  ('简阳市', '510185', '简阳', 'county', '510100', 'Jianyang', 'Jianyang City'),
  ('自流井区', '510302', '自流井', 'district', '510300', 'Ziliujing', 'Ziliujing District'),
  ('贡井区', '510303', '贡井', 'district', '510300', 'Gongjing', 'Gongjing District'),
  ('大安区', '510304', '大安', 'district', '510300', 'Da''an', 'Da''an District'),
  ('沿滩区', '510311', '沿滩', 'district', '510300', 'Yantan', 'Yantan District'),
  ('荣县', '510321', '荣', 'county', '510300', 'Rong', 'Rong County'),
  ('富顺县', '510322', '富顺', 'county', '510300', 'Fushun', 'Fushun County'),
  ('东区', '510402', '东', 'district', '510400', 'Dong', 'Dong District'),
  ('西区', '510403', '西', 'district', '510400', 'Xi', 'Xi District'),
  ('仁和区', '510411', '仁和', 'district', '510400', 'Renhe', 'Renhe District'),
  ('米易县', '510421', '米易', 'county', '510400', 'Miyi', 'Miyi County'),
  ('盐边县', '510422', '盐边', 'county', '510400', 'Yanbian', 'Yanbian County'),
  ('江阳区', '510502', '江阳', 'district', '510500', 'Jiangyang', 'Jiangyang District'),
  ('纳溪区', '510503', '纳溪', 'district', '510500', 'Naxi', 'Naxi District'),
  ('龙马潭区', '510504', '龙马潭', 'district', '510500', 'Longmatan', 'Longmatan District'),
  ('泸县', '510521', '泸', 'county', '510500', 'Lu', 'Lu County'),
  ('合江县', '510522', '合江', 'county', '510500', 'Hejiang', 'Hejiang County'),
  ('叙永县', '510524', '叙永', 'county', '510500', 'Xuyong', 'Xuyong County'),
  ('古蔺县', '510525', '古蔺', 'county', '510500', 'Gulin', 'Gulin County'),
  ('旌阳区', '510603', '旌阳', 'district', '510600', 'Jingyang', 'Jingyang District'),
  ('罗江区', '510604', '罗江', 'district', '510600', 'Luojiang', 'Luojiang District'),
  ('中江县', '510623', '中江', 'county', '510600', 'Zhongjiang', 'Zhongjiang County'),
  ('广汉市', '510681', '广汉', 'county', '510600', 'Guanghan', 'Guanghan City'),
  ('什邡市', '510682', '什邡', 'county', '510600', 'Shenfang', 'Shenfang City'),
  ('绵竹市', '510683', '绵竹', 'county', '510600', 'Mianzhu', 'Mianzhu City'),
  ('涪城区', '510703', '涪城', 'district', '510700', 'Fucheng', 'Fucheng District'),
  ('游仙区', '510704', '游仙', 'district', '510700', 'Youxian', 'Youxian District'),
  ('安州区', '510705', '安州', 'district', '510700', 'Anzhou', 'Anzhou District'),
  ('三台县', '510722', '三台', 'county', '510700', 'Santai', 'Santai County'),
  ('盐亭县', '510723', '盐亭', 'county', '510700', 'Yanting', 'Yanting County'),
  ('梓潼县', '510725', '梓潼', 'county', '510700', 'Zitong', 'Zitong County'),
  ('北川羌族自治县', '510726', '北川', 'county', '510700', 'Beichuan', 'Beichuan Autonomous County'),
  ('平武县', '510727', '平武', 'county', '510700', 'Pingwu', 'Pingwu County'),
  ('江油市', '510781', '江油', 'county', '510700', 'Jiangyou', 'Jiangyou City'),
  ('利州区', '510802', '利州', 'district', '510800', 'Lizhou', 'Lizhou District'),
  ('昭化区', '510811', '昭化', 'district', '510800', 'Zhaohua', 'Zhaohua District'),
  ('朝天区', '510812', '朝天', 'district', '510800', 'Chaotian', 'Chaotian District'),
  ('旺苍县', '510821', '旺苍', 'county', '510800', 'Wangcang', 'Wangcang County'),
  ('青川县', '510822', '青川', 'county', '510800', 'Qingchuan', 'Qingchuan County'),
  ('剑阁县', '510823', '剑阁', 'county', '510800', 'Jiange', 'Jiange County'),
  ('苍溪县', '510824', '苍溪', 'county', '510800', 'Cangxi', 'Cangxi County'),
  ('船山区', '510903', '船山', 'district', '510900', 'Chuanshan', 'Chuanshan District'),
  ('安居区', '510904', '安居', 'district', '510900', 'Anju', 'Anju District'),
  ('蓬溪县', '510921', '蓬溪', 'county', '510900', 'Pengxi', 'Pengxi County'),
  ('大英县', '510923', '大英', 'county', '510900', 'Daying', 'Daying County'),
  ('射洪市', '510981', '射洪', 'county', '510900', 'Shehong', 'Shehong City'),
  ('市中区', '511002', '市中', 'district', '511000', 'Shizhong', 'Shizhong District'),
  ('东兴区', '511011', '东兴', 'district', '511000', 'Dongxing', 'Dongxing District'),
  ('威远县', '511024', '威远', 'county', '511000', 'Weiyuan', 'Weiyuan County'),
  ('资中县', '511025', '资中', 'county', '511000', 'Zizhong', 'Zizhong County'),
  ('隆昌市', '511083', '隆昌', 'county', '511000', 'Longchang', 'Longchang City'),
  ('市中区', '511102', '市中', 'district', '511100', 'Shizhong', 'Shizhong District'),
  ('沙湾区', '511111', '沙湾', 'district', '511100', 'Shawan', 'Shawan District'),
  ('五通桥区', '511112', '五通桥', 'district', '511100', 'Wutongqiao', 'Wutongqiao District'),
  ('金口河区', '511113', '金口河', 'district', '511100', 'Jinkouhe', 'Jinkouhe District'),
  ('犍为县', '511123', '犍为', 'county', '511100', 'Qianwei', 'Qianwei County'),
  ('井研县', '511124', '井研', 'county', '511100', 'Jingyan', 'Jingyan County'),
  ('夹江县', '511126', '夹江', 'county', '511100', 'Jiajiang', 'Jiajiang County'),
  ('沐川县', '511129', '沐川', 'county', '511100', 'Muchuan', 'Muchuan County'),
  ('峨边彝族自治县', '511132', '峨边', 'county', '511100', 'Ebian', 'Ebian Autonomous County'),
  ('马边彝族自治县', '511133', '马边', 'county', '511100', 'Mabian', 'Mabian Autonomous County'),
  ('峨眉山市', '511181', '峨眉山', 'county', '511100', 'Emeishan', 'Emeishan City'),
  ('顺庆区', '511302', '顺庆', 'district', '511300', 'Shunqing', 'Shunqing District'),
  ('高坪区', '511303', '高坪', 'district', '511300', 'Gaoping', 'Gaoping District'),
  ('嘉陵区', '511304', '嘉陵', 'district', '511300', 'Jialing', 'Jialing District'),
  ('南部县', '511321', '南部', 'county', '511300', 'Nanbu', 'Nanbu County'),
  ('营山县', '511322', '营山', 'county', '511300', 'Yingshan', 'Yingshan County'),
  ('蓬安县', '511323', '蓬安', 'county', '511300', 'Peng''an', 'Peng''an County'),
  ('仪陇县', '511324', '仪陇', 'county', '511300', 'Yilong', 'Yilong County'),
  ('西充县', '511325', '西充', 'county', '511300', 'Xichong', 'Xichong County'),
  ('阆中市', '511381', '阆中', 'county', '511300', 'Langzhong', 'Langzhong City'),
  ('东坡区', '511402', '东坡', 'district', '511400', 'Dongpo', 'Dongpo District'),
  ('彭山区', '511403', '彭山', 'district', '511400', 'Pengshan', 'Pengshan District'),
  ('仁寿县', '511421', '仁寿', 'county', '511400', 'Renshou', 'Renshou County'),
  ('洪雅县', '511423', '洪雅', 'county', '511400', 'Hongya', 'Hongya County'),
  ('丹棱县', '511424', '丹棱', 'county', '511400', 'Danleng', 'Danleng County'),
  ('青神县', '511425', '青神', 'county', '511400', 'Qingshen', 'Qingshen County'),
  ('翠屏区', '511502', '翠屏', 'district', '511500', 'Cuiping', 'Cuiping District'),
  ('南溪区', '511503', '南溪', 'district', '511500', 'Nanxi', 'Nanxi District'),
  ('叙州区', '511504', '叙州', 'district', '511500', 'Xuzhou', 'Xuzhou District'),
  ('江安县', '511523', '江安', 'county', '511500', 'Jiang''an', 'Jiang''an County'),
  ('长宁县', '511524', '长宁', 'county', '511500', 'Changning', 'Changning County'),
  ('高县', '511525', '高', 'county', '511500', 'Gao', 'Gao County'),
  ('珙县', '511526', '珙', 'county', '511500', 'Gong', 'Gong County'),
  ('筠连县', '511527', '筠连', 'county', '511500', 'Yunlian', 'Yunlian County'),
  ('兴文县', '511528', '兴文', 'county', '511500', 'Xingwen', 'Xingwen County'),
  ('屏山县', '511529', '屏山', 'county', '511500', 'Pingshan', 'Pingshan County'),
  ('广安区', '511602', '广安', 'district', '511600', 'Guang''an', 'Guang''an District'),
  ('前锋区', '511603', '前锋', 'district', '511600', 'Qianfeng', 'Qianfeng District'),
  ('岳池县', '511621', '岳池', 'county', '511600', 'Yuechi', 'Yuechi County'),
  ('武胜县', '511622', '武胜', 'county', '511600', 'Wusheng', 'Wusheng County'),
  ('邻水县', '511623', '邻水', 'county', '511600', 'Linshui', 'Linshui County'),
  ('华蓥市', '511681', '华蓥', 'county', '511600', 'Huaying', 'Huaying City'),
  ('通川区', '511702', '通川', 'district', '511700', 'Tongchuan', 'Tongchuan District'),
  ('达川区', '511703', '达川', 'district', '511700', 'Dachuan', 'Dachuan District'),
  ('宣汉县', '511722', '宣汉', 'county', '511700', 'Xuanhan', 'Xuanhan County'),
  ('开江县', '511723', '开江', 'county', '511700', 'Kaijiang', 'Kaijiang County'),
  ('大竹县', '511724', '大竹', 'county', '511700', 'Dazhu', 'Dazhu County'),
  ('渠县', '511725', '渠', 'county', '511700', 'Qu', 'Qu County'),
  ('万源市', '511781', '万源', 'county', '511700', 'Wanyuan', 'Wanyuan City'),
  ('雨城区', '511802', '雨城', 'district', '511800', 'Yucheng', 'Yucheng District'),
  ('名山区', '511803', '名山', 'district', '511800', 'Mingshan', 'Mingshan District'),
  ('荥经县', '511822', '荥经', 'county', '511800', 'Yingjing', 'Yingjing County'),
  ('汉源县', '511823', '汉源', 'county', '511800', 'Hanyuan', 'Hanyuan County'),
  ('石棉县', '511824', '石棉', 'county', '511800', 'Shimian', 'Shimian County'),
  ('天全县', '511825', '天全', 'county', '511800', 'Tianquan', 'Tianquan County'),
  ('芦山县', '511826', '芦山', 'county', '511800', 'Lushan', 'Lushan County'),
  ('宝兴县', '511827', '宝兴', 'county', '511800', 'Baoxing', 'Baoxing County'),
  ('巴州区', '511902', '巴州', 'district', '511900', 'Bazhou', 'Bazhou District'),
  ('恩阳区', '511903', '恩阳', 'district', '511900', 'Enyang', 'Enyang District'),
  ('通江县', '511921', '通江', 'county', '511900', 'Tongjiang', 'Tongjiang County'),
  ('南江县', '511922', '南江', 'county', '511900', 'Nanjiang', 'Nanjiang County'),
  ('平昌县', '511923', '平昌', 'county', '511900', 'Pingchang', 'Pingchang County'),
  ('雁江区', '512002', '雁江', 'district', '512000', 'Yanjiang', 'Yanjiang District'),
  ('安岳县', '512021', '安岳', 'county', '512000', 'Anyue', 'Anyue County'),
  ('乐至县', '512022', '乐至', 'county', '512000', 'Lezhi', 'Lezhi County'),
  ('马尔康市', '513201', '马尔康', 'county', '513200', 'Ma''erkang', 'Ma''erkang City'),
  ('汶川县', '513221', '汶川', 'county', '513200', 'Wenchuan', 'Wenchuan County'),
  ('理县', '513222', '理', 'county', '513200', 'Li', 'Li County'),
  ('茂县', '513223', '茂', 'county', '513200', 'Mao', 'Mao County'),
  ('松潘县', '513224', '松潘', 'county', '513200', 'Songpan', 'Songpan County'),
  ('九寨沟县', '513225', '九寨沟', 'county', '513200', 'Jiuzhaigou', 'Jiuzhaigou County'),
  ('金川县', '513226', '金川', 'county', '513200', 'Jinchuan', 'Jinchuan County'),
  ('小金县', '513227', '小金', 'county', '513200', 'Xiaojin', 'Xiaojin County'),
  ('黑水县', '513228', '黑水', 'county', '513200', 'Heishui', 'Heishui County'),
  ('壤塘县', '513230', '壤塘', 'county', '513200', 'Rangtang', 'Rangtang County'),
  ('阿坝县', '513231', '阿坝', 'county', '513200', 'Aba', 'Aba County'),
  ('若尔盖县', '513232', '若尔盖', 'county', '513200', 'Ruo''ergai', 'Ruo''ergai County'),
  ('红原县', '513233', '红原', 'county', '513200', 'Hongyuan', 'Hongyuan County'),
  ('康定市', '513301', '康定', 'county', '513300', 'Kangding', 'Kangding City'),
  ('泸定县', '513322', '泸定', 'county', '513300', 'Luding', 'Luding County'),
  ('丹巴县', '513323', '丹巴', 'county', '513300', 'Danba', 'Danba County'),
  ('九龙县', '513324', '九龙', 'county', '513300', 'Jiulong', 'Jiulong County'),
  ('雅江县', '513325', '雅江', 'county', '513300', 'Yajiang', 'Yajiang County'),
  ('道孚县', '513326', '道孚', 'county', '513300', 'Daofu', 'Daofu County'),
  ('炉霍县', '513327', '炉霍', 'county', '513300', 'Luhuo', 'Luhuo County'),
  ('甘孜县', '513328', '甘孜', 'county', '513300', 'Ganzi', 'Ganzi County'),
  ('新龙县', '513329', '新龙', 'county', '513300', 'Xinlong', 'Xinlong County'),
  ('德格县', '513330', '德格', 'county', '513300', 'Dege', 'Dege County'),
  ('白玉县', '513331', '白玉', 'county', '513300', 'Baiyu', 'Baiyu County'),
  ('石渠县', '513332', '石渠', 'county', '513300', 'Shiqu', 'Shiqu County'),
  ('色达县', '513333', '色达', 'county', '513300', 'Seda', 'Seda County'),
  ('理塘县', '513334', '理塘', 'county', '513300', 'Litang', 'Litang County'),
  ('巴塘县', '513335', '巴塘', 'county', '513300', 'Batang', 'Batang County'),
  ('乡城县', '513336', '乡城', 'county', '513300', 'Xiangcheng', 'Xiangcheng County'),
  ('稻城县', '513337', '稻城', 'county', '513300', 'Daocheng', 'Daocheng County'),
  ('得荣县', '513338', '得荣', 'county', '513300', 'Derong', 'Derong County'),
  ('西昌市', '513401', '西昌', 'county', '513400', 'Xichang', 'Xichang City'),
  ('会理市', '513402', '会理', 'county', '513400', 'Huili', 'Huili City'),
  ('木里藏族自治县', '513422', '木里', 'county', '513400', 'Muli', 'Muli Autonomous County'),
  ('盐源县', '513423', '盐源', 'county', '513400', 'Yanyuan', 'Yanyuan County'),
  ('德昌县', '513424', '德昌', 'county', '513400', 'Dechang', 'Dechang County'),
  ('会东县', '513426', '会东', 'county', '513400', 'Huidong', 'Huidong County'),
  ('宁南县', '513427', '宁南', 'county', '513400', 'Ningnan', 'Ningnan County'),
  ('普格县', '513428', '普格', 'county', '513400', 'Puge', 'Puge County'),
  ('布拖县', '513429', '布拖', 'county', '513400', 'Butuo', 'Butuo County'),
  ('金阳县', '513430', '金阳', 'county', '513400', 'Jinyang', 'Jinyang County'),
  ('昭觉县', '513431', '昭觉', 'county', '513400', 'Zhaojue', 'Zhaojue County'),
  ('喜德县', '513432', '喜德', 'county', '513400', 'Xide', 'Xide County'),
  ('冕宁县', '513433', '冕宁', 'county', '513400', 'Mianning', 'Mianning County'),
  ('越西县', '513434', '越西', 'county', '513400', 'Yuexi', 'Yuexi County'),
  ('甘洛县', '513435', '甘洛', 'county', '513400', 'Ganluo', 'Ganluo County'),
  ('美姑县', '513436', '美姑', 'county', '513400', 'Meigu', 'Meigu County'),
  ('雷波县', '513437', '雷波', 'county', '513400', 'Leibo', 'Leibo County'),
  ('南明区', '520102', '南明', 'district', '520100', 'Nanming', 'Nanming District'),
  ('云岩区', '520103', '云岩', 'district', '520100', 'Yunyan', 'Yunyan District'),
  ('花溪区', '520111', '花溪', 'district', '520100', 'Huaxi', 'Huaxi District'),
  ('乌当区', '520112', '乌当', 'district', '520100', 'Wudang', 'Wudang District'),
  ('白云区', '520113', '白云', 'district', '520100', 'Baiyun', 'Baiyun District'),
  ('观山湖区', '520115', '观山湖', 'district', '520100', 'Guanshanhu', 'Guanshanhu District'),
  ('开阳县', '520121', '开阳', 'county', '520100', 'Kaiyang', 'Kaiyang County'),
  ('息烽县', '520122', '息烽', 'county', '520100', 'Xifeng', 'Xifeng County'),
  ('修文县', '520123', '修文', 'county', '520100', 'Xiuwen', 'Xiuwen County'),
  ('清镇市', '520181', '清镇', 'county', '520100', 'Qingzhen', 'Qingzhen City'),
  ('钟山区', '520201', '钟山', 'district', '520200', 'Zhongshan', 'Zhongshan District'),
  ('六枝特区', '520203', '六枝', 'district', '520200', 'Liuzhi', 'Liuzhi Special District'),
  ('水城区', '520204', '水城', 'district', '520200', 'Shuicheng', 'Shuicheng District'),
  ('盘州市', '520281', '盘州', 'county', '520200', 'Panzhou', 'Panzhou City'),
  ('红花岗区', '520302', '红花岗', 'district', '520300', 'Honghuagang', 'Honghuagang District'),
  ('汇川区', '520303', '汇川', 'district', '520300', 'Huichuan', 'Huichuan District'),
  ('播州区', '520304', '播州', 'district', '520300', 'Bozhou', 'Bozhou District'),
  ('桐梓县', '520322', '桐梓', 'county', '520300', 'Tongzi', 'Tongzi County'),
  ('绥阳县', '520323', '绥阳', 'county', '520300', 'Suiyang', 'Suiyang County'),
  ('正安县', '520324', '正安', 'county', '520300', 'Zheng''an', 'Zheng''an County'),
  ('道真仡佬族苗族自治县', '520325', '道真', 'county', '520300', 'Daozhen', 'Daozhen Autonomous County'),
  ('务川仡佬族苗族自治县', '520326', '务川', 'county', '520300', 'Wuchuan', 'Wuchuan Autonomous County'),
  ('凤冈县', '520327', '凤冈', 'county', '520300', 'Fenggang', 'Fenggang County'),
  ('湄潭县', '520328', '湄潭', 'county', '520300', 'Meitan', 'Meitan County'),
  ('余庆县', '520329', '余庆', 'county', '520300', 'Yuqing', 'Yuqing County'),
  ('习水县', '520330', '习水', 'county', '520300', 'Xishui', 'Xishui County'),
  ('赤水市', '520381', '赤水', 'county', '520300', 'Chishui', 'Chishui City'),
  ('仁怀市', '520382', '仁怀', 'county', '520300', 'Renhuai', 'Renhuai City'),
  ('西秀区', '520402', '西秀', 'district', '520400', 'Xixiu', 'Xixiu District'),
  ('平坝区', '520403', '平坝', 'district', '520400', 'Pingba', 'Pingba District'),
  ('普定县', '520422', '普定', 'county', '520400', 'Puding', 'Puding County'),
  ('镇宁布依族苗族自治县', '520423', '镇宁', 'county', '520400', 'Zhenning', 'Zhenning Autonomous County'),
  ('关岭布依族苗族自治县', '520424', '关岭', 'county', '520400', 'Guanling', 'Guanling Autonomous County'),
  ('紫云苗族布依族自治县', '520425', '紫云', 'county', '520400', 'Ziyun', 'Ziyun Autonomous County'),
  ('七星关区', '520502', '七星关', 'district', '520500', 'Qixingguan', 'Qixingguan District'),
  ('大方县', '520521', '大方', 'county', '520500', 'Dafang', 'Dafang County'),
  ('金沙县', '520523', '金沙', 'county', '520500', 'Jinsha', 'Jinsha County'),
  ('织金县', '520524', '织金', 'county', '520500', 'Zhijin', 'Zhijin County'),
  ('纳雍县', '520525', '纳雍', 'county', '520500', 'Nayong', 'Nayong County'),
  ('威宁彝族回族苗族自治县', '520526', '威宁', 'county', '520500', 'Weining', 'Weining Autonomous County'),
  ('赫章县', '520527', '赫章', 'county', '520500', 'Hezhang', 'Hezhang County'),
  ('黔西市', '520581', '黔西', 'county', '520500', 'Qianxi', 'Qianxi City'),
  ('碧江区', '520602', '碧江', 'district', '520600', 'Bijiang', 'Bijiang District'),
  ('万山区', '520603', '万山', 'district', '520600', 'Wanshan', 'Wanshan District'),
  ('江口县', '520621', '江口', 'county', '520600', 'Jiangkou', 'Jiangkou County'),
  ('玉屏侗族自治县', '520622', '玉屏', 'county', '520600', 'Yuping', 'Yuping Autonomous County'),
  ('石阡县', '520623', '石阡', 'county', '520600', 'Shiqian', 'Shiqian County'),
  ('思南县', '520624', '思南', 'county', '520600', 'Sinan', 'Sinan County'),
  ('印江土家族苗族自治县', '520625', '印江', 'county', '520600', 'Yinjiang', 'Yinjiang Autonomous County'),
  ('德江县', '520626', '德江', 'county', '520600', 'Dejiang', 'Dejiang County'),
  ('沿河土家族自治县', '520627', '沿河', 'county', '520600', 'Yanhe', 'Yanhe Autonomous County'),
  ('松桃苗族自治县', '520628', '松桃', 'county', '520600', 'Songtao', 'Songtao Autonomous County'),
  ('兴义市', '522301', '兴义', 'county', '522300', 'Xingyi', 'Xingyi City'),
  ('兴仁市', '522302', '兴仁', 'county', '522300', 'Xingren', 'Xingren City'),
  ('普安县', '522323', '普安', 'county', '522300', 'Pu''an', 'Pu''an County'),
  ('晴隆县', '522324', '晴隆', 'county', '522300', 'Qinglong', 'Qinglong County'),
  ('贞丰县', '522325', '贞丰', 'county', '522300', 'Zhenfeng', 'Zhenfeng County'),
  ('望谟县', '522326', '望谟', 'county', '522300', 'Wangmo', 'Wangmo County'),
  ('册亨县', '522327', '册亨', 'county', '522300', 'Ceheng', 'Ceheng County'),
  ('安龙县', '522328', '安龙', 'county', '522300', 'Anlong', 'Anlong County'),
  ('凯里市', '522601', '凯里', 'county', '522600', 'Kaili', 'Kaili City'),
  ('黄平县', '522622', '黄平', 'county', '522600', 'Huangping', 'Huangping County'),
  ('施秉县', '522623', '施秉', 'county', '522600', 'Shibing', 'Shibing County'),
  ('三穗县', '522624', '三穗', 'county', '522600', 'Sansui', 'Sansui County'),
  ('镇远县', '522625', '镇远', 'county', '522600', 'Zhenyuan', 'Zhenyuan County'),
  ('岑巩县', '522626', '岑巩', 'county', '522600', 'Cengong', 'Cengong County'),
  ('天柱县', '522627', '天柱', 'county', '522600', 'Tianzhu', 'Tianzhu County'),
  ('锦屏县', '522628', '锦屏', 'county', '522600', 'Jinping', 'Jinping County'),
  ('剑河县', '522629', '剑河', 'county', '522600', 'Jianhe', 'Jianhe County'),
  ('台江县', '522630', '台江', 'county', '522600', 'Taijiang', 'Taijiang County'),
  ('黎平县', '522631', '黎平', 'county', '522600', 'Liping', 'Liping County'),
  ('榕江县', '522632', '榕江', 'county', '522600', 'Rongjiang', 'Rongjiang County'),
  ('从江县', '522633', '从江', 'county', '522600', 'Congjiang', 'Congjiang County'),
  ('雷山县', '522634', '雷山', 'county', '522600', 'Leishan', 'Leishan County'),
  ('麻江县', '522635', '麻江', 'county', '522600', 'Majiang', 'Majiang County'),
  ('丹寨县', '522636', '丹寨', 'county', '522600', 'Danzhai', 'Danzhai County'),
  ('都匀市', '522701', '都匀', 'county', '522700', 'Douyun', 'Douyun City'),
  ('福泉市', '522702', '福泉', 'county', '522700', 'Fuquan', 'Fuquan City'),
  ('荔波县', '522722', '荔波', 'county', '522700', 'Libo', 'Libo County'),
  ('贵定县', '522723', '贵定', 'county', '522700', 'Guiding', 'Guiding County'),
  ('瓮安县', '522725', '瓮安', 'county', '522700', 'Weng''an', 'Weng''an County'),
  ('独山县', '522726', '独山', 'county', '522700', 'Dushan', 'Dushan County'),
  ('平塘县', '522727', '平塘', 'county', '522700', 'Pingtang', 'Pingtang County'),
  ('罗甸县', '522728', '罗甸', 'county', '522700', 'Luodian', 'Luodian County'),
  ('长顺县', '522729', '长顺', 'county', '522700', 'Changshun', 'Changshun County'),
  ('龙里县', '522730', '龙里', 'county', '522700', 'Longli', 'Longli County'),
  ('惠水县', '522731', '惠水', 'county', '522700', 'Huishui', 'Huishui County'),
  ('三都水族自治县', '522732', '三都', 'county', '522700', 'Sandou', 'Sandou Autonomous County'),
  ('五华区', '530102', '五华', 'district', '530100', 'Wuhua', 'Wuhua District'),
  ('盘龙区', '530103', '盘龙', 'district', '530100', 'Panlong', 'Panlong District'),
  ('官渡区', '530111', '官渡', 'district', '530100', 'Guandu', 'Guandu District'),
  ('西山区', '530112', '西山', 'district', '530100', 'Xishan', 'Xishan District'),
  ('东川区', '530113', '东川', 'district', '530100', 'Dongchuan', 'Dongchuan District'),
  ('呈贡区', '530114', '呈贡', 'district', '530100', 'Chenggong', 'Chenggong District'),
  ('晋宁区', '530115', '晋宁', 'district', '530100', 'Jinning', 'Jinning District'),
  ('富民县', '530124', '富民', 'county', '530100', 'Fumin', 'Fumin County'),
  ('宜良县', '530125', '宜良', 'county', '530100', 'Yiliang', 'Yiliang County'),
  ('石林彝族自治县', '530126', '石林', 'county', '530100', 'Shilin', 'Shilin Autonomous County'),
  ('嵩明县', '530127', '嵩明', 'county', '530100', 'Songming', 'Songming County'),
  ('禄劝彝族苗族自治县', '530128', '禄劝', 'county', '530100', 'Luquan', 'Luquan Autonomous County'),
  ('寻甸回族彝族自治县', '530129', '寻甸', 'county', '530100', 'Xundian', 'Xundian Autonomous County'),
  ('安宁市', '530181', '安宁', 'county', '530100', 'Anning', 'Anning City'),
  ('麒麟区', '530302', '麒麟', 'district', '530300', 'Qilin', 'Qilin District'),
  ('沾益区', '530303', '沾益', 'district', '530300', 'Zhanyi', 'Zhanyi District'),
  ('马龙区', '530304', '马龙', 'district', '530300', 'Malong', 'Malong District'),
  ('陆良县', '530322', '陆良', 'county', '530300', 'Luliang', 'Luliang County'),
  ('师宗县', '530323', '师宗', 'county', '530300', 'Shizong', 'Shizong County'),
  ('罗平县', '530324', '罗平', 'county', '530300', 'Luoping', 'Luoping County'),
  ('富源县', '530325', '富源', 'county', '530300', 'Fuyuan', 'Fuyuan County'),
  ('会泽县', '530326', '会泽', 'county', '530300', 'Huize', 'Huize County'),
  ('宣威市', '530381', '宣威', 'county', '530300', 'Xuanwei', 'Xuanwei City'),
  ('红塔区', '530402', '红塔', 'district', '530400', 'Hongta', 'Hongta District'),
  ('江川区', '530403', '江川', 'district', '530400', 'Jiangchuan', 'Jiangchuan District'),
  ('通海县', '530423', '通海', 'county', '530400', 'Tonghai', 'Tonghai County'),
  ('华宁县', '530424', '华宁', 'county', '530400', 'Huaning', 'Huaning County'),
  ('易门县', '530425', '易门', 'county', '530400', 'Yimen', 'Yimen County'),
  ('峨山彝族自治县', '530426', '峨山', 'county', '530400', 'Eshan', 'Eshan Autonomous County'),
  ('新平彝族傣族自治县', '530427', '新平', 'county', '530400', 'Xinping', 'Xinping Autonomous County'),
  ('元江哈尼族彝族傣族自治县', '530428', '元江', 'county', '530400', 'Yuanjiang', 'Yuanjiang Autonomous County'),
  ('澄江市', '530481', '澄江', 'county', '530400', 'Chengjiang', 'Chengjiang City'),
  ('隆阳区', '530502', '隆阳', 'district', '530500', 'Longyang', 'Longyang District'),
  ('施甸县', '530521', '施甸', 'county', '530500', 'Shidian', 'Shidian County'),
  ('龙陵县', '530523', '龙陵', 'county', '530500', 'Longling', 'Longling County'),
  ('昌宁县', '530524', '昌宁', 'county', '530500', 'Changning', 'Changning County'),
  ('腾冲市', '530581', '腾冲', 'county', '530500', 'Tengchong', 'Tengchong City'),
  ('昭阳区', '530602', '昭阳', 'district', '530600', 'Zhaoyang', 'Zhaoyang District'),
  ('鲁甸县', '530621', '鲁甸', 'county', '530600', 'Ludian', 'Ludian County'),
  ('巧家县', '530622', '巧家', 'county', '530600', 'Qiaojia', 'Qiaojia County'),
  ('盐津县', '530623', '盐津', 'county', '530600', 'Yanjin', 'Yanjin County'),
  ('大关县', '530624', '大关', 'county', '530600', 'Daguan', 'Daguan County'),
  ('永善县', '530625', '永善', 'county', '530600', 'Yongshan', 'Yongshan County'),
  ('绥江县', '530626', '绥江', 'county', '530600', 'Suijiang', 'Suijiang County'),
  ('镇雄县', '530627', '镇雄', 'county', '530600', 'Zhenxiong', 'Zhenxiong County'),
  ('彝良县', '530628', '彝良', 'county', '530600', 'Yiliang', 'Yiliang County'),
  ('威信县', '530629', '威信', 'county', '530600', 'Weixin', 'Weixin County'),
  ('水富市', '530681', '水富', 'county', '530600', 'Shuifu', 'Shuifu City'),
  ('古城区', '530702', '古城', 'district', '530700', 'Gucheng', 'Gucheng District'),
  ('玉龙纳西族自治县', '530721', '玉龙', 'county', '530700', 'Yulong', 'Yulong Autonomous County'),
  ('永胜县', '530722', '永胜', 'county', '530700', 'Yongsheng', 'Yongsheng County'),
  ('华坪县', '530723', '华坪', 'county', '530700', 'Huaping', 'Huaping County'),
  ('宁蒗彝族自治县', '530724', '宁蒗', 'county', '530700', 'Ninglang', 'Ninglang Autonomous County'),
  ('思茅区', '530802', '思茅', 'district', '530800', 'Simao', 'Simao District'),
  ('宁洱哈尼族彝族自治县', '530821', '宁洱', 'county', '530800', 'Ning''er', 'Ning''er Autonomous County'),
  ('墨江哈尼族自治县', '530822', '墨江', 'county', '530800', 'Mojiang', 'Mojiang Autonomous County'),
  ('景东彝族自治县', '530823', '景东', 'county', '530800', 'Jingdong', 'Jingdong Autonomous County'),
  ('景谷傣族彝族自治县', '530824', '景谷', 'county', '530800', 'Jinggu', 'Jinggu Autonomous County'),
  ('镇沅彝族哈尼族拉祜族自治县', '530825', '镇沅', 'county', '530800', 'Zhenyuan', 'Zhenyuan Autonomous County'),
  ('江城哈尼族彝族自治县', '530826', '江城', 'county', '530800', 'Jiangcheng', 'Jiangcheng Autonomous County'),
  ('孟连傣族拉祜族佤族自治县', '530827', '孟连', 'county', '530800', 'Menglian', 'Menglian Autonomous County'),
  ('澜沧拉祜族自治县', '530828', '澜沧', 'county', '530800', 'Lancang', 'Lancang Autonomous County'),
  ('西盟佤族自治县', '530829', '西盟', 'county', '530800', 'Ximeng', 'Ximeng Autonomous County'),
  ('临翔区', '530902', '临翔', 'district', '530900', 'Linxiang', 'Linxiang District'),
  ('凤庆县', '530921', '凤庆', 'county', '530900', 'Fengqing', 'Fengqing County'),
  ('云县', '530922', '云', 'county', '530900', 'Yun', 'Yun County'),
  ('永德县', '530923', '永德', 'county', '530900', 'Yongde', 'Yongde County'),
  ('镇康县', '530924', '镇康', 'county', '530900', 'Zhenkang', 'Zhenkang County'),
  ('双江拉祜族佤族布朗族傣族自治县', '530925', '双江', 'county', '530900', 'Shuangjiang', 'Shuangjiang Autonomous County'),
  ('耿马傣族佤族自治县', '530926', '耿马', 'county', '530900', 'Gengma', 'Gengma Autonomous County'),
  ('沧源佤族自治县', '530927', '沧源', 'county', '530900', 'Cangyuan', 'Cangyuan Autonomous County'),
  ('楚雄市', '532301', '楚雄', 'county', '532300', 'Chuxiong', 'Chuxiong City'),
  ('禄丰市', '532302', '禄丰', 'county', '532300', 'Lufeng', 'Lufeng City'),
  ('双柏县', '532322', '双柏', 'county', '532300', 'Shuangbai', 'Shuangbai County'),
  ('牟定县', '532323', '牟定', 'county', '532300', 'Muding', 'Muding County'),
  ('南华县', '532324', '南华', 'county', '532300', 'Nanhua', 'Nanhua County'),
  ('姚安县', '532325', '姚安', 'county', '532300', 'Yao''an', 'Yao''an County'),
  ('大姚县', '532326', '大姚', 'county', '532300', 'Dayao', 'Dayao County'),
  ('永仁县', '532327', '永仁', 'county', '532300', 'Yongren', 'Yongren County'),
  ('元谋县', '532328', '元谋', 'county', '532300', 'Yuanmou', 'Yuanmou County'),
  ('武定县', '532329', '武定', 'county', '532300', 'Wuding', 'Wuding County'),
  ('个旧市', '532501', '个旧', 'county', '532500', 'Gejiu', 'Gejiu City'),
  ('开远市', '532502', '开远', 'county', '532500', 'Kaiyuan', 'Kaiyuan City'),
  ('蒙自市', '532503', '蒙自', 'county', '532500', 'Mengzi', 'Mengzi City'),
  ('弥勒市', '532504', '弥勒', 'county', '532500', 'Mile', 'Mile City'),
  ('屏边苗族自治县', '532523', '屏边', 'county', '532500', 'Pingbian', 'Pingbian Autonomous County'),
  ('建水县', '532524', '建水', 'county', '532500', 'Jianshui', 'Jianshui County'),
  ('石屏县', '532525', '石屏', 'county', '532500', 'Shiping', 'Shiping County'),
  ('泸西县', '532527', '泸西', 'county', '532500', 'Luxi', 'Luxi County'),
  ('元阳县', '532528', '元阳', 'county', '532500', 'Yuanyang', 'Yuanyang County'),
  ('红河县', '532529', '红河', 'county', '532500', 'Honghe', 'Honghe County'),
  ('金平苗族瑶族傣族自治县', '532530', '金平', 'county', '532500', 'Jinping', 'Jinping Autonomous County'),
  ('绿春县', '532531', '绿春', 'county', '532500', 'Lüchun', 'Lüchun County'),
  ('河口瑶族自治县', '532532', '河口', 'county', '532500', 'Hekou', 'Hekou Autonomous County'),
  ('文山市', '532601', '文山', 'county', '532600', 'Wenshan', 'Wenshan City'),
  ('砚山县', '532622', '砚山', 'county', '532600', 'Yanshan', 'Yanshan County'),
  ('西畴县', '532623', '西畴', 'county', '532600', 'Xichou', 'Xichou County'),
  ('麻栗坡县', '532624', '麻栗坡', 'county', '532600', 'Malipo', 'Malipo County'),
  ('马关县', '532625', '马关', 'county', '532600', 'Maguan', 'Maguan County'),
  ('丘北县', '532626', '丘北', 'county', '532600', 'Qiubei', 'Qiubei County'),
  ('广南县', '532627', '广南', 'county', '532600', 'Guangnan', 'Guangnan County'),
  ('富宁县', '532628', '富宁', 'county', '532600', 'Funing', 'Funing County'),
  ('景洪市', '532801', '景洪', 'county', '532800', 'Jinghong', 'Jinghong City'),
  ('勐海县', '532822', '勐海', 'county', '532800', 'Menghai', 'Menghai County'),
  ('勐腊县', '532823', '勐腊', 'county', '532800', 'Mengla', 'Mengla County'),
  ('大理市', '532901', '大理', 'county', '532900', 'Dali', 'Dali City'),
  ('漾濞彝族自治县', '532922', '漾濞', 'county', '532900', 'Yangbi', 'Yangbi Autonomous County'),
  ('祥云县', '532923', '祥云', 'county', '532900', 'Xiangyun', 'Xiangyun County'),
  ('宾川县', '532924', '宾川', 'county', '532900', 'Binchuan', 'Binchuan County'),
  ('弥渡县', '532925', '弥渡', 'county', '532900', 'Midu', 'Midu County'),
  ('南涧彝族自治县', '532926', '南涧', 'county', '532900', 'Nanjian', 'Nanjian Autonomous County'),
  ('巍山彝族回族自治县', '532927', '巍山', 'county', '532900', 'Weishan', 'Weishan Autonomous County'),
  ('永平县', '532928', '永平', 'county', '532900', 'Yongping', 'Yongping County'),
  ('云龙县', '532929', '云龙', 'county', '532900', 'Yunlong', 'Yunlong County'),
  ('洱源县', '532930', '洱源', 'county', '532900', 'Eryuan', 'Eryuan County'),
  ('剑川县', '532931', '剑川', 'county', '532900', 'Jianchuan', 'Jianchuan County'),
  ('鹤庆县', '532932', '鹤庆', 'county', '532900', 'Heqing', 'Heqing County'),
  ('瑞丽市', '533102', '瑞丽', 'county', '533100', 'Ruili', 'Ruili City'),
  ('芒市', '533103', '芒', 'county', '533100', 'Mang', 'Mang City'),
  ('梁河县', '533122', '梁河', 'county', '533100', 'Lianghe', 'Lianghe County'),
  ('盈江县', '533123', '盈江', 'county', '533100', 'Yingjiang', 'Yingjiang County'),
  ('陇川县', '533124', '陇川', 'county', '533100', 'Longchuan', 'Longchuan County'),
  ('泸水市', '533301', '泸水', 'county', '533300', 'Lushui', 'Lushui City'),
  ('福贡县', '533323', '福贡', 'county', '533300', 'Fugong', 'Fugong County'),
  ('贡山独龙族怒族自治县', '533324', '贡山', 'county', '533300', 'Gongshan', 'Gongshan Autonomous County'),
  ('兰坪白族普米族自治县', '533325', '兰坪', 'county', '533300', 'Lanping', 'Lanping Autonomous County'),
  ('香格里拉市', '533401', '香格里拉', 'county', '533400', 'Xianggelila', 'Xianggelila City'),
  ('德钦县', '533422', '德钦', 'county', '533400', 'Deqin', 'Deqin County'),
  ('维西傈僳族自治县', '533423', '维西', 'county', '533400', 'Weixi', 'Weixi Autonomous County'),
  ('城关区', '540102', '城关', 'district', '540100', 'Chengguan', 'Chengguan District'),
  ('堆龙德庆区', '540103', '堆龙德庆', 'district', '540100', 'Duilongdeqing', 'Duilongdeqing District'),
  ('达孜区', '540104', '达孜', 'district', '540100', 'Dazi', 'Dazi District'),
  ('林周县', '540121', '林周', 'county', '540100', 'Linzhou', 'Linzhou County'),
  ('当雄县', '540122', '当雄', 'county', '540100', 'Dangxiong', 'Dangxiong County'),
  ('尼木县', '540123', '尼木', 'county', '540100', 'Nimu', 'Nimu County'),
  ('曲水县', '540124', '曲水', 'county', '540100', 'Qushui', 'Qushui County'),
  ('墨竹工卡县', '540127', '墨竹工卡', 'county', '540100', 'Mozhugongka', 'Mozhugongka County'),
  ('桑珠孜区', '540202', '桑珠孜', 'district', '540200', 'Sangzhuzi', 'Sangzhuzi District'),
  ('南木林县', '540221', '南木林', 'county', '540200', 'Nanmulin', 'Nanmulin County'),
  ('江孜县', '540222', '江孜', 'county', '540200', 'Jiangzi', 'Jiangzi County'),
  ('定日县', '540223', '定日', 'county', '540200', 'Dingri', 'Dingri County'),
  ('萨迦县', '540224', '萨迦', 'county', '540200', 'Sajia', 'Sajia County'),
  ('拉孜县', '540225', '拉孜', 'county', '540200', 'Lazi', 'Lazi County'),
  ('昂仁县', '540226', '昂仁', 'county', '540200', 'Angren', 'Angren County'),
  ('谢通门县', '540227', '谢通门', 'county', '540200', 'Xietongmen', 'Xietongmen County'),
  ('白朗县', '540228', '白朗', 'county', '540200', 'Bailang', 'Bailang County'),
  ('仁布县', '540229', '仁布', 'county', '540200', 'Renbu', 'Renbu County'),
  ('康马县', '540230', '康马', 'county', '540200', 'Kangma', 'Kangma County'),
  ('定结县', '540231', '定结', 'county', '540200', 'Dingjie', 'Dingjie County'),
  ('仲巴县', '540232', '仲巴', 'county', '540200', 'Zhongba', 'Zhongba County'),
  ('亚东县', '540233', '亚东', 'county', '540200', 'Yadong', 'Yadong County'),
  ('吉隆县', '540234', '吉隆', 'county', '540200', 'Jilong', 'Jilong County'),
  ('聂拉木县', '540235', '聂拉木', 'county', '540200', 'Nielamu', 'Nielamu County'),
  ('萨嘎县', '540236', '萨嘎', 'county', '540200', 'Saga', 'Saga County'),
  ('岗巴县', '540237', '岗巴', 'county', '540200', 'Gangba', 'Gangba County'),
  ('卡若区', '540302', '卡若', 'district', '540300', 'Karuo', 'Karuo District'),
  ('江达县', '540321', '江达', 'county', '540300', 'Jiangda', 'Jiangda County'),
  ('贡觉县', '540322', '贡觉', 'county', '540300', 'Gongjue', 'Gongjue County'),
  ('类乌齐县', '540323', '类乌齐', 'county', '540300', 'Leiwuqi', 'Leiwuqi County'),
  ('丁青县', '540324', '丁青', 'county', '540300', 'Dingqing', 'Dingqing County'),
  ('察雅县', '540325', '察雅', 'county', '540300', 'Chaya', 'Chaya County'),
  ('八宿县', '540326', '八宿', 'county', '540300', 'Basu', 'Basu County'),
  ('左贡县', '540327', '左贡', 'county', '540300', 'Zuogong', 'Zuogong County'),
  ('芒康县', '540328', '芒康', 'county', '540300', 'Mangkang', 'Mangkang County'),
  ('洛隆县', '540329', '洛隆', 'county', '540300', 'Luolong', 'Luolong County'),
  ('边坝县', '540330', '边坝', 'county', '540300', 'Bianba', 'Bianba County'),
  ('巴宜区', '540402', '巴宜', 'district', '540400', 'Bayi', 'Bayi District'),
  ('工布江达县', '540421', '工布江达', 'county', '540400', 'Gongbujiangda', 'Gongbujiangda County'),
  ('墨脱县', '540423', '墨脱', 'county', '540400', 'Motuo', 'Motuo County'),
  ('波密县', '540424', '波密', 'county', '540400', 'Bomi', 'Bomi County'),
  ('察隅县', '540425', '察隅', 'county', '540400', 'Chayu', 'Chayu County'),
  ('朗县', '540426', '朗', 'county', '540400', 'Lang', 'Lang County'),
  ('米林市', '540481', '米林', 'county', '540400', 'Milin', 'Milin City'),
  ('乃东区', '540502', '乃东', 'district', '540500', 'Naidong', 'Naidong District'),
  ('扎囊县', '540521', '扎囊', 'county', '540500', 'Zhanang', 'Zhanang County'),
  ('贡嘎县', '540522', '贡嘎', 'county', '540500', 'Gongga', 'Gongga County'),
  ('桑日县', '540523', '桑日', 'county', '540500', 'Sangri', 'Sangri County'),
  ('琼结县', '540524', '琼结', 'county', '540500', 'Qiongjie', 'Qiongjie County'),
  ('曲松县', '540525', '曲松', 'county', '540500', 'Qusong', 'Qusong County'),
  ('措美县', '540526', '措美', 'county', '540500', 'Cuomei', 'Cuomei County'),
  ('洛扎县', '540527', '洛扎', 'county', '540500', 'Luozha', 'Luozha County'),
  ('加查县', '540528', '加查', 'county', '540500', 'Jiacha', 'Jiacha County'),
  ('隆子县', '540529', '隆子', 'county', '540500', 'Longzi', 'Longzi County'),
  ('浪卡子县', '540531', '浪卡子', 'county', '540500', 'Langkazi', 'Langkazi County'),
  ('错那市', '540581', '错那', 'county', '540500', 'Cuona', 'Cuona City'),
  ('色尼区', '540602', '色尼', 'district', '540600', 'Seni', 'Seni District'),
  ('嘉黎县', '540621', '嘉黎', 'county', '540600', 'Jiali', 'Jiali County'),
  ('比如县', '540622', '比如', 'county', '540600', 'Biru', 'Biru County'),
  ('聂荣县', '540623', '聂荣', 'county', '540600', 'Nierong', 'Nierong County'),
  ('安多县', '540624', '安多', 'county', '540600', 'Anduo', 'Anduo County'),
  ('申扎县', '540625', '申扎', 'county', '540600', 'Shenzha', 'Shenzha County'),
  ('索县', '540626', '索', 'county', '540600', 'Suo', 'Suo County'),
  ('班戈县', '540627', '班戈', 'county', '540600', 'Bange', 'Bange County'),
  ('巴青县', '540628', '巴青', 'county', '540600', 'Baqing', 'Baqing County'),
  ('尼玛县', '540629', '尼玛', 'county', '540600', 'Nima', 'Nima County'),
  ('双湖县', '540630', '双湖', 'county', '540600', 'Shuanghu', 'Shuanghu County'),
  ('普兰县', '542521', '普兰', 'county', '542500', 'Pulan', 'Pulan County'),
  ('札达县', '542522', '札达', 'county', '542500', 'Zhada', 'Zhada County'),
  ('噶尔县', '542523', '噶尔', 'county', '542500', 'Ga''er', 'Ga''er County'),
  ('日土县', '542524', '日土', 'county', '542500', 'Ritu', 'Ritu County'),
  ('革吉县', '542525', '革吉', 'county', '542500', 'Geji', 'Geji County'),
  ('改则县', '542526', '改则', 'county', '542500', 'Gaize', 'Gaize County'),
  ('措勤县', '542527', '措勤', 'county', '542500', 'Cuoqin', 'Cuoqin County'),
  ('新城区', '610102', '新城', 'district', '610100', 'Xincheng', 'Xincheng District'),
  ('碑林区', '610103', '碑林', 'district', '610100', 'Beilin', 'Beilin Forestry District'),
  ('莲湖区', '610104', '莲湖', 'district', '610100', 'Lianhu', 'Lianhu District'),
  ('灞桥区', '610111', '灞桥', 'district', '610100', 'Baqiao', 'Baqiao District'),
  ('未央区', '610112', '未央', 'district', '610100', 'Weiyang', 'Weiyang District'),
  ('雁塔区', '610113', '雁塔', 'district', '610100', 'Yanta', 'Yanta District'),
  ('阎良区', '610114', '阎良', 'district', '610100', 'Yanliang', 'Yanliang District'),
  ('临潼区', '610115', '临潼', 'district', '610100', 'Lintong', 'Lintong District'),
  ('长安区', '610116', '长安', 'district', '610100', 'Chang''an', 'Chang''an District'),
  ('高陵区', '610117', '高陵', 'district', '610100', 'Gaoling', 'Gaoling District'),
  ('鄠邑区', '610118', '鄠邑', 'district', '610100', 'Huyi', 'Huyi District'),
  ('蓝田县', '610122', '蓝田', 'county', '610100', 'Lantian', 'Lantian County'),
  ('周至县', '610124', '周至', 'county', '610100', 'Zhouzhi', 'Zhouzhi County'),
  ('王益区', '610202', '王益', 'district', '610200', 'Wangyi', 'Wangyi District'),
  ('印台区', '610203', '印台', 'district', '610200', 'Yintai', 'Yintai District'),
  ('耀州区', '610204', '耀州', 'district', '610200', 'Yaozhou', 'Yaozhou District'),
  ('宜君县', '610222', '宜君', 'county', '610200', 'Yijun', 'Yijun County'),
  ('渭滨区', '610302', '渭滨', 'district', '610300', 'Weibin', 'Weibin District'),
  ('金台区', '610303', '金台', 'district', '610300', 'Jintai', 'Jintai District'),
  ('陈仓区', '610304', '陈仓', 'district', '610300', 'Chencang', 'Chencang District'),
  ('凤翔区', '610305', '凤翔', 'district', '610300', 'Fengxiang', 'Fengxiang District'),
  ('岐山县', '610323', '岐山', 'county', '610300', 'Qishan', 'Qishan County'),
  ('扶风县', '610324', '扶风', 'county', '610300', 'Fufeng', 'Fufeng County'),
  ('眉县', '610326', '眉', 'county', '610300', 'Mei', 'Mei County'),
  ('陇县', '610327', '陇', 'county', '610300', 'Long', 'Long County'),
  ('千阳县', '610328', '千阳', 'county', '610300', 'Qianyang', 'Qianyang County'),
  ('麟游县', '610329', '麟游', 'county', '610300', 'Linyou', 'Linyou County'),
  ('凤县', '610330', '凤', 'county', '610300', 'Feng', 'Feng County'),
  ('太白县', '610331', '太白', 'county', '610300', 'Taibai', 'Taibai County'),
  ('秦都区', '610402', '秦都', 'district', '610400', 'Qindou', 'Qindou District'),
  ('杨陵区', '610403', '杨陵', 'district', '610400', 'Yangling', 'Yangling District'),
  ('渭城区', '610404', '渭城', 'district', '610400', 'Weicheng', 'Weicheng District'),
  ('三原县', '610422', '三原', 'county', '610400', 'Sanyuan', 'Sanyuan County'),
  ('泾阳县', '610423', '泾阳', 'county', '610400', 'Jingyang', 'Jingyang County'),
  ('乾县', '610424', '乾', 'county', '610400', 'Qian', 'Qian County'),
  ('礼泉县', '610425', '礼泉', 'county', '610400', 'Liquan', 'Liquan County'),
  ('永寿县', '610426', '永寿', 'county', '610400', 'Yongshou', 'Yongshou County'),
  ('长武县', '610428', '长武', 'county', '610400', 'Changwu', 'Changwu County'),
  ('旬邑县', '610429', '旬邑', 'county', '610400', 'Xunyi', 'Xunyi County'),
  ('淳化县', '610430', '淳化', 'county', '610400', 'Chunhua', 'Chunhua County'),
  ('武功县', '610431', '武功', 'county', '610400', 'Wugong', 'Wugong County'),
  ('兴平市', '610481', '兴平', 'county', '610400', 'Xingping', 'Xingping City'),
  ('彬州市', '610482', '彬州', 'county', '610400', 'Binzhou', 'Binzhou City'),
  ('临渭区', '610502', '临渭', 'district', '610500', 'Linwei', 'Linwei District'),
  ('华州区', '610503', '华州', 'district', '610500', 'Huazhou', 'Huazhou District'),
  ('潼关县', '610522', '潼关', 'county', '610500', 'Tongguan', 'Tongguan County'),
  ('大荔县', '610523', '大荔', 'county', '610500', 'Dali', 'Dali County'),
  ('合阳县', '610524', '合阳', 'county', '610500', 'Heyang', 'Heyang County'),
  ('澄城县', '610525', '澄城', 'county', '610500', 'Chengcheng', 'Chengcheng County'),
  ('蒲城县', '610526', '蒲城', 'county', '610500', 'Pucheng', 'Pucheng County'),
  ('白水县', '610527', '白水', 'county', '610500', 'Baishui', 'Baishui County'),
  ('富平县', '610528', '富平', 'county', '610500', 'Fuping', 'Fuping County'),
  ('韩城市', '610581', '韩城', 'county', '610500', 'Hancheng', 'Hancheng City'),
  ('华阴市', '610582', '华阴', 'county', '610500', 'Huayin', 'Huayin City'),
  ('宝塔区', '610602', '宝塔', 'district', '610600', 'Baota', 'Baota District'),
  ('安塞区', '610603', '安塞', 'district', '610600', 'Ansai', 'Ansai District'),
  ('延长县', '610621', '延长', 'county', '610600', 'Yanchang', 'Yanchang County'),
  ('延川县', '610622', '延川', 'county', '610600', 'Yanchuan', 'Yanchuan County'),
  ('志丹县', '610625', '志丹', 'county', '610600', 'Zhidan', 'Zhidan County'),
  ('吴起县', '610626', '吴起', 'county', '610600', 'Wuqi', 'Wuqi County'),
  ('甘泉县', '610627', '甘泉', 'county', '610600', 'Ganquan', 'Ganquan County'),
  ('富县', '610628', '富', 'county', '610600', 'Fu', 'Fu County'),
  ('洛川县', '610629', '洛川', 'county', '610600', 'Luochuan', 'Luochuan County'),
  ('宜川县', '610630', '宜川', 'county', '610600', 'Yichuan', 'Yichuan County'),
  ('黄龙县', '610631', '黄龙', 'county', '610600', 'Huanglong', 'Huanglong County'),
  ('黄陵县', '610632', '黄陵', 'county', '610600', 'Huangling', 'Huangling County'),
  ('子长市', '610681', '子长', 'county', '610600', 'Zichang', 'Zichang City'),
  ('汉台区', '610702', '汉台', 'district', '610700', 'Hantai', 'Hantai District'),
  ('南郑区', '610703', '南郑', 'district', '610700', 'Nanzheng', 'Nanzheng District'),
  ('城固县', '610722', '城固', 'county', '610700', 'Chenggu', 'Chenggu County'),
  ('洋县', '610723', '洋', 'county', '610700', 'Yang', 'Yang County'),
  ('西乡县', '610724', '西乡', 'county', '610700', 'Xixiang', 'Xixiang County'),
  ('勉县', '610725', '勉', 'county', '610700', 'Mian', 'Mian County'),
  ('宁强县', '610726', '宁强', 'county', '610700', 'Ningqiang', 'Ningqiang County'),
  ('略阳县', '610727', '略阳', 'county', '610700', 'Lüeyang', 'Lüeyang County'),
  ('镇巴县', '610728', '镇巴', 'county', '610700', 'Zhenba', 'Zhenba County'),
  ('留坝县', '610729', '留坝', 'county', '610700', 'Liuba', 'Liuba County'),
  ('佛坪县', '610730', '佛坪', 'county', '610700', 'Foping', 'Foping County'),
  ('榆阳区', '610802', '榆阳', 'district', '610800', 'Yuyang', 'Yuyang District'),
  ('横山区', '610803', '横山', 'district', '610800', 'Hengshan', 'Hengshan District'),
  ('府谷县', '610822', '府谷', 'county', '610800', 'Fugu', 'Fugu County'),
  ('靖边县', '610824', '靖边', 'county', '610800', 'Jingbian', 'Jingbian County'),
  ('定边县', '610825', '定边', 'county', '610800', 'Dingbian', 'Dingbian County'),
  ('绥德县', '610826', '绥德', 'county', '610800', 'Suide', 'Suide County'),
  ('米脂县', '610827', '米脂', 'county', '610800', 'Mizhi', 'Mizhi County'),
  ('佳县', '610828', '佳', 'county', '610800', 'Jia', 'Jia County'),
  ('吴堡县', '610829', '吴堡', 'county', '610800', 'Wubao', 'Wubao County'),
  ('清涧县', '610830', '清涧', 'county', '610800', 'Qingjian', 'Qingjian County'),
  ('子洲县', '610831', '子洲', 'county', '610800', 'Zizhou', 'Zizhou County'),
  ('神木市', '610881', '神木', 'county', '610800', 'Shenmu', 'Shenmu City'),
  ('汉滨区', '610902', '汉滨', 'district', '610900', 'Hanbin', 'Hanbin District'),
  ('汉阴县', '610921', '汉阴', 'county', '610900', 'Hanyin', 'Hanyin County'),
  ('石泉县', '610922', '石泉', 'county', '610900', 'Shiquan', 'Shiquan County'),
  ('宁陕县', '610923', '宁陕', 'county', '610900', 'Ningshan', 'Ningshan County'),
  ('紫阳县', '610924', '紫阳', 'county', '610900', 'Ziyang', 'Ziyang County'),
  ('岚皋县', '610925', '岚皋', 'county', '610900', 'Langao', 'Langao County'),
  ('平利县', '610926', '平利', 'county', '610900', 'Pingli', 'Pingli County'),
  ('镇坪县', '610927', '镇坪', 'county', '610900', 'Zhenping', 'Zhenping County'),
  ('白河县', '610929', '白河', 'county', '610900', 'Baihe', 'Baihe County'),
  ('旬阳市', '610981', '旬阳', 'county', '610900', 'Xunyang', 'Xunyang City'),
  ('商州区', '611002', '商州', 'district', '611000', 'Shangzhou', 'Shangzhou District'),
  ('洛南县', '611021', '洛南', 'county', '611000', 'Luonan', 'Luonan County'),
  ('丹凤县', '611022', '丹凤', 'county', '611000', 'Danfeng', 'Danfeng County'),
  ('商南县', '611023', '商南', 'county', '611000', 'Shangnan', 'Shangnan County'),
  ('山阳县', '611024', '山阳', 'county', '611000', 'Shanyang', 'Shanyang County'),
  ('镇安县', '611025', '镇安', 'county', '611000', 'Zhen''an', 'Zhen''an County'),
  ('柞水县', '611026', '柞水', 'county', '611000', 'Zhashui', 'Zhashui County'),
  ('城关区', '620102', '城关', 'district', '620100', 'Chengguan', 'Chengguan District'),
  ('七里河区', '620103', '七里河', 'district', '620100', 'Qilihe', 'Qilihe District'),
  ('西固区', '620104', '西固', 'district', '620100', 'Xigu', 'Xigu District'),
  ('安宁区', '620105', '安宁', 'district', '620100', 'Anning', 'Anning District'),
  ('红古区', '620111', '红古', 'district', '620100', 'Honggu', 'Honggu District'),
  ('永登县', '620121', '永登', 'county', '620100', 'Yongdeng', 'Yongdeng County'),
  ('皋兰县', '620122', '皋兰', 'county', '620100', 'Gaolan', 'Gaolan County'),
  ('榆中县', '620123', '榆中', 'county', '620100', 'Yuzhong', 'Yuzhong County'),
  ('金川区', '620302', '金川', 'district', '620300', 'Jinchuan', 'Jinchuan District'),
  ('永昌县', '620321', '永昌', 'county', '620300', 'Yongchang', 'Yongchang County'),
  ('白银区', '620402', '白银', 'district', '620400', 'Baiyin', 'Baiyin District'),
  ('平川区', '620403', '平川', 'district', '620400', 'Pingchuan', 'Pingchuan District'),
  ('靖远县', '620421', '靖远', 'county', '620400', 'Jingyuan', 'Jingyuan County'),
  ('会宁县', '620422', '会宁', 'county', '620400', 'Huining', 'Huining County'),
  ('景泰县', '620423', '景泰', 'county', '620400', 'Jingtai', 'Jingtai County'),
  ('秦州区', '620502', '秦州', 'district', '620500', 'Qinzhou', 'Qinzhou District'),
  ('麦积区', '620503', '麦积', 'district', '620500', 'Maiji', 'Maiji District'),
  ('清水县', '620521', '清水', 'county', '620500', 'Qingshui', 'Qingshui County'),
  ('秦安县', '620522', '秦安', 'county', '620500', 'Qin''an', 'Qin''an County'),
  ('甘谷县', '620523', '甘谷', 'county', '620500', 'Gangu', 'Gangu County'),
  ('武山县', '620524', '武山', 'county', '620500', 'Wushan', 'Wushan County'),
  ('张家川回族自治县', '620525', '张家川', 'county', '620500', 'Zhangjiachuan', 'Zhangjiachuan Autonomous County'),
  ('凉州区', '620602', '凉州', 'district', '620600', 'Liangzhou', 'Liangzhou District'),
  ('民勤县', '620621', '民勤', 'county', '620600', 'Minqin', 'Minqin County'),
  ('古浪县', '620622', '古浪', 'county', '620600', 'Gulang', 'Gulang County'),
  ('天祝藏族自治县', '620623', '天祝', 'county', '620600', 'Tianzhu', 'Tianzhu Autonomous County'),
  ('甘州区', '620702', '甘州', 'district', '620700', 'Ganzhou', 'Ganzhou District'),
  ('肃南裕固族自治县', '620721', '肃南', 'county', '620700', 'Sunan', 'Sunan Autonomous County'),
  ('民乐县', '620722', '民乐', 'county', '620700', 'Minyue', 'Minyue County'),
  ('临泽县', '620723', '临泽', 'county', '620700', 'Linze', 'Linze County'),
  ('高台县', '620724', '高台', 'county', '620700', 'Gaotai', 'Gaotai County'),
  ('山丹县', '620725', '山丹', 'county', '620700', 'Shandan', 'Shandan County'),
  ('崆峒区', '620802', '崆峒', 'district', '620800', 'Kongtong', 'Kongtong District'),
  ('泾川县', '620821', '泾川', 'county', '620800', 'Jingchuan', 'Jingchuan County'),
  ('灵台县', '620822', '灵台', 'county', '620800', 'Lingtai', 'Lingtai County'),
  ('崇信县', '620823', '崇信', 'county', '620800', 'Chongxin', 'Chongxin County'),
  ('庄浪县', '620825', '庄浪', 'county', '620800', 'Zhuanglang', 'Zhuanglang County'),
  ('静宁县', '620826', '静宁', 'county', '620800', 'Jingning', 'Jingning County'),
  ('华亭市', '620881', '华亭', 'county', '620800', 'Huating', 'Huating City'),
  ('肃州区', '620902', '肃州', 'district', '620900', 'Suzhou', 'Suzhou District'),
  ('金塔县', '620921', '金塔', 'county', '620900', 'Jinta', 'Jinta County'),
  ('瓜州县', '620922', '瓜州', 'county', '620900', 'Guazhou', 'Guazhou County'),
  ('肃北蒙古族自治县', '620923', '肃北', 'county', '620900', 'Subei', 'Subei Autonomous County'),
  ('阿克塞哈萨克族自治县', '620924', '阿克塞', 'county', '620900', 'Akesai', 'Akesai Autonomous County'),
  ('玉门市', '620981', '玉门', 'county', '620900', 'Yumen', 'Yumen City'),
  ('敦煌市', '620982', '敦煌', 'county', '620900', 'Dunhuang', 'Dunhuang City'),
  ('西峰区', '621002', '西峰', 'district', '621000', 'Xifeng', 'Xifeng District'),
  ('庆城县', '621021', '庆城', 'county', '621000', 'Qingcheng', 'Qingcheng County'),
  ('环县', '621022', '环', 'county', '621000', 'Huan', 'Huan County'),
  ('华池县', '621023', '华池', 'county', '621000', 'Huachi', 'Huachi County'),
  ('合水县', '621024', '合水', 'county', '621000', 'Heshui', 'Heshui County'),
  ('正宁县', '621025', '正宁', 'county', '621000', 'Zhengning', 'Zhengning County'),
  ('宁县', '621026', '宁', 'county', '621000', 'Ning', 'Ning County'),
  ('镇原县', '621027', '镇原', 'county', '621000', 'Zhenyuan', 'Zhenyuan County'),
  ('安定区', '621102', '安定', 'district', '621100', 'Anding', 'Anding District'),
  ('通渭县', '621121', '通渭', 'county', '621100', 'Tongwei', 'Tongwei County'),
  ('陇西县', '621122', '陇西', 'county', '621100', 'Longxi', 'Longxi County'),
  ('渭源县', '621123', '渭源', 'county', '621100', 'Weiyuan', 'Weiyuan County'),
  ('临洮县', '621124', '临洮', 'county', '621100', 'Lintao', 'Lintao County'),
  ('漳县', '621125', '漳', 'county', '621100', 'Zhang', 'Zhang County'),
  ('岷县', '621126', '岷', 'county', '621100', 'Min', 'Min County'),
  ('武都区', '621202', '武都', 'district', '621200', 'Wudou', 'Wudou District'),
  ('成县', '621221', '成', 'county', '621200', 'Cheng', 'Cheng County'),
  ('文县', '621222', '文', 'county', '621200', 'Wen', 'Wen County'),
  ('宕昌县', '621223', '宕昌', 'county', '621200', 'Dangchang', 'Dangchang County'),
  ('康县', '621224', '康', 'county', '621200', 'Kang', 'Kang County'),
  ('西和县', '621225', '西和', 'county', '621200', 'Xihe', 'Xihe County'),
  ('礼县', '621226', '礼', 'county', '621200', 'Li', 'Li County'),
  ('徽县', '621227', '徽', 'county', '621200', 'Hui', 'Hui County'),
  ('两当县', '621228', '两当', 'county', '621200', 'Liangdang', 'Liangdang County'),
  ('临夏市', '622901', '临夏', 'county', '622900', 'Linxia', 'Linxia City'),
  ('临夏县', '622921', '临夏', 'county', '622900', 'Linxia', 'Linxia County'),
  ('康乐县', '622922', '康乐', 'county', '622900', 'Kangle', 'Kangle County'),
  ('永靖县', '622923', '永靖', 'county', '622900', 'Yongjing', 'Yongjing County'),
  ('广河县', '622924', '广河', 'county', '622900', 'Guanghe', 'Guanghe County'),
  ('和政县', '622925', '和政', 'county', '622900', 'Hezheng', 'Hezheng County'),
  ('东乡族自治县', '622926', '东乡', 'county', '622900', 'Dongxiang', 'Dongxiang Autonomous County'),
  ('积石山保安族东乡族撒拉族自治县', '622927', '积石山', 'county', '622900', 'Jishishan', 'Jishishan Autonomous County'),
  ('合作市', '623001', '合作', 'county', '623000', 'Hezuo', 'Hezuo City'),
  ('临潭县', '623021', '临潭', 'county', '623000', 'Lintan', 'Lintan County'),
  ('卓尼县', '623022', '卓尼', 'county', '623000', 'Zhuoni', 'Zhuoni County'),
  ('舟曲县', '623023', '舟曲', 'county', '623000', 'Zhouqu', 'Zhouqu County'),
  ('迭部县', '623024', '迭部', 'county', '623000', 'Diebu', 'Diebu County'),
  ('玛曲县', '623025', '玛曲', 'county', '623000', 'Maqu', 'Maqu County'),
  ('碌曲县', '623026', '碌曲', 'county', '623000', 'Luqu', 'Luqu County'),
  ('夏河县', '623027', '夏河', 'county', '623000', 'Xiahe', 'Xiahe County'),
  ('城东区', '630102', '城东', 'district', '630100', 'Chengdong', 'Chengdong District'),
  ('城中区', '630103', '城中', 'district', '630100', 'Chengzhong', 'Chengzhong District'),
  ('城西区', '630104', '城西', 'district', '630100', 'Chengxi', 'Chengxi District'),
  ('城北区', '630105', '城北', 'district', '630100', 'Chengbei', 'Chengbei District'),
  ('湟中区', '630106', '湟中', 'district', '630100', 'Huangzhong', 'Huangzhong District'),
  ('大通回族土族自治县', '630121', '大通', 'county', '630100', 'Datong', 'Datong Autonomous County'),
  ('湟源县', '630123', '湟源', 'county', '630100', 'Huangyuan', 'Huangyuan County'),
  ('乐都区', '630202', '乐都', 'district', '630200', 'Ledou', 'Ledou District'),
  ('平安区', '630203', '平安', 'district', '630200', 'Ping''an', 'Ping''an District'),
  ('民和回族土族自治县', '630222', '民和', 'county', '630200', 'Minhe', 'Minhe Autonomous County'),
  ('互助土族自治县', '630223', '互助', 'county', '630200', 'Huzhu', 'Huzhu Autonomous County'),
  ('化隆回族自治县', '630224', '化隆', 'county', '630200', 'Hualong', 'Hualong Autonomous County'),
  ('循化撒拉族自治县', '630225', '循化', 'county', '630200', 'Xunhua', 'Xunhua Autonomous County'),
  ('门源回族自治县', '632221', '门源', 'county', '632200', 'Menyuan', 'Menyuan Autonomous County'),
  ('祁连县', '632222', '祁连', 'county', '632200', 'Qilian', 'Qilian County'),
  ('海晏县', '632223', '海晏', 'county', '632200', 'Haiyan', 'Haiyan County'),
  ('刚察县', '632224', '刚察', 'county', '632200', 'Gangcha', 'Gangcha County'),
  ('同仁市', '632301', '同仁', 'county', '632300', 'Tongren', 'Tongren City'),
  ('尖扎县', '632322', '尖扎', 'county', '632300', 'Jianzha', 'Jianzha County'),
  ('泽库县', '632323', '泽库', 'county', '632300', 'Zeku', 'Zeku County'),
  ('河南蒙古族自治县', '632324', '河南', 'county', '632300', 'Henan', 'Henan Autonomous County'),
  ('共和县', '632521', '共和', 'county', '632500', 'Gonghe', 'Gonghe County'),
  ('同德县', '632522', '同德', 'county', '632500', 'Tongde', 'Tongde County'),
  ('贵德县', '632523', '贵德', 'county', '632500', 'Guide', 'Guide County'),
  ('兴海县', '632524', '兴海', 'county', '632500', 'Xinghai', 'Xinghai County'),
  ('贵南县', '632525', '贵南', 'county', '632500', 'Guinan', 'Guinan County'),
  ('玛沁县', '632621', '玛沁', 'county', '632600', 'Maqin', 'Maqin County'),
  ('班玛县', '632622', '班玛', 'county', '632600', 'Banma', 'Banma County'),
  ('甘德县', '632623', '甘德', 'county', '632600', 'Gande', 'Gande County'),
  ('达日县', '632624', '达日', 'county', '632600', 'Dari', 'Dari County'),
  ('久治县', '632625', '久治', 'county', '632600', 'Jiuzhi', 'Jiuzhi County'),
  ('玛多县', '632626', '玛多', 'county', '632600', 'Maduo', 'Maduo County'),
  ('玉树市', '632701', '玉树', 'county', '632700', 'Yushu', 'Yushu City'),
  ('杂多县', '632722', '杂多', 'county', '632700', 'Zaduo', 'Zaduo County'),
  ('称多县', '632723', '称多', 'county', '632700', 'Chengduo', 'Chengduo County'),
  ('治多县', '632724', '治多', 'county', '632700', 'Zhiduo', 'Zhiduo County'),
  ('囊谦县', '632725', '囊谦', 'county', '632700', 'Nangqian', 'Nangqian County'),
  ('曲麻莱县', '632726', '曲麻莱', 'county', '632700', 'Qumalai', 'Qumalai County'),
  ('格尔木市', '632801', '格尔木', 'county', '632800', 'Ge''ermu', 'Ge''ermu City'),
  ('德令哈市', '632802', '德令哈', 'county', '632800', 'Delingha', 'Delingha City'),
  ('茫崖市', '632803', '茫崖', 'county', '632800', 'Mangya', 'Mangya City'),
  ('乌兰县', '632821', '乌兰', 'county', '632800', 'Wulan', 'Wulan County'),
  ('都兰县', '632822', '都兰', 'county', '632800', 'Doulan', 'Doulan County'),
  ('天峻县', '632823', '天峻', 'county', '632800', 'Tianjun', 'Tianjun County'),
  ('大柴旦行政委员会', '632857', '大柴旦行政委员会', 'county', '632800', 'Dachaidanxingzhengweiyuanhui', 'Dachaidanxingzhengweiyuanhui'),
  ('兴庆区', '640104', '兴庆', 'district', '640100', 'Xingqing', 'Xingqing District'),
  ('西夏区', '640105', '西夏', 'district', '640100', 'Xixia', 'Xixia District'),
  ('金凤区', '640106', '金凤', 'district', '640100', 'Jinfeng', 'Jinfeng District'),
  ('永宁县', '640121', '永宁', 'county', '640100', 'Yongning', 'Yongning County'),
  ('贺兰县', '640122', '贺兰', 'county', '640100', 'Helan', 'Helan County'),
  ('灵武市', '640181', '灵武', 'county', '640100', 'Lingwu', 'Lingwu City'),
  ('大武口区', '640202', '大武口', 'district', '640200', 'Dawukou', 'Dawukou District'),
  ('惠农区', '640205', '惠农', 'district', '640200', 'Huinong', 'Huinong District'),
  ('平罗县', '640221', '平罗', 'county', '640200', 'Pingluo', 'Pingluo County'),
  ('利通区', '640302', '利通', 'district', '640300', 'Litong', 'Litong District'),
  ('红寺堡区', '640303', '红寺堡', 'district', '640300', 'Hongsibao', 'Hongsibao District'),
  ('盐池县', '640323', '盐池', 'county', '640300', 'Yanchi', 'Yanchi County'),
  ('同心县', '640324', '同心', 'county', '640300', 'Tongxin', 'Tongxin County'),
  ('青铜峡市', '640381', '青铜峡', 'county', '640300', 'Qingtongxia', 'Qingtongxia City'),
  ('原州区', '640402', '原州', 'district', '640400', 'Yuanzhou', 'Yuanzhou District'),
  ('西吉县', '640422', '西吉', 'county', '640400', 'Xiji', 'Xiji County'),
  ('隆德县', '640423', '隆德', 'county', '640400', 'Longde', 'Longde County'),
  ('泾源县', '640424', '泾源', 'county', '640400', 'Jingyuan', 'Jingyuan County'),
  ('彭阳县', '640425', '彭阳', 'county', '640400', 'Pengyang', 'Pengyang County'),
  ('沙坡头区', '640502', '沙坡头', 'district', '640500', 'Shapotou', 'Shapotou District'),
  ('中宁县', '640521', '中宁', 'county', '640500', 'Zhongning', 'Zhongning County'),
  ('海原县', '640522', '海原', 'county', '640500', 'Haiyuan', 'Haiyuan County'),
  ('天山区', '650102', '天山', 'district', '650100', 'Tianshan', 'Tianshan District'),
  ('沙依巴克区', '650103', '沙依巴克', 'district', '650100', 'Shayibake', 'Shayibake District'),
  ('新市区', '650104', '新市', 'district', '650100', 'Xinshi', 'Xinshi District'),
  ('水磨沟区', '650105', '水磨沟', 'district', '650100', 'Shuimogou', 'Shuimogou District'),
  ('头屯河区', '650106', '头屯河', 'district', '650100', 'Toutunhe', 'Toutunhe District'),
  ('达坂城区', '650107', '达坂城', 'district', '650100', 'Dabancheng', 'Dabancheng District'),
  ('米东区', '650109', '米东', 'district', '650100', 'Midong', 'Midong District'),
  ('乌鲁木齐县', '650121', '乌鲁木齐', 'county', '650100', 'Wulumuqi', 'Wulumuqi County'),
  ('独山子区', '650202', '独山子', 'district', '650200', 'Dushanzi', 'Dushanzi District'),
  ('克拉玛依区', '650203', '克拉玛依', 'district', '650200', 'Kelamayi', 'Kelamayi District'),
  ('白碱滩区', '650204', '白碱滩', 'district', '650200', 'Baijiantan', 'Baijiantan District'),
  ('乌尔禾区', '650205', '乌尔禾', 'district', '650200', 'Wu''erhe', 'Wu''erhe District'),
  ('高昌区', '650402', '高昌', 'district', '650400', 'Gaochang', 'Gaochang District'),
  ('鄯善县', '650421', '鄯善', 'county', '650400', 'Shanshan', 'Shanshan County'),
  ('托克逊县', '650422', '托克逊', 'county', '650400', 'Tuokexun', 'Tuokexun County'),
  ('伊州区', '650502', '伊州', 'district', '650500', 'Yizhou', 'Yizhou District'),
  ('巴里坤哈萨克自治县', '650521', '巴里坤', 'county', '650500', 'Balikun', 'Balikun Autonomous County'),
  ('伊吾县', '650522', '伊吾', 'county', '650500', 'Yiwu', 'Yiwu County'),
  ('昌吉市', '652301', '昌吉', 'county', '652300', 'Changji', 'Changji City'),
  ('阜康市', '652302', '阜康', 'county', '652300', 'Fukang', 'Fukang City'),
  ('呼图壁县', '652323', '呼图壁', 'county', '652300', 'Hutubi', 'Hutubi County'),
  ('玛纳斯县', '652324', '玛纳斯', 'county', '652300', 'Manasi', 'Manasi County'),
  ('奇台县', '652325', '奇台', 'county', '652300', 'Qitai', 'Qitai County'),
  ('吉木萨尔县', '652327', '吉木萨尔', 'county', '652300', 'Jimusa''er', 'Jimusa''er County'),
  ('木垒哈萨克自治县', '652328', '木垒', 'county', '652300', 'Mulei', 'Mulei Autonomous County'),
  ('博乐市', '652701', '博乐', 'county', '652700', 'Bole', 'Bole City'),
  ('阿拉山口市', '652702', '阿拉山口', 'county', '652700', 'Alashankou', 'Alashankou City'),
  ('精河县', '652722', '精河', 'county', '652700', 'Jinghe', 'Jinghe County'),
  ('温泉县', '652723', '温泉', 'county', '652700', 'Wenquan', 'Wenquan County'),
  ('库尔勒市', '652801', '库尔勒', 'county', '652800', 'Ku''erle', 'Ku''erle City'),
  ('轮台县', '652822', '轮台', 'county', '652800', 'Luntai', 'Luntai County'),
  ('尉犁县', '652823', '尉犁', 'county', '652800', 'Weili', 'Weili County'),
  ('若羌县', '652824', '若羌', 'county', '652800', 'Ruoqiang', 'Ruoqiang County'),
  ('且末县', '652825', '且末', 'county', '652800', 'Qiemo', 'Qiemo County'),
  ('焉耆回族自治县', '652826', '焉耆', 'county', '652800', 'Yanqi', 'Yanqi Autonomous County'),
  ('和静县', '652827', '和静', 'county', '652800', 'Hejing', 'Hejing County'),
  ('和硕县', '652828', '和硕', 'county', '652800', 'Heshuo', 'Heshuo County'),
  ('博湖县', '652829', '博湖', 'county', '652800', 'Bohu', 'Bohu County'),
  ('阿克苏市', '652901', '阿克苏', 'county', '652900', 'Akesu', 'Akesu City'),
  ('库车市', '652902', '库车', 'county', '652900', 'Kuche', 'Kuche City'),
  ('温宿县', '652922', '温宿', 'county', '652900', 'Wensu', 'Wensu County'),
  ('沙雅县', '652924', '沙雅', 'county', '652900', 'Shaya', 'Shaya County'),
  ('新和县', '652925', '新和', 'county', '652900', 'Xinhe', 'Xinhe County'),
  ('拜城县', '652926', '拜城', 'county', '652900', 'Baicheng', 'Baicheng County'),
  ('乌什县', '652927', '乌什', 'county', '652900', 'Wushen', 'Wushen County'),
  ('阿瓦提县', '652928', '阿瓦提', 'county', '652900', 'Awati', 'Awati County'),
  ('柯坪县', '652929', '柯坪', 'county', '652900', 'Keping', 'Keping County'),
  ('阿图什市', '653001', '阿图什', 'county', '653000', 'Atushen', 'Atushen City'),
  ('阿克陶县', '653022', '阿克陶', 'county', '653000', 'Aketao', 'Aketao County'),
  ('阿合奇县', '653023', '阿合奇', 'county', '653000', 'Aheqi', 'Aheqi County'),
  ('乌恰县', '653024', '乌恰', 'county', '653000', 'Wuqia', 'Wuqia County'),
  ('喀什市', '653101', '喀什', 'county', '653100', 'Kashen', 'Kashen City'),
  ('疏附县', '653121', '疏附', 'county', '653100', 'Shufu', 'Shufu County'),
  ('疏勒县', '653122', '疏勒', 'county', '653100', 'Shule', 'Shule County'),
  ('英吉沙县', '653123', '英吉沙', 'county', '653100', 'Yingjisha', 'Yingjisha County'),
  ('泽普县', '653124', '泽普', 'county', '653100', 'Zepu', 'Zepu County'),
  ('莎车县', '653125', '莎车', 'county', '653100', 'Shache', 'Shache County'),
  ('叶城县', '653126', '叶城', 'county', '653100', 'Yecheng', 'Yecheng County'),
  ('麦盖提县', '653127', '麦盖提', 'county', '653100', 'Maigaiti', 'Maigaiti County'),
  ('岳普湖县', '653128', '岳普湖', 'county', '653100', 'Yuepuhu', 'Yuepuhu County'),
  ('伽师县', '653129', '伽师', 'county', '653100', 'Jiashi', 'Jiashi County'),
  ('巴楚县', '653130', '巴楚', 'county', '653100', 'Bachu', 'Bachu County'),
  ('塔什库尔干塔吉克自治县', '653131', '塔什库尔干', 'county', '653100', 'Tashenku''ergan', 'Tashenku''ergan Autonomous County'),
  ('和田市', '653201', '和田', 'county', '653200', 'Hetian', 'Hetian City'),
  ('和田县', '653221', '和田', 'county', '653200', 'Hetian', 'Hetian County'),
  ('墨玉县', '653222', '墨玉', 'county', '653200', 'Moyu', 'Moyu County'),
  ('皮山县', '653223', '皮山', 'county', '653200', 'Pishan', 'Pishan County'),
  ('洛浦县', '653224', '洛浦', 'county', '653200', 'Luopu', 'Luopu County'),
  ('策勒县', '653225', '策勒', 'county', '653200', 'Cele', 'Cele County'),
  ('于田县', '653226', '于田', 'county', '653200', 'Yutian', 'Yutian County'),
  ('民丰县', '653227', '民丰', 'county', '653200', 'Minfeng', 'Minfeng County'),
  ('伊宁市', '654002', '伊宁', 'county', '654000', 'Yining', 'Yining City'),
  ('奎屯市', '654003', '奎屯', 'county', '654000', 'Kuitun', 'Kuitun City'),
  ('霍尔果斯市', '654004', '霍尔果斯', 'county', '654000', 'Huo''erguosi', 'Huo''erguosi City'),
  ('伊宁县', '654021', '伊宁', 'county', '654000', 'Yining', 'Yining County'),
  ('察布查尔锡伯自治县', '654022', '察布查尔', 'county', '654000', 'Chabucha''er', 'Chabucha''er Autonomous County'),
  ('霍城县', '654023', '霍城', 'county', '654000', 'Huocheng', 'Huocheng County'),
  ('巩留县', '654024', '巩留', 'county', '654000', 'Gongliu', 'Gongliu County'),
  ('新源县', '654025', '新源', 'county', '654000', 'Xinyuan', 'Xinyuan County'),
  ('昭苏县', '654026', '昭苏', 'county', '654000', 'Zhaosu', 'Zhaosu County'),
  ('特克斯县', '654027', '特克斯', 'county', '654000', 'Tekesi', 'Tekesi County'),
  ('尼勒克县', '654028', '尼勒克', 'county', '654000', 'Nileke', 'Nileke County'),
  ('塔城市', '654201', '塔城', 'county', '654200', 'Tacheng', 'Tacheng City'),
  ('乌苏市', '654202', '乌苏', 'county', '654200', 'Wusu', 'Wusu City'),
  ('沙湾市', '654203', '沙湾', 'county', '654200', 'Shawan', 'Shawan City'),
  ('额敏县', '654221', '额敏', 'county', '654200', 'Emin', 'Emin County'),
  ('托里县', '654224', '托里', 'county', '654200', 'Tuoli', 'Tuoli County'),
  ('裕民县', '654225', '裕民', 'county', '654200', 'Yumin', 'Yumin County'),
  ('和布克赛尔蒙古自治县', '654226', '和布克赛尔', 'county', '654200', 'Hebukesai''er', 'Hebukesai''er Autonomous County'),
  ('阿勒泰市', '654301', '阿勒泰', 'county', '654300', 'Aletai', 'Aletai City'),
  ('布尔津县', '654321', '布尔津', 'county', '654300', 'Bu''erjin', 'Bu''erjin County'),
  ('富蕴县', '654322', '富蕴', 'county', '654300', 'Fuyun', 'Fuyun County'),
  ('福海县', '654323', '福海', 'county', '654300', 'Fuhai', 'Fuhai County'),
  ('哈巴河县', '654324', '哈巴河', 'county', '654300', 'Habahe', 'Habahe County'),
  ('青河县', '654325', '青河', 'county', '654300', 'Qinghe', 'Qinghe County'),
  ('吉木乃县', '654326', '吉木乃', 'county', '654300', 'Jimunai', 'Jimunai County'),
  ('石河子市', '659001', '石河子', 'county', '650000', 'Shihezi', 'Shihezi City'),
  ('阿拉尔市', '659002', '阿拉尔', 'county', '650000', 'Ala''er', 'Ala''er City'),
  ('图木舒克市', '659003', '图木舒克', 'county', '650000', 'Tumushuke', 'Tumushuke City'),
  ('五家渠市', '659004', '五家渠', 'county', '650000', 'Wujiaqu', 'Wujiaqu City'),
  ('北屯市', '659005', '北屯', 'county', '650000', 'Beitun', 'Beitun City'),
  ('铁门关市', '659006', '铁门关', 'county', '650000', 'Tiemenguan', 'Tiemenguan City'),
  ('双河市', '659007', '双河', 'county', '650000', 'Shuanghe', 'Shuanghe City'),
  ('可克达拉市', '659008', '可克达拉', 'county', '650000', 'Kekedala', 'Kekedala City'),
  ('昆玉市', '659009', '昆玉', 'county', '650000', 'Kunyu', 'Kunyu City'),
  ('胡杨河市', '659010', '胡杨河', 'county', '650000', 'Huyanghe', 'Huyanghe City'),
  ('新星市', '659011', '新星', 'county', '650000', 'Xinxing', 'Xinxing City'),
  ('白杨市', '659012', '白杨', 'county', '650000', 'Baiyang', 'Baiyang City'),
  ('大鹏新区', NULL, '大鹏', 'new_area', '440300', 'Dapeng', 'Dapeng New Area'),
  ('深汕特别合作区', NULL, '深汕', 'new_area', '440300', 'Shenshan', 'Shenshan Special Cooperation Zone')
) AS shipped (name, code, short_name, level, parent_code, pinyin, name_en);
-- ---------------------------------------------------------------------
-- Units: a glossary of the units reports write (亿元, 万个, 平方公里),
-- with English names, the dimension, and the factor to the base unit that
-- facts.base_value is folded to.  The rows come from the quantity reader's
-- own tables (src/data/q_units.tsv, q_magnitudes.tsv, English names in
-- units_en.tsv; the INSERT is generated at build time by
-- src/data/units_sql.sh and follows this file in the install script), so
-- the glossary and the reader never disagree.  The series views read it to
-- state every value in its indicator's default unit.  Shipped data only:
-- upgrades replace the rows.
-- ---------------------------------------------------------------------
CREATE TABLE @extschema@.units (
    unit      text PRIMARY KEY,
    name_en   text,
    dimension text NOT NULL,
    base_unit text NOT NULL,
    factor    numeric NOT NULL CHECK (factor > 0)
);

COMMENT ON TABLE @extschema@.units IS 'Units as reports write them (亿元, 万个, 平方公里, %) with their English name, dimension, base unit and factor to it: a value in unit is value * factor in base_unit (4.4万个 is 44000 个). Generated from the quantity reader''s unit tables, so facts.base_unit and facts.base_value follow the same rows.';
COMMENT ON COLUMN @extschema@.units.unit IS 'Unit as written, simplified (亿元, 万个, 微克/立方米).';
COMMENT ON COLUMN @extschema@.units.name_en IS 'English name (100 million yuan, 10 thousand units); NULL when none is known.';
COMMENT ON COLUMN @extschema@.units.dimension IS 'What it measures: money, count, area, length, mass, volume, energy, power, percent, points, duration, price, ...';
COMMENT ON COLUMN @extschema@.units.base_unit IS 'Unit the quantity reader folds it to (元, 个, 平方米, %), as in facts.base_unit.';
COMMENT ON COLUMN @extschema@.units.factor IS 'Multiplier from unit to base_unit (100000000 for 亿元).';
-- generated from src/data/q_units.tsv, q_magnitudes.tsv and units_en.tsv by src/data/units_sql.sh
DELETE FROM @extschema@.units;
INSERT INTO @extschema@.units (unit, name_en, dimension, base_unit, factor) VALUES
  ('岁', NULL, 'age', '岁', 1),
  ('人/百亿元', NULL, 'deaths_per_gdp', '人/百亿元', 1),
  ('人/亿元', NULL, 'deaths_per_gdp', '人/亿元', 100),
  ('元', 'yuan', 'money', '元', 1),
  ('美元', 'US dollars', 'money_usd', '美元', 1),
  ('港元', 'Hong Kong dollars', 'money_hkd', '港元', 1),
  ('港币', 'Hong Kong dollars', 'money_hkd', '港元', 1),
  ('欧元', 'euros', 'money_eur', '欧元', 1),
  ('人民币', 'yuan', 'money', '元', 1),
  ('m²', 'square metres', 'area', '平方米', 1),
  ('m2', 'square metres', 'area', '平方米', 1),
  ('km²', 'square kilometres', 'area', '平方公里', 1),
  ('平方米', 'square metres', 'area', '平方米', 1),
  ('平米', 'square metres', 'area', '平方米', 1),
  ('㎡', 'square metres', 'area', '平方米', 1),
  ('平方公里', 'square kilometres', 'area', '平方公里', 1),
  ('平方千米', 'square kilometres', 'area', '平方公里', 1),
  ('公顷', 'hectares', 'area', '公顷', 1),
  ('亩', 'mu (666.7 square metres)', 'area', '亩', 1),
  ('km', 'kilometres', 'length', '公里', 1),
  ('米', 'metres', 'length', '米', 1),
  ('公里', 'kilometres', 'length', '公里', 1),
  ('千米', 'kilometres', 'length', '公里', 1),
  ('延米', 'linear metres', 'length', '延米', 1),
  ('kg', 'kilograms', 'mass', '千克', 1),
  ('千克', 'kilograms', 'mass', '千克', 1),
  ('公斤', 'kilograms', 'mass', '千克', 1),
  ('斤', 'jin (half kilograms)', 'mass', '斤', 1),
  ('吨', 'tonnes', 'mass', '吨', 1),
  ('克', 'grams', 'mass', '克', 1),
  ('m³', 'cubic metres', 'volume', '立方米', 1),
  ('立方米', 'cubic metres', 'volume', '立方米', 1),
  ('升', 'litres', 'volume', '升', 1),
  ('千瓦时', 'kilowatt-hours', 'energy', '千瓦时', 1),
  ('kWh', 'kilowatt-hours', 'energy', '千瓦时', 1),
  ('kW·h', 'kilowatt-hours', 'energy', '千瓦时', 1),
  ('千瓦', 'kilowatts', 'power', '千瓦', 1),
  ('kW', 'kilowatts', 'power', '千瓦', 1),
  ('MW', 'megawatts', 'power', '兆瓦', 1),
  ('兆瓦', 'megawatts', 'power', '兆瓦', 1),
  ('瓦', 'watts', 'power', '瓦', 1),
  ('标准煤', 'tonnes of standard coal', 'energy_coal', '吨标准煤', 1),
  ('吨标准煤', 'tonnes of standard coal', 'energy_coal', '吨标准煤', 1),
  ('吨标煤', 'tonnes of standard coal', 'energy_coal', '吨标准煤', 1),
  ('微克/立方米', 'micrograms per cubic metre', 'concentration', '微克/立方米', 1),
  ('μg/m³', 'micrograms per cubic metre', 'concentration', '微克/立方米', 1),
  ('μg/m3', 'micrograms per cubic metre', 'concentration', '微克/立方米', 1),
  ('毫克/立方米', 'milligrams per cubic metre', 'concentration', '毫克/立方米', 1),
  ('吨/日', 'tonnes per day', 'rate', '吨/日', 1),
  ('吨/天', 'tonnes per day', 'rate', '吨/日', 1),
  ('立方米/日', 'cubic metres per day', 'rate', '立方米/日', 1),
  ('元/平方米', 'yuan per square metre', 'price', '元/平方米', 1),
  ('元/月', 'yuan per month', 'price', '元/月', 1),
  ('元/人', 'yuan per person', 'price', '元/人', 1),
  ('元/亩', 'yuan per mu', 'price', '元/亩', 1),
  ('个月', 'months', 'duration', '个月', 1),
  ('年', 'years', 'duration', '年', 1),
  ('天', 'days', 'duration', '天', 1),
  ('个工作日', 'working days', 'duration', '个工作日', 1),
  ('工作日', 'working days', 'duration', '个工作日', 1),
  ('小时', 'hours', 'duration', '小时', 1),
  ('个小时', 'hours', 'duration', '小时', 1),
  ('分钟', 'minutes', 'duration', '分钟', 1),
  ('秒', 'seconds', 'duration', '秒', 1),
  ('周', 'weeks', 'duration', '周', 1),
  ('星期', 'weeks', 'duration', '周', 1),
  ('个星期', 'weeks', 'duration', '周', 1),
  ('个季度', 'quarters', 'duration', '个季度', 1),
  ('%', 'per cent', 'percent', '%', 1),
  ('％', 'per cent', 'percent', '%', 1),
  ('‰', 'per mille', 'permille', '‰', 1),
  ('个百分点', 'percentage points', 'points', '个百分点', 1),
  ('百分点', 'percentage points', 'points', '个百分点', 1),
  ('倍', 'times', 'ratio', '倍', 1),
  ('分', 'points (score)', 'score', '分', 1),
  ('成', 'tenths (10 per cent)', 'percent', '%', 10),
  ('个', 'units', 'count', '个', 1),
  ('家', 'firms', 'count', '家', 1),
  ('所', 'institutions (schools, hospitals)', 'count', '所', 1),
  ('项', 'items (projects)', 'count', '项', 1),
  ('套', 'units (dwellings, sets)', 'count', '套', 1),
  ('户', 'households', 'count', '户', 1),
  ('人', 'persons', 'count', '人', 1),
  ('名', 'persons', 'count', '名', 1),
  ('位', 'persons', 'count', '位', 1),
  ('人次', 'person-times (visits)', 'count', '人次', 1),
  ('场', 'events', 'count', '场', 1),
  ('场次', 'events', 'count', '场次', 1),
  ('次', 'times', 'count', '次', 1),
  ('条', 'items (roads, lines)', 'count', '条', 1),
  ('台', 'units (machines)', 'count', '台', 1),
  ('辆', 'vehicles', 'count', '辆', 1),
  ('株', 'plants', 'count', '株', 1),
  ('棵', 'trees', 'count', '棵', 1),
  ('张', 'units (beds, cards)', 'count', '张', 1),
  ('间', 'rooms', 'count', '间', 1),
  ('栋', 'buildings', 'count', '栋', 1),
  ('幢', 'buildings', 'count', '幢', 1),
  ('座', 'units (buildings, bridges)', 'count', '座', 1),
  ('处', 'sites', 'count', '处', 1),
  ('支', 'teams', 'count', '支', 1),
  ('批', 'batches', 'count', '批', 1),
  ('件', 'pieces (cases)', 'count', '件', 1),
  ('宗', 'cases (plots)', 'count', '宗', 1),
  ('篇', 'articles', 'count', '篇', 1),
  ('班', 'classes', 'count', '班', 1),
  ('列', 'trains', 'count', '列', 1),
  ('种', 'kinds', 'count', '种', 1),
  ('类', 'categories', 'count', '类', 1),
  ('只', 'units (animals)', 'count', '只', 1),
  ('起', 'incidents', 'count', '起', 1),
  ('例', 'cases', 'count', '例', 1),
  ('床', 'beds', 'count', '床', 1),
  ('艘', 'ships', 'count', '艘', 1),
  ('架', 'aircraft', 'count', '架', 1),
  ('部', 'units (films, phones)', 'count', '部', 1),
  ('层', 'storeys', 'count', '层', 1),
  ('块', 'pieces (plots)', 'count', '块', 1),
  ('片', 'areas', 'count', '片', 1),
  ('段', 'sections', 'count', '段', 1),
  ('根', 'units (poles, cables)', 'count', '根', 1),
  ('盏', 'lamps', 'count', '盏', 1),
  ('本', 'volumes', 'count', '本', 1),
  ('册', 'volumes', 'count', '册', 1),
  ('首', 'pieces (songs)', 'count', '首', 1),
  ('门', 'courses', 'count', '门', 1),
  ('轮', 'rounds', 'count', '轮', 1),
  ('期', 'phases', 'count', '期', 1),
  ('届', 'sessions', 'count', '届', 1),
  ('节', 'sessions (lessons)', 'count', '节', 1),
  ('课时', 'class hours', 'count', '课时', 1),
  ('学时', 'class hours', 'count', '学时', 1),
  ('份', 'copies', 'count', '份', 1),
  ('笔', 'transactions', 'count', '笔', 1),
  ('单', 'orders', 'count', '单', 1),
  ('辆次', 'vehicle-times', 'count', '辆次', 1),
  ('车次', 'train-times', 'count', '车次', 1),
  ('架次', 'flights', 'count', '架次', 1),
  ('户次', 'household-times', 'count', '户次', 1),
  ('万亿岁', 'trillion ', 'age', '岁', 1::numeric*1000000000000),
  ('万亿人/百亿元', 'trillion ', 'deaths_per_gdp', '人/百亿元', 1::numeric*1000000000000),
  ('万亿人/亿元', 'trillion ', 'deaths_per_gdp', '人/亿元', 100::numeric*1000000000000),
  ('万亿元', 'trillion yuan', 'money', '元', 1::numeric*1000000000000),
  ('万亿美元', 'trillion US dollars', 'money_usd', '美元', 1::numeric*1000000000000),
  ('万亿港元', 'trillion Hong Kong dollars', 'money_hkd', '港元', 1::numeric*1000000000000),
  ('万亿港币', 'trillion Hong Kong dollars', 'money_hkd', '港元', 1::numeric*1000000000000),
  ('万亿欧元', 'trillion euros', 'money_eur', '欧元', 1::numeric*1000000000000),
  ('万亿人民币', 'trillion yuan', 'money', '元', 1::numeric*1000000000000),
  ('万亿m²', 'trillion square metres', 'area', '平方米', 1::numeric*1000000000000),
  ('万亿m2', 'trillion square metres', 'area', '平方米', 1::numeric*1000000000000),
  ('万亿km²', 'trillion square kilometres', 'area', '平方公里', 1::numeric*1000000000000),
  ('万亿平方米', 'trillion square metres', 'area', '平方米', 1::numeric*1000000000000),
  ('万亿平米', 'trillion square metres', 'area', '平方米', 1::numeric*1000000000000),
  ('万亿㎡', 'trillion square metres', 'area', '平方米', 1::numeric*1000000000000),
  ('万亿平方公里', 'trillion square kilometres', 'area', '平方公里', 1::numeric*1000000000000),
  ('万亿平方千米', 'trillion square kilometres', 'area', '平方公里', 1::numeric*1000000000000),
  ('万亿公顷', 'trillion hectares', 'area', '公顷', 1::numeric*1000000000000),
  ('万亿亩', 'trillion mu (666.7 square metres)', 'area', '亩', 1::numeric*1000000000000),
  ('万亿km', 'trillion kilometres', 'length', '公里', 1::numeric*1000000000000),
  ('万亿米', 'trillion metres', 'length', '米', 1::numeric*1000000000000),
  ('万亿公里', 'trillion kilometres', 'length', '公里', 1::numeric*1000000000000),
  ('万亿千米', 'trillion kilometres', 'length', '公里', 1::numeric*1000000000000),
  ('万亿延米', 'trillion linear metres', 'length', '延米', 1::numeric*1000000000000),
  ('万亿kg', 'trillion kilograms', 'mass', '千克', 1::numeric*1000000000000),
  ('万亿千克', 'trillion kilograms', 'mass', '千克', 1::numeric*1000000000000),
  ('万亿公斤', 'trillion kilograms', 'mass', '千克', 1::numeric*1000000000000),
  ('万亿斤', 'trillion jin (half kilograms)', 'mass', '斤', 1::numeric*1000000000000),
  ('万亿吨', 'trillion tonnes', 'mass', '吨', 1::numeric*1000000000000),
  ('万亿克', 'trillion grams', 'mass', '克', 1::numeric*1000000000000),
  ('万亿m³', 'trillion cubic metres', 'volume', '立方米', 1::numeric*1000000000000),
  ('万亿立方米', 'trillion cubic metres', 'volume', '立方米', 1::numeric*1000000000000),
  ('万亿升', 'trillion litres', 'volume', '升', 1::numeric*1000000000000),
  ('万亿千瓦时', 'trillion kilowatt-hours', 'energy', '千瓦时', 1::numeric*1000000000000),
  ('万亿kWh', 'trillion kilowatt-hours', 'energy', '千瓦时', 1::numeric*1000000000000),
  ('万亿kW·h', 'trillion kilowatt-hours', 'energy', '千瓦时', 1::numeric*1000000000000),
  ('万亿千瓦', 'trillion kilowatts', 'power', '千瓦', 1::numeric*1000000000000),
  ('万亿kW', 'trillion kilowatts', 'power', '千瓦', 1::numeric*1000000000000),
  ('万亿MW', 'trillion megawatts', 'power', '兆瓦', 1::numeric*1000000000000),
  ('万亿兆瓦', 'trillion megawatts', 'power', '兆瓦', 1::numeric*1000000000000),
  ('万亿瓦', 'trillion watts', 'power', '瓦', 1::numeric*1000000000000),
  ('万亿标准煤', 'trillion tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*1000000000000),
  ('万亿吨标准煤', 'trillion tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*1000000000000),
  ('万亿吨标煤', 'trillion tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*1000000000000),
  ('万亿吨/日', 'trillion tonnes per day', 'rate', '吨/日', 1::numeric*1000000000000),
  ('万亿吨/天', 'trillion tonnes per day', 'rate', '吨/日', 1::numeric*1000000000000),
  ('万亿立方米/日', 'trillion cubic metres per day', 'rate', '立方米/日', 1::numeric*1000000000000),
  ('万亿元/平方米', 'trillion yuan per square metre', 'price', '元/平方米', 1::numeric*1000000000000),
  ('万亿元/月', 'trillion yuan per month', 'price', '元/月', 1::numeric*1000000000000),
  ('万亿元/人', 'trillion yuan per person', 'price', '元/人', 1::numeric*1000000000000),
  ('万亿元/亩', 'trillion yuan per mu', 'price', '元/亩', 1::numeric*1000000000000),
  ('万亿个', 'trillion units', 'count', '个', 1::numeric*1000000000000),
  ('万亿家', 'trillion firms', 'count', '家', 1::numeric*1000000000000),
  ('万亿所', 'trillion institutions (schools, hospitals)', 'count', '所', 1::numeric*1000000000000),
  ('万亿项', 'trillion items (projects)', 'count', '项', 1::numeric*1000000000000),
  ('万亿套', 'trillion units (dwellings, sets)', 'count', '套', 1::numeric*1000000000000),
  ('万亿户', 'trillion households', 'count', '户', 1::numeric*1000000000000),
  ('万亿人', 'trillion persons', 'count', '人', 1::numeric*1000000000000),
  ('万亿名', 'trillion persons', 'count', '名', 1::numeric*1000000000000),
  ('万亿位', 'trillion persons', 'count', '位', 1::numeric*1000000000000),
  ('万亿人次', 'trillion person-times (visits)', 'count', '人次', 1::numeric*1000000000000),
  ('万亿场', 'trillion events', 'count', '场', 1::numeric*1000000000000),
  ('万亿场次', 'trillion events', 'count', '场次', 1::numeric*1000000000000),
  ('万亿次', 'trillion times', 'count', '次', 1::numeric*1000000000000),
  ('万亿条', 'trillion items (roads, lines)', 'count', '条', 1::numeric*1000000000000),
  ('万亿台', 'trillion units (machines)', 'count', '台', 1::numeric*1000000000000),
  ('万亿辆', 'trillion vehicles', 'count', '辆', 1::numeric*1000000000000),
  ('万亿株', 'trillion plants', 'count', '株', 1::numeric*1000000000000),
  ('万亿棵', 'trillion trees', 'count', '棵', 1::numeric*1000000000000),
  ('万亿张', 'trillion units (beds, cards)', 'count', '张', 1::numeric*1000000000000),
  ('万亿间', 'trillion rooms', 'count', '间', 1::numeric*1000000000000),
  ('万亿栋', 'trillion buildings', 'count', '栋', 1::numeric*1000000000000),
  ('万亿幢', 'trillion buildings', 'count', '幢', 1::numeric*1000000000000),
  ('万亿座', 'trillion units (buildings, bridges)', 'count', '座', 1::numeric*1000000000000),
  ('万亿处', 'trillion sites', 'count', '处', 1::numeric*1000000000000),
  ('万亿支', 'trillion teams', 'count', '支', 1::numeric*1000000000000),
  ('万亿批', 'trillion batches', 'count', '批', 1::numeric*1000000000000),
  ('万亿件', 'trillion pieces (cases)', 'count', '件', 1::numeric*1000000000000),
  ('万亿宗', 'trillion cases (plots)', 'count', '宗', 1::numeric*1000000000000),
  ('万亿篇', 'trillion articles', 'count', '篇', 1::numeric*1000000000000),
  ('万亿班', 'trillion classes', 'count', '班', 1::numeric*1000000000000),
  ('万亿列', 'trillion trains', 'count', '列', 1::numeric*1000000000000),
  ('万亿种', 'trillion kinds', 'count', '种', 1::numeric*1000000000000),
  ('万亿类', 'trillion categories', 'count', '类', 1::numeric*1000000000000),
  ('万亿只', 'trillion units (animals)', 'count', '只', 1::numeric*1000000000000),
  ('万亿起', 'trillion incidents', 'count', '起', 1::numeric*1000000000000),
  ('万亿例', 'trillion cases', 'count', '例', 1::numeric*1000000000000),
  ('万亿床', 'trillion beds', 'count', '床', 1::numeric*1000000000000),
  ('万亿艘', 'trillion ships', 'count', '艘', 1::numeric*1000000000000),
  ('万亿架', 'trillion aircraft', 'count', '架', 1::numeric*1000000000000),
  ('万亿部', 'trillion units (films, phones)', 'count', '部', 1::numeric*1000000000000),
  ('万亿层', 'trillion storeys', 'count', '层', 1::numeric*1000000000000),
  ('万亿块', 'trillion pieces (plots)', 'count', '块', 1::numeric*1000000000000),
  ('万亿片', 'trillion areas', 'count', '片', 1::numeric*1000000000000),
  ('万亿段', 'trillion sections', 'count', '段', 1::numeric*1000000000000),
  ('万亿根', 'trillion units (poles, cables)', 'count', '根', 1::numeric*1000000000000),
  ('万亿盏', 'trillion lamps', 'count', '盏', 1::numeric*1000000000000),
  ('万亿本', 'trillion volumes', 'count', '本', 1::numeric*1000000000000),
  ('万亿册', 'trillion volumes', 'count', '册', 1::numeric*1000000000000),
  ('万亿首', 'trillion pieces (songs)', 'count', '首', 1::numeric*1000000000000),
  ('万亿门', 'trillion courses', 'count', '门', 1::numeric*1000000000000),
  ('万亿轮', 'trillion rounds', 'count', '轮', 1::numeric*1000000000000),
  ('万亿期', 'trillion phases', 'count', '期', 1::numeric*1000000000000),
  ('万亿届', 'trillion sessions', 'count', '届', 1::numeric*1000000000000),
  ('万亿节', 'trillion sessions (lessons)', 'count', '节', 1::numeric*1000000000000),
  ('万亿课时', 'trillion class hours', 'count', '课时', 1::numeric*1000000000000),
  ('万亿学时', 'trillion class hours', 'count', '学时', 1::numeric*1000000000000),
  ('万亿份', 'trillion copies', 'count', '份', 1::numeric*1000000000000),
  ('万亿笔', 'trillion transactions', 'count', '笔', 1::numeric*1000000000000),
  ('万亿单', 'trillion orders', 'count', '单', 1::numeric*1000000000000),
  ('万亿辆次', 'trillion vehicle-times', 'count', '辆次', 1::numeric*1000000000000),
  ('万亿车次', 'trillion train-times', 'count', '车次', 1::numeric*1000000000000),
  ('万亿架次', 'trillion flights', 'count', '架次', 1::numeric*1000000000000),
  ('万亿户次', 'trillion household-times', 'count', '户次', 1::numeric*1000000000000),
  ('亿岁', '100 million ', 'age', '岁', 1::numeric*100000000),
  ('亿人/百亿元', '100 million ', 'deaths_per_gdp', '人/百亿元', 1::numeric*100000000),
  ('亿人/亿元', '100 million ', 'deaths_per_gdp', '人/亿元', 100::numeric*100000000),
  ('亿元', '100 million yuan', 'money', '元', 1::numeric*100000000),
  ('亿美元', '100 million US dollars', 'money_usd', '美元', 1::numeric*100000000),
  ('亿港元', '100 million Hong Kong dollars', 'money_hkd', '港元', 1::numeric*100000000),
  ('亿港币', '100 million Hong Kong dollars', 'money_hkd', '港元', 1::numeric*100000000),
  ('亿欧元', '100 million euros', 'money_eur', '欧元', 1::numeric*100000000),
  ('亿人民币', '100 million yuan', 'money', '元', 1::numeric*100000000),
  ('亿m²', '100 million square metres', 'area', '平方米', 1::numeric*100000000),
  ('亿m2', '100 million square metres', 'area', '平方米', 1::numeric*100000000),
  ('亿km²', '100 million square kilometres', 'area', '平方公里', 1::numeric*100000000),
  ('亿平方米', '100 million square metres', 'area', '平方米', 1::numeric*100000000),
  ('亿平米', '100 million square metres', 'area', '平方米', 1::numeric*100000000),
  ('亿㎡', '100 million square metres', 'area', '平方米', 1::numeric*100000000),
  ('亿平方公里', '100 million square kilometres', 'area', '平方公里', 1::numeric*100000000),
  ('亿平方千米', '100 million square kilometres', 'area', '平方公里', 1::numeric*100000000),
  ('亿公顷', '100 million hectares', 'area', '公顷', 1::numeric*100000000),
  ('亿亩', '100 million mu (666.7 square metres)', 'area', '亩', 1::numeric*100000000),
  ('亿km', '100 million kilometres', 'length', '公里', 1::numeric*100000000),
  ('亿米', '100 million metres', 'length', '米', 1::numeric*100000000),
  ('亿公里', '100 million kilometres', 'length', '公里', 1::numeric*100000000),
  ('亿千米', '100 million kilometres', 'length', '公里', 1::numeric*100000000),
  ('亿延米', '100 million linear metres', 'length', '延米', 1::numeric*100000000),
  ('亿kg', '100 million kilograms', 'mass', '千克', 1::numeric*100000000),
  ('亿千克', '100 million kilograms', 'mass', '千克', 1::numeric*100000000),
  ('亿公斤', '100 million kilograms', 'mass', '千克', 1::numeric*100000000),
  ('亿斤', '100 million jin (half kilograms)', 'mass', '斤', 1::numeric*100000000),
  ('亿吨', '100 million tonnes', 'mass', '吨', 1::numeric*100000000),
  ('亿克', '100 million grams', 'mass', '克', 1::numeric*100000000),
  ('亿m³', '100 million cubic metres', 'volume', '立方米', 1::numeric*100000000),
  ('亿立方米', '100 million cubic metres', 'volume', '立方米', 1::numeric*100000000),
  ('亿升', '100 million litres', 'volume', '升', 1::numeric*100000000),
  ('亿千瓦时', '100 million kilowatt-hours', 'energy', '千瓦时', 1::numeric*100000000),
  ('亿kWh', '100 million kilowatt-hours', 'energy', '千瓦时', 1::numeric*100000000),
  ('亿kW·h', '100 million kilowatt-hours', 'energy', '千瓦时', 1::numeric*100000000),
  ('亿千瓦', '100 million kilowatts', 'power', '千瓦', 1::numeric*100000000),
  ('亿kW', '100 million kilowatts', 'power', '千瓦', 1::numeric*100000000),
  ('亿MW', '100 million megawatts', 'power', '兆瓦', 1::numeric*100000000),
  ('亿兆瓦', '100 million megawatts', 'power', '兆瓦', 1::numeric*100000000),
  ('亿瓦', '100 million watts', 'power', '瓦', 1::numeric*100000000),
  ('亿标准煤', '100 million tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*100000000),
  ('亿吨标准煤', '100 million tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*100000000),
  ('亿吨标煤', '100 million tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*100000000),
  ('亿吨/日', '100 million tonnes per day', 'rate', '吨/日', 1::numeric*100000000),
  ('亿吨/天', '100 million tonnes per day', 'rate', '吨/日', 1::numeric*100000000),
  ('亿立方米/日', '100 million cubic metres per day', 'rate', '立方米/日', 1::numeric*100000000),
  ('亿元/平方米', '100 million yuan per square metre', 'price', '元/平方米', 1::numeric*100000000),
  ('亿元/月', '100 million yuan per month', 'price', '元/月', 1::numeric*100000000),
  ('亿元/人', '100 million yuan per person', 'price', '元/人', 1::numeric*100000000),
  ('亿元/亩', '100 million yuan per mu', 'price', '元/亩', 1::numeric*100000000),
  ('亿个', '100 million units', 'count', '个', 1::numeric*100000000),
  ('亿家', '100 million firms', 'count', '家', 1::numeric*100000000),
  ('亿所', '100 million institutions (schools, hospitals)', 'count', '所', 1::numeric*100000000),
  ('亿项', '100 million items (projects)', 'count', '项', 1::numeric*100000000),
  ('亿套', '100 million units (dwellings, sets)', 'count', '套', 1::numeric*100000000),
  ('亿户', '100 million households', 'count', '户', 1::numeric*100000000),
  ('亿人', '100 million persons', 'count', '人', 1::numeric*100000000),
  ('亿名', '100 million persons', 'count', '名', 1::numeric*100000000),
  ('亿位', '100 million persons', 'count', '位', 1::numeric*100000000),
  ('亿人次', '100 million person-times (visits)', 'count', '人次', 1::numeric*100000000),
  ('亿场', '100 million events', 'count', '场', 1::numeric*100000000),
  ('亿场次', '100 million events', 'count', '场次', 1::numeric*100000000),
  ('亿次', '100 million times', 'count', '次', 1::numeric*100000000),
  ('亿条', '100 million items (roads, lines)', 'count', '条', 1::numeric*100000000),
  ('亿台', '100 million units (machines)', 'count', '台', 1::numeric*100000000),
  ('亿辆', '100 million vehicles', 'count', '辆', 1::numeric*100000000),
  ('亿株', '100 million plants', 'count', '株', 1::numeric*100000000),
  ('亿棵', '100 million trees', 'count', '棵', 1::numeric*100000000),
  ('亿张', '100 million units (beds, cards)', 'count', '张', 1::numeric*100000000),
  ('亿间', '100 million rooms', 'count', '间', 1::numeric*100000000),
  ('亿栋', '100 million buildings', 'count', '栋', 1::numeric*100000000),
  ('亿幢', '100 million buildings', 'count', '幢', 1::numeric*100000000),
  ('亿座', '100 million units (buildings, bridges)', 'count', '座', 1::numeric*100000000),
  ('亿处', '100 million sites', 'count', '处', 1::numeric*100000000),
  ('亿支', '100 million teams', 'count', '支', 1::numeric*100000000),
  ('亿批', '100 million batches', 'count', '批', 1::numeric*100000000),
  ('亿件', '100 million pieces (cases)', 'count', '件', 1::numeric*100000000),
  ('亿宗', '100 million cases (plots)', 'count', '宗', 1::numeric*100000000),
  ('亿篇', '100 million articles', 'count', '篇', 1::numeric*100000000),
  ('亿班', '100 million classes', 'count', '班', 1::numeric*100000000),
  ('亿列', '100 million trains', 'count', '列', 1::numeric*100000000),
  ('亿种', '100 million kinds', 'count', '种', 1::numeric*100000000),
  ('亿类', '100 million categories', 'count', '类', 1::numeric*100000000),
  ('亿只', '100 million units (animals)', 'count', '只', 1::numeric*100000000),
  ('亿起', '100 million incidents', 'count', '起', 1::numeric*100000000),
  ('亿例', '100 million cases', 'count', '例', 1::numeric*100000000),
  ('亿床', '100 million beds', 'count', '床', 1::numeric*100000000),
  ('亿艘', '100 million ships', 'count', '艘', 1::numeric*100000000),
  ('亿架', '100 million aircraft', 'count', '架', 1::numeric*100000000),
  ('亿部', '100 million units (films, phones)', 'count', '部', 1::numeric*100000000),
  ('亿层', '100 million storeys', 'count', '层', 1::numeric*100000000),
  ('亿块', '100 million pieces (plots)', 'count', '块', 1::numeric*100000000),
  ('亿片', '100 million areas', 'count', '片', 1::numeric*100000000),
  ('亿段', '100 million sections', 'count', '段', 1::numeric*100000000),
  ('亿根', '100 million units (poles, cables)', 'count', '根', 1::numeric*100000000),
  ('亿盏', '100 million lamps', 'count', '盏', 1::numeric*100000000),
  ('亿本', '100 million volumes', 'count', '本', 1::numeric*100000000),
  ('亿册', '100 million volumes', 'count', '册', 1::numeric*100000000),
  ('亿首', '100 million pieces (songs)', 'count', '首', 1::numeric*100000000),
  ('亿门', '100 million courses', 'count', '门', 1::numeric*100000000),
  ('亿轮', '100 million rounds', 'count', '轮', 1::numeric*100000000),
  ('亿期', '100 million phases', 'count', '期', 1::numeric*100000000),
  ('亿届', '100 million sessions', 'count', '届', 1::numeric*100000000),
  ('亿节', '100 million sessions (lessons)', 'count', '节', 1::numeric*100000000),
  ('亿课时', '100 million class hours', 'count', '课时', 1::numeric*100000000),
  ('亿学时', '100 million class hours', 'count', '学时', 1::numeric*100000000),
  ('亿份', '100 million copies', 'count', '份', 1::numeric*100000000),
  ('亿笔', '100 million transactions', 'count', '笔', 1::numeric*100000000),
  ('亿单', '100 million orders', 'count', '单', 1::numeric*100000000),
  ('亿辆次', '100 million vehicle-times', 'count', '辆次', 1::numeric*100000000),
  ('亿车次', '100 million train-times', 'count', '车次', 1::numeric*100000000),
  ('亿架次', '100 million flights', 'count', '架次', 1::numeric*100000000),
  ('亿户次', '100 million household-times', 'count', '户次', 1::numeric*100000000),
  ('万岁', '10 thousand ', 'age', '岁', 1::numeric*10000),
  ('万人/百亿元', '10 thousand ', 'deaths_per_gdp', '人/百亿元', 1::numeric*10000),
  ('万人/亿元', '10 thousand ', 'deaths_per_gdp', '人/亿元', 100::numeric*10000),
  ('万元', '10 thousand yuan', 'money', '元', 1::numeric*10000),
  ('万美元', '10 thousand US dollars', 'money_usd', '美元', 1::numeric*10000),
  ('万港元', '10 thousand Hong Kong dollars', 'money_hkd', '港元', 1::numeric*10000),
  ('万港币', '10 thousand Hong Kong dollars', 'money_hkd', '港元', 1::numeric*10000),
  ('万欧元', '10 thousand euros', 'money_eur', '欧元', 1::numeric*10000),
  ('万人民币', '10 thousand yuan', 'money', '元', 1::numeric*10000),
  ('万m²', '10 thousand square metres', 'area', '平方米', 1::numeric*10000),
  ('万m2', '10 thousand square metres', 'area', '平方米', 1::numeric*10000),
  ('万km²', '10 thousand square kilometres', 'area', '平方公里', 1::numeric*10000),
  ('万平方米', '10 thousand square metres', 'area', '平方米', 1::numeric*10000),
  ('万平米', '10 thousand square metres', 'area', '平方米', 1::numeric*10000),
  ('万㎡', '10 thousand square metres', 'area', '平方米', 1::numeric*10000),
  ('万平方公里', '10 thousand square kilometres', 'area', '平方公里', 1::numeric*10000),
  ('万平方千米', '10 thousand square kilometres', 'area', '平方公里', 1::numeric*10000),
  ('万公顷', '10 thousand hectares', 'area', '公顷', 1::numeric*10000),
  ('万亩', '10 thousand mu (666.7 square metres)', 'area', '亩', 1::numeric*10000),
  ('万km', '10 thousand kilometres', 'length', '公里', 1::numeric*10000),
  ('万米', '10 thousand metres', 'length', '米', 1::numeric*10000),
  ('万公里', '10 thousand kilometres', 'length', '公里', 1::numeric*10000),
  ('万千米', '10 thousand kilometres', 'length', '公里', 1::numeric*10000),
  ('万延米', '10 thousand linear metres', 'length', '延米', 1::numeric*10000),
  ('万kg', '10 thousand kilograms', 'mass', '千克', 1::numeric*10000),
  ('万千克', '10 thousand kilograms', 'mass', '千克', 1::numeric*10000),
  ('万公斤', '10 thousand kilograms', 'mass', '千克', 1::numeric*10000),
  ('万斤', '10 thousand jin (half kilograms)', 'mass', '斤', 1::numeric*10000),
  ('万吨', '10 thousand tonnes', 'mass', '吨', 1::numeric*10000),
  ('万克', '10 thousand grams', 'mass', '克', 1::numeric*10000),
  ('万m³', '10 thousand cubic metres', 'volume', '立方米', 1::numeric*10000),
  ('万立方米', '10 thousand cubic metres', 'volume', '立方米', 1::numeric*10000),
  ('万升', '10 thousand litres', 'volume', '升', 1::numeric*10000),
  ('万千瓦时', '10 thousand kilowatt-hours', 'energy', '千瓦时', 1::numeric*10000),
  ('万kWh', '10 thousand kilowatt-hours', 'energy', '千瓦时', 1::numeric*10000),
  ('万kW·h', '10 thousand kilowatt-hours', 'energy', '千瓦时', 1::numeric*10000),
  ('万千瓦', '10 thousand kilowatts', 'power', '千瓦', 1::numeric*10000),
  ('万kW', '10 thousand kilowatts', 'power', '千瓦', 1::numeric*10000),
  ('万MW', '10 thousand megawatts', 'power', '兆瓦', 1::numeric*10000),
  ('万兆瓦', '10 thousand megawatts', 'power', '兆瓦', 1::numeric*10000),
  ('万瓦', '10 thousand watts', 'power', '瓦', 1::numeric*10000),
  ('万标准煤', '10 thousand tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*10000),
  ('万吨标准煤', '10 thousand tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*10000),
  ('万吨标煤', '10 thousand tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*10000),
  ('万吨/日', '10 thousand tonnes per day', 'rate', '吨/日', 1::numeric*10000),
  ('万吨/天', '10 thousand tonnes per day', 'rate', '吨/日', 1::numeric*10000),
  ('万立方米/日', '10 thousand cubic metres per day', 'rate', '立方米/日', 1::numeric*10000),
  ('万元/平方米', '10 thousand yuan per square metre', 'price', '元/平方米', 1::numeric*10000),
  ('万元/月', '10 thousand yuan per month', 'price', '元/月', 1::numeric*10000),
  ('万元/人', '10 thousand yuan per person', 'price', '元/人', 1::numeric*10000),
  ('万元/亩', '10 thousand yuan per mu', 'price', '元/亩', 1::numeric*10000),
  ('万个', '10 thousand units', 'count', '个', 1::numeric*10000),
  ('万家', '10 thousand firms', 'count', '家', 1::numeric*10000),
  ('万所', '10 thousand institutions (schools, hospitals)', 'count', '所', 1::numeric*10000),
  ('万项', '10 thousand items (projects)', 'count', '项', 1::numeric*10000),
  ('万套', '10 thousand units (dwellings, sets)', 'count', '套', 1::numeric*10000),
  ('万户', '10 thousand households', 'count', '户', 1::numeric*10000),
  ('万人', '10 thousand persons', 'count', '人', 1::numeric*10000),
  ('万名', '10 thousand persons', 'count', '名', 1::numeric*10000),
  ('万位', '10 thousand persons', 'count', '位', 1::numeric*10000),
  ('万人次', '10 thousand person-times (visits)', 'count', '人次', 1::numeric*10000),
  ('万场', '10 thousand events', 'count', '场', 1::numeric*10000),
  ('万场次', '10 thousand events', 'count', '场次', 1::numeric*10000),
  ('万次', '10 thousand times', 'count', '次', 1::numeric*10000),
  ('万条', '10 thousand items (roads, lines)', 'count', '条', 1::numeric*10000),
  ('万台', '10 thousand units (machines)', 'count', '台', 1::numeric*10000),
  ('万辆', '10 thousand vehicles', 'count', '辆', 1::numeric*10000),
  ('万株', '10 thousand plants', 'count', '株', 1::numeric*10000),
  ('万棵', '10 thousand trees', 'count', '棵', 1::numeric*10000),
  ('万张', '10 thousand units (beds, cards)', 'count', '张', 1::numeric*10000),
  ('万间', '10 thousand rooms', 'count', '间', 1::numeric*10000),
  ('万栋', '10 thousand buildings', 'count', '栋', 1::numeric*10000),
  ('万幢', '10 thousand buildings', 'count', '幢', 1::numeric*10000),
  ('万座', '10 thousand units (buildings, bridges)', 'count', '座', 1::numeric*10000),
  ('万处', '10 thousand sites', 'count', '处', 1::numeric*10000),
  ('万支', '10 thousand teams', 'count', '支', 1::numeric*10000),
  ('万批', '10 thousand batches', 'count', '批', 1::numeric*10000),
  ('万件', '10 thousand pieces (cases)', 'count', '件', 1::numeric*10000),
  ('万宗', '10 thousand cases (plots)', 'count', '宗', 1::numeric*10000),
  ('万篇', '10 thousand articles', 'count', '篇', 1::numeric*10000),
  ('万班', '10 thousand classes', 'count', '班', 1::numeric*10000),
  ('万列', '10 thousand trains', 'count', '列', 1::numeric*10000),
  ('万种', '10 thousand kinds', 'count', '种', 1::numeric*10000),
  ('万类', '10 thousand categories', 'count', '类', 1::numeric*10000),
  ('万只', '10 thousand units (animals)', 'count', '只', 1::numeric*10000),
  ('万起', '10 thousand incidents', 'count', '起', 1::numeric*10000),
  ('万例', '10 thousand cases', 'count', '例', 1::numeric*10000),
  ('万床', '10 thousand beds', 'count', '床', 1::numeric*10000),
  ('万艘', '10 thousand ships', 'count', '艘', 1::numeric*10000),
  ('万架', '10 thousand aircraft', 'count', '架', 1::numeric*10000),
  ('万部', '10 thousand units (films, phones)', 'count', '部', 1::numeric*10000),
  ('万层', '10 thousand storeys', 'count', '层', 1::numeric*10000),
  ('万块', '10 thousand pieces (plots)', 'count', '块', 1::numeric*10000),
  ('万片', '10 thousand areas', 'count', '片', 1::numeric*10000),
  ('万段', '10 thousand sections', 'count', '段', 1::numeric*10000),
  ('万根', '10 thousand units (poles, cables)', 'count', '根', 1::numeric*10000),
  ('万盏', '10 thousand lamps', 'count', '盏', 1::numeric*10000),
  ('万本', '10 thousand volumes', 'count', '本', 1::numeric*10000),
  ('万册', '10 thousand volumes', 'count', '册', 1::numeric*10000),
  ('万首', '10 thousand pieces (songs)', 'count', '首', 1::numeric*10000),
  ('万门', '10 thousand courses', 'count', '门', 1::numeric*10000),
  ('万轮', '10 thousand rounds', 'count', '轮', 1::numeric*10000),
  ('万期', '10 thousand phases', 'count', '期', 1::numeric*10000),
  ('万届', '10 thousand sessions', 'count', '届', 1::numeric*10000),
  ('万节', '10 thousand sessions (lessons)', 'count', '节', 1::numeric*10000),
  ('万课时', '10 thousand class hours', 'count', '课时', 1::numeric*10000),
  ('万学时', '10 thousand class hours', 'count', '学时', 1::numeric*10000),
  ('万份', '10 thousand copies', 'count', '份', 1::numeric*10000),
  ('万笔', '10 thousand transactions', 'count', '笔', 1::numeric*10000),
  ('万单', '10 thousand orders', 'count', '单', 1::numeric*10000),
  ('万辆次', '10 thousand vehicle-times', 'count', '辆次', 1::numeric*10000),
  ('万车次', '10 thousand train-times', 'count', '车次', 1::numeric*10000),
  ('万架次', '10 thousand flights', 'count', '架次', 1::numeric*10000),
  ('万户次', '10 thousand household-times', 'count', '户次', 1::numeric*10000),
  ('千万岁', '10 million ', 'age', '岁', 1::numeric*10000000),
  ('千万人/百亿元', '10 million ', 'deaths_per_gdp', '人/百亿元', 1::numeric*10000000),
  ('千万人/亿元', '10 million ', 'deaths_per_gdp', '人/亿元', 100::numeric*10000000),
  ('千万元', '10 million yuan', 'money', '元', 1::numeric*10000000),
  ('千万美元', '10 million US dollars', 'money_usd', '美元', 1::numeric*10000000),
  ('千万港元', '10 million Hong Kong dollars', 'money_hkd', '港元', 1::numeric*10000000),
  ('千万港币', '10 million Hong Kong dollars', 'money_hkd', '港元', 1::numeric*10000000),
  ('千万欧元', '10 million euros', 'money_eur', '欧元', 1::numeric*10000000),
  ('千万人民币', '10 million yuan', 'money', '元', 1::numeric*10000000),
  ('千万m²', '10 million square metres', 'area', '平方米', 1::numeric*10000000),
  ('千万m2', '10 million square metres', 'area', '平方米', 1::numeric*10000000),
  ('千万km²', '10 million square kilometres', 'area', '平方公里', 1::numeric*10000000),
  ('千万平方米', '10 million square metres', 'area', '平方米', 1::numeric*10000000),
  ('千万平米', '10 million square metres', 'area', '平方米', 1::numeric*10000000),
  ('千万㎡', '10 million square metres', 'area', '平方米', 1::numeric*10000000),
  ('千万平方公里', '10 million square kilometres', 'area', '平方公里', 1::numeric*10000000),
  ('千万平方千米', '10 million square kilometres', 'area', '平方公里', 1::numeric*10000000),
  ('千万公顷', '10 million hectares', 'area', '公顷', 1::numeric*10000000),
  ('千万亩', '10 million mu (666.7 square metres)', 'area', '亩', 1::numeric*10000000),
  ('千万km', '10 million kilometres', 'length', '公里', 1::numeric*10000000),
  ('千万米', '10 million metres', 'length', '米', 1::numeric*10000000),
  ('千万公里', '10 million kilometres', 'length', '公里', 1::numeric*10000000),
  ('千万千米', '10 million kilometres', 'length', '公里', 1::numeric*10000000),
  ('千万延米', '10 million linear metres', 'length', '延米', 1::numeric*10000000),
  ('千万kg', '10 million kilograms', 'mass', '千克', 1::numeric*10000000),
  ('千万千克', '10 million kilograms', 'mass', '千克', 1::numeric*10000000),
  ('千万公斤', '10 million kilograms', 'mass', '千克', 1::numeric*10000000),
  ('千万斤', '10 million jin (half kilograms)', 'mass', '斤', 1::numeric*10000000),
  ('千万吨', '10 million tonnes', 'mass', '吨', 1::numeric*10000000),
  ('千万克', '10 million grams', 'mass', '克', 1::numeric*10000000),
  ('千万m³', '10 million cubic metres', 'volume', '立方米', 1::numeric*10000000),
  ('千万立方米', '10 million cubic metres', 'volume', '立方米', 1::numeric*10000000),
  ('千万升', '10 million litres', 'volume', '升', 1::numeric*10000000),
  ('千万千瓦时', '10 million kilowatt-hours', 'energy', '千瓦时', 1::numeric*10000000),
  ('千万kWh', '10 million kilowatt-hours', 'energy', '千瓦时', 1::numeric*10000000),
  ('千万kW·h', '10 million kilowatt-hours', 'energy', '千瓦时', 1::numeric*10000000),
  ('千万千瓦', '10 million kilowatts', 'power', '千瓦', 1::numeric*10000000),
  ('千万kW', '10 million kilowatts', 'power', '千瓦', 1::numeric*10000000),
  ('千万MW', '10 million megawatts', 'power', '兆瓦', 1::numeric*10000000),
  ('千万兆瓦', '10 million megawatts', 'power', '兆瓦', 1::numeric*10000000),
  ('千万瓦', '10 million watts', 'power', '瓦', 1::numeric*10000000),
  ('千万标准煤', '10 million tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*10000000),
  ('千万吨标准煤', '10 million tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*10000000),
  ('千万吨标煤', '10 million tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*10000000),
  ('千万吨/日', '10 million tonnes per day', 'rate', '吨/日', 1::numeric*10000000),
  ('千万吨/天', '10 million tonnes per day', 'rate', '吨/日', 1::numeric*10000000),
  ('千万立方米/日', '10 million cubic metres per day', 'rate', '立方米/日', 1::numeric*10000000),
  ('千万元/平方米', '10 million yuan per square metre', 'price', '元/平方米', 1::numeric*10000000),
  ('千万元/月', '10 million yuan per month', 'price', '元/月', 1::numeric*10000000),
  ('千万元/人', '10 million yuan per person', 'price', '元/人', 1::numeric*10000000),
  ('千万元/亩', '10 million yuan per mu', 'price', '元/亩', 1::numeric*10000000),
  ('千万个', '10 million units', 'count', '个', 1::numeric*10000000),
  ('千万家', '10 million firms', 'count', '家', 1::numeric*10000000),
  ('千万所', '10 million institutions (schools, hospitals)', 'count', '所', 1::numeric*10000000),
  ('千万项', '10 million items (projects)', 'count', '项', 1::numeric*10000000),
  ('千万套', '10 million units (dwellings, sets)', 'count', '套', 1::numeric*10000000),
  ('千万户', '10 million households', 'count', '户', 1::numeric*10000000),
  ('千万人', '10 million persons', 'count', '人', 1::numeric*10000000),
  ('千万名', '10 million persons', 'count', '名', 1::numeric*10000000),
  ('千万位', '10 million persons', 'count', '位', 1::numeric*10000000),
  ('千万人次', '10 million person-times (visits)', 'count', '人次', 1::numeric*10000000),
  ('千万场', '10 million events', 'count', '场', 1::numeric*10000000),
  ('千万场次', '10 million events', 'count', '场次', 1::numeric*10000000),
  ('千万次', '10 million times', 'count', '次', 1::numeric*10000000),
  ('千万条', '10 million items (roads, lines)', 'count', '条', 1::numeric*10000000),
  ('千万台', '10 million units (machines)', 'count', '台', 1::numeric*10000000),
  ('千万辆', '10 million vehicles', 'count', '辆', 1::numeric*10000000),
  ('千万株', '10 million plants', 'count', '株', 1::numeric*10000000),
  ('千万棵', '10 million trees', 'count', '棵', 1::numeric*10000000),
  ('千万张', '10 million units (beds, cards)', 'count', '张', 1::numeric*10000000),
  ('千万间', '10 million rooms', 'count', '间', 1::numeric*10000000),
  ('千万栋', '10 million buildings', 'count', '栋', 1::numeric*10000000),
  ('千万幢', '10 million buildings', 'count', '幢', 1::numeric*10000000),
  ('千万座', '10 million units (buildings, bridges)', 'count', '座', 1::numeric*10000000),
  ('千万处', '10 million sites', 'count', '处', 1::numeric*10000000),
  ('千万支', '10 million teams', 'count', '支', 1::numeric*10000000),
  ('千万批', '10 million batches', 'count', '批', 1::numeric*10000000),
  ('千万件', '10 million pieces (cases)', 'count', '件', 1::numeric*10000000),
  ('千万宗', '10 million cases (plots)', 'count', '宗', 1::numeric*10000000),
  ('千万篇', '10 million articles', 'count', '篇', 1::numeric*10000000),
  ('千万班', '10 million classes', 'count', '班', 1::numeric*10000000),
  ('千万列', '10 million trains', 'count', '列', 1::numeric*10000000),
  ('千万种', '10 million kinds', 'count', '种', 1::numeric*10000000),
  ('千万类', '10 million categories', 'count', '类', 1::numeric*10000000),
  ('千万只', '10 million units (animals)', 'count', '只', 1::numeric*10000000),
  ('千万起', '10 million incidents', 'count', '起', 1::numeric*10000000),
  ('千万例', '10 million cases', 'count', '例', 1::numeric*10000000),
  ('千万床', '10 million beds', 'count', '床', 1::numeric*10000000),
  ('千万艘', '10 million ships', 'count', '艘', 1::numeric*10000000),
  ('千万架', '10 million aircraft', 'count', '架', 1::numeric*10000000),
  ('千万部', '10 million units (films, phones)', 'count', '部', 1::numeric*10000000),
  ('千万层', '10 million storeys', 'count', '层', 1::numeric*10000000),
  ('千万块', '10 million pieces (plots)', 'count', '块', 1::numeric*10000000),
  ('千万片', '10 million areas', 'count', '片', 1::numeric*10000000),
  ('千万段', '10 million sections', 'count', '段', 1::numeric*10000000),
  ('千万根', '10 million units (poles, cables)', 'count', '根', 1::numeric*10000000),
  ('千万盏', '10 million lamps', 'count', '盏', 1::numeric*10000000),
  ('千万本', '10 million volumes', 'count', '本', 1::numeric*10000000),
  ('千万册', '10 million volumes', 'count', '册', 1::numeric*10000000),
  ('千万首', '10 million pieces (songs)', 'count', '首', 1::numeric*10000000),
  ('千万门', '10 million courses', 'count', '门', 1::numeric*10000000),
  ('千万轮', '10 million rounds', 'count', '轮', 1::numeric*10000000),
  ('千万期', '10 million phases', 'count', '期', 1::numeric*10000000),
  ('千万届', '10 million sessions', 'count', '届', 1::numeric*10000000),
  ('千万节', '10 million sessions (lessons)', 'count', '节', 1::numeric*10000000),
  ('千万课时', '10 million class hours', 'count', '课时', 1::numeric*10000000),
  ('千万学时', '10 million class hours', 'count', '学时', 1::numeric*10000000),
  ('千万份', '10 million copies', 'count', '份', 1::numeric*10000000),
  ('千万笔', '10 million transactions', 'count', '笔', 1::numeric*10000000),
  ('千万单', '10 million orders', 'count', '单', 1::numeric*10000000),
  ('千万辆次', '10 million vehicle-times', 'count', '辆次', 1::numeric*10000000),
  ('千万车次', '10 million train-times', 'count', '车次', 1::numeric*10000000),
  ('千万架次', '10 million flights', 'count', '架次', 1::numeric*10000000),
  ('千万户次', '10 million household-times', 'count', '户次', 1::numeric*10000000),
  ('百万岁', 'million ', 'age', '岁', 1::numeric*1000000),
  ('百万人/百亿元', 'million ', 'deaths_per_gdp', '人/百亿元', 1::numeric*1000000),
  ('百万人/亿元', 'million ', 'deaths_per_gdp', '人/亿元', 100::numeric*1000000),
  ('百万元', 'million yuan', 'money', '元', 1::numeric*1000000),
  ('百万美元', 'million US dollars', 'money_usd', '美元', 1::numeric*1000000),
  ('百万港元', 'million Hong Kong dollars', 'money_hkd', '港元', 1::numeric*1000000),
  ('百万港币', 'million Hong Kong dollars', 'money_hkd', '港元', 1::numeric*1000000),
  ('百万欧元', 'million euros', 'money_eur', '欧元', 1::numeric*1000000),
  ('百万人民币', 'million yuan', 'money', '元', 1::numeric*1000000),
  ('百万m²', 'million square metres', 'area', '平方米', 1::numeric*1000000),
  ('百万m2', 'million square metres', 'area', '平方米', 1::numeric*1000000),
  ('百万km²', 'million square kilometres', 'area', '平方公里', 1::numeric*1000000),
  ('百万平方米', 'million square metres', 'area', '平方米', 1::numeric*1000000),
  ('百万平米', 'million square metres', 'area', '平方米', 1::numeric*1000000),
  ('百万㎡', 'million square metres', 'area', '平方米', 1::numeric*1000000),
  ('百万平方公里', 'million square kilometres', 'area', '平方公里', 1::numeric*1000000),
  ('百万平方千米', 'million square kilometres', 'area', '平方公里', 1::numeric*1000000),
  ('百万公顷', 'million hectares', 'area', '公顷', 1::numeric*1000000),
  ('百万亩', 'million mu (666.7 square metres)', 'area', '亩', 1::numeric*1000000),
  ('百万km', 'million kilometres', 'length', '公里', 1::numeric*1000000),
  ('百万米', 'million metres', 'length', '米', 1::numeric*1000000),
  ('百万公里', 'million kilometres', 'length', '公里', 1::numeric*1000000),
  ('百万千米', 'million kilometres', 'length', '公里', 1::numeric*1000000),
  ('百万延米', 'million linear metres', 'length', '延米', 1::numeric*1000000),
  ('百万kg', 'million kilograms', 'mass', '千克', 1::numeric*1000000),
  ('百万千克', 'million kilograms', 'mass', '千克', 1::numeric*1000000),
  ('百万公斤', 'million kilograms', 'mass', '千克', 1::numeric*1000000),
  ('百万斤', 'million jin (half kilograms)', 'mass', '斤', 1::numeric*1000000),
  ('百万吨', 'million tonnes', 'mass', '吨', 1::numeric*1000000),
  ('百万克', 'million grams', 'mass', '克', 1::numeric*1000000),
  ('百万m³', 'million cubic metres', 'volume', '立方米', 1::numeric*1000000),
  ('百万立方米', 'million cubic metres', 'volume', '立方米', 1::numeric*1000000),
  ('百万升', 'million litres', 'volume', '升', 1::numeric*1000000),
  ('百万千瓦时', 'million kilowatt-hours', 'energy', '千瓦时', 1::numeric*1000000),
  ('百万kWh', 'million kilowatt-hours', 'energy', '千瓦时', 1::numeric*1000000),
  ('百万kW·h', 'million kilowatt-hours', 'energy', '千瓦时', 1::numeric*1000000),
  ('百万千瓦', 'million kilowatts', 'power', '千瓦', 1::numeric*1000000),
  ('百万kW', 'million kilowatts', 'power', '千瓦', 1::numeric*1000000),
  ('百万MW', 'million megawatts', 'power', '兆瓦', 1::numeric*1000000),
  ('百万兆瓦', 'million megawatts', 'power', '兆瓦', 1::numeric*1000000),
  ('百万瓦', 'million watts', 'power', '瓦', 1::numeric*1000000),
  ('百万标准煤', 'million tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*1000000),
  ('百万吨标准煤', 'million tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*1000000),
  ('百万吨标煤', 'million tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*1000000),
  ('百万吨/日', 'million tonnes per day', 'rate', '吨/日', 1::numeric*1000000),
  ('百万吨/天', 'million tonnes per day', 'rate', '吨/日', 1::numeric*1000000),
  ('百万立方米/日', 'million cubic metres per day', 'rate', '立方米/日', 1::numeric*1000000),
  ('百万元/平方米', 'million yuan per square metre', 'price', '元/平方米', 1::numeric*1000000),
  ('百万元/月', 'million yuan per month', 'price', '元/月', 1::numeric*1000000),
  ('百万元/人', 'million yuan per person', 'price', '元/人', 1::numeric*1000000),
  ('百万元/亩', 'million yuan per mu', 'price', '元/亩', 1::numeric*1000000),
  ('百万个', 'million units', 'count', '个', 1::numeric*1000000),
  ('百万家', 'million firms', 'count', '家', 1::numeric*1000000),
  ('百万所', 'million institutions (schools, hospitals)', 'count', '所', 1::numeric*1000000),
  ('百万项', 'million items (projects)', 'count', '项', 1::numeric*1000000),
  ('百万套', 'million units (dwellings, sets)', 'count', '套', 1::numeric*1000000),
  ('百万户', 'million households', 'count', '户', 1::numeric*1000000),
  ('百万人', 'million persons', 'count', '人', 1::numeric*1000000),
  ('百万名', 'million persons', 'count', '名', 1::numeric*1000000),
  ('百万位', 'million persons', 'count', '位', 1::numeric*1000000),
  ('百万人次', 'million person-times (visits)', 'count', '人次', 1::numeric*1000000),
  ('百万场', 'million events', 'count', '场', 1::numeric*1000000),
  ('百万场次', 'million events', 'count', '场次', 1::numeric*1000000),
  ('百万次', 'million times', 'count', '次', 1::numeric*1000000),
  ('百万条', 'million items (roads, lines)', 'count', '条', 1::numeric*1000000),
  ('百万台', 'million units (machines)', 'count', '台', 1::numeric*1000000),
  ('百万辆', 'million vehicles', 'count', '辆', 1::numeric*1000000),
  ('百万株', 'million plants', 'count', '株', 1::numeric*1000000),
  ('百万棵', 'million trees', 'count', '棵', 1::numeric*1000000),
  ('百万张', 'million units (beds, cards)', 'count', '张', 1::numeric*1000000),
  ('百万间', 'million rooms', 'count', '间', 1::numeric*1000000),
  ('百万栋', 'million buildings', 'count', '栋', 1::numeric*1000000),
  ('百万幢', 'million buildings', 'count', '幢', 1::numeric*1000000),
  ('百万座', 'million units (buildings, bridges)', 'count', '座', 1::numeric*1000000),
  ('百万处', 'million sites', 'count', '处', 1::numeric*1000000),
  ('百万支', 'million teams', 'count', '支', 1::numeric*1000000),
  ('百万批', 'million batches', 'count', '批', 1::numeric*1000000),
  ('百万件', 'million pieces (cases)', 'count', '件', 1::numeric*1000000),
  ('百万宗', 'million cases (plots)', 'count', '宗', 1::numeric*1000000),
  ('百万篇', 'million articles', 'count', '篇', 1::numeric*1000000),
  ('百万班', 'million classes', 'count', '班', 1::numeric*1000000),
  ('百万列', 'million trains', 'count', '列', 1::numeric*1000000),
  ('百万种', 'million kinds', 'count', '种', 1::numeric*1000000),
  ('百万类', 'million categories', 'count', '类', 1::numeric*1000000),
  ('百万只', 'million units (animals)', 'count', '只', 1::numeric*1000000),
  ('百万起', 'million incidents', 'count', '起', 1::numeric*1000000),
  ('百万例', 'million cases', 'count', '例', 1::numeric*1000000),
  ('百万床', 'million beds', 'count', '床', 1::numeric*1000000),
  ('百万艘', 'million ships', 'count', '艘', 1::numeric*1000000),
  ('百万架', 'million aircraft', 'count', '架', 1::numeric*1000000),
  ('百万部', 'million units (films, phones)', 'count', '部', 1::numeric*1000000),
  ('百万层', 'million storeys', 'count', '层', 1::numeric*1000000),
  ('百万块', 'million pieces (plots)', 'count', '块', 1::numeric*1000000),
  ('百万片', 'million areas', 'count', '片', 1::numeric*1000000),
  ('百万段', 'million sections', 'count', '段', 1::numeric*1000000),
  ('百万根', 'million units (poles, cables)', 'count', '根', 1::numeric*1000000),
  ('百万盏', 'million lamps', 'count', '盏', 1::numeric*1000000),
  ('百万本', 'million volumes', 'count', '本', 1::numeric*1000000),
  ('百万册', 'million volumes', 'count', '册', 1::numeric*1000000),
  ('百万首', 'million pieces (songs)', 'count', '首', 1::numeric*1000000),
  ('百万门', 'million courses', 'count', '门', 1::numeric*1000000),
  ('百万轮', 'million rounds', 'count', '轮', 1::numeric*1000000),
  ('百万期', 'million phases', 'count', '期', 1::numeric*1000000),
  ('百万届', 'million sessions', 'count', '届', 1::numeric*1000000),
  ('百万节', 'million sessions (lessons)', 'count', '节', 1::numeric*1000000),
  ('百万课时', 'million class hours', 'count', '课时', 1::numeric*1000000),
  ('百万学时', 'million class hours', 'count', '学时', 1::numeric*1000000),
  ('百万份', 'million copies', 'count', '份', 1::numeric*1000000),
  ('百万笔', 'million transactions', 'count', '笔', 1::numeric*1000000),
  ('百万单', 'million orders', 'count', '单', 1::numeric*1000000),
  ('百万辆次', 'million vehicle-times', 'count', '辆次', 1::numeric*1000000),
  ('百万车次', 'million train-times', 'count', '车次', 1::numeric*1000000),
  ('百万架次', 'million flights', 'count', '架次', 1::numeric*1000000),
  ('百万户次', 'million household-times', 'count', '户次', 1::numeric*1000000),
  ('十万岁', '100 thousand ', 'age', '岁', 1::numeric*100000),
  ('十万人/百亿元', '100 thousand ', 'deaths_per_gdp', '人/百亿元', 1::numeric*100000),
  ('十万人/亿元', '100 thousand ', 'deaths_per_gdp', '人/亿元', 100::numeric*100000),
  ('十万元', '100 thousand yuan', 'money', '元', 1::numeric*100000),
  ('十万美元', '100 thousand US dollars', 'money_usd', '美元', 1::numeric*100000),
  ('十万港元', '100 thousand Hong Kong dollars', 'money_hkd', '港元', 1::numeric*100000),
  ('十万港币', '100 thousand Hong Kong dollars', 'money_hkd', '港元', 1::numeric*100000),
  ('十万欧元', '100 thousand euros', 'money_eur', '欧元', 1::numeric*100000),
  ('十万人民币', '100 thousand yuan', 'money', '元', 1::numeric*100000),
  ('十万m²', '100 thousand square metres', 'area', '平方米', 1::numeric*100000),
  ('十万m2', '100 thousand square metres', 'area', '平方米', 1::numeric*100000),
  ('十万km²', '100 thousand square kilometres', 'area', '平方公里', 1::numeric*100000),
  ('十万平方米', '100 thousand square metres', 'area', '平方米', 1::numeric*100000),
  ('十万平米', '100 thousand square metres', 'area', '平方米', 1::numeric*100000),
  ('十万㎡', '100 thousand square metres', 'area', '平方米', 1::numeric*100000),
  ('十万平方公里', '100 thousand square kilometres', 'area', '平方公里', 1::numeric*100000),
  ('十万平方千米', '100 thousand square kilometres', 'area', '平方公里', 1::numeric*100000),
  ('十万公顷', '100 thousand hectares', 'area', '公顷', 1::numeric*100000),
  ('十万亩', '100 thousand mu (666.7 square metres)', 'area', '亩', 1::numeric*100000),
  ('十万km', '100 thousand kilometres', 'length', '公里', 1::numeric*100000),
  ('十万米', '100 thousand metres', 'length', '米', 1::numeric*100000),
  ('十万公里', '100 thousand kilometres', 'length', '公里', 1::numeric*100000),
  ('十万千米', '100 thousand kilometres', 'length', '公里', 1::numeric*100000),
  ('十万延米', '100 thousand linear metres', 'length', '延米', 1::numeric*100000),
  ('十万kg', '100 thousand kilograms', 'mass', '千克', 1::numeric*100000),
  ('十万千克', '100 thousand kilograms', 'mass', '千克', 1::numeric*100000),
  ('十万公斤', '100 thousand kilograms', 'mass', '千克', 1::numeric*100000),
  ('十万斤', '100 thousand jin (half kilograms)', 'mass', '斤', 1::numeric*100000),
  ('十万吨', '100 thousand tonnes', 'mass', '吨', 1::numeric*100000),
  ('十万克', '100 thousand grams', 'mass', '克', 1::numeric*100000),
  ('十万m³', '100 thousand cubic metres', 'volume', '立方米', 1::numeric*100000),
  ('十万立方米', '100 thousand cubic metres', 'volume', '立方米', 1::numeric*100000),
  ('十万升', '100 thousand litres', 'volume', '升', 1::numeric*100000),
  ('十万千瓦时', '100 thousand kilowatt-hours', 'energy', '千瓦时', 1::numeric*100000),
  ('十万kWh', '100 thousand kilowatt-hours', 'energy', '千瓦时', 1::numeric*100000),
  ('十万kW·h', '100 thousand kilowatt-hours', 'energy', '千瓦时', 1::numeric*100000),
  ('十万千瓦', '100 thousand kilowatts', 'power', '千瓦', 1::numeric*100000),
  ('十万kW', '100 thousand kilowatts', 'power', '千瓦', 1::numeric*100000),
  ('十万MW', '100 thousand megawatts', 'power', '兆瓦', 1::numeric*100000),
  ('十万兆瓦', '100 thousand megawatts', 'power', '兆瓦', 1::numeric*100000),
  ('十万瓦', '100 thousand watts', 'power', '瓦', 1::numeric*100000),
  ('十万标准煤', '100 thousand tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*100000),
  ('十万吨标准煤', '100 thousand tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*100000),
  ('十万吨标煤', '100 thousand tonnes of standard coal', 'energy_coal', '吨标准煤', 1::numeric*100000),
  ('十万吨/日', '100 thousand tonnes per day', 'rate', '吨/日', 1::numeric*100000),
  ('十万吨/天', '100 thousand tonnes per day', 'rate', '吨/日', 1::numeric*100000),
  ('十万立方米/日', '100 thousand cubic metres per day', 'rate', '立方米/日', 1::numeric*100000),
  ('十万元/平方米', '100 thousand yuan per square metre', 'price', '元/平方米', 1::numeric*100000),
  ('十万元/月', '100 thousand yuan per month', 'price', '元/月', 1::numeric*100000),
  ('十万元/人', '100 thousand yuan per person', 'price', '元/人', 1::numeric*100000),
  ('十万元/亩', '100 thousand yuan per mu', 'price', '元/亩', 1::numeric*100000),
  ('十万个', '100 thousand units', 'count', '个', 1::numeric*100000),
  ('十万家', '100 thousand firms', 'count', '家', 1::numeric*100000),
  ('十万所', '100 thousand institutions (schools, hospitals)', 'count', '所', 1::numeric*100000),
  ('十万项', '100 thousand items (projects)', 'count', '项', 1::numeric*100000),
  ('十万套', '100 thousand units (dwellings, sets)', 'count', '套', 1::numeric*100000),
  ('十万户', '100 thousand households', 'count', '户', 1::numeric*100000),
  ('十万人', '100 thousand persons', 'count', '人', 1::numeric*100000),
  ('十万名', '100 thousand persons', 'count', '名', 1::numeric*100000),
  ('十万位', '100 thousand persons', 'count', '位', 1::numeric*100000),
  ('十万人次', '100 thousand person-times (visits)', 'count', '人次', 1::numeric*100000),
  ('十万场', '100 thousand events', 'count', '场', 1::numeric*100000),
  ('十万场次', '100 thousand events', 'count', '场次', 1::numeric*100000),
  ('十万次', '100 thousand times', 'count', '次', 1::numeric*100000),
  ('十万条', '100 thousand items (roads, lines)', 'count', '条', 1::numeric*100000),
  ('十万台', '100 thousand units (machines)', 'count', '台', 1::numeric*100000),
  ('十万辆', '100 thousand vehicles', 'count', '辆', 1::numeric*100000),
  ('十万株', '100 thousand plants', 'count', '株', 1::numeric*100000),
  ('十万棵', '100 thousand trees', 'count', '棵', 1::numeric*100000),
  ('十万张', '100 thousand units (beds, cards)', 'count', '张', 1::numeric*100000),
  ('十万间', '100 thousand rooms', 'count', '间', 1::numeric*100000),
  ('十万栋', '100 thousand buildings', 'count', '栋', 1::numeric*100000),
  ('十万幢', '100 thousand buildings', 'count', '幢', 1::numeric*100000),
  ('十万座', '100 thousand units (buildings, bridges)', 'count', '座', 1::numeric*100000),
  ('十万处', '100 thousand sites', 'count', '处', 1::numeric*100000),
  ('十万支', '100 thousand teams', 'count', '支', 1::numeric*100000),
  ('十万批', '100 thousand batches', 'count', '批', 1::numeric*100000),
  ('十万件', '100 thousand pieces (cases)', 'count', '件', 1::numeric*100000),
  ('十万宗', '100 thousand cases (plots)', 'count', '宗', 1::numeric*100000),
  ('十万篇', '100 thousand articles', 'count', '篇', 1::numeric*100000),
  ('十万班', '100 thousand classes', 'count', '班', 1::numeric*100000),
  ('十万列', '100 thousand trains', 'count', '列', 1::numeric*100000),
  ('十万种', '100 thousand kinds', 'count', '种', 1::numeric*100000),
  ('十万类', '100 thousand categories', 'count', '类', 1::numeric*100000),
  ('十万只', '100 thousand units (animals)', 'count', '只', 1::numeric*100000),
  ('十万起', '100 thousand incidents', 'count', '起', 1::numeric*100000),
  ('十万例', '100 thousand cases', 'count', '例', 1::numeric*100000),
  ('十万床', '100 thousand beds', 'count', '床', 1::numeric*100000),
  ('十万艘', '100 thousand ships', 'count', '艘', 1::numeric*100000),
  ('十万架', '100 thousand aircraft', 'count', '架', 1::numeric*100000),
  ('十万部', '100 thousand units (films, phones)', 'count', '部', 1::numeric*100000),
  ('十万层', '100 thousand storeys', 'count', '层', 1::numeric*100000),
  ('十万块', '100 thousand pieces (plots)', 'count', '块', 1::numeric*100000),
  ('十万片', '100 thousand areas', 'count', '片', 1::numeric*100000),
  ('十万段', '100 thousand sections', 'count', '段', 1::numeric*100000),
  ('十万根', '100 thousand units (poles, cables)', 'count', '根', 1::numeric*100000),
  ('十万盏', '100 thousand lamps', 'count', '盏', 1::numeric*100000),
  ('十万本', '100 thousand volumes', 'count', '本', 1::numeric*100000),
  ('十万册', '100 thousand volumes', 'count', '册', 1::numeric*100000),
  ('十万首', '100 thousand pieces (songs)', 'count', '首', 1::numeric*100000),
  ('十万门', '100 thousand courses', 'count', '门', 1::numeric*100000),
  ('十万轮', '100 thousand rounds', 'count', '轮', 1::numeric*100000),
  ('十万期', '100 thousand phases', 'count', '期', 1::numeric*100000),
  ('十万届', '100 thousand sessions', 'count', '届', 1::numeric*100000),
  ('十万节', '100 thousand sessions (lessons)', 'count', '节', 1::numeric*100000),
  ('十万课时', '100 thousand class hours', 'count', '课时', 1::numeric*100000),
  ('十万学时', '100 thousand class hours', 'count', '学时', 1::numeric*100000),
  ('十万份', '100 thousand copies', 'count', '份', 1::numeric*100000),
  ('十万笔', '100 thousand transactions', 'count', '笔', 1::numeric*100000),
  ('十万单', '100 thousand orders', 'count', '单', 1::numeric*100000),
  ('十万辆次', '100 thousand vehicle-times', 'count', '辆次', 1::numeric*100000),
  ('十万车次', '100 thousand train-times', 'count', '车次', 1::numeric*100000),
  ('十万架次', '100 thousand flights', 'count', '架次', 1::numeric*100000),
  ('十万户次', '100 thousand household-times', 'count', '户次', 1::numeric*100000);
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

CREATE FUNCTION @extschema@.period_year(period text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN pg_catalog.date_part('year', @extschema@.period_end(period))::integer;

COMMENT ON FUNCTION @extschema@.period_year(text) IS 'Calendar year a period ends in: 2023 for 2023, 2023H1 and 2023Q1-3, 2025 for 2021-2025. NULL for unparseable periods.';

CREATE FUNCTION @extschema@.period_granularity(period text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN period ~ '^[12][0-9]{3}$' THEN 'year'
    WHEN period ~ '^[12][0-9]{3}H[12]$' THEN 'half'
    WHEN period ~ '^[12][0-9]{3}Q[1-4]$' THEN 'quarter'
    WHEN period ~ '^[12][0-9]{3}M(0[1-9]|1[0-2])$' THEN 'month'
    WHEN @extschema@.period_start(period) IS NULL THEN NULL
    WHEN period ~ '^[12][0-9]{3}-[12][0-9]{3}$' THEN 'years'
    WHEN period ~ '^[12][0-9]{3}(Q1-|M01-)' THEN 'year_to_date'
    ELSE 'months'
END;

COMMENT ON FUNCTION @extschema@.period_granularity(text) IS 'Kind of period: year (2023), half (2023H1), quarter (2016Q1), month (2023M05), year_to_date (2023Q1-3, 2023M01-05: from January on), months (another run of quarters or months, 2023Q2-3), years (a plan period, 2021-2025). A chart series has one granularity and one length (period_months). NULL for unparseable periods.';

CREATE FUNCTION @extschema@.period_step(period text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE @extschema@.period_granularity(period)
    WHEN 'year_to_date' THEN 12
    WHEN 'months' THEN 12
    ELSE @extschema@.period_months(period)
END;

COMMENT ON FUNCTION @extschema@.period_step(text) IS 'Months from one period of a series to the next: its length for years, halves, quarters, months and plan periods, 12 for year-to-date periods (2022Q1-3 is followed by 2023Q1-3). Sparklines leave a gap for each step without a value.';

-- Quantities where less is better: a plain or approximate target for them
-- is met at or below the target.
CREATE FUNCTION @extschema@.lower_is_better(indicator text, measure text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
RETURN COALESCE(measure OPERATOR(pg_catalog.=) 'rank', false)
       OR COALESCE((SELECT i.direction OPERATOR(pg_catalog.=) 'lower'
                      FROM @extschema@.indicators i
                     WHERE i.code OPERATOR(pg_catalog.=) indicator), false);

COMMENT ON FUNCTION @extschema@.lower_is_better(text, text) IS 'True when a lower value is the better result: any rank (第3位 beats 第5位), and the indicators whose direction in luohuplan.indicators is lower (PM2.5, energy, water, land and CO2 per unit of GDP, unemployment rates, accident and death rates, CPI, ...; users set it for their own rows). target_met reads a plain or approximate target for them as a ceiling.';

CREATE FUNCTION @extschema@.target_met(qualifier text, target numeric, target_hi numeric,
                                       unit text, actual numeric,
                                       lower_is_better boolean DEFAULT false)
RETURNS boolean
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF qualifier IS NOT NULL
       AND qualifier NOT IN ('eq', 'approx', 'ge', 'gt', 'le', 'lt', 'range') THEN
        RAISE EXCEPTION 'luohuplan.target_met: unknown qualifier "%"', qualifier
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'The qualifiers are eq, approx, ge, gt, le, lt and range (NULL reads as eq).';
    END IF;
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
                                                  THEN 0.5 ELSE 0.05 * abs(target) END
                      ELSE actual >= target - CASE WHEN unit IN ('%', '个百分点', '百分点')
                                                   THEN 0.5 ELSE 0.05 * abs(target) END
                 END
        -- eq or NULL: a plain target is met when reached or beaten
        ELSE CASE WHEN target < 0 OR COALESCE(lower_is_better, false)
                  THEN actual <= target ELSE actual >= target END
    END;
END
$$;

COMMENT ON FUNCTION @extschema@.target_met(text, numeric, numeric, text, numeric, boolean) IS 'Whether actual meets a target stated with qualifier, both in unit. ge/gt/le/lt: actual >= / > / <= / < target, except that for a negative target (a decline, 下降3%以上) the bound is on the size of the decline; range: inside [target, target_hi]; approx (左右): not short of the target by more than 0.5 when unit is % or 百分点, else by more than 5 % of the target (overshooting meets it); eq or NULL: reached or beaten. Beaten means above, or below for a negative target or when lower_is_better (ranks, and indicators such as the unemployment rate: see luohuplan.lower_is_better). NULL when actual or target is NULL. Any other qualifier is an error (SQLSTATE 22023).';

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

-- Values laid out on their periods' time axis: a blank bar for each step
-- without a value, so 2019H1, 2023H1, 2025H1 are not drawn side by side.
CREATE FUNCTION @extschema@.spark_periods(starts date[], vals numeric[], step_months integer)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    WITH p AS (
        SELECT u.s, u.v FROM ROWS FROM (pg_catalog.unnest(starts), pg_catalog.unnest(vals)) AS u(s, v)
         WHERE u.s IS NOT NULL
    ), b AS (
        SELECT pg_catalog.min(p.s) AS first,
               ((pg_catalog.date_part('year', pg_catalog.max(p.s)) - pg_catalog.date_part('year', pg_catalog.min(p.s))) * 12
                + pg_catalog.date_part('month', pg_catalog.max(p.s)) - pg_catalog.date_part('month', pg_catalog.min(p.s)))::integer
               / GREATEST(step_months, 1) AS n_steps
          FROM p
    )
    SELECT @extschema@.spark(pg_catalog.array_agg(
               (SELECT pg_catalog.max(p.v) FROM p
                 WHERE p.s = (b.first + pg_catalog.make_interval(months => k.k * GREATEST(step_months, 1)))::date)
               ORDER BY k.k))
      FROM b, pg_catalog.generate_series(0, LEAST(b.n_steps, 1000)) AS k(k)
     WHERE b.first IS NOT NULL;
END;

COMMENT ON FUNCTION @extschema@.spark_periods(date[], numeric[], integer) IS 'Text sparkline of values whose periods start on starts, one bar per step of step_months from the first start to the last (at most 1001), a blank where no value falls: gaps in a series show. NULL when there is no value.';

-- ---------------------------------------------------------------------
-- fact_values: every fact that states a number, with its report's region
-- and source and its period as dates.  The base of the other views.
-- One text, one source: a view counts sources as
-- count(DISTINCT text_sha256), so copies of one text (a GBK repost, a copy
-- with glosses) count once; source names are still listed, copies too.
-- value_std is the value in the indicator's default unit (luohuplan.units
-- gives the factor), so a series charts one unit.
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
       f.evidence,
       r.text_sha256,
       f.period_basis,
       i.name_en AS indicator_en,
       CASE WHEN du.base_unit = COALESCE(f.base_unit, f.unit)
            THEN pg_catalog.trim_scale(COALESCE(f.base_value, f.value) / du.factor)
            ELSE COALESCE(f.base_value, f.value) END AS value_std,
       CASE WHEN du.base_unit = COALESCE(f.base_unit, f.unit) THEN i.default_unit
            ELSE COALESCE(f.base_unit, f.unit) END AS unit_std,
       r.period AS report_period,
       r.kind AS report_kind
  FROM @extschema@.facts AS f
  JOIN @extschema@.reports AS r ON r.report_id = f.report_id
  -- by name only where the name is unique (朝阳区 is in 北京市 and 长春市)
  LEFT JOIN (SELECT name, pg_catalog.min(code) AS code FROM @extschema@.regions
              GROUP BY name HAVING pg_catalog.count(*) = 1) AS g ON g.name = r.region
  LEFT JOIN @extschema@.indicators AS i ON i.code = f.indicator
  -- the default unit counts for levels only (a growth rate is in %)
  LEFT JOIN @extschema@.units AS du ON du.unit = i.default_unit AND f.measure = 'level'
 WHERE f.value IS NOT NULL;

COMMENT ON VIEW @extschema@.fact_values IS 'Every fact that states a number, with the region, source, period, kind and load time of its report and its period as dates; values also in base units for comparing across units, and in the indicator''s default unit (value_std) for charting. The base of series, target_vs_actual, conflicts and commitments; join it rather than facts with reports (both have a period).';
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
COMMENT ON COLUMN @extschema@.fact_values.text_sha256 IS 'SHA-256 of the report''s clean text (reports.text_sha256): copies of one text share it, so count(DISTINCT text_sha256) counts sources.';
COMMENT ON COLUMN @extschema@.fact_values.period_basis IS 'What decided period (facts.period_basis): heading, title, sentence, anniversary, published, ...';
COMMENT ON COLUMN @extschema@.fact_values.indicator_en IS 'English name of the indicator (indicators.name_en).';
COMMENT ON COLUMN @extschema@.fact_values.value_std IS 'value in unit_std: for a level of an indicator whose default unit has the same base unit (luohuplan.units), value in that default unit (43815个 and 4.4万个 give 4.3815 and 4.4 万个); else base_value.';
COMMENT ON COLUMN @extschema@.fact_values.unit_std IS 'Unit of value_std: the indicator''s default unit when the value converts to it, else base_unit.';
COMMENT ON COLUMN @extschema@.fact_values.report_period IS 'Period the report reviews (reports.period); period is the period of the value.';
COMMENT ON COLUMN @extschema@.fact_values.report_kind IS 'Kind of the report: plan_execution, work_report, news or statistics.';

-- ---------------------------------------------------------------------
-- series: one value per region, indicator, measure, status and period,
-- chart-ready: the year, length and granularity of the period, and the
-- value in the indicator's default unit beside the value as written.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.series AS
WITH stated AS (
    -- one row per distinct value (compared in base units) and the
    -- sources stating it; value and unit as the latest report wrote them
    SELECT v.region, v.indicator, v.measure, v.status, v.period, v.base_value, v.base_unit,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.max(v.indicator_en) AS indicator_en,
           -- as the value: 6 and 6.0 are one group, and max would keep
           -- whichever a node met first
           (pg_catalog.array_agg(v.value_std ORDER BY v.loaded_at DESC, v.report_year DESC NULLS LAST,
                                 v.report_id DESC))[1] AS value_std,
           pg_catalog.max(v.unit_std) AS unit_std,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
           pg_catalog.string_agg(DISTINCT v.source, ', ' ORDER BY v.source) AS sources,
           (pg_catalog.array_agg(v.value ORDER BY v.loaded_at DESC, v.report_year DESC NULLS LAST,
                                 v.report_id DESC))[1] AS value,
           (pg_catalog.array_agg(v.unit ORDER BY v.loaded_at DESC, v.report_year DESC NULLS LAST,
                                 v.report_id DESC))[1] AS unit,
           pg_catalog.max(v.loaded_at) AS last_loaded,
           pg_catalog.max(v.report_year) AS last_year,
           pg_catalog.max(v.report_id) AS last_report
      FROM @extschema@.fact_values AS v
     WHERE v.indicator IS NOT NULL AND v.period IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.status, v.period, v.base_value, v.base_unit
), ranked AS (
    SELECT s.*,
           pg_catalog.row_number() OVER w AS pick,
           pg_catalog.count(*) OVER (PARTITION BY s.region, s.indicator, s.measure, s.status, s.period) AS n_values
      FROM stated AS s
    WINDOW w AS (PARTITION BY s.region, s.indicator, s.measure, s.status, s.period
                 -- a value in the indicator's default unit first: one unit per series
                 -- then the larger value: one report can state two (2家 and 16家
                 -- of 2023H1), and the pick must not depend on the order rows come in
                 ORDER BY (s.unit_std IS DISTINCT FROM s.base_unit) DESC,
                          s.n_sources DESC, s.last_loaded DESC, s.last_year DESC NULLS LAST,
                          s.last_report DESC, s.base_unit, s.base_value DESC)
)
SELECT region,
       region_code,
       indicator,
       indicator_en,
       measure,
       status,
       period,
       @extschema@.period_year(period) AS year,
       @extschema@.period_months(period) AS months,
       @extschema@.period_granularity(period) AS granularity,
       @extschema@.period_start(period) AS period_start,
       @extschema@.period_end(period) AS period_end,
       value,
       unit,
       value_std,
       unit_std,
       base_value,
       base_unit,
       n_sources::integer AS n_sources,
       sources,
       n_values::integer AS n_values
  FROM ranked
 WHERE pick = 1;

COMMENT ON VIEW @extschema@.series IS 'One value per region, indicator, measure, status (actual, target, estimate) and period, from every report stating it (facts with an indicator, a value and a period, of reports with a region), ready to chart: year, months and granularity of the period, and value_std in the indicator''s default unit beside the value as written. A chart series is region, indicator, measure, status, granularity and months: one unit_std each. When sources disagree a value in the default unit wins, then the value stated by the most sources (a source is a distinct text: copies of one text count once), then the value of the latest-loaded report (then the report reviewing the latest year, then the larger report_id, then the larger value). Values are compared in base units, so 428.88亿元 and 4288800万元 agree.';
COMMENT ON COLUMN @extschema@.series.region IS 'Region the value is for.';
COMMENT ON COLUMN @extschema@.series.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.series.indicator IS 'Canonical indicator code (luohuplan.indicators).';
COMMENT ON COLUMN @extschema@.series.indicator_en IS 'English name of the indicator.';
COMMENT ON COLUMN @extschema@.series.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.series.status IS 'actual, target or estimate.';
COMMENT ON COLUMN @extschema@.series.period IS 'Period the value is for (2021, 2023H1).';
COMMENT ON COLUMN @extschema@.series.year IS 'Calendar year the period ends in (luohuplan.period_year).';
COMMENT ON COLUMN @extschema@.series.months IS 'Length of the period in months (12 for a year, 6 for a half, 9 for 2023Q1-3).';
COMMENT ON COLUMN @extschema@.series.granularity IS 'year, half, quarter, month, year_to_date, months or years (luohuplan.period_granularity).';
COMMENT ON COLUMN @extschema@.series.period_start IS 'First day of period.';
COMMENT ON COLUMN @extschema@.series.period_end IS 'Last day of period.';
COMMENT ON COLUMN @extschema@.series.value IS 'The value, in unit, as the latest-loaded report stating it wrote it.';
COMMENT ON COLUMN @extschema@.series.unit IS 'Unit of value as written.';
COMMENT ON COLUMN @extschema@.series.value_std IS 'The value in unit_std: chart this column.';
COMMENT ON COLUMN @extschema@.series.unit_std IS 'The indicator''s default unit for levels that convert to it, else the base unit (%, 个百分点 for rates and changes).';
COMMENT ON COLUMN @extschema@.series.base_value IS 'value in base_unit.';
COMMENT ON COLUMN @extschema@.series.base_unit IS 'Base unit (元, %).';
COMMENT ON COLUMN @extschema@.series.n_sources IS 'Number of distinct texts stating this value: copies of one text (same reports.text_sha256) count once.';
COMMENT ON COLUMN @extschema@.series.sources IS 'Sources stating this value, comma-separated, in name order (every copy named).';
COMMENT ON COLUMN @extschema@.series.n_values IS 'Number of different values the sources state for this period (1 when they agree; see luohuplan.conflicts).';

-- ---------------------------------------------------------------------
-- series_overview: one row per chart series with a text sparkline.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.series_overview AS
SELECT s.region,
       pg_catalog.max(s.region_code) AS region_code,
       s.indicator,
       pg_catalog.max(s.indicator_en) AS indicator_en,
       s.measure,
       s.status,
       s.granularity,
       s.months AS period_months,
       pg_catalog.count(*)::integer AS n_periods,
       (pg_catalog.array_agg(s.period ORDER BY s.period_start, s.period))[1] AS first_period,
       (pg_catalog.array_agg(s.period ORDER BY s.period_start DESC, s.period DESC))[1] AS last_period,
       (pg_catalog.array_agg(s.value_std ORDER BY s.period_start DESC, s.period DESC))[1] AS last_value,
       s.unit_std AS unit,
       @extschema@.spark_periods(pg_catalog.array_agg(s.period_start ORDER BY s.period_start),
                                 pg_catalog.array_agg(s.value_std ORDER BY s.period_start),
                                 pg_catalog.max(@extschema@.period_step(s.period))) AS spark
  FROM @extschema@.series AS s
 GROUP BY s.region, s.indicator, s.measure, s.status, s.granularity, s.months, s.unit_std;

COMMENT ON VIEW @extschema@.series_overview IS 'One row per chart series of luohuplan.series: region, indicator, measure, status, granularity and period length (annual, half-yearly, year-to-date ... values are separate series) in one unit, with its first and last period and a text sparkline of value_std on the time axis: a blank bar for each period without a value.';
COMMENT ON COLUMN @extschema@.series_overview.region IS 'Region of the series.';
COMMENT ON COLUMN @extschema@.series_overview.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.series_overview.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN @extschema@.series_overview.indicator_en IS 'English name of the indicator.';
COMMENT ON COLUMN @extschema@.series_overview.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.series_overview.status IS 'actual, target or estimate.';
COMMENT ON COLUMN @extschema@.series_overview.granularity IS 'year, half, quarter, month, year_to_date, months or years.';
COMMENT ON COLUMN @extschema@.series_overview.period_months IS 'Length of the periods of the series in months (12 annual, 6 half-yearly, 3 quarterly); NULL for unparseable periods.';
COMMENT ON COLUMN @extschema@.series_overview.n_periods IS 'Number of periods with a value.';
COMMENT ON COLUMN @extschema@.series_overview.first_period IS 'Earliest period with a value.';
COMMENT ON COLUMN @extschema@.series_overview.last_period IS 'Latest period with a value.';
COMMENT ON COLUMN @extschema@.series_overview.last_value IS 'value_std of the latest period, in unit.';
COMMENT ON COLUMN @extschema@.series_overview.unit IS 'Unit of the series (series.unit_std).';
COMMENT ON COLUMN @extschema@.series_overview.spark IS 'Text sparkline of the values on the time axis (▁ lowest, █ highest, a blank for a period without a value), then "min .. max" in unit.';

-- ---------------------------------------------------------------------
-- series_wide: the annual series with one column per year, for a
-- spreadsheet or a chart tool that wants the years across.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.series_wide AS
SELECT s.region,
       pg_catalog.max(s.region_code) AS region_code,
       s.indicator,
       pg_catalog.max(s.indicator_en) AS indicator_en,
       s.measure,
       s.status,
       s.unit_std AS unit,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2015) AS y2015,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2016) AS y2016,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2017) AS y2017,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2018) AS y2018,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2019) AS y2019,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2020) AS y2020,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2021) AS y2021,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2022) AS y2022,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2023) AS y2023,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2024) AS y2024,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2025) AS y2025,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2026) AS y2026,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2027) AS y2027,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2028) AS y2028,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2029) AS y2029,
       pg_catalog.max(s.value_std) FILTER (WHERE s.year = 2030) AS y2030
  FROM @extschema@.series AS s
 WHERE s.granularity = 'year'
 GROUP BY s.region, s.indicator, s.measure, s.status, s.unit_std;

COMMENT ON VIEW @extschema@.series_wide IS 'The annual values of luohuplan.series (granularity year) with one column per year, 2015 (the 13th five-year plan) to 2030 (the 15th): one row per region, indicator, measure, status and unit, values in unit (series.value_std), NULL for a year without a value. Other years and periods: luohuplan.series.';
COMMENT ON COLUMN @extschema@.series_wide.region IS 'Region of the series.';
COMMENT ON COLUMN @extschema@.series_wide.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.series_wide.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN @extschema@.series_wide.indicator_en IS 'English name of the indicator.';
COMMENT ON COLUMN @extschema@.series_wide.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.series_wide.status IS 'actual, target or estimate.';
COMMENT ON COLUMN @extschema@.series_wide.unit IS 'Unit of every year column (series.unit_std).';
COMMENT ON COLUMN @extschema@.series_wide.y2015 IS 'Value for the year 2015, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2016 IS 'Value for the year 2016, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2017 IS 'Value for the year 2017, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2018 IS 'Value for the year 2018, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2019 IS 'Value for the year 2019, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2020 IS 'Value for the year 2020, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2021 IS 'Value for the year 2021, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2022 IS 'Value for the year 2022, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2023 IS 'Value for the year 2023, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2024 IS 'Value for the year 2024, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2025 IS 'Value for the year 2025, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2026 IS 'Value for the year 2026, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2027 IS 'Value for the year 2027, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2028 IS 'Value for the year 2028, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2029 IS 'Value for the year 2029, in unit.';
COMMENT ON COLUMN @extschema@.series_wide.y2030 IS 'Value for the year 2030, in unit.';

-- A misspelt name ('gpd', '罗湖') is an error, not a silent NULL: NULL is
-- kept for a known region and indicator without such a series.
CREATE FUNCTION @extschema@.check_series_names(region text, indicator text, measure text)
RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM @extschema@.indicators AS i WHERE i.code = check_series_names.indicator) THEN
        RAISE EXCEPTION 'luohuplan: unknown indicator "%"', indicator
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'Indicators are named by their code in luohuplan.indicators (gdp, retail_sales, pm25).';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM @extschema@.regions AS g WHERE g.name = check_series_names.region)
       AND NOT EXISTS (SELECT 1 FROM @extschema@.fact_values AS v WHERE v.region = check_series_names.region) THEN
        RAISE EXCEPTION 'luohuplan: unknown region "%"', region
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'Regions are named in full as in luohuplan.regions.name and reports.region (罗湖区, not 罗湖).';
    END IF;
    IF measure NOT IN ('level', 'growth', 'share', 'change', 'rank', 'plan_completion') THEN
        RAISE EXCEPTION 'luohuplan: unknown measure "%"', measure
              USING ERRCODE = 'invalid_parameter_value',
                    HINT = 'The measures are level, growth, share, change, rank and plan_completion.';
    END IF;
END
$$;

COMMENT ON FUNCTION @extschema@.check_series_names(text, text, text) IS 'Raises 22023 naming the argument when indicator is not a code of luohuplan.indicators, region neither a name of luohuplan.regions nor the region of a loaded report, or measure not one of level, growth, share, change, rank, plan_completion; used by sparkline.';

CREATE FUNCTION @extschema@.sparkline(region text, indicator text, measure text, period_months integer,
                                      status text DEFAULT 'actual')
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM @extschema@.check_series_names(region, indicator, measure);
    RETURN (SELECT o.spark
              FROM @extschema@.series_overview AS o
             WHERE o.region = sparkline.region AND o.indicator = sparkline.indicator
               AND o.measure = sparkline.measure AND o.period_months = sparkline.period_months
               AND o.status = sparkline.status
             ORDER BY o.n_periods DESC, o.granularity
             LIMIT 1);
END
$$;

COMMENT ON FUNCTION @extschema@.sparkline(text, text, text, integer, text) IS 'Text sparkline of the series of region, indicator, measure and status (default actual) over periods of period_months months (12 for annual values), as in luohuplan.series_overview.spark: a blank bar for each period without a value. NULL when there is no such series; 22023 for an unknown region, indicator or measure.';

CREATE FUNCTION @extschema@.sparkline(region text, indicator text, measure text DEFAULT 'level')
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    PERFORM @extschema@.check_series_names(region, indicator, measure);
    RETURN (SELECT o.spark
              FROM @extschema@.series_overview AS o
             WHERE o.region = sparkline.region AND o.indicator = sparkline.indicator
               AND o.measure = sparkline.measure AND o.status = 'actual'
             ORDER BY o.granularity = 'year' DESC, o.n_periods DESC, o.period_months DESC NULLS LAST,
                      o.granularity
             LIMIT 1);
END
$$;

COMMENT ON FUNCTION @extschema@.sparkline(text, text, text) IS 'Text sparkline of the actual values of region, indicator and measure (default level) over time (▁▂▃▄▅▆▇█, a blank for a period without a value, then "min .. max"): the annual values when there are any, else the granularity with the most values. NULL when there is no such series; 22023 for an unknown region, indicator or measure.';

-- ---------------------------------------------------------------------
-- target_vs_actual: each target beside the actual reported later.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.target_vs_actual AS
WITH stated AS (
    -- one row per distinct target, whatever qualifier each source wrote
    -- (增长6% and 增长6%左右 are one target); the evidence is that of the
    -- earliest report stating it (the one that set it)
    SELECT v.region, v.indicator, v.measure, v.period,
           v.base_value, v.base_value_hi, v.base_unit,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.max(v.indicator_en) AS indicator_en,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
           pg_catalog.string_agg(DISTINCT v.source, ', ' ORDER BY v.source) AS sources,
           (pg_catalog.array_agg(v.report_id ORDER BY v.report_year NULLS LAST, v.loaded_at,
                                 v.report_id, v.seq))[1] AS report_id,
           (pg_catalog.array_agg(v.seq ORDER BY v.report_year NULLS LAST, v.loaded_at,
                                 v.report_id, v.seq))[1] AS seq
      FROM @extschema@.fact_values AS v
     WHERE v.status = 'target' AND v.indicator IS NOT NULL
       AND v.period IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.period, v.base_value, v.base_value_hi,
              v.base_unit
), qualified AS (
    -- the qualifier most sources wrote; a stated one (左右, 以上) before none
    SELECT q.region, q.indicator, q.measure, q.period, q.base_value, q.base_value_hi, q.base_unit,
           (pg_catalog.array_agg(q.qualifier ORDER BY q.n DESC, q.qualifier = 'eq', q.qualifier))[1] AS qualifier
      FROM (SELECT v.region, v.indicator, v.measure, v.period, v.base_value, v.base_value_hi,
                   v.base_unit, COALESCE(v.qualifier, 'eq') AS qualifier,
                   pg_catalog.count(DISTINCT v.text_sha256) AS n
              FROM @extschema@.fact_values AS v
             WHERE v.status = 'target' AND v.indicator IS NOT NULL
               AND v.period IS NOT NULL AND v.region IS NOT NULL
             GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) AS q
     GROUP BY 1, 2, 3, 4, 5, 6, 7
), compared AS (
    SELECT t.region, t.region_code, t.indicator, t.indicator_en, t.measure, t.period,
           f.value AS target_value, f.value_hi AS target_value_hi, q.qualifier AS target_qualifier,
           f.unit AS target_unit, t.sources AS target_source, t.n_sources AS target_n_sources,
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
      JOIN qualified AS q
        ON q.region = t.region AND q.indicator = t.indicator AND q.measure = t.measure
       AND q.period = t.period AND q.base_value = t.base_value
       AND q.base_value_hi IS NOT DISTINCT FROM t.base_value_hi
       AND q.base_unit IS NOT DISTINCT FROM t.base_unit
      JOIN @extschema@.fact_values AS f ON f.report_id = t.report_id AND f.seq = t.seq
      LEFT JOIN @extschema@.series AS a
        ON a.region = t.region AND a.indicator = t.indicator AND a.status = 'actual'
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
                              actual_in_target_unit,
                              -- lower_is_better(indicator, measure), written out: on
                              -- Citus a function reading a table cannot run in a shard's task
                              measure OPERATOR(pg_catalog.=) 'rank'
                              OR COALESCE(dir.direction OPERATOR(pg_catalog.=) 'lower', false)) AS met,
       indicator_en
  FROM compared
  LEFT JOIN @extschema@.indicators AS dir ON dir.code = compared.indicator;

COMMENT ON VIEW @extschema@.target_vs_actual IS 'Each target (facts with status target, an indicator and a period, from any report) beside the actual for the same region, indicator, measure and period from luohuplan.series, with the gap and whether it was met (see luohuplan.target_met for each qualifier: ge/gt/le/lt bound the value, or the size of a decline for a negative target; range is inclusive; approx allows a shortfall of 0.5 for % and 百分点 targets and 5 % of the target otherwise; eq means reached or beaten). One row per target: sources stating the same value give one row, whatever qualifier each wrote (the one most sources wrote counts, a stated one before none); different targets for the same period give one row each. Units that differ are compared through base units.';
COMMENT ON COLUMN @extschema@.target_vs_actual.region IS 'Region the target is for.';
COMMENT ON COLUMN @extschema@.target_vs_actual.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.target_vs_actual.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN @extschema@.target_vs_actual.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.target_vs_actual.period IS 'Period the target is for (2022, 2025).';
COMMENT ON COLUMN @extschema@.target_vs_actual.period_end IS 'Last day of period: no actual can be known before it.';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_value IS 'Target value in target_unit (lower end for a range).';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_value_hi IS 'Upper end of a range target, else NULL.';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_qualifier IS 'eq, approx (左右), ge (以上), gt (超过), le (以内), lt (不足) or range, as most sources stating the target wrote it (a stated qualifier before none); eq when none was stated.';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_unit IS 'Unit of the target.';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_source IS 'Every source stating the target, comma-separated, in name order; target_evidence is from the earliest report stating it (the one that set it).';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_n_sources IS 'Number of distinct texts stating this same target (copies count once).';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_evidence IS 'The clause the target was read from.';
COMMENT ON COLUMN @extschema@.target_vs_actual.actual_value IS 'Actual value for the period (luohuplan.series), in actual_unit; NULL when none is known yet.';
COMMENT ON COLUMN @extschema@.target_vs_actual.actual_unit IS 'Unit of actual_value.';
COMMENT ON COLUMN @extschema@.target_vs_actual.actual_source IS 'Sources stating the actual value, comma-separated.';
COMMENT ON COLUMN @extschema@.target_vs_actual.gap IS 'Actual minus target (lower end for a range), in target_unit; NULL when there is no actual or its unit cannot be converted.';
COMMENT ON COLUMN @extschema@.target_vs_actual.met IS 'Whether the actual meets the target given its qualifier (luohuplan.target_met); NULL when there is no comparable actual yet.';
COMMENT ON COLUMN @extschema@.target_vs_actual.indicator_en IS 'English name of the indicator.';

-- ---------------------------------------------------------------------
-- conflicts: the same quantity stated with different values.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.conflicts AS
WITH stated AS (
    -- one row per distinct value (in base units) with the sources stating
    -- it and its rounding: a value written with 万 or 亿 stands for anything
    -- within half a step of its last digit (4.4万个: 43500 to 44500 个)
    SELECT v.region, v.indicator, v.measure, v.period, v.status, v.base_value,
           COALESCE(v.base_unit, '') AS base_unit,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.max(v.indicator_en) AS indicator_en,
           (pg_catalog.array_agg(v.value_std ORDER BY v.loaded_at DESC, v.report_id DESC))[1] AS value_std,
           pg_catalog.max(v.unit_std) AS unit_std,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
           pg_catalog.min(v.text_sha256) AS first_text,
           pg_catalog.string_agg(DISTINCT v.source, ', ' ORDER BY v.source) AS sources,
           pg_catalog.min(CASE WHEN v.value <> 0 AND v.base_value / v.value >= 10000
                               THEN 0.5 * (v.base_value / v.value)
                                    / pg_catalog.power(10::numeric, pg_catalog.scale(pg_catalog.trim_scale(v.value)))
                               ELSE 0 END) AS half_step,
           (pg_catalog.array_agg(v.value ORDER BY v.loaded_at DESC, v.report_id DESC))[1] AS value,
           (pg_catalog.array_agg(v.unit ORDER BY v.loaded_at DESC, v.report_id DESC))[1] AS unit
      FROM @extschema@.fact_values AS v
     WHERE v.indicator IS NOT NULL AND v.period IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.period, v.status, v.base_value, COALESCE(v.base_unit, '')
), disagreeing AS (
    -- quantities with two values beyond their rounding (or in different
    -- base units) that are not both from one text only
    SELECT DISTINCT a.region, a.indicator, a.measure, a.period, a.status
      FROM stated AS a
      JOIN stated AS b
        ON b.region = a.region AND b.indicator = a.indicator AND b.measure = a.measure
       AND b.period = a.period AND b.status = a.status
       AND (a.base_unit, a.base_value) < (b.base_unit, b.base_value)
     WHERE (a.base_unit <> b.base_unit
            OR pg_catalog.abs(a.base_value - b.base_value) > a.half_step + b.half_step)
       AND NOT (a.n_sources = 1 AND b.n_sources = 1 AND a.first_text = b.first_text)
), keyed AS (
    SELECT v.region, v.indicator, v.measure, v.period, v.status,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources
      FROM @extschema@.fact_values AS v
      JOIN disagreeing AS d
        ON d.region = v.region AND d.indicator = v.indicator AND d.measure = v.measure
       AND d.period = v.period AND d.status = v.status
     GROUP BY v.region, v.indicator, v.measure, v.period, v.status
)
SELECT k.region,
       pg_catalog.max(s.region_code) AS region_code,
       k.indicator,
       k.measure,
       k.period,
       k.status,
       pg_catalog.count(*)::integer AS n_values,
       k.n_sources::integer AS n_sources,
       CASE WHEN pg_catalog.count(DISTINCT s.unit_std) = 1 THEN pg_catalog.min(s.value_std) END AS min_value,
       CASE WHEN pg_catalog.count(DISTINCT s.unit_std) = 1 THEN pg_catalog.max(s.value_std) END AS max_value,
       CASE WHEN pg_catalog.count(DISTINCT s.unit_std) = 1 THEN pg_catalog.max(s.unit_std) END AS unit,
       pg_catalog.string_agg(pg_catalog.trim_scale(s.value) || COALESCE(s.unit, '')
                             || ' @ ' || s.sources,
                             ' | ' ORDER BY s.n_sources DESC, s.base_unit, s.base_value) AS stated,
       pg_catalog.max(s.indicator_en) AS indicator_en
  FROM keyed AS k
  JOIN stated AS s
    ON s.region = k.region AND s.indicator = k.indicator AND s.measure = k.measure
   AND s.period = k.period AND s.status = k.status
 GROUP BY k.region, k.indicator, k.measure, k.period, k.status, k.n_sources;

COMMENT ON VIEW @extschema@.conflicts IS 'Quantities (region, indicator, measure, period, status) that different sources (distinct texts: copies of one text count once) state with different values, one row per quantity with every value and who states it. Values are compared in base units (120亿元 and 1200000万元 agree) and within the rounding of the values as written: a value written with 万 or 亿 stands for anything within half a step of its last digit, so 43815个 and 4.4万个 agree and 43815个 and 4.5万个 do not. Listed when two values disagree and not both come from one text alone.';
COMMENT ON COLUMN @extschema@.conflicts.region IS 'Region the quantity is for.';
COMMENT ON COLUMN @extschema@.conflicts.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.conflicts.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN @extschema@.conflicts.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.conflicts.period IS 'Period the quantity is for.';
COMMENT ON COLUMN @extschema@.conflicts.status IS 'actual, target or estimate.';
COMMENT ON COLUMN @extschema@.conflicts.n_values IS 'Number of different values stated (values that agree within their rounding count apart).';
COMMENT ON COLUMN @extschema@.conflicts.n_sources IS 'Number of distinct texts stating the quantity (copies count once).';
COMMENT ON COLUMN @extschema@.conflicts.min_value IS 'Smallest value stated, in unit; NULL when the values cannot be stated in one unit.';
COMMENT ON COLUMN @extschema@.conflicts.max_value IS 'Largest value stated, in unit; NULL when the values cannot be stated in one unit.';
COMMENT ON COLUMN @extschema@.conflicts.unit IS 'Unit of min_value and max_value: the indicator''s default unit for levels that convert to it, else the base unit (series.unit_std).';
COMMENT ON COLUMN @extschema@.conflicts.stated IS 'Each value with the sources stating it, "value unit @ source, source", separated by " | ", most-stated first.';
COMMENT ON COLUMN @extschema@.conflicts.indicator_en IS 'English name of the indicator.';
-- ---------------------------------------------------------------------
-- commitments: quantitative promises, followed up.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.word_in(kind pg_catalog.text, s pg_catalog.text)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'lp_sql_word_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.word_in(pg_catalog.text, pg_catalog.text) IS 'True when s contains a word of kind in the word lists the extractor reads (src/data/words.tsv, embedded at build time); raises 22023 for a kind no row has.';

CREATE FUNCTION @extschema@.is_word(kind pg_catalog.text, s pg_catalog.text)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'lp_sql_is_word'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.is_word(pg_catalog.text, pg_catalog.text) IS 'True when s is a word of kind in the word lists the extractor reads (src/data/words.tsv, embedded at build time); raises 22023 for a kind no row has.';

CREATE FUNCTION @extschema@.is_count_unit(unit text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.is_word('count_unit', unit);

COMMENT ON FUNCTION @extschema@.is_count_unit(text) IS 'True when unit counts things (个, 所, 家, 套, 项, 座, 人 ...: the kind count_unit of src/data/words.tsv): a target in such units is a commitment to deliver so many of them.';

CREATE FUNCTION @extschema@.is_task_section(section text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.word_in('task_section', section);

COMMENT ON FUNCTION @extschema@.is_task_section(text) IS 'True when a section heading announces tasks (任务, 重点工作, 工作安排, 举措, 实事, 项目 ...: the kind task_section of src/data/words.tsv) rather than results or indicator targets.';

-- A subject a follow-up cannot be matched on: too generic (企业, 学校: two
-- characters name a kind, not a thing), or a list announced (重点做好以下).
CREATE FUNCTION @extschema@.is_specific_subject(subject text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.char_length(subject) > 2 AND subject !~ '(以下|如下|下列|下述|上述|前述)';

COMMENT ON FUNCTION @extschema@.is_specific_subject(text) IS 'True when a subject names a particular thing a later actual can be matched on: more than two characters (企业, 学校 name a kind) and no announcement of a list (以下, 如下, 下列, 上述). commitments follows up only commitments with a specific subject.';

-- A money amount before a thing counted is a threshold, not a promise
-- (营业收入1000万元以上企业: the firms are counted, not the yuan).
CREATE FUNCTION @extschema@.is_threshold(qualifier text, base_unit text, subject text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN COALESCE(qualifier IN ('ge', 'gt') AND base_unit = '元'
                AND subject ~ '(企业|项目|机构|单位|商户|楼宇|主体|公司|门店|店|户)$', false);

COMMENT ON FUNCTION @extschema@.is_threshold(text, text, text) IS 'True for a bound on money (ge, gt in 元) whose subject names things counted (企业, 项目, 机构, 商户 ...): 1000万元以上企业 is a size class, not a promise of 1000万元. commitments leaves these out.';

-- What a commitment is not: an announced list (重点做好以下8个), a threshold,
-- a place or means read as the subject (在香港举办1场, 依托莲塘口岸15分钟),
-- the plan itself (完成全年目标任务的46.9%), or a duration (15分钟经济圈).
CREATE FUNCTION @extschema@.is_promise(subject text, qualifier text, base_unit text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN COALESCE(subject !~ '(以下|如下|下列|下述|上述|前述)'
                AND subject !~ '^(在|依托|通过|围绕|按照|对|向|从|以)'
                AND subject !~ '(目标|任务)$'
                AND NOT @extschema@.is_threshold(qualifier, base_unit, subject)
                AND COALESCE(base_unit, '') NOT IN ('年', '个月', '天', '个工作日', '小时', '分钟',
                                                     '秒', '周', '个季度'), false);

COMMENT ON FUNCTION @extschema@.is_promise(text, text, text) IS 'False for a target that promises nothing to deliver: an announced list (以下8个), a threshold (luohuplan.is_threshold), a subject that is a place or means (在香港举办, 依托莲塘口岸), the plan itself (目标任务), or a duration (年, 天, 分钟 ...). commitments lists only promises.';

CREATE VIEW @extschema@.commitments AS
WITH promised AS (
    SELECT v.region, v.subject, v.indicator, v.period,
           v.base_value, v.base_value_hi, v.base_unit,
           -- one row per commitment: a stated qualifier (以上, 左右) before none
           (pg_catalog.array_agg(COALESCE(v.qualifier, 'eq')
                                 ORDER BY COALESCE(v.qualifier, 'eq') = 'eq', v.report_year NULLS LAST,
                                          v.loaded_at, v.report_id, v.seq))[1] AS qualifier,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.max(v.indicator_en) AS indicator_en,
           pg_catalog.max(v.period_start) AS period_start,
           pg_catalog.max(v.period_end) AS period_end,
           -- a promise made in the review of an earlier year runs from the
           -- year after it (到2025年 in the 2021 plan: 2022 to 2025 count)
           LEAST(pg_catalog.max(v.period_start),
                 pg_catalog.make_date(pg_catalog.min(v.report_year) + 1, 1, 1)) AS window_start,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
           pg_catalog.string_agg(DISTINCT v.source, ', ' ORDER BY v.source) AS sources,
           (pg_catalog.array_agg(v.report_id ORDER BY v.report_year NULLS LAST, v.loaded_at,
                                 v.report_id, v.seq))[1] AS report_id,
           (pg_catalog.array_agg(v.seq ORDER BY v.report_year NULLS LAST, v.loaded_at,
                                 v.report_id, v.seq))[1] AS seq
      FROM @extschema@.fact_values AS v
     WHERE v.status = 'target' AND v.measure = 'level' AND v.region IS NOT NULL
       AND v.period IS NOT NULL AND v.period_end IS NOT NULL AND v.subject IS NOT NULL
       AND @extschema@.is_promise(v.subject, v.qualifier, v.base_unit)
       AND (v.indicator IS NULL
            OR COALESCE(@extschema@.is_count_unit(v.base_unit), false)
            OR COALESCE(@extschema@.is_task_section(v.section), false))
     GROUP BY v.region, v.subject, v.indicator, v.period, v.base_value, v.base_value_hi,
              v.base_unit
), followed AS (
    -- actuals of the same region, subject and base unit for a period
    -- inside the commitment's window (no later than its period ends):
    -- the one reaching furthest wins, then the longest, then the latest loaded
    SELECT p.report_id AS p_report_id, p.seq AS p_seq, a.report_id, a.seq,
           pg_catalog.row_number() OVER (PARTITION BY p.report_id, p.seq
                                         ORDER BY a.period_end DESC, a.period_start,
                                                  a.loaded_at DESC, a.report_id DESC, a.seq) AS pick
      FROM promised AS p
      JOIN @extschema@.fact_values AS a
        ON a.region = p.region AND a.subject = p.subject AND a.base_unit = p.base_unit
     WHERE a.status = 'actual' AND a.measure = 'level'
       AND @extschema@.is_specific_subject(p.subject)
       AND a.period_start >= p.window_start AND a.period_end <= p.period_end
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
       p.sources AS source,
       p.n_sources::integer AS n_sources,
       t.section,
       t.evidence,
       a.period AS actual_period,
       a.value AS actual_value,
       a.unit AS actual_unit,
       a.source AS actual_source,
       a.evidence AS actual_evidence,
       m.met,
       p.indicator_en,
       a.period_end = p.period_end AS actual_complete
  FROM promised AS p
  JOIN @extschema@.fact_values AS t ON t.report_id = p.report_id AND t.seq = p.seq
  LEFT JOIN followed AS f ON f.p_report_id = p.report_id AND f.p_seq = p.seq AND f.pick = 1
  LEFT JOIN @extschema@.fact_values AS a ON a.report_id = f.report_id AND a.seq = f.seq
  -- lower_is_better(p.indicator, 'level'), written out (see target_vs_actual)
  LEFT JOIN @extschema@.indicators AS dir ON dir.code = p.indicator
  CROSS JOIN LATERAL (
      SELECT CASE
                 -- a part of the period already meeting it counts, unless less is better
                 WHEN a.period_end < p.period_end AND (NOT tm.met OR COALESCE(dir.direction = 'lower', false))
                     THEN NULL
                 ELSE tm.met
             END AS met
        FROM (SELECT @extschema@.target_met(p.qualifier, t.value, t.value_hi, t.unit,
                                            CASE
                                                WHEN a.unit IS NOT DISTINCT FROM t.unit THEN a.value
                                                WHEN a.base_unit = p.base_unit AND p.base_value <> 0
                                                    THEN a.base_value * t.value / p.base_value
                                            END,
                                            COALESCE(dir.direction OPERATOR(pg_catalog.=) 'lower', false)) AS met) AS tm
  ) AS m;

COMMENT ON VIEW @extschema@.commitments IS 'Quantitative commitments and what became of them. A commitment is a target (status target, measure level, with a period and a subject) that either stands in a task section (luohuplan.is_task_section), or counts things (luohuplan.is_count_unit: 新建学校5所), or whose subject is not a known indicator; what promises nothing to deliver (luohuplan.is_promise: thresholds such as 1000万元以上企业, announced lists such as 以下8个, places, plan words, durations) is left out. Sources stating the same commitment give one row, whatever qualifier each wrote (a stated one counts before none). It is followed up only when its subject is specific (luohuplan.is_specific_subject), by an actual (status actual, measure level) of the same region, the same subject and the same base unit, for a period inside the commitment''s window: from the year after the report that made it (or the start of its period, if earlier) to the end of its period, so a later plan''s figures never answer an earlier year''s promise; the actual reaching furthest wins. met as in luohuplan.target_met, comparing through base units when units differ.';
COMMENT ON COLUMN @extschema@.commitments.region IS 'Region the commitment is for.';
COMMENT ON COLUMN @extschema@.commitments.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.commitments.subject IS 'What is promised, as named in the text.';
COMMENT ON COLUMN @extschema@.commitments.indicator IS 'Canonical indicator code, NULL when not a known indicator.';
COMMENT ON COLUMN @extschema@.commitments.period IS 'Period by which it is promised.';
COMMENT ON COLUMN @extschema@.commitments.value IS 'Promised amount, in unit (lower end for a range).';
COMMENT ON COLUMN @extschema@.commitments.value_hi IS 'Upper end of a range, else NULL.';
COMMENT ON COLUMN @extschema@.commitments.unit IS 'Unit of value.';
COMMENT ON COLUMN @extschema@.commitments.qualifier IS 'eq, approx, ge, gt, le, lt or range, as stated by the earliest source that states one; eq when none was stated.';
COMMENT ON COLUMN @extschema@.commitments.source IS 'Every source stating the commitment, comma-separated, in name order; section and evidence are from the earliest report stating it.';
COMMENT ON COLUMN @extschema@.commitments.n_sources IS 'Number of distinct texts stating this same commitment (copies count once).';
COMMENT ON COLUMN @extschema@.commitments.section IS 'Heading of the section the commitment stands in.';
COMMENT ON COLUMN @extschema@.commitments.evidence IS 'The clause the commitment was read from.';
COMMENT ON COLUMN @extschema@.commitments.actual_period IS 'Period of the follow-up actual; NULL when none is known yet.';
COMMENT ON COLUMN @extschema@.commitments.actual_value IS 'Amount actually delivered, in actual_unit.';
COMMENT ON COLUMN @extschema@.commitments.actual_unit IS 'Unit of actual_value.';
COMMENT ON COLUMN @extschema@.commitments.actual_source IS 'Source of the follow-up actual.';
COMMENT ON COLUMN @extschema@.commitments.actual_evidence IS 'The clause the actual was read from.';
COMMENT ON COLUMN @extschema@.commitments.met IS 'Whether the actual meets the commitment (luohuplan.target_met); NULL when there is no comparable actual yet, or when the actual covers only part of the period and does not meet it yet (or less is better).';
COMMENT ON COLUMN @extschema@.commitments.indicator_en IS 'English name of the indicator, NULL when not a known indicator.';
COMMENT ON COLUMN @extschema@.commitments.actual_complete IS 'True when the follow-up actual covers the commitment''s whole period (ends when it ends), false for a part of it (2022H1 for a promise for 2022); NULL when there is none.';
-- ---------------------------------------------------------------------
-- Provenance: where a fact stands in the text as received, and one page
-- that shows a report with every fact marked.
--
-- Facts' spans index reports.clean.  normalize keeps lines, so a fact's
-- line is the same in reports.body; inside the line, align_span (C,
-- src/core/lp_align.c) walks the body line and the clean line side by side
-- and maps the span back, so a journalist can quote the original
-- (traditional characters, full-width digits, the chrome around it).
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.align_span(body_line text, clean_line text,
                                       span_start integer, span_end integer,
                                       OUT body_start integer, OUT body_end integer,
                                       OUT exact boolean)
AS 'MODULE_PATHNAME', 'luohuplan_align_span'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.align_span(text, text, integer, integer) IS
'Where the characters [span_start, span_end) of clean_line (one line of normalize(body)) stand in body_line (the same line before normalize): 0-based character offsets into body_line. Exact where normalize folded characters one for one (traditional to simplified, full width, 〇) or removed text (markup, chrome, pinyin glosses, zero-width characters); exact is false when an end falls inside a rewritten run (mojibake), where it maps in proportion. 22023 when the span is not inside clean_line or a text holds more than one line.';

CREATE FUNCTION @extschema@.align_spans(body_line text, clean_line text,
                                        span_starts integer[], span_ends integer[])
RETURNS TABLE (n integer, body_start integer, body_end integer, exact boolean)
AS 'MODULE_PATHNAME', 'luohuplan_align_spans'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 10;
COMMENT ON FUNCTION @extschema@.align_spans(text, text, integer[], integer[]) IS
'align_span for many spans of one line in one walk of it: a row per pair of span_starts and span_ends, n its 1-based position. 2202E when the arrays differ in length, 22004 for a NULL element.';

CREATE FUNCTION @extschema@.body_span(report_id bigint, line integer,
                                      span_start integer, span_end integer,
                                      OUT body_start integer, OUT body_end integer,
                                      OUT exact boolean, OUT body_text text)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT a.body_start, a.body_end, a.exact,
           pg_catalog.substr(l.body_line, a.body_start OPERATOR(pg_catalog.+) 1,
                             a.body_end OPERATOR(pg_catalog.-) a.body_start)
      FROM @extschema@.reports r,
           LATERAL (SELECT pg_catalog.split_part(r.body, E'\n', body_span.line) AS body_line,
                           pg_catalog.split_part(r.clean, E'\n', body_span.line) AS clean_line) l,
           LATERAL @extschema@.align_span(l.body_line, l.clean_line,
                                          body_span.span_start, body_span.span_end) a
     WHERE r.report_id OPERATOR(pg_catalog.=) body_span.report_id;
END;
COMMENT ON FUNCTION @extschema@.body_span(bigint, integer, integer, integer) IS
'Where a span of a stored report''s clean text (a fact''s line, span_start, span_end) stands in reports.body, the text as received: 0-based character offsets into the same line of body, whether both ends were matched exactly (see align_span), and the original text of the span. NULLs for an unknown report.';

-- Each report's texts are split into lines once, and the facts of a line
-- are aligned in one walk of it (split_part per fact scans and detoasts
-- the whole text each time: 6 s for the 3,352 facts of a 200 KB report;
-- a walk per fact of a report written on one line is quadratic).
CREATE VIEW @extschema@.fact_quotes AS
SELECT f.report_id, f.seq, f.line, f.span_start, f.span_end,
       pg_catalog.substr(q.clean_line, f.span_start OPERATOR(pg_catalog.+) 1,
                         f.span_end OPERATOR(pg_catalog.-) f.span_start) AS clean_text,
       q.body_start, q.body_end, q.exact,
       pg_catalog.substr(q.body_line, q.body_start OPERATOR(pg_catalog.+) 1,
                         q.body_end OPERATOR(pg_catalog.-) q.body_start) AS body_text
  FROM @extschema@.reports r
 CROSS JOIN LATERAL (
       SELECT l.body_line, l.clean_line, g.seqs[a.n] AS seq, a.body_start, a.body_end, a.exact
         FROM ROWS FROM (pg_catalog.unnest(pg_catalog.string_to_array(r.body, E'\n')),
                         pg_catalog.unnest(pg_catalog.string_to_array(r.clean, E'\n')))
              WITH ORDINALITY AS l(body_line, clean_line, line)
         JOIN (SELECT x.line,
                      pg_catalog.array_agg(x.seq ORDER BY x.seq) AS seqs,
                      pg_catalog.array_agg(x.span_start ORDER BY x.seq) AS starts,
                      pg_catalog.array_agg(x.span_end ORDER BY x.seq) AS ends
                 FROM @extschema@.facts x
                WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id
                GROUP BY x.line) g ON g.line OPERATOR(pg_catalog.=) l.line
        CROSS JOIN LATERAL @extschema@.align_spans(l.body_line, l.clean_line, g.starts, g.ends) a) q
  JOIN @extschema@.facts f ON f.report_id OPERATOR(pg_catalog.=) r.report_id
                          AND f.seq OPERATOR(pg_catalog.=) q.seq;
COMMENT ON VIEW @extschema@.fact_quotes IS 'Every fact''s span in the clean text and in the text as received (reports.body), for quoting the original: filter by report_id, since each row splits its report''s texts.';
COMMENT ON COLUMN @extschema@.fact_quotes.report_id IS 'Report (luohuplan.reports).';
COMMENT ON COLUMN @extschema@.fact_quotes.seq IS 'Fact (luohuplan.facts.seq).';
COMMENT ON COLUMN @extschema@.fact_quotes.line IS '1-based line, the same in body and clean.';
COMMENT ON COLUMN @extschema@.fact_quotes.span_start IS '0-based character offset of the fact in the clean line.';
COMMENT ON COLUMN @extschema@.fact_quotes.span_end IS 'Character offset just past the fact in the clean line.';
COMMENT ON COLUMN @extschema@.fact_quotes.clean_text IS 'The fact''s text in reports.clean.';
COMMENT ON COLUMN @extschema@.fact_quotes.body_start IS '0-based character offset of the fact in the same line of reports.body.';
COMMENT ON COLUMN @extschema@.fact_quotes.body_end IS 'Character offset just past the fact in the line of reports.body.';
COMMENT ON COLUMN @extschema@.fact_quotes.exact IS 'True when both ends were matched character for character (false inside a repaired mojibake run).';
COMMENT ON COLUMN @extschema@.fact_quotes.body_text IS 'The fact''s text as received (traditional characters, full-width digits, markup inside it).';

-- Text for HTML, in element content and in quoted attribute values: the
-- five markup characters as entities, control characters (not allowed in
-- HTML) as U+FFFD.  In C: report_html calls it for every piece of a page.
CREATE FUNCTION @extschema@.html_escape(t text) RETURNS text
AS 'MODULE_PATHNAME', 'luohuplan_html_escape'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.html_escape(text) IS
't safe inside HTML element content and quoted attribute values: & < > " '' as entities, control characters other than tab, line feed and carriage return as U+FFFD.';

-- The provenance page.  PL/pgSQL, with the two loops over characters in C
-- (html_escape, align_spans): on a report of 200 KB with 3,352 facts it
-- takes 0.5-0.6 s, twice re-extracting the report (docs/bench.md); with
-- html_escape as SQL replace() calls it took 0.7-0.9 s.  A page is asked
-- for one report at a time, so the markup stays SQL a reader can change.
-- Every piece of text from the report, its metadata and the facts goes
-- through html_escape; the page loads nothing from outside.
CREATE FUNCTION @extschema@.report_html(report_id bigint) RETURNS text
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
    f record;
    esc_title text;
    clines text[];
    marked text[] := '{}';  -- the HTML of each line holding facts, by line
    fact_rows text[] := '{}';
    cur text;               -- the clean line being marked
    acc text := '';         -- its HTML so far
    ln integer := 0;
    pos integer := 0;       -- characters of cur written to acc
    piece text;
    tip text;
    cls text;
    n_facts integer := 0;
    n_marked integer := 0;
    n_headline integer := 0;
    headline_html text;
    text_html text;
    repairs_html text;
    n_repairs bigint;
    max_repairs constant integer := 2000;
BEGIN
    SELECT x.* INTO r FROM @extschema@.reports x
     WHERE x.report_id OPERATOR(pg_catalog.=) report_html.report_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no report with id %', report_html.report_id USING ERRCODE = 'no_data_found';
    END IF;
    clines := string_to_array(r.clean, E'\n');
    -- from line 1 (assigning element 7 of an empty array starts it at 7)
    marked := array_fill(NULL::text, ARRAY[coalesce(cardinality(clines), 0)]);


    -- the text: each fact marked in its line, in order; a fact that
    -- overlaps one marked before it is listed in the table only
    FOR f IN
        -- fact_quotes aligns the whole report: once, not once per fact
        WITH q AS MATERIALIZED (
            SELECT y.seq, y.body_start, y.body_end, y.exact, y.body_text
              FROM @extschema@.fact_quotes y
             WHERE y.report_id OPERATOR(pg_catalog.=) report_html.report_id)
        SELECT x.*, to_jsonb(x) OPERATOR(pg_catalog.->>) 'period_basis' AS basis,
               i.name_zh, i.name_en, q.body_start, q.body_end, q.exact, q.body_text
          FROM @extschema@.facts x
          LEFT JOIN @extschema@.indicators i ON i.code OPERATOR(pg_catalog.=) x.indicator
          LEFT JOIN q ON q.seq OPERATOR(pg_catalog.=) x.seq
         WHERE x.report_id OPERATOR(pg_catalog.=) report_html.report_id
         ORDER BY x.line, x.span_start, x.span_end DESC, x.seq
    LOOP
        n_facts := n_facts + 1;
        IF f.headline THEN n_headline := n_headline + 1; END IF;
        IF f.line <> ln THEN
            IF ln > 0 THEN
                marked[ln] := acc || @extschema@.html_escape(substr(cur, pos + 1));
            END IF;
            ln := f.line;
            cur := coalesce(clines[ln], '');
            acc := '';
            pos := 0;
        END IF;
        piece := substr(cur, f.span_start + 1, f.span_end - f.span_start);
        tip := concat_ws(E'\n',
            '#' || f.seq || ' ' || coalesce(f.indicator || coalesce(' · ' || f.name_en, ''),
                                          'no indicator'),
            'subject: ' || f.subject,
            'period: ' || f.period || coalesce(' (' || f.basis || ')', ''),
            'status: ' || f.status || CASE WHEN f.headline THEN ', headline' ELSE '' END,
            'measure: ' || f.measure,
            'value: ' || f.value || coalesce('–' || f.value_hi, '') || coalesce(' ' || f.unit, ''),
            'qualifier: ' || f.qualifier,
            'original (line ' || ln || ', ' || f.body_start || '–' || f.body_end || '): '
                || f.body_text);
        cls := 'f ' || CASE WHEN f.status IN ('actual', 'target', 'estimate') THEN f.status ELSE 'other' END
               || CASE WHEN f.headline THEN ' h' ELSE '' END;
        IF f.span_start >= pos AND f.span_end > f.span_start THEN
            n_marked := n_marked + 1;
            acc := acc || @extschema@.html_escape(substr(cur, pos + 1, f.span_start - pos))
                || '<mark class="' || cls || '" id="f' || f.seq || '" data-seq="' || f.seq
                || '" data-status="' || @extschema@.html_escape(f.status)
                || '" title="' || @extschema@.html_escape(tip) || '">'
                || CASE WHEN f.headline THEN '<strong>' ELSE '' END
                || @extschema@.html_escape(piece)
                || CASE WHEN f.headline THEN '</strong>' ELSE '' END || '</mark>';
            pos := f.span_end;
        END IF;
        fact_rows := fact_rows || ('<tr class="' || cls || '"><td class="n"><a href="#f' || f.seq || '">'
            || f.seq || '</a></td><td class="n"><a href="#L' || ln || '">' || ln || '</a></td><td>'
            || @extschema@.html_escape(piece) || '</td><td>'
            || coalesce(@extschema@.html_escape(f.body_text), '')
            || CASE WHEN f.exact THEN '' ELSE ' <small>(approx.)</small>' END || '</td><td>'
            || coalesce(@extschema@.html_escape(f.indicator), '') || '</td><td>'
            || coalesce(@extschema@.html_escape(f.period), '') || '</td><td>'
            || coalesce(@extschema@.html_escape(f.basis), '') || '</td><td>'
            || @extschema@.html_escape(f.status) || '</td><td>'
            || @extschema@.html_escape(f.measure) || '</td><td class="n">'
            || coalesce(f.value::text, '') || coalesce('–' || f.value_hi, '') || '</td><td>'
            || coalesce(@extschema@.html_escape(f.unit), '') || '</td><td>'
            || coalesce(@extschema@.html_escape(f.qualifier), '') || '</td><td>'
            || coalesce(@extschema@.html_escape(f.subject), '') || '</td><td>'
            || CASE WHEN f.headline THEN '✓' ELSE '' END || '</td></tr>');
    END LOOP;
    IF ln > 0 THEN
        marked[ln] := acc || @extschema@.html_escape(substr(cur, pos + 1));
    END IF;

    SELECT string_agg('<div class="l" id="L' || t.n || '" data-n="' || t.n || '">'
                      || coalesce(t.m, @extschema@.html_escape(t.c)) || '</div>', E'\n' ORDER BY t.n)
      INTO text_html
      FROM unnest(clines, marked) WITH ORDINALITY AS t(c, m, n)
     WHERE t.c IS NOT NULL;

    SELECT string_agg('<tr class="f ' || CASE WHEN h.status IN ('actual', 'target', 'estimate')
                                              THEN h.status ELSE 'other' END || '">'
                      || '<td>' || coalesce(@extschema@.html_escape(h.period), '') || '</td>'
                      || '<td>' || @extschema@.html_escape(h.status) || '</td>'
                      || '<td>' || coalesce(@extschema@.html_escape(h.indicator), '') || '</td>'
                      || '<td>' || coalesce(@extschema@.html_escape(i.name_en), '') || '</td>'
                      || '<td>' || coalesce(@extschema@.html_escape(h.subject), '') || '</td>'
                      || '<td>' || @extschema@.html_escape(h.measure) || '</td>'
                      || '<td class="n">' || coalesce(h.value::text, '') || coalesce('–' || h.value_hi, '') || '</td>'
                      || '<td>' || coalesce(@extschema@.html_escape(h.unit), '') || '</td>'
                      || '<td>' || coalesce(@extschema@.html_escape(h.qualifier), '') || '</td>'
                      || '<td class="n"><a href="#L' || h.line || '">' || h.line || '</a></td></tr>',
                      E'\n' ORDER BY h.period, h.status, coalesce(h.indicator, h.subject), h.measure)
      INTO headline_html
      FROM @extschema@.headline h
      LEFT JOIN @extschema@.indicators i ON i.code OPERATOR(pg_catalog.=) h.indicator
     WHERE h.report_id OPERATOR(pg_catalog.=) report_html.report_id;

    SELECT count(*), string_agg(CASE WHEN x.k <= max_repairs THEN
                   '<tr><td class="n"><a href="#L' || x.line || '">' || x.line || '</a></td><td>'
                   || @extschema@.html_escape(x.kind) || '</td><td><del>'
                   || @extschema@.html_escape(x.before) || '</del></td><td><ins>'
                   || @extschema@.html_escape(x.after) || '</ins></td></tr>' END, E'\n' ORDER BY x.k)
      INTO n_repairs, repairs_html
      FROM (SELECT p.*, row_number() OVER () AS k FROM @extschema@.repairs(r.body) p) x;

    esc_title := @extschema@.html_escape(coalesce(r.title, r.source));
    RETURN '<!DOCTYPE html>' || E'\n'
        || '<html lang="zh-Hans"><head><meta charset="utf-8">' || E'\n'
        || '<meta name="generator" content="luohuplan.report_html">' || E'\n'
        || '<title>' || esc_title || '</title>' || E'\n'
        || '<style>'
        || 'body{font:15px/1.6 system-ui,"Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:#1d1d1d;margin:0 auto;max-width:76em;padding:1em 2em}'
        || 'h1{font-size:1.4em;margin:.3em 0}h2{font-size:1.1em;margin:1.4em 0 .4em;border-bottom:1px solid #ccc}'
        || '.meta{color:#555;font-size:13px;margin:0}.meta b{color:#1d1d1d;font-weight:600}'
        || 'table{border-collapse:collapse;font-size:13px;margin:.3em 0}'
        || 'th,td{border:1px solid #d4d4d4;padding:1px 6px;text-align:left;vertical-align:top}'
        || 'th{background:#f2f2f2;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}'
        || 'tr.f.actual td:first-child{border-left:4px solid #3c9a3c}tr.f.target td:first-child{border-left:4px solid #3b6fd1}'
        || 'tr.f.estimate td:first-child{border-left:4px solid #d08a00}tr.f.other td:first-child{border-left:4px solid #999}'
        || '.text{border:1px solid #e2e2e2;padding:.4em 0;background:#fcfcfc}'
        || '.l{white-space:pre-wrap;word-break:break-all;padding:0 .6em 0 4.2em;text-indent:-3.6em;min-height:1.6em}'
        || '.l::before{content:attr(data-n);display:inline-block;width:3em;margin-right:.6em;color:#999;text-align:right;font-size:12px;text-indent:0}'
        || '.l:target{background:#fff6cc}'
        || 'mark.f{border-radius:2px;padding:0 1px;color:inherit;cursor:help}'
        || 'mark.actual{background:#cdebc9}mark.target{background:#cfdefa}mark.estimate{background:#fbe3a8}mark.other{background:#e4e4e4}'
        || 'mark.h{box-shadow:inset 0 -2px 0 #333}mark.f:target{outline:2px solid #c00}'
        || '.legend mark{margin-right:.6em}del{color:#a00}ins{color:#060;text-decoration:none}'
        || '</style></head><body>' || E'\n'
        || '<header><h1>' || esc_title || '</h1>' || E'\n'
        || '<p class="meta"><b>source</b> ' || @extschema@.html_escape(r.source)
        || coalesce(' · <b>region</b> ' || @extschema@.html_escape(r.region)
                    || coalesce(' (' || @extschema@.html_escape(r.region_code) || ')', ''), '')
        || coalesce(' · <b>period</b> ' || @extschema@.html_escape(r.period), '')
        || coalesce(' · <b>kind</b> ' || @extschema@.html_escape(r.kind), '')
        || coalesce(' · <b>published</b> ' || r.published, '')
        || ' · <b>encoding</b> ' || @extschema@.html_escape(r.encoding)
        || ' · <b>report_id</b> ' || r.report_id
        || ' · <b>facts</b> ' || n_facts || ' (' || n_headline || ' headline)'
        || CASE WHEN r.n_replaced > 0 THEN ' · <b>undecodable bytes</b> ' || r.n_replaced ELSE '' END
        || '</p>' || E'\n'
        || '<p class="meta legend">Facts by status: <mark class="f actual">actual</mark>'
        || '<mark class="f target">target</mark><mark class="f estimate">estimate</mark>'
        || '<mark class="f actual h"><strong>headline</strong></mark> Hover over a mark for its indicator, period, value, unit, qualifier and the original text.</p></header>' || E'\n'
        || '<section id="headline"><h2>Headline indicators</h2>' || E'\n'
        || CASE WHEN headline_html IS NULL THEN '<p>No headline rows.</p>' ELSE
           '<table><thead><tr><th>period</th><th>status</th><th>indicator</th><th>English</th><th>subject</th>'
           || '<th>measure</th><th>value</th><th>unit</th><th>qualifier</th><th>line</th></tr></thead><tbody>' || E'\n'
           || headline_html || E'\n</tbody></table>' END || '</section>' || E'\n'
        || '<section id="text"><h2>Text (clean, ' || coalesce(cardinality(clines), 0) || ' lines, '
        || n_marked || ' of ' || n_facts || ' facts marked)</h2><div class="text">' || E'\n'
        || coalesce(text_html, '') || E'\n</div></section>' || E'\n'
        || '<section id="facts"><h2>Facts</h2>' || E'\n'
        || '<table><thead><tr><th>#</th><th>line</th><th>text</th><th>original</th><th>indicator</th><th>period</th>'
        || '<th>period basis</th><th>status</th><th>measure</th><th>value</th><th>unit</th><th>qualifier</th>'
        || '<th>subject</th><th>headline</th></tr></thead><tbody>' || E'\n'
        || array_to_string(fact_rows, E'\n') || E'\n</tbody></table></section>' || E'\n'
        || '<section id="repairs"><h2>Repairs (' || n_repairs || ')</h2>' || E'\n'
        || CASE WHEN n_repairs = 0 THEN '<p>normalize changed nothing.</p>' ELSE
           '<table><thead><tr><th>line</th><th>kind</th><th>before</th><th>after</th></tr></thead><tbody>' || E'\n'
           || repairs_html || E'\n</tbody></table>'
           || CASE WHEN n_repairs > max_repairs
                   THEN '<p>' || (n_repairs - max_repairs) || ' more: SELECT * FROM luohuplan.repairs(body).</p>'
                   ELSE '' END END
        || '</section>' || E'\n'
        || '</body></html>' || E'\n';
END
$$;
COMMENT ON FUNCTION @extschema@.report_html(bigint) IS
'One self-contained HTML page (inline CSS, nothing loaded from outside, all text escaped) showing a stored report: its metadata, the headline table, the clean text with every fact marked (colour by status: actual green, target blue, estimate amber; headline facts strong; the title of a mark gives indicator, period and its basis, value, unit, qualifier and the original text from reports.body), a table of all facts with their original text, and the repairs normalize made. 02000 (no_data_found) for an unknown report. Save it with psql: \pset format unaligned \pset tuples_only on \o report.html.';
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
-- roles granted SELECT: raw documents may be drafts.  The indicator and
-- region dictionaries are reference data every caller may need (extract
-- and report_meta read the rows users added): readable by all.
-- ---------------------------------------------------------------------
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
REVOKE ALL ON @extschema@.reports, @extschema@.facts FROM PUBLIC;
GRANT SELECT ON @extschema@.indicators TO PUBLIC;
GRANT SELECT ON @extschema@.regions TO PUBLIC;
GRANT SELECT ON @extschema@.units TO PUBLIC;
