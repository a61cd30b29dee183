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
#include "lp_ordinal.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

#define OPENING_BYTES 120		/* a paragraph says early which part it opens (40 hanzi) */

/* A part named at s[at]: where, 0 when none is named. */
typedef struct part_word
{
	lp_part		part;
	size_t		at;
} part_word;

/* The earlier of two part words. */
static void
earliest(part_word *w, lp_part part, long at)
{
	if (at >= 0 && (w->part == LP_PART_NONE || (size_t) at < w->at))
	{
		w->part = part;
		w->at = (size_t) at;
	}
}

/*
 * A paragraph or heading opening with a five-year plan named as a period
 * ("“十四五”时期，…", "各位代表！“十四五”以来"): the review of a plan that
 * ended before the targets' year, else its goals (*end_year: the plan's
 * last year).  "2026年是“十五五”规划开局之年" opens with the year instead.
 */
static void
plan_period(const char *s, size_t len, int targets_year, part_word *w, int *end_year)
{
	size_t		a = lp_words_prefix(LP_W_PART_SALUTATION, s, len),
				at = 0;
	int			first;
	long		k;

	while (a < len && lp_words_prefix(LP_W_PART_QUOTE, s + a, len - a) > 0)
		a += lp_words_prefix(LP_W_PART_QUOTE, s + a, len - a);
	/* most lines open with no plan: no need to look for one further on */
	if (!lp_five_year_plan_opens(s + a, len - a))
		return;
	first = lp_five_year_plan(s + a, len - a, &at);
	if (first == 0 || at != 0)
		return;
	/* the period word follows the name and its closing quote */
	k = lp_words_find(LP_W_PART_PLAN_PERIOD, s + a, len - a, NULL);
	if (k < 0 || k > 18)
		return;
	if (targets_year > 0 && first + 4 < targets_year)
		earliest(w, LP_PART_PLAN_REVIEW, (long) a);
	else
	{
		earliest(w, LP_PART_PLAN_GOALS, (long) a);
		if (w->part == LP_PART_PLAN_GOALS)
			*end_year = first + 4;
	}
}

/*
 * A paragraph opening with a year or 去年/今年 ("2012年，全省经济…",
 * "今年是“十五五”开局之年"): the review of that year, or this year's
 * targets and work; NONE for another year.
 */
static lp_part
year_opened(const char *s, size_t len, int targets_year, int this_year)
{
	size_t		a = lp_words_prefix(LP_W_PART_SALUTATION, s, len),
				at = 1;
	int			y;

	if (a == 0)
		a = lp_after_speaker(s, len);
	/* "会议明确，今年…", "会议审议通过了计划草案，确定今年…": a decision on this year */
	if (a == 0)
		a = lp_decision_on_this_year(s, len);

	if (lp_words_prefix(LP_W_PART_LAST_YEAR, s + a, len - a))
		return LP_PART_YEAR_REVIEW;
	if ((y = (int) lp_words_prefix(LP_W_PART_THIS_YEAR, s + a, len - a)) > 0)
		/* "今年以来，…" in a report of December setting next year's targets:
		 * this year so far, under review */
		return lp_at(s, len, a + (size_t) y, "以来") && this_year > 0 &&
			targets_year == this_year + 1 ? LP_PART_YEAR_REVIEW : LP_PART_TASKS;
	y = lp_find_year(s + a, len - a, &at);
	if (y == 0 || at != 0 || targets_year == 0)
		return LP_PART_NONE;
	return y == targets_year - 1 ? LP_PART_YEAR_REVIEW :
		y == targets_year ? LP_PART_TASKS : LP_PART_NONE;
}

/*
 * The part the opening words s[0, len) of a paragraph or heading start;
 * NONE if none.  The earliest word naming a part wins; a year opening the
 * paragraph loses to the five-year plan it leads to ("2025年是“十四五”
 * 收官之年。五年来，…").
 */
