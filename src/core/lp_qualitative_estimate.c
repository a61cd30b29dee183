/*
 * lp_qualitative_estimate.c — a goal in words in a sentence of results.  A
 * review headed like a part of tasks ("一、2031年主要工作", a report given the
 * year after) reads its goals in words as targets; but one in a sentence
 * whose figures are all results of one year ("预计实现地区生产总值2600亿元、
 * 增长6%左右，城乡居民人均可支配收入与经济增长基本同步") is a result of that
 * year, as its figures are.
 */
#include "lp.h"
#include "lp_qualitative.h"

#include <string.h>

/* Is s[i] the first byte of a full stop (。！？)? */
static int
full_stop_at(const char *s, size_t len, size_t i)
{
	return i + 3 <= len && (memcmp(s + i, "。", 3) == 0 || memcmp(s + i, "！", 3) == 0 ||
							memcmp(s + i, "？", 3) == 0);
}

/* The sentence of s[0, len) holding character ch: its characters [*ca, *cb). */
static void
sentence_chars(const char *s, size_t len, int ch, int *ca, int *cb)
{
	size_t		i;
	int			c = -1;

	*ca = 0;
	*cb = 0;
	for (i = 0; i < len; i++)
	{
		if ((((unsigned char) s[i]) & 0xC0) == 0x80)
			continue;
		c++;
		if (!full_stop_at(s, len, i))
			continue;
		if (c < ch)
			*ca = c + 1;
		else
		{
			*cb = c;
			return;
		}
	}
	*cb = c + 1;
}

/* The one result of one year all figures naming an indicator in [ca, cb) of line lineno before first state, or NULL. */
static const lp_fact *
sentence_result(const lp_facts *out, size_t first, int lineno, int ca, int cb)
{
	const lp_fact *r = NULL;
	size_t		j = first;

	while (j-- > 0 && out->items[j].line == lineno)
	{
		const lp_fact *g = &out->items[j];

		if (!g->has_quantity || g->indicator == NULL || g->span_start < ca || g->span_end > cb)
			continue;
		if ((g->status != LP_STATUS_ESTIMATE && g->status != LP_STATUS_ACTUAL) ||
			strlen(g->period) != 4 || (r && strcmp(r->period, g->period) != 0))
			return NULL;
		r = g;
	}
	return r;
}

void
lp_qualitative_in_results(lp_facts *out, size_t first, const char *s, size_t slen, int lineno)
{
	size_t		i;

	for (i = first; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];
		const lp_fact *r;
		int			ca,
					cb;

		if (f->has_quantity || f->status != LP_STATUS_TARGET || f->line != lineno)
			continue;
		sentence_chars(s, slen, f->span_start, &ca, &cb);
		if ((r = sentence_result(out, first, lineno, ca, cb)) == NULL)
			continue;
		f->status = r->status;
		memcpy(f->period, r->period, sizeof(f->period));
		f->period_basis = r->period_basis;
	}
}
