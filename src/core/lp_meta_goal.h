/*
 * lp_meta_goal.h — years a text aims at or measures against, not the one it
 * reports (lp_meta_goal.c, for lp_meta.c).
 */
#ifndef LP_META_GOAL_H
#define LP_META_GOAL_H

#include <stddef.h>

/*
 * Is the year at s[at] one a sentence measures against or aims at, not the
 * one it reports ("固定资产投资比2020年增长35%", "到2030年，全市地区生产总值将
 * 突破3000亿元", "今年…增长7%左右，而到2030年，…")?  (lp_meta_goal.c)
 */
int			lp_meta_year_base_or_goal(const char *s, size_t len, size_t at);

/*
 * Does s[0, len) aim at the year y with 到 ("而到2030年，…预计达到")?  Such a
 * year is a horizon, not the one the text reports.
 */
int			lp_meta_goal_year(const char *s, size_t len, int y);

#endif							/* LP_META_GOAL_H */
