/*
 * lp_headline_share.c — which shares (占…比重) are headline indicators: a
 * share is body unless the headline figures of its indicator stand beside
 * it (its sentence, the paragraph before it, a summary sentence it closes, a
 * structure of the three sectors, the other results of its "——" item:
 * lp_headline_share_item.c); lp_headline.c settles the rest.
 */
#include "lp.h"
#include "lp_fact.h"
#include "lp_clause.h"
#include "lp_headline.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdlib.h>
#include <string.h>

/*
 * A share after its indicator's figures in the same paragraph (or the line
 * before): "第一产业增加值5.6亿元，增长5.8%；…。一、二、三产业增加值分别
 * 占全县生产总值的13.4%、63.9%、22.7%", "…第三产业增加值…增长16%。第一产业
 * 增加值占地区生产总值的比重为23.8%" (a bulletin's overall section): the
 * share of headline figures is one too.  A share whose indicator has no
 * figure before it stays body.
 *
 * found[k] (NOT_WALKED before) keeps what the walk from share k found: the
 * figure's index, or NONE_FOUND.  A walk from a share of the same line that
 * meets share k of its indicator goes on as k's did, so it takes k's answer
 * (a line of many shares of a few indicators, "三次产业结构为8.2%、53.9%、
 * 37.9%，…" repeated, was walked back to its start for each: quadratic).
 */
#define NOT_WALKED ((size_t) -2)
#define NONE_FOUND ((size_t) -1)

#define FIGURE_GAP 6			/* lines from a share back to its figures, at most */

static int
same_section(const lp_fact *g, const lp_fact *f)
{
	if (g->section == NULL || f->section == NULL)
		return g->section == f->section;
	return g->section == f->section || strcmp(g->section, f->section) == 0;
}

static int
share_after_its_figures(const lp_facts *out, size_t i, size_t *found)
{
	const lp_fact *f = &out->items[i];
	size_t		j,
				at = NONE_FOUND;

	int			before = 0;		/* the line of facts nearest before f's */

	for (j = i; j-- > 0;)
	{
		const lp_fact *g = &out->items[j];

		/*
		 * (a list opened "一、二、三产业…" may be cut off as a heading of its
		 * own; a chart's caption may stand between, "图1 …增长速度", a line of
		 * no figure): the nearest line of facts before, a few lines up, in the
		 * same section
		 */
		if (before == 0 && g->line < f->line)
			before = g->line;
		if (g->line < f->line && (g->line != before || g->line + FIGURE_GAP < f->line ||
								  !same_section(g, f)))
			break;
		if (g->indicator != f->indicator)
			continue;
		if (g->measure != LP_MEASURE_SHARE)
		{
			at = j;
			break;
		}
		if (found[j] != NOT_WALKED && lp_fact_same_line(g, f))
		{
			at = found[j];
			break;
		}
	}
	found[i] = at;
	return at != NONE_FOUND && out->items[at].headline != LP_HEADLINE_NO &&
		lp_headline_same_period_status(&out->items[at], f);
}

/* Is g, of f's sentence, a result of another indicator (not a share)? */
static int
other_result_of_sentence(const lp_fact *g, const lp_fact *f)
{
	return lp_fact_same_line(g, f) && g->evidence && g->evidence == f->evidence && g->indicator &&
		g->indicator != f->indicator && g->measure != LP_MEASURE_SHARE &&
		g->headline != LP_HEADLINE_NO && lp_headline_same_period_result(g, f);
}

/*
 * A share in a sentence of the summary, among figures of other indicators
 * before or after it ("实现地区生产总值1100亿元、增长5.5%，服务业增加值占比
 * 首超80%"; "第二产业占比提高1个百分点，先进制造业增加值占GDP比重达到38%，
 * 金融业增加值突破90亿元，税收收入186.6亿元"): one of the year's results as
 * they are listed.  A share alone in its sentence, or among shares only, is
 * a detail of the body.  Each side is walked at most 16 facts.
 */
static int
share_in_summary_sentence(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		j;
	int			others = 0;

	for (j = i; j-- > 0 && i - j <= 16;)
	{
		if (!lp_fact_same_line(&out->items[j], f) || out->items[j].evidence != f->evidence)
			break;
		others += other_result_of_sentence(&out->items[j], f);
	}
	for (j = i + 1; j < out->n && j - i <= 16; j++)
	{
		if (!lp_fact_same_line(&out->items[j], f) || out->items[j].evidence != f->evidence)
			break;
		others += other_result_of_sentence(&out->items[j], f);
	}
	return others >= 2;
}

/*
 * A sentence of shares only right after a sentence of the year's results,
 * in the same paragraph ("…一般公共预算收入增长12.4%，税收收入增长13.7%。在
 * 规上工业增加值中，制造业增加值占88.3%，高新技术产业增加值占64.2%"): the
 * summary goes on with how the results are made up, as a share among the
 * results of its own sentence does (share_in_summary_sentence).  The
 * sentence before must state headline results of two other indicators (two
 * figures of one, "工业总产值5236.8亿元，增长7.4%。其中…占…比重", are a
 * section's topic); each walk stops after 32 facts.
 */
