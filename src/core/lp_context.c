/*
 * lp_context.c — the document model the extractor reads mentions in.
 *
 * A report's sections say what their facts are: a review of "2023年上半年"
 * states 2023H1 actuals, "主要预期目标" states targets (for the next year when
 * the report reviews a whole year).  Its summary lists ("——地区生产总值增长
 * 8.0%；", or the items after "主要预期目标是：") state its headline
 * indicators.  Issue 14 grows this into parts of a report and target lists.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_context_ahead.h"
#include "lp_context_part.h"
#include "lp_digest.h"
#include "lp_ordinal.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_word_rows.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define MAX_DEPTH 8				/* sections open around a line, at most */

/* The sections open around a line, outermost first. */
typedef struct open_sections
{
	long		at[MAX_DEPTH];	/* indexes into the sections */
	int			depth;
	size_t		next;			/* the first section not opened yet */
} open_sections;

/* Open the sections starting at line li, close those that ended before it. */
static void
open_sections_at(open_sections *o, const lp_sections *secs, size_t li)
{
	while (o->next < secs->n && (size_t) secs->items[o->next].line_start == li + 1)
	{
		while (o->depth > 0 && secs->items[o->at[o->depth - 1]].level >= secs->items[o->next].level)
			o->depth--;
		if (o->depth < MAX_DEPTH)
			o->at[o->depth++] = (long) o->next;
		o->next++;
	}
	while (o->depth > 0 && (size_t) secs->items[o->at[o->depth - 1]].line_end < li + 1)
		o->depth--;
}

/* Role and status from the innermost section that has a role. */
static void
line_role(const open_sections *o, const lp_sections *secs, lp_line_ctx *c)
{
	int			d;

	c->role = LP_ROLE_OTHER;
	c->status = LP_STATUS_ACTUAL;
	for (d = o->depth - 1; d >= 0; d--)
	{
		const lp_section *sec = &secs->items[o->at[d]];

		if (sec->role != LP_ROLE_OTHER)
		{
			c->role = sec->role;
			c->status = sec->role == LP_ROLE_REVIEW ? LP_STATUS_ACTUAL : LP_STATUS_TARGET;
			return;
		}
	}
}

/*
 * A heading naming a part of a year with no year ("一、1-3月份主要经济指标
 * 完成情况"): the results under it are of that part of the report's year
 * (2025Q1, not 2025).  Not for targets (a 下半年 heading's targets are the
 * year's), nor in a text naming no year.
 */
static int
heading_part_of_year(const lp_section *sec, const lp_period_decision *report, lp_line_ctx *c)
{
	int			y = lp_period_year(report->period);
	char		buf[24];

	if (sec->part[0] == '\0' || c->status == LP_STATUS_TARGET || y < 1949)
		return 0;
	snprintf(buf, sizeof(buf), "%d%s", y, sec->part);
	lp_period_decide(&c->period, buf, LP_PERIOD_HEADING);
	return 1;
}

/*
 * The period of the innermost section naming one; else the report's, or
 * for targets the targets' period.  Targets for the rest of a year are
 * targets for the year.
 */
static void
line_period(const open_sections *o, const lp_sections *secs, const lp_period_decision *report,
			const lp_period_decision *targets, lp_line_ctx *c)
{
	int			d;
	char	   *h;

	c->period = *report;
	for (d = o->depth - 1; d >= 0; d--)
		if (secs->items[o->at[d]].period[0])
		{
			lp_period_decide(&c->period, secs->items[o->at[d]].period, LP_PERIOD_HEADING);
			break;
		}
		else if (heading_part_of_year(&secs->items[o->at[d]], report, c))
			break;
	if (d < 0 && c->status == LP_STATUS_TARGET)
		c->period = *targets;
	if (c->status == LP_STATUS_TARGET && (h = strchr(c->period.period, 'H')) != NULL)
		*h = '\0';
}

