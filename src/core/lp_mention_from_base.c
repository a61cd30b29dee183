/*
 * lp_mention_from_base.c — a change from a base to a level ("年末失业率从
 * 上半年5.5%降到5.3%"): a part of the year named after 从/由 is the base's
 * time, not the level's, so the level's own part is read only before it.
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_words.h"

#include <string.h>

#define U_CONG "\xe4\xbb\x8e"	/* 从 */
#define U_YOU  "\xe7\x94\xb1"	/* 由 */
#define U_ZHUANWEI "\xe8\xbd\xac\xe4\xb8\xba"	/* 转为 */

/* Is s[p] 从 or 由 opening a base (not 由于, 从而, 从事)? */
static int
base_mark_at(const char *s, size_t p, size_t b)
{
	if (memcmp(s + p, U_CONG, 3) != 0 && memcmp(s + p, U_YOU, 3) != 0)
		return 0;
	if (p + 6 > b)
		return 1;
	return memcmp(s + p + 3, "\xe4\xba\x8e", 3) != 0 &&		/* 于 */
		memcmp(s + p + 3, "\xe8\x80\x8c", 3) != 0 &&		/* 而 */
		memcmp(s + p + 3, "\xe4\xba\x8b", 3) != 0;		/* 事 */
}

/*
 * "由一季度的下降0.6%转为增长1.8%": 转为 and a growth or decline word before
 * the value; the bytes of both, or 0.
 */
static size_t
turned_to_words(const char *s, size_t a, size_t b)
{
	size_t		g = lp_words_suffix(LP_W_GROWTH, s + a, b - a);

	if (g == 0)
		g = lp_words_suffix(LP_W_DECLINE, s + a, b - a);
	if (g == 0 || b - g < a + 6 || memcmp(s + b - g - 6, U_ZHUANWEI, 6) != 0)
		return 0;
	return g + 6;
}

size_t
lp_mention_from_base_cut(const char *s, size_t a, size_t b)
{
	size_t		wl,
				p,
				cut = b;

	/* cheap first: the value must follow a change_to word (降到, 提高到, …) */
	if (b <= a)
		return b;
	wl = turned_to_words(s, a, b);
	if (wl == 0 && (wl = lp_words_suffix(LP_W_CHANGE_TO, s + a, b - a)) == 0)
		return b;
	for (p = a; p + 3 <= b - wl; p++)
		if ((unsigned char) s[p] >= 0xe0 && base_mark_at(s, p, b - wl))
			cut = p;
	return cut;
}
