/*
 * pg_quantity_funcs.c — accessors of luohuplan.quantity, its cast to
 * numeric and luohuplan.convert(quantity, unit).
 *
 * Text accessors return NULL for an empty field (no unit, no dimension);
 * numeric ones return NULL when there is no upper end.  The cast to
 * numeric gives base_value: the lower end of a range or the bound of
 * 超/不少于/以内, in the base unit.
 */
#include "pg_quantity.h"

#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(lpq_value);
PG_FUNCTION_INFO_V1(lpq_value_hi);
PG_FUNCTION_INFO_V1(lpq_unit);
PG_FUNCTION_INFO_V1(lpq_base_value);
PG_FUNCTION_INFO_V1(lpq_base_value_hi);
PG_FUNCTION_INFO_V1(lpq_base_unit);
PG_FUNCTION_INFO_V1(lpq_qualifier);
PG_FUNCTION_INFO_V1(lpq_dimension);
PG_FUNCTION_INFO_V1(lpq_convert);

/* A decimal field as numeric, NULL when empty. */
static Datum
numeric_field(FunctionCallInfo fcinfo, lpq_field field)
{
	lpq_view	v;
	Datum		d;
	bool		isnull;

	lpq_getarg(fcinfo, 0, &v);
	d = lp_pg_numeric(v.f[field], &isnull);
	if (isnull)
		PG_RETURN_NULL();
	return d;
}

/* A string field as text in the database encoding, NULL when empty. */
static Datum
text_field(FunctionCallInfo fcinfo, lpq_field field)
{
	lpq_view	v;
	char	   *s;

	lpq_getarg(fcinfo, 0, &v);
	if (v.len[field] == 0)
		PG_RETURN_NULL();
	s = lpq_to_server(v.f[field], v.len[field]);
	PG_RETURN_TEXT_P(cstring_to_text(s));
}

/* value(q): the number as written, in unit (428.88 for 428.88亿元) */
Datum
lpq_value(PG_FUNCTION_ARGS)
{
	return numeric_field(fcinfo, LPQ_VALUE);
}

/* value_hi(q): upper end as written (2 for 1-2个), else NULL */
Datum
lpq_value_hi(PG_FUNCTION_ARGS)
{
	return numeric_field(fcinfo, LPQ_VALUE_HI);
}

/* unit(q): the unit as written (亿元), NULL when there is none */
Datum
lpq_unit(PG_FUNCTION_ARGS)
{
	return text_field(fcinfo, LPQ_UNIT);
}

/* base_value(q): value in the base unit (42888000000); also the numeric cast */
Datum
lpq_base_value(PG_FUNCTION_ARGS)
{
	return numeric_field(fcinfo, LPQ_BASE_VALUE);
}

/* base_value_hi(q): value_hi in the base unit, else NULL */
Datum
lpq_base_value_hi(PG_FUNCTION_ARGS)
{
	return numeric_field(fcinfo, LPQ_BASE_VALUE_HI);
}

/* base_unit(q): the base unit (元), NULL when there is no unit */
Datum
lpq_base_unit(PG_FUNCTION_ARGS)
{
	return text_field(fcinfo, LPQ_BASE_UNIT);
}

/* dimension(q): money, area, ...; NULL when there is no unit */
Datum
lpq_dimension(PG_FUNCTION_ARGS)
{
	return text_field(fcinfo, LPQ_DIMENSION);
}

/* qualifier(q): eq, approx, ge, gt, le, lt or range */
Datum
lpq_qualifier(PG_FUNCTION_ARGS)
{
	lpq_view	v;

	lpq_getarg(fcinfo, 0, &v);
	PG_RETURN_TEXT_P(cstring_to_text(lp_qualifier_name(v.qualifier)));
}

/* Drop trailing zeros after a decimal point (and the point itself). */
static void
trim_fraction(char *s)
{
	char	   *point = strchr(s, '.');
	char	   *end;

	if (point == NULL)
		return;
	end = s + strlen(s);
	while (end > point + 1 && end[-1] == '0')
		*--end = '\0';
	if (end == point + 1)
		*point = '\0';
	if (strcmp(s, "-0") == 0)
		strcpy(s, "0");
}

/*
 * out = base / factor.  Exact when the quotient terminates (checked by
 * multiplying back); otherwise rounded once, to 12 decimal places, from the
 * true quotient.  Larger scales are tried first and shrunk until the
 * quotient fits LP_NUM_MAX.
 */