/* The context of a line from the sections open around it. */
static void
section_context(const open_sections *o, const lp_sections *secs, const lp_period_decision *report,
				const lp_period_decision *targets, lp_line_ctx *c)
{
	memset(c, 0, sizeof(*c));
	c->section = o->depth > 0 ? secs->items[o->at[o->depth - 1]].heading : NULL;
	line_role(o, secs, c);
	line_period(o, secs, report, targets, c);
}

/*
 * What the part says of the facts of a line.  The review of the year is of
 * the year before the targets' (a line given the targets' year by the
 * report's reviews the year before it).
 */
static void
apply_part(lp_line_ctx *c, lp_part part, int end_year, const lp_period_decision *targets,
		   int whole_year_report)
{
	char		buf[16];
	int			ty = lp_period_year(targets->period);

	c->part = part;
	switch (part)
	{
		case LP_PART_YEAR_REVIEW:
		case LP_PART_PLAN_REVIEW:
			/* a report of a half or quarter reviews that part of its own year;
			 * five years reviewed end the year before the targets' too */
			if (whole_year_report && ty > 1949 && strcmp(c->period.period, targets->period) == 0)
			{
				snprintf(buf, sizeof(buf), "%d", ty - 1);
				lp_period_decide(&c->period, buf, LP_PERIOD_INFERRED);
			}
			c->status = LP_STATUS_ACTUAL;
			break;
		case LP_PART_PLAN_GOALS:
			c->status = LP_STATUS_TARGET;
			if (end_year > 0)
			{
				snprintf(buf, sizeof(buf), "%d", end_year);
				lp_period_decide(&c->period, buf, LP_PERIOD_HEADING);
			}
			break;
		default:
			break;
	}
}

/* Do two lines have the same context?  (Field by field: a period's bytes past its end are not set.) */
static int
ctx_equal(const lp_line_ctx *a, const lp_line_ctx *b)
{
	return a->part == b->part && a->role == b->role && a->status == b->status &&
		a->section == b->section && a->period.basis == b->period.basis &&
		a->period.doc_year == b->period.doc_year &&
		strcmp(a->period.period, b->period.period) == 0;
}

/* Line li starts a new run unless its context is the last run's. */
static void
runs_add(lp_line_ctxs *out, size_t li, const lp_line_ctx *c)
{
	if (out->n > 0 && ctx_equal(&out->ctx[out->n - 1], c))
		return;
	if (out->n == out->cap)
	{
		out->cap = out->cap ? out->cap * 2 : 16;
		out->first = lp_realloc(out->first, out->cap * sizeof(size_t));
		out->ctx = lp_realloc(out->ctx, out->cap * sizeof(lp_line_ctx));
	}
	out->first[out->n] = li;
	out->ctx[out->n++] = *c;
}

/*
 * Does a paragraph s[0, len) open with a part of the year naming no year
 * ("一季度，全市地区生产总值增长…") that is over by the publication month
 * pub_month?  In a page published in April 2018, after a paragraph on 2017,
 * it reports the first quarter of 2018: the review of last year ends.  A
 * January page's "四季度，…" is still of the year under review.  *past: that
 * part of year.
 */
static int
opens_with_past_part(const char *s, size_t len, int pub_month, int year, char *past, size_t pastsz)
{
	size_t		n = lp_ahead(s, len, 0, 30),
				c = 0;
	char		buf[16];
	int			end;

	while (c < n && !lp_at(s, n, c, "，") && s[c] != ',')
		c++;
	if (pub_month < 2 || c == n || c == 0 || lp_has_period_word(s, c) == 0 ||
		lp_find_year(s, c, NULL) != 0 || lp_words_any(LP_W_YEAR_LAST, s, c) ||
		lp_words_any(LP_W_YEAR_NEXT, s, c))
		return 0;
	lp_period_of(s, c, year, buf, sizeof(buf));
	end = lp_period_last_month(buf);
	if (end == 0 || end >= pub_month)
		return 0;
	snprintf(past, pastsz, "%s", buf);
	return 1;
}

