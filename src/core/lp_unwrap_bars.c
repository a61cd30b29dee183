/*
 * lp_unwrap_bars.c — a row of a bar table that a page width cut over lines,
 * put back on one line.
 *
 * A statistics page copied from a PDF gives its table a row a line between
 * bars ("| 一、社会消费品零售总额 | 万元 | 387581 | 1173850 |"), but a row
 * wider than the page, most often the header, goes on over the next lines,
 * which open with a cell instead of a bar:
 *
 *     | 项 目 名 称 | 计算 单位 |
 *     3月 | 1-3月 累计 |
 *     累计比上年同期增长(%) | 结构(%) |
 *     | 一、社会消费品零售总额 | 万元 | 387581 | 1173850 | 2.0 | 100 |
 *
 * Read a line at a time, the header names two columns and the rows have
 * six cells: no row is read.  A line opening with a bar and closed by one,
 * followed by lines holding a bar that open with none (four at most, the
 * last closed by a bar: a cell may be cut too), followed in turn by a line
 * opening with a bar, is one row: it is written
 * on the line of its first part, the other lines left empty, so that the
 * lines of the text stay those of the page.  (A table given one cell a line,
 * "地区生产总值 |", is lp_unwrap_cells.c's, read before.)
 */
#include "lp_repair.h"
#include "lp_text.h"

#include <string.h>

#define PARTS_MAX 4				/* lines a row goes on over at most */
#define PART_MAX_BYTES 240		/* a longer line is prose, not cells */

/* The line starting at s[p]: its trimmed text [*a, *b) and where the next starts. */
static size_t
line_at(const char *s, size_t len, size_t p, size_t *a, size_t *b)
{
	const char *nl = memchr(s + p, '\n', len - p);
	size_t		e = nl ? (size_t) (nl - s) : len;

	*a = p;
	*b = e;
	while (*a < *b && (s[*a] == ' ' || s[*a] == '\t'))
		(*a)++;
	while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\t' || s[*b - 1] == '\r'))
		(*b)--;
	return nl ? e + 1 : len;
}

/* Does s[a, b) open with a bar ('|' or '｜')? */
static int
opens_with_bar(const char *s, size_t a, size_t b)
{
	return b > a && (s[a] == '|' || (b - a >= 3 && lp_same(s + a, "｜", 3)));
}

/* Does s[a, b) close with a bar and hold no more than a row's worth of bytes? */
static int
closes_with_bar(const char *s, size_t a, size_t b)
{
	return b > a && b - a <= PART_MAX_BYTES &&
		(s[b - 1] == '|' || (b - a >= 3 && lp_same(s + b - 3, "｜", 3)));
}

/*
 * The lines going on with the row at s[p] (opening and closing with a
 * bar), blank lines between them counted: how many, with *end where the
 * line after them starts; 0 when none or when no row opening with a bar
 * follows them.
 */
static int
row_parts(const char *s, size_t len, size_t p, size_t *end)
{
	size_t		a,
				b,
				q = line_at(s, len, p, &a, &b);
	int			n = 0,
				parts = 0,
				closed = 0;

	if (!opens_with_bar(s, a, b) || !closes_with_bar(s, a, b))
		return 0;
	while (q < len && n <= 2 * PARTS_MAX)
	{
		size_t		next = line_at(s, len, q, &a, &b);

		if (opens_with_bar(s, a, b))
		{
			*end = q;
			return closed ? n : 0;
		}
		n++;
		q = next;
		if (a == b)
			continue;			/* (a copy with a blank line after every line) */
		/* a part holds a bar: the page may have cut a cell ("累计比上年同期" / "增长(%) |") */
		if (b - a > PART_MAX_BYTES || parts == PARTS_MAX ||
			(memchr(s + a, '|', b - a) == NULL && lp_find3(s + a, b - a, "｜") == NULL))
			return 0;
		closed = closes_with_bar(s, a, b);
		parts++;
	}
	return 0;
}

int
lp_unwrap_bar_rows(const char *text, size_t len, lp_buf *out, lp_repairs *reps)
{
	size_t		p = 0,
				copied = 0;
	int			line = 1,
				changed = 0;

	if (memchr(text, '|', len) == NULL && lp_find3(text, len, "｜") == NULL)
		return 0;
	while (p < len)
	{
		size_t		a,
					b,
					end = 0,
					q = line_at(text, len, p, &a, &b);
		int			n,
					k;

		LP_CHECK_INTERRUPTS();
		if ((n = row_parts(text, len, p, &end)) == 0)
		{
			p = q;
			line++;
			continue;
		}
		if (!changed)
			lp_buf_reserve(out, len + 1);
		changed = 1;
		lp_buf_append(out, text + copied, b - copied);
		for (k = 0; k < n; k++)
		{
			size_t		pa,
						pb;

			q = line_at(text, len, q, &pa, &pb);
			if (pa < pb)
			{
				lp_buf_putc(out, ' ');
				lp_buf_append(out, text + pa, pb - pa);
			}
		}
		/* the row's other lines stay, empty */
		for (k = 0; k <= n; k++)
			lp_buf_putc(out, '\n');
		lp_repair_add(reps, "bar_row", line, text + p, end - p, "", 0);
		copied = p = end;
		line += n + 1;
	}
	if (changed)
		lp_buf_append(out, text + copied, len - copied);
	return changed;
}
