/*
 * lp_context_part.h — the part of a report a heading or opening words start
 * (lp_context_part.c).
 */
#ifndef LP_CONTEXT_PART_H
#define LP_CONTEXT_PART_H

#include "lp.h"

#include <stddef.h>

/*
 * The part of a work report a line stands in, found by headings and the
 * opening words of paragraphs (lp_line_contexts): the review of the year
 * (its actuals are the headline), the review of the five-year plan
 * (history: no headline), the goals of the next plan (targets for its end
 * year) and the work ahead.
 */
typedef enum lp_part
{
	LP_PART_NONE = 0,
	LP_PART_YEAR_REVIEW,		/* 刚刚过去的2025年, 一年来 */
	LP_PART_PLAN_REVIEW,		/* 五年来, “十四五”时期 */
	LP_PART_PLAN_GOALS,			/* “十五五”时期…主要目标, 今后五年 */
	LP_PART_TASKS				/* 2026年重点工作 */
} lp_part;

/* The part the opening words s[0, len) of a paragraph or heading start; NONE if none. */
lp_part		lp_part_opened(const char *s, size_t len, int targets_year, int this_year, int *end_year);
/* Does s open with 今年以来 or "<targets_year>年是…之年" (the year so far)? */
int			lp_part_opens_year_so_far(const char *s, size_t len, int targets_year);

/*
 * Does s[0, len) open with the year so far ("今年以来，", "今年1—7月，") and
 * set no target?  Such a paragraph of news reports results, which one opening
 * with 此外 after it goes on with.
 */
int			lp_part_opens_results_so_far(const char *s, size_t len);

/*
 * lp_context_plan_era.c: does s[0, len) open with the era of a plan ("这是…的
 * 五年。", words.tsv part_era_lead, part_era_end)?  In a review, it opens the
 * review of the plan.
 */
int			lp_part_opens_plan_era(const char *s, size_t len);
/*
 * Does s[0, len) open with a year whose first clause names another
 * ("2025年四大产业占比较2020年提高…", not "2025年，全省…增长5%")?  In a
 * review of the plan, such a paragraph goes on with it.
 */
int			lp_part_year_keeps_plan_review(const char *s, size_t len);

/*
 * lp_context_appendix.c: is s[0, len) the line opening an appendix ("附件",
 * "附件1", "附件二：")?  Under it, numbered items are the work of the
 * targets' year, not parts of the report.
 */
int			lp_part_opens_appendix(const char *s, size_t len);

/* The part a top-level heading opens: by its role, else by the plan it names. */
lp_part		lp_part_of_heading(const lp_section *sec, int targets_year, int this_year, int *end_year);

#endif
