-- luohuplan 0.2.0 -> 0.3.0.  The reference rows the extension ships are
-- refreshed at the end of the script (build/reference_refresh.sql).
\echo Use "ALTER EXTENSION luohuplan UPDATE TO '0.3.0'" to load this file. \quit


-- ---------------------------------------------------------------------
-- Citus: reextract() loops over the reports in the caller's backend (see
-- src/sql/50_ingest.sql); a query calling reextract(report_id) over the
-- distributed reports fails on Citus.
-- ---------------------------------------------------------------------
CREATE OR REPLACE FUNCTION @extschema@.reextract() RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    id bigint;
    n bigint := 0;
BEGIN
    FOR id IN SELECT r.report_id FROM @extschema@.reports r ORDER BY r.report_id LOOP
        n := n OPERATOR(pg_catalog.+) @extschema@.reextract(id);
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.reextract() IS
'Re-extracts every stored report (see reextract(bigint)); returns the total number of facts.';
