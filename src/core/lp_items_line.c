/*
 * lp_items_line.c — a paragraph of list items only: the rest of a list of
 * targets after a full stop, its items parted by ； or ， (lp_items_only_line,
 * moved out of lp_clause.c as it was; lp_inline_list.c asks it).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * Is s[0, len) a paragraph of list items only, the rest of a list of targets
 * that ended with a full stop on the line before ("…主要预期目标是：地区生产总值
 * 增长7%左右；…。\n城镇、农村居民人均可支配收入分别增长7.5%和8.5%；城镇调查失业率
 * 控制在5.5%以内；完成省下达的节能减排任务。")?  Two or more clauses parted by
 * ；, each stating a figure or leading with a task's verb (qualitative_lead),
 * the paragraph ending in a full stop, with no colon or item number,
 * opening on an item (opens_on_item).
 */
#define ITEM_TAIL_CHARS 12		/* "%以内", "%左右，生态环境质量持续改善" */
#define ITEMS_BY_COMMAS 3		/* items parted by ， only: three at least */
#define ITEM_HEAD_BYTES (4 * 3)	/* "城镇、", "城镇调查失业率、" is a name */

/*
 * Does the paragraph open on an item: after its list's year ("2013年，", which
 * lp_context.c compares), an indicator's name, a task's verb, or a short head
 * and 、 ("城镇、农村居民…")?  Not on a time ("过去一年，", "上年全市…", "一季度…").
 */
static int
opens_on_item(const char *s, size_t a, size_t b)
{
	size_t		n = 0,
				i;

	if (b - a > 10 && s[a] >= '1' && s[a] <= '2' && lp_at(s, b, a + 4, "年"))
		a += lp_at(s, b, a + 7, "，") ? 10 : 7;
	/* a target's verb before the name: "力争固定资产投资增长16%以上、…" */
	a += lp_words_prefix(LP_W_TASK_LEAD, s + a, b - a);
	if (lp_indicator_by_prefix(s + a, b - a, &n) != NULL ||
		lp_words_prefix(LP_W_QUALITATIVE_LEAD, s + a, b - a) > 0)
		return 1;
	for (i = a; i < b && i <= a + ITEM_HEAD_BYTES; i++)
		if (lp_at(s, b, i, "、"))
			return i > a;
	return 0;
}

/*
 * The end of the first sentence of s[a, b) when the sentences after it state
 * no figure ("…，完成省、市下达的节能减排任务。争创国家…示范区。": aims in
 * words after the items), else b.
 */
static size_t
items_end(const char *s, size_t a, size_t b)
{
	size_t		i,
				j;
	int			cl;

	for (i = a; i < b; i += (size_t) cl)
		if (lp_is_full_stop(lp_utf8_next(s + i, b - i, &cl)))
			break;
	if (i + (size_t) cl >= b)
		return b;
	for (j = i + (size_t) cl; j < b; j++)
		if (s[j] >= '0' && s[j] <= '9')
			return b;
	return i + (size_t) cl;
}

int
lp_items_only_line(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				i,
				clause;
	size_t		after_figure = 0;	/* where the clause's last digit ends */
	int			clauses = 0,
				figure = 0,
				commas,
				cl;

	lp_trim(s, &a, &b);
	/* "龚正表示，地方一般公共预算收入增长2%，…": the speaker's words are the items */
	a += lp_after_speaker(s + a, b - a);
	if (b > a)
		b = items_end(s, a, b);
	if (b - a < 12 || !lp_is_full_stop(lp_utf8_next(s + lp_prev_char(s, b), b - lp_prev_char(s, b), &cl)) ||
		lp_item_number_len(s, a, b) > 0 || !opens_on_item(s, a, b))
		return 0;
	/* news parts the items with ， where a report uses ； */
	commas = memchr(s + a, ';', b - a) == NULL && lp_find3(s + a, b - a, "；") == NULL;
	for (i = clause = a; i < b; i += cl)
	{
		uint32_t	cp = lp_utf8_next(s + i, b - i, &cl);

		if (cp == 0xFF1A || cp == ':' || (lp_is_full_stop(cp) && i + cl < b))
			return 0;			/* a colon, or a second sentence */
		if (cp >= '0' && cp <= '9')
		{
			figure = 1;
			after_figure = i + cl;
		}
		if (cp == 0xFF1B || cp == ';' || (commas && (cp == 0xFF0C || cp == ',')) || i + cl >= b)
		{
			if (!figure && lp_words_prefix(LP_W_QUALITATIVE_LEAD, s + clause, i - clause) == 0 &&
				!(commas && lp_words_any(LP_W_QUALITATIVE_GOAL, s + clause, i - clause)))
				return 0;
			/* an item ends near its figure: "把目标定在5%左右，是考虑了…" explains one */
			if (figure && lp_utf8_chars(s + after_figure, i - after_figure) > ITEM_TAIL_CHARS)
				return 0;
			clauses++;
			figure = 0;
			clause = i + cl;
		}
	}
	return clauses >= (commas ? ITEMS_BY_COMMAS : 2);
}
