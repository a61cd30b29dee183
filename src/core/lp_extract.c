/*
 * lp_extract.c — from a clean report to indicator facts: the document read
 * line by line, each line handed to the file that decides its part.
 *
 *   lp_context.c    the sections around a line (role, status, period) and
 *                   the summary lists of headline indicators;
 *   lp_table_row.c  tables flattened to text: a fact per value cell;
 *   lp_wrap.c       lines broken at the page width, joined and read as one;
 *   lp_label.c      the label of an infographic's card, the subject of the
 *                   figures on the lines below it;
 *   lp_mention.c    each quantity mention (lp_quantity.c finds them) read
 *                   as a fact in stages: measure, subject, status, period;
 *   lp_rank.c       ranks (稳居全市第一);
 *   lp_qualitative.c summary items that state no number;
 *   lp_headline.c   which facts are the report's headline indicators,
 *                   settled once the whole document is read;
 *   lp_roundup.c    in news of several sessions, the report of each line.
 */
#include "lp.h"
#include "lp_context.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_revenue_whole.h"
#include "lp_title_echo.h"
#include "lp_figure_first.h"
#include "lp_label.h"
#include "lp_meta_early.h"
#include "lp_mention.h"
#include "lp_qualitative.h"
#include "lp_rank.h"
#include "lp_review_body.h"
#include "lp_roundup.h"
#include "lp_table_row.h"
#include "lp_text.h"
#include "lp_words.h"
#include "lp_columns.h"
#include "lp_runon.h"
#include "lp_spacing.h"
#include "lp_subject.h"
#include "lp_unwrap_text.h"
#include "lp_wrap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A document being read. */
typedef struct doc
{
	const char *text;
	lp_meta		meta;
	lp_line    *lines;
	size_t		nlines;
	lp_sections secs;
	size_t		next_section;	/* the first section not before the line read */
	lp_line_ctxs ctx;			/* of every line */
	lp_wrap		wrap;
	lp_wrap_join join;
	int			unwrapped;		/* the text's wrapped lines were joined before it was read */
	lp_table_reader table;
	lp_summary_list list;
	lp_inline_list last_list;	/* of the line read before */
	lp_mention_doc mentions;
	lp_review_body review;		/* where the review stands: summary, topics */
	char		label[LP_MAX_SUBJECT + 1];	/* of an infographic's card, or "" */
	int			target_year;	/* a target's year a line with figures named or carried */
	lp_facts   *out;
} doc;

/* One line read, or lines joined at the page width read as one. */
typedef struct line_read
{
	size_t		li;				/* index of the (first) line */
	const char *s;				/* its text */
	size_t		slen;
	size_t		a;				/* the text trimmed: [a, b) */
	size_t		b;
	size_t		from;			/* mentions start here: after a heading's numbering */
	int			is_heading;
	int			item_heading;	/* a numbered item of an open summary list */
	int			summary;		/* an item of a summary list */
	int			found;			/* a quantity was read */
	lp_inline_list inline_list;
	const lp_line_ctx *ctx;		/* of the line */
	lp_line_ctx inline_ctx;		/* the context of the items of the inline list */
} line_read;

/*
 * The report's period and what decided it: the period given (when it is not
 * the one inferred: then what decided that), else the metadata's (inferred,
 * or given by the caller).  The year the report speaks from goes with it.
 */
static void
report_period(const lp_meta *meta, const lp_meta *meta_in, const char *period,
			  lp_period_decision *report)
{
	lp_period_basis basis = meta->period_basis;

	if (period && (meta_in || strcmp(period, meta->period) != 0))
		basis = LP_PERIOD_GIVEN;
	else if (meta_in && basis == LP_PERIOD_NONE)
		basis = LP_PERIOD_META;
	lp_period_decide(report, period ? period : meta->period, basis);
	report->doc_year = meta->doc_year;
	/* a December page of next year's session: its 今年 is the year before */
	report->said_year = meta->said_year != 0 && meta->said_year + 1 == meta->doc_year ?
		meta->said_year : 0;
	if (basis == LP_PERIOD_GIVEN)
	{
		report->doc_year = strpbrk(period, "HQM") ? atoi(period) : 0;
		report->said_year = 0;
	}
}

