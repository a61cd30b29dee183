-- luohuplan 0.2.0 -> 0.3.0.  The reference rows the extension ships are
-- refreshed at the end of the script (build/reference_refresh.sql).
\echo Use "ALTER EXTENSION luohuplan UPDATE TO '0.3.0'" to load this file. \quit

-- ---------------------------------------------------------------------
-- Nothing lost, nothing counted twice (issue 15; the loader and id points
-- of issue 16).  reports and facts are registered with
-- pg_extension_config_dump so pg_dump keeps them; an event trigger keeps
-- DROP EXTENSION without CASCADE from deleting loaded reports; copies of
-- one text share reports.text_sha256 and the views count distinct texts;
-- metadata is validated (check_meta), can be corrected (set_meta) and
-- takes published; ingest takes on_error and lists what it replaced
-- (bad_bytes, replaced_bytes); a report_id collision fails loudly; the
-- source index is a hash index (names of any length).
-- ---------------------------------------------------------------------
-- sha256 of a text's UTF-8 bytes.  convert_to is STABLE because it depends
-- on the database encoding; the extension requires UTF8 (control file), so
-- here it is a fixed function of its input, which a generated column needs.
CREATE FUNCTION @extschema@.text_sha256(t text) RETURNS bytea
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.sha256(pg_catalog.convert_to(t, 'UTF8'));
COMMENT ON FUNCTION @extschema@.text_sha256(text) IS
'SHA-256 of a text''s UTF-8 bytes: reports.text_sha256 is text_sha256(clean), the same for every copy of one text.';

ALTER TABLE @extschema@.reports
    ADD COLUMN published date,
    ADD COLUMN meta jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN text_sha256 bytea GENERATED ALWAYS AS (@extschema@.text_sha256(clean)) STORED;
-- hash, not btree: a source name (a URL) of any length can be indexed
DROP INDEX @extschema@.reports_source_idx;
CREATE INDEX reports_source_idx ON @extschema@.reports USING hash (source);
CREATE INDEX reports_text_sha256_idx ON @extschema@.reports (text_sha256);
SELECT pg_catalog.pg_extension_config_dump('@extschema@.reports', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.facts', '');
COMMENT ON COLUMN @extschema@.reports.report_id IS 'Report key, derived from the first 63 bits of sha256(raw); the same bytes always get the same id, and other bytes with the same id fail to load (23505), never silently.';
COMMENT ON COLUMN @extschema@.reports.n_replaced IS 'Byte sequences that could not be decoded and became U+FFFD (0 unless loaded with on_error replace); luohuplan.replaced_bytes lists them.';
COMMENT ON COLUMN @extschema@.reports.published IS 'Date the report was published or crawled, when the user gave it (meta published); NULL when unknown.';
COMMENT ON COLUMN @extschema@.reports.meta IS 'Metadata the user gave (ingest''s meta, corrected with luohuplan.set_meta), validated; every other metadata column was inferred from the text.';
COMMENT ON COLUMN @extschema@.reports.text_sha256 IS 'SHA-256 of clean (luohuplan.text_sha256). Copies of one text (another encoding, glosses or chrome around it) share it: count distinct text_sha256 to count sources.';

-- DROP EXTENSION luohuplan (or DROP OWNED BY its owner) without CASCADE
-- fails while luohuplan.reports holds rows, instead of deleting them.
CREATE FUNCTION @extschema@.keep_reports() RETURNS event_trigger
AS 'MODULE_PATHNAME', 'luohuplan_keep_reports'
LANGUAGE C;
COMMENT ON FUNCTION @extschema@.keep_reports() IS
'Event trigger function: refuses DROP EXTENSION luohuplan, and DROP OWNED BY its owner, without CASCADE while luohuplan.reports holds reports (SQLSTATE 2BP01).';

CREATE EVENT TRIGGER luohuplan_keep_reports ON ddl_command_start
    WHEN TAG IN ('DROP EXTENSION', 'DROP OWNED')
    EXECUTE FUNCTION @extschema@.keep_reports();
COMMENT ON EVENT TRIGGER luohuplan_keep_reports IS
'Keeps loaded reports from being deleted by DROP EXTENSION luohuplan without CASCADE (luohuplan.keep_reports).';
