/*
 * lp_inline_list_report.c — figures restated from a work report, after a
 * lead naming it ("根据青禾市政府工作报告，城镇新增就业12万人以上，城镇调查
 * 失业率5.5%左右；…" in news of the session): what the report sets for its
 * year, a list of its targets, though no target word or time word says so.
 * Only where a target qualifies a figure (以上, 左右, 以内) and no year opens:
 * a report quoted on the year before ("据政府工作报告，去年…增长5%") keeps
 * its results.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_period.h"
#include "lp_text.h"

#include <string.h>

#define REPORT_LEAD_MAX (24 * 3)	/* 根据 + a body's name + 政府工作报告 */

/* The end of a lead "根据…政府工作报告，" opening s[a, b), or 0. */
static size_t
report_lead_end(const char *s, size_t a, size_t b)
{
	size_t		lim,
				p;
	const char *r;

	a = lp_skip_space(s, b, a);
	if (lp_at(s, b, a, "根据") || lp_at(s, b, a, "依据"))
		a += 6;
	else if (lp_at(s, b, a, "据"))
		a += 3;
	else
		return 0;
	lim = a + REPORT_LEAD_MAX < b ? a + REPORT_LEAD_MAX : b;
	r = lp_find_lit(s + a, lim - a, "政府工作报告", 18);
	if (r == NULL)
		return 0;
	p = (size_t) (r - s) + 18;
	if (lp_at(s, b, p, "，"))
		return p + 3;
	return p < b && s[p] == ',' ? p + 1 : 0;
}

/*
 * The end of a lead "根据…政府工作报告，" opening s[0, len) whose sentence
 * states a figure a target qualifies (以上, 左右, 以内) and opens on no
 * year ("…，2025年…", "…，去年…"), else 0: the report's targets follow, a
 * list of them (lp_inline_list.c, beside "报告提出，").
 */
size_t
lp_report_lead_sets(const char *s, size_t len)
{
	size_t		e = report_lead_end(s, 0, len),
				end;

	if (e == 0 || lp_clause_opens_last_year(s, e, len))
		return 0;
	end = lp_next_end(s, e, len, lp_is_full_stop);
	if (lp_find_year(s + e, end - e < 30 ? end - e : 30, NULL) != 0)
		return 0;
	return lp_find_lit(s + e, end - e, "以上", 6) || lp_find_lit(s + e, end - e, "左右", 6) ||
		lp_find_lit(s + e, end - e, "以内", 6) ? e : 0;
}