/* The bytes of a count's character ending at s[i] (a digit, 二十), 0 if none. */
static size_t
count_char_before(const char *s, size_t i)
{
	static const char numerals[] = "一二三四五六七八九十两";
	size_t		k;

	if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
		return 1;
	for (k = 0; i >= 3 && k + 3 <= sizeof(numerals) - 1; k += 3)
		if (memcmp(s + i - 3, numerals + k, 3) == 0)
			return 3;
	return 0;
}

/*
 * Does the paragraph s[0, len) introduce an outline's main indicators by
 * their count ("草案细化提出了20项主要指标：")?  Where its verb starts, 0 if
 * not: the plan is named before it, here or in a line before.
 */
static size_t
plan_indicators_intro(const char *s, size_t len)
{
	long		k = lp_words_find(LP_W_PLAN_INDICATORS, s, len, NULL);
	size_t		i,
				c,
				v;

	if (k <= 0)
		return 0;
	for (i = (size_t) k; (c = count_char_before(s, i)) > 0; i -= c)
		;
	if (i == (size_t) k || (v = lp_words_suffix(LP_W_PLAN_INDICATORS_VERB, s, i)) == 0 || v > i)
		return 0;
	return i - v > 0 ? i - v : 1;
}

/*
 * The last year of the plan s[0, len) names first: 0 if none, -1 when it
 * ended before targets_year (reviewed, not aimed at).
 */
static int
plan_named(const char *s, size_t len, int targets_year)
{
	int			first = lp_five_year_plan(s, len, NULL);

	if (first == 0)
		return 0;
	return targets_year > 0 && first + 4 < targets_year ? -1 : first + 4;
}

/* Is a heading only the name of an outline's main indicators ("主要目标指标")? */
static int
plan_indicators_heading(const char *h)
{
	size_t		a = 0,
				b = strlen(h);

	lp_trim(h, &a, &b);
	return b > a && lp_words_prefix(LP_W_PLAN_INDICATORS_HEADING, h + a, b - a) == b - a;
}

/* The part a line stands in, carried from line to line by lp_line_contexts. */
typedef struct part_state
{
	lp_part		part;
	lp_part		ahead;			/* the part a quote of the report returns to */
	int			held;			/* in the targets named ahead (lp_targets_ahead): 2 from the next line */
	int			end_year;
	int			proposal;		/* the line opens with the report's proposals */
	int			plan_ahead;		/* the end year of a plan whose goals an intro named ahead */
	int			plan_named;		/* the last year of the plan a line named last (plan_named) */
	int			review_opened;	/* a paragraph opened the year's review since the last heading */
	int			appendix;		/* a line opened the report's appendix ("附件1") */
	lp_digest	digest;
	char		past[16];		/* the part of this year a page reports after last year's review */
	const char *last;			/* the last paragraph that was not blank */
	size_t		last_len;
	int			last_proposal;	/* ... opened with the report's proposals */
	int			last_tasks;		/* ... opened this year's tasks by its words ("今年，…") */
} part_state;

/* Where the report stands, for the opening words of its paragraphs. */
typedef struct report_years
{
	const lp_period_decision *report;
	int			targets_year;
	int			whole_year;
	int			pub_month;		/* -1 until asked (lp_published_month reads the head) */
	const char *text;
	size_t		text_len;		/* to the last line's end */
	int			has_lines;
} report_years;

/* The month the report was published in, read from its head the first time it is asked. */
static int
pub_month_of(report_years *ry)
{
	if (ry->pub_month < 0)
		ry->pub_month = ry->has_lines ? lp_published_month(ry->text, ry->text_len) : 0;
	return ry->pub_month;
}

/*
 * "…主要预期目标是：地区生产总值增长6%左右，…。⏎此外，单位生产总值能耗降低2.5%
 * 以上": a paragraph opening with words that add (words.tsv part_goes_on_lead)
 * right after one of the report's proposals, a list of targets or a
 * paragraph of this year's ("今年，…将GDP增速目标定在6.5%左右，…") goes on
 * with them.
 */
