/*
 * lp_mention_share.c — targets stated beside results ("增长6.8%（年度目标：
 * 增长6.5%）", "，年度目标为8%": a target of the result's subject; figures
 * shared by several subjects are in lp_mention_same.c), a total named by
 * the clause before it ("地区生产总值迈上新台阶，总量突破3万亿元"), and a
 * conversion of the figure before it ("约合20533美元").  Parts of lp_mention_read (lp_mention.c).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fenbie.h"
#include "lp_indicator.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* Is s[a, b) a bracket opening targets beside results ("（年度目标" before 分别为)? */
int
lp_mention_aside_opener(const char *s, size_t a, size_t b)
{
	size_t		p = a;

	while (p < b && (lp_at(s, b, p, "（") || s[p] == '('))
		p += s[p] == '(' ? 1 : 3;
	return p > a && p < b && p + lp_words_prefix(LP_W_ASIDE_TARGET, s + p, b - p) == b;
}

/* Does the subject window name an indicator, its verbs cleaned off ("赤字率拟按")? */
static int
window_names_indicator(const lp_mention *m)
{
	size_t		a = m->window_start,
				b = m->window_end;

	lp_subject_clean(m->s, &a, &b);
	return a < b && lp_indicator_by_suffix(m->s + a, b - a) != NULL;
}

/*
 * A target beside a result in the forms of year-end and part-year briefs:
 * "（年度目标：增长6.5%）" (the colon ends the clause before the figure),
 * "，年度目标为8%" and "比年度目标6.5%高0.1个百分点" (no bracket: only a word
 * of 目标); 2 for the plan before the share of it done ("完成年计划640亿元
 * 的90.9%").
 */
static int
aside_unbracketed(const lp_mention *m)
{
	const char *s = m->s;
	size_t		a = m->window_start,
				b = m->lead_end,	/* the words up to the figure: 为 too */
				c = m->clause_start,
				n,
				k;

	/* "（年度目标：" just before the clause */
	if (c >= 3 && (lp_at(s, m->slen, c - 3, "：") || s[c - 1] == ':'))
	{
		c -= s[c - 1] == ':' ? 1 : 3;
		for (k = c; k > 0 && c - k <= 18; k = lp_prev_char(s, k))
			if (lp_at(s, c, k, "（") || s[k] == '(')
			{
				k += s[k] == '(' ? 1 : 3;
				return k < c && lp_words_prefix(LP_W_ASIDE_TARGET, s + k, c - k) == c - k;
			}
	}
	if (lp_at(s, b, a, "比"))
		a += 3;
	/* "完成年计划640亿元的90.9%": the year's plan, then the share of it done */
	if (lp_at(s, b, a, "完成") && (n = lp_words_prefix(LP_W_ASIDE_TARGET, s + a + 6, b - a - 6)) > 0 &&
		a + 6 + n == b && lp_at(s, m->slen, m->q->end, "的"))
		return 2;
	/* "上涨1.2%，控制在省定目标3%以内": the verb of the target met, then the target */
	if ((n = lp_words_prefix(LP_W_ASIDE_MET_LEAD, s + a, b - a)) > 0 &&
		lp_words_prefix(LP_W_ASIDE_TARGET, s + a + n, b - a - n) > 0)
		a += n;
	n = lp_words_prefix(LP_W_ASIDE_TARGET, s + a, b - a);
	if (n == 0 || n < 6 || !lp_same(s + a + n - 6, "目标", 6))
		return 0;
	a += n;
	lp_trim(s, &a, &b);
	return a == b || (b - a == 3 && (lp_at(s, b, a, "为") || lp_at(s, b, a, "是")));
}

/*
 * A target in brackets after the words comparing the result with it: "增长6.7%，
 * 超过年初预期目标（6.5%）0.2个百分点", "低于年初预期目标(10%)4.2个百分点": a
 * comparison (marker_compared, or comparison_base: "比年初目标（6.5%）低2.3个
 * 百分点", or a verb of the target met, aside_met_lead: "完成预期目标（4%）",
 * "控制在预期目标（5.5%左右）以内") and a word of 目标 (aside_target) just before
 * the bracket holding the figure alone.
 */
