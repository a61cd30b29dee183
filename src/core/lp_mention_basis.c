/*
 * lp_mention_basis.c — the population a per-head figure is counted on, in a
 * clause of its own before the figure's: "按户籍人口计算，人均GDP为58240元…；
 * 按常住人口计算，人均GDP为69480元" — the first is the registered
 * population's (gdp_per_capita_registered).  The clause before, "按…计算"
 * whole, joined to the subject with 的 makes a longer name of indicators.tsv
 * ("按户籍人口计算的人均GDP"); the name it makes wins.  A basis no name
 * holds (按常住人口计算) leaves the subject's indicator.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"
#include "lp_text.h"

#include <string.h>

#define BASIS_MAX_BYTES 36		/* 按…计算: a dozen characters at most */

/* The clause before the figure's, s[*a, *b), when it reads 按…计算 whole. */
static int
basis_clause_before(const lp_mention *m, size_t *a, size_t *b)
{
	const char *s = m->s;
	size_t		e = m->clause_start,
				p;

	if (e >= 3 && lp_at(s, e, e - 3, "，"))
		e -= 3;
	else if (e >= 1 && s[e - 1] == ',')
		e -= 1;
	else
		return 0;
	if (e < 6 || !lp_at(s, e, e - 6, "计算"))
		return 0;
	for (p = e; p > m->sent_start && e - p < BASIS_MAX_BYTES;)
	{
		size_t		q = lp_prev_char(s, p);

		if (lp_at(s, p, q, "，") || lp_at(s, p, q, "。") || lp_at(s, p, q, "；") || s[q] == ',')
			break;
		p = q;
	}
	if (!lp_at(s, e, p, "按"))
		return 0;
	*a = p;
	*b = e;
	return 1;
}

const char *
lp_mention_basis_name(const lp_mention *m, const char *code)
{
	char		cand[LP_MAX_SUBJECT + 1];
	size_t		a,
				b,
				n = strlen(m->subject),
				il = 0;
	const char *named;

	if (code == NULL || n == 0 || !basis_clause_before(m, &a, &b) ||
		(b - a) + 3 + n > LP_MAX_SUBJECT)
		return code;
	memcpy(cand, m->s + a, b - a);
	memcpy(cand + (b - a), "的", 3);
	memcpy(cand + (b - a) + 3, m->subject, n + 1);
	named = lp_indicator_suffix(cand, (b - a) + 3 + n, &il);
	return named != NULL && il == (b - a) + 3 + n ? named : code;
}
