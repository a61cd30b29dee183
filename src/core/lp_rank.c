/*
 * lp_rank.c — ranks: "稳居全市第一", "排名全区第2" — a verb of ranking, an
 * optional scope, 第 and an ordinal.  The quantity recognizer skips
 * ordinals; a rank is its own measure.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_indicator.h"
#include "lp_rank.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

/* The fact of rank r, its span starting at character span_start. */
static void
push_rank(lp_facts *out, const char *s, size_t slen, int lineno, const lp_line_ctx *ctx,
		  const lp_rank_span *r, int span_start)
{
	size_t		lo = r->v_at > LP_MAX_LOOKBACK ? r->v_at - LP_MAX_LOOKBACK : 0,
				a = lp_after_last(s, lo, r->v_at, lp_is_clause_end),
				b = r->v_at;
	lp_fact    *f;
	char		num[16];
	int			len;

	/* the subject is the clause before the verb */
	lp_subject_clean(s, &a, &b);
	f = lp_fact_new(out);
	f->line = lineno;
	f->span_start = span_start;
	f->span_end = f->span_start + (int) lp_utf8_chars(s + r->at, r->mark_len + r->ordinal_len);
	f->evidence = lp_pool_evidence(out, s, lp_after_last(s, lo, r->v_at, lp_is_sentence_end),
								   lp_next_end(s, r->at, lp_ahead(s, slen, r->at, LP_MAX_EVIDENCE / 2), lp_is_sentence_end),
								   LP_MAX_EVIDENCE);
	f->section = ctx->section;
	lp_copy_str(f->period, sizeof(f->period), ctx->period.period);
	f->period_basis = ctx->period.basis;
	f->status = ctx->status;
	f->subject = b > a ? lp_pool_copy(out, s + a, b - a) : NULL;
	f->indicator = b > a ? lp_indicator_by_suffix(s + a, b - a) : NULL;
	f->measure = LP_MEASURE_RANK;
	f->has_quantity = 1;
	len = snprintf(num, sizeof(num), "%d", r->value);
	f->q.value = f->q.base_value = lp_pool_copy(out, num, (size_t) len);
}

void
lp_rank_facts(lp_facts *out, const char *s, size_t slen, int lineno, const lp_line_ctx *ctx)
{
	size_t		i = 0,
				char_pos = 0,
				byte_pos = 0;
	lp_rank_span r;

	while (lp_rank_next(s, slen, &i, &r))
	{
		/* character offsets, counted forward only: linear */
		char_pos += lp_utf8_chars(s + byte_pos, r.at - byte_pos);
		byte_pos = r.at;
		push_rank(out, s, slen, lineno, ctx, &r, (int) char_pos);
	}
}
