/*
 * lp_docyear_sentence.c — the sentence around a byte of a text's head, as
 * lp_docyear.c and lp_docyear_plan.c read it: a line's end ends it too.
 */
#include "lp.h"
#include "lp_docyear_int.h"
#include "lp_text.h"

/* Is cp the end of a sentence, or of a line? */
int
lp_docyear_sentence_end(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?' ||
		cp == '\n';
}

/* The sentence holding s[i]: [*a, *b). */
void
lp_docyear_sentence_around(const char *s, size_t len, size_t i, size_t *a, size_t *b)
{
	size_t		p = i;
	int			n;

	while (p > 0)
	{
		size_t		q = lp_prev_char(s, p);

		if (lp_docyear_sentence_end(lp_utf8_next(s + q, p - q, &n)))
			break;
		p = q;
	}
	*a = p;
	for (p = i; p < len; p += n)
		if (lp_docyear_sentence_end(lp_utf8_next(s + p, len - p, &n)))
			break;
	*b = p;
}
