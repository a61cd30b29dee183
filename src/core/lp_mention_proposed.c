/*
 * lp_mention_proposed.c — a figure proposed in its clause and called what is
 * expected after it, in the same sentence ("需要说明的是，提出城乡居民收入均增长
 * 10%左右，这是近年来的最高预期"): no marker stands before the figure, yet the
 * speaker proposes it and names it the year's expectation, so it is a target
 * (words.tsv proposed_verb, proposed_named).  Not a result reached or set
 * against it ("…，达到预期目标", "超过预期": proposed_reached, marker_compared),
 * nor the noun inside a name (预期寿命: marker_not), nor a noun after another
 * figure (the noun is of that one).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_mention_int.h"
#include "lp_words.h"

#define PROPOSED_AFTER_MAX (24 * 3)	/* bytes after the figure the noun may stand in */

#define LIST_AFTER_MAX (120 * 3)	/* bytes of a list's later items to its 等 */
#define DENG_NOUN_MAX (8 * 3)	/* bytes from 等 to the noun ("等一揽子目标计划") */

/*
 * Is the figure an item of a list its clause proposes, closed by 等 and the
 * goals' noun ("确定了地方财政一般预算收入增长10%、全社会固定资产投资增长20%、…
 * 等一揽子目标计划")?  Only 、 parts the items up to 等: no clause ends there.
 */
static int
list_closed_by_goals(const lp_mention *m, size_t e)
{
	size_t		lim = e + LIST_AFTER_MAX < m->slen ? e + LIST_AFTER_MAX : m->slen,
				p,
				n;
	int			cl;

	for (p = e; p < lim; p += (size_t) cl)
	{
		uint32_t	cp = lp_utf8_next(m->s + p, m->slen - p, &cl);

		if (cl <= 0 || lp_is_clause_end(cp))
			return 0;
		if (cp != 0x7B49)		/* 等 */
			continue;
		for (n = p + 3; n < m->slen && n < p + 3 + DENG_NOUN_MAX; n += (size_t) cl)
		{
			if (lp_words_prefix(LP_W_PROPOSED_NAMED, m->s + n, m->slen - n) > 0)
				return !lp_words_prefix(LP_W_MARKER_NOT, m->s + n, m->slen - n);
			if (cl <= 0 || lp_is_clause_end(lp_utf8_next(m->s + n, m->slen - n, &cl)) ||
				(m->s[n] >= '0' && m->s[n] <= '9'))
				return 0;
		}
		return 0;
	}
	return 0;
}

int
lp_mention_proposed_target(const lp_mention *m)
{
	size_t		e = m->q->end,
				lim = e + PROPOSED_AFTER_MAX < m->slen ? e + PROPOSED_AFTER_MAX : m->slen,
				p;
	int			cl;

	if (m->q->start <= m->clause_start ||
		lp_census_find(LP_W_PROPOSED_VERB, m->s + m->clause_start, m->q->start - m->clause_start,
					   NULL) < 0)
		return 0;
	if (list_closed_by_goals(m, e))
		return 1;
	for (p = e; p < lim; p += (size_t) cl)
	{
		uint32_t	cp = lp_utf8_next(m->s + p, m->slen - p, &cl);

		if (lp_is_full_stop(cp) || (cp >= '0' && cp <= '9') || cl <= 0)
			return 0;
		if (lp_words_prefix(LP_W_PROPOSED_NAMED, m->s + p, m->slen - p) > 0)
			return !lp_words_prefix(LP_W_MARKER_NOT, m->s + p, m->slen - p) &&
				!lp_words_suffix(LP_W_MARKER_COMPARED, m->s + e, p - e) &&
				lp_words_find(LP_W_PROPOSED_REACHED, m->s + e, p - e, NULL) < 0;
	}
	return 0;
}
