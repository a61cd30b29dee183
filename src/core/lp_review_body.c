/*
 * lp_review_body.c — the body of a year's review.
 *
 * A work report or plan report opens its review with a paragraph of the
 * year's main results ("全年实现地区生产总值930亿元，增长8.6%；财政收入…"),
 * then goes through topics ("（一）经济运行稳中有进。工业…", "一是…",
 * "工业经济实现新的增长。规模以上工业…"): their figures are the body, not
 * the headline (HEADLINE_SPEC "What is a headline"), save those of the
 * indicators the report sets targets for (lp_headline_settle).
 */
#include "lp.h"
#include "lp_review_body.h"
#include "lp_headline.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_ordinal.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define SUMMARY_MIN_INDICATORS 3
#define SUMMARY_FULL_INDICATORS 6	/* a summary by topics stating them all in its first */
#define LEAD_MAX_CHARS 24		/* a topic's lead sentence: "工业经济实现新的增长。" */
#define LEAD_VOICE_MAX_CHARS 48	/* a dash item's in the report's voice ("——这一年，我们…") */

static int
is_actual(const lp_fact *f)
{
	return f->status == LP_STATUS_ACTUAL || f->status == LP_STATUS_ESTIMATE;
}

/*
 * An indicator the summary states against the nation only ("社会消费品零售
 * 总额增幅高于全国0.2个百分点", "规上工业增加值增幅居全国第7位"): no headline
 * of its own, but an item of the summary all the same.  Its code, or NULL.
 */
static const char *
relative_to_nation(const lp_fact *f)
{
	size_t		n,
				len;

	if (f->indicator || !f->subject || (f->measure != LP_MEASURE_CHANGE && f->measure != LP_MEASURE_RANK))
		return NULL;
	len = strlen(f->subject);
	if (f->measure == LP_MEASURE_CHANGE &&
		(strcmp(f->q.unit, "个百分点") != 0 || !lp_margin_over_base(f->subject, 0, len)))
		return NULL;
	return lp_indicator_by_prefix(f->subject, len, &n);
}

/*
 * The number of indicators the line states as results of GDP's period, when
 * it states GDP and two more (else 0).
 */
static const lp_fact *
states_gdp(const lp_facts *out, size_t first)
{
	const lp_fact *gdp = NULL;
	size_t		i;

	for (i = first; i < out->n; i++)
		if (out->items[i].indicator && out->items[i].headline && is_actual(&out->items[i]) &&
			strcmp(out->items[i].indicator, "gdp") == 0)
			gdp = &out->items[i];
	return gdp;
}

static int
states_summary(const lp_facts *out, size_t first, char *period, size_t cap)
{
	const char *seen[SUMMARY_FULL_INDICATORS];
	const lp_fact *gdp = states_gdp(out, first);
	int			n = 0,
				k;
	size_t		i;

	if (gdp == NULL)
		return 0;
	for (i = first; i < out->n && n < SUMMARY_FULL_INDICATORS; i++)
	{
		const lp_fact *f = &out->items[i];
		const char *code = f->headline ? f->indicator : relative_to_nation(f);

		if (!code || !is_actual(f) || strcmp(f->period, gdp->period) != 0)
			continue;
		for (k = 0; k < n; k++)
			if (strcmp(seen[k], code) == 0)
				break;
		if (k == n)
			seen[n++] = code;
	}
	if (n < SUMMARY_MIN_INDICATORS)
		return 0;
	lp_copy_str(period, cap, gdp->period);
	return n;
}

/*
 * After a paragraph stating GDP alone, the first topic's figures tell a
 * topic of work ("加强科技创新。…建成12个重点项目…": most name no indicator;
 * the body: state 2) from an item of a summary by topics ("投资关键作用有效
 * 发挥。固定资产投资增长3.4%…": state 3).  A line with no figure (a heading
 * alone) leaves it open (state 5).
 */
