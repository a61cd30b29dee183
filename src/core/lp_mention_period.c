/*
 * lp_mention_period.c — the period stage of lp_mention_read (lp_mention.c):
 * the period the section gives a mention, or what its sentence names (a part
 * of a year, a target's year, a plan's last year, the years an average
 * annual rate spans), and the status a period may change: a figure of a
 * year ahead of the document is aimed at; in news of a session, one of the
 * session's year is a target.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_indicator.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* In a text naming no year, does the figure's sentence name its year (今年以来, 去年)? */
static int
names_own_year(const lp_mention *m)
{
	size_t		n = m->q->start - m->sent_start;

	return lp_words_any(LP_W_PART_THIS_YEAR, m->s + m->sent_start, n) ||
		lp_words_any(LP_W_PART_LAST_YEAR, m->s + m->sent_start, n);
}

/*
 * The part of the paragraph for a figure of it naming no time of its own: in a
 * text dated by its page, or in one naming no year at all ("上半年地区生产总值
 * 实现248.24亿元…。全社会投资完成260亿元" → YH1 for both).
 */
static void
paragraph_part_apply(const lp_mention_doc *doc, lp_mention *m)
{
	if (m->period.basis == m->ctx->period.basis &&
		(lp_basis_page_date(m->ctx->period.basis) ||
		 strpbrk(doc->part, "HQM") == NULL ||	/* a 全年 paragraph's year */
		 m->ctx->period.basis == LP_PERIOD_DATELINE ||
		 (m->ctx->period.period[0] == '\0' && doc->part[0] == 'Y' && !names_own_year(m))) &&
		strcmp(m->period.period, m->ctx->period.period) == 0 &&
		!lp_find_year(m->s + m->sent_start, m->q->start - m->sent_start, NULL) &&
		!lp_has_period_word(m->s + m->sent_start, m->q->start - m->sent_start) &&
		!lp_census_any(LP_W_WHOLE_YEAR, m->s + m->sent_start, m->q->start - m->sent_start))
		lp_period_decide(&m->period, doc->part, LP_PERIOD_SENTENCE);
}

/*
 * Was the mention's part of the year read from its own sentence: named
 * there, or "今年一季度" in a text naming no year ("YQ1", relative to the
 * text's unknown year: the same part, not "Y-1Q1")?
 */
static int
part_of_own_sentence(const lp_mention *m)
{
	const char *p = m->period.period;

	return m->period.basis == LP_PERIOD_SENTENCE ||
		(m->period.basis == LP_PERIOD_RELATIVE && p[0] == 'Y' && (p[1] == 'H' || p[1] == 'Q' || p[1] == 'M'));
}

/*
 * A report whose year only its page gives (a release copied without its
 * title): a paragraph whose first sentence names a part of the year
 * ("前三季度全区实现一般公共预算收入…。一般公共预算支出100.22亿元…") is of
 * that part in its sentences naming no time.
 */
static void
mention_paragraph_part(lp_mention_doc *doc, lp_mention *m)
{
	if (doc->part_line != m->lineno && doc->part_line != -m->lineno)
	{
		/* the line's first figure decides, once */
		size_t		a = lp_skip_space(m->s, m->slen, 0);
		int			prev = doc->part_line;

		doc->part_line = -m->lineno;
		/* not a breakdown ("分季度看，第4季…"), nor one a speaker tells
		 * ("林一鸣介绍说，分季度看，一季度增长5.1%…": before the figure) */
		if ((part_of_own_sentence(m) && strpbrk(m->period.period, "HQM") != NULL &&
			 strpbrk(m->ctx->period.period, "HQM") == NULL &&
			 lp_words_prefix(LP_W_PART_LEAD, m->s + a, m->slen - a) == 0 &&
			 !(m->q->start > a && lp_words_any(LP_W_PART_LEAD, m->s + a, m->q->start - a))) ||
			lp_mention_whole_year_opens_line(m, a))
			doc->part_line = m->lineno;
		/*
		 * a breakdown of the figure of the paragraph just before, itself of
		 * a part ("前三季度…增长5.2%。" / "分产业看，第一产业增加值…")
		 */
		else if (prev > 0 && prev < m->lineno &&
				 lp_words_prefix(LP_W_PART_BREAKDOWN_LEAD, m->s + a, m->slen - a) > 0)
		{
			doc->part_line = m->lineno;
			paragraph_part_apply(doc, m);
			return;
		}
		lp_copy_str(doc->part, sizeof(doc->part), m->period.period);
	}
	else if (doc->part_line == m->lineno)
		paragraph_part_apply(doc, m);
}

