/*
 * lp_label.c — labels of infographics and data cards.
 *
 * An infographic turned into text (图解, a WeChat data card, the key figures
 * of a page) names its indicator on a line of its own and gives the figures
 * on the lines below, without a sentence between them:
 *
 *     全省
 *     地区生产总值
 *     2734.18亿元
 *     同比增长14.2%
 *
 * The label is the subject of the figures below it that name none of their
 * own (lp_extract.c gives it to each line's first sentence), until a blank
 * line, a line without a figure or a line of prose ends the card.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_label.h"
#include "lp_subject.h"
#include "lp_text.h"

#include <string.h>

#define LABEL_MAX_BYTES 72		/* 24 hanzi */

int
lp_label_line(const char *s, size_t a, size_t b, char *out, size_t outsz)
{
	size_t		i,
				ca,
				cb;

	if (b <= a || b - a > LABEL_MAX_BYTES || (out && b - a >= outsz))
		return 0;
	for (i = a; i < b;)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(s + i, b - i, &n);

		/* words only: a digit, a figure's sign, a clause or a cell is no label */
		if ((cp >= '0' && cp <= '9') || lp_is_clause_end(cp) || lp_is_list_sep(cp) ||
			cp == 0xFF08 || cp == '(' || cp == '%' || cp == 0xFF05 || cp == '|' ||
			cp == '\t' || cp == 0xFF5C)
			return 0;
		i += (size_t) n;
	}
	ca = a;
	cb = b;
	lp_subject_clean(s, &ca, &cb);
	if (cb <= ca || lp_indicator_by_suffix(s + ca, cb - ca) == NULL)
		return 0;
	if (out)
	{
		memcpy(out, s + ca, cb - ca);
		out[cb - ca] = '\0';
	}
	return 1;
}

int
lp_label_ends(const char *s, size_t a, size_t b, int found)
{
	return !found || lp_find3(s + a, b - a, "\xE3\x80\x82") != NULL;	/* 。 */
}