static int
topic_of_work(const lp_facts *out, size_t first)
{
	size_t		i,
				all = 0,
				named = 0;

	for (i = first; i < out->n; i++)
		if (out->items[i].has_quantity)
		{
			all++;
			named += out->items[i].indicator != NULL;
		}
	return all == 0 ? 5 : named * 2 < all ? 2 : 3;
}

/* a figure of an indicator among out->items[first..] ("三项基本任务" is none) */
static int
has_figure(const lp_facts *out, size_t first)
{
	size_t		i;

	for (i = first; i < out->n; i++)
		if (out->items[i].has_quantity && out->items[i].indicator != NULL)
			return 1;
	return 0;
}

/* "一是", "二是" opening the line: its number, 0 if none */
static int
opens_with_ordinal_is(const char *s, size_t a, size_t b)
{
	int			v;
	size_t		n = lp_ordinal_at(s, b, a, &v);

	return n > 0 && (unsigned char) s[a] >= 0x80 && a + n + 3 <= b &&
		lp_same(s + a + n, "是", 3) ? v : 0;
}

/*
 * The last number of "一是…。二是…。" items inside s[a, b) (each opening a
 * sentence), 0 if none: a line opening with the next ("三是…") goes on
 * with that paragraph, broken at a page width after a sentence.
 */
static int
last_inline_ordinal(const char *s, size_t a, size_t b)
{
	const char *p;
	int			last = 0;

	for (p = lp_find3(s + a, b - a, "是"); p != NULL;
		 p = lp_find3(p + 3, (size_t) (s + b - p - 3), "是"))
	{
		size_t		at = (size_t) (p - s),
					o = at;
		int			k,
					v;

		for (k = 0; k < 2 && o >= a + 3; k++)
		{
			o = lp_prev_char(s, o);
			if (lp_ordinal_at(s, at, o, &v) == at - o && v > last &&
				(o == a || lp_at(s, o, o - 3, "。") || lp_at(s, o, o - 3, "；") || s[o - 1] == ';'))
			{
				last = v;
				break;
			}
		}
	}
	return last;
}

/*
 * A first sentence of a few characters and no figure: a topic's lead.  One
 * of a dash item in the report's own voice may run longer ("——这一年，我们
 * 千方百计抓项目、强产业，工业经济稳步壮大。": words.tsv topic_lead_voice): a
 * summary item names its indicators, not who did the work.  A paragraph's
 * opening sentence in that voice ("过去的一年，我们…，较好完成全年目标任务。")
 * leads the summary itself.
 */
static int
opens_with_lead(const char *s, size_t a, size_t b)
{
	size_t		i;
	int			chars = 0,
				voice = lp_list_mark_at(s, a, b) == LP_MARK_DASH;

	for (i = a; i < b && chars <= (voice ? LEAD_VOICE_MAX_CHARS : LEAD_MAX_CHARS); chars++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= '0' && c <= '9')
			return 0;
		if (i + 3 <= b && (lp_same(s + i, "。", 3) || lp_same(s + i, "：", 3)))
			return chars > 0 &&
				(chars <= LEAD_MAX_CHARS || (voice && lp_words_any(LP_W_TOPIC_LEAD_VOICE, s + a, i - a)));
		/* "——令人振奋的是，…", "值得一提的是，…": a remark leading a topic */
		if (chars <= LEAD_MAX_CHARS && i >= a + 6 && lp_same(s + i - 6, "的是", 6) &&
			((i + 3 <= b && lp_same(s + i, "，", 3)) || s[i] == ','))
			return 1;
		i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	}
	return 0;
}

/* Does the line go on after its first sentence ("——A。B…")? */
static int
lead_goes_on(const char *s, size_t a, size_t b)
{
	const char *p = lp_find3(s + a, b - a, "。");

	return p != NULL && (size_t) (p - s) + 3 < b;
}

/*
 * A review made only of topics ("一是承办…。二是推动经济运行稳中有进。⏎
 * 地区生产总值增长…"): the topic stating GDP and more is its summary, and
 * the figures of the topics before it are the body as well as those after.
 */
