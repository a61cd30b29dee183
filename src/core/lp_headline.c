/*
 * lp_headline.c — which facts are the report's headline indicators.
 *
 * A report's summary list ("——地区生产总值增长8.0%；") states its headline
 * indicators.  A report without one (a repost, a news item) still states
 * known indicators in sentences: those are candidates, kept where no
 * summary list covers their period and status.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_text.h"
#include "lp_indicator.h"
#include "lp_words.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_KEYS 64				/* (period, status) pairs covered by summary lists */

/* "较2029年进出口5.4%的增速有所反弹": a subject opening with 较 or 比 and a year
 * names the base the year's figure is compared with; its rate is that year's */
static int
subject_of_base_year(const char *subj)
{
	const char *y = subj + 3;

	if (strncmp(subj, "较", 3) != 0 && strncmp(subj, "比", 3) != 0)
		return 0;
	return (y[0] == '1' || y[0] == '2') && isdigit((unsigned char) y[1]) &&
		isdigit((unsigned char) y[2]) && isdigit((unsigned char) y[3]) && strncmp(y + 4, "年", 3) == 0;
}

/* A goal set as a rise in the indicator's own unit ("人均预期寿命再提高1岁"):
 * the plan's aim for its level, like a rise in 个百分点 of a rate */
static int
target_change_in_own_unit(const lp_fact *f)
{
	const char *u = lp_indicator_default_unit(f->indicator);

	return u != NULL && u[0] && strcmp(u, f->q.unit) == 0;
}

/* Does the subject name parts of the jurisdiction or a foreign economy? */
static int
subject_not_own(const char *subject)
{
	static const lp_word_kind kinds[] = {LP_W_SUBJECT_SUB_REGION, LP_W_SUBJECT_FOREIGN};
	long		at[2];

	return lp_words_find_each(kinds, 2, subject, strlen(subject), at, NULL) > 0;
}

/*
 * (The rules only ever refuse, so a mention this says no of is no headline
 * whatever they say, and they are not asked: issue 18, the subject's words
 * were looked up for every figure.)
 */
unsigned char
lp_headline_unless_refused(const lp_fact *f, int summary)
{
	/* a summary item names what it measures: "完成年度预算的101.2%" alone does not */
	if (summary)
		return f->indicator || f->subject ? LP_HEADLINE_YES : LP_HEADLINE_NO;
	if (f->indicator && (f->measure == LP_MEASURE_LEVEL || f->measure == LP_MEASURE_GROWTH ||
						 f->measure == LP_MEASURE_SHARE))
		return LP_HEADLINE_CANDIDATE;
	/* a target set as a change ("城镇化率提高1.5个百分点左右"): a review's are comparisons */
	if (f->indicator && f->measure == LP_MEASURE_CHANGE && f->status == LP_STATUS_TARGET &&
		(strcmp(f->q.unit, "个百分点") == 0 || target_change_in_own_unit(f)))
		return LP_HEADLINE_CANDIDATE;
	return LP_HEADLINE_NO;
}

