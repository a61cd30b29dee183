#!/usr/bin/python3
"""hostile.py — the reproductions of issue 16 (hostile input) that need a
clock, a cancel or a memory figure; the deterministic ones are in
sql/hostile.sql.

1. the chrome rule '[bookmark: ' (330 KB, 1 MB, 10 MB) under
   statement_timeout = 1s ends within 1.5 s, and keeps the text;
2. extract(repeat('1亿元', N)) of 1 MB peaks at most 40x the input in the
   backend (VmHWM over VmRSS, the peak reset by /proc/PID/clear_refs: run as
   root on the server's host; skipped otherwise);
3. every text extract() returns is valid UTF-8 (the issue's three queries);
4. the spans of every stored fact index reports.clean: ingest of our sample
   and genre documents and of documents built to hit each repair that was
   not idempotent, then normalize(clean) = clean and each quantity's span,
   cut from clean, lies in its evidence;
5. a long single line (10 MB of '1亿元', a 20 MB 分别 list) under
   statement_timeout = 1s ends within 1.5 s.

Failures whose cause is known and outside this module (lp_extract.c, to be
fixed after its refactor) are printed as skip lines naming the cause, with
the measured figure; when one passes, a note says to remove it.
Environment: PGHOST/PGPORT/PGUSER of a cluster with the extension
installable.  Prints TAP lines.
"""
import glob
import os
import sys
import time

import psycopg2

TOP = os.environ.get('LP_TOP') or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DB = 'lp_hostile'
failures = 0

EXTRACT_WINDOWS = ('known failure: lp_extract.c cuts windows at byte offsets (after_last and '
                   'marks_after_last return hi - MAX_LOOKBACK, next_end and marks_next_end return '
                   'q->end + MAX_EVIDENCE/2, lp_copy_str in lp_text.h cuts period[16] and subject '
                   'copies), see docs/reliability.md')
EXTRACT_MEMORY = ('known failure: lp_extract.c pools an evidence window (up to 1.5 KB) and a '
                  'subject for every fact of a long line and keeps all facts until the end, '
                  'see docs/reliability.md')
KNOWN = {
    'repro3': EXTRACT_WINDOWS,
    'repro2': EXTRACT_MEMORY,
}


def tap(ok, what, known=None):
    global failures
    if ok:
        print('ok - %s' % what, flush=True)
        if known:
            print('# a known failure passes now: %s' % what, flush=True)
    elif known:
        print('skip - %s: %s' % (what, known), flush=True)
    else:
        failures += 1
        print('not ok - %s' % what, flush=True)


def connect(dbname=DB):
    conn = psycopg2.connect(dbname=dbname)
    conn.autocommit = True
    return conn


def timed(cur, sql, args=None, timeout_ms=1000):
    """Run sql under statement_timeout: (seconds, SQLSTATE or None, rows)."""
    cur.execute('SET statement_timeout = %d' % timeout_ms)
    state = None
    rows = None
    t0 = time.monotonic()
    try:
        cur.execute(sql, args)
        rows = cur.fetchall()
    except psycopg2.Error as e:
        state = e.pgcode or 'error'
    secs = time.monotonic() - t0
    cur.execute('RESET statement_timeout')
    return secs, state, rows


def peak_of(conn, sql, args=None):
    """Peak private memory a statement adds to its backend (bytes), or None:
    VmHWM after it minus VmRSS before, without the shared memory (shared
    buffers) the backend touched, which is not its own."""
    cur = conn.cursor()
    cur.execute('SELECT pg_catalog.pg_backend_pid()')
    pid = cur.fetchone()[0]

    def kb(key):
        with open('/proc/%d/status' % pid) as f:
            for line in f:
                if line.startswith(key + ':'):
                    return int(line.split()[1])
        return 0
    try:
        with open('/proc/%d/clear_refs' % pid, 'w') as f:
            f.write('5')
        before = kb('VmRSS') - kb('RssShmem')
    except OSError:
        return None
    cur.execute(sql, args)
    cur.fetchall()
    return max(0, kb('VmHWM') - kb('RssShmem') - before) * 1024


