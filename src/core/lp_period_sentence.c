/*
 * lp_period_sentence.c — the period of a figure from its sentence: the year
 * nearest before it (not a comparison base or a price base), a part of the
 * year, a relative year (今年, 去年), the sentence's lead for a clause naming
 * none, the whole year after a part.  lp_period.c reads the words of time.
 */
#include "lp.h"
#include "lp_census.h"
#include "lp_clause.h"
#include "lp_data.h"
#include "lp_period.h"
#include "lp_period_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The nearest year before b in s[from, b) that is not a comparison base
 * ("比2020年"); one found at or before *year_at (when *year is set) was seen
 * by an earlier call and is skipped.  Updates *year and *year_at.
 */
/* Is the year starting at s[q] the base of prices ("按2005年可比价格")? */
static int
price_base_year(const char *s, size_t q, size_t b)
{
	const char *y = lp_find3(s + q, b - q < 16 ? b - q : 16, "年");
	size_t		p;

	if (y == NULL)
		return 0;
	p = (size_t) (y - s) + 3;
	return p < b && lp_words_prefix(LP_W_PRICE_BASE_AFTER, s + p, b - p) > 0;
}

static int	in_number(uint32_t cp);

/*
 * Is the year starting at s[q] the base of a multiple ("全州地区生产总值180.6亿元，
 * 是2011年的1.9倍，…人均生产总值达44153元") or of a percentage of its level
 * ("增长12%，恢复到2019年的104%；固定资产投资增长25%")?  A figure after it
 * is not of that year.
 */
static int
multiple_base_year(const char *s, size_t q, size_t b)
{
	const char *y = lp_find3(s + q, b - q < 16 ? b - q : 16, "年");
	size_t		p,
				k;
	int			n;

	if (y == NULL)
		return 0;
	p = (size_t) (y - s) + 3;
	if (!lp_at(s, b, p, "的"))
		return 0;
	p += 3;
	for (k = 0; k < 6 && p < b; k++)
	{
		uint32_t	cp = lp_utf8_next(s + p, b - p, &n);

		if (!in_number(cp) && cp != '.' && cp != 0x4E24)	/* 两 */
			break;
		p += (size_t) n;
	}
	return k > 0 && (lp_at(s, b, p, "倍") || lp_at(s, b, p, "%") || lp_at(s, b, p, "％"));
}

/*
 * Is the year at s[q] inside a bracket that opens after a and closes before
 * b ("人均地区生产总值达10.7万元（暂用2019年常住人口计算），比上年增长7%")?
 * A note's year is not the period of what follows the note.
 */
static int
in_closed_note(const char *s, size_t a, size_t q, size_t b)
{
	size_t		i = q,
				j;

	while (i > a)
	{
		i = lp_prev_char(s, i);
		if (lp_at(s, q, i, "）") || s[i] == ')')
			return 0;
		if (lp_at(s, q, i, "（") || s[i] == '(')
			break;
	}
	if (i <= a && !(lp_at(s, q, a, "（") || s[a] == '('))
		return 0;
	for (j = q; j < b; j++)
	{
		if (lp_at(s, b, j, "（") || s[j] == '(')
			return 0;
		if (lp_at(s, b, j, "）") || s[j] == ')')
			return 1;
	}
	return 0;
}

static void
nearest_year(const char *s, size_t a, size_t from, size_t b, int *year, size_t *year_at)
{
	size_t		at;
	int			y;

	while (from < b && (y = lp_find_year(s + from, b - from, &at)) != 0)
	{
		size_t		q = from + at;

		if ((*year == 0 || q > *year_at) &&
			!(q > a && lp_words_suffix(LP_W_COMPARISON_BASE, s + a, q - a)) &&
			!price_base_year(s, q, b) && !multiple_base_year(s, q, b) &&
			!in_closed_note(s, a, q, b) && !lp_event_day_year(s, q, b) &&
			!lp_cited_document_year(s, a, q, b))
		{
			*year = y;
			*year_at = q;
		}
		from = q + 1;
	}
}

