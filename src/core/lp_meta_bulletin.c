/*
 * lp_meta_bulletin.c — the year a statistical bulletin speaks from.  A
 * bulletin of a year ("青岚省2016年国民经济和社会发展统计公报", or news of its
 * release: "3月22日，省统计局发布2016年…统计公报") is published in the year
 * after, so its 去年 is the bulletin's own year ("去年常住居民人均可支配
 * 收入15121.15元" → 2016), not the year before it.  So is a press
 * conference on a year's economy ("从市政府召开的2015年国民经济形势新闻发布会
 * 上了解到，去年，…"): held in the year after.
 */
#include "lp.h"
#include "lp_meta_bulletin.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdlib.h>
#include <string.h>

void
lp_meta_bulletin_year(lp_meta *m)
{
	size_t		n = strlen(m->title),
				at = 0,
				wl;
	long		word;
	int			y = atoi(m->period);

	if (m->doc_year != 0 || y == 0 || strspn(m->period, "0123456789") != strlen(m->period) ||
		(strcmp(m->kind, "statistics") != 0 && strcmp(m->kind, "news") != 0))
		return;
	/* 统计公报, or the press conference on a year's economy held after it
	 * ("2015年国民经济形势新闻发布会": words.tsv year_review_event) */
	word = lp_words_find(LP_W_YEAR_REVIEW_EVENT, m->title, n, &wl);
	/* the bulletin's year is the title's first, before the word */
	if (word < 0 || lp_find_year(m->title, (size_t) word, &at) != y)
		return;
	m->doc_year = y + 1;
}
