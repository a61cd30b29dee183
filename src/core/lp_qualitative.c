/*
 * lp_qualitative.c — items of summary lists that state no number: a target
 * or result named in words ("——居民人均可支配收入增速与GDP增速基本同步",
 * "单位地区生产总值能耗完成市下达目标").  Each is a fact of measure
 * QUALITATIVE, a headline when it names an indicator.
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

static lp_fact *
push_item(lp_facts *out, const char *s, size_t a0, size_t b0, int lineno,
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
	f->headline = lp_part_has_headline(ctx->part) ? lp_headline_of_item(f) : LP_HEADLINE_NO;
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
 * "城镇、农村居民人均可支配收入与经济增长基本保持同步": a short head before 、
 * s[a, p) and an indicator after it, whose own head (one to four characters)
 * the first replaces: both are items.  Returns whether they were found.
 */
#define SHARED_HEAD_MAX_BYTES 12	/* 城镇, 城市: up to four characters */

static int
head_before_sibling(lp_facts *out, const char *s, size_t a0, size_t b0, size_t a, size_t b,
					int lineno, const lp_line_ctx *ctx)
{
	const char *comma = lp_find3(s + a, b - a < SHARED_HEAD_MAX_BYTES + 3 ? b - a : SHARED_HEAD_MAX_BYTES + 3, "、");
	size_t		p,
				q,
				m = 0,
				k,
				bm = 0;
	const char *second,
			   *first;
	char		buf[LP_MAX_SUBJECT + 1];

	if (comma == NULL || comma == s + a)
		return 0;
	p = (size_t) (comma - s);
	q = p + 3;
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
			push_item(out, s, a0, b0, lineno, ctx, first, buf, bm);
			push_item(out, s, a0, b0, lineno, ctx, second, s + q, m);
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
			push_item(out, s, a0, b0, lineno, ctx, code, s + p, n);
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
			push_item(out, s, a0, b0, lineno, ctx, item, buf, blen);
		else if ((item = lp_indicator_by_prefix(s + p + 3, b - p - 3, &m)) != NULL && m > 0)
		{
			push_item(out, s, a0, b0, lineno, ctx, item, s + p + 3, m);
			drop_if_read(out);
			end = p + 3 + m;
		}
		else
			break;
		p = end + lp_words_prefix(LP_W_DECLINE, s + end, b - end);
	}
}

void
lp_qualitative_item(lp_facts *out, const char *s, size_t a0, size_t b0, int lineno,
					const lp_line_ctx *ctx, int need_code)
{
	size_t		a = a0,
				b = b0,
				n = 0,
				p;
	const char *code;

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
		/* "完成…、二氧化硫、氨氮等年度节能减排任务": the task after 等 sums them up */
		if ((code = summed_up_name(s, a, b, &p, &n)) != NULL)
		{
			push_item(out, s, a0, b0, lineno, ctx, code, s + p, n);
			return;
		}
	}
	code = lp_indicator_by_prefix(s + a, b - a, &n);
	/* "全市空气质量优良天数比率…完成省下达": a scope word before the name */
	if (code == NULL && (p = lp_words_prefix(LP_W_SUBJECT_PREFIX, s + a, b - a)) > 0 && p < b - a &&
		(code = lp_indicator_by_prefix(s + a + p, b - a - p, &n)) != NULL)
		a += p;
	if (code == NULL && group_items(out, s, a0, b0, a, a, b, lineno, ctx) > 0)
		return;
	if (code == NULL && head_before_sibling(out, s, a0, b0, a, b, lineno, ctx))
		return;
	if (code == NULL && need_code)
		return;
	push_item(out, s, a0, b0, lineno, ctx, code, s + a, n);
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
			push_item(out, s, a0, b0, lineno, ctx, second, s + q, m);
		else if (second == NULL && (second = head_shared(s, a, n, q, b, buf, &m)) != NULL &&
				 second != code)
			push_item(out, s, a0, b0, lineno, ctx, second, buf, m);
	}
	/* "粮食总产量、生态环境、节能降碳等指标全面完成任务": the rest of a group */
	if (lp_at(s, b, a + n, "、") && group_items(out, s, a0, b0, a, a + n + 3, b, lineno, ctx) > 0)
		return;
	listed_items(out, s, a0, b0, a, n, b, lineno, ctx);
}

