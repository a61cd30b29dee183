/*
 * lp_title_echo.h — a news title's figures are what the body says they are
 * (lp_title_echo.c).
 */
#ifndef LP_TITLE_ECHO_H
#define LP_TITLE_ECHO_H

#include "lp.h"
#include "lp_text.h"

/*
 * Facts out->items[first..] read from the title line of text (title: the
 * inferred metadata's) take the period and status of the same figure stated
 * later in the body, when nothing in the title's clause dated them.
 */
void		lp_title_echo(lp_facts *out, size_t first, const char *text,
						  const lp_line *lines, size_t nlines, const char *title);

#endif							/* LP_TITLE_ECHO_H */
