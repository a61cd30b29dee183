#!/usr/bin/env python3
"""cookbook.py — run every query of the README's Cookbook as written and
compare what psql prints with the output pasted under it.

The queries run on the sample reports and facts of sql/analysis.sql (its
two INSERTs, copied into a database of their own), under three search_paths:
the default, the README's ``luohuplan, public`` and an empty one, so every
example must work with any search_path.  ``--write`` pastes the actual output
into README.md instead (after a change to the views or to the samples).

Usage: cookbook.py TOP DATABASE [--write]   (PGHOST etc. in the environment)
"""
import re
import subprocess
import sys

top, db = sys.argv[1], sys.argv[2]
write = '--write' in sys.argv[3:]
PATHS = ['', 'luohuplan, public', "''"]


def psql(sql, path=''):
    pre = 'SET search_path = %s;\n' % path if path else ''
    r = subprocess.run(['psql', '-X', '-q', '-P', 'footer=off', '-v', 'ON_ERROR_STOP=1', '-d', db],
                       input=pre + sql, capture_output=True, text=True)
    out = '\n'.join(line.rstrip() for line in r.stdout.rstrip('\n').split('\n'))
    return r.returncode, out, r.stderr.strip()


def samples():
    text = open(top + '/sql/analysis.sql', encoding='utf-8').read()
    start = text.index('-- ---- sample reports ----')
    end = text.index('-- ---- fact_values')
    return text[start:end]


def blocks(readme):
    """(start, end) offsets of each output block and the query above it,
    within the Cookbook section (the Citus recipe, which needs a cluster, is under Performance)."""
    sec_start = readme.index('## Cookbook')
    sec_end = readme.index('\n## ', sec_start + 1)
    pat = re.compile(r'```sql\n(.*?)```\n\n?```\n(.*?)```\n', re.S)
    for m in pat.finditer(readme, sec_start, sec_end):
        yield m.group(1), m.start(2), m.end(2), m.group(2).rstrip('\n')


def main():
    rc, _, err = psql('SET client_min_messages = warning;\n' + samples())
    if rc != 0:
        print('not ok 1 - the samples of sql/analysis.sql load: ' + err)
        return 1
    readme = open(top + '/README.md', encoding='utf-8').read()
    n, failed, edits = 0, 0, []
    for query, s, e, want in blocks(readme):
        first = query.strip().split('\n')[0][:70]
        for path in PATHS:
            n += 1
            rc, got, err = psql(query, path)
            name = '%s (search_path %s)' % (first, path or 'default')
            if rc != 0:
                failed += 1
                print('not ok %d - %s: %s' % (n, name, err))
            elif got != want and not write:
                failed += 1
                print('not ok %d - %s: output differs\n# got:\n%s\n# want:\n%s' % (
                    n, name, '\n'.join('#   ' + l for l in got.split('\n')),
                    '\n'.join('#   ' + l for l in want.split('\n'))))
            else:
                print('ok %d - %s' % (n, name))
                if write and path == '' and got != want:
                    edits.append((s, e, got + '\n'))
    if write and edits:
        for s, e, new in reversed(edits):
            readme = readme[:s] + new + readme[e:]
        open(top + '/README.md', 'w', encoding='utf-8').write(readme)
        print('# wrote %d output blocks into README.md' % len(edits))
    if n == 0:
        print('not ok 1 - the Cookbook has queries with output')
        return 1
    return 1 if failed else 0


sys.exit(main())
