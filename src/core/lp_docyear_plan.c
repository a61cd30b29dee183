/*
 * lp_docyear_plan.c — the plan stage of lp_docyear.c: a stage of a
 * five-year plan said of this year ("今年是“十四五”规划收官之年"), read over
 * the head with the breaks inside sentences taken out, and a plan's outline
 * draft put to the session the text reports.
 */
#include "lp.h"
#include "lp_docyear_int.h"
#include "lp_period.h"
#include "lp_session_year.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * A word of the year before the document's in s[a, p) that is no
 * comparison base: "刚刚过去的一年，是…", not "较去年同期增长12.6%".
 */
static int
past_word(const char *s, size_t a, size_t p)
{
	size_t		from = a,
				wl;
	long		at;

	while (from < p && (at = lp_words_find(LP_W_PLAN_STAGE_YEAR_PAST, s + from, p - from, &wl)) >= 0)
	{
		size_t		w = from + (size_t) at;

		from = w + wl;
		if (!(w > a && lp_words_suffix(LP_W_COMPARISON_BASE, s + a, w - a)) &&
			!lp_at(s, p, from, "同期") && !lp_at(s, p, from, "同"))
			return 1;
	}
	return 0;
}

/*
 * "上半年…为实现“十一五”良好开局奠定了基础": a part of the year, no year and
 * no next year named, whose results lead to the stage — the stage is this
 * year's (a release of the plan's first half-year).
 */
static int
part_of_this_year(const char *s, size_t a, size_t p)
{
	size_t		at;

	return lp_has_period_word(s + a, p - a) == 1 && lp_find_year(s + a, p - a, &at) == 0 &&
		!lp_words_any(LP_W_YEAR_NEXT, s + a, p - a);
}

/*
 * Is s[a, p), a sentence up to words of a stage or of one year, said of this
 * year (0: "今年是…", a part of it: "上半年…为…良好开局奠定了基础") or of the
 * year before (1: "刚刚过去的一年，是…")?  -1 if of neither.
 */
int
lp_docyear_stage_said_of(const char *s, size_t a, size_t p)
{
	if (lp_words_any(LP_W_YEAR_THIS, s + a, p - a))
		return 0;
	if (past_word(s, a, p))
		return 1;
	return part_of_this_year(s, a, p) ? 0 : -1;
}

/*
 * "今年是“十四五”规划收官之年": the first or last year of the plan named before
 * it; "今年是…党的十八大精神的开局之年": the year after the Party congress.
 */
static int
plan_stage(const char *s, size_t len)
{
	static const lp_word_kind kinds[] = {LP_W_PLAN_FIRST_YEAR, LP_W_PLAN_LAST_YEAR};
	long		at[2];
	int			i,
				k,
				after;

	lp_words_find_each(kinds, 2, s, len, at, NULL);
	/* the stage named first decides ("今年是“十四五”收官之年，也是为“十五五”良好开局…") */
	for (i = 0; i < 2; i++)
	{
		size_t		a,
					b;
		int			y;

		k = (at[0] >= 0 && at[1] >= 0 && at[1] < at[0]) ? 1 - i : i;
		if (at[k] < 0)
			continue;
		/*
		 * "今年是…": the stage is the document's year, not a past plan's;
		 * "刚刚过去的一年，是…": the year before it, so the document's is the next
		 */
		lp_docyear_sentence_around(s, len, (size_t) at[k], &a, &b);
		if ((after = lp_docyear_stage_said_of(s, a, (size_t) at[k])) < 0)
			continue;
		if ((y = lp_five_year_plan(s + a, (size_t) at[k] - a, NULL)) != 0)
			return (k == 0 ? y : y + 4) + after;
		if (after)
			continue;
		/* "今年是全面贯彻落实党的十八大精神的开局之年": the year after the congress */
		if (k == 0 && (y = lp_party_congress_year(s + a, (size_t) at[k] - a)) != 0)
			return y + 1;
	}
	return 0;
}

/*
 * "北京市的“十五五”规划纲要草案…，提交本次大会审查": a plan's outline draft
 * put to the session the text reports is put in the plan's first year (the
 * session of January 2026 reviews the 2026-2030 outline), whatever year its
 * results are of.  The plan is named before the draft word, the session's
 * review after it, in one sentence.  0 if none.
 */
