/*
 * lp_context_ahead.c — a paragraph that names, at its end, what the lines
 * after it are (lp_context.c's part of the report): the year's targets
 * ("报告提出了2019年经济社会发展的主要预期目标，其中有10个关键数字。") or a
 * five-year plan's goals ("…“十一五”经济社会发展的主要目标是：").
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memrchr */
#endif
#include "lp.h"
#include "lp_context_ahead.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * A paragraph whose last sentence names the year's targets ahead of what
 * follows, with no figure of its own ("报告提出了2019年经济社会发展的主要
 * 预期目标，其中有10个关键数字。"): a digest's cards and quotes come next.
 * A year named there must be the targets' year.
 */
#define TARGETS_AHEAD_GAP 60	/* verb to name: 20 characters */
#define POINTER_MAX 150			/* a last sentence pointing to the cards: 50 characters */

/*
 * Where the last sentence of s[a, e) starts: after its last 。 (all three
 * bytes before e), 0 when it holds none.  Looked for from the end by the
 * 。's last byte (two 。 cannot overlap: the same as the last of a forward
 * search).
 */
static size_t
after_last_stop(const char *s, size_t a, size_t e)
{
	size_t		i = e;
	const char *q;

	while (i > a + 2 && (q = memrchr(s + a + 2, 0x82, i - a - 2)) != NULL)
	{
		size_t		k = (size_t) (q - s);

		if ((unsigned char) s[k - 1] == 0x80 && (unsigned char) s[k - 2] == 0xE3)
			return k + 1;
		i = k;
	}
	return 0;
}

/*
 * Does the sentence s[from, e) name the targets ahead, with no % figure
 * ("报告提出了2019年经济社会发展的主要预期目标", "确定了全年经济社会发展目标任务")?
 */
static int
names_targets_ahead(const char *s, size_t from, size_t e, int targets_year)
{
	size_t		vlen = 0,
				at = 0;
	long		v,
				n;
	int			y;

	if (memchr(s + from, '%', e - from) || lp_find3(s + from, e - from, "％"))
		return 0;
	if ((v = lp_words_find(LP_W_TARGETS_AHEAD_VERB, s + from, e - from, &vlen)) < 0)
		return 0;
	from += (size_t) v + vlen;
	n = lp_words_find(LP_W_TARGETS_AHEAD_NAME, s + from, e - from, NULL);
	if (n < 0 || n > TARGETS_AHEAD_GAP)
		return 0;
	y = lp_find_year(s + from, (size_t) n, &at);
	return y == 0 || y == targets_year;
}

/*
 * The last sentence of the paragraph names them, or the one before it when
 * the last is short and has no % figure and no year, a pointer to the cards
 * ("…明确了全年发展的目标任务。本报选取其中8组关键数字，逐一解读。").
 */
int
lp_targets_ahead(const char *s, size_t len, int targets_year)
{
	size_t		a = 0,
				b = len,
				from;

	lp_trim(s, &a, &b);
	if (b < a + 3 || !lp_at(s, b, b - 3, "。"))
		return 0;
	/* the last sentence: after the last 。 before the final one */
	from = after_last_stop(s, a, b - 3);
	if (from < a)
		from = a;
	if (names_targets_ahead(s, from, b, targets_year))
		return 1;
	if (from < a + 6 || b - from > POINTER_MAX || memchr(s + from, '%', b - from) ||
		lp_find3(s + from, b - from, "％") || lp_find_year(s + from, b - from, NULL))
		return 0;
	b = from;
	from = after_last_stop(s, a, b - 3);
	return names_targets_ahead(s, from < a ? a : from, b, targets_year);
}

/*
 * A paragraph ending on the intro of a five-year plan's goals ("本报讯昨日，…
 * 湖南省“十一五”经济社会发展的主要目标是：", news of the plan): what follows
 * are the plan's goals, for its last year, until a part is opened again.
 * Returns that year, 0 when the paragraph is no such intro (a plan over
 * before the targets' year is reviewed, not aimed at).
 */
int
lp_plan_goals_ahead(const char *s, size_t len, int targets_year)
{
	size_t		a = 0,
				b = len,
				from = 0,
				at = 0;
	long		n;
	int			first;

	lp_trim(s, &a, &b);
	if (b >= a + 3 && lp_at(s, b, b - 3, "："))
		b -= 3;
	else if (b > a && s[b - 1] == ':')
		b--;
	else
		return 0;
	/* the last sentence */
	from = after_last_stop(s, a, b);
	if (from < a)
		from = a;
	if ((first = lp_five_year_plan(s + from, b - from, &at)) == 0 ||
		(targets_year > 0 && first + 4 < targets_year))
		return 0;
	from += at;
	n = lp_words_find(LP_W_TARGETS_AHEAD_NAME, s + from, b - from, NULL);
	if (n < 0 || (size_t) n > TARGETS_AHEAD_GAP || lp_find_year(s + from, b - from, NULL) != 0)
		return 0;
	return first + 4;
}
