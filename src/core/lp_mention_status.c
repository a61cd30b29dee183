/*
 * lp_mention_status.c — the status stage of a mention (lp_mention.c): the
 * section's, or what the markers of its sentence say (预计 → estimate,
 * 力争 → target), and the results a sentence of targets still states (a
 * clause of last year, a part of the year past, a note of months done).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

/*
 * The first target marker of s[from, upto), found at from + at, that marks
 * the figures after it: not a word of a result (marker_not), not a target
 * reached in words (lp_target_marker_met); not one the work followed in a
 * clause before (lp_target_marker_aimed), nor what a result is set against
 * ("高于预期1.7个百分点": words.tsv marker_compared), nor an aspiration
 * (aspiration: 奋斗目标), nor the object of a verb
 * of reaching (lp_target_marker_won): a later marker is looked for then.
 */
/*
 * The length of the run of target markers at s[p] ("预期" then "目标" in
 * "预期目标"): a marker a result is set against takes the markers right after
 * it along (at least one byte, so that the search moves on).
 */
static size_t
marker_run(const char *s, size_t p, size_t upto)
{
	size_t		q = p,
				n;

	while (q < upto && (n = lp_words_prefix(LP_W_TARGET_MARKER, s + q, upto - q)) > 0)
		q += n;
	return q > p ? q - p : 1;
}

/*
 * Is the marker at p set against a result, with the comparison before the
 * giver of the target ("高于市政府下达目标4个百分点", "低于省定的目标")?  The
 * giver is a few characters (市政府, 省, 上级) between them.
 */
static int
compared_over_giver(const char *s, size_t a, size_t p)
{
	size_t		g = p > a ? lp_words_suffix(LP_W_TARGET_GIVER, s + a, p - a) : 0,
				e = p - g;
	int			k;

	for (k = 0; g > 0 && k <= 5 && e > a; k++, e = lp_prev_char(s, e))
		if (lp_words_suffix(LP_W_MARKER_COMPARED, s + a, e - a) > 0)
			return 1;
	return 0;
}

/* Is the marker at p what a result is set against ("高于预期1.7个百分点")? */
static int
marker_compared(const lp_mention *m, size_t p)
{
	return p > m->sent_start &&
		(lp_words_suffix(LP_W_MARKER_COMPARED, m->s + m->sent_start, p - m->sent_start) > 0 ||
		 compared_over_giver(m->s, m->sent_start, p));
}

/*
 * "围绕“建设青禾，富裕百姓”奋斗目标，…": an aspiration, no year's targets (as
 * lp_names_target_set); a comma inside the quoted name can part it from the
 * verb that would show it is followed (lp_target_marker_aimed)
 */
static int
aspiration(const char *s, size_t p)
{
	return p >= 6 && lp_same(s + p - 6, "奋斗", 6);
}

static void
target_marker_from(lp_sentence *ss, lp_mention *m, size_t from, long at, size_t upto)
{
	while (at >= 0)
	{
		size_t		p = from + (size_t) at,
					wl = 0;

		if (lp_words_prefix(LP_W_MARKER_NOT, m->s + p, upto - p) ||
			lp_target_marker_met(m->s, p, upto) ||
			lp_marker_opens_past_year(m->s, p, upto, m->ctx->period.doc_year))
			return;
		/* "全面完成全年主要目标任务，其中全省生产总值增长6%": targets reached, results follow */
		if (!aspiration(m->s, p) &&
			!lp_target_marker_aimed(m->s, m->sent_start, p, upto) && !marker_compared(m, p) &&
			!lp_target_marker_won(m->s, m->sent_start, p))
		{
			ss->has_target = 1;
			ss->target_at = p;
			return;
		}
		from = p + 1;
		/* "低于预期目标的情况下": the markers that follow it make one noun with it */
		if (marker_compared(m, p))
			from = p + marker_run(m->s, p, upto);
		while (from < upto && (((unsigned char) m->s[from]) & 0xC0) == 0x80)
			from++;
		at = lp_census_find(LP_W_TARGET_MARKER, m->s + from, upto - from, &wl);
	}
}