/*
 * A heading naming its year by a relative word ("去年国民经济和社会发展计划
 * 执行情况", "今年计划草案" in session news), or only a part of a year
 * ("上半年工作总结"), names a period of the document's year.
 */
#define SHORT_HEADING_BYTES (30 * 3)

static void
relative_headings(lp_sections *secs, int doc_year)
{
	size_t		i;

	if (doc_year <= 1949)
		return;
	for (i = 0; i < secs->n; i++)
	{
		lp_section *sec = &secs->items[i];
		int			y;

		/* a heading alone on its line, not a paragraph opened by one
		 * ("1.经济运行。聚焦年度目标任务，…") */
		if (sec->period[0] != '\0' || strlen(sec->heading) > SHORT_HEADING_BYTES ||
			lp_find3(sec->heading, strlen(sec->heading), "。") != NULL)
			continue;
		if ((y = lp_relative_year(sec->heading, 0, strlen(sec->heading), doc_year)) > 0)
			snprintf(sec->period, sizeof(sec->period), "%d", y);
		/* "一、上半年工作总结" in a report of the year */
		else if (lp_has_period_word(sec->heading, strlen(sec->heading)))
			lp_period_of(sec->heading, strlen(sec->heading), doc_year, sec->period,
						 sizeof(sec->period));
	}
}

/*
 * News of a work report that speaks only of its session's year: the
 * report's period is the year it speaks from ("“数”看2025年…政府工作报告",
 * "…提出了2018年全省发展的主要预期目标").  A work report reviews the year
 * before its session: what such a text states of the session's year are
 * its targets.  So does a plan report, or news of one, reviewing the year
 * before its draft's ("…2007年…计划执行情况与2008年…计划草案的报告"):
 * what it states of the draft's year is planned.  0 for any other text.
 */
static int
session_year(const lp_meta *meta, const lp_period_decision *report)
{
	int			y = atoi(report->period);

	if (report->doc_year == 0 || strspn(report->period, "0123456789") != strlen(report->period))
		return 0;
	if (strcmp(meta->kind, "plan_execution") == 0 && y + 1 == report->doc_year)
		return report->doc_year;
	if (strcmp(meta->kind, "work_report") != 0 || y != report->doc_year)
		return 0;
	return y;
}

/*
 * A work report that reviews the year before its session plans the
 * session's year: the year its work part speaks of.  0 for any other text.
 */
static int
plans_year(const lp_meta *meta, const lp_sections *secs, const lp_period_decision *report)
{
	lp_period_decision targets;
	int			y = atoi(report->period);

	if (strcmp(meta->kind, "work_report") != 0 ||
		strspn(report->period, "0123456789") != strlen(report->period))
		return 0;
	lp_period_of_targets(secs, report, &targets);
	return atoi(targets.period) == y + 1 ? y + 1 : 0;
}

/*
 * A work report or a plan report, or news of one, reviews the year before
 * the one it speaks from; months it names with no year that end before the
 * month it was written in ("1-2月" in news of a session in March) are the
 * months just past, of the year it speaks from, and others (1-11月) of the
 * year reviewed.  That year, and the month in *month (0 if the head names
 * none); 0 for any other text.
 */
static int
months_year(const lp_meta *meta, const lp_period_decision *report, const char *text, size_t len,
			int *month)
{
	int			y = atoi(report->period);

	*month = 0;
	if ((strcmp(meta->kind, "work_report") != 0 && strcmp(meta->kind, "plan_execution") != 0) ||
		report->doc_year == 0 || y + 1 != report->doc_year ||
		strspn(report->period, "0123456789") != strlen(report->period))
		return 0;
	*month = lp_head_month(text, len, report->doc_year);
	return report->doc_year;
}

/*
 * The metadata of a text, read from its lines as written when it wraps at
 * a page width (lp_wrap_unwrapped): a PDF's dateline or opening sentence
 * cut over lines tells its year only whole.
 */
