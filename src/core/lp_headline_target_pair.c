/*
 * lp_headline_target_pair.c — a target named right before its result in a
 * review's prose goes with its result (h-fix270).
 */
#include "lp.h"
#include "lp_fact.h"
#include "lp_headline.h"

#include <string.h>

/*
 * A target named right before its result in one sentence ("规模以上工业增加值
 * 计划增长8%，实际增长8.9%" in a topic's prose under the summary of the year's
 * targets): the pair states the indicator's year, the target a headline when
 * its result is (as a target in brackets beside a result).
 */
int
lp_headline_target_before_its_result(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i],
			   *g;

	if (f->status != LP_STATUS_TARGET || f->summary || f->indicator == NULL || i + 1 >= out->n)
		return 0;
	g = &out->items[i + 1];
	return (g->status == LP_STATUS_ACTUAL || g->status == LP_STATUS_ESTIMATE) &&
		g->line == f->line && g->indicator != NULL && strcmp(g->indicator, f->indicator) == 0 &&
		g->measure == f->measure && strcmp(g->period, f->period) == 0;
}

/* The targets kept as candidates beside their results take their results' answer. */
void
lp_headline_targets_with_results(lp_facts *out)
{
	size_t		i;

	for (i = 0; i + 1 < out->n; i++)
		if (out->items[i].headline == LP_HEADLINE_CANDIDATE)
			out->items[i].headline = out->items[i + 1].headline == LP_HEADLINE_YES ?
				LP_HEADLINE_YES : LP_HEADLINE_NO;
}
