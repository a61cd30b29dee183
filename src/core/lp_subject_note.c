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

/*
 * A bracket at s[p], a byte that may start one ('(', ')' or EF of （）):
 * 1 open, 2 close, 0 neither.
 */
static inline int
bracket_at(const char *s, size_t tb, size_t p)
{
	return is_open(s, tb, p) ? 1 : is_close(s, tb, p) ? 2 : 0;
}

/*
 * The first close bracket of s[ta, tb), before any open one: its offset, or
 * tb.  Only the bytes a bracket starts with are looked at (every mention's
 * subject span is read here, issue 18): on UTF-8 none of them is a
 * continuation byte, so each is a character's start.
 */
static size_t
first_close(const char *s, size_t ta, size_t tb)
{
	size_t		p;
	int			k;

	for (p = ta; (p = lp_next_byte_of3(s, p, tb, '(', ')', (char) 0xEF)) < tb; p++)
		if ((k = bracket_at(s, tb, p)) != 0)
			return k == 1 ? tb : p;
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
