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
    SELECT id, x.seq, x.line, x.span_start, x.span_end, x.evidence, x.section, x.period,
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
