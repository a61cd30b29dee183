#!/bin/bash
# privileges.sh — the privilege model of docs/reliability.md holds.
#
# Runs the administrator's GRANTs exactly as documented (the SQL block
# between the grants markers of docs/reliability.md) for roles lp_reader and
# lp_loader, plus a role with no grants at all, and checks each can do what
# is documented and nothing more.  Then static checks: the extension is not
# relocatable, has no SECURITY DEFINER function, every object the install
# script creates is schema-qualified, no luohuplan function reads a server
# file, and luohuplan.so opens no file itself.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
db=lp_privileges
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
q() { psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
# run SQL as a role; prints "ok" (psql exited 0), the SQLSTATE of the error
# (exit 1 with an ERROR line, ON_ERROR_STOP), or "psql-failed" (exit 2, no
# connection, after 3 tries: a failed connection must not pass for a
# statement that ran)
as() {
  local role=$1 sql=$2 out rc try state
  for try in 1 2 3; do
    out=$(psql -X -q -At -d "$db" -v ON_ERROR_STOP=1 -v VERBOSITY=verbose \
            -c "SET ROLE $role" -c "$sql" 2>&1) && rc=0 || rc=$?
    [ "$rc" -ne 2 ] && break
    sleep 1
  done
  state=$(printf '%s\n' "$out" | sed -n 's/^ERROR: *\([0-9A-Z]\{5\}\):.*/\1/p' | head -1)
  if [ "$rc" -eq 0 ]; then
    echo ok
  elif [ -n "$state" ]; then
    echo "$state"
  else
    echo "psql-failed"
    printf '%s\n' "$out" | head -2 | sed 's/^/# /' >&2
  fi
}
expect() {   # expect <want> <role> <what> <sql>
  local want=$1 role=$2 what=$3 sql=$4 got
  got=$(as "$role" "$sql")
  if [ "$got" = "$want" ]; then
    echo "ok - $role $what ($got)"
  else
    echo "not ok - $role $what: got $got, want $want"
  fi
}
has_fn() { [ "$(q -c "SELECT count(*) FROM pg_proc WHERE pronamespace = 'luohuplan'::regnamespace AND proname = '$1'")" -gt 0 ]; }

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok - createdb $db"; exit 1; }
q -c "CREATE EXTENSION luohuplan" || { echo "not ok - CREATE EXTENSION luohuplan"; exit 1; }
for r in lp_reader lp_loader lp_nobody; do
  psql -X -q -d postgres -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1
done
psql -X -q -d postgres -c "CREATE ROLE lp_nobody NOLOGIN" || echo "not ok - create role lp_nobody"

# the documented GRANTs, verbatim
grants=$(sed -n '/^<!-- grants:begin -->$/,/^<!-- grants:end -->$/p' "$top/docs/reliability.md" | sed '/^<!--/d; /^```/d')
if [ -z "$grants" ]; then
  echo "not ok - docs/reliability.md has the GRANT block between grants markers"
  exit 1
fi
if q -c "$grants" >/dev/null; then echo "ok - the documented GRANTs run"; else echo "not ok - the documented GRANTs run"; exit 1; fi
for r in lp_reader lp_loader lp_nobody; do
  [ "$(q -c "SELECT rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = '$r'")" = f ] \
    || echo "not ok - $r is an ordinary role"
done

doc="E'一、2030年计划执行情况\n全区实现地区生产总值1234.56亿元，同比增长6.8%。'"
hexdoc=$(printf '%s\n%s\n' '二、2031年主要预期目标' '地区生产总值增长6%左右。' | xxd -p | tr -d '\n')

# computing functions: everybody
for r in lp_nobody lp_reader lp_loader; do
  if has_fn normalize; then expect ok $r "may call luohuplan.normalize" "SELECT luohuplan.normalize($doc)"; fi
  if has_fn extract; then expect ok $r "may call luohuplan.extract" "SELECT count(*) FROM luohuplan.extract($doc)"; fi
  if has_fn decode; then expect ok $r "may call luohuplan.decode" "SELECT luohuplan.decode(decode('$hexdoc', 'hex'))"; fi
  expect ok $r "may read luohuplan.indicators" "SELECT count(*) FROM luohuplan.indicators"
done

# reading the tables: granted roles only
expect 42501 lp_nobody "may not read luohuplan.reports" "SELECT count(*) FROM luohuplan.reports"
expect 42501 lp_nobody "may not read luohuplan.facts" "SELECT count(*) FROM luohuplan.facts"
for r in lp_reader lp_loader; do
  expect ok $r "may read luohuplan.reports" "SELECT count(*) FROM luohuplan.reports"
  expect ok $r "may read luohuplan.facts" "SELECT count(*) FROM luohuplan.facts"
done

# loading: the loader only
if has_fn ingest; then
  expect ok lp_loader "may ingest" "SELECT luohuplan.ingest(decode('$hexdoc', 'hex'), 'loader-test')"
  expect 42501 lp_reader "may not ingest" "SELECT luohuplan.ingest(decode('$hexdoc', 'hex') || '\x0a'::bytea, 'reader-test')"
  expect 42501 lp_nobody "may not ingest" "SELECT luohuplan.ingest(decode('$hexdoc', 'hex') || '\x0a0a'::bytea, 'nobody-test')"
else
  echo "skip - luohuplan.ingest does not exist yet: loading privileges not tested"
fi
if has_fn reextract; then
  expect ok lp_loader "may reextract" "SELECT luohuplan.reextract()"
  expect 42501 lp_reader "may not reextract" "SELECT luohuplan.reextract()"
fi
if has_fn set_meta; then
  expect ok lp_loader "may correct metadata" "SELECT luohuplan.set_meta(report_id, '{\"published\": \"2023-01-05\"}') FROM luohuplan.reports WHERE source = 'loader-test'"
  expect 42501 lp_reader "may not correct metadata" "SELECT luohuplan.set_meta(report_id, '{\"published\": \"2023-01-06\"}') FROM luohuplan.reports WHERE source = 'loader-test'"
fi
q -c "INSERT INTO luohuplan.reports (report_id, source, raw, sha256, encoding, clean)
      VALUES (42, 'admin', '\x41', sha256('\x41'), 'UTF-8', 'A') ON CONFLICT DO NOTHING;
      INSERT INTO luohuplan.facts (report_id, seq, line, span_start, span_end, evidence_stored, status, measure)
      VALUES (42, 1, 1, 0, 1, 'A', 'actual', 'level') ON CONFLICT DO NOTHING" >/dev/null
for r in lp_reader lp_nobody; do
  expect 42501 $r "may not insert facts" "INSERT INTO luohuplan.facts (report_id, seq, line, span_start, span_end, evidence_stored, status, measure) VALUES (42, 99, 1, 0, 1, 'x', 'actual', 'level')"
  expect 42501 $r "may not update facts" "UPDATE luohuplan.facts SET value = 1"
  expect 42501 $r "may not delete facts" "DELETE FROM luohuplan.facts"
  expect 42501 $r "may not delete reports" "DELETE FROM luohuplan.reports"
  expect 42501 $r "may not change indicators" "UPDATE luohuplan.indicators SET name_en = 'x'"
done
expect 42501 lp_loader "may not truncate facts" "TRUNCATE luohuplan.facts"
expect 42501 lp_loader "may not alter tables" "ALTER TABLE luohuplan.facts ADD COLUMN x int"
expect 42501 lp_loader "may not drop tables" "DROP TABLE luohuplan.facts"
expect 42501 lp_loader "may not create objects in the luohuplan schema" "CREATE TABLE luohuplan.x (i int)"
expect 42501 lp_loader "may not replace luohuplan functions" "CREATE OR REPLACE FUNCTION luohuplan.normalize(text) RETURNS text LANGUAGE sql AS 'SELECT 1::text'"
expect ok lp_loader "may delete facts (reextract)" "BEGIN; DELETE FROM luohuplan.facts WHERE report_id = 42; ROLLBACK"

# no function reads a server file, whatever path it is given
for r in lp_loader lp_reader; do
  leaks=$({ echo "SET ROLE $r;"; cat <<'SQL'; } | psql -X -q -At -d "$db" 2>&1
DO $$
DECLARE
  f record; args text[]; call text; res text; i int; leaked int := 0; calls int := 0;
  path text;
BEGIN
  FOREACH path IN ARRAY ARRAY['/etc/passwd', '../../../../../../etc/passwd', 'pg_hba.conf',
                              'global/pg_control', 'file:///etc/passwd'] LOOP
    FOR f IN SELECT p.proname, p.pronargs, p.proargtypes::oid[] AS types, p.proretset
             FROM pg_proc p WHERE p.pronamespace = 'luohuplan'::regnamespace AND p.prokind = 'f'
               AND NOT EXISTS (SELECT 1 FROM unnest(p.proargtypes::oid[]) t
                               WHERE t IN ('internal'::regtype, 'cstring'::regtype)
                                  OR t::regtype::text LIKE 'any%')
               AND p.prorettype NOT IN ('trigger'::regtype, 'internal'::regtype)
               AND 'text'::regtype = ANY (p.proargtypes::oid[])
    LOOP
      FOR i IN 1 .. f.pronargs LOOP
        CONTINUE WHEN f.types[i - 1] <> 'text'::regtype;
        args := ARRAY[]::text[];
        FOR j IN 1 .. f.pronargs LOOP
          args := args || CASE WHEN j = i THEN quote_literal(path)
                               WHEN f.types[j - 1] = 'text'::regtype THEN quote_literal('auto')
                               WHEN f.types[j - 1] = 'bytea'::regtype THEN quote_literal(path) || '::bytea'
                               ELSE 'NULL::' || f.types[j - 1]::regtype::text END;
        END LOOP;
        call := format('SELECT string_agg(r::text, %L) FROM luohuplan.%I(%s) r', ' ', f.proname,
                       array_to_string(args, ', '));
        calls := calls + 1;
        BEGIN
          EXECUTE call INTO res;
          IF res ~ 'root:[^:]*:0:0:|(^|\n)(local|host) +all' THEN
            leaked := leaked + 1;
            RAISE WARNING 'file content returned by %', call;
          END IF;
        EXCEPTION WHEN OTHERS THEN
          IF SQLERRM ~ 'root:.*:0:0:' THEN
            leaked := leaked + 1;
            RAISE WARNING 'file content in the error of %', call;
          END IF;
        END;
      END LOOP;
    END LOOP;
  END LOOP;
  RAISE NOTICE 'calls=% leaked=%', calls, leaked;
END $$;
SQL
)
  calls=$(printf '%s\n' "$leaks" | sed -n 's/.*calls=\([0-9]*\) leaked=\([0-9]*\).*/\1/p')
  leaked=$(printf '%s\n' "$leaks" | sed -n 's/.*calls=\([0-9]*\) leaked=\([0-9]*\).*/\2/p')
  if [ "${leaked:-x}" = 0 ]; then
    echo "ok - $r reads no server file through any luohuplan function ($calls calls with file paths)"
  else
    printf '%s\n' "$leaks" | grep -E 'WARNING|ERROR' | head -5 | sed 's/^/# /'
    echo "not ok - $r reads server files through luohuplan functions"
  fi
done
so=$($PG_CONFIG --pkglibdir)/luohuplan.so
if [ -f "$so" ]; then
  opens=$(nm -D --undefined-only "$so" | awk '{print $NF}' | sed 's/@.*//' |
          grep -xE 'fopen|fopen64|open|open64|openat|openat64|AllocateFile|OpenTransientFile|PathNameOpenFile|pg_read_file|lo_import|opendir|AllocateDir' | tr '\n' ' ')
  [ -z "$opens" ] && echo "ok - luohuplan.so opens no file itself (no fopen/open/AllocateFile imported)" \
    || echo "not ok - luohuplan.so imports $opens: check no path comes from a user"
fi

# static properties of the extension
[ "$(q -c "SELECT extrelocatable FROM pg_extension WHERE extname = 'luohuplan'")" = f ] \
  && echo "ok - extension is not relocatable" || echo "not ok - extension is not relocatable"
secdef=$(q -c "SELECT string_agg(oid::regprocedure::text, ', ') FROM pg_proc WHERE pronamespace = 'luohuplan'::regnamespace AND prosecdef")
[ -z "$secdef" ] && echo "ok - no SECURITY DEFINER function" || echo "not ok - SECURITY DEFINER functions: $secdef"
trusted=$(sed -n 's/^trusted *= *//p' "$top/luohuplan.control")
[ "$trusted" = false ] && echo "ok - control file says trusted = false, as docs/reliability.md argues" \
  || echo "not ok - control file says trusted = ${trusted:-unset}; docs/reliability.md argues for false"
script=$($PG_CONFIG --sharedir)/extension/luohuplan--$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$top/luohuplan.control").sql
if [ -f "$script" ]; then
  unqualified=$(grep -oiP '^\s*CREATE\s+(OR\s+REPLACE\s+)?(FUNCTION|PROCEDURE|AGGREGATE|TABLE|UNLOGGED\s+TABLE|VIEW|MATERIALIZED\s+VIEW|TYPE|DOMAIN|SEQUENCE|OPERATOR(?!\s+CLASS|\s+FAMILY))\s+(IF\s+NOT\s+EXISTS\s+)?\K[^\s(]+' "$script" |
                grep -vE '^(@extschema@|pg_catalog)\.' | sort -u | tr '\n' ' ')
  n=$(grep -ciP '^\s*CREATE\s+(OR\s+REPLACE\s+)?FUNCTION' "$script")
  [ -z "$unqualified" ] && echo "ok - every object in $(basename "$script") is schema-qualified ($n functions)" \
    || echo "not ok - unqualified names in $(basename "$script"): $unqualified"
else
  echo "not ok - installed script $script not found"
fi

dropdb "$db" >/dev/null 2>&1
for r in lp_reader lp_loader lp_nobody; do psql -X -q -d postgres -c "DROP ROLE IF EXISTS $r" >/dev/null 2>&1; done
exit 0