static lp_part
part_opened(const char *s, size_t len, int targets_year, int this_year, int *end_year)
{
	static const lp_word_kind kinds[] = {
		LP_W_PART_YEAR_REVIEW, LP_W_PART_PLAN_REVIEW, LP_W_PART_PLAN_GOALS
	};
	part_word	w = {LP_PART_NONE, 0};
	size_t		n = lp_ahead(s, len, 0, OPENING_BYTES);
	long		at[3];

	/* one pass for the three kinds: this runs on every line of the text */
	lp_words_find_each(kinds, 3, s, n, at, NULL);
	earliest(&w, LP_PART_YEAR_REVIEW, at[0]);
	earliest(&w, LP_PART_PLAN_REVIEW, at[1]);
	earliest(&w, LP_PART_PLAN_GOALS, at[2]);
	if (w.part == LP_PART_PLAN_GOALS)
		*end_year = lp_plan_goals_end_year(s, n, targets_year);
	plan_period(s, n, targets_year, &w, end_year);
	if (w.part == LP_PART_NONE || (w.part == LP_PART_YEAR_REVIEW && w.at > 0))
	{
		lp_part		y = year_opened(s, n, targets_year, this_year);

		if (y != LP_PART_NONE)
			return y;
	}
	return w.part;
}

/*
 * A heading naming a plan by its title ("关于《国民经济和社会发展第十一个
 * 五年规划纲要(草案)》的说明") opens the plan's goals, or its review when it
 * ended before the targets' year.
 */
static lp_part
plan_titled(const char *s, size_t len, int targets_year, int *end_year)
{
	size_t		at = 0;
	int			first = lp_five_year_plan(s, len, &at);

	if (first == 0 || at == 0 || !lp_words_suffix(LP_W_PART_PLAN_TITLE, s, at))
		return LP_PART_NONE;
	if (targets_year > 0 && first + 4 < targets_year)
		return LP_PART_PLAN_REVIEW;
	*end_year = first + 4;
	return LP_PART_PLAN_GOALS;
}

/* The part a top-level heading opens: by its role, else by the plan it names. */
static lp_part
part_of_heading(const lp_section *sec, int targets_year, int this_year, int *end_year)
{
	lp_part		part;

	if (sec->role == LP_ROLE_REVIEW)
		return LP_PART_YEAR_REVIEW;
	part = part_opened(sec->heading, strlen(sec->heading), targets_year, this_year, end_year);
	if (part == LP_PART_NONE)
		part = plan_titled(sec->heading, strlen(sec->heading), targets_year, end_year);
	if (part == LP_PART_PLAN_REVIEW || part == LP_PART_PLAN_GOALS)
		return part;
	return sec->role == LP_ROLE_OTHER ? LP_PART_NONE : LP_PART_TASKS;
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
			/* a report of a half or quarter reviews that part of its own year */
			if (whole_year_report && ty > 1949 && strcmp(c->period.period, targets->period) == 0)
			{
				snprintf(buf, sizeof(buf), "%d", ty - 1);
				lp_period_decide(&c->period, buf, LP_PERIOD_INFERRED);
			}
			c->status = LP_STATUS_ACTUAL;
			break;
		case LP_PART_PLAN_REVIEW:
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
 * Where the report's proposals opening the paragraph end ("报告提出，2019年…"),
 * also after a short lead clause naming what follows ("对于今年政府工作要求，
 * 会议提出，…"); 0 if it opens with none.
 */
#define PROPOSAL_LEAD_BYTES 48	/* 16 characters */

/* only , ; and the lead bytes of ， ； 。 need a closer look */
static const unsigned char proposal_marks[256] = {[','] = 1,[';'] = 1,[0xEF] = 1,[0xE3] = 1};

/*
 * The places of those bytes in s[0, n), n <= 64, as bits: this runs on
 * every line, and 16 bytes are tested at a time where SSE2 is there.
 */
static uint64_t
proposal_mark_bits(const char *s, size_t n)
{
	uint64_t	bits = 0;
	size_t		i = 0;

#ifdef __SSE2__
	for (; i + 16 <= n; i += 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (s + i)),
					hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
													_mm_cmpeq_epi8(x, _mm_set1_epi8(';'))),
								   _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xEF)),
												_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xE3))));

		bits |= (uint64_t) (unsigned) _mm_movemask_epi8(hit) << i;
	}
