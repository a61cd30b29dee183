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

-- ---------------------------------------------------------------------
-- fact_values: every fact that states a number, with its report's region
-- and source and its period as dates.  The base of the other views.
-- One text, one source: a view counts sources as
-- count(DISTINCT text_sha256), so copies of one text (a GBK repost, a copy
-- with glosses) count once; source names are still listed, copies too.
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
       f.period_basis
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
COMMENT ON COLUMN @extschema@.fact_values.period_basis IS 'What decided period (facts.period_basis): heading, title, sentence, anniversary, published, ...';

-- ---------------------------------------------------------------------
-- series: one actual value per region, indicator, measure and period.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.series AS
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

-- ---------------------------------------------------------------------
-- conflicts: the same quantity stated with different values.
-- ---------------------------------------------------------------------
CREATE VIEW @extschema@.conflicts AS
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
