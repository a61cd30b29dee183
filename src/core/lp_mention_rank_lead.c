/*
 * lp_mention_rank_lead.c — where a figure's lead starts: after its clause's
 * start and the figure before, and after a rank: "增长10.4%居全省第一
 * 地方一般公共预算收入增4.6%" (a page that lost its commas) reads 居全省第一 as
 * the end of the predicate of the figure before; the words after it that
 * name an indicator before their measure lead the figure on their own.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_measure.h"
#include "lp_mention_int.h"
#include "lp_rank.h"
#include "lp_text.h"

void
lp_mention_lead_bounds(const lp_sentence *ss, lp_mention *m)
{
	size_t		r,
				p;
	lp_measure_read mr;

	m->lead_start = m->clause_start > ss->prev_end ? m->clause_start : ss->prev_end;
	m->lead_end = m->q->start;
	if ((r = lp_rank_end_in(m->s, m->lead_start, m->lead_end)) == 0)
		return;
	p = lp_skip_separators(m->s, r, m->lead_end);
	if (p >= m->lead_end)
		return;
	lp_measure_before(m->s, p, m->lead_end, p, m->q, &mr);
	if (mr.words_at > p && lp_indicator_by_suffix(m->s + p, mr.words_at - p) != NULL)
		m->lead_start = p;
}
