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
	unsigned char c = (unsigned char) s[i];

	/* 。 opens with 0xE3, ！？ with 0xEF: most characters are neither */
	if ((c != 0xE3 && c != 0xEF) || i + 3 > len)
		return 0;
	return memcmp(s + i, "。", 3) == 0 || memcmp(s + i, "！", 3) == 0 ||
		memcmp(s + i, "？", 3) == 0;
}

/*
 * A walk along the line by characters, kept between the goals of the line
 * (they come in order): the line is read once however many there are.
 */
typedef struct walk
{
	size_t		p;				/* byte of character c */
	int			c;
	int			ca,				/* the sentence around c: characters [ca, cb) */
				cb;
} walk;

/* Step w on to character ch of s[0, len), and find the end of its sentence. */
static void
walk_to(walk *w, const char *s, size_t len, int ch)
{
	if (ch < w->ca)
		memset(w, 0, sizeof(*w));
	while (w->c < ch && w->p < len)
	{
		if (full_stop_at(s, len, w->p))
			w->ca = w->c + 1;
		w->p++;
		while (w->p < len && (((unsigned char) s[w->p]) & 0xC0) == 0x80)
			w->p++;
		w->c++;
	}
	if (w->cb > w->c)
		return;
	{
		size_t		q = w->p;
		int			c = w->c;

		while (q < len && !full_stop_at(s, len, q))
		{
			q++;
			while (q < len && (((unsigned char) s[q]) & 0xC0) == 0x80)
				q++;
			c++;
		}
		w->cb = c;
	}
}

/*
 * The one result of one year all figures naming an indicator in [ca, cb) of
 * the line's figures [*lo, first) state, or NULL.  The line's figures and its
 * sentences come in order: *lo moves on past the figures ending before ca,
 * and the scan ends at the first figure after the sentence, so the line is
 * read once however many sentences it has.
 */
static const lp_fact *
sentence_result(const lp_facts *out, size_t *lo, size_t first, int ca, int cb)
{
	const lp_fact *r = NULL;
	size_t		j;

	while (*lo < first && out->items[*lo].span_end <= ca)
		(*lo)++;
	for (j = *lo; j < first && out->items[j].span_start < cb; j++)
	{
		const lp_fact *g = &out->items[j];

		if (!g->has_quantity || g->indicator == NULL || g->span_start < ca || g->span_end > cb)
			continue;
		if ((g->status != LP_STATUS_ESTIMATE && g->status != LP_STATUS_ACTUAL) ||
			strlen(g->period) != 4 || (r && strcmp(r->period, g->period) != 0))
			return NULL;
		if (r == NULL)
			r = g;
	}
	return r;
}

void
lp_qualitative_in_results(lp_facts *out, size_t first, const char *s, size_t slen, int lineno)
{
	size_t		i;
	walk		w;
	const lp_fact *r = NULL;
	int			r_ca = -1;		/* the sentence r was found for: one scan a sentence */
	size_t		lo = first;		/* the line's first figure not yet passed */

	memset(&w, 0, sizeof(w));
	while (lo > 0 && out->items[lo - 1].line == lineno)
		lo--;
	for (i = first; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (f->has_quantity || f->status != LP_STATUS_TARGET || f->line != lineno ||
			first == 0 || out->items[first - 1].line != lineno)
			continue;
		if (f->span_start < w.ca)
			for (lo = first; lo > 0 && out->items[lo - 1].line == lineno; lo--)
				;
		walk_to(&w, s, slen, f->span_start);
		if (w.ca != r_ca)
		{
			r = sentence_result(out, &lo, first, w.ca, w.cb);
			r_ca = w.ca;
		}
		if (r == NULL)
			continue;
		f->status = r->status;
		memcpy(f->period, r->period, sizeof(f->period));
		f->period_basis = r->period_basis;
	}
}
