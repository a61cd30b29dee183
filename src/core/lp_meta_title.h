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

#endif
