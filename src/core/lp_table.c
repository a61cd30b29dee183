/*
 * lp_table.c — recognising the header of a table flattened to text and
 * splitting its rows into cells.  The words that give a column its meaning
 * (增速 → growth, 目标 → target, 单位 → the unit column) live in words.tsv.
 */
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

/* Is the three-byte sequence seq somewhere in s[0, len)?  memchr on its first byte. */
static int
has_seq3(const char *s, size_t len, const char *seq)
{
	const char *end = s + len,
			   *p = s;

	while (end - p >= 3 && (p = memchr(p, seq[0], (size_t) (end - p - 2))) != NULL)
	{
		if (p[1] == seq[1] && p[2] == seq[2])
			return 1;
		p++;
	}
	return 0;
}

/* A bar, a tab, two spaces, U+3000 or a full-width bar somewhere?  (memchr passes) */
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
	return has_seq3(s, len, "\xE3\x80\x80") || has_seq3(s, len, "｜");
}

static char
guess_sep(const char *s, size_t len)
{
	if (memchr(s, '|', len) || has_seq3(s, len, "｜"))
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
			if (lp_find_year(c, cl, NULL) || lp_has_period_word(c, cl) ||
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
