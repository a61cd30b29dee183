/*
 * lp_mention_average.c — does a mention's figure name an average annual rate
 * (年均)?  Its own clause says so, or, for an item of a 分别 list, the list's
 * lead does: "规上工业总产值、增加值分别年均增长18.4%，13%" — a comma between
 * the values cuts 16% off the 年均 before the first one.
 */
#include "lp.h"
#include "lp_census.h"
#include "lp_indicator.h"
#include "lp_clause.h"
#include "lp_mention.h"
#include "lp_text.h"

#include <string.h>

/*
 * Where the run of words before s[b] opens: after the last comma, semicolon,
 * full stop or bracket from lo (ASCII or full width: "（按年平均汇率折算为
 * 9847美元）,同比增长8.7%" is no average).  A list joined by 、 or 和 is one run: "两年平均增长
 * 12.7%、10.6%" — the 10.6% is an average too, though its clause opens at 、.
 */
static size_t
comma_clause_start(const char *s, size_t lo, size_t b)
{
	size_t		i = b;

	/*
	 * One test of the last byte a step: the ASCII marks (and NUL, which
	 * strchr's set held), else the last bytes of ，；。（） (8C 9B 82 88 89)
	 * before the three bytes are compared
	 */
	while (i > lo)
	{
		const char *c = s + i - 3;
		unsigned char last = (unsigned char) s[i - 1];

		if (last == ',' || last == ';' || last == '(' || last == ')' || last == '\0')
			return i;
		if ((last == 0x8C || last == 0x9B || last == 0x82 || last == 0x88 || last == 0x89) &&
			i >= lo + 3 && (memcmp(c, "，", 3) == 0 || memcmp(c, "；", 3) == 0 ||
							memcmp(c, "。", 3) == 0 || memcmp(c, "（", 3) == 0 || memcmp(c, "）", 3) == 0))
			return i;
		i--;
	}
	return lo;
}

int
lp_mention_names_annual_average(const lp_mention *m)
{
	const char *s = m->s,
			   *p,
			   *fenbie = NULL;
	size_t		lo = m->sent_start,
				cs,
				wl;

	/*
	 * every test below reads words of s[lo, q->start): no 年均 word there
	 * (most lines hold none: the census says so at once) answers them all
	 */
	if (lp_census_find(LP_W_ANNUAL_AVERAGE, s + lo, m->q->start - lo, &wl) < 0)
		return 0;
	if (lp_names_annual_average(s, m->clause_start, m->q->start))
		return 1;
	/* (the same words when the comma's clause is the clause: asked once) */
	cs = comma_clause_start(s, lo, m->q->start);
	if (cs != m->clause_start && lp_names_annual_average(s, cs, m->q->start))
		return 1;
	if (!m->listed || m->clause_start <= lo + 6)
		return 0;
	/* the last 分别 of the sentence before the clause: the list's lead */
	for (p = lp_find_lit(s + lo, m->clause_start - lo, "分别", 6); p != NULL;
		 p = lp_find_lit(p + 6, (size_t) (s + m->clause_start - p - 6), "分别", 6))
		fenbie = p;
	return fenbie != NULL && lp_names_annual_average(s, (size_t) (fenbie - s), m->clause_start);
}

/*
 * An average over years whose subject names no indicator ("两年平均增长5.0%":
 * the subject left is 两年) is no subject for the figures after it: "一季度
 * 同比增长18.3%，两年平均增长5.0%；二季度增长7.9%" — the 7.9% is the quarter's
 * GDP, the subject of the sentence before the average.  Not an item of a
 * 分别 list ("两年平均分别增长7.4%、12.5%": the list carries its names).
 */
int
lp_mention_average_names_nothing(const lp_mention *m)
{
	/* the name's lookup last: most figures are no average over years */
	return !m->listed && lp_mention_names_annual_average(m) &&
		lp_indicator_by_suffix(m->subject, strlen(m->subject)) == NULL;
}

/*
 * Can a fact be an average rate over years, when its words name one?  A
 * growth; or a percent the list left as a level: "战略性新兴产业、高新技术
 * 产业增加值同比分别增长16.2%和13.8%，两年平均增长12.7%和10.6%" — the 10.6%
 * after 和 took no growth word of its own, and is the second average, no
 * level of high-tech output.
 */
int
lp_fact_is_rate_over_years(const lp_fact *f)
{
	return f->measure == LP_MEASURE_GROWTH ||
		(f->measure == LP_MEASURE_LEVEL && strcmp(f->q.unit, "%") == 0);
}
