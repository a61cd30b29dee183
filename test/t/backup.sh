#!/bin/bash
# backup.sh — nothing a user loaded is lost by a backup, a restore, an
# upgrade of the cluster or a DROP EXTENSION without CASCADE.
#
# A database gets the sample reports, a GBK copy of one of them, a file with
# one damaged byte (on_error replace), a corrected report (set_meta), a
# user's indicator and region.  Its fingerprint — sha256 of every report's
# raw bytes, body and clean text with all its metadata, sha256 of every fact
# row, the user's rows, and the rows of the views — must come back unchanged
# from pg_dump -Fc + pg_restore (and pg_restore -j 2 as the README says), from a plain pg_dump
# + psql, and from pg_upgrade into a new cluster.  Then DROP EXTENSION
# refuses while reports exist, CASCADE drops, TRUNCATE + DROP works.
# Run by test/run_all.sh with PGHOST/PGPORT/PGUSER of a throwaway cluster.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
bindir=$("$PG_CONFIG" --bindir)
src=lp_backup_src
work=$(mktemp -d /tmp/luohuplan-backup.XXXXXX)
chmod 777 "$work"
dbs=($src lp_backup_fc lp_backup_j2 lp_backup_plain lp_backup_drop)
cleanup() {
  for db in "${dbs[@]}"; do dropdb --if-exists "$db" >/dev/null 2>&1; done
  rm -rf "$work"
}
trap cleanup EXIT
q() { local db=$1; shift; psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" "$@"; }
check() {  # check "what" command...
  local what=$1; shift
  if "$@"; then echo "ok - $what"; else echo "not ok - $what"; fi
}

# Everything a backup must keep, one line per row, in a stable order.
fingerprint() {
  q "$1" <<'SQL'
SELECT 'report ' || concat_ws(' | ', report_id, encode(sha256(raw), 'hex'), encode(sha256, 'hex'),
       encode(sha256(convert_to(luohuplan.body(r), 'UTF8')), 'hex'), encode(sha256(convert_to(clean, 'UTF8')), 'hex'),
       text_sha256, source, encoding, title, region, region_code, year, period, kind,
       n_replaced, loaded_at, published, meta)
  FROM luohuplan.reports r ORDER BY report_id;
SELECT 'fact ' || report_id || ' ' || seq || ' ' || encode(sha256(convert_to(f::text, 'UTF8')), 'hex')
  FROM luohuplan.facts f ORDER BY report_id, seq;
SELECT 'indicator ' || i::text FROM luohuplan.indicators i WHERE user_defined ORDER BY code;
SELECT 'region ' || r::text FROM luohuplan.regions r WHERE user_defined ORDER BY name;
SELECT 'series ' || s::text FROM luohuplan.series s ORDER BY region, indicator, measure, period;
SELECT 'conflict ' || c::text FROM luohuplan.conflicts c ORDER BY region, indicator, measure, period, status;
SELECT 'replaced ' || b::text FROM luohuplan.replaced_bytes b ORDER BY report_id, byte_offset;
SQL
}

# ---- a loaded database ----
dropdb --if-exists $src >/dev/null 2>&1
createdb $src && q $src -c "CREATE EXTENSION luohuplan" || { echo "not ok - database $src with the extension"; exit 1; }
{
  for f in "$top"/test/samples/*.txt; do
    printf '\\set raw `xxd -p %s | tr -d "\\n"`\n' "$f"
    printf "SELECT luohuplan.ingest(decode(:'raw', 'hex'), '%s');\n" "$(basename "$f")"
  done
  # a GBK copy of a UTF-8 report, a file with one damaged byte
  iconv -f UTF-8 -t GBK "$top/test/samples/futian-2022-plan.txt" > "$work/copy.gbk.txt"
  { head -c 300 "$top/test/samples/futian-2022-plan.txt"; printf '\377'; tail -c +301 "$top/test/samples/futian-2022-plan.txt"; } \
    > "$work/damaged.txt"
  printf '\\set raw `xxd -p %s | tr -d "\\n"`\n' "$work/copy.gbk.txt"
  printf "SELECT luohuplan.ingest(decode(:'raw', 'hex'), 'copy.gbk.txt', '{\"published\": \"2023-03-01\"}');\n"
  printf '\\set raw `xxd -p %s | tr -d "\\n"`\n' "$work/damaged.txt"
  printf "SELECT luohuplan.ingest(decode(:'raw', 'hex'), 'damaged.txt', on_error => 'replace');\n"
  cat <<'SQL'
SELECT luohuplan.set_meta(report_id, '{"kind": "news", "published": "2023-08-02"}')
  FROM luohuplan.reports WHERE source = 'futian-2023-repost.txt';
INSERT INTO luohuplan.indicators (code, name_zh, aliases, name_en) VALUES ('user_ind', '用户指标', '{}', 'A user indicator');
INSERT INTO luohuplan.regions (name, code, short_name, level, parent_code) VALUES ('用户片区', NULL, '用户', 'new_area', '440304');
SQL
} > "$work/load.sql"
q $src -f "$work/load.sql" >/dev/null || echo "not ok - the sample database loads"
fingerprint $src > "$work/src.print"
n_reports=$(grep -c '^report ' "$work/src.print"); n_facts=$(grep -c '^fact ' "$work/src.print")
check "the source database holds $n_reports reports and $n_facts facts" \
  bash -c "[ $n_reports -ge 6 ] && [ $n_facts -ge 100 ]"
check "it holds a damaged byte, a copy and a correction" \
  bash -c "grep -q '^replaced ' '$work/src.print' && grep -q '^report .*copy.gbk.txt' '$work/src.print' &&
           grep -q '^report .*futian-2023-repost.txt.*| news |.*2023-08-02' '$work/src.print'"

compare() {  # compare what db
  fingerprint "$2" > "$work/$2.print"
  if diff "$work/src.print" "$work/$2.print" > "$work/$2.diff"; then
    echo "ok - $1: every report, fact, user row and view row is the same ($n_reports reports, $n_facts facts)"
  else
    echo "not ok - $1 differs:"; head -20 "$work/$2.diff" | sed 's/^/#   /'
  fi
}

# ---- pg_dump custom format, pg_restore (one job and two) ----
pg_dump -Fc -f "$work/dump.fc" $src 2>"$work/dump.err"; rc=$?
check "pg_dump -Fc exits 0" [ $rc -eq 0 ]
check "pg_dump -Fc writes the data of reports and facts" \
  bash -c "pg_restore -l '$work/dump.fc' | grep -q 'TABLE DATA luohuplan reports' &&
           pg_restore -l '$work/dump.fc' | grep -q 'TABLE DATA luohuplan facts'"
dropdb --if-exists lp_backup_fc >/dev/null 2>&1; createdb lp_backup_fc
pg_restore --exit-on-error -d lp_backup_fc "$work/dump.fc"; rc=$?
check "pg_restore into a new database exits 0" [ $rc -eq 0 ]
compare "pg_dump -Fc + pg_restore" lp_backup_fc
# parallel restore loads facts and reports at once (pg_restore orders the
# data of extension tables only when restoring one item at a time), so the
# README's recipe turns the foreign-key check off for the restore session
dropdb --if-exists lp_backup_j2 >/dev/null 2>&1; createdb lp_backup_j2
PGOPTIONS="-c session_replication_role=replica" pg_restore --exit-on-error -j 2 -d lp_backup_j2 "$work/dump.fc"; rc=$?
check "pg_restore -j 2 with session_replication_role=replica exits 0" [ $rc -eq 0 ]
compare "pg_dump -Fc + pg_restore -j 2" lp_backup_j2

# ---- plain format ----
pg_dump -f "$work/dump.sql" $src 2>/dev/null; rc=$?
check "pg_dump (plain) exits 0" [ $rc -eq 0 ]
dropdb --if-exists lp_backup_plain >/dev/null 2>&1; createdb lp_backup_plain
psql -X -q -v ON_ERROR_STOP=1 -d lp_backup_plain -f "$work/dump.sql" >/dev/null; rc=$?
check "the plain dump restores with psql without an error" [ $rc -eq 0 ]
compare "plain pg_dump + psql" lp_backup_plain

# a restored database works on: new reports, corrections, the guard
q lp_backup_fc -c "SELECT luohuplan.ingest(convert_to(E'2031年计划执行情况\n全区地区生产总值增长5.5%。', 'UTF8'), 'after-restore.txt')" >/dev/null \
  && q lp_backup_fc -c "SELECT luohuplan.set_meta(report_id, '{\"region\": \"罗湖区\"}') FROM luohuplan.reports WHERE source = 'after-restore.txt'" >/dev/null
check "a restored database loads and corrects reports" [ $? -eq 0 ]
out=$(psql -X -q -d lp_backup_fc -v VERBOSITY=verbose -c "DROP EXTENSION luohuplan" 2>&1)
check "DROP EXTENSION refuses in the restored database too" grep -q '2BP01' <<<"$out"

# ---- pg_upgrade into a new cluster (binary upgrade, same major version) ----
if [ -x "$bindir/pg_upgrade" ] && [ -x "$bindir/initdb" ]; then
  run=()
  [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
  old=$work/old; new=$work/new
  ok=1
  "${run[@]}" "$bindir/initdb" -D "$old" -U postgres --auth=trust -E UTF8 --no-locale >"$work/initdb.log" 2>&1 || ok=0
  "${run[@]}" "$bindir/initdb" -D "$new" -U postgres --auth=trust -E UTF8 --no-locale >>"$work/initdb.log" 2>&1 || ok=0
  opts="-c listen_addresses= -k $work"
  if [ $ok = 1 ] && "${run[@]}" "$bindir/pg_ctl" -D "$old" -o "$opts -p 55990" -l "$work/old.log" -w start >/dev/null; then
    # the same database in the old cluster, from the custom dump
    PGHOST=$work PGPORT=55990 createdb $src \
      && PGHOST=$work PGPORT=55990 pg_restore --exit-on-error -d $src "$work/dump.fc" || ok=0
    "${run[@]}" "$bindir/pg_ctl" -D "$old" -m fast -w stop >/dev/null
    (cd "$work" && "${run[@]}" "$bindir/pg_upgrade" -b "$bindir" -B "$bindir" -d "$old" -D "$new" \
        -p 55990 -P 55991 -s "$work" -U postgres >"$work/upgrade.log" 2>&1) || ok=0
    check "pg_upgrade of a cluster holding the reports succeeds" [ $ok = 1 ]
    [ $ok = 1 ] || tail -20 "$work/upgrade.log" | sed 's/^/#   /'
    if [ $ok = 1 ] && "${run[@]}" "$bindir/pg_ctl" -D "$new" -o "$opts -p 55991" -l "$work/new.log" -w start >/dev/null; then
      PGHOST=$work PGPORT=55991 fingerprint $src > "$work/upgraded.print"
      if diff "$work/src.print" "$work/upgraded.print" > "$work/upgraded.diff"; then
        echo "ok - pg_upgrade: every report, fact, user row and view row is the same"
      else
        echo "not ok - pg_upgrade differs:"; head -20 "$work/upgraded.diff" | sed 's/^/#   /'
      fi
      "${run[@]}" "$bindir/pg_ctl" -D "$new" -m fast -w stop >/dev/null
    fi
  else
    echo "not ok - a second cluster for pg_upgrade starts"; cat "$work/initdb.log" | tail -5
  fi
else
  echo "skip - pg_upgrade or initdb not found in $bindir"
fi

# ---- DROP EXTENSION ----
dropdb --if-exists lp_backup_drop >/dev/null 2>&1; createdb lp_backup_drop
q lp_backup_drop -c "CREATE EXTENSION luohuplan" \
  -c "SELECT luohuplan.ingest(convert_to(E'2030年计划执行情况\n全区地区生产总值增长6.8%。', 'UTF8'), 'keep-me.txt')" >/dev/null
for stmt in "DROP EXTENSION luohuplan" "DROP EXTENSION IF EXISTS luohuplan RESTRICT" \
            "DROP EXTENSION pg_trgm, luohuplan" "DROP OWNED BY CURRENT_USER"; do
  out=$(psql -X -q -d lp_backup_drop -v VERBOSITY=verbose -c "$stmt" 2>&1)
  check "$stmt refuses while a report exists (2BP01)" grep -q 'ERROR: *2BP01: cannot drop extension luohuplan because luohuplan.reports holds 1 report' <<<"$out"
done
check "the report and its facts are still there" \
  [ "$(q lp_backup_drop -c "SELECT count(*) FROM luohuplan.reports r JOIN luohuplan.facts f USING (report_id)")" -ge 1 ]
check "the error says what to do" grep -q 'HINT: *Back them up first (pg_dump keeps them), then use DROP EXTENSION luohuplan CASCADE' <<<"$out"
check "DROP EXTENSION luohuplan CASCADE drops it" q lp_backup_drop -c "DROP EXTENSION luohuplan CASCADE"
q lp_backup_drop -c "CREATE EXTENSION luohuplan" \
  -c "SELECT luohuplan.ingest(convert_to(E'2030年计划执行情况\n全区地区生产总值增长6.8%。', 'UTF8'), 'keep-me.txt')" >/dev/null
check "TRUNCATE luohuplan.reports CASCADE, then DROP EXTENSION luohuplan works" \
  q lp_backup_drop -c "TRUNCATE luohuplan.reports CASCADE" -c "DROP EXTENSION luohuplan"
check "an empty extension drops without CASCADE" \
  q lp_backup_drop -c "CREATE EXTENSION luohuplan" -c "DROP EXTENSION luohuplan"
check "other extensions drop as before" \
  q lp_backup_drop -c "CREATE EXTENSION luohuplan" -c "SELECT luohuplan.ingest(convert_to('增长5%', 'UTF8'), 'x')" \
    -c "CREATE EXTENSION IF NOT EXISTS pg_trgm" -c "DROP EXTENSION pg_trgm"
exit 0
