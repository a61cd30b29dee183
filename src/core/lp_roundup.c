/*
 * lp_roundup.c — news rounding up the sessions of several jurisdictions.
 *
 * A roundup ("多地两会陆续召开") reports several governments' work reports
 * one paragraph after another, each opened by its session's name
 * ("赤峰市六届人大三次会议…", "晋城市五届人大五次会议…").  One city's list of
 * targets states none of another's, so the headline (lp_headline.c) asks
 * which report each line belongs to.  A session is named by the hanzi
 * before a word of kind session_name (届人大, 届人民代表大会); two names are
 * one jurisdiction's when one ends the other, 第 aside ("三亚市海棠区第二"
 * and "海棠区第二" in a title).
 */
#include "lp.h"
#include "lp_roundup.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define MAX_SESSIONS 16
#define MAX_KEY 10				/* hanzi kept of a jurisdiction's name */

typedef struct session_key
{
	char		s[MAX_KEY * 3 + 1];
	size_t		len;
} session_key;

/*
 * The name of the session named in s[0, len): the run of hanzi before the
 * first word of kind session_name, without 第.  0 when none.
 */
static int
session_in(const char *s, size_t len, session_key *key)
{
	long		at = lp_words_find(LP_W_SESSION_NAME, s, len, NULL);
	size_t		p,
				a;
	int			k = 0;

	if (at <= 0)
		return 0;
	/* back over the hanzi before it */
	for (p = (size_t) at; p > 0 && k < MAX_KEY;)
	{
		size_t		q = lp_prev_char(s, p);
		int			n;

		if (!lp_is_hanzi(lp_utf8_next(s + q, p - q, &n)))
			break;
		p = q;
		k++;
	}
	key->len = 0;
	for (a = p; a < (size_t) at; a += 3)
		if (!lp_at(s, (size_t) at, a, "第"))
		{
			memcpy(key->s + key->len, s + a, 3);
			key->len += 3;
		}
	key->s[key->len] = '\0';
	return key->len > 0;
}

/* One jurisdiction's: one name ends the other. */
static int
same_session(const session_key *x, const session_key *y)
{
	const session_key *lo = x->len <= y->len ? x : y,
			   *hi = x->len <= y->len ? y : x;

	return memcmp(hi->s + hi->len - lo->len, lo->s, lo->len) == 0;
}

int *
lp_session_blocks(const char *text, const lp_line *lines, size_t nlines)
{
	session_key keys[MAX_SESSIONS];
	int			nkeys = 0,
				current = 0,
			   *block;
	size_t		i;

	block = lp_alloc(nlines ? nlines * sizeof(int) : sizeof(int));
	for (i = 0; i < nlines; i++)
	{
		session_key key;
		int			k;

		LP_CHECK_INTERRUPTS();
		if (session_in(text + lines[i].start, lines[i].end - lines[i].start, &key))
		{
			for (k = 0; k < nkeys && !same_session(&keys[k], &key); k++)
				;
			if (k == nkeys && nkeys < MAX_SESSIONS)
				keys[nkeys++] = key;
			if (k < nkeys)
				current = k;
		}
		block[i] = current;
	}
	if (nkeys < 2)
	{
		lp_free(block);
		return NULL;
	}
	return block;
}
