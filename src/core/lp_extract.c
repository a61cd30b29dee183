/*
 * lp_extract.c — from quantity mentions to indicator facts.
 *
 * For every line of a clean report the quantity recognizer (lp_quantity.c)
 * finds the mentions; this file decides for each one:
 *   - the subject: the noun phrase before the number ("新增学位4290个" →
 *     学位) or after its measure word ("新增2家百亿级企业" → 百亿级企业);
 *     a bare "增长11.6%" inherits the subject of the clause;
 *   - the measure (level, growth, share, change, plan_completion) from the
 *     words just before the number, and the sign of a decline (下降5.0% → -5.0);
 *   - the period and status from the section it stands in (a review of
 *     "2023年上半年" gives 2023H1 actual, "主要预期目标" gives targets) and
 *     from markers in its sentence (预计 → estimate, 力争 → target);
 *   - the canonical indicator from the subject (lp_indicator.c);
 *   - whether it belongs to the report's headline indicators: its summary
 *     lists ("——地区生产总值增长8.0%；") or, in reposts without such a
 *     list, sentences stating known indicators.
 * 分别 distributes values over the subjects it lists.
 *
 * Every look-back is bounded (MAX_LOOKBACK), so time stays linear in the
 * size of the document even for lines without punctuation.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_indicator.h"
#include "lp_table.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LOOKBACK 480		/* bytes looked back for subjects and markers */
#define MAX_SUBJECT 96			/* bytes kept of a subject */
#define MAX_EVIDENCE 1500		/* bytes kept of an evidence clause */
#define MAX_FENBIE 12

typedef struct line_ctx
{
	const char *role;			/* "review", "targets", "tasks", "other" */
	const char *status;			/* status the section implies */
	char		period[16];
	const char *section;		/* heading of the innermost section, or NULL */
} line_ctx;

/* What one sentence carries from mention to mention. */
typedef struct sentence_state
{
	size_t		start;			/* byte offset of the sentence in the line */
	size_t		prev_end;		/* end of the previous mention in the sentence */
	char		subject[MAX_SUBJECT + 1];
	const char *measure;
	int			negative;
	int			like_for_like;
	size_t		ev_start;		/* the evidence of the sentence, shared by its facts */
	size_t		ev_end;
	const char *evidence;
	size_t		scanned_to;		/* markers below were looked for up to here */
	int			has_estimate;	/* 预计 seen earlier in the sentence */
	int			has_target;		/* 力争, 确保 … seen earlier in the sentence */
	int			nfenbie;		/* 分别: subjects listed, and the next to use */
	int			fenbie_next;
	char		fenbie[MAX_FENBIE][MAX_SUBJECT + 1];
	size_t		period_upto;	/* period words were looked for in [start, here) */
	int			period_year;	/* first year there (0: none) and where */
	size_t		period_year_at;
	int			period_part;	/* a half-year or quarter word there */
} sentence_state;

static int
is_sentence_end(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF1B || cp == ';' || cp == 0xFF01 ||
		cp == 0xFF1F || cp == '!' || cp == '?';	/* 。；;！？!? */
}

static int
is_full_stop(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?';	/* 。！？!? */
}

static int
is_clause_end(uint32_t cp)
{
	return is_sentence_end(cp) || cp == 0xFF0C || cp == ',' || cp == 0xFF1A ||
		cp == ':';				/* ，,：: */
}

static int
is_list_sep(uint32_t cp)
{
	return cp == 0x3001;		/* 、 */
}

/* Start of the character before byte i (UTF-8). */
static size_t
prev_char(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	i--;
	while (i > 0 && (((unsigned char) s[i]) & 0xC0) == 0x80)
		i--;
	return i;
}

/*
 * Start of the first character at or after byte i (before hi): look-backs
 * bounded by MAX_LOOKBACK bytes start wherever the bound falls, often inside
 * a character, and what they return is where a subject or evidence starts.
 */
static size_t
char_start(const char *s, size_t i, size_t hi)
{
	while (i < hi && (((unsigned char) s[i]) & 0xC0) == 0x80)
		i++;
	return i;
}

/* at + max, or slen when nearer; the bound of a look-ahead, never inside a character */
static size_t
ahead(const char *s, size_t slen, size_t at, size_t max)
{
	size_t		hi = slen - at > max ? at + max : slen;

	while (hi > at && hi < slen && (((unsigned char) s[hi]) & 0xC0) == 0x80)
		hi--;
	return hi;
}

/* Byte offset just after the last clause (or sentence) end in s[lo, hi). */
static size_t
after_last(const char *s, size_t lo, size_t hi, int (*is_end) (uint32_t))
{
	size_t		i = hi;

	while (i > lo)
	{
		size_t		p = prev_char(s, i);
		int			n;
		uint32_t	cp = lp_utf8_next(s + p, hi - p, &n);

		if (p < lo)
			break;
		if (is_end(cp))
			return p + n;
		i = p;
	}
	return char_start(s, lo, hi);
}

/* Byte offset of the next clause end at or after i (or hi). */
static size_t
next_end(const char *s, size_t i, size_t hi, int (*is_end) (uint32_t))
{
	while (i < hi)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(s + i, hi - i, &n);

		if (is_end(cp))
			return i;
		i += n;
	}
	return hi;
}

/* Strip separators, spaces, verbs and time words from both ends of a subject. */
static void
clean_subject(const char *s, size_t *a, size_t *b)
{
	int			changed = 1;

	while (changed && *a < *b)
	{
		size_t		n;
		int			cl;
		uint32_t	cp;

		changed = 0;
		lp_trim(s, a, b);
		if (*a >= *b)
			break;
		cp = lp_utf8_next(s + *a, *b - *a, &cl);
		if (is_clause_end(cp) || is_list_sep(cp) || cp == 0x201C || cp == 0x201D ||
			cp == 0x300A || cp == '"')
		{
			*a += cl;
			changed = 1;
			continue;
		}
		cp = lp_utf8_next(s + prev_char(s, *b), *b - prev_char(s, *b), &cl);
		if (is_clause_end(cp) || is_list_sep(cp) || cp == 0x201C || cp == 0x201D ||
			cp == 0x300B || cp == '"')
		{
			*b = prev_char(s, *b);
			changed = 1;
			continue;
		}
		if ((n = lp_words_prefix("subject_prefix", s + *a, *b - *a)) > 0 ||
			(n = lp_month_phrase_at(s + *a, *b - *a)) > 0)
		{
			*a += n;
			changed = 1;
			continue;
		}
		if ((n = lp_words_suffix("subject_suffix", s + *a, *b - *a)) > 0)
		{
			*b -= n;
			changed = 1;
			continue;
		}
		/* a year ends no name: "地区生产总值从2015年(的)" → 地区生产总值从 */
		if (*b - *a >= 7 && memcmp(s + *b - 3, "年", 3) == 0 &&
			lp_find_year(s + *b - 7, 7, NULL) != 0)
		{
			*b -= 7;
			changed = 1;
		}
	}
}

/* Drop a trailing parenthesised part: "地区生产总值（GDP）" → "地区生产总值". */
static size_t
drop_paren_tail(const char *s, size_t a, size_t b)
{
	size_t		close;

	if (b > a + 3 && memcmp(s + b - 3, "）", 3) == 0)
		close = 3;
	else if (b > a + 1 && s[b - 1] == ')')
		close = 1;
	else
		return b;
	{
		size_t		i = b - close;

		while (i > a)
		{
			size_t		p = prev_char(s, i);

			if (p < a)
				break;
			if ((close == 3 && i - p == 3 && memcmp(s + p, "（", 3) == 0) ||
				(close == 1 && s[p] == '('))
				return p > a ? p : b;
			i = p;
		}
	}
	return b;
}

static void
set_subject(char *dst, const char *s, size_t a, size_t b)
{
	size_t		n = b > a ? b - a : 0;

	if (n > MAX_SUBJECT)
	{
		/* keep the head of the phrase: its end */
		a = b - MAX_SUBJECT;
		while (a < b && (((unsigned char) s[a]) & 0xC0) == 0x80)
			a++;
		n = b - a;
	}
	memcpy(dst, s + a, n);
	dst[n] = '\0';
}

static int
has_hanzi(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(s + i, len - i, &n);

		if (lp_is_hanzi(cp))
			return 1;
		i += n;
	}
	return 0;
}

/*
 * The nearest year before b in s[from, b) that is not a comparison base
 * ("比2020年"); one found at or before *year_at (when *year is set) was seen
 * by an earlier call and is skipped.  Updates *year and *year_at.
 */
static void
nearest_year(const char *s, size_t a, size_t from, size_t b, int *year, size_t *year_at)
{
	size_t		at;
	int			y;

	while (from < b && (y = lp_find_year(s + from, b - from, &at)) != 0)
	{
		size_t		q = from + at;

		if ((*year == 0 || q > *year_at) &&
			!(q > a && lp_words_suffix("comparison_base", s + a, q - a)))
		{
			*year = y;
			*year_at = q;
		}
		from = q + 1;
	}
}

/*
 * Where to rescan from when the last scan stopped at upto: a little before
 * it (a year or word may cross it), on a character, and not inside a number
 * or a range of numbers ("1-11月", "二〇二二年", "○二二"), so what is found
 * is what a scan from a would find.
 */
static size_t
rescan_from(const char *s, size_t a, size_t upto)
{
	size_t		from = upto > a + 32 ? upto - 32 : a;

	while (from > a && (((unsigned char) s[from]) & 0xC0) == 0x80)
		from--;
	while (from > a)
	{
		size_t		p = prev_char(s, from);
		int			n;
		uint32_t	cp = lp_utf8_next(s + p, from - p, &n);

		if (!((cp >= '0' && cp <= '9') || cp == 0x3007 || cp == 0x25CB || lp_cn_digit(cp) >= 0 ||
			  cp == '-' || cp == '~' || cp == 0x2013 || cp == 0x2014 || cp == 0xFF0D ||
			  cp == 0xFF5E || cp == 0x81F3))	/* - ~ – — － ～ 至 */
			break;
		from = p;
	}
	return from < a ? a : from;
}

