/*
 * pg_quantity.c — storage and I/O of luohuplan.quantity: the on-disk layout
 * (described in pg_quantity.h), text input/output through the core's
 * lp_quantity_parse/lp_quantity_format, and binary send/recv.
 *
 * Binary wire format (version 0), strings UTF-8 regardless of encodings:
 *   uint8 version (0), uint8 qualifier (lp_qualifier code),
 *   then for each of the 7 fields in on-disk order: uint8 length, bytes.
 * recv accepts exactly the values text input can produce: every field is
 * checked (length, no NUL, valid UTF-8, decimal syntax, known unit), nothing
 * may follow the last field, and the value must be canonical: formatting it
 * and parsing the text back must give the very same fields.  Every
 * rejection is SQLSTATE 22P03 (invalid_binary_representation).
 */
#include "pg_quantity.h"

#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

const int	lpq_field_cap[LPQ_NFIELDS] = {
	LP_NUM_MAX, LP_NUM_MAX, sizeof(((lp_quantity *) 0)->unit),
	LP_NUM_MAX, LP_NUM_MAX, sizeof(((lp_quantity *) 0)->base_unit),
	LPQ_DIMENSION_MAX + 1
};

const char *const lpq_field_name[LPQ_NFIELDS] = {
	"value", "value_hi", "unit", "base_value", "base_value_hi", "base_unit",
	"dimension"
};

StaticAssertDecl(LP_Q_EQ == 0 && LP_Q_APPROX == 1 && LP_Q_GE == 2 &&
				 LP_Q_GT == 3 && LP_Q_LE == 4 && LP_Q_LT == 5 &&
				 LP_Q_RANGE == 6, "lp_qualifier codes are stored on disk");

PG_FUNCTION_INFO_V1(lpq_in);
PG_FUNCTION_INFO_V1(lpq_out);
PG_FUNCTION_INFO_V1(lpq_recv);
PG_FUNCTION_INFO_V1(lpq_send);

/* The fields of an lp_quantity in on-disk order. */
static void
quantity_fields(const lp_quantity *q, const char *f[LPQ_NFIELDS])
{
	f[LPQ_VALUE] = q->value;
	f[LPQ_VALUE_HI] = q->value_hi;
	f[LPQ_UNIT] = q->unit;
	f[LPQ_BASE_VALUE] = q->base_value;
	f[LPQ_BASE_VALUE_HI] = q->base_value_hi;
	f[LPQ_BASE_UNIT] = q->base_unit;
	f[LPQ_DIMENSION] = q->dimension ? q->dimension : "";
}

struct varlena *
lpq_pack(const lp_quantity *q)
{
	const char *f[LPQ_NFIELDS];
	size_t		len[LPQ_NFIELDS];
	size_t		total = VARHDRSZ + LPQ_HEADER;
	struct varlena *v;
	uint8	   *p;

	if ((unsigned) q->qualifier > LP_Q_RANGE)
		elog(ERROR, "quantity core returned an unknown qualifier %d", (int) q->qualifier);
	quantity_fields(q, f);
	for (int i = 0; i < LPQ_NFIELDS; i++)
	{
		len[i] = strnlen(f[i], lpq_field_cap[i]);
		if (len[i] >= (size_t) lpq_field_cap[i])
			elog(ERROR, "quantity field %s is longer than %d bytes",
				 lpq_field_name[i], lpq_field_cap[i] - 1);
		total += len[i] + 1;
	}
	v = (struct varlena *) palloc0(total);
	SET_VARSIZE(v, total);
	p = (uint8 *) VARDATA(v);
	*p++ = LPQ_VERSION;
	*p++ = (uint8) q->qualifier;
	for (int i = 0; i < LPQ_NFIELDS; i++)
		*p++ = (uint8) len[i];
	for (int i = 0; i < LPQ_NFIELDS; i++)
	{
		memcpy(p, f[i], len[i]);
		p += len[i] + 1;		/* the NUL is already there (palloc0) */
	}
	return v;
}

/* Report a damaged datum; never read past it. */
static void
corrupted(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_DATA_CORRUPTED),
			 errmsg("corrupted luohuplan.quantity value"),
			 errdetail("%s", what)));
}

void
lpq_unpack(const struct varlena *v, lpq_view *out)
{
	const uint8 *p = (const uint8 *) VARDATA_ANY(v);
	size_t		size = VARSIZE_ANY_EXHDR(v);
	size_t		pos = LPQ_HEADER;

	if (size < LPQ_HEADER)
		corrupted("shorter than its header");
	if (p[0] != LPQ_VERSION)
		corrupted("unknown format version");
	if (p[1] > LP_Q_RANGE)
		corrupted("unknown qualifier code");
	out->qualifier = (lp_qualifier) p[1];
	for (int i = 0; i < LPQ_NFIELDS; i++)
	{
		size_t		n = p[2 + i];

		if (n >= (size_t) lpq_field_cap[i] || pos + n + 1 > size || p[pos + n] != '\0')
			corrupted("field lengths disagree with the value's size");
		out->len[i] = (uint8) n;
		out->f[i] = (const char *) p + pos;
		pos += n + 1;
	}
	if (pos != size)
		corrupted("bytes after the last field");
}

