-- luohuplan.quantity: text I/O, errors, operators, ordering, indexes,
-- accessors, casts and convert.
SET search_path = luohuplan, public;
SET extra_float_digits = 0;

-- An input that fails shows its SQLSTATE and message, and whether the core
-- said what was wrong in a detail (its wording is the core's, tested there).
CREATE FUNCTION pg_temp.try_quantity(input text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    state text;
    msg text;
    detail text;
BEGIN
    RETURN 'ok: ' || input::luohuplan.quantity::text;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
                            detail = PG_EXCEPTION_DETAIL;
    RETURN state || ': ' || msg
        || CASE WHEN coalesce(detail, '') <> '' THEN ' (with detail)' ELSE ' (NO DETAIL)' END;
END
$$;

-- Any expression that fails shows its SQLSTATE and message.
CREATE FUNCTION pg_temp.try_sql(expr text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    result text;
    state text;
    msg text;
BEGIN
    EXECUTE 'SELECT (' || expr || ')::text' INTO result;
    RETURN 'ok: ' || coalesce(result, 'NULL');
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
    RETURN state || ': ' || msg;
END
$$;

-- ---- text round trips: every field, and output parses back to itself ----
CREATE TABLE forms (id serial, input text);
INSERT INTO forms (input) VALUES
    ('428.88亿元'), ('约20亿元'), ('1-2个'), ('6.0%左右'), ('不少于10场次'),
    ('3.5%以内'), ('超8亿元'), ('2000万元'), ('3亿元'), ('0.5亿元'),
    ('12.5万平方米'), ('300平方米'), ('1.2个百分点'), ('100元'), ('3-5万元');
SELECT input, q AS canonical, value(q), value_hi(q), unit(q), base_value(q),
       base_value_hi(q), base_unit(q), qualifier(q), dimension(q)
FROM (SELECT id, input, input::quantity AS q FROM forms) s ORDER BY id;
SELECT input, q::text::quantity::text = q::text AS text_round_trip,
       q::text::quantity = q AS equal_after_round_trip
FROM (SELECT id, input, input::quantity AS q FROM forms) s ORDER BY id;

-- ---- input errors: 22P02 with a detail saying what is wrong ----
\set VERBOSITY default
SELECT 'abc'::quantity;
SELECT input, pg_temp.try_quantity(input) AS result
FROM unnest(ARRAY['', ' ', 'abc', '约', '超', '1-', '-', '1..2亿元',
                  '3亿元x', '3xx', '1-2-3个', '20亿元左右左右', '--5元',
                  '1' || repeat('0', 60) || '元']) AS input;

-- ---- comparisons: base values within one dimension ----
SELECT a, b, a::quantity < b::quantity AS lt, a::quantity <= b::quantity AS le,
       a::quantity = b::quantity AS eq, a::quantity <> b::quantity AS ne,
       a::quantity >= b::quantity AS ge, a::quantity > b::quantity AS gt,
       quantity_cmp(a::quantity, b::quantity) AS cmp
FROM (VALUES ('3亿元', '2000万元'), ('428.88亿元', '4288800万元'),
             ('2000万元', '3亿元'), ('约20亿元', '20亿元'), ('1个', '1-2个'),
             ('1-2个', '1-3个'), ('超8亿元', '8亿元'), ('6.0%', '6%'),
             ('12.5万平方米', '125000平方米')) AS t(a, b);

-- base units of one dimension with a conversion compare by amount; the
-- same amount in two base units is ordered by unit, not equal
SELECT a, b, a::quantity < b::quantity AS lt, a::quantity = b::quantity AS eq,
       a::quantity > b::quantity AS gt, quantity_cmp(a::quantity, b::quantity) AS cmp
FROM (VALUES ('1公顷', '300平方米'), ('1公顷', '20000平方米'), ('2平方公里', '150公顷'),
             ('1公顷', '10000平方米'), ('3亩', '2000.1平方米'), ('1-2公顷', '15000平方米')) AS t(a, b);

-- ordering different dimensions is an error (22023) naming both
SELECT pg_temp.try_sql($$'3亿元'::luohuplan.quantity < '5平方米'::luohuplan.quantity$$);
SELECT pg_temp.try_sql($$'3亿元'::luohuplan.quantity >= '3个'::luohuplan.quantity$$);
-- equality is never an error: quantities of two dimensions or base units are unequal
SELECT '3亿元'::quantity = '3个'::quantity AS eq, '3亿元'::quantity <> '3个'::quantity AS ne,
       '3个'::quantity = '3家'::quantity AS eq_measure_words,
       '1公顷'::quantity = '10000平方米'::quantity AS eq_units;
-- so a hash aggregate over a column mixing dimensions works
SET enable_sort = off;
SELECT count(*) AS groups FROM (SELECT q FROM (VALUES ('3亿元'::quantity), ('3个'), ('3平方米'), ('30000万元'), ('3个')) v(q) GROUP BY q) g;
RESET enable_sort;
SELECT pg_temp.try_sql($$luohuplan.quantity_cmp('6%', '5亿元')$$);
-- so is comparing measure words without a conversion (both counts)
SELECT pg_temp.try_sql($$'3个'::luohuplan.quantity < '5家'::luohuplan.quantity$$);
SELECT '3亿元'::quantity > '5万平方米'::quantity;

-- ---- ORDER BY: total order (base value, upper end, qualifier) ----
CREATE TABLE money (id serial, q quantity);
INSERT INTO money (q) VALUES ('3亿元'), ('2000万元'), ('428.88亿元'), ('约20亿元'),
    ('超8亿元'), ('20亿元'), ('4288800万元'), ('0.5亿元'), ('100元'), ('3-5万元'),
    ('3万元'), ('不少于20亿元'), ('5000万元');
SELECT q, base_value(q), qualifier(q) FROM money ORDER BY q, id;
SELECT q FROM money ORDER BY q DESC, id;
SELECT min(q), max(q) FROM money;
SELECT count(DISTINCT q) AS distinct_amounts FROM money;

-- hashing agrees with =: one group for 428.88亿元 and 4288800万元
SET enable_sort = off;
SELECT min(id) AS first_id, count(*) FROM money GROUP BY q ORDER BY 1;
RESET enable_sort;
SELECT quantity_hash('428.88亿元') = quantity_hash('4288800万元') AS same_hash,
       quantity_hash_extended('6.0%', 7) = quantity_hash_extended('6%', 7) AS same_hash_extended;

-- a column mixing dimensions: sorting by dimension first works, ANALYZE works
CREATE TABLE mixed (q quantity);
INSERT INTO mixed VALUES ('3亿元'), ('5平方米'), ('2000万元'), ('1-2个'), ('12.5万平方米'), ('6.0%左右'), (NULL);
SELECT dimension(q), q FROM mixed ORDER BY dimension(q), q;
SELECT pg_temp.try_sql('(SELECT max(q) FROM mixed)');
SELECT dimension(q), min(q), max(q) FROM mixed GROUP BY 1 ORDER BY 1;
ANALYZE mixed;
SELECT null_frac, n_distinct FROM pg_stats WHERE tablename = 'mixed' AND attname = 'q';

-- ---- an index on a quantity column ----
CREATE TABLE amounts (id int PRIMARY KEY, q quantity NOT NULL);
INSERT INTO amounts SELECT i, (i || '万元')::quantity FROM generate_series(1, 2000) i;
INSERT INTO amounts VALUES (2001, '0.99亿元'), (2002, '约1亿元'), (2003, '1-1.5亿元');
CREATE INDEX amounts_q_idx ON amounts (q);
ANALYZE amounts;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF)
SELECT id, q FROM amounts WHERE q >= '0.99亿元' AND q < '1.0002亿元' ORDER BY q;
SELECT id, q FROM amounts WHERE q >= '0.99亿元' AND q < '1.0002亿元' ORDER BY q, id;
EXPLAIN (COSTS OFF) SELECT id FROM amounts WHERE q = '1000万元';
SELECT id, q FROM amounts WHERE q = '0.1亿元';
RESET enable_bitmapscan;
RESET enable_seqscan;
EXPLAIN (COSTS OFF) SELECT max(q) FROM amounts;
SELECT min(q), max(q) FROM amounts;
-- the same rows without the index
SELECT count(*) FROM amounts WHERE q >= '0.99亿元' AND q < '1.0002亿元';
-- an index refuses a quantity of another dimension
SELECT pg_temp.try_sql($$(SELECT count(*) FROM amounts WHERE q < '5平方米')$$);
CREATE INDEX amounts_q_hash ON amounts USING hash (q);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM amounts WHERE q = '1000万元';
SELECT id FROM amounts WHERE q = '0.1亿元';
RESET enable_bitmapscan;
RESET enable_seqscan;

-- ---- cast to numeric: the base value, lower end of a range ----
SELECT q, q::quantity::numeric AS base
FROM unnest(ARRAY['428.88亿元', '1-2个', '3-5万元', '超8亿元', '3.5%以内', '约20亿元']) AS q;

-- ---- convert ----
SELECT q, u, convert(q::quantity, u) AS converted,
       base_value(convert(q::quantity, u)) = base_value(q::quantity) AS same_base
FROM (VALUES ('428.88亿元', '万元'), ('428.88亿元', '元'), ('4288800万元', '亿元'),
             ('约20亿元', '万元'), ('3-5万元', '亿元'), ('超8亿元', '万元'),
             ('1元', '亿元'), ('12.5万平方米', '平方米'), ('3亿元', '亿元')) AS t(q, u);
-- between base units of one dimension: the amount is kept
SELECT q, u, convert(q::quantity, u) AS converted,
       convert(convert(q::quantity, u), unit(q::quantity)) = q::quantity AS back_again
FROM (VALUES ('1公顷', '平方米'), ('2平方公里', '公顷'), ('12.5万平方米', '公顷'),
             ('3-5公顷', '万平方米'), ('300平方米', '平方公里')) AS t(q, u);
SELECT pg_temp.try_sql($$luohuplan.convert('428.88亿元', '平方米')$$);
SELECT pg_temp.try_sql($$luohuplan.convert('6%', '万元')$$);
SELECT pg_temp.try_sql($$luohuplan.convert('3个', '家')$$);
SELECT pg_temp.try_sql($$luohuplan.convert('428.88亿元', '斤两')$$);
SELECT pg_temp.try_sql($$luohuplan.convert('428.88亿元', '')$$);
SELECT convert(NULL, '万元') IS NULL AS strict;

-- ---- binary send: version 0, qualifier, seven length-prefixed fields ----
SELECT quantity_send('约20亿元');
SELECT quantity_send('1-2个');

-- ---- catalog: every object is commented, functions immutable/strict/parallel safe ----
SELECT p.proname, p.provolatile, p.proisstrict, p.proparallel
FROM pg_proc p
WHERE p.pronamespace = 'luohuplan'::regnamespace AND p.prokind = 'f'
  AND ('luohuplan.quantity'::regtype = ANY (p.proargtypes) OR p.prorettype = 'luohuplan.quantity'::regtype)
  AND (p.provolatile <> 'i' OR NOT p.proisstrict OR p.proparallel <> 's'
       OR obj_description(p.oid, 'pg_proc') IS NULL);
SELECT p.proname, p.proparallel, obj_description(p.oid, 'pg_proc') IS NOT NULL AS commented
FROM pg_proc p
WHERE p.pronamespace = 'luohuplan'::regnamespace AND p.prokind = 'a' ORDER BY 1;
SELECT o.oprname FROM pg_operator o
WHERE o.oprleft = 'luohuplan.quantity'::regtype AND obj_description(o.oid, 'pg_operator') IS NULL;
SELECT c.opcname, am.amname, obj_description(c.oid, 'pg_opclass') IS NOT NULL AS commented
FROM pg_opclass c JOIN pg_am am ON am.oid = c.opcmethod
WHERE c.opcintype = 'luohuplan.quantity'::regtype ORDER BY 1;
SELECT obj_description('luohuplan.quantity'::regtype, 'pg_type') IS NOT NULL AS type_commented,
       obj_description(c.oid, 'pg_cast') IS NOT NULL AS cast_commented
FROM pg_cast c WHERE c.castsource = 'luohuplan.quantity'::regtype;

-- ---- shares, fractions, signs: tenths and fractions are percents ----
SELECT input, q AS canonical, value(q), unit(q), base_value(q), base_unit(q),
       qualifier(q), dimension(q), q::text::quantity = q AS round_trip
FROM unnest(ARRAY['三成', '约2.5成', '三分之一以上', '五分之二', '2/3', '-3.2%'])
     WITH ORDINALITY AS t(input, i), LATERAL (SELECT input::quantity AS q) s
ORDER BY i;
SELECT '三成'::quantity = '30%'::quantity AS tenths_are_percent,
       '三分之一'::quantity > '33.3%'::quantity AS third_above_33_3;

DROP TABLE forms, money, mixed, amounts;
