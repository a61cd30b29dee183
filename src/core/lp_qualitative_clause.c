/*
 * lp_qualitative_clause.c — one clause that states no number, read as an item
 * in words: an indicator's name (or names listed with it) followed by the
 * whole of a word of a goal or of steadiness ("居民收入增长与经济增长基本同步",
 * "单位地区生产总值能耗和主要污染物排放量继续下降"), or a task done named verb
 * first ("完成省下达的减排降碳任务").  lp_qualitative.c says where such clauses
 * are read and of what kind; lp_qualitative_item.c reads the names.
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
 * Does the item s[a, e) state no figure, or only the margin of a goal over a
 * base among targets ("农村居民人均可支配收入高于全国平均水平0.5个百分点以上")?  *words: where
 * its words end (before the margin; e when none).
 */
int
lp_qualitative_states_no_figure(const char *s, size_t a, size_t e, const lp_line_ctx *ctx, size_t *words)
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
int
lp_qualitative_is_item_end(uint32_t cp)
{
	return lp_is_clause_end(cp) || lp_is_list_sep(cp);
}

/* Does s[b, e) end with a word of kind or kind2? */
static int
ends_with_kind(const char *s, size_t b, size_t e, lp_word_kind kind, lp_word_kind kind2)
{
	return b < e && (lp_words_suffix(kind, s + b, e - b) > 0 ||
					 lp_words_suffix(kind2, s + b, e - b) > 0);
}

/* A clause's item: a candidate like the figures beside it, or an item of their list. */
void
lp_qualitative_candidate(const lp_facts *out, lp_fact *f, int summary)
{
	if (!summary && !beside_summary_figure(out, f))
	{
		f->summary = 0;
		f->headline = LP_HEADLINE_CANDIDATE;
	}
}

/*
 * "完成能耗双控及生态环境质量目标任务": a second name joined to the first by
 * 及, 以及 or 和 shares the task word ending s[p, e).  The start of the task
 * word when so (its name, an indicator's or not, is s[*q, that)); else p.
 */
#define JOINED_NAME_MAX (12 * 3)	/* bytes */

static size_t
joined_name(const char *s, size_t p, size_t e, size_t *q)
{
	static const char *const joins[] = {"以及", "及", "和"};
	size_t		j,
				t;

	for (j = 0; j < 3; j++)
		if (lp_at(s, e, p, joins[j]))
			break;
	if (j == 3)
		return p;
	*q = p + strlen(joins[j]);
	for (t = *q + 3; t < e && t - *q <= JOINED_NAME_MAX; t++)
		if (!lp_utf8_cont(s[t]) && lp_words_prefix(LP_W_QUALITATIVE_TASK, s + t, e - t) == e - t)
			return t;
	return p;
}

/*
 * A task done named verb first ("完成省下达的减排降碳任务", "全面完成节能减排
 * 约束性指标"): the task's verb (words.tsv qualitative_lead), perhaps the
 * year's scope (qualitative_scope: "完成国家下达的年度…"), an indicator, then
 * nothing or a word for the task (qualitative_task), perhaps after a verb of
 * decline ("…单位生产总值能耗降低目标").  Was it one?
 */
static int
task_done(lp_facts *out, const char *s, size_t b, size_t e, int lineno, const lp_line_ctx *ctx,
		  int summary)
{
	/* "全年完成节能减排目标任务": the year's scope before the verb */
	size_t		scope = lp_at(s, e, b, "全年") || lp_at(s, e, b, "年内") ? strlen("全年") : 0,
				lead = scope + lp_words_prefix(LP_W_QUALITATIVE_LEAD, s + b + scope, e - b - scope),
				n = 0,
				n2 = 0,
				d,
				j = 0,
				t,
				rest;
	const char *code,
			   *code2 = NULL;
	lp_quantity q;

	if (lead == scope || lead >= e - b)
		return 0;
	if ((d = lp_words_prefix(LP_W_QUALITATIVE_SCOPE, s + b + lead, e - b - lead)) < e - b - lead)
		lead += d;
	if ((code = lp_indicator_by_prefix(s + b + lead, e - b - lead, &n)) == NULL)
		return 0;
	rest = e - b - lead - n;
	if (rest > 0 && (d = lp_words_prefix(LP_W_DECLINE, s + e - rest, rest)) > 0 && d < rest)
		rest -= d;
	if (rest > 0 && (t = joined_name(s, e - rest, e, &j)) > e - rest)
	{
		rest = e - t;
		code2 = lp_indicator_by_prefix(s + j, t - j, &n2);
	}
	if ((rest > 0 && lp_words_prefix(LP_W_QUALITATIVE_TASK, s + e - rest, rest) != rest) ||
		lp_quantity_next(s, e, b, &q))
		return 0;
	lp_qualitative_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + b + lead, n), summary);
	/* "完成能耗双控和减排目标任务": the second name's task too, when it names an indicator */
	if (code2 != NULL && code2 != code)
		lp_qualitative_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code2, s + j, n2), summary);
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
	/*
	 * a verb of decline before the task ("能耗降低完成省下达的目标任务"), maybe
	 * totalled over the plan ("能耗累计降幅完成“十四五”任务")
	 */
	if (code != NULL && n > 0 && n < e - b)
	{
		size_t		c = lp_words_prefix(LP_W_CUMULATIVE, s + b + n, e - b - n);

		if (c < e - b - n && (d = lp_words_prefix(LP_W_DECLINE, s + b + n + c, e - b - n - c)) > 0)
			d += c;
	}
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
		lp_qualitative_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + b, b2 - 3 - b), summary);
		lp_qualitative_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code2, s + b2, n2), summary);
		return 1;
	}
	lp_qualitative_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + b, n), summary);
	return 1;
}

