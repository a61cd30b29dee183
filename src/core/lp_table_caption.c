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
#include "lp_indicator.h"
#include "lp_table.h"
#include "lp_table_caption.h"
#include "lp_text.h"

#include <string.h>

/*
 * A caption may list the units of all its rows, the level's first and the
 * growth's % last ("单位：亿元、元、%": a bulletin's table of GDP with its per
 * capita row): unit gets the units before the %, parted by 、.
 */
int
lp_table_caption_unit(const char *s, size_t slen, char *unit, size_t size)
{
	size_t		a = 0,
				b = slen,
				e,
				first;
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
	first = a;
	for (;;)
	{
		for (e = a; e < b && !lp_at(s, b, e, "、"); e++)
			;
		u = e > a ? lp_unit_lookup(s + a, e - a) : NULL;
		if (u == NULL)
			return 0;
		if (strcmp(u->dimension, "percent") == 0)
		{
			/* the growth's % ends the list, after a level's unit */
			if (e < b || a == first)
				return 0;
			e = a - strlen("、");
			break;
		}
		if (e == b)
			break;
		a = e + strlen("、");
	}
	if (e - first >= size)
		return 0;
	memcpy(unit, s + first, e - first);
	unit[e - first] = '\0';
	return 1;
}

/* units' first unit to t's level columns naming none; the whole list kept for the rows */
void
lp_table_caption_apply(lp_table *t, const char *units)
{
	const char *sep = strstr(units, "、");
	size_t		n = sep ? (size_t) (sep - units) : strlen(units);
	int			k;

	if (n >= sizeof(t->cols[0].unit))
		return;
	for (k = 0; k < t->ncols; k++)
	{
		lp_table_col *c = &t->cols[k];

		if (c->measure == LP_MEASURE_LEVEL && !c->is_unit && !c->is_name && !c->is_index &&
			c->unit[0] == '\0')
		{
			memcpy(c->unit, units, n);
			c->unit[n] = '\0';
		}
	}
	if (sep && strlen(units) < sizeof(t->caption_units))
		lp_copy_str(t->caption_units, sizeof(t->caption_units), units);
}

/*
 * The unit of a row naming none when its table's caption lists several: the
 * listed unit its indicator is stated in (indicators.tsv's default unit: 元
 * for 人均生产总值 under "单位：亿元、元、%"), else none (the column's first).
 */
void
lp_table_caption_row_unit(const lp_table *t, const char *subject, char *unit, size_t size)
{
	const char *code,
			   *du,
			   *p;
	size_t		n;

	if (t->caption_units[0] == '\0' || unit[0] != '\0' || subject == NULL)
		return;
	code = lp_indicator_by_suffix(subject, strlen(subject));
	du = code ? lp_indicator_default_unit(code) : NULL;
	if (du == NULL || (n = strlen(du)) >= size)
		return;
	for (p = t->caption_units; (p = strstr(p, du)) != NULL; p += n)
		if ((p == t->caption_units || lp_same(p - strlen("、"), "、", strlen("、"))) &&
			(p[n] == '\0' || lp_same(p + n, "、", strlen("、"))))
		{
			memcpy(unit, du, n + 1);
			return;
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