/* Is the period a part of an unnamed year from its January ("YQ1", "YH1", "YQ1-3", "YM01-05")? */
static int
yearless_part_from_january(const char *p)
{
	return p[0] == 'Y' && (strcmp(p, "YQ1") == 0 || strcmp(p, "YH1") == 0 ||
						   strncmp(p, "YQ1-", 4) == 0 || strncmp(p, "YM01-", 5) == 0);
}

/*
 * A release of part of a year naming no year: the part its opening sentence
 * names ("前三季度，全区实现地区生产总值…") is the period of the whole release,
 * so the figures of its later sections naming no time of their own
 * ("二、工业生产…" / "规上工业增加值增长6.2%") are of that part, until a line
 * names a year.  A text whose first figure names no such part is left alone.
 */
static void
mention_release_part(lp_mention_doc *doc, lp_mention *m)
{
	size_t		n = m->q->start - m->sent_start;
	const char *s = m->s + m->sent_start;

	if (m->ctx->period.period[0] != '\0' || doc->release_line < 0)
		return;
	if (doc->release_line == 0)
	{
		size_t		a = lp_skip_space(m->s, m->slen, 0);

		doc->release_line = -1;
		/* a part a later sentence of the head names (lp_release_part_ahead): from here */
		if (doc->release_part[0])
			doc->release_line = INT_MAX;
		else if (part_of_own_sentence(m) && yearless_part_from_january(m->period.period) &&
			m->status == LP_STATUS_ACTUAL &&
			lp_words_prefix(LP_W_PART_LEAD, m->s + a, m->slen - a) == 0)
		{
			doc->release_line = m->lineno;
			lp_copy_str(doc->release_part, sizeof(doc->release_part), m->period.period);
		}
		if (doc->release_line != INT_MAX)
			return;
	}
	if (m->lineno == doc->release_line)
		return;
	/* a year named ends the release's part ("2024年全年，…"), not the year's
	 * plan a share is of ("完成投资60.9亿元，占年度计划54.5%") */
	if (lp_find_year(s, n, NULL) || lp_names_whole_year(s, 0, n))
	{
		doc->release_line = -1;
		return;
	}
	if (m->period.basis == m->ctx->period.basis && m->period.period[0] == '\0' &&
		m->status != LP_STATUS_TARGET && !lp_has_period_word(s, n))
		lp_period_decide(&m->period, doc->release_part, LP_PERIOD_SENTENCE);
}

/*
 * "…公布10月份经济数据。当月社会消费品零售总额为46291亿元": 当月 opening a
 * sentence is the one month the sentence before named.
 */
static void
mention_that_month(lp_mention *m)
{
	size_t		a = lp_skip_space(m->s, m->slen, m->full_start),
				p = m->full_start,
				c = lp_skip_space(m->s, m->slen, m->clause_start);
	char		buf[16];

	if (lp_period_year(m->period.period) < 1949)
		return;
	/* "…增长8.2%，其中当月增长9.1%": 其中 before it */
	if (lp_at(m->s, m->slen, c, "其中"))
		c = lp_skip_space(m->s, m->slen, c + strlen("其中"));
	/* a part's last month: "1-3月份，…增长7.5%；其中，当月…增长9.9%" → M03
	 * (当月 opening the figure's clause) */
	if (strpbrk(m->period.period + 4, "HQM") != NULL && lp_at(m->s, m->slen, c, "当月"))
	{
		int			last = lp_period_last_month(m->period.period);

		if (last >= 1 && last <= 12)
		{
			snprintf(buf, sizeof(buf), "%dM%02d", lp_period_year(m->period.period), last);
			lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
		}
		return;
	}
	if (!lp_at(m->s, m->slen, a, "当月") || p < 3 || strpbrk(m->period.period + 4, "HQM") != NULL)
		return;
	p -= 3;						/* the 。 ending the sentence before */
	while (p >= 3 && !lp_at(m->s, m->slen, p - 3, "。"))
		p--;
	if (p < 3)
		p = 0;
	lp_period_of(m->s + p, m->full_start - p, lp_period_year(m->period.period), buf, sizeof(buf));
	if (strlen(buf) == 7 && buf[4] == 'M')
		lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
}

/*
 * "营业收入113.26亿元（1-11月），同比增长20.8%": months in a bracket right
 * after the figure are its period (of the year decided so far).  The note
 * must be the months alone: a figure of them ("增长6%左右（1-11月增长5.8%）")
 * leaves the figure before the bracket its own period.
 */