static void
infer_meta_wrapped(const char *text, size_t len, const lp_line *lines, size_t nlines,
				   const lp_sections *secs, const lp_wrap *w, lp_meta *m)
{
	lp_buf		u;

	lp_buf_init(&u);
	if (lp_wrap_unwrapped(w, text, lines, nlines, &u) && u.data)
	{
		lp_line    *ul;
		size_t		un = lp_split_lines(u.data, u.len, &ul);
		lp_sections us = {0};

		lp_parse_sections_lines(u.data, ul, un, &us);
		lp_infer_meta_lines(u.data, u.len, ul, un, &us, m);
		lp_sections_free(&us);
		lp_free(ul);
	}
	else
		lp_infer_meta_lines(text, len, lines, nlines, secs, m);
	lp_buf_free(&u);
}

#define META_SCAN_BYTES (64 * 1024)	/* lp_meta.c's SCAN_BYTES: the head the metadata is in */

/*
 * lp_infer_meta, and the layout it read the text by when that is the whole
 * text's (len <= META_SCAN_BYTES): the very layout lp_extract reads it by,
 * which ingest's extract of the same text takes (lp_extract_laid_out)
 * instead of making it again.  NULL for a longer text.
 */
struct lp_layout *
lp_infer_meta_layout(const char *text, size_t len, lp_meta *m)
{
	lp_layout  *l = lp_alloc(sizeof(lp_layout));

	lp_layout_open(text, len < META_SCAN_BYTES ? len : META_SCAN_BYTES, l);
	infer_meta_wrapped(text, len, l->lines, l->nlines, &l->secs, &l->wrap, m);
	if (len <= META_SCAN_BYTES)
		return l;
	lp_layout_release(l);
	return NULL;
}

void
lp_layout_release(struct lp_layout *l)
{
	if (l == NULL)
		return;
	lp_layout_free(l);
	lp_free(l);
}

void
lp_infer_meta(const char *text, size_t len, lp_meta *m)
{
	lp_layout_release(lp_infer_meta_layout(text, len, m));
}

/*
 * Lines, sections, layout, metadata and the context of every line.  The
 * metadata is meta_in (given), else inferred (lp_infer_meta's of this
 * text), else inferred here.
 */
static void
doc_open(doc *d, const char *text, size_t len, lp_layout *layout, const lp_meta *meta_in,
		 const lp_meta *inferred, const char *period, lp_anchor anchor, lp_facts *out)
{
	lp_period_decision report;
	size_t		i;

	memset(d, 0, sizeof(*d));
	d->text = text;
	d->out = out;
	/* the layout is the document's now (doc_close frees it) */
	d->lines = layout->lines;
	d->nlines = layout->nlines;
	d->secs = layout->secs;
	d->wrap = layout->wrap;
	memset(layout, 0, sizeof(*layout));
	lp_wrap_join_init(&d->join);
	if (meta_in)
		d->meta = *meta_in;
	else if (inferred)
		d->meta = *inferred;
	else
		infer_meta_wrapped(text, len, d->lines, d->nlines, &d->secs, &d->wrap, &d->meta);
	/* the caller's publication date, else its source name, anchors a text that states no year */
	if (anchor.year && period == NULL && d->meta.period[0] == '\0')
		lp_meta_anchor_text(text, len, &d->meta, anchor.year, anchor.basis);
	report_period(&d->meta, meta_in, period, &report);
	if (period)
	{
		lp_copy_str(d->meta.period, sizeof(d->meta.period), period);
		d->meta.year = atoi(period);
	}
	/* facts point to one pooled copy of each heading */
	for (i = 0; i < d->secs.n; i++)
	{
		const char *copy = lp_pool_copy(out, d->secs.items[i].heading,
										strlen(d->secs.items[i].heading));

		lp_free(d->secs.items[i].heading);
		d->secs.items[i].heading = (char *) copy;	/* nulled before lp_sections_free */
	}
	relative_headings(&d->secs, lp_period_said_year(&report));
	lp_line_contexts(text, d->lines, d->nlines, &d->secs, &report, &d->ctx);
	lp_census_end();			/* (a read cut short by an error left none open) */
	d->mentions.out = out;
	d->mentions.title = d->meta.title;
	d->mentions.session_year = session_year(&d->meta, &report);
	d->mentions.plans_year = plans_year(&d->meta, &d->secs, &report);
	d->mentions.months_year = months_year(&d->meta, &report, text, len, &d->mentions.months_before);
	d->mentions.dated_year = d->meta.period_basis == LP_PERIOD_PUBLICATION ||
		d->meta.period_basis == LP_PERIOD_PUBLISHED || d->meta.period_basis == LP_PERIOD_SOURCE ||
		d->meta.period_basis == LP_PERIOD_DATELINE ?
		d->mentions.months_year : 0;
	if (report.period[0] == '\0')
		lp_release_part_ahead(text, len, d->mentions.release_part, sizeof(d->mentions.release_part));
}

