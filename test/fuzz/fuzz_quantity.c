/*
 * fuzz_quantity.c — libFuzzer target for lp_quantity_parse,
 * lp_quantity_format and lp_quantity_next.
 *
 * Round trip: when the input parses, its canonical text must parse again to
 * the same quantity (value, bounds, unit, qualifier, base value and unit);
 * a mismatch aborts.  Scanning: lp_quantity_next over the whole input must
 * return spans inside the text, after the start position, on character
 * boundaries (for UTF-8 input), and always make progress.
 */
#include "fuzz_util.h"

#define FORMAT_SIZE 160			/* what lp.h promises is enough */

static void
check_quantity(const lp_quantity *q, const char *what)
{
	FUZZ_CHECK_STR(q->value, "value");
	FUZZ_CHECK_STR(q->value_hi, "value_hi");
	FUZZ_CHECK_STR(q->unit, "unit");
	FUZZ_CHECK_STR(q->base_value, "base_value");
	FUZZ_CHECK_STR(q->base_value_hi, "base_value_hi");
	FUZZ_CHECK_STR(q->base_unit, "base_unit");
	if (q->value[0] && !fuzz_is_decimal(q->value))
		fuzz_die("%s: value \"%s\" is not a decimal", what, q->value);
	if (q->value_hi[0] && !fuzz_is_decimal(q->value_hi))
		fuzz_die("%s: value_hi \"%s\" is not a decimal", what, q->value_hi);
	if (q->base_value[0] && !fuzz_is_decimal(q->base_value))
		fuzz_die("%s: base_value \"%s\" is not a decimal", what, q->base_value);
	if (q->base_value_hi[0] && !fuzz_is_decimal(q->base_value_hi))
		fuzz_die("%s: base_value_hi \"%s\" is not a decimal", what, q->base_value_hi);
	if ((unsigned) q->qualifier > LP_Q_RANGE)
		fuzz_die("%s: qualifier %d out of range", what, (int) q->qualifier);
	if (lp_qualifier_name(q->qualifier) == NULL)
		fuzz_die("%s: qualifier %d has no name", what, (int) q->qualifier);
	if (q->dimension == NULL)
		fuzz_die("%s: dimension is NULL", what);
}

/* Same decimal value, or both absent. */
static int
same_dec(const char *a, const char *b)
{
	if (a[0] == '\0' || b[0] == '\0')
		return a[0] == b[0];
	return lp_dec_cmp(a, b) == 0;
}

static void
round_trip(const char *in, size_t len)
{
	lp_quantity q1,
				q2;
	lp_error	err;
	char	   *text;
	int			rc;

	memset(&err, 0, sizeof(err));
	rc = lp_quantity_parse(in, len, &q1, &err);
	fuzz_check_error(rc, &err, "lp_quantity_parse");
	if (rc != LP_OK)
	{
		if (rc != LP_ESYNTAX && rc != LP_ERANGE && rc != LP_ETOOBIG && rc != LP_EARG)
			fuzz_die("lp_quantity_parse failed with unexpected code %d: %s", rc, err.msg);
		return;
	}
	check_quantity(&q1, "parse");
	if (q1.value[0] == '\0')
		fuzz_die("lp_quantity_parse succeeded with an empty value");

	text = malloc(FORMAT_SIZE);
	memset(text, 'X', FORMAT_SIZE);
	lp_quantity_format(&q1, text, FORMAT_SIZE);
	if (memchr(text, '\0', FORMAT_SIZE) == NULL)
		fuzz_die("lp_quantity_format result not NUL-terminated");

	rc = lp_quantity_parse(text, strlen(text), &q2, &err);
	if (rc != LP_OK)
		fuzz_die("canonical text \"%s\" does not parse again: %s", text, err.msg);
	check_quantity(&q2, "reparse");
	if (!same_dec(q1.value, q2.value) ||
		!same_dec(q1.value_hi, q2.value_hi) ||
		strcmp(q1.unit, q2.unit) != 0 ||
		q1.qualifier != q2.qualifier ||
		!same_dec(q1.base_value, q2.base_value) ||
		!same_dec(q1.base_value_hi, q2.base_value_hi) ||
		strcmp(q1.base_unit, q2.base_unit) != 0)
		fuzz_die("round trip changed the quantity: \"%.*s\" -> \"%s\" "
				 "(value %s/%s hi %s/%s unit %s/%s qual %d/%d base %s/%s %s/%s)",
				 (int) len, in, text, q1.value, q2.value, q1.value_hi, q2.value_hi,
				 q1.unit, q2.unit, (int) q1.qualifier, (int) q2.qualifier,
				 q1.base_value, q2.base_value, q1.base_unit, q2.base_unit);
	free(text);
}

static void
scan(const char *in, size_t len)
{
	int			utf8 = fuzz_valid_utf8(in, len);
	size_t		from = 0;
	size_t		found = 0;
	lp_quantity q;

	while (lp_quantity_next(in, len, from, &q))
	{
		check_quantity(&q, "next");
		if (q.start < from || q.start >= q.end || q.end > len)
			fuzz_die("lp_quantity_next span [%zu,%zu) from %zu in %zu bytes",
					 q.start, q.end, from, len);
		if (q.num_start < q.start || q.num_start >= q.end)
			fuzz_die("num_start %zu outside [%zu,%zu)", q.num_start, q.start, q.end);
		if (utf8 && (!fuzz_on_boundary(in, len, q.start) ||
					 !fuzz_on_boundary(in, len, q.end) ||
					 !fuzz_on_boundary(in, len, q.num_start)))
			fuzz_die("span [%zu,%zu) splits a UTF-8 character", q.start, q.end);
		if (q.value[0] == '\0')
			fuzz_die("lp_quantity_next found a quantity with no value");
		if (++found > len)
			fuzz_die("more quantities than bytes: no progress");
		from = q.end;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *in = fuzz_copy(data, size);

	round_trip(in, size);
	scan(in, size);
	free(in);
	return 0;
}