/* Bytes before a clause after a semicolon its sentence's lead is looked for in. */
#define LEAD_PLAN_BYTES 240

/*
 * A target's plan end: its own clause's ("到“十五五”末，A达到…"), else, after a
 * semicolon, its sentence's lead's ("力争“十五五”末，A达到…左右；B达到6000亿元":
 * B is for 2030 too).  The lead is read back to the sentence's start, at most
 * LEAD_PLAN_BYTES.
 */
static void
plan_target_of_clause(lp_mention *m)
{
	const char *s = m->s;
	size_t		a = m->sent_start,
				lo = a > LEAD_PLAN_BYTES ? a - LEAD_PLAN_BYTES : 0;

	lp_period_of_plan_target(&m->period, s, a, m->q->start);
	if (m->period.basis == LP_PERIOD_SENTENCE || a < 3 ||
		!(lp_at(s, a, a - 3, "；") || s[a - 1] == ';'))
		return;
	while (a > lo && s[a - 1] != '\n' && !(a >= 3 && lp_at(s, a, a - 3, "。")))
		a--;
	while (a < m->sent_start && (((unsigned char) s[a]) & 0xC0) == 0x80)
		a++;
	lp_period_of_plan_target(&m->period, s, a, m->q->start);
}

#define MONTHS_NOTE_BYTES 24

/* Does the note s[a, e) end with its months ("1-11月", "1至11月份")? */
static int
notes_months_alone(const char *s, size_t a, size_t e)
{
	lp_trim(s, &a, &e);
	if (e - a >= 6 && lp_at(s, e, e - 6, "月份"))
		e -= 3;
	return e - a >= 3 && lp_at(s, e, e - 3, "月");
}

static void
mention_months_after(lp_mention *m)
{
	size_t		a = m->q->end,
				e,
				open;
	int			first,
				last,
				year = lp_period_year(m->period.period);
	char		buf[16];

	if (year < 1949 || strpbrk(m->period.period, "HQM") != NULL)
		return;
	if (lp_at(m->s, m->slen, a, "（"))
		open = 3;
	else if (a < m->slen && m->s[a] == '(')
		open = 1;
	else
		return;
	for (e = a + open; e < m->slen && e < a + open + MONTHS_NOTE_BYTES; e++)
		if (m->s[e] == ')' || lp_at(m->s, m->slen, e, "）"))
			break;
	if (e >= m->slen || !(m->s[e] == ')' || lp_at(m->s, m->slen, e, "）")) ||
		!notes_months_alone(m->s, a + open, e) ||
		lp_find_months(m->s + a + open, e - a - open, &first, &last) == 0 ||
		lp_find_year(m->s + a + open, e - a - open, NULL) != 0)
		return;
	lp_period_of(m->s + a + open, e - a - open, year, buf, sizeof(buf));
	if (strlen(buf) > 5 && buf[4] == 'M')
		lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
}

/*
 * A plan's goal totalled over its years ("单位生产总值二氧化碳排放累计降低
 * 18%", in the goals of “十五五”): the change spans the plan's five years,
 * not its last one (the plan's span, or the five years to the year decided
 * so far).  Only among a plan's goals: elsewhere 累计 is the year so far
 * (1-11月累计增长).  1 when it decided.
 */
static int
plan_goal_total(lp_mention *m)
{
	int			y;
	char		buf[16];

	if (m->status != LP_STATUS_TARGET || m->ctx->part != LP_PART_PLAN_GOALS ||
		(y = lp_period_year(m->period.period)) == 0 ||
		strchr(m->period.period, '-') != NULL ||
		!lp_census_any(LP_W_CUMULATIVE_TOTAL, m->s + m->clause_start, m->q->start - m->clause_start))
		return 0;
	snprintf(buf, sizeof(buf), "%d-%d", y - 4, y);
	lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
	return 1;
}


/*
 * A result totalled since a base year more than a year back ("能耗强度比2020年
 * 累计下降13%以上", in a review of 2023): a change over the years since the
 * base, not the year's own (h-read80).  Only results: a goal so written is
 * read by its plan (plan_goal_total).  1 when it decided.
 */
