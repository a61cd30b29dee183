/*
 * lp_wrap_cells.c — the marks of a line that wrap and unwrap look at, and the
 * lines of a table given one cell a line, which no wrapped prose goes on with
 * (h-fix95): a document's prose hard-wrapped at the page width around a table
 * whose cells stand one a line ("860" ⏎ "7.5" read as a figure cut, its
 * caption of the page width joined to "指标名称") gave none of its rows.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_table.h"
#include "lp_text.h"
#include "lp_words.h"
#include "lp_wrap_int.h"

#include <string.h>

/*
 * Does the trimmed line s[a, b) end inside a sentence, with 、 or ，, or
 * with a word wanting its figure after it (words.tsv line_goes_on: "同比",
 * "达到")?  No paragraph ends so: the line was broken by hand or by a
 * converter ("分别增长8%、\n6%和10%"), whatever its width.
 */
/* Does s[a, b) end in a figure and a conjunction ("5.8%和", "12亿元及")? Its list of values goes on. */
static int
ends_in_figure_and(const char *s, size_t a, size_t b)
{
	size_t		p;

	if (b < a + 4 || !(lp_same(s + b - 3, "和", 3) || lp_same(s + b - 3, "及", 3) ||
						lp_same(s + b - 3, "与", 3)))
		return 0;
	p = b - 3;
	return s[p - 1] == '%' || (s[p - 1] >= '0' && s[p - 1] <= '9');
}

int
lp_wrap_ends_inside(const char *s, size_t a, size_t b)
{
	size_t		p;
	int			n;
	uint32_t	cp;

	if (b <= a)
		return 0;
	p = lp_prev_char(s, b);
	cp = lp_utf8_next(s + p, b - p, &n);
	return cp == 0x3001 || cp == 0xFF0C || (cp == ',' && !(p > a && s[p - 1] >= '0' && s[p - 1] <= '9')) ||
		lp_words_suffix(LP_W_LINE_GOES_ON, s + a, b - a) > 0 || ends_in_figure_and(s, a, b);
}

/*
 * Does s[a, b) hold a mark inside or at the end of a clause (，、；。 or
 * ASCII ,;)?  A line of a page's head without one (a breadcrumb, a title
 * line, "直通2023山东两会 报告速览", "发布主题:相山区2025年上半年经济运行情况")
 * may be as long as the page width by chance, and stays on its own for the
 * metadata.  (lp_wrap_width.c has_clause_mark counts only ，、 and ,.)
 */
int
lp_wrap_has_marks(const char *s, size_t a, size_t b)
{
	const char *p = s + a;
	size_t		n = b - a;

	return memchr(p, ',', n) || memchr(p, ';', n) || memmem(p, n, "，", 3) ||
		memmem(p, n, "、", 3) || memmem(p, n, "；", 3) || memmem(p, n, "。", 3);
}

/*
 * Does n[na, nb) open a table given one cell a line: only the name
 * column's word ("指标名称", "指  标")?  No line goes on with it (a
 * caption of the page width before it: "表一…完成情况" ⏎ "指标名称").
 */
int
lp_wrap_opens_cells(const char *n, size_t na, size_t nb)
{
	lp_table	t;

	return !lp_wrap_has_marks(n, na, nb) && lp_table_vertical_start(n + na, nb - na, 0, &t);
}

/* Does the next line of text after line li hold a clause mark? */
static int
next_has_clause_mark(const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	for (li++; li < nlines; li++)
	{
		const char *n = text + lines[li].start;
		size_t		na = 0,
					nb = lines[li].end - lines[li].start;

		lp_trim(n, &na, &nb);
		if (na < nb)
			return lp_wrap_has_marks(n, na, nb);
	}
	return 0;
}

/* Is s[a, b) a figure alone: digits, a point, a sign, a percent ("83.1", "-0.4")? */
static int
bare_figure(const char *s, size_t a, size_t b)
{
	size_t		i;

	if (a == b || b - a > 12)
		return 0;
	for (i = a; i < b; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == '-' || s[i] == '%'))
			return 0;
	return 1;
}

/*
 * Is line li a table's value cell among cells, one a line: a short line
 * opening with a figure (or a lone "-") and ending in a digit, %, ) or a
 * word ("860", "7.5", "6以上", "-"), no clause mark, after a short line of
 * no clause mark that does not end inside a sentence (the cell before it),
 * before a line of no clause mark (the next cell), or after a figure alone (the last
 * cell of the table, prose after it: "83.1" ⏎ "4.9" ⏎ "全市实现…，…")?  It goes on
 * with no line: "860" ⏎ "7.5" are two cells, not a figure the page width cut.  A
 * subscript or a figure cut from its unit follows a line of prose ("…(PM" ⏎ "2.5").
 */
int
lp_wrap_value_cell(const char *text, const lp_line *lines, size_t nlines, size_t li0)
{
	size_t		li = li0;
	const char *s = text + lines[li].start,
			   *p;
	size_t		a = 0,
				b = lines[li].end - lines[li].start,
				pa = 0,
				pb;
	unsigned char last;

	lp_trim(s, &a, &b);
	if (a == b || b - a > 30 || lp_wrap_has_marks(s, a, b))
		return 0;
	last = (unsigned char) s[b - 1];
	if (!(b - a == 1 && s[a] == '-') &&
		!(s[a] >= '0' && s[a] <= '9' && (last >= 0x80 || (last >= '0' && last <= '9') ||
										 last == '%' || last == ')')))
		return 0;
	while (li > 0 && lines[li - 1].end == lines[li - 1].start)
		li--;					/* blank lines between cells */
	if (li == 0)
		return 0;
	p = text + lines[li - 1].start;
	pb = lines[li - 1].end - lines[li - 1].start;
	lp_trim(p, &pa, &pb);
	return pa < pb && pb - pa <= 60 && !lp_wrap_has_marks(p, pa, pb) &&
		!lp_wrap_ends_sentence(p, pa, pb) && !lp_wrap_ends_inside(p, pa, pb) &&
		(bare_figure(p, pa, pb) || !next_has_clause_mark(text, lines, nlines, li0));
}
