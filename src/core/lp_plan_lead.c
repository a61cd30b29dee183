/*
 * lp_plan_lead.c — a sentence of work planned, opened by who will do it and
 * a modal of the plan ("会议强调，该县将重点抓好七个方面工作。", "局长：我们将
 * 出台…，全年新增市场主体3万户"), and the items of its paragraph after it
 * ("一是壮大实体经济，全年新增规上工业企业25家"): their figures are targets
 * (lp_context.c paragraph_part).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* Where the clause from a ends (its mark), upto at most. */
static size_t
clause_end(const char *s, size_t a, size_t upto)
{
	while (a < upto)
	{
		int			cl;

		if (lp_is_clause_end(lp_utf8_next(s + a, upto - a, &cl)))
			break;
		a += (size_t) (cl > 0 ? cl : 1);
	}
	return a < upto ? a : upto;
}

/*
 * Does the sentence s[from, upto) of the line s[0, slen) open with a doer and
 * a modal of the plan (words.tsv plan_doer, planned_modal), after an
 * interview's label, a report's lead or a speaker's at most, or with a
 * speaker's lead and the modal?  Not 将 as 把 (a plan_ba_verb in its clause:
 * "全市将稳增长作为首要任务").
 */
static int
plan_sentence(const char *s, size_t slen, size_t from, size_t upto)
{
	size_t		a = lp_skip_space(s, upto, from),
				n,
				doer,
				spoken;

	if (a == lp_skip_space(s, slen, 0))
		a += lp_interview_turn(s + a, slen - a);
	a += lp_words_prefix(LP_W_PART_SALUTATION, s + a, upto - a);
	if ((spoken = lp_words_prefix(LP_W_PLAN_SPEAKER, s + a, upto - a)) == 0)
		spoken = lp_after_speaker(s + a, upto - a);
	a += spoken;
	a += (doer = lp_words_prefix(LP_W_PLAN_DOER, s + a, upto - a));
	if ((doer == 0 && spoken == 0) ||
		(n = lp_words_prefix(LP_W_PLANNED_MODAL, s + a, upto - a)) == 0 ||
		lp_words_prefix(LP_W_PLANNED_MODAL_NOT, s + a, upto - a) > 0)
		return 0;
	return !(lp_at(s, upto, a, "将") &&
			 lp_words_any(LP_W_PLAN_BA_VERB, s + a + n, clause_end(s, a + n, upto) - a - n));
}

int
lp_plan_lead(const char *s, size_t len)
{
	const char *stop = lp_find3(s, len, "。");

	return plan_sentence(s, len, 0, stop != NULL ? (size_t) (stop - s) : len);
}
