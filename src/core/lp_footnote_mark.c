/*
 * lp_footnote_mark.c — a bulletin's footnote mark right before a figure.
 *
 * Statistical bulletins reposted with their notes keep the marks, and a mark
 * may follow the measure word itself ("按不变价格计算，增长[3]5.2%"): the mark
 * is no word of the measure's, so the words before it are read as if it were
 * not there.
 */
#include "lp.h"
#include "lp_footnote_mark.h"
#include "lp_text.h"

#include <string.h>

/* the start of "[3]", "［12］", "〔2〕", "[注1]" ending s[a, b), else b */
size_t
lp_footnote_mark_before(const char *s, size_t a, size_t b)
{
	size_t		close,
				q;

	if (b > a && s[b - 1] == ']')
		close = b - 1;
	else if (b >= a + 3 && (lp_same(s + b - 3, "］", 3) || lp_same(s + b - 3, "〕", 3)))
		close = b - 3;
	else
		return b;
	q = close;
	while (q > a && close - q < 3 && s[q - 1] >= '0' && s[q - 1] <= '9')
		q--;
	if (q == close || close - q > 2)
		return b;
	if (q >= a + 3 && lp_same(s + q - 3, "注", 3))
		q -= 3;
	if (q > a && s[q - 1] == '[')
		q -= 1;
	else if (q >= a + 3 && (lp_same(s + q - 3, "［", 3) || lp_same(s + q - 3, "〔", 3)))
		q -= 3;
	else
		return b;
	return q > a ? q : b;		/* a mark alone names nothing to read past */
}
