/*
 * lp_fenbie_year_parts.c — a 分别 list of parts of the year ("地区生产总值一季度、
 * 上半年分别增长…"): each item is the thing in that part (moved out of lp_fenbie.c).
 */
#include "lp.h"
#include "lp_fenbie.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * The length of a part of a year ending s[a, e): 一季度, 上半年, 前三季度, a
 * month or months (1-2月, 1—2月份) or 全年; 0 if none.
 */
static size_t
part_of_year_ending(const char *s, size_t a, size_t e)
{
	static const lp_word_kind kinds[] = {
		LP_W_PERIOD_H1, LP_W_PERIOD_H2, LP_W_PERIOD_Q1, LP_W_PERIOD_Q1_3, LP_W_PERIOD_Q2,
		LP_W_PERIOD_Q3, LP_W_PERIOD_Q4
	};
	size_t		best = e >= a + 6 && lp_at(s, e, e - 6, "全年") ? 6 : 0,
				p;
	int			k;

	for (k = 0; k < 7; k++)
	{
		size_t		n = lp_words_suffix(kinds[k], s + a, e - a);

		if (n > best)
			best = n;
	}
	/* the first digit of a month phrase is at most 16 bytes back ("11—12月份") */
	for (p = e > a + 16 ? e - 16 : a; p + 4 <= e; p++)
		if (s[p] >= '0' && s[p] <= '9' && (p == a || s[p - 1] < '0' || s[p - 1] > '9') &&
			e - p > best && lp_month_phrase_at(s + p, e - p) == e - p)
			best = e - p;
	return best;
}

/*
 * "地区生产总值一季度、上半年、全年分别增长6.1%、6.5%、7.0%", "工业增加值
 * 1-2月、一季度分别增长…": a list of parts of the year ending the lead after
 * the thing they are parts of lists that thing in each part: the items are
 * "一季度地区生产总值", … (lp_mention_period reads the part of each).  A list
 * of comparison bases ("增速比一季度、上半年分别提高…") is none.  1 when read.
 */
int
lp_fenbie_parts_of_year(lp_fenbie *fb, const char *s, size_t a, size_t b)
{
	size_t		at[LP_MAX_FENBIE],
				len[LP_MAX_FENBIE],
				e,
				ha = a;
	int			n = 0,
				k;

	lp_trim(s, &ha, &b);
	e = b;
	for (;;)
	{
		size_t		l = part_of_year_ending(s, ha, e);

		if (l == 0 || n == LP_MAX_FENBIE)
			return 0;
		e -= l;
		at[n] = e;
		len[n++] = l;
		if (e >= ha + 3 && (lp_at(s, e, e - 3, "、") || lp_at(s, e, e - 3, "和")))
			e -= 3;
		else
			break;
	}
	if (n < 2 || lp_words_suffix(LP_W_COMPARISON_BASE, s + ha, e - ha) > 0)
		return 0;
	lp_trim(s, &ha, &e);
	for (k = 0; k < n; k++)
	{
		char	   *item = fb->items[n - 1 - k];

		if (len[k] + e - ha > LP_MAX_SUBJECT)
			return 0;
		memcpy(item, s + at[k], len[k]);
		memcpy(item + len[k], s + ha, e - ha);
		item[len[k] + e - ha] = '\0';
	}
	fb->n = n;
	return 1;
}
