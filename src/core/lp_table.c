/*
 * lp_table.c — recognising the header of a table flattened to text (its
 * rows are split into cells by lp_table_cells.c).  The words that give a column its meaning
 * (增速 → growth, 目标 → target, 单位 → the unit column) live in words.tsv.
 */
#include "lp_indicator.h"
#include "lp_period.h"
#include "lp_table.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A bar, a tab, two spaces, U+3000 or a full-width bar somewhere?  (memchr passes) */
/*
 * Does s[0, len) hold U+3000 (E3 80 80)?  Looked for by its E3, rare in
 * Chinese text, not by lp_find3's last byte: 80 ends many hanzi.
 */
static int
has_ideographic_space(const char *s, size_t len)
{
	const char *end = s + len,
			   *p = s;

	while (end - p >= 3 && (p = memchr(p, 0xE3, (size_t) (end - p - 2))) != NULL)
	{
		if ((unsigned char) p[1] == 0x80 && (unsigned char) p[2] == 0x80)
			return 1;
		p++;
	}
	return 0;
}

static int
may_have_cells(const char *s, size_t len)
{
	const char *end = s + len,
			   *p = s;

	if (memchr(s, '|', len) || memchr(s, '\t', len))
		return 1;
	while (end - p >= 2 && (p = memchr(p, ' ', (size_t) (end - p - 1))) != NULL)
	{
		if (p[1] == ' ')
			return 1;
		p++;
	}
	return has_ideographic_space(s, len) || lp_find3(s, len, "｜");
}

static char
guess_sep(const char *s, size_t len)
{
	if (memchr(s, '|', len) || lp_find3(s, len, "｜"))
		return '|';
	if (memchr(s, '\t', len))
		return '\t';
	return ' ';
}

/* Display width of s[0, len): a hanzi or full-width character counts two. */
static int
display_width(const char *s, size_t len)
{
	size_t		i = 0;
	int			w = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];

		w += c < 0x80 ? 1 : 2;
		i += lp_utf8_step(c);
	}
	return w;
}

/* The period a value column's header names ("2023年", "1-11月", "1季度"), or none. */
static void
column_period(const char *c, size_t cl, int year, lp_table_col *col)
{
	char		buf[16];

	if (!(lp_find_year(c, cl, NULL) || lp_has_period_word(c, cl) || lp_table_month_cell(c, cl) ||
		  lp_words_any(LP_W_PERIOD_Q2, c, cl) || lp_words_any(LP_W_PERIOD_Q4, c, cl) ||
		  lp_words_any(LP_W_TABLE_QUARTER, c, cl)))
		return;
	lp_period_of(c, cl, year, buf, sizeof(buf));
	/* "1季度": the quarter's digit, when no other part of a year was read */
	if (lp_words_any(LP_W_TABLE_QUARTER, c, cl) && strchr(buf, 'Q') == NULL &&
		strchr(buf, 'M') == NULL && strchr(buf, 'H') == NULL && year)
	{
		size_t		q = 0;

		while (q < cl && (c[q] < '1' || c[q] > '4'))
			q++;
		if (q < cl)
			snprintf(buf, sizeof(buf), "%dQ%c", year, c[q]);
	}
	/* "3月": that month of the year (a lone month reads as none in prose) */
	if (lp_table_month_cell(c, cl) && strlen(buf) == 4)
		snprintf(buf + 4, sizeof(buf) - 4, "M%02d", c[1] >= '0' && c[1] <= '9' ?
				 (c[0] - '0') * 10 + c[1] - '0' : c[0] - '0');
	snprintf(col->period, sizeof(col->period), "%s", buf);
}

/*
 * The unit a level column's header names in brackets ("现价 (万元)",
 * "绝对额(亿元)", a bulletin's GDP table whose rows have no unit column):
 * a unit of q_units.tsv, else none.
 */