unsigned char
lp_headline_of_mention(const lp_fact *f, int summary, lp_part part)
{
	unsigned char kept;

	if (!lp_part_has_headline(part) || (kept = lp_headline_unless_refused(f, summary)) == LP_HEADLINE_NO)
		return LP_HEADLINE_NO;
	/* the share of a plan done ("完成全年目标的102%") is no headline (HEADLINE_SPEC) */
	if (f->measure == LP_MEASURE_PLAN_COMPLETION)
		return LP_HEADLINE_NO;
	/* the goals of a plan: its end levels, not its average rates (年均增长5%) */
	if (part == LP_PART_PLAN_GOALS && f->measure == LP_MEASURE_GROWTH && strchr(f->period, '-'))
		return LP_HEADLINE_NO;
	/* nor outside a review (where "规划目标为年均增长6%左右" stands beside its result):
	 * a target rate over years ("提出“十五五”时期年均增长5%左右") */
	if (f->status == LP_STATUS_TARGET && f->measure == LP_MEASURE_GROWTH && strlen(f->period) == 9 &&
		f->period[4] == '-' && part != LP_PART_YEAR_REVIEW && part != LP_PART_PLAN_REVIEW)
		return LP_HEADLINE_NO;
	/* a multiple of a base year is no level ("比2010年翻一番以上": 2倍) */
	if (f->measure == LP_MEASURE_LEVEL && strcmp(f->q.unit, "倍") == 0)
		return LP_HEADLINE_NO;
	/* a margin over a base ("…高于全国平均水平0.5个百分点以上"): no change of the indicator */
	if (f->measure == LP_MEASURE_CHANGE && f->subject &&
		lp_margin_over_base(f->subject, 0, strlen(f->subject)))
		return LP_HEADLINE_NO;
	/*
	 * the figure of parts of the jurisdiction ("10个省直管县汇总GDP增长8.6%")
	 * is theirs; a foreign economy's figure in a national item
	 * ("某国2030年GDP为8000亿美元") is its own (both kinds in one pass)
	 */
	if (f->subject && subject_not_own(f->subject))
		return LP_HEADLINE_NO;
	if (f->subject && subject_of_base_year(f->subject))
		return LP_HEADLINE_NO;
	/* ... and "后者2030年GDP为…" after one names the other just before */
	if (f->subject && f->evidence && (strncmp(f->subject, "后者", 6) == 0 || strncmp(f->subject, "前者", 6) == 0) &&
		lp_words_any(LP_W_SUBJECT_FOREIGN, f->evidence, strlen(f->evidence)))
		return LP_HEADLINE_NO;
	/* "12项主要指标", "约束性指标3项": a count of the indicators, none of them */
	if (!f->indicator && f->subject && strlen(f->subject) >= 6 &&
		strcmp(f->subject + strlen(f->subject) - 6, "指标") == 0)
		return LP_HEADLINE_NO;
	/* a summary item naming a part of an indicator and no indicator ("限上社零额增长15%") */
	if (summary && !f->indicator && f->subject &&
		lp_words_prefix(LP_W_SUBJECT_PART_OF, f->subject, strlen(f->subject)) > 0)
		return LP_HEADLINE_NO;
	return kept;
}

unsigned char
lp_headline_of_table_row(const lp_fact *f)
{
	/* a plan table's rate over its years (年均增长 5%左右, 2026-2030; not 2024M01-04) is no end level */
	if (f->measure == LP_MEASURE_GROWTH && strchr(f->period, '-') && !strpbrk(f->period, "HQM"))
		return LP_HEADLINE_NO;
	return f->indicator ? LP_HEADLINE_CANDIDATE : LP_HEADLINE_NO;
}

unsigned char
lp_headline_of_item(const lp_fact *f)
{
	return f->indicator && f->measure != LP_MEASURE_PLAN_COMPLETION ? LP_HEADLINE_YES : LP_HEADLINE_NO;
}

/*
 * Is f, the only figure of its key in the summary lists, a target told in a
 * sentence of prose ("去年全市GDP增长5.8%，今年预期目标为6%左右" in a colour
 * piece), its sentence holding no colon of a list's intro ("主要预期目标是：
 * 地区生产总值增长6%左右" is a list of one)?  It lists nothing: the targets
 * told after it are no body below a list.
 */
static int
one_target_in_prose(const lp_fact *f)
{
	return f->status == LP_STATUS_TARGET && f->evidence != NULL &&
		strchr(f->evidence, ':') == NULL && strstr(f->evidence, "：") == NULL;
}

/*
 * One summary fact per (period, status, report) the summary lists state
 * (a target told alone in prose aside); their count.
 */
