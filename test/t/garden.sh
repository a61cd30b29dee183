#!/bin/bash
# garden.sh — the SQL garden: every function of the luohuplan schema called
# with hostile inputs (see test/t/garden.py).  Needs python3-psycopg2 from
# Debian, so it runs the system interpreter, not whatever python3 is first
# on PATH.
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3)
if ! "$py" -c 'import psycopg2' 2>/dev/null; then
  echo "skip - python3-psycopg2 not installed: SQL garden not run"
  exit 0
fi
exec "$py" "$top/test/t/garden.py"