static void
doc_close(doc *d)
{
	size_t		i;

	lp_wrap_join_free(&d->join);
	lp_wrap_free(&d->wrap);
	lp_clause_marks_free(&d->mentions.marks);
	lp_census_free(&d->mentions.census);
	lp_line_ctxs_free(&d->ctx);
	lp_free(d->lines);
	/* the headings now belong to the facts' pool */
	for (i = 0; i < d->secs.n; i++)
		d->secs.items[i].heading = NULL;
	lp_sections_free(&d->secs);
}

/* Line li: its text, and whether a heading starts on it (which closes any summary list). */
static void
line_open(doc *d, size_t li, line_read *r)
{
	const lp_sections *secs = &d->secs;

	memset(r, 0, sizeof(*r));
	r->li = li;
	r->s = d->text + d->lines[li].start;
	r->slen = d->lines[li].end - d->lines[li].start;
	r->b = r->slen;
	lp_trim(r->s, &r->a, &r->b);
	while (d->next_section < secs->n && (size_t) secs->items[d->next_section].line_start < li + 1)
		d->next_section++;
	if (d->next_section < secs->n && (size_t) secs->items[d->next_section].line_start == li + 1)
	{
		const lp_section *sec = &secs->items[d->next_section];

		/* the numbering as written, its indentation included ("　　1.") */
		size_t		nlen = strlen(sec->numbering),
					lead = lp_skip_space(sec->numbering, nlen, 0);

		/* skip the numbering of a heading */
		r->is_heading = 1;
		r->from = nlen;
		/* "主要预期目标为：⏎1.地区生产总值增长5.5%左右。" numbers the list's items */
		r->item_heading = d->list.open && !d->list.dash_items && sec->level >= 3 &&
			nlen > lead && r->b - r->a > nlen - lead &&
			memcmp(r->s + r->a, sec->numbering + lead, nlen - lead) == 0 &&
			lp_utf8_chars(r->s + r->a, r->b - r->a) <= LP_LIST_ITEM_MAX_CHARS;
		if (!r->item_heading)
			lp_summary_list_close(&d->list);
	}
	r->ctx = lp_line_ctx_at(&d->ctx, li);
	r->inline_ctx = *r->ctx;
}

/* A line broken at the page width is read with the lines that go on with it. */
static void
line_join(doc *d, line_read *r)
{
	size_t		nj;
	int			card = !r->is_heading && lp_figure_opens(r->s, r->a, r->b);

	d->join.nseg = 0;			/* a join before must not send read_line back (fuzzed: looped) */
	/* a card's figure alone on its line, its name on the next (not a label's above it) */
	if (card && d->label[0] == '\0' &&
		(nj = lp_figure_first_next(d->text, d->lines, d->nlines, r->li)) != 0)
		lp_wrap_join_pair(d->text, d->lines, r->li, nj, d->out->n, &d->join);
	/* and one named after it on its line: a card of its own, not a line wrapped */
	else if (card && lp_figure_first_line(r->s, r->a, r->b))
		return;
	/* (the lines of a text unwrapped before it was read are joined already) */
	else if (d->unwrapped ||
			 !lp_wrap_join_lines(&d->wrap, d->text, d->lines, d->nlines, r->li, d->out->n, &d->join))
		return;
	r->s = d->join.text.data;
	r->slen = d->join.text.len;
	r->a = 0;
	r->b = r->slen;
	lp_trim(r->s, &r->a, &r->b);
	lp_clause_marks_forget(&d->mentions.marks);	/* the buffer is reused */
	lp_census_forget(&d->mentions.census);
}

