/*
 * lp_review_topics.c — the topics after the summary of a review made only of
 * topics.
 *
 * Some reports write the year's review as topics alone ("一是…。" / "二是推动
 * 经济运行稳中有进。" / "三是…"), the summary being the topic that states GDP
 * and more (lp_review_body.c).  The topics after it state their own work
 * ("新培育专精特新企业120家，新增上市公司6家…"): body, no headline.  Some
 * state the year's results in passing ("城镇新增就业12万人，居民人均可支配
 * 收入增长5%"), which a report states wherever it writes them: indicators of
 * words.tsv summary_result stay candidates.
 */
#include "lp.h"
#include "lp_review_body.h"
#include "lp_headline.h"
#include "lp_words.h"

#include <string.h>

static int
summary_result(const char *code)
{
	size_t		len = strlen(code);

	return lp_words_prefix(LP_W_SUMMARY_RESULT, code, len) == len;
}

void
lp_review_topics_after(lp_facts *out, size_t first, const char *period)
{
	size_t		i;

	for (i = first; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if ((f->status == LP_STATUS_ACTUAL || f->status == LP_STATUS_ESTIMATE) &&
			f->headline == LP_HEADLINE_CANDIDATE && f->indicator != NULL &&
			strcmp(f->period, period) == 0 && !summary_result(f->indicator))
			f->headline = LP_HEADLINE_BODY;
	}
}
