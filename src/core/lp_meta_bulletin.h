/*
 * lp_meta_bulletin.h — the year a statistical bulletin speaks from
 * (lp_meta_bulletin.c).
 */
#ifndef LP_META_BULLETIN_H
#define LP_META_BULLETIN_H

#include "lp.h"

/*
 * A statistical bulletin of a year, or news of its release, named in the
 * title (period from it, doc_year unknown): it speaks from the year after.
 */
void		lp_meta_bulletin_year(lp_meta *m);

#endif