static void
column_unit(const char *c, size_t cl, lp_table_col *col)
{
	const char *open = memchr(c, '(', cl),
			   *wide = lp_find3(c, cl, "（"),
			   *close;
	size_t		from,
				n;

	if (wide && (!open || wide < open))
		open = wide + 2;		/* (the last byte of the three) */
	if (!open)
		return;
	from = (size_t) (open - c) + 1;
	if ((close = memchr(c + from, ')', cl - from)) == NULL &&
		(close = lp_find3(c + from, cl - from, "）")) == NULL)
		return;
	n = (size_t) (close - c) - from;
	if (n > 0 && n < sizeof(col->unit) && lp_unit_lookup(c + from, n) != NULL)
	{
		memcpy(col->unit, c + from, n);
		col->unit[n] = '\0';
	}
}

/* The kind of column k from its header text c[0, cl). */
typedef enum column_kind
{
	COL_SERIAL, COL_NAME, COL_UNIT, COL_VALUE, COL_OTHER
} column_kind;

static column_kind
classify_column(const lp_table *t, int k, int serial, lp_table_col *col)
{
	const char *c = t->head[k];
	size_t		cl = strlen(c);

	memset(col, 0, sizeof(*col));
	/* "序号 | 指标名称 | ...": a first column of row numbers (1, 壹, 一) holds no values */
	if (k == 0 && lp_words_any(LP_W_TABLE_SERIAL, c, cl))
		return COL_SERIAL;
	if (k == serial && lp_words_any(LP_W_TABLE_NAME, c, cl))
	{
		col->is_name = 1;
		return COL_NAME;
	}
	if (lp_words_any(LP_W_TABLE_UNIT, c, cl))
	{
		col->is_unit = 1;
		return COL_UNIT;
	}
	/* "完成率", "位次": a column of no indicator's value */
	if (lp_words_any(LP_W_TABLE_SKIP, c, cl))
		return COL_OTHER;
	col->status = lp_words_any(LP_W_TABLE_TARGET, c, cl) ? LP_STATUS_TARGET : LP_STATUS_ACTUAL;
	/* "为上年同期%", "上年同期=100": an index, 100 less its value is the growth */
	if (lp_words_any(LP_W_TABLE_INDEX, c, cl) && !lp_words_any(LP_W_TABLE_GROWTH, c, cl))
	{
		col->measure = LP_MEASURE_GROWTH;
		col->is_index = 1;
	}
	else if (lp_words_any(LP_W_TABLE_GROWTH, c, cl))
		col->measure = LP_MEASURE_GROWTH;
	/* "行业占比(%)", "构成%": each row's share of the whole */
	else if (lp_words_any(LP_W_TABLE_SHARE, c, cl) && !lp_find_year(c, cl, NULL))
		col->measure = LP_MEASURE_SHARE;
	else if (lp_words_any(LP_W_TABLE_LEVEL, c, cl) || lp_find_year(c, cl, NULL) ||
			 lp_has_period_word(c, cl) || col->status == LP_STATUS_TARGET ||
			 lp_table_month_cell(c, cl) || lp_table_this_month(c, cl))
		col->measure = LP_MEASURE_LEVEL;
	/* "1-本月": the months to the section's, its period told by each row */
	col->to_month = lp_table_this_month(c, cl) == 2;
	if (col->measure == LP_MEASURE_NONE)
		return COL_OTHER;
	column_period(c, cl, t->year, col);
	if (col->measure == LP_MEASURE_LEVEL)
		column_unit(c, cl, col);
	return COL_VALUE;
}

/*
 * A plan's indicator table (a 属性 column: 预期性, 约束性): the column of
 * its last year holds the plan's targets (the years between are a mid-term
 * review's results, the first the base), and an average annual rate
 * (年均增长〔累计〕) spans the years from the base to the last: "类别 指标
 * 单位 2020年 2025年 年均增长 属性" gives 2025 targets and 2021-2025 rates.
 */