#endif
	for (; i < n; i++)
		if (proposal_marks[(unsigned char) s[i]])
			bits |= (uint64_t) 1 << i;
	return bits;
}

static size_t
proposal_end(const char *s, size_t len)
{
	uint64_t	bits;
	size_t		n;

	if ((n = lp_words_prefix(LP_W_PART_PROPOSAL, s, len)) > 0)
		return n;
	for (bits = proposal_mark_bits(s, len < PROPOSAL_LEAD_BYTES ? len : PROPOSAL_LEAD_BYTES);
		 bits; bits &= bits - 1)
	{
		size_t		i = (size_t) __builtin_ctzll(bits),
					after;
		unsigned char c = (unsigned char) s[i];

		after = c == ',' ? i + 1 : lp_at(s, len, i, "，") ? i + 3 : 0;
		if (after > 0)
			return (n = lp_words_prefix(LP_W_PART_PROPOSAL, s + after, len - after)) > 0 ? after + n : 0;
		if (lp_at(s, len, i, "。") || c == ';' || lp_at(s, len, i, "；"))
			return 0;
	}
	return 0;
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
	lp_part		part = LP_PART_NONE;
	int			targets_year,
				proposal,
				end_year = 0,
				whole_year = strlen(report->period) <= 4;
	size_t		li,
				next = 0;

	memset(out, 0, sizeof(*out));
	memset(&o, 0, sizeof(o));
	lp_period_of_targets(secs, report, &targets);
	targets_year = atoi(targets.period);
	for (li = 0; li < nlines; li++)
	{
		const char *s = text + lines[li].start;
		size_t		len = lines[li].end - lines[li].start;
		int			heading = 0;
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
				end_year = 0;
				part = part_of_heading(&secs->items[next], targets_year, report->doc_year, &end_year);
			}
		}
		proposal = 0;
		if (!heading && len > 0)
		{
			int			y = 0;
			/* the opening words after the paragraph's indentation ("　　2020年是…") */
			size_t		lead = lp_skip_space(s, len, 0);
			lp_part		opened = part_opened(s + lead, len - lead, targets_year, report->doc_year, &y);
			lp_inline_list il;
			size_t		turn = opened == LP_PART_NONE ? lp_interview_turn(s + lead, len - lead) : 0;

			if (turn > 0)
				opened = part_opened(s + lead + turn, len - lead - turn, targets_year, report->doc_year, &y);

			/* "【原文】": a quote of the report, out of the part a comment opened */
			if (lp_words_prefix(LP_W_PART_QUOTE_ORIGINAL, s + lead, len - lead) > 0)
			{
				part = LP_PART_NONE;
				end_year = 0;
			}
			/* "报告提出，2019年…": the report's proposals, in news */
			if ((opened == LP_PART_NONE || opened == LP_PART_TASKS) &&
				proposal_end(s + lead, len - lead) > 0)
			{
				opened = LP_PART_TASKS;
				proposal = 1;
			}
			if (opened != LP_PART_NONE)
			{
				part = opened;
				end_year = y;
			}
			/* a list of this year's targets ends a review ("报告提出，主要预期目标是：") */
			else if ((part == LP_PART_YEAR_REVIEW || part == LP_PART_PLAN_REVIEW) &&
					 lp_inline_list_find(s, len, NULL,
										 li > 0 ? text + lines[li - 1].start : NULL,
										 li > 0 ? lines[li - 1].end - lines[li - 1].start : 0,
										 &il) && il.names_target)
				part = LP_PART_TASKS;
		}
		apply_part(&c, part, end_year, &targets, whole_year);
		if (proposal)
		{
			c.status = LP_STATUS_TARGET;
			if (c.period.basis != LP_PERIOD_HEADING)
				c.period = targets;
		}
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
				   const char *period)
{
	return part == LP_PART_PLAN_REVIEW &&
		lp_paragraph_turns_to_year(s, len, sent_start, at, period) ? LP_PART_YEAR_REVIEW : part;
}

