-- names.sql — the extension's functions and operators with any search_path
-- (issue 17).  pg_catalog is searched before the schemas of search_path, so
-- with luohuplan on the path normalize(doc) is still pg_catalog.normalize and
-- extract('...') is SQL syntax; normalize_text, extract_facts, decode_text
-- and convert_unit are not shadowed wherever luohuplan stands on the path.
SET client_min_messages = warning;

-- ---- the README's search_path: the old names are shadowed ----
SET search_path = luohuplan, public;
SELECT normalize('１２．５％的增长') AS pg_catalog_normalize,
       normalize_text('１２．５％的增长') AS normalize_text;
SELECT extract('地区生产总值增长6%');
SELECT subject, indicator, measure, value, unit FROM extract_facts('地区生产总值增长6%');
SELECT decode_text(convert_to('罗湖区', 'UTF8')) AS decoded,
       convert_unit('428.88亿元', '万元') AS in_wan_yuan,
       '3亿元'::quantity > '2000万元'::quantity AS bigger;

-- ---- luohuplan last, pg_catalog named first: the same answers ----
SET search_path = public, luohuplan;
SELECT normalize_text('１２．５％的增长') AS normalize_text,
       (SELECT count(*) FROM extract_facts('地区生产总值增长6%')) AS facts,
       convert_unit('428.88亿元', '万元') AS in_wan_yuan;
SET search_path = pg_catalog, luohuplan;
SELECT normalize_text('１２．５％的增长') AS normalize_text,
       (SELECT count(*) FROM extract_facts('地区生产总值增长6%')) AS facts;

-- ---- no search_path at all (a BI tool): qualified names, and operators
-- ---- through OPERATOR(luohuplan.<), the comparison functions or a cast
SET search_path = '';
SELECT '3亿元'::luohuplan.quantity > '2000万元'::luohuplan.quantity AS bare_operator;
SELECT '3亿元'::luohuplan.quantity OPERATOR(luohuplan.>) '2000万元'::luohuplan.quantity AS qualified_operator,
       luohuplan.quantity_gt('3亿元', '2000万元') AS function,
       CAST('3亿元'::luohuplan.quantity AS numeric) > CAST('2000万元'::luohuplan.quantity AS numeric) AS base_values,
       luohuplan.normalize_text('１２．５％') AS normalize_text,
       luohuplan.normalize('１２．５％') AS normalize_qualified;
SELECT luohuplan.min(q)::text AS least, luohuplan.max(q)::text AS greatest
  FROM (VALUES ('1亿元'::luohuplan.quantity), ('2000万元')) AS v(q);
RESET search_path;

-- ---- the new names are the old functions: same result type and flags ----
SELECT a.proname, b.proname,
       pg_catalog.pg_get_function_result(a.oid) = pg_catalog.pg_get_function_result(b.oid) AS same_result,
       pg_catalog.pg_get_function_arguments(a.oid) = pg_catalog.pg_get_function_arguments(b.oid) AS same_arguments,
       a.prosrc = b.prosrc AS same_c_function,
       (a.provolatile, a.proparallel, a.proisstrict) = (b.provolatile, b.proparallel, b.proisstrict) AS same_flags
  FROM (VALUES ('normalize', 'normalize_text'), ('extract', 'extract_facts'),
               ('decode', 'decode_text'), ('convert', 'convert_unit')) AS n(old, new)
  JOIN pg_catalog.pg_proc AS a ON a.proname = n.old AND a.pronamespace = 'luohuplan'::regnamespace
  JOIN pg_catalog.pg_proc AS b ON b.proname = n.new AND b.pronamespace = 'luohuplan'::regnamespace
 ORDER BY 1;

-- ---- no function of the extension a user types is shadowed by pg_catalog
-- ---- (same name, overlapping argument counts) but the documented old names
-- ---- and min and max, which take a quantity (no pg_catalog aggregate does)
SELECT p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid) AS args
  FROM pg_catalog.pg_proc AS p
 WHERE p.pronamespace = 'luohuplan'::regnamespace
   AND EXISTS (SELECT 1 FROM pg_catalog.pg_proc AS c
                WHERE c.pronamespace = 'pg_catalog'::regnamespace AND c.proname = p.proname
                  AND c.pronargs - c.pronargdefaults <= p.pronargs
                  AND p.pronargs - p.pronargdefaults <= c.pronargs)
 ORDER BY 1, 2;

-- ---- a join of facts and reports: fact_values names both periods ----
SELECT count(*) AS columns_named_period
  FROM information_schema.columns
 WHERE table_schema = 'luohuplan' AND table_name = 'fact_values'
   AND column_name IN ('period', 'report_period', 'report_kind');