static void
plan_columns(lp_table *t)
{
	int			k,
				first = 0,
				last = 0,
				plan = 0;

	for (k = 0; k < t->ncols; k++)
	{
		int			y = atoi(t->cols[k].period);

		plan |= lp_words_any(LP_W_TABLE_PLAN_ATTRIBUTE, t->head[k], strlen(t->head[k]));
		if (t->cols[k].measure != LP_MEASURE_NONE && y > 0 && strlen(t->cols[k].period) == 4)
		{
			if (first == 0 || y < first)
				first = y;
			if (y > last)
				last = y;
		}
	}
	if (!plan || first < 1000 || last > 9999 || last <= first)
		return;
	for (k = 0; k < t->ncols; k++)
	{
		lp_table_col *col = &t->cols[k];

		if (col->measure == LP_MEASURE_NONE)
			continue;
		if (atoi(col->period) == last)
			col->status = LP_STATUS_TARGET;
		else if (col->period[0] == '\0' &&
				 lp_words_any(LP_W_ANNUAL_AVERAGE, t->head[k], strlen(t->head[k])))
		{
			col->status = LP_STATUS_TARGET;
			snprintf(col->period, sizeof(col->period), "%u-%u",
					 (unsigned short) (first + 1), (unsigned short) last);
		}
	}
}

/*
 * A growth column naming no period after a column of targets ("2024年预计
 * 2025年计划 增长%"): the growth the plan sets, a target of that period.
 */
static void
growth_beside_targets(lp_table *t)
{
	int			k;

	for (k = 1; k < t->ncols; k++)
	{
		lp_table_col *col = &t->cols[k];
		const lp_table_col *prev = &t->cols[k - 1];

		if (col->measure == LP_MEASURE_GROWTH && col->status == LP_STATUS_ACTUAL &&
			col->period[0] == '\0' && prev->measure == LP_MEASURE_LEVEL &&
			prev->status == LP_STATUS_TARGET && prev->period[0])
		{
			col->status = LP_STATUS_TARGET;
			lp_copy_str(col->period, sizeof(col->period), prev->period);
		}
	}
}

/*
 * A growth column naming no period right after a column of results naming
 * one ("1-3月 | 同比增长(%)", "2024年预计完成 | 增长"): the growth of that
 * period.
 */
static void
growth_beside_results(lp_table *t)
{
	int			k;

	for (k = 1; k < t->ncols; k++)
	{
		lp_table_col *col = &t->cols[k];
		const lp_table_col *prev = &t->cols[k - 1];

		if (col->measure == LP_MEASURE_GROWTH && col->status == LP_STATUS_ACTUAL &&
			col->period[0] == '\0' && prev->measure == LP_MEASURE_LEVEL &&
			prev->status == LP_STATUS_ACTUAL && (prev->period[0] || prev->to_month))
		{
			lp_copy_str(col->period, sizeof(col->period), prev->period);
			col->to_month = prev->to_month;
		}
	}
}

/* The meaning of every column from its header text; 1 when it makes a table. */
static int
classify(lp_table *t)
{
	int			k,
				has_name = 0,
				has_value = 0,
				serial = 0;

	for (k = 0; k < t->ncols; k++)
		switch (classify_column(t, k, serial, &t->cols[k]))
		{
			case COL_SERIAL:
				serial = 1;
				break;
			case COL_NAME:
				has_name = 1;
				break;
			case COL_VALUE:
				has_value = 1;
				break;
			default:
				break;
		}
	t->serial = serial;
	plan_columns(t);
	growth_beside_targets(t);
	growth_beside_results(t);
	return has_name && has_value;
}

/*
 * "指标 单位 2016年完成 2017年计划": a header whose cells stand one space
 * apart, as a PDF's text gives them and as NFKC leaves a U+3000 between
 * them (normalize then takes out the spaces before figures); short, with
 * no sentence punctuation (a line of prose has some).
 */
#define SINGLE_SPACE_HEADER_CHARS 60