/*
 * The period of a mention at b: the context's, unless the sentence before
 * it, s[a, b), names a year (the nearest: "从2015年的…增加到2020年的…") or, in
 * an annual context, a half or a quarter.  The mentions of a sentence come
 * in order, so what was found for the last one is kept in ss and only the
 * new bytes are scanned.
 */
static void
sentence_period(sentence_state *ss, const char *s, size_t a, size_t b,
				const char *ctx_period, char *out, size_t outsz)
{
	int			ctx_year = atoi(ctx_period);
	int			year = 0,
				part;
	size_t		year_at = 0;
	char		buf[16];

	if (ss->start == a && b >= ss->period_upto)
	{
		size_t		from;

		if (ss->period_upto < a)	/* a new sentence: its fields are zero */
			ss->period_upto = a;
		from = rescan_from(s, a, ss->period_upto);
		nearest_year(s, a, from, b, &ss->period_year, &ss->period_year_at);
		/* a part of the year matters only while no year is named; the latest counts */
		if (ss->period_year == 0)
		{
			int			m1,
						m2,
						p = ss->period_part ? lp_find_months(s + from, b - from, &m1, &m2) :
				lp_has_period_word(s + from, b - from);

			if (p)
				ss->period_part = p;
		}
		ss->period_upto = b;
		year = ss->period_year;
		year_at = ss->period_year_at;
		part = ss->period_part;
	}
	else
	{
		nearest_year(s, a, a, b, &year, &year_at);
		part = year ? 0 : lp_has_period_word(s + a, b - a);
	}

	lp_copy_str(out, outsz, ctx_period);
	if (year)
	{
		lp_period_of(s + year_at, b - year_at, year, buf, sizeof(buf));
		lp_copy_str(out, outsz, buf);
	}
	/* a part of the year in an annual context; one month ("9月当月") in any */
	else if (ctx_year && (part == 2 || (part && strchr(ctx_period, 'H') == NULL &&
										strchr(ctx_period, 'Q') == NULL &&
										strchr(ctx_period, 'M') == NULL)))
	{
		lp_period_of(s + a, b - a, ctx_year, buf, sizeof(buf));
		lp_copy_str(out, outsz, buf);
	}
}

/* First year of the five-year plan named in s ("十三五" → 2016), 0 if none. */
static int
five_year_plan(const char *s, size_t len)
{
	const char *p = s,
			   *end = s + len;

	while (p < end && (p = lp_find3(p, (size_t) (end - p), "十")) != NULL)
	{
		int			n,
					d;

		p += 3;
		/* "十四五", "第十四个五年规划" */
		if (p < end && (d = lp_cn_digit(lp_utf8_next(p, (size_t) (end - p), &n))) > 0 &&
			(lp_at(p, (size_t) (end - p), (size_t) n, "五") ||
			 lp_at(p, (size_t) (end - p), (size_t) n, "个五年")))
			return 1951 + 5 * (10 + d);	/* the 3rd plan began in 1966 */
	}
	return 0;
}

/*
 * The period of an average annual rate (年均增长6.9%) spans years: those its
 * sentence names ("从2015年的…增加到2020年的…"), else the five-year plan
 * of its sentence, section or title ("十三五" → 2016-2020), else "过去五年" up to
 * the year of the context.
 */
static void
average_period(const char *s, size_t a, size_t b, const char *section, const char *title,
			   char *period, size_t periodsz)
{
	size_t		at,
				from = a;
	int			first = 0,
				last = 0,
				base = 0,
				y,
				ctx_year = atoi(period);

	while (from < b && (y = lp_find_year(s + from, b - from, &at)) != 0)
	{
		if (first == 0)
		{
			int			y0 = lp_year_range_start(s, from + at);

			first = y0 ? y0 : y;
			base = !y0 && from + at > a && lp_words_suffix("change_from", s + a, from + at - a) > 0;
		}
		last = y;
		from += at + 1;
	}
	if (first && last > first)
	{
		snprintf(period, periodsz, "%d-%d", first + base, last);
		return;
	}
	if ((y = five_year_plan(s + a, b - a)) != 0 ||
		(section && (y = five_year_plan(section, strlen(section))) != 0) ||
		(title && (y = five_year_plan(title, strlen(title))) != 0))
	{
		snprintf(period, periodsz, "%d-%d", y, y + 4);
		return;
	}
	if (ctx_year && (lp_words_any("five_years", s + a, b - a) ||
					 (section && lp_words_any("five_years", section, strlen(section)))))
		snprintf(period, periodsz, "%d-%d", ctx_year - 4, ctx_year);
}

/* Start of the object of the last verb in s[a, b): "港澳人员发放补贴" → 补贴. */
static size_t
after_last_verb(const char *s, size_t a, size_t b)
{
	size_t		pos = a,
				best = a,
				vl;
	long		v;

	while (pos < b && (v = lp_words_find("verb", s + pos, b - pos, &vl)) >= 0)
	{
		size_t		end = pos + (size_t) v + vl;

		if (end < b)
			best = end;
		pos = end;
	}
	return best;
}

/* Does a noun phrase follow the measure word ("4个粤港澳人才合伙人基地")? */
static int
noun_follows(const char *s, size_t slen, size_t i)
{
	int			n;
	uint32_t	cp;

	if (i >= slen)
		return 0;
	cp = lp_utf8_next(s + i, slen - i, &n);
	if (!lp_is_hanzi(cp))
		return 0;
	return !lp_words_prefix("growth", s + i, slen - i) &&
		!lp_words_prefix("decline", s + i, slen - i) &&
		!lp_words_prefix("not_noun", s + i, slen - i);
}

static void
negate(char *dec)
{
	size_t		n = strlen(dec);

	if (n == 0 || n + 2 > LP_NUM_MAX || strspn(dec, "0.") == n)
		return;
	if (dec[0] == '-')
		memmove(dec, dec + 1, n);
	else
	{
		memmove(dec + 1, dec, n + 1);
		dec[0] = '-';
	}
}

#define POOL_BLOCK (64 * 1024)	/* bytes of one block of the string pool */

/* A NUL-terminated copy of s[0, n) in the facts' string pool. */
static const char *
pool_copy(lp_facts *out, const char *s, size_t n)
{
	char	   *p;

	if (n == 0)
		return "";
	if (out->nstrings == 0 || out->pool_used + n + 1 > out->pool_cap)
	{
		/* a new block; a string longer than a block gets one of its own */
		size_t		cap = n + 1 > POOL_BLOCK ? n + 1 : POOL_BLOCK;

		if (out->nstrings == out->strings_cap)
		{
			out->strings_cap = out->strings_cap ? out->strings_cap * 2 : 16;
			out->strings = lp_realloc(out->strings, out->strings_cap * sizeof(char *));
		}
		out->strings[out->nstrings++] = lp_alloc(cap);
		out->pool_used = 0;
		out->pool_cap = cap;
	}
	p = out->strings[out->nstrings - 1] + out->pool_used;
	memcpy(p, s, n);
	p[n] = '\0';
	out->pool_used += n + 1;
	return p;
}

/* Evidence: s[a, b) trimmed, without a list bullet, at most max bytes, pooled. */
static const char *
pool_trimmed(lp_facts *out, const char *s, size_t a, size_t b, size_t max)
{
	size_t		n;

	lp_trim(s, &a, &b);
	n = lp_words_prefix("subject_prefix", s + a, b - a);
	if (n && (lp_at(s, b, a, "——") || lp_at(s, b, a, "—") || lp_at(s, b, a, "•")))
		a += n;
	if (b - a > max)
	{
		b = a + max;
		while (b > a && (((unsigned char) s[b]) & 0xC0) == 0x80)
			b--;
	}
	return pool_copy(out, s + a, b - a);
}

/* The value of q (negated when negative) as a fact's, its strings pooled. */
static void
set_value(lp_facts *out, lp_fact *f, const lp_quantity *q, int negative)
{
	char		v[LP_NUM_MAX],
				v_hi[LP_NUM_MAX],
				base[LP_NUM_MAX],
				base_hi[LP_NUM_MAX];

	memcpy(v, q->value, sizeof(v));
	memcpy(v_hi, q->value_hi, sizeof(v_hi));
	memcpy(base, q->base_value, sizeof(base));
	memcpy(base_hi, q->base_value_hi, sizeof(base_hi));
	if (negative)
	{
		negate(v);
		negate(v_hi);
		negate(base);
		negate(base_hi);
	}
	f->q.qualifier = q->qualifier;
	f->q.value = pool_copy(out, v, strlen(v));
	f->q.value_hi = pool_copy(out, v_hi, strlen(v_hi));
	f->q.unit = pool_copy(out, q->unit, strlen(q->unit));
	f->q.base_value = pool_copy(out, base, strlen(base));
	f->q.base_value_hi = pool_copy(out, base_hi, strlen(base_hi));
	f->q.base_unit = pool_copy(out, q->base_unit, strlen(q->base_unit));
	f->q.dimension = q->dimension ? q->dimension : "";
}

static lp_fact *
new_fact(lp_facts *out)
{
	if (out->n == out->cap)
	{
		/* grow by half: facts are the bulk of the memory of a large document */
		out->cap = out->cap ? out->cap + out->cap / 2 : 64;
		out->items = lp_realloc(out->items, out->cap * sizeof(lp_fact));
	}
	memset(&out->items[out->n], 0, sizeof(lp_fact));
	out->items[out->n].q.value = out->items[out->n].q.value_hi = "";
	out->items[out->n].q.unit = out->items[out->n].q.base_value = "";
	out->items[out->n].q.base_value_hi = out->items[out->n].q.base_unit = "";
	out->items[out->n].q.dimension = "";
	return &out->items[out->n++];
}

