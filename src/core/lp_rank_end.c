/*
 * lp_rank_end.c — where a rank stands in a span: a verb of ranking (稳居), an
 * optional scope (全市), 第 and an ordinal.  lp_rank.c makes facts of them;
 * the readers of a figure's lead ask where one ends.
 */
#include "lp.h"
#include "lp_ordinal.h"
#include "lp_rank.h"
#include "lp_words.h"

int
lp_rank_at(const char *s, size_t slen, size_t at, size_t mark_len, lp_rank_span *r)
{
	size_t		before = at,
				n;

	r->at = at;
	r->mark_len = mark_len;
	r->value = 0;
	r->ordinal_len = lp_ordinal_at(s, slen, at + mark_len, &r->value);
	if (r->ordinal_len == 0 || r->value <= 0)
		return 0;
	/* 第 after an optional scope (全市) after a ranking verb (稳居) */
	if ((n = lp_words_suffix(LP_W_RANK_SCOPE, s, before)) > 0)
		before -= n;
	if ((n = lp_words_suffix(LP_W_RANK_VERB, s, before)) == 0)
		return 0;
	r->v_at = before - n;
	return 1;
}

/*
 * The end of the last rank whose verb starts in s[a, b) ("居全省第一"), or 0:
 * where a predicate of the figure before ends when a page lost the comma
 * after it ("增长10.4%居全省第一地方一般公共预算收入增4.6%").
 */
size_t
lp_rank_end_in(const char *s, size_t a, size_t b)
{
	size_t		i = a,
				end = 0;
	lp_rank_span r;

	while (lp_rank_next(s, b, &i, &r))
		if (r.v_at >= a)
			end = i = r.at + r.mark_len + r.ordinal_len;
	return end;
}
