/*
 * lp_label.h — labels of infographics and data cards (lp_label.c).
 */
#ifndef LP_LABEL_H
#define LP_LABEL_H

#include "lp.h"

/*
 * Is the trimmed line s[a, b) a label: a short line of words only (no
 * digit, no punctuation of a sentence or clause) naming an indicator
 * ("地区生产总值", "上半年全省地方一般公共预算支出")?  Then copies its
 * name (time and place words stripped) to out[outsz], unless out is NULL,
 * and returns 1.
 */
int			lp_label_line(const char *s, size_t a, size_t b, char *out, size_t outsz);

/* Does a line s[a, b) below a label end its card: no figure read, or prose (。)? */
int			lp_label_ends(const char *s, size_t a, size_t b, int found);

#endif