/*
 * The period of targets whose headings name none ("今年主要预期目标"): the
 * year after the report's when it reviews a whole year (a report on 2023,
 * delivered in 2024, sets targets for 2024), else the report's period (a
 * half-year report's targets are for its own year; the H is dropped by the
 * caller).
 */
static void
default_target_period(const lp_sections *secs, const lp_meta *meta, char *out, size_t outsz)
{
	size_t		i;
	int			year = atoi(meta->period);

	lp_copy_str(out, outsz, meta->period);
	if (year < 1949 || strspn(meta->period, "0123456789") != strlen(meta->period))
		return;
	for (i = 0; i < secs->n; i++)
		if (strcmp(secs->items[i].role, "review") == 0 &&
			(secs->items[i].period[0] == '\0' ||
			 strcmp(secs->items[i].period, meta->period) == 0))
		{
			snprintf(out, outsz, "%d", year + 1);
			return;
		}
}

/* Section context of every line: role, status, period and heading. */
static void
line_contexts(const lp_sections *secs, size_t nlines, const lp_meta *meta, line_ctx *ctx)
{
	size_t		li,
				si = 0;
	long		stack[8];
	int			depth = 0;
	char		target_year[16];

	default_target_period(secs, meta, target_year, sizeof(target_year));

	for (li = 0; li < nlines; li++)
	{
		int			d;

		while (si < secs->n && (size_t) secs->items[si].line_start == li + 1)
		{
			while (depth > 0 && secs->items[stack[depth - 1]].level >= secs->items[si].level)
				depth--;
			if (depth < 8)
				stack[depth++] = (long) si;
			si++;
		}
		while (depth > 0 && (size_t) secs->items[stack[depth - 1]].line_end < li + 1)
			depth--;
		ctx[li].role = "other";
		ctx[li].status = "actual";
		lp_copy_str(ctx[li].period, sizeof(ctx[li].period), meta->period);
		ctx[li].section = depth > 0 ? secs->items[stack[depth - 1]].heading : NULL;
		for (d = depth - 1; d >= 0; d--)
		{
			const lp_section *sec = &secs->items[stack[d]];

			if (strcmp(sec->role, "other") != 0)
			{
				ctx[li].role = sec->role;
				ctx[li].status = strcmp(sec->role, "review") == 0 ? "actual" : "target";
				break;
			}
		}
		for (d = depth - 1; d >= 0; d--)
			if (secs->items[stack[d]].period[0])
			{
				lp_copy_str(ctx[li].period, sizeof(ctx[li].period), secs->items[stack[d]].period);
				break;
			}
		if (d < 0 && strcmp(ctx[li].status, "target") == 0)
			lp_copy_str(ctx[li].period, sizeof(ctx[li].period), target_year);
		/* targets for the rest of a year are targets for the year */
		if (strcmp(ctx[li].status, "target") == 0)
		{
			char	   *h = strchr(ctx[li].period, 'H');

			if (h)
				*h = '\0';
		}
	}
}

static int
ends_with_colon(const char *s, size_t len)
{
	return (len >= 3 && memcmp(s + len - 3, "：", 3) == 0) || (len >= 1 && s[len - 1] == ':');
}

/* Does the line open a summary list of indicators ("…主要指标完成情况：")? */
static int
is_summary_intro(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				start;

	lp_trim(s, &a, &b);
	if (!(lp_at(s, b, b >= 3 ? b - 3 : b, "：") || (b > a && s[b - 1] == ':')))
		return 0;
	start = after_last(s, b > MAX_LOOKBACK ? b - MAX_LOOKBACK : a, prev_char(s, b), is_sentence_end);
	return lp_words_any("summary_intro", s + start, b - start);
}

/*
 * Where the clauses and sentences of one line end, found once per line on
 * its first mention: each mention then finds its sentence and clause with
 * a binary search instead of scanning back over the line.
 */
typedef struct end_marks
{
	size_t	   *at;				/* byte offsets of end characters, ascending */
	size_t		n;
	size_t		cap;
} end_marks;

/*
 * A summary list written inline after its intro: "今年主要预期目标是：地区生产
 * 总值增长7%左右；…；单位地区生产总值能耗完成市下达目标。"  Returns the byte
 * offset where the items start (after the colon) and sets *to to the end of
 * the list (its 。 or the end of the line); 0 when the line has none.
 * *names_target is set when the intro names targets (预期目标).
 */
static size_t
inline_summary(const char *s, size_t len, size_t *to, int *names_target)
{
	size_t		i;

	for (i = 0; i < len; i += lp_utf8_step((unsigned char) s[i]))
	{
		/* a colon: ':' or '：' (EF BC 9A) */
		int			n = s[i] == ':' ? 1 :
			(i + 2 < len && (unsigned char) s[i] == 0xEF && (unsigned char) s[i + 1] == 0xBC &&
			 (unsigned char) s[i + 2] == 0x9A) ? 3 : 0;

		if (n)
		{
			size_t		colon = i,
						from = i + (size_t) n,
						start = after_last(s, colon > MAX_LOOKBACK ? colon - MAX_LOOKBACK : 0, colon,
										   is_sentence_end),
						a = from,
						b = len;

			lp_trim(s, &a, &b);
			if (a < b && lp_words_any("summary_intro", s + start, colon - start))
			{
				size_t		e = from;

				while (e < len)
				{
					int			cl;

					if (lp_utf8_next(s + e, len - e, &cl) == 0x3002)	/* 。 */
						break;
					e += (size_t) cl;
				}
				*to = e;
				*names_target = lp_words_any("target_marker", s + start, colon - start);
				return from;
			}
		}
	}
	return 0;
}

typedef struct extract_state
{
	const char *text;
	const lp_meta *meta;
	lp_facts   *out;
	const char *marked_line;	/* the line the marks below are of */
	size_t		marked_len;
	end_marks	clause_ends;	/* sentence ends included */
	end_marks	sentence_ends;
} extract_state;

static void
push_mark(end_marks *m, size_t at)
{
	if (m->n == m->cap)
	{
		m->cap = m->cap ? 2 * m->cap : 64;
		m->at = lp_realloc(m->at, m->cap * sizeof(size_t));
	}
	m->at[m->n++] = at;
}

static void
mark_line(extract_state *st, const char *s, size_t slen)
{
	size_t		i;

	if (st->marked_line == s && st->marked_len == slen)
		return;
	st->marked_line = s;
	st->marked_len = slen;
	st->clause_ends.n = st->sentence_ends.n = 0;
	for (i = 0; i < slen; i += lp_utf8_step((unsigned char) s[i]))
	{
		unsigned char c = (unsigned char) s[i];
		uint32_t	cp;
		int			n;

		/* end characters are ASCII or start with E3 (。) or EF (，；：！？) */
		if (c < 0x80)
			cp = c;
		else if (c == 0xE3 || c == 0xEF)
			cp = lp_utf8_next(s + i, slen - i, &n);
		else
			continue;
		if (is_clause_end(cp))
			push_mark(&st->clause_ends, i);
		if (is_sentence_end(cp))
			push_mark(&st->sentence_ends, i);
	}
}

/* Length of the (end) character at s[p]: ASCII or a three-byte one. */
static inline size_t
mark_len(const char *s, size_t p)
{
	return ((unsigned char) s[p]) < 0x80 ? 1 : 3;
}

/* after_last over marks: just after the last end in s[lo, hi), or lo. */
static size_t
marks_after_last(const end_marks *m, const char *s, size_t lo, size_t hi)
{
	size_t		a = 0,
				b = m->n;

	while (a < b)				/* first mark at or after hi */
	{
		size_t		mid = a + (b - a) / 2;

		if (m->at[mid] < hi)
			a = mid + 1;
		else
			b = mid;
	}
	while (a > 0 && m->at[a - 1] >= lo)
	{
		size_t		p = m->at[a - 1];

		if (p + mark_len(s, p) <= hi)
			return p + mark_len(s, p);
		a--;
	}
	return char_start(s, lo, hi);
}

/* next_end over marks: the first end at or after i that ends before hi, or hi. */
static size_t
marks_next_end(const end_marks *m, const char *s, size_t i, size_t hi)
{
	size_t		a = 0,
				b = m->n;

	while (a < b)
	{
		size_t		mid = a + (b - a) / 2;

		if (m->at[mid] < i)
			a = mid + 1;
		else
			b = mid;
	}
	for (; a < m->n && m->at[a] < hi; a++)
		if (m->at[a] + mark_len(s, m->at[a]) <= hi)
			return m->at[a];
	return hi;
}

/*
 * One subject before 分别 naming two things in one word (fenbie_pairs.tsv):
 * "城乡居民人均可支配收入" → 城镇居民人均可支配收入, 农村居民人均可支配收入.
 */
static void
split_pair(sentence_state *ss)
{
	const char *data,
			   *f[3];
	size_t		dlen,
				pos = 0,
				fl[3];
	char	   *item = ss->fenbie[0];
	size_t		ilen = strlen(item);

	data = lp_data_file("fenbie_pairs.tsv", &dlen);
	while (data && lp_tsv_next(data, dlen, &pos, f, fl, 3) >= 3)
	{
		const char *w = memmem(item, ilen, f[0], fl[0]);
		size_t		head,
					rest;

		if (w == NULL)
			continue;
		head = (size_t) (w - item);
		rest = ilen - head - fl[0];
		if (head + rest + (fl[1] > fl[2] ? fl[1] : fl[2]) > MAX_SUBJECT)
			return;
		/* the second first: it is built from the item the first overwrites */
		memcpy(ss->fenbie[1], item, head);
		memcpy(ss->fenbie[1] + head, f[2], fl[2]);
		memcpy(ss->fenbie[1] + head + fl[2], w + fl[0], rest);
		ss->fenbie[1][head + fl[2] + rest] = '\0';
		memmove(item + head + fl[1], w + fl[0], rest + 1);
		memcpy(item + head, f[1], fl[1]);
		ss->nfenbie = 2;
		return;
	}
}