void
lpq_getarg(FunctionCallInfo fcinfo, int n, lpq_view *out)
{
	lpq_unpack((struct varlena *) PG_DETOAST_DATUM_PACKED(PG_GETARG_DATUM(n)), out);
}

void
lpq_to_quantity(const lpq_view *v, lp_quantity *q)
{
	memset(q, 0, sizeof(*q));
	q->qualifier = v->qualifier;
	memcpy(q->value, v->f[LPQ_VALUE], v->len[LPQ_VALUE]);
	memcpy(q->value_hi, v->f[LPQ_VALUE_HI], v->len[LPQ_VALUE_HI]);
	memcpy(q->unit, v->f[LPQ_UNIT], v->len[LPQ_UNIT]);
	memcpy(q->base_value, v->f[LPQ_BASE_VALUE], v->len[LPQ_BASE_VALUE]);
	memcpy(q->base_value_hi, v->f[LPQ_BASE_VALUE_HI], v->len[LPQ_BASE_VALUE_HI]);
	memcpy(q->base_unit, v->f[LPQ_BASE_UNIT], v->len[LPQ_BASE_UNIT]);
	q->dimension = v->f[LPQ_DIMENSION];
}

char *
lpq_to_server(const char *utf8, size_t len)
{
	char	   *s = pg_any_to_server(utf8, (int) len, PG_UTF8);

	return s == utf8 ? pnstrdup(utf8, len) : s;
}

char *
lpq_from_server(const char *s, size_t len)
{
	char	   *u = pg_server_to_any(s, (int) len, PG_UTF8);

	return u == s ? pnstrdup(s, len) : u;
}

const char *
lpq_canonical_factor(const char *base_unit, size_t len)
{
	const lp_unit *u;

	if (len == 0)
		return NULL;
	u = lp_unit_lookup(base_unit, len);
	return u ? lp_unit_canonical_factor(u) : NULL;
}

const char *
lpq_dimension_label(const char *dimension)
{
	return dimension[0] ? dimension : "dimensionless";
}

char *
lpq_text(const lpq_view *v)
{
	lp_quantity q;
	char		out[256];

	lpq_to_quantity(v, &q);
	out[0] = '\0';
	lp_quantity_format(&q, out, sizeof(out));
	out[sizeof(out) - 1] = '\0';
	return lpq_to_server(out, strlen(out));
}

/* "what was wrong" of a core error, for errdetail. */
static const char *
error_detail(const lp_error *err)
{
	if (err->msg[0] == '\0')
		return NULL;
	if (err->detail[0] == '\0')
		return err->msg;
	return psprintf("%s: %s", err->msg, err->detail);
}

/* Raise a failed parse of input text: 22P02 unless the core says otherwise. */
static void
input_error(const char *input, const lp_error *err)
{
	const char *detail = error_detail(err);

	if (err->code == LP_ERANGE)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("quantity out of range: \"%s\"", input),
				 detail ? errdetail("%s", detail) : 0));
	if (err->code == LP_ETOOBIG)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("quantity input is too long: \"%.64s...\"", input),
				 detail ? errdetail("%s", detail) : 0));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type quantity: \"%s\"", input),
			 detail ? errdetail("%s", detail) : 0));
}

/* quantity_in(cstring): parse '约20亿元', '1-2个', '6.0%左右', ... */
Datum
lpq_in(PG_FUNCTION_ARGS)
{
	char	   *input = PG_GETARG_CSTRING(0);
	char	   *utf8 = lpq_from_server(input, strlen(input));
	lp_quantity q;
	lp_error	err;

	memset(&err, 0, sizeof(err));
	if (lp_quantity_parse(utf8, strlen(utf8), &q, &err) != LP_OK)
	{
		if (err.code == LP_OK)
			err.code = LP_ESYNTAX;
		input_error(input, &err);
	}
	PG_RETURN_POINTER(lpq_pack(&q));
}

/* quantity_out(quantity): the canonical text, e.g. '约20亿元' */
Datum
lpq_out(PG_FUNCTION_ARGS)
{
	lpq_view	v;

	lpq_getarg(fcinfo, 0, &v);
	PG_RETURN_CSTRING(lpq_text(&v));
}

/* quantity_send(quantity): version, qualifier, 7 length-prefixed fields */
Datum
lpq_send(PG_FUNCTION_ARGS)
{
	lpq_view	v;
	StringInfoData buf;

	lpq_getarg(fcinfo, 0, &v);
	pq_begintypsend(&buf);
	pq_sendbyte(&buf, LPQ_VERSION);
	pq_sendbyte(&buf, (uint8) v.qualifier);
	for (int i = 0; i < LPQ_NFIELDS; i++)
	{
		pq_sendbyte(&buf, v.len[i]);
		pq_sendbytes(&buf, v.f[i], v.len[i]);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static void
bad_binary(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary representation of type quantity"),
			 errdetail("%s", detail)));
}

