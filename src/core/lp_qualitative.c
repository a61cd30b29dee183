/*
 * lp_qualitative.c — items of summary lists that state no number: a target
 * or result named in words ("——居民人均可支配收入增速与GDP增速基本同步",
 * "单位地区生产总值能耗完成市下达目标").  Each is a fact of measure
 * QUALITATIVE, a headline when it names an indicator.  This file finds the
 * items in clauses, reviews and lines of targets; lp_qualitative_item.c reads
 * the indicators an item names.
 */
#include "lp.h"
#include "lp_census.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_indicator.h"
#include "lp_period.h"
#include "lp_qualitative.h"
#include "lp_steady_growth.h"
#include "lp_sections_box.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

/*
 * The context of the items of a later sentence of the list that names its
 * own year near its start ("今后五年的主要目标是：…。2017年全市…主要预期目标为：
 * …，进出口保持稳定增长"): that year's.  sent: where the sentence starts.
 */
#define SENTENCE_YEAR_BYTES 120	/* the year stands in its first 40 characters */
#define LIST_ITEMS_MAX 64		/* items in words read of one inline list */

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

/*
 * The items in words after figures in one clause of an inline list, parted by
 * 、 ("主要预期目标为生产总值增长5.5%左右、居民可支配收入与经济增长基本同步"): each
 * run of parts stating no figure, between parts that state one, is an item;
 * a run keeps its own 、 ("城镇、农村居民人均可支配收入与经济增长同步").
 */
static void
items_after_figures(lp_facts *out, const char *s, size_t a, size_t e, int lineno,
					const lp_line_ctx *ctx, int *items)
{
	size_t		run = a,
				p = a,
				words;
	lp_quantity q;

	while (p < e)
	{
		size_t		sep = lp_next_end(s, p, e, lp_is_list_sep),
					next = sep < e ? sep + 3 : e;	/* 、 is three bytes */

		if (lp_quantity_next(s, sep, p, &q))
		{
			if (run < p && run > a && lp_qualitative_states_no_figure(s, run, p - 3, ctx, &words) &&
				++*items <= LIST_ITEMS_MAX)
				lp_qualitative_item(out, s, run, p - 3, lineno, ctx, 1);
			run = next;
		}
		p = next;
	}
	if (run > a && run < e && lp_qualitative_states_no_figure(s, run, e, ctx, &words) &&
		++*items <= LIST_ITEMS_MAX)
		lp_qualitative_item(out, s, run, e, lineno, ctx, 1);
}

/*
 * A clause of the goals of a plan naming a year after the plan's end ("展望
 * 未来，从党的二十大到二〇三五年，…经济总量实现倍增"): the rest of its sentence
 * is a vision of that year, not the plan's goals.
 */
static const lp_line_ctx *
vision_ctx(const char *s, size_t a, size_t e, const lp_line_ctx *ctx, const lp_line_ctx *item_ctx,
		   lp_line_ctx *own)
{
	size_t		at;
	int			y;
	char		year[16];

	if (ctx->part != LP_PART_PLAN_GOALS || e <= a ||
		(y = lp_find_year(s + a, e - a, &at)) <= lp_period_year(ctx->period.period))
		return item_ctx;
	*own = *ctx;
	snprintf(year, sizeof(year), "%d", y);
	lp_period_decide(&own->period, year, LP_PERIOD_SENTENCE);
	return own;
}