static int
single_space_header(const char *s, size_t len)
{
	return len <= SINGLE_SPACE_HEADER_CHARS * 4 && lp_utf8_chars(s, len) <= SINGLE_SPACE_HEADER_CHARS &&
		!lp_words_any(LP_W_SENTENCE_PUNCT, s, len);
}

int
lp_table_header(const char *s, size_t len, int year, lp_table *t)
{
	size_t		cs[LP_TABLE_MAX_COLS],
				ce[LP_TABLE_MAX_COLS];
	int			n,
				k;

	/*
	 * A table is cleared unless it is: every table read or refused set its
	 * sep first, a cleared one has none (most lines are prose, and the state
	 * is 2 KB)
	 */
	if (t->sep != 0)
		memset(t, 0, sizeof(*t));
	/* most lines are prose: no bar, tab or space between words, no table */
	if (may_have_cells(s, len))
		t->sep = guess_sep(s, len);
	else if (single_space_header(s, len))
		t->sep = 's';
	else
		return 0;
	n = lp_table_cells(s, len, t->sep, cs, ce, LP_TABLE_MAX_COLS);
	if (n < 3)
		return 0;
	t->year = year;
	t->ncols = n;
	for (k = 0; k < n; k++)
	{
		lp_table_head_append(t, k, s + cs[k], ce[k] - cs[k]);
		t->pos[k] = display_width(s, cs[k]);
	}
	if (!classify(t))
	{
		t->ncols = 0;
		return 0;
	}
	t->active = 1;
	return 1;
}

/* Does the cell name a column (a header word, a year or a part of a year)? */
static int
is_header_cell(const char *c, size_t cl)
{
	return lp_words_any(LP_W_TABLE_UNIT, c, cl) || lp_words_any(LP_W_TABLE_GROWTH, c, cl) ||
		lp_words_any(LP_W_TABLE_INDEX, c, cl) ||
		lp_words_any(LP_W_TABLE_LEVEL, c, cl) || lp_words_any(LP_W_TABLE_TARGET, c, cl) ||
		lp_find_year(c, cl, NULL) || lp_has_period_word(c, cl) || lp_table_month_cell(c, cl) ||
		lp_table_this_month(c, cl);
}

/* Is the cell a number ("12.4", "-3.2", "6%左右")?  A digit in its first four bytes. */
static int
is_number_cell(const char *c, size_t cl)
{
	size_t		i;

	for (i = 0; i < cl && i < 4; i++)
		if (c[i] >= '0' && c[i] <= '9')
			return !lp_find_year(c, cl, NULL) && !lp_has_period_word(c, cl) &&
				!lp_table_month_cell(c, cl) && !lp_table_this_month(c, cl);
	return 0;
}

/* The column whose header starts nearest at or before display column at. */
static int
column_under(const lp_table *t, int at)
{
	int			j,
				col = 0;

	for (j = 0; j < t->ncols; j++)
		if (t->pos[j] <= at + 1)
			col = j;
	return col;
}

/*
 * Header cells of the second line that stand two or more under one column
 * of the first split it ("2024年预计完成" over "总量    增长"): each becomes
 * a column of its own, named by both lines.  Returns 0 when nothing is
 * split or the columns would be too many.
 */
static int
split_columns(const char *s, const size_t *cs, const size_t *ce, int n, lp_table *t)
{
	int			under[LP_TABLE_MAX_COLS],
				count[LP_TABLE_MAX_COLS] = {0},
				k,
				j,
				total = 0,
				split = 0;
	lp_table	out;

	for (k = 0; k < n; k++)
	{
		under[k] = column_under(t, display_width(s, cs[k]));
		count[under[k]]++;
	}
	for (j = 0; j < t->ncols; j++)
	{
		total += count[j] > 1 ? count[j] : 1;
		split |= count[j] > 1;
	}
	if (!split || total > LP_TABLE_MAX_COLS)
		return 0;
	out = *t;
	out.ncols = 0;
	for (j = 0; j < t->ncols; j++)
	{
		if (count[j] <= 1)
		{
			memcpy(out.head[out.ncols], t->head[j], LP_TABLE_HEAD_TEXT);
			out.pos[out.ncols] = t->pos[j];
			for (k = 0; k < n; k++)
				if (under[k] == j)
					lp_table_head_append(&out, out.ncols, s + cs[k], ce[k] - cs[k]);
			out.ncols++;
			continue;
		}
		for (k = 0; k < n; k++)
			if (under[k] == j)
			{
				memcpy(out.head[out.ncols], t->head[j], LP_TABLE_HEAD_TEXT);
				lp_table_head_append(&out, out.ncols, s + cs[k], ce[k] - cs[k]);
				out.pos[out.ncols] = display_width(s, cs[k]);
				out.ncols++;
			}
	}
	*t = out;
	return 1;
}

