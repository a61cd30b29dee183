/*
 * lp_unwrap_text.h — a document's lines broken at the page width joined
 * before it is read (lp_unwrap_text.c).
 */
#ifndef LP_UNWRAP_TEXT_H
#define LP_UNWRAP_TEXT_H

#include "lp.h"
#include "lp_wrap.h"

/* A text's lines, sections and page width: what it is read by. */
typedef struct lp_layout
{
	lp_line    *lines;
	size_t		nlines;
	lp_sections secs;
	lp_wrap		wrap;
} lp_layout;

void		lp_layout_open(const char *text, size_t len, lp_layout *l);
void		lp_layout_free(lp_layout *l);

/* dst (its own memory) the same as src: extract consumes the layout it reads */
void		lp_layout_copy(lp_layout *dst, const lp_layout *src);

/*
 * The text with each line broken at the page width followed on its line by
 * the lines going on with it, and for each line of it the lines of the
 * text given it was joined from: where each starts in it (characters) and
 * the leading characters trimmed from it.
 */
typedef struct lp_unwrap_text
{
	lp_buf		text;
	size_t		n;				/* lines of text */
	size_t		nseg;			/* lines of the text given, joined or not */
	size_t		cap,
				segcap;
	int		   *first;			/* per line: its first segment; first[n] = nseg */
	int		   *seg_line;		/* per segment: its line in the text given, 1-based */
	int		   *seg_char;		/* per segment: where it starts in its line */
	int		   *seg_lead;		/* per segment: the leading characters trimmed */
} lp_unwrap_text;

/*
 * Join the wrapped lines of text, laid out as l (lp_wrap.c decides which).
 * Returns 1 and fills u when a line was joined; 0 (u empty, nothing
 * allocated) when none was.
 */
int			lp_unwrap_text_join(const char *text, const lp_layout *l, lp_unwrap_text *u);

/* Facts from out->items[from] on, read from u->text, get the line of the text given. */
void		lp_unwrap_text_give_back(const lp_unwrap_text *u, lp_facts *out, size_t from);

/*
 * lp_unwrap_text_join on lines already laid out, whatever their width: a
 * line ending inside a sentence or a clause cut at a wrap joined too.
 */
int			lp_unwrap_text_join_lines(const char *text, const lp_line *lines, size_t nlines,
									  const lp_wrap *w, lp_unwrap_text *u);

/*
 * Facts from out->items[from] on, on the lines of the text given, get their
 * line of u->text (the inverse of lp_unwrap_text_give_back); a fact on a
 * line joined into none (a page's furniture between) gets its line negated,
 * which give_back leaves and lp_unwrap_text_restore turns back.
 */
void		lp_unwrap_text_take_back(const lp_unwrap_text *u, lp_facts *out, size_t from,
									 size_t nlines_given);
void		lp_unwrap_text_restore(lp_facts *out, size_t from);

void		lp_unwrap_text_free(lp_unwrap_text *u);

#endif