/* Can cp be part of a number or a range of numbers ("1-11月", "二〇二二年")? */
static int
in_number(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || cp == 0x3007 || cp == 0x25CB || lp_cn_digit(cp) >= 0 ||
		cp == '-' || cp == '~' || cp == 0x2013 || cp == 0x2014 || cp == 0xFF0D ||
		cp == 0xFF5E || cp == 0x81F3;	/* - ~ – — － ～ 至 */
}

/*
 * Where to rescan from when the last scan stopped at upto: a little before
 * it (a year or word may cross it), on a character, and not inside a number
 * or a range of numbers, so what is found is what a scan from a would find.
 */
static size_t
rescan_from(const char *s, size_t a, size_t upto)
{
	size_t		from = upto > a + 32 ? upto - 32 : a;

	while (from > a && (((unsigned char) s[from]) & 0xC0) == 0x80)
		from--;
	while (from > a)
	{
		size_t		p = lp_prev_char(s, from);
		int			n;

		if (!in_number(lp_utf8_next(s + p, from - p, &n)))
			break;
		from = p;
	}
	return from < a ? a : from;
}

/* Scan s[a, b) on from where ps stopped: the nearest year, else the latest part of a year. */
static void
scan_on(lp_period_scan *ps, const char *s, size_t a, size_t b)
{
	size_t		from;

	if (ps->upto < a)			/* a new sentence: its fields are zero */
		ps->upto = a;
	from = rescan_from(s, a, ps->upto);
	/* a year seen inside a note now closed ("（2019年为11.2亿元）12.3亿元") no longer names */
	/* nor a year that a multiple seen since turns into its base ("是2011年的1.9倍") */
	if (ps->year && (in_closed_note(s, a, ps->year_at, b) || multiple_base_year(s, ps->year_at, b)))
	{
		ps->year = 0;
		ps->year_at = 0;
		from = a;
	}
	nearest_year(s, a, from, b, &ps->year, &ps->year_at);
	/* a part of the year matters only while no year is named; the latest counts */
	if (ps->year == 0)
	{
		int			m1,
					m2,
					p = ps->part ? lp_find_months(s + from, b - from, &m1, &m2) :
			lp_has_period_word(s + from, b - from);

		if (p)
			ps->part = p;
	}
	ps->upto = b;
}

/* Is the period that of a whole year (no half, quarter or months)? */
int
lp_period_is_annual(const char *period)
{
	const char *p;

	/* one walk over the short string, not three strchr calls (issue 18) */
	for (p = period; *p; p++)
		if (*p == 'H' || *p == 'Q' || *p == 'M')
			return 0;
	return 1;
}

/*
 * Does a number of s[a, b) end before b on something no_figure does not
 * take for a date's or a range's mark (s[n, b) after the number)?
 */
static int
number_followed(const char *s, size_t a, size_t b, int (*no_figure) (const char *s, size_t n, size_t b))
{
	size_t		i;

	for (i = a; i < b; i++)
		if (isdigit((unsigned char) s[i]) &&
			(i + 1 == b || !(isdigit((unsigned char) s[i + 1]) || s[i + 1] == '.')) &&
			i + 1 < b && !no_figure(s, i + 1, b))
			return 1;
	return 0;
}

/* A year, a date or a range goes on at s[n]: 年, 月, 日, - or —. */
static int
date_or_range_at(const char *s, size_t n, size_t b)
{
	return s[n] == '-' || lp_at(s, b, n, "年") || lp_at(s, b, n, "月") ||
		lp_at(s, b, n, "日") || lp_at(s, b, n, "—");
}

/*
 * Does s[a, b) state a figure: a number followed by no 年, 月, 日 nor a
 * range's mark (a year or a date is no figure)?
 */
static int
states_figure(const char *s, size_t a, size_t b)
{
	return number_followed(s, a, b, date_or_range_at);
}

/*
 * A lead up to its first semicolon that states no figure introduces the
 * clauses after it ("报告分两部分：第一部分是2022年计划执行情况；第二部分是
 * 2023年主要预期目标安排，地区生产总值增长6%左右；规模以上工业增加值增长7%"):
 * the lead runs on to the end of the first clause stating one, before a.
 */