static int
shares_after_summary_sentence(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	const char *before = NULL,
			   *first = NULL;
	size_t		j;
	int			two = 0;

	for (j = i; j-- > 0 && i - j <= 32;)
	{
		const lp_fact *g = &out->items[j];

		if (!lp_fact_same_line(g, f) || g->evidence == NULL)
			break;
		if (g->evidence == f->evidence)
		{
			if (g->measure != LP_MEASURE_SHARE)
				return 0;
			continue;
		}
		if (before == NULL)
			before = g->evidence;
		if (g->evidence != before)
			break;
		if (!g->indicator || g->indicator == f->indicator ||
			g->measure == LP_MEASURE_SHARE || g->headline == LP_HEADLINE_NO ||
			!lp_headline_same_period_result(g, f))
			continue;
		if (first == NULL)
			first = g->indicator;
		else if (g->indicator != first)
			two = 1;
	}
	return two;
}

/*
 * A sentence of shares closing a paragraph whose sentences before it state
 * results of two other indicators, none of them a topic's body ("——发展质效
 * 稳步提升。工业技改投资增长12.5%；研发投入强度达2.1%；高新技术产业、战略性
 * 新兴产业增加值占规模以上工业增加值比重分别为32.4%、25.1%"): an item of the
 * year's results written a sentence a figure, as the summary sentence above
 * is one (shares_after_summary_sentence).  The walk stops after 32 facts.
 */
static int
shares_closing_results_paragraph(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	const char *first = NULL;
	size_t		j;

	/* "…。其中，高新技术产业产值占…比重": a part of the figure before, a topic's */
	if (f->evidence == NULL || strncmp(f->evidence, "其中", strlen("其中")) == 0)
		return 0;
	for (j = i; j-- > 0 && i - j <= 32;)
	{
		const lp_fact *g = &out->items[j];

		if (g->line != f->line || g->evidence == NULL)
			break;
		if (g->evidence == f->evidence)
		{
			if (g->measure != LP_MEASURE_SHARE)
				return 0;
			continue;
		}
		/* a topic's body, or figures of another year, are no item of results */
		if (g->headline == LP_HEADLINE_BODY || !lp_headline_same_period_result(g, f))
			return 0;
		if (!g->indicator || g->indicator == f->indicator || g->measure == LP_MEASURE_SHARE ||
			g->headline == LP_HEADLINE_NO)
			continue;
		if (first == NULL)
			first = g->indicator;
		else if (g->indicator != first)
			return 1;
	}
	return 0;
}

/*
 * A share naming no whole ("税收占比80.4%") right after a figure of another
 * indicator in its clause is a share of that figure: "一般公共预算收入25.5
 * 亿元，税收占比80.4%" states the revenue and how much of it is tax, and is
 * a headline when the revenue is.
 */
static int
share_of_figure_before(const lp_fact *out_items, size_t i)
{
	const lp_fact *f = &out_items[i],
			   *g = i > 0 ? &out_items[i - 1] : NULL;
	const char *at;

	if (g == NULL || g->evidence != f->evidence || f->evidence == NULL ||
		f->subject == NULL || g->indicator == NULL || g->indicator == f->indicator ||
		g->measure == LP_MEASURE_SHARE || g->headline == LP_HEADLINE_NO ||
		!lp_headline_same_period_status(g, f))
		return 0;
	at = strstr(f->evidence, f->subject);
	return at != NULL && strncmp(at + strlen(f->subject), "占比", strlen("占比")) == 0;
}

/*
 * A share going on from the structure of the economy in its sentence
 * ("三次产业结构调整为7.9:47.6:44.5，其中工业增加值占GDP的比重为36.4%"): the
 * overall section's figure, as the structure is (words.tsv sector_structure).
 */
static int
share_after_structure(const lp_fact *f)
{
	const char *at;
	size_t		wl;

	if (f->evidence == NULL || f->subject == NULL || f->indicator == NULL ||
		(at = strstr(f->evidence, f->subject)) == NULL)
		return 0;
	return lp_words_find(LP_W_SECTOR_STRUCTURE, f->evidence, (size_t) (at - f->evidence), &wl) >= 0;
}

/*
 * A share is a headline beside a headline figure of its indicator, stated
 * just before it ("战略性新兴产业总产值增长6.5%、占规模以上工业总产值比重
 * 提高到45%"); alone it is a detail of the body.
 */
void
lp_headline_shares_beside_figures(lp_facts *out, const char *text, const lp_line *lines, size_t nlines)
{
	size_t		i,
			   *found;

	if (out->n == 0)
		return;
	found = lp_alloc(out->n * sizeof(*found));
	for (i = 0; i < out->n; i++)
		found[i] = NOT_WALKED;
	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];
		const lp_fact *g = i > 0 ? &out->items[i - 1] : NULL;

		/* (a row of a plan's indicator table is one of its indicators) */
		if (f->measure != LP_MEASURE_SHARE || f->headline != LP_HEADLINE_CANDIDATE ||
			f->period_basis == LP_PERIOD_COLUMN || f->status == LP_STATUS_TARGET)
			continue;
		/* (its sentence may be wrapped over two lines: the same evidence) */
		if (!(g && (lp_fact_same_line(g, f) || (g->evidence && g->evidence == f->evidence)) &&
			  g->indicator == f->indicator &&
			  g->measure != LP_MEASURE_SHARE && g->headline != LP_HEADLINE_NO) &&
			!share_after_its_figures(out, i, found) && !share_in_summary_sentence(out, i) &&
			!shares_after_summary_sentence(out, i) && !shares_closing_results_paragraph(out, i) &&
			!share_of_figure_before(out->items, i) && !share_after_structure(f) &&
			!lp_headline_share_in_structure_paragraph(f, text, lines, nlines) &&
			!lp_headline_share_in_dash_item(out, i, text, lines, nlines))
			f->headline = LP_HEADLINE_NO;
	}
	lp_free(found);
}
