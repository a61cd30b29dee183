/*
 * lp_columns.h — a page set in two columns, read column by column
 * (lp_columns.c).
 */
#ifndef LP_COLUMNS_H
#define LP_COLUMNS_H

#include "lp_runon.h"

/*
 * When a run of lines of text[0, len) holds two columns side by side, fill
 * r with the text whose such runs are read left column first, then right
 * column (a blank line between), and each line's line and place in the
 * text given; returns 1.  Returns 0 (r empty, nothing allocated) when no
 * run does.  lp_runon_give_back gives facts read from r->text their line.
 */
int			lp_columns_split(const char *text, size_t len, lp_runon *r);

#endif