static void
lead_to_first_figure(const char *s, size_t a, size_t *lb)
{
	size_t		q = *lb;

	while (q < a)
	{
		size_t		e = q + 1;

		while (e < a && !lp_at(s, a, e, "；") && s[e] != ';')
			e++;
		if (e >= a)
			return;
		if (states_figure(s, q, e))
		{
			*lb = e;
			return;
		}
		q = e;
	}
}

/*
 * Where the first figure of s[a, b) ends (after its last digit), b if none.
 */
static size_t
first_figure_end(const char *s, size_t a, size_t b)
{
	size_t		i;

	for (i = a; i + 1 < b; i++)
		if (isdigit((unsigned char) s[i]) &&
			!(isdigit((unsigned char) s[i + 1]) || s[i + 1] == '.') &&
			!date_or_range_at(s, i + 1, b))
			return i + 1;
	return b;
}

/*
 * A lead opening with no part of the year and naming one only after its
 * first figure ("预计全年实现地区生产总值210亿元，增长7%，三季度三次产业比重为
 * 4.1:45.2:50.7；…"): the part is its own clause's (a quarter's structure), not
 * the clauses' after the semicolon; the lead is read up to that figure.
 */
static void
lead_part_after_figure(const char *s, size_t la, size_t *lb)
{
	size_t		f = first_figure_end(s, la, *lb);

	/* "目前共有规上工业企业184家，1-9月累计完成…；B…": a stock now names no
	 * part; the part after it is the lead's (words.tsv stock_lead) */
	if (f < *lb && lp_words_any(LP_W_STOCK_LEAD, s + la, f - la))
		return;
	if (f < *lb && lp_has_period_word(s + la, f - la) == 0 &&
		lp_find_year(s + la, f - la, NULL) == 0 && lp_has_period_word(s + f, *lb - f) != 0)
		*lb = f;
}

/*
 * The lead of the sentence a clause starting at a belongs to, when a
 * semicolon stands between them: "今年上半年，…：A增长10.3%；B增长36.1%" —
 * the sentence up to its first semicolon (its first comma when that is far),
 * [*la, *lb).
 */
static int
sentence_lead(const char *s, size_t a, size_t *la, size_t *lb)
{
	size_t		p = a,
				lo = a > 1024 ? a - 1024 : 0,
				q;
	int			n;

	/* only a clause a semicolon opens (the rest would rescan long lines) */
	while (p > 0 && s[p - 1] == ' ')
		p--;
	if (!(p >= 3 && lp_same(s + p - 3, "；", 3)) && !(p >= 1 && s[p - 1] == ';'))
		return 0;
	/* the sentence holds that semicolon: it starts after the full stop before it */
	if (p <= lo || ((p = lp_full_stop_before(s, lo, p)) == lo && lo > 0))
		return 0;
	/* the lead: up to the first semicolon when that is near, else the first comma */
	*la = p;
	*lb = 0;
	for (q = p; q < a && q < p + 150; q += n)
	{
		uint32_t	cp;

		if (lp_hanzi_lead(s[q]) && q + 3 <= a && lp_utf8_cont(s[q + 1]) && lp_utf8_cont(s[q + 2]))
		{
			n = 3;				/* nor is it a comma or semicolon */
			continue;
		}
		cp = lp_utf8_next(s + q, a - q, &n);
		if ((cp == 0xFF0C || cp == ',' || cp == 0xFF1A || cp == ':') && *lb == 0)
			*lb = q;
		if (cp == 0xFF1B || cp == ';')
		{
			*lb = q;
			if (!states_figure(s, p, q))
				lead_to_first_figure(s, a, lb);
			break;
		}
	}
	/* a far semicolon: a target year the stretch before it reaches ("…部署了
	 * 今后五年的目标任务，到2027年A达到…，B…；C…") leads the list, not the comma */
	if (q >= p + 150 || q >= a)
	{
		lp_period_target_year_lead(s, p, a, la, lb);
		lp_period_lead_past_part(s, a, *la, lb);
	}
	else
		lead_part_after_figure(s, *la, lb);
	return *lb > *la;
}

/*
 * The last word of a year relative to the text's in s[a, b) that is no
 * comparison base (今年 0, 去年 -1, 明年 +1; 上年 opening the sentence): 1 and
 * *shift, else 0.
 */