/* Decide everything about one quantity mention and append the fact. */
static void
add_quantity_fact(extract_state *st, const char *s, size_t slen, int lineno,
				  const line_ctx *ctx, int summary, sentence_state *ss,
				  const lp_quantity *q, int span_start, int span_end)
{
	lp_fact    *f;
	size_t		lo = q->start > MAX_LOOKBACK ? q->start - MAX_LOOKBACK : 0,
				sent_start,
				clause_start,
				pre_a,
				pre_b,
				n,
				sent_end;
	const char *measure = "level";
	int			negative = 0,
				inherit = 0,
				like_for_like = 0;
	char		subject[MAX_SUBJECT + 1] = "";
	const char *status = ctx->status;
	int			is_percent = strcmp(q->base_unit, "%") == 0;
	int			is_points = strcmp(q->base_unit, "个百分点") == 0;
	long		at,
				like_at;
	size_t		pre_a0;

	mark_line(st, s, slen);
	if (lo < ss->start)
		lo = ss->start;
	sent_start = marks_after_last(&st->sentence_ends, s, lo, q->start);
	if (sent_start > ss->start)
	{
		/* a new sentence: forget what the last one carried */
		memset(ss, 0, sizeof(*ss));
		ss->start = sent_start;
	}
	clause_start = marks_after_last(&st->clause_ends, s, sent_start, q->start);
	pre_a = clause_start > ss->prev_end ? clause_start : ss->prev_end;
	pre_a0 = pre_a;
	pre_b = q->start;

	/* 分别 ("A、B分别增长8%、9%") and like for like (剔除不可比因素增长), in one pass */
	{
		static const char *const kinds[] = {"fenbie", "like_for_like"};
		long		found[2];
		size_t		wlen[2];

		lp_words_find_each(kinds, 2, s + pre_a, pre_b - pre_a, found, wlen);
		at = found[0];
		n = wlen[0];
		like_at = found[1];
	}
	if (at >= 0)
	{
		size_t		la = pre_a,
					lb = pre_a + (size_t) at,
					i = la;

		ss->nfenbie = 0;
		ss->fenbie_next = 0;
		clean_subject(s, &la, &lb);
		while (i < lb && ss->nfenbie < MAX_FENBIE)
		{
			size_t		j = i;

			while (j < lb)
			{
				int			cl;
				uint32_t	cp = lp_utf8_next(s + j, lb - j, &cl);

				if (is_list_sep(cp))
					break;
				j += cl;
			}
			set_subject(ss->fenbie[ss->nfenbie++], s, i, j);
			i = j < lb ? j + 3 : j;
		}
		/*
		 * "城镇、农村居民人均可支配收入": a short item that names nothing by
		 * itself shares the head of the last one (城镇 + 居民人均可支配收入).
		 */
		if (ss->nfenbie >= 2)
		{
			const char *last = ss->fenbie[ss->nfenbie - 1];
			size_t		last_chars = lp_utf8_chars(last, strlen(last));
			int			k;

			for (k = 0; k < ss->nfenbie - 1; k++)
			{
				char	   *item = ss->fenbie[k];
				size_t		item_len = strlen(item),
							item_chars = lp_utf8_chars(item, item_len),
							skip = 0,
							c;

				if (item_chars == 0 || item_chars + 1 >= last_chars ||
					lp_indicator_by_suffix(item, item_len) != NULL)
					continue;
				for (c = 0; c < item_chars; c++)
				{
					int			cl;

					(void) lp_utf8_next(last + skip, strlen(last) - skip, &cl);
					skip += cl;
				}
				if (item_len + strlen(last) - skip <= MAX_SUBJECT)
					memmove(item + item_len, last + skip, strlen(last) - skip + 1);
			}
		}
		if (ss->nfenbie == 1)
			split_pair(ss);
		pre_a += (size_t) at + n;
	}

	/* like for like growth counts after the 分别 list only */
	if (like_at >= 0 && (like_at >= (long) (pre_a - pre_a0) ||
						 lp_words_any("like_for_like", s + pre_a, pre_b - pre_a)))
		like_for_like = 1;

	/* the measure: words just before the number */
	lp_trim(s, &pre_a, &pre_b);
	if ((n = lp_words_suffix("plan_completion", s + pre_a, pre_b - pre_a)) > 0 && is_percent)
	{
		measure = "plan_completion";
		pre_b -= n;
	}
	else if ((n = lp_words_suffix("change_to", s + pre_a, pre_b - pre_a)) > 0)
		pre_b -= n;
	else if ((n = lp_words_suffix("decline", s + pre_a, pre_b - pre_a)) > 0)
	{
		measure = is_points ? "change" : "growth";
		negative = is_percent || is_points;
		pre_b -= n;
	}
	else if ((n = lp_words_suffix("growth", s + pre_a, pre_b - pre_a)) > 0)
	{
		measure = is_points ? "change" : "growth";
		pre_b -= n;
	}
	else if ((n = lp_words_suffix("change_from", s + pre_a, pre_b - pre_a)) > 0)
	{
		measure = "change";
		pre_b -= n;
	}
	else if (is_points)
		measure = "change";
	else if (is_percent && lp_words_any("share", s + clause_start, q->start - clause_start))
		measure = "share";
	if (strcmp(measure, "growth") == 0 || strcmp(measure, "change") == 0)
	{
		/* 同比 / 比上年 and like-for-like words sit before the growth word */
		size_t		m;

		while ((m = lp_words_suffix("growth", s + pre_a, pre_b - pre_a)) > 0 ||
			   (m = lp_words_suffix("like_for_like", s + pre_a, pre_b - pre_a)) > 0)
			pre_b -= m;
	}

	/* a parenthetical target beside an actual: "增长4.1%(目标6.0%左右)" */
	{
		size_t		p = pre_a;

		while (p < pre_b && (lp_at(s, pre_b, p, "（") || s[p] == '('))
			p += s[p] == '(' ? 1 : 3;
		if (p > pre_a && lp_at(s, pre_b, p, "目标") && ss->subject[0])
		{
			status = "target";
			inherit = 1;
			if (ss->measure)
				measure = ss->measure;
		}
	}

	/* the subject */
	if (!inherit)
	{
		size_t		a = pre_a,
					b = pre_b;

		clean_subject(s, &a, &b);
		b = drop_paren_tail(s, a, b);
		{
			size_t		a_full = a,
						il = 0;

			a = after_last_verb(s, a, b);
			/* a verb inside an indicator's name (研发投入强度) does not cut it */
			if (a > a_full && lp_indicator_suffix(s + a_full, b - a_full, &il) && b - il < a)
				a = b - il;
		}
		clean_subject(s, &a, &b);
		/* a condition names no subject: "剔除留抵退税因素后同口径增长3.6%" */
		if (b > a && lp_words_prefix("condition", s + a, b - a) > 0)
			a = b;
		/* a word for "its total" (总量约620亿元) names the clause's subject */
		if (b > a && lp_words_prefix("generic_subject", s + a, b - a) == b - a)
			a = b;
		if (ss->nfenbie > 0 && ss->fenbie_next < ss->nfenbie && a >= b)
		{
			lp_copy_str(subject, sizeof(subject), ss->fenbie[ss->fenbie_next++]);
			if (ss->measure && strcmp(measure, "level") == 0)
			{
				measure = ss->measure;
				negative = ss->negative;
			}
		}
		else if (b > a && has_hanzi(s + a, b - a) &&
				 (lp_utf8_chars(s + a, b - a) > 2 || !noun_follows(s, slen, q->end)))
			set_subject(subject, s, a, b);
		else
		{
			/* "新增2家百亿级企业": the thing counted follows the measure word */
			size_t		pa = q->end,
						pb = marks_next_end(&st->clause_ends, s, q->end, ahead(s, slen, q->end, MAX_LOOKBACK));
			size_t		k;

			for (k = pa; k < pb;)
			{
				int			cl;
				uint32_t	cp = lp_utf8_next(s + k, pb - k, &cl);

				if (is_list_sep(cp) || cp == 0xFF08 || cp == '(' || cp == 0x3002 ||
					(cp >= '0' && cp <= '9'))
					break;
				k += cl;
			}
			pb = k;
			/* the phrase ends where a verb starts: "321名港澳人员发放补贴" */
			if (pb > pa)
			{
				size_t		vl;
				long		v = pb - pa > 3 ? lp_words_find("verb", s + pa + 3, pb - pa - 3, &vl) : -1;

				if (v >= 0)
					pb = pa + 3 + (size_t) v;
			}
			if (pb > pa && !lp_words_prefix("growth", s + pa, pb - pa) &&
				!lp_words_prefix("decline", s + pa, pb - pa) && has_hanzi(s + pa, pb - pa))
			{
				clean_subject(s, &pa, &pb);
				set_subject(subject, s, pa, pb);
			}
			else if (ss->subject[0])
				inherit = 1;
		}
	}
	if (inherit || (subject[0] == '\0' && ss->subject[0]))
		lp_copy_str(subject, sizeof(subject), ss->subject);
	/* a share names its whole after 占: "金融业增加值占地区生产总值比重" is a share of 金融业增加值 */
	if (strcmp(measure, "share") == 0)
	{
		char	   *zhan = strstr(subject, "占");

		if (zhan && zhan > subject)
			*zhan = '\0';
	}
	if (ss->fenbie_next == 0 && ss->nfenbie > 0 && subject[0] == '\0')
		lp_copy_str(subject, sizeof(subject), ss->fenbie[ss->fenbie_next++]);

	/* status from markers earlier in the sentence, each byte looked at once */
	if (ss->scanned_to < sent_start)
		ss->scanned_to = sent_start;
	if (q->start > ss->scanned_to)
	{
		/* a marker may straddle the last boundary: step back one character */
		size_t		from = ss->scanned_to > sent_start ? prev_char(s, ss->scanned_to) : sent_start;

		static const char *const kinds[] = {"estimate_marker", "target_marker"};
		long		found[2];

		lp_words_find_each(kinds, 2, s + from, q->start - from, found, NULL);
		ss->has_estimate |= found[0] >= 0;
		ss->has_target |= found[1] >= 0;
		ss->scanned_to = q->start;
	}
	if (ss->has_estimate)
		status = "estimate";
	else if (strcmp(status, "actual") == 0 && ss->has_target && !summary)
		status = "target";

	f = new_fact(st->out);
	f->line = lineno;
	f->span_start = span_start;
	f->span_end = span_end;
	sentence_period(ss, s, sent_start, q->start, ctx->period, f->period, sizeof(f->period));
	/*
	 * A target's years are those of its own clause (规划目标为年均增长6%左右);
	 * an actual's those of its sentence, or of the sentence that 。 ends
	 * ("2021—2023年，A年均增长5.6%；B年均增长8.2%。").
	 */
	if (strcmp(measure, "growth") == 0 &&
		lp_words_any("annual_average", s + clause_start, q->start - clause_start))
	{
		size_t		a = strcmp(status, "target") == 0 ? clause_start : sent_start;

		if (a == sent_start && !lp_find_year(s + a, q->start - a, NULL))
			a = after_last(s, sent_start > MAX_LOOKBACK ? sent_start - MAX_LOOKBACK : 0, sent_start,
						   is_full_stop);
		average_period(s, a, q->start, ctx->section, st->meta->title, f->period, sizeof(f->period));
	}
	/* the evidence ends with the sentence, and never far past the mention */
	sent_end = marks_next_end(&st->sentence_ends, s, q->end, ahead(s, slen, q->end, MAX_EVIDENCE / 2));
	if (ss->evidence == NULL || ss->ev_start != sent_start || ss->ev_end != sent_end)
	{
		ss->evidence = pool_trimmed(st->out, s, sent_start, sent_end, MAX_EVIDENCE);
		ss->ev_start = sent_start;
		ss->ev_end = sent_end;
	}
	f->evidence = ss->evidence;
	f->section = ctx->section;
	f->status = status;
	f->subject = subject[0] ? pool_copy(st->out, subject, strlen(subject)) : NULL;
	f->indicator = subject[0] ? lp_indicator_by_suffix(subject, strlen(subject)) : NULL;
	f->measure = measure;
	f->has_quantity = 1;
	set_value(st->out, f, q, negative);
	f->like_for_like = like_for_like && strcmp(measure, "growth") == 0;
	f->summary = summary;
	if (summary)
		f->headline = 1;
	else if (f->indicator && (strcmp(measure, "level") == 0 || strcmp(measure, "growth") == 0))
		f->headline = 2;		/* candidate, kept when no summary list covers it */

	/* carry to the next mention of the sentence */
	ss->prev_end = q->end;
	if (subject[0])
		lp_copy_str(ss->subject, sizeof(ss->subject), subject);
	ss->measure = measure;
	ss->negative = negative;
}