static void
divide_to_unit(const char *base, const char *factor, char *out)
{
	static const int scales[] = {30, 24, 18, 12, 6, 0};
	char		back[LP_NUM_MAX * 2];
	int			used = -1;

	for (int i = 0; i < (int) lengthof(scales); i++)
	{
		if (lp_dec_div(base, factor, scales[i], out, LP_NUM_MAX) == LP_OK)
		{
			used = scales[i];
			break;
		}
	}
	if (used < 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("converted quantity is out of range"),
				 errdetail("%s divided by %s does not fit in %d digits.",
						   base, factor, LP_NUM_MAX - 1)));
	if (lp_dec_mul(out, factor, back, sizeof(back)) != LP_OK ||
		lp_dec_cmp(back, base) != 0)
	{
		if (used > 12 && lp_dec_div(base, factor, 12, out, LP_NUM_MAX) != LP_OK)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("converted quantity is out of range")));
	}
	trim_fraction(out);
}

/* out = base * from / to, see divide_to_unit. */
static void
scale_to_unit(const char *base, const char *from, const char *to, char *out)
{
	char		scaled[128];

	if (strcmp(from, "1") == 0)
	{
		divide_to_unit(base, to, out);
		return;
	}
	if (lp_dec_mul(base, from, scaled, sizeof(scaled)) != LP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("converted quantity is out of range"),
				 errdetail("%s times %s does not fit.", base, from)));
	divide_to_unit(scaled, to, out);
}

/*
 * convert(q, unit): the same quantity written in another unit of its
 * dimension ('428.88亿元' to 万元 gives '4288800万元'; between base units,
 * 1公顷 to 平方米, through the core's canonical factors).  The result is built
 * through the core's parser from its text, so it is canonical and its base
 * value is recomputed from the written value.
 */
Datum
lpq_convert(PG_FUNCTION_ARGS)
{
	lpq_view	v;
	text	   *unit_arg = PG_GETARG_TEXT_PP(1);
	char	   *unit_server = text_to_cstring(unit_arg);
	char	   *unit_utf8 = lpq_from_server(VARDATA_ANY(unit_arg), VARSIZE_ANY_EXHDR(unit_arg));
	const lp_unit *u;
	const char *from_factor,
			   *to_factor;
	char		to_buf[128];
	lp_quantity q,
				result;
	char		textform[256];
	lp_error	err;

	lpq_getarg(fcinfo, 0, &v);
	u = lp_unit_lookup(unit_utf8, strlen(unit_utf8));
	if (u == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type quantity: unknown unit \"%s\"",
						unit_server)));
	if (strcmp(u->dimension, v.f[LPQ_DIMENSION]) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot convert a quantity of dimension %s to unit \"%s\" of dimension %s",
						lpq_dimension_label(v.f[LPQ_DIMENSION]), unit_server,
						lpq_dimension_label(u->dimension)),
				 errdetail("\"%s\" is %s.", lpq_text(&v),
						   lpq_dimension_label(v.f[LPQ_DIMENSION]))));

	if (strcmp(u->base, v.f[LPQ_BASE_UNIT]) == 0)
	{
		/* same base unit (亿元 → 万元): value = base_value / factor */
		from_factor = "1";
		to_factor = u->factor;
	}
	else
	{
		/* other base unit of the dimension (公顷 → 平方米): via canonical */
		const char *fsrc = lpq_canonical_factor(v.f[LPQ_BASE_UNIT], v.len[LPQ_BASE_UNIT]);
		const char *fdst = lp_unit_canonical_factor(u);

		if (fsrc == NULL || fdst == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot convert \"%s\" to unit \"%s\"", lpq_text(&v), unit_server),
					 errdetail("Both are %s, but there is no conversion from %s to %s.",
							   lpq_dimension_label(u->dimension),
							   lpq_to_server(v.f[LPQ_BASE_UNIT], v.len[LPQ_BASE_UNIT]),
							   lpq_to_server(u->base, strlen(u->base)))));
		from_factor = fsrc;
		if (lp_dec_mul(u->factor, fdst, to_buf, sizeof(to_buf)) != LP_OK)
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("unit factor of \"%s\" is out of range", unit_server)));
		to_factor = to_buf;
	}

	lpq_to_quantity(&v, &q);
	scale_to_unit(v.f[LPQ_BASE_VALUE], from_factor, to_factor, q.value);
	if (v.len[LPQ_BASE_VALUE_HI])
		scale_to_unit(v.f[LPQ_BASE_VALUE_HI], from_factor, to_factor, q.value_hi);
	if (strlen(u->name) >= sizeof(q.unit))
		elog(ERROR, "unit name \"%s\" is too long", unit_server);
	strcpy(q.unit, u->name);

	textform[0] = '\0';
	lp_quantity_format(&q, textform, sizeof(textform));
	textform[sizeof(textform) - 1] = '\0';
	memset(&err, 0, sizeof(err));
	if (lp_quantity_parse(textform, strlen(textform), &result, &err) != LP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("cannot write \"%s\" in unit \"%s\"", lpq_text(&v), unit_server),
				 err.msg[0] ? errdetail("%s", err.msg) : 0));
	PG_RETURN_POINTER(lpq_pack(&result));
}