static int
since_base_total(lp_mention *m)
{
	int			y = lp_period_year(m->period.period),
				base;
	size_t		from = m->clause_start,
				at;
	char		buf[24];

	if ((m->status != LP_STATUS_ACTUAL && m->status != LP_STATUS_ESTIMATE) || y == 0 ||
		strspn(m->period.period, "0123456789") != strlen(m->period.period))
		return 0;
	while (from < m->q->start && (base = lp_find_year(m->s + from, m->q->start - from, &at)) != 0)
	{
		const char *nian = lp_find3(m->s + from + at, m->q->start - from - at, "年");
		size_t		n;

		if (nian == NULL)
			return 0;
		n = (size_t) (nian - m->s) + 3;
		if (base <= y - 2 && from + at >= 3 && lp_at(m->s, m->slen, from + at - 3, "比") &&
			lp_words_prefix(LP_W_CUMULATIVE_TOTAL, m->s + n, m->q->start - n) > 0)
		{
			snprintf(buf, sizeof(buf), "%d-%d", base + 1, y);
			lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
			return 1;
		}
		from = n;
	}
	return 0;
}


/*
 * News of a session (or a work report) written in March that names months
 * with no year ("记者从市统计局获悉，1-2月，全市规模以上工业增加值增长7.2%",
 * "1月出口增长50%"): the months just past, of the year it speaks from, not
 * of the year its report reviews.  Not when the sentence names another
 * year, in digits or by a relative word (去年1-11月 stays), nor when its
 * paragraph opens with one (2025年，…).
 */
static void
mention_months_of_session(const lp_mention_doc *doc, lp_mention *m)
{
	int			last = lp_period_last_month(m->period.period),
				y;
	size_t		from = 0,
				at;
	char		buf[16];

	if (doc->months_year == 0 || last == 0 || last >= doc->months_before ||
		m->period.basis != LP_PERIOD_SENTENCE || lp_period_year(m->period.period) != doc->months_year - 1)
		return;
	/* a paragraph opening with the year reviewed ("2025年，…。1-2月…") keeps it */
	from = lp_skip_space(m->s, m->q->start, 0);
	if ((y = lp_find_year(m->s + from, m->q->start - from, &at)) != 0 && at == 0 &&
		y != doc->months_year)
		return;
	from = m->sent_start;
	while (from < m->q->start && (y = lp_find_year(m->s + from, m->q->start - from, &at)) != 0)
	{
		if (y != doc->months_year)
			return;
		from += at + 1;
	}
	y = lp_relative_year(m->s, m->sent_start, m->q->start, doc->months_year);
	if (y != 0 && y != doc->months_year)
		return;
	snprintf(buf, sizeof(buf), "%d%s", doc->months_year, m->period.period + 4);
	lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
}

/*
 * A note of months beside a target ("地区生产总值增长5.5%左右（1-11月增长
 * 5.4%）" among the targets of 2026, set in January): the months done so
 * far are of the year reviewed, unless they ended before the month the
 * text was written in (1-2月 in March).
 */
static void
mention_note_months_reviewed(const lp_mention_doc *doc, lp_mention *m)
{
	int			last = lp_period_last_month(m->period.period);
	char		buf[16];

	if (doc->months_year == 0 || last == 0 || (doc->months_before > 0 && last < doc->months_before) ||
		m->status != LP_STATUS_ACTUAL || m->ctx->status != LP_STATUS_TARGET ||
		lp_period_year(m->period.period) != doc->months_year || !lp_mention_in_note_of_months(doc, m))
		return;
	snprintf(buf, sizeof(buf), "%d%s", doc->months_year - 1, m->period.period + 4);
	lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
}

/*
 * "前三季度GDP同比增长9.8%，高于6%以上的预期目标": a target cited after a
 * result of part of the year, in a clause of its own naming no part, is the
 * year's (the part its sentence named is the result's).
 */
static void
cited_target_of_the_year(lp_mention *m)
{
	static const lp_word_kind parts[] = {
		LP_W_PERIOD_H1, LP_W_PERIOD_Q1_3, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q2,
		LP_W_PERIOD_Q4, LP_W_PERIOD_H2
	};
	char		year[8];
	size_t		k;
	/* a part of a year the text does not name ("YQ1-3"): the target is of that year ("Y") */
	int			digits = m->period.period[0] == 'Y' ? 1 : 4;

	if (m->status != LP_STATUS_TARGET || m->period.basis != LP_PERIOD_SENTENCE ||
		!strpbrk(m->period.period, "HQM") ||
		(digits == 4 && strspn(m->period.period, "0123456789") != 4) ||
		(digits == 1 && strchr("HQM", m->period.period[1]) == NULL) ||
		m->clause_start <= m->sent_start || !lp_mention_target_after_of(m))
		return;
	for (k = 0; k < sizeof(parts) / sizeof(parts[0]); k++)
		if (lp_words_any(parts[k], m->s + m->clause_start, m->q->start - m->clause_start))
			return;
	snprintf(year, sizeof(year), "%.*s", digits, m->period.period);
	lp_period_decide(&m->period, year, LP_PERIOD_SENTENCE);
}

