#!/usr/bin/python3
"""garden.py — the SQL garden of luohuplan.

Every function in the luohuplan schema (found in pg_proc, so functions added
later are covered without editing this file) is called with hostile inputs
in each of its text, bytea and cstring parameters, and in parameters of the
extension's own base types (quantity), built from the text inputs: NULL, empty, one byte,
random characters or bytes, broken encodings, degenerate strings and 100 MB
(over the default luohuplan.max_document_size of 64 MB, so 54000 is
expected).  If the schema has a base type with a binary receive function,
random bytes are also sent through it with binary COPY.

Asserted for every call: the backend survives (the connection stays up,
the server accepts connections, its log has no "terminated by signal"), and
any error has a specific SQLSTATE: never class XX (internal error) or 58
(system error), and no statement timeout (a hang or quadratic blow-up).
A class 42 error other than 42501 (a syntax error or undefined object in
the function's own body) is a bug too.  A 100 MB value in a document parameter (named raw, doc, document, body,
clean, text or input, or unnamed) must fail with 54000 or a data exception
(class 22); in other parameters it only has to be survived.

Environment: PGHOST/PGPORT/PGUSER of a cluster with the extension
installed; LP_GARDEN_PARTS=functions,recv chooses the parts (default both),
LP_GARDEN_TIMEOUT the statement timeout of each call (default 60s).  Prints TAP lines (one per function, parameter and input class).
"""
import io
import os
import random
import struct
import subprocess
import sys
import time

import psycopg2
import psycopg2.extensions

DB = "lp_garden"
TIMEOUT = os.environ.get("LP_GARDEN_TIMEOUT", "60s")
failures = 0


def tap(ok, what, note=""):
    global failures
    if not ok:
        failures += 1
    print("%s - %s%s" % ("ok" if ok else "not ok", what, (": " + note) if note else ""), flush=True)


def connect(dbname):
    conn = psycopg2.connect(dbname=dbname)
    conn.autocommit = True
    return conn


def server_log():
    path = os.path.join(os.environ.get("PGHOST", ""), "server.log")
    return path if os.path.isfile(path) else None


def log_size():
    p = server_log()
    return os.path.getsize(p) if p else 0


def crashed_since(offset):
    """Lines of the server log after offset that report a dead backend."""
    p = server_log()
    if not p:
        return []
    with open(p, "rb") as f:
        f.seek(offset)
        text = f.read().decode("utf-8", "replace")
    return [l for l in text.splitlines() if "terminated by signal" in l or "was terminated" in l]


def wait_ready():
    for _ in range(60):
        if subprocess.call(["pg_isready", "-q"], env=os.environ) == 0:
            return True
        time.sleep(1)
    return False


# ---- input classes: SQL expressions evaluated in the server ----

RANDOM_CHARS = ("(SELECT string_agg(chr(1 + ((i * 7919 + i / 3 * 104729) %% 55295)), '') "
                "FROM generate_series(1, %d) i)")
RANDOM_BYTES = ("(SELECT string_agg(decode(md5(i::text), 'hex'), ''::bytea) "
                "FROM generate_series(1, %d) i)")
GENRE = "全区实现地区生产总值1234.56亿元，同比增长6.8%；新增就业岗位1.2万个。\\n"
BIG = 100 * 1024 * 1024

