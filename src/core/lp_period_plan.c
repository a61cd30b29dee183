/*
 * lp_period_plan.c — periods of plans and targets: the year a report's
 * targets are for, the five-year plans (five_year_plans.tsv) and the years
 * they span, a goal's end year (到2030年, “十五五”末), average rates over
 * years, a target's and a part's period.
 */
#include "lp.h"
#include "lp_census.h"
#include "lp_data.h"
#include "lp_period.h"
#include "lp_period_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * A review of a plan ending in the report's year ("“十三五”和今年工作回顾",
 * 2016-2020, in a report of December 2020) reviews that year too.
 */
static int
review_of_plan_ending(const char *period, int year)
{
	const char *dash = strchr(period, '-');

	return dash != NULL && strlen(dash + 1) == 4 && lp_period_year(dash + 1) == year;
}

void
lp_period_of_targets(const lp_sections *secs, const lp_period_decision *report,
					 lp_period_decision *out)
{
	size_t		i;
	int			year = lp_period_year(report->period);
	char		next[16];

	*out = *report;
	if (year < 1949 || strspn(report->period, "0123456789") != strlen(report->period))
		return;
	/* news of a session speaks from the year after the one it reviews */
	if (report->doc_year == year + 1)
	{
		snprintf(next, sizeof(next), "%d", year + 1);
		lp_period_decide(out, next, LP_PERIOD_INFERRED);
		return;
	}
	for (i = 0; i < secs->n; i++)
		if (secs->items[i].role == LP_ROLE_REVIEW &&
			/* a news page's title ("…晒出亮丽成绩单") over its date line: no report's review */
			!(secs->items[i].line_start <= 1 && lp_basis_page_date(report->basis)) &&
			(secs->items[i].period[0] == '\0' ||
			 strcmp(secs->items[i].period, report->period) == 0 ||
			 review_of_plan_ending(secs->items[i].period, year)))
		{
			snprintf(next, sizeof(next), "%d", year + 1);
			lp_period_decide(out, next, LP_PERIOD_INFERRED);
			return;
		}
}

/* The five-year plans of five_year_plans.tsv, loaded once. */
#define MAX_PLANS LP_DATA_MAX_PLANS	/* check-data holds the file to it */

static struct
{
	const char *name;			/* points into the embedded data */
	size_t		len;
	int			first_year;
}			plans[MAX_PLANS];
static int	n_plans = -1;

#define PLAN_FIVE_MAX 8
static int	plan_five;			/* bit o: a name's first 五 is its character o */

static void
load_plans(void)
{
	lp_data_iter it;			/* rows checked against the file's schema */
	const char *five;

	n_plans = 0;
	lp_data_open(&it, LP_DATA_FIVE_YEAR_PLANS);
	while (n_plans < MAX_PLANS && lp_data_next(&it, NULL) > 0)
	{
		/* names start with a hanzi and hold 五 among their first PLAN_FIVE_MAX + 1 characters */
		five = lp_find3(it.row.f[0], it.row.len[0], "五");
		if ((unsigned char) it.row.f[0][0] < 0xE0 || five == NULL ||
			(five - it.row.f[0]) % 3 != 0 || five - it.row.f[0] > 3 * PLAN_FIVE_MAX)
			continue;
		plan_five |= 1 << ((five - it.row.f[0]) / 3);
		plans[n_plans].name = it.row.f[0];
		plans[n_plans].len = it.row.len[0];
		plans[n_plans].first_year = atoi(it.row.f[1]);
		n_plans++;
	}
}

/* The plan named at p, if any: its first year, 0 if none. */
static int
plan_at(const char *p, const char *end, size_t *len)
{
	int			k;

	/* names start with a hanzi: its last byte rules out most names before the compare */
	if (end - p < 3)
		return 0;
	/* every name holds its first 五 at a character plan_five marks: most places hold none */
	for (k = 0; k <= PLAN_FIVE_MAX; k++)
		if ((plan_five & (1 << k)) && end - p >= 3 * k + 3 && lp_same(p + 3 * k, "五", 3))
			break;
	if (k > PLAN_FIVE_MAX)
		return 0;
	for (k = 0; k < n_plans; k++)
		if (plans[k].name[2] == p[2] && (size_t) (end - p) >= plans[k].len &&
			memcmp(p, plans[k].name, plans[k].len) == 0)
		{
			if (len)
				*len = plans[k].len;
			return plans[k].first_year;
		}
	return 0;
}