/* Items from first on read under a year after the plan's end: a vision, no headline. */
static void
beyond_the_plan(lp_facts *out, size_t first, const lp_line_ctx *ctx, const lp_line_ctx *item_ctx)
{
	size_t		i;

	if (ctx->part != LP_PART_PLAN_GOALS ||
		lp_period_year(item_ctx->period.period) <= lp_period_year(ctx->period.period))
		return;
	for (i = first; i < out->n; i++)
		out->items[i].headline = LP_HEADLINE_NO;
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
		size_t		e = lp_next_end(s, a, il->to, lp_is_clause_end),
					words;
		int			cl;

		size_t		before = out->n;

		/* an item after a full stop opens a sentence of the list */
		if (a > il->from && lp_is_full_stop(lp_utf8_next(s + lp_prev_char(s, a), 4, &cl)))
			item_ctx = sentence_ctx(s, a, e, ctx, &own);
		else
			item_ctx = vision_ctx(s, a, e, ctx, item_ctx, &own);
		/* (a list of targets has a few dozen items: a span is counted from the
		 * line's start, so a longer run of items is not read) */
		if (!lp_qualitative_states_no_figure(s, a, e, item_ctx, &words))
			items_after_figures(out, s, a, e, lineno, item_ctx, &items);
		else if (!lp_qualitative_label_of_figures(s, e, il->to) && ++items <= LIST_ITEMS_MAX)
			lp_qualitative_item(out, s, a, e, lineno, item_ctx, 1);
		beyond_the_plan(out, before, ctx, item_ctx);
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
static int	line_of_targets(const lp_facts *out, int lineno, const lp_fact **target);
static int	line_of_results(const lp_facts *out, int lineno, const lp_fact **result);
static const lp_fact *whole_year_after_results(const lp_facts *out, const char *s, size_t slen,
											  int lineno);
static void goals_before_the_year(lp_facts *out, size_t first, int lineno, const lp_line_ctx *ctx);
static void target_items(lp_facts *out, const char *s, size_t slen, int lineno,
						 const lp_line_ctx *ctx, const lp_fact *target);
static void task_items(lp_facts *out, const char *s, size_t slen, int lineno,
					   const lp_line_ctx *ctx);

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

/*
 * Do the line's figures all name no indicator and make no headline, counts of
 * tasks ("●全面完成国家下达的节能减排降碳" ⏎ "约束性指标和环境质量改善目标" ⏎ "重点抓好
 * 十个方面工作", a digest's bullet broken over lines and joined to the heading
 * after it)?  Then the line is read as a bare item too.
 */
static int
only_counts(const lp_facts *out, int lineno)
{
	size_t		i = out->n;
	int			any = 0;

	while (i-- > 0 && out->items[i].line == lineno)
	{
		if (out->items[i].indicator != NULL || out->items[i].headline != LP_HEADLINE_NO)
			return 0;
		any = 1;
	}
	return any;
}

void
lp_qualitative_review_items(lp_facts *out, const char *s, size_t slen, int lineno,
							const lp_line_ctx *ctx, int summary, int listed,
							const lp_clause_marks *marks)
{
	size_t		first;

	lp_steady_growths(out, s, slen, lineno);
	first = out->n;
	review_items(out, s, slen, lineno, ctx, summary, listed, marks);
	if (ctx->status == LP_STATUS_TARGET && out->n > first)
		lp_qualitative_in_results(out, first, s, slen, lineno);
	drop_read_twice(out, first);
	lp_qualitative_parts_total(out, first);
	/* a bullet whose only figure counts the tasks of a heading it was joined to */
	if (out->n == first && !summary && !listed && only_counts(out, lineno) &&
		lp_utf8_chars(s, slen) <= LP_LIST_ITEM_MAX_CHARS)
		lp_qualitative_bare_item(out, s, slen, lineno, ctx);
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
	/* a line of targets in a review ("2019年，…将…，力争A增长9%，B增长11.5%，城乡居民
	 * 收入增长高于经济增速" in news of a sub-district's year ahead): goals of theirs */
	if (ctx->part == LP_PART_YEAR_REVIEW && !listed && line_of_targets(out, lineno, &target))
	{
		target_items(out, s, slen, lineno, ctx, target);
		return;
	}
	if (ctx->part == LP_PART_YEAR_REVIEW)
	{
		kind = LP_W_QUALITATIVE_STEADY;
		kind2 = LP_W_QUALITATIVE_GOAL;
	}
	else if (ctx->part == LP_PART_PLAN_GOALS)
	{
		/* "具体到2022年，…增长13%以上；城乡居民收入与经济增长同步" among the goals
		 * of 今后五年: the year the line's figures name */
		if (!listed && line_of_targets(out, lineno, &target) &&
			target->period_basis == LP_PERIOD_SENTENCE && strcmp(target->period, ctx->period.period) != 0)
		{
			size_t		first = out->n;

			target_items(out, s, slen, lineno, ctx, target);
			goals_before_the_year(out, first, lineno, ctx);
			return;
		}
		kind = kind2 = LP_W_QUALITATIVE_GOAL;
	}
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
	/* results stated outside a review ("报告显示，2023年全市…增长7%，城乡居民人均可支配
	 * 收入稳步提升" in news): results in words beside them, of their year */
	else if (!listed && ctx->status != LP_STATUS_TARGET && lp_part_has_headline(ctx->part) &&
			 (line_of_results(out, lineno, &target) ||
			  (target = whole_year_after_results(out, s, slen, lineno)) != NULL))
	{
		lp_line_ctx c = *ctx;

		c.status = target->status;
		lp_copy_str(c.period.period, sizeof(c.period.period), target->period);
		c.period.basis = target->period_basis;
		lp_qualitative_clauses(out, s, slen, lineno, &c, 0, LP_W_QUALITATIVE_STEADY,
						LP_W_QUALITATIVE_GOAL, lp_is_clause_end, marks);
		return;
	}
	else
		return;
	/* 、 ends an item of targets too */
	if (ctx->status == LP_STATUS_TARGET)
		lp_qualitative_clauses(out, s, slen, lineno, ctx, summary, kind, kind2, lp_qualitative_is_item_end, marks);
	else
		lp_qualitative_clauses(out, s, slen, lineno, ctx, summary, kind, kind2, lp_is_clause_end, marks);
}

/*
 * Do the figures of the line all state targets of one period ("确定今年全区
 * 规模以上工业增加值增长7.5%，外贸进出口总额保持稳定，…"), but for counts
 * naming no indicator?  The last of them in *target.
 */
static int
line_of_targets(const lp_facts *out, int lineno, const lp_fact **target)
{
	size_t		i = out->n;

	*target = NULL;
	while (i-- > 0 && out->items[i].line == lineno)
	{
		const lp_fact *g = &out->items[i];

		/* a count naming no indicator, not a target ("抓好…五个方面的工作"), is
		 * none of them */
		if (!g->has_quantity || (g->indicator == NULL && g->status != LP_STATUS_TARGET))
			continue;
		if (g->status != LP_STATUS_TARGET ||
			(*target && strcmp((*target)->period, g->period) != 0))
			return 0;
		if (*target == NULL)
			*target = g;
	}
	return *target != NULL;
}

/*
 * Do the figures of the line naming an indicator all state results of one
 * whole year, one that may be a headline among them ("报告显示，2023年全市地区
 * 生产总值增长7%，…")?  The last of them in *result.
 */
static int
line_of_results(const lp_facts *out, int lineno, const lp_fact **result)
{
	size_t		i = out->n;
	int			summary = 0;

	*result = NULL;
	while (i-- > 0 && out->items[i].line == lineno)
	{
		const lp_fact *g = &out->items[i];

		if (!g->has_quantity || g->indicator == NULL)
			continue;
		if ((g->status != LP_STATUS_ACTUAL && g->status != LP_STATUS_ESTIMATE) ||
			strlen(g->period) != 4 || (*result && strcmp((*result)->period, g->period) != 0))
			return 0;
		summary |= g->summary == 1 || g->headline != LP_HEADLINE_NO;
		if (*result == NULL)
			*result = g;
	}
	return *result != NULL && summary;
}

/*
 * Goals in words from first on that come before every figure of the line
 * are of the goals' own period, not of a year the line names after them
 * ("提出地区生产总值增长保持在合理区间，为到2035年人均地区生产总值翻一番打好基础"
 * among the goals of 今后五年: the growth goal is of 2030).
 */
static void
goals_before_the_year(lp_facts *out, size_t first, int lineno, const lp_line_ctx *ctx)
{
	size_t		i = first;
	int			figure_at = -1;

	while (i-- > 0 && out->items[i].line == lineno)
		if (out->items[i].has_quantity)
			figure_at = out->items[i].span_start;
	for (i = first; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (figure_at < 0 || f->measure != LP_MEASURE_QUALITATIVE || f->span_start >= figure_at)
			continue;
		lp_copy_str(f->period, sizeof(f->period), ctx->period.period);
		f->period_basis = ctx->period.basis;
	}
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
	lp_qualitative_clauses(out, s, slen, lineno, &c, 0, LP_W_QUALITATIVE_GOAL, LP_W_QUALITATIVE_STEADY,
					lp_qualitative_is_item_end, NULL);
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
			/* a candidate like the figures beside it, as a clause's item is */
			for (i = first; i < out->n; i++)
				lp_qualitative_candidate(out, &out->items[i], 0);
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
 * The last fact of the line before lineno (a blank line between allowed) when
 * it is a headline result, with a figure or one in words read so, a result of
 * the list the line continues; NULL when none.
 */
#define RESULT_LINE_GAP 2

static const lp_fact *
result_fact_before(const lp_facts *out, size_t n, int lineno)
{
	const lp_fact *f;

	if (n == 0)
		return NULL;
	f = &out->items[n - 1];
	if (f->line >= lineno || f->line < lineno - RESULT_LINE_GAP ||
		(!f->has_quantity && f->measure != LP_MEASURE_QUALITATIVE) ||
		f->headline == LP_HEADLINE_NO || f->status == LP_STATUS_TARGET || f->period[0] == '\0')
		return NULL;
	return f;
}

static const lp_fact *
result_line_before(const lp_facts *out, int lineno)
{
	return result_fact_before(out, out->n, lineno);
}

/*
 * A line of the whole year (全年…) whose own figures name no indicator, right
 * after headline results (a bulletin's overall section: "…增长5.6%。⏎全年居民
 * 消费价格与上年持平，消费品价格下降0.9%，服务价格上涨1.7%"): the result it
 * continues, whose period its results in words take; NULL when none.
 */
static const lp_fact *
whole_year_after_results(const lp_facts *out, const char *s, size_t slen, int lineno)
{
	size_t		n = out->n,
				a = 0,
				b = slen;

	lp_trim(s, &a, &b);
	if (lp_words_prefix(LP_W_YEAR_IN_FULL, s + a, b - a) == 0)
		return NULL;
	for (; n > 0 && out->items[n - 1].line == lineno; n--)
		if (out->items[n - 1].indicator != NULL)
			return NULL;
	/* past the figures naming none that end the results (三次产业…贡献率分别为…) */
	while (n > 0 && out->items[n - 1].indicator == NULL &&
		   out->items[n - 1].line >= lineno - RESULT_LINE_GAP)
		n--;
	return result_fact_before(out, n, lineno);
}

/*
 * Is line lineno in the block of a year alone on its line whose figures just
 * before were read as targets ("青禾落点" ⏎ "2029年" ⏎ "…城镇调查失业率5.5%左右"
 * ⏎ "居民人均可支配收入增长与经济增长基本同步")?  Its goals in words are too.
 */
static int
in_year_targets_block(const lp_facts *out, int lineno, const lp_line_ctx *ctx)
{
	const lp_fact *f;

	if (ctx->status == LP_STATUS_TARGET || ctx->section == NULL || out->n == 0 ||
		!lp_is_year_alone_line(ctx->section, strlen(ctx->section)))
		return 0;
	f = &out->items[out->n - 1];
	return f->status == LP_STATUS_TARGET && f->line < lineno &&
		f->line >= lineno - RESULT_LINE_GAP && strcmp(f->period, ctx->period.period) == 0;
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
	size_t		first = out->n,
				a = 0,
				b = slen;
	const lp_fact *result;
	lp_line_ctx tc;

	lp_trim(s, &a, &b);
	if (in_year_targets_block(out, lineno, ctx))
	{
		tc = *ctx;
		tc.status = LP_STATUS_TARGET;
		ctx = &tc;
	}
	if (ctx->status == LP_STATUS_TARGET && lp_part_has_headline(ctx->part))
	{
		/* 、 ends an item of targets too ("地区生产总值增长保持在合理区间、各年度视情提出") */
		lp_qualitative_clauses(out, s, slen, lineno, ctx, 0, LP_W_QUALITATIVE_GOAL,
							   LP_W_QUALITATIVE_GOAL, lp_qualitative_is_item_end, NULL);
		/* a bullet of targets under their heading naming an indicator
		 * ("■ 2025年…主要预期目标" ⏎ "●单位地区生产总值能耗完成“十四五”国家考核目标") */
		if (out->n == first && lp_words_prefix(LP_W_LIST_BULLET, s + a, b - a) > 0)
		{
			lp_qualitative_item(out, s, 0, slen, lineno, ctx, 1);
			for (; first < out->n; first++)
				lp_qualitative_candidate(out, &out->items[first], 0);
		}
	}
	/* a short line among the year's results ("●城乡居民收入稳步增长") */
	else if (ctx->part == LP_PART_YEAR_REVIEW && ctx->status != LP_STATUS_TARGET)
		clause_items(out, s, slen, lineno, ctx, 0, LP_W_QUALITATIVE_STEADY,
					 LP_W_QUALITATIVE_GOAL);
	/*
	 * a bullet among bullets of results with no heading of the year's
	 * review ("报告指出：⏎●地方一般公共预算收入达…、增长4.3%；⏎●进出口顶住
	 * 压力、逆势实现正增长；"), or a line of the whole year after them (a
	 * bulletin's overall section: "…增长5.6%。⏎全年居民消费价格比上年持平。"):
	 * a result in words of their period
	 */
	else if (ctx->status != LP_STATUS_TARGET && lp_part_has_headline(ctx->part) &&
			 (lp_words_prefix(LP_W_LIST_BULLET, s + a, b - a) > 0 ||
			  lp_words_prefix(LP_W_YEAR_IN_FULL, s + a, b - a) > 0) &&
			 (result = result_line_before(out, lineno)) != NULL)
	{
		lp_line_ctx c = *ctx;

		c.status = result->status;
		lp_copy_str(c.period.period, sizeof(c.period.period), result->period);
		c.period.basis = result->period_basis;
		clause_items(out, s, slen, lineno, &c, 0, LP_W_QUALITATIVE_STEADY,
					 LP_W_QUALITATIVE_GOAL);
	}
}

/* Each clause of s[0, slen) that is an item in words of kind or kind2 (lp_qualitative_clause.c). */
static void
clause_items(lp_facts *out, const char *s, size_t slen, int lineno, const lp_line_ctx *ctx,
			 int summary, lp_word_kind kind, lp_word_kind kind2)
{
	lp_qualitative_clauses(out, s, slen, lineno, ctx, summary, kind, kind2, lp_is_clause_end, NULL);
}
