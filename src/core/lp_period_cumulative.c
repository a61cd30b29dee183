/*
 * lp_period_cumulative.c — a quarter named with 累计 after it is the year so
 * far to that quarter's end, not the quarter alone: a county bulletin's
 * series "第一季度GDP累计同比下降1.2%；第二季度GDP累计同比增长2.1%；第三季度…；
 * 第四季度…" gives Q1, H1, Q1-3 and the year (words.tsv part_cumulative).
 * A county named before the figure ("三季度，全县实现地区生产总值…") does
 * the same for a second or third quarter (part_cumulative_place): a county's
 * output is accounted from January on, not for one quarter.
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

void
lp_period_cumulative(const char *s, size_t len, size_t after, char *period, size_t sz)
{
	static const char *const from[] = {"Q2", "Q3", "Q4"};
	static const char *const to[] = {"H1", "Q1-3", ""};
	char	   *part = strpbrk(period, "HQM");
	size_t		end = after;
	int			k,
				last;

	if (part == NULL)
		return;
	/* the word belongs to the quarter only before any figure after it */
	while (end < len && !isdigit((unsigned char) s[end]))
		end++;
	if (after >= end)
		return;
	if (lp_words_any(LP_W_PART_CUMULATIVE, s + after, end - after))
		last = 3;
	else if (lp_words_any(LP_W_PART_CUMULATIVE_PLACE, s + after, end - after))
		last = 2;				/* a county's quarter: Q2, Q3 only */
	else
		return;
	for (k = 0; k < last; k++)
		if (strcmp(part, from[k]) == 0)
		{
			char		buf[24];

			snprintf(buf, sizeof(buf), "%.*s%s", (int) (part - period), period, to[k]);
			lp_copy_str(period, sz, buf);
			return;
		}
}