/*
 * Every name holds 五 (七五, 十一五, 第九个五年: the loader keeps no other),
 * at byte 3, 6 or 9 (plan_five): one memchr-speed scan for 五 tests the
 * places a name could start before it.  The name that starts first counts.
 */
static int
five_year_plan(const char *s, size_t len)
{
	const char *end = s + len,
			   *first = NULL,
			   *q;
	int			year = 0,
				o,
				y;

	if (n_plans < 0)
		load_plans();
	for (q = lp_find3(s, len, "五"); q && (first == NULL || q - first < 3 * PLAN_FIVE_MAX);
		 q = lp_find3(q + 3, (size_t) (end - q - 3), "五"))
		for (o = PLAN_FIVE_MAX; o >= 0; o--)
			if ((plan_five & (1 << o)) && q - s >= 3 * o &&
				(first == NULL || q - 3 * o < first) && (y = plan_at(q - 3 * o, end, NULL)) != 0)
			{
				first = q - 3 * o;
				year = y;
				break;
			}
	return year;
}

int
lp_five_year_plan_opens(const char *s, size_t len)
{
	if (n_plans < 0)
		load_plans();
	return plan_at(s, s + len, NULL) != 0;
}

int
lp_five_year_plan(const char *s, size_t len, size_t *at)
{
	int			year = five_year_plan(s, len);
	size_t		k;

	/* where: the first name of that plan (names of one plan share no prefix) */
	for (k = 0; year && at && k < (size_t) n_plans; k++)
		if (plans[k].first_year == year)
		{
			const char *p = lp_find3(s, len, plans[k].name);

			for (; p && plan_at(p, s + len, NULL) != year; p = lp_find3(p + 3, (size_t) (s + len - p - 3), plans[k].name))
				;
			if (p)
			{
				*at = (size_t) (p - s);
				break;
			}
		}
	return year;
}

int
lp_plan_goals_end_year(const char *s, size_t n, int targets_year)
{
	int			first = lp_five_year_plan(s, n, NULL);

	if (first > 0 && (targets_year == 0 || first + 4 >= targets_year))
		return first + 4;
	return targets_year > 0 ? targets_year + 4 : 0;
}

/*
 * The years s[a, b) names: the first (or the start of its range, "2021—2023
 * 年"; one after a base year, "从2015年的…增加到") and the last.  Sets
 * "first-last" when they differ and returns 1.
 */
static int
named_years(const char *s, size_t a, size_t b, lp_period_decision *pd)
{
	size_t		at,
				from = a;
	int			first = 0,
				last = 0,
				base = 0,
				y;
	char		buf[16];

	while (from < b && (y = lp_find_year(s + from, b - from, &at)) != 0)
	{
		if (first == 0)
		{
			int			y0 = lp_year_range_start(s, from + at);

			first = y0 ? y0 : y;
			base = !y0 && from + at > a &&
				lp_words_suffix(LP_W_CHANGE_FROM, s + a, from + at - a) > 0;
		}
		last = y;
		from += at + 1;
	}
	if (!(first && last > first))
		return 0;
	snprintf(buf, sizeof(buf), "%d-%d", first + base, last);
	lp_period_decide(pd, buf, LP_PERIOD_SENTENCE);
	return 1;
}

static size_t closing_quote(const char *s, size_t len, size_t i);
static size_t name_quote_end(const char *s, size_t len, size_t i, int opened);

/*
 * The first year of the plan whose time opens the paragraph s[0, a)
 * ("“十四五”时期，…", "“十三五”期间，…"), 0 if none.
 */
static int
paragraph_plan(const char *s, size_t a)
{
	size_t		p = lp_skip_space(s, a, 0),
				q,
				name_len = 0;
	int			y;

	q = lp_words_prefix(LP_W_PART_QUOTE, s + p, a - p);
	p += q;
	if (p >= a || (y = plan_at(s + p, s + a, &name_len)) == 0)
		return 0;
	p += name_len;
	p += name_quote_end(s, a, p, q > 0);
	return lp_at(s, a, p, "时期") || lp_at(s, a, p, "期间") ? y : 0;
}

