/*
 * lp_period_base.c — a part of the year named as the base a result builds on
 * ("前三季度全省经济运行保持在合理区间，在上半年平稳发展的基础上，主要经济
 * 指标增速继续高于全国"): the part after 在 closed by 基础上 in its clause is
 * an earlier stretch, not the time of the sentence (words.tsv part_base_open,
 * part_base_close).  Read by lp_period.c part_names_event.
 */
#include "lp.h"
#include "lp_period_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* The end of the clause from i: the next comma, semicolon or full stop. */
static size_t
clause_end(const char *s, size_t len, size_t i)
{
	static const char *const stops[] = {"，", "。", "；", ",", ";", NULL};

	for (; i < len; i++)
	{
		int			k;

		for (k = 0; stops[k]; k++)
			if (lp_at(s, len, i, stops[k]))
				return i;
	}
	return len;
}

int
lp_period_part_is_base(const char *s, size_t len, size_t at, size_t wlen)
{
	size_t		e;

	if (lp_words_suffix(LP_W_PART_BASE_OPEN, s, at) == 0)
		return 0;
	e = clause_end(s, len, at + wlen);
	return lp_words_any(LP_W_PART_BASE_CLOSE, s + at + wlen, e - at - wlen);
}
