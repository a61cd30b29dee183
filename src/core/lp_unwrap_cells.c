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
 *
 * A plan's indicator table given one cell a line with no marks at all
 * ("类别" ⏎ "指标" ⏎ … ⏎ "属性" ⏎ "经济发展" ⏎ "地区生产总值（亿元）" ⏎ "3260" ⏎
 * ">4200" ⏎ "5%左右" ⏎ "预期性") is cut the same way: the header ends with
 * its 属性 cell, each row with its kind (预期性, 约束性); a row one cell
 * short has left its group's cell (类别) to the row above and opens with
 * an empty cell.  Its rows are written with tabs.
 */
#include "lp_repair.h"
#include "lp_text.h"
#include "lp_words.h"

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

#define PLAN_HEAD_BYTES 36		/* a header cell of a plan table: 12 hanzi at most */

/* The line s[a, e) trimmed, as a cell with no mark: 0 if blank, too long or prose. */
static int
plain_cell(const char *s, size_t a, size_t e, size_t max, cell_line *c)
{
	while (a < e && is_blank(s[a]))
		a++;
	while (e > a && is_blank(s[e - 1]))
		e--;
	if (e == a || e - a > max || memchr(s + a, '|', e - a) != NULL ||
		lp_find3(s + a, e - a, "。") != NULL)
		return 0;
	c->a = a;
	c->b = e;
	c->mark = 0;
	return 1;
}

/* Is cell c all of one word of kind? */
static int
cell_is_word(const char *s, const cell_line *c, lp_word_kind kind)
{
	return lp_words_prefix(kind, s + c->a, c->b - c->a) == c->b - c->a;
}

/*
 * The plan table starting at s[p] with one cell a line: its cells, their
 * count (0 if none), the row starts, the width of its header; *end where
 * the line after it starts.  p is the header's first line: the run of
 * short cells up to 属性 holds at most ROW_MAX of them.
 */
static size_t
plan_run(const char *s, size_t len, size_t p, cell_line *cells, unsigned char *starts,
		 int *width, size_t *end)
{
	size_t		n = 0,
				row = 0,
				rows = 0,
				last_end = p;
	int			w = 0;

	while (p < len && n < CELLS_MAX)
	{
		const char *nl = memchr(s + p, '\n', len - p);
		size_t		e = nl ? (size_t) (nl - s) : len;

		if (!plain_cell(s, p, e, w ? CELL_MAX_BYTES : PLAN_HEAD_BYTES, &cells[n]))
			break;
		starts[n] = n == row;
		n++;
		p = nl ? e + 1 : len;
		if (w == 0 && cell_is_word(s, &cells[n - 1], LP_W_TABLE_PLAN_ATTRIBUTE))
		{
			w = (int) n;
			row = n;
			last_end = p;
		}
		else if (w == 0 && n >= ROW_MAX)
			return 0;
		else if (w > 0 && cell_is_word(s, &cells[n - 1], LP_W_TABLE_PLAN_KIND))
		{
			if (n - row != (size_t) w && n - row + 1 != (size_t) w)
				break;
			row = n;
			rows++;
			last_end = p;
		}
		else if (w > 0 && n - row >= (size_t) w)
			break;
	}
	if (w < 3 || rows < 2)
		return 0;
	*width = w;
	*end = last_end;
	return row;					/* the cells of whole rows */
}

/* The plan table's rows, tab-separated, each on its first cell's line. */
static void
put_plan_run(lp_buf *out, const char *s, const cell_line *cells, size_t n,
			 const unsigned char *starts, int width)
{
	size_t		k,
				j;

	for (k = 0; k < n; k++)
	{
		if (starts[k])
		{
			for (j = k + 1; j < n && !starts[j]; j++)
				;
			/* the group's cell left to the row above */
			if ((int) (j - k) + 1 == width)
				lp_buf_putc(out, '\t');
			for (j = k; j < n && (j == k || !starts[j]); j++)
			{
				if (j > k)
					lp_buf_putc(out, '\t');
				lp_buf_append(out, s + cells[j].a, cells[j].b - cells[j].a);
			}
		}
		lp_buf_putc(out, '\n');
	}
}

/*
 * A plan table one cell a line with no marks, looked for at each line that
 * is a 属性 cell: its header starts up to ROW_MAX - 1 short lines before.
 * Writes the text with its rows joined into out; 1 if one was found.
 */
static int
unwrap_plan_tables(const char *text, size_t len, lp_buf *out, lp_repairs *reps)
{
	cell_line	cells[CELLS_MAX];
	unsigned char starts[CELLS_MAX];
	size_t		p = 0,
				copied = 0,
				heads[ROW_MAX];
	int			line = 1,
				nheads = 0,
				changed = 0;

	/* most texts hold no plan table: one look says so */
	if (lp_find_lit(text, len, "属性", strlen("属性")) == NULL &&
		lp_find_lit(text, len, "屬性", strlen("屬性")) == NULL)
		return 0;
	while (p < len)
	{
		const char *nl = memchr(text + p, '\n', len - p);
		size_t		e = nl ? (size_t) (nl - text) : len,
					end,
					n = 0;
		cell_line	c;
		int			width = 0,
					h;

		LP_CHECK_INTERRUPTS();
		/* the last short lines, the header's candidates (oldest first) */
		if (!plain_cell(text, p, e, PLAN_HEAD_BYTES, &c))
			nheads = 0;
		else if (cell_is_word(text, &c, LP_W_TABLE_PLAN_ATTRIBUTE))
		{
			/* the widest header that reads as a table wins */
			for (h = 0; h < nheads && n == 0; h++)
				n = plan_run(text, len, heads[h], cells, starts, &width, &end);
			if (n > 0)
			{
				size_t		from = heads[h - 1];

				if (!changed)
					lp_buf_reserve(out, len + 1);
				lp_buf_append(out, text + copied, from - copied);
				put_plan_run(out, text, cells, n, starts, width);
				/* the header's first line is nheads - h + 1 lines up */
				lp_repair_add(reps, "cells", line - (nheads - h + 1), text + from, end - from, "", 0);
				copied = end;
				changed = 1;
				if (end == len && text[len - 1] != '\n')
					out->len--;
				line += (int) n - (nheads - h + 1);
				p = end;
				nheads = 0;
				continue;
			}
			nheads = 0;
		}
		else
		{
			if (nheads == ROW_MAX - 1)
			{
				memmove(heads, heads + 1, (ROW_MAX - 2) * sizeof(heads[0]));
				nheads--;
			}
			heads[nheads++] = p;
		}
		p = nl ? e + 1 : len;
		line++;
	}
	if (changed)
		lp_buf_append(out, text + copied, len - copied);
	return changed;
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
		return unwrap_plan_tables(text, len, out, reps);
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
