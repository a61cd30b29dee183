/*
 * lp_fact_held.c — a result held to a figure: "财政赤字率控制在2.8%",
 * "年末城镇登记失业率控制在3.1%" in a review.  控制在 before a target's
 * figure is a ceiling (le, q_qualifiers.tsv); before a result's it states
 * where the result ended: the figure itself (the golds write eq).  A bound
 * written after the figure (控制在5%以内, 以下, 之内) or after a list of
 * figures it opens stays a bound: a result stays le then, as stated.
 */
#include "lp.h"
#include "lp_fact.h"

#include <string.h>

#define HELD_WORD "控制在"

#define BOUND_AHEAD 48			/* bytes looked at after the figure */

/*
 * Is a bound word (以内, 以下, 之内; 內 of a glossed or traditional copy) in
 * the clause from b on?  It may close a list the figure opens ("分别控制在
 * 2.5%和4.8%以内") or follow a gloss ("3.5%?(yǐ)內").  The look stops at the
 * clause's end and after BOUND_AHEAD bytes: a fixed cost a fact.
 */
static int
bound_ahead(const char *s, size_t len, size_t b)
{
	static const char *const bounds[] = {"内", "內", "以下"};
	static const char *const stops[] = {"，", "。", "；", ",", ";"};
	size_t		i, k;

	for (i = b; i < len && i < b + BOUND_AHEAD; i++)
	{
		for (k = 0; k < sizeof(stops) / sizeof(stops[0]); k++)
			if (i + strlen(stops[k]) <= len && memcmp(s + i, stops[k], strlen(stops[k])) == 0)
				return 0;
		for (k = 0; k < sizeof(bounds) / sizeof(bounds[0]); k++)
			if (i + strlen(bounds[k]) <= len && memcmp(s + i, bounds[k], strlen(bounds[k])) == 0)
				return 1;
	}
	return 0;
}

void
lp_fact_result_held_at(lp_fact *f, const char *s, size_t len, size_t qstart)
{
	size_t		n = strlen(HELD_WORD);

	/* the quantity's span takes in its prefix: it starts at 控制在 */
	if (f->status == LP_STATUS_TARGET || f->q.qualifier != LP_Q_LE || len < qstart + n ||
		memcmp(s + qstart, HELD_WORD, n) != 0 || bound_ahead(s, len, qstart + n))
		return;
	f->q.qualifier = LP_Q_EQ;
}
