/*
 * lp_context_plan_era.c — where a work report's review of the year turns to
 * the review of its five-year plan, and where it does not turn back, read
 * from a paragraph's opening words (for lp_context.c).
 *
 * A 2031 report reviews 2030 ("过去一年，…") and then the plan's five years
 * under headings of their own ("这是人民生活品质显著改善的五年。"): their
 * figures, end levels and totals, are history.  Under such a review a
 * paragraph opening with the last year still compares the plan's end with
 * its start when its first clause names another year ("2030年四大产业占比
 * 较2025年提高9个百分点"); "2030年，全省…增长5%" turns to the year reviewed.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_context_part.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define ERA_BYTES 150			/* "这是…的五年。": a short sentence of its own (50 hanzi) */

/* Where the opening words start: after a dash ("——这是…") and a salutation. */
static size_t
opening_at(const char *s, size_t len)
{
	size_t		a = lp_skip_space(s, len, 0);

	while (lp_at(s, len, a, "—"))
		a += strlen("—");
	return a + lp_words_prefix(LP_W_PART_SALUTATION, s + a, len - a);
}

int
lp_part_opens_plan_era(const char *s, size_t len)
{
	size_t		a = opening_at(s, len),
				k = lp_words_prefix(LP_W_PART_ERA_LEAD, s + a, len - a),
				n,
				e;

	if (k == 0)
		return 0;
	n = lp_ahead(s, len, a, ERA_BYTES);
	/* its first sentence ends with the span it names ("…的五年。") */
	for (e = a + k; e < n; e++)
		if (lp_at(s, n, e, "。") || lp_at(s, n, e, "！") || lp_at(s, n, e, "；") || s[e] == '!')
			break;
	return e < n && lp_words_suffix(LP_W_PART_ERA_END, s + a, e - a) > 0;
}

int
lp_part_year_keeps_plan_review(const char *s, size_t len)
{
	size_t		a = opening_at(s, len),
				at = 1,
				n = lp_ahead(s, len, a, ERA_BYTES),
				p,
				b;
	const char *nian;

	if (a >= n || lp_find_year(s + a, n - a, &at) == 0 || at != 0 ||
		(nian = lp_find3(s + a, n - a < 16 ? n - a : 16, "年")) == NULL)
		return 0;
	/* its first clause, past a comma right after the year ("2030年，…") */
	p = (size_t) (nian - s) + strlen("年");
	if (lp_at(s, n, p, "，") || lp_at(s, n, p, ","))
		p += lp_at(s, n, p, ",") ? 1 : strlen("，");
	b = lp_next_end(s, p, n, lp_is_clause_end);
	/* the plan's end against its start ("…较2025年提高9个百分点") */
	return b > p && lp_find_year(s + p, b - p, NULL) != 0;
}
