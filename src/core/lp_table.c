/*
 * lp_table.c — recognising the header of a table flattened to text and
 * splitting its rows into cells.  The words that give a column its meaning
 * (增速 → growth, 目标 → target, 单位 → the unit column) live in words.tsv.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp_table.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

int
lp_table_cells(const char *s, size_t len, char sep, size_t *cs, size_t *ce, int max)
{
	size_t		i = 0,
				start = 0;
	int			n = 0;

	while (i <= len && n < max)
	{
		int			at_sep = 0;
		size_t		seplen = 0;

		if (i == len)
			at_sep = 1;
		else if (sep == ' ')
		{
			/* two or more spaces (ASCII or U+3000) separate cells */
			size_t		j = lp_skip_space(s, len, i);

			if (j > i && (j - i >= 2 || lp_at(s, len, i, "\xE3\x80\x80")))
			{
				at_sep = 1;
				seplen = j - i;
			}
		}
		else if (s[i] == sep)
		{
			at_sep = 1;
			seplen = 1;
		}
		else if (sep == '|' && lp_at(s, len, i, "｜"))
		{
			at_sep = 1;
			seplen = 3;
		}
		if (at_sep)
		{
			size_t		a = start,
						b = i;

			lp_trim(s, &a, &b);
			/* leading and trailing bars of "| a | b |" make no cells */
			if (!(b == a && (n == 0 || i == len)))
			{
				cs[n] = a;
				ce[n] = b;
				n++;
			}
			if (i == len)
				break;
			i += seplen;
			start = i;
			continue;
		}
		i++;
	}
	return n;
}

/* One pass: a bar, a tab, two spaces, U+3000 or a full-width bar somewhere? */
static int
may_have_cells(const char *s, size_t len)
{
	size_t		i;

	for (i = 0; i < len; i += lp_utf8_step((unsigned char) s[i]))
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '|' || c == '\t' || (c == ' ' && i + 1 < len && s[i + 1] == ' '))
			return 1;
		if ((c == 0xE3 || c == 0xEF) && i + 2 < len &&
			(memcmp(s + i, "\xE3\x80\x80", 3) == 0 || memcmp(s + i, "｜", 3) == 0))
			return 1;
	}
	return 0;
}

static char
guess_sep(const char *s, size_t len)
{
	if (memchr(s, '|', len) || memmem(s, len, "｜", 3))
		return '|';
	if (memchr(s, '\t', len))
		return '\t';
	return ' ';
}

int
lp_table_header(const char *s, size_t len, int year, lp_table *t)
{
	size_t		cs[LP_TABLE_MAX_COLS],
				ce[LP_TABLE_MAX_COLS];
	int			n,
				k,
				has_name = 0,
				has_value = 0;

	memset(t, 0, sizeof(*t));
	/* most lines are prose: no bar, tab or run of spaces, no table */
	if (!may_have_cells(s, len))
		return 0;
	t->sep = guess_sep(s, len);
	n = lp_table_cells(s, len, t->sep, cs, ce, LP_TABLE_MAX_COLS);
	if (n < 3)
		return 0;
	for (k = 0; k < n; k++)
	{
		const char *c = s + cs[k];
		size_t		cl = ce[k] - cs[k];
		lp_table_col *col = &t->cols[k];

		if (k == 0 && lp_words_any("table_name", c, cl))
		{
			col->is_name = 1;
			has_name = 1;
			continue;
		}
		if (lp_words_any("table_unit", c, cl))
		{
			col->is_unit = 1;
			continue;
		}
		col->status = lp_words_any("table_target", c, cl) ? "target" : "actual";
		if (lp_words_any("table_growth", c, cl))
			col->measure = "growth";
		else if (lp_words_any("table_level", c, cl) || lp_find_year(c, cl, NULL) ||
				 strcmp(col->status, "target") == 0)
			col->measure = "level";
		if (col->measure)
		{
			has_value = 1;
			if (lp_find_year(c, cl, NULL) || lp_words_any("period_h1", c, cl) ||
				lp_words_any("period_q1", c, cl) || lp_words_any("period_q3", c, cl) ||
				lp_words_any("period_q2", c, cl) || lp_words_any("period_q4", c, cl) ||
				lp_words_any("table_quarter", c, cl))
			{
				char		buf[16];

				lp_period_of(c, cl, year, buf, sizeof(buf));
				/* "1季度" and "1-3月" */
				if (lp_words_any("table_quarter", c, cl) && strchr(buf, 'Q') == NULL && year)
				{
					size_t		q = 0;

					while (q < cl && (c[q] < '1' || c[q] > '4'))
						q++;
					if (q < cl)
						snprintf(buf, sizeof(buf), "%dQ%c", year, c[q]);
				}
				snprintf(col->period, sizeof(col->period), "%s", buf);
			}
		}
	}
	if (!has_name || !has_value)
		return 0;
	t->ncols = n;
	t->active = 1;
	return 1;
}