/*
 * The context of the items of a later sentence of the list that names its
 * own year near its start ("今后五年的主要目标是：…。2017年全市…主要预期目标为：
 * …，进出口保持稳定增长"): that year's.  sent: where the sentence starts.
 */
#define SENTENCE_YEAR_BYTES 120
#define LIST_ITEMS_MAX 64		/* items in words read of one inline list */	/* the year stands in its first 40 characters */

static const lp_line_ctx *
sentence_ctx(const char *s, size_t sent, size_t a, const lp_line_ctx *ctx, lp_line_ctx *own)
{
	size_t		n = a - sent < SENTENCE_YEAR_BYTES ? a - sent : SENTENCE_YEAR_BYTES,
				at;
	int			y = lp_find_year(s + sent, n, &at);
	char		year[16];

	if (y == 0)
		return ctx;
	*own = *ctx;
	snprintf(year, sizeof(year), "%d", y);
	lp_period_decide(&own->period, year, LP_PERIOD_SENTENCE);
	return own;
}

void
lp_qualitative_inline_items(lp_facts *out, const char *s, const lp_inline_list *il, int lineno,
							const lp_line_ctx *ctx)
{
	size_t		a,
				first = out->n,
				i;
	lp_line_ctx own;
	const lp_line_ctx *item_ctx = ctx;
	int			items = 0;

	/* items are parted by ； or ，: "…增长2%，居民收入增长和经济增长同步；…" */
	for (a = il->from; il->found && a < il->to;)
	{
		size_t		e = lp_next_end(s, a, il->to, lp_is_clause_end);
		lp_quantity q;
		int			cl;

		/* an item after a full stop opens a sentence of the list */
		if (a > il->from && lp_is_full_stop(lp_utf8_next(s + lp_prev_char(s, a), 4, &cl)))
			item_ctx = sentence_ctx(s, a, e, ctx, &own);
		/* (a list of targets has a few dozen items: a span is counted from the
		 * line's start, so a longer run of items is not read) */
		if (!lp_quantity_next(s, e, a, &q) && ++items <= LIST_ITEMS_MAX)
			lp_qualitative_item(out, s, a, e, lineno, item_ctx, 1);
		if (e < il->to)
		{
			int			cl;

			(void) lp_utf8_next(s + e, il->to - e, &cl);
			e += (size_t) cl;
		}
		a = e;
	}
	/* a list adding to targets stated elsewhere: see lp_fact.summary */
	for (i = first; il->partial && i < out->n; i++)
		if (out->items[i].summary)
			out->items[i].summary = 2;
}

/*
 * The summary sentences of a year's review name some results in words
 * ("…城镇调查失业率4.7%，居民消费价格与上年持平。"), and the goals of a plan
 * some goals ("到2030年，…居民收入增长和经济增长同步"): a clause stating no
 * number, an indicator followed by the whole of a word of steadiness (a
 * result) or of a goal, is a qualitative result or goal.
 */
static void clause_items(lp_facts *out, const char *s, size_t slen, int lineno,
						 const lp_line_ctx *ctx, int summary, lp_word_kind kind,
						 lp_word_kind kind2);
static void clause_items_at(lp_facts *out, const char *s, size_t slen, int lineno,
							const lp_line_ctx *ctx, int summary, lp_word_kind kind,
							lp_word_kind kind2, int (*is_end) (uint32_t),
							const lp_end_marks *ends);