static int
summary_keys(const lp_facts *out, const lp_fact **covered, const int *block, size_t nlines)
{
	int			ncovered = 0,
				items[MAX_KEYS],
				n,
				k;
	size_t		i;

	for (i = 0; i < out->n && ncovered < MAX_KEYS; i++)
	{
		const lp_fact *g = &out->items[i];

		/* a dash line naming no indicator ("——抓好三项基本任务") is no summary of
		 * them, nor a list adding to targets stated before it (其他目标包括：) */
		if (g->summary != 1 || g->indicator == NULL)
			continue;
		for (k = 0; k < ncovered; k++)
			if (lp_headline_same_period_status(covered[k], g) &&
				lp_headline_same_block(covered[k], g, block, nlines))
				break;
		if (k == ncovered)
		{
			items[ncovered] = 0;
			covered[ncovered++] = g;
		}
		items[k]++;
	}
	for (k = n = 0; k < ncovered; k++)
		if (items[k] >= 2 || !one_target_in_prose(covered[k]))
			covered[n++] = covered[k];
	return n;
}

/*
 * A row of a table whose column names its period (the plan table of a plan
 * report) stands beside the summary: a summary of that period hides it only
 * when the summary states the same indicator and measure.  The summary
 * facts are gathered once, MAX_STATED at most (more: every row is hidden).
 */
#define MAX_STATED 256

typedef struct stated
{
	const lp_fact *items[MAX_STATED];
	int			n;				/* -1: too many to keep */
} stated;

static void
gather_stated(const lp_facts *out, stated *st)
{
	size_t		i;

	st->n = 0;
	for (i = 0; i < out->n; i++)
		if (out->items[i].summary)
		{
			if (st->n == MAX_STATED)
			{
				st->n = -1;
				return;
			}
			st->items[st->n++] = &out->items[i];
		}
}

static int
summary_states(const stated *st, const lp_fact *f)
{
	int			k;

	if (f->period_basis != LP_PERIOD_COLUMN || st->n < 0)
		return 1;
	for (k = 0; k < st->n; k++)
	{
		const lp_fact *g = st->items[k];

		if (g->indicator == f->indicator && g->measure == f->measure && lp_headline_same_period_status(g, f))
			return 1;
	}
	return 0;
}

/* Is g a growth over years (年均增长8.5%: a growth the headline refused in a
 * sentence whose level it did not, or one given the years it spans)? */
static int
growth_over_years(const lp_fact *g)
{
	return g->measure == LP_MEASURE_GROWTH &&
		((strlen(g->period) == 9 && g->period[4] == '-') || g->headline == LP_HEADLINE_NO);
}

/*
 * What the next figure of f's indicator in its sentence says of the level
 * f: 1 it spans years or multiplies a base (是2007年的2.3倍), 0 it is the
 * year's own growth, -1 there is none.  Both walks look at most
 * SENTENCE_REACH facts away: a line of many sentences of one indicator
 * ("…3216.8亿元，…；同比增长5.6%；" repeated) was walked to its end for each.
 */
#define SENTENCE_REACH 64

static int
next_figure_spans(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		j;

	for (j = i + 1; j < out->n && lp_fact_same_line(&out->items[j], f) && j - i <= SENTENCE_REACH; j++)
	{
		const lp_fact *g = &out->items[j];

		/* (五年 of 五年年均增长 is no figure of the indicator, nor a 名义增长 before the real) */
		if (g->evidence != f->evidence || g->indicator != f->indicator ||
			strcmp(g->q.unit, "年") == 0 || g->nominal)
			continue;
		return growth_over_years(g) ||
			(g->measure == LP_MEASURE_LEVEL && strcmp(g->q.unit, "倍") == 0);
	}
	return -1;
}

/* Does an average of f's indicator come before f in its sentence? */
static int
average_before(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		j;

	for (j = i; j-- > 0 && lp_fact_same_line(&out->items[j], f) && i - j <= SENTENCE_REACH;)
	{
		const lp_fact *g = &out->items[j];

		if (g->evidence == f->evidence && g->indicator == f->indicator &&
			g->measure == LP_MEASURE_GROWTH)
			return growth_over_years(g);
	}
	return 0;
}