/*
 * A clause after a target's opening with the result's word ("固定资产投资
 * 年度目标增长10%，完成9.2%", "目标5%，实际3.2%"): the result of the target
 * just named, not a second target.
 */
static int
result_opens_clause(const lp_mention *m, size_t upto)
{
	size_t		a = lp_skip_space(m->s, upto, m->clause_start),
				b = m->measure.words_at < upto ? m->measure.words_at : upto,
				n;

	if (m->clause_start <= m->sent_start || a >= b ||
		(n = lp_words_prefix(LP_W_RESULT_AFTER_TARGET, m->s + a, b - a)) == 0)
		return 0;
	/* the word alone before the measure: "实际使用外资…" is a name */
	a += n;
	if (b >= a + 3 && lp_same(m->s + b - 3, "为", 3))
		b -= 3;
	lp_trim(m->s, &a, &b);
	return a >= b;
}

/*
 * A clause after a target that states what is done of it: 已完成 before the
 * figure, or months done opening it or the clause before ("…全年目标2890亿元，
 * 1-4月，已完成711.91亿元").
 */
#define PART_DONE_CLAUSE_MAX 16	/* bytes of "1-4月，" and its like */

static int
done_so_far(const lp_mention *m, size_t upto)
{
	size_t		prev = m->clause_start > m->sent_start ? lp_prev_char(m->s, m->clause_start) : m->clause_start;

	/* "…全年目标…，一季度力争增长6%": a target of its own */
	if (lp_census_any(LP_W_TARGET_MARKER, m->s + m->clause_start, upto - m->clause_start))
		return 0;
	if (lp_census_any(LP_W_ACTUAL_MARKER, m->s + m->clause_start, upto - m->clause_start) ||
		lp_sentence_opens_part_done(m->s, m->clause_start, upto))
		return 1;
	/* the clause before: back to its start, a part done and no figure; a clause
	 * longer than PART_DONE_CLAUSE_MAX bytes is none, so the walk stops there */
	while (prev > m->sent_start && m->clause_start - prev <= PART_DONE_CLAUSE_MAX &&
		   !lp_at(m->s, upto, lp_prev_char(m->s, prev), "，") &&
		   !lp_at(m->s, upto, lp_prev_char(m->s, prev), ","))
		prev = lp_prev_char(m->s, prev);
	return prev < m->clause_start && lp_sentence_opens_part_done(m->s, prev, m->clause_start) &&
		m->clause_start - prev <= PART_DONE_CLAUSE_MAX;
}

/* A note of a few characters in brackets: "（预计数，下同）" */
#define EST_NOTE_MAX_BYTES (10 * 3)

/*
 * Does a note in brackets right after the figure ending at e call it an
 * estimate ("增长3%左右（预计数，下同）")?  Its 预计 follows the number, where
 * the markers before it are not looked for.
 */
static int
note_says_estimate(const char *s, size_t len, size_t e)
{
	size_t		open = lp_at(s, len, e, "（") ? 3 : lp_at(s, len, e, "(") ? 1 : 0,
				p,
				lim;

	if (open == 0)
		return 0;
	lim = e + open + EST_NOTE_MAX_BYTES < len ? e + open + EST_NOTE_MAX_BYTES : len;
	for (p = e + open; p < lim; p++)
		if (lp_at(s, len, p, "）") || s[p] == ')')
			return lp_census_any(LP_W_ESTIMATE_MARKER, s + e + open, p - e - open);
	return 0;
}

/*
 * A clause opening with a year and naming its targets after 预计 in the
 * sentence ("长沙2022年预计地区生产总值增长4.8%，2023年长沙经济社会发展主要
 * 预期目标包括A增长7%左右，B增长8%以上"): its figures and those after it are
 * the targets, not estimates.  Not a marker in a clause of the estimate
 * ("预计…，经济运行在预期的合理区间，工业增加值…").
 */