int
lp_part_target_marker_holds(lp_part part, const char *s, size_t a, size_t b)
{
	if (part != LP_PART_YEAR_REVIEW && part != LP_PART_PLAN_REVIEW)
		return 1;
	return b > a && lp_words_any(LP_W_TARGET_MARKER, s + a, b - a);
}

/*
 * Length of the mark ending an intro at s[i]: a colon (':' or '：'), or a
 * dash pair after words ("主要预期目标——地区生产总值增长7.5%，…"); 0 if none.
 * A dash pair opening the line is a list mark ("——地区生产总值增长8%").
 */
static int
colon_at(const char *s, size_t len, size_t i)
{
	size_t		a = 0,
				b = i;

	if (s[i] == ':')
		return 1;
	if (lp_at(s, len, i, "："))
		return 3;
	if (!lp_at(s, len, i, "——"))
		return 0;
	lp_trim(s, &a, &b);
	return a < b ? 6 : 0;
}

/*
 * The next colon (or —, which colon_at may take for an intro's end) at or
 * after i, or len: memchr, not a walk over every character of every line
 * (in UTF-8 the bytes of a colon start a character).
 */
static size_t
next_colon(const char *s, size_t len, size_t i)
{
	const char *ascii = i < len ? memchr(s + i, ':', len - i) : NULL;
	size_t		upto = ascii ? (size_t) (ascii - s) : len;
	const char *wide = lp_find3(s + i, upto - i, "：");
	const char *dash = lp_find3(s + i, (wide ? (size_t) (wide - s) : upto) - i, "—");

	return dash ? (size_t) (dash - s) : wide ? (size_t) (wide - s) : upto;
}

/*
 * Does the list go on after s[0, len): does the line end inside it (with
 * ；，、 or no mark at all), not with a full stop?
 */
static int
list_goes_on(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				p;
	int			cl;
	uint32_t	cp;

	lp_trim(s, &a, &b);
	if (a == b)
		return 0;
	p = lp_prev_char(s, b);
	cp = lp_utf8_next(s + p, b - p, &cl);
	/* a quote closing after the full stop ("…现代化城市。”") ends the list too */
	while (p > a && (cp == 0x201D || cp == 0x2019 || cp == '"' || cp == 0x300D || cp == 0x300F))
	{
		b = p;
		p = lp_prev_char(s, b);
		cp = lp_utf8_next(s + p, b - p, &cl);
	}
	return !lp_is_full_stop(cp) && cp != 0xFF1A && cp != ':';
}

/*
 * Do the words before a colon, s[start, i), with the line before when they
 * start the line (an intro broken over lines: "今年经济社会发展的\n主要预期目标
 * \n是："), name a list (kind: summary_intro) or targets (target_marker)?
 */
#define INTRO_TAIL_CHARS 6		/* "是", "如下", "安排如下" */

/* The words s[start, i) before a colon are a note's label ("注", "资料来源"). */
static int
is_note_label(const char *s, size_t start, size_t i)
{
	size_t		a = start,
				b = i;

	lp_trim(s, &a, &b);
	return a < b && lp_words_prefix(LP_W_NOTE_LABEL, s + a, b - a) == b - a;
}

/* A note's label opening brackets before the colon at i ("…相差1个多百分点（注：…）") */
static int
note_in_brackets(const char *s, size_t start, size_t i)
{
	size_t		n = lp_words_suffix(LP_W_NOTE_LABEL, s + start, i - start);

	return n > 0 && ((i - n >= start + 3 && lp_at(s, i, i - n - 3, "（")) ||
					 (i - n >= start + 1 && s[i - n - 1] == '('));
}