/*
 * One row of a table flattened to text: a fact per value column.  Cell k
 * is line[k][cs[k], ce[k]), on line lineno[k] (all the same line but in a
 * table with one cell per line); evidence is the row's text.
 */
static void
add_table_row(extract_state *st, const char *const *line, const int *lineno,
			  const char *evidence, const line_ctx *ctx, const lp_table *t,
			  const size_t *cs, const size_t *ce, int n)
{
	int			k,
				name_col = 0;
	char		unit[32] = "";
	const char *subject;
	size_t		na,
				nb;

	for (k = 0; k < n && k < t->ncols; k++)
	{
		if (t->cols[k].is_name)
			name_col = k;
		if (t->cols[k].is_unit && ce[k] - cs[k] < sizeof(unit))
		{
			memcpy(unit, line[k] + cs[k], ce[k] - cs[k]);
			unit[ce[k] - cs[k]] = '\0';
		}
	}
	/* "地区生产总值（GDP）" names 地区生产总值 */
	na = cs[name_col];
	nb = drop_paren_tail(line[name_col], na, ce[name_col]);
	subject = pool_copy(st->out, line[name_col] + na, nb - na);
	for (k = 0; k < n && k < t->ncols; k++)
	{
		const lp_table_col *col = &t->cols[k];
		const char *s = line[k];
		const char *c = s + cs[k];
		size_t		cl = ce[k] - cs[k];
		int			neg = 0;
		lp_fact    *f;
		lp_quantity q;
		lp_error	err;
		const char *u;
		const char *measure;
		char		cell_unit[32];
		const lp_unit *unit_def;

		if (!col->measure || cl == 0)
			continue;
		u = strcmp(col->measure, "growth") == 0 ? "%" : unit;
		if (c[0] == '-' || lp_at(c, cl, 0, "−"))
		{
			neg = 1;
			cl -= c[0] == '-' ? 1 : 3;
			c += c[0] == '-' ? 1 : 3;
		}
		memset(&q, 0, sizeof(q));
		measure = col->measure;
		/* a bound written as a sign in the cell: "≥76.5", "≤3.5" */
		{
			size_t		m;

			if ((m = lp_words_prefix("cell_ge", c, cl)) > 0)
				q.qualifier = LP_Q_GE;
			else if ((m = lp_words_prefix("cell_le", c, cl)) > 0)
				q.qualifier = LP_Q_LE;
			c += m;
			cl -= m;
		}
		if (cl == 0)
			continue;
		if (lp_cn_number(c, cl, q.value, sizeof(q.value), &err) != LP_OK)
		{
			/* a cell with its own unit or qualifier: "7%左右", "6%以上", "4以内" */
			lp_quantity pq;

			if (lp_quantity_parse(c, cl, &pq, &err) != LP_OK)
				continue;
			lp_copy_str(q.value, sizeof(q.value), pq.value);
			lp_copy_str(q.value_hi, sizeof(q.value_hi), pq.value_hi);
			q.qualifier = pq.qualifier;
			if (pq.unit[0])
			{
				/* a percentage in a row of amounts is a rate of growth */
				if (strcmp(pq.unit, "%") == 0 && strcmp(u, "%") != 0)
					measure = "growth";
				lp_copy_str(cell_unit, sizeof(cell_unit), pq.unit);
				u = cell_unit;
			}
		}
		lp_copy_str(q.unit, sizeof(q.unit), u);
		unit_def = u[0] ? lp_unit_lookup(u, strlen(u)) : NULL;
		if (unit_def && lp_dec_mul(q.value, unit_def->factor, q.base_value, sizeof(q.base_value)) == LP_OK)
		{
			lp_copy_str(q.base_unit, sizeof(q.base_unit), unit_def->base);
			q.dimension = unit_def->dimension;
			if (q.value_hi[0] &&
				lp_dec_mul(q.value_hi, unit_def->factor, q.base_value_hi, sizeof(q.base_value_hi)) != LP_OK)
				q.base_value_hi[0] = '\0';
		}
		else
		{
			lp_copy_str(q.base_value_hi, sizeof(q.base_value_hi), q.value_hi);
			lp_copy_str(q.base_value, sizeof(q.base_value), q.value);
			lp_copy_str(q.base_unit, sizeof(q.base_unit), u);
			q.dimension = "";
		}
		if (neg)
		{
			negate(q.value);
			negate(q.base_value);
		}
		q.start = cs[k];
		q.end = ce[k];
		f = new_fact(st->out);
		f->line = lineno[k];
		f->span_start = (int) lp_utf8_chars(s, cs[k]);
		f->span_end = (int) lp_utf8_chars(s, ce[k]);
		f->evidence = evidence;
		f->section = ctx->section;
		f->status = col->status ? col->status : ctx->status;
		lp_copy_str(f->period, sizeof(f->period), col->period[0] ? col->period : ctx->period);
		if (!col->period[0] && strcmp(f->status, "target") == 0)
			f->period[strspn(f->period, "0123456789")] = '\0';	/* a plan target is for the year */
		f->subject = subject;
		f->indicator = lp_indicator_by_suffix(subject, strlen(subject));
		f->measure = measure;
		f->has_quantity = 1;
		set_value(st->out, f, &q, 0);
		f->headline = f->indicator ? 2 : 0;
	}
}

/*
 * Ranks: "稳居全市第一", "排名全区第2" — a verb of ranking, a scope, 第 and an
 * ordinal.  The quantity recognizer skips ordinals; a rank is its own measure.
 */
