/*
 * lp_mention_demand.c — investment named by its bare word in a list of the
 * economy's aggregates ("地区生产总值增长6.1%，投资增长8%，消费增长5.2%，出口增长
 * 3.1%"; a target list's "投资增长10%左右，消费增长6%"): 投资, the whole subject
 * of its item, is fixed-asset investment, as 消费 is retail sales (the alias
 * =消费 of indicators.tsv).  投资 alone is no alias: a project's investment
 * ("完成投资612亿元", "计划总投资35亿元") is not the region's.  So only a growth,
 * with another aggregate of demand or output named in the same sentence
 * outside its own clause (words.tsv demand_peer), is read so.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define PEER_WINDOW (64 * 3)	/* bytes either side of the clause looked at */

/* the sentence's end after b, looked for up to lim */
static size_t
sentence_end(const char *s, size_t b, size_t lim)
{
	int			cl;

	while (b < lim)
	{
		uint32_t	cp = lp_utf8_next(s + b, lim - b, &cl);

		if (cl <= 0 || lp_is_full_stop(cp))
			break;
		b += (size_t) cl;
	}
	return b;
}

const char *
lp_mention_demand_investment(const lp_mention *m)
{
	static const char name[] = "固定资产投资";
	size_t		n = strlen(m->subject),
				from,
				to,
				lim;

	if (m->measure.measure != LP_MEASURE_GROWTH || m->subject_start >= m->subject_end ||
		n == 0 || lp_words_prefix(LP_W_DEMAND_INVESTMENT, m->subject, n) != n)
		return NULL;
	from = m->clause_start > m->full_start + PEER_WINDOW ? m->clause_start - PEER_WINDOW : m->full_start;
	while (from > m->full_start && (((unsigned char) m->s[from]) & 0xC0) == 0x80)
		from--;
	lim = m->q->end + PEER_WINDOW < m->slen ? m->q->end + PEER_WINDOW : m->slen;
	to = sentence_end(m->s, m->q->end, lim);
	if (!lp_words_any(LP_W_DEMAND_PEER, m->s + from, m->clause_start - from) &&
		!lp_words_any(LP_W_DEMAND_PEER, m->s + m->q->end, to - m->q->end))
		return NULL;
	return lp_indicator_by_suffix(name, sizeof(name) - 1);
}
