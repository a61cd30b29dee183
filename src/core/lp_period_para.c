/*
 * lp_period_para.c — the year a paragraph opens with, for its later
 * sentences that name no time ("书记指出：2007年全县上下…。根据…，预计全县
 * 生产总值实现12.88亿元" → 2007, over the year of the line).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memrchr, memmem */
#endif
#include "lp.h"
#include "lp_clause.h"
#include "lp_census.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A part of a year between 年 and its comma: "一季度", "前三季度", "1-5月" */
#define PART_MAX_BYTES (6 * 3)

/*
 * Does a part of the year y follow s[i] up to a comma ("2022年一季度，…";
 * "1-10月，…" after no year)?  Its code's suffix ("Q1", "H1") in part, ""
 * when not; the comma's place in *comma_at.
 */
static int
opens_on_part(const char *s, size_t b, size_t i, int y, char *part, size_t partsz, size_t *comma_at)
{
	size_t		lim = i + PART_MAX_BYTES + 3 < b ? i + PART_MAX_BYTES + 3 : b,
				ml;
	const char *comma = lp_find_comma(s + i, lim - i, &ml);
	char		code[16];

	part[0] = '\0';
	if (comma == NULL || comma == s + i)
		return 0;
	lp_period_of(s + i, (size_t) (comma - s) - i, y, code, sizeof(code));
	if (strlen(code) <= 4)
		return 0;
	lp_copy_str(part, partsz, code + 4);
	*comma_at = (size_t) (comma - s);
	return 1;
}

/* A heading run into its paragraph: at most this many bytes before its year */
#define FLAT_HEADING_BYTES (32 * 3)

/*
 * Past a heading a copy ran into its paragraph, its line break lost
 * ("二〇二九年和“十五五”工作回顾2029年，…", "…发展回顾2029年，…"): where the
 * year reviewed opens the first clause, else p.  The year is the last thing
 * before the clause's comma, a review word right before it; the heading
 * before it may name other years (the years of its title).
 */
static size_t
past_flat_heading(const char *s, size_t p, size_t b)
{
	size_t		lim = p + FLAT_HEADING_BYTES < b ? p + FLAT_HEADING_BYTES : b,
				ml,
				from = p,
				at,
				q,
				lo;
	const char *comma = lp_find_comma(s + p, lim - p, &ml);

	if (comma == NULL || lp_find3(s + p, (size_t) (comma - s) - p, "。") != NULL)
		return p;
	/* the last year of the clause: a few at most */
	q = p;
	while (from < (size_t) (comma - s) && lp_find_year(s + from, (size_t) (comma - s) - from, &at) != 0)
	{
		q = from + at;
		from = q + 1;
	}
	if (q == p || !lp_at(s, (size_t) (comma - s), (size_t) (comma - s) - 3, "年"))
		return p;
	lo = q > p + 18 ? q - 18 : p;
	while (lo < q && (((unsigned char) s[lo]) & 0xC0) == 0x80)
		lo++;
	return lp_words_suffix(LP_W_YEAR_REVIEWED_BEFORE, s + lo, q - lo) > 0 ? q : p;
}

/*
 * Does s[p, b) open with a year y followed by a comma, 是 or the place (not
 * "2018年底"), or a part of the year and a comma, or 以来 (*since)?
 */
static int
year_opens_at(const char *s, size_t p, size_t b, int *y, int *since, char *part, size_t partsz)
{
	/* 作为 as 是: "2025年作为“十四五”收官之年，全区…" */
	static const char *const after[] = {"，", ",", "是", "作为", "全", "我", "本"};
	size_t		at,
				k,
				comma_at;
	const char *nian;

	if (b < p + 8 || (*y = lp_find_year(s + p, b - p, &at)) == 0 || at != 0 ||
		(nian = lp_find3(s + p, b - p < 16 ? b - p : 16, "年")) == NULL)
		return 0;
	for (k = 0; k < sizeof(after) / sizeof(after[0]); k++)
		if (lp_at(s, b, (size_t) (nian - s) + 3, after[k]))
			return 1;
	if (opens_on_part(s, b, (size_t) (nian - s) + 3, *y, part, partsz, &comma_at))
		return 1;
	/* "2013年以来，…": the years since, for the totals and averages after it */
	*since = lp_since_year_at(s, b, p + at);
	return *since;
}

