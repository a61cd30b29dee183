#!/bin/bash
# hostile.sh — the reproductions of issue 16 that need a clock, a cancel or
# a memory figure (see test/t/hostile.py; the deterministic ones are in
# sql/hostile.sql).  Needs python3-psycopg2 from Debian, so it runs the
# system interpreter.
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3)
if ! "$py" -c 'import psycopg2' 2>/dev/null; then
  echo "skip - python3-psycopg2 not installed: hostile input reproductions not run"
  exit 0
fi
LP_TOP=$top exec "$py" "$top/test/t/hostile.py"
