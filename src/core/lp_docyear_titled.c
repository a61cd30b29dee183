/*
 * lp_docyear_titled.c — a work report's title that carries its delivery
 * date in brackets after the report's name, as a collection of local work
 * reports titles its copies ("青禾市政府工作报告(2031年1月6日 张某)").  The
 * date is when the report was given, as a delivery line's: a repost's
 * publication line ("时间: 2032-02-24 …") does not move it.
 */
#include "lp.h"
#include "lp_docyear_int.h"
#include "lp_period.h"
#include "lp_text.h"

#include <string.h>

static const char report_name[] = "政府工作报告";

/*
 * Where a year opens a bracket right after 政府工作报告 in s[a, e): the date
 * the caller reads (lp_docyear.c delivery_line); 0 if none.
 */
size_t
lp_docyear_titled_date_at(const char *s, size_t a, size_t e)
{
	size_t		k = sizeof(report_name) - 1,
				p,
				at;
	const char *name;

	if (e - a < k + 12 || (name = lp_find_lit(s + a, e - a, report_name, k)) == NULL)
		return 0;
	p = lp_skip_space(s, e, (size_t) (name - s) + k);
	if (lp_at(s, e, p, "("))
		p += 1;
	else if (lp_at(s, e, p, "（"))
		p += 3;
	else
		return 0;
	p = lp_skip_space(s, e, p);
	/* the date opens the bracket: "(2031年1月6日 张某)", not "(摘要)…2031年" */
	if (lp_find_year(s + p, e - p, &at) == 0 || at != 0)
		return 0;
	return p;
}
