-- luohuplan 0.2.0 -> 0.3.0.  The reference rows the extension ships are
-- refreshed at the end of the script (build/reference_refresh.sql).
\echo Use "ALTER EXTENSION luohuplan UPDATE TO '0.3.0'" to load this file. \quit

-- ---------------------------------------------------------------------
-- Citus (issue 18): every query of ingest and store_facts names the report
-- by report_id, so it goes to one shard and the facts are inserted on the
-- worker that holds the report; reextract() loops over the reports in the
-- caller's backend (a query calling reextract(report_id) over the
-- distributed reports fails).
-- ---------------------------------------------------------------------
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

CREATE OR REPLACE FUNCTION @extschema@.ingest(raw bytea, source text, meta jsonb DEFAULT NULL)
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

CREATE OR REPLACE FUNCTION @extschema@.reextract() RETURNS bigint
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
-- regions: replica identity FULL (it has no primary key), so logical
-- replication accepts it, and Citus can copy the reference table to a
-- worker added later.
-- ---------------------------------------------------------------------
ALTER TABLE @extschema@.regions REPLICA IDENTITY FULL;