static void
add_rank_facts(extract_state *st, const char *s, size_t slen, int lineno,
			   const line_ctx *ctx)
{
	size_t		i = 0,
				char_pos = 0,
				byte_pos = 0;

	while (i + 3 <= slen)
	{
		const char *di = lp_find3(s + i, slen - i, "第");
		size_t		at,
					before,
					n,
					ordinal_len,
					v_at,
					clause,
					a,
					b;
		int			value = 0;
		lp_fact    *f;

		if (di == NULL)
			break;
		at = (size_t) (di - s);
		i = at + 3;
		ordinal_len = lp_ordinal_at(s, slen, at + 3, &value);
		if (ordinal_len == 0 || value <= 0)
			continue;
		/* 第 after an optional scope (全市) after a ranking verb (稳居) */
		before = at;
		if ((n = lp_words_suffix("rank_scope", s, before)) > 0)
			before -= n;
		if ((n = lp_words_suffix("rank_verb", s, before)) == 0)
			continue;
		v_at = before - n;
		clause = after_last(s, v_at > MAX_LOOKBACK ? v_at - MAX_LOOKBACK : 0, v_at, is_clause_end);
		a = clause;
		b = v_at;
		clean_subject(s, &a, &b);
		f = new_fact(st->out);
		f->line = lineno;
		char_pos += lp_utf8_chars(s + byte_pos, at - byte_pos);
		byte_pos = at;
		f->span_start = (int) char_pos;
		f->span_end = f->span_start + 1 + (int) lp_utf8_chars(s + at + 3, ordinal_len);
		f->evidence = pool_trimmed(st->out, s,
								   after_last(s, v_at > MAX_LOOKBACK ? v_at - MAX_LOOKBACK : 0, v_at, is_sentence_end),
								   next_end(s, at, ahead(s, slen, at, MAX_EVIDENCE / 2), is_sentence_end),
								   MAX_EVIDENCE);
		f->section = ctx->section;
		lp_copy_str(f->period, sizeof(f->period), ctx->period);
		f->status = ctx->status;
		f->subject = b > a ? pool_copy(st->out, s + a, b - a) : NULL;
		f->indicator = b > a ? lp_indicator_by_suffix(s + a, b - a) : NULL;
		f->measure = "rank";
		f->has_quantity = 1;
		{
			char		num[16];
			int			len = snprintf(num, sizeof(num), "%d", value);

			f->q.value = f->q.base_value = pool_copy(st->out, num, (size_t) len);
		}
	}
}

static void
push_qualitative(extract_state *st, const char *s, size_t a0, size_t b0, int lineno,
				 const line_ctx *ctx, const char *code, const char *subject, size_t subject_len)
{
	lp_fact    *f = new_fact(st->out);

	f->line = lineno;
	f->span_start = (int) lp_utf8_chars(s, a0);
	f->span_end = f->span_start + (int) lp_utf8_chars(s + a0, b0 - a0);
	f->evidence = pool_trimmed(st->out, s, a0, b0, MAX_EVIDENCE);
	f->section = ctx->section;
	lp_copy_str(f->period, sizeof(f->period), ctx->period);
	f->status = ctx->status;
	f->subject = code ? pool_copy(st->out, subject, subject_len) : NULL;
	f->indicator = code;
	f->measure = "qualitative";
	f->has_quantity = 0;
	/* a dash line naming no indicator ("——2024年1月9日在…会议上") is no item */
	f->summary = code != NULL;
	f->headline = code != NULL;
}

/*
 * A summary item with no number: "——居民人均可支配收入增速与GDP增速基本同步",
 * or one item of a list written inline.  Indicators listed with 、 sharing
 * the head of the first name are items too: "万元GDP能耗、水耗完成市下达任务".
 * With need_code, an item naming no indicator adds nothing.
 */
static void
add_qualitative_fact(extract_state *st, const char *s, size_t a0, size_t b0, int lineno,
					 const line_ctx *ctx, int need_code)
{
	size_t		a = a0,
				b = b0,
				n = 0,
				p;
	const char *code;

	lp_trim(s, &a, &b);
	while ((n = lp_words_prefix("subject_prefix", s + a, b - a)) > 0 && n < b - a &&
		   (lp_at(s, b, a, "—") || lp_at(s, b, a, "•") || lp_at(s, b, a, "·")))
		a += n;
	code = lp_indicator_by_prefix(s + a, b - a, &n);
	if (code == NULL && need_code)
		return;
	push_qualitative(st, s, a0, b0, lineno, ctx, code, s + a, n);
	if (code == NULL)
		return;
	p = a + n;
	while (lp_at(s, b, p, "、"))
	{
		const char *sibling = NULL;
		size_t		head = a + n,	/* end of the part of the first name kept */
					item = p + 3,	/* the sibling starts after 、 */
					end = item,
					blen = 0,
					m = 0;
		char		buf[MAX_SUBJECT + 1];
		int			k;

		/* the sibling replaces the last k characters of the first name */
		for (k = 1; k <= 4 && head > a && end < b; k++)
		{
			int			cl;

			head = prev_char(s, head);
			(void) lp_utf8_next(s + end, b - end, &cl);
			end += (size_t) cl;
			if ((head - a) + (end - item) > MAX_SUBJECT)
				break;
			memcpy(buf, s + a, head - a);
			memcpy(buf + (head - a), s + item, end - item);
			blen = (head - a) + (end - item);
			sibling = lp_indicator_by_prefix(buf, blen, &m);
			if (sibling && m == blen)
				break;
			sibling = NULL;
		}
		if (sibling == NULL)
			break;
		push_qualitative(st, s, a0, b0, lineno, ctx, sibling, buf, blen);
		p = end;
	}
}


/*
 * Text extracted from PDF breaks its lines at the page width, in the middle
 * of sentences and even of numbers ("增\n长6.5%", "428.\n88亿元"), with page
 * numbers ("— 3 —") and running headers between pages.  Such a document has
 * many lines of one width that end without punctuation; a line of about
 * that width that does not end a sentence goes on with the next line of
 * text that starts no block.  The extractor reads the lines so joined as one.
 * A bad conversion that cut every line after a fixed number of characters
 * (whatever their widths) is read the same way, with the width counted in
 * characters: that count is tried when no display width is shared.
 */
#define WRAP_MIN_WIDTH 30		/* display width (hanzi 2, ASCII 1) of a wrapped line, at least */
#define WRAP_MAX_WIDTH 240
#define WRAP_MAX_LINES 64		/* lines joined into one at most */

typedef struct wrap_info
{
	int			width;			/* the page width of the document, 0 when it has none */
	int			by_chars;		/* width counts characters, not display columns */
	unsigned char *furniture;	/* per line: a page number or a running header */
	unsigned char *head;		/* per line: a heading starts there */
} wrap_info;

/* Display width of s[0, len): bytes below 0x80 one column, lead bytes two. */
static int
display_width(const char *s, size_t len)
{
	size_t		i;
	int			w = 0;

	for (i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		w += c < 0x80 ? 1 : c >= 0xC0 ? 2 : 0;
	}
	return w;
}

/* Does the trimmed line s[a, b) end a sentence or a block (。；：！？ and ASCII ones)? */
static int
ends_sentence(const char *s, size_t a, size_t b)
{
	size_t		p = prev_char(s, b);
	int			n;
	uint32_t	cp;

	if (b <= a)
		return 1;
	cp = lp_utf8_next(s + p, b - p, &n);
	return is_sentence_end(cp) || cp == 0xFF1A || cp == ':';
}

/* A page number: "— 3 —", "- 12 -", "3", "第3页" (dashes, spaces, digits, 第/页/共). */
static int
is_page_number(const char *s, size_t a, size_t b)
{
	int			digits = 0;

	while (a < b)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(s + a, b - a, &n);

		if (cp >= '0' && cp <= '9')
			digits++;
		else if (!(cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0xFF0D || cp == ' ' ||
				   cp == 0x3000 || cp == 0x7B2C || cp == 0x9875 || cp == 0x5171 || cp == '/'))
			return 0;			/* not 第 页 共 */
		a += (size_t) n;
	}
	return digits > 0 && digits <= 4;
}

/* Cells of a table: a bar, a tab or a run of spaces after the indentation. */
static int
has_cells(const char *s, size_t a, size_t b)
{
	const char *p = s + a,
			   *end = s + b;

	if (memchr(p, '|', b - a) || memchr(p, '\t', b - a) || lp_find3(p, b - a, "｜") ||
		memmem(p, b - a, "\xE3\x80\x80\xE3\x80\x80", 6))
		return 1;
	while (end - p >= 2 && (p = memchr(p, ' ', (size_t) (end - p - 1))) != NULL)
	{
		if (p[1] == ' ')
			return 1;
		p++;
	}
	return 0;
}

static uint32_t
line_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h ? h : 1;
}

/*
 * One pass over the lines: the page width (the most common width of lines
 * that end without punctuation, when at least four share it), page numbers,
 * and short lines repeated on several pages (running headers).  Only lines
 * that end without punctuation are measured.
 */
