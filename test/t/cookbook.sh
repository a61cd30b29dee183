#!/bin/bash
# cookbook.sh — the README's Cookbook runs as written: every query, under
# the default search_path, the README's and an empty one, prints the output
# pasted under it (test/t/cookbook.py; --write there refreshes the README).
# Needs PGHOST/PGPORT/PGUSER of a cluster where luohuplan is installed.
set -uo pipefail
top=${LP_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
db=lp_cookbook
trap 'dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
psql -X -q -d "$db" -c "CREATE EXTENSION luohuplan" || { echo "not ok 1 - CREATE EXTENSION luohuplan"; exit 1; }
python3 "$top/test/t/cookbook.py" "$top" "$db" "$@"