static int
relative_shift(const char *s, size_t a, size_t b, int *shift)
{
	static const lp_word_kind kinds[] = {LP_W_YEAR_THIS, LP_W_YEAR_LAST, LP_W_YEAR_NEXT};
	static const int shifts[] = {0, -1, 1};
	int			found = 0;
	size_t		from = a;

	/* "上年全市…": the year before, as the sentence's first word only */
	from = lp_skip_space(s, b, a);
	from += lp_words_prefix(LP_W_PART_SALUTATION, s + from, b - from);
	if (lp_words_prefix(LP_W_YEAR_LAST_OPENING, s + from, b - from) > 0)
	{
		*shift = -1;
		found = 1;
	}
	from = a;
	/* the words stand near the mention: a long sentence is not read twice */
	if (b > a + 512)
	{
		a = b - 512;
		while (a < b && (((unsigned char) s[a]) & 0xC0) == 0x80)
			a++;
	}
	/* the last relative word before b counts; each found moves the scan on */
	while (from < b)
	{
		long		at[3];
		size_t		wl[3],
					best = 0,
					p;
		int			k,
					kb = -1;

		if (lp_census_find_each(kinds, 3, s + from, b - from, at, wl) == 0)
			break;
		for (k = 0; k < 3; k++)
			if (at[k] >= 0 && (kb < 0 || (size_t) at[k] < best))
			{
				best = (size_t) at[k];
				kb = k;
			}
		p = from + best;
		from = p + wl[kb];
		/* 比去年同期, 与去年相比, 是去年(全年)的4.8倍: a base; 今年以来的最高点 a record: not the period */
		if ((p > a && lp_words_suffix(LP_W_COMPARISON_BASE, s + a, p - a)) ||
			lp_at(s, b, from, "同期") || lp_at(s, b, from, "同") || multiple_base_year(s, p, b) ||
			(lp_at(s, b, from, "全年") && multiple_base_year(s, from, b)) ||
			lp_words_prefix(LP_W_RECORD_SINCE, s + from, b - from) > 0)
			continue;
		*shift = shifts[kb];
		found = 1;
	}
	return found;
}

int
lp_relative_year(const char *s, size_t a, size_t b, int doc_year)
{
	int			shift = 0;

	if (doc_year == 0 || !relative_shift(s, a, b, &shift))
		return 0;
	return doc_year + shift;
}

/*
 * The period of s[a, b) in a text naming no year of its own (none in the
 * sentence, none in its context, no year it speaks from): the year relative
 * to the text's and the part of a year the sentence names, the text's year
 * written Y — "YH1" (上半年), "Y-1" (去年), "Y-1H1" (去年上半年), "Y+1"
 * (明年) — so that the headline view keeps 上半年 and 去年 apart.  Nothing
 * named: "", the text's own year, unknown.  No year is guessed; a
 * publication date given anchors them (extract(doc, period, published)).
 */
static void
period_without_year(const char *s, size_t a, size_t b, int part, lp_period_decision *out)
{
	char		suffix[16] = "",
				buf[16];
	int			shift = 0,
				relative = relative_shift(s, a, b, &shift);

	if (part)
		lp_period_suffix(s + a, b - a, suffix, sizeof(suffix));
	if (shift == 0 && suffix[0] == '\0')
		return;
	if (shift == 0)
		snprintf(buf, sizeof(buf), "Y%s", suffix);
	else
		snprintf(buf, sizeof(buf), "Y%+d%s", shift, suffix);
	lp_period_decide(out, buf, relative ? LP_PERIOD_RELATIVE : LP_PERIOD_SENTENCE);
}

/* The same decision: field by field (the bytes after a period's NUL are not set). */
static int
same_decision(const lp_period_decision *x, const lp_period_decision *y)
{
	return x->basis == y->basis && x->doc_year == y->doc_year && strcmp(x->period, y->period) == 0;
}

/*
 * Does s[a, b) name the whole year after the last part of a year it names?
 * "针对三季度经济增速回落的情况，…，全年地区生产总值增长4.9%": 全年 takes the
 * figure back to the year, and no earlier clause (nor a semicolon's lead)
 * gives it a quarter.  全年目标, 全年计划 name the year's target, not the
 * figure's period.
 */
