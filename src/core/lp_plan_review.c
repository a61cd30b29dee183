/*
 * lp_plan_review.c — a sentence reviewing a five-year plan that ended
 * before the text's year: its figures are the plan's totals, averages and
 * end levels, history (HEADLINE_SPEC: the review of a five-year plan), not
 * the results of the year.  A paragraph opening the review is a part of
 * the report (lp_context.c); this is the sentence of a news item or an
 * interview that reviews the plan inside a paragraph of other things.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_period.h"
#include "lp_plan_review.h"
#include "lp_text.h"
#include "lp_words.h"

#define PERIOD_WORD_BYTES 18	/* the period word follows the name and its quote */
#define RECORD_BYTES 24			/* the record's word follows the name and its quote */

/* Does s[a, b) open with a plan's name, ended before doc_year, as a period? */
static int
opens_with_plan_period(const char *s, size_t a, size_t b, int doc_year)
{
	size_t		at = 0;
	int			first;
	long		k;

	a += lp_after_speaker(s + a, b - a);
	while (a < b && lp_words_prefix(LP_W_PART_QUOTE, s + a, b - a) > 0)
		a += lp_words_prefix(LP_W_PART_QUOTE, s + a, b - a);
	if (!lp_five_year_plan_opens(s + a, b - a))
		return 0;
	first = lp_five_year_plan(s + a, b - a, &at);
	if (first == 0 || at != 0 || first + 4 >= doc_year)
		return 0;
	k = lp_words_find(LP_W_PLAN_REVIEW_PERIOD, s + a, b - a, NULL);
	return k >= 0 && k <= PERIOD_WORD_BYTES;
}

/* Does s[a, b) name the record of a plan ended before doc_year ("“十三五”成绩单")? */
static int
names_plan_record(const char *s, size_t a, size_t b, int doc_year)
{
	size_t		at = 0,
				n;
	int			first = lp_five_year_plan(s + a, b - a, &at);

	if (first == 0 || first + 4 >= doc_year)
		return 0;
	a += at;
	n = b - a < RECORD_BYTES ? b - a : RECORD_BYTES;
	return lp_words_any(LP_W_PLAN_RECORD, s + a, n);
}

int
lp_sentence_reviews_plan(const char *s, size_t sent_start, size_t at, int doc_year)
{
	/*
	 * every plan's name holds 五 (lp_period_plan.c keeps no other): a
	 * sentence without one reviews none, and most figures' sentences have none
	 */
	if (doc_year <= 0 || at <= sent_start || lp_find3(s + sent_start, at - sent_start, "五") == NULL)
		return 0;
	return opens_with_plan_period(s, sent_start, at, doc_year) ||
		names_plan_record(s, sent_start, at, doc_year);
}
