/*
 * lp_unwrap_cells.c — a table a page gave one cell a line, put back in rows.
 *
 * Pages of statistical bulletins turned into text give a table as one cell
 * a line, each closed by '|' ("地区生产总值 |" ⏎ "亿元 |" ⏎ "91.3 |" ⏎
 * "7.5 |"), sometimes with a lone "|" opening each row.  The table reader
 * wants a row a line ("地区生产总值 | 亿元 | 91.3 | 7.5 |").  A run of such
 * lines is cut into rows: at the lone marks when there are some, else by the
 * width that makes every row after the header start with a name and end
 * with a number.  Each row is written on the line of its first cell and
 * the other lines of the row become empty, so that the lines of the text
 * stay those of the page (repairs and facts keep their line numbers).  A run
 * that fits no width is left as it is.
 */
#include "lp_repair.h"

#include <string.h>

#define CELLS_MIN 8				/* lines of a run, fewer are no table */
#define CELLS_MAX 1024			/* lines of a run read at most */
#define CELL_MAX_BYTES 60		/* a longer line is prose, not a cell */
#define ROW_MAX 8				/* cells of a row at most */

/* One line of a run: its cell s[a, b), or a lone mark opening a row. */
typedef struct cell_line
{
	size_t		a,
				b;
	int			mark;
} cell_line;

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* Is s[a, e) one cell closed by '|', or a lone '|'?  Its content in *c. */
static int
cell_of_line(const char *s, size_t a, size_t e, cell_line *c)
{
	while (a < e && is_blank(s[a]))
		a++;
	while (e > a && is_blank(s[e - 1]))
		e--;
	if (e == a || s[e - 1] != '|' || e - a > CELL_MAX_BYTES)
		return 0;
	c->a = a;
	c->b = e - 1;
	while (c->b > a && is_blank(s[c->b - 1]))
		c->b--;
	c->mark = c->b == a;
	return memchr(s + a, '|', c->b - a) == NULL;
}

/* A number or a placeholder ("91.3", "-1.2", "12.5%", "—"). */
static int
is_number_cell(const char *s, const cell_line *c)
{
	size_t		i;
	int			digits = 0;

	if ((c->b - c->a == 3 && memcmp(s + c->a, "—", 3) == 0) ||
		(c->b - c->a == 1 && s[c->a] == '-'))
		return 1;
	for (i = c->a; i < c->b; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (s[i] != '.' && s[i] != '-' && s[i] != '%' && s[i] != ',' && s[i] != '+')
			return 0;
	}
	return digits > 0;
}

/*
 * The width of the rows of n cells (no marks): the least from 2 on that
 * divides them and makes every row after the first (the header) open with
 * a name and close with a number; 0 if none.
 */
static int
row_width(const char *s, const cell_line *cells, size_t n)
{
	size_t		w,
				r;

	for (w = 2; w <= ROW_MAX; w++)
	{
		int			fits = n % w == 0 && n / w >= 2;

		for (r = w; fits && r < n; r += w)
			fits = !is_number_cell(s, &cells[r]) && is_number_cell(s, &cells[r + w - 1]);
		if (fits)
			return (int) w;
	}
	return 0;
}

/* Row starts: starts[k] is 1 when line k of the run opens a row.  0 if the run is no table. */
static int
row_starts(const char *s, const cell_line *cells, size_t n, unsigned char *starts)
{
	size_t		k,
				marks = 0;
	int			w;

	memset(starts, 0, n);
	for (k = 0; k < n; k++)
		marks += cells[k].mark;
	if (marks > 0)
	{
		/* a row opens at the first cell after each mark */
		for (k = 0; k < n; k++)
			if (!cells[k].mark && (k == 0 || cells[k - 1].mark))
				starts[k] = 1;
		return marks >= 2;
	}
	if ((w = row_width(s, cells, n)) == 0)
		return 0;
	for (k = 0; k < n; k += (size_t) w)
		starts[k] = 1;
	return 1;
}

/* The row opening at cell k, as one line, into out. */
static void
put_row(lp_buf *out, const char *s, const cell_line *cells, size_t n, size_t k,
		const unsigned char *starts)
{
	size_t		j;

	for (j = k; j < n && (j == k || !starts[j]) && !cells[j].mark; j++)
	{
		lp_buf_append(out, s + cells[j].a, cells[j].b - cells[j].a);
		lp_buf_append(out, " |", 2);
		if (j + 1 < n && !starts[j + 1] && !cells[j + 1].mark)
			lp_buf_putc(out, ' ');
	}
}

/*
 * The run of cell lines starting at s[p]: its cells (CELLS_MAX at most),
 * their count, and in *end where the line after it starts.
 */
static size_t
read_run(const char *s, size_t len, size_t p, cell_line *cells, size_t *end)
{
	size_t		n = 0;

	while (p < len && n < CELLS_MAX)
	{
		const char *nl = memchr(s + p, '\n', len - p);
		size_t		e = nl ? (size_t) (nl - s) : len;

		if (!cell_of_line(s, p, e, &cells[n]))
			break;
		n++;
		p = nl ? e + 1 : len;
	}
	*end = p;
	return n;
}

/* The run as rows: each on its first cell's line, the others empty. */
static void
put_run(lp_buf *out, const char *s, const cell_line *cells, size_t n,
		const unsigned char *starts)
{
	size_t		k;

	for (k = 0; k < n; k++)
	{
		if (starts[k])
			put_row(out, s, cells, n, k, starts);
		lp_buf_putc(out, '\n');
	}
}

int
lp_unwrap_cells(const char *text, size_t len, lp_buf *out, lp_repairs *reps)
{
	cell_line	cells[CELLS_MAX];
	unsigned char starts[CELLS_MAX];
	size_t		p = 0,
				copied = 0;
	int			line = 1,
				changed = 0;

	/* every cell line ends with '|': most texts hold none, one pass says so */
	if (memchr(text, '|', len) == NULL)
		return 0;
	while (p < len)
	{
		const char *nl;
		size_t		end,
					n;

		LP_CHECK_INTERRUPTS();
		n = read_run(text, len, p, cells, &end);
		if (n >= CELLS_MIN && row_starts(text, cells, n, starts))
		{
			if (!changed)
				lp_buf_reserve(out, len + 1);
			lp_buf_append(out, text + copied, p - copied);
			put_run(out, text, cells, n, starts);
			lp_repair_add(reps, "cells", line, text + p, end - p, "", 0);
			copied = end;
			changed = 1;
			/* (the last line of the text had no line break to keep) */
			if (end == len && text[len - 1] != '\n')
				out->len--;
		}
		if (n > 0)
		{
			line += (int) n;
			p = end;
			continue;
		}
		nl = memchr(text + p, '\n', len - p);
		p = nl ? (size_t) (nl - text) + 1 : len;
		line++;
	}
	if (changed)
		lp_buf_append(out, text + copied, len - copied);
	return changed;
}
