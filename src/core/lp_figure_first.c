/*
 * lp_figure_first.c — cards that give the figure first and name it after.
 *
 * A digest of a report told by its figures (一图读懂, 数说, 速览) turned into
 * text puts each figure first, its name after it, on the same line or on the
 * next:
 *
 *     6%左右
 *     地区生产总值增长
 *
 *     1250亿元 全市地区生产总值
 *
 * Nothing stands before such a figure but an item's mark; the name after it
 * is a label (words only, no clause) naming an indicator, with the growth
 * or decline word that makes it a growth at its end.  Read otherwise, the
 * figure has no subject, or takes the label of the card before it.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_figure_first.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define NAME_MAX_BYTES (24 * 3)	/* a label, not a sentence */

/* Past the mark opening an item at s[a, b): spaces, a dash or a bullet, an item number. */
static size_t
past_marks(const char *s, size_t a, size_t b)
{
	size_t		n;

	a = lp_skip_space(s, b, a);
	if (lp_list_mark_at(s, a, b) != LP_MARK_NONE)
	{
		while ((n = lp_words_prefix(LP_W_LIST_DASH, s + a, b - a)) > 0 ||
			   (n = lp_words_prefix(LP_W_LIST_BULLET, s + a, b - a)) > 0 ||
			   (n = lp_words_prefix(LP_W_LIST_DOT, s + a, b - a)) > 0)
			a += n;
	}
	else
		a += lp_item_number_len(s, a, b);
	return lp_skip_space(s, b, a);
}

/* Is s[a, b) words only: no digit, no clause or list mark, no bracket or sign? */
static int
words_only(const char *s, size_t a, size_t b)
{
	while (a < b)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(s + a, b - a, &n);

		if ((cp >= '0' && cp <= '9') || lp_is_clause_end(cp) || lp_is_list_sep(cp) ||
			cp == 0xFF08 || cp == '(' || cp == '%' || cp == 0xFF05 || cp == '|' ||
			cp == '\t' || cp == 0xFF5C || cp == 0x3002 || cp == 0x201C || cp == 0x201D)
			return 0;
		a += (size_t) n;
	}
	return 1;
}

/*
 * Is s[a, b) the name of a figure given before it?  Its measure (a growth
 * or decline word ending it) in *measure and *negative, the name without
 * it in *na, *nb; *named_target when the name ends with a target's nouns.
 */
/* The target's nouns ending s[a, *b) ("预期目标", "预期"), taken off: 1 if any. */
static int
strip_target_nouns(const char *s, size_t a, size_t *b)
{
	size_t		n;
	int			k = 0;

	while ((n = lp_words_suffix(LP_W_TARGET_NOUN, s + a, *b - a)) > 0 && n < *b - a)
	{
		*b -= n;
		k = 1;
	}
	if (k && *b >= a + 3 && lp_same(s + *b - 3, "的", 3))
		*b -= 3;
	return k;
}

static int
name_after(const char *s, size_t a, size_t b, const lp_quantity *q, lp_measure *measure,
		   int *negative, size_t *na, size_t *nb, int *named_target)
{
	int			percent = strcmp(q->base_unit, "%") == 0 || strcmp(q->base_unit, "‰") == 0,
				points = strcmp(q->unit, "个百分点") == 0;
	size_t		n;

	lp_trim(s, &a, &b);
	/* "6%：规上工业增加值预期增速": a colon between the figure and its name */
	if (lp_at(s, b, a, "："))
		a += 3;
	else if (a < b && s[a] == ':')
		a++;
	lp_trim(s, &a, &b);
	/* "地区生产总值增长。": a full stop may end the label */
	if (b >= a + 3 && lp_at(s, b, b - 3, "。"))
		b -= 3;
	if (b <= a || b - a > NAME_MAX_BYTES || !words_only(s, a, b))
		return 0;
	*measure = LP_MEASURE_LEVEL;
	*negative = 0;
	/* "…增长预期目标", "…预期增速": the target's nouns, before or after the measure */
	*named_target = strip_target_nouns(s, a, &b);
	if ((n = lp_words_suffix(LP_W_DECLINE, s + a, b - a)) > 0)
		*negative = percent || points;
	else
		n = lp_words_suffix(LP_W_GROWTH, s + a, b - a);
	if (n == 0 && percent)
		n = lp_words_suffix(LP_W_GROWTH_RATE, s + a, b - a);
	if (n > 0)
		*measure = percent ? LP_MEASURE_GROWTH : LP_MEASURE_CHANGE;
	b -= n;
	*named_target |= strip_target_nouns(s, a, &b);
	lp_trim(s, &a, &b);
	*na = a;
	*nb = b;
	lp_subject_clean(s, &a, &b);
	return a < b && lp_indicator_by_suffix(s + a, b - a) != NULL;
}

/*
 * "——5.5%左右。这是今年全省经济增长的预期目标": the figure alone in its
 * sentence, the next naming it a target; the name in s[*a, *b), less the
 * target's nouns.  1 if so.
 */