/* Decimal syntax: optional '-', digits with at most one '.' among them. */
static bool
decimal_syntax_ok(const char *s, size_t len)
{
	size_t		i = 0;
	int			digits = 0,
				points = 0;

	if (i < len && s[i] == '-')
		i++;
	for (; i < len; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (s[i] == '.' && points == 0)
			points++;
		else
			return false;
	}
	return digits > 0;
}

/* quantity_recv(internal): as strict as text input, see the file comment */
Datum
lpq_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	lp_quantity q,
				again;
	char		dimension[LPQ_DIMENSION_MAX + 1];
	char	   *f[LPQ_NFIELDS];
	const char *canon[LPQ_NFIELDS];
	char		textform[256];
	lp_error	err;
	int			version,
				qualifier;

	if (buf->len - buf->cursor < 2)
		bad_binary("shorter than its 2-byte header");
	version = pq_getmsgbyte(buf);
	qualifier = pq_getmsgbyte(buf);
	if (version != LPQ_VERSION)
		bad_binary(psprintf("format version %d is not supported (only 0)", version));
	if (qualifier > LP_Q_RANGE)
		bad_binary(psprintf("qualifier code %d is not one of 0..%d", qualifier, LP_Q_RANGE));
	memset(&q, 0, sizeof(q));
	q.qualifier = (lp_qualifier) qualifier;
	f[LPQ_VALUE] = q.value;
	f[LPQ_VALUE_HI] = q.value_hi;
	f[LPQ_UNIT] = q.unit;
	f[LPQ_BASE_VALUE] = q.base_value;
	f[LPQ_BASE_VALUE_HI] = q.base_value_hi;
	f[LPQ_BASE_UNIT] = q.base_unit;
	f[LPQ_DIMENSION] = dimension;
	q.dimension = dimension;
	for (int i = 0; i < LPQ_NFIELDS; i++)
	{
		int			n;
		const char *bytes;

		if (buf->len - buf->cursor < 1)
			bad_binary(psprintf("field %s is missing", lpq_field_name[i]));
		n = pq_getmsgbyte(buf);
		if (n >= lpq_field_cap[i])
			bad_binary(psprintf("field %s is longer than %d bytes",
								lpq_field_name[i], lpq_field_cap[i] - 1));
		if (buf->len - buf->cursor < n)
			bad_binary(psprintf("field %s is cut short", lpq_field_name[i]));
		bytes = pq_getmsgbytes(buf, n);
		if (memchr(bytes, '\0', n) != NULL)
			bad_binary(psprintf("field %s contains a NUL byte", lpq_field_name[i]));
		if (!pg_verify_mbstr(PG_UTF8, bytes, n, true))
			bad_binary(psprintf("field %s is not valid UTF-8", lpq_field_name[i]));
		memcpy(f[i], bytes, n);
		f[i][n] = '\0';
	}
	if (buf->cursor != buf->len)
		bad_binary(psprintf("%d bytes follow the last field", buf->len - buf->cursor));

	for (int i = LPQ_VALUE; i <= LPQ_BASE_VALUE_HI; i++)
	{
		bool		optional = (i == LPQ_VALUE_HI || i == LPQ_BASE_VALUE_HI);

		if (i == LPQ_UNIT || (optional && f[i][0] == '\0'))
			continue;
		if (!decimal_syntax_ok(f[i], strlen(f[i])))
			bad_binary(psprintf("field %s is not a decimal: \"%s\"", lpq_field_name[i],
								lpq_to_server(f[i], strlen(f[i]))));
	}
	if (q.unit[0] && lp_unit_lookup(q.unit, strlen(q.unit)) == NULL)
		bad_binary(psprintf("unknown unit \"%s\"", lpq_to_server(q.unit, strlen(q.unit))));

	/* canonical: its text form parsed back must give the very same fields */
	textform[0] = '\0';
	lp_quantity_format(&q, textform, sizeof(textform));
	textform[sizeof(textform) - 1] = '\0';
	memset(&err, 0, sizeof(err));
	if (lp_quantity_parse(textform, strlen(textform), &again, &err) != LP_OK)
		bad_binary(psprintf("its text form \"%s\" is not valid: %s",
							lpq_to_server(textform, strlen(textform)),
							err.msg[0] ? err.msg : "rejected by the parser"));
	if (again.qualifier != q.qualifier)
		bad_binary(psprintf("qualifier %s is not what its text form gives (%s)",
							lp_qualifier_name(q.qualifier),
							lp_qualifier_name(again.qualifier)));
	quantity_fields(&again, canon);
	for (int i = 0; i < LPQ_NFIELDS; i++)
		if (strcmp(f[i], canon[i]) != 0)
			bad_binary(psprintf("field %s is \"%s\", its text form gives \"%s\"",
								lpq_field_name[i],
								lpq_to_server(f[i], strlen(f[i])),
								lpq_to_server(canon[i], strlen(canon[i]))));
	PG_RETURN_POINTER(lpq_pack(&again));
}
