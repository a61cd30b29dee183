/*
 * lp_spacing.h — a text with a blank line after nearly every line, read
 * without them (lp_spacing.c).
 */
#ifndef LP_SPACING_H
#define LP_SPACING_H

#include "lp_runon.h"

/*
 * When most lines of text[0, len) are followed by one blank line, fill r
 * with the text without those single blank lines (a run of two or more
 * stays as one) and each line's line in the text given; returns 1.
 * Returns 0 (r empty, nothing allocated) for any other text.
 * lp_runon_give_back gives facts read from r->text their line.
 */
int			lp_spacing_collapse(const char *text, size_t len, lp_runon *r);

#endif