/*
 * Does the sentence s[a, b) open with its year y, after a speaker's lead at
 * most ("何邦军指出：2007年全县上下…", "报告指出:2010年,是…")?  A comma, 是
 * or the place follows the year (not "2018年底"), or a part of the year and
 * a comma ("2022年一季度，…": its code's suffix in part); or 以来 (*since:
 * "2013年以来").
 */
static int
opens_with_year(const char *s, size_t a, size_t b, int *y, int *since, char *part, size_t partsz)
{
	size_t		p = lp_skip_space(s, b, a),
				lim = p + 45 < b ? p + 45 : b,
				at,
				ml,
				k;
	const char *colon = lp_find3(s + p, lim - p, "："),
			   *nian;

	if (colon == NULL)
		colon = memchr(s + p, ':', lim - p);
	/* a speaker's lead naming no figure: "报告指出：", "何邦军指出:" */
	if (colon != NULL && lp_find_comma(s + p, (size_t) (colon - s) - p, &ml) == NULL)
		p = (size_t) (colon - s) + (*colon == ':' ? 1 : 3);
	/* or one ending in a comma before the year it says what it was ("市长说，
	 * 2023年是…的一年") or the time of what it tells ("市长说，2023年，市政府…"; not
	 * "报告提出，2022年全市…增长5.1%", one figure's year) */
	else if ((k = lp_after_speaker(s + p, b - p)) > 0)
	{
		p = lp_skip_space(s, b, p + k);
		if (lp_find_year(s + p, b - p, &at) == 0 || at != 0 ||
			(nian = lp_find3(s + p, b - p < 16 ? b - p : 16, "年")) == NULL ||
			!(lp_at(s, b, (size_t) (nian - s) + 3, "是") || lp_at(s, b, (size_t) (nian - s) + 3, "作为") ||
			  lp_at(s, b, (size_t) (nian - s) + 3, "，") || lp_at(s, b, (size_t) (nian - s) + 3, ",")))
			return 0;
	}
	if (year_opens_at(s, p, b, y, since, part, partsz))
		return 1;
	/* or after a heading run into the paragraph ("…工作回顾 2029年，…") */
	k = past_flat_heading(s, p, b);
	return k != p && year_opens_at(s, k, b, y, since, part, partsz);
}

/*
 * The start of the sentence ending at b: just after the last 。 ending at or
 * before b - 3 and after lo, else lo (b - 3 when that is not above lo).
 * memrchr goes from one 82 byte to the next.
 */
static size_t
sentence_start(const char *s, size_t lo, size_t b)
{
	size_t		a = b >= 3 ? b - 3 : 0;

	while (a > lo)
	{
		const char *p = memrchr(s + lo, 0x82, a - lo);
		size_t		i;

		if (p == NULL)
			return lo;
		i = (size_t) (p - s);
		if (i >= 2 && (unsigned char) s[i - 2] == 0xE3 && (unsigned char) s[i - 1] == 0x80)
			return i + 1;
		a = i;
	}
	return a;
}

/*
 * The one year the sentence s[a, b) names as the one it reviews, a review
 * word right before it ("她回顾了2025年工作，指出…"): the later sentences
 * naming no time state that year's results.  0 when not, or when the
 * sentence names another year ("回顾2025年工作、部署2026年任务").
 */
static int
reviews_year(const char *s, size_t a, size_t b)
{
	size_t		at,
				p,
				lo,
				wl;
	int			y = lp_find_year(s + a, b - a, &at);
	const char *nian = y ? lp_find3(s + a + at, b - a - at < 24 ? b - a - at : 24, "年") : NULL;

	if (nian == NULL || lp_find_year(nian + 3, (size_t) (s + b - nian - 3), NULL) != 0)
		return 0;
	p = a + at;
	if (p >= a + 3 && lp_at(s, p, p - 3, "了"))
		p -= 3;
	lo = p > a + 18 ? p - 18 : a;
	while (lo < p && (((unsigned char) s[lo]) & 0xC0) == 0x80)
		lo++;
	wl = lp_words_suffix(LP_W_YEAR_REVIEWED_BEFORE, s + lo, p - lo);
	/* not the years since ("回顾2021年以来…") */
	return wl > 0 && !lp_since_year_at(s, b, a + at) ? y : 0;
}

