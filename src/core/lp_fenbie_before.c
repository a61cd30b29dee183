/*
 * lp_fenbie_before.c — the names a 分别 distributes over when its own clause
 * names nothing and the clause before it lists them: "在A、B方面，分别增长…",
 * "A、B和C，预计分别增长…"; a lead of only a rate noun ("增速分别为…") recalls
 * the names before.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fenbie.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#define TOPIC_MAX_BYTES (60 * 3)	/* the clause 在…方面 before a 分别 */
#define LIST_MAX_BYTES (200 * 3)	/* a list of names: nine headline names and more */

/*
 * The clause that ends with the mark just before clause_start, no longer
 * than max bytes: its words in *start, *end (before the mark); 0 when
 * there is no mark there or the clause is longer.
 */
static int
clause_before(const char *s, size_t clause_start, size_t max, size_t *start, size_t *end)
{
	size_t		e = clause_start,
				lo,
				a;
	int			cl;

	if (e == 0 || !lp_is_clause_end(lp_utf8_next(s + lp_prev_char(s, e), e - lp_prev_char(s, e), &cl)))
		return 0;
	e = lp_prev_char(s, e);
	lo = e > max ? e - max : 0;
	a = lp_after_last(s, lo, e, lp_is_clause_end);
	a = lp_skip_space(s, e, a);
	if (a == lo && lo > 0)
		return 0;
	*start = a;
	*end = e;
	return 1;
}

int
lp_fenbie_topic_before(const char *s, size_t clause_start, size_t *a, size_t *b)
{
	size_t		start,
				e;

	if (!clause_before(s, clause_start, TOPIC_MAX_BYTES, &start, &e))
		return 0;
	if (e < start + 12 || !lp_at(s, e, start, "在") || !lp_at(s, e, e - 6, "方面"))
		return 0;
	*a = start + 3;
	*b = e - 6;
	return lp_find3(s + *a, *b - *a, "、") != NULL;
}

int
lp_fenbie_list_before(const char *s, size_t clause_start, size_t *a, size_t *b)
{
	size_t		start,
				e;

	if (!clause_before(s, clause_start, LIST_MAX_BYTES, &start, &e))
		return 0;
	/* names only: a clause with a figure states its own */
	if (lp_find3(s + start, e - start, "、") == NULL || lp_has_digit(s + start, e - start))
		return 0;
	*a = start;
	*b = e;
	return 1;
}

#define LEAD_EMPTY_WORDS 3		/* "预计同比分别…": a few words at most */

/*
 * Length of a base year at a ("是2015年的", "为2015年的": the multiples after
 * it compare, as 比上年 does), 0 when none.
 */
static size_t
base_year_at(const char *s, size_t a, size_t b)
{
	if (b - a < 13 || (!lp_same(s + a, "是", 3) && !lp_same(s + a, "为", 3)) ||
		lp_year_digits(s + a + 3) == 0 || !lp_same(s + a + 7, "年的", 6))
		return 0;
	return 13;
}

int
lp_fenbie_lead_empty(const char *s, size_t a, size_t b)
{
	int			k;
	size_t		w;

	for (k = 0; k < LEAD_EMPTY_WORDS; k++)
	{
		a = lp_skip_separators(s, a, b);
		if ((w = lp_words_prefix(LP_W_FENBIE_LEAD_EMPTY, s + a, b - a)) == 0 &&
			(w = base_year_at(s, a, b)) == 0)
			break;
		a += w;
	}
	return lp_skip_separators(s, a, b) == b;
}

/*
 * "…分别达到48120元和25360元，增速分别为4.1%和6.0%": a lead before 分别 of
 * only a rate's noun (words.tsv rate_noun), words naming nothing around it
 * (fenbie_lead_empty: 同比, 全年), names no things: its length, where it
 * starts in *at; 0 when the lead is other.
 */
size_t
lp_fenbie_lead_rate(const char *s, size_t a, size_t b, size_t *at)
{
	size_t		w;

	a = lp_skip_separators(s, a, b);
	a += lp_words_prefix(LP_W_FENBIE_LEAD_EMPTY, s + a, b - a);
	*at = lp_skip_separators(s, a, b);
	if ((w = lp_words_prefix(LP_W_RATE_NOUN, s + *at, b - *at)) == 0 ||
		!lp_fenbie_lead_empty(s, *at + w, b))
		return 0;
	return w;
}

/*
 * The things recalled for a 分别 at fenbie_at with no list before it; a
 * rate's noun in the lead before it (lead: its start) goes with each of
 * them ("…，增速分别为…": 城镇居民人均可支配收入增速, the rate read as growth).
 */
void
lp_fenbie_recall_rate(lp_fenbie *fb, const lp_fenbie *recent, const char *s, size_t lead,
					  size_t fenbie_at, size_t to)
{
	size_t		at,
				w = lp_fenbie_lead_rate(s, lead, fenbie_at, &at);
	int			k;

	lp_fenbie_recall(fb, recent, s, fenbie_at, to);
	for (k = 0; w > 0 && k < fb->n; k++)
		if (strlen(fb->items[k]) + w <= LP_MAX_SUBJECT)
			strncat(fb->items[k], s + at, w);
}