/* An item of a summary list, or a list written inline after its intro. */
static void
line_lists(doc *d, line_read *r)
{
	size_t		cut;

	if (r->item_heading)
		d->list.numbered = 1;
	r->summary = (r->item_heading ||
				  lp_summary_list_item(&d->list, r->s, r->slen, r->a, r->b, r->is_heading,
									   r->ctx->part)) &&
		lp_part_has_headline(r->ctx->part);
	/* a list of one item a line goes on over items ending in 。 ("——A。⏎——B。") */
	if (r->summary && d->last_list.found &&
		(r->item_heading || lp_list_mark_at(r->s, r->a, r->b) != LP_MARK_NONE))
		d->last_list.goes_on = 1;
	/* a heading may run on into its paragraph: "二、2021年工作思路 2021年是…。主要目标是：…" */
	if (!r->is_heading || lp_find3(r->s + r->a, r->b - r->a, "。") != NULL)
		lp_inline_list_find(r->s, r->slen, &d->last_list,
							r->li > 0 ? d->text + d->lines[r->li - 1].start : NULL,
							r->li > 0 ? d->lines[r->li - 1].end - d->lines[r->li - 1].start : 0,
							&r->inline_list);
	/* the items end before a clause of last year ("…增长8%左右，去年…增长8%") */
	if (r->inline_list.found && r->inline_list.from < r->inline_list.to &&
		(cut = lp_before_last_year_clause(r->s, r->inline_list.from, r->inline_list.to)) < r->inline_list.to)
	{
		r->inline_list.to = cut;
		r->inline_list.goes_on = 0;
	}
	/* an intro on this line naming no year may name one relative to the text's
	 * (counted from the year its words are written in: a December page of next
	 * year's session says 明年 of the session's year, lp_period_said_year) */
	if (r->inline_list.found && r->inline_list.year == 0 && r->inline_list.from > 0)
	{
		r->inline_list.year = lp_relative_year(r->s, r->inline_list.intro, r->inline_list.from,
											   lp_period_said_year(&r->inline_ctx.period));
		/* "去年年初确定的目标相去甚远。年初确定的预期性目标为：": the year named before */
		if (r->inline_list.year == 0 && r->inline_ctx.period.doc_year > 0 &&
			lp_words_any(LP_W_SET_AT_YEAR_START, r->s + r->inline_list.intro,
						 r->inline_list.from - r->inline_list.intro) &&
			lp_words_any(LP_W_LAST_YEAR_START, r->s, r->inline_list.intro))
			r->inline_list.year = r->inline_ctx.period.doc_year - 1;
		r->inline_list.year_relative = 1;
	}
	d->last_list = r->inline_list;
	/* the items of an inline list of targets are targets, for the year a
	 * target takes (its qualitative items too: a report reviewed through the
	 * news sets targets for the year after the one it reviews) */
	if (r->inline_list.found && r->inline_list.names_target &&
		r->inline_ctx.status == LP_STATUS_ACTUAL)
	{
		r->inline_ctx.status = LP_STATUS_TARGET;
		lp_period_of_target(&r->inline_ctx.period, r->s, r->inline_list.intro,
							r->inline_list.from);
		/* targets under a heading of the whole year reviewed ("■ 2022年成绩单 … 建议全年预期
		 * 目标"; not 上半年工作总结) are for the year the text speaks from, or the next */
		if (r->inline_list.year == 0 && r->inline_ctx.period.basis == LP_PERIOD_HEADING &&
			r->ctx->role == LP_ROLE_REVIEW && strlen(r->ctx->period.period) == 4)
		{
			int			reviewed = atoi(r->inline_ctx.period.period),
						doc_year = r->inline_ctx.period.doc_year;
			char		year[16];

			snprintf(year, sizeof(year), "%d", doc_year > reviewed ? doc_year : reviewed + 1);
			lp_period_decide(&r->inline_ctx.period, year, LP_PERIOD_INFERRED);
		}
	}
	lp_inline_list_results(&r->inline_list, &r->inline_ctx.status);
	/* the year its intro names, on the lines below it too (and to its qualitative items) */
	if (r->inline_list.found && r->inline_list.year > 0)
	{
		char		year[16];

		snprintf(year, sizeof(year), "%d", r->inline_list.year);
		lp_period_decide(&r->inline_ctx.period, year,
						 r->inline_list.year_relative ? LP_PERIOD_RELATIVE : LP_PERIOD_SENTENCE);
	}
}