static int
whole_year_last(const char *s, size_t a, size_t b)
{
	size_t		from = a,
				wl,
				end = 0;
	long		at;

	while (from < b && (at = lp_census_find(LP_W_YEAR_IN_FULL, s + from, b - from, &wl)) >= 0)
	{
		size_t		w = from + (size_t) at;

		from = w + wl;
		/* "完成全年目标任务的48.1%": the year's target, not the figure's period;
		 * "比上年全年提高": the year before, a base */
		if (!lp_words_prefix(LP_W_YEAR_IN_FULL_NOT, s + from, b - from) &&
			!(w > a && lp_words_suffix(LP_W_YEAR_IN_FULL_BASE, s + a, w - a) > 0))
			end = from;
	}
	return end > 0 && lp_has_period_word(s + end, b - end) == 0;
}

/* The period of a figure said of the whole year: the context's year, annual. */
static void
whole_year_of(const lp_period_decision *ctx, lp_period_decision *out)
{
	char		buf[16];

	*out = *ctx;
	if (lp_period_is_annual(ctx->period))
		return;
	snprintf(buf, sizeof(buf), "%d", lp_period_year(ctx->period));
	lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
}

/*
 * The part of the year opening s[a, b) or a later clause of it ("一季度，全市地区
 * 生产总值增长5.1%" in a release of 前三季度): its length, its start in *at; 0 if none.  Elsewhere in
 * a sentence of a part-year report a part is mostly what a figure is set
 * against ("增速比一季度、上半年分别提高3.1个、1.2个百分点").
 */
static size_t
part_opening(const char *s, size_t a, size_t b, size_t *at)
{
	static const lp_word_kind kinds[] = {
		LP_W_PERIOD_H1, LP_W_PERIOD_Q1, LP_W_PERIOD_Q2, LP_W_PERIOD_Q3, LP_W_PERIOD_Q1_3
	};
	size_t		got = 0,
				p = a;
	int			n = 1;

	/* a clause stating no figure gives way to the next opening with a part:
	 * "一季度考核…，半年度指标…，A实现5亿元" is the half's */
	while (p < b)
	{
		size_t		q = lp_skip_space(s, b, p),
					wl = 0;
		uint32_t	cp = 0;

		if (lp_words_prefix_each(kinds, 5, s + q, b - q, &wl) >= 0 && wl > 0)
			*at = q, got = wl;
		else if (p == a)
			return 0;
		for (; p < b && cp != 0xFF0C && cp != ',' && cp != 0xFF1B && cp != ';'; p += n)
			cp = lp_utf8_next(s + p, b - p, &n);
		if (states_figure(s, q, p))
			break;
	}
	return got;
}

/*
 * The period of s[a, b), naming no year, in the context ctx of year
 * ctx_year: by the part of the year it names (part: lp_has_period_word), or
 * other months in a report of a part.
 */
static void
period_of_part(const char *s, size_t a, size_t b, const lp_period_decision *ctx, int ctx_year,
			   int part, lp_period_decision *out)
{
	char		buf[16];
	size_t		wl,
				at;

	/* a part of the year in an annual context; one month ("9月当月") in any */
	if (part == 2 || (part && lp_period_is_annual(ctx->period)))
	{
		lp_period_of(s + a, b - a, ctx_year, buf, sizeof(buf));
		lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
	}
	/* "由1-5月下降1.6%": the base's months */
	else if (part && lp_period_base_months(s, a, b, &at, &wl))
	{
		lp_period_of(s + at, wl, ctx_year, buf, sizeof(buf));
		lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
	}
	/* in a report of another part, the part opening the sentence */
	else if (part && (wl = part_opening(s, a, b, &at)) > 0)
	{
		lp_period_of(s + at, wl, ctx_year, buf, sizeof(buf));
		/* "；第二季度GDP累计同比增长2.1%": the year so far to the quarter's end */
		lp_period_cumulative(s + at, b - at, wl, buf, sizeof(buf));
		lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
	}
	/* other months in a part-year context: a series that lags ("1—5月") */
	else if (!lp_period_is_annual(ctx->period) && lp_other_months_named(s, a, b))
	{
		lp_period_of(s + a, b - a, ctx_year, buf, sizeof(buf));
		if (strcmp(buf, ctx->period) != 0)
			lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
	}
}