static int
aside_compared_in_bracket(const lp_mention *m)
{
	const char *s = m->s;
	size_t		a = m->window_start,
				b = m->lead_end,
				n;

	if (!(lp_at(s, m->slen, m->q->end, "）") || (m->q->end < m->slen && s[m->q->end] == ')')))
		return 0;
	/* the target's own measure word in the bracket: "低于预期目标（增长8%）" */
	if ((n = lp_words_suffix(LP_W_GROWTH, s + a, b - a)) > 0 ||
		(n = lp_words_suffix(LP_W_DECLINE, s + a, b - a)) > 0)
		b -= n;
	if (b >= a + 3 && lp_at(s, b, b - 3, "（"))
		b -= 3;
	else if (b > a && s[b - 1] == '(')
		b--;
	else
		return 0;
	lp_trim(s, &a, &b);
	/* or the base of a comparison, the margin after ("比年初目标（6.5%）低2.3个百分点") */
	if ((n = lp_words_prefix(LP_W_MARKER_COMPARED, s + a, b - a)) == 0 &&
		(n = lp_words_prefix(LP_W_COMPARISON_BASE, s + a, b - a)) == 0 &&
		(n = lp_words_prefix(LP_W_ASIDE_MET_LEAD, s + a, b - a)) == 0)
		return 0;
	a += n;
	n = lp_words_suffix(LP_W_ASIDE_TARGET, s + a, b - a);
	/* at most a word of the year between (年初, 全年): "超过年初预期目标" */
	return n >= 6 && lp_same(s + b - 6, "目标", 6) && b - n - a <= 6;
}

/*
 * Past the bracket opened last in the window s[a, b) and not closed, the
 * brackets at its start ("（年度目标", "，排名全市第1位（预期目标为"); a when none.
 */
static size_t
aside_bracket(const char *s, size_t a, size_t b)
{
	size_t		p;

	if (!lp_bracket_open_before(s, a, b, &p))
		return a;
	while (p < b && (lp_at(s, b, p, "（") || s[p] == '('))
		p += s[p] == '(' ? 1 : 3;
	return p;
}

/*
 * Does the bracket the figure ending at e stands in say its note holds for the
 * items below ("（与年度预期目标6%以上相比，下同）")?  下同 before the bracket
 * closes, within a few characters.
 */
#define SAME_BELOW_BYTES (12 * 3)

static int
bracket_says_same_below(const char *s, size_t len, size_t e)
{
	size_t		lim = e + SAME_BELOW_BYTES < len ? e + SAME_BELOW_BYTES : len,
				p;

	for (p = e; p < lim; p++)
	{
		if (s[p] == ')' || lp_at(s, len, p, "）"))
			return 0;
		if (lp_at(s, len, p, "下同"))
			return 1;
	}
	return 0;
}

/*
 * A figure alone in brackets right after a margin in 个百分点 ("增长7.2%，低0.8
 * 个百分点（8%左右）") a few lines below a note naming the year's target as what
 * the results are compared with (doc->target_note_line): that target.
 */
#define TARGET_NOTE_LINES 40

static int
bare_target_after_margin(const lp_mention_doc *doc, const lp_sentence *ss, const lp_mention *m)
{
	const char *s = m->s;
	size_t		a = ss->prev_end,
				b = m->q->start,
				e = m->q->end,
				ml = strlen("个百分点");

	if (doc->target_note_line == 0 || m->lineno < doc->target_note_line ||
		m->lineno - doc->target_note_line > TARGET_NOTE_LINES || a <= m->sent_start)
		return 0;
	if (!((b == a + 3 && lp_at(s, b, a, "（")) || (b == a + 1 && s[a] == '(')))
		return 0;
	if (!(lp_at(s, m->slen, e, "）") || (e < m->slen && s[e] == ')')))
		return 0;
	return a >= ml && lp_same(s + a - ml, "个百分点", ml);
}

/*
 * A parenthetical target beside an actual: "增长4.1%(目标6.0%左右)" is a
 * target of the subject, and the measure, of the sentence; so is a figure
 * followed by 的目标 ("高于年初人代会13%的目标").
 */

