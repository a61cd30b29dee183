/*
 * lp_period_range.c — the dashes of a range of months or quarters, and a
 * range of quarters written with a dash or 至
 * ("2021年1~3季度我省地区生产总值…", "1－3季度", "1-2季度", "二至四季度"):
 * the months it covers, so that lp_period_suffix names it as it names
 * "1-9月" (Q1-3, H1, Q2-4) and not as the last quarter alone (3季度 → Q3).
 */
#include "lp.h"
#include "lp_period_int.h"
#include "lp_text.h"

#include <string.h>

/* Length of a range dash (-, —, ―, –, －, ~, ～, 至) ending just before s[i], 0 if none. */
size_t
lp_dash_before(const char *s, size_t lo, size_t i)
{
	static const char *const dashes[] = {"—", "―", "–", "－", "～", "至", NULL};
	int			k;

	if (i > lo && (s[i - 1] == '-' || s[i - 1] == '~'))
		return 1;
	for (k = 0; dashes[k]; k++)
	{
		size_t		n = strlen(dashes[k]);

		if (i >= lo + n && memcmp(s + i - n, dashes[k], n) == 0)
			return n;
	}
	return 0;
}

size_t
lp_year_span_at(const char *s, size_t p, size_t b)
{
	size_t		q = p + 4,
				r;

	if (q > b || lp_year_digits(s + p) == 0)
		return 0;
	/* the dash (one to three bytes) between the years */
	for (r = q + 1; r <= q + 3 && r + 7 <= b; r++)
		if (lp_dash_before(s, q, r) == r - q && lp_year_digits(s + r) != 0 &&
			memcmp(s + r + 4, "年", 3) == 0)
			return r + 7 - p;
	return 0;
}

/* The quarter (1-4) written just before s[i] in ASCII or Chinese digits, its start at *at; 0 if none. */
static int
quarter_before(const char *s, size_t i, size_t *at)
{
	int			n,
				q;

	if (i >= 1 && s[i - 1] >= '1' && s[i - 1] <= '4' && (i < 2 || s[i - 2] < '0' || s[i - 2] > '9'))
	{
		*at = i - 1;
		return s[i - 1] - '0';
	}
	if (i < 3)
		return 0;
	q = lp_cn_digit(lp_utf8_next(s + i - 3, 3, &n));
	if (n != 3 || q < 1 || q > 4)
		return 0;
	*at = i - 3;
	return q;
}

int
lp_find_quarter_range(const char *s, size_t len, int *first, int *last)
{
	const char *end = s + len,
			   *p = s;
	int			found = 0;

	/* every quarter ends in 季 (季度); the last range counts */
	while ((p = lp_find3(p, (size_t) (end - p), "季")) != NULL)
	{
		size_t		ji = (size_t) (p - s),
					at,
					at1,
					n;
		int			q2,
					q1;

		p += 3;
		if ((q2 = quarter_before(s, ji, &at)) < 2 || (n = lp_dash_before(s, 0, at)) == 0)
			continue;
		q1 = quarter_before(s, at - n, &at1);
		if (q1 < 1 || q1 >= q2)
			continue;
		*first = 3 * q1 - 2;
		*last = 3 * q2;
		found = 1;
	}
	return found;
}