static int
adds_to_targets(const part_state *st, const char *s, size_t len)
{
	lp_inline_list il;

	if (st->last == NULL || lp_words_prefix(LP_W_PART_GOES_ON_LEAD, s, len) == 0)
		return 0;
	/* "今年1—7月，全省…增长7.4%。⏎此外，…": results go on (lp_part_opens_results_so_far) */
	return st->last_proposal || (st->last_tasks && !lp_part_opens_results_so_far(st->last, st->last_len)) ||
		(lp_inline_list_find(st->last, st->last_len, NULL, NULL, 0, &il) && il.names_target);
}

/*
 * An interview's question (after its label, s[0, len), turn > 0): one on
 * this year's targets that states no figure ("记者：今年的消费目标呢？",
 * opened: the part its words open) holds the targets for the answer after
 * it ("市长：社会消费品零售总额增长7%左右。"); any other question ends a hold.
 */
static void
question_turn(part_state *st, const char *s, size_t len, size_t turn, lp_part opened)
{
	size_t		b = len,
				k;

	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\r'))
		b--;
	if (turn == 0 || b < 3 || !(lp_at(s, b, b - 3, "？") || s[b - 1] == '?'))
		return;
	for (k = turn; k < b; k++)
		if (s[k] >= '0' && s[k] <= '9')
			break;
	if (opened == LP_PART_TASKS && k == b && lp_words_any(LP_W_TARGET_MARKER, s + turn, b - turn))
	{
		st->part = st->ahead = LP_PART_TASKS;
		st->end_year = 0;
		st->held = 2;			/* from the next line: the answer */
	}
	else
		st->held = 0;
}

/*
 * Where the opening words of s[0, len) start: after its indentation and its
 * bullet, as after an emoji ("★2029年，…以下是2029年工作回顾：" opens the
 * review of 2029 as "2029年，…" does).
 */
static size_t
opening_words(const char *s, size_t len)
{
	size_t		a = lp_skip_space(s, len, 0);

	return lp_skip_space(s, len, a + lp_words_prefix(LP_W_LIST_BULLET, s + a, len - a));
}

/*
 * A review's turns to and from its five-year plan (lp_context_plan_era.c):
 * "这是…的五年。" opens the plan's review; under it, "2025年四大产业占比较
 * 2020年…" goes on with the plan, only the year alone turns back to it.
 */
static void
plan_era(const part_state *st, const char *s, size_t len, lp_part *opened)
{
	if (st->part != LP_PART_YEAR_REVIEW && st->part != LP_PART_PLAN_REVIEW)
		return;
	if ((*opened == LP_PART_NONE || *opened == LP_PART_YEAR_REVIEW) &&
		lp_part_opens_plan_era(s, len))
		*opened = LP_PART_PLAN_REVIEW;
	else if (*opened == LP_PART_YEAR_REVIEW && st->part == LP_PART_PLAN_REVIEW &&
			 lp_part_year_keeps_plan_review(s, len))
		*opened = LP_PART_NONE;
}

/*
 * The part the paragraph s[0, len) opens by its words (prev: the line
 * before it, for a list it goes on with).  dash: the line is a digest's
 * dash heading.
 */
