/*
 * lp_mention_target_passive.c — a figure a government is said after it to
 * have set as a target: "规上工业总产值迈上4万亿元台阶已被青禾市设为2027年
 * 经济社会发展的主要预期目标之一".  被, a verb of listing (words.tsv
 * target_listed: 列为, 设为, 定为, …) and a 目标 follow in the figure's clause.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_mention_int.h"
#include "lp_text.h"
#include "lp_words.h"

#define PASSIVE_GAP 12			/* characters from the figure to 被 */
#define SETTER_GAP 12			/* characters of the setter between 被 and its verb */
#define GOAL_GAP 24				/* characters from the verb to 目标 */

/* The byte after the first lit in s[p, len) within gap characters of the clause, or 0. */
static size_t
find_in_clause(const char *s, size_t len, size_t p, int gap, const char *lit)
{
	int			k,
				cl;

	for (k = 0; p < len && k <= gap; p += (size_t) (cl > 0 ? cl : 1), k++)
	{
		uint32_t	cp = lp_utf8_next(s + p, len - p, &cl);

		if (lp_is_clause_end(cp))
			return 0;
		if (lp_at(s, len, p, lit))
			return p + strlen(lit);
	}
	return 0;
}

int
lp_mention_target_set_after(const char *s, size_t len, size_t e)
{
	size_t		w = len - e < (PASSIVE_GAP + 1) * 4 ? len - e : (PASSIVE_GAP + 1) * 4,
				p,
				n;
	int			k,
				cl;

	/* no 被 within reach of the figure (a fast byte search): most figures stop here */
	if (lp_find3(s + e, w, "被") == NULL || (p = find_in_clause(s, len, e, PASSIVE_GAP, "被")) == 0)
		return 0;
	/* the setter, then the verb: "被青禾市设为" */
	for (k = 0; p < len && k <= SETTER_GAP; p += (size_t) (cl > 0 ? cl : 1), k++)
	{
		uint32_t	cp = lp_utf8_next(s + p, len - p, &cl);

		if (lp_is_clause_end(cp))
			return 0;
		if ((n = lp_words_prefix(LP_W_TARGET_LISTED, s + p, len - p)) > 0)
			return find_in_clause(s, len, p + n, GOAL_GAP, "目标") != 0;
	}
	return 0;
}