int
lp_docyear_plan_draft(const char *s, size_t len)
{
	long		at = lp_words_find(LP_W_PLAN_DRAFT_REVIEW, s, len, NULL);
	size_t		a,
				b,
				d;
	long		draft;

	if (at < 0)
		return 0;
	lp_docyear_sentence_around(s, len, (size_t) at, &a, &b);
	if ((draft = lp_words_find(LP_W_PLAN_OUTLINE_DRAFT, s + a, (size_t) at - a, NULL)) < 0)
		return 0;
	d = a + (size_t) draft;
	return lp_five_year_plan(s + a, d - a, NULL);
}

/*
 * Does a line break after j[0, n) stay: after 。！？：；!?:; or at a blank
 * line (n == 0 or a break before it)?
 */
static int
break_kept(const char *j, size_t n)
{
	size_t		p;
	int			cl;
	uint32_t	cp;

	if (n == 0)
		return 1;
	p = lp_prev_char(j, n);
	cp = lp_utf8_next(j + p, n - p, &cl);
	return cp == '\n' || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1A ||
		cp == 0xFF1B || (cp > 0 && cp < 128 && strchr("!?:;", (int) cp));
}

#define ORDINAL_NEAR 45		/* bytes from the plan's name to 第: "“十四五”规划实施的" */

/*
 * Is the sentence s[a, p) said of this year (0: "今年是…"), of the year
 * before (1: "刚刚过去的一年是…")?  -1 if of neither.
 */
static int
said_of(const char *s, size_t a, size_t p)
{
	if (lp_words_any(LP_W_YEAR_THIS, s + a, p - a))
		return 0;
	return past_word(s, a, p) ? 1 : -1;
}

/*
 * "今年是“十四五”规划实施的第三年": the plan's first year plus two; "今年是
 * 党的二十大胜利召开之年": the congress's year.  The ordinal follows the plan's
 * name closely, in a sentence said of this year or the year before; the
 * first such sentence decides.  Each 第 is looked at once.  0 if none.
 */
static int
plan_ordinal(const char *s, size_t len)
{
	const char *d;
	size_t		from = 0,
				a,
				b,
				lo;
	long		held = lp_words_find(LP_W_PARTY_CONGRESS_HELD_YEAR, s, len, NULL);
	int			y,
				after;

	if (held >= 0)
	{
		lp_docyear_sentence_around(s, len, (size_t) held, &a, &b);
		if (said_of(s, a, (size_t) held) == 0 && (y = lp_party_congress_year(s + a, (size_t) held - a)) != 0)
			return y;
	}
	while (from < len && (d = lp_find3(s + from, len - from, "第")) != NULL)
	{
		size_t		i = (size_t) (d - s);
		int			cl,
					n = lp_cn_digit(lp_utf8_next(s + i + 3, len - i - 3, &cl));

		from = i + 3;
		if (n < 1 || n > 5 || !lp_at(s, len, i + 3 + (size_t) cl, "年"))
			continue;
		lp_docyear_sentence_around(s, len, i, &a, &b);
		lo = i - a > ORDINAL_NEAR ? i - ORDINAL_NEAR : a;
		while (lo < i && (((unsigned char) s[lo]) & 0xC0) == 0x80)
			lo++;
		if ((y = lp_five_year_plan(s + lo, i - lo, NULL)) == 0 || (after = said_of(s, a, i)) < 0)
			continue;
		return y + n - 1 + after;
	}
	return 0;
}

/*
 * plan_stage over the head with the breaks inside sentences taken out: a
 * page broken at its width breaks words ("奋力实现“十五五”良" / "好开局").
 * A line ending in a sentence's or list's end keeps its break.  The text
 * is copied a line at a time: only a break asks what ends the text before it.
 */
int
lp_docyear_plan_stage(const char *s, size_t len)
{
	char	   *j;
	size_t		i = 0,
				n = 0;
	int			y;

	if (memchr(s, '\n', len) == NULL)
		return (y = plan_stage(s, len)) != 0 ? y : plan_ordinal(s, len);
	j = lp_alloc(len + 1);
	while (i < len)
	{
		const char *nl = memchr(s + i, '\n', len - i);
		size_t		e = nl ? (size_t) (nl - s) : len;

		memcpy(j + n, s + i, e - i);
		n += e - i;
		if (nl && break_kept(j, n))
			j[n++] = '\n';
		i = e + 1;
	}
	if ((y = plan_stage(j, n)) == 0)
		y = plan_ordinal(j, n);
	lp_free(j);
	return y;
}