void
lp_mention_aside(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m)
{
	const char *s = m->s;
	size_t		p = m->window_start,
				b = m->window_end;
	int			unbracketed = 0;

	/* "…的90.9%" after the plan: the share of it done */
	if (ss->plan_end > 0 && m->lead_start == ss->plan_end &&
		m->lead_end == m->lead_start + 3 && lp_at(s, m->lead_end, m->lead_start, "的"))
	{
		m->measure.measure = LP_MEASURE_PLAN_COMPLETION;
		m->inherit = 1;
		ss->plan_end = 0;
		return;
	}
	ss->plan_end = 0;
	p = aside_bracket(s, p, b);
	/* the words setting the target ("预期目标为") were taken off the window: the lead has them */
	if (m->lead_end > b)
		b = m->lead_end;
	if (ss->aside_list && lp_fenbie_left(&ss->fenbie))
		m->status = LP_STATUS_TARGET;
	else if (((p > m->window_start && lp_words_prefix(LP_W_ASIDE_TARGET, s + p, b - p)) ||
			  (unbracketed = aside_unbracketed(m)) || aside_compared_in_bracket(m)) && ss->subject[0])
	{
		if (unbracketed == 2)
			ss->plan_end = m->q->end;
		m->status = LP_STATUS_TARGET;
		m->inherit = 1;
		m->aside = 1;
		/* the year's plan is an amount, whatever the measure said before it */
		if (ss->measure != LP_MEASURE_NONE && unbracketed != 2)
			m->measure.measure = ss->measure;
		if (p > m->window_start && bracket_says_same_below(s, m->slen, m->q->end))
			doc->target_note_line = m->lineno;
	}
	/* "低0.8个百分点（8%左右）" under that note: the item's target */
	else if (ss->subject[0] && bare_target_after_margin(doc, ss, m))
	{
		m->status = LP_STATUS_TARGET;
		m->inherit = 1;
		m->aside = 1;
		if (ss->measure != LP_MEASURE_NONE)
			m->measure.measure = ss->measure;
	}
	/*
	 * "增长25.8%，高于年初人代会13%的目标": the target restated beside the
	 * result, when the lead names no indicator of its own (not "确保实现地区
	 * 生产总值增长7%的目标")
	 */
	else if (ss->subject[0] &&
			 lp_words_prefix(LP_W_TARGET_AFTER, s + m->q->end, m->slen - m->q->end) &&
			 !window_names_indicator(m))
	{
		m->status = LP_STATUS_TARGET;
		m->inherit = 1;
		if (ss->measure != LP_MEASURE_NONE && m->measure.measure == LP_MEASURE_LEVEL)
			m->measure.measure = ss->measure;
	}
}

/*
 * "全年地区生产总值迈上新台阶，总量突破3万亿元，增长5.1%": a first figure
 * whose subject is only a word for "its total" (generic_subject) is of the
 * indicator the words before its clause name, with no figure of their own.
 */
void
lp_mention_topic(lp_sentence *ss, lp_mention *m)
{
	size_t		a = m->window_start,
				b = m->window_end,
				p,
				n = 0;
	const char *code;

	if (m->subject[0] || ss->subject[0] || ss->prev_end > m->sent_start)
		return;
	if (m->clause_start <= m->sent_start)
	{
		lp_mention_heading_topic(m);
		return;
	}
	lp_subject_clean(m->s, &a, &b);	/* "总量达到" */
	if (a >= b || lp_words_prefix(LP_W_GENERIC_SUBJECT, m->s + a, b - a) != b - a)
		return;
	for (p = m->sent_start; p < m->clause_start; p++)
	{
		if (lp_utf8_cont(m->s[p]))
			continue;
		code = lp_indicator_by_prefix(m->s + p, m->clause_start - p, &n);
		if (code != NULL)
		{
			lp_subject_copy(m->subject, m->s, p, p + n);
			return;
		}
	}
}

/*
 * "全年民营经济增加值1121.8亿元，…，对GDP增长的贡献率为47%，总量占GDP的56%":
 * a share whose subject is only a word for "its total" (generic_subject)
 * before the whole (总量占GDP) is of the thing the sentence is about, its
 * first subject, when that names an indicator (the subject just before may be
 * another: the contribution's).
 */
