#!/bin/bash
# quantity_copy.sh — luohuplan.quantity through COPY: text and binary round
# trips give back the very same values, and corrupted binary input (bytes
# flipped, lengths changed, trailing bytes) is refused with an error, never
# a crash: the server must still answer afterwards.
# Needs PGHOST/PGPORT/PGUSER of a cluster where luohuplan is installed.
set -uo pipefail
db=lp_quantity_copy
tmp=$(mktemp -d /tmp/lp-quantity-copy.XXXXXX)
trap 'rm -rf "$tmp"; dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
n=0
ok() { n=$((n + 1)); echo "ok $n - $*"; }
nok() { n=$((n + 1)); echo "not ok $n - $*"; }
check() { local what=$1; shift; if "$@"; then ok "$what"; else nok "$what"; fi; }
q() { psql -X -q -v ON_ERROR_STOP=1 -At -d "$db" "$@"; }

dropdb --if-exists "$db" >/dev/null 2>&1
createdb "$db" || { echo "not ok 1 - createdb $db"; exit 1; }
q -c "CREATE EXTENSION luohuplan" || { echo "not ok 1 - CREATE EXTENSION luohuplan"; exit 1; }

q <<'SQL'
CREATE TABLE src (id int PRIMARY KEY, q luohuplan.quantity);
INSERT INTO src VALUES
  (1, '428.88亿元'), (2, '约20亿元'), (3, '1-2个'), (4, '6.0%左右'),
  (5, '不少于10场次'), (6, '3.5%以内'), (7, '超8亿元'), (8, '2000万元'),
  (9, '12.5万平方米'), (10, '3-5万元'), (11, NULL), (12, '0.5亿元');
INSERT INTO src SELECT 100 + i, (i || '.' || i || '万元')::luohuplan.quantity
  FROM generate_series(1, 200) i;
CREATE TABLE dst_text (LIKE src);
CREATE TABLE dst_bin (LIKE src);
CREATE TABLE scratch (LIKE src);
SQL

# every field and the qualifier, compared as text so a change shows
fields="id, q::text, luohuplan.value(q), luohuplan.value_hi(q), luohuplan.unit(q),
        luohuplan.base_value(q), luohuplan.base_value_hi(q), luohuplan.base_unit(q),
        luohuplan.qualifier(q), luohuplan.dimension(q), luohuplan.quantity_send(q)"
same_table() {
  [ -z "$(q -c "(SELECT $fields FROM src EXCEPT ALL SELECT $fields FROM $1)
                UNION ALL (SELECT $fields FROM $1 EXCEPT ALL SELECT $fields FROM src)")" ]
}

# ---- text COPY round trip ----
q -c "\\copy src TO '$tmp/src.txt'"
check "text COPY TO wrote every row" [ "$(wc -l < "$tmp/src.txt")" -eq 212 ]
q -c "\\copy dst_text FROM '$tmp/src.txt'"
check "text COPY round trip keeps every field" same_table dst_text

# ---- binary COPY round trip ----
q -c "\\copy src TO '$tmp/src.bin' WITH (FORMAT binary)"
q -c "\\copy dst_bin FROM '$tmp/src.bin' WITH (FORMAT binary)"
check "binary COPY round trip keeps every field" same_table dst_bin
check "binary COPY file carries UTF-8 units" grep -q "亿元" "$tmp/src.bin"

# the same through a server-side file (the cluster's socket directory)
if [ -d "${PGHOST:-}" ] && [ -w "$PGHOST" ]; then
  server_file="$PGHOST/lp_quantity_copy.bin"
  q -c "CREATE TABLE dst_server (LIKE src)" \
    -c "COPY src TO '$server_file' WITH (FORMAT binary)" \
    -c "COPY dst_server FROM '$server_file' WITH (FORMAT binary)"
  check "server-side binary COPY TO file and FROM file keeps every field" same_table dst_server
  rm -f "$server_file"
else
  echo "skip - PGHOST is not a writable directory: server-side COPY file skipped"
fi

# ---- corrupted binary input ----
# make_case FILE KIND ARG: one row (id 2, '约20亿元') rewritten by python.
q -c "\\copy (SELECT * FROM src WHERE id = 2) TO '$tmp/one.bin' WITH (FORMAT binary)"
python3 - "$tmp" <<'PY'
import os, random, struct, sys
tmp = sys.argv[1]
raw = open(os.path.join(tmp, "one.bin"), "rb").read()
# COPY binary: 11-byte signature, int32 flags, int32 extension length,
# then per row int16 field count, per field int32 length + bytes; int16 -1 ends.
hdr_len = 11 + 4 + 4 + struct.unpack(">i", raw[15:19])[0]
pos = hdr_len + 2
id_len = struct.unpack(">i", raw[pos:pos + 4])[0]
id_field = raw[pos:pos + 4 + id_len]
pos += 4 + id_len
q_len = struct.unpack(">i", raw[pos:pos + 4])[0]
value = raw[pos + 4:pos + 4 + q_len]
header = raw[:hdr_len]

