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
                                          published date DEFAULT NULL,
                                          source text DEFAULT NULL)
RETURNS TABLE (seq integer, line integer, span_start integer, span_end integer,
               evidence text, section text, period text, status text,
               subject text, indicator text, measure text,
               value numeric, value_hi numeric, unit text, qualifier text,
               base_value numeric, base_value_hi numeric, base_unit text,
               headline boolean, like_for_like boolean, period_basis text,
               region text)
AS 'MODULE_PATHNAME', 'luohuplan_extract'
LANGUAGE C STABLE PARALLEL SAFE CALLED ON NULL INPUT;

COMMENT ON FUNCTION @extschema@.extract_facts(text, text, date, text) IS 'luohuplan.extract under a name that is not SQL syntax (extract(... FROM ...)): every quantity mention of a report text as a fact. STABLE like extract: indicators and regions users added count.';

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
