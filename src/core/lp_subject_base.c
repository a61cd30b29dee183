/*
 * lp_subject_base.c — a comparison's base whose year Hong Kong and Taiwan copy
 * glosses in brackets ("去年廣東進出口總額突破九兆元，比前(2023)年度增長9.8%",
 * "較去（2024）年同期增長"): a relative year word (上, 前, 去) with the year it
 * means is the year before the figure's, like 比上年, so it ends no name and a
 * clause of it alone names no subject (the figure before it is grown).  A
 * plain year after 比 is left to lp_mention_base.c, which compares it with the
 * figure's year (a base further back is a growth over several years).
 */
#include "lp.h"
#include "lp_subject.h"
#include "lp_text.h"

#include <ctype.h>
#include <string.h>

/* "(2023)" or "（2023）" ending s[a, e): its length, else 0 */
static size_t
bracketed_year_before(const char *s, size_t a, size_t e)
{
	size_t		open,
				close;

	if (e >= a + 3 && lp_same(s + e - 3, "）", 3))
		close = 3;
	else if (e > a && s[e - 1] == ')')
		close = 1;
	else
		return 0;
	if (e < a + close + 4)
		return 0;
	for (open = e - close - 4; open < e - close; open++)
		if (!isdigit((unsigned char) s[open]))
			return 0;
	open = e - close - 4;
	if (open >= a + 3 && lp_same(s + open - 3, "（", 3))
		return e - (open - 3);
	return open > a && s[open - 1] == '(' ? e - (open - 1) : 0;
}

/* the length of a base with its year glossed ending s[a, b), or 0 */
static size_t
glossed_base_len(const char *s, size_t a, size_t b)
{
	size_t		e = b,
				g;

	if (e >= a + 6 && lp_same(s + e - 6, "同期", 6))
		e -= 6;
	if (e >= a + 3 && lp_same(s + e - 3, "度", 3))
		e -= 3;
	if (e < a + 3 || !lp_same(s + e - 3, "年", 3))
		return 0;
	e -= 3;
	if ((g = bracketed_year_before(s, a, e)) == 0)
		return 0;
	e -= g;
	if (e < a + 6 || !(lp_same(s + e - 3, "上", 3) || lp_same(s + e - 3, "前", 3) ||
					   lp_same(s + e - 3, "去", 3)))
		return 0;
	e -= 3;
	if (!(lp_same(s + e - 3, "比", 3) || lp_same(s + e - 3, "较", 3)))
		return 0;
	return b - (e - 3);
}

int
lp_subject_strip_glossed_base(const char *s, size_t *a, size_t *b)
{
	size_t		n = glossed_base_len(s, *a, *b);

	*b -= n;					/* the whole base: nothing may be left */
	return n > 0;
}
