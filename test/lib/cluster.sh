#!/bin/bash
# cluster.sh — a throwaway PostgreSQL 15 cluster: initdb into a temporary
# directory, a private Unix socket, no TCP.  As root the server runs as the
# postgres user (initdb refuses root).  Sourced; sets PGHOST, PGPORT, PGUSER.

# LP_PGBIN (or the directory of PG_CONFIG) and LP_PGPORT choose another
# PostgreSQL installation and port, so several checkouts can test at once.
LP_PGBIN=${LP_PGBIN:-$(dirname "${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}")}
LP_PGPORT=${LP_PGPORT:-54329}

lp_cluster_start() {
  LP_PGDIR=$(mktemp -d /tmp/luohuplan-pg.XXXXXX)
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$LP_PGDIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$LP_PGBIN/initdb" -D "$LP_PGDIR/data" -U postgres --auth=trust \
      -E UTF8 --no-locale >"$LP_PGDIR/initdb.log" 2>&1 || { cat "$LP_PGDIR/initdb.log"; return 1; }
  "${run[@]}" "$LP_PGBIN/pg_ctl" -D "$LP_PGDIR/data" -l "$LP_PGDIR/server.log" -w \
      -o "-k $LP_PGDIR -c listen_addresses= -p $LP_PGPORT -c max_worker_processes=8 ${LP_PG_OPTS:-}" start >/dev/null \
      || { cat "$LP_PGDIR/server.log"; return 1; }
  export PGHOST=$LP_PGDIR PGPORT=$LP_PGPORT PGUSER=postgres PGDATABASE=postgres
  LP_CLUSTER_RUN=("${run[@]}")
}

lp_cluster_stop() {
  [ -n "${LP_PGDIR:-}" ] || return 0
  "${LP_CLUSTER_RUN[@]}" "$LP_PGBIN/pg_ctl" -D "$LP_PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$LP_PGDIR"
  LP_PGDIR=
}
