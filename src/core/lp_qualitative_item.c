/*
 * lp_qualitative_item.c — the indicators an item in words names: the name
 * it opens with, those listed with it (、, 等), a group's rest, a name shared
 * by siblings ("单位生产总值能耗、二氧化碳排放…降低"); each a QUALITATIVE
 * fact (lp_qualitative_push).  Called by lp_qualitative.c and the list readers.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_indicator.h"
#include "lp_period.h"
#include "lp_qualitative.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

/*
 * Is the clause s[a, b) cut before its figure ("…，城镇登记失业率控制在4" where a
 * saved page stops, "…控制在" before a lost line, "…，社会消费品零售总额增" where
 * an excerpt stops inside 增长)?  It ends in a digit, in a verb that a figure
 * must follow, or in 增 right after a name: no goal in words.
 */
static int
cut_before_figure(const char *s, size_t a, size_t b)
{
	static const char *const dangling[] = {"控制在", "保持在", "稳定在", "达到"};
	size_t		k,
				m;

	if (b > a && ((s[b - 1] >= '0' && s[b - 1] <= '9') || s[b - 1] == '.'))
		return 1;
	if (b - a > 3 && memcmp(s + b - 3, "增", 3) == 0 && lp_indicator_suffix(s + a, b - a - 3, &m) != NULL)
		return 1;
	for (k = 0; k < sizeof(dangling) / sizeof(dangling[0]); k++)
	{
		size_t		n = strlen(dangling[k]);

		if (b - a > n && memcmp(s + b - n, dangling[k], n) == 0)
			return 1;
	}
	return 0;
}

lp_fact *
lp_qualitative_push(lp_facts *out, const char *s, size_t a0, size_t b0, int lineno,
					const lp_line_ctx *ctx, const char *code, const char *subject, size_t subject_len)
{
	lp_fact    *f = lp_fact_new(out);

	f->line = lineno;
	f->span_start = lp_fact_char_at(out, s, lineno, a0);
	f->span_end = f->span_start + (int) lp_utf8_chars(s + a0, b0 - a0);
	f->evidence = lp_pool_evidence(out, s, a0, b0, LP_MAX_EVIDENCE);
	f->section = ctx->section;
	lp_copy_str(f->period, sizeof(f->period), ctx->period.period);
	f->period_basis = ctx->period.basis;
	f->status = ctx->status;
	f->subject = code ? lp_pool_copy(out, subject, subject_len) : NULL;
	f->indicator = code;
	f->measure = LP_MEASURE_QUALITATIVE;
	f->has_quantity = 0;
	/* a dash line naming no indicator ("——2024年1月9日在…会议上") is no item */
	f->summary = code != NULL && lp_part_has_headline(ctx->part);
	f->headline = lp_part_has_headline(ctx->part) && !cut_before_figure(s, a0, b0) ?
		lp_headline_of_item(f) : LP_HEADLINE_NO;
	return f;
}

/*
 * The indicator named after 、 at p that shares the head of the first name
 * s[a, a + n): "万元GDP能耗、水耗" → 万元GDP水耗, the sibling replacing the
 * last one to four characters.  Its code, its name in buf[blen], and in
 * *end where it ends; NULL when none.
 */
static const char *
sibling_at(const char *s, size_t a, size_t n, size_t b, size_t p, char *buf, size_t *blen,
		   size_t *end)
{
	size_t		head = a + n,	/* end of the part of the first name kept */
				item = p + 3,	/* the sibling starts after 、 */
				m = 0;
	int			k;

	*end = item;
	for (k = 1; k <= 4 && head > a && *end < b; k++)
	{
		const char *sibling;
		int			cl;

		head = lp_prev_char(s, head);
		(void) lp_utf8_next(s + *end, b - *end, &cl);
		*end += (size_t) cl;
		if ((head - a) + (*end - item) > LP_MAX_SUBJECT)
			break;
		memcpy(buf, s + a, head - a);
		memcpy(buf + (head - a), s + item, *end - item);
		*blen = (head - a) + (*end - item);
		sibling = lp_indicator_by_prefix(buf, *blen, &m);
		if (sibling && m == *blen)
			return sibling;
	}
	return NULL;
}

