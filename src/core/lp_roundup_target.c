/*
 * lp_roundup_target.c — a roundup of regions' growth targets.
 *
 * News rounding up the provinces' targets ("31省份GDP增速目标出炉", "各地
 * 经济增长目标") names the indicator once, in its title or the paragraph,
 * and then sets each region's target with a verb alone: "湖北的目标由去年
 * 的7.5%左右上调为10%以上", "江西定为8%左右", "海南则设定为9.5%".  Such a
 * figure is the region's target of GDP growth for the year the roundup
 * speaks of (its own region, facts.region, so that the headline view keeps a
 * row for each region); a figure after 去年 with no change of target between
 * (天津去年的目标为11%, 比去年的8.5%) is last year's and stays as read.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_period.h"
#include "lp_roundup.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

int
lp_roundup_names_target(const char *s, size_t len)
{
	return lp_words_any(LP_W_ROUNDUP_GDP_TARGET, s, len);
}

/* Does the lead s[a, p) end with a verb setting a target (quotes and spaces aside)? */
static int
ends_setting(const char *s, size_t a, size_t p)
{
	while (p > a)
	{
		size_t		q = lp_prev_char(s, p);
		int			cl;
		uint32_t	cp = lp_utf8_next(s + q, p - q, &cl);

		if (cp != 0x201C && cp != '"' && cp != ' ' && cp != 0x3000)
			break;
		p = q;
	}
	return lp_words_suffix(LP_W_ROUNDUP_TARGET_SET, s + a, p - a) > 0 ||
		lp_words_suffix(LP_W_ROUNDUP_TARGET_CHANGE, s + a, p - a) > 0;
}

/* Is the figure at s[p] last year's: after 去年 in s[a, p) and no change of target between? */
static int
last_years(const char *s, size_t a, size_t p)
{
	size_t		from = a,
				at = p,
				wl;
	long		k;

	while (from < p && (k = lp_words_find(LP_W_YEAR_LAST, s + from, p - from, &wl)) >= 0)
	{
		at = from + (size_t) k;
		from = at + wl;
	}
	/* "由去年的7%上调为8%", "去年的目标为7%，今年定为8%" */
	return at < p && !lp_words_any(LP_W_ROUNDUP_TARGET_CHANGE, s + from, p - from) &&
		!lp_words_any(LP_W_YEAR_THIS, s + from, p - from);
}

int
lp_roundup_target(lp_facts *out, lp_fact *f, int named, const char *s, size_t name,
				  size_t n, size_t p, int targets_year)
{
	char		year[16];
	size_t		lead = lp_words_prefix(LP_W_REGION_HEAD_LEAD, s + name, p - name),
				a;
	int			y;

	/* "例如海南，…": the name after the example's lead */
	name += lead;
	if (!f->has_quantity || strcmp(f->q.base_unit, "%") != 0 ||
		(f->measure != LP_MEASURE_LEVEL && f->measure != LP_MEASURE_GROWTH) ||
		(f->indicator != NULL &&
		 (strcmp(f->indicator, "gdp") != 0 || f->measure != LP_MEASURE_GROWTH)) ||
		(lp_words_prefix(LP_W_REGION_GROUP, s + name, n) == n &&
		 lp_words_prefix(LP_W_REGION_REST, s + name, n) != n))
		return 0;
	/* the indicator is named in the title or before the figure on its line */
	if (!named)
		return 0;
	/* (read back from the figure at most as far as a subject is: a line of
	 * figures a region opens is read once, not once a figure) */
	a = name + n;
	if (p > a + LP_MAX_LOOKBACK)
		a = p - LP_MAX_LOOKBACK;
	if (!ends_setting(s, a, p) || last_years(s, a, p))
		return 0;
	/* "海南，2025年GDP增速为4%": the nearest year named, other than the targets' */
	if ((y = lp_last_year(s, a, p)) != 0 && y != targets_year)
		return 0;
	if (f->indicator == NULL)
		f->indicator = lp_pool_copy(out, "gdp", 3);
	f->measure = LP_MEASURE_GROWTH;
	f->status = LP_STATUS_TARGET;
	if (targets_year > 0)
	{
		snprintf(year, sizeof(year), "%d", targets_year);
		lp_copy_str(f->period, sizeof(f->period), year);
		f->period_basis = LP_PERIOD_INFERRED;
	}
	f->region = lp_pool_copy(out, s + name, n);
	f->headline = LP_HEADLINE_YES;
	return 1;
}