static void
wrap_scan(const char *text, const lp_line *lines, size_t nlines, const lp_sections *secs,
		  wrap_info *w)
{
	int			hist[WRAP_MAX_WIDTH + 2],
				chist[WRAP_MAX_WIDTH + 2];
	size_t		li,
				cap = 64;
	uint32_t   *hashes;
	int			best = 0,
				k,
				pass,
				nlong = 0;
	size_t		si = 0;

	memset(hist, 0, sizeof(hist));
	memset(chist, 0, sizeof(chist));
	memset(w, 0, sizeof(*w));
	/* the widths of lines, not headings or table rows, that end without punctuation */
	for (li = 0; li < nlines; li++)
	{
		const char *s = text + lines[li].start;
		size_t		a = 0,
					b = lines[li].end - lines[li].start;
		int			wd;

		if ((li & 4095) == 0)
			LP_CHECK_INTERRUPTS();
		while (si < secs->n && (size_t) secs->items[si].line_start < li + 1)
			si++;
		if (b < WRAP_MIN_WIDTH / 2 || b > WRAP_MAX_WIDTH * 3)
			continue;
		lp_trim(s, &a, &b);
		if (b - a < WRAP_MIN_WIDTH / 2)
			continue;
		nlong++;
		if (ends_sentence(s, a, b) ||
			(si < secs->n && (size_t) secs->items[si].line_start == li + 1) || has_cells(s, a, b))
			continue;
		wd = display_width(s, b);
		if (wd >= WRAP_MIN_WIDTH && wd <= WRAP_MAX_WIDTH)
			hist[wd]++;
		wd = (int) lp_utf8_chars(s, b);
		if (wd >= WRAP_MIN_WIDTH / 2 && wd <= WRAP_MAX_WIDTH)
			chist[wd]++;
	}
	/* a page width is shared by a fifth of the longer lines at least */
	for (k = WRAP_MIN_WIDTH; k <= WRAP_MAX_WIDTH; k++)
	{
		int			n = hist[k - 1] + hist[k] + hist[k + 1];

		if (n >= 4 && n * 5 >= nlong && n > best)
		{
			best = n;
			w->width = hist[k + 1] ? k + 1 : k;
		}
	}
	/*
	 * lines cut at a number of characters: one count, give or take one,
	 * shared by more lines than any display width
	 */
	for (k = WRAP_MIN_WIDTH / 2; k <= WRAP_MAX_WIDTH; k++)
	{
		int			n = chist[k - 1] + chist[k] + chist[k + 1];

		if (n >= 4 && n * 5 >= nlong && n > best)
		{
			best = n;
			w->by_chars = 1;
			w->width = chist[k + 1] ? k + 1 : k;
		}
	}
	if (w->width == 0)
		return;					/* most documents: no page width, nothing more */
	w->furniture = lp_alloc0(nlines);
	w->head = lp_alloc0(nlines);
	for (li = 0; li < secs->n; li++)
		if (secs->items[li].line_start >= 1 && (size_t) secs->items[li].line_start <= nlines)
			w->head[secs->items[li].line_start - 1] = 1;
	/* page numbers, and short unpunctuated lines seen twice or more (running headers) */
	while (cap < 2 * nlines)
		cap *= 2;
	hashes = lp_alloc0(cap * sizeof(uint32_t) * 2);	/* hash, count */
	for (pass = 0; pass < 2; pass++)
		for (li = 0; li < nlines; li++)
		{
			const char *s = text + lines[li].start;
			size_t		a = 0,
						b = lines[li].end - lines[li].start;
			uint32_t	h,
						i;

			if ((li & 4095) == 0)
				LP_CHECK_INTERRUPTS();
			lp_trim(s, &a, &b);
			if (a == b || b - a > 20 * 3 || w->head[li] || ends_sentence(s, a, b))
				continue;
			if (is_page_number(s, a, b))
			{
				w->furniture[li] = 1;
				continue;
			}
			h = line_hash(s + a, b - a);
			i = h & (uint32_t) (cap - 1);
			while (hashes[2 * i] != 0 && hashes[2 * i] != h)
				i = (i + 1) & (uint32_t) (cap - 1);
			hashes[2 * i] = h;
			if (pass == 0)
				hashes[2 * i + 1]++;
			else if (hashes[2 * i + 1] >= 2)
				w->furniture[li] = 1;
		}
	lp_free(hashes);
}

/* Leading spaces of a line, in display columns. */
static int
indent_of(const char *s, size_t len)
{
	size_t		i = lp_skip_space(s, len, 0);

	return display_width(s, i);
}

/*
 * Does line li break at the page width, and which line of text goes on
 * with it?  Returns that line's index, or 0 when none.
 */
static size_t
wrap_next(const char *text, const lp_line *lines, size_t nlines, const wrap_info *w, size_t li)
{
	const char *s = text + lines[li].start;
	size_t		a = 0,
				b = lines[li].end - lines[li].start,
				nj,
				skipped = 0;
	int			wd;

	if (w->width == 0)
		return 0;
	lp_trim(s, &a, &b);
	/* a heading of about the page width goes on with no paragraph */
	if (a == b || ends_sentence(s, a, b) || w->furniture[li] || w->head[li] || has_cells(s, a, b))
		return 0;
	if (w->by_chars)
	{
		wd = (int) lp_utf8_chars(s, b);
		if (wd < w->width - 1 || wd > w->width + 1)
			return 0;
	}
	else
	{
		wd = display_width(s, b);
		if (wd < w->width - 4 || wd > w->width + 4)
			return 0;
	}
	for (nj = li + 1; nj < nlines && skipped <= 6; nj++, skipped++)
	{
		const char *n = text + lines[nj].start;
		size_t		na = 0,
					nb = lines[nj].end - lines[nj].start;

		lp_trim(n, &na, &nb);
		if (na == nb || w->furniture[nj])
			continue;			/* a page break between */
		/* a heading, a list item or an indented paragraph starts a block */
		if (w->head[nj] || has_cells(n, na, nb) || lp_at(n, nb, na, "—") || lp_at(n, nb, na, "•") ||
			lp_at(n, nb, na, "·") || (na > 0 && indent_of(n, nb) > indent_of(s, b)))
			return 0;
		return nj;
	}
	return 0;
}

/* Keep headline candidates only where no summary list covers their period and status. */
static void
settle_headlines(lp_facts *out)
{
	enum
	{
	MAX_KEYS = 64};
	const lp_fact *covered[MAX_KEYS];	/* one summary fact per (period, status) */
	int			ncovered = 0,
				k;
	size_t		i;

	for (i = 0; i < out->n && ncovered < MAX_KEYS; i++)
	{
		const lp_fact *g = &out->items[i];

		if (!g->summary)
			continue;
		for (k = 0; k < ncovered; k++)
			if (strcmp(covered[k]->status, g->status) == 0 && strcmp(covered[k]->period, g->period) == 0)
				break;
		if (k == ncovered)
			covered[ncovered++] = g;
	}
	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];
		size_t		j;

		if (f->headline != 2)
			continue;
		f->headline = 1;
		/*
		 * A bound beside the exact value in the same sentence ("突破1500亿元，
		 * 达到1536.8亿元") is not the headline: the facts of a sentence are
		 * neighbours and share their evidence.
		 */
		if (f->q.qualifier != LP_Q_EQ)
			for (j = i > 8 ? i - 8 : 0; j < out->n && j <= i + 8; j++)
			{
				const lp_fact *g = &out->items[j];

				if (j != i && g->headline && g->evidence == f->evidence &&
					g->q.qualifier == LP_Q_EQ && g->indicator == f->indicator &&
					strcmp(g->measure, f->measure) == 0 && strcmp(g->period, f->period) == 0 &&
					strcmp(g->status, f->status) == 0)
				{
					f->headline = 0;
					break;
				}
			}
		if (f->headline == 0)
			continue;
		for (k = 0; k < ncovered; k++)
			if (strcmp(covered[k]->status, f->status) == 0 && strcmp(covered[k]->period, f->period) == 0)
				f->headline = 0;
	}
}

static int	extract(const char *text, size_t len, const lp_meta *meta_in,
					const char *period, lp_facts *out, lp_error *err);

int
lp_extract(const char *text, size_t len, const lp_meta *meta_in, lp_facts *out,
		   lp_error *err)
{
	return extract(text, len, meta_in, NULL, out, err);
}

int
lp_extract_period(const char *text, size_t len, const char *period, lp_facts *out,
				  lp_error *err)
{
	return extract(text, len, NULL, period, out, err);
}

