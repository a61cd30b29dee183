/*
 * lp_table_cells.c — a line of a table flattened to text split into its
 * cells: at bars, tabs, runs of two spaces or U+3000, or, in a table of
 * single spaces (a PDF's), at every space and where normalize took one out
 * (a figure after a hanzi or a bracket, a verdict after a figure).
 */
#include "lp_table.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* Length of a separator of cells at s[i] (i < len), 0 if none. */
static size_t
separator_at(const char *s, size_t len, size_t i, char sep)
{
	if (sep == ' ')
	{
		/* two or more spaces (ASCII or U+3000) separate cells */
		size_t		j = lp_skip_space(s, len, i);

		return j > i && (j - i >= 2 || lp_at(s, len, i, "\xE3\x80\x80")) ? j - i : 0;
	}
	if (sep == 's')
		return lp_skip_space(s, len, i) - i;	/* any run of spaces */
	if (s[i] == sep)
		return 1;
	if (sep == '|' && lp_at(s, len, i, "｜"))
		return 3;
	return 0;
}

/*
 * In a table of single spaces, a figure right after a hanzi or a closing
 * bracket starts a cell: normalize took out the space between them ("亿元
 * 2226.4" → "亿元2226.4", "地区生产总值（亿元） 600" → "…（亿元）600").
 */
static int
figure_after_hanzi(const char *s, size_t len, size_t i)
{
	size_t		d = i + (s[i] == '-');

	if (!(d < len && s[d] >= '0' && s[d] <= '9'))
		return 0;
	if (i >= 1 && s[i - 1] == ')')
		return 1;
	return i >= 3 && (s[i - 2] & 0xC0) == 0x80 && (s[i - 1] & 0xC0) == 0x80 &&
		(lp_hanzi_lead(s[i - 3]) || lp_at(s, i, i - 3, "）"));
}

/*
 * … and a verdict right after a figure ("6.8基本完成" under 完成情况: normalize
 * took out the space after the figure): the figure's cell ends before it.
 * Only a verdict of table_verdict, so that "8左右" or "1000亿元" stay one cell.
 */
static int
verdict_after_figure(const char *s, size_t len, size_t i)
{
	unsigned char p = i >= 1 ? (unsigned char) s[i - 1] : 0;

	return ((p >= '0' && p <= '9') || p == '%') && lp_hanzi_lead(s[i]) &&
		lp_words_prefix(LP_W_TABLE_VERDICT, s + i, len - i) > 0;
}

/*
 * Can a cell end at byte c (separator_at, figure_after_hanzi)?  The cells'
 * walk steps over any other byte without their calls.
 */
static inline int
may_end_cell(unsigned char c, char sep)
{
	if (sep == ' ' || sep == 's')
		return c == ' ' || c == '\t' || c == '\r' || c == 0xE3 || c == 0xC2 ||
			(sep == 's' && ((c >= '0' && c <= '9') || c == '-' || (c >= 0xE4 && c <= 0xE9)));
	return c == (unsigned char) sep || (sep == '|' && c == 0xEF);
}

/*
 * Does a row of bars close with one ("| a | b |")?  Then its opening bar is an
 * outer bar too; one opening a row that does not close so (" | 规上工业… | % |
 * 6.1 | 7" under "类别 | 指标 | …") follows a blank first cell.
 */
static int
closes_with_bar(const char *s, size_t len)
{
	size_t		a = 0,
				b = len;

	lp_trim(s, &a, &b);
	return b > a && (s[b - 1] == '|' || (b - a >= 3 && lp_at(s, b, b - 3, "｜")));
}

int
lp_table_cells(const char *s, size_t len, char sep, size_t *cs, size_t *ce, int max)
{
	size_t		i = 0,
				start = 0,
				seplen = 0;
	int			n = 0,
				outer = sep != '|' || closes_with_bar(s, len);

	while (i <= len && n < max)
	{
		size_t		a = start,
					b;

		while (i < len && !may_end_cell((unsigned char) s[i], sep))
			i++;
		b = i;
		/* a cell ends at a separator or at the end of the line */
		if (i < len && (seplen = separator_at(s, len, i, sep)) == 0 &&
			!(sep == 's' && i > start &&
			  (figure_after_hanzi(s, len, i) || verdict_after_figure(s, len, i))))
		{
			i++;
			continue;
		}
		lp_trim(s, &a, &b);
		/*
		 * leading and trailing bars of "| a | b |" make no cells; a tab
		 * opening a row does, and so does a bar opening a row that closes
		 * with none: a blank merged cell (类别) keeps the columns
		 */
		if (!(b == a && ((start == 0 && sep != '\t' && outer) || i == len)))
		{
			cs[n] = a;
			ce[n] = b;
			n++;
		}
		if (i == len)
			break;
		i += seplen;
		start = i;
	}
	return n;
}
