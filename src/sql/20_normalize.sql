-- ---------------------------------------------------------------------
-- Normalisation: decoded text to clean simplified text with the same
-- lines, and the audit trail of every repair (src/core/lp_normalize.c).
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.normalize(doc text)
RETURNS text
AS 'MODULE_PATHNAME', 'lp_normalize_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.normalize(text) IS 'Clean decoded report text: repairs mojibake (GBK misalignment, UTF-8 read as GBK, GBK read as Latin-1, 锟斤拷), strips HTML, zero-width characters, pinyin glosses and page chrome, folds full-width digits and letters, turns 〇/○ in numbers into zeros and converts traditional to simplified characters (OpenCC t2s).  The result has exactly as many lines as the input: a dropped chrome line becomes an empty line.';

CREATE FUNCTION @extschema@.repairs(doc text)
RETURNS TABLE (kind text, line integer, before text, after text)
AS 'MODULE_PATHNAME', 'lp_repairs_sql'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
ROWS 100;

COMMENT ON FUNCTION @extschema@.repairs(text) IS 'Every change luohuplan.normalize makes to doc, in order: kind (width, html, zero_width, pinyin_gloss, gbk_shift, utf8_as_gbk, gbk_as_latin1, lost, t2s, zero_digit, chrome), 1-based line, the text before and after (after is empty for removals).';