/* The years of the five-year plan the text, section heading or title names; 1 if one does. */
static int
plan_years(const char *s, size_t a, size_t b, const char *section, const char *title,
		   lp_period_decision *pd)
{
	int			y;
	lp_period_basis basis;
	char		buf[16];

	if ((y = five_year_plan(s + a, b - a)) != 0)
		basis = LP_PERIOD_SENTENCE;
	/*
	 * "“十四五”时期，上海发展历程极不平凡。…这五年，…居民人均可支配收入年均
	 * 增长5%" under the heading of the next plan's outline: the plan whose
	 * time the paragraph opens with
	 */
	else if ((y = paragraph_plan(s, a)) != 0)
		basis = LP_PERIOD_SENTENCE;
	else if (section && (y = five_year_plan(section, strlen(section))) != 0)
		basis = LP_PERIOD_HEADING;
	else if (title && (y = five_year_plan(title, strlen(title))) != 0)
		basis = LP_PERIOD_TITLE;
	else
		return 0;
	snprintf(buf, sizeof(buf), "%d-%d", y, y + 4);
	lp_period_decide(pd, buf, basis);
	return 1;
}

/* Does the paragraph s[0, a) open with five years ("五年来，", "各位代表！过去五年，")? */
static int
opens_with_five_years(const char *s, size_t a)
{
	size_t		p = lp_skip_space(s, a, 0);

	p += lp_words_prefix(LP_W_PART_SALUTATION, s + p, a - p);
	return p < a && lp_words_prefix(LP_W_FIVE_YEARS, s + p, a - p) > 0;
}

void
lp_period_average(const char *s, size_t a, size_t b, const char *section, const char *title,
				  lp_period_decision *pd)
{
	int			ctx_year = lp_period_year(pd->period);
	char		buf[16];

	if (named_years(s, a, b, pd) || plan_years(s, a, b, section, title, pd) || ctx_year == 0)
		return;
	/* "过去五年": the five years up to the mention's; also "五年来，…。…年均增长
	 * 9.5%", the paragraph opening with them */
	snprintf(buf, sizeof(buf), "%d-%d", ctx_year - 4, ctx_year);
	if (lp_words_any(LP_W_FIVE_YEARS, s + a, b - a) || opens_with_five_years(s, a))
		lp_period_decide(pd, buf, LP_PERIOD_SENTENCE);
	else if (section && lp_words_any(LP_W_FIVE_YEARS, section, strlen(section)))
		lp_period_decide(pd, buf, LP_PERIOD_HEADING);
}

/*
 * Does a closing quote start s[i, len)?  Its length, else 0.
 */
static size_t
closing_quote(const char *s, size_t len, size_t i)
{
	static const char *const q[] = {"”", "」", "』", "》", "’", "\""};
	size_t		k;

	for (k = 0; k < sizeof(q) / sizeof(q[0]); k++)
		if (lp_at(s, len, i, q[k]))
			return strlen(q[k]);
	return 0;
}

/*
 * The closing quote after a plan's name at s[i] (closing_quote); a name
 * opened by a quote may be closed by an opening mark typed for the closing
 * one in a copy ("“十四五“时期，杭州力争…"): its length, else 0.  Where the
 * quote before the name is not seen (lp_plan_end_at, given the name), the
 * period word after the mark (时期, 末) shows it closes the name.
 */
static size_t
name_quote_end(const char *s, size_t len, size_t i, int opened)
{
	size_t		n = closing_quote(s, len, i);

	return n == 0 && opened && lp_at(s, len, i, "“") ? strlen("“") : n;
}

size_t
lp_plan_name_at(const char *s, size_t len, int *first_year)
{
	size_t		q = lp_words_prefix(LP_W_PART_QUOTE, s, len),
				name_len = 0;
	int			first;

	if (n_plans < 0)
		load_plans();
	if ((first = plan_at(s + q, s + len, &name_len)) == 0)
		return 0;
	q += name_len;
	*first_year = first;
	return q + closing_quote(s, len, q);
}

