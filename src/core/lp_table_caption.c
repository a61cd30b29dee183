/*
 * lp_table_caption.c — the unit a table's caption states on a line of its
 * own just above its header ("单位：亿元" ⏎ "指 标 | 绝对数 | 比上年增长(%)"):
 * a bulletin's table whose value column names no unit.  The caption's unit
 * goes to the level columns that have none; a row's own unit (a unit column,
 * a bracket in its name) still comes first (lp_table_row.c).  A table with one
 * cell per line may leave its name column's header blank under the caption
 * (lp_table_caption_vertical_start).
 */
#include "lp.h"
#include "lp_table.h"
#include "lp_table_caption.h"
#include "lp_text.h"

#include <string.h>

int
lp_table_caption_unit(const char *s, size_t slen, char *unit, size_t size)
{
	size_t		a = 0,
				b = slen,
				e;
	const lp_unit *u;

	lp_trim(s, &a, &b);
	if (!lp_at(s, b, a, "单位"))
		return 0;
	a += strlen("单位");
	if (lp_at(s, b, a, "："))
		a += strlen("：");
	else if (lp_at(s, b, a, ":"))
		a++;
	else
		return 0;
	lp_trim(s, &a, &b);
	/* "单位：亿元、%": the level's unit first, the growth's after it */
	for (e = a; e < b && !lp_at(s, b, e, "、"); e++)
		;
	if (e == a || e - a >= size || (e < b && !(b - e == strlen("、%") && lp_at(s, b, e, "、%"))))
		return 0;
	u = lp_unit_lookup(s + a, e - a);
	if (u == NULL || strcmp(u->dimension, "percent") == 0)
		return 0;
	memcpy(unit, s + a, e - a);
	unit[e - a] = '\0';
	return 1;
}

void
lp_table_caption_apply(lp_table *t, const char *unit)
{
	int			k;

	for (k = 0; k < t->ncols; k++)
	{
		lp_table_col *c = &t->cols[k];

		if (c->measure == LP_MEASURE_LEVEL && !c->is_unit && !c->is_name && !c->is_index &&
			c->unit[0] == '\0' && strlen(unit) < sizeof(c->unit))
			lp_copy_str(c->unit, sizeof(c->unit), unit);
	}
}

/*
 * A web table copied one cell a line whose corner cell, over the names, is
 * blank, so no line says 指标: "单位：亿元" ⏎ "2018年" ⏎ "±%" ⏎ "地区生产总值"
 * ⏎ "2719" ⏎ "8.1" ….  The line right after the caption (the caller's test)
 * is the first value column's header, the blank corner the name column's.
 */
int
lp_table_caption_vertical_start(const char *s, size_t slen, int year, lp_table *t)
{
	static const char corner[] = "指标";
	lp_table	head;

	if (!lp_table_vertical_start(corner, strlen(corner), year, &head) ||
		!lp_table_vertical_cell(s, slen, &head))
		return 0;
	*t = head;
	return 1;
}
