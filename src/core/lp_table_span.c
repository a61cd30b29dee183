/*
 * lp_table_span.c — table headers of two levels, copied as text: a period
 * cell ("2024年", "1-3月") spanning header words under it ("目标 | 完成",
 * "绝对量 | 同比增长").  Each spanned cell becomes a column named by both
 * ("2024年目标", "2024年完成"); a header whose spans cannot be told with
 * confidence gives no table (a wrong row is worse than none).
 */
#include "lp_period.h"
#include "lp_table.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

typedef enum cell_kind
{
	CELL_OTHER, CELL_SPAN, CELL_SUB
} cell_kind;

/* A header word that gives a column its meaning (not its period). */
static int
has_column_word(const char *c, size_t cl)
{
	return lp_words_any(LP_W_TABLE_UNIT, c, cl) || lp_words_any(LP_W_TABLE_GROWTH, c, cl) ||
		lp_words_any(LP_W_TABLE_INDEX, c, cl) || lp_words_any(LP_W_TABLE_LEVEL, c, cl) ||
		lp_words_any(LP_W_TABLE_TARGET, c, cl) || lp_words_any(LP_W_TABLE_NAME, c, cl) ||
		lp_words_any(LP_W_TABLE_SERIAL, c, cl) || lp_words_any(LP_W_TABLE_SKIP, c, cl) ||
		lp_words_any(LP_W_TABLE_PLAN_ATTRIBUTE, c, cl);
}

static int
has_period(const char *c, size_t cl)
{
	return lp_find_year(c, cl, NULL) || lp_has_period_word(c, cl) ||
		lp_table_month_cell(c, cl) || lp_words_any(LP_W_TABLE_QUARTER, c, cl);
}

/*
 * A period and then a status word and nothing else ("2015年目标", "2025年预期
 * 目标", "2020年完成", words.tsv table_status_span): a column of a plan's
 * table that may span the measures under it ("绝对值 | 增速(%)").
 */
static int
status_span(const char *c, size_t cl)
{
	size_t		m = lp_words_suffix(LP_W_TABLE_STATUS_SPAN, c, cl);

	return m > 0 && m < cl && has_period(c, cl - m) && !has_column_word(c, cl - m);
}

/*
 * A period cell and nothing else ("2024年", "1-3月") may span cells; a cell of
 * header words naming no period ("目标", "完成", "增长（%）") may stand under one.
 * With status (a header whose spanned cells are all measures), a period and
 * a status word ("2015年目标", "2015年实绩") may span them too.
 */
static cell_kind
kind_of(const char *c, int status)
{
	size_t		cl = strlen(c);

	if (cl == 0)
		return CELL_OTHER;
	if (status && status_span(c, cl))
		return CELL_SPAN;
	if (has_period(c, cl))
		return has_column_word(c, cl) ? CELL_OTHER : CELL_SPAN;
	/* a plan's 属性 column stands after its years, under none */
	if (lp_words_any(LP_W_TABLE_UNIT, c, cl) || lp_words_any(LP_W_TABLE_NAME, c, cl) ||
		lp_words_any(LP_W_TABLE_SERIAL, c, cl) || lp_words_any(LP_W_TABLE_PLAN_ATTRIBUTE, c, cl))
		return CELL_OTHER;
	return has_column_word(c, cl) ? CELL_SUB : CELL_OTHER;
}

/*
 * Rewrite t's columns: column k (not a spanned one) stays, a span column is
 * replaced by one column per header word given to it in own[] (sub[j] is the
 * text of the j-th spanned cell; own[j] the span column it goes under, -1 for
 * none).  0 when the columns would be too many.
 */
static int
expand(lp_table *t, const int *is_sub, const char (*sub)[LP_TABLE_HEAD_TEXT], const int *own,
	   int nsub)
{
	lp_table	out = *t;
	int			k,
				j;

	out.ncols = 0;
	for (k = 0; k < t->ncols; k++)
	{
		int			given = 0;

		if (is_sub[k])
			continue;
		for (j = 0; j < nsub; j++)
			if (own[j] == k)
			{
				if (out.ncols >= LP_TABLE_MAX_COLS)
					return 0;
				memcpy(out.head[out.ncols], t->head[k], LP_TABLE_HEAD_TEXT);
				lp_table_head_append(&out, out.ncols, sub[j], strlen(sub[j]));
				out.pos[out.ncols++] = t->pos[k];
				given = 1;
			}
		if (given)
			continue;
		if (out.ncols >= LP_TABLE_MAX_COLS)
			return 0;
		memcpy(out.head[out.ncols], t->head[k], LP_TABLE_HEAD_TEXT);
		out.pos[out.ncols++] = t->pos[k];
	}
	out.spans = 1;
	*t = out;
	return 1;
}

