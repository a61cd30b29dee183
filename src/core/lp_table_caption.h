/*
 * lp_table_caption.h — the unit a table's caption line states ("单位：亿元"
 * above its header), for the level columns naming none (lp_table_caption.c).
 */
#ifndef LP_TABLE_CAPTION_H
#define LP_TABLE_CAPTION_H

#include "lp.h"
#include "lp_table.h"

/* The unit of a caption line s[0, slen) into unit: 1 if the line is one. */
int			lp_table_caption_unit(const char *s, size_t slen, char *unit, size_t size);

/* The first of units given to t's level columns that name none; a list kept for its rows. */
void		lp_table_caption_apply(lp_table *t, const char *units);

/*
 * A row's unit, empty so far, from a caption listing several: the one its
 * subject's indicator is stated in.
 */
void		lp_table_caption_row_unit(const lp_table *t, const char *subject, char *unit, size_t size);

/*
 * The header line s[0, slen) right after a caption line opening a table with
 * one cell per line whose name column's header is blank: 1 and t started
 * with the name column and s's column.
 */
int			lp_table_caption_vertical_start(const char *s, size_t slen, int year, lp_table *t);

#endif