/*
 * Does a second header line stand aligned under the first?  A tab or bar line
 * opening with an empty cell keeps each cell under its column; a line of
 * spaces opening under the name column was copied without its indent.
 */
static int
aligned_under(const char *s, const size_t *cs, const size_t *ce, int n, const lp_table *t)
{
	if (t->sep == ' ')
		return column_under(t, display_width(s, cs[0])) > 0;
	return n >= t->ncols || (n > 0 && cs[0] == ce[0]);
}

/* Add the cells of a second header line to the columns they stand under. */
static void
header_cells_under(const char *s, const size_t *cs, const size_t *ce, int n, const lp_table *t,
				   lp_table *copy)
{
	int			k,
				first[LP_TABLE_MAX_COLS] = {0};

	for (k = 0; k < t->ncols; k++)
		first[k] = t->head[k][0] == '\0';
	for (k = 0; k < n; k++)
	{
		int			col = k;

		if (t->sep == ' ')
			col = column_under(t, display_width(s, cs[k]));
		else if (n < t->ncols && cs[0] != ce[0])
			col = k + (t->ncols - n);	/* the name column left empty */
		lp_table_head_append(copy, col, s + cs[k], ce[k] - cs[k]);
	}
	if (t->sep != ' ')
		lp_table_span_fill(copy, t, first);
}

int
lp_table_header_more(const char *s, size_t len, lp_table *t)
{
	size_t		cs[LP_TABLE_MAX_COLS],
				ce[LP_TABLE_MAX_COLS],
				cs2[LP_TABLE_MAX_COLS],
				ce2[LP_TABLE_MAX_COLS];
	int			n,
				k,
				words = 0,
				span = 0;
	lp_table	copy;

	if (!t->active || t->rows > 0 || t->sep == 'v' || t->mute)
		return 0;
	n = lp_table_cells(s, len, t->sep, cs, ce, LP_TABLE_MAX_COLS);
	if (n < 1 || (n > t->ncols && t->sep != ' '))
		return 0;
	for (k = 0; k < n; k++)
	{
		if (is_number_cell(s + cs[k], ce[k] - cs[k]))
			return 0;
		words += is_header_cell(s + cs[k], ce[k] - cs[k]);
	}
	if (words == 0)
		return 0;
	copy = *t;
	if ((k = lp_table_span_words_past(cs, ce, n, t, cs2, ce2)) > 0)
	{
		memcpy(cs, cs2, sizeof(cs2));
		memcpy(ce, ce2, sizeof(ce2));
		n = k;
	}
	/* "2024年 | 2025年目标" over "目标 | 完成", not aligned: the span's cells */
	else if (!aligned_under(s, cs, ce, n, t))
		k = 0;
	else
		k = -1;
	if (k >= 0 && (span = lp_table_span_under(&copy, s, cs, ce, n)) < 0)
	{
		t->mute = 1;			/* spans not told: its rows give nothing */
		return 1;
	}
	if (span > 0)
		;
	else if (t->sep == ' ' && split_columns(s, cs, ce, n, &copy))
		;
	else if (n > t->ncols)
		return 0;
	else
		header_cells_under(s, cs, ce, n, t, &copy);
	if (!classify(&copy))
		return 0;
	*t = copy;
	return 1;
}

