
-- ---------------------------------------------------------------------
-- Loading: ingest stores a report and its facts in the caller's
-- transaction; the same bytes always give the same report_id.
-- ---------------------------------------------------------------------
-- Storage: the two texts of a report (raw and clean) are compressed with
-- lz4 when the server is built with it: pglz, the default, took more of
-- ingest's time than extraction (29 MB of 200 work reports: pglz 2.7 s,
-- lz4 0.57 s, 18 MB against 19 MB).
DO $$
BEGIN
    IF 'lz4' OPERATOR(pg_catalog.=) ANY (SELECT pg_catalog.unnest(s.enumvals) FROM pg_catalog.pg_settings s
                      WHERE s.name OPERATOR(pg_catalog.=) 'default_toast_compression') THEN
        ALTER TABLE @extschema@.reports ALTER COLUMN raw SET COMPRESSION lz4,
            ALTER COLUMN clean SET COMPRESSION lz4;
    END IF;
END
$$;

-- The decoded text of a report, derived from the bytes as received instead
-- of stored beside them: decode is deterministic, and the encoding stored
-- is the one ingest used.  'replace' gives the U+FFFD a report loaded with
-- on_error replace holds (n_replaced); a report loaded strict has none.
-- Called as body(r), or r.body where luohuplan is in search_path.
CREATE FUNCTION @extschema@.body(raw bytea, encoding text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT d.body FROM @extschema@.decode_report(raw, encoding, 'replace') AS d;
END;
COMMENT ON FUNCTION @extschema@.body(bytea, text) IS
'The decoded text of a stored report from its raw bytes and encoding: decode_report(raw, encoding, ''replace''), without a NOTICE. body(r) for a row of reports; the views and functions call this one (on Citus a shard''s row is of another type).';

CREATE FUNCTION @extschema@.body(r @extschema@.reports) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.body(r.raw, r.encoding);
COMMENT ON FUNCTION @extschema@.body(@extschema@.reports) IS
'The decoded text of a stored report (UTF-8, BOM dropped, otherwise unchanged): decode_report(raw, encoding, ''replace''), the text ingest cleaned into reports.clean, line for line. Not stored (0.4.0): written luohuplan.body(r), or r.body with luohuplan in search_path.';

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

-- The facts of one report written in one pass (pg_store.c): its row in
-- reports read and locked FOR KEY SHARE once, where the foreign key checked
-- every fact with a query of its own (19 % of a load's instructions).
CREATE FUNCTION @extschema@.insert_facts(id bigint) RETURNS integer
AS 'MODULE_PATHNAME', 'luohuplan_insert_facts'
LANGUAGE C VOLATILE STRICT;
COMMENT ON FUNCTION @extschema@.insert_facts(bigint) IS
'Used by store_facts: inserts the facts of stored report id (extract of its clean text, evidence located as evidence_at does) and returns their number, 0 when there is no such report. The report row is locked FOR KEY SHARE once, as the foreign key facts -> reports checks it, so its per-row check is not queued; rows inserted any other way are checked as before. NULL (nothing written) where facts needs an ordinary INSERT: a trigger on insert besides that foreign key, row-level security, Citus, a changed table, privileges on columns only.';

CREATE FUNCTION @extschema@.store_facts(id bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n integer;
BEGIN
    DELETE FROM @extschema@.facts f WHERE f.report_id OPERATOR(pg_catalog.=) id;
    -- the same rows written in C, the report checked once (insert_facts);
    -- NULL where facts must be written by INSERT (Citus, triggers, ...)
    n := @extschema@.insert_facts(id);
    IF n IS NOT NULL THEN
        RETURN n;
    END IF;
    -- the clause is stored as where it stands in clean (evidence_at), as
    -- text only when no line holds it; OFFSET 0 keeps the subquery e from
    -- being pulled up, which would call evidence_at once per use of e.at
    INSERT INTO @extschema@.facts (report_id, seq, line, span_start, span_end, evidence_start,
           evidence_end, evidence_stored, section, period, status, subject, indicator, measure,
           value, value_hi, unit, qualifier, base_value, base_value_hi, base_unit, headline,
           like_for_like, period_basis, region)
    SELECT r.report_id, x.seq, x.line, x.span_start, x.span_end, e.at,
           e.at OPERATOR(pg_catalog.+) pg_catalog.octet_length(x.evidence),
           CASE WHEN e.at IS NULL THEN x.evidence END, x.section, x.period,
           x.status, x.subject, x.indicator, x.measure, x.value, x.value_hi, x.unit,
           x.qualifier, x.base_value, x.base_value_hi, x.base_unit, x.headline, x.like_for_like,
           x.period_basis, x.region
      FROM @extschema@.reports r,
           LATERAL @extschema@.extract(r.clean, r.period, r.published, r.source) x,
           LATERAL (SELECT @extschema@.evidence_at(r.clean, x.line, x.span_start, x.evidence) AS at
                    OFFSET 0) e
     WHERE r.report_id OPERATOR(pg_catalog.=) id;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.store_facts(bigint) IS
'Replaces the facts of one stored report with a fresh extraction of its clean text (with the indicators and regions users added, like the shipped ones; its publication date places a text that states no year). Used by ingest and reextract.';

-- stored_report (a function with a setting of its own, which reads the row
-- again) is called only for an id that has a row: a new report, the loader's
-- usual call, has none (the call was 3 % of a small document's ingest).
-- A blank text is one with no character outside the white space listed: the
-- regular expression stops at the first other one (btrim read the whole text),
-- but converts the whole text to wide characters first, so it is asked of the
-- first 64 characters before the whole text.
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
    -- check_meta's error raised again here; no meta: no block, no subtransaction
    IF ingest.meta IS NULL THEN given := '{}'; ELSE
    BEGIN
        given := pg_catalog.jsonb_strip_nulls(COALESCE(@extschema@.check_meta(ingest.meta), '{}'));
    EXCEPTION WHEN invalid_parameter_value THEN
        GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
        IF hint = '' THEN
            RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg, DETAIL = detail;
        END IF;
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = msg, DETAIL = detail, HINT = hint;
    END; END IF;
    digest := pg_catalog.sha256(raw);
    id := @extschema@.report_id_of(digest);
    PERFORM 1 FROM @extschema@.reports x WHERE x.report_id OPERATOR(pg_catalog.=) id;
    IF FOUND AND @extschema@.stored_report(id, digest, given) THEN
        RETURN id;
    END IF;

    SELECT * INTO d FROM @extschema@.decode_report(raw, COALESCE(given ->> 'encoding', 'auto'),
                                                   pg_catalog.lower(on_error));
    cleaned := @extschema@.normalize(d.body);
    IF pg_catalog.substr(cleaned, 1, 64) OPERATOR(pg_catalog.!~) E'[^ \t\n\r\f\x0b\u00a0\u3000\ufeff\u200b]'
       AND cleaned OPERATOR(pg_catalog.!~) E'[^ \t\n\r\f\x0b\u00a0\u3000\ufeff\u200b]' THEN
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
    -- no meta given (the loader's usual call): the inferred metadata as they
    -- are, without report_meta(doc, meta), whose SQL body the planner reads
    -- and inlines anew at every call (4 % of a load's instructions)
    IF given OPERATOR(pg_catalog.=) '{}'::jsonb THEN
        SELECT i.title, i.region, i.region_code, i.year, i.period, i.kind, NULL::date AS published
          INTO m FROM @extschema@.report_meta(cleaned) AS i;
    ELSE
        SELECT * INTO m FROM @extschema@.report_meta(cleaned, given);
    END IF;

    INSERT INTO @extschema@.reports (report_id, source, raw, sha256, encoding, clean,
                title, region, region_code, year, period, kind, n_replaced, published, meta)
    VALUES (id, source, raw, digest, d.used_encoding, cleaned,
            m.title, m.region, m.region_code, m.year, m.period, m.kind, d.n_replaced,
            m.published, given)
    ON CONFLICT (report_id) DO NOTHING;
    IF NOT FOUND THEN
        -- another session stored this id first: its row wins (or collides)
        PERFORM @extschema@.stored_report(id, digest, given);
        RETURN id;
    END IF;
    -- the report is new, so no fact names it yet (the foreign key): its
    -- facts are written without store_facts' DELETE, and by store_facts
    -- where facts must be written by INSERT (insert_facts gives NULL)
    IF @extschema@.insert_facts(id) IS NULL THEN
        PERFORM @extschema@.store_facts(id);
    END IF;
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
    UPDATE @extschema@.reports r SET clean = @extschema@.normalize(@extschema@.body(r.raw, r.encoding))
     WHERE r.report_id OPERATOR(pg_catalog.=) id;
    RETURN @extschema@.store_facts(id);
END
$$;
COMMENT ON FUNCTION @extschema@.reextract(bigint) IS
'Re-cleans one stored report from its decoded text (luohuplan.body) and replaces its facts atomically (after an upgrade of the extension); returns the number of facts.';

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
'Every byte sequence of raw that decode(raw, encoding, on_error => ''replace'') turns into U+FFFD, in order: its byte offset in raw (0-based), length, the 1-based line of the decoded text it stands on (the same line in reports.clean and in luohuplan.body) and the bytes in hex. No rows when raw decodes cleanly.';

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
COMMENT ON COLUMN @extschema@.replaced_bytes.line IS '1-based line of reports.clean (and of the decoded text, luohuplan.body) holding the U+FFFD.';
COMMENT ON COLUMN @extschema@.replaced_bytes.bytes IS 'The bad bytes in hex (0xff, 0xa3 0x20).';

-- ---------------------------------------------------------------------
-- Headline indicators: the report's summary lists of results and targets
-- (or, in reposts without such a list, the sentences stating known
-- indicators); one row per report, period, status, indicator and measure,
-- and a second for a bound stated beside the exact value in one sentence
-- ("突破4000亿元大关，达4150亿元": two figures, two rows).
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.headline AS
SELECT DISTINCT ON (f.report_id, f.region, f.period, CASE f.status WHEN 'estimate' THEN 'actual' ELSE f.status END, COALESCE(f.indicator, f.subject), f.measure,
                    f.bound_beside_exact, f.second_target)
       r.source, f.report_id, COALESCE(f.region, r.region) AS region,
       CASE WHEN f.region IS NULL THEN r.region_code END AS region_code, f.period, f.status,
       f.indicator, f.measure, f.value, f.value_hi, f.unit, f.qualifier,
       f.base_value, f.base_value_hi, f.base_unit, f.subject, f.line, f.evidence,
       f.like_for_like, f.period_basis
  FROM (SELECT g.*,
               COALESCE(g.qualifier OPERATOR(pg_catalog.=) ANY (ARRAY['gt', 'ge']) AND
                        g.base_value OPERATOR(pg_catalog.<=) pg_catalog.max(g.base_value)
                            FILTER (WHERE g.qualifier OPERATOR(pg_catalog.=) ANY (ARRAY['eq', 'approx'])) OVER (
                            PARTITION BY g.report_id, g.line, g.evidence, g.period, CASE g.status WHEN 'estimate' THEN 'actual' ELSE g.status END,
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
          FROM (SELECT x.report_id, x.seq, x.line, x.period, x.status, x.subject, x.indicator,
                       x.measure, x.value, x.value_hi, x.unit, x.qualifier, x.base_value,
                       x.base_value_hi, x.base_unit, x.like_for_like, x.period_basis, x.region,
                       @extschema@.evidence_of(xr.clean, x.evidence_start, x.evidence_end,
                                               x.evidence_stored) AS evidence
                  FROM @extschema@.facts x
                  JOIN @extschema@.reports xr ON xr.report_id OPERATOR(pg_catalog.=) x.report_id
                 WHERE x.headline) g) f
  JOIN @extschema@.reports r ON r.report_id OPERATOR(pg_catalog.=) f.report_id
 ORDER BY f.report_id, f.region, f.period, CASE f.status WHEN 'estimate' THEN 'actual' ELSE f.status END, COALESCE(f.indicator, f.subject), f.measure,
          f.bound_beside_exact, f.second_target, f.like_for_like, f.line, f.seq;
COMMENT ON VIEW @extschema@.headline IS 'Headline indicators of each report: its summary lists of results and targets, one row per report, period, status, indicator and measure, and per jurisdiction in news rounding up several governments'' sessions (facts.region) (an estimate, 预计, and an actual of one figure are one row; and one more for a bound stated beside the exact value in the same sentence, 突破4000亿元，达4150亿元, and for a second target figure in the sentence, 增长6%、力争7%). Qualitative lines have measure qualitative and no value.';
COMMENT ON COLUMN @extschema@.headline.source IS 'Source name of the report.';
COMMENT ON COLUMN @extschema@.headline.report_id IS 'Report id (luohuplan.reports).';
COMMENT ON COLUMN @extschema@.headline.region IS 'Region the row is about: the fact''s own in a roundup of several sessions (facts.region), else the report''s.';
COMMENT ON COLUMN @extschema@.headline.region_code IS 'GB/T 2260 code of the report''s region (NULL for a roundup''s row of another jurisdiction).';
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