static int
target_year_after_estimate(const lp_mention_doc *doc, const lp_sentence *ss, const lp_mention *m)
{
	size_t		c,
				at = 1;

	/* a marker carried from a sentence before this one is not in it */
	if (!ss->has_target || ss->target_at <= ss->estimate_at || ss->target_at >= m->q->start ||
		ss->target_at < m->sent_start)
		return 0;
	c = lp_marks_after_last(&doc->marks.clause_ends, m->s, m->sent_start, ss->target_at);
	if (c <= ss->estimate_at || c >= ss->target_at)
		return 0;
	c = lp_skip_space(m->s, ss->target_at, c);
	return lp_find_year(m->s + c, ss->target_at - c, &at) > 0 && at == 0;
}

/*
 * An item of a list a push opens, in a review ("2019年，…将聚焦…，力争规模
 * 工业增加值增长9%，固定资产投资增长11.5%，社会消费品零售总额增长12%" in news
 * of a sub-district's year ahead): the push (words.tsv target_list_lead) opens
 * a clause of the sentence before the mention's, the figure read last was a
 * target, and the mention's clause names no result (实际, 预计).  A review's
 * marker holds only in its clause otherwise (lp_part_target_marker_holds).
 */
static int
push_list_item(const lp_sentence *ss, const lp_mention *m, size_t upto)
{
	size_t		p = ss->target_at,
				before;

	if (!ss->has_target || !ss->last_target || p < m->sent_start || p >= m->clause_start ||
		lp_words_prefix(LP_W_TARGET_LIST_LEAD, m->s + p, upto - p) == 0)
		return 0;
	before = lp_prev_char(m->s, p);
	if (p > m->sent_start && !lp_at(m->s, upto, before, "，") && m->s[before] != ',' &&
		!lp_at(m->s, upto, before, "；") && m->s[before] != ';')
		return 0;
	return !lp_census_any(LP_W_ACTUAL_MARKER, m->s + m->clause_start, upto - m->clause_start) &&
		!lp_census_any(LP_W_ESTIMATE_MARKER, m->s + m->clause_start, upto - m->clause_start);
}

/*
 * A clause with no subject of its own going on from one of last year ("…的目标，
 * 实际显示，去年全市生产总值达3000亿元，比上年增长6.1%"): a comparison with
 * the year before or a growth word opens it, the clause before opens last year,
 * and no target marker is in it.  That year's result, as the clause before.
 */
static int
goes_on_from_last_year(const lp_mention *m, size_t upto)
{
	size_t		a = lp_skip_space(m->s, upto, m->clause_start),
				prev_end,
				prev_start;

	if (m->clause_start <= m->sent_start ||
		(lp_words_prefix(LP_W_LAST_YEAR_COMPARED_LEAD, m->s + a, upto - a) == 0 &&
		 lp_words_prefix(LP_W_GROWTH, m->s + a, upto - a) == 0) ||
		lp_census_any(LP_W_TARGET_MARKER, m->s + a, upto - a))
		return 0;
	prev_end = lp_prev_char(m->s, m->clause_start);
	prev_start = lp_after_last(m->s, m->sent_start, prev_end, lp_is_clause_end);
	return lp_clause_opens_last_year(m->s, prev_start, prev_end);
}

/*
 * A target named right before its figure, the result after it in the next
 * clause ("地区生产总值计划增长6.5%，实际增长5.8%", "——地区生产总值：预期目标
 * 增长7%左右，预计增长3.9%", "目标6.5%，完成5.9%": a plan report's review
 * of each indicator): the figure is the year's target, in a summary list too.
 */