/*
 * The indicator named at s[q, b) after 和 that shares the head of the
 * first name s[a, a + n), its last one to four characters dropped:
 * "单位地区生产总值能耗和二氧化碳排放…" → 单位地区生产总值二氧化碳排放.  Its
 * code and its name in buf[*blen]; NULL when none.
 */
static const char *
head_shared(const char *s, size_t a, size_t n, size_t q, size_t b, char *buf, size_t *blen)
{
	size_t		head = a + n,
				rest = b - q,
				m = 0;
	int			k;

	for (k = 1; k <= 4 && head > a; k++)
	{
		const char *code;

		head = lp_prev_char(s, head);
		if (head - a >= LP_MAX_SUBJECT)
			continue;
		if ((head - a) + rest > LP_MAX_SUBJECT)
			rest = LP_MAX_SUBJECT - (head - a);
		memcpy(buf, s + a, head - a);
		memcpy(buf + (head - a), s + q, rest);
		code = lp_indicator_by_prefix(buf, (head - a) + rest, &m);
		if (code && m > head - a)
		{
			*blen = m;
			return code;
		}
	}
	return NULL;
}

/*
 * "城镇、农村居民人均可支配收入与经济增长基本保持同步", "城镇和农村常住居民人均
 * 可支配收入与经济增长同步": a short head before 、 or 和 (words.tsv
 * qualitative_and) s[a, p) and an indicator after it, whose own head (one to
 * four characters) the first replaces: both are items.  Returns whether they
 * were found.
 */
/* 城镇, 城市, 城镇常住居民 ("城镇常住居民和农村常住居民人均可支配收入…"): up to six characters */
#define SHARED_HEAD_MAX_BYTES 18

/* Where the joining word after a short head starts in s[a, b) (its length in *len), or 0. */
static size_t
head_joined_at(const char *s, size_t a, size_t b, size_t *len)
{
	size_t		p,
				end = b - a < SHARED_HEAD_MAX_BYTES + 3 ? b : a + SHARED_HEAD_MAX_BYTES + 3;

	for (p = a + 1; p < end; p++)
		if ((((unsigned char) s[p]) & 0xC0) != 0x80 &&
			(*len = lp_words_prefix(LP_W_QUALITATIVE_AND, s + p, b - p)) > 0)
			return p;
	return 0;
}

size_t
lp_qualitative_sibling_end(const char *s, size_t a, size_t b)
{
	size_t		jl = 0,
				p = head_joined_at(s, a, b, &jl),
				m = 0;

	if (p == 0 || lp_indicator_by_prefix(s + p + jl, b - p - jl, &m) == NULL)
		return 0;
	return p + jl + m;
}

int
lp_qualitative_head_sibling(lp_facts *out, const char *s, size_t a0, size_t b0, size_t a, size_t b,
							int lineno, const lp_line_ctx *ctx)
{
	size_t		jl = 0,
				p = head_joined_at(s, a, b, &jl),
				q,
				m = 0,
				k,
				bm = 0;
	const char *second,
			   *first;
	char		buf[LP_MAX_SUBJECT + 1];

	if (p == 0)
		return 0;
	q = p + jl;
	if ((second = lp_indicator_by_prefix(s + q, b - q, &m)) == NULL)
		return 0;
	for (k = q; k < q + m && k - q <= SHARED_HEAD_MAX_BYTES; k = k + 1)
	{
		if ((((unsigned char) s[k]) & 0xC0) == 0x80 || k == q)
			continue;
		if ((p - a) + (q + m - k) > LP_MAX_SUBJECT)
			break;
		memcpy(buf, s + a, p - a);
		memcpy(buf + (p - a), s + k, q + m - k);
		first = lp_indicator_by_prefix(buf, (p - a) + (q + m - k), &bm);
		if (first && first != second && bm == (p - a) + (q + m - k))
		{
			lp_qualitative_push(out, s, a0, b0, lineno, ctx, first, buf, bm);
			lp_qualitative_push(out, s, a0, b0, lineno, ctx, second, s + q, m);
			return 1;
		}
	}
	return 0;
}

