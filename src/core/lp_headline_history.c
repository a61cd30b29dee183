/*
 * lp_headline_history.c — histories in a text that states a later year's
 * results: "2010年，深圳经济总量突破万亿元大关；2016年，…站上2万亿元台阶；
 * 2021年，…突破3万亿元" gives 2021's GDP; the milestones of 2010 and 2016,
 * two years or more before it, are no headline (HEADLINE_SPEC: histories of
 * earlier years).  A text stating one year's results only keeps them, however
 * old its date line says they are; so does a plan table's base-year column.
 * The year before's figures restated by a census or a revision are history
 * too ("2023年全国第五次经济普查结果：生产总值296.80亿元" in a bulletin of
 * 2024).
 */
#include "lp.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_words.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The year of a whole-year period ("2021"), 0 for a part or none. */
static int
whole_year(const char *p)
{
	/* byte tests and no call: asked for each fact's period in turn (issue 18) */
	return p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' &&
		p[3] >= '0' && p[3] <= '9' && p[4] == '\0' ? lp_period_year(p) : 0;
}

/* The report of a roundup fact f belongs to (lp_roundup.c), 0 when one report. */
static int
block_of(const lp_fact *f, const int *block, size_t nlines)
{
	return block && f->line >= 1 && (size_t) f->line <= nlines ? block[f->line - 1] : 0;
}

static int
result(const lp_fact *f)
{
	return f->headline != LP_HEADLINE_NO && f->indicator != NULL &&
		(f->status == LP_STATUS_ACTUAL || f->status == LP_STATUS_ESTIMATE);
}

/* A result with a whole year, keyed by what makes two facts the same series. */
typedef struct entry
{
	lp_fact    *f;
	int			block;
	int			year;
} entry;

static int
cmp_series(const void *pa, const void *pb)
{
	const entry *a = pa,
			   *b = pb;
	int			c = strcmp(a->f->indicator, b->f->indicator);
	uintptr_t	ra = (uintptr_t) a->f->region,
				rb = (uintptr_t) b->f->region;

	if (c != 0)
		return c;
	if (a->f->measure != b->f->measure)
		return a->f->measure < b->f->measure ? -1 : 1;
	if (ra != rb)
		return ra < rb ? -1 : 1;
	return a->block < b->block ? -1 : a->block > b->block;
}

/* Does fact g, of the year, name a census or a revision (words.tsv year_revised)? */
static int
names_revision(const lp_fact *g, int year)
{
	return whole_year(g->period) == year && g->evidence != NULL &&
		lp_words_any(LP_W_YEAR_REVISED, g->evidence, strlen(g->evidence));
}

/*
 * The years a line's facts state as a census's or a revision's ("…普查结果：
 * 生产总值296.80亿元，其中：第一产业增加值50.24亿元；…": the clauses after the
 * first name none, the whole line counts).  The facts of a line are adjacent:
 * each run of them is read once, when a result of it is first asked about
 * (asking each result's whole line again was quadratic on a long line).
 */
#define REVISION_YEAR0 1949
#define REVISION_YEARS 192

typedef struct revision_runs
{
	size_t	   *run_of;			/* the run of each fact */
	size_t	   *first;			/* the first fact of each run */
	uint64_t   *years;			/* REVISION_YEARS bits a run */
	unsigned char *read;		/* the run's years known */
} revision_runs;

#define RUN_WORDS (REVISION_YEARS / 64)

static void
revision_runs_init(revision_runs *rr, const lp_facts *out)
{
	size_t		i,
				r = 0;

	rr->run_of = lp_alloc(out->n * sizeof(size_t));
	rr->first = lp_alloc(out->n * sizeof(size_t));
	rr->years = lp_alloc0(out->n * RUN_WORDS * sizeof(uint64_t));
	rr->read = lp_alloc0(out->n);
	for (i = 0; i < out->n; i++)
	{
		if (i > 0 && !lp_fact_same_line(&out->items[i], &out->items[i - 1]))
			r++;
		if (i == 0 || r != rr->run_of[i - 1])
			rr->first[r] = i;
		rr->run_of[i] = r;
	}
}

static void
revision_runs_free(revision_runs *rr)
{
	lp_free(rr->run_of);
	lp_free(rr->first);
	lp_free(rr->years);
	lp_free(rr->read);
}

/* Does a fact of f's line of the year state it as a census's or a revision's? */
static int
revised_on_line(const lp_facts *out, revision_runs *rr, const lp_fact *f, int year)
{
	size_t		r = rr->run_of[f - out->items],
				j;
	uint64_t   *bits = rr->years + r * RUN_WORDS;
	int			k = year - REVISION_YEAR0;

	if (!rr->read[r])
	{
		for (j = rr->first[r]; j < out->n && rr->run_of[j] == r; j++)
		{
			int			y = whole_year(out->items[j].period) - REVISION_YEAR0;

			if (y >= 0 && y < REVISION_YEARS && names_revision(&out->items[j], y + REVISION_YEAR0))
				bits[y / 64] |= (uint64_t) 1 << (y % 64);
		}
		rr->read[r] = 1;
	}
	return k >= 0 && k < REVISION_YEARS && (bits[k / 64] >> (k % 64) & 1);
}

