/*
 * lp_period_note.c — the note (in brackets) closed last before a figure, as
 * lp_period_sentence.c reads a part of the year a note names
 * ("增长6%左右（1-11月增长5.8%），固定资产投资增长8%").
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_period_int.h"
#include "lp_text.h"

/*
 * The bracket at s[i] met walking back from b: 1 when the walk ends, at the
 * note's opening bracket (*close set: *open gets it) or inside a note.
 */
static int
bracket_at(const char *s, size_t b, size_t i, size_t *open, size_t *close)
{
	int			opening = lp_at(s, b, i, "（") || s[i] == '(';

	if (*close == 0 && opening)
		return 1;				/* b is inside a note */
	if (*close == 0 && (lp_at(s, b, i, "）") || s[i] == ')'))
		*close = i + (s[i] == ')' ? 1 : 3);
	else if (*close && opening)
	{
		*open = i;
		return 1;
	}
	return 0;
}

/*
 * The note closed last before b in s[a, b), when b stands outside any: its
 * opening bracket at *open, the byte after its closing one at *close.  Looked
 * for in the 512 bytes before b (from the character holding b - 512 on): over
 * the line's brackets when they are marked (br), else character by character.
 */
int
lp_closed_note_before(const lp_end_marks *br, const char *s, size_t a, size_t b, size_t *open,
					  size_t *close)
{
	size_t		lo = b > a + 512 ? b - 512 : a,
				i = b,
				k;

	*close = 0;
	if (br && b > lo)
	{
		while (lo > 0 && lp_utf8_cont(s[lo]))
			lo--;
		for (k = lp_marks_before(br, b); k-- > 0 && br->at[k] >= lo;)
			if (bracket_at(s, b, br->at[k], open, close))
				return *close != 0;
		return 0;
	}
	while (i > lo)
	{
		i = lp_prev_char(s, i);
		if (bracket_at(s, b, i, open, close))
			return *close != 0;
	}
	return 0;
}
