/*
 * lp_sections_caption.h — a news page's part caption, a role's word, a year
 * and a colon before a slogan (lp_sections_caption.c).
 */
#ifndef LP_SECTIONS_CAPTION_H
#define LP_SECTIONS_CAPTION_H

#include <stddef.h>

/*
 * Is s[0, len), trimmed, a caption "回顾2028：奋楫争先" or "展望2029年：…"?
 * The year it names, or 0.
 */
int			lp_role_year_caption(const char *s, size_t len);

#endif							/* LP_SECTIONS_CAPTION_H */
