/*
 * lp_qualitative_whole.c — a whole-subject name before a word of a goal or of
 * steadiness ("物价总体平稳"): an alias counted only as the whole subject
 * ("=物价" in indicators.tsv) is in no index of names that open a clause, so
 * the clause reader asks here when no name opens it.  A job of its own: the
 * clause file is near its size limit.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_qualitative.h"
#include "lp_words.h"

/*
 * The clause s[b, w) is a whole name (not one for the economy at large,
 * qualitative_vague_name: "经济稳中向好") then a word of kind or kind2 filling the
 * rest: the name's code, *n its length; else NULL.  Two suffix lookups and one
 * name lookup over the short name: no rescan.
 */
const char *
lp_qualitative_whole_name(const char *s, size_t b, size_t w, lp_word_kind kind,
						  lp_word_kind kind2, size_t *n)
{
	size_t		k = lp_words_suffix(kind, s + b, w - b),
				k2 = lp_words_suffix(kind2, s + b, w - b),
				m = 0;
	const char *code;

	if (k2 > k)
		k = k2;
	if (k == 0 || k >= w - b)
		return NULL;
	code = lp_indicator_suffix(s + b, w - b - k, &m);
	if (code == NULL || m != w - b - k ||
		lp_words_prefix(LP_W_QUALITATIVE_VAGUE_NAME, s + b, m) == m)
		return NULL;
	*n = m;
	return code;
}

/*
 * Does s[r, e) say a task is done, to its end: a lead verb (完成), at most a
 * scope (国家下达, 省下达), then a task word (目标任务)?  The rest of a clause
 * whose names share that task.
 */
int
lp_qualitative_task_done(const char *s, size_t r, size_t e)
{
	size_t		m;

	if (r >= e || (m = lp_words_prefix(LP_W_QUALITATIVE_LEAD, s + r, e - r)) == 0 || m >= e - r)
		return 0;
	r += m;
	if ((m = lp_words_prefix(LP_W_QUALITATIVE_SCOPE, s + r, e - r)) > 0 && m < e - r)
		r += m;
	return lp_words_prefix(LP_W_QUALITATIVE_TASK, s + r, e - r) == e - r;
}

/*
 * "细颗粒物浓度、优良水体比例完成国家下达控制目标": is s[p, e) a name, the
 * task's verb (qualitative_lead), perhaps its scope, then a task word ending
 * it?  The name before 、 shares that task.  Short clauses only (one name
 * look-up and three word look-ups: no rescan).
 */
#define SIBLING_TASK_MAX (40 * 3)	/* bytes */

int
lp_qualitative_name_task_rest(const char *s, size_t p, size_t e)
{
	size_t		n = 0;

	if (e <= p || e - p > SIBLING_TASK_MAX || lp_indicator_by_prefix(s + p, e - p, &n) == NULL ||
		n == 0 || n >= e - p)
		return 0;
	return lp_qualitative_task_done(s, p + n, e);
}