static int
target_before_result(const lp_mention *m)
{
	size_t		a = m->lead_start,
				b = m->lead_end,
				e = m->q->end,
				n;
	int			named;

	/* the measure's word after the target's ("预期目标涨幅"), or one with it ("计划增长") */
	if ((n = lp_words_suffix(LP_W_GROWTH, m->s + a, b - a)) > 0 ||
		(n = lp_words_suffix(LP_W_DECLINE, m->s + a, b - a)) > 0)
		b -= n;
	named = n > 0 && lp_words_prefix(LP_W_ASIDE_TARGET, m->s + b, n) > 0;
	if (b >= a + 3 && lp_at(m->s, b, b - 3, "为"))
		b -= 3;
	lp_trim(m->s, &a, &b);
	if (!named && (a >= b || (n = lp_words_suffix(LP_W_ASIDE_TARGET, m->s + a, b - a)) == 0))
		return 0;
	/* "超出目标2个百分点，完成…": the result's lead over the target (b - n >= a here) */
	if (!named && lp_words_suffix(LP_W_MARKER_COMPARED, m->s + a, b - n - a) > 0)
		return 0;
	if (lp_at(m->s, m->slen, e, "，"))
		e += 3;
	else if (e < m->slen && m->s[e] == ',')
		e++;
	else
		return 0;
	e = lp_skip_space(m->s, m->slen, e);
	return lp_words_prefix(LP_W_RESULT_AFTER_TARGET, m->s + e, m->slen - e) > 0;
}

/*
 * The status from markers earlier in the sentence (预计, 力争), each byte
 * looked at once over the mentions of a sentence.  Items of a summary list
 * keep the list's status.
 */
