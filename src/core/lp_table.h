/*
 * lp_table.h — tables flattened to text ("指标 | 单位 | 1季度累计 | 同比增速(±%)"):
 * the header gives each column its meaning and unit, the rows give facts.
 */
#ifndef LP_TABLE_H
#define LP_TABLE_H

#include "lp.h"

#define LP_TABLE_MAX_COLS 16

typedef struct lp_table_col
{
	const char *measure;		/* "level", "growth", or NULL when not a value column */
	const char *status;			/* "actual", "target" */
	char		period[16];		/* "" = the section's period */
	int			is_unit;		/* the column holding each row's unit */
	int			is_name;		/* the column naming the indicator */
} lp_table_col;

typedef struct lp_table
{
	int			active;
	char		sep;			/* '|', '\t' or ' ' (runs of two or more spaces) */
	int			ncols;
	lp_table_col cols[LP_TABLE_MAX_COLS];
} lp_table;

/* Split a line into cells; returns their count (0 if not a table line). */
int			lp_table_cells(const char *s, size_t len, char sep, size_t *cs, size_t *ce, int max);

/* Is this line a table header?  Fills t (period: default year for columns). */
int			lp_table_header(const char *s, size_t len, int year, lp_table *t);

#endif
