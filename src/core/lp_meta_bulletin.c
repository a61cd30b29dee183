/*
 * lp_meta_bulletin.c — the year a statistical bulletin speaks from.  A
 * bulletin of a year ("青岚省2016年国民经济和社会发展统计公报", or news of its
 * release: "3月22日，省统计局发布2016年…统计公报") is published in the year
 * after, so its 去年 is the bulletin's own year ("去年常住居民人均可支配
 * 收入15121.15元" → 2016), not the year before it.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_meta_bulletin.h"
#include "lp_period.h"
#include "lp_text.h"

#include <stdlib.h>
#include <string.h>

#define BULLETIN_WORD "统计公报"

void
lp_meta_bulletin_year(lp_meta *m)
{
	size_t		n = strlen(m->title),
				at = 0;
	const char *word;
	int			y = atoi(m->period);

	if (m->doc_year != 0 || y == 0 || strspn(m->period, "0123456789") != strlen(m->period) ||
		(strcmp(m->kind, "statistics") != 0 && strcmp(m->kind, "news") != 0))
		return;
	word = memmem(m->title, n, BULLETIN_WORD, strlen(BULLETIN_WORD));
	/* the bulletin's year is the title's first, before the word */
	if (word == NULL || lp_find_year(m->title, (size_t) (word - m->title), &at) != y)
		return;
	m->doc_year = y + 1;
}
