/*
 * lp_mention_base.c — a clause that names only the base of a growth
 * ("…生产总值突破1500亿元，比2012年增长10.6%"): 比 or 较 and the year before
 * the figure's is the one-year growth of the subject named before, so the
 * clause names no subject of its own.  A base further back ("比2010年增长60%"
 * in a review of five years) is a growth over several years: the clause
 * keeps its 比 and names no indicator.
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_text.h"

#include <string.h>

#define YEAR_WORD_LEN 7			/* "2012年" */

int
lp_mention_only_base_year(const char *s, size_t a, size_t b, const char *period)
{
	size_t		p = lp_skip_separators(s, a, b);
	int			base = 0,
				i;

	/* the figure's period a whole year ("2013"), not a range nor a part */
	if (strlen(period) != 4 || lp_period_year(period) <= 0)
		return 0;
	while (b > p && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (!(lp_at(s, b, p, "比") || lp_at(s, b, p, "较")))
		return 0;
	p += 3;
	if (b - p != YEAR_WORD_LEN || lp_year_suffix(s + p, b - p) != YEAR_WORD_LEN)
		return 0;
	for (i = 0; i < 4; i++)
		base = base * 10 + (s[p + i] - '0');
	return base == lp_period_year(period) - 1;
}