/* A short line (at most max characters) with no sentence punctuation. */
static int
short_cell(const char *s, size_t len, size_t max)
{
	return len > 0 && len <= max * 3 && lp_utf8_chars(s, len) <= max &&
		!lp_words_any(LP_W_SENTENCE_PUNCT, s, len);
}

static int	bracketed_unit(const char *c, size_t cl);

/*
 * The line s[a, b) without spaces, h (hl bytes), opens a table given one
 * cell a line: 2 as the first value column's header, 1 as the name
 * column's word, 0 if not.  *lw: the level word's length.
 */
static int
vertical_head(const char *h, size_t hl, size_t *lw)
{
	/*
	 * "绝对额(亿元)⏎比上年同期增长(%)⏎GDP⏎296299⏎5.3": a statistics release's
	 * table whose name column had a blank header cell, dropped in the copy;
	 * the line is the first value column's (its unit may follow on a line of
	 * its own: "总量⏎(亿元)")
	 */
	if (short_cell(h, hl, 12) && (*lw = lp_words_prefix(LP_W_TABLE_LEVEL, h, hl)) > 0 &&
		(bracketed_unit(h + *lw, hl - *lw) || *lw == hl))
		return 2;
	/* the whole line is the name column's word: "指标", "指标名称" */
	return short_cell(h, hl, 6) && lp_words_prefix(LP_W_TABLE_NAME, h, hl) > 0 &&
		!is_header_cell(h, hl);
}

/*
 * t is set up only for a line that opens a table (issue 18: most short
 * lines do not, and clearing the table's 2 KB for each was most of the
 * test); a line refused leaves t as it was: no caller reads a table not
 * opened (the reader's is cleared by lp_table_header, which comes first).
 */
int
lp_table_vertical_start(const char *s, size_t len, int year, lp_table *t)
{
	size_t		a = 0,
				b = len,
				lw = 0,
				hl;
	char		h[LP_TABLE_HEAD_TEXT];
	int			kind;

	lp_trim(s, &a, &b);
	if (b - a > 3 * LP_TABLE_HEAD_TEXT)
		return 0;
	hl = lp_table_head_put(h, 0, s + a, b - a);	/* without spaces: "指  标  名  称" */
	if ((kind = vertical_head(h, hl, &lw)) == 0)
		return 0;
	memset(t, 0, sizeof(*t));
	memcpy(t->head[0], h, hl + 1);
	if (kind == 2)
	{
		t->unit_due = lw == hl;
		lp_copy_str(t->head[1], sizeof(t->head[1]), t->head[0]);
		lp_copy_str(t->head[0], sizeof(t->head[0]), "指标");
		t->ncols = 2;
	}
	t->sep = 'v';
	t->year = year;
	if (t->ncols == 0)
		t->ncols = 1;
	return 1;
}

/*
 * Does a cell name an indicator, with or without its measure ("地区生产总值增长")?
 * Then it is the first row's name, not a column of the header, though it holds 增长.
 */
static int
names_indicator(const char *c, size_t cl)
{
	size_t		n;
	const char *open;

	/* its unit in brackets after it: "地区生产总值增长（%）" */
	if (cl > 3 && (lp_at(c, cl, cl - 3, "）") || c[cl - 1] == ')') &&
		((open = lp_find3(c, cl, "（")) != NULL || (open = memchr(c, '(', cl)) != NULL))
		cl = (size_t) (open - c);
	cl -= lp_words_suffix(LP_W_TABLE_GROWTH, c, cl);
	return cl > 0 && lp_indicator_suffix(c, cl, &n) != NULL && lp_find_year(c, cl, NULL) == 0;
}