/*
 * A year in bare digits right after a review word ("回眸2024，江宁…。预计全年
 * 完成地区生产总值…"): a news page names the year it reviews without 年.
 * Its value, or 0.
 */
static int
bare_reviewed_year(const char *s, size_t a, size_t b)
{
	size_t		i,
				lo;
	int			y;

	for (i = a; i + 5 <= b; i++)
	{
		/* (a year opens with 1 or 2: the bytes before the next are passed over sixteen at a time) */
		if ((i = lp_next_byte_of3(s, i, b - 4, '1', '2', '2')) + 5 > b || (y = lp_bare_year_at(s, b, i)) == 0)
			continue;
		lo = i > a + 18 ? i - 18 : a;
		while (lo < i && (((unsigned char) s[lo]) & 0xC0) == 0x80)
			lo++;
		if (lp_words_suffix(LP_W_YEAR_REVIEWED_BEFORE, s + lo, i - lo) > 0)
			return y;
	}
	return 0;
}

/* Does s[p, e) end as a part of a year does: 月, 月份, 季度, 上半年? */
static int
ends_as_part(const char *s, size_t p, size_t e)
{
	return e >= p + 6 && (lp_same(s + e - 3, "月", 3) || lp_same(s + e - 3, "份", 3) ||
						  lp_same(s + e - 3, "度", 3) || lp_same(s + e - 3, "年", 3));
}

/*
 * Does the sentence s[a, b), naming no year, open with a part of the text's
 * year and a comma, and state no figure ("1-10月，全县经济运行总体平稳，主要
 * 指标稳中有进。", "今年前三季度，…")?  The lead of a release or of a news
 * item: the figures of the sentences after it are of that part.  Its code's
 * suffix in part ("M01-10").
 */
static int
opens_on_part_alone(const char *s, size_t a, size_t b, char *part, size_t partsz)
{
	size_t		p = lp_skip_space(s, b, a),
				e,
				k;

	p += lp_words_prefix(LP_W_YEAR_THIS, s + p, b - p);
	/* (any year will do: only the part is kept) */
	if (!opens_on_part(s, b, p, 2000, part, partsz, &e) || !ends_as_part(s, p, e))
		return (part[0] = '\0', 0);
	for (k = e; k < b; k++)
		if (s[k] >= '0' && s[k] <= '9')
			return (part[0] = '\0', 0);
	return 1;
}

/*
 * What the sentence s[a, b) says of its paragraph's year: -1 nothing, else
 * the year (0 none), with *since as opens_with_year sets it (0 before).
 */
static int
sentence_says(const char *s, size_t a, size_t b, int *since, char *part, size_t partsz)
{
	static const lp_word_kind relative[] = {LP_W_YEAR_THIS, LP_W_YEAR_LAST};
	long		at[2];
	int			y;

	*since = 0;
	part[0] = '\0';
	if (lp_find_year(s + a, b - a, NULL) != 0)
		return opens_with_year(s, a, b, &y, since, part, partsz) ? y :
			reviews_year(s, a, b);
	if ((y = bare_reviewed_year(s, a, b)) != 0)
		return y;
	/* a lead naming a part of the text's year: its year is the line's */
	if (opens_on_part_alone(s, a, b, part, partsz))
		return 0;
	/* 今年, 去年: both kinds in one pass */
	return lp_census_find_each(relative, 2, s + a, b - a, at, NULL) > 0 ? 0 : -1;
}

/*
 * The sentence of py's ring ending at b that a walk down to lo finds: one
 * whose start is above lo (found by its 。, whatever the limit), or one cut
 * at the same limit; NULL if none.
 */
static const lp_para_seg *
kept_sentence(const lp_para_year *py, size_t lo, size_t b)
{
	unsigned	n = py->nseg < LP_PARA_SEGS ? py->nseg : LP_PARA_SEGS,
				k;

	for (k = 1; k <= n; k++)
	{
		const lp_para_seg *g = &py->segs[(py->nseg - k) % LP_PARA_SEGS];

		if (g->b == b && (g->a > g->lo ? g->a > lo : g->lo == lo))
			return g;
	}
	return NULL;
}

/*
 * The year of a sentence at sent_start naming no time, from the sentences
 * before it in its paragraph: the nearest that names a year or a relative
 * year decides, and gives its year only when it opens with it
 * ("何邦军指出：2007年全县上下…。根据…，预计全县生产总值…"); 0 otherwise.
 * What each sentence says is kept in py (same s) for the next sentences'
 * walks, which pass the same sentences.
 */
