/*
 * lp_meta_goal.c — years a text aims at or measures against, not the one it
 * reports or speaks from (for lp_meta.c: its title's year, the first year of
 * its head).
 */
#include "lp.h"
#include "lp_meta_goal.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

/* Does the sentence holding s[at] say 今年 before it ("今年…增长7%左右，而到2030年")? */
static int
this_year_before(const char *s, size_t at)
{
	size_t		lo = at > 600 ? at - 600 : 0,
				from = lp_full_stop_before(s, lo, at);

	return lp_words_any(LP_W_YEAR_THIS, s + from, at - from);
}

int
lp_meta_year_base_or_goal(const char *s, size_t len, size_t at)
{
	const char *stop;
	size_t		e;

	if (lp_words_suffix(LP_W_COMPARISON_BASE, s, at) > 0)
		return 1;
	if (at < 3 || !lp_same(s + at - 3, "到", 3))
		return 0;
	/* 到 opening its clause or after a goal's word ("力争到2030年", "而到2030年"),
	 * not a verb's (谈到2019年) */
	if (at >= 6 && lp_hanzi_lead(s[at - 6]) && lp_words_suffix(LP_W_TARGET_MARKER, s, at - 3) == 0 &&
		!lp_same(s + at - 6, "将", 3) && !lp_same(s + at - 6, "而", 3))
		return 0;
	stop = lp_find3(s + at, len - at, "。");
	e = stop ? (size_t) (stop - s) : len;
	/* aimed at: a goal's word or 将 after it, or this year said before it */
	return lp_words_any(LP_W_TARGET_MARKER, s + at, e - at) || lp_contains(s + at, e - at, "将") ||
		lp_contains(s + at, e - at, "预计") || this_year_before(s, at);
}

int
lp_meta_goal_year(const char *s, size_t len, int y)
{
	char		key[16];
	const char *p;
	size_t		n;

	if (y < 1000 || y > 9999)
		return 0;
	n = (size_t) snprintf(key, sizeof(key), "到%d年", y);
	for (p = s; (p = lp_find_lit(p, (size_t) (s + len - p), key, n)) != NULL; p += n)
		if (lp_meta_year_base_or_goal(s, len, (size_t) (p - s) + 3))
			return 1;
	return 0;
}
