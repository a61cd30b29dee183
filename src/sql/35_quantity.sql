-- ---------------------------------------------------------------------
-- luohuplan.quantity: a quantity as Chinese reports write it ('428.88亿元',
-- '约20亿元', '1-2个', '6.0%左右', '不少于10场次', '3.5%以内', '超8亿元'),
-- kept exact: the written value and unit, the value folded to the base
-- unit, the qualifier and the dimension.  Glue: src/pg/pg_quantity*.c
-- (the on-disk and binary formats are described in pg_quantity.h/.c).
-- ---------------------------------------------------------------------
CREATE TYPE @extschema@.quantity;

CREATE FUNCTION @extschema@.quantity_in(pg_catalog.cstring)
    RETURNS @extschema@.quantity
    AS 'MODULE_PATHNAME', 'lpq_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_out(@extschema@.quantity)
    RETURNS pg_catalog.cstring
    AS 'MODULE_PATHNAME', 'lpq_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_recv(pg_catalog.internal)
    RETURNS @extschema@.quantity
    AS 'MODULE_PATHNAME', 'lpq_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_send(@extschema@.quantity)
    RETURNS pg_catalog.bytea
    AS 'MODULE_PATHNAME', 'lpq_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_analyze(pg_catalog.internal)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_analyze' LANGUAGE C VOLATILE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.quantity (
    INPUT = @extschema@.quantity_in,
    OUTPUT = @extschema@.quantity_out,
    RECEIVE = @extschema@.quantity_recv,
    SEND = @extschema@.quantity_send,
    ANALYZE = @extschema@.quantity_analyze,
    INTERNALLENGTH = VARIABLE,
    ALIGNMENT = int4,
    STORAGE = extended
);

COMMENT ON TYPE @extschema@.quantity IS 'A quantity as written in Chinese reports (428.88亿元, 约20亿元, 1-2个, 不少于10场次), stored exactly: written value and unit, value in the base unit, qualifier, dimension. Compares by base value within one dimension.';
COMMENT ON FUNCTION @extschema@.quantity_in(pg_catalog.cstring) IS 'Input function of quantity: parses 428.88亿元, 约20亿元, 1-2个, 6.0%左右; 22P02 on bad input.';
COMMENT ON FUNCTION @extschema@.quantity_out(@extschema@.quantity) IS 'Output function of quantity: the canonical text.';
COMMENT ON FUNCTION @extschema@.quantity_recv(pg_catalog.internal) IS 'Binary input of quantity: version 0, qualifier, seven length-prefixed UTF-8 fields; as strict as text input (22P03 otherwise).';
COMMENT ON FUNCTION @extschema@.quantity_send(@extschema@.quantity) IS 'Binary output of quantity: version 0, qualifier, seven length-prefixed UTF-8 fields.';
COMMENT ON FUNCTION @extschema@.quantity_analyze(pg_catalog.internal) IS 'ANALYZE support of quantity: null fraction, width and distinct count without comparing values, so columns mixing dimensions can be analysed.';

-- ---- accessors ----
CREATE FUNCTION @extschema@.value(q @extschema@.quantity) RETURNS pg_catalog.numeric
    AS 'MODULE_PATHNAME', 'lpq_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.value_hi(q @extschema@.quantity) RETURNS pg_catalog.numeric
    AS 'MODULE_PATHNAME', 'lpq_value_hi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.unit(q @extschema@.quantity) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'lpq_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.base_value(q @extschema@.quantity) RETURNS pg_catalog.numeric
    AS 'MODULE_PATHNAME', 'lpq_base_value' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.base_value_hi(q @extschema@.quantity) RETURNS pg_catalog.numeric
    AS 'MODULE_PATHNAME', 'lpq_base_value_hi' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.base_unit(q @extschema@.quantity) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'lpq_base_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.qualifier(q @extschema@.quantity) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'lpq_qualifier' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.dimension(q @extschema@.quantity) RETURNS pg_catalog.text
    AS 'MODULE_PATHNAME', 'lpq_dimension' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.convert(q @extschema@.quantity, unit pg_catalog.text)
    RETURNS @extschema@.quantity
    AS 'MODULE_PATHNAME', 'lpq_convert' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.value(@extschema@.quantity) IS 'The number as written, in the written unit (428.88 for 428.88亿元; the lower end of a range).';
