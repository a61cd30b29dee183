/*
 * lp_review_body.h — the body of a year's review (lp_review_body.c): the
 * paragraphs of topics that follow its summary paragraph.
 */
#ifndef LP_REVIEW_BODY_H
#define LP_REVIEW_BODY_H

#include "lp.h"
#include "lp_context.h"

/* Where a document's reading stands in its review. */
typedef struct lp_review_body
{
	int			state;			/* 0 no summary yet, 1 summary read, 2 in topics,
								 * 3 a summary by topics (no body), 4 a
								 * paragraph stating GDP alone: a summary
								 * when a topic of work follows at once,
								 * 5 its topics begun, not told yet, 6 in
								 * the topics after a review's summary made
								 * of topics alone */
	lp_part		part;			/* of the summary paragraph */
	char		period[16];		/* of its figures */
	int			topic_before;	/* the line before opened a topic by 一是 or a lead */
	lp_part		topic_part;		/* of the line before */
	int			ordinal_next;	/* the "N是" that goes on with the items inside the line before */
	lp_part		cur_part;		/* of the line before */
	size_t		part_first;		/* first fact of the part the line before was in */
	int			topics;			/* topics of one form in a row in that part */
	char		topic_form[8];	/* that form: "N是", or the first two characters */
	int			topics_review;	/* the summary (state 3) came after such topics */
	int			dash_group;		/* 1: a dash line with no figure opened a group
								 * of topics; 2: the summary was in that group */
} lp_review_body;

/*
 * After line s[a, b) gave facts out->items[first..]: a paragraph stating
 * GDP and two more indicators of a review is its summary; a paragraph of a
 * topic after it (a numbered heading, 一是, a short lead sentence without a
 * figure) starts the body, whose figures of that period are no headline.
 */
void		lp_review_body_line(lp_review_body *rb, lp_facts *out, size_t first,
								const char *s, size_t a, size_t b, int is_heading,
								const lp_line_ctx *ctx);

/*
 * The figures of a topic after the summary of a review made only of topics,
 * s facts out->items[first..] of period: the body, save summary results
 * (lp_review_topics.c).
 */
void		lp_review_topics_after(lp_facts *out, size_t first, const char *period);

/*
 * Topics of work inside the line s[a, b), each led by a short sentence with
 * no figure after the line's first figures: their figures out->items[first..]
 * are the body, save summary results (lp_review_inline.c).
 */
void		lp_review_inline_topics(lp_facts *out, size_t first, const char *s, size_t a, size_t b);

#endif
