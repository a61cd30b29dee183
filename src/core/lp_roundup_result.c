/*
 * lp_roundup_result.c — a roundup of regions' results of the year before.
 *
 * News of the provinces' sessions rounds up their work reports' first
 * figures, the year before's GDP, one clause a region: "广西GDP首破3万亿元，
 * 贵州2.1万亿元，云南首达3.2万亿元", "青海经济增速达6.2%，宁夏增长6.5%".
 * Such a figure is the region's GDP (level in 元, or growth) of the year
 * before the session's (targets_year - 1: the year a session news speaks
 * from reviews the one before), a headline row of that region, as a target
 * a roundup sets is (lp_roundup_target.c).  It is not when a target word
 * stands before it in its clause or sentence, when its clause's subject
 * lists several regions ("广东、江苏、山东…均超过9万亿元": their ranks, no
 * one region's GDP; "江苏常州、山东烟台新晋为…": cities of them), or when
 * it names a year other than the one before.  A roundup of a part of the
 * year ("前三季度…广东实现地区生产总值10.52万亿元…西藏以7.1%的增速位列第一")
 * gives each region's GDP of that part the same way (lp_roundup_part_result).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_period.h"
#include "lp_region.h"
#include "lp_roundup.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REGION_NAME_MAX 6		/* hanzi of a region's name after the head's */

/* Does the name s[name, name + n) head a list of places ("广东、江苏", "江苏常州")? */
static int
heads_a_list(const char *s, size_t name, size_t n, size_t p)
{
	size_t		e = name + n;

	if (e >= p)
		return 0;
	if (lp_at(s, p, e, "、") || lp_at(s, p, e, "和") || lp_at(s, p, e, "与") ||
		lp_at(s, p, e, "及"))
		return 1;
	return lp_region_name_longest(s + e, p - e, REGION_NAME_MAX * 3, 0) > 0;
}

/* Is f a figure of GDP (its indicator, or none and s[a, p) before it names GDP)? */
static int
is_gdp_figure(const lp_fact *f, const char *s, size_t a, size_t p)
{
	int			money = strcmp(f->q.base_unit, "元") == 0 && f->measure == LP_MEASURE_LEVEL &&
		f->q.unit != NULL && strstr(f->q.unit, "亿") != NULL;
	int			growth = strcmp(f->q.base_unit, "%") == 0 && f->measure == LP_MEASURE_GROWTH;

	if (!money && !growth)
		return 0;
	if (f->indicator != NULL)
		return strcmp(f->indicator, "gdp") == 0;
	return lp_words_any(LP_W_ROUNDUP_GDP_NAMED, s + a, p - a);
}

/*
 * Does the sentence of the figure at p go on to a target (s[p, len), read at
 * most LP_MAX_LOOKBACK)?  Targets met in words after the figures ("…增长5.8%，
 * 顺利完成全年目标任务") set none: the figures are the year's results.
 */
static int
sets_target_after(const char *s, size_t p, size_t len)
{
	size_t		e = len - p > LP_MAX_LOOKBACK ? p + LP_MAX_LOOKBACK : len;
	const char *stop = lp_find3(s + p, e - p, "。");

	if (stop != NULL)
		e = (size_t) (stop - s);
	return lp_names_target_set(s + p, e - p) ||
		lp_words_any(LP_W_ROUNDUP_GDP_TARGET, s + p, e - p);
}

/*
 * The region of a figure the regions listed at s[name] share with 均 or 同为
 * (words.tsv all_same: "山东和四川地区生产总值增速均为5.6%"): one exact figure read once a region,
 * each fact's subject opening with its own (lp_mention_same.c); its name's
 * bytes in f->subject, or 0 (a bound shared, "均超过9万亿元", ranks them).
 */
static size_t
shared_by_list(const lp_fact *f, const char *s, size_t name, size_t p)
{
	size_t		n;

	if (f->q.qualifier != LP_Q_EQ || f->subject == NULL || !lp_words_any(LP_W_ALL_SAME, s + name, p - name))
		return 0;
	n = strlen(f->subject);
	n = lp_region_name_longest(f->subject, n, n < REGION_NAME_MAX * 3 ? n : REGION_NAME_MAX * 3, 1);
	return n > 0 && memmem(s + name, p - name, f->subject, n) != NULL ? n : 0;
}

int
lp_roundup_result(lp_facts *out, lp_fact *f, const char *s, size_t len, size_t name,
				  size_t n, size_t p, int targets_year, int session)
{
	size_t		from,
				own;

	name += lp_words_prefix(LP_W_REGION_HEAD_LEAD, s + name, p - name);
	if (targets_year <= 0 || !f->has_quantity || f->region != NULL || name >= p ||
		lp_words_prefix(LP_W_REGION_GROUP, s + name, n) == n)
		return 0;
	if (!heads_a_list(s, name, n, p))
		own = 0;
	else if ((own = shared_by_list(f, s, name, p)) == 0)
		return 0;
	/* (read back at most as far as a subject is: a long line is read once a figure, not whole) */
	from = p > LP_MAX_LOOKBACK ? p - LP_MAX_LOOKBACK : 0;
	if (from < name)
		from = name;
	/* ("湖北圆满完成年度目标任务，地区生产总值…": targets met before it set none) */
	if (!is_gdp_figure(f, s, p > LP_MAX_LOOKBACK ? p - LP_MAX_LOOKBACK : 0, p) ||
		lp_names_target_set(s + from, p - from) ||
		lp_words_any(LP_W_ROUNDUP_GDP_TARGET, s + from, p - from))
		return 0;
	/* "海南2025年增速为4%，2026年目标上调为6%左右": a target's comparison */
	if (sets_target_after(s, p, len))
		return 0;
	/* the year named before it, or the one the figure was read with */
	if (!lp_roundup_result_year(f, lp_last_year(s, from, p), targets_year, session))
		return 0;
	lp_roundup_result_set(out, f, targets_year);
	f->region = own > 0 ? lp_pool_copy(out, f->subject, own) : lp_pool_copy(out, s + name, n);
	return 1;
}