COMMENT ON FUNCTION @extschema@.value_hi(@extschema@.quantity) IS 'Upper end of a range as written (2 for 1-2个), NULL when there is none.';
COMMENT ON FUNCTION @extschema@.unit(@extschema@.quantity) IS 'The unit as written, simplified (亿元, %, 万平方米); NULL for a bare number.';
COMMENT ON FUNCTION @extschema@.base_value(@extschema@.quantity) IS 'The value folded to the base unit (42888000000 for 428.88亿元); the lower end of a range.';
COMMENT ON FUNCTION @extschema@.base_value_hi(@extschema@.quantity) IS 'Upper end of a range in the base unit, NULL when there is none.';
COMMENT ON FUNCTION @extschema@.base_unit(@extschema@.quantity) IS 'The base unit (元, 个, 平方米, %); NULL for a bare number.';
COMMENT ON FUNCTION @extschema@.qualifier(@extschema@.quantity) IS 'eq, approx (约, 左右), ge (不少于, 以上), gt (超), le (以内), lt (不足) or range (1-2个).';
COMMENT ON FUNCTION @extschema@.dimension(@extschema@.quantity) IS 'What the unit measures: money, area, count, percent, ...; NULL for a bare number.';
COMMENT ON FUNCTION @extschema@.convert(@extschema@.quantity, pg_catalog.text) IS 'The same quantity written in another unit of its dimension (428.88亿元 in 万元 is 4288800万元); exact unless the quotient does not terminate (then rounded once to 12 decimals). 22023 on a dimension mismatch, 22P02 on an unknown unit.';

-- ---- cast: the base value (lower end of a range, the bound of 超/不少于/以内) ----
CREATE CAST (@extschema@.quantity AS pg_catalog.numeric)
    WITH FUNCTION @extschema@.base_value(@extschema@.quantity);
COMMENT ON CAST (@extschema@.quantity AS pg_catalog.numeric) IS 'Explicit cast to the base value in the base unit (428.88亿元 gives 42888000000); for a range its lower end, for a bound (超8亿元, 3.5%以内) the bound.';

-- ---- comparison: base values within one dimension; ordering across
-- dimensions raises 22023, = across dimensions is false (see pg_quantity_ops.c) ----
CREATE FUNCTION @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'lpq_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_lt(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_le(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_eq(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_ne(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_ge(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_gt(@extschema@.quantity, @extschema@.quantity)
    RETURNS pg_catalog.bool
    AS 'MODULE_PATHNAME', 'lpq_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_hash(@extschema@.quantity)
    RETURNS pg_catalog.int4
    AS 'MODULE_PATHNAME', 'lpq_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_hash_extended(@extschema@.quantity, pg_catalog.int8)
    RETURNS pg_catalog.int8
    AS 'MODULE_PATHNAME', 'lpq_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity) IS 'Total order within one dimension: base unit, base value, upper base value (a point counts as its own), qualifier (eq < approx < ge < gt < le < lt < range); -1, 0 or 1; 22023 across dimensions.';
