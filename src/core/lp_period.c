/*
 * lp_period.c — periods: which year, half, quarter or months a phrase names.
 *
 * Years ("2021年", "二〇二三年"), months ("1-11月", "9月当月"), parts of a
 * year (上半年, 一季度, from words.tsv) and their combination into a period
 * code ("2021", "2023H1", "2016Q1", "2023Q1-3", "2023M01-11", "2023M11").
 * The text layer below knows nothing of periods; the structure, metadata,
 * table and extraction code above ask here.  The period of a figure in its
 * sentence is lp_period_sentence.c's, those of plans and targets
 * lp_period_plan.c's.
 */
#include "lp.h"
#include "lp_census.h"
#include "lp_data.h"
#include "lp_period.h"
#include "lp_period_int.h"
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

int
lp_last_year(const char *s, size_t a, size_t p)
{
	int			y,
				last = 0;
	size_t		at;

	while (a < p && (y = lp_find_year(s + a, p - a, &at)) != 0)
	{
		last = y;
		a += at + 4;
	}
	return last;
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

/*
 * The bytes between two months of a range ending just before s[at]: a
 * range dash ("1-9月"), or the first month's 月 (份) then a dash or 到
 * ("1月至9月", "1月份-11月份", "1月到9月"); 0 if none.
 */
static size_t
month_range_dash(const char *s, size_t at)
{
	size_t		n = lp_dash_before(s, 0, at),
				i;

	if (n == 0 && at >= 6 && lp_at(s, at, at - 3, "到"))
		n = 3;
	if (n == 0)
		return 0;
	i = at - n;
	if (i >= 3 && lp_at(s, i, i - 3, "份"))
		i -= 3;
	if (i >= 3 && lp_at(s, i, i - 3, "月"))
		return at - (i - 3);
	return lp_at(s, at, at - n, "到") ? 0 : n;
}

/* "元至11月": 元 (January, 元月) just before s[i]; not money's ("500元至11月底") */
static int
january_before(const char *s, size_t i)
{
	size_t		p = i > 3 ? lp_prev_char(s, i - 3) : 0;
	int			n;
	uint32_t	cp = i > 3 ? lp_utf8_next(s + p, i - 3 - p, &n) : 0;

	if (i < 3 || !lp_same(s + i - 3, "元", 3))
		return 0;
	return !(cp >= '0' && cp <= '9') && lp_cn_digit(cp) < 0 && cp != 0x4E07 && cp != 0x4EBF &&
		cp != 0x5341 && cp != 0x767E && cp != 0x5343;	/* 万 亿 十 百 千 */
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

/* "降幅比2月收窄", "增速比1—5月份提高": months compared with from at are no period. */
static int
compared_at(const char *s, size_t len, size_t at)
{
	return at >= 3 && (lp_at(s, len, at - 3, "比") || lp_at(s, len, at - 3, "较"));
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

	if (i >= len || compared_at(s, len, month_at))
		return 0;
	cp = lp_utf8_next(s + i, len - i, &n);
	return lp_is_hanzi(cp) && lp_words_prefix(LP_W_MONTH_THEN_NOT_NAME, s + i, len - i) == 0;
}

/*
 * "11月，全市社会消费品零售总额同比增长5.5%": a month opening its sentence
 * and closed by a comma names the month's figures (a release of months
 * gives the last month beside the months so far); "2024年11月，" (an event's
 * date) and "截至11月，" do not open with the month.
 */
static int
month_opening_sentence(const char *s, size_t len, size_t month_at, size_t i)
{
	if (!(lp_at(s, len, i, "，") || (i < len && s[i] == ',')))
		return 0;
	return month_at == 0 || s[month_at - 1] == '\n' ||
		(month_at >= 3 && (lp_at(s, len, month_at - 3, "。") || lp_at(s, len, month_at - 3, "；") ||
						   lp_at(s, len, month_at - 3, "：")));
}

/*
 * "6月末，全县本外币各项存款150亿元", "截至9月末，…贷款余额…": a stock at the
 * end of a month, its clause closed by a comma, is of the months so far (a
 * half-year report's 6月末 is its half, 12月末 the year); not a deadline or a
 * date ("6月底前完成", "1月底召开": no comma after), nor a month compared with.
 */
static int
month_end_clause(const char *s, size_t len, size_t month_at, size_t yue)
{
	size_t		i = yue + 3;

	if (!(lp_at(s, len, i, "末") || lp_at(s, len, i, "底")) || compared_at(s, len, month_at))
		return 0;
	i += 3;
	return lp_at(s, len, i, "，") || (i < len && s[i] == ',');
}

size_t
lp_until_len(const char *s, size_t i)
{
	size_t		n = i >= 3 && lp_same(s + i - 3, "到", 3) ? 3 : 0;

	if (i >= n + 6 && (lp_same(s + i - n - 6, "截至", 6) || lp_same(s + i - n - 6, "截止", 6)))
		return n + 6;
	return 0;
}

static int
until_before(const char *s, size_t i)
{
	return lp_until_len(s, i) > 0;
}

/*
 * "截至11月，全县规上工业增加值增长…", "截止2023年9月份," : the months so far,
 * as "截至11月末，" (month_end_clause); a day ("截至11月10日") or no comma
 * after ("截至11月底前") is a date or a deadline.
 */
static int
until_month_clause(const char *s, size_t len, size_t month_at, size_t yue)
{
	size_t		i = yue + 3;

	if (lp_at(s, len, i, "份"))
		i += 3;
	if (!(lp_at(s, len, i, "，") || (i < len && s[i] == ',')))
		return 0;
	/* the year of the months may come between: "截至今年11月", "截至2023年11月" */
	if (month_at >= 3 && lp_same(s + month_at - 3, "年", 3))
	{
		if (month_at >= 9 && (lp_same(s + month_at - 9, "今年", 6) || lp_same(s + month_at - 9, "本年", 6)))
			month_at -= 9;
		else if (month_at >= 7 && lp_year_digits(s + month_at - 7) > 0)
			month_at -= 7;
	}
	return until_before(s, month_at);
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

	if (m2 < 2 || (n = lp_dash_before(s, 0, at)) == 0)
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
					at1 = 0,
					n;
		int			m2,
					m1 = 0;

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
		/* "1-11月", "7至9月", "1月到11月": a range ("截至11月末": 至 with no start is none) */
		if ((n = month_range_dash(s, at)) > 0 &&
			((m1 = digits_before(s, 0, at - n, &at1)) > 0 || january_before(s, at - n)))
		{
			if (m1 == 0)
				m1 = 1, at1 = at - n - 3;
			if (m1 >= 1 && m1 < m2 && !compared_at(s, len, at1))
			{
				*first = m1;
				*last = m2;
				found = 1;
			}
			continue;
		}
		if (month_end_clause(s, len, at, yue) || until_month_clause(s, len, at, yue))
		{
			*first = 1;
			*last = m2;
			found = 1;
			continue;
		}
		/*
		 * "11月当月", "9月份": one month (not a date such as 9月18日, nor the
		 * start of a span: "9月份以来", "从4月份开始由负转正")
		 */
		if (lp_at(s, len, yue + 3, "当月") ||
			(lp_at(s, len, yue + 3, "份") ?
			 lp_words_prefix(LP_W_MONTH_THEN_NOT_NAME, s + yue + 6, len - yue - 6) == 0 :
			 (month_then_name(s, len, at, yue + 3) ||
			  month_opening_sentence(s, len, at, yue + 3))))
		{
			*first = *last = m2;
			found = 2;
		}
	}
	/* "1~3季度": the months of a range of quarters (lp_period_range.c) */
	return found ? found : lp_find_quarter_range(s, len, first, last);
}

int
lp_year_range_start(const char *s, size_t at)
{
	size_t		n = lp_dash_before(s, 0, at),
				i;

	if (n == 0 || at < n + 4)
		return 0;
	i = at - n - 4;
	if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
		return 0;
	return lp_year_digits(s + i);
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

/*
 * 下半年 at s[at] names the second half, unless it starts a span ("下半年以来，
 * 经济逐步回暖，规上工业增加值增长6.2%": the figure is the year's).
 */
static int
second_half_at(const char *s, size_t len, long at)
{
	return at >= 0 && !lp_at(s, len, (size_t) at + 9, "以来");
}

/*
 * Forget each part of the year found at at[k] (word length wlen[k]) that
 * names a routine event of a series ("第四季度例行新闻发布会", "一季度例会":
 * words.tsv part_then_event), or that is compared with ("增速比前三季度提高
 * 1.4个百分点，其中民间投资增长6.5%": the year's, as 比2月 is no month), or
 * that a result builds on ("在上半年…的基础上": lp_period_base.c).
 */
static void
part_names_event(const char *s, size_t len, long *at, const size_t *wlen, int n)
{
	int			k,
				j;
	long		from = -1,
				to = -1;

	for (k = 0; k < n; k++)
		if (at[k] >= 0 && (size_t) at[k] + wlen[k] <= len &&
			(compared_at(s, len, (size_t) at[k]) || lp_period_part_is_base(s, len, (size_t) at[k], wlen[k]) ||
			 lp_words_prefix(LP_W_PART_THEN_EVENT, s + at[k] + wlen[k], len - (size_t) at[k] - wlen[k]) > 0))
		{
			if (from < 0 || at[k] < from)
				from = at[k];
			if ((long) (at[k] + wlen[k]) > to)
				to = (long) (at[k] + wlen[k]);
			at[k] = -1;
		}
	/* nor a shorter word inside the one forgotten (三季度 of 前三季度) */
	for (j = 0; j < n && from >= 0; j++)
		if (at[j] >= from && at[j] < to)
			at[j] = -1;
}

int
lp_has_period_word(const char *s, size_t len)
{
	static const lp_word_kind kinds[] = {
		LP_W_PERIOD_H1, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q1_3, LP_W_PERIOD_H2
	};
	long		at[5];
	size_t		wlen[5];
	int			m1,
				m2,
				k = lp_find_months(s, len, &m1, &m2);

	if (k)
		return k;
	if (lp_census_find_each(kinds, 5, s, len, at, wlen) == 0)
		return 0;
	part_names_event(s, len, at, wlen, 5);
	return at[0] >= 0 || at[1] >= 0 || at[2] >= 0 || at[3] >= 0 || second_half_at(s, len, at[4]);
}

/*
 * The first year of s that is not the base of a comparison with the same
 * part of a year ("比2019年同期") nor one compared with ("比2019年一季度增长
 * 8.6%": the part's growth over two years): that is not the period of the phrase.
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

		if (!lp_at(s, len, e, "同期") && !(q > 0 && lp_words_suffix(LP_W_COMPARISON_BASE, s, q)))
			return y;
		from = e;
	}
	return 0;
}

void
lp_period_suffix(const char *s, size_t len, char *out, size_t outsz)
{
	int			m1,
				m2;
	const char *suffix = "";
	char		months[24] = "";

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
		/*
		 * in this order of precedence: 上半年 over a quarter named with it,
		 * 下半年 last ("下半年，确保完成地区生产总值520亿元": the half's target)
		 */
		static const lp_word_kind kinds[] = {
			LP_W_PERIOD_H1, LP_W_PERIOD_Q1_3, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q2,
			LP_W_PERIOD_Q4, LP_W_PERIOD_H2
		};
		static const char *const suffixes[] = {"H1", "Q1-3", "Q1", "Q3", "Q2", "Q4", "H2"};
		long		at[7];
		size_t		wlen[7];
		int			k;

		if (lp_census_find_each(kinds, 7, s, len, at, wlen) > 0)
			part_names_event(s, len, at, wlen, 7);
		if (!second_half_at(s, len, at[6]))
			at[6] = -1;
		for (k = 0; k < 7; k++)
			if (at[k] >= 0)
			{
				/* "第二季度GDP累计": the year so far (lp_period_cumulative.c) */
				snprintf(out, outsz, "%s", suffixes[k]);
				lp_period_cumulative(s, len, (size_t) at[k] + wlen[k], out, outsz);
				return;
			}
	}
	snprintf(out, outsz, "%s", suffix);
}

/*
 * The part starts at the period's first capital ("2026M01-02", "M01-02");
 * a yearless part ("YQ1-3") starts at Y and has no month of its own.
 */
int
lp_period_last_month(const char *period)
{
	const char *p = period;
	const char *dash;

	while (*p && (*p < 'A' || *p > 'Z'))
		p++;
	if (*p != 'H' && *p != 'Q' && *p != 'M')
		return 0;				/* a year's (most figures'): no strchr, no atoi */
	dash = strchr(p, '-');
	if (*p == 'H')
		return lp_period_year(p + 1) * 6;
	if (*p == 'Q')
		return lp_period_year(dash ? dash + 1 : p + 1) * 3;
	return *p == 'M' ? lp_period_year(dash ? dash + 1 : p + 1) : 0;
}

void
lp_period_of(const char *s, size_t len, int default_year, char *out, size_t outsz)
{
	int			year = period_year(s, len);
	char		suffix[24];

	if (year == 0)
		year = default_year;
	lp_period_suffix(s, len, suffix, sizeof(suffix));
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

int
lp_period_said_year(const lp_period_decision *d)
{
	return d->said_year ? d->said_year : d->doc_year;
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

