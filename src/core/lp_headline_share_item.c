/*
 * lp_headline_share_item.c — a share in a dash item of the year's results
 * (HEADLINE_SPEC: the "——" bullets a review opens with are its summary).
 * lp_headline_share.c keeps a share as body unless figures of its indicator
 * stand beside it; in an item its neighbours are the other results of the
 * item, whatever their indicator.
 */
#include "lp.h"
#include "lp_context.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define ITEM_REACH_FACTS 32		/* facts walked either way: one item's */
#define STRUCTURE_REACH_CHARS 80	/* an item's opening, where its structure is stated */

/* Is g, of f's item, a result of another indicator kept so far (not a share, not a topic's body)? */
static int
other_result_of_item(const lp_fact *g, const lp_fact *f)
{
	return g->indicator && g->indicator != f->indicator && g->measure != LP_MEASURE_SHARE &&
		(g->headline == LP_HEADLINE_CANDIDATE || g->headline == LP_HEADLINE_YES) &&
		lp_headline_same_period_result(g, f);
}

/* Does the item of f (its facts read on f's line) state a result of another indicator? */
static int
item_states_other_result(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		j;

	for (j = i; j-- > 0 && i - j <= ITEM_REACH_FACTS && lp_fact_same_line(&out->items[j], f);)
		if (other_result_of_item(&out->items[j], f))
			return 1;
	for (j = i + 1; j < out->n && j - i <= ITEM_REACH_FACTS && lp_fact_same_line(&out->items[j], f); j++)
		if (other_result_of_item(&out->items[j], f))
			return 1;
	return 0;
}

/*
 * Does the item's opening (s[a, b), at most STRUCTURE_REACH_CHARS characters,
 * before f's figure) state the structure of the three sectors ("——经济结构
 * 不断优化。三次产业结构为6.2∶40.5∶53.3。现代服务业占…")?  Bounded: a line of
 * many shares is not walked once a share.
 */
static int
opening_states_structure(const char *s, size_t a, size_t b, const lp_fact *f)
{
	size_t		at = a;
	int			chars;

	for (chars = 0; at < b && chars < f->span_start && chars < STRUCTURE_REACH_CHARS; chars++)
		at += lp_utf8_step((unsigned char) s[at]);
	return lp_words_find(LP_W_SECTOR_STRUCTURE, s + a, at - a, NULL) >= 0;
}

int
lp_headline_share_in_dash_item(const lp_facts *out, size_t i, const char *text,
							   const lp_line *lines, size_t nlines)
{
	const lp_fact *f = &out->items[i];
	int			li = lp_fact_read_line(f);
	size_t		a,
				b;
	const char *s;

	if (text == NULL || li < 1 || (size_t) li > nlines || f->evidence == NULL ||
		strncmp(f->evidence, "其中", strlen("其中")) == 0)
		return 0;
	s = text;
	a = lines[li - 1].start;
	b = lines[li - 1].end;
	lp_trim(s, &a, &b);
	if (lp_list_mark_at(s, a, b) != LP_MARK_DASH)
		return 0;
	if (item_states_other_result(out, i))
		return 1;
	/* (a wrapped item's figures are counted on their own line) */
	return f->line == li && opening_states_structure(s, a, b, f);
}

#define SENTENCE_REACH_CHARS 600	/* a paragraph's characters walked before a share */

/* The start of the last "。" in s[a, e), or e if none */
static size_t
last_full_stop(const char *s, size_t a, size_t e)
{
	size_t		k;

	for (k = e; k >= a + 3; k--)
		if (memcmp(s + k - 3, "。", 3) == 0)
			return k - 3;
	return e;
}

/*
 * Does s[a, e) state a ratio after a structure word: a digit, a colon (":",
 * "∶", "："), a digit ("三次产业结构为23.7:32.5:43.8")?  "产业结构持续优化"
 * names the structure without stating it.
 */
static int
states_structure(const char *s, size_t a, size_t e)
{
	long		at = lp_words_find(LP_W_SECTOR_STRUCTURE, s + a, e - a, NULL);
	size_t		k,
				n;

	if (at < 0)
		return 0;
	for (k = a + (size_t) at; k + 1 < e; k++)
	{
		if (s[k] < '0' || s[k] > '9')
			continue;
		n = s[k + 1] == ':' ? 1 : lp_at(s, e, k + 1, "∶") || lp_at(s, e, k + 1, "：") ? 3 : 0;
		if (n > 0 && k + 1 + n < e && s[k + 1 + n] >= '0' && s[k + 1 + n] <= '9')
			return 1;
	}
	return 0;
}

/*
 * A share in the sentence right after one stating the structure of the three
 * sectors (a bulletin's overall section: "…全县三次产业结构为18.2:39.6:42.2。
 * 第一产业占地区生产总值的比重比上年下降0.6个百分点；第二产业…，其中工业增加值
 * 占地区生产总值的比重为31.8%"): the paragraph goes on with how the economy is
 * made up, as a share after the structure in its own sentence does
 * (share_after_structure).  Bounded: SENTENCE_REACH_CHARS characters of the
 * paragraph before the share.
 */
int
lp_headline_share_in_structure_paragraph(const lp_fact *f, const char *text,
										 const lp_line *lines, size_t nlines)
{
	size_t		a,
				b,
				at,
				end,
				start;
	int			chars;

	if (text == NULL || f->line < 1 || (size_t) f->line > nlines || f->read_line != 0 ||
		f->span_start > SENTENCE_REACH_CHARS)
		return 0;
	a = lines[f->line - 1].start;
	b = lines[f->line - 1].end;
	for (at = a, chars = 0; at < b && chars < f->span_start; chars++)
		at += lp_utf8_step((unsigned char) text[at]);
	if ((end = last_full_stop(text, a, at)) == at)
		return 0;
	start = last_full_stop(text, a, end);
	start = start == end ? a : start + 3;
	return states_structure(text, start, end);
}
