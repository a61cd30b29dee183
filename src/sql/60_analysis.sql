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

-- A period is at most 10 characters (2023M01-11): a longer text is none, found
-- without running the patterns, which widen all of it first.
CREATE FUNCTION @extschema@.period_start(period text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
    WHEN pg_catalog.octet_length(period) > 16 THEN NULL
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
    WHEN pg_catalog.octet_length(period) > 16 THEN NULL
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
    WHEN pg_catalog.octet_length(period) > 16 THEN NULL
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
       @extschema@.evidence_of(r.clean, f.evidence_start, f.evidence_end, f.evidence_stored) AS evidence,
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
     WHERE v.indicator IS NOT NULL AND v.period_start IS NOT NULL AND v.region IS NOT NULL
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
       AND v.period_start IS NOT NULL AND v.region IS NOT NULL
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
               AND v.period_start IS NOT NULL AND v.region IS NOT NULL
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
     WHERE v.indicator IS NOT NULL AND v.period_start IS NOT NULL AND v.region IS NOT NULL
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
