/*
 * lp_rank.h — ranks stated in a line (lp_rank.c).
 */
#ifndef LP_RANK_H
#define LP_RANK_H

#include "lp.h"
#include "lp_context.h"
#include "lp_words.h"

/* A rank in a line: its ordinal after 第 at at, its verb at v_at. */
typedef struct lp_rank_span
{
	size_t		at;				/* byte offset of 第 */
	size_t		mark_len;		/* bytes of 第 */
	size_t		ordinal_len;
	int			value;
	size_t		v_at;			/* where the ranking verb starts */
} lp_rank_span;

/* Is the 第 (mark_len bytes) at s[at] a rank ("稳居全市第一")?  Fills r. */
int			lp_rank_at(const char *s, size_t slen, size_t at, size_t mark_len, lp_rank_span *r);

/*
 * The next rank from s[*i, len): 1 with it in r, *i past its 第; 0 when none
 * is left.  The one walk of a line's ranks (lp_rank_facts, lp_rank_end_in);
 * inline, as the two loops it replaces were.
 */
static inline int
lp_rank_next(const char *s, size_t len, size_t *i, lp_rank_span *r)
{
	while (*i < len)
	{
		size_t		mark_len;
		long		at = lp_words_find(LP_W_RANK_ORDINAL, s + *i, len - *i, &mark_len);

		if (at < 0)
			break;
		at += (long) *i;
		*i = (size_t) at + mark_len;
		if (lp_rank_at(s, len, (size_t) at, mark_len, r))
			return 1;
	}
	return 0;
}

/* The ranks of line lineno, s[0, slen), as facts of measure RANK. */
void		lp_rank_facts(lp_facts *out, const char *s, size_t slen, int lineno,
						  const lp_line_ctx *ctx);

/* The end of the last rank in s[a, b) ("居全省第一"), or 0. */
size_t		lp_rank_end_in(const char *s, size_t a, size_t b);

#endif