/* Is the indicator counted in years (受教育年限)? Any other's level in 年 is a span. */
static int
counted_in_years(const char *code)
{
	const char *u = lp_indicator_default_unit(code);

	return u != NULL && strcmp(u, "年") == 0;
}

/*
 * A level whose next figure in its sentence, of its indicator, spans years
 * or multiplies a base is the end of a review of five years, history
 * ("预计2015年全市实现地区生产总值450亿元，五年年均增长8.5%"); a level
 * followed by the year's growth stays.  So are the levels after it in that
 * sentence ("…，人均生产总值6.1万元") and a level after an average of its
 * indicator ("GDP年均增长10.1%，…，2015年经济总量预计达1.8万亿元以上"),
 * unless the year's growth follows them.  Not on a line of the year's
 * results with averages appended (lp_headline_appends_averages).
 */
static void
end_levels_of_spans(lp_facts *out)
{
	const char *ended = NULL;	/* the sentence of the last end level */
	size_t		i,
				line_end = 0;
	int			appended = 0;	/* the line is the year's, averages appended */

	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];
		int			next;

		if (i >= line_end)
		{
			line_end = lp_headline_line_end(out, i);
			appended = lp_headline_appends_averages(out, i, line_end);
		}
		if (f->measure != LP_MEASURE_LEVEL || f->headline == LP_HEADLINE_NO ||
			f->indicator == NULL || f->status == LP_STATUS_TARGET)
			continue;
		next = next_figure_spans(out, i);
		/* (五年 of 五年年均增长 is no level: it ends no sentence of end levels;
		 * 近3年 after 生产总值 is a span of years, no level of an indicator
		 * not counted in years) */
		if (strcmp(f->q.unit, "年") == 0)
		{
			if (next == 1 || !counted_in_years(f->indicator))
				f->headline = LP_HEADLINE_NO;
			continue;
		}
		if (appended)
			continue;
		if (next == 1 ||
			(next == -1 && f->evidence && (f->evidence == ended || average_before(out, i))))
		{
			f->headline = LP_HEADLINE_NO;
			ended = f->evidence;
		}
	}
}

/*
 * A figure stated twice, once with its qualifier and once without ("苏州
 * 定下6.5%增速目标" in a title, "增长目标6.5%左右" in the body), is one row:
 * the statement with the qualifier (of one report of a roundup).  Compared
 * over the first MAX_STATED headline facts.
 */
static void
qualifier_stated_elsewhere(lp_facts *out, const int *block, size_t nlines)
{
	lp_fact    *h[MAX_STATED];
	int			n = 0,
				a,
				b;
	size_t		i;

	for (i = 0; i < out->n && n < MAX_STATED; i++)
		if (out->items[i].headline == LP_HEADLINE_YES && out->items[i].has_quantity)
			h[n++] = &out->items[i];
	for (a = 0; a < n; a++)
		for (b = 0; b < n && h[a]->q.qualifier == LP_Q_EQ; b++)
			if (h[b]->q.qualifier != LP_Q_EQ && !lp_fact_same_line(h[b], h[a]) &&
				h[b]->indicator == h[a]->indicator && h[b]->measure == h[a]->measure &&
				lp_headline_same_period_status(h[b], h[a]) && strcmp(h[b]->q.value, h[a]->q.value) == 0 &&
				lp_headline_same_block(h[b], h[a], block, nlines) &&
				h[b]->q.value_hi[0] == '\0' && strcmp(h[b]->q.unit, h[a]->q.unit) == 0)
				h[a]->headline = LP_HEADLINE_NO;
}

/*
 * A short line right after a line of summary items, stating only figures
 * of named indicators of the same period and status, goes on with the list
 * ("…主要预期目标为：…外贸进出口总额增长10%。⏎全省财政预算收入665亿元，
 * 支出790亿元。"): its figures are items too.  At most three of them, and
 * items in words beside them ("…；完成…等年度节能减排任务").
 */
