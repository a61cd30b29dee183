/*
 * lp_word_rows.h — what every word of a kind of words.tsv holds, read once
 * from the embedded file: a stage may then rule a kind out of a span by one
 * SSE2 scan for that character (lp_find3) before it looks for the words.
 */
#ifndef LP_WORD_ROWS_H
#define LP_WORD_ROWS_H

#include <stddef.h>

/*
 * 1 when words.tsv has rows of kind and every one's word holds one of the
 * three-byte characters of hanzi ("年", "年去"), else 0.  Callers keep the
 * answer in a static int (-1 unknown): the embedded file does not change.
 */
int			lp_word_rows_hold(const char *kind, const char *hanzi);

/* Does s[0, len) hold one of the three-byte characters of hanzi? */
int			lp_holds_any(const char *s, size_t len, const char *hanzi);

/* The same, kept in *memo (-1 before the first call). */
static inline int
lp_word_rows_hold_memo(int *memo, const char *kind, const char *hanzi)
{
	if (*memo < 0)
		*memo = lp_word_rows_hold(kind, hanzi);
	return *memo;
}

#endif
