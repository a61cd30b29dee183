/*
 * lp_subject_note.c — a note in brackets holding a comma, seen from the
 * clause the look-back stopped at inside it.  "地区生产总值（预计，下同）7100亿元"
 * and Hong Kong and Macau copy's currency gloss "跨过两个万亿元（人民币，下同）级台阶、
 * 年均增长6%": the comma inside the note ends no clause, and the words left
 * ("下同）", "下同）级台阶、年均") name nothing by themselves.  The subject's
 * span starts back at the clause before the bracket when the note holds an
 * aside word (words.tsv bracket_aside); a note ending the span is dropped.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define NOTE_MAX_BYTES (8 * 3)	/* "（预计，下同）": a note of a few characters */

static int
is_open(const char *s, size_t len, size_t p)
{
	return s[p] == '(' || lp_at(s, len, p, "（");
}

static int
is_close(const char *s, size_t len, size_t p)
{
	return s[p] == ')' || lp_at(s, len, p, "）");
}

/* The first close bracket of s[ta, tb), before any open one: its offset, or tb. */
static size_t
first_close(const char *s, size_t ta, size_t tb)
{
	size_t		p = ta;
	int			n = 1;

	for (; p < tb; p += n > 0 ? (size_t) n : 1)
	{
		if (is_open(s, tb, p))
			return tb;
		if (is_close(s, tb, p))
			return p;
		(void) lp_utf8_next(s + p, tb - p, &n);
	}
	return tb;
}

void
lp_subject_note_across_comma(const char *s, size_t *a, size_t *b)
{
	size_t		ta = *a,
				tb = *b,
				close,
				p;

	lp_trim(s, &ta, &tb);
	close = first_close(s, ta, tb);
	if (close >= tb)
		return;
	for (p = ta; p > 0 && ta - p < NOTE_MAX_BYTES;)
	{
		p = lp_prev_char(s, p);
		if (is_close(s, ta, p) || lp_at(s, ta, p, "。"))
			return;
		if (is_open(s, ta, p))
		{
			size_t		in = p + (s[p] == '(' ? 1 : 3);

			if (!lp_words_any(LP_W_BRACKET_ASIDE, s + in, close - in))
				return;
			if (close + (s[close] == ')' ? 1 : 3) >= tb)
				*b = p;
			*a = lp_after_last(s, p > LP_MAX_LOOKBACK ? p - LP_MAX_LOOKBACK : 0, p, lp_is_clause_end);
			return;
		}
	}
}
