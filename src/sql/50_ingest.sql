
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
-- no unique index on sha256 alone is needed (Citus refuses one).  On Citus,
-- every query here names the report by report_id, so it goes to one shard:
-- a lookup by sha256 alone would ask every shard, and facts inserted with
-- the variable id instead of r.report_id would travel through the
-- coordinator instead of being inserted on the worker holding the report.

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
    SELECT r.report_id, x.seq, x.line, x.span_start, x.span_end, x.evidence, x.section, x.period,
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
    id := @extschema@.report_id_of(digest);
    PERFORM 1 FROM @extschema@.reports r
     WHERE r.report_id OPERATOR(pg_catalog.=) id AND r.sha256 OPERATOR(pg_catalog.=) digest;
    IF FOUND THEN
        RETURN id;
    END IF;

    SELECT * INTO d FROM @extschema@.decode_report(raw, COALESCE(meta ->> 'encoding', 'auto'), 'strict');
    cleaned := @extschema@.normalize(d.body);
    SELECT * INTO m FROM @extschema@.report_meta(cleaned);

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
         WHERE r.report_id OPERATOR(pg_catalog.=) id AND r.sha256 OPERATOR(pg_catalog.=) digest;
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
