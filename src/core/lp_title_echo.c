/*
 * lp_title_echo.c — a news title's figures are what the body says they are.
 *
 * News and digests put the figures in their title before the text states
 * them ("政府工作报告：城镇调查失业率5.5%左右，居民消费价格涨幅2%左右" over
 * "…提出2026年发展主要预期目标：…城镇调查失业率5.5%左右"). The title names
 * no year and no target word, so alone it reads as the report's results;
 * the same figure in the body says what it is for.  HEADLINE_SPEC counts a
 * figure repeated in the title and the body once.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_headline.h"
#include "lp_text.h"
#include "lp_title_echo.h"
#include "lp_words.h"

#include <stdlib.h>
#include <string.h>

#define TITLE_LINES 8			/* the title is among the first lines */
#define TITLE_MAX_CHARS 60		/* a headline, not the opening paragraph */
#define COPY_LOOK_FACTS 4096	/* the facts a copy's figure is looked for in: a text
								 * repeating its title stays linear */

/* Where a copy of the title stands in a line (characters; from < 0: none), read once a line. */
typedef struct title_copy
{
	int			line;
	int			from,
				to;
} title_copy;

/* The index of the line the title was read from, or -1. */
static long
title_line(const char *text, const lp_line *lines, size_t nlines, const char *title)
{
	size_t		tl = strlen(title),
				li;

	if (tl < 12)
		return -1;
	for (li = 0; li < nlines && li < TITLE_LINES; li++)
	{
		const char *s = text + lines[li].start;
		size_t		a = 0,
					b = lines[li].end - lines[li].start;

		lp_trim(s, &a, &b);
		/* a front matter's title line: "title: 'GDP增长目标为何设为5.5%左右'" */
		if (b - a > 6 && strncmp(s + a, "title:", 6) == 0)
			for (a += 6; a < b && (s[a] == ' ' || s[a] == '\'' || s[a] == '"'); a++)
				;
		if (b - a < 12 || memcmp(s + a, title, b - a < tl ? b - a : tl) != 0)
			continue;
		/* a sentence of the text taken for its title is not a headline */
		if (lp_find3(s + a, b - a, "。") != NULL || lp_utf8_chars(s + a, b - a) > TITLE_MAX_CHARS)
			return -1;
		return (long) li;
	}
	return -1;
}

/*
 * Did the report, not the title's own words, date f?  No heading is open
 * over a title: a heading's basis is the report's (its review heading).
 */
static int
dated_by_report(const lp_fact *f)
{
	switch (f->period_basis)
	{
		case LP_PERIOD_SENTENCE:
		case LP_PERIOD_RELATIVE:
		case LP_PERIOD_ANNIVERSARY:
		case LP_PERIOD_ELAPSED:
		case LP_PERIOD_NONE:
			return 0;
		default:
			return 1;
	}
}

/*
 * Is f inside a copy of the title in a later line ("【国家发改委主任：今年GDP
 * 增长6%，…】他同时表示，…", a page quoting its title as a pull quote)?
 */
static int
in_title_copy(const char *text, const lp_line *lines, const lp_fact *f, const char *title,
			  title_copy *tc)
{
	if (tc->line != f->line)
	{
		const char *s = text + lines[f->line - 1].start;
		size_t		len = lines[f->line - 1].end - lines[f->line - 1].start,
					tl = strlen(title);
		const char *p = tl >= 3 ? lp_find_lit(s, len, title, tl) : memmem(s, len, title, tl);

		tc->line = f->line;
		tc->from = p ? (int) lp_utf8_chars(s, (size_t) (p - s)) : -1;
		tc->to = p ? tc->from + (int) lp_utf8_chars(title, tl) : -1;
	}
	return tc->from >= 0 && f->span_start >= tc->from && f->span_end <= tc->to;
}

/* Is b the figure a states (a title may drop the qualifier the body gives)? */
static int
same_figure(const lp_fact *a, const lp_fact *b)
{
	return b->has_quantity && b->indicator == a->indicator && b->measure == a->measure &&
		(a->q.qualifier == LP_Q_EQ || a->q.qualifier == b->q.qualifier) &&
		strcmp(a->q.value, b->q.value) == 0 && strcmp(a->q.value_hi, b->q.value_hi) == 0 &&
		strcmp(a->q.unit, b->q.unit) == 0;
}

/*
 * Is g the title's figure f named in the body only as the target it is
 * ("GDP增长目标为何设为5.5%左右" over "…把这一目标确定在增长5.5%左右"): no
 * indicator, a subject naming a target or none, f's measure and number?
 */