/*
 * The spanned cells after the whole first level ("2023年 2024年 绝对量 增长
 * 绝对量 增长"): as many under each span, the same words under each when
 * more than one ("2022年 2023年" over "完成 预期目标": one each).  The
 * owner of each into own; 1 when so, 0 when not.
 */
static int
trailing_owners(const int *spans, int nspan, char (*sub)[LP_TABLE_HEAD_TEXT], int nsub, int *own)
{
	int			m,
				j;

	if (nspan == 0 || nsub % nspan != 0 || (m = nsub / nspan) < 1)
		return 0;
	for (j = 0; j < nsub; j++)
	{
		if (m >= 2 && j >= m && strcmp(sub[j], sub[j % m]) != 0)
			return 0;
		own[j] = spans[j / m];
	}
	return 1;
}

static int	span_vertical(lp_table *t, int status);

/*
 * May a period and a status word span cells in t's header?  When one such
 * cell stands in it and every cell that may stand under a span names a
 * measure, no status ("2015年目标 | 2015年实绩" over "绝对值 | 增速(%) |
 * 绝对值 | 增速(%)"; not "2024年 | 2025年目标" over "目标 | 完成").
 */
static int
status_spans(const lp_table *t)
{
	int			k,
				any = 0;

	for (k = 1; k < t->ncols; k++)
	{
		const char *c = t->head[k];
		size_t		cl = strlen(c);

		if (status_span(c, cl))
			any = 1;
		else if (kind_of(c, 0) == CELL_SUB &&
				 (lp_words_any(LP_W_TABLE_TARGET, c, cl) || lp_words_any(LP_W_TABLE_STATUS_SPAN, c, cl)))
			return 0;
	}
	return any;
}

/*
 * The spanned cells of a header given one cell a line: each span's right
 * after it ("2024年 目标 完成 2025年目标"), two at least, or all after the
 * whole first level ("2024年 2025年目标 目标 完成"; "3月 1-3月 绝对量 增长
 * 绝对量 增长").  Columns named by the cells that stand after them.  A period
 * and a status word spanning measures ("2015年目标 2015年实绩 绝对值 增速
 * 绝对值 增速") is read first so, then, when that reads no span with two
 * cells under each, as a column of its own.
 */
int
lp_table_span_vertical(lp_table *t)
{
	lp_table	copy = *t;

	if (status_spans(t) && span_vertical(&copy, 1) > 0)
	{
		*t = copy;
		return 1;
	}
	return span_vertical(t, 0);
}

/*
 * lp_table_span_vertical with status: a period and a status word may span
 * (then two spanned cells at least under each).
 */
static int
span_vertical(lp_table *t, int status)
{
	int			is_sub[LP_TABLE_MAX_COLS] = {0},
				own[LP_TABLE_MAX_COLS],
				spans[LP_TABLE_MAX_COLS],
				kinds[LP_TABLE_MAX_COLS] = {0},
				nspan = 0,
				nsub = 0,
				first_sub = -1,
				k,
				j;
	char		sub[LP_TABLE_MAX_COLS][LP_TABLE_HEAD_TEXT];

	for (k = 1; k < t->ncols; k++)
	{
		kinds[k] = kind_of(t->head[k], status);
		if (kinds[k] == CELL_SPAN)
			spans[nspan++] = k;
		else if (kinds[k] == CELL_SUB)
		{
			if (first_sub < 0)
				first_sub = k;
			nsub++;
		}
	}
	if (nspan == 0 || nsub < 2)
		return 0;
	/* all after the first level: as many under each span */
	if (first_sub > spans[nspan - 1] && nsub == t->ncols - first_sub)
	{
		for (k = first_sub; k < t->ncols; k++)
		{
			is_sub[k] = 1;
			memcpy(sub[k - first_sub], t->head[k], LP_TABLE_HEAD_TEXT);
		}
		if (status && nsub < 2 * nspan)
			return 0;
		return trailing_owners(spans, nspan, sub, nsub, own) &&
			expand(t, is_sub, sub, own, nsub) ? 1 : -1;
	}
	/* each span's own run after it; a run of one is no span ("1-11月 | 同比增长") */
	nsub = 0;
	for (k = 1; k < t->ncols; k++)
	{
		int			run = 0;

		if (kinds[k] != CELL_SPAN)
			continue;
		while (k + 1 + run < t->ncols && kinds[k + 1 + run] == CELL_SUB)
			run++;
		if (run < 2)
			continue;
		for (j = k + 1; j <= k + run; j++)
		{
			is_sub[j] = 1;
			memcpy(sub[nsub], t->head[j], LP_TABLE_HEAD_TEXT);
			own[nsub++] = k;
		}
	}
	if (nsub == 0)
		return 0;
	return expand(t, is_sub, sub, own, nsub) ? 1 : -1;
}