void
lp_mention_total_share(const lp_sentence *ss, lp_mention *m)
{
	size_t		n = strlen(m->subject),
				g = lp_words_prefix(LP_W_GENERIC_SUBJECT, m->subject, n),
				il = 0;

	if (m->measure.measure != LP_MEASURE_SHARE || g == 0 || g >= n ||
		lp_words_prefix(LP_W_SHARE_OF, m->subject + g, n - g) == 0 ||
		lp_indicator_suffix(ss->first_subject, strlen(ss->first_subject), &il) == NULL)
		return;
	lp_copy_str(m->subject, sizeof(m->subject), ss->first_subject);
}

/* Does the sentence at a go on with a quote and name no time at its start? */
int
lp_mention_quote_goes_on(const char *s, size_t slen, size_t a)
{
	return lp_quote_open_at(s, a) &&
		lp_find_year(s + a, lp_ahead(s, slen, a, 12) - a, NULL) == 0 &&
		!lp_at(s, slen, a, "去年") && !lp_at(s, slen, a, "上年");
}

/*
 * "预计当年CPI涨幅将超过4%的年度控制目标": a comparison before a number
 * named a target says where the result stands and gives no figure of its
 * own.  The number is then the target (eq) and a bound of the result, with
 * the status the sentence gives the result (here an estimate): -1 when not.
 * Only the sentence's first figure: after an exact result ("增长6.8%，高于
 * 6%的预期目标") the bound says nothing more.  A prefix that is itself a
 * target's verb compares nothing: "失业率控制在5.5%以内的目标" is one target
 * (le), no result's bound.
 */
int
lp_mention_bound_beside_target(const lp_sentence *ss, const lp_mention *m)
{
	lp_qualifier q = m->q->qualifier;

	if (m->q->start == m->q->num_start || ss->prev_end > m->sent_start ||
		!(q == LP_Q_GT || q == LP_Q_GE || q == LP_Q_LT || q == LP_Q_LE) ||
		lp_words_prefix(LP_W_TARGET_MARKER, m->s + m->q->start, m->q->num_start - m->q->start) > 0)
		return -1;
	return ss->has_estimate ? LP_STATUS_ESTIMATE : (int) m->status;
}

/*
 * Is the figure named a target after it: "增长6%的预期目标", or "8.5%是稳中求
 * 进的目标" (是, at most TARGET_AFTER_GAP characters, a 的…目标 word ending
 * the clause)?
 */
#define TARGET_AFTER_GAP 8

/* Does a 目标 end the clause within TARGET_AFTER_GAP characters of s[p]? */
static int
target_ends_clause(const char *s, size_t len, size_t p)
{
	int			k,
				cl;

	for (k = 0; p < len && k <= TARGET_AFTER_GAP; p += (size_t) cl, k++)
	{
		uint32_t	cp = lp_utf8_next(s + p, len - p, &cl);

		if (lp_is_clause_end(cp))
			return 0;
		if (lp_at(s, len, p, "目标"))
			return p + 6 >= len || lp_is_clause_end(lp_utf8_next(s + p + 6, len - p - 6, &cl));
	}
	return 0;
}

int
lp_mention_target_after(const char *s, size_t len, size_t e)
{
	size_t		p,
				n;
	int			k,
				cl;

	if (lp_words_prefix(LP_W_TARGET_AFTER, s + e, len - e) > 0 || lp_mention_target_set_after(s, len, e))
		return 1;
	/* "将“增长5%-5.5%”列为主要预期目标": the quote closes, the verb names it */
	if (lp_at(s, len, e, "”") && (n = lp_words_prefix(LP_W_TARGET_LISTED, s + e + 3, len - e - 3)) > 0)
		return target_ends_clause(s, len, e + 3 + n);
	if (!lp_at(s, len, e, "是"))
		return 0;
	for (p = e + 3, k = 0; p < len && k <= TARGET_AFTER_GAP; p += (size_t) cl, k++)
	{
		uint32_t	cp = lp_utf8_next(s + p, len - p, &cl);

		if (lp_is_clause_end(cp))
			return 0;
		if (lp_at(s, len, p, "的") && (n = lp_words_prefix(LP_W_TARGET_AFTER, s + p, len - p)) > 0)
		{
			size_t		q = p + n;

			return q >= len || lp_is_clause_end(lp_utf8_next(s + q, len - q, &cl));
		}
	}
	return 0;
}

