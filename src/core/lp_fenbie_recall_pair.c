/*
 * lp_fenbie_recall_pair.c — a pair of values joined by 和 or 、 with no 分别,
 * opening a clause after the things they belong to were each named with a
 * figure of their own: "城镇居民人均收入3200元，农村居民人均收入1500元，
 * 实际增长6.1%和7.3%" distributes like 分别 over the last two subjects.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fenbie.h"
#include "lp_indicator.h"
#include "lp_text.h"

#define PAIR_UNIT_MAX 12		/* bytes of a unit after the digits: %, 个百分点 */

/* End of a value at i (digits and a decimal point), i when none. */
static size_t
digits_end(const char *s, size_t i, size_t to)
{
	while (i < to && ((s[i] >= '0' && s[i] <= '9') || (s[i] == '.' && i + 1 < to &&
													  s[i + 1] >= '0' && s[i + 1] <= '9')))
		i++;
	return i;
}

/* Length of a joiner of values at i (和 、 及), 0 when none. */
static size_t
joiner_at(const char *s, size_t i, size_t to)
{
	if (lp_at(s, to, i, "和") || lp_at(s, to, i, "、") || lp_at(s, to, i, "及"))
		return 3;
	return 0;
}

/* Does a clause (or the text) end at i, or a bracket open a note? */
static int
ends_at(const char *s, size_t i, size_t to)
{
	int			cl;
	uint32_t	cp;

	if (i >= to)
		return 1;
	cp = lp_utf8_next(s + i, to - i, &cl);
	return lp_is_clause_end(cp) || cp == 0xFF08 || cp == '(';
}

/*
 * The values from q_start when they are two or more, each followed by the
 * same unit and joined to the next by a joiner alone, the last ending its
 * clause ("9.8%和8.5%。"); 0 otherwise ("9.8%，高于全国的8.5%" is one).
 */
static int
joined_values(const char *s, size_t i, size_t to)
{
	int			n = 0;
	size_t		unit_len = 0;
	const char *unit = NULL;

	for (;;)
	{
		size_t		e = digits_end(s, i, to),
					u = e,
					j;

		if (e == i)
			return 0;
		while (u < to && u - e <= PAIR_UNIT_MAX && !joiner_at(s, u, to) &&
			   !(s[u] >= '0' && s[u] <= '9') && !ends_at(s, u, to))
		{
			int			cl;

			(void) lp_utf8_next(s + u, to - u, &cl);
			u += (size_t) cl;
		}
		if (unit == NULL)
		{
			unit = s + e;
			unit_len = u - e;
		}
		else if (u - e != unit_len || memcmp(unit, s + e, unit_len) != 0)
			return 0;
		n++;
		if ((j = joiner_at(s, u, to)) == 0)
			return ends_at(s, u, to) && n >= 2 ? n : 0;
		i = u + j;
	}
}

int
lp_fenbie_recall_pair(lp_fenbie *fb, const lp_fenbie *recent, const char *s, size_t q_start,
					  size_t to)
{
	int			want,
				k,
				j;
	const char *codes[LP_MAX_FENBIE];

	if ((want = joined_values(s, q_start, to)) < 2 || want > recent->n)
		return 0;
	for (k = recent->n - want; k < recent->n; k++)
	{
		codes[k] = lp_indicator_by_suffix(recent->items[k], strlen(recent->items[k]));
		for (j = recent->n - want; codes[k] && j < k; j++)
			if (strcmp(codes[j], codes[k]) == 0)
				codes[k] = NULL;
		if (codes[k] == NULL)
			return 0;			/* things the dictionary knows, each other */
	}
	fb->n = fb->next = 0;
	for (k = recent->n - want; k < recent->n; k++)
		memcpy(fb->items[fb->n++], recent->items[k], LP_MAX_SUBJECT + 1);
	return 1;
}
