/*
 * lp_quantity_gloss.c — a sum restated in another scale in brackets between
 * its number and its unit (Taiwan and Hong Kong copy: "突破6万亿(6兆)元",
 * "3万亿（3兆）元"): the unit after the bracket is the sum's, so 6万亿 reads
 * 万亿元 as 6万亿元 does.  The note holds a number and a scale only.
 */
#include "lp.h"
#include "lp_qty.h"
#include "lp_text.h"

#include <string.h>

#define GLOSS_MAX_BYTES 24		/* "(6.25兆)": a number and its scale */

/* The unit after a gloss opening text[e] (after a number and its scale), its length from e in *ul; NULL. */
const lp_unit *
lp_q_unit_after_gloss(const char *text, size_t len, size_t e, size_t *ul)
{
	size_t		p = e + (text[e] == '(' ? 1 : 3),
				lim = e + GLOSS_MAX_BYTES < len ? e + GLOSS_MAX_BYTES : len,
				d = p,
				n;
	const lp_unit *u;

	while (p < lim && ((text[p] >= '0' && text[p] <= '9') || text[p] == '.'))
		p++;
	if (p == d)
		return NULL;
	if (lp_at(text, len, p, "兆") || lp_at(text, len, p, "亿") || lp_at(text, len, p, "万"))
		p += 3;
	else if (lp_at(text, len, p, "万亿"))
		p += 6;
	else
		return NULL;
	if (lp_at(text, len, p, "亿"))	/* 万亿 read as 万 then 亿 */
		p += 3;
	if (p < len && text[p] == ')')
		p++;
	else if (lp_at(text, len, p, "）"))
		p += 3;
	else
		return NULL;
	if ((u = lp_unit_at(text, len, p, &n)) == NULL)
		return NULL;
	*ul = p - e + n;
	return u;
}
