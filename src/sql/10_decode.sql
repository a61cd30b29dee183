-- ---------------------------------------------------------------------
-- Decoding: raw bytes in any encoding the reports come in to UTF-8 text.
-- ---------------------------------------------------------------------
CREATE FUNCTION @extschema@.detect_encoding(raw bytea)
RETURNS TABLE (encoding text, confidence real)
AS 'MODULE_PATHNAME', 'luohuplan_detect_encoding'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 7;

COMMENT ON FUNCTION @extschema@.detect_encoding(bytea) IS 'Candidate encodings of raw bytes, best first, with a confidence 0..1: a BOM decides, valid UTF-8 wins, otherwise trial decodings of the first 64 kB (UTF-16LE/BE, GBK, GB18030, BIG5, BIG5-HKSCS) are scored by hanzi frequency.';

CREATE FUNCTION @extschema@.decode(raw bytea, encoding text DEFAULT 'auto',
                                   on_error text DEFAULT 'strict')
RETURNS text
AS 'MODULE_PATHNAME', 'luohuplan_decode'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.decode(bytea, text, text) IS 'Raw bytes as UTF-8 text (BOM dropped). encoding: auto or utf8, utf-16le, utf-16be, gbk (cp936, gb2312), gb18030, big5, big5-hkscs. on_error strict fails with 22021 naming the byte offset and line; replace puts U+FFFD for each bad sequence and raises a NOTICE with the count.';

CREATE FUNCTION @extschema@.decode_report(raw bytea, encoding text DEFAULT 'auto',
                                          on_error text DEFAULT 'strict')
RETURNS TABLE (body text, used_encoding text, n_replaced bigint)
AS 'MODULE_PATHNAME', 'luohuplan_decode_report'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1;

COMMENT ON FUNCTION @extschema@.decode_report(bytea, text, text) IS 'Like decode, as one row: the text, the encoding used and how many bad sequences were replaced with U+FFFD (no NOTICE).';