#define LIST_TAIL_FACTS 3

static int
continues_summary(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		a = i,
				b = i,
				j;
	int			prev_line = 0,
				figures = 0;

	/* (bounded walks: a line of many facts is no tail; items in words do not count) */
	while (a > 0 && lp_fact_same_line(&out->items[a - 1], f) && i - a < 2 * LIST_TAIL_FACTS)
		a--;
	while (b + 1 < out->n && lp_fact_same_line(&out->items[b + 1], f) && b - i < 2 * LIST_TAIL_FACTS)
		b++;
	if ((a > 0 && lp_fact_same_line(&out->items[a - 1], f)) ||
		(b + 1 < out->n && lp_fact_same_line(&out->items[b + 1], f)))
		return 0;
	for (j = a; j <= b; j++)
		figures += out->items[j].has_quantity;
	if (figures > LIST_TAIL_FACTS)
		return 0;
	/* a push of its own opening the line: a task (要力争…) */
	if (out->items[a].evidence &&
		lp_words_prefix(LP_W_TASK_LEAD, out->items[a].evidence, strlen(out->items[a].evidence)) > 0)
		return 0;
	/* (a task in words among the figures, "完成…等年度节能减排任务", is one of them) */
	for (j = a; j <= b; j++)
		if (out->items[j].indicator == NULL ||
			(!out->items[j].has_quantity && out->items[j].measure != LP_MEASURE_QUALITATIVE) ||
			!lp_headline_same_period_status(&out->items[j], f))
			return 0;
	for (j = a; j-- > 0 && a - j <= 64 && out->items[j].line >= f->line - 1;)
		if (out->items[j].line == f->line - 1 && out->items[j].summary == 1 &&
			lp_headline_same_period_status(&out->items[j], f))
			prev_line = 1;
	return prev_line;
}

/*
 * The paragraph that opens a summary list ("2019年，全市上下…，地区生产总值增长
 * 6.3%，…。⏎——新旧动能转换加速。…") states figures of its own: one the list
 * does not state again is a headline beside it.  first: the first fact of
 * the list's key; the paragraph stands at most LIST_INTRO_LINES lines
 * above it (a blank line between).
 */
#define LIST_INTRO_LINES 2

static int
opens_summary(const stated *st, const lp_fact *first, const lp_fact *f)
{
	int			k;

	if (st->n < 0 || f->indicator == NULL || f->line >= first->line ||
		f->line < first->line - LIST_INTRO_LINES)
		return 0;
	for (k = 0; k < st->n; k++)
	{
		const lp_fact *g = st->items[k];

		if (g->indicator == f->indicator && g->measure == f->measure && lp_headline_same_period_status(g, f))
			return 0;
	}
	return 1;
}

/*
 * "——这一年，园区规上工业总产值突破600亿元。⏎一年来，…全年地区生产总值增长
 * 5.8%，固定资产投资…，社会消费品零售总额…": dash lines of the year's
 * highlights naming no GDP, then the paragraph of its main results.  That
 * line (GDP and two more of f's period and status) is the summary, not the
 * body below a list.  Bounded walks: the facts of a line are neighbours.
 */
#define SUMMARY_LINE_MIN 3
#define SUMMARY_LINE_REACH 64

static int
list_states_gdp(const stated *st, const lp_fact *f)
{
	int			k;

	if (st->n < 0)
		return 1;
	for (k = 0; k < st->n; k++)
		if (st->items[k]->indicator && strcmp(st->items[k]->indicator, "gdp") == 0 &&
			lp_headline_same_period_status(st->items[k], f))
			return 1;
	return 0;
}