static void
paragraph_part(part_state *st, const char *s, size_t len, const char *prev, size_t prev_len,
			   report_years *ry, int dash)
{
	int			y = 0;
	/* the opening words after the paragraph's indentation ("　　2020年是…") */
	size_t		lead = opening_words(s, len);
	lp_part		opened = lp_part_opened(s + lead, len - lead, ry->targets_year, ry->report->doc_year, &y);
	lp_inline_list il;
	size_t		turn = opened == LP_PART_NONE ? lp_interview_turn(s + lead, len - lead) : 0,
				k;
	lp_plan		plan = LP_PLAN_NONE;

	if (turn > 0)
		opened = lp_part_opened(s + lead + turn, len - lead - turn, ry->targets_year, ry->report->doc_year, &y);
	/* "附件1": the appendix (the year's projects, a glossary) is work of the targets' year */
	if (opened == LP_PART_NONE && lp_part_opens_appendix(s + lead, len - lead))
	{
		opened = LP_PART_TASKS;
		st->appendix = 1;
	}
	/* "今年以来，…" in a half-year report's review: the months done, no tasks */
	if (opened == LP_PART_TASKS && !ry->whole_year &&
		(st->part == LP_PART_YEAR_REVIEW || st->part == LP_PART_PLAN_REVIEW) &&
		lp_part_opens_year_so_far(s + lead, len - lead, ry->targets_year))
		opened = LP_PART_NONE;
	plan_era(st, s + lead, len - lead, &opened);

	/* "草案细化提出了20项主要指标：": the goals of the plan named here or before */
	if (opened == LP_PART_NONE && (k = plan_indicators_intro(s + lead, len - lead)) > 0)
	{
		int			here = plan_named(s + lead, k, ry->targets_year);

		if ((here != 0 ? here : st->plan_named) > 0)
		{
			opened = LP_PART_PLAN_GOALS;
			y = here != 0 ? here : st->plan_named;
		}
	}
	/* "【原文】": a quote of the report, out of the part a comment opened */
	if (lp_words_prefix(LP_W_PART_QUOTE_ORIGINAL, s + lead, len - lead) > 0)
	{
		st->part = st->ahead;
		st->end_year = 0;
		st->held = st->ahead == LP_PART_TASKS;
	}
	/* "报告提出，2019年…": the report's proposals, in news, and a paragraph
	 * adding to them or to a list of targets ("此外，单位生产总值能耗降低…") */
	if ((opened == LP_PART_NONE || opened == LP_PART_TASKS) &&
		(lp_proposal_end(s + lead, len - lead) > 0 || adds_to_targets(st, s + lead, len - lead)))
	{
		opened = LP_PART_TASKS;
		st->proposal = 1;
	}
	/* work planned: "该县将重点抓好七个方面工作。一是…" opens the tasks of the
	 * targets' year; "局长：我们将出台…" makes this paragraph a proposal (the
	 * part goes on as it was) */
	if (opened == LP_PART_NONE &&
		(plan = lp_plan_lead(s + lead, len - lead, ry->targets_year > 0)) != LP_PLAN_NONE)
	{
		if (plan == LP_PLAN_TASKS)
			opened = LP_PART_TASKS;
		if (plan != LP_PLAN_GOALS_ALONE)
			st->proposal = 1;
	}
	/* "一季度，…" in a page of April after a paragraph on last year */
	if (opened == LP_PART_NONE && st->part == LP_PART_YEAR_REVIEW && ry->whole_year &&
		ry->report->doc_year == ry->targets_year &&
		opens_with_past_part(s + lead, len - lead, pub_month_of(ry), ry->targets_year, st->past,
							 sizeof(st->past)))
	{
		st->part = LP_PART_NONE;
		st->end_year = 0;
	}
	else if (opened != LP_PART_NONE)
		st->past[0] = '\0';
	if (opened != LP_PART_NONE)
	{
		st->part = opened;
		st->held = 0;
		st->end_year = y;
		st->review_opened = opened == LP_PART_YEAR_REVIEW;
		if (!dash)
			lp_digest_opened(&st->digest, s, len);
	}
	/* a list of this year's targets ends a review ("报告提出，主要预期目标是：") */
	else if ((st->part == LP_PART_YEAR_REVIEW || st->part == LP_PART_PLAN_REVIEW) &&
			 lp_inline_list_find(s, len, NULL, prev, prev_len, &il) && il.names_target)
	{
		st->part = LP_PART_TASKS;
		st->held = 0;
	}
	question_turn(st, s + lead, len - lead, turn, opened);
	/* the targets named at the paragraph's end are what follows ("明确目标，再出发！" alone too) */
	if (plan == LP_PLAN_GOALS_ALONE || lp_targets_ahead(s + lead, len - lead, ry->targets_year))
	{
		st->part = st->ahead = LP_PART_TASKS;
		st->end_year = 0;
		st->held = 2;			/* from the next line: the intro states none */
	}
	else if ((y = lp_plan_goals_ahead(s + lead, len - lead, ry->targets_year)) != 0)
	{
		st->part = st->ahead = LP_PART_PLAN_GOALS;
		st->end_year = st->plan_ahead = y;
		st->held = 0;
	}
	if (lead < len)				/* the last paragraph, for one adding to it */
	{
		st->last = s;
		st->last_len = len;
		st->last_proposal = st->proposal;
		st->last_tasks = opened == LP_PART_TASKS;
	}
}

