/*
 * lp_context_ahead.h — paragraphs naming what follows them (lp_context_ahead.c).
 */
#ifndef LP_CONTEXT_AHEAD_H
#define LP_CONTEXT_AHEAD_H

#include <stddef.h>

/* Does the paragraph s[0, len) end naming the targets of targets_year ahead? */
int			lp_targets_ahead(const char *s, size_t len, int targets_year);

/* The last year of the plan whose goals the paragraph s[0, len) ends
 * introducing ("…的主要目标是："); 0 when none or reviewed. */
int			lp_plan_goals_ahead(const char *s, size_t len, int targets_year);

#endif