/* Every quantity mention of the line, read as a fact. */
static void
line_quantities(doc *d, line_read *r)
{
	lp_sentence ss;
	lp_quantity q;
	size_t		from = r->from,
				char_pos = 0,
				byte_pos = 0;
	int			opened = 0;

	while (from < r->slen && lp_quantity_next(r->s, r->slen, from, &q))
	{
		int			item = lp_inline_list_holds(&r->inline_list, q.start);
		lp_mention	m;

		if (q.end <= from || q.end > r->slen || q.start > q.end || q.start < byte_pos)
			break;				/* defensive: never loop on a bad span */
		/* the sentence state (some 4 KB) is cleared for lines with a figure only */
		if (!opened)
		{
			lp_sentence_clear(&ss);
			/* the figures of a card name their subject on the label above them */
			lp_copy_str(ss.subject, sizeof(ss.subject), d->label);
			ss.prior_target_year = d->target_year;	/* "…报告中还提出，" on the next line */
			opened = 1;
		}
		/* character offsets, counted forward only: linear */
		char_pos += lp_utf8_chars(r->s + byte_pos, q.start - byte_pos);
		byte_pos = q.start;
		m.s = r->s;
		m.slen = r->slen;
		m.lineno = (int) r->li + 1;
		m.span_start = (int) char_pos;
		m.span_end = m.span_start + (int) lp_utf8_chars(r->s + q.start, q.end - q.start);
		m.q = &q;
		m.ctx = item ? &r->inline_ctx : r->ctx;
		m.summary = r->summary || item;
		/* 2: an item of a list that adds to targets stated elsewhere */
		if (item && !r->summary && r->inline_list.partial)
			m.summary = 2;
		/* a streak's count (连续8年), a fact of its own, is read on a copy of
		 * the state: the figure after it keeps the name before it */
		if (lp_streak_count(r->s, &q))
		{
			lp_sentence copy = ss;

			lp_mention_read(&d->mentions, &copy, &m);
		}
		else
			lp_mention_read(&d->mentions, &ss, &m);
		r->found = 1;
		from = q.end;
		d->target_year = ss.target_year ? ss.target_year : ss.prior_target_year;
	}
}

/* Ranks, and the items of summary lists that state no number. */
static void
line_other_facts(doc *d, line_read *r)
{
	int			lineno = (int) r->li + 1;

	lp_rank_facts(d->out, r->s, r->slen, lineno, r->ctx);
	/* an item of both lists is read once, as the summary list's */
	if (r->summary && !r->found)
		lp_qualitative_item(d->out, r->s, 0, r->slen, lineno,
							r->inline_list.found ? &r->inline_ctx : r->ctx, 0);
	else if (!r->summary)
		lp_qualitative_inline_items(d->out, r->s, &r->inline_list, lineno, &r->inline_ctx);
	/* a line of a list below its intro ("…主要预期目标是：⏎◆居民人均可支配收入增长
	 * 与经济增长同步，居民消费价格上涨3%左右"): the intro's status and period */
	if (r->found)
	{
		/* the line's census, taken by its mentions */
		lp_census_begin(&d->mentions.census, r->s, r->slen);
		lp_qualitative_review_items(d->out, r->s, r->slen, lineno,
									r->inline_list.found ? &r->inline_ctx : r->ctx, r->summary,
									r->inline_list.found,
									lp_clause_marks_of(&d->mentions.marks, r->s, r->slen));
		lp_census_end();
	}
	else if (!r->summary && !r->inline_list.found && !r->is_heading &&
			 lp_utf8_chars(r->s + r->a, r->b - r->a) <= LP_LIST_ITEM_MAX_CHARS)
		lp_qualitative_bare_item(d->out, r->s, r->slen, lineno, r->ctx);
}

