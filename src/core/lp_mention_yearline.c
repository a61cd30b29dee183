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

int
lp_mention_year_line_target(const lp_mention_doc *doc, lp_mention *m)
{
	char		y[8];

	if (doc->months_year == 0 || m->status != LP_STATUS_ACTUAL ||
		m->ctx->status != LP_STATUS_ACTUAL || m->period.basis != LP_PERIOD_HEADING ||
		m->ctx->section == NULL ||
		!lp_is_year_alone_line(m->ctx->section, strlen(m->ctx->section)))
		return 0;
	snprintf(y, sizeof(y), "%d", doc->months_year);
	if (strcmp(m->period.period, y) != 0 || !target_worded(m))
		return 0;
	m->status = LP_STATUS_TARGET;
	return 1;
}
