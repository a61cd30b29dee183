/*
 * lp_summary_list.c — the lists of a review's main results: an intro ending
 * in a colon ("…主要指标完成情况：") and the items under it, "——" items,
 * numbered items, and the short lines of a list without marks.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdint.h>
#include <string.h>

static int
ends_with_colon(const char *s, size_t len)
{
	return (len >= 3 && lp_same(s + len - 3, "：", 3)) || (len >= 1 && s[len - 1] == ':');
}

/* Does the line open a summary list of indicators ("…主要指标完成情况：")? */
static int
is_summary_intro(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				start;

	lp_trim(s, &a, &b);
	if (!(lp_at(s, b, b >= 3 ? b - 3 : b, "：") || (b > a && s[b - 1] == ':')))
		return 0;
	start = lp_after_last(s, b > LP_MAX_LOOKBACK ? b - LP_MAX_LOOKBACK : a, lp_prev_char(s, b),
						  lp_is_sentence_end);
	return lp_words_any(LP_W_SUMMARY_INTRO, s + start, b - start);
}

lp_list_mark
lp_list_mark_at(const char *s, size_t a, size_t b)
{
	/* in the order of lp_list_mark */
	static const lp_word_kind marks[] = {LP_W_LIST_DASH, LP_W_LIST_BULLET, LP_W_LIST_DOT};
	int			k;

	if (a >= b)
		return LP_MARK_NONE;
	/* markdown's "- " item; a bare '-' opening a line is a broken "1-2个" */
	if (s[a] == '-' && a + 1 < b && (s[a + 1] == ' ' || s[a + 1] == '\t'))
		return LP_MARK_BULLET;
	k = lp_words_prefix_each(marks, 3, s + a, b - a, NULL);
	return k < 0 ? LP_MARK_NONE : (lp_list_mark) (LP_MARK_DASH + k);
}

#define DASH_TOPIC_MIN_CHARS 100	/* a dash item of a summary is a figure or two */
#define DASH_LEAD_MAX_CHARS 24
#define DASH_ITEM 1				/* lp_summary_list.dash_before */
#define DASH_TOPIC 2

/*
 * "——“向新”的动能持续增强。科技创新取得新进步。全国…": a paragraph of the
 * year's review led by a dash and a short sentence naming its topic, not an
 * item of a summary list: its figures are the body (lp_review_body.c).  (A
 * plan's goals are so written too: "——经济实力迈上新台阶。…年均增长5%左右…"
 * are its targets.)
 */
static int
dash_topic(const char *s, size_t a, size_t b, size_t min_chars)
{
	size_t		i = a + lp_words_prefix(LP_W_LIST_DASH, s + a, b - a);
	int			chars = 0;

	if (lp_utf8_chars(s + a, b - a) < min_chars)
		return 0;
	for (; i < b && chars <= DASH_LEAD_MAX_CHARS; chars++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= '0' && c <= '9')
			return 0;
		if (lp_at(s, b, i, "。"))
			return chars > 0;
		i += lp_utf8_step(c);
	}
	return 0;
}

int
lp_summary_list_item(lp_summary_list *l, const char *s, size_t slen, size_t a, size_t b,
					 int is_heading, lp_part part)
{
	int			item = 0;

	if (is_summary_intro(s, slen))
	{
		l->open = 2;			/* the intro itself is not an item */
		l->dash_items = 0;
		l->numbered = 0;
	}
	/* (the dash lines of a review are of the kind of the first: a long one
	 * right after a dash item goes on with that list, "——经济运行平稳。生产
	 * 总值…。⏎——结构继续优化。社会消费品零售总额…" of 100 characters; a
	 * short one led by its topic after a topic is one too, or its summary
	 * key would hide the topics' results before it) */
	else if (lp_list_mark_at(s, a, b) == LP_MARK_DASH &&
			 !(part == LP_PART_YEAR_REVIEW &&
			   dash_topic(s, a, b, l->dash_before == DASH_TOPIC ? 0 :
						  l->dash_before == DASH_ITEM ? SIZE_MAX : DASH_TOPIC_MIN_CHARS)))
	{
		item = 1;
		l->dash_items = l->open != 0;
	}
	/* a list of "——" or numbered items ends with the first line that is not one */
	else if (l->open && !l->dash_items && !l->numbered && !is_heading &&
			 lp_utf8_chars(s + a, b - a) <= LP_LIST_ITEM_MAX_CHARS && !ends_with_colon(s + a, b - a))
		item = 1;
	else
		l->open = 0;
	if (l->open == 2)
		l->open = 1;
	l->dash_before = lp_list_mark_at(s, a, b) != LP_MARK_DASH ? 0 : item ? DASH_ITEM : DASH_TOPIC;
	return item;
}
