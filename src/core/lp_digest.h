/*
 * lp_digest.h — news of a report told by its figures, one dash heading a
 * section ("——5.5%左右的经济增速目标", then a comment on it).
 */
#ifndef LP_DIGEST_H
#define LP_DIGEST_H

#include "lp_context.h"

#include <stddef.h>

/* The part the dash headings stand in, and whether a comment opened another since. */
typedef struct lp_digest
{
	int			open;			/* a dash heading was met */
	int			opened_since;	/* a comment's opening words set another part after it */
	lp_part		part;
	int			end_year;
} lp_digest;

int			lp_digest_heading(lp_digest *d, const char *s, size_t len, lp_part *part, int *end_year);
void		lp_digest_heading_part(lp_digest *d, lp_part part, int end_year);
void		lp_digest_opened(lp_digest *d, const char *s, size_t len);

#endif
