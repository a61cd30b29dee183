/*
 * lp_mention_actor.c — a part of the economy named as the actor of a result
 * (words.tsv subject_sub_region: 省属企业, 央企, 县域实现 …) carries to the
 * figures that go on with it in its sentence (h-fix230).
 *
 * "青禾市属企业完成产业投资55亿元、研发投入13亿元，分别增长10%、9%": the
 * firms' figures, the 分别 growths too; "市属企业资产总额达到2.7万亿元，工业
 * 总产值突破1万亿元": the next clause, opening with its subject (a verb at
 * most before it) and naming no actor of its own, is the firms' as well.
 * "…，全市地区生产总值增长5%" names the whole: the chain ends there.
 */
#include "lp.h"
#include "lp_census.h"
#include "lp_clause.h"
#include "lp_mention_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* how far into its clause an actor that opens it may stand ("全省省属企业", "青禾市属企业") */
#define ACTOR_OPENS_BYTES 12

/*
 * Does s[a, b) name an actor that is a part of the whole?  2 when it opens
 * the clause (it may then go on to the next clause), 1 when it stands further
 * in ("一般贸易、民营企业进出口占比…": one part among others), 0 when none.
 */
static int
actor_in(const char *s, size_t a, size_t b)
{
	long		at;

	if (b <= a)
		return 0;
	lp_trim(s, &a, &b);
	if (b <= a || (at = lp_census_find(LP_W_SUBJECT_SUB_REGION, s + a, b - a, NULL)) < 0)
		return 0;
	return at <= ACTOR_OPENS_BYTES ? 2 : 1;
}

/* Does one clause end at most stand in s[a, b) (the next clause, no ； between)? */
static int
next_clause(const char *s, size_t a, size_t b)
{
	int			ends = 0,
				n = 1;

	for (size_t p = a; p < b; p += (size_t) n)
	{
		uint32_t	cp = lp_utf8_next(s + p, b - p, &n);

		if (cp == 0xFF1B || cp == ';' || (lp_is_clause_end(cp) && ++ends > 1))
			return 0;
	}
	return 1;
}

/* Does the mention's clause open with its subject, a verb at most before it, and state an amount or a rate? */
static int
opens_with_subject(const lp_mention *m)
{
	size_t		a = m->clause_start,
				b = m->subject_start;
	const char *u = m->q->base_unit;

	if (m->subject_end <= m->subject_start || b < a ||
		(strcmp(u, "元") != 0 && strcmp(u, "美元") != 0 && strcmp(u, "%") != 0))
		return 0;
	lp_trim(m->s, &a, &b);
	return a >= b || lp_words_prefix(LP_W_VERB, m->s + a, b - a) == b - a;
}

void
lp_mention_actor(lp_sentence *ss, lp_mention *m)
{
	int			carried = 0,
				hop = 0,
				actor;

	if (!m->driven && ss->actor_end > 0 && ss->actor_sent == m->sent_start + 1 &&
		m->q->start > ss->actor_end &&
		(m->listed || m->inherit || (!ss->actor_hopped && (hop = opens_with_subject(m)))) &&
		next_clause(m->s, ss->actor_end, m->clause_start > ss->actor_end ? m->clause_start : ss->actor_end))
		m->driven = carried = 1;
	/* "市属企业营业收入、利润分别增长10%、12%": the list in the actor's clause */
	else if (!m->driven && m->listed && actor_in(m->s, m->clause_start, m->q->start) == 2)
		m->driven = carried = 1;
	/* (an actor in the subject, "市属企业工业总产值增长8%", is no headline there) */
	if (carried || (actor = actor_in(m->s, m->clause_start, m->q->start)) > 0)
	{
		/* an actor further in its clause goes on to no clause with a subject of its own */
		ss->actor_hopped = carried ? ss->actor_hopped | hop : actor == 1;
		ss->actor_end = m->q->end;
		ss->actor_sent = m->sent_start + 1;
	}
	else
		ss->actor_end = 0;
}
