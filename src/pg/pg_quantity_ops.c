/*
 * pg_quantity_ops.c — ordering, equality and hashing of luohuplan.quantity.
 *
 * Quantities compare only within one dimension: comparing money with area
 * raises 22023 naming both dimensions (so does the btree support function;
 * sort a mixed column by luohuplan.dimension(q) first).  Within a dimension
 * the order is total:
 *   1. base_unit, bytewise (units of one dimension normally share a base
 *      unit; this only keeps the order total when they do not),
 *   2. base_value, numerically (3亿元 > 2000万元),
 *   3. base_value_hi, numerically, a quantity without one counting as
 *      base_value (so 1个 < 1-2个 < 1-3个),
 *   4. qualifier code: eq < approx < ge < gt < le < lt < range.
 * Two quantities are equal when all four agree: 428.88亿元 = 4288800万元,
 * but 约20亿元 <> 20亿元.  The hash hashes the same four keys, with decimals
 * normalised (6.0 and 6 hash alike, as they compare equal).
 */
#include "pg_quantity.h"

#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(lpq_cmp);
PG_FUNCTION_INFO_V1(lpq_lt);
PG_FUNCTION_INFO_V1(lpq_le);
PG_FUNCTION_INFO_V1(lpq_eq);
PG_FUNCTION_INFO_V1(lpq_ne);
PG_FUNCTION_INFO_V1(lpq_ge);
PG_FUNCTION_INFO_V1(lpq_gt);
PG_FUNCTION_INFO_V1(lpq_smaller);
PG_FUNCTION_INFO_V1(lpq_larger);
PG_FUNCTION_INFO_V1(lpq_hash);
PG_FUNCTION_INFO_V1(lpq_hash_extended);

/* Decimal comparison; an empty string (never stored for base_value) sorts first. */
static int
decimal_cmp(const char *a, const char *b)
{
	int			c;

	if (a[0] == '\0' || b[0] == '\0')
		return (a[0] != '\0') - (b[0] != '\0');
	c = lp_dec_cmp(a, b);
	return (c > 0) - (c < 0);
}

static int
quantity_cmp(const lpq_view *a, const lpq_view *b)
{
	const char *ahi,
			   *bhi;
	int			c;

	if (strcmp(a->f[LPQ_DIMENSION], b->f[LPQ_DIMENSION]) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot compare quantities of different dimensions: %s and %s",
						lpq_dimension_label(a->f[LPQ_DIMENSION]),
						lpq_dimension_label(b->f[LPQ_DIMENSION])),
				 errdetail("\"%s\" is %s, \"%s\" is %s.",
						   lpq_text(a), lpq_dimension_label(a->f[LPQ_DIMENSION]),
						   lpq_text(b), lpq_dimension_label(b->f[LPQ_DIMENSION])),
				 errhint("Compare quantities of one dimension only, e.g. filter or sort by luohuplan.dimension(q) first.")));
	c = strcmp(a->f[LPQ_BASE_UNIT], b->f[LPQ_BASE_UNIT]);
	if (c != 0)
		return (c > 0) - (c < 0);
	c = decimal_cmp(a->f[LPQ_BASE_VALUE], b->f[LPQ_BASE_VALUE]);
	if (c != 0)
		return c;
	ahi = a->len[LPQ_BASE_VALUE_HI] ? a->f[LPQ_BASE_VALUE_HI] : a->f[LPQ_BASE_VALUE];
	bhi = b->len[LPQ_BASE_VALUE_HI] ? b->f[LPQ_BASE_VALUE_HI] : b->f[LPQ_BASE_VALUE];
	c = decimal_cmp(ahi, bhi);
	if (c != 0)
		return c;
	return ((int) a->qualifier > (int) b->qualifier) - ((int) a->qualifier < (int) b->qualifier);
}

static int
cmp_args(FunctionCallInfo fcinfo)
{
	lpq_view	a,
				b;

	lpq_getarg(fcinfo, 0, &a);
	lpq_getarg(fcinfo, 1, &b);
	return quantity_cmp(&a, &b);
}

/* quantity_cmp(a, b): -1, 0 or 1; btree support function */
Datum
lpq_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(cmp_args(fcinfo));
}

/* a < b */
Datum
lpq_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) < 0);
}

/* a <= b */
Datum
lpq_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) <= 0);
}

/* a = b */
Datum
lpq_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) == 0);
}

/* a <> b */
Datum
lpq_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) != 0);
}

/* a >= b */
Datum
lpq_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) >= 0);
}

/* a > b */
Datum
lpq_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(cmp_args(fcinfo) > 0);
}

/* quantity_smaller(a, b): the lesser of two, a on a tie; for min() */
Datum
lpq_smaller(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(cmp_args(fcinfo) <= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1));
}

/* quantity_larger(a, b): the greater of two, a on a tie; for max() */
Datum
lpq_larger(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(cmp_args(fcinfo) >= 0 ? PG_GETARG_DATUM(0) : PG_GETARG_DATUM(1));
}

/*
 * Append a decimal in a normal form: no leading zeros before the point, no
 * trailing zeros after it, no bare point, "0" for minus zero.
 */
static void
append_normal_decimal(StringInfo out, const char *s)
{
	bool		neg = false;
	const char *end;
	const char *point;

	if (*s == '-')
	{
		neg = true;
		s++;
	}
	while (s[0] == '0' && s[1] >= '0' && s[1] <= '9')
		s++;
	end = s + strlen(s);
	point = strchr(s, '.');
	if (point)
	{
		while (end > point + 1 && end[-1] == '0')
			end--;
		if (end == point + 1)
			end = point;
	}
	if (neg && !(end - s == 1 && s[0] == '0'))
		appendStringInfoChar(out, '-');
	appendBinaryStringInfo(out, s, end - s);
}

/* The bytes the hash covers: the four comparison keys, normalised. */
static void
hash_key(const lpq_view *v, StringInfo key)
{
	initStringInfo(key);
	appendStringInfoString(key, v->f[LPQ_DIMENSION]);
	appendStringInfoChar(key, '\0');
	appendStringInfoString(key, v->f[LPQ_BASE_UNIT]);
	appendStringInfoChar(key, '\0');
	append_normal_decimal(key, v->f[LPQ_BASE_VALUE]);
	appendStringInfoChar(key, '\0');
	append_normal_decimal(key, v->len[LPQ_BASE_VALUE_HI] ? v->f[LPQ_BASE_VALUE_HI]
						  : v->f[LPQ_BASE_VALUE]);
	appendStringInfoChar(key, '\0');
	appendStringInfoChar(key, (char) ('0' + (int) v->qualifier));
}

/* quantity_hash(q): hash opclass support, consistent with = */
Datum
lpq_hash(PG_FUNCTION_ARGS)
{
	lpq_view	v;
	StringInfoData key;
	Datum		h;

	lpq_getarg(fcinfo, 0, &v);
	hash_key(&v, &key);
	h = hash_any((const unsigned char *) key.data, key.len);
	pfree(key.data);
	PG_RETURN_DATUM(h);
}

/* quantity_hash_extended(q, seed): 64-bit seeded hash, consistent with = */
Datum
lpq_hash_extended(PG_FUNCTION_ARGS)
{
	lpq_view	v;
	StringInfoData key;
	Datum		h;

	lpq_getarg(fcinfo, 0, &v);
	hash_key(&v, &key);
	h = hash_any_extended((const unsigned char *) key.data, key.len,
						  PG_GETARG_INT64(1));
	pfree(key.data);
	PG_RETURN_DATUM(h);
}