int
lp_mention_target_after_of(lp_mention *m)
{
	if (m->target_after == 0)
		m->target_after = lp_mention_target_after(m->s, m->slen, m->q->end) ? 2 : 1;
	return m->target_after == 2;
}

/*
 * "一、二、三产业增加值分别占全县生产总值的13.4%、63.9%、22.7%": the whole
 * the shares are of stands between 分别 and the first value; it names no
 * item of the list.
 */
int
lp_mention_share_of_list(const lp_mention *m, size_t a, size_t b)
{
	return m->measure.measure == LP_MEASURE_SHARE &&
		lp_words_prefix(LP_W_SHARE_OF, m->s + a, b - a) > 0;
}

/*
 * The indicator the fact just emitted for m read from its subject's span,
 * when that is a flow its clause named ("新增市场主体": not the stock the
 * subject alone names); NULL otherwise.
 */
const char *
lp_mention_flow_code(const lp_mention_doc *doc, const lp_mention *m)
{
	const lp_fact *f = doc->out->n > 0 ? &doc->out->items[doc->out->n - 1] : NULL;

	if (f == NULL || f->line != m->lineno || f->span_start != m->span_start ||
		f->indicator == NULL)
		return NULL;
	/* (a region's growth target names its own figure only: "山西省提出的目标增速为
	 * 6.5%，…，但比去年5.5%左右的目标增速快" compares with last year's target) */
	if (lp_indicator_region_growth_target(m->subject, strlen(m->subject)) != NULL)
		return NULL;
	return lp_indicator_by_suffix(m->subject, strlen(m->subject)) != f->indicator ?
		f->indicator : NULL;
}

/*
 * "新增规上工业企业24家，总数达到159家": the second figure's lead says it is
 * the total, the stock the flow adds to; the flow's code is not carried to it.
 * The window is the figure's own few words.
 */
int
lp_mention_names_total(const lp_mention *m)
{
	size_t		p;

	for (p = m->window_start; p + 6 <= m->window_end; p++)
		if (lp_same(m->s + p, "总数", 6) || lp_same(m->s + p, "总量", 6))
			return 1;
	return 0;
}

/*
 * Is m a change of an indicator its own clause names ("城镇化率提高1.5个百分点"),
 * not a comparison ("比年度预期目标低1.9个百分点", "高于全国0.5个百分点")?
 */
int
lp_mention_change_of_named_indicator(const lp_mention *m)
{
	size_t		n = strlen(m->subject);

	if (m->subject_start >= m->subject_end || m->subject_start < m->clause_start)
		return 0;
	if (lp_words_prefix(LP_W_COMPARISON_BASE, m->subject, n) > 0 ||
		strncmp(m->subject, "高于", strlen("高于")) == 0 ||
		strncmp(m->subject, "低于", strlen("低于")) == 0 ||
		strstr(m->subject, "目标") != NULL)
		return 0;
	return lp_indicator_by_suffix(m->subject, n) != NULL;
}

/* "佛山成为广东第二个规上工业总产值突破3万亿元的城市": that place's figure, not the report's */
int
lp_mention_describes_place(const lp_mention *m)
{
	return lp_words_prefix(LP_W_PLACE_DESCRIBED, m->s + m->q->end, m->slen - m->q->end) > 0;
}

/*
 * "要重点做好以下八个方面的工作", "抓好…三项基本任务", "——关于经济发展类目标
 * （13个）": a count (dimension count) whose counted noun, after it up to the
 * clause's end, or whose subject's last word before an opening bracket, is a
 * task, an aspect, a target or a project (words.tsv counted_tasks).  The
 * caller asks only for a figure naming no indicator.
 */