int
lp_table_span_under(lp_table *t, const char *s, const size_t *cs, const size_t *ce, int n)
{
	int			is_sub[LP_TABLE_MAX_COLS] = {0},
				own[LP_TABLE_MAX_COLS],
				spans[LP_TABLE_MAX_COLS],
				nspan = 0,
				k;
	char		sub[LP_TABLE_MAX_COLS][LP_TABLE_HEAD_TEXT];

	if (n < 2 || n > LP_TABLE_MAX_COLS)
		return 0;
	for (k = 1; k < t->ncols; k++)
		if (kind_of(t->head[k], 0) == CELL_SPAN)
			spans[nspan++] = k;
	if (nspan == 0)
		return 0;
	for (k = 0; k < n; k++)
	{
		lp_table	one;

		memset(one.head[0], 0, LP_TABLE_HEAD_TEXT);
		lp_table_head_append(&one, 0, s + cs[k], ce[k] - cs[k]);
		if (kind_of(one.head[0], 0) != CELL_SUB)
			return 0;
		memcpy(sub[k], one.head[0], LP_TABLE_HEAD_TEXT);
	}
	if (!trailing_owners(spans, nspan, sub, n, own))
		return -1;
	return expand(t, is_sub, sub, own, n) ? 1 : -1;
}

void
lp_table_span_fill(lp_table *t, const lp_table *before, const int *first)
{
	int			k,
				span = -1;

	for (k = 1; k < t->ncols && k < before->ncols; k++)
	{
		char		word[LP_TABLE_HEAD_TEXT];

		if (!first[k])
		{
			span = kind_of(before->head[k], 0) == CELL_SPAN && strcmp(t->head[k], before->head[k]) != 0 ?
				k : -1;
			continue;
		}
		/* an empty first-level cell given a word, after a span given one */
		if (span < 0 || t->head[k][0] == '\0' || kind_of(t->head[k], 0) != CELL_SUB)
		{
			span = -1;
			continue;
		}
		memcpy(word, t->head[k], LP_TABLE_HEAD_TEXT);
		memcpy(t->head[k], before->head[span], LP_TABLE_HEAD_TEXT);
		lp_table_head_append(t, k, word, strlen(word));
		t->spans = 1;
	}
}

/*
 * A tab or bar line opening with empty cells whose words run past a period
 * cell with no empty cell after it ("指标名称	单位	2024年	2025年预期目标"
 * over "		目标	完成"): the span's words, not one a column; their cells
 * (the empty ones left out) into cs2, ce2, and their count returned, else 0.
 */
int
lp_table_span_words_past(const size_t *cs, const size_t *ce, int n, const lp_table *t,
						 size_t *cs2, size_t *ce2)
{
	int			k,
				m = 0,
				past = 0;

	if (t->sep == ' ' || n < 2 || n > t->ncols || cs[0] != ce[0])
		return 0;
	for (k = 0; k + 1 < n; k++)
		past |= ce[k] > cs[k] && ce[k + 1] > cs[k + 1] && t->head[k + 1][0] != '\0' &&
			kind_of(t->head[k], 0) == CELL_SPAN && kind_of(t->head[k + 1], 0) != CELL_SPAN;
	for (k = 0; past && k < n; k++)
		if (ce[k] > cs[k])
		{
			cs2[m] = cs[k];
			ce2[m++] = ce[k];
		}
	return past ? m : 0;
}