/* Read line li (and the lines joined to it); returns the last line read. */
static size_t
read_line(doc *d, size_t li)
{
	line_read	r;
	size_t		first;

	LP_CHECK_INTERRUPTS();
	line_open(d, li, &r);
	if (r.a == r.b || lp_wrap_is_page_number(&d->wrap, li))
	{
		d->label[0] = '\0';
		return li;
	}
	if (!r.is_heading &&
		lp_table_read_line(&d->table, d->out, r.s, r.slen, (int) li + 1, r.ctx, d->meta.year))
		return li;
	if (!r.is_heading && lp_label_line(r.s, r.a, r.b, d->label, sizeof(d->label)))
		return li;
	first = d->out->n;
	line_join(d, &r);
	line_lists(d, &r);
	line_quantities(d, &r);
	line_other_facts(d, &r);
	lp_review_body_line(&d->review, d->out, first, r.s, r.a, r.b, r.is_heading, r.ctx);
	if (lp_label_ends(r.s, r.a, r.b, r.found))
		d->label[0] = '\0';
	if (d->join.nseg == 0)
		return li;
	/* facts read from joined lines point to the line they start on */
	lp_wrap_give_back(&d->join, d->out);
	return d->join.last;
}

/*
 * Once the document is read: a revenue's whole told from its part, a title's
 * figures echoed in the body, the headline settled, the regions of a roundup,
 * the facts' sections named.
 */
static void
settle_lines(lp_facts *out, size_t first_fact, const char *text, const lp_line *lines,
			 size_t nlines, const lp_wrap *wrap, const lp_unwrap_text *joined, const lp_meta *meta)
{
	int		   *blocks;

	lp_revenue_whole(out, first_fact);
	lp_title_echo(out, first_fact, text, lines, nlines, meta->title);
	blocks = lp_session_blocks(text, lines, nlines, meta->region);
	lp_headline_settle(out, blocks, text, lines, nlines);
	lp_headline_share_wider(out, first_fact, meta->region_code, meta->region);
	if (blocks)
	{
		lp_roundup_regions(out, first_fact, text, lines, nlines, blocks);
		lp_free(blocks);
	}
	else
		lp_roundup_joined(out, first_fact, text, lines, nlines, wrap, joined, meta->region,
						  meta->doc_year, strcmp(meta->kind, "work_report") == 0);
	lp_facts_name_sections(out, 0);
}

/* settle_lines on text[0, len) split into lines, joined as u. */
static void
settle(lp_facts *out, size_t first_fact, const char *text, size_t len, const lp_unwrap_text *u,
	   const lp_meta *meta)
{
	lp_line    *lines;
	size_t		nlines = lp_split_lines(text, len, &lines);

	settle_lines(out, first_fact, text, lines, nlines, NULL, u, meta);
	lp_free(lines);
}

/*
 * lp_extract, with the inferred period replaced by period when it is not
 * NULL; inferred is lp_infer_meta's of text (or NULL), taken when the text
 * is read as it is (not respaced nor split into lines first).
 */
