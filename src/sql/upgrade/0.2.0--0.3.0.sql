-- luohuplan 0.2.0 -> 0.3.0.  The reference rows the extension ships are
-- refreshed at the end of the script (build/reference_refresh.sql).
\echo Use "ALTER EXTENSION luohuplan UPDATE TO '0.3.0'" to load this file. \quit


-- ---------------------------------------------------------------------
-- The indicator catalogue (h-catalog): indicators gain topic, direction,
-- flow_of and part_of; the rows users add to indicators and regions reach
-- the extractor of every backend (trigger catalogue_changed, extract and
-- report_meta STABLE), so store_facts no longer patches facts in SQL;
-- lower_is_better reads indicators.direction; target_met rejects unknown
-- qualifiers; regions are readable by all like indicators.  The shipped
-- rows with the new columns come with the refresh at the end.
-- ---------------------------------------------------------------------
ALTER TABLE @extschema@.indicators
    ADD COLUMN topic text,
    ADD COLUMN direction text CHECK (direction IN ('lower', 'higher')),
    ADD COLUMN flow_of text,
    ADD COLUMN part_of text;

COMMENT ON TABLE @extschema@.indicators IS 'Canonical indicators: code, Chinese name, aliases, English name, default unit, National Bureau of Statistics name, topic, direction, and the stock a flow adds to or the total a part belongs to. Add rows (user_defined) to teach luohuplan new indicators: extract, ingest and reextract apply them in every session from the next statement on.';
COMMENT ON COLUMN @extschema@.indicators.name_zh IS 'Chinese name; like an alias, a subject it ends names this indicator.';
COMMENT ON COLUMN @extschema@.indicators.aliases IS 'Other names the reports use for it (simplified; traditional text is converted first). The longest name or alias ending a subject wins; one starting with = counts only as the whole subject (=经济); 甲*乙 is 甲, anything, then 乙 ending the subject. A user row''s name wins over the same shipped name.';
COMMENT ON COLUMN @extschema@.indicators.user_defined IS 'False for rows shipped with the extension; true for rows users add (kept by pg_dump and by upgrades; a user row with a shipped code replaces the shipped row).';
COMMENT ON COLUMN @extschema@.indicators.topic IS 'Subject area: output, industry, investment, consumption, trade, fiscal, finance, prices, income, employment, population, agriculture, energy, environment, innovation, digital, education, health, social, housing, business, safety, tourism, transport.';
COMMENT ON COLUMN @extschema@.indicators.direction IS 'lower when a lower value is the better result (PM2.5, energy per GDP, unemployment, accident deaths, CPI: their targets are ceilings), higher when a higher one is, NULL when neither. Read by luohuplan.lower_is_better.';
COMMENT ON COLUMN @extschema@.indicators.flow_of IS 'For a flow, the code of the stock it adds to (new_high_tech_firms, 新认定 N家, adds to high_tech_firms, 总数 N家); a flow word such as 新增 before the stock''s name gives the flow code.';
COMMENT ON COLUMN @extschema@.indicators.part_of IS 'For a part, the code of the total it belongs to (preschool_places, 学前学位, is part of school_places, 学位).';

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
CREATE TRIGGER regions_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON @extschema@.regions FOR EACH STATEMENT
    EXECUTE FUNCTION @extschema@.catalogue_changed();
COMMENT ON TRIGGER regions_changed ON @extschema@.regions IS
'Tells every backend to reload the user rows of luohuplan.regions (luohuplan.catalogue_changed).';

ALTER FUNCTION @extschema@.extract(text, text) STABLE;
COMMENT ON FUNCTION @extschema@.extract(text, text) IS
'Every quantity mention of a report text as a fact (the facts columns without report_id): subject, indicator, measure, period, status, value, unit, qualifier, base value, line and span. period overrides the period the report reviews (default: inferred). Indicators and regions users added to luohuplan.indicators and luohuplan.regions count like shipped ones (hence STABLE, not IMMUTABLE).';
ALTER FUNCTION @extschema@.report_meta(text) STABLE;
COMMENT ON FUNCTION @extschema@.report_meta(text) IS
'Metadata inferred from a report text: title, region and its GB/T 2260 code (regions users added to luohuplan.regions count like shipped ones), year and period reviewed, kind (plan_execution, work_report, news, statistics).';

