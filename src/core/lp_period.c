/*
 * lp_period.c — periods: which year, half, quarter or months a phrase names.
 *
 * Years ("2021年", "二〇二三年"), months ("1-11月", "9月当月"), parts of a
 * year (上半年, 一季度, from words.tsv) and their combination into a period
 * code ("2021", "2023H1", "2016Q1", "2023Q1-3", "2023M01-11", "2023M11").
 * The text layer below knows nothing of periods; the structure, metadata,
 * table and extraction code above ask here.
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

/* Digit value of a character of a year written in Chinese (二〇二三), -1 if none. */
static int
year_digit(uint32_t cp)
{
	if (cp == 0x25CB)			/* ○ */
		return 0;
	if (cp == 0x5341)			/* 十 is a numeral, not a digit of a year */
		return -1;
	return lp_cn_digit(cp);
}

/* A year written in Chinese digits at s[i] ("二〇一八年"); its value or 0. */
static int
cn_year_at(const char *s, size_t len, size_t i)
{
	int			y = 0,
				k,
				n,
				d;
	size_t		j = i;

	if (i > 0)
	{
		size_t		p = i - 1;

		while (p > 0 && (((unsigned char) s[p]) & 0xC0) == 0x80)
			p--;
		if (year_digit(lp_utf8_next(s + p, i - p, &n)) >= 0)
			return 0;			/* inside a longer run of digits */
	}
	for (k = 0; k < 4; k++)
	{
		if (j >= len || (d = year_digit(lp_utf8_next(s + j, len - j, &n))) < 0)
			return 0;
		y = y * 10 + d;
		j += n;
	}
	return lp_at(s, len, j, "年") && y >= 1949 && y <= 2100 ? y : 0;
}

/* A year in ASCII digits at s[i] ("2021年"); its value or 0. */
static int
ascii_year_at(const char *s, size_t len, size_t i)
{
	int			y;

	if (!(s[i] >= '1' && s[i] <= '2' && s[i + 1] >= '0' && s[i + 1] <= '9' &&
		  s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9' &&
		  (i == 0 || s[i - 1] < '0' || s[i - 1] > '9') &&
		  lp_at(s, len, i + 4, "年")))
		return 0;
	y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
	return y >= 1949 && y <= 2100 ? y : 0;
}

/*
 * Every year ends in 年, so the scan looks for 年 (E5 B9 B4, with memchr)
 * and checks the four digits before it: four bytes in ASCII, four
 * three-byte characters in Chinese.
 */
int
lp_find_year(const char *s, size_t len, size_t *at)
{
	const char *end = s + len,
			   *p = s;

	while ((p = lp_find3(p, (size_t) (end - p), "年")) != NULL)
	{
		size_t		nian = (size_t) (p - s);
		int			y = 0;
		size_t		i = 0;

		p += 3;
		if (nian >= 4 && (y = ascii_year_at(s, len, nian - 4)) != 0)
			i = nian - 4;
		else if (nian >= 12 && (unsigned char) s[nian - 12] >= 0xE0 &&
				 (unsigned char) s[nian - 12] < 0xF0 &&
				 (y = cn_year_at(s, len, nian - 12)) != 0)
			i = nian - 12;
		if (y)
		{
			if (at)
				*at = i;
			return y;
		}
	}
	return 0;
}

/* Value of one or two ASCII digits ending just before s[i] (at least lo), *start where they begin; 0 if none. */
static int
digits_before(const char *s, size_t lo, size_t i, size_t *start)
{
	int			v = 0,
				k = 0;

	while (i > lo && k < 2 && s[i - 1] >= '0' && s[i - 1] <= '9')
	{
		v += (s[i - 1] - '0') * (k ? 10 : 1);
		i--;
		k++;
	}
	if (k == 0 || (i > lo && s[i - 1] >= '0' && s[i - 1] <= '9'))
		return 0;
	*start = i;
	return v;
}