/*
 * A clause after a semicolon naming no time: the sentence's lead names it
 * (read once for the clauses sharing it).  1 when *out is decided.
 */
static int
period_of_lead(lp_period_scan *ps, const char *s, size_t a, size_t b,
			   const lp_period_decision *ctx, lp_period_decision *out)
{
	lp_period_lead *ld = &ps->lead;
	lp_period_scan lead;		/* its own, so it keeps ps's lead */
	size_t		cut;

	/* the mentions of a clause share its lead: looked for once */
	if (ld->of != a + 1)
	{
		ld->of = a + 1;
		ld->found = sentence_lead(s, a, &ld->a, &ld->b);
		/* "上半年，…增长8.2%，其中6月份增长9.1%；B增长5.1%": not the month */
		if (ld->found && (cut = lp_period_sub_part_end(s, ld->a, ld->b, 0)) > ld->a)
			ld->b = cut;
	}
	if (!ld->found)
		return 0;
	/* "一季度…；全年…增长4.9%": not the lead's part */
	if (lp_period_year(ctx->period) && whole_year_last(s, a, b))
	{
		lp_period_decision in_lead;

		/* "2030年A…；B…，全年新增C": the year the lead names, else the line's */
		memset(&lead, 0, sizeof(lead));
		lead.brackets = ps->brackets;
		lp_period_in_sentence(&lead, 0, s, ld->a, ld->b, ctx, &in_lead);
		whole_year_of(lp_period_year(in_lead.period) ? &in_lead : ctx, out);
		return 1;
	}
	/* the clauses of a sentence share its lead: read once for a context */
	if (ld->read_a == ld->a + 1 && ld->read_b == ld->b && same_decision(&ld->ctx, ctx))
	{
		*out = ld->period;
		return 1;
	}
	memset(&lead, 0, sizeof(lead));
	lead.brackets = ps->brackets;
	lp_period_in_sentence(&lead, 0, s, ld->a, ld->b, ctx, out);
	ld->read_a = ld->a + 1;
	ld->read_b = ld->b;
	ld->ctx = *ctx;
	ld->period = *out;
	return 1;
}

/* A month, a range or the note's close goes on at s[n]. */
static int
month_or_range_at(const char *s, size_t n, size_t b)
{
	return s[n] == '-' || s[n] == '~' || s[n] == ')' ||
		lp_at(s, b, n, "月") || lp_at(s, b, n, "至") ||
		lp_at(s, b, n, "—") || lp_at(s, b, n, "－") ||
		lp_at(s, b, n, "～") || lp_at(s, b, n, "）");
}

/*
 * Does the note s[a, b) hold a figure of its own ("（1-11月增长5.8%）"), not
 * only its months ("113.26亿元(1-11月),同比增长20.8%": the months of the
 * figure before, and of the clause going on with it)?  A number a month,
 * a dash or 至 does not follow.
 */
static int
note_holds_figure(const char *s, size_t a, size_t b)
{
	return number_followed(s, a, b, month_or_range_at);
}

/*
 * A note naming a part of the year before b ("增长6%左右（1-11月增长5.8%），
 * 固定资产投资增长8%"): its months are its own figure's.  1 when *out is
 * decided: the stretch after the note naming no time is of the period before
 * it; one naming its own is read alone.
 */
static int
period_past_note(lp_period_scan *ps, const char *s, size_t a, size_t b,
				 const lp_period_decision *ctx, lp_period_decision *out)
{
	size_t		open,
				close;

	if (!lp_closed_note_before(ps->brackets, s, a, b, &open, &close) || open <= a ||
		lp_has_period_word(s + open, close - open) == 0 || !note_holds_figure(s, open, close))
		return 0;
	if (lp_has_period_word(s + close, b - close) == 0 && lp_find_year(s + close, b - close, NULL) == 0 &&
		lp_relative_year(s, close, b, lp_period_said_year(ctx)) == 0)
		lp_period_in_sentence(ps, 0, s, a, open, ctx, out);
	else
		lp_period_in_sentence(ps, 0, s, close, b, ctx, out);
	return 1;
}

