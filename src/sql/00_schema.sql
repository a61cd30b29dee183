-- luohuplan install script, assembled from src/sql/*.sql in name order.
\echo Use "CREATE EXTENSION luohuplan" to load this file. \quit

-- ---------------------------------------------------------------------
-- Reports: raw bytes exactly as received, the cleaned text the facts point
-- into, and metadata inferred from the report.  The decoded text is not
-- stored: decoding is deterministic, so luohuplan.body(r) gives it back
-- from raw and encoding (issue 18: it was a third of the reports' bytes).
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
-- as they are): encode(sha256(convert_to(t, 'UTF8')), 'hex') in C
-- (pg_digest.c), a fixed function of its input, which a generated column
-- needs; the extension requires UTF8 (control file).
CREATE FUNCTION @extschema@.text_sha256(t text) RETURNS text
AS 'MODULE_PATHNAME', 'luohuplan_text_sha256'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.text_sha256(text) IS
'SHA-256 of a text''s UTF-8 bytes in hex: reports.text_sha256 is text_sha256(clean), the same for every copy of one text.';

CREATE TABLE @extschema@.reports (
    report_id   bigint PRIMARY KEY,
    source      text NOT NULL,
    raw         bytea NOT NULL,
    sha256      bytea NOT NULL,
    encoding    text NOT NULL,
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

COMMENT ON TABLE @extschema@.reports IS 'One row per distinct report loaded with luohuplan.ingest: the raw bytes as received, the cleaned text, and inferred metadata; luohuplan.body(r) gives the decoded text.';
COMMENT ON COLUMN @extschema@.reports.report_id IS 'Report key, derived from the first 63 bits of sha256(raw); the same bytes always get the same id, and other bytes with the same id fail to load (23505), never silently.';
COMMENT ON COLUMN @extschema@.reports.source IS 'Name the report was loaded under (file name, URL), as given to ingest.';
COMMENT ON COLUMN @extschema@.reports.raw IS 'The bytes exactly as received, bit for bit.';
COMMENT ON COLUMN @extschema@.reports.sha256 IS 'SHA-256 of raw. report_id is derived from it, so the same bytes are stored once.';
COMMENT ON COLUMN @extschema@.reports.encoding IS 'Encoding raw was decoded from (UTF-8, GBK, GB18030, BIG5, UTF-16LE, ...).';
COMMENT ON COLUMN @extschema@.reports.clean IS 'The decoded text (luohuplan.body) after luohuplan.normalize: same lines, repaired and simplified; facts point into it.';
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
-- A fact's evidence, the clause it was read from, is a range of bytes of
-- its report's clean text (evidence_start, evidence_end), not a copy: the
-- copies were 42 % of the bytes of facts (issue 18).  Only a clause on no
-- one line (a sentence wrapped at the page width, joined by the extractor)
-- is stored as text.  luohuplan.evidence(f) (f.evidence) and the views give
-- the clause.
-- ---------------------------------------------------------------------
CREATE TABLE @extschema@.facts (
    report_id     bigint NOT NULL REFERENCES @extschema@.reports ON DELETE CASCADE,
    seq           integer NOT NULL,
    line          integer NOT NULL,
    span_start    integer NOT NULL,
    span_end      integer NOT NULL,
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
    evidence_start integer,
    evidence_end  integer,
    evidence_stored text,
    region        text,
    PRIMARY KEY (report_id, seq),
    CONSTRAINT facts_evidence_given
        CHECK (evidence_stored IS NOT NULL OR (evidence_start IS NOT NULL AND evidence_end IS NOT NULL))
);
-- only facts of a known indicator: the others (84 % of the facts of 200
-- real-size reports) are never looked up by indicator, and each index entry
-- costs the ingest a btree insertion
CREATE INDEX facts_indicator_idx ON @extschema@.facts (indicator, period) WHERE indicator IS NOT NULL;
SELECT pg_catalog.pg_extension_config_dump('@extschema@.facts', '');

COMMENT ON TABLE @extschema@.facts IS 'Every quantity mention of every report, with what it measures, its period, status and provenance.';
COMMENT ON COLUMN @extschema@.facts.report_id IS 'Report the fact was read from (luohuplan.reports).';
COMMENT ON COLUMN @extschema@.facts.seq IS 'Order of the fact within its report, from 1.';
COMMENT ON COLUMN @extschema@.facts.line IS '1-based line of the report text (the same in clean and in the decoded text, luohuplan.body).';
COMMENT ON COLUMN @extschema@.facts.span_start IS '0-based character offset in the clean line where the mention starts.';
COMMENT ON COLUMN @extschema@.facts.span_end IS 'Character offset in the clean line just past the mention.';
COMMENT ON COLUMN @extschema@.facts.evidence_start IS '0-based byte offset (UTF-8) in reports.clean where the clause the fact was read from starts (NULL when evidence_stored holds it); luohuplan.evidence(f), written f.evidence, gives the clause.';
COMMENT ON COLUMN @extschema@.facts.evidence_end IS 'Byte offset in reports.clean just past the clause the fact was read from (NULL when evidence_stored holds it).';
COMMENT ON COLUMN @extschema@.facts.evidence_stored IS 'The clause the fact was read from, as text, when no range of reports.clean holds it (a sentence wrapped at the page width that the extractor joined, a fact inserted by hand); NULL otherwise. Read the clause with luohuplan.evidence(f).';
COMMENT ON COLUMN @extschema@.facts.section IS 'Heading of the section the fact stands in.';
COMMENT ON COLUMN @extschema@.facts.period IS 'Period the value is for: 2021, 2023H1, 2016Q1; in a text naming no year of its own, the period relative to the text''s year Y that its sentence names (YH1 上半年, Y-1 去年, Y-1H1 去年上半年, Y+1 明年, Y the whole year a release of part of it sets a target for; period_basis relative or sentence), NULL for the text''s own year otherwise.';
COMMENT ON COLUMN @extschema@.facts.period_basis IS 'What decided period: given (the caller''s), meta, heading (a section heading), sentence (the mention''s sentence), column (a table header), title, delivery (the date line under the title), dateline (the first year in the head), inferred (from the kind of report), publication (a publication date in the text), plan (a stage of a five-year plan: 今年是十四五收官之年), anniversary (挂牌三周年 of a dated event), elapsed (自2016年…8年来), relative (今年, 去年 against the document''s year), published (reports.published), session (a national congress session the text names: 十四届全国人大二次会议 is 2024), address (the date path of the page''s address saved as its first line, in a text naming no year of its own: …/202511/t20251103_…), source (the year of the name the report was loaded under, reports.source, in a text naming no year and given no publication date: sanmenxia-2021-h1.txt); NULL when there is no period. See docs/genre.md, section Time.';
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
COMMENT ON COLUMN @extschema@.facts.region IS 'The jurisdiction a fact is of when it is not the report''s: in news rounding up several governments'' sessions (嘉兴市十届人大四次会议… / 赤峰市六届人大三次会议…), the region named by the session of the fact''s paragraph; NULL for every other fact (the report''s region, reports.region).';

-- Evidence as a byte range of the clean text (src/pg/pg_evidence.c): each
-- call site keeps the last texts it was given, so the facts of a report
-- detoast its clean text once per query, not once per fact.
CREATE FUNCTION @extschema@.evidence_at(clean text, line integer, span_start integer, evidence text)
RETURNS integer
AS 'MODULE_PATHNAME', 'luohuplan_evidence_at'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.evidence_at(text, integer, integer, text) IS
'Byte offset in clean where evidence (a clause of the 1-based line, as extract returns it) stands: the occurrence holding the character span_start of the line, else the first on the line; NULL when the line does not hold it (a clause joined from lines wrapped at the page width) or clean has no such line. Used by ingest to store facts.evidence_start.';

CREATE FUNCTION @extschema@.evidence_of(clean text, evidence_start integer, evidence_end integer,
                                        evidence_stored text)
RETURNS text
AS 'MODULE_PATHNAME', 'luohuplan_evidence_of'
LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.evidence_of(text, integer, integer, text) IS
'A fact''s evidence from its report''s clean text and facts.evidence_start, evidence_end, evidence_stored: evidence_stored when it is not NULL, else the bytes [evidence_start, evidence_end) of clean. 22023 when they are not a range of whole characters of clean.';

CREATE FUNCTION @extschema@.evidence(f @extschema@.facts) RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN COALESCE(f.evidence_stored,
                (SELECT @extschema@.evidence_of(r.clean, f.evidence_start, f.evidence_end, NULL)
                   FROM @extschema@.reports r WHERE r.report_id OPERATOR(pg_catalog.=) f.report_id));
COMMENT ON FUNCTION @extschema@.evidence(@extschema@.facts) IS
'The clause a fact was read from (the column facts.evidence before 0.4.0), cut from its report''s clean text: written luohuplan.evidence(f), or f.evidence with luohuplan in search_path. The views (headline, fact_values and those over it) have it as a column.';

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
