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

/*
 * Does the item s[a, e) state no figure, or only the margin of a goal over a
 * base among targets ("农村居民人均可支配收入高于全国平均水平0.5个百分点以上")?  *words: where
 * its words end (before the margin; e when none).
 */
static int
states_no_figure(const char *s, size_t a, size_t e, const lp_line_ctx *ctx, size_t *words)
{
	lp_quantity q,
				q2;
	size_t		b = e;

	*words = e;
	if (!lp_quantity_next(s, e, a, &q))
		return 1;
	lp_trim(s, &a, &b);
	if (ctx->status != LP_STATUS_TARGET || strcmp(q.unit, "个百分点") != 0 || q.end != b || lp_quantity_next(s, e, q.end, &q2) ||
		!lp_margin_over_base(s, a, q.start))
		return 0;
	b = q.start;
	lp_trim(s, &a, &b);
	*words = b;
	return 1;
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

		/* an item after a full stop opens a sentence of the list */
		if (a > il->from && lp_is_full_stop(lp_utf8_next(s + lp_prev_char(s, a), 4, &cl)))
			item_ctx = sentence_ctx(s, a, e, ctx, &own);
		/* (a list of targets has a few dozen items: a span is counted from the
		 * line's start, so a longer run of items is not read) */
		if (states_no_figure(s, a, e, item_ctx, &words) && !lp_qualitative_label_of_figures(s, e, il->to) &&
			++items <= LIST_ITEMS_MAX)
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
static void clause_candidate(const lp_facts *out, lp_fact *f, int summary);
static void clause_items_at(lp_facts *out, const char *s, size_t slen, int lineno,
							const lp_line_ctx *ctx, int summary, lp_word_kind kind,
							lp_word_kind kind2, int (*is_end) (uint32_t),
							const lp_clause_marks *marks);
static int	is_item_end(uint32_t cp);
static int	line_of_targets(const lp_facts *out, int lineno, const lp_fact **target);
static int	line_of_results(const lp_facts *out, int lineno, const lp_fact **result);
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
	lp_qualitative_parts_total(out, first);
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
			target_items(out, s, slen, lineno, ctx, target);
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
			 line_of_results(out, lineno, &target))
	{
		lp_line_ctx c = *ctx;

		c.status = target->status;
		lp_copy_str(c.period.period, sizeof(c.period.period), target->period);
		c.period.basis = target->period_basis;
		clause_items_at(out, s, slen, lineno, &c, 0, LP_W_QUALITATIVE_STEADY,
						LP_W_QUALITATIVE_GOAL, lp_is_clause_end, marks);
		return;
	}
	else
		return;
	/* 、 ends an item of targets too */
	if (ctx->status == LP_STATUS_TARGET)
		clause_items_at(out, s, slen, lineno, ctx, summary, kind, kind2, is_item_end, marks);
	else
		clause_items_at(out, s, slen, lineno, ctx, summary, kind, kind2, lp_is_clause_end, marks);
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
 * The last fact of the line before lineno (a blank line between allowed) when
 * it is a headline result, with a figure or one in words read so, a result of
 * the list the line continues; NULL when none.
 */
#define RESULT_LINE_GAP 2