TEXT_INPUTS = [
    ("null", "NULL::text"),
    ("empty", "''::text"),
    ("one_byte", "'9'::text"),
    ("one_char", "'亿'::text"),
    ("random_chars", RANDOM_CHARS % 20000),
    ("mojibake_latin1", "convert_from(convert_to('地区生产总值增长百分之六', 'GBK'), 'LATIN1')"),
    ("mojibake_utf8_as_gbk", "'鍦板尯鐢熶骇鎬诲�煎�為暱鐧惧垎涔嬪叚鐐逛簲'::text"),
    ("replacement_chars", "repeat(E'\\uFFFD', 10000)"),
    ("control_chars", "(SELECT string_agg(chr(i), '') FROM generate_series(1, 31) i)"),
    ("nines_100000", "repeat('9', 100000)"),
    ("yi_100000", "repeat('亿', 100000)"),
    ("parens_100000", "repeat('（', 100000)"),
    ("percent_words_50000", "repeat('百分之', 50000)"),
    ("dots_100000", "repeat('1.', 100000)"),
    ("ranges_50000", "repeat('1-', 50000)"),
    ("headings_5000", "repeat(E'一、总体情况\\n（一）主要指标\\n', 5000)"),
    ("one_long_line", "repeat('增长6%，', 200000)"),
    ("many_newlines", "repeat(E'\\n', 1000000)"),
    ("genre_1mb", "repeat(E'%s', 12000)" % GENRE),
    ("large_100mb", "repeat('亿元增长6%%\\n', %d)" % (BIG // 15 + 1)),
]

BYTEA_INPUTS = [
    ("null", "NULL::bytea"),
    ("empty", "'\\x'::bytea"),
    ("one_byte", "'\\x81'::bytea"),
    ("random_bytes", RANDOM_BYTES % 4000),
    ("gbk_truncated", "substring(convert_to('地区生产总值', 'GBK') from 1 for 11)"),
    ("utf8_truncated", "substring(convert_to('地区生产总值', 'UTF8') from 1 for 17)"),
    ("utf8_overlong", "'\\xc0afe080af'::bytea"),
    ("utf8_surrogate", "'\\xeda080'::bytea"),
    ("utf16le_bom_odd", "'\\xfffe304e'::bytea || '\\x41'::bytea"),
    ("utf16le_lone_surrogate", "'\\xfffe00d84100'::bytea"),
    ("big5_truncated", "'\\xa4a4a5'::bytea"),
    ("nul_bytes", "'\\x0000000000'::bytea"),
    ("nines_100000", "convert_to(repeat('9', 100000), 'UTF8')"),
    ("yi_gbk_100000", "convert_to(repeat('亿', 100000), 'GBK')"),
    ("headings_5000", "convert_to(repeat(E'一、总体情况\\n（一）主要指标\\n', 5000), 'UTF8')"),
    ("genre_gbk_1mb", "convert_to(repeat(E'%s', 12000), 'GBK')" % GENRE),
    ("large_100mb", "convert_to(repeat('亿元增长6%%\\n', %d), 'UTF8')" % (BIG // 15 + 1)),
]

FILLERS = {
    "text": "'auto'", "varchar": "'auto'", "bytea": "'\\x41'::bytea",
    "int2": "1", "int4": "1", "int8": "1", "numeric": "1", "float4": "1", "float8": "1",
    "bool": "false", "json": "'{}'", "jsonb": "'{}'",
}


OWN_FILLERS = {"quantity": "'约20亿元'"}


def filler(typname, typcategory, own_types):
    if typname in own_types:
        return "%s::luohuplan.%s" % (OWN_FILLERS.get(typname, "NULL"), typname)
    if typname in FILLERS:
        return FILLERS[typname] + "::" + typname
    if typcategory == "A":
        return "'{}'::%s" % typname
    return "NULL::%s" % typname


def functions(cur):
    cur.execute("""
        SELECT p.oid, p.proname, p.oid::regprocedure::text, p.prokind,
               p.pronargs, p.pronargdefaults,
               coalesce(p.proargnames, '{}'),
               array(SELECT t.typname FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY a(t, n)
                     JOIN pg_type t ON t.oid = a.t ORDER BY a.n),
               array(SELECT t.typcategory::text FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY a(t, n)
                     JOIN pg_type t ON t.oid = a.t ORDER BY a.n),
               p.prorettype::regtype::text
        FROM pg_proc p
        WHERE p.pronamespace = 'luohuplan'::regnamespace
        ORDER BY 3""")
    return cur.fetchall()


def call_once(conn, sql):
    """Run sql; returns (status, detail) with status 'ok', 'error' or 'crash'."""
    cur = conn.cursor()
    try:
        cur.execute(sql)
        if cur.description is not None:
            cur.fetchall()
        return "ok", None
    except psycopg2.OperationalError as e:
        if conn.closed:
            return "crash", str(e).strip()
        return "error", (e.pgcode, str(e).strip().splitlines()[0] if str(e).strip() else "")
    except psycopg2.InterfaceError as e:
        return "crash", str(e).strip()
    except psycopg2.Error as e:
        first = (e.pgerror or "").strip().splitlines()
        return "error", (e.pgcode, first[0].replace("ERROR:  ", "") if first else "")


# parameters that carry a whole document: luohuplan.max_document_size must
# refuse 100 MB in them (54000); a 100 MB value in any other parameter (a
# unit name, a period) only has to be handled without crash or hang
DOCUMENT_PARAMS = {"raw", "doc", "document", "body", "clean", "text", "input", ""}


def judge(label, status, detail, large, offset):
    dead = crashed_since(offset)
    if status == "crash" or dead:
        why = (dead or [str(detail)])[0].strip().splitlines()
        tap(False, label, "backend died: %s" % (why[0] if why else "connection lost"))
        return
    if status == "ok":
        if large == "document":
            tap(False, label, "100 MB document accepted (expected 54000 over luohuplan.max_document_size)")
        elif large:
            tap(True, label, "returned (100 MB in a parameter that is not a document)")
        else:
            tap(True, label, "returned")
        return
    code, msg = detail
    if code is None:
        tap(False, label, "error without SQLSTATE: %s" % msg)
    elif code.startswith("XX") or code.startswith("58"):
        tap(False, label, "unspecific SQLSTATE %s: %s" % (code, msg))
    elif code.startswith("42") and code != "42501":
        tap(False, label, "SQLSTATE %s is a bug in the function, not in the input: %s" % (code, msg))
    elif code == "57014":
        tap(False, label, "did not finish within %s (hang or quadratic time?)" % TIMEOUT)
    elif large == "document" and code != "54000" and not code.startswith("22"):
        tap(False, label, "100 MB input failed with %s, expected 54000: %s" % (code, msg))
    else:
        tap(True, label, "%s %s" % (code, msg[:80]))


def garden_functions(conn):
    cur = conn.cursor()
    funcs = functions(cur)
    cur.execute("""SELECT typname FROM pg_type WHERE typnamespace = 'luohuplan'::regnamespace
                   AND typtype = 'b' AND typelem = 0""")
    own_types = {r[0] for r in cur.fetchall()}
    if not funcs:
        print("skip - the luohuplan schema has no functions yet")
        return conn
    ncalls = 0
    for (oid, name, sig, kind, nargs, ndefaults, argnames, types, cats, rettype) in funcs:
        if kind not in ("f", "a"):
            print("skip - %s: kind %s is not called by the garden" % (sig, kind))
            continue
        if "internal" in types or rettype in ("trigger", "event_trigger", "internal"):
            print("skip - %s: takes or returns internal/trigger, not callable from SQL" % sig)
            continue
        if any(t.startswith("any") for t in types):
            print("skip - %s: polymorphic" % sig)
            continue
        targets = [i for i, t in enumerate(types)
                   if t in ("text", "bytea", "cstring", "varchar") or t in own_types]
        if not targets:
            print("skip - %s: no text or bytea parameter" % sig)
            continue
        for pos in targets:
            inputs = BYTEA_INPUTS if types[pos] == "bytea" else TEXT_INPUTS
            for cls, expr in inputs:
                if types[pos] == "cstring":
                    if cls == "null":
                        continue
                    expr = "(%s)::cstring" % expr
                elif types[pos] == "varchar":
                    expr = "(%s)::varchar" % expr
                elif types[pos] in own_types:
                    # the extension's own types (quantity) are built from the
                    # hostile text by their input function
                    expr = "(%s)::luohuplan.%s" % (expr, psycopg2.extensions.quote_ident(types[pos], conn))
                args = [expr if i == pos else filler(types[i], cats[i], own_types) for i in range(nargs)]
                sql = "SELECT %s.%s(%s)" % ("luohuplan", psycopg2.extensions.quote_ident(name, conn),
                                            ", ".join(args))
                label = "garden %s arg %d %s" % (sig, pos + 1, cls)
                offset = log_size()
                status, detail = call_once(conn, sql)
                ncalls += 1
                pname = argnames[pos] if pos < len(argnames) else ""
                large = None
                if cls.startswith("large"):
                    large = "document" if pname in DOCUMENT_PARAMS else "other"
                judge(label, status, detail, large, offset)
                if status == "crash" or conn.closed:
                    if not wait_ready():
                        tap(False, "server accepts connections again after %s" % label)
                        sys.exit(1)
                    conn = connect(DB)
                    prepare(conn)
    print("# %d calls" % ncalls)
    return conn


# values whose binary form (typsend) is mutated for the receive function
SEND_SAMPLES = {"quantity": ["约20亿元", "1-2个", "428.88亿元", "6.8%", "3.2个百分点",
                             "不少于1.2万个", "25万平方米", "-7.3%", "100", "超380亿元"]}


def binary_copy_payload(fields):
    out = [b"PGCOPY\n\xff\r\n\x00", struct.pack("!ii", 0, 0)]
    for f in fields:
        out.append(struct.pack("!hi", 1, len(f)) + f)
    out.append(struct.pack("!h", -1))
    return b"".join(out)


def garden_recv(conn):
    """Random bytes through every luohuplan base type's binary receive function."""
    cur = conn.cursor()
    cur.execute("""
        SELECT t.typname, t.typreceive::regproc::text
        FROM pg_type t
        WHERE t.typnamespace = 'luohuplan'::regnamespace AND t.typtype = 'b'
          AND t.typreceive <> 0 AND t.typelem = 0
        ORDER BY 1""")
    types = cur.fetchall()
    if not types:
        print("skip - the luohuplan schema has no base type with a binary receive function yet")
        return conn
    rng = random.Random(20301231)
    for typname, recv in types:
        cur.execute("DROP TABLE IF EXISTS garden_recv; CREATE TABLE garden_recv (v luohuplan.%s)"
                    % psycopg2.extensions.quote_ident(typname, conn))
        cases = [("empty", b""), ("one_byte", b"\x01"), ("ff_16", b"\xff" * 16),
                 ("huge_lengths", struct.pack("!ii", 0x7fffffff, -1) * 8)]
        for i in range(200):
            n = rng.choice([1, 2, 3, 4, 7, 8, 12, 16, 24, 31, 32, 64, 100, 255, 1000, 5000])
            cases.append(("random_%d" % i, bytes(rng.getrandbits(8) for _ in range(n))))
        # mutations of valid values, so the payloads get past the first checks
        send = recv[:-len("recv")] + "send" if recv.endswith("recv") else None
        valid = []
        if send:
            for lit in SEND_SAMPLES.get(typname, []):
                try:
                    cur.execute("SELECT %s(%%s::luohuplan.%s)" % (send, typname), (lit,))
                    valid.append(bytes(cur.fetchone()[0]))
                except psycopg2.Error:
                    pass
        for i, v in enumerate(valid):   # as sent: must be accepted
            cases.append(("valid_%d" % i, v))
        for i in range(300 if valid else 0):
            b = bytearray(rng.choice(valid))
            op = i % 4
            if op == 0 and b:          # flip bytes
                for _ in range(rng.randint(1, 4)):
                    b[rng.randrange(len(b))] = rng.getrandbits(8)
            elif op == 1 and b:        # truncate
                del b[rng.randrange(len(b)):]
            elif op == 2:              # append garbage
                b += bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 64)))
            elif b:                    # huge or negative length-like words
                k = rng.randrange(len(b))
                b[k:k + 4] = rng.choice([b"\x7f\xff\xff\xff", b"\xff\xff\xff\xff", b"\x00\x00\x00\x00"])
            cases.append(("mutated_%d" % i, bytes(b)))
        bad = []
        codes = {}
        for cls, payload in cases:
            offset = log_size()
            try:
                cur.copy_expert("COPY garden_recv FROM STDIN (FORMAT binary)",
                                io.BytesIO(binary_copy_payload([payload])))
                codes["ok"] = codes.get("ok", 0) + 1
            except psycopg2.Error as e:
                if conn.closed:
                    bad.append("%s: backend died" % cls)
                    wait_ready()
                    conn = connect(DB)
                    prepare(conn)
                    cur = conn.cursor()
                elif e.pgcode is None or e.pgcode.startswith("XX") or e.pgcode.startswith("58"):
                    bad.append("%s: SQLSTATE %s %s" % (cls, e.pgcode, (e.pgerror or "").strip()[:80]))
                else:
                    codes[e.pgcode] = codes.get(e.pgcode, 0) + 1
            if crashed_since(offset):
                bad.append("%s: server log reports a dead backend" % cls)
        if valid and codes.get("ok", 0) < len(valid):
            bad.append("only %d of %d unmodified %s values were accepted back"
                       % (codes.get("ok", 0), len(valid), send))
        # whatever was accepted must print and compare without trouble
        status, detail = call_once(conn, "SELECT v::text FROM garden_recv")
        if status != "ok":
            bad.append("printing received values: %s" % (detail,))
        tap(not bad, "garden %s via binary COPY: %d random and mutated payloads" % (recv, len(cases)),
            "; ".join(bad[:5]) if bad else ", ".join("%s×%d" % kv for kv in sorted(codes.items())))
    return conn


def prepare(conn):
    cur = conn.cursor()
    cur.execute("SET statement_timeout = %s", (TIMEOUT,))
    cur.execute("SET client_min_messages = warning")


def main():
    admin = connect("postgres")
    admin.cursor().execute("DROP DATABASE IF EXISTS " + DB)
    admin.cursor().execute("CREATE DATABASE " + DB)
    admin.close()
    conn = connect(DB)
    conn.cursor().execute("CREATE EXTENSION luohuplan")
    prepare(conn)
    if not server_log():
        print("# server log not found under PGHOST: crashes detected through the connection only")
    parts = os.environ.get("LP_GARDEN_PARTS", "functions,recv").split(",")
    if "functions" in parts:
        conn = garden_functions(conn)
    if "recv" in parts:
        conn = garden_recv(conn)
    tap(wait_ready(), "server still accepts connections after the garden")
    conn.close()
    admin = connect("postgres")
    admin.cursor().execute("DROP DATABASE IF EXISTS " + DB)
    admin.close()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