void
lp_mention_status(const lp_mention_doc *doc, lp_sentence *ss, lp_mention *m)
{
	static const lp_word_kind kinds[] = {LP_W_ESTIMATE_MARKER, LP_W_TARGET_MARKER};
	/*
	 * A qualifier of the quantity may be a marker too ("控制在3%左右"), in
	 * the part of a report that looks ahead: a review says so of what was
	 * done ("失业率…控制在4.8%以内").
	 */
	size_t		upto = m->q->num_start > m->q->start &&
		(m->ctx->part == LP_PART_TASKS || m->ctx->part == LP_PART_PLAN_GOALS) ?
		m->q->num_start : m->q->start;

	if (ss->scanned_to < m->sent_start)
		ss->scanned_to = m->sent_start;
	if (upto > ss->scanned_to)
	{
		/* a marker may straddle the last boundary: step back one character */
		size_t		from = ss->scanned_to > m->sent_start ?
			lp_prev_char(m->s, ss->scanned_to) : m->sent_start;
		long		found[2];

		lp_census_find_each(kinds, 2, m->s + from, upto - from, found, NULL);
		if (!ss->has_estimate && found[0] >= 0)
			ss->estimate_at = from + (size_t) found[0];
		ss->has_estimate |= found[0] >= 0;
		if (!ss->has_target && found[1] >= 0)
			target_marker_from(ss, m, from, found[1], upto);
		ss->scanned_to = upto;
	}
	/*
	 * The quantity's own words are no marker of the next mention either: in
	 * "失业率、物价涨幅分别控制在5%和3%以内" the 控制在 of the first value
	 * is its qualifier, not a target marker of the second.
	 */
	if (m->q->end > ss->scanned_to)
		ss->scanned_to = m->q->end;
	/* "完成全年目标任务的48.1%": the 目标 of a plan completion marks no target */
	if (m->measure.measure == LP_MEASURE_PLAN_COMPLETION && ss->has_target &&
		ss->target_at >= m->clause_start)
	{
		ss->has_target = lp_census_any(LP_W_TARGET_MARKER, m->s + m->clause_start,
									  m->measure.words_at - m->clause_start);
		ss->target_at = m->clause_start;
	}
	/* "增长6%的预期目标": the number is a target, in a review too */
	if (m->status != LP_STATUS_TARGET &&
		(m->growth_after || lp_mention_target_after_of(m)))
	{
		/* "迈上4万亿元台阶已被…设为…目标": the bound is the target itself */
		m->bound_status = lp_mention_target_set_after(m->s, m->slen, m->q->end) ? -1 :
			lp_mention_bound_beside_target(ss, m);
		m->status = LP_STATUS_TARGET;
	}
	/* 预计 makes an estimate, but not of a target the mention itself names
	 * ("预计全年增长5.5%左右，完成…确定的5.5%左右的预期目标") */
	else if (ss->has_estimate &&
			 !(m->status == LP_STATUS_TARGET && m->ctx->status != LP_STATUS_TARGET) &&
			 /* "长沙2022年预计…增长4.8%，2023年…主要预期目标包括A增长7%左右，B增长
			  * 8%以上": the targets named after the estimate are what follows it */
			 !target_year_after_estimate(doc, ss, m) &&
			 /* "预计增长5.5%，力争6%": a clause of its own naming a target, not 预计 */
			 !(m->clause_start > m->sent_start && m->measure.measure != LP_MEASURE_PLAN_COMPLETION &&
			   lp_census_any(LP_W_TARGET_MARKER, m->s + m->clause_start, upto - m->clause_start) &&
			   !lp_census_any(LP_W_ESTIMATE_MARKER, m->s + m->clause_start, upto - m->clause_start)))
		m->status = LP_STATUS_ESTIMATE;
	else if (m->status == LP_STATUS_ACTUAL && !m->summary &&
			 ((ss->has_target && (lp_part_target_marker_holds(m->ctx->part, m->s, m->clause_start, upto) ||
								  push_list_item(ss, m, upto)) &&
			   /* "今年的目标是增长8%左右，去年增长8%": a clause of last year is its result */
			   !(ss->target_at < m->clause_start && (lp_clause_opens_last_year(m->s, m->clause_start, upto) ||
													   goes_on_from_last_year(m, upto))) &&
			   /* "全年目标2890亿元，1-4月，已完成711.91亿元": what is done of it so far */
			   !(ss->target_at < m->clause_start && done_so_far(m, upto)) &&
			   /* "年度目标增长10%，完成9.2%": the result beside it */
			   !(ss->target_at < m->clause_start && result_opens_clause(m, upto)) &&
			   /* "…的目标，但相较2017年该省地区生产总值增长9.5%": that year's result */
			   !(ss->target_at < m->clause_start && lp_clause_compared_year(m->s, m->clause_start, upto))) ||
			  /* "…。今年全县生产总值预期增长13%，财政总收入增长20%。" after a review */
			  lp_this_year_sentence_marked(m->s, m->full_start, upto)))
		m->status = LP_STATUS_TARGET;
	/* "提出城乡居民收入均增长10%左右，这是近年来的最高预期": proposed, then named expected */
	else if (m->status == LP_STATUS_ACTUAL && !m->summary && lp_mention_proposed_target(m))
		m->status = LP_STATUS_TARGET;
	/* the same in a paragraph of targets ("报告提出，…增长9%，去年…增长7.9%";
	 * "今年我们定在10%。去年全省生产总值…，增长12.1%；…") */
	else if (m->status == LP_STATUS_TARGET && m->ctx->status == LP_STATUS_TARGET && !m->summary &&
			 (lp_clause_opens_last_year(m->s, m->clause_start, upto) ||
			  lp_clause_opens_last_year(m->s, m->full_start, upto)) &&
			 !lp_census_any(LP_W_TARGET_MARKER, m->s + m->clause_start, upto - m->clause_start))
		m->status = LP_STATUS_ACTUAL;
	/* and in a summary list too: a sentence on an earlier year is no item of it */
	else if (m->status == LP_STATUS_TARGET && m->ctx->status == LP_STATUS_TARGET &&
			 lp_mention_opens_year_before_targets(m->s, m->full_start, upto, m->ctx->period.period) &&
			 !lp_census_any(LP_W_TARGET_MARKER, m->s + m->full_start, upto - m->full_start))
		m->status = LP_STATUS_ACTUAL;
	/* "…主要预期目标：…。今年一季度，全市…增长6.1%": a part of the year past, its results */
	else if (m->status == LP_STATUS_TARGET && m->ctx->status == LP_STATUS_TARGET &&
			 m->q->qualifier != LP_Q_APPROX && lp_sentence_opens_part_done(m->s, m->full_start, upto))
		m->status = LP_STATUS_ACTUAL;
	/* "预计增长6%左右（1-11月增长5.8%）", "增长5.5%左右（1-11月增长5.4%）": the note's months are done */
	if ((m->status == LP_STATUS_ESTIMATE || m->status == LP_STATUS_TARGET) &&
		!lp_mention_target_after_of(m) &&
		lp_mention_in_note_of_months(doc, m))
		m->status = LP_STATUS_ACTUAL;
	/* "2024年，…增长3%左右（预计数，下同）" in December's session: its own note says estimate */
	if (m->status != LP_STATUS_ESTIMATE && !m->growth_after &&
		!lp_mention_target_after_of(m) &&
		note_says_estimate(m->s, m->slen, m->q->end) &&
		!lp_census_any(LP_W_TARGET_MARKER, m->s + m->clause_start, upto - m->clause_start))
		m->status = LP_STATUS_ESTIMATE;
	if (m->status != LP_STATUS_TARGET && target_before_result(m))
		m->status = LP_STATUS_TARGET;
	/* "…的目标，高于去年6.1%的实际增速": last year's result beside the target */
	if (m->last_years_rate == 1 || m->last_years_rate == 2)
		m->status = LP_STATUS_ACTUAL;
	/* "增长6.8%，高于6.5%的预期目标": 高于 compares the result before; the target is 6.5 */
	m->compared_target = m->status == LP_STATUS_TARGET && m->bound_status < 0 &&
		ss->prev_end > m->sent_start &&
		(m->q->qualifier == LP_Q_GT || m->q->qualifier == LP_Q_LT) &&
		lp_mention_target_after_of(m);
}

