/*
 * lp_mention_label.c — the label stage of a mention: a short label and its
 * colon opening the sentence ("1.地区生产总值：增长6.5%左右") name what an
 * item with no subject of its own measures (lp_mention.c asks).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * "1.地区生产总值：增长6.5%左右", "居民消费价格涨幅：3%左右": a short label
 * opening the sentence and its colon name what an item with no subject of
 * its own measures, and a growth word ending the label its measure.
 */
#define LABEL_MAX_BYTES (24 * 3)

/*
 * Bytes of a target noun ending the label s[a, b) when what comes before it,
 * a growth word taken off, names an indicator ("2024年GDP目标",
 * "经济增长预期目标"); 0 otherwise ("主要预期目标", "年度目标").
 */
static size_t
label_target_noun(const char *s, size_t a, size_t b)
{
	size_t		noun = lp_words_suffix(LP_W_TARGET_NOUN, s + a, b - a),
				g;

	if (noun == 0 || noun >= b - a)
		return 0;
	g = lp_words_suffix(LP_W_GROWTH, s + a, b - noun - a);
	if (g >= b - noun - a ||
		lp_indicator_by_suffix(s + a, b - noun - g - a) == NULL)
		return 0;
	return noun;
}

/*
 * "1.地区生产总值。前三季度完成312.6亿元": a heading of an indicator's name
 * alone, numbered or not ("地方一般公共预算收入。上半年实现4.34亿元"), its full
 * stop the colon, opening the line before the sentence of m: 1 with the
 * heading in s[*a, *b).  The name alone keeps prose out: a sentence of it
 * ends on a verb or a figure.
 */
static int
heading_label(const lp_mention *m, size_t *a, size_t *b)
{
	size_t		stop = m->sent_start,
				p,
				n;
	const char *code;

	if (m->clause_start != m->sent_start || stop < 3 || !lp_at(m->s, m->slen, stop - 3, "。"))
		return 0;
	stop -= 3;
	for (p = stop; p > 0 && stop - p < LABEL_MAX_BYTES && m->s[p - 1] != '\n'; p--)
		;
	if (p > 0 && m->s[p - 1] != '\n')
		return 0;
	p = lp_skip_space(m->s, stop, p);
	*a = p + lp_item_number_len(m->s, p, stop);
	*b = stop;
	lp_trim(m->s, a, b);
	/* the name alone: no figure, no clause ("1.稳增长。…" names none) */
	code = *a < *b ? lp_indicator_by_prefix(m->s + *a, *b - *a, &n) : NULL;
	return code != NULL && n == *b - *a;
}

/*
 * The label s[*a, *b) and its colon just before the clause of m, opening
 * its sentence after any item number: 1 if there is one.
 */
int
lp_mention_label_span(lp_mention_doc *doc, const lp_mention *m, size_t *a, size_t *b)
{
	size_t		colon = m->clause_start;

	*a = m->sent_start;
	if (heading_label(m, a, b))
		return 1;
	if (colon < *a + 3)
		return 0;
	if (lp_at(m->s, m->slen, colon - 3, "："))
		colon -= 3;
	else if (m->s[colon - 1] == ':')
		colon -= 1;
	else
		return 0;
	*a = lp_skip_space(m->s, colon, *a);
	*a += lp_item_number_len(m->s, *a, colon);
	*b = colon;
	lp_trim(m->s, a, b);
	if (*a >= *b || *b - *a > LABEL_MAX_BYTES ||
		lp_marks_after_last(&doc->marks.clause_ends, m->s, *a, *b) != *a)
		return 0;
	/* "今年GDP目标：增长5%左右": the target noun of a thing named, taken off */
	*b -= label_target_noun(m->s, *a, *b);
	/* a label names a thing: not an intro ("主要预期目标是：") */
	return !lp_words_any(LP_W_TARGET_NOUN, m->s + *a, *b - *a);
}

/*
 * Is s[a, b) the year's target and nothing else ("1.地区生产总值。全年目标增长
 * 6.5%，…": the heading names what the target is of)?
 */
static int
year_target_only(const char *s, size_t a, size_t b)
{
	size_t		n = lp_words_suffix(LP_W_TARGET_NOUN, s + a, b - a);

	if (n == 0)
		return 0;
	b -= n;
	return a == b || lp_words_suffix(LP_W_WHOLE_YEAR, s + a, b - a) == b - a;
}

void
lp_mention_label(lp_mention_doc *doc, lp_mention *m)
{
	size_t		a = m->window_start,
				b = m->window_end,
				la,
				lb,
				g;

	/* the first figure of the clause, not one after 、 ("增长7%、力争8%"), after
	 * a label: the cheap tests before the subject is cleaned */
	if (m->lead_start != m->clause_start || !lp_mention_label_span(doc, m, &la, &lb))
		return;
	lp_subject_clean(m->s, &a, &b);	/* only verbs before the number: "保持在" */
	if (a < b && !year_target_only(m->s, a, b))
		return;
	a = la;
	b = lb;
	if (m->measure.measure == LP_MEASURE_LEVEL && strcmp(m->q->base_unit, "%") == 0 &&
		(g = lp_words_suffix(LP_W_GROWTH, m->s + a, b - a)) > 0 && g < b - a)
	{
		m->measure.measure = LP_MEASURE_GROWTH;
		b -= g;
	}
	m->window_start = a;
	m->window_end = b;
}