/*
 * Is s[r, e) a word of kind or kind2, after at most a verb of decline ("降低完成省下达目标任务")?
 * An estimate's hedge (预计) and words of manner may come first, the latter
 * parted by 、 ("顶住压力、逆势实现正增长"), and
 * "all" after the measure shared by names listed before ("增速均高于全国平均水平").
 */
static int
rest_is_kind(const char *s, size_t r, size_t e, lp_word_kind kind, lp_word_kind kind2)
{
	size_t		d,
				m;

	/* an estimate's hedge first ("固定资产投资预计实现正增长" in a plan report) */
	if ((m = lp_words_prefix(LP_W_ESTIMATE_MARKER, s + r, e - r)) > 0 && m < e - r)
		r += m;
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
	if (lp_words_prefix(kind, s + r, e - r) == e - r || lp_words_prefix(kind2, s + r, e - r) == e - r)
		return 1;
	/* "城乡居民人均可支配收入持续跑赢经济增速": a word of lasting before a
	 * comparison that is a goal whole (持续下降 is one word of its own, read above) */
	m = lp_words_prefix(LP_W_QUALITATIVE_LASTING, s + r, e - r);
	return m > 0 && m < e - r && (lp_words_prefix(kind, s + r + m, e - r - m) == e - r - m ||
								  lp_words_prefix(kind2, s + r + m, e - r - m) == e - r - m);
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
	lp_qualitative_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + at, n), summary);
	return 1;
}

/*
 * A short name of no indicator listed at p among names sharing one predicate
 * ("节能减排、环境质量指标和居民消费价格指数均在控制目标以内"): where the
 * separator after it stands (、 or 和, words.tsv qualitative_and) when an
 * indicator's name follows it, else 0.  At most UNKNOWN_LISTED_MAX bytes are
 * looked at, no digit among them.
 */
#define UNKNOWN_LISTED_MAX 36	/* bytes: twelve characters */

static size_t
past_unknown_name(const char *s, size_t p, size_t b)
{
	size_t		q,
				k,
				m = 0,
				lim = b - p > UNKNOWN_LISTED_MAX ? p + UNKNOWN_LISTED_MAX : b;
	int			cl = 0;

	for (q = p; q < lim; q += (size_t) cl)
	{
		if (s[q] >= '0' && s[q] <= '9')
			return 0;
		k = lp_words_prefix(LP_W_QUALITATIVE_AND, s + q, b - q);
		if (k > 0 && q > p)
			return lp_indicator_by_prefix(s + q + k, b - q - k, &m) != NULL && m > 0 ? q : 0;
		(void) lp_utf8_next(s + q, b - q, &cl);
		if (cl <= 0)
			return 0;
	}
	return 0;
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
	/* "…，提出地区生产总值增长保持在合理区间": the plan's verb proposing the goal */
	if ((n = lp_words_prefix(LP_W_PROPOSED_VERB, s + b, e - b)) > 0 && n < e - b &&
		lp_indicator_by_prefix(s + b + n, e - b - n, &m) != NULL)
		b += n;
	b = lp_qualitative_past_striving(s, b, e);
	n = 0;
	m = 0;
	if (task_done_after(out, s, b, e, lineno, ctx, summary))
		return;
	/* the clause must end with a word of kind: the cheap test first */
	if (!lp_qualitative_states_no_figure(s, b, e, ctx, &w))
		return;
	if (group_done(out, s, b, w, e, lineno, ctx, summary, kind, kind2))
		return;
	code = ends_with_kind(s, b, w, kind, kind2) ? lp_indicator_by_prefix(s + b, w - b, &n) : NULL;
	/* "物价总体平稳": a name counted only as the whole subject */
	if (code == NULL && ends_with_kind(s, b, w, kind, kind2))
		code = lp_qualitative_whole_name(s, b, w, kind, kind2, &n);
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
					lp_qualitative_candidate(out, &out->items[first], summary);
		}
		return;
	}
	if (n >= w - b)
		return;
	/* "规上工业增加值、固定资产投资、社会消费品零售总额增速均高于…": names listed share the rest */
	r = b + n;
	while (n_listed < LISTED_NAMES_MAX && lp_at(s, w, r, "、"))
	{
		if ((listed[n_listed] = lp_indicator_by_prefix(s + r + 3, w - r - 3, &m)) == NULL ||
			m == 0 || r + 3 + m >= w)
		{
			/* "节能减排、环境质量指标和居民消费价格指数均…": a name of no indicator */
			if ((m = past_unknown_name(s, r + 3, w)) == 0)
				break;
			r = m;
			continue;
		}
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
	lp_qualitative_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + b, n), summary);
	for (k = 0; k < n_listed; k++)
		if (listed[k] != code)
			lp_qualitative_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, listed[k], s + at[k], len[k]),
							 summary);
}

