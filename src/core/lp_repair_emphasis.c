/*
 * lp_repair_emphasis.c — markdown's strong emphasis dropped: a digest pasted
 * from a markdown page or a chat answer wraps each card's label in "**"
 * ("- **生产总值增长**：5.5%左右"), which was read as part of the label, so
 * the label named no indicator.  See lp_repair.h for the contract.
 */
#include "lp_repair.h"

#include <string.h>

#define EMPH_MAX 32				/* markers on one line, at most */

/*
 * The starts of the line's "**" markers, paired in order (open, close, …):
 * their count, or 0 when they do not pair (odd, a run of three or more
 * stars, an empty pair, too many).
 */
static int
emphasis_markers(const char *in, size_t n, size_t *at)
{
	int			k = 0;
	size_t		i = 0;
	const char *p;

	while (i + 1 < n && (p = memchr(in + i, '*', n - i - 1)) != NULL)
	{
		size_t		j = p - in;

		if (in[j + 1] != '*')
		{
			i = j + 1;
			continue;
		}
		if ((j + 2 < n && in[j + 2] == '*') || k == EMPH_MAX)
			return 0;
		if (k % 2 == 1 && j == at[k - 1] + 2)
			return 0;			/* "****": nothing emphasised */
		at[k++] = j;
		i = j + 2;
	}
	return k % 2 == 0 ? k : 0;
}

int
lp_fix_emphasis(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps)
{
	size_t		at[EMPH_MAX],
				from = 0,
				start = out->len;
	int			k = emphasis_markers(in, n, at),
				i;

	if (k == 0)
		return 0;
	lp_buf_reserve(out, n);
	for (i = 0; i < k; i++)
	{
		lp_buf_append(out, in + from, at[i] - from);
		from = at[i] + 2;
	}
	lp_buf_append(out, in + from, n - from);
	lp_repair_add(reps, "emphasis", line, in, n, out->data + start, out->len - start);
	return 1;
}