/*
 * A page of November or December on the session that opens next year: its
 * tasks ("2025年，全县将…" ⏎ "聚力科技创新，新增科技型中小企业30家") are of the
 * targets' year, not of the year the page reviews (its default period).
 */
static void
tasks_of_december(lp_line_ctx *c, const lp_period_decision *targets, report_years *ry)
{
	int			ty = lp_period_year(targets->period);

	if (ry->whole_year && ty > 1949 && strlen(c->period.period) == 4 &&
		lp_period_year(c->period.period) == ty - 1 && c->period.basis != LP_PERIOD_HEADING &&
		ry->report->doc_year == ty && pub_month_of(ry) >= 11)
		lp_period_decide(&c->period, targets->period, LP_PERIOD_INFERRED);
}

/*
 * The context of every line: its sections' role and period, then the part
 * of the report it stands in (a heading of level 1 or a paragraph's opening
 * words change the part).  Stored as runs: most lines share their
 * neighbour's context, and a blank line always does.
 */
void
lp_line_contexts(const char *text, const lp_line *lines, size_t nlines, const lp_sections *secs,
				 const lp_period_decision *report, lp_line_ctxs *out)
{
	open_sections o;
	lp_period_decision targets;
	part_state	st;
	report_years ry;
	size_t		li,
				next = 0;

	memset(out, 0, sizeof(*out));
	memset(&o, 0, sizeof(o));
	memset(&st, 0, sizeof(st));
	lp_period_of_targets(secs, report, &targets);
	ry.report = report;
	ry.targets_year = atoi(targets.period);
	ry.whole_year = strlen(report->period) <= 4;
	ry.pub_month = -1;
	ry.text = text;
	ry.has_lines = nlines > 0;
	ry.text_len = nlines > 0 ? lines[nlines - 1].end : 0;
	for (li = 0; li < nlines; li++)
	{
		const char *s = text + lines[li].start;
		size_t		len = lines[li].end - lines[li].start;
		int			heading = 0,
					dash,
					pn;
		lp_part		was;
		lp_line_ctx c;

		if ((li & 1023) == 0)
			LP_CHECK_INTERRUPTS();
		open_sections_at(&o, secs, li);
		section_context(&o, secs, report, &targets, &c);
		while (next < secs->n && (size_t) secs->items[next].line_start < li + 1)
			next++;
		if (next < secs->n && (size_t) secs->items[next].line_start == li + 1)
		{
			heading = 1;
			if (secs->items[next].level == 1)
			{
				st.digest.open = 0;
				st.end_year = 0;
				st.past[0] = '\0';
				st.ahead = LP_PART_NONE;
				st.held = 0;
				st.part = lp_part_of_heading(&secs->items[next], ry.targets_year, report->doc_year,
										  &st.end_year);
				/* "1.经济增长。…" under a plan's goals named ahead: one of them */
				if (st.part == LP_PART_NONE && st.plan_ahead)
				{
					st.part = LP_PART_PLAN_GOALS;
					st.end_year = st.plan_ahead;
				}
				else
					st.plan_ahead = 0;
				/* "主要目标指标" after the plan's outline named: its goals */
				if (st.plan_named > 0 && plan_indicators_heading(secs->items[next].heading))
				{
					st.part = LP_PART_PLAN_GOALS;
					st.end_year = st.plan_named;
				}
				/* "2007年经济社会发展情况及本届政府工作回顾过去的一年，…" ⏎ "一、产业培育力度
				 * 加大": the first part under a review a paragraph opened is of it */
				if (st.part == LP_PART_NONE && st.review_opened && secs->items[next].ordinal == 1)
					st.part = LP_PART_YEAR_REVIEW;
				/* "一、提高低保…" under "附件1": an item of the appendix, not a part */
				if (st.part == LP_PART_NONE && st.appendix)
					st.part = LP_PART_TASKS;
				st.review_opened = 0;
			}
		}
		was = st.part;
		dash = lp_digest_heading(&st.digest, s, len, &st.part, &st.end_year);
		if (st.part != was)
			st.held = 0;
		st.proposal = 0;
		if (!heading && len > 0)
			paragraph_part(&st, s, len, li > 0 ? text + lines[li - 1].start : NULL,
						   li > 0 ? lines[li - 1].end - lines[li - 1].start : 0, &ry, dash);
		if (dash)
			lp_digest_heading_part(&st.digest, st.part, st.end_year);
		apply_part(&c, st.part, st.end_year, &targets, ry.whole_year);
		if (st.part == LP_PART_TASKS)
			tasks_of_december(&c, &targets, &ry);
		/* the part of this year the page reports, after last year's review */
		if (st.past[0] && st.part == LP_PART_NONE)
		{
			lp_period_decide(&c.period, st.past, LP_PERIOD_INFERRED);
			c.status = LP_STATUS_ACTUAL;
		}
		/* held: the targets a paragraph named ahead, and quotes of them; the appendix */
		if (st.proposal || ((st.held == 1 || st.appendix) && st.part == LP_PART_TASKS))
		{
			c.status = LP_STATUS_TARGET;
			if (c.period.basis != LP_PERIOD_HEADING)
				c.period = targets;
		}
		if (st.held == 2)
			st.held = 1;
		if ((pn = plan_named(s, len, ry.targets_year)) != 0)
			st.plan_named = pn;
		runs_add(out, li, &c);
	}
}