/*
 * "报告显示，…增长6.2%。报告提出，全市地区生产总值增长6%左右。": a target in a
 * sentence the report's proposal lead opens (lp_proposal_end), in a
 * paragraph of the year reviewed, naming no year before the figure, is for
 * the year the text speaks from, as a paragraph so opened is (lp_context.c).
 */
static void
proposed_in_review_paragraph(lp_mention *m)
{
	char		year[8];
	size_t		a = lp_skip_space(m->s, m->q->start, m->full_start);

	if (m->status != LP_STATUS_TARGET || m->period.doc_year == 0 ||
		m->period.basis == LP_PERIOD_SENTENCE || m->period.basis == LP_PERIOD_RELATIVE ||
		strspn(m->period.period, "0123456789") != strlen(m->period.period) ||
		lp_period_year(m->period.period) != m->period.doc_year - 1 ||
		lp_proposal_end(m->s + a, m->q->start - a) == 0 ||
		lp_find_year(m->s + a, m->q->start - a, NULL) != 0)
		return;
	snprintf(year, sizeof(year), "%d", m->period.doc_year);
	lp_period_decide(&m->period, year, LP_PERIOD_INFERRED);
}

/*
 * A year relative to the text's in the figure's own clause, after a year the
 * sentence named before it ("2024年广西地区生产总值增长4.2%左右，今年预期目标
 * 增长5%左右"): the clause's, not the sentence's.  Only a whole year for a
 * whole year; a comparison base (比去年) names none (lp_relative_year).
 */
static void
clause_relative_year(lp_mention *m)
{
	char		buf[16];
	int			y;

	if (m->period.basis != LP_PERIOD_SENTENCE || m->clause_start <= m->sent_start ||
		m->q->start <= m->clause_start || strlen(m->period.period) != 4 ||
		lp_find_year(m->s + m->clause_start, m->q->start - m->clause_start, NULL) != 0 ||
		lp_has_period_word(m->s + m->clause_start, m->q->start - m->clause_start) != 0 ||
		(y = lp_relative_year(m->s, m->clause_start, m->q->start,
											 lp_period_said_year(&m->ctx->period))) == 0 ||
		y == lp_period_year(m->period.period))
		return;
	snprintf(buf, sizeof(buf), "%d", y);
	lp_period_decide(&m->period, buf, LP_PERIOD_RELATIVE);
}

/*
 * An item of a 分别 list opening with months or 全年 ("1-2月工业增加值",
 * "全年地区生产总值": lp_fenbie's list of parts of the year) is of them, in
 * the year of the figure's period so far.
 */
static void
listed_months_or_year(lp_mention *m)
{
	const char *s = m->subject;
	size_t		len = strlen(s),
				n = lp_month_phrase_at(s, len);
	int			year = lp_period_year(m->period.period);
	char		buf[16];

	if (year < 1949 || m->period.period[4] == '-')
		return;
	if (n == 0 && lp_at(s, len, 0, "全年"))
		snprintf(buf, sizeof(buf), "%d", year);
	else if (n > 0)
		lp_period_of(s, n, year, buf, sizeof(buf));
	else
		return;
	if (strcmp(buf, m->period.period) != 0)
		lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
}

/*
 * A target in a sentence naming no year after one that set a target for a
 * later year than the line's ("2030年预计全年生产总值…。据此，…2031年我市经济
 * 增长目标为7.5%。为实现7.5%的增长目标，…确定了…增长10%、…等一揽子目标计划"):
 * of that year, the one after the paragraph's, not the one the paragraph
 * opened with.  A target whose
 * sentence names its year is remembered for the next sentences of the line.
 */
static void
target_of_sentence_before(lp_sentence *ss, lp_mention *m)
{
	char		y[16];

	if (m->status != LP_STATUS_TARGET || strlen(m->period.period) != 4 ||
		strspn(m->period.period, "0123456789") != 4)
		return;
	if (lp_find_year(m->s + m->sent_start, m->q->start - m->sent_start, NULL) != 0)
	{
		if (ss->target_year == 0)
			ss->target_year = lp_period_year(m->period.period);
		return;
	}
	/* the year after the one reviewed only ("到2035年…" goes on to no later sentence) */
	if (ss->prior_target_year != lp_period_year(m->period.period) + 1)
		return;
	snprintf(y, sizeof(y), "%d", ss->prior_target_year);
	lp_period_decide(&m->period, y, LP_PERIOD_SENTENCE);
}