int
lp_mention_counts_tasks(const lp_mention *m)
{
	size_t		e = m->q->end,
				b = e,
				n = strlen(m->subject);
	int			steps = 0;

	/* a span of years counted ("再奋斗五年", "普及九年义务教育") measures no indicator either */
	if (m->q->dimension != NULL && strcmp(m->q->dimension, "duration") == 0)
		return 1;
	if (m->q->dimension == NULL || strcmp(m->q->dimension, "count") != 0)
		return 0;
	while (b < m->slen && steps++ < 16)
	{
		int			k;
		uint32_t	cp = lp_utf8_next(m->s + b, m->slen - b, &k);

		if (lp_is_clause_end(cp) || lp_is_list_sep(cp))
			break;
		b += (size_t) (k > 0 ? k : 1);
	}
	if (lp_census_any(LP_W_COUNTED_TASKS, m->s + e, b - e))
		return 1;
	if (n >= 3 && strcmp(m->subject + n - 3, "（") == 0)
		n -= 3;
	else if (n >= 1 && m->subject[n - 1] == '(')
		n--;
	return lp_words_suffix(LP_W_COUNTED_TASKS, m->subject, n) > 0;
}

/*
 * Does m's paragraph or full sentence open with words adding to proposals
 * told before ("报告还提出，今年将实施重点项目160个，完成投资380亿元"; words.tsv
 * proposal_added)?  What it adds are projects and tasks below the targets.
 */
int
lp_mention_adds_to_proposals(const lp_mention *m)
{
	size_t		a = lp_skip_space(m->s, m->slen, 0),
				b = lp_skip_space(m->s, m->slen, m->full_start);

	return lp_words_prefix(LP_W_PROPOSAL_ADDED, m->s + a, m->slen - a) > 0 ||
		(b < m->slen && lp_words_prefix(LP_W_PROPOSAL_ADDED, m->s + b, m->slen - b) > 0);
}

/*
 * "全年民营经济增加值122.6亿元，…。其中，第一产业增加值44.6亿元": after 其中
 * a sector (words.tsv sector_name) is a part of the value added the sentence
 * before opened with (prior), when that is another's than a sector's
 * ("地区生产总值…。其中，第一产业…" is the economy's).
 */
int
lp_mention_sector_of_other(const char *prior, const char *subject)
{
	size_t		n = strlen(prior);

	return n > 6 && (memcmp(prior + n - 6, "投资", 6) == 0 ||
					 (n > 9 && memcmp(prior + n - 9, "增加值", 9) == 0)) &&
		lp_words_prefix(LP_W_SECTOR_NAME, subject, strlen(subject)) > 0 &&
		!lp_words_any(LP_W_SECTOR_NAME, prior, n);
}

/*
 * Is m's figure one no one states as a result: a word of words.tsv
 * unasserted before it in its sentence ("如果全市GDP超过一千亿元，…", "…曾提到，
 * 去年的GDP接近万亿")?  A condition of counting after 如果 ("如果剔除价格因素，
 * 增长5%", words.tsv condition) leaves the figure a result, and so does a
 * comparison (words.tsv unasserted_rhetoric: "如果说2023年是恢复之年，那么
 * 2024年…增长6.1%").
 */
/* Bytes after a figure a question mark may end its clause in ("能破2万亿吗？") */
#define QUESTION_REACH (4 * 3)

/*
 * Does the figure's clause end in a question mark ("GDP今年破两亿元？", "杭州
 * 今年GDP能破2万亿吗？")?  A news title asking asserts no figure.  Only the
 * full-width ？: an ASCII ? stands for a lost character in a damaged page.
 */
static int
figure_asked(const lp_mention *m)
{
	size_t		i = m->q->end,
				lim = i + QUESTION_REACH + 3 < m->slen ? i + QUESTION_REACH + 3 : m->slen;

	/* the first byte first: ？，；！ open with EF, 。 with E3; the ASCII marks
	 * (and NUL, which strchr's set held) end it; any other byte goes on */
	for (; i + 3 <= lim; i++)
	{
		unsigned char c = (unsigned char) m->s[i];

		if (c == 0xEF || c == 0xE3)
		{
			if (memcmp(m->s + i, "？", 3) == 0)
				return 1;
			if (memcmp(m->s + i, "，", 3) == 0 || memcmp(m->s + i, "。", 3) == 0 ||
				memcmp(m->s + i, "；", 3) == 0 || memcmp(m->s + i, "！", 3) == 0)
				return 0;
		}
		else if (c == ',' || c == ';' || c == '.' || c == '!' || c == '\n' || c == '\0')
			return 0;
	}
	return 0;
}

