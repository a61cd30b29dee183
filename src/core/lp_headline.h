/*
 * lp_headline.h — which facts are the report's headline indicators
 * (lp_headline.c).
 */
#ifndef LP_HEADLINE_H
#define LP_HEADLINE_H

#include "lp.h"
#include "lp_context.h"

#include <string.h>

struct lp_line;				/* lp_text.h */

/* lp_fact.headline while a document is read; only NO and YES remain after. */
enum
{
	LP_HEADLINE_NO = 0,
	LP_HEADLINE_YES = 1,
	LP_HEADLINE_CANDIDATE = 2,	/* kept when no summary list covers it */
	LP_HEADLINE_BODY = 3		/* a candidate of a review's topics (lp_review_body.c):
								 * kept when the report sets a target of its indicator */
};

/*
 * A quantity read from running text in a part of the report: an item of a
 * summary list is a headline; a level or growth of a known indicator is a
 * candidate; nothing in the review of a five-year plan is, nor an average
 * rate among the goals of the next plan.
 */
unsigned char lp_headline_of_mention(const lp_fact *f, int summary, lp_part part);

/*
 * What lp_headline_of_mention says of f in a part with headlines when none
 * of its rules refuses f: LP_HEADLINE_NO means no in any part, whatever the
 * rules (they only refuse), so a caller need not ask what only refuses.
 */
unsigned char lp_headline_unless_refused(const lp_fact *f, int summary);

/* A row of a table: a candidate when it names a known indicator. */
unsigned char lp_headline_of_table_row(const lp_fact *f);

/* An item of a summary list stating no number: a headline when it names an indicator. */
unsigned char lp_headline_of_item(const lp_fact *f);

/*
 * Settle the candidates once the whole document is read: a candidate stays
 * a headline when no summary list states facts of its period and status.
 * In a roundup of several jurisdictions' reports, block (NULL: one report)
 * gives each of nlines lines its report, and a summary list states only
 * facts of its own report.
 */
void		lp_headline_settle(lp_facts *out, const int *block, const char *text,
							   const struct lp_line *lines, size_t nlines);

/* Results of a year two or more before a later year's of the same indicator
 * and measure in the same report: histories, no headline (lp_headline_history.c). */
void		lp_headline_histories(lp_facts *out, const int *block, size_t nlines);
void		lp_headline_averages_beside_year(lp_facts *out);
size_t		lp_headline_line_end(const lp_facts *out, size_t a);
int			lp_headline_appends_averages(const lp_facts *out, size_t a, size_t b);

/*
 * Is headline fact i a bound stated beside the exact value of the same
 * quantity in its sentence ("突破4000亿元大关，达4150亿元")?  The headline
 * view keeps it as a row of its own (HEADLINE_SPEC.md: two figures, two rows;
 * lp_headline_rounded.c).
 */
int			lp_headline_bound_beside_exact(const lp_facts *out, size_t i);

/* The report of a roundup fact f belongs to (lp_roundup.c), 0 when one report. */
static inline int
lp_headline_block_of(const lp_fact *f, const int *block, size_t nlines)
{
	return block && f->line >= 1 && (size_t) f->line <= nlines ? block[f->line - 1] : 0;
}

/* Do f and g belong to the same report of a roundup? */
static inline int
lp_headline_same_block(const lp_fact *f, const lp_fact *g, const int *block, size_t nlines)
{
	return lp_headline_block_of(f, block, nlines) == lp_headline_block_of(g, block, nlines);
}

/* Do a and b have the same period and status? */
static inline int
lp_headline_same_period_status(const lp_fact *a, const lp_fact *b)
{
	return a->status == b->status && strcmp(a->period, b->period) == 0;
}

/* Same period and status, an estimate of a result ("预计达34.6%") a result. */
static inline int
lp_headline_same_period_result(const lp_fact *a, const lp_fact *b)
{
	int			ra = a->status == LP_STATUS_ACTUAL || a->status == LP_STATUS_ESTIMATE,
				rb = b->status == LP_STATUS_ACTUAL || b->status == LP_STATUS_ESTIMATE;

	return (a->status == b->status || (ra && rb)) && strcmp(a->period, b->period) == 0;
}

/*
 * A share with no headline figure of its indicator beside it is no headline
 * (lp_headline_share.c; called by lp_headline_settle).  text and lines[nlines]
 * are the document's (text NULL: not known).
 */
void		lp_headline_shares_beside_figures(lp_facts *out, const char *text,
											  const struct lp_line *lines, size_t nlines);

/*
 * Is share i an item's result: in a "——" item of the review beside a result
 * of another indicator, or after the structure of the three sectors
 * (lp_headline_share_item.c)?
 */
int			lp_headline_share_in_dash_item(const lp_facts *out, size_t i, const char *text,
										   const struct lp_line *lines, size_t nlines);
int			lp_headline_share_in_structure_paragraph(const lp_fact *f, const char *text,
													 const struct lp_line *lines, size_t nlines);

/*
 * A title line restating a result the paragraph below reads as history is
 * history (lp_headline_title.c; called by lp_headline_settle).
 */
void		lp_headline_titles_of_history(lp_facts *out);

/*
 * Is candidate i a target in the paragraph right below a list of one item
 * (first), its line all figures of the list's period and status
 * (lp_headline_list_tail.c)?  Such a paragraph goes on with the list.
 */
int			lp_headline_list_tail(const lp_facts *out, size_t i, const lp_fact *first,
								  const char *text, const struct lp_line *lines, size_t nlines);

/*
 * A rounded level (近百万亿元, 约210亿元; a bound 超过5万亿元 beside other
 * figures) before the exact level of its key gives way to it
 * (lp_headline_rounded.c; called last by lp_headline_settle).
 */
void		lp_headline_rounded_before_exact(lp_facts *out, const int *block, size_t nlines);

/* A bulletin's farm section after its overall one (二、农业 after 一、综合): body
 * figures, no headline (lp_headline_bulletin.c). */
void		lp_headline_bulletin_farm(lp_facts *out);

/* Shares of a wider area than the report's ("全省占比达到32.4%" in a city's
 * report): no headline (lp_headline_share_wider.c). */
void		lp_headline_share_wider(lp_facts *out, size_t first_fact, const char *region_code,
									const char *region);

/* The province's figure quoted in a city's or a county's report ("…2021年广东省GDP达9.8万亿元"
 * in Shenzhen's news): no headline (lp_headline_wider_place.c). */
void		lp_headline_wider_place(lp_facts *out, size_t first_fact, const char *region_code,
									const char *region);

/* Is fact i a target named right before its result (fact i + 1) in one sentence
 * (lp_headline_target_pair.c)?  Kept a candidate, it takes its result's answer
 * in lp_headline_targets_with_results. */
int			lp_headline_target_before_its_result(const lp_facts *out, size_t i);
void		lp_headline_targets_with_results(lp_facts *out);

#endif
