/*
 * lp_repair_spacing.c — the spaces that text taken from PDF puts around
 * numbers ("2023 年", "达到 11542.6 亿元", "3 .1%", "5% 以内"), taken out so
 * that years, values and units read as they are written in the report.
 *
 * A single ASCII space goes when it stands between a digit (or '.', '%')
 * and a hanzi, or between a digit and '.' or '%', and in a line of prose
 * between two hanzi.  Lines with a tab, or a run of spaces and few full
 * stops, are table rows whose cells those spaces separate, and are left
 * alone.  One pass reaches the fixed point: the neighbours tested are
 * those of the input, and taking a space out makes no new one.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp_repair.h"

#include <string.h>

static int
is_digit(uint32_t cp)
{
	return cp >= '0' && cp <= '9';
}

/*
 * A line of prose: three full stops or more.  A run of spaces there is
 * what a copy site left for a paragraph break ("。BNC   ——过去一年"), not
 * the gap between two cells; a single space between two hanzi is a lost
 * line end inside a word ("同 比增长3.6%", "经济基本 盘").
 */
#define PROSE_STOPS 3

static int
is_prose(const char *in, size_t n)
{
	const char *p = in,
			   *end = in + n;
	int			k = 0;

	while (k < PROSE_STOPS && (p = memmem(p, (size_t) (end - p), "。", 3)) != NULL)
	{
		k++;
		p += 3;
	}
	return k == PROSE_STOPS;
}

/* Does a space between l and r go? */
static int
gap_goes(uint32_t l, uint32_t r, int prose)
{
	if (prose && lp_is_hanzi(l) && lp_is_hanzi(r))
		return 1;
	if ((is_digit(l) || l == '.' || l == '%') && lp_is_hanzi(r))
		return 1;
	if (lp_is_hanzi(l) && is_digit(r))
		return 1;
	if (is_digit(l) && (r == '.' || r == '%'))
		return 1;
	return l == '.' && is_digit(r);
}

int
lp_fix_spacing(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps)
{
	unsigned int iter = 0;
	size_t		i = 0,
				start = out->len;
	uint32_t	prev = 0;
	int			changed = 0;

	int			prose = is_prose(in, n);
	size_t		a = 0,
				b = n;

	/* the indent and the trailing spaces of a paragraph are no gap between cells */
	while (a < b && in[a] == ' ')
		a++;
	while (b > a && in[b - 1] == ' ')
		b--;
	if (memchr(in, '\t', n) || (!prose && memmem(in + a, b - a, "  ", 2)))
		return 0;				/* a table row */
	lp_buf_reserve(out, n);
	while (i < n)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, n - i, &l);

		LP_LOOP_CHECK(iter);
		if (cp == ' ' && prev && i + 1 < n)
		{
			int			nl;
			uint32_t	next = lp_u8(in + i + 1, n - i - 1, &nl);

			if (gap_goes(prev, next, prose))
			{
				changed = 1;
				i += 1;
				continue;		/* prev stays the character before the space */
			}
		}
		lp_buf_append(out, in + i, (size_t) l);
		prev = cp;
		i += (size_t) l;
	}
	if (!changed)
	{
		out->len = start;
		if (out->data)
			out->data[start] = '\0';
		return 0;
	}
	lp_repair_add(reps, "spacing", line, in, n, out->data + start, out->len - start);
	return 1;
}