static void
topics_before_are_body(lp_facts *out, size_t from, size_t to, const char *period)
{
	size_t		i;

	for (i = from; i < to; i++)
		if (is_actual(&out->items[i]) && strcmp(out->items[i].period, period) == 0 &&
			out->items[i].headline == LP_HEADLINE_CANDIDATE)
			out->items[i].headline = LP_HEADLINE_BODY;
}

/*
 * Topic headings in a row of one form ("一是…", "二是…"; "这一年，我们…"
 * twice), a paragraph of figures between them: a review made of them.  An opening paragraph of another form ("过去一年很
 * 不平凡。…") before a dash item is no topic of the same list.
 */
static void
count_topic_form(lp_review_body *rb, int ordinal, const char *s, size_t a, size_t b)
{
	char		form[8];

	if (ordinal > 0)
		lp_copy_str(form, sizeof(form), "N是");
	else if (b - a >= 6)
	{
		memcpy(form, s + a, 6);
		form[6] = '\0';
	}
	else
		form[0] = '\0';
	if (form[0] != '\0' && strcmp(form, rb->topic_form) == 0)
		rb->topics++;
	else
		rb->topics = 1;
	lp_copy_str(rb->topic_form, sizeof(rb->topic_form), form);
}

/*
 * The review's opening paragraph led by a plain sentence of the year ("过去一
 * 年很不平凡。我们…。全市生产总值增长4.8%，…"): no mark or number opens
 * it, and no topic came before it in its part, so it is no topic of a list
 * ("（一）经济总量稳步扩大。全县…") and may sum the year up (state 4).
 */
static int
plain_opening(const lp_review_body *rb, const char *s, size_t a, size_t b)
{
	int			v;
	size_t		n;

	if (rb->topics > 0 || a >= b || s[a] == '(' || lp_same(s + a, "（", 3) ||
		lp_list_mark_at(s, a, b) != LP_MARK_NONE)
		return 0;
	n = lp_ordinal_at(s, b, a, &v);
	return n == 0 || (a + n < b && s[a + n] != '.' && s[a + n] != ')' && s[a + n] != ' ' &&
					  !(a + n + 3 <= b && (lp_same(s + a + n, "、", 3) || lp_same(s + a + n, "是", 3) ||
										   lp_same(s + a + n, "．", 3))));
}