size_t
lp_plan_end_at(const char *s, size_t len, int *end_year)
{
	int			first = 0;
	size_t		q = lp_plan_name_at(s, len, &first),
				w;

	if (q == 0)
		return 0;
	q += name_quote_end(s, len, q, 1);
	if ((w = lp_words_prefix(LP_W_PLAN_END_PERIOD, s + q, len - q)) == 0)
		return 0;
	*end_year = first + 4;
	return q + w;
}

/* A modal of the plan in s[a, b) (要, 将, 计划, 拟; not 要求, 将近, 要看到). */
static int
planned_modal_in(const char *s, size_t a, size_t b)
{
	size_t		i;

	for (i = a; i < b; i++)
		if ((((unsigned char) s[i]) & 0xC0) != 0x80 &&
			lp_words_prefix(LP_W_PLANNED_MODAL, s + i, b - i) > 0 &&
			lp_words_prefix(LP_W_PLANNED_MODAL_NOT, s + i, b - i) == 0)
			return 1;
	return 0;
}

/*
 * A goal of a plan running in doc_year, named by its span before a modal of
 * what is to be done (lp_period.h).
 */
/*
 * The plan s[a, b) names first: where its span ends (0 when none or no
 * span), *at where the name starts, *end_year the span's last year.
 */
static size_t
plan_span(const char *s, size_t a, size_t b, size_t *at, int *end_year)
{
	*at = 0;
	*end_year = 0;
	if (lp_five_year_plan(s + a, b - a, at) == 0)
		return 0;
	return lp_plan_end_at(s + a + *at, b - a - *at, end_year);
}

/* lp_plan_running_goal of the plan plan_span read (n, at, end_year) */
static int
running_goal_of(const char *s, size_t a, size_t b, int doc_year, size_t at, size_t n,
				int end_year)
{
	if (n == 0 || end_year - 4 > doc_year || end_year < doc_year)
		return 0;
	return planned_modal_in(s, a + at + n, b) ? end_year : 0;
}

int
lp_plan_running_goal(const char *s, size_t a, size_t b, int doc_year)
{
	size_t		at,
				n;
	int			end_year;

	if (doc_year == 0)
		return 0;
	n = plan_span(s, a, b, &at, &end_year);
	return running_goal_of(s, a, b, doc_year, at, n, end_year);
}

int
lp_year_ahead(const char *s, size_t a, size_t b, int doc_year)
{
	const char *p;
	size_t		at,
				n;
	int			end_year;

	if (doc_year == 0)
		return 0;
	/* the plan named first, read once for both tests below */
	n = plan_span(s, a, b, &at, &end_year);
	/* a plan's span that starts in the document's year or later ("“十五五”时期" in 2026) */
	if (n > 0 && end_year - 4 >= doc_year)
		return end_year;
	if ((end_year = running_goal_of(s, a, b, doc_year, at, n, end_year)) != 0)
		return end_year;
	for (p = lp_find3(s + a, b - a, "到"); p; p = lp_find3(p + 3, (size_t) (s + b - p - 3), "到"))
	{
		size_t		i = (size_t) (p - s) + 3,
					yat = 1;
		int			y = lp_find_year(s + i, b - i < 16 ? b - i : 16, &yat);

		if (y > doc_year && yat == 0)
			return y;
		if (lp_plan_end_at(s + i, b - i, &y) > 0 && y > doc_year)
			return y;
	}
	return 0;
}

void
lp_period_of_plan_target(lp_period_decision *pd, const char *s, size_t a, size_t b)
{
	size_t		at = 0,
				n;
	int			first,
				end_year = 0,
				y = lp_period_year(pd->period);
	char		buf[16];

	if (b <= a)
		return;
	first = lp_five_year_plan(s + a, b - a, &at);
	/* a plan over before the year decided so far is reviewed, not aimed at; not
	 * before a heading's guess of goals' end ("今后五年" from 2022: 2026) when it
	 * ends in the document's year or later ("到“十四五”末" → 2025) */
	if (first == 0 || (y > 0 && first + 4 < y &&
					   !(pd->basis == LP_PERIOD_HEADING && pd->doc_year > 0 && first + 4 >= pd->doc_year)))
		return;
	n = lp_plan_end_at(s + a + at, b - a - at, &end_year);
	if (n == 0 || lp_find_year(s + a + at + n, b - a - at - n, NULL) != 0)
		return;
	snprintf(buf, sizeof(buf), "%d", end_year);
	lp_period_decide(pd, buf, LP_PERIOD_SENTENCE);
}