/*
 * "能源、水资源、碳排放等指标达到国家要求": the short names before 等指标,
 * each the whole name of an indicator, are items each (a name of none,
 * "生态环境", is passed over).  The names are read from byte from on (a
 * or past a first name already taken).  Returns how many.
 */
static int
group_items(lp_facts *out, const char *s, size_t a0, size_t b0, size_t a, size_t from, size_t b,
			int lineno, const lp_line_ctx *ctx)
{
	long		at = lp_words_find(LP_W_QUALITATIVE_GROUP_END, s + a, b - a, NULL);
	size_t		p = from,
				end;
	int			found = 0;

	if (at <= 0)
		return 0;
	end = a + (size_t) at;
	while (p < end)
	{
		size_t		e = lp_next_end(s, p, end, lp_is_list_sep),
					n = 0;
		const char *code = lp_indicator_suffix(s + p, e - p, &n);

		if (code && n == e - p)
		{
			lp_qualitative_push(out, s, a0, b0, lineno, ctx, code, s + p, n);
			found++;
		}
		p = e < end ? e + 3 : end;	/* 、 */
	}
	return found;
}

/* After a short label and its colon at s[a] ("绿色低碳："): where the item starts; else a. */
#define LABEL_MAX_CHARS 8

static size_t
label_end(const char *s, size_t a, size_t b)
{
	size_t		p = a;
	int			chars = 0;

	while (p < b && chars <= LABEL_MAX_CHARS)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + p, b - p, &cl);

		if (cp == 0xFF1A || cp == ':')
			return chars > 0 && p + cl < b ? p + (size_t) cl : a;
		if (lp_is_clause_end(cp))
			return a;
		p += (size_t) cl;
		chars++;
	}
	return a;
}

/*
 * "单位生产总值能耗、化学需氧量、二氧化硫…等年度节能减排任务" (s[a, b), after
 * the task's lead 完成): the names before the last 等 are summed up by the
 * indicator after it, which ends the item.  Its code, where its name starts
 * in *na and its length in *nn; NULL when none.
 */
static const char *
summed_up_name(const char *s, size_t a, size_t b, size_t *na, size_t *nn)
{
	size_t		p = a,
				at = 0,
				wl = 0,
				n = 0;
	long		k;
	const char *code;

	while (p < b && (k = lp_words_find(LP_W_QUALITATIVE_SUM_UP, s + p, b - p, &wl)) >= 0)
		p = at = p + (size_t) k + wl;
	if (at == 0 || at >= b || (code = lp_indicator_by_prefix(s + at, b - at, &n)) == NULL ||
		n != b - at)
		return NULL;
	*na = at;
	*nn = n;
	return code;
}

/*
 * The last fact pushed, dropped when the same item of the same span was read
 * already (a list of targets parted by 、 reads each name as an item too).
 */
static void
drop_if_read(lp_facts *out)
{
	const lp_fact *f = &out->items[out->n - 1];
	size_t		i = out->n - 1,
				seen = 0;

	while (i-- > 0 && out->items[i].line == f->line && seen++ < 64)
		if (out->items[i].span_start == f->span_start && out->items[i].indicator == f->indicator &&
			out->items[i].measure == LP_MEASURE_QUALITATIVE)
		{
			out->n--;
			return;
		}
}

/*
 * Indicators listed with 、 after the first name s[a, a + n) are items too:
 * siblings sharing its head ("万元GDP能耗、水耗"), or whole names, each
 * perhaps with the fall it is to make ("单位地区生产总值能耗降低、化学需氧量
 * 排放量降低、…完成国家下达目标任务").
 */
static void
listed_items(lp_facts *out, const char *s, size_t a0, size_t b0, size_t a, size_t n, size_t b,
			 int lineno, const lp_line_ctx *ctx)
{
	size_t		p = a + n;

	for (p += lp_words_prefix(LP_W_DECLINE, s + p, b - p); lp_at(s, b, p, "、");)
	{
		char		buf[LP_MAX_SUBJECT + 1];
		size_t		blen = 0,
					m = 0,
					end;
		const char *item = sibling_at(s, a, n, b, p, buf, &blen, &end);

		if (item != NULL)
			lp_qualitative_push(out, s, a0, b0, lineno, ctx, item, buf, blen);
		else if ((item = lp_indicator_by_prefix(s + p + 3, b - p - 3, &m)) != NULL && m > 0)
		{
			lp_qualitative_push(out, s, a0, b0, lineno, ctx, item, s + p + 3, m);
			drop_if_read(out);
			end = p + 3 + m;
		}
		else
			break;
		p = end + lp_words_prefix(LP_W_DECLINE, s + end, b - end);
	}
}

