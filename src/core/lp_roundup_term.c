/*
 * lp_roundup_term.c — which session names of a roundup number their term
 * (lp_roundup.c keys its blocks by them).
 */
#include "lp.h"
#include "lp_roundup.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * Is the 届 opening s[at, len) a term's, a number before it ("六届人大",
 * "第十四届")?  "江苏省届人大会议" (a misspelt name) and "新一届人大" (the
 * new term) number none: they name no session of a roundup.
 */
static int
term_numbered(const char *s, size_t at)
{
	static const char numerals[] = "〇零一二三四五六七八九十";
	char		c[4];

	if (at >= 1 && s[at - 1] >= '0' && s[at - 1] <= '9')
		return 1;
	if (at < 3)
		return 0;
	memcpy(c, s + at - 3, 3);
	c[3] = '\0';
	if (strstr(numerals, c) == NULL)
		return 0;
	return !(at >= 6 && memcmp(s + at - 6, "新一", 6) == 0);
}

/* Where the first word of kind session_name with its term numbered starts in s[0, len); -1 none. */
long
lp_roundup_numbered_session(const char *s, size_t len)
{
	size_t		from = 0;

	while (from < len)
	{
		size_t		wlen = 0;
		long		at = lp_words_find(LP_W_SESSION_NAME, s + from, len - from, &wlen);

		if (at < 0)
			return -1;
		at += (long) from;
		if (!lp_at(s, len, (size_t) at, "届") || term_numbered(s, (size_t) at))
			return at;
		from = (size_t) at + (wlen > 0 ? wlen : 1);
	}
	return -1;
}
