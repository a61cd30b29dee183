/*
 * lp_revenue_whole.c — a revenue stated whole before its own level's part.
 *
 * A district's or a county's report states the revenue collected in its
 * territory, then the share its own budget keeps: "一般公共预算收入实现
 * 583.1亿元、增长0.4%，其中区级一般公共预算收入210.1亿元、增长1.4%".  Both
 * names read as budget_revenue; the part after 其中 names its level (区级,
 * 县级, 地方级: words.tsv revenue_level) and is the budget revenue, so the
 * bare name before it is the whole: the jurisdiction's revenue
 * (jurisdiction_fiscal_revenue, HEADLINE_SPEC.md).  A whole whose name
 * states a level itself (区级…，其中区本级…) is left as it is.
 *
 * A bulletin states the part in the next sentence instead of after 其中:
 * "全年完成一般公共预算收入96.5亿元，下降1.2%。全年完成区级一般公共预算
 * 收入40.3亿元，增长2.0%".  There the bare name is the whole when the
 * sentence just before the level's states it, for the same period, larger.
 */
#include "lp.h"
#include "lp_revenue_whole.h"
#include "lp_indicator.h"
#include "lp_words.h"

#include <stdlib.h>
#include <string.h>

#define SENTENCE_FACTS 16		/* the facts of one sentence looked back over */

static int
is_budget_revenue(const lp_fact *f)
{
	return f->indicator != NULL && strcmp(f->indicator, "budget_revenue") == 0 &&
		f->subject != NULL;
}

/* Does the subject open with a level (区级, 县本级, 地方级)? */
static int
names_level(const char *subject)
{
	return lp_words_prefix(LP_W_REVENUE_LEVEL, subject, strlen(subject)) > 0;
}

/* Is f's subject the part 其中 opens in its sentence ("其中区级…", "其中，县级…")? */
static int
part_after_qizhong(const lp_fact *f)
{
	const char *e = f->evidence,
			   *q;

	if (e == NULL || !names_level(f->subject))
		return 0;
	for (q = strstr(e, "其中"); q != NULL; q = strstr(q + 1, "其中"))
	{
		const char *p = q + strlen("其中");

		while (strncmp(p, "，", strlen("，")) == 0 || strncmp(p, "：", strlen("：")) == 0)
			p += strlen("，");	/* (both three bytes) */
		if (strncmp(p, f->subject, strlen(f->subject)) == 0)
			return 1;
	}
	return 0;
}

/* Make the bare budget revenues of the sentence of fact j the whole. */
static void
mark_whole(lp_facts *out, size_t first, size_t j, const char *whole)
{
	const char *e = out->items[j].evidence;

	while (j > first && out->items[j - 1].evidence == e)
		j--;
	for (; j < out->n && out->items[j].evidence == e; j++)
	{
		lp_fact    *g = &out->items[j];

		if (is_budget_revenue(g) && !names_level(g->subject) &&
			strstr(g->subject, "级") == NULL)
			g->indicator = whole;
	}
}

/*
 * f, a level-named budget revenue's level opening its sentence: is a bare
 * budget revenue's larger level of the same period in the sentence just
 * before it (within two lines)?  Returns its index, or (size_t) -1.
 */
static size_t
whole_just_before(const lp_facts *out, size_t first, size_t i)
{
	const lp_fact *f = &out->items[i];
	const char *prev = NULL;
	size_t		j;

	if (f->measure != LP_MEASURE_LEVEL || f->q.base_value == NULL ||
		!names_level(f->subject) || part_after_qizhong(f))
		return (size_t) -1;
	for (j = i; j-- > first && i - j <= SENTENCE_FACTS;)
	{
		const lp_fact *g = &out->items[j];

		if (g->evidence == f->evidence)
		{
			if (is_budget_revenue(g))
				return (size_t) -1; /* not the sentence's first revenue */
			continue;
		}
		if (prev != NULL && g->evidence != prev)
			break;
		prev = g->evidence;
		if (f->line - g->line > 2)
			break;
		if (is_budget_revenue(g) && !names_level(g->subject) &&
			strstr(g->subject, "级") == NULL &&
			g->measure == LP_MEASURE_LEVEL && g->q.base_value != NULL &&
			g->status == f->status && strcmp(g->period, f->period) == 0 &&
			strcmp(g->q.base_unit, f->q.base_unit) == 0 &&
			strtod(g->q.base_value, NULL) > strtod(f->q.base_value, NULL))
			return j;
	}
	return (size_t) -1;
}

void
lp_revenue_whole(lp_facts *out, size_t first)
{
	const char *whole = NULL;
	size_t		i;

	for (i = first; i < out->n; i++)
	{
		const lp_fact *f = &out->items[i];
		size_t		j;

		if (!is_budget_revenue(f))
			continue;
		if (!part_after_qizhong(f))
		{
			size_t		w = whole_just_before(out, first, i);

			if (w == (size_t) -1)
				continue;
			if (whole == NULL)
				whole = lp_indicator_by_suffix("财政总收入", strlen("财政总收入"));
			if (whole == NULL)
				return;
			mark_whole(out, first, w, whole);
			continue;
		}
		if (whole == NULL)
			whole = lp_indicator_by_suffix("财政总收入", strlen("财政总收入"));
		if (whole == NULL)
			return;
		for (j = i; j-- > first && i - j <= SENTENCE_FACTS;)
		{
			lp_fact    *g = &out->items[j];

			if (g->evidence != f->evidence)
				break;
			if (is_budget_revenue(g) && !names_level(g->subject) &&
				strstr(g->subject, "级") == NULL)
				g->indicator = whole;
		}
	}
}
