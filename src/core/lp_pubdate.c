/*
 * lp_pubdate.c — the dates a page prints in its head, read for the year it
 * was published (lp_docyear.c): "2021-08-26", "2021/08/26", an aggregator's
 * "26.08.2021", a front matter's "date: Mon, 18 Oct 2021 04:50:16 GMT";
 * and the date path of the page's address saved as its first line
 * (".../202511/t20251103_15134696.html").
 */
#include "lp_pubdate.h"
#include "lp_text.h"

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

/* One or two digits at s[*i] (not a third after them): their value, *i past them; -1 if not. */
static int
short_number_at(const char *s, size_t n, size_t *i)
{
	int			v = 0,
				k = 0;

	while (*i < n && k < 3 && s[*i] >= '0' && s[*i] <= '9')
	{
		v = v * 10 + (s[(*i)++] - '0');
		k++;
	}
	return k >= 1 && k <= 2 ? v : -1;
}

/*
 * A date written year first with one separator throughout, month and day of
 * one or two digits, at s[i] (its year y read): "2021-08-26", "2023-1-5"
 * (a forum's "发表于 2023-1-5 10:18"), "2021/8/26", "2025.03.05".  *month and
 * *day and 1 when it is one; not a range ("2015-2020"), a decimal or a version
 * ("2025.3.5.1"), nor 1-5月 ("2023-1-5月" is no date).
 */
static int
year_first_date_at(const char *s, size_t n, size_t i, int *month, int *day)
{
	char		sep = s[i + 4];
	size_t		k = i + 5;
	int			m,
				d;

	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	if ((m = short_number_at(s, n, &k)) < 1 || m > 12 || k >= n || s[k] != sep)
		return 0;
	k++;
	if ((d = short_number_at(s, n, &k)) < 1 || d > 31 ||
		(k < n && (s[k] == '.' || s[k] == sep)) || lp_at(s, n, k, "月"))
		return 0;
	*month = m;
	*day = d;
	return 1;
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

		/* every form opens with a digit (most bytes are none: tested once, not three ways) */
		if (s[i] < '0' || s[i] > '9')
			continue;
		if ((y = dotted_date_at(s, n, i)) != 0)
		{
			*month = 0;
			return y;
		}
		if ((y = english_date_at(s, n, i, month)) != 0)
			return y;
		if ((i > 0 && ((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '/' ||
					   s[i - 1] == '-' || s[i - 1] == '=' || s[i - 1] == '.')) ||
			(y = lp_digits_at(s, n, i, 4)) < 1949 || y > 2100 || !year_first_date_at(s, n, i, &m, &d))
			continue;
		/* 1970-01-01 is a page's empty timestamp (the Unix epoch), no date */
		if (y == 1970 && m == 1 && d == 1)
			continue;
		*month = m;
		return y;
	}
	return 0;
}

#define ADDRESS_BYTES 512		/* a page's address as its first line */

/* A year and a month that can date a page: *month set, the year returned; 0 if not. */
static int
year_month(int y, int m, int *month)
{
	if (y < 1990 || y > 2100 || m < 1 || m > 12)
		return 0;
	*month = m;
	return y;
}

/*
 * A file named by the second it was filed, "/20291012093015.html": fourteen
 * digits after u[i] (a '/') that are a date and a time, then a dot; its year
 * and *month, else 0.  A folder of such digits (an archive's crawl stamp,
 * "/web/20250101000000/") is not the page's own date and dates nothing.
 */
static int
stamp_file_at(const char *u, size_t n, size_t i, int *month)
{
	int			f[7] = {0},
				k;

	if (u[i] != '/' || i + 15 >= n || u[i + 15] != '.')
		return 0;
	/* year, month, day, hour, minute, second: 4 digits, then 2 each */
	for (k = 0; k < 14; k++)
	{
		char		c = u[i + 1 + k];

		if (c < '0' || c > '9')
			return 0;
		f[k < 4 ? 0 : (k - 4) / 2 + 1] = f[k < 4 ? 0 : (k - 4) / 2 + 1] * 10 + (c - '0');
	}
	if (f[2] < 1 || f[2] > 31 || f[3] > 23 || f[4] > 59 || f[5] > 59)
		return 0;
	return year_month(f[0], f[1], month);
}

/*
 * A date path at u[i], a '/' (or the 't' of a file name after one) within an
 * address u of n bytes: "/202511/", "/2024/10/26/", "/2025/12-17/",
 * "/2021-12-26/", "/2022/0422/", "/20251103/", "/t20251103_", an e-paper's
 * "/2029-11/14/", a CMS's "/2024/6/21/", "/20291012093015.html"; its year and
 * *month, else 0.
 * Digits of any other shape (an article's number) date nothing.
 */
