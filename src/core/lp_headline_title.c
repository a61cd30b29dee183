/*
 * lp_headline_title.c — a title line restating a figure that the paragraph
 * under it reads as history (HEADLINE_SPEC: a figure repeated in a title and
 * the body is one row, read as the body reads it).
 */
#include "lp.h"
#include "lp_headline.h"

#include <string.h>

#define TITLE_REACH_FACTS 64	/* bounds the scan: linear in the facts */
#define BELOW_LINES 3			/* lines of the paragraph below (wrapped) searched */

/* Does the clause hold no break of clauses (a title: "全省生产总值达到7350亿元")? */
static int
unbroken(const char *ev)
{
	return ev != NULL && strstr(ev, "，") == NULL && strchr(ev, ',') == NULL &&
		strstr(ev, "；") == NULL && strchr(ev, ';') == NULL && strstr(ev, "。") == NULL;
}

/*
 * Are the facts [a, end) of one line all read from its one unbroken clause
 * (a title)?  Asked once a line: a line of many figures is read once.
 */
static int
title_line(const lp_facts *out, size_t a, size_t end)
{
	size_t		j;

	if (!unbroken(out->items[a].evidence))
		return 0;
	for (j = a + 1; j < end; j++)
		if (out->items[j].evidence != out->items[a].evidence)
			return 0;
	return 1;
}

/* Do f and g state one figure of one indicator (value folded, unit, qualifier)? */
static int
same_figure(const lp_fact *f, const lp_fact *g)
{
	return g->indicator != NULL && strcmp(f->indicator, g->indicator) == 0 &&
		f->measure == g->measure && f->q.qualifier == g->q.qualifier &&
		strcmp(f->q.base_value, g->q.base_value) == 0 &&
		strcmp(f->q.base_unit, g->q.base_unit) == 0 && lp_headline_same_period_result(f, g);
}

/*
 * "回顾“十二五”\n全省生产总值达到7350亿元\n“十二五”时期，…预计年均增长9.5%，
 * 达到7350亿元": the title's result is the end level the paragraph below
 * reads as the five years' history (set before this runs), so it is history
 * too.  A title whose figure the paragraph keeps as a headline stays, and so
 * does one naming its year ("2030年全省GDP预计达9.6万亿元" over a sentence
 * adding the five years' average): it states the year's result.
 */
void
lp_headline_titles_of_history(lp_facts *out)
{
	size_t		a,
				end,
				i,
				j;

	for (a = 0; a < out->n; a = end)
	{
		end = lp_headline_line_end(out, a);
		if (!title_line(out, a, end))
			continue;
		for (i = a; i < end; i++)
		{
			lp_fact    *f = &out->items[i];
			int			below = 0;	/* the next line with facts: the paragraph below opens */

			if (f->headline != LP_HEADLINE_CANDIDATE || f->indicator == NULL ||
				!f->has_quantity || f->status == LP_STATUS_TARGET || f->period_basis == LP_PERIOD_SENTENCE)
				continue;
			for (j = end; j < out->n && j - i <= TITLE_REACH_FACTS; j++)
			{
				const lp_fact *g = &out->items[j];

				if (below == 0)
					below = g->line;
				if (g->line > below + BELOW_LINES)
					break;
				if (g->headline == LP_HEADLINE_NO && same_figure(f, g))
				{
					f->headline = LP_HEADLINE_NO;
					break;
				}
			}
		}
	}
}
