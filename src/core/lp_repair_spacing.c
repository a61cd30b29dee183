/*
 * lp_repair_spacing.c — the spaces that text taken from PDF puts around
 * numbers ("2023 年", "达到 11542.6 亿元", "3 .1%", "5% 以内"), taken out so
 * that years, values and units read as they are written in the report.
 *
 * A single ASCII space goes when it stands between a digit (or '.', '%')
 * and a hanzi or full-width punctuation, or between a digit and '.' or
 * '%', and in a line of prose
 * between two hanzi.  Lines with a tab, or a run of spaces and few full
 * stops, are table rows whose cells those spaces separate, and are left
 * alone, but for the spaces inside a date ("日期: 2022 年 01 月24日   作者:",
 * "发布时间：2018- 11 - 16", "date  2026 - 03 -02", day first "26.07 .2016") or a span of months
 * ("2016年 1 - 6 月"), which no table puts between its cells.  One pass reaches the fixed point: the neighbours tested are
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

/* Occurrences of the 3-byte lit in s[0, n), counted up to max. */
static int
count3(const char *s, size_t n, const char *lit, int max)
{
	const char *p = s,
			   *end = s + n;
	int			k = 0;

	while (k < max && (p = memmem(p, (size_t) (end - p), lit, 3)) != NULL)
	{
		k++;
		p += 3;
	}
	return k;
}

/* ASCII commas not between digits (a thousands separator is none), up to max. */
static int
count_commas(const char *s, size_t n, int max)
{
	size_t		i;
	int			k = 0;

	for (i = 0; i < n && k < max; i++)
		if (s[i] == ',' && !(i > 0 && i + 1 < n && is_digit((unsigned char) s[i - 1]) &&
							 is_digit((unsigned char) s[i + 1])))
			k++;
	return k;
}

/*
 * A line of prose: three full stops or more, or a sentence's end (。；, or
 * the half-width ; of a copy whose marks were all made half-width:
 * "…,调查失业率在5.3%以 下,居民消费价格上涨2.9%;") with three commas or
 * enumeration commas (a copy's line of one or two sentences: "报告显 示,地区
 * 生产总值增长5%左右,…。"); no table row reads so.
 */
#define PROSE_COMMAS 3

static int
is_prose(const char *in, size_t n)
{
	int			commas;

	if (count3(in, n, "。", PROSE_STOPS) == PROSE_STOPS)
		return 1;
	if (count3(in, n, "。", 1) == 0 && count3(in, n, "；", 1) == 0 && memchr(in, ';', n) == NULL)
		return 0;
	commas = count3(in, n, "，", PROSE_COMMAS) + count3(in, n, "、", PROSE_COMMAS);
	return commas + count_commas(in, n, PROSE_COMMAS) >= PROSE_COMMAS;
}

/*
 * A figure followed by a clause mark (",", ";", ，；、。), a space between
 * them at most: a clause of prose, whatever the spaces around its figures
 * ("值 5312 亿 元,增长  3.6% ;一般公共预"); a table's cells hold no clause
 * marks after their figures.
 */
static int
figure_in_clause(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i + 1 < n; i++)
	{
		size_t		j = i + 1;

		if (!(is_digit((unsigned char) s[i]) || s[i] == '%'))
			continue;
		if (s[j] == ' ')
			j++;
		if (j < n && ((s[j] == ',' && !(j + 1 < n && is_digit((unsigned char) s[j + 1]))) || s[j] == ';'))
			return 1;
		if (j + 3 <= n && (memcmp(s + j, "，", 3) == 0 || memcmp(s + j, "；", 3) == 0 ||
						   memcmp(s + j, "、", 3) == 0 || memcmp(s + j, "。", 3) == 0))
			return 1;
	}
	return 0;
}

static int
ascii_only(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if ((unsigned char) s[i] >= 0x80)
			return 0;
	return 1;
}

