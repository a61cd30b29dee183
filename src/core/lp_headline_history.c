/*
 * lp_headline_history.c — histories in a text that states a later year's
 * results: "2010年，深圳经济总量突破万亿元大关；2016年，…站上2万亿元台阶；
 * 2021年，…突破3万亿元" gives 2021's GDP; the milestones of 2010 and 2016,
 * two years or more before it, are no headline (HEADLINE_SPEC: histories of
 * earlier years).  A text stating one year's results only keeps them, however
 * old its date line says they are; so does a plan table's base-year column.
 */
#include "lp.h"
#include "lp_headline.h"

#include <stdlib.h>
#include <string.h>

/* The year of a whole-year period ("2021"), 0 for a part or none. */
static int
whole_year(const char *p)
{
	return strlen(p) == 4 && strspn(p, "0123456789") == 4 ? atoi(p) : 0;
}

/* The report of a roundup fact f belongs to (lp_roundup.c), 0 when one report. */
static int
block_of(const lp_fact *f, const int *block, size_t nlines)
{
	return block && f->line >= 1 && (size_t) f->line <= nlines ? block[f->line - 1] : 0;
}

static int
result(const lp_fact *f)
{
	return f->headline != LP_HEADLINE_NO && f->indicator != NULL &&
		(f->status == LP_STATUS_ACTUAL || f->status == LP_STATUS_ESTIMATE);
}

void
lp_headline_histories(lp_facts *out, const int *block, size_t nlines)
{
	size_t		i,
				j;

	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];
		int			y = whole_year(f->period);

		/* a plan table's base-year column (2020 beside 2023 and 2025) is its base, no history */
		if (y == 0 || !result(f) || f->period_basis != LP_PERIOD_SENTENCE)
			continue;
		for (j = 0; j < out->n; j++)
		{
			const lp_fact *g = &out->items[j];
			int			later = whole_year(g->period);

			if (later >= y + 2 && result(g) && g->measure == f->measure &&
				strcmp(g->indicator, f->indicator) == 0 && g->region == f->region &&
				block_of(g, block, nlines) == block_of(f, block, nlines))
			{
				f->headline = LP_HEADLINE_NO;
				break;
			}
		}
	}
}
