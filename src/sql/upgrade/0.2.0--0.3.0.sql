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
    IF pg_catalog.btrim(cleaned, E' \t\n\r\f\x0b\u00a0\u3000\ufeff\u200b') = '' THEN
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