/* Past at most two ASCII spaces at s[k]. */
static size_t
skip_gap(const char *s, size_t n, size_t k)
{
	size_t		m = 0;

	while (k < n && s[k] == ' ' && m < 2)
	{
		k++;
		m++;
	}
	return k;
}

/* Past one or two ASCII digits at s[k]; k when there are none. */
static size_t
skip_day(const char *s, size_t n, size_t k)
{
	size_t		m = 0;

	while (k < n && is_digit((unsigned char) s[k]) && m < 3)
	{
		k++;
		m++;
	}
	return m >= 1 && m <= 2 ? k : (size_t) 0;
}

/* The literal lit at s[k]: past it, else 0. */
static size_t
skip_lit(const char *s, size_t n, size_t k, const char *lit)
{
	size_t		l = strlen(lit);

	return k + l <= n && memcmp(s + k, lit, l) == 0 ? k + l : 0;
}

/*
 * The end of a date starting at s[k] (a year of four digits, no digit
 * before it) with spaces inside: "2022 年 01 月24日", "2018- 11 - 16",
 * "2023 -06- 27"; 0 when none starts there.  Its spaces go wherever the
 * line stands.
 */
static size_t
date_end(const char *s, size_t n, size_t k)
{
	size_t		j = k,
				m,
				e;
	char		sep[2] = {0, 0};

	if (k > 0 && is_digit((unsigned char) s[k - 1]))
		return 0;
	while (j < n && j - k < 5 && is_digit((unsigned char) s[j]))
		j++;
	if (j - k != 4 || (s[k] != '1' && s[k] != '2'))
		return 0;
	j = skip_gap(s, n, j);
	if ((m = skip_lit(s, n, j, "年")) != 0)
	{
		if ((m = skip_day(s, n, skip_gap(s, n, m))) == 0 ||
			(m = skip_lit(s, n, skip_gap(s, n, m), "月")) == 0)
			return 0;
		e = skip_day(s, n, skip_gap(s, n, m));
		if (e && (e = skip_lit(s, n, skip_gap(s, n, e), "日")) != 0)
			return e;
		return m;
	}
	if (j >= n || (s[j] != '-' && s[j] != '/'))
		return 0;
	sep[0] = s[j];
	if ((m = skip_day(s, n, skip_gap(s, n, j + 1))) == 0 ||
		(m = skip_lit(s, n, skip_gap(s, n, m), sep)) == 0 ||
		(e = skip_day(s, n, skip_gap(s, n, m))) == 0)
		return 0;
	return e;
}

/*
 * The end of a date written day first starting at s[k] with spaces inside
 * ("26.07 .2016", "3 / 8 /2021"): a day and a month of one or two digits
 * and a year of four, each after the same '.', '-' or '/'; 0 when none
 * starts there.
 */
static size_t
dmy_end(const char *s, size_t n, size_t k)
{
	size_t		j,
				y;
	char		sep[2] = {0, 0};

	if ((k > 0 && (is_digit((unsigned char) s[k - 1]) || s[k - 1] == '.')) ||
		(j = skip_day(s, n, k)) == 0)
		return 0;
	j = skip_gap(s, n, j);
	if (j >= n || (s[j] != '.' && s[j] != '-' && s[j] != '/'))
		return 0;
	sep[0] = s[j];
	if ((j = skip_day(s, n, skip_gap(s, n, j + 1))) == 0 ||
		(j = skip_lit(s, n, skip_gap(s, n, j), sep)) == 0)
		return 0;
	j = skip_gap(s, n, j);
	for (y = j; y < n && y - j < 5 && is_digit((unsigned char) s[y]); y++)
		;
	if (y - j != 4 || (s[j] != '1' && s[j] != '2'))
		return 0;
	return y;
}

/*
 * The end of a span of months starting at s[k] with spaces inside
 * ("1 - 6 月", "1 -4月"): one or two digits, a dash, one or two digits, 月;
 * 0 when none starts there.
 */
