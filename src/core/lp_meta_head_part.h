/*
 * lp_meta_head_part.h — the part of a year a text's head names (lp_meta_head_part.c).
 */
#ifndef LP_META_HEAD_PART_H
#define LP_META_HEAD_PART_H

#include "lp.h"

/* A cursor over the short lines of a text's head. */
typedef struct lp_head_lines
{
	size_t		i;				/* where the next line starts */
	int			k;				/* lines passed */
}			lp_head_lines;

/*
 * The next short line of the head (of the first eight lines, in the first
 * 1 KB): 6 to 90 bytes trimmed, holding no 。, as [*s, *e); 0 when none is left.
 */
int			lp_head_line_next(const char *text, size_t len, lp_head_lines *h, size_t *s, size_t *e);

/* A head line's bare 半年 ("海勃湾区半年经济交出亮眼答卷"): the first half. */
int			lp_head_half_line(const char *s, size_t len);

/*
 * A part of the year named by a short line of the head ("前三季度全县经济运行
 * 情况分析"): the report placed on its year is on that part of it.
 */
void		lp_meta_head_part(const char *text, size_t len, lp_meta *m);

#endif							/* LP_META_HEAD_PART_H */