def main():
    admin = connect('postgres')
    admin.cursor().execute('DROP DATABASE IF EXISTS %s' % DB)
    admin.cursor().execute('CREATE DATABASE %s' % DB)
    conn = connect()
    cur = conn.cursor()
    cur.execute('CREATE EXTENSION luohuplan')
    # documents stored first, so a call's time and memory are its own
    cur.execute('CREATE TABLE doc (name text PRIMARY KEY, t text)')
    cur.execute("INSERT INTO doc VALUES ('yiyuan_1mb', repeat('1亿元', 143000)), "
                "('yiyuan_10mb', repeat('1亿元', 1430000))")
    cur.execute("INSERT INTO doc SELECT 'fenbie_20mb', "
                "(SELECT string_agg('第' || i || '产业增加值', '、') FROM generate_series(1, 620000) i) "
                "|| '分别增长' || (SELECT string_agg((i % 50) || '.5%%', '、') FROM generate_series(1, 620000) i) || '。'")

    # ---- 1. the chrome rule: linear, cancellable, text kept
    for n in (30000, 95325, 909091):
        secs, state, rows = timed(cur, "SELECT pg_catalog.length(luohuplan.normalize(repeat('[bookmark: ', %s)))", (n,))
        tap(secs <= 1.5 and state is None and rows[0][0] == 11 * n,
            "repro 1: normalize(repeat('[bookmark: ', %d)) (%d bytes) under a 1 s timeout: %s in %.2f s"
            % (n, 11 * n, state or 'done', secs))
    secs, state, rows = timed(cur, "SELECT pg_catalog.length(luohuplan.normalize(repeat('[bookmark: x]', 800000)))")
    tap(secs <= 1.5 and state is None and rows[0][0] == 0,
        'repro 1: 10 MB of complete bookmarks removed in %.2f s (%s)' % (secs, state or 'done'))

    # ---- 2. memory of extract on a long line of quantities
    c2 = connect()
    peak = peak_of(c2, "SELECT pg_catalog.count(*) FROM doc, luohuplan.extract(doc.t) WHERE doc.name = 'yiyuan_1mb'")
    c2.close()
    if peak is None:
        print('skip - repro 2: cannot read the backend\'s memory (/proc/PID/clear_refs): not root on the server\'s host')
    else:
        ratio = peak / 1001000
        tap(ratio <= 40, "repro 2: extract(repeat('1亿元', 143000)) peaks at %.0fx the 1 MB input (%.0f MB)"
            % (ratio, peak / 1e6), KNOWN['repro2'])

    # ---- 3. every text extract() returns is UTF-8
    for what, sql in (
            ('evidence', "SELECT convert_from(textsend(evidence), 'UTF8') FROM luohuplan.extract(repeat('经济', 300) || 'a增长5%')"),
            ('subject', "SELECT convert_from(textsend(subject), 'UTF8') FROM luohuplan.extract('新增2家a' || repeat('企业', 150))"),
            ('period', "SELECT convert_from(textsend(period), 'UTF8') FROM luohuplan.extract('增长5%', '2022年上半年度')")):
        secs, state, rows = timed(cur, sql, timeout_ms=60000)
        tap(state is None, 'repro 3: the %s extract() returns is valid UTF-8 (%s)' % (what, state or 'ok'),
            KNOWN['repro3'])

    # ---- 4. spans index reports.clean
    docs = []
    for path in sorted(glob.glob(os.path.join(TOP, 'test/samples/*.txt')) +
                       glob.glob(os.path.join(TOP, 'test/genre/docs/*.txt'))):
        with open(path, 'rb') as f:
            docs.append((os.path.basename(path), f.read()))
    built = [
        '罗湖区2022年国民经济计划执行情况\n地区[bookmark: p1](jīng)生产总值增长5%，固定资产投资增长8%。',
        '示范区2023年经济运行情况\n&amp;lt;b&amp;gt;地区生产总值增长６．５％&lt;/b&gt;，<ｂ>投资</ｂ>增长3%。',
        '示范區2023年經濟運行情況\n錕斤拷地區生產總值增長5%，地區(dì)(qū)固定資產投資增長8%。',
        '示范区2023年经济运行情况\n' + '经济发展'.encode('gbk').decode('latin-1') + '，地区生产总值增长5%。',
        '示范区2023年经济运行情况\n二<b>〇</b>二三年地区生产总值增长5%，[book[bookmark: a]mark: b]投资增长8%。',
    ]
    for i, text in enumerate(built):
        docs.append(('built-%d' % i, text.encode('utf-8')))
    conn.autocommit = False
    for name, raw in docs:
        cur.execute('SELECT luohuplan.ingest(%s, %s)', (psycopg2.Binary(raw), 'hostile-' + name))
    cur.execute("SELECT count(*), count(*) FILTER (WHERE luohuplan.normalize(clean) <> clean) "
                "FROM luohuplan.reports WHERE source LIKE 'hostile-%'")
    nrep, not_normal = cur.fetchone()
    tap(nrep == len(docs) and not_normal == 0,
        'repro 4: %d reports stored, %d whose clean text normalize would change' % (nrep, not_normal))
    cur.execute("""
        SELECT count(*),
               count(*) FILTER (WHERE s.span = '' OR pg_catalog.strpos(s.evidence, s.span) = 0),
               pg_catalog.string_agg(s.source || ':' || s.line || ' ' || s.span, '; ')
                 FILTER (WHERE s.span = '' OR pg_catalog.strpos(s.evidence, s.span) = 0)
          FROM (SELECT r.source, f.line, luohuplan.evidence(f) AS evidence,
                       pg_catalog.substr(pg_catalog.split_part(r.clean, E'\\n', f.line),
                                         f.span_start + 1, f.span_end - f.span_start) AS span
                  FROM luohuplan.facts f JOIN luohuplan.reports r USING (report_id)
                 WHERE r.source LIKE 'hostile-%' AND f.value IS NOT NULL) s""")
    nfacts, bad, which = cur.fetchone()
    tap(nfacts > 0 and bad == 0,
        'repro 4: the span of each of %d quantity facts, cut from reports.clean, is in its evidence%s'
        % (nfacts, '' if not bad else ' (%d are not: %s)' % (bad, (which or '')[:300])))
    cur.execute("""
        SELECT pg_catalog.string_agg(s.span, ',' ORDER BY s.seq)
          FROM (SELECT f.seq, pg_catalog.substr(pg_catalog.split_part(r.clean, E'\\n', f.line),
                                               f.span_start + 1, f.span_end - f.span_start) AS span
                  FROM luohuplan.facts f JOIN luohuplan.reports r USING (report_id)
                 WHERE r.source = 'hostile-built-0') s""")
    spans = cur.fetchone()[0]
    tap(spans == '5%,8%', "repro 4: the issue's document: spans give '%s' (want '5%%,8%%')" % spans)
    conn.rollback()
    conn.autocommit = True

    # ---- 5. long single lines cancel promptly
    for name, call in (('yiyuan_10mb', 'extract'), ('fenbie_20mb', 'extract'), ('yiyuan_10mb', 'normalize')):
        sql = ("SELECT pg_catalog.count(*) FROM doc, luohuplan.extract(doc.t) WHERE doc.name = %s" if call == 'extract'
               else "SELECT pg_catalog.length(luohuplan.normalize(doc.t)) FROM doc WHERE doc.name = %s")
        secs, state, rows = timed(cur, sql, (name,))
        tap(secs <= 1.5 and state in (None, '57014'),
            'repro 5: %s of %s under a 1 s timeout: %s after %.2f s' % (call, name, state or 'done', secs))

    conn.close()
    admin.cursor().execute('DROP DATABASE IF EXISTS %s' % DB)
    admin.close()
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
