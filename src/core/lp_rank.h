/*
 * lp_rank.h — ranks stated in a line (lp_rank.c).
 */
#ifndef LP_RANK_H
#define LP_RANK_H

#include "lp.h"
#include "lp_context.h"

/* The ranks of line lineno, s[0, slen), as facts of measure RANK. */
void		lp_rank_facts(lp_facts *out, const char *s, size_t slen, int lineno,
						  const lp_line_ctx *ctx);

#endif