int
lp_paragraph_year(const char *s, size_t sent_start, int *since, lp_para_year *py)
{
	size_t		b = sent_start,
				lo = sent_start > 2048 ? sent_start - 2048 : 0;

	*since = 0;
	py->part[0] = '\0';
	while (b > lo)
	{
		const lp_para_seg *g = kept_sentence(py, lo, b);
		lp_para_seg w;

		if (g == NULL)
		{
			w.a = sentence_start(s, lo, b);
			w.b = b;
			w.lo = lo;
			w.says = sentence_says(s, w.a, b, &w.since, w.part, sizeof(w.part));
			py->segs[py->nseg++ % LP_PARA_SEGS] = w;
			g = &w;
		}
		if (g->says >= 0)
		{
			*since = g->since;
			py->part_end = g->b;
			lp_copy_str(py->part, sizeof(py->part), g->part);
			return g->says;
		}
		b = g->a;
	}
	return 0;
}

/* Bytes before a mention its own sentence's time words are looked for in. */
#define OWN_YEAR_BYTES 512

/*
 * Does the sentence s[a, b) before a mention name a year, or a year relative
 * to the text's that is no comparison base (今年, 去年; not 比去年)?  Only
 * the last OWN_YEAR_BYTES before b are read: each mention reads its own.
 */
static int
names_own_year(const char *s, size_t a, size_t b)
{
	if (b <= a)
		return 0;
	if (b - a > OWN_YEAR_BYTES)
	{
		a = b - OWN_YEAR_BYTES;
		while (a < b && (((unsigned char) s[a]) & 0xC0) == 0x80)
			a++;
	}
	return lp_find_year(s + a, b - a, NULL) != 0 || lp_relative_year(s, a, b, 2000) != 0;
}

/* Bytes from a lead naming a part of the year to a mention it gives the part */
#define PART_LEAD_REACH 3072

/* Does s[a, b) name a time: a year, 今年 or 去年, a part of a year, 全年? */
static int
names_own_time(const char *s, size_t a, size_t b)
{
	size_t		wl;

	if (b <= a)
		return 0;
	return names_own_year(s, a, b) || lp_has_period_word(s + a, b - a) ||
		lp_census_find(LP_W_YEAR_IN_FULL, s + a, b - a, &wl) >= 0;
}

/*
 * Does s[a, b) name the whole year (全年, 全年度), not the year's target
 * (全年目标, 全年计划)?  "2019年前三季度，…增长6%。…全年实现全部财政收入45亿
 * 元": the sentence of 全年 is the year's, not the paragraph's part.
 */
static int
names_whole_year(const char *s, size_t a, size_t b)
{
	size_t		wl;
	long		at;

	while (a < b && (at = lp_census_find(LP_W_YEAR_IN_FULL, s + a, b - a, &wl)) >= 0)
	{
		a += (size_t) at + wl;
		if (!lp_words_prefix(LP_W_YEAR_IN_FULL_NOT, s + a, b - a))
			return 1;
	}
	return 0;
}

/*
 * out, the period of a mention whose sentence starts at sent_start, when it
 * is still its line's (ctx, one year): the paragraph's year if it differs.
 */