const lp_line_ctx *
lp_line_ctx_at(lp_line_ctxs *c, size_t li)
{
	size_t		lo = 0,
				hi;

	/* lines are read in order: the run of the last line, or the next ones */
	if (c->at < c->n && c->first[c->at] <= li)
	{
		while (c->at + 1 < c->n && c->first[c->at + 1] <= li)
			c->at++;
		return &c->ctx[c->at];
	}
	hi = c->n;
	while (hi - lo > 1)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (c->first[mid] <= li)
			lo = mid;
		else
			hi = mid;
	}
	c->at = lo;
	return &c->ctx[lo];
}

void
lp_line_ctxs_free(lp_line_ctxs *c)
{
	lp_free(c->first);
	lp_free(c->ctx);
	memset(c, 0, sizeof(*c));
}

lp_part
lp_part_of_mention(lp_part part, const char *s, size_t len, size_t sent_start, size_t at,
				   const char *period, lp_turn_walk *w)
{
	return part == LP_PART_PLAN_REVIEW &&
		lp_paragraph_turns_to_year(s, len, sent_start, at, period, w) ? LP_PART_YEAR_REVIEW : part;
}

int
lp_part_target_marker_holds(lp_part part, const char *s, size_t a, size_t b)
{
	if (part != LP_PART_YEAR_REVIEW && part != LP_PART_PLAN_REVIEW)
		return 1;
	return b > a && lp_words_any(LP_W_TARGET_MARKER, s + a, b - a);
}
