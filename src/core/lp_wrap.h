/*
 * lp_wrap.h — lines broken at the page width, joined again (lp_wrap.c).
 */
#ifndef LP_WRAP_H
#define LP_WRAP_H

#include "lp.h"
#include "lp_text.h"

#define LP_WRAP_MAX_LINES 64	/* lines joined into one at most */

/* What a document's layout says about its lines. */
typedef struct lp_wrap
{
	int			width;			/* the page width of the document, 0 when it has none */
	int			by_chars;		/* width counts characters, not display columns */
	int			by_folded;		/* width counts ASCII ,;:!?() two columns (folded from full-width) */
	int			indented;		/* its paragraphs start with an indent */
	unsigned char *furniture;	/* per line: a page number or a running header
								 * (LP_WRAP_PAGE: an official page number);
								 * NULL when nothing is joined */
	unsigned char *head;		/* per line: a heading starts there */
	uint32_t   *next;			/* per line, twice (going on from a line before
								 * or not): the line going on with it, plus
								 * one; 0 until asked.  The reading and the
								 * roundup join the same lines (lp_wrap_join_lines) */
} lp_wrap;

/* The page width, page numbers and running headers of a document. */
void		lp_wrap_scan(const char *text, const lp_line *lines, size_t nlines,
						 const lp_sections *secs, lp_wrap *w);
void		lp_wrap_free(lp_wrap *w);

#define LP_WRAP_PAGE 2

/*
 * The text with each wrapped line followed on by the lines going on with
 * it (what the metadata is read from); 0 when the document has no page
 * width.
 */
int			lp_wrap_unwrapped(const lp_wrap *w, const char *text, const lp_line *lines,
							  size_t nlines, lp_buf *out);

/* Is line li an official page number ("— 3 —", "第3页 共12页")?  No facts there. */
int			lp_wrap_is_page_number(const lp_wrap *w, size_t li);

/*
 * Lines joined into one: the text read instead of the line, and where
 * each line joined starts in it, so that facts read from the text can be
 * given back to the lines they stand on.
 */
typedef struct lp_wrap_join
{
	lp_buf		text;			/* the lines joined */
	size_t		nseg;			/* lines joined; 0 when the line is read alone */
	size_t		last;			/* index of the last line joined */
	size_t		first_fact;		/* facts before the joined text was read */
	size_t		seg_byte[LP_WRAP_MAX_LINES + 1];	/* per line: where it starts in
													 * text, */
	int			seg_char[LP_WRAP_MAX_LINES + 1];	/* in characters, */
	int			seg_lead[LP_WRAP_MAX_LINES + 1];	/* the leading characters
													 * trimmed from it, */
	int			seg_line[LP_WRAP_MAX_LINES + 1];	/* and its line number */
} lp_wrap_join;

void		lp_wrap_join_init(lp_wrap_join *j);
void		lp_wrap_join_free(lp_wrap_join *j);

/*
 * Does line li break at the page width?  Then join it with the lines that
 * go on with it into j->text and return 1; else set j->nseg to 0 and
 * return 0.  first_fact is the number of facts so far.
 */
int			lp_wrap_join_lines(const lp_wrap *w, const char *text, const lp_line *lines,
							   size_t nlines, size_t li, size_t first_fact, lp_wrap_join *j);

/* Lines li and nj (after it) joined into j->text as lp_wrap_join_lines joins them. */
void		lp_wrap_join_pair(const char *text, const lp_line *lines, size_t li, size_t nj,
							  size_t first_fact, lp_wrap_join *j);

/*
 * Facts read from the joined text (those from j->first_fact on) get the
 * line each starts on and spans within that line.
 */
void		lp_wrap_give_back(const lp_wrap_join *j, lp_facts *out);

#endif
