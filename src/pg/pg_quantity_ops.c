/*
 * pg_quantity_ops.c — ordering, equality and hashing of luohuplan.quantity.
 *
 * Quantities are ordered only within one dimension: < <= >= > and the
 * btree support function raise 22023 naming both dimensions when asked to
 * order money against area (sort a mixed column by luohuplan.dimension(q)
 * first); = and <> do not raise, quantities of two dimensions are unequal.  Base units of one
 * dimension compare when the core knows a conversion between them
 * (lp_unit_canonical_factor: 平方米, 公顷, 亩); measure words without one
 * (3个 and 5家, both counts) raise 22023 too.  Among comparable quantities
 * the order is total, lexicographic on:
 *   1. base_value in the dimension's canonical unit (3亿元 > 2000万元,
 *      1公顷 > 300平方米),
 *   2. base_value_hi likewise, a quantity without one counting as its
 *      base_value (so 1个 < 1-2个 < 1-3个),
 *   3. qualifier code: eq < approx < ge < gt < le < lt < range,
 *   4. base_unit, bytewise: the same amount in two base units (1公顷 and
 *      10000平方米) is ordered, not equal.
 * So equal means the same base unit, base values and qualifier:
 * 428.88亿元 = 4288800万元, but 约20亿元 <> 20亿元.  The hash covers exactly
 * those keys, decimals normalised (6.0 and 6 hash alike, as they are equal).
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

/* Upper end in the base unit: a quantity without one counts as a point. */
static const char *
base_hi(const lpq_view *v)
{
	return v->len[LPQ_BASE_VALUE_HI] ? v->f[LPQ_BASE_VALUE_HI] : v->f[LPQ_BASE_VALUE];
}

/* Compare x * fx with y * fy exactly. */
static int
scaled_cmp(const char *x, const char *fx, const char *y, const char *fy)
{
	char		xs[128],
				ys[128];

	if (x[0] == '\0' || y[0] == '\0')
		return decimal_cmp(x, y);
	if (lp_dec_mul(x, fx, xs, sizeof(xs)) != LP_OK ||
		lp_dec_mul(y, fy, ys, sizeof(ys)) != LP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("quantities too large to compare across units: %s × %s and %s × %s",
						x, fx, y, fy)));
	return decimal_cmp(xs, ys);
}

static void
incomparable(const lpq_view *a, const lpq_view *b, bool dimensions)
{
	const char *da = lpq_dimension_label(a->f[LPQ_DIMENSION]);
	const char *db = lpq_dimension_label(b->f[LPQ_DIMENSION]);
	const char *ta = lpq_text(a);
	const char *tb = lpq_text(b);

	if (dimensions)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot compare quantities of different dimensions: %s and %s", da, db),
				 errdetail("\"%s\" is %s, \"%s\" is %s.", ta, da, tb, db),
				 errhint("Compare quantities of one dimension only, e.g. filter or sort by luohuplan.dimension(q) first.")));
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot compare quantities in base units %s and %s",
					lpq_to_server(a->f[LPQ_BASE_UNIT], a->len[LPQ_BASE_UNIT]),
					lpq_to_server(b->f[LPQ_BASE_UNIT], b->len[LPQ_BASE_UNIT])),
			 errdetail("\"%s\" and \"%s\" are both %s, but there is no conversion between their units.",
					   ta, tb, da),
			 errhint("Filter or sort by luohuplan.base_unit(q) first.")));
}

static int
quantity_cmp(const lpq_view *a, const lpq_view *b)
{
	const char *fa,
			   *fb;
	int			c;

	if (strcmp(a->f[LPQ_DIMENSION], b->f[LPQ_DIMENSION]) != 0)
		incomparable(a, b, true);

	if (strcmp(a->f[LPQ_BASE_UNIT], b->f[LPQ_BASE_UNIT]) == 0)
	{
		/* the common case: one base unit, compare base values directly */
		c = decimal_cmp(a->f[LPQ_BASE_VALUE], b->f[LPQ_BASE_VALUE]);
		if (c == 0)
			c = decimal_cmp(base_hi(a), base_hi(b));
		if (c == 0)
			c = ((int) a->qualifier > (int) b->qualifier) -
				((int) a->qualifier < (int) b->qualifier);
		return c;
	}

	/* base units of one dimension with a conversion (平方米, 公顷, 亩) */
	fa = lpq_canonical_factor(a->f[LPQ_BASE_UNIT], a->len[LPQ_BASE_UNIT]);
	fb = lpq_canonical_factor(b->f[LPQ_BASE_UNIT], b->len[LPQ_BASE_UNIT]);
	if (fa == NULL || fb == NULL)
		incomparable(a, b, false);
	c = scaled_cmp(a->f[LPQ_BASE_VALUE], fa, b->f[LPQ_BASE_VALUE], fb);
	if (c == 0)
		c = scaled_cmp(base_hi(a), fa, base_hi(b), fb);
	if (c == 0)
		c = ((int) a->qualifier > (int) b->qualifier) -
			((int) a->qualifier < (int) b->qualifier);
	if (c == 0)
	{
		/* the same amount in different units: order by unit, not equal */
		c = strcmp(a->f[LPQ_BASE_UNIT], b->f[LPQ_BASE_UNIT]);
		c = (c > 0) - (c < 0);
	}
	return c;
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

/*
 * Equality never raises: equal quantities share dimension and base unit,
 * so anything else is simply unequal.  (Were = to raise across dimensions,
 * a hash join or hash aggregate over a column mixing them would fail at
 * random, whenever two hashes collided.)
 */
static bool
eq_args(FunctionCallInfo fcinfo)
{
	lpq_view	a,
				b;

	lpq_getarg(fcinfo, 0, &a);
	lpq_getarg(fcinfo, 1, &b);
	if (strcmp(a.f[LPQ_DIMENSION], b.f[LPQ_DIMENSION]) != 0 ||
		strcmp(a.f[LPQ_BASE_UNIT], b.f[LPQ_BASE_UNIT]) != 0)
		return false;
	return quantity_cmp(&a, &b) == 0;
}

/* a = b: same amount in the same base unit; false across dimensions */
Datum
lpq_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(eq_args(fcinfo));
}

/* a <> b: not a = b; true across dimensions */
Datum
lpq_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(!eq_args(fcinfo));
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
