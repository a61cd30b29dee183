/*
 * lp_headline_rounded.c — a title's or a lead's rounded level before the
 * exact one of the same quantity ("全国2030年国内生产总值近150万亿元 比上年增长
 * 5.1%" over "初步核算，全年国内生产总值148.27万亿元"): each figure once
 * (HEADLINE_SPEC.md), and the view keeps the first row of a key, so the
 * rounded level steps aside for the exact one.  Only a title's or a lead's:
 * a line that is one unbroken clause (no comma, semicolon or full stop); a
 * bound among the results of a summary sentence ("…工农业总产值52.37亿元，
 * 增长16.8%，工业总产值首次跨过45亿元；…") is the summary's figure.  A bound
 * with no other figure in its sentence is lp_headline.c's
 * (bounds_before_exact); here a bound gives way only to an exact level at
 * most ROUNDED_GAP above it, an approximate level (近, 约, 接近) to one
 * within ROUNDED_GAP of it either side.  A title's rounded growth steps
 * aside the same way ("工业、消费同比增长均超三成" before "同比增长32.1%"):
 * 成 is ten percent.
 */
#include "lp.h"
#include "lp_fact.h"
#include "lp_headline.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define ROUNDED_AHEAD 64		/* facts looked at after the rounded one: linear */
#define ROUNDED_GAP 0.1			/* the exact level is within a tenth of it */

/* (moved here from lp_headline.c, which asks it too: its calls go one way) */
int
lp_headline_bound_beside_exact(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		j;

	if (f->q.qualifier != LP_Q_GT && f->q.qualifier != LP_Q_GE)
		return 0;
	/* the facts of a sentence are neighbours and share their evidence */
	for (j = i > 8 ? i - 8 : 0; j < out->n && j <= i + 8; j++)
	{
		const lp_fact *g = &out->items[j];

		/* the bound is below the value: "突破4000亿元，达4150亿元", "迈上五万亿元
		 *新台阶，达到五万零一百多亿元" (an approximate value as well) */
		if (j != i && g->headline && lp_fact_same_line(g, f) && g->evidence == f->evidence &&
			g->has_quantity && (g->q.qualifier == LP_Q_EQ || g->q.qualifier == LP_Q_APPROX) &&
			g->indicator == f->indicator &&
			g->measure == f->measure && lp_headline_same_period_result(g, f) &&
			strtod(f->q.base_value, NULL) <= strtod(g->q.base_value, NULL))
			return 1;
	}
	return 0;
}

/* Is the clause unbroken (a title: "…生产总值近5000亿元 比上年增长5.6%")? */
static int
unbroken(const char *ev)
{
	return ev != NULL && strstr(ev, "，") == NULL && strchr(ev, ',') == NULL &&
		strstr(ev, "；") == NULL && strchr(ev, ';') == NULL && strstr(ev, "。") == NULL;
}

/* a growth in percent (三成 is 30), or -1 when it is stated otherwise */
static double
growth_percent(const lp_fact *f)
{
	double		v = strtod(f->q.base_value, NULL);

	if (f->measure != LP_MEASURE_GROWTH)
		return -1;
	/* the base value of 三成 is already 30 (%) */
	return strcmp(f->q.base_unit, "%") == 0 ? v : -1;
}

static int
rounded(const lp_fact *f)
{
	return f->headline == LP_HEADLINE_YES && f->has_quantity && f->indicator != NULL &&
		(f->measure == LP_MEASURE_LEVEL || growth_percent(f) > 0) &&
		f->status != LP_STATUS_TARGET &&
		(f->q.qualifier == LP_Q_APPROX || f->q.qualifier == LP_Q_GT || f->q.qualifier == LP_Q_GE) &&
		unbroken(f->evidence);
}

/* Is g the exact level of f's quantity, stated in another sentence after it? */
static int
exact_of(const lp_fact *f, const lp_fact *g, const int *block, size_t nlines)
{
	double		fv,
				gv;

	if (!(g->headline == LP_HEADLINE_YES && g->has_quantity && g->q.qualifier == LP_Q_EQ &&
		  g->evidence != f->evidence && g->indicator == f->indicator &&
		  g->measure == f->measure && lp_headline_same_period_result(g, f) &&
		  lp_headline_same_block(g, f, block, nlines) &&
		  strcmp(g->region ? g->region : "", f->region ? f->region : "") == 0))
		return 0;
	if (f->measure == LP_MEASURE_GROWTH)
	{
		fv = growth_percent(f);
		gv = growth_percent(g);
	}
	else if (strcmp(g->q.base_unit, f->q.base_unit) == 0)
	{
		fv = strtod(f->q.base_value, NULL);
		gv = strtod(g->q.base_value, NULL);
	}
	else
		return 0;
	if (fv <= 0)
		return 0;
	/* a bound lies below its exact value; 近 and 约 either side of it */
	if (f->q.qualifier != LP_Q_APPROX && gv < fv)
		return 0;
	/* 超两成 is anything from 20% up to 30% */
	if (strcmp(f->q.unit, "成") == 0)
		return fabs(gv - fv) < 10;
	return fabs(gv - fv) <= ROUNDED_GAP * fv;
}

void
lp_headline_rounded_before_exact(lp_facts *out, const int *block, size_t nlines)
{
	size_t		i,
				j;

	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		/* "突破4000亿元大关，达4150亿元": two figures of one sentence, two rows */
		if (!rounded(f) || lp_headline_bound_beside_exact(out, i))
			continue;
		for (j = i + 1; j < out->n && j <= i + ROUNDED_AHEAD; j++)
			if (exact_of(f, &out->items[j], block, nlines))
			{
				f->headline = LP_HEADLINE_NO;
				break;
			}
	}
}
