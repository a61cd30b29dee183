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
	lp_measure	measure;		/* LEVEL, GROWTH, or NONE when not a value column */
	lp_status	status;			/* ACTUAL or TARGET */
	char		period[16];		/* "" = the section's period */
	int			is_unit;		/* the column holding each row's unit */
	int			is_name;		/* the column naming the indicator */
	int			is_index;		/* values are indices, the same period of the
								 * year before = 100 ("为上年同期%") */
	int			to_month;		/* "1-本月": from January to the section's month */
	char		unit[16];		/* the unit its header names in brackets
								 * ("现价(万元)"), "": the row's */
} lp_table_col;

#define LP_TABLE_HEAD_TEXT 64		/* bytes kept of a column's header text */

typedef struct lp_table
{
	int			active;
	char		sep;			/* '|', '\t', ' ' (runs of two or more spaces),
								 * 's' (single spaces: a PDF's or a folded copy's);
								 * 'v' when every cell stands on a line of its own */
	int			ncols;
	int			year;			/* default year of the columns */
	int			rows;			/* data rows read so far */
	lp_table_col cols[LP_TABLE_MAX_COLS];
	char		head[LP_TABLE_MAX_COLS][LP_TABLE_HEAD_TEXT];	/* header text per column */
	int			pos[LP_TABLE_MAX_COLS];	/* display column where each header cell starts */
	const char *last_subject;	/* the subject of the last row, for a "  增速" row under it */
	int			spans;			/* its header was read across cells spanning others
								 * (lp_table_span.c): its first row is checked */
	int			mute;			/* a header that cannot be read with confidence:
								 * its rows are taken, and give no facts */
	int			serial;			/* its first column numbers the rows (序号) */
	char		caption_units[48];	/* a caption's list of units ("亿元、元"), "" */
	int			unit_due;		/* begun on a level word alone ("总量"): its unit in
								 * brackets must be the next line, or no table */
} lp_table;

/* Does a header cell open with one month ("3月", "12月份"): the month's column? */
int			lp_table_month_cell(const char *c, size_t cl);

/*
 * Does a header cell name the report's month ("本月": 1) or the months from
 * January to it ("1-本月", "1至本月": 2)?  0 if neither.
 */
int			lp_table_this_month(const char *c, size_t cl);

/* Append s[0, len) to column k's header text (spaces left out, cut to fit). */
void		lp_table_head_append(lp_table *t, int k, const char *s, size_t len);
size_t		lp_table_head_put(char *h, size_t have, const char *s, size_t len);

/*
 * Headers of two levels (lp_table_span.c): a period cell ("2024年") spanning
 * cells of header words under it ("目标", "完成").  lp_table_span_vertical
 * reads a header given one cell a line (the spanned cells right after their
 * period cell, or after the whole first level): 1 when it rewrote the columns,
 * 0 when it found no span, -1 when spans it cannot read with confidence.
 * lp_table_span_under reads a second header line s (cells cs, ce) that does
 * not stand aligned under the first: the same returns.
 */
int			lp_table_span_vertical(lp_table *t);
int			lp_table_span_under(lp_table *t, const char *s, const size_t *cs, const size_t *ce,
								int n);

/*
 * After a second header line aligned cell for cell (tab or bar tables whose
 * spanning cell is followed by empty ones): an empty first-level cell given a
 * header word takes the period cell it continues ("2024年 | (empty)" over
 * "目标 | 完成").  first[k]: column k's first-level text was empty.
 */
void		lp_table_span_fill(lp_table *t, const lp_table *before, const int *first);

/*
 * A tab or bar line opening with empty cells, a word under a period cell and
 * one under the full cell after it ("2024年	2025年预期目标" over "		目标	完成"):
 * the span's words, read as not aligned; their cells into cs2, ce2 and their
 * count returned, else 0.
 */
int			lp_table_span_words_past(const size_t *cs, const size_t *ce, int n, const lp_table *t,
									 size_t *cs2, size_t *ce2);

/* Split a line into cells; returns their count (0 if not a table line). */
int			lp_table_cells(const char *s, size_t len, char sep, size_t *cs, size_t *ce, int max);

/* Is this line a table header?  Fills t (period: default year for columns). */
int			lp_table_header(const char *s, size_t len, int year, lp_table *t);

/*
 * A header split over two lines ("2022年 | 2023年" above "完成 | 预期目标"):
 * when the line after the header (before any row) holds header words and no
 * number, its cells are added to the texts of the columns they stand under
 * and the columns are read again.  Returns 1 when the line was taken.
 */
int			lp_table_header_more(const char *s, size_t len, lp_table *t);

/*
 * A table with one cell per line: a line that is only a name-column word
 * ("指标") starts a header whose next lines are one column each ("单位",
 * "1-11月", "同比增长（%）").  lp_table_vertical_start says whether a line can
 * start one; lp_table_vertical_cell whether a line is one more header cell
 * (adds it and returns 1).  lp_table_vertical_done finishes the header:
 * 1 when it makes a table.
 */
int			lp_table_vertical_start(const char *s, size_t len, int year, lp_table *t);
int			lp_table_vertical_cell(const char *s, size_t len, lp_table *t);
int			lp_table_vertical_done(lp_table *t);

/* Could this line be a cell of a row of a vertical table (column k)? */
int			lp_table_vertical_fits(const char *s, size_t len, const lp_table *t, int k);

#endif
