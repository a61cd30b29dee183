/*
 * lp_plan_lead.c — a sentence of work planned, opened by who will do it and
 * a modal of the plan ("会议强调，该县将重点抓好七个方面工作。", "局长：我们将
 * 出台…，全年新增市场主体3万户"), and the items of its paragraph after it
 * ("一是壮大实体经济，全年新增规上工业企业25家"), a count of the tasks it
 * announces ("该县将重点抓好七个方面工作。一是…", the tasks part), or a short
 * exclamation naming the goals ("明确目标，再出发！地区生产总值增长6%左右，…"):
 * their figures are targets (lp_context.c paragraph_part).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_region.h"
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
#define PLACE_DOER_MAX 24		/* a place's name of up to eight characters */

static int
plan_sentence(const char *s, size_t slen, size_t from, size_t upto)
{
	size_t		a = lp_skip_space(s, upto, from),
				n,
				doer,
				placed = 0,
				spoken;

	if (a == lp_skip_space(s, slen, 0))
		a += lp_interview_turn(s + a, slen - a);
	a += lp_words_prefix(LP_W_PART_SALUTATION, s + a, upto - a);
	if ((spoken = lp_words_prefix(LP_W_PLAN_SPEAKER, s + a, upto - a)) == 0)
		spoken = lp_after_speaker(s + a, upto - a);
	a += spoken;
	a += (doer = lp_words_prefix(LP_W_PLAN_DOER, s + a, upto - a));
	/* news naming the place ("深圳还将全力推动…，全年工业投资增长12%以上") */
	if (doer == 0 && spoken == 0)
		a += (doer = placed = lp_region_name_longest(s + a, upto - a, PLACE_DOER_MAX, 1));
	if (doer > 0)				/* "全市还将…", "该市也要…" */
		a += lp_words_prefix(LP_W_PLAN_DOER_ADVERB, s + a, upto - a);
	/* not the day news says a place will do something ("上海将于本周公布一季度数据") */
	if (placed > 0 && lp_at(s, upto, a, "将于"))
		return 0;
	if ((doer == 0 && spoken == 0) ||
		(n = lp_words_prefix(LP_W_PLANNED_MODAL, s + a, upto - a)) == 0 ||
		lp_words_prefix(LP_W_PLANNED_MODAL_NOT, s + a, upto - a) > 0)
		return 0;
	return !(lp_at(s, upto, a, "将") &&
			 lp_words_any(LP_W_PLAN_BA_VERB, s + a + n, clause_end(s, a + n, upto) - a - n));
}

/*
 * Does s[0, len) open with a short exclamation naming the goals, no figure in
 * it ("明确目标，再出发！")?  Returns 1, or 2 when it is the whole paragraph.
 */
#define EXCLAIM_MAX_BYTES 45	/* 15 characters */

static int
exclaims_goals(const char *s, size_t len)
{
	size_t		a = lp_skip_space(s, len, 0),
				b = len,
				n = lp_ahead(s, len, a, EXCLAIM_MAX_BYTES),
				p;
	const char *bang = lp_find3(s + a, n - a, "！");

	if (bang == NULL)
		return 0;
	for (p = a; p < (size_t) (bang - s); p++)
		if (s[p] >= '0' && s[p] <= '9')
			return 0;
	if (lp_find3(s + a, (size_t) (bang - s) - a, "。") != NULL ||
		!lp_words_any(LP_W_EXCLAIM_GOAL, s + a, (size_t) (bang - s) - a))
		return 0;
	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\r'))
		b--;
	return (size_t) (bang - s) + 3 == b ? 2 : 1;
}

/*
 * Does the paragraph s[0, len) open with the work it will do, counted
 * ("该县将重点抓好七个方面工作。一是…", in news of a session)?  A word of
 * part_tasks_announced in its first sentence, then a count of tasks
 * (counted_tasks: 方面, 任务) before the sentence or its colon ends.
 */
#define TASKS_OPENING_BYTES 150	/* a paragraph announces its tasks early (50 hanzi) */

static int
announces_tasks(const char *s, size_t len)
{
	size_t		n = lp_ahead(s, len, 0, TASKS_OPENING_BYTES),
				e = lp_next_end(s, 0, n, lp_is_full_stop),
				m = 0;
	long		at;

	if ((at = lp_words_find(LP_W_PART_TASKS_ANNOUNCED, s, e, &m)) < 0)
		return 0;
	return lp_words_any(LP_W_COUNTED_TASKS, s + at + m, e - (size_t) at - m);
}

lp_plan
lp_plan_lead(const char *s, size_t len, int counted)
{
	const char *stop;
	int			goals;

	if (counted && announces_tasks(s, len))
		return LP_PLAN_TASKS;
	if ((goals = exclaims_goals(s, len)) != 0)
		return goals == 2 ? LP_PLAN_GOALS_ALONE : LP_PLAN_GOALS;
	stop = lp_find3(s, len, "。");
	return plan_sentence(s, len, 0, stop != NULL ? (size_t) (stop - s) : len) ? LP_PLAN_SENTENCE : LP_PLAN_NONE;
}