def write(name, v):
    with open(os.path.join(tmp, name + ".bin"), "wb") as f:
        f.write(header + struct.pack(">h", 2) + id_field
                + struct.pack(">i", len(v)) + v + struct.pack(">h", -1))

# named cases: each must be refused with 22P03
cases = {
    "version_1": bytes([1]) + value[1:],
    "qualifier_9": value[:1] + bytes([9]) + value[2:],
    "trailing_byte": value + b"\x00",
    "cut_short": value[:-2],
    "empty": b"",
    "header_only": value[:2],
    "field_too_long": value[:2] + bytes([200]) + value[3:],
    "bad_utf8_unit": value.replace("亿元".encode(), b"\xff\xfe\xfd\xfc\xfb\xfa"),
    "unknown_unit": value.replace("亿元".encode(), "亿亿".encode()),
    "nul_in_value": value.replace(b"\x0220", b"\x022\x00"),
    "not_decimal": value.replace(b"\x0220", b"\x022x"),
    "base_mismatch": value.replace(b"2000000000", b"2000000001"),
    "unit_mismatch": value.replace("\x03元".encode(), "\x03个".encode()),
    "dimension_mismatch": value.replace(b"money", b"monex"),
}
# a case whose pattern is not in the value any more tests nothing: name it
for name, v in cases.items():
    write("case_" + name, v)
with open(os.path.join(tmp, "cases.txt"), "w") as f:
    f.write("\n".join(cases) + "\n")
with open(os.path.join(tmp, "unchanged.txt"), "w") as f:
    f.write("".join(name + "\n" for name, v in cases.items() if v == value))

# random corruption: flip, set or insert bytes of the value
rng = random.Random(20261123)
for i in range(300):
    v = bytearray(value)
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        k = rng.randrange(len(v))
        op = rng.randrange(4)
        if op == 0:
            v[k] ^= 1 << rng.randrange(8)
        elif op == 1:
            v[k] = rng.choice([0, 0xff, 0x80, 0x7f, 0x2d, 0x2e, 0x30, 0x39])
        elif op == 2:
            v[k] = rng.randrange(256)
        else:
            v.insert(k, rng.randrange(256))
    write("fuzz_%03d" % i, bytes(v))
PY
check "python wrote the corrupted files" test -f "$tmp/case_version_1.bin" -a -f "$tmp/fuzz_299.bin"

check "every named corruption changes the value ($(tr '\n' ' ' < "$tmp/unchanged.txt"))" \
  [ ! -s "$tmp/unchanged.txt" ]
while read -r name; do
  out=$(psql -X -q -d "$db" -v VERBOSITY=verbose -c "\\set VERBOSITY verbose" \
        -c "\\copy scratch FROM '$tmp/case_$name.bin' WITH (FORMAT binary)" 2>&1)
  case "$out" in
    *"ERROR:  22P03"*) ok "corrupted binary ($name) refused with 22P03" ;;
    *) nok "corrupted binary ($name) refused with 22P03"; echo "# $out" | head -5 ;;
  esac
done < "$tmp/cases.txt"

# fuzz: one session; every COPY either fails or loads a canonical value
{
  echo "\\set VERBOSITY verbose"
  for i in $(seq -f %03g 0 299); do
    echo "\\copy scratch FROM '$tmp/fuzz_$i.bin' WITH (FORMAT binary)"
  done
} > "$tmp/fuzz.sql"
psql -X -q -d "$db" -f "$tmp/fuzz.sql" > "$tmp/fuzz.out" 2>&1
errors=$(grep -c "ERROR:" "$tmp/fuzz.out")
echo "# fuzz error codes: $(grep -o "ERROR:  [0-9A-Z]*" "$tmp/fuzz.out" | sort | uniq -c | tr -s ' \n' ' ')"
lost=$(grep -ciE "server closed|terminated|connection to server" "$tmp/fuzz.out")
check "fuzzed binary COPY: no lost connection ($errors of 300 refused)" [ "$lost" -eq 0 ]
loaded=$(q -c "SELECT count(*) FROM scratch")
check "fuzzed binary COPY: refused or loaded, all 300 accounted for ($loaded loaded)" \
  [ $((errors + loaded)) -eq 300 ]
check "fuzzed binary COPY: errors are data errors (22P03/22P04/22021/08P01)" \
  [ "$(grep "ERROR:" "$tmp/fuzz.out" | grep -cvE "ERROR:  (22P03|22P04|22021|08P01):")" -eq 0 ]
check "fuzzed binary COPY: every value loaded is canonical" \
  [ "$(q -c "SELECT count(*) FROM scratch WHERE q::text::luohuplan.quantity::text <> q::text
               OR luohuplan.quantity_send(q::text::luohuplan.quantity) <> luohuplan.quantity_send(q)")" -eq 0 ]
check "server still answers after corrupted input" [ "$(q -c "SELECT 1")" = 1 ]
check "stored values still read back after corrupted input" [ "$(q -c "SELECT count(q::text) FROM src")" -eq 211 ]

echo "1..$n"