static int
summary_line_after_list(const lp_facts *out, const stated *st, const lp_fact *first, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		a = i,
				b = i,
				j;
	int			n = 0,
				gdp = 0;

	if (f->line <= first->line || f->indicator == NULL || list_states_gdp(st, f))
		return 0;
	/* the line as read: a paragraph wrapped at the page width is one line */
	while (a > 0 && lp_fact_same_line(&out->items[a - 1], f) && i - a < SUMMARY_LINE_REACH)
		a--;
	while (b + 1 < out->n && lp_fact_same_line(&out->items[b + 1], f) && b - i < SUMMARY_LINE_REACH)
		b++;
	for (j = a; j <= b; j++)
	{
		const lp_fact *g = &out->items[j];

		if (g->indicator == NULL || !g->has_quantity || !lp_headline_same_period_status(g, f))
			continue;
		gdp |= strcmp(g->indicator, "gdp") == 0;
		n++;
	}
	return gdp && n >= SUMMARY_LINE_MIN;
}

/*
 * "预计全市地区生产总值增长4%左右，…。一般公共预算收入增长11.6%。": a
 * result stated beside estimates of its period that no summary hid (they
 * have a status of their own) is kept with them.
 */
static int
beside_kept_estimates(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		j;
	int			n = 0;

	if (f->status != LP_STATUS_ACTUAL)
		return 0;
	/* (a bounded walk: per covered candidate, so a line of thousands stays linear) */
	for (j = i; j-- > 0 && lp_fact_same_line(&out->items[j], f) && i - j <= 64;)
	{
		const lp_fact *g = &out->items[j];

		if (g->status == LP_STATUS_ESTIMATE && g->headline == LP_HEADLINE_YES && !g->summary &&
			g->indicator != NULL && strcmp(g->period, f->period) == 0)
			n++;
	}
	return n >= 2;
}

/*
 * The figures of a review's topics (LP_HEADLINE_BODY) are candidates when
 * the report's list of targets has their indicator, or sets none (a bulletin's
 * sections): "城镇新增就业1.2万人" under "（四）民生保障" beside a target of
 * new jobs; otherwise the body ("新增市场主体3620户").
 */
#define TARGET_LIST_MIN 3
#define MAX_TARGETED 64			/* indicators of the target lists kept (more: all kept) */

/* The indicators of the target lists, at most MAX_TARGETED (-1: more). */
static int
targeted_indicators(const lp_facts *out, const char **seen)
{
	int			n = 0,
				k;
	size_t		j;

	for (j = 0; j < out->n; j++)
	{
		const lp_fact *g = &out->items[j];

		if (g->status != LP_STATUS_TARGET || !g->summary || !g->indicator)
			continue;
		for (k = 0; k < n; k++)
			if (strcmp(seen[k], g->indicator) == 0)
				break;
		if (k < n)
			continue;
		if (n == MAX_TARGETED)
			return -1;
		seen[n++] = g->indicator;
	}
	return n;
}

static void
body_of_targets(lp_facts *out)
{
	const char *seen[MAX_TARGETED];
	int			n = -2,
				k;
	size_t		i;

	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (f->headline != LP_HEADLINE_BODY)
			continue;
		if (n == -2)
			n = targeted_indicators(out, seen);
		/* no list of targets (a news item on the half year quotes one), or too many to keep */
		f->headline = n < TARGET_LIST_MIN ? LP_HEADLINE_CANDIDATE : LP_HEADLINE_NO;
		for (k = 0; k < n && f->headline == LP_HEADLINE_NO; k++)
			if (strcmp(seen[k], f->indicator) == 0)
				f->headline = LP_HEADLINE_CANDIDATE;
	}
}

/*
 * Words that lead the figures of their own indicator on the line ("经济总量稳步
 * 提高。全市实现地区生产总值1710.03亿元，增长8.3%"): a topic's lead, not a
 * result in words beside them.  Bounded: the facts of the line near it.
 */
#define LEAD_WORDS_REACH 64

