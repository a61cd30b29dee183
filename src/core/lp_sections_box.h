/*
 * lp_sections_box.h — the bare headings of a news digest's boxes
 * (lp_sections_box.c).
 */
#ifndef LP_SECTIONS_BOX_H
#define LP_SECTIONS_BOX_H

#include "lp.h"

/*
 * A year and a slogan, its words apart ("2024年 新青岭 开新局"): a heading
 * naming the year of the targets below it.
 */
int			lp_is_year_slogan(const char *s, size_t len);

/*
 * A year with no 年 and hanzi after it ("2029任务清单"): in a heading that
 * names a role, the year of its part.
 */
int			lp_is_bare_year_heading(const char *s, size_t len);

/*
 * The role of a box's bare heading ("今年目标", "【2024年目标】", "去年成绩单",
 * "回顾2023", "主要目标"); LP_ROLE_OTHER when the line is not one.  The caller
 * checks that items follow it.
 */
lp_role		lp_box_heading_role(const char *s, size_t len);

/*
 * Is s[0, len) a box's item with no mark, a name and its figure on one short
 * line ("地区生产总值增长6%左右")?
 */
int			lp_box_figure_line(const char *s, size_t len);

/*
 * A line holding only a year, maybe after a short word or before 是/：
 * ("2029年", "【2029年】", "青禾落点 2029年"): the period heading of the
 * lines under it.
 */
int			lp_is_year_alone_line(const char *s, size_t len);

#endif							/* LP_SECTIONS_BOX_H */