static const lp_fact *
result_line_before(const lp_facts *out, int lineno)
{
	const lp_fact *f;

	if (out->n == 0)
		return NULL;
	f = &out->items[out->n - 1];
	if (f->line >= lineno || f->line < lineno - RESULT_LINE_GAP ||
		(!f->has_quantity && f->measure != LP_MEASURE_QUALITATIVE) ||
		f->headline == LP_HEADLINE_NO || f->status == LP_STATUS_TARGET || f->period[0] == '\0')
		return NULL;
	return f;
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

	lp_trim(s, &a, &b);
	if (ctx->status == LP_STATUS_TARGET && lp_part_has_headline(ctx->part))
	{
		clause_items(out, s, slen, lineno, ctx, 0, LP_W_QUALITATIVE_GOAL,
					 LP_W_QUALITATIVE_GOAL);
		/* a bullet of targets under their heading naming an indicator
		 * ("■ 2025年…主要预期目标" ⏎ "●单位地区生产总值能耗完成“十四五”国家考核目标") */
		if (out->n == first && lp_words_prefix(LP_W_LIST_BULLET, s + a, b - a) > 0)
		{
			lp_qualitative_item(out, s, 0, slen, lineno, ctx, 1);
			for (; first < out->n; first++)
				clause_candidate(out, &out->items[first], 0);
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

/* A clause's item: a candidate like the figures beside it, or an item of their list. */
static void
clause_candidate(const lp_facts *out, lp_fact *f, int summary)
{
	if (!summary && !beside_summary_figure(out, f))
	{
		f->summary = 0;
		f->headline = LP_HEADLINE_CANDIDATE;
	}
}

/*
 * A task done named verb first ("完成省下达的减排降碳任务", "全面完成节能减排
 * 约束性指标"): the task's verb (words.tsv qualitative_lead), an indicator,
 * then nothing or a word for the task (qualitative_task).  Was it one?
 */
static int
task_done(lp_facts *out, const char *s, size_t b, size_t e, int lineno, const lp_line_ctx *ctx,
		  int summary)
{
	size_t		lead = lp_words_prefix(LP_W_QUALITATIVE_LEAD, s + b, e - b),
				n = 0,
				rest;
	const char *code;
	lp_quantity q;

	if (lead == 0 || lead >= e - b ||
		(code = lp_indicator_by_prefix(s + b + lead, e - b - lead, &n)) == NULL)
		return 0;
	rest = e - b - lead - n;
	if ((rest > 0 && lp_words_prefix(LP_W_QUALITATIVE_TASK, s + e - rest, rest) != rest) ||
		lp_quantity_next(s, e, b, &q))
		return 0;
	clause_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + b + lead, n), summary);
	return 1;
}

/*
 * A task done named after its indicator ("单位生产总值能耗完成国家下达的目标任务",
 * "节能减排降碳指标超额完成国家下达的任务"): the indicator, perhaps a verb of
 * decline (降低), the task's verb
 * (qualitative_lead), perhaps the year's scope, then a word for the task
 * (qualitative_task) ending the clause s[b, e).  Was it one?
 */
static int
task_done_after(lp_facts *out, const char *s, size_t b, size_t e, int lineno, const lp_line_ctx *ctx,
				int summary)
{
	size_t		n = 0,
				d = 0,
				r,
				m,
				n2 = 0,
				b2 = b;
	const char *code = lp_indicator_by_prefix(s + b, e - b, &n),
			   *code2 = NULL;
	lp_quantity q;

	/* two names joined by 和 sharing the task ("能耗强度和减排指标完成市下达任务") */
	if (code != NULL && n > 0 && lp_at(s, e, b + n, "和") &&
		(code2 = lp_indicator_by_prefix(s + b + n + 3, e - b - n - 3, &n2)) != NULL && n2 > 0 &&
		code2 != code)
	{
		b2 = b + n + 3;
		n = n + 3 + n2;
	}
	else
		code2 = NULL;
	/* a word the name goes on with ("节能减排降碳完成年度目标任务"): the name's */
	if (code != NULL && n > 0 && n < e - b)
		n += lp_words_prefix(LP_W_QUALITATIVE_NAME_TAIL, s + b + n, e - b - n);
	/* a verb of decline before the task ("能耗降低完成省下达的目标任务") */
	if (code != NULL && n > 0 && n < e - b)
		d = lp_words_prefix(LP_W_DECLINE, s + b + n, e - b - n);
	if (code == NULL || n == 0 || n + d >= e - b ||
		(m = lp_words_prefix(LP_W_QUALITATIVE_LEAD, s + b + n + d, e - b - n - d)) == 0 ||
		m >= e - b - n - d)
		return 0;
	r = b + n + d + m;
	if ((m = lp_words_prefix(LP_W_QUALITATIVE_SCOPE, s + r, e - r)) > 0 && m < e - r)
		r += m;
	if (lp_words_prefix(LP_W_QUALITATIVE_TASK, s + r, e - r) != e - r || lp_quantity_next(s, e, b, &q))
		return 0;
	if (code2 != NULL)
	{
		clause_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + b, b2 - 3 - b), summary);
		clause_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code2, s + b2, n2), summary);
		return 1;
	}
	clause_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + b, n), summary);
	return 1;
}

/*
 * Is s[r, e) a word of kind or kind2, after at most a verb of decline ("降低完成省下达目标任务")?
 * Words of manner may come first, parted by 、 ("顶住压力、逆势实现正增长"), and
 * "all" after the measure shared by names listed before ("增速均高于全国平均水平").
 */
