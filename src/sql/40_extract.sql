
-- ---------------------------------------------------------------------
-- Structure, metadata and extraction (src/core/lp_sections.c, lp_meta.c,
-- lp_extract.c).  Each normalises its input first.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.extract(doc text, period text DEFAULT NULL,
                                    published date DEFAULT NULL, source text DEFAULT NULL)
RETURNS TABLE (seq integer, line integer, span_start integer, span_end integer,
               evidence text, section text, period text, status text,
               subject text, indicator text, measure text,
               value numeric, value_hi numeric, unit text, qualifier text,
               base_value numeric, base_value_hi numeric, base_unit text,
               headline boolean, like_for_like boolean, period_basis text,
               region text)
AS 'MODULE_PATHNAME', 'luohuplan_extract'
LANGUAGE C STABLE PARALLEL SAFE CALLED ON NULL INPUT;
COMMENT ON FUNCTION @extschema@.extract(text, text, date, text) IS
'Every quantity mention of a report text as a fact (the facts columns without report_id): subject, indicator, measure, period, status, value, unit, qualifier, base value, line and span, period_basis (what decided the period) and region (a roundup''s jurisdiction of the fact, NULL when the report''s). period overrides the period the report reviews (default: inferred). published (the day the report was published, reports.published) places a text that states no year of its own: 今年, 去年 and 上半年 are read against its year (period_basis published); it never overrides a year the text states. source (the name the report was loaded under, reports.source) places such a text given no publication date by the one year the name holds: the date path of an address (…/2021/0726/…) or a year standing alone in a file name (sanmenxia-2021-h1.txt, 2021年上半年.txt), with the part of the year the text''s head names (period_basis source). Indicators and regions users added to luohuplan.indicators and luohuplan.regions count like shipped ones (hence STABLE, not IMMUTABLE).';

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
