-- ---------------------------------------------------------------------
-- Numerals: Chinese, Arabic and mixed numerals read as numbers.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.cn_number(numeral pg_catalog.text)
RETURNS pg_catalog.numeric
AS 'MODULE_PATHNAME', 'lp_sql_cn_number'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.cn_number(pg_catalog.text) IS 'A bare numeral as a number: Chinese (三万五, 一千零十七, 壹佰), Arabic with thousands separators (1,100), mixed (4.4万, 13万2, 3万4000) and 百分之 forms (百分之十三点五 = 13.5); raises 22P02 for text that is not one numeral and 22003 for more digits than an amount can have (over 36).';
