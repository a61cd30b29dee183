/*
 * lp_mention_yearline.c — a figure under a year alone on its line in news of
 * a work report: "青禾亮点" ⏎ "2028年" ⏎ results … "青禾落点" ⏎ "2029年" ⏎
 * "地区生产总值增长5%左右".  The session's year heads what the report aims
 * at: its figures stated as targets are (the year before's are results).
 */
#include "lp.h"
#include "lp_context.h"
#include "lp_mention_int.h"
#include "lp_sections_box.h"
#include "lp_text.h"

#include <stdio.h>
#include <string.h>

/* Is the figure worded as a target: 左右, 以上 on it, or 预期/目标 in its clause? */
static int
target_worded(const lp_mention *m)
{
	size_t		a = m->clause_start < m->q->start ? m->clause_start : m->q->start;

	return m->q->qualifier == LP_Q_APPROX || m->q->qualifier == LP_Q_GE ||
		m->q->qualifier == LP_Q_GT ||
		lp_contains(m->s + a, m->q->start - a, "预期") ||
		lp_contains(m->s + a, m->q->start - a, "目标");
}

/* Is the period the year y, written as "%d" writes it? */
static int
period_is_year(const char *period, int y)
{
	char		buf[8];
	int			i = (int) sizeof(buf) - 1;

	/* (what the buffer of 8 cut short, as before) */
	if (y <= 0 || y > 9999999)
	{
		snprintf(buf, sizeof(buf), "%d", y);
		return strcmp(period, buf) == 0;
	}
	buf[i] = '\0';
	for (; y > 0 && i > 0; y /= 10)
		buf[--i] = (char) ('0' + y % 10);
	return strcmp(period, buf + i) == 0;
}

/*
 * The heading's test last: it reads the heading again for each of its
 * mentions, and the period (one compare) rules out most of them first.
 */
int
lp_mention_year_line_target(const lp_mention_doc *doc, lp_mention *m)
{
	if (doc->months_year == 0 || m->status != LP_STATUS_ACTUAL ||
		m->ctx->status != LP_STATUS_ACTUAL || m->period.basis != LP_PERIOD_HEADING ||
		m->ctx->section == NULL || !period_is_year(m->period.period, doc->months_year) ||
		!lp_is_year_alone_line(m->ctx->section, strlen(m->ctx->section)) || !target_worded(m))
		return 0;
	m->status = LP_STATUS_TARGET;
	return 1;
}
