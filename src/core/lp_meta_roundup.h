/*
 * lp_meta_roundup.h — a head rounding up many regions (lp_meta_roundup.c).
 */
#ifndef LP_META_ROUNDUP_H
#define LP_META_ROUNDUP_H

#include <stddef.h>

/* Does s[0, len) name ten or more provinces counted ("31省份", "31个省区市")? */
int			lp_head_rounds_up_regions(const char *s, size_t len);

#endif