/* A cell that is only a known unit in brackets: "(亿元)", "（%）". */
static int
bracketed_unit(const char *c, size_t cl)
{
	size_t		a = 0,
				b = cl;

	if (lp_at(c, cl, 0, "（"))
		a = 3;
	else if (cl > 0 && c[0] == '(')
		a = 1;
	else
		return 0;
	if (b >= a + 3 && lp_at(c, cl, cl - 3, "）"))
		b -= 3;
	else if (b > a && c[b - 1] == ')')
		b--;
	else
		return 0;
	return b > a && lp_unit_lookup(c + a, b - a) != NULL;
}

/*
 * A header cell that is only the base a growth is against, its growth word on
 * the next line ("比上年同期", "较上年"): 比 or 较, a few hanzi, no header word.
 */
static int
base_only(const char *c, size_t cl)
{
	return (lp_at(c, cl, 0, "比") || lp_at(c, cl, 0, "较")) && short_cell(c, cl, 6) &&
		!is_header_cell(c, cl) && !is_number_cell(c, cl);
}

int
lp_table_vertical_cell(const char *s, size_t len, lp_table *t)
{
	size_t		a = 0,
				b = len;

	lp_trim(s, &a, &b);
	/* "总量⏎地区生产总值⏎6218.4": a level word alone and no unit after it is no header */
	if (t->unit_due)
	{
		t->unit_due = 0;
		if (!bracketed_unit(s + a, b - a))
		{
			t->ncols = 0;
			return 0;
		}
	}
	/* "绝对量⏎(亿元)": a cell's unit wrapped onto a line of its own; "比上年同期⏎
	 * 增长(%)": a growth header wrapped after its base */
	if (t->ncols >= 2 && (bracketed_unit(s + a, b - a) ||
						  (base_only(t->head[t->ncols - 1], strlen(t->head[t->ncols - 1])) &&
						   lp_words_any(LP_W_TABLE_GROWTH, s + a, b - a))))
	{
		lp_table_head_append(t, t->ncols - 1, s + a, b - a);
		return 1;
	}
	if (t->ncols >= LP_TABLE_MAX_COLS || !short_cell(s + a, b - a, 12) ||
		!(is_header_cell(s + a, b - a) || (t->ncols >= 2 && base_only(s + a, b - a))) ||
		is_number_cell(s + a, b - a) || names_indicator(s + a, b - a))
		return 0;
	lp_table_head_append(t, t->ncols++, s + a, b - a);
	return 1;
}

int
lp_table_vertical_done(lp_table *t)
{
	/* "2024年⏎目标⏎完成": a period spanning its cells; unread, the rows give nothing */
	if (t->ncols >= 3 && lp_table_span_vertical(t) < 0)
	{
		t->mute = 1;
		t->active = 1;
		return 1;
	}
	if (t->ncols < 2 || !classify(t))
	{
		t->active = 0;
		return 0;
	}
	t->active = 1;
	return 1;
}

int
lp_table_vertical_fits(const char *s, size_t len, const lp_table *t, int k)
{
	size_t		a = 0,
				b = len;

	lp_trim(s, &a, &b);
	/* "其中：税收收入": a sub-item's name keeps its colon */
	if (k == 0 && lp_at(s, b, a, "其中") &&
		(lp_at(s, b, a + 6, "：") || lp_at(s, b, a + 6, ":")))
		a += lp_at(s, b, a + 6, ":") ? 7 : 9;
	if (k == 0)					/* a name: words, no number first */
		return short_cell(s + a, b - a, 20) && !is_number_cell(s + a, b - a) &&
			!lp_words_prefix(LP_W_TABLE_NAME, s + a, b - a);
	/* a unit, or a figure when the unit cell was left blank; no indicator's name */
	if (t->cols[k].is_unit)
		return short_cell(s + a, b - a, 8) && !names_indicator(s + a, b - a);
	/* a value: a number, a dash for none, or a short qualified number */
	return short_cell(s + a, b - a, 12) &&
		(is_number_cell(s + a, b - a) || lp_at(s, b, a, "—") || lp_at(s, b, a, "-") ||
		 lp_at(s, b, a, "…") || lp_at(s, b, a, "－"));
}
