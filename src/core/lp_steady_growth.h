/*
 * lp_steady_growth.h — a money level said to be level with the year before
 * ("增加值31.6亿元，与上年持平"): its growth, 0 % (lp_steady_growth.c).
 */
#ifndef LP_STEADY_GROWTH_H
#define LP_STEADY_GROWTH_H

#include "lp.h"

#include <stddef.h>

/* After the facts of line lineno (text s[0, slen)) are read: a growth of 0 % beside each such level. */
void		lp_steady_growths(lp_facts *out, const char *s, size_t slen, int lineno);

#endif