void
lp_review_body_line(lp_review_body *rb, lp_facts *out, size_t first,
					const char *s, size_t a, size_t b, int is_heading,
					const lp_line_ctx *ctx)
{
	size_t		i;
	const lp_fact *gdp;
	int			ordinal = opens_with_ordinal_is(s, a, b),
				stated,
				goes_on,
				last,
				lead,
				topic,
				after_topic = rb->topic_before && rb->topic_part == ctx->part;

	/* "三是…。" after "一是…。二是…。": the same paragraph, not a topic */
	goes_on = ordinal > 0 && ordinal == rb->ordinal_next && !is_heading;
	last = ordinal == 0 || goes_on ? last_inline_ordinal(s, a, b) : 0;
	rb->ordinal_next = last > 0 ? last + 1 : goes_on ? ordinal + 1 : 0;
	lead = !goes_on && (ordinal > 0 || opens_with_lead(s, a, b));
	topic = is_heading || lead;

	/* a heading of the part ("一、2023年工作回顾") is no topic's heading, nor a
	 * lead going on with figures of its own ("——这一年，…实现重大突破。桐江园区
	 * 产值突破600亿元…"): a whole topic, not the heading of the line after it */
	rb->topic_before = lead && (out->n == first || !lead_goes_on(s, a, b));
	rb->topic_part = ctx->part;
	if (ctx->part != rb->cur_part || first < rb->part_first)
	{
		rb->cur_part = ctx->part;
		rb->part_first = first;
		rb->topics = 0;
	}
	/* the paragraph under a topic's heading may open with a short sentence
	 * ("认真落实…的办赛要求。"): the heading's body, no topic of another form */
	if (rb->topic_before && !(after_topic && ordinal == 0 && !is_heading && rb->topics > 0 &&
							  strcmp(rb->topic_form, "N是") == 0))
		count_topic_form(rb, ordinal, s, a, b);
	if (rb->state > 0 && ctx->part != rb->part)
		rb->state = 0;
	if (!lp_part_has_headline(ctx->part) || ctx->part == LP_PART_PLAN_GOALS ||
		ctx->part == LP_PART_TASKS)
		return;
	lp_review_inline_topics(out, first, s, a, b);
	/* a paragraph stating GDP's result alone ("全年生产总值增长5%，快于全国…")
	 * sums the year up when topics follow it at once; else it was no summary */
	if (rb->state == 4)
		rb->state = topic || lp_words_any(LP_W_TOPIC_WORK_INTRO, s + a, b - a) ? 5 : 0;
	if (rb->state == 5)
		rb->state = topic_of_work(out, first);
	/* "一年来，主要做了以下工作：" after the summary: the topics follow, even
	 * when the summary stood beside a lead (state 3) */
	if ((rb->state == 1 || rb->state == 3) && lp_words_any(LP_W_TOPIC_WORK_INTRO, s + a, b - a))
		rb->state = 2;
	if (rb->state == 1 && topic)
		rb->state = 2;
	/* "——扎实抓好…，底盘持续夯实。" with no figure heads a group of topics;
	 * the next such line after the group that held the summary opens the body */
	if (!is_heading && lp_list_mark_at(s, a, b) == LP_MARK_DASH && !has_figure(out, first))
	{
		if (rb->state == 3 && rb->dash_group == 2)
			rb->state = 2;
		else if (rb->state == 0)
			rb->dash_group = 1;
	}
	/* a review made only of topics: the topics after its summary are body */
	if (rb->state == 3 && rb->topics_review && topic)
		rb->state = 6;
	if (rb->state == 6)
	{
		lp_review_topics_after(out, first, rb->period);
		return;
	}
	if (rb->state == 2)
	{
		for (i = first; i < out->n; i++)
		{
			lp_fact    *f = &out->items[i];

			if (!is_actual(f) || strcmp(f->period, rb->period) != 0)
				continue;
			if (f->headline == LP_HEADLINE_CANDIDATE)
				f->headline = LP_HEADLINE_BODY;
			/* "——令人振奋的是，工业投资增长30%…": a dash item opened by a
			 * topic's lead after the summary is a topic, not an item of it */
			else if (f->summary == 1 && lead && !is_heading && f->headline == LP_HEADLINE_YES)
			{
				f->summary = 0;
				f->headline = f->indicator ? LP_HEADLINE_BODY : LP_HEADLINE_NO;
			}
		}
		return;
	}
	if (rb->state == 0 && (stated = states_summary(out, first, rb->period, sizeof(rb->period))))
	{
		/* a summary under a topic's heading ("二是推动经济运行稳中有进。⏎地区
		 * 生产总值…") or opened by one ("（一）经济总量稳步扩大。全县完成生产
		 * 总值…") has topics beside it that state results as well, unless the
		 * lead opens a summary of them all ("县域综合实力显著增强。全县完成
		 * 生产总值…，财政总收入…，固定资产投资…") */
		rb->state = after_topic || (topic && stated < SUMMARY_FULL_INDICATORS) ? 3 : 1;
		rb->part = ctx->part;
		rb->topics_review = (after_topic || topic) && rb->topics >= 2;
		rb->dash_group = rb->dash_group == 1 && rb->state == 3 ? 2 : 0;
		if (rb->topics_review)
			topics_before_are_body(out, rb->part_first, first, rb->period);
	}
	else if (rb->state == 0 && !after_topic && (!topic || (lead && !is_heading && plain_opening(rb, s, a, b))) &&
			 (gdp = states_gdp(out, first)) != NULL)
	{
		lp_copy_str(rb->period, sizeof(rb->period), gdp->period);
		rb->state = 4;
		rb->part = ctx->part;
	}
}