COMMENT ON FUNCTION @extschema@.quantity_lt(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity < quantity.';
COMMENT ON FUNCTION @extschema@.quantity_le(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity <= quantity.';
COMMENT ON FUNCTION @extschema@.quantity_eq(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity = quantity.';
COMMENT ON FUNCTION @extschema@.quantity_ne(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity <> quantity.';
COMMENT ON FUNCTION @extschema@.quantity_ge(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity >= quantity.';
COMMENT ON FUNCTION @extschema@.quantity_gt(@extschema@.quantity, @extschema@.quantity) IS 'Implementation of quantity > quantity.';
COMMENT ON FUNCTION @extschema@.quantity_hash(@extschema@.quantity) IS 'Hash of a quantity, consistent with = (428.88亿元 and 4288800万元 hash alike).';
COMMENT ON FUNCTION @extschema@.quantity_hash_extended(@extschema@.quantity, pg_catalog.int8) IS 'Seeded 64-bit hash of a quantity, consistent with =.';

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);
CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);
CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);
CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.quantity, RIGHTARG = @extschema@.quantity,
    FUNCTION = @extschema@.quantity_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);

COMMENT ON OPERATOR @extschema@.< (@extschema@.quantity, @extschema@.quantity) IS 'Less than, by base value within one dimension (2000万元 < 3亿元); 22023 across dimensions.';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.quantity, @extschema@.quantity) IS 'Less than or equal, by base value within one dimension; 22023 across dimensions.';
COMMENT ON OPERATOR @extschema@.= (@extschema@.quantity, @extschema@.quantity) IS 'Same amount (428.88亿元 = 4288800万元): same dimension, base unit, base values and qualifier; false, not an error, across dimensions.';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.quantity, @extschema@.quantity) IS 'Not the same amount; true, not an error, across dimensions.';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.quantity, @extschema@.quantity) IS 'Greater than or equal, by base value within one dimension; 22023 across dimensions.';
COMMENT ON OPERATOR @extschema@.> (@extschema@.quantity, @extschema@.quantity) IS 'Greater than, by base value within one dimension (3亿元 > 2000万元); 22023 across dimensions.';

CREATE OPERATOR CLASS @extschema@.quantity_ops
    DEFAULT FOR TYPE @extschema@.quantity USING btree AS
        OPERATOR 1 @extschema@.<,
        OPERATOR 2 @extschema@.<=,
        OPERATOR 3 @extschema@.=,
        OPERATOR 4 @extschema@.>=,
        OPERATOR 5 @extschema@.>,
        FUNCTION 1 @extschema@.quantity_cmp(@extschema@.quantity, @extschema@.quantity);
CREATE OPERATOR CLASS @extschema@.quantity_hash_ops
    DEFAULT FOR TYPE @extschema@.quantity USING hash AS
        OPERATOR 1 @extschema@.=,
        FUNCTION 1 @extschema@.quantity_hash(@extschema@.quantity),
        FUNCTION 2 @extschema@.quantity_hash_extended(@extschema@.quantity, pg_catalog.int8);

COMMENT ON OPERATOR FAMILY @extschema@.quantity_ops USING btree IS 'B-tree ordering of quantities: base value within one dimension (see quantity_cmp).';
COMMENT ON OPERATOR CLASS @extschema@.quantity_ops USING btree IS 'Default b-tree operator class of quantity: indexes, ORDER BY, merge joins; a column mixing dimensions cannot be sorted or indexed (22023).';
COMMENT ON OPERATOR FAMILY @extschema@.quantity_hash_ops USING hash IS 'Hashing of quantities consistent with =.';
COMMENT ON OPERATOR CLASS @extschema@.quantity_hash_ops USING hash IS 'Default hash operator class of quantity: hash joins, hash aggregation, hash indexes.';

-- ---- min and max (same order; 22023 when a group mixes dimensions) ----
CREATE FUNCTION @extschema@.quantity_smaller(@extschema@.quantity, @extschema@.quantity)
    RETURNS @extschema@.quantity
    AS 'MODULE_PATHNAME', 'lpq_smaller' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.quantity_larger(@extschema@.quantity, @extschema@.quantity)
    RETURNS @extschema@.quantity
    AS 'MODULE_PATHNAME', 'lpq_larger' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE AGGREGATE @extschema@.min(@extschema@.quantity) (
    SFUNC = @extschema@.quantity_smaller, STYPE = @extschema@.quantity,
    COMBINEFUNC = @extschema@.quantity_smaller,
    SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.max(@extschema@.quantity) (
    SFUNC = @extschema@.quantity_larger, STYPE = @extschema@.quantity,
    COMBINEFUNC = @extschema@.quantity_larger,
    SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);

COMMENT ON FUNCTION @extschema@.quantity_smaller(@extschema@.quantity, @extschema@.quantity) IS 'The lesser of two quantities of one dimension (state function of min).';
COMMENT ON FUNCTION @extschema@.quantity_larger(@extschema@.quantity, @extschema@.quantity) IS 'The greater of two quantities of one dimension (state function of max).';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.quantity) IS 'Least quantity of a group, by base value; 22023 when the group mixes dimensions.';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.quantity) IS 'Greatest quantity of a group, by base value; 22023 when the group mixes dimensions.';