static int
intro_names(lp_word_kind kind, const char *s, size_t start, size_t i, const char *prev_s,
			size_t prev_len)
{
	size_t		a = 0,
				b = start;

	if (lp_words_any(kind, s + start, i - start))
		return 1;
	lp_trim(s, &a, &b);
	/* the line before counts when few words end the intro here ("是："), not a
	 * dateline under a title ("来源：…" under "…有望完成预期目标"), nor an
	 * answer under its question ("答：" under "问：今年的目标是多少？") */
	return a == b && prev_s && prev_len > 0 && lp_utf8_chars(s + start, i - start) <= INTRO_TAIL_CHARS &&
		!is_note_label(s, start, i) && list_goes_on(prev_s, prev_len) && lp_words_any(kind, prev_s, prev_len);
}

#define BARE_INTRO_MAX_BYTES (30 * 3)

/* Does s[0, len) start with a list mark or an item number ("——", "●", "1.")? */
static int
starts_marked_item(const char *s, size_t len)
{
	size_t		a = 0,
				b = len;

	lp_trim(s, &a, &b);
	return lp_list_mark_at(s, a, b) != LP_MARK_NONE || lp_item_number_len(s, a, b) > 0;
}

/*
 * An intro of targets written without a colon: a line of its own naming
 * them ("建议全年经济社会发展预期目标" over its bullets), one whose 是 or 为
 * is followed by a comma ("今年…的主要目标是，在…的基础上，地区生产总值…"),
 * or named goals with their items ("主要预期目标是生产总值增长7%，…").
 */
static int
intro_without_colon(const char *s, size_t len, lp_inline_list *il)
{
	size_t		a = 0,
				b = len,
				tail,
				ml;
	int			bare = 0;
	const char *p;

	lp_trim(s, &a, &b);
	if (a < b && b - a <= BARE_INTRO_MAX_BYTES && lp_find_comma(s + a, b - a, &ml) == NULL &&
		lp_words_suffix(LP_W_TARGET_NOUN, s + a, b - a) > 0 &&
		lp_words_any(LP_W_SUMMARY_INTRO, s + a, b - a) && !lp_is_sentence_end(s[b - 1]) &&
		!lp_words_any(LP_W_ROLE_NOT, s + a, b - a))	/* "全年有望完成预期目标" */
	{
		il->found = 1;
		il->from = il->to = len;
		il->goes_on = 1;
		il->marked = 1;
		il->names_target = 1;
		il->year = lp_find_year(s + a, b - a, NULL);
		il->intro = a;
		return 1;
	}
	/* "目标是，" / "目标为，" / "主要目标是生产总值…": each 标 (lp_find3), then its words */
	for (p = lp_find3(s, len, "标"); p != NULL; p = lp_find3(p + 3, (size_t) (s + len - p - 3), "标"))
		if (p - s >= 3 && lp_same(p - 3, "目", 3) && (tail = lp_goals_tail(s, len, (size_t) (p - s) + 3, &bare)) > 0)
			break;
	/* "报告提出，2020年全市地区生产总值增长6%，进出口稳中提质，…": a paragraph
	 * of proposals lists targets to its sentence's end, not the year's whole list */
	if (p == NULL && a < b && (tail = proposal_end(s + a, b - a)) > 0)
	{
		il->found = 1;
		il->intro = a;
		il->from = a + tail;
		il->to = lp_next_end(s, il->from, len, lp_is_full_stop);
		il->names_target = 1;
		il->year = lp_find_year(s + il->from, il->to - il->from < 30 ? il->to - il->from : 30, NULL);
		il->partial = 1;		/* news may state more targets elsewhere */
		return 1;
	}
	if (p == NULL)
		return 0;
	p -= 3;						/* where 目标 starts */
	il->found = 1;
	il->from = (size_t) (p - s) + strlen("目标") + tail;
	il->to = bare ? lp_next_end(s, il->from, len, lp_is_sentence_end) : len;	/* no comma: a sentence */
	il->goes_on = bare ? 0 : list_goes_on(s, len);
	il->names_target = 1;
	il->intro = lp_after_last(s, (size_t) (p - s) > LP_MAX_LOOKBACK ? (size_t) (p - s) - LP_MAX_LOOKBACK : 0,
							  (size_t) (p - s), bare ? lp_is_clause_end : lp_is_sentence_end);
	il->year = lp_find_year(s + il->intro, (size_t) (p - s) - il->intro, NULL);
	il->partial = lp_words_any(LP_W_LIST_PARTIAL, s + il->intro, (size_t) (p - s) - il->intro);
	return 1;
}