static int
named_target_after(const char *s, size_t slen, size_t e, size_t *a, size_t *b)
{
	size_t		n,
				nouns = 0;

	if (!lp_at(s, slen, e, "。") ||
		(n = lp_words_prefix(LP_W_FIGURE_NAMED_BY, s + e + 3, slen - e - 3)) == 0)
		return 0;
	*a = e + 3 + n;
	*b = lp_next_end(s, *a, slen, lp_is_clause_end);
	while ((n = lp_words_suffix(LP_W_TARGET_NOUN, s + *a, *b - *a)) > 0)
	{
		*b -= n;
		nouns++;
	}
	if (*b >= *a + 3 && lp_same(s + *b - 3, "的", 3))
		*b -= 3;
	return nouns > 0;
}

/*
 * Can an item's mark (spaces, a dash, a bullet, an item number) end at p?
 * None ends in a hanzi or an ASCII letter or digit, the byte test that
 * spares past_marks for the figures inside a sentence (issue 18).
 */
static int
mark_may_end_at(const char *s, size_t ls, size_t p)
{
	const unsigned char *u = (const unsigned char *) s + p;

	if (p == ls)
		return 1;
	if ((u[-1] >= '0' && u[-1] <= '9') || ((u[-1] | 0x20) >= 'a' && (u[-1] | 0x20) <= 'z'))
		return 0;
	return !(p - ls >= 3 && u[-3] >= 0xE4 && u[-3] <= 0xE9 &&
			 (u[-2] & 0xC0) == 0x80 && (u[-1] & 0xC0) == 0x80);
}

int
lp_figure_first_name(const char *s, size_t slen, size_t line_start, const lp_quantity *q,
					 lp_measure *measure, int *negative, size_t *na, size_t *nb, int *target)
{
	size_t		e = lp_skip_space(s, slen, q->end),
				ta,
				tb;

	int			named = 0;

	*target = 0;
	if (q->start < line_start || !mark_may_end_at(s, line_start, q->start) ||
		past_marks(s, line_start, q->start) != q->start)
		return 0;
	if (name_after(s, e, slen, q, measure, negative, na, nb, target))
		return 1;
	*target = named_target_after(s, slen, e, &ta, &tb) &&
		name_after(s, ta, tb, q, measure, negative, na, nb, &named);
	return *target;
}

/* Does s[a, b) open with a digit, after one hanzi at most (超, 近)?  A cheap test before the quantity's. */
static int
digit_opens(const char *s, size_t a, size_t b)
{
	size_t		i;

	for (i = a; i < b && i < a + 4; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

int
lp_figure_opens(const char *s, size_t a, size_t b)
{
	lp_trim(s, &a, &b);
	a = past_marks(s, a, b);
	return a < b && digit_opens(s, a, b);
}

int
lp_figure_first_line(const char *s, size_t a, size_t b)
{
	lp_quantity q;
	lp_measure	measure;
	int			negative,
				named = 0;
	size_t		na,
				nb;

	lp_trim(s, &a, &b);
	a = past_marks(s, a, b);
	return a < b && digit_opens(s, a, b) && lp_quantity_next(s, b, a, &q) && q.start == a &&
		name_after(s, lp_skip_space(s, b, q.end), b, &q, &measure, &negative, &na, &nb, &named);
}

/* The quantity that is all of line s[a, b) but its opening mark; 0 if none. */
static int
figure_line(const char *s, size_t a, size_t b, lp_quantity *q)
{
	size_t		e = b;

	lp_trim(s, &a, &e);
	a = past_marks(s, a, e);
	if (e >= a + 3 && lp_at(s, e, e - 3, "。"))
		e -= 3;
	return a < e && digit_opens(s, a, e) && lp_quantity_next(s, e, a, q) && q->start == a &&
		q->end == e;
}

size_t
lp_figure_first_next(const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	const char *s = text + lines[li].start;
	lp_quantity q;
	lp_measure	measure;
	int			negative,
				named = 0;
	size_t		nj,
				na,
				nb;

	if (!figure_line(s, 0, lines[li].end - lines[li].start, &q))
		return 0;
	/* the next line of text, past one blank line at most */
	for (nj = li + 1; nj < nlines && nj <= li + 2; nj++)
	{
		size_t		a = lines[nj].start,
					b = lines[nj].end;

		lp_trim(text, &a, &b);
		if (a == b)
			continue;
		return name_after(text, a, b, &q, &measure, &negative, &na, &nb, &named) ? nj : 0;
	}
	return 0;
}

/*
 * "6%左右⏎地区生产总值增长", "●1250亿元 全市地区生产总值": a figure opening its
 * line (past an item's mark) with a label after it naming it; the label's
 * end words its measure.  1 when the subject is so named.
 */
int
lp_mention_named_after(lp_sentence *ss, lp_mention *m)
{
	lp_measure	measure;
	int			negative,
				target;
	size_t		a,
				b;

	if (!lp_figure_first_name(m->s, m->slen, 0, m->q, &measure, &negative, &a, &b, &target))
		return 0;
	m->named_after = 1;
	m->growth_after |= target;	/* named a target after it: a target (mention_status) */
	m->measure.measure = measure;
	m->measure.negative = negative;
	lp_subject_clean(m->s, &a, &b);
	lp_subject_copy(m->subject, m->s, a, b);
	m->subject_start = a;
	m->subject_end = b;
	lp_subject_measure(m->subject, m->q, &m->measure.measure);
	lp_mention_topic(ss, m);
	return 1;
}
