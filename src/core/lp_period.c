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
#include "lp_data.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
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

/* "2024 " at s[i] (a space, then 年 at s[i + 5]): the year, or 0. */
static int
spaced_year_at(const char *s, size_t i)
{
	int			y = 0,
				k;

	if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
		return 0;
	for (k = 0; k < 4; k++)
	{
		if (s[i + k] < '0' || s[i + k] > '9')
			return 0;
		y = y * 10 + (s[i + k] - '0');
	}
	return y >= 1949 && y <= 2100 ? y : 0;
}

/* The digit of a year's character ending at s[i] (ASCII, O, Chinese), -1; *start where it starts. */
static int
digit_ending_at(const char *s, size_t i, size_t *start)
{
	unsigned char c;
	size_t		p;
	int			n;

	if (i == 0)
		return -1;
	c = (unsigned char) s[i - 1];
	*start = i - 1;
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c == 'O' || c == 'o')
		return 0;
	if (c < 0x80)
		return -1;
	for (p = i - 1; p > 0 && (((unsigned char) s[p]) & 0xC0) == 0x80; p--)
		;
	*start = p;
	return year_digit(lp_utf8_next(s + p, i - p, &n));
}

/*
 * A year of digits of mixed kinds ending at s[nian] ("二00九年", "二OO八年":
 * the zeros typed as digits or letters); its value or 0, *start where it starts.
 */
static int
mixed_year_at(const char *s, size_t nian, size_t *start)
{
	size_t		i = nian,
				p;
	int			y = 0,
				k,
				d,
				scale = 1;

	for (k = 0; k < 4; k++)
	{
		if ((d = digit_ending_at(s, i, &p)) < 0)
			return 0;
		y += d * scale;
		scale *= 10;
		i = p;
	}
	if (digit_ending_at(s, i, &p) >= 0)
		return 0;				/* inside a longer run of digits */
	*start = i;
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
		/* "2024 年": a PDF's text puts a space between digits and hanzi */
		else if (nian >= 5 && s[nian - 1] == ' ' && (y = spaced_year_at(s, nian - 5)) != 0)
			i = nian - 5;
		else if (nian >= 12 && (unsigned char) s[nian - 12] >= 0xE0 &&
				 (unsigned char) s[nian - 12] < 0xF0 &&
				 (y = cn_year_at(s, len, nian - 12)) != 0)
			i = nian - 12;
		else
			y = mixed_year_at(s, nian, &i);
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

/* Length of a range dash (-, —, ―, –, －, ~, ～, 至) ending just before s[i], 0 if none. */
static size_t
dash_before(const char *s, size_t lo, size_t i)
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

/*
 * "前5个月", "前五个月", "首五個月", "前11月" (a news report's months so far): the
 * count of months whose 个月 ends just before s[yue + 3] (yue: where 月
 * is), 0 if none.  提前3个月 is ahead of time, not a period.
 */
static int
months_so_far(const char *s, size_t yue)
{
	size_t		i = yue,
				at;
	int			m = 0,
				n;

	/* "前11月": digits only, without 个 */
	if (i >= 3 && (lp_at(s, i, i - 3, "个") || lp_at(s, i, i - 3, "個")))
		i -= 3;
	else if ((m = digits_before(s, 0, i, &at)) > 0)
		i = at;
	else
		return 0;
	if (m > 0)
		;
	else if ((m = digits_before(s, 0, i, &at)) > 0)
		i = at;
	else if (i >= 6 && lp_at(s, i, i - 6, "十") && lp_cn_digit(lp_utf8_next(s + i - 3, 3, &n)) > 0)
	{
		m = 10 + lp_cn_digit(lp_utf8_next(s + i - 3, 3, &n));
		i -= 6;
	}
	else if (i >= 3 && lp_at(s, i, i - 3, "十"))
	{
		m = 10;
		i -= 3;
	}
	else if (i >= 3 && (m = lp_cn_digit(lp_utf8_next(s + i - 3, 3, &n))) > 0)
		i -= 3;
	if (m < 2 || m > 12 || i < 3 || !(lp_at(s, i, i - 3, "前") || lp_at(s, i, i - 3, "首")) ||
		(i >= 6 && lp_at(s, i, i - 6, "提")))
		return 0;
	return m;
}

/*
 * A month in Chinese numerals ending just before s[i] (一 … 九, 十, 十一,
 * 十二); with first set, also 元 (January).  Its number, *at where it
 * starts; 0 if none.
 */
static int
cn_month_before(const char *s, size_t i, int first, size_t *at)
{
	int			n,
				d;

	if (i >= 6 && lp_at(s, i, i - 6, "十") &&
		(d = lp_cn_digit(lp_utf8_next(s + i - 3, 3, &n))) >= 1 && d <= 2)
	{
		*at = i - 6;
		return 10 + d;
	}
	if (i < 3)
		return 0;
	*at = i - 3;
	if (lp_at(s, i, i - 3, "十"))
		return 10;
	if (first && lp_at(s, i, i - 3, "元"))
		return 1;
	d = lp_cn_digit(lp_utf8_next(s + i - 3, 3, &n));
	return d >= 1 && d <= 9 ? d : 0;
}

/*
 * "1月出口增长50%": a month then a name is that month's (its figure is no
 * whole year's); not a day, an event or a span after it ("1月5日", "3月召开",
 * "1月以来": words.tsv month_then_not_name), nor a month compared with.
 */
static int
month_then_name(const char *s, size_t len, size_t month_at, size_t i)
{
	int			n;
	uint32_t	cp;

	/* "降幅比2月收窄": a month compared with is no period */
	if (i >= len || (month_at >= 3 && (lp_at(s, len, month_at - 3, "比") ||
									  lp_at(s, len, month_at - 3, "较"))))
		return 0;
	cp = lp_utf8_next(s + i, len - i, &n);
	return lp_is_hanzi(cp) && lp_words_prefix(LP_W_MONTH_THEN_NOT_NAME, s + i, len - i) == 0;
}

/* "一至十月", "元至九月", "一—六月": a range of months in Chinese numerals. */
static int
cn_month_range(const char *s, size_t yue, int *first, int *last)
{
	size_t		at,
				at1,
				n;
	int			m1,
				m2 = cn_month_before(s, yue, 0, &at);

	if (m2 < 2 || (n = dash_before(s, 0, at)) == 0)
		return 0;
	m1 = cn_month_before(s, at - n, 1, &at1);
	if (m1 < 1 || m1 >= m2)
		return 0;
	*first = m1;
	*last = m2;
	return 1;
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
		/* "前5个月": the months from January */
		if ((m2 = months_so_far(s, yue)) > 0)
		{
			*first = 1;
			*last = m2;
			found = 1;
			continue;
		}
		/* a month is written in ASCII digits just before its 月 */
		if (yue == 0 || s[yue - 1] < '0' || s[yue - 1] > '9')
		{
			if (yue >= 9 && cn_month_range(s, yue, first, last))
				found = 1;
			continue;
		}
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
			(lp_at(s, len, yue + 3, "份") && !lp_at(s, len, yue + 6, "以来")) ||
			month_then_name(s, len, at, yue + 3))
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
	static const lp_word_kind kinds[] = {
		LP_W_PERIOD_H1, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q1_3
	};
	long		at[4];
	int			m1,
				m2,
				k = lp_find_months(s, len, &m1, &m2);

	if (k)
		return k;
	return lp_words_find_each(kinds, 4, s, len, at, NULL) > 0;
}

