/*
 * lp_columns.c — a page set in two columns, copied line by line.
 *
 * A yearbook's or a magazine's page turned into text keeps its columns side
 * by side: a line holds a line of the left column, a wide run of spaces,
 * and the line of the right column beside it ("行持续稳定向好。全区地区生产
 * 总值增长8.5%。          加" under "石。第二部分是2022年主要预期目标安排，
 * 地区" on the right).  Read across, the sentences of one column run into
 * the other's and a target takes the period of a result.  A run of lines
 * (no blank line between them) where three at least break at one column,
 * each part of them prose, and none breaks twice (a table's row) nor
 * elsewhere, is read as its left column, then its right column.  The clean
 * text is not changed; facts are given back their line and place
 * (lp_runon_give_back).
 */
#include "lp.h"
#include "lp_columns.h"
#include "lp_text.h"

#include <string.h>

#define GAP_MIN 6				/* spaces between the two columns */
#define ALIGN 2					/* characters the right column's start may move */
#define MIN_ALIGNED 3			/* lines broken at the column */
#define PART_HANZI 4			/* hanzi of each part of such a line */

typedef struct col_line
{
	size_t		start,
				end;			/* its bytes in the text */
	size_t		text,
				gap_a,
				gap_b;			/* its text's first byte; its one wide gap */
	int			gaps;			/* wide gaps between its words */
	int			indent;			/* characters before its text */
	int			right;			/* characters before the text after the gap */
	int			prose;			/* both parts hold PART_HANZI hanzi */
} col_line;

/* Read one line: its indent, its wide gaps, the hanzi on each side of the first. */
static void
scan_line(const char *s, size_t start, size_t end, col_line *c)
{
	size_t		i = start,
				run_at = 0;
	int			chars = 0,
				run = 0,
				hanzi[2] = {0, 0},
				seen = 0;

	memset(c, 0, sizeof(*c));
	c->start = start;
	c->end = end;
	while (i < end)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(s + i, end - i, &n);

		if (cp == ' ')
		{
			if (run++ == 0)
				run_at = i;
		}
		else
		{
			if (!seen)
			{
				seen = 1;
				c->text = i;
				c->indent = chars;
			}
			else if (run >= GAP_MIN && c->gaps++ == 0)
			{
				c->gap_a = run_at;
				c->gap_b = i;
				c->right = chars;
			}
			run = 0;
			if (lp_is_hanzi(cp))
				hanzi[c->gaps > 0]++;
		}
		chars++;
		i += (size_t) (n > 0 ? n : 1);
	}
	if (!seen)
		c->text = end;
	c->prose = c->gaps == 1 && hanzi[0] >= PART_HANZI && hanzi[1] >= PART_HANZI;
}

static int
near(int a, int b)
{
	return a - b <= ALIGN && b - a <= ALIGN;
}

/*
 * The column where the lines c[0, n) break, or -1: the start of the right
 * column shared by most prose lines broken once, MIN_ALIGNED of them at
 * least, and every other line unbroken.  Counted in a histogram of the
 * starts (one pass over the lines: a long run costs no more than its length).
 */
#define MAX_COLUMN 256

static int
column_of(const col_line *c, size_t n)
{
	int			hist[MAX_COLUMN + 2 * ALIGN + 1];
	size_t		k,
				prose = 0;
	int			best = -1,
				best_count = 0,
				col;

	for (k = 0; k < n; k++)
		prose += c[k].prose && c[k].right < MAX_COLUMN;
	if (prose < MIN_ALIGNED)
		return -1;
	memset(hist, 0, sizeof(hist));
	for (k = 0; k < n; k++)
		if (c[k].prose && c[k].right < MAX_COLUMN)
			hist[c[k].right + ALIGN]++;
	for (col = 0; col < MAX_COLUMN; col++)
	{
		int			count = 0,
					d;

		if (hist[col + ALIGN] == 0)
			continue;
		for (d = -ALIGN; d <= ALIGN; d++)
			count += hist[col + ALIGN + d];
		if (count > best_count)
		{
			best_count = count;
			best = col;
		}
	}
	if (best_count < MIN_ALIGNED)
		return -1;
	for (k = 0; k < n; k++)
		if (c[k].gaps > 1 || (c[k].gaps == 1 && !near(c[k].right, best)))
			return -1;
	return best;
}

/* The run c[0, n) from clean line li: its left column, a blank line, its right column. */
static void
add_columns(const char *s, const col_line *c, size_t n, size_t li, int col, lp_runon *r)
{
	size_t		k;

	for (k = 0; k < n; k++)
		if (c[k].gaps == 1 || c[k].indent < col - ALIGN)
			lp_runon_line(r, s + c[k].text, (c[k].gaps ? c[k].gap_a : c[k].end) - c[k].text,
						  li + k, c[k].indent);
	lp_runon_line(r, "", 0, li, 0);
	for (k = 0; k < n; k++)
		if (c[k].gaps == 1)
			lp_runon_line(r, s + c[k].gap_b, c[k].end - c[k].gap_b, li + k, c[k].right);
		else if (c[k].indent >= col - ALIGN)
			lp_runon_line(r, s + c[k].text, c[k].end - c[k].text, li + k, c[k].indent);
}

/* The lines of text[0, len), read; their count.  *wide: a line has a wide gap. */
static size_t
scan_lines(const char *text, size_t len, col_line **out, int *wide)
{
	size_t		pos = 0,
				n = 0,
				cap = 64;
	col_line   *c = lp_alloc(cap * sizeof(col_line));

	*wide = 0;
	while (pos <= len)
	{
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - text) : len;

		if ((n & 1023) == 0)
			LP_CHECK_INTERRUPTS();
		if (n == cap)
			c = lp_realloc(c, (cap *= 2) * sizeof(col_line));
		scan_line(text, pos, end, &c[n]);
		*wide |= c[n].prose;
		n++;
		pos = end + 1;
	}
	*out = c;
	return n;
}

/* Does text[0, len) hold GAP_MIN spaces in a row?  No line has a gap between columns if not. */
static int
has_gap(const char *text, size_t len)
{
	const char *p = text,
			   *end = text + len;

	while (end - p >= GAP_MIN && (p = memchr(p, ' ', (size_t) (end - p))) != NULL)
	{
		size_t		k = 1;

		while (k < GAP_MIN && p + k < end && p[k] == ' ')
			k++;
		if (k == GAP_MIN)
			return 1;
		p += k;
	}
	return 0;
}

int
lp_columns_split(const char *text, size_t len, lp_runon *r)
{
	col_line   *c;
	int			wide,
				blocks = 0;
	size_t		n,
				i = 0;

	memset(r, 0, sizeof(*r));
	/* most texts: not a line to read character by character */
	if (!has_gap(text, len))
		return 0;
	n = scan_lines(text, len, &c, &wide);
	if (wide)
	{
		lp_buf_init(&r->text);
		lp_buf_reserve(&r->text, len + 1);
	}
	while (wide && i < n)
	{
		size_t		j = i;
		int			col;

		/* a run of lines with text, or one blank line */
		while (j < n && c[j].text < c[j].end)
			j++;
		if (j == i)
			j++;
		if (j - i >= MIN_ALIGNED && (col = column_of(c + i, j - i)) >= 0)
		{
			add_columns(text, c + i, j - i, i, col, r);
			blocks++;
		}
		else
			for (; i < j; i++)
				lp_runon_line(r, text + c[i].start, c[i].end - c[i].start, i, 0);
		i = j;
	}
	lp_free(c);
	if (wide && blocks == 0)
		lp_runon_free(r);
	return blocks > 0;
}