void
lp_period_of_paragraph(lp_period_decision *out, const lp_period_decision *ctx,
					   const char *s, size_t sent_start, size_t upto, int line, lp_para_year *py)
{
	char		y[16];
	int			ctx_year;

	if (sent_start == 0 || strlen(ctx->period) != 4 || strspn(ctx->period, "0123456789") != 4 ||
		out->basis != ctx->basis || strcmp(out->period, ctx->period) != 0)
		return;
	/* the mentions of a sentence share its paragraph's year */
	if (py->s != s || py->line != line)
		py->nseg = 0;			/* another text: its sentences are not kept */
	if (py->s != s || py->line != line || py->at != sent_start)
	{
		py->s = s;
		py->line = line;
		py->at = sent_start;
		py->year = lp_paragraph_year(s, sent_start, &py->since, py);
	}
	ctx_year = lp_period_year(ctx->period);
	/* "2022年一季度，…。初步预计，地区生产总值增长7%": the part's period */
	if (py->year != 0 && py->part[0] != '\0' && !py->since)
	{
		/* "…。全年实现…": the whole of the paragraph's year */
		if (names_whole_year(s, sent_start, upto))
		{
			snprintf(y, sizeof(y), "%d", py->year);
			lp_period_decide(out, y, LP_PERIOD_SENTENCE);
			return;
		}

		snprintf(y, sizeof(y), "%d%s", py->year, py->part);
		lp_period_decide(out, y, LP_PERIOD_SENTENCE);
		return;
	}
	/*
	 * "1-10月，全县经济运行总体平稳。规上工业增加值增长8.4%": the lead's part
	 * of the line's year, until a sentence names a time of its own.  Only of
	 * the year the text speaks from: a review of a year past tells its halves
	 * ("上半年，受多重因素冲击，经济一度承压。…地区生产总值增长6.1%": the year's)
	 */
	if (py->year == 0 && py->part[0] != '\0')
	{
		int			said = lp_period_said_year(ctx);

		/* (a lead reaches so far: each mention reads the text between) */
		if ((said == 0 || said == ctx_year) && upto <= py->part_end + PART_LEAD_REACH &&
			!names_own_time(s, py->part_end, upto))
		{
			snprintf(y, sizeof(y), "%d%s", ctx_year, py->part);
			lp_period_decide(out, y, LP_PERIOD_SENTENCE);
		}
		return;
	}
	if (py->year == 0 || py->year == ctx_year)
		return;
	/*
	 * the sentence names its own time, the same as its line's ("2021年，全区
	 * …增长7.5%。今年主要预期目标是经济增长6.5%以上": the list's intro set the
	 * line's period to 今年's): not the paragraph's
	 */
	if (names_own_year(s, sent_start, upto))
		return;
	if (!py->since)
	{
		snprintf(y, sizeof(y), "%d", py->year);
		lp_period_decide(out, y, LP_PERIOD_SENTENCE);
	}
	/* "2013年以来，…。新增城镇就业累计达到18.6万人": the years since */
	else if (py->year < ctx_year && upto > sent_start &&
			 lp_words_any(LP_W_CUMULATIVE, s + sent_start, upto - sent_start))
	{
		snprintf(y, sizeof(y), "%d-%d", py->year, ctx_year);
		lp_period_decide(out, y, LP_PERIOD_SENTENCE);
		out->since = 1;
	}
}

/* A turn to one year names it near its sentence's start, before the figures. */
#define TURN_BYTES 60

/* Does s[a, b) name a span of years (年均, 五年来) or a multiple of a base (是2007年的2.3倍)? */
static int
names_span(const char *s, size_t a, size_t b)
{
	return lp_find3(s + a, b - a, "倍") != NULL || lp_words_any(LP_W_ANNUAL_AVERAGE, s + a, b - a) ||
		lp_words_any(LP_W_FIVE_YEARS, s + a, b - a);
}

/* The first byte of s[a, b) naming a span of years or a base's multiple; b if none. */
static size_t
span_start(const char *s, size_t a, size_t b)
{
	const char *bei = lp_find3(s + a, b - a, "倍");
	long		k1 = lp_words_find(LP_W_ANNUAL_AVERAGE, s + a, b - a, NULL),
				k2 = lp_words_find(LP_W_FIVE_YEARS, s + a, b - a, NULL);
	size_t		first = bei ? (size_t) (bei - s) : b;

	if (k1 >= 0 && a + (size_t) k1 < first)
		first = a + (size_t) k1;
	if (k2 >= 0 && a + (size_t) k2 < first)
		first = a + (size_t) k2;
	return first;
}

/*
 * Does s[a, b) name a span of years only after a growth of the year that
 * follows byte from ("预计2026年…人均生产总值9.2万元，增长6.1%，年均增长
 * 7%": the level and its growth are the year's; "…达到1606亿元，是2020年
 * 的2倍" and "…比2020年增长86%，年均增长13%" are not)?  0 when it names no
 * span at all (see names_span).
 */
static int
span_after_year_growth(const char *s, size_t a, size_t b, size_t from)
{
	size_t		sp = span_start(s, a, b);

	if (sp >= b || sp <= from)
		return 0;
	return (memmem(s + from, sp - from, "增长", 6) != NULL || memmem(s + from, sp - from, "下降", 6) != NULL) &&
		lp_find_year(s + from, sp - from, NULL) == 0;
}