/*
 * A sentence of a review with a target marker that speaks of a later whole
 * year than the review's ("2023年，…获评…。2024年，该县将…。力争实现地区生产
 * 总值增长10%以上，地方公共财政预算收入增长15%以上，…" in news of a county's
 * session in December): the clauses after the marker are aimed at too, not
 * only the one that holds it (lp_part_target_marker_holds).
 */
void
lp_mention_marked_year_after(const lp_sentence *ss, lp_mention *m)
{
	int			y,
				reviewed;

	/* the flags first, the periods' years read only then (issue 18: most mentions stop here) */
	if (m->status != LP_STATUS_ACTUAL || m->summary || !ss->has_target ||
		ss->target_at >= m->q->start ||
		(m->ctx->part != LP_PART_YEAR_REVIEW && m->ctx->part != LP_PART_PLAN_REVIEW))
		return;
	y = lp_period_year(m->period.period);
	reviewed = lp_period_year(m->ctx->period.period);
	if (strspn(m->period.period, "0123456789") != strlen(m->period.period) ||
		reviewed <= 0 || y <= reviewed)
		return;
	m->status = LP_STATUS_TARGET;
}

/*
 * Does the sentence s[from, upto) open on a clause naming the targets and
 * ending on a colon ("主要预期目标是：…", "其他经济目标还包含：…")?  What the
 * colon lists are those targets.  Not targets met or past (target_topic_not).
 */
static int
colon_lead_about_targets(const char *s, size_t from, size_t upto)
{
	size_t		a = lp_skip_space(s, upto, from),
				e;
	int			cl;

	a += lp_words_prefix(LP_W_PART_SALUTATION, s + a, upto - a);
	for (e = a; e < upto; e += (size_t) (cl > 0 ? cl : 1))
		if (lp_is_clause_end(lp_utf8_next(s + e, upto - e, &cl)))
			break;
	return e < upto && (lp_same(s + e, "：", 3) || s[e] == ':') &&
		lp_words_any(LP_W_TARGET_TOPIC, s + a, e - a) &&
		!lp_words_any(LP_W_TARGET_TOPIC_NOT, s + a, e - a);
}

/*
 * The end of the last 目标 in s[from, upto), found on from the walk of the
 * mentions before in the sentence (g): the mentions come in order.
 */