static int	is_item_end(uint32_t cp);
static int	line_of_targets(const lp_facts *out, int lineno, const lp_fact **target);
static void target_items(lp_facts *out, const char *s, size_t slen, int lineno,
						 const lp_line_ctx *ctx, const lp_fact *target);
static void task_items(lp_facts *out, const char *s, size_t slen, int lineno,
					   const lp_line_ctx *ctx);
static int	beside_summary_figure(const lp_facts *out, const lp_fact *f);

/*
 * An item the inline list read already ("…预期目标为：…，进出口保持稳定增长"
 * after a plan's goals on the same line) is not read again as a goal of
 * another period: the facts from first on that repeat one of the line's.
 */
#define READ_TWICE_BACK 256

static void
drop_read_twice(lp_facts *out, size_t first)
{
	size_t		i,
				j,
				kept = first;

	for (i = first; i < out->n; i++)
	{
		const lp_fact *f = &out->items[i];
		int			dup = 0;

		/* (bounded: a line of many facts is compared with its last ones) */
		for (j = first; j-- > 0 && first - j <= READ_TWICE_BACK && out->items[j].line == f->line;)
			if (out->items[j].span_start == f->span_start && out->items[j].indicator == f->indicator &&
				out->items[j].measure == LP_MEASURE_QUALITATIVE)
			{
				dup = 1;
				break;
			}
		if (!dup)
			out->items[kept++] = *f;
	}
	out->n = kept;
}

static void review_items(lp_facts *out, const char *s, size_t slen, int lineno,
						 const lp_line_ctx *ctx, int summary, int listed,
						 const lp_clause_marks *marks);

void
lp_qualitative_review_items(lp_facts *out, const char *s, size_t slen, int lineno,
							const lp_line_ctx *ctx, int summary, int listed,
							const lp_clause_marks *marks)
{
	size_t		first = out->n;

	review_items(out, s, slen, lineno, ctx, summary, listed, marks);
	drop_read_twice(out, first);
}

static void
review_items(lp_facts *out, const char *s, size_t slen, int lineno,
			 const lp_line_ctx *ctx, int summary, int listed, const lp_clause_marks *marks)
{
	lp_word_kind kind,
				kind2;
	const lp_fact *target;

	/*
	 * a result in words in the review, a goal in words among the plan's
	 * goals, and either in an item of a list of targets ("——需求拉动：…，外贸
	 * 进出口总额保持稳定", "…，居民收入增长与经济增长基本同步")
	 */
	if (ctx->part == LP_PART_YEAR_REVIEW)
		kind = kind2 = LP_W_QUALITATIVE_STEADY;
	else if (ctx->part == LP_PART_PLAN_GOALS)
		kind = kind2 = LP_W_QUALITATIVE_GOAL;
	else if (summary && ctx->status == LP_STATUS_TARGET)
	{
		kind = LP_W_QUALITATIVE_GOAL;
		kind2 = LP_W_QUALITATIVE_STEADY;
	}
	/* targets stated with no list intro ("报告提出，…；城乡居民收入增长快于经济增长。") */
	else if (!listed && ctx->status == LP_STATUS_TARGET && lp_part_has_headline(ctx->part))
	{
		kind = LP_W_QUALITATIVE_GOAL;
		kind2 = LP_W_QUALITATIVE_STEADY;
	}
	else if (!listed && lp_part_has_headline(ctx->part) && line_of_targets(out, lineno, &target))
	{
		target_items(out, s, slen, lineno, ctx, target);
		return;
	}
	else
		return;
	/* 、 ends an item of targets too */
	if (ctx->status == LP_STATUS_TARGET)
		clause_items_at(out, s, slen, lineno, ctx, summary, kind, kind2, is_item_end,
						marks ? &marks->item_ends : NULL);
	else
		clause_items_at(out, s, slen, lineno, ctx, summary, kind, kind2, lp_is_clause_end,
						marks ? &marks->clause_ends : NULL);
}

