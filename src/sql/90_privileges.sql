-- ---------------------------------------------------------------------
-- Privileges (docs/reliability.md explains the model).
--
-- No roles are created here: roles belong to the cluster, not to one
-- database, and would outlive DROP EXTENSION.  The administrator grants
-- table privileges to roles of their own (a reader, a loader); the GRANTs
-- to run are in docs/reliability.md.
--
-- Everybody may use the schema and call every function: the functions
-- that only compute (decode, normalize, extract, the quantity type, ...)
-- touch no table, and the ones that write (ingest, reextract) run with the
-- caller's privileges (no SECURITY DEFINER anywhere), so the table grants
-- decide who can load.  The reports and facts tables are readable only by
-- roles granted SELECT: raw documents may be drafts.  The indicator and
-- region dictionaries are reference data every caller may need (extract
-- and report_meta read the rows users added): readable by all.
-- ---------------------------------------------------------------------
GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
REVOKE ALL ON @extschema@.reports, @extschema@.facts FROM PUBLIC;
GRANT SELECT ON @extschema@.indicators TO PUBLIC;
GRANT SELECT ON @extschema@.regions TO PUBLIC;
GRANT SELECT ON @extschema@.units TO PUBLIC;
