/*
 * lp_headline_list_tail.c — a list of one item continued in the paragraph
 * right below it.  News of a report often quotes the list's first item
 * after its colon ("今年主要预期目标是：经济增长4%—5%。") and gives the rest
 * in the next paragraph ("报告还将城镇调查失业率设为5.5%左右，城镇新增就业
 * 80万人以上；居民消费价格涨幅2%左右"): those figures are the list's, not
 * the body below it.
 */
#include "lp.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_text.h"

#include <string.h>

#define TAIL_REACH_FACTS 32		/* bounds the walks over a line's facts */
#define TAIL_MIN_FIGURES 2		/* a paragraph of figures, not an aside */
#define TAIL_GAP_LINES 2		/* blank lines between the list and the paragraph */

/* Is line k (1-based) blank: only spaces, full-width ones too? */
static int
blank_line(const char *text, const lp_line *lines, size_t k)
{
	const lp_line *l = &lines[k - 1];
	size_t		p;

	for (p = l->start; p < l->end;)
	{
		if (text[p] == ' ' || text[p] == '\t' || text[p] == '\r')
			p++;
		else if (lp_same(text + p, "\xE3\x80\x80", 3))	/* 　 */
			p += 3;
		else
			return 0;
	}
	return 1;
}

/* Does the list fact first stand alone: no other item of its key on its line? */
static int
list_of_one(const lp_facts *out, const lp_fact *first)
{
	size_t		at = (size_t) (first - out->items),
				j;

	for (j = at + 1; j < out->n && j - at <= TAIL_REACH_FACTS && lp_fact_same_line(&out->items[j], first); j++)
		if (out->items[j].summary == 1 && lp_headline_same_period_status(&out->items[j], first))
			return 0;
	return 1;
}

/*
 * Are the facts of f's line, i among them, all figures or goals in words of
 * named indicators of f's period and status, TAIL_MIN_FIGURES figures at
 * least, none of the list's indicator (that would be the body restating it)?
 */
static int
line_of_list_figures(const lp_facts *out, size_t i, const lp_fact *first)
{
	const lp_fact *f = &out->items[i];
	size_t		a = i,
				b = i,
				j;
	int			figures = 0;

	while (a > 0 && lp_fact_same_line(&out->items[a - 1], f) && i - a < TAIL_REACH_FACTS)
		a--;
	while (b + 1 < out->n && lp_fact_same_line(&out->items[b + 1], f) && b - i < TAIL_REACH_FACTS)
		b++;
	for (j = a; j <= b; j++)
	{
		const lp_fact *g = &out->items[j];

		if (g->indicator == NULL || !lp_headline_same_period_status(g, f) ||
			(!g->has_quantity && g->measure != LP_MEASURE_QUALITATIVE) ||
			(first->indicator && strcmp(g->indicator, first->indicator) == 0))
			return 0;
		figures += g->has_quantity;
	}
	return figures >= TAIL_MIN_FIGURES;
}

int
lp_headline_list_tail(const lp_facts *out, size_t i, const lp_fact *first, const char *text,
					  const lp_line *lines, size_t nlines)
{
	const lp_fact *f = &out->items[i];
	int			from = lp_fact_read_line(first),
				to = lp_fact_read_line(f),
				k;

	if (text == NULL || lines == NULL || f->status != LP_STATUS_TARGET ||
		to <= from || to - from > TAIL_GAP_LINES + 1 || (size_t) to > nlines)
		return 0;
	for (k = from + 1; k < to; k++)
		if (!blank_line(text, lines, (size_t) k))
			return 0;
	return list_of_one(out, first) && line_of_list_figures(out, i, first);
}
