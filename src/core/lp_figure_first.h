/*
 * lp_figure_first.h — cards that give the figure first and name it after
 * ("6%左右⏎地区生产总值增长", "1250亿元 全市地区生产总值"): lp_figure_first.c.
 */
#ifndef LP_FIGURE_FIRST_H
#define LP_FIGURE_FIRST_H

#include "lp.h"
#include "lp_text.h"

#include <stddef.h>

/*
 * Does quantity q open its line (from line_start, past an item's mark) and
 * the rest of s[.., slen) name it?  1 with the name in s[*na, *nb) and the
 * measure its end words give (增长: growth, 下降: a negative growth); *target
 * when the next sentence names it a target ("。这是…的预期目标").
 */
int			lp_figure_first_name(const char *s, size_t slen, size_t line_start,
								 const lp_quantity *q, lp_measure *measure, int *negative,
								 size_t *na, size_t *nb, int *target);

/*
 * Does line s[a, b) open with a digit past an item's mark (no more than one
 * hanzi before it)?  Neither test below holds for a line that does not.
 */
int			lp_figure_opens(const char *s, size_t a, size_t b);

/* Does line s[a, b) open with a figure and name it after (lp_figure_first_name)? */
int			lp_figure_first_line(const char *s, size_t a, size_t b);

/*
 * Is line li a figure alone (past an item's mark) and the next line of text
 * (past one blank line) its name?  The index of that line, else 0.
 */
size_t		lp_figure_first_next(const char *text, const lp_line *lines, size_t nlines,
								 size_t li);

#endif
