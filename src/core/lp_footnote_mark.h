#ifndef LP_FOOTNOTE_MARK_H
#define LP_FOOTNOTE_MARK_H

#include <stddef.h>

/* the start of a footnote mark ("[3]", "〔2〕") ending s[a, b), else b (lp_footnote_mark.c) */
size_t		lp_footnote_mark_before(const char *s, size_t a, size_t b);

#endif