/*
 * A result of a sentence's year is history when its series (indicator,
 * measure, region, report) has a result two years later or more, or a
 * later one when a census or a revision restates it.  The results are sorted by series, so each series' latest year is found once
 * (comparing every pair was quadratic in the facts of a text).
 */
void
lp_headline_histories(lp_facts *out, const int *block, size_t nlines)
{
	entry	   *e;
	revision_runs rr;
	size_t		i,
				n = 0,
				g;

	/* as many entries as results: a list of figures without names has none */
	for (i = 0; i < out->n; i++)
		if (result(&out->items[i]) && whole_year(out->items[i].period) != 0)
			n++;
	if (n == 0)
		return;
	e = lp_alloc(n * sizeof(entry));
	n = 0;
	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];
		int			y = whole_year(f->period);

		if (y != 0 && result(f))
		{
			e[n].f = f;
			e[n].block = block_of(f, block, nlines);
			e[n].year = y;
			n++;
		}
	}
	qsort(e, n, sizeof(entry), cmp_series);
	revision_runs_init(&rr, out);
	for (g = 0; g < n;)
	{
		size_t		end = g + 1;
		int			latest = e[g].year;

		while (end < n && cmp_series(&e[g], &e[end]) == 0)
		{
			if (e[end].year > latest)
				latest = e[end].year;
			end++;
		}
		/* a plan table's base-year column (2020 beside 2023 and 2025) is its base, no history;
		 * the year before restated by a census beside the year's own is */
		for (i = g; i < end; i++)
			if ((latest >= e[i].year + 2 && e[i].f->period_basis == LP_PERIOD_SENTENCE) ||
				(latest > e[i].year && revised_on_line(out, &rr, e[i].f, e[i].year)))
				e[i].f->headline = LP_HEADLINE_NO;
		g = end;
	}
	revision_runs_free(&rr);
	lp_free(e);
}

/*
 * "地区生产总值39.1亿元，同比增长4.5%，年均增长5.8%": a result's average over
 * the years (a period spanning them) beside the year's own growth of its
 * indicator in the same sentence is the five years' history; the year's
 * growth is the headline (HEADLINE_SPEC).  A midterm review stating only the
 * average (2021-2023) keeps it.  Facts of one sentence are adjacent: the
 * scan goes no further than the sentence.
 */
static int
year_growth_beside(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		j;

	for (j = i; j-- > 0 && out->items[j].evidence == f->evidence;)
		if (out->items[j].indicator == f->indicator && out->items[j].measure == LP_MEASURE_GROWTH &&
			whole_year(out->items[j].period) != 0)
			return 1;
	for (j = i + 1; j < out->n && out->items[j].evidence == f->evidence; j++)
		if (out->items[j].indicator == f->indicator && out->items[j].measure == LP_MEASURE_GROWTH &&
			whole_year(out->items[j].period) != 0)
			return 1;
	return 0;
}

/* Is f a result's growth over years (a period spanning them, "2012-2016")? */
static int
growth_over_years(const lp_fact *f)
{
	return f->measure == LP_MEASURE_GROWTH && f->indicator != NULL && f->evidence != NULL &&
		(f->status == LP_STATUS_ACTUAL || f->status == LP_STATUS_ESTIMATE) &&
		strlen(f->period) == 9 && f->period[4] == '-';
}

size_t
lp_headline_line_end(const lp_facts *out, size_t a)
{
	size_t		b = a;

	while (b < out->n && lp_fact_same_line(&out->items[b], &out->items[a]))
		b++;
	return b;
}

/*
 * Does the line of facts [a, b) state the year's results with the averages
 * of the years appended ("2031年，预计实现地区生产总值52.6亿元，同比增长5.5%，
 * 年均增长6.2%；固定资产投资61.3亿元，年均增长9%；…")?  It does when an
 * indicator's growth of the year comes right before its average: its other
 * levels are the year's too, and its averages history.  A review of the
 * years alone (levels and averages, no growth of a year) does not.
 */
int
lp_headline_appends_averages(const lp_facts *out, size_t a, size_t b)
{
	size_t		i;

	for (i = a + 1; i < b; i++)
	{
		const lp_fact *g = &out->items[i],
				   *p = &out->items[i - 1];

		if (growth_over_years(g) && p->evidence == g->evidence && p->indicator == g->indicator &&
			p->measure == LP_MEASURE_GROWTH && whole_year(p->period) != 0)
			return 1;
	}
	return 0;
}

void
lp_headline_averages_beside_year(lp_facts *out)
{
	size_t		a,
				b,
				i;

	for (a = 0; a < out->n; a = b)
	{
		int			appended;

		b = lp_headline_line_end(out, a);
		appended = lp_headline_appends_averages(out, a, b);
		for (i = a; i < b; i++)
		{
			lp_fact    *f = &out->items[i];

			if (f->measure == LP_MEASURE_GROWTH && result(f) && f->evidence &&
				strlen(f->period) == 9 && f->period[4] == '-' &&
				(appended || year_growth_beside(out, i)))
				f->headline = LP_HEADLINE_NO;
		}
	}
}
