/*
 * lp_rank.c — ranks: "稳居全市第一", "排名全区第2" — a verb of ranking, an
 * optional scope, 第 and an ordinal.  The quantity recognizer skips
 * ordinals; a rank is its own measure.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_indicator.h"
#include "lp_ordinal.h"
#include "lp_rank.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

/* A rank found in a line: its ordinal after 第 at at, its verb at v_at. */
typedef struct rank
{
	size_t		at;				/* byte offset of 第 */
	size_t		mark_len;		/* bytes of 第 */
	size_t		ordinal_len;
	int			value;
	size_t		v_at;			/* where the ranking verb starts */
} rank;

/* Is the 第 at s[at] a rank ("稳居全市第一")?  Fills r. */
static int
rank_at(const char *s, size_t slen, size_t at, size_t mark_len, rank *r)
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

/* The fact of rank r, its span starting at character span_start. */
static void
push_rank(lp_facts *out, const char *s, size_t slen, int lineno, const lp_line_ctx *ctx,
		  const rank *r, int span_start)
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

	while (i < slen)
	{
		size_t		mark_len;
		long		at = lp_words_find(LP_W_RANK_ORDINAL, s + i, slen - i, &mark_len);
		rank		r;

		if (at < 0)
			break;
		at += (long) i;
		i = (size_t) at + mark_len;
		if (!rank_at(s, slen, (size_t) at, mark_len, &r))
			continue;
		/* character offsets, counted forward only: linear */
		char_pos += lp_utf8_chars(s + byte_pos, r.at - byte_pos);
		byte_pos = r.at;
		push_rank(out, s, slen, lineno, ctx, &r, (int) char_pos);
	}
}
