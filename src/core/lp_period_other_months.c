/*
 * lp_period_other_months.c — a range of months named in a report of another
 * part of the year (moved out of lp_period_sentence.c, at its file limit).
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_period_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <ctype.h>

/*
 * Is the number starting at s[p] a month or a year, the start of what a
 * comparison word before it compares with ("较1-2月回落", "比2030年1—5月")?
 * A figure ("占比71.4%(1-7月份,…": a share, not a base) is not.
 */
static int
month_or_year_number(const char *s, size_t p, size_t b)
{
	while (p < b && isdigit((unsigned char) s[p]))
		p++;
	return p < b && (s[p] == '-' || s[p] == '~' || lp_at(s, b, p, "月") || lp_at(s, b, p, "年") ||
					 lp_at(s, b, p, "—") || lp_at(s, b, p, "－") || lp_at(s, b, p, "至"));
}

/*
 * Does s[a, b) name a range of months that is no comparison base?  A
 * half-year release gives the services it surveys a month late
 * ("1—5月，规上服务业营业收入增长12.3%"), an annual one its last month's
 * series ("1-11月"): their months, not the report's part.  "较1-2月回落"
 * compares.
 */
int
lp_other_months_named(const char *s, size_t a, size_t b)
{
	int			m1,
				m2;
	size_t		p;

	if (lp_find_months(s + a, b - a, &m1, &m2) != 1)
		return 0;
	/* a comparison word right before a month or a year that starts */
	for (p = a + 1; p < b; p++)
		if (isdigit((unsigned char) s[p]) && !isdigit((unsigned char) s[p - 1]) &&
			lp_words_suffix(LP_W_COMPARISON_BASE, s + a, p - a) && month_or_year_number(s, p, b))
			return 0;
	return 1;
}

/*
 * "上半年，…同比由1-5月下降1.6%转为增长3.9%": the figure right after a base
 * of months (由 or 从, the months, 的, a growth or decline word) is of those
 * months, not of the part opening the sentence.  1 and the months' place in
 * s[*at, *at + *len) when s[a, b) ends so.
 */
int
lp_period_base_months(const char *s, size_t a, size_t b, size_t *at, size_t *len)
{
	size_t		p,
				ml,
				r;

	/* cheap first: a growth or decline word ends the lead */
	if (lp_words_suffix(LP_W_GROWTH, s + a, b - a) == 0 && lp_words_suffix(LP_W_DECLINE, s + a, b - a) == 0)
		return 0;
	for (p = a; p + 3 < b; p++)
	{
		if (!lp_at(s, b, p, "由") && !lp_at(s, b, p, "从"))
			continue;
		if ((ml = lp_month_phrase_at(s + p + 3, b - p - 3)) == 0)
			continue;
		r = p + 3 + ml;
		if (lp_at(s, b, r, "的"))
			r += 3;
		if (r < b && (lp_words_suffix(LP_W_GROWTH, s + r, b - r) == b - r ||
					  lp_words_suffix(LP_W_DECLINE, s + r, b - r) == b - r))
		{
			*at = p + 3;
			*len = ml;
			return 1;
		}
	}
	return 0;
}