static int
figure_of_same_line(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		j,
				lo = i > LEAD_WORDS_REACH ? i - LEAD_WORDS_REACH : 0,
				hi = i + LEAD_WORDS_REACH < out->n ? i + LEAD_WORDS_REACH : out->n;

	for (j = lo; j < hi; j++)
	{
		const lp_fact *g = &out->items[j];

		if (j != i && lp_fact_same_line(g, f) && g->has_quantity && g->indicator != NULL &&
			strcmp(g->indicator, f->indicator) == 0 && g->status == f->status &&
			strcmp(g->period, f->period) == 0)
			return 1;
	}
	return 0;
}

static void
words_leading_figures(lp_facts *out)
{
	size_t		i;

	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (f->measure == LP_MEASURE_QUALITATIVE && f->indicator != NULL &&
			f->headline != LP_HEADLINE_NO && figure_of_same_line(out, i))
			f->headline = LP_HEADLINE_NO;
	}
}

/*
 * A report rounds a result to a bound before it states it: "经济总量迈上4万亿元
 * 台阶" in the opening of the review, "地区生产总值达到40218.7亿元" in the list
 * of results after it.  Each figure once: the view keeps one row per key, the
 * first, and the exact level is the figure.  A result's bound (以上, 突破,
 * 迈上…台阶) with a later exact headline level of its key at or above it, in
 * another sentence of its report and region, steps aside when its sentence
 * states no other figure: a bound among the results of a summary sentence
 * ("…工农业总产值52.37亿元，工业总产值首次跨过45亿元；…") is the summary's
 * figure, the exact level of a paragraph below it body.  A bound beside its
 * exact value in one sentence is a row of its own (lp_headline_bound_beside_exact).
 * Looked for at most BOUND_AHEAD facts on: linear in the facts.
 */
#define BOUND_AHEAD 64

static int
exact_level_of_bound(const lp_fact *f, const lp_fact *g, const int *block, size_t nlines)
{
	return g->headline == LP_HEADLINE_YES && g->has_quantity && g->evidence != f->evidence &&
		g->indicator == f->indicator && g->measure == LP_MEASURE_LEVEL &&
		(g->q.qualifier == LP_Q_EQ || g->q.qualifier == LP_Q_APPROX) &&
		lp_headline_same_period_result(g, f) && lp_headline_same_block(g, f, block, nlines) &&
		strcmp(g->region ? g->region : "", f->region ? f->region : "") == 0 &&
		strtod(g->q.base_value, NULL) >= strtod(f->q.base_value, NULL);
}

/* Is g a bound level ("突破100亿元") or a count of years of no indicator ("连续两年")? */
static int
bound_or_years(const lp_fact *g)
{
	if (g->indicator == NULL)
		return strcmp(g->q.unit, "年") == 0 || strcmp(g->q.unit, "个季度") == 0;
	return g->measure == LP_MEASURE_LEVEL && (g->q.qualifier == LP_Q_GE || g->q.qualifier == LP_Q_GT);
}

/*
 * Does another figure share f's sentence (the facts of a sentence are
 * neighbours)?  Another bound does not count, nor a count of
 * years: a sentence of milestones only ("经济总量突破80万亿元大关，人均产值
 * 连续三年超过1.2万美元") states no result of its own beside them.
 */
static int
figure_beside(const lp_facts *out, size_t i)
{
	const lp_fact *f = &out->items[i];
	size_t		j;

	for (j = i > 8 ? i - 8 : 0; j < out->n && j <= i + 8; j++)
		if (j != i && lp_fact_same_line(&out->items[j], f) && out->items[j].evidence == f->evidence &&
			out->items[j].has_quantity && !bound_or_years(&out->items[j]))
			return 1;
	return 0;
}

/*
 * A lead sentence of bounds ("户籍人口首超300万，人均收入首超7万元") told
 * again below, each bound beside its exact value ("首次突破300万，达到302.08万"):
 * the lead repeats the bound (each figure once), whatever else it states.
 */