static int
date_path_at(const char *u, size_t n, size_t i, int *month)
{
	int			y,
				m,
				d;

	if (u[i] == 't' && i > 0 && u[i - 1] == '/')
	{
		/* "t20251103_": a CMS's file named by its day */
		if ((y = lp_digits_at(u, n, i + 1, 4)) < 0 || (m = lp_digits_at(u, n, i + 5, 2)) < 0 ||
			(d = lp_digits_at(u, n, i + 7, 2)) < 1 || d > 31 || i + 9 >= n || u[i + 9] != '_')
			return 0;
		return year_month(y, m, month);
	}
	if (u[i] != '/')
		return 0;
	i++;
	if ((y = lp_digits_at(u, n, i, 6)) >= 0 && i + 6 < n && u[i + 6] == '/')
		return year_month(y / 100, y % 100, month);	/* "/202511/" */
	if ((y = lp_digits_at(u, n, i, 8)) >= 0 && i + 8 < n && u[i + 8] == '/' &&
		y % 100 >= 1 && y % 100 <= 31)
		return year_month(y / 10000, y / 100 % 100, month);	/* "/20251103/" */
	if ((y = stamp_file_at(u, n, i - 1, month)) != 0)
		return y;
	if ((y = lp_digits_at(u, n, i, 4)) < 0 || i + 4 >= n)
		return 0;
	if (u[i + 4] == '-')
	{
		/* "/2021-12-26/"; an e-paper's "/2029-11/14/" (its month a folder) */
		if ((m = lp_digits_at(u, n, i + 5, 2)) < 0 || i + 7 >= n)
			return 0;
		if (u[i + 7] == '/')
			return year_month(y, m, month);
		if (u[i + 7] != '-' ||
			(d = lp_digits_at(u, n, i + 8, 2)) < 1 || d > 31 || i + 10 >= n || u[i + 10] != '/')
			return 0;
		return year_month(y, m, month);
	}
	if (u[i + 4] != '/')
		return 0;
	i += 5;
	/* "/2022/0422/" */
	if ((m = lp_digits_at(u, n, i, 4)) >= 0 && i + 4 < n && u[i + 4] == '/' &&
		m % 100 >= 1 && m % 100 <= 31)
		return year_month(y, m / 100, month);
	/* "/2024/10/26/", "/2025/12-17/", a government CMS's "/2024/6/21/" */
	{
		size_t		mw = lp_digits_at(u, n, i, 1) >= 0 ? 1 : 2,
					dw;

		if ((m = lp_digits_at(u, n, i, (int) mw)) < 0 || i + mw >= n ||
			(u[i + mw] != '/' && u[i + mw] != '-'))
			return 0;
		i += mw + 1;
		dw = lp_digits_at(u, n, i, 1) >= 0 ? 1 : 2;
		if ((d = lp_digits_at(u, n, i, (int) dw)) < 1 || d > 31 || i + dw >= n ||
			(u[i + dw] != '/' && u[i + dw] != '.'))
			return 0;
	}
	return year_month(y, m, month);
}

/*
 * The date in the address a saved page opens with, its first line being
 * "http://…" or "https://…" alone: the first date path in it (date_path_at),
 * its year and *month; 0 if the text opens otherwise or the address has none.
 */
int
lp_address_date(const char *s, size_t len, int *month)
{
	size_t		n = len < ADDRESS_BYTES ? len : ADDRESS_BYTES,
				i = 0,
				e;
	int			y;

	/* blanks, a byte-order mark and a web copy's ideographic indent before it */
	for (;;)
	{
		if (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
			i++;
		else if (i + 3 <= n && (memcmp(s + i, "\xEF\xBB\xBF", 3) == 0 ||
								memcmp(s + i, "\xE3\x80\x80", 3) == 0))
			i += 3;
		else
			break;
	}
	if (!(i + 7 <= n && memcmp(s + i, "http://", 7) == 0) &&
		!(i + 8 <= n && memcmp(s + i, "https://", 8) == 0))
		return 0;
	for (e = i; e < n && s[e] != '\n' && s[e] != '\r' && s[e] != ' ' && s[e] != '\t'; e++)
		;
	/* the address alone on its line: not a link inside a sentence */
	{
		size_t		k = e;

		while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
			k++;
		if (k < n && s[k] != '\n')
			return 0;
	}
	for (; i < e; i++)
		if ((y = date_path_at(s, e, i, month)) != 0)
			return y;
	return 0;
}
