/*
 * lp_pubdate.c — the dates a page prints in its head, read for the year it
 * was published (lp_docyear.c): "2021-08-26", "2021/08/26", an aggregator's
 * "26.08.2021", a front matter's "date: Mon, 18 Oct 2021 04:50:16 GMT".
 */
#include "lp_pubdate.h"

#include <string.h>

#define PUBLISHED_BYTES 1024	/* a page's publication line is in its first lines */

/* Digits at s[i], exactly n of them: their value, -1 if not. */
int
lp_digits_at(const char *s, size_t len, size_t i, int n)
{
	int			v = 0,
				k;

	if (i + n > len || (i + n < len && s[i + n] >= '0' && s[i + n] <= '9'))
		return -1;
	for (k = 0; k < n; k++)
	{
		if (s[i + k] < '0' || s[i + k] > '9')
			return -1;
		v = v * 10 + (s[i + k] - '0');
	}
	return v;
}

/*
 * A date written day first with dots, "26.07.2016" (an aggregator's
 * timestamp of a reposted item), at s[i]: its year, else 0.  Either of the
 * first two fields may be the month; neither a decimal nor a version follows.
 */
static int
dotted_date_at(const char *s, size_t n, size_t i)
{
	int			a,
				b,
				y;

	if (i + 10 > n || (i > 0 && ((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '.')) ||
		s[i + 2] != '.' || s[i + 5] != '.' || (i + 10 < n && ((s[i + 10] >= '0' && s[i + 10] <= '9') ||
															  s[i + 10] == '.')))
		return 0;
	a = lp_digits_at(s, n, i, 2);
	b = lp_digits_at(s, n, i + 3, 2);
	y = lp_digits_at(s, n, i + 6, 4);
	if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12) || y < 1949 || y > 2100)
		return 0;
	return y;
}

/*
 * A date written with an English month, day first, "18 Oct 2021" (the
 * "date: Mon, 18 Oct 2021 04:50:16 GMT" of a feed's or a scraped post's
 * front matter), at s[i]: its year and *month, else 0.
 */
static int
english_date_at(const char *s, size_t n, size_t i, int *month)
{
	static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	size_t		k = i;
	int			d = 0,
				m,
				y;

	if (i > 0 && ((s[i - 1] >= '0' && s[i - 1] <= '9') || (s[i - 1] >= 'A' && s[i - 1] <= 'z')))
		return 0;
	while (k < n && k < i + 2 && s[k] >= '0' && s[k] <= '9')
		d = d * 10 + (s[k++] - '0');
	if (k == i || d < 1 || d > 31 || k + 9 > n || s[k] != ' ' || s[k + 4] != ' ')
		return 0;
	for (m = 0; m < 12; m++)
		if (memcmp(s + k + 1, months + 3 * m, 3) == 0)
			break;
	if (m == 12 || (y = lp_digits_at(s, n, k + 5, 4)) < 1949 || y > 2100)
		return 0;
	*month = m + 1;
	return y;
}

/*
 * A date written "2021-08-26", "2021/08/26", "26.08.2021" or "18 Oct 2021" in the first bytes:
 * its year (a page's publication line) and *month (0 for a dotted date, whose
 * first two fields may be either).
 */
int
lp_published_line(const char *s, size_t len, int *month)
{
	size_t		n = len < PUBLISHED_BYTES ? len : PUBLISHED_BYTES,
				i;

	for (i = 0; i + 10 <= n; i++)
	{
		int			y,
					m,
					d;

		if ((y = dotted_date_at(s, n, i)) != 0)
		{
			*month = 0;
			return y;
		}
		if ((y = english_date_at(s, n, i, month)) != 0)
			return y;
		if ((i > 0 && ((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '/' ||
					   s[i - 1] == '-' || s[i - 1] == '=')) ||
			(y = lp_digits_at(s, n, i, 4)) < 1949 || y > 2100 ||
			(s[i + 4] != '-' && s[i + 4] != '/'))
			continue;
		/* one separator throughout, a month and a day: not a range "2015-2020" */
		m = lp_digits_at(s, n, i + 5, 2);
		if (m < 1 || m > 12 || s[i + 7] != s[i + 4])
			continue;
		d = lp_digits_at(s, n, i + 8, 2);
		/* 1970-01-01 is a page's empty timestamp (the Unix epoch), no date */
		if (y == 1970 && m == 1 && d == 1)
			continue;
		if (d >= 1 && d <= 31)
		{
			*month = m;
			return y;
		}
	}
	return 0;
}