/*
 * The period: the line's, or what the sentence names.  An average annual
 * rate spans years: a target's are those of its own clause (规划目标为年均
 * 增长6%左右), an actual's those of its sentence, or of the sentence that
 * 。 ends ("2021—2023年，A年均增长5.6%；B年均增长8.2%。").
 */

/*
 * "2029年全年…增长5.2%。分季度看，一季度…增长4.5%" in a page the text's date
 * places in a later year (a repost): the parts 分季度看 breaks down are of
 * the year the sentence before named, not of the page's; a sentence naming
 * its own year (今年, 去年, 2030年) keeps it.  So are the parts of a whole
 * year ("2029年全市实现生产总值…。其中，第一产业…" in a text speaking from
 * 2030) that took the text's year only because they name none.
 */
static void
breakdown_of_year_before(const lp_sentence *ss, lp_mention *m)
{
	char		p[16];

	if (ss->prior_year == 0 || strspn(m->period.period, "0123456789") != 4 ||
		(strlen(m->period.period) == 4 && strcmp(m->period.period, m->ctx->period.period) != 0) ||
		atoi(m->period.period) == ss->prior_year ||
		strncmp(m->period.period, m->ctx->period.period, 4) != 0 || names_own_year(m) ||
		lp_find_year(m->s + m->sent_start, m->q->start - m->sent_start, NULL))
		return;
	snprintf(p, sizeof(p), "%d%s", ss->prior_year, m->period.period + 4);
	lp_period_decide(&m->period, p, LP_PERIOD_SENTENCE);
}

void
lp_mention_period(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m)
{
	const char *s = m->s;
	size_t		a,
				end = lp_mention_from_base_cut(s, m->clause_start, m->q->start);	/* 从上半年…降到 */

	ss->period.brackets = lp_clause_brackets_of(&doc->marks, s, m->slen);
	lp_period_in_sentence(&ss->period, ss->start == m->sent_start, s, m->sent_start,
						  end, &m->ctx->period, &m->period);
	lp_period_of_paragraph(&m->period, &m->ctx->period, s, m->sent_start, end,
						   m->lineno, &doc->para);
	clause_relative_year(m);
	/* "其中，二季度增长6.0%"; "一季度和二季度GDP分别增长4.3%和6.0%" */
	if (m->listed)
	{
		lp_period_of_part(&m->period, m->subject, 0, strlen(m->subject));
		listed_months_or_year(m);
	}
	else
	{
		lp_period_decision before = m->period;

		lp_period_of_part(&m->period, s, m->clause_start, end);
		lp_mention_clause_part(ss, m, &before);
	}
	/* "四季度，全市规模以上工业增加值增长6.2%" */
	lp_period_of_opening_part(&m->period, &m->ctx->period, s, m->sent_start, m->q->start);
	/*
	 * "前三季度，全区实现地区生产总值…。其中，第一产业实现增加值…": the parts
	 * 其中 lists are of the part of the year the sentence before was of
	 */
	if (ss->prior_part[0] && m->period.basis == m->ctx->period.basis &&
		strcmp(m->period.period, m->ctx->period.period) == 0)
		lp_period_decide(&m->period, ss->prior_part, LP_PERIOD_SENTENCE);
	breakdown_of_year_before(ss, m);
	mention_paragraph_part(doc, m);
	mention_release_part(doc, m);
	mention_that_month(m);
	mention_months_after(m);
	mention_months_of_session(doc, m);
	mention_note_months_reviewed(doc, m);
	/* and so is an estimate for the whole year in a report of part of it
	 * ("预计全年可实现…增长5.5%左右"), not in a review of a year (2017年，…。预计全年…) */
	if (m->status == LP_STATUS_TARGET ||
		(m->status == LP_STATUS_ESTIMATE && strpbrk(m->period.period, "HQM") != NULL &&
		 (a = lp_estimate_start(s, m->sent_start, m->q->start)) < m->q->start &&
		 lp_names_whole_year(s, a, m->q->start)))
		lp_period_of_target(&m->period, s, m->sent_start, m->q->start);
	if (m->status == LP_STATUS_TARGET)
		plan_target_of_clause(m);
	target_of_sentence_before(ss, m);
	/*
	 * a target in a release of part of a year naming no year ("上半年，…" …
	 * "确保完成全年地区生产总值增长6.5%左右的目标") is for the text's year, Y,
	 * as one after a sentence naming the part is (lp_period_of_target)
	 */
	if (m->status == LP_STATUS_TARGET && m->period.period[0] == '\0' &&
		m->ctx->period.period[0] == '\0' && doc->release_part[0] == 'Y')
		lp_period_decide(&m->period, "Y", LP_PERIOD_SENTENCE);
	cited_target_of_the_year(m);
	proposed_in_review_paragraph(m);
	if (m->measure.measure == LP_MEASURE_GROWTH && (plan_goal_total(m) || since_base_total(m)))
		return;
	if (m->measure.measure != LP_MEASURE_GROWTH ||
		!lp_names_annual_average(s, m->clause_start, m->q->start))
		return;
	a = m->status == LP_STATUS_TARGET ? m->clause_start : m->sent_start;
	if (a == m->sent_start && !lp_find_year(s + a, m->q->start - a, NULL))
		a = m->full_start;
	lp_period_average(s, a, m->q->start, m->ctx->section, doc->title, &m->period);
	/* an average over years that start in the document's year or later
	 * ("提出“十五五”时期GDP年均增长5%左右" in 2026) is aimed at, not done */
	if (m->status == LP_STATUS_ACTUAL && m->period.doc_year > 0 && m->period.period[4] == '-' &&
		lp_period_year(m->period.period) >= m->period.doc_year)
		m->status = LP_STATUS_TARGET;
}

