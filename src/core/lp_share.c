/*
 * lp_share.c — a share's subject: the part before 占 ("规上工业增加值占
 * GDP比重" is of 规上工业增加值), and the ratios that are levels by
 * convention (研发投入占GDP比重, 常住人口城镇化率: words.tsv share_as_level).
 * Declared in lp_subject.h.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_subject.h"
#include "lp_words.h"

#include <string.h>

void
lp_subject_share_part(char *subject)
{
	long		at = lp_words_find(LP_W_SHARE_OF, subject, strlen(subject), NULL);

	if (at > 0)
		subject[at] = '\0';
}

void
lp_subject_share_ratio(char *subject, lp_measure *measure)
{
	size_t		len = strlen(subject),
				il = 0;
	long		at = lp_words_find(LP_W_SHARE_OF, subject, len, NULL);

	/* "（常住人口城镇化率）为61.72%" after 占…比重: the rate's own name */
	if (at < 0 && lp_words_any(LP_W_SHARE_AS_LEVEL, subject, len) &&
		lp_indicator_suffix(subject, len, &il) != NULL && il == len)
	{
		*measure = LP_MEASURE_LEVEL;
		return;
	}
	if (at > 0 && lp_indicator_suffix(subject, len, &il) != NULL && len - il <= (size_t) at)
	{
		if (lp_words_any(LP_W_SHARE_AS_LEVEL, subject, len))
			*measure = LP_MEASURE_LEVEL;
	}
	else if (at < 0 && len + strlen("占比") <= LP_MAX_SUBJECT)
	{
		/* "研发投入占比6%": a ratio named with 占比 (an alias in indicators.tsv) */
		char		cand[LP_MAX_SUBJECT + 1];

		memcpy(cand, subject, len);
		strcpy(cand + len, "占比");
		if (lp_indicator_suffix(cand, strlen(cand), &il) != NULL && il > strlen("占比"))
		{
			strcpy(subject, cand);
			if (lp_words_any(LP_W_SHARE_AS_LEVEL, subject, strlen(subject)))
				*measure = LP_MEASURE_LEVEL;
		}
	}
	else
		lp_subject_share_part(subject);
}

/*
 * A change of a share in points ("战略性新兴产业增加值占生产总值的比重提高1个
 * 百分点") is of the part before 占, unless the whole is a ratio's own name
 * (研发投入占生产总值的比重: rd_intensity).  ("比重从26.7%提高到52.1%" is no
 * change in points: its figures are levels read wrong, left without a name.)
 */
static void
change_of_share(char *subject)
{
	size_t		len = strlen(subject),
				il = 0;
	long		at = lp_words_find(LP_W_SHARE_OF, subject, len, NULL);

	if (at <= 0 || (lp_indicator_suffix(subject, len, &il) != NULL && len - il <= (size_t) at))
		return;
	subject[at] = '\0';
}

void
lp_subject_measure(char *subject, const lp_quantity *q, lp_measure *measure)
{
	if (*measure == LP_MEASURE_SHARE)
		lp_subject_share_ratio(subject, measure);
	else if (*measure == LP_MEASURE_CHANGE && strcmp(q->unit, "个百分点") == 0)
		change_of_share(subject);
	/* an item of a 分别 list named by its rate: the verb after 分别 named no growth */
	else if (*measure == LP_MEASURE_LEVEL && strcmp(q->unit, "%") == 0 &&
			 lp_words_suffix(LP_W_RATE_NOUN, subject, strlen(subject)) > 0 &&
			 lp_words_suffix(LP_W_PER_MILLE_RATE, subject, strlen(subject)) == 0)
		*measure = LP_MEASURE_GROWTH;	/* (人口自然增长率…6.5%: ‰ written as %, a level) */
}
