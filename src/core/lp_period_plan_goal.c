/*
 * lp_period_plan_goal.c — a five-year plan's goal stated while the plan
 * runs, in news of a year's results and in reviews: the plan named before
 * the figure with a modal of what is to be done ("“十四五”时期，安徽经济总量
 * 要跻身全国第一方阵，接近6万亿元" in 2022), or named right after it, ending
 * in 目标 ("是深圳实现经济总量达到4万亿元“十四五”经济目标的重要一步").  Both
 * are for the plan's last year.  A plan that starts in the document's year or
 * later (“十五五”时期 in 2026) is lp_year_ahead's own case; the span before
 * the figure is read there too (lp_plan_running_goal, lp_period_plan.c).
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>

/* bytes after a figure its plan's name may start (a unit of up to 4 hanzi) */
#define UNIT_BYTES (4 * 3)
/* bytes between the plan's name and its 目标 (经济, 发展, 主要发展) */
#define GOAL_WORDS_BYTES (4 * 3)

/* Is s[i] a mark that ends a clause (，。；：、), or a space (a title's "首破5000亿元 “十五五”目标渐近" is two)? */
static int
clause_mark(const char *s, size_t len, size_t i)
{
	return s[i] == ',' || s[i] == ';' || s[i] == ' ' || s[i] == '\t' || lp_at(s, len, i, "　") ||
		lp_at(s, len, i, "，") || lp_at(s, len, i, "。") ||
		lp_at(s, len, i, "；") || lp_at(s, len, i, "：") || lp_at(s, len, i, "、");
}

/* The first year of the plan named within UNIT_BYTES after s[i], its name's end in *end; 0 if none. */
static int
plan_after(const char *s, size_t len, size_t i, size_t *end)
{
	size_t		lim = i + UNIT_BYTES < len ? i + UNIT_BYTES : len,
				n;
	int			first = 0;

	for (; i < lim && !clause_mark(s, len, i); i++)
		if ((((unsigned char) s[i]) & 0xC0) != 0x80 &&
			(n = lp_plan_name_at(s + i, len - i, &first)) > 0)
		{
			*end = i + n;
			return first;
		}
	return 0;
}

/* Does 目标 follow s[i] within GOAL_WORDS_BYTES, no clause mark between? */
static int
goal_follows(const char *s, size_t len, size_t i)
{
	size_t		lim = i + GOAL_WORDS_BYTES + 6 < len ? i + GOAL_WORDS_BYTES + 6 : len;

	for (; i + 6 <= lim && !clause_mark(s, len, i); i++)
		if (lp_at(s, len, i, "目标"))
			return 1;
	return 0;
}

/*
 * The first year of a plan named in the figure's clause before it, 0 if none:
 * "提前两年完成“十六五”规划地区生产总值1350亿元的目标" (h-read303).  One pass
 * from the clause's start to the figure.
 */
static int
plan_before(const char *s, size_t len, size_t at)
{
	size_t		i = at,
				n;
	int			first = 0;

	while (i > 0 && !clause_mark(s, len, i - 1))
		i--;
	for (; i < at; i++)
		if ((((unsigned char) s[i]) & 0xC0) != 0x80 &&
			(n = lp_plan_name_at(s + i, len - i, &first)) > 0)
			return first;
	return 0;
}

/* Set m's period to the plan's last year, a target; 0 when the plan was over before the document. */
static int
plan_goal(lp_mention *m, int first)
{
	char		buf[16];

	/* a plan over before the document speaks is history, not a goal */
	if (first == 0 || (m->period.doc_year > 0 && first + 4 < m->period.doc_year))
		return 0;
	snprintf(buf, sizeof(buf), "%d", first + 4);
	lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
	m->status = LP_STATUS_TARGET;
	return 1;
}

void
lp_mention_plan_goal_after(lp_mention *m)
{
	size_t		end = 0;
	int			first;

	/* the plan's goal met or aimed at, the plan named before the figure and
	 * its 目标 after it: the plan's goal whatever the clause's status; an end
	 * level only ("“十四五”开局之年地区生产总值增长8%的目标" is the year's) */
	if (m->measure.measure == LP_MEASURE_LEVEL && goal_follows(m->s, m->slen, m->q->end) &&
		plan_goal(m, plan_before(m->s, m->slen, m->q->start)))
		return;
	if (m->status != LP_STATUS_ACTUAL && m->status != LP_STATUS_ESTIMATE)
		return;
	first = plan_after(m->s, m->slen, m->q->end, &end);
	if (first != 0 && goal_follows(m->s, m->slen, end))
		plan_goal(m, first);
}
