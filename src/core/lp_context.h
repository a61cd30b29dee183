/*
 * lp_context.h — the document model the extractor reads mentions in
 * (lp_context.c): what part of the report a line stands in (its sections'
 * role, the status and period they imply) and the report's summary lists
 * of headline indicators and targets.
 */
#ifndef LP_CONTEXT_H
#define LP_CONTEXT_H

#include "lp.h"
#include "lp_context_part.h"
#include "lp_period.h"
#include "lp_text.h"


/* What the sections around a line say of its facts. */
typedef struct lp_line_ctx
{
	lp_part		part;			/* of the report (LP_PART_NONE: not known) */
	lp_role		role;			/* of the innermost section that has one */
	lp_status	status;			/* the role implies: a review states actuals */
	lp_period_decision period;	/* of the innermost section naming one, else the report's */
	const char *section;		/* heading of the innermost section, or NULL */
} lp_line_ctx;

/* The contexts of a document's lines, as runs of lines sharing one. */
typedef struct lp_line_ctxs
{
	size_t		n;
	size_t		cap;
	size_t	   *first;			/* the first line of each run, ascending */
	lp_line_ctx *ctx;			/* the context of each run */
	size_t		at;				/* the run of the line asked for last */
} lp_line_ctxs;

/*
 * The context of every line: what its sections say (role, status, period:
 * targets in sections naming no period are for lp_period_of_targets), then
 * the part of the report it stands in and what the part says of its facts
 * (a review states actuals, the goals of a plan are targets for its end
 * year).  lp_line_ctxs_free frees *out.
 */
void		lp_line_contexts(const char *text, const lp_line *lines, size_t nlines,
							 const lp_sections *secs, const lp_period_decision *report,
							 lp_line_ctxs *out);

/* The context of line li (fastest when lines are asked for in order). */
const lp_line_ctx *lp_line_ctx_at(lp_line_ctxs *c, size_t li);
void		lp_line_ctxs_free(lp_line_ctxs *c);

/* Can a fact read in part be a headline (no: the review of a five-year plan)? */
static inline int
lp_part_has_headline(lp_part part)
{
	return part != LP_PART_PLAN_REVIEW;
}

/*
 * Does a target marker of the sentence make a mention at b a target?  In a
 * review its long sentences name goals in passing ("聚焦…目标任务体系，
 * 生产总值增长5.6%"): there only a marker of the mention's clause s[a, b) does.
 */
int			lp_part_target_marker_holds(lp_part part, const char *s, size_t a, size_t b);

/*
 * The part of a mention at byte at of the paragraph s[0, len): its line's, or
 * the review of the year when a review of five years turns to the mention's
 * year (period) in the sentence from sent_start or one before it.
 */
lp_part		lp_part_of_mention(lp_part part, const char *s, size_t len, size_t sent_start, size_t at,
							   const char *period, lp_turn_walk *w);

/* The mark a list item starts with (words.tsv kinds list_dash, list_bullet, list_dot). */
typedef enum lp_list_mark
{
	LP_MARK_NONE = 0,
	LP_MARK_DASH,				/* ——, —: an item of a summary list */
	LP_MARK_BULLET,				/* • */
	LP_MARK_DOT					/* ·, also written inside names */
} lp_list_mark;

/* The mark the text s[a, b) starts with. */
lp_list_mark lp_list_mark_at(const char *s, size_t a, size_t b);

/*
 * A summary list of headline indicators, one item a line: "——…" items, or
 * short lines after an intro line ("主要预期目标是："), until a longer line,
 * a heading or another line ending in a colon.
 */
#define LP_LIST_ITEM_MAX_CHARS 48	/* an undashed list item is a short line */

typedef struct lp_summary_list
{
	int			open;			/* 2 on the intro line, 1 on the lines after it */
	int			dash_items;		/* the open list is of "——" items */
	int			numbered;		/* or of numbered items ("1.…", lp_extract.c) */
	int			dash_before;	/* the line before was a "——" item (1) or topic (2) */
} lp_summary_list;

/* A heading closes the list. */
static inline void
lp_summary_list_close(lp_summary_list *l)
{
	l->open = 0;
}

/*
 * Is the line s[0, slen) (trimmed: s[a, b)) an item of a summary list?
 * Reads the line into the list's state.  In the year's review (part) a
 * paragraph led by a dash and its topic's sentence is none.
 */
int			lp_summary_list_item(lp_summary_list *l, const char *s, size_t slen, size_t a,
								 size_t b, int is_heading, lp_part part);

/*
 * A summary list written inline after its intro, in one paragraph: "今年主要
 * 预期目标是：地区生产总值增长7%左右；…；单位地区生产总值能耗完成市下达目标。"
 * A line breaking inside the list (bold spans in the source) goes on with
 * it on the next line.
 */
typedef struct lp_inline_list
{
	int			found;			/* the line holds (part of) a list */
	size_t		from;			/* where the items start (after the colon) */
	size_t		to;				/* the end of the list: the end of the paragraph */
	int			names_target;	/* the intro names targets (预期目标) */
	int			names_results;	/* it names results of targets (目标任务圆满完成，诸如：) */
	int			goes_on;		/* the line breaks inside the list: the next goes on with it */
	int			year;			/* the year its intro names (2024年…主要预期目标是：), or 0 */
	int			year_relative;	/* named by a relative word (今年…主要预期目标是：) */
	size_t		intro;			/* where the intro's sentence starts (before from) */
	int			partial;		/* it adds to targets stated elsewhere (其他目标包括：) */
	int			marked;			/* its items are lines with a list mark or a number
								 * (an intro without a colon) */
	int			ordinal;		/* the line is item N of a list of 一是, 二是, …; 0 if not */
} lp_inline_list;

/*
 * Find the inline list of s[0, len), or the rest of the list of the line
 * before (prev, NULL for none) that goes on here; returns il->found.  An
 * intro starting the line may begin on the line before, prev_s[0, prev_len).
 * An intro of targets that ends the line ("报告提出，2024年…主要预期目标
 * 是：") is a list whose items start on the next line.
 */
/* The end of a report's lead opening s[0, len) ("报告提出，"), 0 if none. */
size_t		lp_proposal_end(const char *s, size_t len);

/* A lead "根据…政府工作报告，" before targets it restates: its end, else 0 (lp_inline_list_report.c). */
size_t		lp_report_lead_sets(const char *s, size_t len);
/* Items under an intro of targets met are results, under a title of targets too (lp_inline_list.c) */
void		lp_inline_list_results(const lp_inline_list *il, lp_status *status);
int			lp_inline_list_find(const char *s, size_t len, const lp_inline_list *prev,
								const char *prev_s, size_t prev_len, lp_inline_list *il);

/* Does the list hold the mention starting at byte at? */
static inline int
lp_inline_list_holds(const lp_inline_list *il, size_t at)
{
	return il->found && at >= il->from && at < il->to;
}

#endif
