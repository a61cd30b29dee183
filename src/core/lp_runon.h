/*
 * lp_runon.h — paragraphs run together on one line, read apart (lp_runon.c).
 */
#ifndef LP_RUNON_H
#define LP_RUNON_H

#include "lp.h"

/*
 * The text with a line break at each paragraph break found inside a line,
 * and for each of its lines the line of the text given it stands on and
 * the characters of that line before it.
 */
typedef struct lp_runon
{
	lp_buf		text;
	size_t		n;				/* lines of text */
	size_t		cap;
	int		   *line;			/* per line: its line in the text given, 1-based */
	int		   *shift;			/* per line: characters of that line before it */
} lp_runon;

/*
 * Split the lines of text[0, len) that hold paragraphs run together.
 * Returns 1 and fills r when a line was split; returns 0 (r empty, nothing
 * allocated) when the text has none.
 */
int			lp_runon_split(const char *text, size_t len, lp_runon *r);

/*
 * Append s[0, n) to r->text as a line of its own (after a line break when
 * it is not the first): the clean line li (0-based), from its character shift.
 */
void		lp_runon_line(lp_runon *r, const char *s, size_t n, size_t li, int shift);

/* Facts from out->items[from] on, read from r->text, get the line of the text given. */
void		lp_runon_give_back(const lp_runon *r, lp_facts *out, size_t from);

void		lp_runon_free(lp_runon *r);

/* The level of the numbered heading starting s[0, len) (lp_sections.c), 0 if none. */
int			lp_heading_level(const char *s, size_t len);

#endif
