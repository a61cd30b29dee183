/*
 * lp_meta_this_year_part.c — a head that states a named year's whole result
 * and then a part of 今年 ("2029年实现地区生产总值…。今年上半年，实现地区生产
 * 总值…"): 今年 is not the year named, the text speaks from the year after
 * (lp_meta.c's period of the head asks, through lp_meta_early_years_named).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif

#include "lp.h"
#include "lp_meta_early.h"
#include "lp_period.h"
#include "lp_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PART_HEAD_BYTES 1024	/* the opening that states the year and 今年 */

/* The words that open a year's result right after its 年 ("2029年实现…"). */
static int
result_opens(const char *s, size_t len, size_t p)
{
	return lp_at(s, len, p, "实现") || lp_at(s, len, p, "完成");
}

static void
this_year_part(lp_meta *m, const char *text, size_t len)
{
	char		lead[16],
				suffix[24];
	const char *at,
			   *now;
	size_t		n = len < PART_HEAD_BYTES ? len : PART_HEAD_BYTES,
				p;

	/* the title's year, alone or with the part of 今年 the title reaches ("2029H1") */
	if (m->doc_year != 0 || m->period_basis != LP_PERIOD_TITLE ||
		strlen(m->period) < 4 || strspn(m->period, "0123456789") != 4)
		return;
	snprintf(lead, sizeof(lead), "%.4s年", m->period);
	if ((at = memmem(text, n, lead, strlen(lead))) == NULL)
		return;
	p = (size_t) (at - text) + strlen(lead);
	if (!result_opens(text, n, p) || (now = memmem(text + p, n - p, "今年", 6)) == NULL)
		return;
	/* 今年 then a half, a quarter or months ("今年上半年", "今年1-5月") */
	p = (size_t) (now - text) + 6;
	lp_period_suffix(text + p, n - p < 12 ? n - p : 12, suffix, sizeof(suffix));
	if (suffix[0] == '\0' || (m->period[4] != '\0' && strcmp(m->period + 4, suffix) != 0))
		return;
	m->doc_year = atoi(m->period) + 1;
	if (m->period[4] != '\0')
	{
		char		period[48];

		snprintf(period, sizeof(period), "%d%s", m->doc_year, suffix);
		lp_copy_str(m->period, sizeof(m->period), period);
	}
}

void
lp_meta_early_years_named(lp_meta *m, const char *text, size_t len)
{
	lp_meta_early_last_year_then(m, m->title, strlen(m->title));
	this_year_part(m, text, len);
}