static size_t
months_end(const char *s, size_t n, size_t k)
{
	static const char *const dashes[] = {"-", "~", "—", "－", "～", "至"};
	size_t		j,
				m = 0,
				d;

	if (k > 0 && is_digit((unsigned char) s[k - 1]))
		return 0;
	if ((j = skip_day(s, n, k)) == 0)
		return 0;
	j = skip_gap(s, n, j);
	for (d = 0; d < sizeof(dashes) / sizeof(dashes[0]) && m == 0; d++)
		m = skip_lit(s, n, j, dashes[d]);
	if (m == 0 || (m = skip_day(s, n, skip_gap(s, n, m))) == 0)
		return 0;
	return skip_lit(s, n, skip_gap(s, n, m), "月");
}

/* Full-width punctuation a figure stands against: 、。，；：（） */
static int
is_wide_punct(uint32_t cp)
{
	return cp == 0x3001 || cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B || cp == 0xFF1A ||
		cp == 0xFF08 || cp == 0xFF09;
}

static int
is_dash(uint32_t cp)
{
	return cp == '-' || cp == '~' || cp == 0xFF5E;
}

/*
 * Is a space between l and r (after it: s[k..]) inside a span of figures in
 * prose ("5%- 5.5%", "5 - 5.5%")?  ll is the character before l.
 */
static int
range_gap(uint32_t ll, uint32_t l, uint32_t r, const char *s, size_t n, size_t k)
{
	if ((is_digit(l) || l == '%') && is_dash(r))
	{
		if (k < n && s[k] == ' ')
			k++;
		return k < n && is_digit((unsigned char) s[k]);
	}
	return is_dash(l) && is_digit(r) && (is_digit(ll) || ll == '%');
}

/* A hanzi of three bytes at s[k]? */
static int
hanzi3_at(const char *s, size_t n, size_t k)
{
	int			l;

	return k + 3 <= n && lp_is_hanzi(lp_u8(s + k, n - k, &l)) && l == 3;
}

#define LETTER_SPACED_MIN 4		/* "城 镇 登 记": fewer is a lost line end ("同 比增长") */

/*
 * Is the space at s[i], between two hanzi, one of a name set letter by
 * letter ("◎ 城 镇 登 记 失 业 率2.6%", "实 字 为 要")?  Four hanzi or more,
 * each but the first and the last standing alone between single spaces: a
 * typeset spacing, not a lost line end, in a line that is no table.
 */
static int
letter_spaced_at(const char *s, size_t n, size_t i)
{
	size_t		q = i - 3;
	int			k = 2;

	if (i < 3 || !hanzi3_at(s, n, q) || !hanzi3_at(s, n, i + 1))
		return 0;
	while (q >= 4 && s[q - 1] == ' ' && hanzi3_at(s, n, q - 4) && k < LETTER_SPACED_MIN)
	{
		q -= 4;
		k++;
	}
	for (q = i + 1; q + 4 < n && s[q + 3] == ' ' && hanzi3_at(s, n, q + 4) && k < LETTER_SPACED_MIN;)
	{
		q += 4;
		k++;
	}
	return k >= LETTER_SPACED_MIN;
}

/*
 * Is the space at s[i] one of a year set digit by digit before 年, in a
 * heading letter-spaced as a whole ("一 、 2 0 2 4 年 工 作 回 顾", the text
 * layer of a printed web page)?  Four digits, the first 1 or 2, single spaces
 * between them, no digit before; no table writes four one-digit cells
 * followed by 年.
 */
static int
spaced_year_at(const char *s, size_t n, size_t i)
{
	size_t		back;

	for (back = 1; back <= 5 && back <= i; back += 2)
	{
		size_t		y = i - back,
					k;

		if ((s[y] != '1' && s[y] != '2') || (y > 0 && is_digit((unsigned char) s[y - 1])))
			continue;
		for (k = 1; k <= 3; k++)
			if (y + 2 * k >= n || s[y + 2 * k - 1] != ' ' || !is_digit((unsigned char) s[y + 2 * k]))
				break;
		if (k <= 3)
			continue;
		k = y + 7;
		if (k < n && s[k] == ' ')
			k++;
		return k + 3 <= n && memcmp(s + k, "\xE5\xB9\xB4", 3) == 0;	/* 年 */
	}
	return 0;
}

