#!/bin/bash
# bi_metadata.sh — what a BI tool sees of schema luohuplan: standard column
# types and a comment on every object.  Runs bi_metadata.py with python3 and
# Debian's python3-psycopg2 against the cluster in PGHOST/PGPORT/PGUSER.
# Debian's interpreter first: psycopg2 is installed for it, not for
# whichever python3 happens to come first in PATH (pyenv, venvs).
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
[ -x "$py" ] || py=python3
if ! "$py" -c 'import psycopg2' 2>/dev/null; then
  echo "skip - python3 with psycopg2 is not installed (Debian: python3-psycopg2)"
  exit 0
fi
exec "$py" "$here/bi_metadata.py"