/*
 * A result of a year after the document's cannot be: a figure its sentence
 * gives to such a year (reached with 到: "报告提出，到2030年，常住人口城镇化率
 * 达到75%", "到“十五五”末…"; or a plan's span not yet begun: "“十五五”时期…" in
 * 2026) is aimed at, wherever the target marker stands.  So is a plain figure
 * of a work report's part on its session's year: work planned, not done.
 */
/* Does s[a, b) say 将 before its 预计 ("东原将…，预计…增长5.5%左右")?  (a is
 * at most LP_MAX_LOOKBACK before b: a line of many estimates is read once each) */
static int
will_then_estimate(const char *s, size_t a, size_t b)
{
	const char *will = b > a ? lp_find3(s + a, b - a, "将") : NULL;
	size_t		w;

	if (will == NULL)
		return 0;
	w = (size_t) (will - s) + 3;
	return lp_contains(s + w, b - w, "预计");
}

/*
 * Does the clause s[a, b) open with year, then say 预计 ("…增长4.1%，2029年预计
 * 增长5%左右" in news of the 2029 session)?
 */
static int
year_then_estimate(const char *s, size_t a, size_t b, int year)
{
	size_t		at = 0;

	lp_trim(s, &a, &b);
	return b > a && lp_find_year(s + a, b - a, &at) == year && at == 0 && lp_contains(s + a, b - a, "预计");
}

void
lp_mention_year_ahead(const lp_mention_doc *doc, lp_mention *m)
{
	int			y,
				dy;
	lp_period_decision pd;

	if (m->status != LP_STATUS_ACTUAL && m->status != LP_STATUS_ESTIMATE)
		return;
	/* the year's work in a work report of its session: "粮食播种面积稳定在7150万亩左右" */
	if (m->status == LP_STATUS_ACTUAL && doc->plans_year > 0 && m->ctx->part == LP_PART_TASKS &&
		lp_period_year(m->period.period) == doc->plans_year &&
		strspn(m->period.period, "0123456789") == strlen(m->period.period))
	{
		m->status = LP_STATUS_TARGET;
		return;
	}
	/* and its estimate of that year in a sentence of what will be done, a year
	 * that has not run yet, is what it aims at: "2028年，东原将…，预计全省地区
	 * 生产总值增长5.5%左右" in news of the 2028 session (not "2021年，预计全区…
	 * 实现138.6亿元" in a December session's review) */
	if (m->status == LP_STATUS_ESTIMATE && doc->plans_year > 0 &&
		lp_period_year(m->period.period) == doc->plans_year &&
		strspn(m->period.period, "0123456789") == strlen(m->period.period) &&
		(will_then_estimate(m->s, m->q->start > m->sent_start + LP_MAX_LOOKBACK ?
							m->q->start - LP_MAX_LOOKBACK : m->sent_start, m->q->start) ||
		 year_then_estimate(m->s, m->clause_start, m->q->start, doc->plans_year)))
	{
		m->status = LP_STATUS_TARGET;
		return;
	}
	/* a text that does not say when it speaks: "到2030年，…将突破300亿元" is aimed at all the same */
	dy = m->period.doc_year;
	if (dy == 0 && lp_contains(m->s + m->sent_start, m->q->start - m->sent_start, "将"))
		dy = 1949;
	if ((y = lp_year_ahead(m->s, m->sent_start, m->q->start, dy)) == 0)
		return;
	/* the plan's last year when no year stands between its name and the figure */
	pd = m->period;
	lp_period_of_plan_target(&pd, m->s, m->sent_start, m->q->start);
	if (lp_period_year(pd.period) != y)
		return;
	m->period = pd;
	m->status = LP_STATUS_TARGET;
}