/*
 * Do the figures of the line all state targets of one period ("确定今年全区
 * 规模以上工业增加值增长7.5%，外贸进出口总额保持稳定，…")?  The last of
 * them in *target.
 */
static int
line_of_targets(const lp_facts *out, int lineno, const lp_fact **target)
{
	size_t		i = out->n;

	*target = NULL;
	while (i-- > 0 && out->items[i].line == lineno)
	{
		const lp_fact *g = &out->items[i];

		if (!g->has_quantity)
			continue;
		if (g->status != LP_STATUS_TARGET ||
			(*target && strcmp((*target)->period, g->period) != 0))
			return 0;
		if (*target == NULL)
			*target = g;
	}
	return *target != NULL;
}

/* The goals in words among the target figures of a line: targets of their period. */
static void
target_items(lp_facts *out, const char *s, size_t slen, int lineno, const lp_line_ctx *ctx,
			 const lp_fact *target)
{
	lp_line_ctx c = *ctx;

	c.status = LP_STATUS_TARGET;
	lp_copy_str(c.period.period, sizeof(c.period.period), target->period);
	c.period.basis = target->period_basis;
	clause_items_at(out, s, slen, lineno, &c, 0, LP_W_QUALITATIVE_GOAL, LP_W_QUALITATIVE_STEADY,
					is_item_end, NULL);
	task_items(out, s, slen, lineno, &c);
}

/*
 * A task among the target figures of a line, a clause opening with its
 * lead ("…；完成单位生产总值能耗、…等年度节能减排任务。"): an item, as in a
 * list after an intro.
 */
static void
task_items(lp_facts *out, const char *s, size_t slen, int lineno, const lp_line_ctx *ctx)
{
	size_t		a;

	for (a = 0; a < slen;)
	{
		size_t		e = lp_next_end(s, a, slen, lp_is_clause_end),
					b = a;
		lp_quantity q;
		int			cl;

		b = lp_skip_space(s, e, b);
		if (lp_words_prefix(LP_W_QUALITATIVE_LEAD, s + b, e - b) > 0 && !lp_quantity_next(s, e, b, &q))
		{
			size_t		first = out->n,
						i;

			lp_qualitative_item(out, s, b, e, lineno, ctx, 1);
			/* a candidate like the figures beside it, as clause_item makes one */
			for (i = first; i < out->n; i++)
				if (!beside_summary_figure(out, &out->items[i]))
				{
					out->items[i].summary = 0;
					out->items[i].headline = LP_HEADLINE_CANDIDATE;
				}
		}
		if (e < slen)
		{
			(void) lp_utf8_next(s + e, slen - e, &cl);
			e += (size_t) cl;
		}
		a = e;
	}
}

/*
 * A bare line among the lines of targets, one item a line and no list intro
 * ("二、2024年发展主要预期目标⏎地区生产总值增长5%左右⏎…⏎居民收入增长和经济增长
 * 同步"): a goal in words, a candidate like the figures around it.
 */
void
lp_qualitative_bare_item(lp_facts *out, const char *s, size_t slen, int lineno,
						 const lp_line_ctx *ctx)
{
	if (ctx->status == LP_STATUS_TARGET && lp_part_has_headline(ctx->part))
		clause_items(out, s, slen, lineno, ctx, 0, LP_W_QUALITATIVE_GOAL,
					 LP_W_QUALITATIVE_GOAL);
}

/*
 * Is f on the line of a summary figure of its period and status?  The
 * goals of a plan outline read as a summary ("第三类民生福祉，共9项，其中居民
 * 人均可支配收入增长与经济增长同步，城镇调查失业率5.5%左右"): a goal in
 * words among them is one of them.
 */
static int
beside_summary_figure(const lp_facts *out, const lp_fact *f)
{
	size_t		i = out->n - 1,
				seen = 0;

	/* (the facts just before: a bounded walk on a line of many) */
	while (i-- > 0 && out->items[i].line == f->line && seen++ < 64)
	{
		const lp_fact *g = &out->items[i];

		if (g->summary == 1 && g->has_quantity && g->status == f->status &&
			strcmp(g->period, f->period) == 0)
			return 1;
	}
	return 0;
}

