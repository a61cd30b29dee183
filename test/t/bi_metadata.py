#!/usr/bin/env python3
"""bi_metadata.py — look at schema luohuplan the way a BI tool does.

Connects with psycopg2 (PGHOST/PGPORT/PGUSER from the environment), creates
the database bi_meta with the extension, then reads information_schema,
pg_catalog.col_description and obj_description like Metabase, Superset or
Tableau do, and selects zero rows from every table and view to see the type
each column arrives as.  Prints TAP lines:

  - every column of every table and view has a standard type: integer,
    bigint, smallint, numeric, real, double precision, text, date, boolean,
    timestamp with time zone; bytea only for reports.raw and reports.sha256
    (the bytes as received and their hash); text[] only for
    indicators.aliases; jsonb only for reports.meta (the metadata a user
    gave, as given).  Custom types (composites, domains, enums) are out:
    BI tools show them as opaque strings or not at all.
  - every table, view and column, every function and every type of the
    schema has a non-empty comment.

It checks whatever exists in the schema, so objects other modules add later
are held to the same rules.
"""
import sys

import psycopg2

SCHEMA = "luohuplan"
DATABASE = "bi_meta"

STANDARD_TYPES = {
    "integer", "bigint", "smallint", "numeric", "real", "double precision",
    "text", "date", "boolean", "timestamp with time zone",
}
# (relation, column) -> the one non-standard type allowed there
EXCEPTIONS = {
    ("reports", "raw"): "bytea",
    ("reports", "sha256"): "bytea",
    ("indicators", "aliases"): "text[]",
    ("reports", "meta"): "jsonb",
}
# type OIDs of the standard types, as a driver sees them in a result
STANDARD_OIDS = {23, 20, 21, 1700, 700, 701, 25, 1082, 16, 1184}
EXCEPTION_OIDS = {"bytea": 17, "text[]": 1009, "jsonb": 3802}

results = []


def tap(ok, what, details=()):
    results.append(ok)
    print(("ok - " if ok else "not ok - ") + what)
    for line in details:
        print("#   " + line)


def main():
    admin = psycopg2.connect(dbname="postgres")
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS " + DATABASE)
        cur.execute("CREATE DATABASE " + DATABASE)
    try:
        check()
    finally:
        with admin.cursor() as cur:
            cur.execute("DROP DATABASE IF EXISTS " + DATABASE)
        admin.close()


def check():
    conn = psycopg2.connect(dbname=DATABASE)
    conn.autocommit = True
    try:
        check_schema(conn.cursor())
    finally:
        conn.close()


def check_schema(cur):
    cur.execute("CREATE EXTENSION luohuplan")
    tap(True, "CREATE EXTENSION luohuplan in database " + DATABASE)

    # relations as information_schema lists them
    cur.execute("""
        SELECT t.table_name, t.table_type,
               pg_catalog.obj_description(pg_catalog.format('%%I.%%I', t.table_schema, t.table_name)::regclass,
                                          'pg_class')
          FROM information_schema.tables AS t
         WHERE t.table_schema = %s
         ORDER BY t.table_name""", (SCHEMA,))
    relations = cur.fetchall()
    # materialized views are missing from information_schema; BI tools
    # that read pg_catalog still show them, so hold them to the same rules
    cur.execute("""
        SELECT c.relname, 'MATERIALIZED VIEW', pg_catalog.obj_description(c.oid, 'pg_class')
          FROM pg_catalog.pg_class AS c
         WHERE c.relnamespace = %s::regnamespace AND c.relkind = 'm'""", (SCHEMA,))
    relations += cur.fetchall()
    names = {r[0] for r in relations}
    for needed in ("reports", "facts", "indicators", "regions", "fact_values", "series",
                   "series_overview", "target_vs_actual", "conflicts", "commitments"):
        tap(needed in names, "%s.%s exists" % (SCHEMA, needed))

    for name, kind, comment in relations:
        kind = kind.lower().replace("base ", "")
        tap(bool(comment and comment.strip()), "%s %s.%s has a comment" % (kind, SCHEMA, name))

        cur.execute("""
            SELECT a.attname,
                   pg_catalog.format_type(a.atttypid, a.atttypmod),
                   pg_catalog.col_description(a.attrelid, a.attnum),
                   EXISTS (SELECT 1 FROM information_schema.columns AS ic
                            WHERE ic.table_schema = %s AND ic.table_name = %s
                              AND ic.column_name = a.attname)
              FROM pg_catalog.pg_attribute AS a
             WHERE a.attrelid = pg_catalog.format('%%I.%%I', %s, %s)::regclass
               AND a.attnum > 0 AND NOT a.attisdropped
             ORDER BY a.attnum""", (SCHEMA, name, SCHEMA, name))
        columns = cur.fetchall()
        bad_type = ["%s is %s" % (col, typ) for col, typ, _, _ in columns
                    if typ not in STANDARD_TYPES and EXCEPTIONS.get((name, col)) != typ]
        tap(not bad_type, "%s.%s: every column has a standard type" % (SCHEMA, name), bad_type)
        no_comment = [col for col, _, comment, _ in columns if not (comment and comment.strip())]
        tap(not no_comment, "%s.%s: every column has a comment" % (SCHEMA, name),
            ["no comment on " + c for c in no_comment])
        if kind != "materialized view":
            hidden = [col for col, _, _, listed in columns if not listed]
            tap(not hidden, "%s.%s: information_schema.columns lists every column" % (SCHEMA, name),
                hidden)

        # what a driver sees: the type OID of each column of a result
        cur.execute('SELECT * FROM "%s"."%s" LIMIT 0' % (SCHEMA, name))
        wrong = []
        for desc in cur.description:
            allowed = set(STANDARD_OIDS)
            exc = EXCEPTIONS.get((name, desc.name))
            if exc:
                allowed.add(EXCEPTION_OIDS[exc])
            if desc.type_code not in allowed:
                wrong.append("%s arrives as type oid %d" % (desc.name, desc.type_code))
        tap(not wrong, "%s.%s: a driver reads every column as a standard type" % (SCHEMA, name), wrong)

    # functions and types of the schema
    cur.execute("""
        SELECT p.oid::regprocedure::text
          FROM pg_catalog.pg_proc AS p
         WHERE p.pronamespace = %s::regnamespace
           AND COALESCE(pg_catalog.obj_description(p.oid, 'pg_proc'), '') !~ '\\S'
         ORDER BY 1""", (SCHEMA,))
    missing = [r[0] for r in cur.fetchall()]
    tap(not missing, "every function in schema %s has a comment" % SCHEMA,
        ["no comment on " + m for m in missing])
    cur.execute("""
        SELECT t.typname
          FROM pg_catalog.pg_type AS t
         WHERE t.typnamespace = %s::regnamespace
           AND t.typelem = 0 AND t.typarray <> 0
           AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_catalog.pg_class AS c
                                    WHERE c.oid = t.typrelid) = 'c')
           AND COALESCE(pg_catalog.obj_description(t.oid, 'pg_type'), '') !~ '\\S'
         ORDER BY 1""", (SCHEMA,))
    missing = [r[0] for r in cur.fetchall()]
    tap(not missing, "every type in schema %s has a comment" % SCHEMA,
        ["no comment on " + m for m in missing])


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # report, do not crash: the runner counts TAP lines
        tap(False, "%s: %s" % (type(e).__name__, str(e).strip().replace("\n", " ")))
    sys.exit(0 if all(results) else 1)