static int
figure_named_as_target(const lp_fact *f, const lp_fact *g)
{
	return g->indicator == NULL && g->has_quantity && g->status == LP_STATUS_TARGET &&
		(g->subject == NULL || g->subject[0] == '\0' ||
		 lp_words_any(LP_W_TARGET_NOUN, g->subject, strlen(g->subject))) &&
		g->measure == f->measure && strcmp(f->q.value, g->q.value) == 0 &&
		strcmp(f->q.value_hi, g->q.value_hi) == 0 && strcmp(f->q.unit, g->q.unit) == 0;
}

/*
 * The body's statement of the title's figure f (out->items[i]): a later line's
 * for the title itself, any other line's but the title's for a copy of it.
 * *as_target: the statement names it only as a target, and is to take the
 * title's indicator.
 */
static lp_fact *
body_figure(lp_facts *out, size_t first, size_t i, long tli, int *as_target)
{
	const lp_fact *f = &out->items[i];
	int			copy = f->line != tli + 1;
	size_t		j;

	*as_target = 0;
	for (j = copy ? first : i + 1; j < out->n && (!copy || j - first < COPY_LOOK_FACTS); j++)
	{
		lp_fact    *g = &out->items[j];

		if (copy ? (g->line == f->line || g->line == tli + 1) : g->line <= f->line)
			continue;
		if (!copy && figure_named_as_target(f, g))
		{
			*as_target = 1;
			return g;
		}
		/* a title dating itself ("今年GDP增长6%") is echoed by its year's figure */
		if (same_figure(f, g) && (dated_by_report(f) || strcmp(f->period, g->period) == 0))
			return g;
	}
	return NULL;
}

/*
 * Does the title's level f round the body's level g ("青禾市实现GDP1.8万亿元"
 * over "实现地区生产总值18236.47亿元")?  g rounds to f at f's last digit, or
 * f cuts g there (1.86 → 1.8), and g is written with more digits: one
 * figure, and the body's is the exact one.
 */
static int
rounds_figure(const lp_fact *f, const lp_fact *g)
{
	const char *dot = strchr(f->q.value, '.');
	double		v = strtod(f->q.value, NULL),
				fb = strtod(f->q.base_value, NULL),
				gb = strtod(g->q.base_value, NULL),
				step;
	int			decimals = dot ? (int) strlen(dot + 1) : 0;

	if (v <= 0 || fb <= 0 || gb <= 0 || strcmp(f->q.base_unit, g->q.base_unit) != 0 ||
		strcmp(f->q.value, g->q.value) == 0)
		return 0;
	for (step = fb / v; decimals > 0; decimals--)
		step /= 10;
	return gb >= fb - step / 2 && gb < fb + step && strlen(g->q.value) > strlen(f->q.value);
}

/*
 * A title's level f (out->items[i]) that rounds a later level of its key in
 * the body is no headline: the view keeps one row per key, the first, and
 * the exact figure is the one the report states.  Looked for at most
 * COPY_LOOK_FACTS facts on.
 */
static void
title_rounds_body(lp_facts *out, size_t i)
{
	lp_fact    *f = &out->items[i];
	size_t		j;

	if (f->measure != LP_MEASURE_LEVEL || f->headline != LP_HEADLINE_CANDIDATE ||
		(f->q.qualifier != LP_Q_EQ && f->q.qualifier != LP_Q_APPROX))
		return;
	for (j = i + 1; j < out->n && j - i < COPY_LOOK_FACTS; j++)
	{
		const lp_fact *g = &out->items[j];

		if (g->line > f->line && g->has_quantity && g->indicator == f->indicator &&
			g->measure == LP_MEASURE_LEVEL && g->headline == LP_HEADLINE_CANDIDATE &&
			(g->q.qualifier == LP_Q_EQ || g->q.qualifier == LP_Q_APPROX) &&
			g->status == f->status && strcmp(g->period, f->period) == 0 && rounds_figure(f, g))
		{
			f->headline = LP_HEADLINE_NO;
			return;
		}
	}
}

void
lp_title_echo(lp_facts *out, size_t first, const char *text, const lp_line *lines,
			  size_t nlines, const char *title)
{
	long		tli = title_line(text, lines, nlines, title);
	size_t		i;
	title_copy	tc = {0, -1, -1};

	if (tli < 0)
		return;
	for (i = first; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i],
				   *g;
		int			as_target;

		if ((f->line != tli + 1 && (f->line <= tli + 1 || !in_title_copy(text, lines, f, title, &tc))) ||
			f->indicator == NULL || !f->has_quantity)
			continue;
		if ((g = body_figure(out, first, i, tli, &as_target)) == NULL)
		{
			if (f->line == tli + 1)
				title_rounds_body(out, i);
			continue;
		}
		if (as_target)
		{
			g->indicator = f->indicator;
			g->subject = f->subject;
		}
		f->status = g->status;
		if (dated_by_report(f))
		{
			memcpy(f->period, g->period, sizeof(f->period));
			f->period_basis = g->period_basis;
		}
	}
}
