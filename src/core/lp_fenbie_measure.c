/*
 * lp_fenbie_measure.c — whether the measure of a 分别 list's first value
 * carries to the next subject.  "A、B分别增长8%、9%": the verb measures both.
 * "居民消费价格涨幅、城镇调查失业率分别控制在2.5%和4.8%以内": the growth is the
 * first subject's own (its noun 涨幅), not the verb's; a rate stated in %
 * after it (失业率) is a level of its own.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"
#include "lp_subject.h"

#include <string.h>

int
lp_fenbie_measure_carries(const lp_sentence *ss, const char *subject, const lp_quantity *q)
{
	char		first[LP_MAX_SUBJECT + 1];
	lp_measure	own = LP_MEASURE_LEVEL;
	const char *code,
			   *unit;

	/* (cheap tests first: only a growth given to a figure in % is in question) */
	if (ss->measure != LP_MEASURE_GROWTH || ss->fenbie.n < 2 || strcmp(q->unit, "%") != 0)
		return 1;
	code = lp_indicator_by_suffix(subject, strlen(subject));
	unit = code ? lp_indicator_default_unit(code) : NULL;
	if (unit == NULL || strcmp(unit, "%") != 0)
		return 1;
	/* the first subject's own noun names a growth: no verb of the list did */
	memcpy(first, ss->fenbie.items[0], sizeof(first));
	lp_subject_measure(first, q, &own);
	return own != LP_MEASURE_GROWTH;
}