static int
rest_is_kind(const char *s, size_t r, size_t e, lp_word_kind kind, lp_word_kind kind2)
{
	size_t		d,
				m;

	while (r < e && (m = lp_words_prefix(LP_W_QUALITATIVE_MANNER, s + r, e - r)) > 0 && m < e - r)
	{
		r += m;
		if (lp_at(s, e, r, "、"))
			r += 3;
	}
	if ((m = lp_words_prefix(LP_W_QUALITATIVE_ALL, s + r, e - r)) > 0 && m < e - r &&
		(lp_words_prefix(kind, s + r + m, e - r - m) == e - r - m ||
		 lp_words_prefix(kind2, s + r + m, e - r - m) == e - r - m))
		return 1;
	d = lp_words_prefix(LP_W_DECLINE, s + r, e - r);

	if (d > 0 && d < e - r && lp_words_prefix(kind, s + r, e - r) != e - r &&
		lp_words_prefix(kind2, s + r, e - r) != e - r)
		r += d;
	return lp_words_prefix(kind, s + r, e - r) == e - r || lp_words_prefix(kind2, s + r, e - r) == e - r;
}

/*
 * "二氧化硫、氮氧化物、化学需氧量和氨氮等污染物减排年度目标全面完成": the
 * names before the last 等 summed up by the indicator after it, the words
 * after that a word of kind: one item, the group's.  Was it one?  (w: where
 * the clause's words end)
 */
static int
group_done(lp_facts *out, const char *s, size_t b, size_t w, size_t e, int lineno,
		   const lp_line_ctx *ctx, int summary, lp_word_kind kind, lp_word_kind kind2)
{
	const char *p = NULL,
			   *q,
			   *code;
	size_t		at,
				n = 0;

	for (q = lp_find3(s + b, w - b, "等"); q != NULL; q = lp_find3(q + 3, (size_t) (s + w - q - 3), "等"))
		p = q;
	if (p == NULL || p == s + b)
		return 0;
	at = (size_t) (p - s) + 3;
	if (at >= w || (code = lp_indicator_by_prefix(s + at, w - at, &n)) == NULL || n == 0 ||
		at + n >= w || !rest_is_kind(s, at + n, w, kind, kind2))
		return 0;
	clause_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + at, n), summary);
	return 1;
}

/* The clause s[b, e) (trimmed) as a qualitative fact, when it is one. */
#define LISTED_NAMES_MAX 8		/* names listed with 、 before one predicate */

static void
clause_item(lp_facts *out, const char *s, size_t b, size_t e, int lineno, const lp_line_ctx *ctx,
			int summary, lp_word_kind kind, lp_word_kind kind2)
{
	size_t		n = 0,
				w,
				r,
				m = 0,
				at[LISTED_NAMES_MAX],
				len[LISTED_NAMES_MAX];
	const char *code,
			   *listed[LISTED_NAMES_MAX];
	int			n_listed = 0,
				k;

	if (task_done(out, s, b, e, lineno, ctx, summary))
		return;
	/* "其中居民人均可支配收入增长与经济增长同步", "全市居民收入…" */
	while ((n = lp_words_prefix(LP_W_SUBJECT_PREFIX, s + b, e - b)) > 0 && n < e - b)
		b += n;
	n = 0;
	if (task_done_after(out, s, b, e, lineno, ctx, summary))
		return;
	/* the clause must end with a word of kind: the cheap test first */
	if (!states_no_figure(s, b, e, ctx, &w))
		return;
	if (group_done(out, s, b, w, e, lineno, ctx, summary, kind, kind2))
		return;
	code = ends_with_kind(s, b, w, kind, kind2) ? lp_indicator_by_prefix(s + b, w - b, &n) : NULL;
	/* "城镇和农村常住居民人均可支配收入与经济增长同步": two items */
	if (code == NULL)
	{
		if (ends_with_kind(s, b, w, kind, kind2) &&
			(n = lp_qualitative_sibling_end(s, b, w)) > 0 && n < w &&
			rest_is_kind(s, n, w, kind, kind2))
		{
			size_t		first = out->n;

			if (lp_qualitative_head_sibling(out, s, b, e, b, w, lineno, ctx))
				for (; first < out->n; first++)
					clause_candidate(out, &out->items[first], summary);
		}
		return;
	}
	if (n >= w - b)
		return;
	/* "规上工业增加值、固定资产投资、社会消费品零售总额增速均高于…": names listed share the rest */
	r = b + n;
	while (n_listed < LISTED_NAMES_MAX && lp_at(s, w, r, "、") &&
		   (listed[n_listed] = lp_indicator_by_prefix(s + r + 3, w - r - 3, &m)) != NULL &&
		   m > 0 && r + 3 + m < w)
	{
		at[n_listed] = r + 3;
		len[n_listed++] = m;
		r += 3 + m;
	}
	/* "单位国内生产总值能耗和主要污染物排放量继续下降": a last name after 和 or 及
	 * sharing the rest, when the rest is a goal only after it */
	if (!rest_is_kind(s, r, w, kind, kind2) && n_listed < LISTED_NAMES_MAX &&
		(m = lp_words_prefix(LP_W_QUALITATIVE_AND, s + r, w - r)) > 0 && !lp_at(s, w, r, "、"))
	{
		size_t		q = r + m;

		if ((listed[n_listed] = lp_indicator_by_prefix(s + q, w - q, &m)) != NULL && m > 0 &&
			q + m < w && rest_is_kind(s, q + m, w, kind, kind2))
		{
			at[n_listed] = q;
			len[n_listed++] = m;
			r = q + m;
		}
	}
	/* "…能耗、主要污染物排放等指标均完成年度任务": the group named after them */
	if (n_listed > 0)
		r += lp_words_prefix(LP_W_QUALITATIVE_GROUP_END, s + r, w - r);
	if (!rest_is_kind(s, r, w, kind, kind2))
		return;
	clause_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + b, n), summary);
	for (k = 0; k < n_listed; k++)
		if (listed[k] != code)
			clause_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, listed[k], s + at[k], len[k]),
							 summary);
}