/*
 * The whole sentence of a mention at byte at turning to the year names no
 * span of years but after the year's growth (checked last: most figures
 * are refused before).
 */
static int
turn_of_sentence(const char *s, size_t len, size_t sent_start, size_t at)
{
	const char *stop = lp_find3(s + at, len - at, "。");
	size_t		e = stop ? (size_t) (stop - s) : len;

	/* (from the figure's clause: a growth's own 增长 stands there) */
	return !names_span(s, sent_start, e) ||
		span_after_year_growth(s, sent_start, e, lp_after_last(s, sent_start, at, lp_is_clause_end));
}

/*
 * Does s[a, b) open with 去年 and its subject (not 去年以来, 去年同期)?  In a
 * review of five years, "…五年累计投入…。去年城镇居民可支配收入…元，增长…"
 * turns to the year reviewed as a sentence naming it by number does.
 */
static int
opens_last_year(const char *s, size_t a, size_t b)
{
	a = lp_skip_space(s, b, a);
	return lp_at(s, b, a, "去年") && !lp_at(s, b, a + 6, "以来") && !lp_at(s, b, a + 6, "同期") &&
		!lp_at(s, b, a + 6, "底") && !lp_at(s, b, a + 6, "末");
}

/*
 * Is the year at byte y the only one named before byte b, with its subject
 * or a comma after it (not "2012年以来")?
 */
static int
year_alone(const char *s, size_t y, size_t b)
{
	/* 作为 as 是: "2025年作为“十四五”收官之年，全区…" */
	static const char *const after[] = {"，", ",", "是", "作为", "全", "我", "本"};
	const char *nian = lp_find3(s + y, b - y < 16 ? b - y : 16, "年");
	size_t		p,
				k;

	if (nian == NULL)
		return 0;
	p = (size_t) (nian - s) + 3;
	if (lp_find_year(s + p, b - p, NULL) != 0)
		return 0;
	for (k = 0; k < sizeof(after) / sizeof(after[0]); k++)
		if (lp_at(s, b, p, after[k]))
			return 1;
	return 0;
}

/*
 * Does a review of five years turn, in the paragraph s[0, len), to the year
 * (period) of a mention at byte at of the sentence from sent_start ("五年来，
 * …。特别是刚刚过去的2012年，…。生产总值实现2.22万亿元"; "苏树林说，初步
 * 统计，2012年全省生产总值…")?  The nearest sentence naming a year, its own
 * before the figure or one before it, names that year alone near its start,
 * and neither it nor the mention's sentence names a span of years.
 */
static void
walk_back(const char *s, size_t len, size_t sent_start, lp_turn_walk *w)
{
	size_t		a = sent_start,
				b,
				lo = sent_start > 2048 ? sent_start - 2048 : 0;

	w->s = s;
	w->len = len;
	w->sent_start = sent_start;
	w->found = 0;
	while (a > lo)
	{
		/* the sentence before: from the 。 before it */
		b = a;
		a = sentence_start(s, lo, b);
		if ((w->found = lp_find_year(s + a, b - a, &w->y)) != 0)
		{
			w->a = a;
			w->b = b;
			return;
		}
		if (opens_last_year(s, a, b))
		{
			w->found = -1;
			return;
		}
	}
}

int
lp_paragraph_turns_to_year(const char *s, size_t len, size_t sent_start, size_t at,
						   const char *period, lp_turn_walk *w)
{
	size_t		a = sent_start,
				b = at,
				y;
	int			found;

	if (strlen(period) != 4 || strspn(period, "0123456789") != 4)
		return 0;
	if ((found = lp_find_year(s + a, b - a, &y)) == 0)
	{
		if (opens_last_year(s, a, b))
			return turn_of_sentence(s, len, sent_start, at);
		/* the sentences before: the same walk for every mention of the sentence */
		if (w->s != s || w->len != len || w->sent_start != sent_start)
			walk_back(s, len, sent_start, w);
		if (w->found <= 0)
			return w->found < 0 ? turn_of_sentence(s, len, sent_start, at) : 0;
		found = w->found;
		a = w->a;
		b = w->b;
		y = w->y;
	}
	if (found != lp_period_year(period) || y > TURN_BYTES || !year_alone(s, a + y, b) ||
		(names_span(s, a, b) && !span_after_year_growth(s, a, b, a + y + 4)))
		return 0;
	return turn_of_sentence(s, len, sent_start, at);
}

