/*
 * lp_roundup_head.c — the region a clause of a roundup speaks of: the name
 * opening it (after a lead, a period or a kind of province), the name ending
 * it after 的是, or the report's own jurisdiction (lp_roundup.c walks the
 * clauses).
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_region.h"
#include "lp_roundup.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * The bytes of a kind of province opening s[a, b) ("资源大省黑龙江"), perhaps
 * after a modifier ending in 的 ("面临转型压力的资源大省黑龙江"), or 0.
 */
#define KIND_MODIFIER_BYTES (16 * 3)

static size_t
region_kind_lead(const char *s, size_t a, size_t b)
{
	size_t		w = b - a < KIND_MODIFIER_BYTES + 12 ? b - a : KIND_MODIFIER_BYTES + 12,
				n,
				p;
	const char *de;

	/* (every kind ends in 省 or 省份: a clause without one near its start has none) */
	if (lp_find3(s + a, w, "省") == NULL)
		return 0;
	if ((n = lp_words_prefix(LP_W_REGION_KIND, s + a, b - a)) > 0)
		return n;
	de = lp_find3(s + a, b - a < KIND_MODIFIER_BYTES ? b - a : KIND_MODIFIER_BYTES, "的");
	if (de == NULL)
		return 0;
	p = (size_t) (de - s) + 3;
	n = lp_words_prefix(LP_W_REGION_KIND, s + p, b - p);
	return n > 0 ? p + n - a : 0;
}

/*
 * The part of the year opening s[a, b) before a region's name, perhaps after
 * its year ("2031年前三季度湖南GDP增速为7.6%", "上半年陕西…": words.tsv
 * region_head_period): its bytes, or 0.  A year alone is taken only before a
 * region's name ("2031年江州全市生产总值预计增长2%" in a roundup of cities);
 * the figure's year is still read before its name (lp_roundup_result).
 */
static size_t
period_lead(const char *s, size_t a, size_t b)
{
	size_t		y = 0,
				n;

	if (b - a >= 7 && s[a] >= '1' && s[a] <= '2' && lp_year_digits(s + a) > 0 && lp_at(s, b, a + 4, "年"))
		y = 7;
	n = lp_words_prefix(LP_W_REGION_HEAD_PERIOD, s + a + y, b - a - y);
	if (n == 0 && y > 0 && a + y < b &&
		lp_region_name_longest(s + a + y, b - a - y, LP_ROUNDUP_HEAD_MAX * 3, 1) > 0)
		return y;
	return n > 0 ? y + n : 0;
}

/*
 * The region's name opening s[a, b) (longest first, two hanzi at least; a
 * county by its full name only), or a part of the country's: its length, or
 * 0.  Where the name starts in *at (after a lead).  In *need the least b
 * that reads the same: every step takes its longest word within b, so a
 * bound past all the bytes the steps took (and a year period_lead tried)
 * changes nothing.
 */
static const lp_word_kind opening_kinds[] = {
	LP_W_REGION_HEAD_LEAD, LP_W_REGION_HEAD_PERIOD, LP_W_REGION_REST, LP_W_REGION_GROUP
};

size_t
lp_roundup_head_region(const char *s, size_t a, size_t b, size_t *at, size_t *need)
{
	size_t		n,
				year = 0,
				start;
	int			plain;

	a = lp_skip_space(s, b, a);
	start = a;
	/* (most clauses open with no word of the four kinds nor a year: one quick test for all) */
	plain = a >= b || ((s[a] < '1' || s[a] > '2') &&
					   lp_words_prefix_each(opening_kinds, 4, s + a, b - a, NULL) < 0);
	if (!plain)
	{
		/* "例如海南，2025年GDP增速为4%": an example's lead before the name */
		a += lp_words_prefix(LP_W_REGION_HEAD_LEAD, s + a, b - a);
		year = a < b && s[a] >= '1' && s[a] <= '2' ? a + 7 : 0;
		a += period_lead(s, a, b);
	}
	/* "资源大省黑龙江、辽宁…": a kind of province */
	a += region_kind_lead(s, a, b);
	*at = a;
	n = a < b ? lp_region_name_longest(s + a, b - a, LP_ROUNDUP_HEAD_MAX * 3, 1) : 0;
	/* the rest of a list: 其余省份 (words.tsv region_rest, lp_roundup_rest_regions) */
	if (n == 0 && (!plain || a > start) && (n = lp_words_prefix(LP_W_REGION_REST, s + a, b - a)) == 0)
		/* a part of the country: 西部地区 (words.tsv region_group) */
		n = lp_words_prefix(LP_W_REGION_GROUP, s + a, b - a);
	*need = a + n > year ? a + n : year;
	return n;
}

/*
 * The region's name ending the clause s[a, e) after 的是 ("目标最高的是海南",
 * the figure in the next clause: "，定在6%以上"): its length, its start in
 * *at; 0 when none.
 */
size_t
lp_roundup_tail_region(const char *s, size_t a, size_t e, size_t *at)
{
	size_t		k;

	/* (是 ends in AF: one byte rules out nearly every clause, looked at at each mark) */
	for (k = 2; k <= LP_ROUNDUP_HEAD_MAX && a + 3 * k + 6 <= e; k++)
		if ((unsigned char) s[e - 3 * k - 1] == 0xAF && lp_at(s, e, e - 3 * k - 6, "的是") &&
			lp_region_name_longest(s + e - 3 * k, 3 * k, 3 * k, 1) == 3 * k)
		{
			*at = e - 3 * k;
			return 3 * k;
		}
	return 0;
}

/* Does s[a, b) open with the report's own whole jurisdiction (全省, 本市: words.tsv own_scope)? */
int
lp_roundup_own_scope(const char *s, size_t a, size_t b)
{
	a = lp_skip_space(s, b, a);
	return lp_words_prefix(LP_W_OWN_SCOPE, s + a, b - a) > 0;
}