void
lp_period_in_sentence(lp_period_scan *ps, int same_sentence, const char *s, size_t a,
					  size_t b, const lp_period_decision *ctx, lp_period_decision *out)
{
	int			ctx_year = lp_period_year(ctx->period);
	int			year = 0,
				relative = 0,
				part;
	size_t		year_at = 0,
				record_end;
	char		buf[16];

	if (period_past_note(ps, s, a, b, ctx, out))
		return;
	/* "…，其中6月份增长9.1%；社会消费品零售总额增长5.1%": the month was its clause's */
	if ((record_end = lp_period_sub_part_end(s, a, b, 1)) > a)
	{
		lp_period_in_sentence(ps, 0, s, a, record_end, ctx, out);
		return;
	}
	if (same_sentence && b >= ps->upto)
	{
		scan_on(ps, s, a, b);
		year = ps->year;
		year_at = ps->year_at;
		part = ps->part;
	}
	else
	{
		nearest_year(s, a, a, b, &year, &year_at);
		part = year ? 0 : lp_has_period_word(s + a, b - a);
	}
	/* "去年…增速创1996年以来最高水平": a record names no period (去年 does); the
	 * words after it say the part */
	record_end = year ? lp_period_record_since_at(s, b, year_at) : 0;
	if (record_end)
		year = 0;
	/* read once: both tests below want it when no year is named */
	if (year == 0)
		relative = lp_relative_year(s, a, b, lp_period_said_year(ctx));
	if (record_end)
		a = record_end;
	/*
	 * "…三季度…，全年地区生产总值增长4.9%": the year, in a report of a part
	 * too (looked for only where a part would decide, or the report is of a
	 * part: "全年全省粮食总产量1187.3万吨" in a release of January to
	 * November; the scan is not cheap)
	 */
	if (year == 0 && relative == 0 && ctx_year && (part || !lp_period_is_annual(ctx->period)) &&
		(whole_year_last(s, a, b) || lp_year_end_reached(s, a, b)))
	{
		whole_year_of(ctx, out);
		return;
	}
	/* a clause after a semicolon naming no time: the sentence's lead names it */
	if (year == 0 && part == 0 && relative == 0 && period_of_lead(ps, s, a, b, ctx, out))
		return;

	*out = *ctx;
	if (year)
	{
		int			since = ctx_year > year && lp_period_is_annual(ctx->period) &&
			lp_since_year_at(s, b, year_at);

		/* "截至2023年9月份，": 截至 before the year makes the month the months so far */
		size_t		until = lp_until_len(s + a, year_at - a);

		lp_period_of(s + year_at - until, b - year_at + until, year, buf, sizeof(buf));
		/* "2025年1-9月…实现GDP115.5亿元，全年预计实现GDP178亿元": 全年 after the
		 * year's part takes the figures after it back to the year */
		if (!lp_period_is_annual(buf) && whole_year_last(s, year_at, b))
			snprintf(buf, sizeof(buf), "%d", year % 10000);
		/* "2013年以来，累计完成…" in a review of 2015: the years 2013-2015 */
		if (since)			/* years of four digits (% keeps the compiler sure of it) */
			snprintf(buf, sizeof(buf), "%d-%d", year % 10000, ctx_year % 10000);
		lp_period_decide(out, buf, LP_PERIOD_SENTENCE);
		out->since = since;
	}
	/* "今年上半年", "过去一年": against the year the document speaks from */
	else if ((year = relative) != 0)
	{
		int			y0 = atoi(ctx->period);

		lp_period_of(s + a, b - a, year, buf, sizeof(buf));
		/* the line's part of a year stands when the sentence names none */
		if (y0 == year && !lp_period_is_annual(ctx->period) && lp_period_is_annual(buf))
			return;
		lp_period_decide(out, buf, LP_PERIOD_RELATIVE);
		return;
	}
	else if (ctx_year && (part || !lp_period_is_annual(ctx->period)))
		period_of_part(s, a, b, ctx, ctx_year, part, out);
	else if (ctx->period[0] == '\0' && ctx->doc_year == 0)
		period_without_year(s, a, b, part, out);
}