static size_t
last_goals_word(lp_goals_seen *g, const char *s, size_t from, size_t upto)
{
	const char *p;
	size_t		lo;

	if (g->from != from + 1 || upto < g->upto)
	{
		memset(g, 0, sizeof(*g));
		g->from = from + 1;
		g->upto = from;
	}
	/* a 标 ending past the walk before starts at most two bytes before its end */
	lo = g->upto >= from + 2 ? g->upto - 2 : from;
	for (p = lp_find3(s + lo, upto - lo, "标"); p != NULL;
		 p = lp_find3(p + 3, (size_t) (s + upto - p - 3), "标"))
		if ((size_t) (p - s) >= from + 3 && lp_same(p - 3, "目", 3))
			g->last = (size_t) (p - s) + 3;
	g->upto = upto;
	return g->last;
}

/*
 * Are words of target_topic and of target_topic_not in s[from, last)?  A word
 * found below a shorter last stays found; one not found yet can only end
 * past it, so the walk goes on from a word's length before it.
 */
static void
lead_words(lp_goals_seen *g, const char *s, size_t from, size_t last)
{
	static size_t max_topic,
				max_not;
	size_t		lo = from,
				lo_not = from;

	if (g->lead_to == last)
		return;
	if (max_topic == 0)
	{
		max_topic = lp_words_max_len(LP_W_TARGET_TOPIC) + 1;
		max_not = lp_words_max_len(LP_W_TARGET_TOPIC_NOT) + 1;
	}
	if (g->lead_to > from && g->lead_to < last)
	{
		lo = g->lead_to > from + max_topic ? g->lead_to - max_topic : from;
		lo_not = g->lead_to > from + max_not ? g->lead_to - max_not : from;
	}
	else
		g->topic = g->topic_not = 0;
	if (!g->topic)
		g->topic = lp_words_any(LP_W_TARGET_TOPIC, s + lo, last - lo);
	if (!g->topic_not)
		g->topic_not = lp_words_any(LP_W_TARGET_TOPIC_NOT, s + lo_not, last - lo_not);
	g->lead_to = last;
}

/*
 * Does the sentence s[from, upto) name the goals with no colon, its items
 * after 目标 and a verb or a bare comma ("确定发展预期目标，生产总值增长4%；…",
 * "主要预期目标是生产总值增长4%"; lp_goals_tail)?  Like a colon's lead.  The
 * lead is the sentence up to its last 目标, walked once a sentence (g).
 */
static int
goals_lead_without_colon(lp_goals_seen *g, const char *s, size_t from, size_t upto)
{
	size_t		last = last_goals_word(g, s, from, upto);
	int			bare = 0;

	if (last == 0 || lp_goals_tail(s, upto, last, &bare) <= 0)
		return 0;
	lead_words(g, s, from, last);
	return g->topic && !g->topic_not;
}

/*
 * A sentence about the targets naming no year of its own ("对于主要预期目标，
 * 报告中提到，生产总值增长5.5%左右，…" after a paragraph of last year's
 * results): its targets are of the year the text speaks from, not of the
 * year its review is of.
 */
void
lp_mention_topic_targets_year(lp_sentence *ss, lp_mention *m)
{
	char		y[8];

	if (m->status != LP_STATUS_TARGET || m->period.doc_year <= 0 ||
		m->period.basis == LP_PERIOD_SENTENCE || m->period.basis == LP_PERIOD_RELATIVE ||
		strspn(m->period.period, "0123456789") != strlen(m->period.period) ||
		lp_period_year(m->period.period) != m->period.doc_year - 1)
		return;
	/* a colon's list of targets is theirs wherever it stands (news of a session) */
	if (!colon_lead_about_targets(m->s, m->full_start, m->q->start) &&
		!goals_lead_without_colon(&ss->goals, m->s, m->full_start, m->q->start) &&
		(m->summary || (m->ctx->part != LP_PART_YEAR_REVIEW && m->ctx->part != LP_PART_PLAN_REVIEW) ||
		 !lp_sentence_about_targets(m->s, m->full_start, m->q->start)))
		return;
	snprintf(y, sizeof(y), "%d", m->period.doc_year);
	lp_period_decide(&m->period, y, LP_PERIOD_INFERRED);
}
