/*
 * lp_table_row.h — the rows of tables flattened to text, read as facts
 * (lp_table_row.c; the headers are lp_table.c's).
 */
#ifndef LP_TABLE_ROW_H
#define LP_TABLE_ROW_H

#include "lp.h"
#include "lp_context.h"
#include "lp_table.h"
#include "lp_table_caption.h"

/* A table being read, line by line. */
typedef struct lp_table_reader
{
	lp_table	table;
	int			vhead;			/* reading the header of a table with one cell per line */
	int			vcell;			/* cells of its current row read so far */
	const char *vline[LP_TABLE_MAX_COLS];	/* the lines of those cells, */
	int			vlineno[LP_TABLE_MAX_COLS];	/* their numbers, */
	size_t		vcs[LP_TABLE_MAX_COLS],	/* and the cells' spans in them */
				vce[LP_TABLE_MAX_COLS];
	int			held;			/* the first row under a header of spans, held
								 * until the next line shows it ended there */
	char		caption[48];	/* the units of a caption line ("单位：亿元"), */
	int			caption_line;	/* and its line number (0: none) */
	int			vstart;			/* the line its one-cell-a-line header began on */
} lp_table_reader;

/*
 * Read line lineno, s[0, slen) (not a heading), as part of a table: a
 * header, a row (its values become facts in out, in the context ctx) or a
 * cell of a table with one cell per line.  Returns 1 when the line belongs
 * to a table, 0 when it is to be read as text.  year is the report's.
 */
int			lp_table_read_line(lp_table_reader *r, lp_facts *out, const char *s, size_t slen,
							   int lineno, const lp_line_ctx *ctx, int year);

#endif
