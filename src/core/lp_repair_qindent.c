/*
 * lp_repair_qindent.c — a paragraph's indent lost to a re-encoding: the two
 * ideographic spaces that open a paragraph ("　　2022年，…") come through a
 * page saved in a legacy code page as a run of '?' ("????2022年,…").  Read
 * as text, the '?' ends a sentence before the paragraph's first words, so a
 * year opening the first paragraph was no longer read as the text's year.
 * The run becomes the spaces it stood for.  See lp_repair.h for the contract.
 */
#include "lp_repair.h"

#include <string.h>

#define IDEO_SPACE "\xE3\x80\x80"	/* U+3000 */

int
lp_fix_qmark_indent(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps)
{
	size_t		q = 0,
				k,
				start = out->len;

	while (q < n && in[q] == '?')
		q++;
	/* two at least, and the paragraph's text right after: a digit or a
	 * character beyond ASCII (a lone '?' or "?? ?" is no indent) */
	if (q < 2 || q == n || !(((unsigned char) in[q]) >= 0x80 || (in[q] >= '0' && in[q] <= '9')))
		return 0;
	lp_buf_reserve(out, n + q);
	for (k = 0; k < (q + 1) / 2; k++)
		lp_buf_append(out, IDEO_SPACE, 3);
	lp_repair_add(reps, "qmark_indent", line, in, q, out->data + start, out->len - start);
	lp_buf_append(out, in + q, n - q);
	return 1;
}
