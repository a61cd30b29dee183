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
