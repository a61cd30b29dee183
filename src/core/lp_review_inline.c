/*
 * lp_review_inline.c — topics of work inside one paragraph of a review.
 *
 * A long paragraph may state the year's results, then go on through topics
 * of its own, each led by a short sentence with no figure ("…进出口增长4.5%。
 * 项目投资支撑有力。重点项目完成投资2.8万亿元，新开工项目320个…。扩大消费成效
 * 明显。…").  When most figures after such a lead name no indicator (the
 * test of lp_review_body.c topic_of_work), the run is a topic of work: its
 * figures are the body, save summary results (words.tsv summary_result) and,
 * as for any body, the indicators the report sets targets for.  A lead that
 * opens the line, or comes before any figure, or is an item "N是", leads no
 * topic here: it is the paragraph's own lead or an item of a summary list.
 */
#include "lp.h"
#include "lp_review_body.h"
#include "lp_headline.h"
#include "lp_ordinal.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define INLINE_LEAD_MAX_CHARS 12	/* "项目投资支撑有力。" */
#define INLINE_LEADS_MAX 32			/* leads of one line looked at */

/* a sentence s[p, q) short enough, with no digit or percent, not "N是…" */
static int
inline_lead(const char *s, size_t p, size_t q)
{
	size_t		i,
				chars = 0;

	if (p >= q || lp_ordinal_item(s + p, q - p) > 0)
		return 0;
	for (i = p; i < q; chars++)
	{
		unsigned char c = (unsigned char) s[i];

		if ((c >= '0' && c <= '9') || c == '%' || chars >= INLINE_LEAD_MAX_CHARS ||
			(i + 3 <= q && (lp_same(s + i, "％", 3) || (lp_same(s + i, "０", 2) &&
														(unsigned char) s[i + 2] >= 0x90 &&
														(unsigned char) s[i + 2] <= 0x99))))
			return 0;
		i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	}
	return chars > 0;
}

/*
 * The character offsets (from s[0]) of the line's inline leads; their number.
 * Characters are counted up to a lead when one is found (most lines have
 * none), not along every sentence.
 */
static int
find_leads(const char *s, size_t a, size_t b, int *at)
{
	const char *p;
	size_t		start = a,
				counted = 0,
				chars = 0;
	int			n = 0,
				digit = 0;

	for (p = lp_find3(s + a, b - a, "。"); p != NULL && n < INLINE_LEADS_MAX;
		 p = lp_find3(p + 3, (size_t) (s + b - p - 3), "。"))
	{
		size_t		end = (size_t) (p - s),
					i;

		if (start > a && digit && inline_lead(s, start, end))
		{
			chars += lp_utf8_chars(s + counted, start - counted);
			counted = start;
			at[n++] = (int) chars;
		}
		for (i = start; i < end && !digit; i++)
			digit = s[i] >= '0' && s[i] <= '9';
		start = end + 3;
	}
	return n;
}

/* Is a fact of out->items[first..] one a topic's run may make body? */
static int
has_candidate(const lp_facts *out, size_t first)
{
	size_t		i;

	for (i = first; i < out->n; i++)
		if ((out->items[i].status == LP_STATUS_ACTUAL || out->items[i].status == LP_STATUS_ESTIMATE) &&
			out->items[i].headline == LP_HEADLINE_CANDIDATE && out->items[i].indicator != NULL)
			return 1;
	return 0;
}

static int
summary_result(const char *code)
{
	size_t		len = strlen(code);

	return lp_words_prefix(LP_W_SUMMARY_RESULT, code, len) == len;
}

/* the run of leads[k] holds the fact at character c: k, or -1 before the first */
static int
run_of(const int *at, int n, int c)
{
	int			k = n - 1;

	while (k >= 0 && at[k] > c)
		k--;
	return k;
}

void
lp_review_inline_topics(lp_facts *out, size_t first, const char *s, size_t a, size_t b)
{
	int			at[INLINE_LEADS_MAX],
				all[INLINE_LEADS_MAX] = {0},
				named[INLINE_LEADS_MAX] = {0},
				n,
				k;
	size_t		i;

	if (out->n == first || b - a < 60 || !has_candidate(out, first) ||
		(n = find_leads(s, a, b, at)) == 0)
		return;
	for (i = first; i < out->n; i++)
		if (out->items[i].has_quantity && (k = run_of(at, n, out->items[i].span_start)) >= 0)
		{
			all[k]++;
			named[k] += out->items[i].indicator != NULL;
		}
	for (i = first; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if ((f->status == LP_STATUS_ACTUAL || f->status == LP_STATUS_ESTIMATE) &&
			f->headline == LP_HEADLINE_CANDIDATE && f->indicator != NULL &&
			(k = run_of(at, n, f->span_start)) >= 0 && named[k] * 2 < all[k] &&
			!summary_result(f->indicator))
			f->headline = LP_HEADLINE_BODY;
	}
}
