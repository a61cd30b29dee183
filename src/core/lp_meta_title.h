/*
 * lp_meta_title.h — a report's title (lp_meta_title.c), for lp_meta.c.
 */
#ifndef LP_META_TITLE_H
#define LP_META_TITLE_H

#include "lp.h"
#include "lp_text.h"

#include <stddef.h>

/*
 * m's title from the first lines of text; the date and speaker lines right
 * under it in [*by_start, *by_end) (empty when none).
 */
void		lp_meta_infer_title(const char *text, const lp_line *lines, size_t nlines, lp_meta *m,
								size_t *by_start, size_t *by_end);

/*
 * A year with no 年 before a work report's name in a title with no year
 * ("数说2029青禾市政府工作报告"): the report's session year, else 0.
 */
int			lp_meta_title_bare_year(const char *t);

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

#endif