/*
 * The year of a part's period: "2023H1" → "2023"; in a text naming no year
 * of its own, "YH1" → "Y", "Y-1H1" → "Y-1" (lp_period_sentence.c).
 */
static void
year_of_part(const char *period, char *buf, size_t cap)
{
	size_t		n = 1;

	if (period[0] != 'Y')
	{
		snprintf(buf, cap, "%d", atoi(period));
		return;
	}
	if (period[n] == '+' || period[n] == '-')
		for (n++; period[n] >= '0' && period[n] <= '9'; n++)
			;
	snprintf(buf, cap, "%.*s", (int) n, period);
}

void
lp_period_of_target(lp_period_decision *pd, const char *s, size_t a, size_t b)
{
	char		buf[16];

	/*
	 * A target in a half-year or quarterly report is for the year, unless its
	 * own sentence names the part ("上半年目标" is rare, "全年目标" common; "今年
	 * 下半年，…确保完成生产总值5420亿元" is the second half's).
	 * (A period shorter than a year and its part is no range of years.)
	 */
	if (!lp_period_is_annual(pd->period) && pd->period[0] &&
		(strlen(pd->period) < 5 || pd->period[4] != '-') &&
		((pd->basis != LP_PERIOD_SENTENCE && pd->basis != LP_PERIOD_RELATIVE) ||
		 lp_census_any(LP_W_WHOLE_YEAR, s + a, b - a)))
	{
		year_of_part(pd->period, buf, sizeof(buf));
		lp_period_decide(pd, buf, pd->basis);
		return;
	}
	/* only a period the document's year decided (a page date, a plan stage, …, or
	 * inferred from a session's news: the year before its session): headings and
	 * sentences stand */
	if (pd->doc_year == 0 || lp_period_year(pd->period) != pd->doc_year - 1 || !lp_period_is_annual(pd->period) ||
		!(lp_basis_page_date(pd->basis) || pd->basis == LP_PERIOD_PLAN ||
		  pd->basis == LP_PERIOD_ANNIVERSARY || pd->basis == LP_PERIOD_ELAPSED ||
		  pd->basis == LP_PERIOD_PUBLISHED || pd->basis == LP_PERIOD_SOURCE ||
		  pd->basis == LP_PERIOD_DATELINE ||
		  pd->basis == LP_PERIOD_INFERRED))
		return;
	snprintf(buf, sizeof(buf), "%d", pd->doc_year);
	lp_period_decide(pd, buf, LP_PERIOD_INFERRED);
}

/* the parts of a year (上半年, 一季度 … 下半年): part_named's kinds, the first
 * six lp_period_of_opening_part's */
static const lp_word_kind part_kinds[] = {
	LP_W_PERIOD_H1, LP_W_PERIOD_Q1_3, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q2,
	LP_W_PERIOD_Q4, LP_W_PERIOD_H2
};

/*
 * The part of a year s[a, b) names for the figure after it, the last one
 * that is no comparison base ("二季度增长6.0%", not "比一季度加快"); *at is
 * where it starts.  0 when none.
 */
static int
part_named(const char *s, size_t a, size_t b, size_t *at, size_t *len)
{
	const lp_word_kind *kinds = part_kinds;
	size_t		from = a;
	int			found = 0,
				base = 0;

	while (from < b)
	{
		long		pos[7];
		size_t		wl[7],
					best = 0,
					bl = 0;
		int			k;

		if (lp_census_find_each(kinds, 7, s + from, b - from, pos, wl) == 0)
			break;
		for (k = 0; k < 7; k++)
			if (pos[k] >= 0 && (bl == 0 || (size_t) pos[k] < best))
			{
				best = (size_t) pos[k];
				bl = wl[k];
			}
		best += from;
		/* a list of bases goes on: "比一季度、上半年分别提高" */
		base = (best > a && lp_words_suffix(LP_W_COMPARISON_BASE, s + a, best - a)) ||
			(base && (best == from + 3 && (lp_at(s, b, from, "、") || lp_at(s, b, from, "和"))));
		if (!base)
		{
			*at = best;
			*len = bl;
			found = 1;
		}
		from = best + bl;
	}
	return found;
}