/* Length of a range dash (-, —, –, －, ~, ～, 至) ending just before s[i], 0 if none. */
static size_t
dash_before(const char *s, size_t lo, size_t i)
{
	static const char *const dashes[] = {"—", "–", "－", "～", "至", NULL};
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

int
lp_find_months(const char *s, size_t len, int *first, int *last)
{
	const char *end = s + len,
			   *p = s;
	int			found = 0;

	/* every month ends in 月; the last one counts */
	while ((p = lp_find3(p, (size_t) (end - p), "月")) != NULL)
	{
		size_t		yue = (size_t) (p - s),
					at,
					n;
		int			m2,
					m1;

		p += 3;
		/* a month is written in ASCII digits just before its 月 */
		if (yue == 0 || s[yue - 1] < '0' || s[yue - 1] > '9')
			continue;
		if ((m2 = digits_before(s, 0, yue, &at)) < 1 || m2 > 12)
			continue;
		/* "1-11月", "1—9月", "7至9月": a range of months */
		if ((n = dash_before(s, 0, at)) > 0)
		{
			size_t		at1;

			m1 = digits_before(s, 0, at - n, &at1);
			if (m1 >= 1 && m1 < m2)
			{
				*first = m1;
				*last = m2;
				found = 1;
			}
			continue;
		}
		/* "11月当月", "9月份": one month (not a date such as 9月18日) */
		if (lp_at(s, len, yue + 3, "当月") ||
			(lp_at(s, len, yue + 3, "份") && !lp_at(s, len, yue + 6, "以来")))
		{
			*first = *last = m2;
			found = 2;
		}
	}
	return found;
}

int
lp_year_range_start(const char *s, size_t at)
{
	size_t		n = dash_before(s, 0, at),
				i;
	int			y = 0;

	if (n == 0 || at < n + 4)
		return 0;
	i = at - n - 4;
	if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
		return 0;
	for (; i < at - n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return 0;
		y = y * 10 + (s[i] - '0');
	}
	return y >= 1949 && y <= 2100 ? y : 0;
}

size_t
lp_month_phrase_at(const char *s, size_t len)
{
	size_t		i = 0;
	int			k;

	for (k = 0; k < 2; k++)
	{
		size_t		d = i;

		while (i < len && i - d < 2 && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == d)
			return 0;
		if (k == 0 && i < len && (s[i] == '-' || s[i] == '~'))
			i++;
		else if (k == 0 && (lp_at(s, len, i, "—") || lp_at(s, len, i, "－") || lp_at(s, len, i, "至")))
			i += 3;
		else
			break;
	}
	if (!lp_at(s, len, i, "月"))
		return 0;
	i += 3;
	if (lp_at(s, len, i, "份"))
		i += 3;
	if (lp_at(s, len, i, "当月"))
		i += 6;
	return i;
}

int
lp_has_period_word(const char *s, size_t len)
{
	static const lp_word_kind kinds[] = {LP_W_PERIOD_H1, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q1_3};
	long		at[4];
	int			m1,
				m2,
				k = lp_find_months(s, len, &m1, &m2);

	if (k)
		return k;
	return lp_words_find_each(kinds, 4, s, len, at, NULL) > 0;
}

void
lp_period_of(const char *s, size_t len, int default_year, char *out, size_t outsz)
{
	int			year = lp_find_year(s, len, NULL),
				m1,
				m2;
	const char *suffix = "";
	char		months[24] = "";

	if (year == 0)
		year = default_year;
	if (lp_find_months(s, len, &m1, &m2))
	{
		/* the months a half or quarters cover are named as such */
		if (m1 == 1 && m2 == 12)
			suffix = "";
		else if (m1 == 1 && m2 == 6)
			suffix = "H1";
		else if (m1 == 7 && m2 == 12)
			suffix = "H2";
		else if (m1 % 3 == 1 && m2 == m1 + 2)
			snprintf(months, sizeof(months), "Q%d", m2 / 3);
		else if (m1 % 3 == 1 && m2 % 3 == 0)
			snprintf(months, sizeof(months), "Q%d-%d", m1 / 3 + 1, m2 / 3);
		else if (m1 == m2)
			snprintf(months, sizeof(months), "M%02d", m1);
		else
			snprintf(months, sizeof(months), "M%02d-%02d", m1, m2);
		if (months[0])
			suffix = months;
	}
	else
	{
		/* in this order of precedence: 上半年 over a quarter named with it */
		static const lp_word_kind kinds[] = {LP_W_PERIOD_H1, LP_W_PERIOD_Q1_3, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q2, LP_W_PERIOD_Q4};
		static const char *const suffixes[] = {"H1", "Q1-3", "Q1", "Q3", "Q2", "Q4"};
		long		at[6];
		int			k;

		lp_words_find_each(kinds, 6, s, len, at, NULL);
		for (k = 0; k < 6 && suffix[0] == '\0'; k++)
			if (at[k] >= 0)
				suffix = suffixes[k];
	}
	if (year == 0)
		out[0] = '\0';
	else
		snprintf(out, outsz, "%d%s", year, suffix);
}