CREATE OR REPLACE FUNCTION @extschema@.store_facts(id bigint) RETURNS integer
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
    SELECT r.report_id, x.seq, x.line, x.span_start, x.span_end, x.evidence, x.section, x.period,
           x.status, x.subject, x.indicator, x.measure, x.value, x.value_hi, x.unit,
           x.qualifier, x.base_value, x.base_value_hi, x.base_unit, x.headline, x.like_for_like
      FROM @extschema@.reports r,
           LATERAL @extschema@.extract(r.clean, r.period) x
     WHERE r.report_id OPERATOR(pg_catalog.=) id;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.store_facts(bigint) IS
'Replaces the facts of one stored report with a fresh extraction of its clean text (with the indicators and regions users added, like the shipped ones). Used by ingest and reextract.';

CREATE OR REPLACE FUNCTION @extschema@.lower_is_better(indicator text, measure text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
RETURN COALESCE(measure OPERATOR(pg_catalog.=) 'rank', false)
       OR COALESCE((SELECT i.direction OPERATOR(pg_catalog.=) 'lower'
                      FROM @extschema@.indicators i
                     WHERE i.code OPERATOR(pg_catalog.=) indicator), false);

COMMENT ON FUNCTION @extschema@.lower_is_better(text, text) IS 'True when a lower value is the better result: any rank (第3位 beats 第5位), and the indicators whose direction in luohuplan.indicators is lower (PM2.5, energy, water, land and CO2 per unit of GDP, unemployment rates, accident and death rates, CPI, ...; users set it for their own rows). target_met reads a plain or approximate target for them as a ceiling.';

CREATE OR REPLACE FUNCTION @extschema@.target_met(qualifier text, target numeric, target_hi numeric,
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

GRANT SELECT ON @extschema@.regions TO PUBLIC;
-- ---------------------------------------------------------------------
-- Nothing lost, nothing counted twice (issue 15; the loader and id points
-- of issue 16).  reports and facts are registered with
-- pg_extension_config_dump so pg_dump keeps them; an event trigger keeps
-- DROP EXTENSION without CASCADE from deleting loaded reports; copies of
-- one text share reports.text_sha256 and the views count distinct texts;
-- metadata is validated (check_meta), can be corrected (set_meta) and
-- takes published; ingest takes on_error and lists what it replaced
-- (bad_bytes, replaced_bytes); a report_id collision fails loudly; the
-- source index is a hash index (names of any length).
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

ALTER TABLE @extschema@.reports
    ADD COLUMN published date,
    ADD COLUMN meta jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN text_sha256 text GENERATED ALWAYS AS (@extschema@.text_sha256(clean)) STORED;
-- hash, not btree: a source name (a URL) of any length can be indexed
DROP INDEX @extschema@.reports_source_idx;
CREATE INDEX reports_source_idx ON @extschema@.reports USING hash (source);
CREATE INDEX reports_text_sha256_idx ON @extschema@.reports (text_sha256);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.reports', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.facts', '');
COMMENT ON COLUMN @extschema@.reports.report_id IS 'Report key, derived from the first 63 bits of sha256(raw); the same bytes always get the same id, and other bytes with the same id fail to load (23505), never silently.';
COMMENT ON COLUMN @extschema@.reports.n_replaced IS 'Byte sequences that could not be decoded and became U+FFFD (0 unless loaded with on_error replace); luohuplan.replaced_bytes lists them.';
COMMENT ON COLUMN @extschema@.reports.published IS 'Date the report was published or crawled, when the user gave it (meta published); NULL when unknown.';
COMMENT ON COLUMN @extschema@.reports.meta IS 'Metadata the user gave (ingest''s meta, corrected with luohuplan.set_meta), validated; every other metadata column was inferred from the text.';
COMMENT ON COLUMN @extschema@.reports.text_sha256 IS 'SHA-256 of clean in hex (luohuplan.text_sha256). Copies of one text (another encoding, glosses or chrome around it) share it: count distinct text_sha256 to count sources.';

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

DROP FUNCTION @extschema@.ingest(bytea, text, jsonb);
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
       f.evidence,
       r.text_sha256
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
COMMENT ON COLUMN @extschema@.fact_values.text_sha256 IS 'SHA-256 of the report''s clean text (reports.text_sha256): copies of one text share it, so count(DISTINCT text_sha256) counts sources.';

CREATE OR REPLACE VIEW @extschema@.series AS
WITH stated AS (
    -- one row per distinct value (compared in base units) and the
    -- sources stating it; value and unit as the latest report wrote them
    SELECT v.region, v.indicator, v.measure, v.period, v.base_value, v.base_unit,
           pg_catalog.max(v.region_code) AS region_code,
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

COMMENT ON VIEW @extschema@.series IS 'The actual value of each indicator per region, measure and period, from every report stating it (facts with status actual, an indicator, a value and a period, of reports with a region). When sources disagree the value stated by the most sources wins (a source is a distinct text: copies of one text count once); ties go to the value of the latest-loaded report (then the report reviewing the latest year, then the larger report_id). Values are compared in base units, so 428.88亿元 and 4288800万元 agree.';
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
COMMENT ON COLUMN @extschema@.series.n_sources IS 'Number of distinct texts stating this value: copies of one text (same reports.text_sha256) count once.';
COMMENT ON COLUMN @extschema@.series.sources IS 'Sources stating this value, comma-separated, in name order (every copy named).';
COMMENT ON COLUMN @extschema@.series.n_values IS 'Number of different values the sources state for this period (1 when they agree; see luohuplan.conflicts).';

CREATE OR REPLACE VIEW @extschema@.target_vs_actual AS
WITH stated AS (
    -- one row per distinct target; the evidence is that of the earliest
    -- report stating it (the one that set it)
    SELECT v.region, v.indicator, v.measure, v.period,
           v.base_value, v.base_value_hi, v.base_unit,
           COALESCE(v.qualifier, 'eq') AS qualifier,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
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
                              actual_in_target_unit,
                              -- lower_is_better(indicator, measure), written out: on
                              -- Citus a function reading a table cannot run in a shard's task
                              measure OPERATOR(pg_catalog.=) 'rank'
                              OR COALESCE(dir.direction OPERATOR(pg_catalog.=) 'lower', false)) AS met
  FROM compared
  LEFT JOIN @extschema@.indicators AS dir ON dir.code = compared.indicator;

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
COMMENT ON COLUMN @extschema@.target_vs_actual.target_n_sources IS 'Number of distinct texts stating this same target (copies count once).';
COMMENT ON COLUMN @extschema@.target_vs_actual.target_evidence IS 'The clause the target was read from.';
COMMENT ON COLUMN @extschema@.target_vs_actual.actual_value IS 'Actual value for the period (luohuplan.series), in actual_unit; NULL when none is known yet.';
COMMENT ON COLUMN @extschema@.target_vs_actual.actual_unit IS 'Unit of actual_value.';
COMMENT ON COLUMN @extschema@.target_vs_actual.actual_source IS 'Sources stating the actual value, comma-separated.';
COMMENT ON COLUMN @extschema@.target_vs_actual.gap IS 'Actual minus target (lower end for a range), in target_unit; NULL when there is no actual or its unit cannot be converted.';
COMMENT ON COLUMN @extschema@.target_vs_actual.met IS 'Whether the actual meets the target given its qualifier (luohuplan.target_met); NULL when there is no comparable actual yet.';

CREATE OR REPLACE VIEW @extschema@.conflicts AS
WITH keyed AS (
    SELECT v.region, v.indicator, v.measure, v.period, v.status,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
           pg_catalog.count(DISTINCT v.unit) AS n_units,
           pg_catalog.count(DISTINCT v.base_unit) AS n_base_units,
           pg_catalog.min(v.value) AS min_value, pg_catalog.max(v.value) AS max_value,
           pg_catalog.min(v.base_value) AS min_base, pg_catalog.max(v.base_value) AS max_base,
           pg_catalog.max(v.unit) AS unit, pg_catalog.max(v.base_unit) AS base_unit
      FROM @extschema@.fact_values AS v
     WHERE v.indicator IS NOT NULL AND v.period IS NOT NULL AND v.region IS NOT NULL
     GROUP BY v.region, v.indicator, v.measure, v.period, v.status
    HAVING pg_catalog.count(DISTINCT v.text_sha256) > 1
), stated AS (
    SELECT v.region, v.indicator, v.measure, v.period, v.status, v.base_value, v.base_unit,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
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

COMMENT ON VIEW @extschema@.conflicts IS 'Quantities (region, indicator, measure, period, status) that different sources (distinct texts: copies of one text count once) state with different values, one row per quantity with every value and who states it. Values are compared in base units: 120亿元 and 1200000万元 agree. With two or more sources and two or more values there is always a pair of different sources stating different values.';
COMMENT ON COLUMN @extschema@.conflicts.region IS 'Region the quantity is for.';
COMMENT ON COLUMN @extschema@.conflicts.region_code IS 'GB/T 2260 code of the region.';
COMMENT ON COLUMN @extschema@.conflicts.indicator IS 'Canonical indicator code.';
COMMENT ON COLUMN @extschema@.conflicts.measure IS 'level, growth, share, change, rank or plan_completion.';
COMMENT ON COLUMN @extschema@.conflicts.period IS 'Period the quantity is for.';
COMMENT ON COLUMN @extschema@.conflicts.status IS 'actual, target or estimate.';
COMMENT ON COLUMN @extschema@.conflicts.n_values IS 'Number of different values stated.';
COMMENT ON COLUMN @extschema@.conflicts.n_sources IS 'Number of distinct texts stating the quantity (copies count once).';
COMMENT ON COLUMN @extschema@.conflicts.min_value IS 'Smallest value stated, in unit; NULL when the values have different base units.';
COMMENT ON COLUMN @extschema@.conflicts.max_value IS 'Largest value stated, in unit; NULL when the values have different base units.';
COMMENT ON COLUMN @extschema@.conflicts.unit IS 'Unit of min_value and max_value: the one all sources used, else the base unit.';
COMMENT ON COLUMN @extschema@.conflicts.stated IS 'Each value with the sources stating it, "value unit @ source, source", separated by " | ", most-stated first.';

CREATE OR REPLACE VIEW @extschema@.commitments AS
WITH promised AS (
    SELECT v.region, v.subject, v.indicator, v.period,
           v.base_value, v.base_value_hi, v.base_unit,
           COALESCE(v.qualifier, 'eq') AS qualifier,
           pg_catalog.max(v.region_code) AS region_code,
           pg_catalog.max(v.period_end) AS period_end,
           pg_catalog.count(DISTINCT v.text_sha256) AS n_sources,
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
                              -- lower_is_better(p.indicator, 'level'), written out (see target_vs_actual)
                              COALESCE(dir.direction OPERATOR(pg_catalog.=) 'lower', false)) AS met
  FROM promised AS p
  JOIN @extschema@.fact_values AS t ON t.report_id = p.report_id AND t.seq = p.seq
  LEFT JOIN followed AS f ON f.p_report_id = p.report_id AND f.p_seq = p.seq AND f.pick = 1
  LEFT JOIN @extschema@.fact_values AS a ON a.report_id = f.report_id AND a.seq = f.seq
  LEFT JOIN @extschema@.indicators AS dir ON dir.code = p.indicator;

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
COMMENT ON COLUMN @extschema@.commitments.n_sources IS 'Number of distinct texts stating this same commitment (copies count once).';
COMMENT ON COLUMN @extschema@.commitments.section IS 'Heading of the section the commitment stands in.';
COMMENT ON COLUMN @extschema@.commitments.evidence IS 'The clause the commitment was read from.';
COMMENT ON COLUMN @extschema@.commitments.actual_period IS 'Period of the follow-up actual; NULL when none is known yet.';
COMMENT ON COLUMN @extschema@.commitments.actual_value IS 'Amount actually delivered, in actual_unit.';
COMMENT ON COLUMN @extschema@.commitments.actual_unit IS 'Unit of actual_value.';
COMMENT ON COLUMN @extschema@.commitments.actual_source IS 'Source of the follow-up actual.';
COMMENT ON COLUMN @extschema@.commitments.actual_evidence IS 'The clause the actual was read from.';
COMMENT ON COLUMN @extschema@.commitments.met IS 'Whether the actual meets the commitment (luohuplan.target_met); NULL when there is no comparable actual yet.';

-- ---------------------------------------------------------------------
-- Citus (issue 18): every query of ingest and store_facts names the report
-- by report_id, so it goes to one shard and the facts are inserted on the
-- worker that holds the report (store_facts above inserts r.report_id);
-- reextract() loops over the reports in the caller's backend (a query
-- calling reextract(report_id) over the distributed reports fails).
-- ---------------------------------------------------------------------
DROP FUNCTION @extschema@.reextract();
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


-- regions: replica identity FULL (it has no primary key), so logical
-- replication accepts it, and Citus can copy the reference table to a
-- worker added later.
ALTER TABLE @extschema@.regions REPLICA IDENTITY FULL;

-- ---------------------------------------------------------------------
-- Time model (issue 14, h-time): every fact says what decided its period
-- (facts.period_basis, also in extract, headline and fact_values), and
-- extract takes the report's publication date, the anchor of a text that
-- states no year of its own (store_facts passes reports.published).
-- ---------------------------------------------------------------------
ALTER TABLE @extschema@.facts ADD COLUMN period_basis text;
COMMENT ON COLUMN @extschema@.facts.period_basis IS 'What decided period: given (the caller''s), meta, heading (a section heading), sentence (the mention''s sentence), column (a table header), title, delivery (the date line under the title), dateline (the first year in the head), inferred (from the kind of report), publication (a publication date in the text), plan (a stage of a five-year plan: 今年是十四五收官之年), anniversary (挂牌三周年 of a dated event), elapsed (自2016年…8年来), relative (今年, 去年 against the document''s year), published (reports.published); NULL when there is no period. See docs/genre.md, section Time.';

DROP FUNCTION @extschema@.extract(text, text);
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

CREATE OR REPLACE FUNCTION @extschema@.store_facts(id bigint) RETURNS integer
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

CREATE OR REPLACE VIEW @extschema@.headline AS
SELECT DISTINCT ON (f.report_id, f.period, f.status, COALESCE(f.indicator, f.subject), f.measure)
       r.source, f.report_id, r.region, r.region_code, f.period, f.status,
       f.indicator, f.measure, f.value, f.value_hi, f.unit, f.qualifier,
       f.base_value, f.base_value_hi, f.base_unit, f.subject, f.line, f.evidence,
       f.like_for_like, f.period_basis
  FROM @extschema@.facts f
  JOIN @extschema@.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
 WHERE f.headline
 ORDER BY f.report_id, f.period, f.status, COALESCE(f.indicator, f.subject), f.measure,
          f.like_for_like, f.line, f.seq;
COMMENT ON COLUMN @extschema@.headline.period_basis IS 'What decided period (facts.period_basis): heading, title, sentence, anniversary, published, ...';

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
       f.evidence,
       r.text_sha256,
       f.period_basis
  FROM @extschema@.facts AS f
  JOIN @extschema@.reports AS r ON r.report_id = f.report_id
  -- by name only where the name is unique (朝阳区 is in 北京市 and 长春市)
  LEFT JOIN (SELECT name, pg_catalog.min(code) AS code FROM @extschema@.regions
              GROUP BY name HAVING pg_catalog.count(*) = 1) AS g ON g.name = r.region
 WHERE f.value IS NOT NULL;

COMMENT ON COLUMN @extschema@.fact_values.period_basis IS 'What decided period (facts.period_basis): heading, title, sentence, anniversary, published, ...';

-- ---------------------------------------------------------------------
-- Speed (issue 18): the texts of reports compressed with lz4 (see
-- 50_ingest.sql); rows stored before keep their pglz values until
-- rewritten.
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

-- ---------------------------------------------------------------------
-- The analyst's desk (issue 17, h-desk): a units glossary; regions with
-- pinyin and English names (their rows come with the refresh at the end,
-- the units' too); functions under names pg_catalog cannot shadow
-- (normalize_text, extract_facts, decode_text, convert_unit); chart-ready
-- series (status, year, months, granularity, value_std in the default
-- unit), series_wide, sparklines on the time axis that reject unknown
-- names; conflicts within written rounding; one target_vs_actual row per
-- target with every source; commitments followed up within region,
-- subject, base unit and the promise's window.  The analysis views change
-- columns, so they are dropped and made again (a user view on them makes
-- the upgrade fail rather than vanish).
-- ---------------------------------------------------------------------
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
GRANT SELECT ON @extschema@.units TO PUBLIC;

ALTER TABLE @extschema@.regions ADD COLUMN pinyin text, ADD COLUMN name_en text;
COMMENT ON COLUMN @extschema@.regions.pinyin IS 'Short name in Hanyu Pinyin without tones (Luohu, Xi''an), for readers and sorting; NULL when not known (rows users add may leave it out).';
COMMENT ON COLUMN @extschema@.regions.name_en IS 'English name: pinyin and the English of the level (Luohu District, Shenzhen City, Guangdong Province, Beijing Municipality, Xinjiang Uygur Autonomous Region).';

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

DROP FUNCTION @extschema@.sparkline(text, text, text, integer);
DROP FUNCTION @extschema@.sparkline(text, text, text);
DROP VIEW @extschema@.commitments;
DROP VIEW @extschema@.conflicts;
DROP VIEW @extschema@.target_vs_actual;
DROP VIEW @extschema@.series_overview;
DROP VIEW @extschema@.series;
DROP VIEW @extschema@.fact_values;

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

-- The semantic layer in stages (issue 13): the SQL helpers read the word
-- lists of the core (src/data/words.tsv, kinds count_unit and task_section)
-- through word_in and is_word instead of lists of their own.
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

CREATE OR REPLACE FUNCTION @extschema@.is_count_unit(unit text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.is_word('count_unit', unit);

COMMENT ON FUNCTION @extschema@.is_count_unit(text) IS 'True when unit counts things (个, 所, 家, 套, 项, 座, 人 ...: the kind count_unit of src/data/words.tsv): a target in such units is a commitment to deliver so many of them.';

CREATE OR REPLACE FUNCTION @extschema@.is_task_section(section text) RETURNS boolean
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.word_in('task_section', section);

COMMENT ON FUNCTION @extschema@.is_task_section(text) IS 'True when a section heading announces tasks (任务, 重点工作, 工作安排, 举措, 实事, 项目 ...: the kind task_section of src/data/words.tsv) rather than results or indicator targets.';

-- Provenance (h-page, issues 16 and 17): spans into body (align_span,
-- align_spans, body_span, the view fact_quotes), html_escape and the
-- provenance page report_html.  New objects only, as in
-- src/sql/65_provenance.sql.
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
-- Headline (issue 14, the document model): a bound stated beside the
-- exact value in one sentence ("突破4000亿元大关，达4150亿元") is a row of
-- its own (HEADLINE_SPEC.md: two figures, two rows).  Same columns.
-- ---------------------------------------------------------------------
CREATE OR REPLACE VIEW @extschema@.headline AS
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