int
lp_inline_list_find(const char *s, size_t len, const lp_inline_list *prev, const char *prev_s,
					size_t prev_len, lp_inline_list *il)
{
	size_t		i,
				colons = 0;

	memset(il, 0, sizeof(*il));
	/* a list under a bare intro ("建议全年经济社会发展预期目标" over its bullets) is of marked lines */
	if (prev && prev->found && prev->goes_on && prev->marked && !starts_marked_item(s, len))
		prev = NULL;
	/* items of 一是, 二是, … each a paragraph ending in 。: the next one goes on with the list */
	if (prev && prev->found && (prev->goes_on || (prev->ordinal > 0 &&
												  lp_ordinal_item(s, len) == prev->ordinal + 1)))
	{
		/* a line going on inside item N is still item N */
		il->ordinal = lp_ordinal_item(s, len);
		if (il->ordinal == 0 && prev->goes_on)
			il->ordinal = prev->ordinal;
		il->found = 1;
		il->to = len;
		il->names_target = prev->names_target;
		il->goes_on = list_goes_on(s, len);
		il->year = prev->year;
		il->year_relative = prev->year_relative;
		il->partial = prev->partial;
		il->marked = prev->marked;
		return 1;
	}
	/* a list of targets ended by 。 goes on in a paragraph of its items, of no other year */
	if (prev && prev->found && prev->names_target && !(prev->goes_on || prev->partial || prev->marked || prev->ordinal) &&
		!starts_marked_item(s, len) && lp_items_only_line(s, len) && !lp_clause_opens_last_year(s, 0, len) &&
		(lp_find_year(s, len, NULL) == 0 || lp_find_year(s, len, NULL) == prev->year))
	{
		*il = *prev;
		il->from = il->intro = 0;
		il->to = len;
		return 1;
	}
	for (i = next_colon(s, len, 0); i < len; i = next_colon(s, len, i + 1))
	{
		int			n = colon_at(s, len, i);
		size_t		start,
					a,
					b = len;

		if (n == 0)
			continue;
		/* each colon looks back a sentence: a line of colons is long work */
		if ((++colons & 255) == 0)
			LP_CHECK_INTERRUPTS();
		/* the intro is the sentence before the colon; items must follow it */
		start = lp_after_last(s, i > LP_MAX_LOOKBACK ? i - LP_MAX_LOOKBACK : 0, i,
							  lp_is_sentence_end);
		a = i + (size_t) n;
		lp_trim(s, &a, &b);
		if (intro_names(LP_W_SUMMARY_INTRO, s, start, i, prev_s, prev_len) && !note_in_brackets(s, start, i))
		{
			il->names_target = intro_names(LP_W_TARGET_MARKER, s, start, i, prev_s, prev_len);
			/* an intro ending the line: only one of targets opens a list below */
			if (a == b && !il->names_target)
				return 0;
			il->found = 1;
			il->from = i + (size_t) n;
			/* the list runs to the end of the paragraph: the items of a long one
			 * go on after a 。 ("…更好结果。规模以上工业增加值增长7.5%左右，…") */
			il->to = len;
			il->goes_on = a == b || list_goes_on(s, len);
			il->year = lp_find_year(s + start, i - start, NULL);
			il->intro = start;
			il->partial = lp_words_any(LP_W_LIST_PARTIAL, s + start, i - start);
			return 1;
		}
	}
	return intro_without_colon(s, len, il);
}
