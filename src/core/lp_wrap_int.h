/*
 * lp_wrap_int.h — what lp_wrap.c and lp_wrap_width.c share: the measures
 * of a line.
 */
#ifndef LP_WRAP_INT_H
#define LP_WRAP_INT_H

#include "lp_text.h"
#include "lp_wrap.h"

#define WRAP_MIN_WIDTH 30		/* display width (hanzi 2, ASCII 1) of a wrapped line, at least */
#define WRAP_MAX_WIDTH 240

/* Display width of s[0, len): bytes below 0x80 one column, lead bytes two. */
int			lp_wrap_display_width(const char *s, size_t len);

/* Width of a line in the measure the document's page width was found in. */
int			lp_wrap_line_width(const lp_wrap *w, const char *s, size_t len);

/* Does the trimmed line s[a, b) end a sentence or a block (。；：！？ and ASCII ones)? */
int			lp_wrap_ends_sentence(const char *s, size_t a, size_t b);

/*
 * Cells of a table: a bar, a tab or a run of spaces after the indentation,
 * or two figures one space apart (a row set with single spaces).
 */
int			lp_wrap_has_cells(const char *s, size_t a, size_t b);

/* w->width, by_chars, by_folded: the page width the lines share, 0 if none. */
void		lp_wrap_pick_width(const char *text, const lp_line *lines, size_t nlines,
							   const lp_sections *secs, lp_wrap *w);

/* Does the name of an indicator start at the end of line s[a, b) and end on line n[na, nb)? (lp_wrap_cut.c) */
int			lp_wrap_cuts_name(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb);

/* Does a qualifier word start at the end of line s[a, b) (alone, or after a figure) and end on n[na, nb)? (lp_wrap_cut.c) */
int			lp_wrap_cuts_qualifier(const char *s, size_t a, size_t b, const char *n, size_t na,
								   size_t nb);

/* Is line li broken inside a name that line li + 1 ends?  Whatever the page width. */
int			lp_wrap_line_cuts_name(const char *text, const lp_line *lines, size_t nlines, size_t li);

/* Does line li end its clause on a whole name, line li + 1 opening with its verb and figure? */
int			lp_wrap_line_ends_on_name(const char *text, const lp_line *lines, size_t nlines, size_t li);

/* Line li and the line after it, trimmed: s[a, b) and n[na, nb). */
typedef struct lp_wrap_pair
{
	const char *s,
			   *n;
	size_t		a,
				b,
				na,
				nb;
} lp_wrap_pair;

/* Fill p for line li; 0 when it is the last line or either line is blank. */
int			lp_wrap_pair_at(const char *text, const lp_line *lines, size_t nlines, size_t li,
							lp_wrap_pair *p);

/* Is the trimmed line s[a, b) a chart's or a table's caption ("图1 …", "表2：…")? (lp_wrap_cut.c) */
int			lp_wrap_caption_line(const char *s, size_t a, size_t b);

/* Does line n[na, nb) open with a clause mark (，、；。 , ;)? */
int			lp_wrap_opens_with_clause_mark(const char *n, size_t na, size_t nb);

/* Does line n[na, nb) open with a clause mark, or with the qualifier of the figure ending s[a, b)? */
int			lp_wrap_opens_after_value(const char *s, size_t a, size_t b, const char *n, size_t na,
									  size_t nb);

/* Bytes of a page's number glued to a line before a figure ("2、6.3%"), or 0. */
size_t		lp_wrap_page_mark(const char *n, size_t na, size_t nb);

/* Bytes of a page's number glued to line n, line s cut inside a name across it ("农" / "3、村居民…"), or 0. */
size_t		lp_wrap_chunk_mark(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb);

/* The line after blank lines that opens with a page's number; *na where its text starts. */
size_t		lp_wrap_after_page_break(const char *text, const lp_line *lines, size_t nlines, size_t li,
									 size_t *na);

/* Does the trimmed line s[a, b) end inside a sentence (、，, words.tsv line_goes_on)? (lp_wrap_cells.c) */
int			lp_wrap_ends_inside(const char *s, size_t a, size_t b);

/* Does s[a, b) hold a mark inside or at the end of a clause (，、；。 , ;)? */
int			lp_wrap_has_marks(const char *s, size_t a, size_t b);

/* Does line n[na, nb) open a table given one cell a line ("指标名称" alone)? */
int			lp_wrap_opens_cells(const char *n, size_t na, size_t nb);

/* Is line li a value cell of a table given one cell a line, among its cells? */
int			lp_wrap_value_cell(const char *text, const lp_line *lines, size_t nlines, size_t li);

/*
 * Does line li, of the page width and ending a sentence in a text whose
 * paragraphs are not indented, go on with the line right after it?  When it
 * ends in ； inside a paragraph (going_on), or its paragraph opened with a
 * dash (lp_wrap_para.c).
 */
int			lp_wrap_sentence_goes_on(const lp_wrap *w, const char *text, const lp_line *lines,
									 size_t li, int going_on);

/* Is line li a run of a text drawn one run a line, no page number or running header? (lp_wrap_token_lines.c) */
int			lp_wrap_token_line(const char *text, const lp_line *lines, size_t nlines, size_t li);

/* Does line li go on with a number or a verb alone on the next line, its unit or figure after? */
int			lp_wrap_goes_on_to_token(const char *text, const lp_line *lines, size_t nlines, size_t li);

/* A middle dot of the page numbers of gazettes and journals ("·3·", "・3・", "• 3 •")? */
static inline int
lp_wrap_page_dot(uint32_t cp)
{
	return cp == 0x00B7 || cp == 0x30FB || cp == 0x2022 || cp == 0x2027 || cp == 0x22C5 ||
		cp == 0xFF65;
}

/* Do middle dots open and close s[a, b) ("·3·")? */
static inline int
lp_wrap_dotted(const char *s, size_t a, size_t b)
{
	size_t		last = lp_prev_char(s, b);
	int			n;

	return last > a && lp_wrap_page_dot(lp_utf8_next(s + a, b - a, &n)) &&
		lp_wrap_page_dot(lp_utf8_next(s + last, b - last, &n));
}

/*
 * Is s[*a, *b) a running header opened or closed by its page's number ("·2· 某市人民政府公报")?
 * Then [*a, *b) is the header without it (lp_wrap_pagehead.c).
 */
int			lp_wrap_page_head(const char *s, size_t *a, size_t *b);

#endif
