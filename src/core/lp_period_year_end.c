/*
 * lp_period_year_end.c — a sentence of a year's review that runs through
 * the parts of the year to its end ("在一季度大幅回落的情况下，…，前三季度实现
 * 了由负转正，进入四季度后，各项指标加速回升，经济运行保持在合理区间，预计全市
 * 地区生产总值增长4%以上"): the estimate at its end is the year's, not the
 * first part's the sentence named.  And the years a change spans ending a
 * subject ("能耗五年降低16%"), no year of the period (lp_span_years_suffix).
 */
#include "lp.h"
#include "lp_census.h"
#include "lp_clause.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* The start of the clause ending at b in s[a, b): after its last comma or semicolon. */
static size_t
clause_start(const char *s, size_t a, size_t b)
{
	size_t		p = b;

	while (p > a)
	{
		size_t		q = lp_prev_char(s, p);
		int			cl;

		if (lp_is_clause_end(lp_utf8_next(s + q, p - q, &cl)))
			return p;
		p = q;
	}
	return a;
}

/* Clause ends in s[a, b), 0 when a digit (a figure, a date) stands among them. */
static int
bare_clause_ends(const char *s, size_t a, size_t b)
{
	int			n = 0,
				cl;

	for (; a < b; a += (size_t) cl)
	{
		uint32_t	cp = lp_utf8_next(s + a, b - a, &cl);

		if (cp >= '0' && cp <= '9')
			return 0;
		n += lp_is_clause_end(cp);
	}
	return n;
}

int
lp_year_end_reached(const char *s, size_t a, size_t b)
{
	size_t		wl = 0,
				from = a,
				end = 0,
				fig;
	long		at;

	/* the last word of the year's end before b */
	while (from < b && (at = lp_words_find(LP_W_YEAR_END_REACHED, s + from, b - from, &wl)) >= 0)
	{
		end = from + (size_t) at + wl;
		from = end;
	}
	if (end == 0)
		return 0;
	fig = clause_start(s, end, b);
	/* its own clause closed and one more naming no figure ("，各项指标加速回升，"),
	 * then an estimate's clause naming no part */
	return bare_clause_ends(s, end, fig) >= 2 &&
		lp_census_any(LP_W_ESTIMATE_MARKER, s + fig, b - fig) &&
		lp_has_period_word(s + fig, b - fig) == 0;
}

/* Is the character ending s[0, len) a numeral of a count of years (一 to 十, 两)? */
static size_t
numeral_before(const char *s, size_t len)
{
	static const char *const numerals[] = {"一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十"};
	size_t		k;

	if (len >= 1 && s[len - 1] >= '0' && s[len - 1] <= '9')
		return 1;
	for (k = 0; len >= 3 && k < sizeof(numerals) / sizeof(numerals[0]); k++)
		if (lp_same(s + len - 3, numerals[k], 3))
			return 3;
	return 0;
}

size_t
lp_span_years_suffix(const char *s, size_t len)
{
	size_t		n,
				m,
				c;

	if (len < 4 || !lp_same(s + len - 3, "年", 3) || (n = numeral_before(s, len - 3)) == 0)
		return 0;
	m = 3 + n;
	if ((c = numeral_before(s, len - m)) > 0)
		m += c;
	/* a year (2015年: lp_year_suffix), a streak (连续8年, 第3年), a clause
	 * opening with its span ("两年平均增长5.9%": the average's years) */
	/* nor a total of the years (五年累计完成3.8万亿元: the subject's end is
	 * before its figure, so the six bytes after it are the line's) */
	if (lp_same(s + len, "累计", 6))
		return 0;
	if (m >= len || numeral_before(s, len - m) > 0 || (len - m >= 6 && lp_same(s + len - m - 6, "连续", 6)) ||
		(len - m >= 3 && lp_same(s + len - m - 3, "第", 3)))
		return 0;
	return m;
}