/* A part of the text's own year in a text naming no year ("YH1", "YQ1-3"; not "Y-1H1") */
static int
yearless_part(const char *period)
{
	return period[0] == 'Y' && period[1] != '-' && period[1] != '+' && strpbrk(period, "HQM") != NULL;
}

/* "其中，" just before a clause of a text naming no year, its period not decided yet */
static int
yearless_breakdown(const lp_period_decision *pd, const char *s, size_t a)
{
	return pd->period[0] == '\0' && pd->doc_year < 1949 &&
		((a >= 9 && memcmp(s + a - 9, "其中，", 9) == 0) || (a >= 7 && memcmp(s + a - 7, "其中,", 7) == 0));
}

void
lp_period_of_part(lp_period_decision *pd, const char *s, size_t a, size_t b)
{
	int			year = lp_period_year(pd->period);
	size_t		at,
				len;
	char		buf[16];

	static uint32_t mask;

	if (mask == 0)
		mask = lp_census_mask(part_kinds, 7);
	/* a line naming no part of a year (most: the census knows) */
	/* in a text naming no year, a breakdown not dated yet ("其中，二季度…" after 上半年) too */
	if ((year < 1949 && !yearless_part(pd->period) && !yearless_breakdown(pd, s, a)) || (year >= 1949 && pd->period[4] == '-') ||
		lp_census_lacks(mask, s + a, b - a) ||
		lp_find_year(s + a, b - a, NULL) || !part_named(s, a, b, &at, &len))
		return;
	if (year < 1949)
	{
		/* in a text naming no year: "其中，一季度增长8.1%，二季度增长7.6%" → YQ1, YQ2 */
		char		suffix[12];

		lp_period_suffix(s + at, len, suffix, sizeof(suffix));
		if (suffix[0] == '\0')
			return;
		snprintf(buf, sizeof(buf), "Y%s", suffix);
	}
	else
		lp_period_of(s + at, len, year, buf, sizeof(buf));
	lp_period_cumulative(s + at, b - at, len, buf, sizeof(buf));
	if (strcmp(buf, pd->period) != 0)
		lp_period_decide(pd, buf, LP_PERIOD_SENTENCE);
}

void
lp_period_of_opening_part(lp_period_decision *pd, const lp_period_decision *ctx,
						  const char *s, size_t a, size_t b)
{
	static const lp_word_kind kinds[] = {
		LP_W_PERIOD_H1, LP_W_PERIOD_Q1_3, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q2,
		LP_W_PERIOD_Q4
	};
	int			year = lp_period_year(pd->period);
	size_t		at = lp_skip_space(s, b, a),
				wl = 0,
				e;
	long		pos[6];
	char		buf[16];

	static uint32_t mask;

	if (mask == 0)
		mask = lp_census_mask(kinds, 6);
	if (year < 1949 || pd->period[4] == '-' || pd->basis != ctx->basis ||
		strcmp(pd->period, ctx->period) != 0 || lp_census_lacks(mask, s + a, b - a))
		return;
	at += lp_words_prefix(LP_W_PART_OPENING_LEAD, s + at, b - at);
	if (lp_words_prefix_each(kinds, 6, s + at, b - at, &wl) < 0)
		return;
	e = at + wl;
	/* its own clause: "四季度，"; "四季度末", "四季度以来" are no part's figures */
	if (!(lp_at(s, b, e, "，") || (e < b && s[e] == ',')))
		return;
	if (lp_find_year(s + e, b - e, NULL) || lp_has_period_word(s + e, b - e) ||
		lp_census_find_each(kinds, 6, s + e, b - e, pos, NULL) > 0 ||
		lp_census_any(LP_W_YEAR_IN_FULL, s + e, b - e))
		return;
	lp_period_of(s + at, wl, year, buf, sizeof(buf));
	if (strcmp(buf, pd->period) != 0)
		lp_period_decide(pd, buf, LP_PERIOD_SENTENCE);
}