/* lp_extract, with the inferred period replaced by period when it is not NULL */
static int
extract(const char *text, size_t len, const lp_meta *meta_in, const char *period,
		lp_facts *out, lp_error *err)
{
	lp_meta		meta;
	lp_line    *lines;
	size_t		nlines,
				li;
	lp_sections secs = {0};
	line_ctx   *ctx;
	extract_state st;
	int			in_summary_list = 0,
				dash_items = 0;	/* the open summary list is of "——" items */
	lp_table	table;
	int			vhead = 0,		/* reading the header of a table with one cell per line */
				vcell = 0;		/* cells of its current row read so far */
	const char *vline[LP_TABLE_MAX_COLS];
	int			vlineno[LP_TABLE_MAX_COLS];
	size_t		vcs[LP_TABLE_MAX_COLS],
				vce[LP_TABLE_MAX_COLS];

	wrap_info	wrap;
	lp_buf		joined;			/* lines broken at the page width, joined */
	size_t	   *seg_byte = NULL;	/* per joined line: where it starts in joined, */
	int		   *seg_char = NULL;	/* in characters, and the leading characters */
	int		   *seg_lead = NULL;	/* trimmed from it */

	memset(&table, 0, sizeof(table));
	lp_buf_init(&joined);
	nlines = lp_split_lines(text, len, &lines);
	lp_parse_sections_lines(text, lines, nlines, &secs);
	wrap_scan(text, lines, nlines, &secs, &wrap);
	if (wrap.width)
	{
		seg_byte = lp_alloc((WRAP_MAX_LINES + 1) * sizeof(size_t));
		seg_char = lp_alloc((WRAP_MAX_LINES + 1) * sizeof(int));
		seg_lead = lp_alloc((WRAP_MAX_LINES + 1) * sizeof(int));
	}
	if (meta_in)
		meta = *meta_in;
	else
		lp_infer_meta_lines(text, len, lines, nlines, &secs, &meta);
	if (period)
	{
		lp_copy_str(meta.period, sizeof(meta.period), period);
		meta.year = atoi(period);
	}
	/* facts point to one pooled copy of each heading */
	for (li = 0; li < secs.n; li++)
	{
		const char *copy = pool_copy(out, secs.items[li].heading, strlen(secs.items[li].heading));

		lp_free(secs.items[li].heading);
		secs.items[li].heading = (char *) copy;	/* nulled before lp_sections_free */
	}
	ctx = lp_alloc(nlines * sizeof(line_ctx));
	line_contexts(&secs, nlines, &meta, ctx);
	st.text = text;
	st.meta = &meta;
	st.out = out;
	st.marked_line = NULL;
	st.marked_len = 0;
	memset(&st.clause_ends, 0, sizeof(st.clause_ends));
	memset(&st.sentence_ends, 0, sizeof(st.sentence_ends));

	{
		size_t		si = 0;

		for (li = 0; li < nlines; li++)
		{
			const char *s = text + lines[li].start;
			size_t		slen = lines[li].end - lines[li].start,
						from = 0,
						a = 0,
						b = slen,
						char_pos = 0,
						byte_pos = 0;
			int			summary = 0,
						found = 0,
						is_heading = 0,
						inline_target = 0;
			size_t		inline_from = 0,
						inline_to = 0;
			line_ctx	inline_ctx = ctx[li];
			sentence_state ss;
			lp_quantity q;
			size_t		nj,
						nseg = 0,
						last_joined = 0,
						facts_before = 0;
			int			seg_line[WRAP_MAX_LINES + 1];

			LP_CHECK_INTERRUPTS();
			memset(&ss, 0, sizeof(ss));
			lp_trim(s, &a, &b);
			while (si < secs.n && (size_t) secs.items[si].line_start < li + 1)
				si++;
			if (si < secs.n && (size_t) secs.items[si].line_start == li + 1)
			{
				/* skip the numbering of a heading */
				is_heading = 1;
				from = strlen(secs.items[si].numbering);
				in_summary_list = 0;
			}
			if (a == b)
				continue;
			/* a table with one cell per line: its header, one column a line */
			if (vhead && !is_heading)
			{
				if (lp_table_vertical_cell(s, slen, &table))
					continue;
				vhead = 0;
				vcell = 0;
				lp_table_vertical_done(&table);
			}
			/* tables flattened to text: a header, then rows of cells */
			if (table.active && !is_heading && table.sep == 'v')
			{
				if (lp_table_vertical_fits(s, slen, &table, vcell))
				{
					size_t		ca = 0,
								cb = slen;

					lp_trim(s, &ca, &cb);
					vline[vcell] = s;
					vlineno[vcell] = (int) li + 1;
					vcs[vcell] = ca;
					vce[vcell] = cb;
					if (++vcell == table.ncols)
					{
						lp_buf		ev;
						int			k;

						lp_buf_init(&ev);
						for (k = 0; k < vcell; k++)
						{
							if (k)
								lp_buf_puts(&ev, " | ");
							lp_buf_append(&ev, vline[k] + vcs[k], vce[k] - vcs[k]);
						}
						add_table_row(&st, vline, vlineno, pool_copy(out, ev.data, ev.len),
									  &ctx[li], &table, vcs, vce, vcell);
						lp_buf_free(&ev);
						table.rows++;
						vcell = 0;
					}
					continue;
				}
				table.active = 0;
				vcell = 0;
			}
			else if (table.active && !is_heading)
			{
				size_t		cs[LP_TABLE_MAX_COLS],
							ce[LP_TABLE_MAX_COLS];
				int			nc;

				if (lp_table_header_more(s, slen, &table))
					continue;
				nc = lp_table_cells(s, slen, table.sep, cs, ce, LP_TABLE_MAX_COLS);
				if (nc >= 2 && nc <= table.ncols && nc >= table.ncols - 1)
				{
					const char *row_line[LP_TABLE_MAX_COLS];
					int			row_lineno[LP_TABLE_MAX_COLS],
								k;

					for (k = 0; k < nc; k++)
					{
						row_line[k] = s;
						row_lineno[k] = (int) li + 1;
					}
					add_table_row(&st, row_line, row_lineno,
								  pool_trimmed(out, s, 0, slen, MAX_EVIDENCE),
								  &ctx[li], &table, cs, ce, nc);
					table.rows++;
					continue;
				}
				table.active = 0;
			}
			if (!is_heading && lp_table_header(s, slen, meta.year, &table))
				continue;
			if (!is_heading && lp_table_vertical_start(s, slen, meta.year, &table))
			{
				vhead = 1;
				continue;
			}
			/* a line broken at the page width: read it with the lines that go on with it */
			if (wrap.width && (nj = wrap_next(text, lines, nlines, &wrap, li)) != 0)
			{
				size_t		cur = li,
							nb;

				joined.len = 0;
				nseg = 0;
				while (1)
				{
					const char *p = text + lines[cur].start;
					size_t		pa = 0,
								pb = lines[cur].end - lines[cur].start;

					/* the first line keeps its indentation: offsets stay those of the line */
					lp_trim(p, &pa, &pb);
					if (nseg == 0)
						pa = 0;
					seg_byte[nseg] = joined.len;
					seg_char[nseg] = nseg ? seg_char[nseg - 1] +
						(int) lp_utf8_chars(joined.data + seg_byte[nseg - 1], joined.len - seg_byte[nseg - 1]) : 0;
					seg_lead[nseg] = (int) lp_utf8_chars(p, pa);
					seg_line[nseg] = (int) cur + 1;
					nseg++;
					lp_buf_append(&joined, p + pa, pb - pa);
					if (nseg == WRAP_MAX_LINES || nj == 0)
						break;
					cur = nj;
					nj = wrap_next(text, lines, nlines, &wrap, cur);
				}
				last_joined = cur;
				s = joined.data;
				slen = joined.len;
				a = 0;
				b = slen;
				lp_trim(s, &a, &b);
				nb = out->n;
				facts_before = nb;
				st.marked_line = NULL;	/* the buffer is reused */
			}
			/*
			 * Summary lists: "——…" items, or short lines after an intro line
			 * ("主要预期目标是："), until a longer line, a heading or another
			 * line ending in a colon.
			 */
			if (is_summary_intro(s, slen))
			{
				in_summary_list = 2;	/* the intro itself is not an item */
				dash_items = 0;
			}
			else if (lp_at(s, b, a, "——") || lp_at(s, b, a, "—"))
			{
				summary = 1;
				dash_items = in_summary_list != 0;
			}
			/* a list of "——" items ends with the first line that is not one */
			else if (in_summary_list && !dash_items && !is_heading &&
					 lp_utf8_chars(s + a, b - a) <= 48 && !ends_with_colon(s + a, b - a))
				summary = 1;
			else
				in_summary_list = 0;
			if (in_summary_list == 2)
				in_summary_list = 1;
			else if (summary && in_summary_list == 0 && !(lp_at(s, b, a, "——") || lp_at(s, b, a, "—")))
				summary = 0;

			if (!summary && !is_heading)
				inline_from = inline_summary(s, slen, &inline_to, &inline_target);
			/* the items of an inline list of targets are targets */
			if (inline_from && inline_target && strcmp(inline_ctx.status, "actual") == 0)
				inline_ctx.status = "target";
			while (from < slen && lp_quantity_next(s, slen, from, &q))
			{
				int			span_start,
							span_end,
							item = inline_from && q.start >= inline_from && q.start < inline_to;

				if (q.end <= from || q.end > slen || q.start > q.end || q.start < byte_pos)
					break;		/* defensive: never loop on a bad span */
				/* character offsets, counted forward only: linear */
				char_pos += lp_utf8_chars(s + byte_pos, q.start - byte_pos);
				byte_pos = q.start;
				span_start = (int) char_pos;
				span_end = span_start + (int) lp_utf8_chars(s + q.start, q.end - q.start);
				add_quantity_fact(&st, s, slen, (int) li + 1, item ? &inline_ctx : &ctx[li],
								  summary || item, &ss, &q, span_start, span_end);
				found = 1;
				from = q.end;
			}
			add_rank_facts(&st, s, slen, (int) li + 1, &ctx[li]);
			if (summary && !found)
				add_qualitative_fact(&st, s, 0, slen, (int) li + 1, &ctx[li], 0);
			/* the items of an inline list that state no number */
			for (a = inline_from; inline_from && a < inline_to;)
			{
				size_t		e = next_end(s, a, inline_to, is_sentence_end);

				if (!lp_quantity_next(s, e, a, &q))
					add_qualitative_fact(&st, s, a, e, (int) li + 1, &inline_ctx, 1);
				if (e < inline_to)
				{
					int			cl;

					(void) lp_utf8_next(s + e, inline_to - e, &cl);
					e += (size_t) cl;
				}
				a = e;
			}
			/* facts read from joined lines point to the line they start on */
			if (nseg)
			{
				size_t		fi,
							k = 0;

				for (fi = facts_before; fi < out->n; fi++)
				{
					lp_fact    *f = &out->items[fi];
					int			shift;

					while (k + 1 < nseg && seg_char[k + 1] <= f->span_start)
						k++;
					while (k > 0 && seg_char[k] > f->span_start)
						k--;
					shift = seg_char[k] - seg_lead[k];
					f->line = seg_line[k];
					/* a mention across the wrap is cut at the end of its line */
					if (k + 1 < nseg && f->span_end > seg_char[k + 1])
						f->span_end = seg_char[k + 1];
					f->span_start -= shift;
					f->span_end -= shift;
				}
				li = last_joined;
			}
		}
	}
	settle_headlines(out);
	lp_buf_free(&joined);
	lp_free(seg_byte);
	lp_free(seg_char);
	lp_free(seg_lead);
	lp_free(wrap.furniture);
	lp_free(wrap.head);
	lp_free(ctx);
	lp_free(lines);
	lp_free(st.clause_ends.at);
	lp_free(st.sentence_ends.at);
	/* the headings now belong to the facts' pool */
	for (li = 0; li < secs.n; li++)
		secs.items[li].heading = NULL;
	lp_sections_free(&secs);
	return LP_OK;
}

void
lp_facts_free(lp_facts *f)
{
	size_t		i;

	for (i = 0; i < f->nstrings; i++)
		lp_free(f->strings[i]);
	lp_free(f->strings);
	lp_free(f->items);
	f->items = NULL;
	f->strings = NULL;
	f->n = f->cap = f->nstrings = f->strings_cap = 0;
	f->pool_used = f->pool_cap = 0;
}