/*
 * "化学需氧量、二氧化硫、氨氮、氮氧化物减排完成省下达的目标任务": names listed
 * with 、 from the first s[a, a + n) (code), all parts of one total
 * (indicators.tsv part_of), before a task (qualitative_task ending s[a, b)):
 * the total, an item of its own, and *end where the names end; else NULL.
 */
static const char *
listed_parts_total(const char *s, size_t a, size_t n, size_t b, const char *code, size_t *end)
{
	const char *whole = lp_indicator_part_of(code),
			   *item,
			   *part;
	size_t		p = a + n,
				m = 0;
	int			k = 0;

	if (whole == NULL || lp_words_suffix(LP_W_QUALITATIVE_TASK, s + a, b - a) == 0)
		return NULL;
	for (; lp_at(s, b, p, "、") && (item = lp_indicator_by_prefix(s + p + 3, b - p - 3, &m)) != NULL && m > 0;
		 p += 3 + m, k++)
		if ((part = lp_indicator_part_of(item)) == NULL || strcmp(part, whole) != 0)
			return NULL;
	*end = p;
	return k > 0 ? whole : NULL;
}

/*
 * Where a whole item in words ends at 、 inside s[a, b): "外贸进出口总额实现
 * 正增长、实际使用外资稳中提质" among a list's items parted by ，is two
 * goals, each an indicator with its word of a goal or of steadiness, 、 between
 * them as ，would be.  The 、 of the first such end followed by an indicator's
 * name, or b when none ("外贸进出口、实际使用外资稳中提质": names sharing one).
 */
static size_t
item_end_at_comma(const char *s, size_t a, size_t b)
{
	const char *c;
	size_t		p,
				m = 0;

	for (p = a; p < b && (c = lp_find3(s + p, b - p, "、")) != NULL; p += 3)
	{
		p = (size_t) (c - s);
		if (p > a && (lp_words_suffix(LP_W_QUALITATIVE_GOAL, s + a, p - a) > 0 ||
					  lp_words_suffix(LP_W_QUALITATIVE_STEADY, s + a, p - a) > 0) &&
			lp_indicator_by_prefix(s + p + 3, b - p - 3, &m) != NULL && m > 0)
			return p;
	}
	return b;
}

/*
 * Where a later clause of the item s[a, b) opens with an indicator's name and
 * ends on a goal in words, the first naming none ("生态环境质量持续改善，主要
 * 污染物排放量继续下降"): that clause's start, else b.
 */
static size_t
later_named_goal(const char *s, size_t a, size_t b)
{
	size_t		e = lp_next_end(s, a, b, lp_is_clause_end),
				m = 0;

	while (e < b)
	{
		int			n;
		size_t		q,
					ce;

		(void) lp_utf8_next(s + e, b - e, &n);
		q = e + (size_t) n;
		ce = lp_next_end(s, q, b, lp_is_clause_end);
		if (lp_indicator_by_prefix(s + q, ce - q, &m) != NULL && m < ce - q &&
			(lp_words_suffix(LP_W_QUALITATIVE_GOAL, s + q, ce - q) > 0 ||
			 lp_words_suffix(LP_W_QUALITATIVE_STEADY, s + q, ce - q) > 0))
			return q;
		e = ce;
	}
	return b;
}

/*
 * "青河出境断面水质、城市空气质量优良天数比例完成市定目标": a first name that is
 * no indicator, listed with 、 before names that are and share its goal.
 * Where the first such name starts (after its 、), or b when the item does not
 * open so: the name before 、 is short and holds no figure or other 、.
 */
#define UNKNOWN_NAME_MAX 36		/* bytes: twelve characters */

