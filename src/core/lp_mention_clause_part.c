/*
 * lp_mention_clause_part.c — a part of the year one clause names goes on to
 * the next clause when that clause only goes on with the same subject.
 *
 * "上半年，全市固定资产投资增长8.2%，第二季度完成投资96.1亿元，增长12%":
 * 第二季度 is the period of 96.1亿元 (its own clause names it) and of 12%,
 * whose clause names neither a subject nor a time of its own; the half year
 * the sentence opened with is not.
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_period.h"
#include "lp_text.h"

/* Is s[a, b) free of clause separators (，；, ;)? */
static int
no_separator(const char *s, size_t a, size_t b)
{
	for (size_t p = a; p < b; p++)
		if (s[p] == ',' || s[p] == ';' || lp_at(s, b, p, "，") || lp_at(s, b, p, "；"))
			return 0;
	return 1;
}

void
lp_mention_clause_part(lp_sentence *ss, lp_mention *m, const lp_period_decision *before)
{
	lp_clause_part *cp = &ss->clause_part;
	size_t		a = m->clause_start,
				b = m->q->start;

	/* its own clause named the part: kept for the clause after it */
	if (strcmp(m->period.period, before->period) != 0)
	{
		cp->sent = m->sent_start + 1;
		cp->end = m->q->end;
		cp->before = *before;
		cp->part = m->period;
		cp->carried = 0;
		return;
	}
	/*
	 * the next clause, going on with the same subject and naming no time
	 * (cheap tests first: most mentions have no part kept)
	 */
	if (cp->sent == m->sent_start + 1 && m->inherit && !m->listed && a > cp->end &&
		strcmp(m->period.period, cp->before.period) == 0 &&
		no_separator(m->s, cp->end, lp_prev_char(m->s, a)) &&
		!lp_has_period_word(m->s + a, b - a) && !lp_find_year(m->s + a, b - a, NULL))
	{
		m->period = cp->part;
		cp->end = m->q->end;
		cp->carried = 1;
		return;
	}
	cp->sent = 0;
}