static int
bound_restated_beside_exact(const lp_facts *out, size_t i, const int *block, size_t nlines)
{
	const lp_fact *f = &out->items[i];
	size_t		j;

	for (j = i + 1; j < out->n && j <= i + BOUND_AHEAD; j++)
	{
		const lp_fact *g = &out->items[j];

		if (g->headline == LP_HEADLINE_YES && g->has_quantity && g->evidence != f->evidence &&
			g->indicator == f->indicator && g->measure == f->measure &&
			g->q.qualifier == f->q.qualifier && strcmp(g->q.value, f->q.value) == 0 &&
			strcmp(g->q.unit, f->q.unit) == 0 && lp_headline_same_period_result(g, f) &&
			lp_headline_same_block(g, f, block, nlines) &&
			lp_headline_bound_beside_exact(out, j))
			return 1;
	}
	return 0;
}

static void
bounds_before_exact(lp_facts *out, const int *block, size_t nlines)
{
	size_t		i,
				j;

	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (f->headline != LP_HEADLINE_YES || !f->has_quantity || f->indicator == NULL ||
			f->measure != LP_MEASURE_LEVEL || f->status == LP_STATUS_TARGET ||
			(f->q.qualifier != LP_Q_GE && f->q.qualifier != LP_Q_GT))
			continue;
		if (figure_beside(out, i))
		{
			if (!lp_headline_bound_beside_exact(out, i) &&
				bound_restated_beside_exact(out, i, block, nlines))
				f->headline = LP_HEADLINE_NO;
			continue;
		}
		for (j = i + 1; j < out->n && j <= i + BOUND_AHEAD; j++)
			if (exact_level_of_bound(f, &out->items[j], block, nlines))
			{
				f->headline = LP_HEADLINE_NO;
				break;
			}
	}
}

void
lp_headline_settle(lp_facts *out, const int *block, const char *text, const lp_line *lines,
				   size_t nlines)
{
	const lp_fact *covered[MAX_KEYS];
	int			ncovered = summary_keys(out, covered, block, nlines),
				k;
	size_t		i;
	stated		st;

	body_of_targets(out);
	lp_headline_histories(out, block, nlines);
	words_leading_figures(out);
	lp_headline_shares_beside_figures(out, text, lines, nlines);
	lp_headline_averages_beside_year(out);
	end_levels_of_spans(out);
	lp_headline_titles_of_history(out);
	gather_stated(out, &st);
	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (f->headline != LP_HEADLINE_CANDIDATE)
			continue;
		f->headline = LP_HEADLINE_YES;
		for (k = 0; k < ncovered; k++)
			if (lp_headline_same_period_status(covered[k], f) &&
				lp_headline_same_block(covered[k], f, block, nlines))
			{
				if (summary_states(&st, f) && !continues_summary(out, i) &&
					!beside_kept_estimates(out, i) && !opens_summary(&st, covered[k], f) &&
					!summary_line_after_list(out, &st, covered[k], i) &&
					!lp_headline_list_tail(out, i, covered[k], text, lines, nlines))
					f->headline = lp_headline_target_before_its_result(out, i) ?
						LP_HEADLINE_CANDIDATE : LP_HEADLINE_NO;
				break;			/* the keys are distinct */
			}
	}
	lp_headline_targets_with_results(out);
	qualifier_stated_elsewhere(out, block, nlines);
	bounds_before_exact(out, block, nlines);
	lp_headline_rounded_before_exact(out, block, nlines);
	lp_headline_bulletin_farm(out);
	/* a name outside the catalogue ("能源综合生产能力达2.3亿吨标准煤") can fill no
	 * headline row (every row is named by its code); the fact itself stays */
	for (i = 0; i < out->n; i++)
		if (out->items[i].headline == LP_HEADLINE_YES && out->items[i].indicator == NULL)
			out->items[i].headline = LP_HEADLINE_NO;
}
