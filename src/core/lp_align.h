/*
 * lp_align.h — where a span of a clean line stands in the body line it was
 * normalized from (lp_align.c).
 */
#ifndef LP_ALIGN_H
#define LP_ALIGN_H

#include "lp.h"

/*
 * The characters [cs, ce) of clean (one line of lp_normalize's output) came
 * from the characters [*bs, *be) of body (the same line before normalize).
 * Offsets are 0-based characters, as in facts.span_start and span_end.
 * Exact where normalize folded characters one for one (t2s, width, 〇) or
 * removed text (markup, chrome, glosses, zero-width characters); an end
 * inside a rewritten run (mojibake) maps in proportion within the run.  *exact is 1 when
 * both ends of the span stand on characters the alignment matched.
 * LP_EARG when the span is not inside the clean line.
 */
int			lp_align_span(const char *body, size_t blen, const char *clean, size_t clen,
						  long cs, long ce, long *bs, long *be, int *exact, lp_error *err);

/* Many spans of one line in one walk (the spans in any order). */
typedef struct lp_align
{
	long		cs,
				ce;				/* in: the span in the clean line */
	long		bs,
				be;				/* out: the span in the body line */
	int			exact;			/* out */
} lp_align;

int			lp_align_spans(const char *body, size_t blen, const char *clean, size_t clen,
						   lp_align *spans, size_t n, lp_error *err);

#endif