static size_t
after_unknown_name(const char *s, size_t a, size_t b)
{
	const char *c = lp_find3(s + a, b - a, "、");
	size_t		p,
				m = 0,
				i;

	if (c == NULL || (p = (size_t) (c - s)) == a || p - a > UNKNOWN_NAME_MAX)
		return b;
	for (i = a; i < p; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return b;
	return lp_indicator_by_prefix(s + p + 3, b - p - 3, &m) != NULL && m > 0 && p + 3 + m < b ? p + 3 : b;
}

static void
one_item(lp_facts *out, const char *s, size_t a0, size_t b0, int lineno,
		 const lp_line_ctx *ctx, int need_code)
{
	size_t		a = a0,
				b = b0,
				n = 0,
				p;
	const char *code,
			   *whole;

	lp_trim(s, &a, &b);
	while ((n = lp_words_prefix(LP_W_SUBJECT_PREFIX, s + a, b - a)) > 0 && n < b - a &&
		   lp_list_mark_at(s, a, b) != LP_MARK_NONE)
		a += n;
	/* a numbered item: "9.单位地区生产总值能耗…完成省下达目标" */
	a += lp_item_number_len(s, a, b);
	/* an area's label before the item: "——绿色低碳：单位地区生产总值能耗…" */
	if ((p = label_end(s, a, b)) > a)
		a = p;
	/* the task before the indicator: "完成国家下达的单位地区生产总值二氧化碳排放降低目标" */
	if ((n = lp_words_prefix(LP_W_QUALITATIVE_LEAD, s + a, b - a)) > 0 && n < b - a)
	{
		a += n;
		if ((n = lp_words_prefix(LP_W_QUALITATIVE_SCOPE, s + a, b - a)) > 0 && n < b - a)
			a += n;
		/* "完成…、二氧化硫、氨氮等年度节能减排任务": the task after 等 sums them up */
		if ((code = summed_up_name(s, a, b, &p, &n)) != NULL)
		{
			lp_qualitative_push(out, s, a0, b0, lineno, ctx, code, s + p, n);
			return;
		}
	}
	code = lp_indicator_by_prefix(s + a, b - a, &n);
	/* "全市空气质量优良天数比率…完成省下达": a scope word before the name */
	if (code == NULL && (p = lp_words_prefix(LP_W_SUBJECT_PREFIX, s + a, b - a)) > 0 && p < b - a &&
		(code = lp_indicator_by_prefix(s + a + p, b - a - p, &n)) != NULL)
		a += p;
	/* "提出地区生产总值增长保持在合理区间": the plan's verb proposing the goal */
	if (code == NULL && (p = lp_words_prefix(LP_W_PROPOSED_VERB, s + a, b - a)) > 0 && p < b - a &&
		(code = lp_indicator_by_prefix(s + a + p, b - a - p, &n)) != NULL)
		a += p;
	/* "努力实现居民收入和经济发展同步": a goal's striving word before the name */
	if (code == NULL && (p = lp_qualitative_past_striving(s, a, b)) > a &&
		(code = lp_indicator_by_prefix(s + p, b - p, &n)) != NULL)
		a = p;
	/* "桐江干流全线水质稳定保持在Ⅱ类": the waters named before their quality */
	if (code == NULL)
		code = lp_qualitative_named_water(s, a, b, &n);
	if (code == NULL && group_items(out, s, a0, b0, a, a, b, lineno, ctx) > 0)
		return;
	if (code == NULL && lp_qualitative_head_sibling(out, s, a0, b0, a, b, lineno, ctx))
		return;
	if (code == NULL && ((p = later_named_goal(s, a, b)) < b || (p = after_unknown_name(s, a, b)) < b))
	{
		one_item(out, s, p, b0, lineno, ctx, need_code);
		return;
	}
	if (code == NULL && need_code)
		return;
	/* the total's task, beside each part's (h-read48's expected writes the parts) */
	if (code != NULL && (whole = listed_parts_total(s, a, n, b, code, &p)) != NULL)
		lp_qualitative_push(out, s, a0, b0, lineno, ctx, whole, s + a, p - a);
	lp_qualitative_push(out, s, a0, b0, lineno, ctx, code, s + a, n);
	if (code == NULL)
		return;
	/* "节能减排和碳排放强度下降完成国家下达任务": a second indicator after 和 */
	if ((p = a + n) < b && lp_words_prefix(LP_W_QUALITATIVE_AND, s + p, b - p) > 0)
	{
		size_t		m = 0,
					q = p + lp_words_prefix(LP_W_QUALITATIVE_AND, s + p, b - p);
		const char *second = lp_indicator_by_prefix(s + q, b - q, &m);
		char		buf[LP_MAX_SUBJECT + 1];

		if (second && second != code)
			lp_qualitative_push(out, s, a0, b0, lineno, ctx, second, s + q, m);
		else if (second == NULL && (second = head_shared(s, a, n, q, b, buf, &m)) != NULL &&
				 second != code)
			lp_qualitative_push(out, s, a0, b0, lineno, ctx, second, buf, m);
	}
	/* "粮食总产量、生态环境、节能降碳等指标全面完成任务": the rest of a group */
	if (lp_at(s, b, a + n, "、") && group_items(out, s, a0, b0, a, a + n + 3, b, lineno, ctx) > 0)
		return;
	listed_items(out, s, a0, b0, a, n, b, lineno, ctx);
}

/*
 * The item s[a0, b0) of a list: each whole item in words it holds before a
 * 、 ("…实现正增长、实际使用外资稳中提质": two items) read as one, then the rest.
 */
void
lp_qualitative_item(lp_facts *out, const char *s, size_t a0, size_t b0, int lineno,
					const lp_line_ctx *ctx, int need_code)
{
	size_t		a = a0,
				b = b0,
				p,
				first = out->n;

	lp_trim(s, &a, &b);
	while ((p = item_end_at_comma(s, a, b)) < b)
	{
		one_item(out, s, a0, p, lineno, ctx, need_code);
		a0 = a = p + 3;
	}
	one_item(out, s, a0, b0, lineno, ctx, need_code);
	lp_qualitative_parts_total(out, first);
}

/*
 * Two or more parts of one total named as goals or results in words among
 * the facts from first on ("化学需氧量排放量降低、氨氮排放量降低完成省下达目标
 * 任务": indicators.tsv part_of) name the total too, when none of them does:
 * a copy of the first part's fact with the total's code, as listed_parts_total
 * gives for parts with no verb between.
 */
void
lp_qualitative_parts_total(lp_facts *out, size_t first)
{
	const char *whole = NULL;
	size_t		i,
				at = 0;
	int			other = 0;

	for (i = first; i < out->n; i++)
	{
		const lp_fact *f = &out->items[i];
		const char *part;

		if (f->measure != LP_MEASURE_QUALITATIVE || f->indicator == NULL ||
			(part = lp_indicator_part_of(f->indicator)) == NULL)
			continue;
		if (whole == NULL)
		{
			whole = part;
			at = i;
		}
		else if (strcmp(part, whole) == 0 && strcmp(f->indicator, out->items[at].indicator) != 0)
			other = 1;
	}
	if (!other)
		return;
	for (i = first; i < out->n; i++)
		if (out->items[i].indicator != NULL && strcmp(out->items[i].indicator, whole) == 0)
			return;				/* the total is named already */
	{
		lp_fact    *f = lp_fact_new(out);

		*f = out->items[at];
		f->indicator = whole;
	}
}

/*
 * Does a colon at e end a label whose figures come after it ("地区生产总值：
 * 预计完成443亿元，增长8.5%")?  The label names the item the figures state,
 * no item in words of its own.
 */
int
lp_qualitative_label_of_figures(const char *s, size_t e, size_t to)
{
	lp_quantity q;
	size_t		n;
	int			cl;
	uint32_t	cp;

	if (e >= to)
		return 0;
	cp = lp_utf8_next(s + e, to - e, &cl);
	if (cp != 0xFF1A && cp != ':')
		return 0;
	n = lp_next_end(s, e + (size_t) cl, to, lp_is_clause_end);
	return lp_quantity_next(s, n, e + (size_t) cl, &q);
}