static int
extract(const char *text, size_t len, const lp_meta *meta_in, const lp_meta *inferred,
		const lp_layout *laid, const char *period, lp_anchor anchor, lp_facts *out,
		lp_error *err)
{
	doc			d;
	size_t		li,
				first_fact = out->n;
	lp_runon	runon,
				spaced,
				columns;
	lp_unwrap_text unwrap;
	lp_layout	layout;
	lp_meta		meta;
	const char *given;
	size_t		given_len;
	int			collapsed = lp_spacing_collapse(text, len, &spaced),
				two_columns,
				split,
				unwrapped;

	if (collapsed)
	{
		/* a blank line after nearly every line breaks nothing */
		text = spaced.text.data;
		len = spaced.text.len;
	}
	two_columns = lp_columns_split(text, len, &columns);
	if (two_columns)
	{
		/* a page's two columns side by side are read one after the other */
		text = columns.text.data;
		len = columns.text.len;
	}
	split = lp_runon_split(text, len, &runon);
	if (split)
	{
		/* paragraphs run together on a line are read as the lines they were */
		text = runon.text.data;
		len = runon.text.len;
	}
	/* the lines a page width broke are read joined: the metadata is the text's as given */
	if (collapsed || two_columns || split)
	{
		inferred = NULL;
		laid = NULL;
	}
	given = text;
	given_len = len;
	/* the layout the metadata was read by is this text's: the same lines, sections, width */
	if (laid)
		lp_layout_copy(&layout, laid);
	else
		lp_layout_open(text, len, &layout);
	unwrapped = lp_unwrap_text_join(text, &layout, &unwrap);
	if (unwrapped)
	{
		if (meta_in == NULL && inferred == NULL)
		{
			/* the metadata of the whole text as given */
			infer_meta_wrapped(text, len, layout.lines, layout.nlines, &layout.secs, &layout.wrap,
							   &meta);
			inferred = &meta;
		}
		lp_layout_free(&layout);
		text = unwrap.text.data;
		len = unwrap.text.len;
		lp_layout_open(text, len, &layout);
	}
	doc_open(&d, text, len, &layout, meta_in, inferred, period, anchor, out);
	d.unwrapped = unwrapped;
	for (li = 0; li < d.nlines; li++)
		li = read_line(&d, li);
	if (unwrapped)
	{
		/* the document is settled on its lines as given */
		lp_unwrap_text_give_back(&unwrap, out, first_fact);
		settle(out, first_fact, given, given_len, &unwrap, &d.meta);
		lp_unwrap_text_free(&unwrap);
	}
	else
		settle_lines(out, first_fact, text, d.lines, d.nlines, &d.wrap, NULL, &d.meta);
	doc_close(&d);
	if (split)
	{
		lp_runon_give_back(&runon, out, first_fact);
		lp_runon_free(&runon);
	}
	if (two_columns)
	{
		lp_runon_give_back(&columns, out, first_fact);
		lp_runon_free(&columns);
	}
	if (collapsed)
	{
		lp_runon_give_back(&spaced, out, first_fact);
		lp_runon_free(&spaced);
	}
	return LP_OK;
}

int
lp_extract(const char *text, size_t len, const lp_meta *meta_in, lp_facts *out,
		   lp_error *err)
{
	return extract(text, len, meta_in, NULL, NULL, NULL, LP_NO_ANCHOR, out, err);
}

int
lp_extract_period(const char *text, size_t len, const char *period, lp_facts *out,
				  lp_error *err)
{
	return extract(text, len, NULL, NULL, NULL, period, LP_NO_ANCHOR, out, err);
}

int
lp_extract_anchored(const char *text, size_t len, const char *period, lp_anchor anchor,
					lp_facts *out, lp_error *err)
{
	return extract(text, len, NULL, NULL, NULL, period, anchor, out, err);
}

int
lp_extract_inferred(const char *text, size_t len, const lp_meta *inferred, const char *period,
					lp_anchor anchor, lp_facts *out, lp_error *err)
{
	return extract(text, len, NULL, inferred, NULL, period, anchor, out, err);
}

int
lp_extract_laid_out(const char *text, size_t len, const lp_meta *inferred,
					const struct lp_layout *layout, const char *period, lp_anchor anchor,
					lp_facts *out, lp_error *err)
{
	return extract(text, len, NULL, inferred, inferred ? layout : NULL, period, anchor, out, err);
}