/* 、 parts the items of a list of targets as ，does ("…增长5%、固定资产投资由负转正") */
static int
is_item_end(uint32_t cp)
{
	return lp_is_clause_end(cp) || lp_is_list_sep(cp);
}

/*
 * Each clause of s[0, slen) that is an indicator followed by the whole of a
 * word of kind or kind2, with no number: a qualitative fact.
 */
static void
clause_items(lp_facts *out, const char *s, size_t slen, int lineno, const lp_line_ctx *ctx,
			 int summary, lp_word_kind kind, lp_word_kind kind2)
{
	clause_items_at(out, s, slen, lineno, ctx, summary, kind, kind2, lp_is_clause_end, NULL);
}

/* Does s[b, e) end with a word of kind or kind2? */
static int
ends_with_kind(const char *s, size_t b, size_t e, lp_word_kind kind, lp_word_kind kind2)
{
	return b < e && (lp_words_suffix(kind, s + b, e - b) > 0 ||
					 lp_words_suffix(kind2, s + b, e - b) > 0);
}

/* The clause s[b, e) (trimmed) as a qualitative fact, when it is one. */
static void
clause_item(lp_facts *out, const char *s, size_t b, size_t e, int lineno, const lp_line_ctx *ctx,
			int summary, lp_word_kind kind, lp_word_kind kind2)
{
	size_t		n = 0;
	const char *code;
	lp_quantity q;

	/* "其中居民人均可支配收入增长与经济增长同步", "全市居民收入…" */
	while ((n = lp_words_prefix(LP_W_SUBJECT_PREFIX, s + b, e - b)) > 0 && n < e - b)
		b += n;
	n = 0;
	/* the clause must end with a word of kind: the cheap test first */
	code = ends_with_kind(s, b, e, kind, kind2) ? lp_indicator_by_prefix(s + b, e - b, &n) : NULL;
	if (code && n < e - b && !lp_quantity_next(s, e, b, &q) &&
		(lp_words_prefix(kind, s + b + n, e - b - n) == e - b - n ||
		 lp_words_prefix(kind2, s + b + n, e - b - n) == e - b - n))
	{
		lp_fact    *f = push_item(out, s, b, e, lineno, ctx, code, s + b, n);

		/* a candidate like the figures beside it, or an item of their list */
		if (!summary && !beside_summary_figure(out, f))
		{
			f->summary = 0;
			f->headline = LP_HEADLINE_CANDIDATE;
		}
	}
}

/*
 * Each clause of s[0, slen) as an item when it is one.  Its end: the next
 * is_end, or the next of ends (the same places, marked once for the line's
 * mentions) when given.
 */
static void
clause_items_at(lp_facts *out, const char *s, size_t slen, int lineno, const lp_line_ctx *ctx,
				int summary, lp_word_kind kind, lp_word_kind kind2, int (*is_end) (uint32_t),
				const lp_end_marks *ends)
{
	size_t		a;

	for (a = 0; a < slen;)
	{
		size_t		end = ends ? lp_marks_next_end(ends, s, a, slen) : lp_next_end(s, a, slen, is_end),
					e = end,
					b = a;

		lp_trim(s, &b, &e);
		/*
		 * most clauses end with no word of kind: tested before the subject's
		 * prefixes are stripped (a word that ends the clause after them ends
		 * the whole clause too)
		 */
		if (ends_with_kind(s, b, e, kind, kind2))
			clause_item(out, s, b, e, lineno, ctx, summary, kind, kind2);
		e = end;
		if (e < slen)
		{
			int			cl;

			(void) lp_utf8_next(s + e, slen - e, &cl);
			e += (size_t) cl;
		}
		a = e;
	}
}