#define JUSTIFIED_MIN 2			/* "居民 人 均可 支 配": one alone may be a name */

/*
 * A line of hard-wrapped prose that a PDF justified by spacing its hanzi
 * ("农村居民 人 均可 支 配收入,预 计 分别 增 长"): two hanzi or more each
 * standing alone between single spaces, a hanzi beyond each space.  Its
 * spaces between hanzi are no gap between words, even in a line too short
 * to read as prose; a table's cells are names, not single hanzi set so.
 */
int
lp_spacing_justified(const char *s, size_t n)
{
	size_t		q;
	int			k = 0;

	for (q = 4; q + 7 <= n && k < JUSTIFIED_MIN; q++)
		if (s[q - 1] == ' ' && s[q + 3] == ' ' && hanzi3_at(s, n, q) &&
			hanzi3_at(s, n, q - 4) && hanzi3_at(s, n, q + 4))
			k++;
	return k >= JUSTIFIED_MIN;
}

/* Does a space between l and r go? */
static int
gap_goes(uint32_t l, uint32_t r, int prose)
{
	/* "增长 7.8% 、 9.2% 。": a list of figures read as one */
	if (((is_digit(l) || l == '%') && is_wide_punct(r)) || (is_wide_punct(l) && is_digit(r)))
		return 1;
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
	uint32_t	prev = 0,
				prev2 = 0;		/* the character before prev */
	int			changed = 0;

	int			prose = is_prose(in, n),
				just,			/* lp_spacing_justified, no table */
				runs,
				clause_figures,	/* runs of spaces in a clause with figures (figure_in_clause) */
				table;
	size_t		a = 0,
				b = n,
				date = 0;		/* the end of a date being copied */

	/* the indent and the trailing spaces of a paragraph are no gap between cells */
	while (a < b && in[a] == ' ')
		a++;
	while (b > a && in[b - 1] == ' ')
		b--;
	/* an ASCII line ("date  2026 - 03 -02") has its dates mended only */
	runs = memmem(in + a, b - a, "  ", 2) != NULL;
	clause_figures = runs && !prose && figure_in_clause(in + a, b - a);
	table = memchr(in, '\t', n) || (!prose && runs && !clause_figures) || ascii_only(in, n);
	just = !table && !runs && lp_spacing_justified(in + a, b - a);
	lp_buf_reserve(out, n);
	while (i < n)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, n - i, &l);

		LP_LOOP_CHECK(iter);
		if (i >= date && is_digit(cp) && (date = date_end(in, n, i)) == 0 &&
			(date = months_end(in, n, i)) == 0)
			date = dmy_end(in, n, i);
		if (cp == ' ' && i < date)
		{
			changed = 1;
			i += 1;
			continue;			/* inside a date */
		}
		if (cp == ' ' && prev && i + 1 < n && !table)
		{
			int			nl;
			/*
			 * a decimal point cut from its decimals by two spaces ("6835.  27");
			 * two spaces around a figure in a clause ("增长  3.6% ;")
			 */
			size_t		run = in[i + 1] == ' ' && i + 2 < n &&
				((prev == '.' && is_digit((unsigned char) in[i + 2])) || clause_figures) ? 2 : 1;
			uint32_t	next = lp_u8(in + i + run, n - i - run, &nl);

			if (gap_goes(prev, next, prose || just) || (run == 1 && letter_spaced_at(in, n, i)) ||
				(run == 1 && is_digit(prev) && spaced_year_at(in, n, i)) ||
				(prose && range_gap(prev2, prev, next, in, n, i + run + (size_t) nl)))
			{
				changed = 1;
				i += run;
				continue;		/* prev stays the character before the space */
			}
		}
		lp_buf_append(out, in + i, (size_t) l);
		prev2 = prev;
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