int
lp_mention_unasserted(const lp_mention *m, lp_forecaster_seen *seen)
{
	static size_t longest;
	size_t		from = m->full_start < m->q->start ? m->full_start : m->q->start,
				start = from,
				wl = 0,
				w;
	long		at;

	if (figure_asked(m))
		return 1;
	/*
	 * the mentions of a sentence scan on from where the one before found none
	 * (less the longest word: one may run on past it), as
	 * lp_forecast_by_other_in does
	 */
	if (seen->from == start + 1)
	{
		if (m->q->start <= seen->none_to)
			return 0;
		if (longest == 0)
			longest = lp_words_max_len(LP_W_UNASSERTED);
		if (seen->none_to > start + longest)
			from = seen->none_to - longest;
		while (from > start && lp_utf8_cont(m->s[from]))
			from--;
	}
	if (lp_census_find(LP_W_UNASSERTED, m->s + from, m->q->start - from, NULL) < 0)
	{
		seen->from = start + 1;
		seen->none_to = m->q->start;
		return 0;
	}
	while ((at = lp_census_find(LP_W_UNASSERTED, m->s + from, m->q->start - from, &wl)) >= 0)
	{
		w = from + (size_t) at;
		from = w + wl;
		if (lp_words_prefix(LP_W_UNASSERTED_RHETORIC, m->s + w, m->q->start - w) == 0)
			return lp_words_prefix(LP_W_CONDITION, m->s + from, m->q->start - from) == 0;
	}
	return 0;
}

/*
 * Is m's figure a conversion of the figure before it: a verb of conversion
 * right before its number ("人均生产总值约合20533美元", "折算为9847美元"),
 * or a subject naming an exchange rate ("按2018年平均汇率计算为2865美元")?
 */
static int
mention_is_conversion(const lp_mention *m)
{
	size_t		from = m->clause_start < m->q->start ? m->clause_start : m->q->start;

	return lp_words_suffix(LP_W_CONVERSION_VERB, m->s + from, m->q->start - from) > 0 ||
		lp_words_prefix(LP_W_CONVERSION_VERB, m->s + m->q->start, m->q->end - m->q->start) > 0 ||
		(m->subject[0] && lp_words_any(LP_W_CONVERSION_BASIS, m->subject, strlen(m->subject)));
}

/*
 * A figure in dollars after an exchange rate and its verb in its sentence
 * ("按年平均汇率折算达到1.2万美元，首次突破1万美元大关", "按年平均汇率折算，人均
 * GDP突破1万美元大关"): the yuan figure told in dollars, a conversion whatever
 * word comes before the number.  (Looked back LP_MAX_LOOKBACK bytes at most;
 * the first 汇率 there is the one asked.)
 */
static int
dollars_at_exchange_rate(const lp_mention *m)
{
	size_t		lo = m->q->start > m->sent_start + LP_MAX_LOOKBACK ?
		m->q->start - LP_MAX_LOOKBACK : m->sent_start;
	const char *rate;

	if (strstr(m->q->unit, "美元") == NULL ||
		(rate = lp_find_lit(m->s + lo, m->q->start - lo, "汇率", 6)) == NULL)
		return 0;
	/* the rate's verb right after it (not "汇率稳定…，按美元计算") */
	lo = (size_t) (rate - m->s) + 6;
	return lp_at(m->s, m->q->start, lo, "折算") || lp_at(m->s, m->q->start, lo, "计算");
}

/*
 * A level in a bracket opened after the figure before it, under words naming
 * no indicator ("一般公共预算收入完成7.46亿元（剔除留抵退税后为7.02亿元），增长
 * 6.9%"): the same quantity on another basis.  The sentence goes on with the
 * figure before the bracket, as after a conversion.
 */