/*
 * The first year of s that is not the base of a comparison with the same
 * part of a year ("比2019年同期"): that is not the period of the phrase.
 */
static int
period_year(const char *s, size_t len)
{
	size_t		from = 0,
				at;
	int			y;

	while (from < len && (y = lp_find_year(s + from, len - from, &at)) != 0)
	{
		size_t		q = from + at,
					e = q + (((unsigned char) s[q]) < 0x80 ? 4 : 12) + 3;

		if (!lp_at(s, len, e, "同期"))
			return y;
		from = e;
	}
	return 0;
}

void
lp_period_of(const char *s, size_t len, int default_year, char *out, size_t outsz)
{
	int			year = period_year(s, len),
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
		static const lp_word_kind kinds[] = {
			LP_W_PERIOD_H1, LP_W_PERIOD_Q1_3, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q2,
			LP_W_PERIOD_Q4
		};
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

void
lp_period_decide(lp_period_decision *d, const char *period, lp_period_basis basis)
{
	lp_copy_str(d->period, sizeof(d->period), period);
	d->basis = d->period[0] ? basis : LP_PERIOD_NONE;
	d->since = 0;
}

/*
 * The end of the record the year at s[at] names ("创1996年以来最高水平"), 0
 * when it names none.
 */
static size_t
record_since_at(const char *s, size_t len, size_t at)
{
	size_t		e = at + (((unsigned char) s[at]) < 0x80 ? 4 : 12),
				n;

	if (!lp_at(s, len, e, "年") ||
		(n = lp_words_prefix(LP_W_RECORD_SINCE, s + e + 3, len - e - 3)) == 0)
		return 0;
	return e + 3 + n;
}

int
lp_since_year_at(const char *s, size_t len, size_t at)
{
	size_t		e = at + (((unsigned char) s[at]) < 0x80 ? 4 : 12);

	return lp_at(s, len, e, "年") && lp_words_prefix(LP_W_SINCE_YEAR, s + e + 3, len - e - 3) > 0;
}

size_t
lp_year_suffix(const char *s, size_t len)
{
	size_t		at = 0;

	if (len < 7 || !lp_same(s + len - 3, "年", 3))
		return 0;
	if (lp_find_year(s + len - 7, 7, NULL) != 0)
		return 7;
	/* in Chinese numerals: "预计二〇二二年达十二点八万亿元" */
	return len >= 15 && lp_find_year(s + len - 15, 15, &at) != 0 && at == 0 ? 15 : 0;
}

/*
 * A review of a plan ending in the report's year ("“十三五”和今年工作回顾",
 * 2016-2020, in a report of December 2020) reviews that year too.
 */
static int
review_of_plan_ending(const char *period, int year)
{
	const char *dash = strchr(period, '-');

	return dash != NULL && strlen(dash + 1) == 4 && atoi(dash + 1) == year;
}

void
lp_period_of_targets(const lp_sections *secs, const lp_period_decision *report,
					 lp_period_decision *out)
{
	size_t		i;
	int			year = atoi(report->period);
	char		next[16];

	*out = *report;
	if (year < 1949 || strspn(report->period, "0123456789") != strlen(report->period))
		return;
	/* news of a session speaks from the year after the one it reviews */
	if (report->doc_year == year + 1)
	{
		snprintf(next, sizeof(next), "%d", year + 1);
		lp_period_decide(out, next, LP_PERIOD_INFERRED);
		return;
	}
	for (i = 0; i < secs->n; i++)
		if (secs->items[i].role == LP_ROLE_REVIEW &&
			(secs->items[i].period[0] == '\0' ||
			 strcmp(secs->items[i].period, report->period) == 0 ||
			 review_of_plan_ending(secs->items[i].period, year)))
		{
			snprintf(next, sizeof(next), "%d", year + 1);
			lp_period_decide(out, next, LP_PERIOD_INFERRED);
			return;
		}
}

/*
 * The nearest year before b in s[from, b) that is not a comparison base
 * ("比2020年"); one found at or before *year_at (when *year is set) was seen
 * by an earlier call and is skipped.  Updates *year and *year_at.
 */
/* Is the year starting at s[q] the base of prices ("按2005年可比价格")? */
static int
price_base_year(const char *s, size_t q, size_t b)
{
	const char *y = lp_find3(s + q, b - q < 16 ? b - q : 16, "年");
	size_t		p;

	if (y == NULL)
		return 0;
	p = (size_t) (y - s) + 3;
	return p < b && lp_words_prefix(LP_W_PRICE_BASE_AFTER, s + p, b - p) > 0;
}

/*
 * Is the year at s[q] inside a bracket that opens after a and closes before
 * b ("人均地区生产总值达10.7万元（暂用2019年常住人口计算），比上年增长7%")?
 * A note's year is not the period of what follows the note.
 */
static int
in_closed_note(const char *s, size_t a, size_t q, size_t b)
{
	size_t		i = q,
				j;

	while (i > a)
	{
		i = lp_prev_char(s, i);
		if (lp_at(s, q, i, "）") || s[i] == ')')
			return 0;
		if (lp_at(s, q, i, "（") || s[i] == '(')
			break;
	}
	if (i <= a && !(lp_at(s, q, a, "（") || s[a] == '('))
		return 0;
	for (j = q; j < b; j++)
	{
		if (lp_at(s, b, j, "（") || s[j] == '(')
			return 0;
		if (lp_at(s, b, j, "）") || s[j] == ')')
			return 1;
	}
	return 0;
}

static void
nearest_year(const char *s, size_t a, size_t from, size_t b, int *year, size_t *year_at)
{
	size_t		at;
	int			y;

	while (from < b && (y = lp_find_year(s + from, b - from, &at)) != 0)
	{
		size_t		q = from + at;

		if ((*year == 0 || q > *year_at) &&
			!(q > a && lp_words_suffix(LP_W_COMPARISON_BASE, s + a, q - a)) &&
			!price_base_year(s, q, b) && !in_closed_note(s, a, q, b))
		{
			*year = y;
			*year_at = q;
		}
		from = q + 1;
	}
}

/* Can cp be part of a number or a range of numbers ("1-11月", "二〇二二年")? */
static int
in_number(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || cp == 0x3007 || cp == 0x25CB || lp_cn_digit(cp) >= 0 ||
		cp == '-' || cp == '~' || cp == 0x2013 || cp == 0x2014 || cp == 0xFF0D ||
		cp == 0xFF5E || cp == 0x81F3;	/* - ~ – — － ～ 至 */
}

/*
 * Where to rescan from when the last scan stopped at upto: a little before
 * it (a year or word may cross it), on a character, and not inside a number
 * or a range of numbers, so what is found is what a scan from a would find.
 */
static size_t
rescan_from(const char *s, size_t a, size_t upto)
{
	size_t		from = upto > a + 32 ? upto - 32 : a;

	while (from > a && (((unsigned char) s[from]) & 0xC0) == 0x80)
		from--;
	while (from > a)
	{
		size_t		p = lp_prev_char(s, from);
		int			n;

		if (!in_number(lp_utf8_next(s + p, from - p, &n)))
			break;
		from = p;
	}
	return from < a ? a : from;
}

/* Scan s[a, b) on from where ps stopped: the nearest year, else the latest part of a year. */
static void
scan_on(lp_period_scan *ps, const char *s, size_t a, size_t b)
{
	size_t		from;

	if (ps->upto < a)			/* a new sentence: its fields are zero */
		ps->upto = a;
	from = rescan_from(s, a, ps->upto);
	/* a year seen inside a note now closed ("（2019年为11.2亿元）12.3亿元") no longer names */
	if (ps->year && in_closed_note(s, a, ps->year_at, b))
	{
		ps->year = 0;
		ps->year_at = 0;
		from = a;
	}
	nearest_year(s, a, from, b, &ps->year, &ps->year_at);
	/* a part of the year matters only while no year is named; the latest counts */
	if (ps->year == 0)
	{
		int			m1,
					m2,
					p = ps->part ? lp_find_months(s + from, b - from, &m1, &m2) :
			lp_has_period_word(s + from, b - from);

		if (p)
			ps->part = p;
	}
	ps->upto = b;
}

/* Is the period that of a whole year (no half, quarter or months)? */
static int
is_annual(const char *period)
{
	return strchr(period, 'H') == NULL && strchr(period, 'Q') == NULL &&
		strchr(period, 'M') == NULL;
}

/*
 * "到2027年" in s[p, a) up to its first semicolon: the lead [*la, *lb) is
 * that year, reached with 到.
 */
static void
target_year_lead(const char *s, size_t p, size_t a, size_t *la, size_t *lb)
{
	const char *t;
	size_t		end = p,
				at;

	while (end < a && !lp_at(s, a, end, "；") && s[end] != ';')
		end++;
	for (t = lp_find3(s + p, end - p, "到"); t; t = lp_find3(t + 3, (size_t) (s + end - t - 3), "到"))
	{
		size_t		i = (size_t) (t - s) + 3;

		at = 1;
		if (lp_find_year(s + i, end - i < 16 ? end - i : 16, &at) != 0 && at == 0)
		{
			*la = (size_t) (t - s);
			*lb = i + (((unsigned char) s[i]) < 0x80 ? 4 : 12);
			if (lp_at(s, end, *lb, "年"))
				*lb += 3;
			return;
		}
	}
}

/*
 * The lead of the sentence a clause starting at a belongs to, when a
 * semicolon stands between them: "今年上半年，…：A增长10.3%；B增长36.1%" —
 * the sentence up to its first semicolon (its first comma when that is far),
 * [*la, *lb).
 */
static int
sentence_lead(const char *s, size_t a, size_t *la, size_t *lb)
{
	size_t		p = a,
				lo = a > 1024 ? a - 1024 : 0,
				q;
	int			n;

	/* only a clause a semicolon opens (the rest would rescan long lines) */
	while (p > 0 && s[p - 1] == ' ')
		p--;
	if (!(p >= 3 && lp_same(s + p - 3, "；", 3)) && !(p >= 1 && s[p - 1] == ';'))
		return 0;
	/* the sentence holds that semicolon: it starts after the full stop before it */
	if (p <= lo || ((p = lp_full_stop_before(s, lo, p)) == lo && lo > 0))
		return 0;
	/* the lead: up to the first semicolon when that is near, else the first comma */
	*la = p;
	*lb = 0;
	for (q = p; q < a && q < p + 150; q += n)
	{
		uint32_t	cp;

		if (lp_hanzi_lead(s[q]) && q + 3 <= a && lp_utf8_cont(s[q + 1]) && lp_utf8_cont(s[q + 2]))
		{
			n = 3;				/* nor is it a comma or semicolon */
			continue;
		}
		cp = lp_utf8_next(s + q, a - q, &n);
		if ((cp == 0xFF0C || cp == ',' || cp == 0xFF1A || cp == ':') && *lb == 0)
			*lb = q;
		if (cp == 0xFF1B || cp == ';')
		{
			*lb = q;
			break;
		}
	}
	/* a far semicolon: a target year the stretch before it reaches ("…部署了
	 * 今后五年的目标任务，到2027年A达到…，B…；C…") leads the list, not the comma */
	if (q >= p + 150 || q >= a)
		target_year_lead(s, p, a, la, lb);
	return *lb > *la;
}

int
lp_relative_year(const char *s, size_t a, size_t b, int doc_year)
{
	static const lp_word_kind kinds[] = {LP_W_YEAR_THIS, LP_W_YEAR_LAST, LP_W_YEAR_NEXT};
	static const int shift[] = {0, -1, 1};
	int			year = 0;
	size_t		from = a;

	if (doc_year == 0)
		return 0;
	/* the words stand near the mention: a long sentence is not read twice */
	if (b > a + 512)
	{
		a = b - 512;
		while (a < b && (((unsigned char) s[a]) & 0xC0) == 0x80)
			a++;
	}
	/* the last relative word before b counts; each found moves the scan on */
	while (from < b)
	{
		long		at[3];
		size_t		wl[3],
					best = 0,
					p;
		int			k,
					kb = -1;

		if (lp_words_find_each(kinds, 3, s + from, b - from, at, wl) == 0)
			break;
		for (k = 0; k < 3; k++)
			if (at[k] >= 0 && (kb < 0 || (size_t) at[k] < best))
			{
				best = (size_t) at[k];
				kb = k;
			}
		p = from + best;
		from = p + wl[kb];
		/* 比去年同期, 与去年相比: a comparison base, not the period */
		if ((p > a && lp_words_suffix(LP_W_COMPARISON_BASE, s + a, p - a)) ||
			lp_at(s, b, from, "同期") || lp_at(s, b, from, "同"))
			continue;
		year = doc_year + shift[kb];
	}
	return year;
}

/* The same decision: field by field (the bytes after a period's NUL are not set). */
static int
same_decision(const lp_period_decision *x, const lp_period_decision *y)
{
	return x->basis == y->basis && x->doc_year == y->doc_year && strcmp(x->period, y->period) == 0;
}

/*
 * Does s[a, b) name a range of months that is no comparison base?  A
 * half-year release gives the services it surveys a month late
 * ("1—5月，规上服务业营业收入增长11.5%"), an annual one its last month's
 * series ("1-11月"): their months, not the report's part.  "较1-2月回落"
 * compares.
 */
static int
other_months_named(const char *s, size_t a, size_t b)
{
	int			m1,
				m2;
	size_t		p;

	if (lp_find_months(s + a, b - a, &m1, &m2) != 1)
		return 0;
	/* a comparison word right before a number that starts */
	for (p = a + 1; p < b; p++)
		if (isdigit((unsigned char) s[p]) && !isdigit((unsigned char) s[p - 1]) &&
			lp_words_suffix(LP_W_COMPARISON_BASE, s + a, p - a))
			return 0;
	return 1;
}

/*
 * Does s[a, b) name the whole year after the last part of a year it names?
 * "针对三季度经济增速回落的情况，…，全年地区生产总值增长4.9%": 全年 takes the
 * figure back to the year, and no earlier clause (nor a semicolon's lead)
 * gives it a quarter.  全年目标, 全年计划 name the year's target, not the
 * figure's period.
 */
static int
whole_year_last(const char *s, size_t a, size_t b)
{
	size_t		from = a,
				wl,
				end = 0;
	long		at;

	while (from < b && (at = lp_words_find(LP_W_YEAR_IN_FULL, s + from, b - from, &wl)) >= 0)
	{
		size_t		w = from + (size_t) at;

		from = w + wl;
		/* "完成全年目标任务的48.1%": the year's target, not the figure's period;
		 * "比上年全年提高": the year before, a base */
		if (!lp_words_prefix(LP_W_YEAR_IN_FULL_NOT, s + from, b - from) &&
			!(w > a && lp_words_suffix(LP_W_YEAR_IN_FULL_BASE, s + a, w - a) > 0))
			end = from;
	}
	return end > 0 && lp_has_period_word(s + end, b - end) == 0;
}

/* The period of a figure said of the whole year: the context's year, annual. */
static void
whole_year_of(const lp_period_decision *ctx, lp_period_decision *out)
{
	char		buf[16];

	*out = *ctx;
	if (is_annual(ctx->period))
		return;
	snprintf(buf, sizeof(buf), "%d", lp_period_year(ctx->period));
	lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
}

/*
 * The part of the year opening s[a, b) ("一季度，全市地区生产总值增长5.1%" in a
 * release of 前三季度): its length, its start in *at; 0 if none.  Elsewhere in
 * a sentence of a part-year report a part is mostly what a figure is set
 * against ("增速比一季度、上半年分别提高3.1个、1.2个百分点").
 */
static size_t
part_opening(const char *s, size_t a, size_t b, size_t *at)
{
	static const lp_word_kind kinds[] = {
		LP_W_PERIOD_H1, LP_W_PERIOD_Q1, LP_W_PERIOD_Q2, LP_W_PERIOD_Q3, LP_W_PERIOD_Q1_3
	};
	size_t		wl = 0;

	*at = lp_skip_space(s, b, a);
	return lp_words_prefix_each(kinds, 5, s + *at, b - *at, &wl) >= 0 ? wl : 0;
}

/*
 * The period of s[a, b), naming no year, in the context ctx of year
 * ctx_year: by the part of the year it names (part: lp_has_period_word), or
 * other months in a report of a part.
 */
static void
period_of_part(const char *s, size_t a, size_t b, const lp_period_decision *ctx, int ctx_year,
			   int part, lp_period_decision *out)
{
	char		buf[16];
	size_t		wl,
				at;

	/* a part of the year in an annual context; one month ("9月当月") in any */
	if (part == 2 || (part && is_annual(ctx->period)))
	{
		lp_period_of(s + a, b - a, ctx_year, buf, sizeof(buf));
		lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
	}
	/* in a report of another part, the part opening the sentence */
	else if (part && (wl = part_opening(s, a, b, &at)) > 0)
	{
		lp_period_of(s + at, wl, ctx_year, buf, sizeof(buf));
		lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
	}
	/* other months in a part-year context: a series that lags ("1—5月") */
	else if (!is_annual(ctx->period) && other_months_named(s, a, b))
	{
		lp_period_of(s + a, b - a, ctx_year, buf, sizeof(buf));
		if (strcmp(buf, ctx->period) != 0)
			lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
	}
}

/*
 * A clause after a semicolon naming no time: the sentence's lead names it
 * (read once for the clauses sharing it).  1 when *out is decided.
 */
static int
period_of_lead(lp_period_scan *ps, const char *s, size_t a, size_t b,
			   const lp_period_decision *ctx, lp_period_decision *out)
{
	lp_period_lead *ld = &ps->lead;
	lp_period_scan lead;		/* its own, so it keeps ps's lead */

	/* the mentions of a clause share its lead: looked for once */
	if (ld->of != a + 1)
	{
		ld->of = a + 1;
		ld->found = sentence_lead(s, a, &ld->a, &ld->b);
	}
	if (!ld->found)
		return 0;
	/* "一季度…；全年…增长4.9%": not the lead's part */
	if (lp_period_year(ctx->period) && whole_year_last(s, a, b))
	{
		whole_year_of(ctx, out);
		return 1;
	}
	/* the clauses of a sentence share its lead: read once for a context */
	if (ld->read_a == ld->a + 1 && ld->read_b == ld->b && same_decision(&ld->ctx, ctx))
	{
		*out = ld->period;
		return 1;
	}
	memset(&lead, 0, sizeof(lead));
	lp_period_in_sentence(&lead, 0, s, ld->a, ld->b, ctx, out);
	ld->read_a = ld->a + 1;
	ld->read_b = ld->b;
	ld->ctx = *ctx;
	ld->period = *out;
	return 1;
}

void
lp_period_in_sentence(lp_period_scan *ps, int same_sentence, const char *s, size_t a,
					  size_t b, const lp_period_decision *ctx, lp_period_decision *out)
{
	int			ctx_year = lp_period_year(ctx->period);
	int			year = 0,
				relative = 0,
				part;
	size_t		year_at = 0,
				record_end;
	char		buf[16];

	if (same_sentence && b >= ps->upto)
	{
		scan_on(ps, s, a, b);
		year = ps->year;
		year_at = ps->year_at;
		part = ps->part;
	}
	else
	{
		nearest_year(s, a, a, b, &year, &year_at);
		part = year ? 0 : lp_has_period_word(s + a, b - a);
	}
	/* "去年…增速创1996年以来最高水平": a record names no period (去年 does); the
	 * words after it say the part */
	record_end = year ? record_since_at(s, b, year_at) : 0;
	if (record_end)
		year = 0;
	/* read once: both tests below want it when no year is named */
	if (year == 0)
		relative = lp_relative_year(s, a, b, ctx->doc_year);
	if (record_end)
		a = record_end;
	/*
	 * "…三季度…，全年地区生产总值增长4.9%": the year, in a report of a part
	 * too (looked for only where a part would decide, or the report is of a
	 * part: "全年全省粮食总产量1265.0万吨" in a release of January to
	 * November; the scan is not cheap)
	 */
	if (year == 0 && relative == 0 && ctx_year && (part || !is_annual(ctx->period)) &&
		whole_year_last(s, a, b))
	{
		whole_year_of(ctx, out);
		return;
	}
	/* a clause after a semicolon naming no time: the sentence's lead names it */
	if (year == 0 && part == 0 && relative == 0 && period_of_lead(ps, s, a, b, ctx, out))
		return;

	*out = *ctx;
	if (year)
	{
		int			since = ctx_year > year && is_annual(ctx->period) &&
			lp_since_year_at(s, b, year_at);

		lp_period_of(s + year_at, b - year_at, year, buf, sizeof(buf));
		/* "2013年以来，累计完成…" in a review of 2015: the years 2013-2015 */
		if (since)
			snprintf(buf, sizeof(buf), "%d-%d", year, ctx_year);
		lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
		out->since = since;
	}
	/* "今年上半年", "过去一年": against the year the document speaks from */
	else if ((year = relative) != 0)
	{
		int			y0 = atoi(ctx->period);

		lp_period_of(s + a, b - a, year, buf, sizeof(buf));
		/* the line's part of a year stands when the sentence names none */
		if (y0 == year && !is_annual(ctx->period) && is_annual(buf))
			return;
		lp_period_decide(out, buf, LP_PERIOD_RELATIVE);
		return;
	}
	else if (ctx_year && (part || !is_annual(ctx->period)))
		period_of_part(s, a, b, ctx, ctx_year, part, out);
}

/* The five-year plans of five_year_plans.tsv, loaded once. */
#define MAX_PLANS 64

static struct
{
	const char *name;			/* points into the embedded data */
	size_t		len;
	int			first_year;
}			plans[MAX_PLANS];
static int	n_plans = -1;

#define PLAN_FIVE_MAX 8
static int	plan_five;			/* bit o: a name's first 五 is its character o */

static void
load_plans(void)
{
	lp_data_iter it;			/* rows checked against the file's schema */
	const char *five;

	n_plans = 0;
	lp_data_open(&it, LP_DATA_FIVE_YEAR_PLANS);
	while (n_plans < MAX_PLANS && lp_data_next(&it, NULL) > 0)
	{
		/* names start with a hanzi and hold 五 among their first PLAN_FIVE_MAX + 1 characters */
		five = lp_find3(it.row.f[0], it.row.len[0], "五");
		if ((unsigned char) it.row.f[0][0] < 0xE0 || five == NULL ||
			(five - it.row.f[0]) % 3 != 0 || five - it.row.f[0] > 3 * PLAN_FIVE_MAX)
			continue;
		plan_five |= 1 << ((five - it.row.f[0]) / 3);
		plans[n_plans].name = it.row.f[0];
		plans[n_plans].len = it.row.len[0];
		plans[n_plans].first_year = atoi(it.row.f[1]);
		n_plans++;
	}
}

/* The plan named at p, if any: its first year, 0 if none. */
static int
plan_at(const char *p, const char *end, size_t *len)
{
	int			k;

	/* names start with a hanzi: its last byte rules out most names before the compare */
	if (end - p < 3)
		return 0;
	for (k = 0; k < n_plans; k++)
		if (plans[k].name[2] == p[2] && (size_t) (end - p) >= plans[k].len &&
			memcmp(p, plans[k].name, plans[k].len) == 0)
		{
			if (len)
				*len = plans[k].len;
			return plans[k].first_year;
		}
	return 0;
}

/*
 * Every name holds 五 (七五, 十一五, 第九个五年: the loader keeps no other),
 * at byte 3, 6 or 9 (plan_five): one memchr-speed scan for 五 tests the
 * places a name could start before it.  The name that starts first counts.
 */
static int
five_year_plan(const char *s, size_t len)
{
	const char *end = s + len,
			   *first = NULL,
			   *q;
	int			year = 0,
				o,
				y;

	if (n_plans < 0)
		load_plans();
	for (q = lp_find3(s, len, "五"); q && (first == NULL || q - first < 3 * PLAN_FIVE_MAX);
		 q = lp_find3(q + 3, (size_t) (end - q - 3), "五"))
		for (o = PLAN_FIVE_MAX; o >= 0; o--)
			if ((plan_five & (1 << o)) && q - s >= 3 * o &&
				(first == NULL || q - 3 * o < first) && (y = plan_at(q - 3 * o, end, NULL)) != 0)
			{
				first = q - 3 * o;
				year = y;
				break;
			}
	return year;
}

int
lp_five_year_plan_opens(const char *s, size_t len)
{
	if (n_plans < 0)
		load_plans();
	return plan_at(s, s + len, NULL) != 0;
}

int
lp_five_year_plan(const char *s, size_t len, size_t *at)
{
	int			year = five_year_plan(s, len);
	size_t		k;

	/* where: the first name of that plan (names of one plan share no prefix) */
	for (k = 0; year && at && k < (size_t) n_plans; k++)
		if (plans[k].first_year == year)
		{
			const char *p = lp_find3(s, len, plans[k].name);

			for (; p && plan_at(p, s + len, NULL) != year; p = lp_find3(p + 3, (size_t) (s + len - p - 3), plans[k].name))
				;
			if (p)
			{
				*at = (size_t) (p - s);
				break;
			}
		}
	return year;
}

int
lp_plan_goals_end_year(const char *s, size_t n, int targets_year)
{
	int			first = lp_five_year_plan(s, n, NULL);

	if (first > 0 && (targets_year == 0 || first + 4 >= targets_year))
		return first + 4;
	return targets_year > 0 ? targets_year + 4 : 0;
}

/*
 * The years s[a, b) names: the first (or the start of its range, "2021—2023
 * 年"; one after a base year, "从2015年的…增加到") and the last.  Sets
 * "first-last" when they differ and returns 1.
 */
static int
named_years(const char *s, size_t a, size_t b, lp_period_decision *pd)
{
	size_t		at,
				from = a;
	int			first = 0,
				last = 0,
				base = 0,
				y;
	char		buf[16];

	while (from < b && (y = lp_find_year(s + from, b - from, &at)) != 0)
	{
		if (first == 0)
		{
			int			y0 = lp_year_range_start(s, from + at);

			first = y0 ? y0 : y;
			base = !y0 && from + at > a &&
				lp_words_suffix(LP_W_CHANGE_FROM, s + a, from + at - a) > 0;
		}
		last = y;
		from += at + 1;
	}
	if (!(first && last > first))
		return 0;
	snprintf(buf, sizeof(buf), "%d-%d", first + base, last);
	lp_period_decide(pd, buf, LP_PERIOD_SENTENCE);
	return 1;
}

/* The years of the five-year plan the text, section heading or title names; 1 if one does. */
static int
plan_years(const char *s, size_t a, size_t b, const char *section, const char *title,
		   lp_period_decision *pd)
{
	int			y;
	lp_period_basis basis;
	char		buf[16];

	if ((y = five_year_plan(s + a, b - a)) != 0)
		basis = LP_PERIOD_SENTENCE;
	else if (section && (y = five_year_plan(section, strlen(section))) != 0)
		basis = LP_PERIOD_HEADING;
	else if (title && (y = five_year_plan(title, strlen(title))) != 0)
		basis = LP_PERIOD_TITLE;
	else
		return 0;
	snprintf(buf, sizeof(buf), "%d-%d", y, y + 4);
	lp_period_decide(pd, buf, basis);
	return 1;
}

void
lp_period_average(const char *s, size_t a, size_t b, const char *section, const char *title,
				  lp_period_decision *pd)
{
	int			ctx_year = lp_period_year(pd->period);
	char		buf[16];

	if (named_years(s, a, b, pd) || plan_years(s, a, b, section, title, pd) || ctx_year == 0)
		return;
	/* "过去五年": the five years up to the mention's */
	snprintf(buf, sizeof(buf), "%d-%d", ctx_year - 4, ctx_year);
	if (lp_words_any(LP_W_FIVE_YEARS, s + a, b - a))
		lp_period_decide(pd, buf, LP_PERIOD_SENTENCE);
	else if (section && lp_words_any(LP_W_FIVE_YEARS, section, strlen(section)))
		lp_period_decide(pd, buf, LP_PERIOD_HEADING);
}

/*
 * Does a closing quote start s[i, len)?  Its length, else 0.
 */
static size_t
closing_quote(const char *s, size_t len, size_t i)
{
	static const char *const q[] = {"”", "」", "』", "》", "’", "\""};
	size_t		k;

	for (k = 0; k < sizeof(q) / sizeof(q[0]); k++)
		if (lp_at(s, len, i, q[k]))
			return strlen(q[k]);
	return 0;
}

size_t
lp_plan_end_at(const char *s, size_t len, int *end_year)
{
	size_t		q = lp_words_prefix(LP_W_PART_QUOTE, s, len),
				name_len = 0,
				w;
	int			first;

	if (n_plans < 0)
		load_plans();
	if ((first = plan_at(s + q, s + len, &name_len)) == 0)
		return 0;
	q += name_len;
	q += closing_quote(s, len, q);
	if ((w = lp_words_prefix(LP_W_PLAN_END_PERIOD, s + q, len - q)) == 0)
		return 0;
	*end_year = first + 4;
	return q + w;
}

int
lp_year_ahead(const char *s, size_t a, size_t b, int doc_year)
{
	const char *p;
	size_t		at = 0;
	int			end_year = 0;

	if (doc_year == 0)
		return 0;
	/* a plan's span that starts in the document's year or later ("“十五五”时期" in 2026) */
	if (lp_five_year_plan(s + a, b - a, &at) != 0 &&
		lp_plan_end_at(s + a + at, b - a - at, &end_year) > 0 && end_year - 4 >= doc_year)
		return end_year;
	for (p = lp_find3(s + a, b - a, "到"); p; p = lp_find3(p + 3, (size_t) (s + b - p - 3), "到"))
	{
		size_t		i = (size_t) (p - s) + 3,
					yat = 1;
		int			y = lp_find_year(s + i, b - i < 16 ? b - i : 16, &yat);

		if (y > doc_year && yat == 0)
			return y;
		if (lp_plan_end_at(s + i, b - i, &y) > 0 && y > doc_year)
			return y;
	}
	return 0;
}

void
lp_period_of_plan_target(lp_period_decision *pd, const char *s, size_t a, size_t b)
{
	size_t		at = 0,
				n;
	int			first,
				end_year = 0,
				y = lp_period_year(pd->period);
	char		buf[16];

	if (b <= a)
		return;
	first = lp_five_year_plan(s + a, b - a, &at);
	/* a plan over before the year decided so far is reviewed, not aimed at */
	if (first == 0 || (y > 0 && first + 4 < y))
		return;
	n = lp_plan_end_at(s + a + at, b - a - at, &end_year);
	if (n == 0 || lp_find_year(s + a + at + n, b - a - at - n, NULL) != 0)
		return;
	snprintf(buf, sizeof(buf), "%d", end_year);
	lp_period_decide(pd, buf, LP_PERIOD_SENTENCE);
}

void
lp_period_of_target(lp_period_decision *pd, const char *s, size_t a, size_t b)
{
	char		buf[16];

	/*
	 * A target in a half-year or quarterly report is for the year, unless its
	 * own sentence names the part ("上半年目标" is rare, "全年目标" common).
	 */
	if (!is_annual(pd->period) && pd->period[0] && pd->period[4] != '-' &&
		(pd->basis != LP_PERIOD_SENTENCE || lp_words_any(LP_W_WHOLE_YEAR, s + a, b - a)))
	{
		snprintf(buf, sizeof(buf), "%d", atoi(pd->period));
		lp_period_decide(pd, buf, pd->basis);
		return;
	}
	/* only a period the document's year decided: headings and sentences stand */
	if (pd->doc_year == 0 || atoi(pd->period) != pd->doc_year - 1 || !is_annual(pd->period) ||
		!(pd->basis == LP_PERIOD_PUBLICATION || pd->basis == LP_PERIOD_PLAN ||
		  pd->basis == LP_PERIOD_ANNIVERSARY || pd->basis == LP_PERIOD_ELAPSED ||
		  pd->basis == LP_PERIOD_PUBLISHED || pd->basis == LP_PERIOD_DATELINE))
		return;
	snprintf(buf, sizeof(buf), "%d", pd->doc_year);
	lp_period_decide(pd, buf, LP_PERIOD_INFERRED);
}

/*
 * The part of a year s[a, b) names for the figure after it, the last one
 * that is no comparison base ("二季度增长6.0%", not "比一季度加快"); *at is
 * where it starts.  0 when none.
 */
static int
part_named(const char *s, size_t a, size_t b, size_t *at, size_t *len)
{
	static const lp_word_kind kinds[] = {
		LP_W_PERIOD_H1, LP_W_PERIOD_Q1_3, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q2,
		LP_W_PERIOD_Q4
	};
	size_t		from = a;
	int			found = 0,
				base = 0;

	while (from < b)
	{
		long		pos[6];
		size_t		wl[6],
					best = 0,
					bl = 0;
		int			k;

		if (lp_words_find_each(kinds, 6, s + from, b - from, pos, wl) == 0)
			break;
		for (k = 0; k < 6; k++)
			if (pos[k] >= 0 && (bl == 0 || (size_t) pos[k] < best))
			{
				best = (size_t) pos[k];
				bl = wl[k];
			}
		best += from;
		/* a list of bases goes on: "比一季度、上半年分别提高" */
		base = (best > a && lp_words_suffix(LP_W_COMPARISON_BASE, s + a, best - a)) ||
			(base && (best == from + 3 && (lp_at(s, b, from, "、") || lp_at(s, b, from, "和"))));
		if (!base)
		{
			*at = best;
			*len = bl;
			found = 1;
		}
		from = best + bl;
	}
	return found;
}

void
lp_period_of_part(lp_period_decision *pd, const char *s, size_t a, size_t b)
{
	int			year = lp_period_year(pd->period);
	size_t		at,
				len;
	char		buf[16];

	if (year < 1949 || pd->period[4] == '-' || lp_find_year(s + a, b - a, NULL) ||
		!part_named(s, a, b, &at, &len))
		return;
	lp_period_of(s + at, len, year, buf, sizeof(buf));
	if (strcmp(buf, pd->period) != 0)
		lp_period_decide(pd, buf, LP_PERIOD_SENTENCE);
}
