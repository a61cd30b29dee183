/*
 * lp_plan_review.h — a sentence reviewing a five-year plan that ended
 * before the text's year (lp_plan_review.c).
 */
#ifndef LP_PLAN_REVIEW_H
#define LP_PLAN_REVIEW_H

#include <stddef.h>

/*
 * Does the sentence s[sent_start, at) before a figure review a five-year
 * plan that ended before doc_year?  It opens with the plan named as a
 * period ("“十二五”期间，广州GDP年均增长10.1%，…", after a speaker too),
 * or names the plan's record before the figure ("交出了“十三五”成绩单，…
 * 人均GDP突破13万元"): the figure is the plan's history.
 */
int			lp_sentence_reviews_plan(const char *s, size_t sent_start, size_t at, int doc_year);

#endif
