/*
 * lp_repair_pinyin_skip.c — the characters lp_fix_pinyin's careful loop
 * (a line with a '?' or an odd character) passes over without a look.
 *
 * That loop acts on a '(' or （ (a gloss may open), a '?' or U+FFFD (a lost
 * character, which may have eaten a gloss's "("), and on the character
 * after a '?' or U+FFFD; any other character it only remembers as the one
 * before.  A line of glossed mojibake is long and holds such characters
 * here and there: the rest is stepped over here with the class table, as
 * the loop would decode it (lp_u8), one chunk at a time.
 */
#include "lp_repair.h"

/*
 * From i (the character before it neither '?' nor U+FFFD), the first
 * character of class LP_CC_PAREN, LP_CC_QMARK or LP_CC_ODD (U+FFFD and what
 * invalid bytes decode to), at most LP_LINE_CHUNK bytes on; *prev becomes
 * the character before it when any was passed over.
 */
size_t
lp_pinyin_plain_end(const char *in, size_t n, size_t i, uint32_t *prev)
{
	const unsigned char *u = (const unsigned char *) in;
	const uint16_t *cc = lp_cc_bmp;
	const uint16_t acted = LP_CC_PAREN | LP_CC_QMARK | LP_CC_ODD;
	size_t		stop = n - i > LP_LINE_CHUNK ? i + LP_LINE_CHUNK : n;
	uint32_t	last = *prev;

	while (i < stop)
	{
		int			l;
		uint32_t	cp;

		/* the common 3-byte characters inline, the rest as lp_u8 reads them */
		while (i + 3 <= stop && lp_u8_three_here(u, i, &cp) && !(cc[cp] & acted))
		{
			last = cp;
			i += 3;
		}
		if (i >= stop)
			break;
		cp = lp_u8(in + i, n - i, &l);
		if (lp_char_class(cp) & acted)
			break;
		last = cp;
		i += l;
	}
	*prev = last;
	return i;
}