/*
 * In news of a work report on its session's year only, a figure of that
 * year stated as a plain fact is a target: the session opens the year
 * ("“数”看…报告：地区生产总值增长5.5%左右、城镇新增就业15万人以上…").
 * Not in a part that reviews (过去一年, “十四五”时期): it states results,
 * unless the sentence itself names the session's year ("报告显示，2024年…。
 * 报告提出，今年…增长5.5%左右" on one line of news).
 */
void
lp_mention_session_target(const lp_mention_doc *doc, lp_mention *m)
{
	char		y[8];

	if (lp_mention_year_line_target(doc, m))
		return;
	if (doc->session_year == 0 || m->status != LP_STATUS_ACTUAL ||
		m->ctx->status != LP_STATUS_ACTUAL ||
		((m->ctx->part == LP_PART_YEAR_REVIEW || m->ctx->part == LP_PART_PLAN_REVIEW) &&
		 m->period.basis != LP_PERIOD_RELATIVE))
		return;
	snprintf(y, sizeof(y), "%d", doc->session_year);
	if (strcmp(m->period.period, y) == 0)
		m->status = LP_STATUS_TARGET;
}

/*
 * News of a work report that reviews the year before its session and names
 * the session's year in a figure's own sentence ("报告显示，2028年全省生产总值
 * 增长7%左右；城镇居民人均可支配收入增长6.5%。报告还显示，初步统计，2027年
 * 全省生产总值…"): the session opens that year, so what the text states of
 * the whole of it as a plain fact is aimed at.  doc->dated_year is that
 * year, set only for a work or plan report, or news of one, that reviews the
 * year before and is dated in the head of the page: a year read from a title
 * ("某省2028年地区生产总值增长7.2%，…") may be the year reviewed itself.
 */
void
lp_mention_session_year_named(const lp_mention_doc *doc, lp_mention *m)
{
	char		y[8];

	if (doc->dated_year == 0 || m->status != LP_STATUS_ACTUAL || m->summary ||
		(m->period.basis != LP_PERIOD_SENTENCE && m->period.basis != LP_PERIOD_RELATIVE))
		return;
	/* a figure of an indicator: "今年不少城市的人代会推迟了两三个月" is none */
	if (m->inherited_code == NULL && lp_indicator_by_suffix(m->subject, strlen(m->subject)) == NULL)
		return;
	snprintf(y, sizeof(y), "%d", doc->dated_year);
	if (strcmp(m->period.period, y) == 0)
		m->status = LP_STATUS_TARGET;
}

/*
 * Does the clause at a open (after a salutation) with the year before the
 * year of the targets around it?  News of a session that gives the targets
 * first and then the year reviewed ("…主要预期目标是：…。报告提到，2025年，
 * 全市…；完成一般公共预算收入…", "此前，市统计局官方公布，2031年…"): that
 * year's figures are its results.
 * Only the year just before: in the goals of a five-year plan (2030) a
 * sentence on 2026 may well set that year's target.
 */
int
lp_mention_opens_year_before_targets(const char *s, size_t a, size_t upto, const char *target_period)
{
	size_t		at = 0;
	int			year;

	/* every year ends in 年: none in the span, no year (the speaker's walk is dearer) */
	if (a >= upto || lp_find3(s + a, upto - a, "年") == NULL)
		return 0;
	a = lp_skip_space(s, upto, a);
	a += lp_words_prefix(LP_W_PART_SALUTATION, s + a, upto - a);
	/* "此前，市统计局官方公布，2031年…": after who said it */
	a += lp_after_speaker(s + a, upto - a);
	year = lp_find_year(s + a, upto - a, &at);
	return year > 0 && at == 0 && year + 1 == lp_period_year(target_period);
}
