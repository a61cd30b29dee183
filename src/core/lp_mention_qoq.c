/*
 * lp_mention_qoq.c — a growth over the period just before, not over the same
 * period a year earlier: "一季度全市地区生产总值…同比增长5.2%，比去年四季度
 * 增长1.4%", "从环比看，三季度全市地区生产总值增长1.2%", "3月份…环比增长0.5%".  Such
 * a rate is no headline growth (the year-on-year one is), and its 四季度 is the
 * base, not the figure's period.
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_text.h"
#include "lp_words.h"

/* Past the last 同比 in s[a, b), or a: "环比增长0.5%、同比增长3%" is year on year. */
static size_t
after_last_year_on_year(const char *s, size_t a, size_t b)
{
	size_t		from = a,
				p = lp_after_last3(s, a, b, "同");

	while (p < b && p > from)
	{
		if (lp_at(s, b, p, "比"))
			return p + 3;
		b = p - 3;
		p = lp_after_last3(s, a, b, "同");
	}
	return from;
}

int
lp_mention_over_period_before(const lp_mention *m)
{
	size_t		a = after_last_year_on_year(m->s, m->clause_start, m->q->start);

	/* in the figure's own clause, or the sentence led by 从环比看 */
	if (a > m->clause_start)
		return 0;
	return lp_words_any(LP_W_PERIOD_ON_PERIOD, m->s + a, m->q->start - a) ||
		lp_words_prefix(LP_W_PERIOD_ON_PERIOD_LEAD, m->s + m->sent_start, m->q->start - m->sent_start) > 0;
}