/*
 * A name before 、 sharing the predicate of the next ("单位生产总值能耗降低、
 * 主要污染物排放量降低完成省下达目标任务", "…能耗、主要污染物排放量完成…"):
 * an item when the clause s[b, e) is a name and at most its verb of decline,
 * and the whole clause on from next (after 、) ends with a word of kind.
 */
static void
name_before_sibling(lp_facts *out, const char *s, size_t slen, size_t b, size_t e, size_t next,
					int lineno, const lp_line_ctx *ctx, int summary, lp_word_kind kind,
					lp_word_kind kind2, const lp_clause_marks *marks)
{
	size_t		c = marks ? lp_marks_next_end(&marks->clause_ends, s, next, slen) :
		lp_next_end(s, next, slen, lp_is_clause_end),
				n = 0,
				rest;
	const char *code;
	lp_quantity q;

	lp_trim(s, &next, &c);
	if (!ends_with_kind(s, next, c, kind, kind2) || lp_quantity_next(s, c, b, &q))
		return;
	while ((n = lp_words_prefix(LP_W_SUBJECT_PREFIX, s + b, e - b)) > 0 && n < e - b)
		b += n;
	n = 0;
	if ((code = lp_indicator_by_prefix(s + b, e - b, &n)) == NULL)
		return;
	rest = e - b - n;
	if (rest == 0 || lp_words_prefix(LP_W_DECLINE, s + e - rest, rest) == rest)
		clause_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + b, n), summary);
}

/*
 * Each clause of s[0, slen) as an item when it is one.  Its end: the next
 * is_end, or the next of the line's marks of it (the same places, marked
 * once for the line's mentions: item ends for is_item_end, else clause ends)
 * when given.
 */
static void
clause_items_at(lp_facts *out, const char *s, size_t slen, int lineno, const lp_line_ctx *ctx,
				int summary, lp_word_kind kind, lp_word_kind kind2, int (*is_end) (uint32_t),
				const lp_clause_marks *marks)
{
	const lp_end_marks *ends = marks == NULL ? NULL :
		is_end == is_item_end ? &marks->item_ends : &marks->clause_ends;
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
		if (ends_with_kind(s, b, e, kind, kind2) ||
			(b < e && lp_words_prefix(LP_W_QUALITATIVE_LEAD, s + b, e - b) > 0) ||
			(b < e && lp_words_suffix(LP_W_QUALITATIVE_TASK, s + b, e - b) > 0) ||
			(b < e && ctx->status == LP_STATUS_TARGET && lp_census_any(LP_W_MARGIN_VERB, s + b, e - b)))
			clause_item(out, s, b, e, lineno, ctx, summary, kind, kind2);
		else if (b < e && lp_at(s, slen, end, "、"))
			name_before_sibling(out, s, slen, b, e, end + 3, lineno, ctx, summary, kind, kind2,
								marks);
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
