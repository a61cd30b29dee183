/*
 * lp_mention_base_note.c — a base year noted to hold below: "预计全县生产总值
 * 420亿元，比2023年（下同）增长41.2%；固定资产投资233.5亿元，增长105.3%；…"
 * in a review of five years.  The note (kept in the text by
 * lp_repair_markup.c) makes every growth after it in its sentence one since
 * that year: a growth over years, no headline (and the levels whose next
 * figure it is are the end of that review, lp_headline.c).
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_text.h"

#include <string.h>

/* The digit year of "YYYY年（" or "YYYY年(" ending at o (the bracket at o), or 0. */
static int
year_before_bracket(const char *s, size_t lo, size_t o)
{
	int			y = 0,
				i;

	if (o < lo + 7 || memcmp(s + o - 3, "年", 3) != 0)
		return 0;
	for (i = 7; i > 3; i--)
	{
		if (s[o - i] < '0' || s[o - i] > '9')
			return 0;
		y = y * 10 + (s[o - i] - '0');
	}
	return y;
}

int
lp_mention_since_noted_base(const lp_mention *m, const char *period)
{
	const char *s = m->s,
			   *p;
	size_t		a = m->full_start,
				b = m->q->start,
				at;
	int			year = strlen(period) == 4 ? lp_period_year(period) : 0,
				base;

	if (year <= 0 || b <= a)
		return 0;
	for (p = lp_find_lit(s + a, b - a, "下同", 6); p != NULL;
		 p = lp_find_lit(p + 6, (size_t) (s + b - p - 6), "下同", 6))
	{
		at = (size_t) (p - s);
		if (at > a && s[at - 1] == '(')
			base = year_before_bracket(s, a, at - 1);
		else if (at >= a + 3 && lp_at(s, b, at - 3, "（"))
			base = year_before_bracket(s, a, at - 3);
		else
			base = 0;
		/* a base before the year before: a growth over years */
		if (base > 0 && base < year - 1)
			return 1;
	}
	return 0;
}
