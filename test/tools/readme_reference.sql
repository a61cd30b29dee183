-- readme_reference.sql — the README's Reference tables from the catalog:
-- psql -X -At -d DB -f test/tools/readme_reference.sql, in a database with
-- the extension installed; paste the output over the tables of "Reference".
-- The quantity type's support functions (quantity_*) are described in prose
-- there, so they are left out.
\pset footer off
SELECT '### Tables and views' || E'\n\n' || '| name | kind | what it holds |' || E'\n' || '|---|---|---|' || E'\n'
       || string_agg(format('| `%s` | %s | %s |', c.relname,
                            CASE c.relkind WHEN 'r' THEN 'table' ELSE 'view' END,
                            replace(coalesce(obj_description(c.oid, 'pg_class'), ''), '|', '\|')),
                     E'\n' ORDER BY c.relkind, c.relname)
  FROM pg_class c
 WHERE c.relnamespace = 'luohuplan'::regnamespace AND c.relkind IN ('r', 'v', 'm');
SELECT E'\n### Functions\n\n'
       || 'The `quantity` type also has its input/output, send/receive, comparison, hash and' || E'\n'
       || '`min`/`max` support functions (`quantity_*`), a cast to numeric and the operators' || E'\n'
       || '`< <= = <> >= >` with btree and hash operator classes.' || E'\n\n'
       || '| function | returns | what it does |' || E'\n' || '|---|---|---|' || E'\n'
       || string_agg(format('| `%s(%s)` | %s | %s |', p.proname,
                            pg_get_function_arguments(p.oid),
                            replace(CASE WHEN p.proretset THEN 'SETOF ' ELSE '' END
                                    || pg_get_function_result(p.oid), 'luohuplan.', ''),
                            replace(coalesce(obj_description(p.oid, 'pg_proc'), ''), '|', '\|')),
                     E'\n' ORDER BY p.proname, pg_get_function_arguments(p.oid))
  FROM pg_proc p
 WHERE p.pronamespace = 'luohuplan'::regnamespace AND p.proname !~ '^quantity_';
