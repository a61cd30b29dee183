-- ingest_standin.sql — a stand-in for luohuplan.ingest(bytea, text), for
-- developing luohuplan-load against a branch that lacks the real one.
-- test/t/load.sh installs it ONLY when the real function is missing and
-- LP_LOAD_STANDIN=1 is set.  It mimics the contract the loader relies on:
-- the same bytes give the same report_id and add nothing; bytes that are
-- neither UTF-8, GBK nor Big5 raise SQLSTATE 22021.  Not part of the
-- extension.
CREATE FUNCTION luohuplan.ingest(raw bytea, source text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    digest bytea := pg_catalog.sha256(raw);
    id bigint := ('x' || pg_catalog.encode(pg_catalog.substr(digest, 1, 8), 'hex'))::bit(64)::bigint
                 & 9223372036854775807;
    body text;
    enc text;
BEGIN
    PERFORM 1 FROM luohuplan.reports r WHERE r.sha256 = digest;
    IF FOUND THEN
        RETURN id;
    END IF;
    BEGIN
        body := pg_catalog.convert_from(raw, 'UTF8'); enc := 'UTF-8';
    EXCEPTION WHEN character_not_in_repertoire OR untranslatable_character THEN
        BEGIN
            body := pg_catalog.convert_from(raw, 'GBK'); enc := 'GBK';
        EXCEPTION WHEN character_not_in_repertoire OR untranslatable_character THEN
            BEGIN
                body := pg_catalog.convert_from(raw, 'BIG5'); enc := 'BIG5';
            EXCEPTION WHEN character_not_in_repertoire OR untranslatable_character THEN
                RAISE EXCEPTION 'could not decode % bytes as UTF-8, GBK or Big5', pg_catalog.length(raw)
                    USING ERRCODE = '22021';
            END;
        END;
    END;
    INSERT INTO luohuplan.reports (report_id, source, raw, sha256, encoding, body, clean)
    VALUES (id, source, raw, digest, enc, body, body);
    RETURN id;
END
$$;
