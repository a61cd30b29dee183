/*
 * lp_steady_growth.c — a money level said to be level with the year before:
 * "第一产业增加值31.6亿元，与上年持平", "人均地区生产总值61230元，与上年基本
 * 持平".  The clause states the level's growth, 0 %: a growth fact beside
 * the level (the golds write growth 0 eq).  Money levels only (flows of the
 * year: value added, revenue, sales), never a price index (居民消费价格与上年
 * 持平 stays qualitative, lp_qualitative.c) nor a rate or share.
 */
#include "lp.h"
#include "lp_fact.h"
#include "lp_steady_growth.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define STEADY_BACK 24			/* bytes from 持平 back to the clause's comma */
#define FACTS_BACK 64			/* facts of the line looked at */
#define STEADY_WORD 6			/* 持平 alone names no comparison */

/* Start of the clause ending at e (after its ，or ,), and the comma's start in *comma; 0 if none near. */
static size_t
clause_after_comma(const char *s, size_t lo, size_t e, size_t *comma)
{
	size_t		p = e;

	while (p > lo && e - p <= STEADY_BACK)
	{
		if (s[p - 1] == ',')
			return *comma = p - 1, p;
		if (p >= lo + 3 && lp_at(s, e, p - 3, "，"))
			return *comma = p - 3, p;
		p--;
	}
	return 0;
}

/* Does the clause end at e (a clause or sentence end, or the line's)? */
static int
clause_ends(const char *s, size_t slen, size_t e)
{
	return e == slen || s[e] == ',' || s[e] == ';' || lp_at(s, slen, e, "，") ||
		lp_at(s, slen, e, "；") || lp_at(s, slen, e, "。");
}

/* The level fact of line lineno ending at character ce, or -1. */
static long
level_ending_at(const lp_facts *out, int lineno, int ce)
{
	size_t		j;

	for (j = out->n; j-- > 0 && out->n - j <= FACTS_BACK && out->items[j].line == lineno;)
	{
		const lp_fact *f = &out->items[j];

		if (f->span_end == ce)
			return f->measure == LP_MEASURE_LEVEL && f->indicator != NULL && f->has_quantity &&
				f->q.dimension != NULL && strcmp(f->q.dimension, "money") == 0 ? (long) j : -1;
	}
	return -1;
}

/* Put a growth of 0 % after the level at i, for the clause of characters [cs, ce). */
static void
add_zero_growth(lp_facts *out, size_t i, int cs, int ce)
{
	lp_quantity q;
	lp_error	err;
	lp_fact    *g;

	if (lp_quantity_parse("0%", 2, &q, &err) != LP_OK)
		return;
	(void) lp_fact_new(out);
	memmove(&out->items[i + 2], &out->items[i + 1], (out->n - 1 - (i + 1)) * sizeof(lp_fact));
	g = &out->items[i + 1];
	*g = out->items[i];
	g->measure = LP_MEASURE_GROWTH;
	g->span_start = cs;
	g->span_end = ce;
	lp_fact_set_value(out, g, &q, 0);
}

void
lp_steady_growths(lp_facts *out, const char *s, size_t slen, int lineno)
{
	const char *p;
	size_t		walked = 0,
				c,
				comma,
				e;
	int			chars = 0;
	long		i;

	for (p = lp_find_lit(s, slen, "持平", 6); p != NULL;
		 p = lp_find_lit(p + 6, (size_t) (s + slen - p - 6), "持平", 6))
	{
		e = (size_t) (p - s) + 6;
		if (e - 6 < walked || !clause_ends(s, slen, e) ||
			(c = clause_after_comma(s, walked, e, &comma)) == 0 || e - c <= STEADY_WORD ||
			lp_words_suffix(LP_W_QUALITATIVE_STEADY, s + c, e - c) != e - c)
			continue;
		/* character offsets, counted forward only */
		chars += (int) lp_utf8_chars(s + walked, comma - walked);
		walked = comma;
		if ((i = level_ending_at(out, lineno, chars)) >= 0)
			add_zero_growth(out, (size_t) i, chars + (int) lp_utf8_chars(s + comma, c - comma),
							chars + (int) lp_utf8_chars(s + comma, e - comma));
	}
}
