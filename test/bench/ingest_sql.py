"""ingest_sql.py DATA INDEX CALL — a psql script that ingests every document
of DATA (lengths in INDEX, one per line) with CALL (%SOURCE% and %RAW%
replaced; copies after the first get a line with their number, so every
document is a report of its own), then prints the backend's peak resident
memory as "hwm_kb=N" (VmHWM of /proc/self/status, read by the backend; needs
a superuser, as the benchmark's throwaway cluster has).  Used by bench.sh."""
import sys

data, idx, call = sys.argv[1:4]
out = sys.stdout
out.write('\\set ON_ERROR_STOP 1\n')
with open(data, 'rb') as f, open(idx) as ix:
    for k, line in enumerate(ix):
        raw = f.read(int(line))
        # the repeated reports are the same bytes, which ingest stores once:
        # a line of its own makes every copy a report of its own
        if k > 0:
            raw += ('\n（副本 %d）\n' % k).encode('utf-8')
        out.write('SELECT ' + call.replace('%SOURCE%', "'big-%d'" % k)
                  .replace('%RAW%', "'\\x%s'::pg_catalog.bytea" % raw.hex()) + ';\n')
out.write("SELECT 'hwm_kb=' || substring(pg_catalog.pg_read_file('/proc/self/status')"
          " from 'VmHWM:\\s*([0-9]+)');\n")
