/*
 * lp_mention_period_year.c — the whole year inside a release of a part of it
 * (moved beside lp_mention_period.c for its length).
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_words.h"

#include <string.h>

/*
 * In a release of a part of the year, a paragraph opening with 全年 ("全年全省粮食
 * 总产量1187.3万吨…。其中，夏粮…。粮食播种面积3862.5万亩…"): its first figure is of
 * the whole year, and so are those of its later sentences naming no time
 * (paragraph_part_apply).
 */
int
lp_mention_whole_year_opens_line(const lp_mention *m, size_t a)
{
	return m->sent_start <= a && strpbrk(m->ctx->period.period, "HQM") != NULL &&
		m->period.period[0] != '\0' && strpbrk(m->period.period, "HQM") == NULL &&
		strcmp(m->period.period, m->ctx->period.period) != 0 &&
		lp_words_prefix(LP_W_WHOLE_YEAR, m->s + a, m->slen - a) > 0;
}