static int
restated_in_note(const lp_sentence *ss, const lp_mention *m)
{
	return m->measure.measure == LP_MEASURE_LEVEL && ss->subject[0] &&
		ss->prev_end > 0 && ss->prev_end < m->q->start &&
		lp_bracket_open_before(m->s, ss->prev_end, m->q->start, NULL) &&
		m->inherited_code == NULL &&
		lp_indicator_by_suffix(m->subject, strlen(m->subject)) == NULL;
}

/*
 * A conversion of a figure before it in the sentence names no indicator's
 * level: its subject is the conversion ("实际使用外资折合人民币35亿元", the
 * sentence's first figure, is the level it states).  A level restated in a bracket is no
 * conversion, but is not carried either (restated_in_note).
 */
void
lp_mention_conversion(const lp_sentence *ss, lp_mention *m)
{
	m->restated = restated_in_note(ss, m);
	m->conversion = m->measure.measure == LP_MEASURE_LEVEL &&
		((ss->subject[0] && mention_is_conversion(m)) || dollars_at_exchange_rate(m));
	if (m->conversion)
	{
		lp_copy_str(m->subject, sizeof(m->subject), "折合");
		m->subject_start = m->subject_end = 0;
		m->inherited_code = NULL;
	}
}

int
lp_mention_in_note_of_months(const lp_mention_doc *doc, const lp_mention *m)
{
	const lp_end_marks *br = lp_clause_brackets_of(&doc->marks, m->s, m->slen);
	size_t		b = m->q->start,
				i = b,
				lo = m->sent_start + 256 < i ? i - 256 : m->sent_start,
				k = 0;

	/* over the line's brackets when marked: those from the character holding lo on */
	if (br && b > lo)
	{
		while (lo > 0 && lp_utf8_cont(m->s[lo]))
			lo--;
		k = lp_marks_before(br, b);
	}
	while (br ? k-- > 0 && br->at[k] >= lo : i > lo)
	{
		i = br ? br->at[k] : lp_prev_char(m->s, i);
		if (lp_at(m->s, b, i, "）") || m->s[i] == ')')
			return 0;
		if (lp_at(m->s, b, i, "（") || m->s[i] == '(')
			return i > m->sent_start &&
				lp_has_period_word(m->s + i, b - i) != 0 &&
				lp_find_year(m->s + i, b - i, NULL) == 0 &&
				!lp_census_any(LP_W_TARGET_MARKER, m->s + i, b - i) &&
				!lp_census_any(LP_W_ESTIMATE_MARKER, m->s + i, b - i);
	}
	return 0;
}

/*
 * Is the figure at s[upto] another's forecast: a forecaster (words.tsv
 * forecaster: IMF, 世界银行, 经济学家…) named in its sentence from from on,
 * then a verb of forecasting (forecast_verb: 预测, 预期…) before the figure?
 * "IMF最新发布的世界经济展望预测2021年中国GDP增长8%" is not the text's figure.
 */
int
lp_forecast_by_other(const char *s, size_t from, size_t upto)
{
	size_t		wl = 0;
	long		at;

	if (upto <= from || (at = lp_census_find(LP_W_FORECASTER, s + from, upto - from, &wl)) < 0)
		return 0;
	from += (size_t) at + wl;
	return lp_census_find(LP_W_FORECAST_VERB, s + from, upto - from, &wl) >= 0;
}

/*
 * A forecaster fitting in s[from, upto) that none fits in s[from, none_to)
 * before it starts after none_to minus the longest forecaster: only that
 * stretch is looked at.  The answer is lp_forecast_by_other's.
 */
int
lp_forecast_by_other_in(const char *s, size_t from, size_t upto, lp_forecaster_seen *seen)
{
	static size_t longest;
	size_t		r = from;

	if (upto <= from)
		return 0;
	if (seen->from == from + 1)
	{
		if (upto <= seen->none_to)
			return 0;
		if (longest == 0)
			longest = lp_words_max_len(LP_W_FORECASTER);
		if (seen->none_to > from + longest)
			r = seen->none_to - longest;
		while (r > from && lp_utf8_cont(s[r]))
			r--;
	}
	if (lp_census_find(LP_W_FORECASTER, s + r, upto - r, NULL) < 0)
	{
		seen->from = from + 1;
		seen->none_to = upto;
		return 0;
	}
	return lp_forecast_by_other(s, from, upto);
}