/*
 * Is the period a part of a year ("2025Q1-3", "2024H1", "2023M01-11"), not a
 * whole one?  A page naming no year reads its part as "YQ1": the same part.
 */
static int
part_of_a_year(const char *period)
{
	size_t		y = period[0] == 'Y' ? 1 : 4;

	return strlen(period) > y && (y == 1 || strspn(period, "0123456789") == 4) &&
		(period[y] == 'Q' || period[y] == 'H' || period[y] == 'M');
}

int
lp_roundup_part_result(lp_facts *out, lp_fact *f, const char *s, size_t len, size_t name,
					   size_t n, size_t p)
{
	size_t		from;

	name += lp_words_prefix(LP_W_REGION_HEAD_LEAD, s + name, p - name);
	if (!f->has_quantity || f->region != NULL || name >= p || f->status != LP_STATUS_ACTUAL ||
		!part_of_a_year(f->period) ||
		lp_words_prefix(LP_W_REGION_GROUP, s + name, n) == n || heads_a_list(s, name, n, p))
		return 0;
	from = p > LP_MAX_LOOKBACK ? p - LP_MAX_LOOKBACK : 0;
	if (from < name)
		from = name;
	/* a year named before the figure in its clause is another period's */
	if (!is_gdp_figure(f, s, p > LP_MAX_LOOKBACK ? p - LP_MAX_LOOKBACK : 0, p) ||
		lp_words_any(LP_W_TARGET_MARKER, s + from, p - from) ||
		lp_words_any(LP_W_ROUNDUP_GDP_TARGET, s + from, p - from) ||
		lp_last_year(s, from, p) != 0 || sets_target_after(s, p, len))
		return 0;
	f->indicator = lp_pool_copy(out, "gdp", 3);
	f->headline = LP_HEADLINE_YES;
	f->region = lp_pool_copy(out, s + name, n);
	return 1;
}

/*
 * A list of figures in % of no indicator (facts [i, i + n)) of a part of the
 * year, after the sentence s[a, fb) before its 分别 names GDP and its growth
 * ("与全国4.6%的GDP增速相比，福建、江西、湖南3个省份的增速跑赢全国，增速分别
 * 为5.9%、5.6%、5.2%"): each its region's GDP growth of that part, a headline row;
 * 1 if so (lp_roundup_list.c gives the regions).  Not a target's.
 */
int
lp_roundup_part_results_listed(lp_facts *out, size_t i, int n, const char *s, size_t a, size_t fb)
{
	const lp_fact *f = &out->items[i];
	int			k;

	if (f->status != LP_STATUS_ACTUAL || strcmp(f->q.base_unit, "%") != 0 || !part_of_a_year(f->period) ||
		!lp_contains(s + a, fb - a, "增速") || !lp_roundup_names_gdp(s, a, fb) ||
		lp_words_any(LP_W_TARGET_MARKER, s + a, fb - a) ||
		lp_words_any(LP_W_ROUNDUP_GDP_TARGET, s + a, fb - a))
		return 0;
	for (k = 0; k < n; k++)
	{
		lp_fact    *g = &out->items[i + (size_t) k];

		g->indicator = lp_pool_copy(out, "gdp", 3);
		g->measure = LP_MEASURE_GROWTH;
		g->headline = LP_HEADLINE_YES;
	}
	return 1;
}

int
lp_roundup_result_year(const lp_fact *f, int named, int targets_year, int session)
{
	int			before = targets_year - 1;

	if (targets_year <= 0 || (named != 0 && named != before))
		return 0;
	return named != 0 || (f->status != LP_STATUS_TARGET && atoi(f->period) == before) ||
		(session && (f->period[0] == '\0' || atoi(f->period) == targets_year));
}

int
lp_roundup_names_gdp(const char *s, size_t a, size_t p)
{
	a = p - a > LP_MAX_LOOKBACK ? p - LP_MAX_LOOKBACK : a;
	return lp_words_any(LP_W_ROUNDUP_GDP_NAMED, s + a, p - a);
}

void
lp_roundup_result_set(lp_facts *out, lp_fact *f, int targets_year)
{
	char		year[16];

	f->indicator = lp_pool_copy(out, "gdp", 3);
	f->status = LP_STATUS_ACTUAL;
	snprintf(year, sizeof(year), "%d", targets_year - 1);
	if (strcmp(f->period, year) != 0)
	{
		lp_copy_str(f->period, sizeof(f->period), year);
		f->period_basis = LP_PERIOD_INFERRED;
	}
	f->headline = LP_HEADLINE_YES;
}