/*
 * The rest of a group stating its task done, after a name and its 、
 * ("环保等约束性指标完成上级下达任务" after "节能减排、"): words, the group's
 * end (qualitative_group_end), the task's verb (qualitative_lead), perhaps
 * its scope, then a task word ending s[p, e).  Short clauses only: a clause
 * of many 、 is not rescanned from each of them.
 */
#define GROUP_TASK_MAX (40 * 3)	/* bytes */

static int
group_task_rest(const char *s, size_t p, size_t e)
{
	size_t		wl = 0;
	long		at;

	if (e <= p || e - p > GROUP_TASK_MAX ||
		(at = lp_words_find(LP_W_QUALITATIVE_GROUP_END, s + p, e - p, &wl)) < 0)
		return 0;
	return lp_qualitative_task_done(s, p + (size_t) at + wl, e);
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
					lp_word_kind kind2, const lp_clause_marks *marks, size_t *known_end)
{
	size_t		c,
				n = 0,
				rest;
	const char *code;
	lp_quantity q;

	/*
	 * the clause's end, searched for only past the last one found: the items
	 * of one clause ("A、B、C…") share it (a search each read the rest of the
	 * clause again for every item, without the line's marks)
	 */
	if (marks)
		c = lp_marks_next_end(&marks->clause_ends, s, next, slen);
	else if (*known_end != SIZE_MAX && *known_end >= next)
		c = *known_end;
	else
		c = *known_end = lp_next_end(s, next, slen, lp_is_clause_end);
	lp_trim(s, &next, &c);
	if (!(ends_with_kind(s, next, c, kind, kind2) || group_task_rest(s, next, c) ||
		  lp_qualitative_name_task_rest(s, next, c)) ||
		lp_quantity_next(s, c, b, &q))
		return;
	while ((n = lp_words_prefix(LP_W_SUBJECT_PREFIX, s + b, e - b)) > 0 && n < e - b)
		b += n;
	n = 0;
	if ((code = lp_indicator_by_prefix(s + b, e - b, &n)) == NULL)
		return;
	rest = e - b - n;
	if (rest == 0 || lp_words_prefix(LP_W_DECLINE, s + e - rest, rest) == rest)
		lp_qualitative_candidate(out, lp_qualitative_push(out, s, b, e, lineno, ctx, code, s + b, n), summary);
}

/*
 * Each clause of s[0, slen) as an item when it is one.  Its end: the next
 * is_end, or the next of the line's marks of it (the same places, marked
 * once for the line's mentions: item ends for lp_qualitative_is_item_end, else clause ends)
 * when given.
 */
void
lp_qualitative_clauses(lp_facts *out, const char *s, size_t slen, int lineno, const lp_line_ctx *ctx,
				int summary, lp_word_kind kind, lp_word_kind kind2, int (*is_end) (uint32_t),
				const lp_clause_marks *marks)
{
	const lp_end_marks *ends = marks == NULL ? NULL :
		is_end == lp_qualitative_is_item_end ? &marks->item_ends : &marks->clause_ends;
	size_t		a,
				sibling_end = SIZE_MAX;	/* name_before_sibling's last clause end */

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
								marks, &sibling_end);
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
