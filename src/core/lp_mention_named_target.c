/*
 * lp_mention_named_target.c — a target named after its figure, in news.
 *
 * Wire copy and news written for readers outside the mainland (and copies
 * translated into and out of traditional characters) name a target after
 * its figure: "报告提出5.5%以内的城镇调查失业率目标", "当局定下60万人的城镇新增
 * 就业目标", "设定约3%的消费者物价指数涨幅目标".  The words before the figure
 * are the verb of the setting (报告提出, 还设定了), which names no indicator;
 * the name between 的 and 目标 does.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define NAME_MAX_BYTES (16 * 3)	/* a name, not a clause */

/* The end of a name from s[p] to a 目标 ending its clause, within NAME_MAX_BYTES; 0 if none. */
static size_t
name_before_target(const char *s, size_t len, size_t p)
{
	size_t		i = p,
				lim = p + NAME_MAX_BYTES < len ? p + NAME_MAX_BYTES : len;

	while (i < lim)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(s + i, len - i, &n);

		if (lp_at(s, len, i, "目标"))
		{
			size_t		e = i + 6;

			return e >= len || lp_is_clause_end(lp_utf8_next(s + e, len - e, &n)) ? i : 0;
		}
		/* words only: no figure, mark or bracket in a name */
		if (!lp_is_hanzi(cp) && !(cp >= 'A' && cp <= 'Z'))
			return 0;
		i += (size_t) n;
	}
	return 0;
}

/*
 * The end of an indicator's name in s[p, e) that a rate's word ends, with a
 * word that ends no name before it (words.tsv subject_suffix, such as 预期);
 * p if none.
 */
static size_t
rate_name_end(const char *s, size_t p, size_t e)
{
	size_t		r = lp_words_suffix(LP_W_RATE_NOUN, s + p, e - p);

	if (r == 0 || r >= e - p)
		return p;
	e -= r;
	e -= lp_words_suffix(LP_W_SUBJECT_SUFFIX, s + p, e - p);
	return e > p && lp_indicator_by_suffix(s + p, e - p) != NULL ? e : p;
}

/*
 * Was the subject read from the name after the figure ("…11%左右的地区生产总值
 * 增长目标": 的地区生产总值, the thing counted), not from words before it?
 */
static int
subject_of_name(const lp_mention *m, size_t p, size_t e)
{
	const char *sj = m->subject;
	size_t		n = strlen(sj);

	if (n >= 3 && lp_same(sj, "的", 3))
		sj += 3, n -= 3;
	return n > 0 && n <= e - p && memcmp(sj, m->s + p, n) == 0;
}

void
lp_mention_target_named_after(lp_mention *m)
{
	size_t		p = m->q->end,
				e,
				r;

	/* the cheap test first: most figures have no 的 after them */
	if (!lp_at(m->s, m->slen, p, "的") || m->listed)
		return;
	p += 3;
	if ((e = name_before_target(m->s, m->slen, p)) <= p ||
		(lp_indicator_by_suffix(m->subject, strlen(m->subject)) != NULL && !subject_of_name(m, p, e)))
		return;
	/*
	 * "消费者物价指数涨幅", "地区生产总值增长": the name and its rate's word
	 * (growth: the figure's unit says), perhaps with 预期 between them
	 * ("11%左右的经济预期增长目标"); else the name whole
	 */
	if ((r = rate_name_end(m->s, p, e)) > p)
	{
		e = r;					/* the subject is the name */
		if (strcmp(m->q->base_unit, "%") == 0)
			m->measure.measure = LP_MEASURE_GROWTH;
	}
	else if (lp_indicator_by_suffix(m->s + p, e - p) == NULL)
		return;
	lp_subject_copy(m->subject, m->s, p, e);
	m->subject_start = p;
	m->subject_end = e;
	m->growth_after = 1;		/* a target (lp_mention_status) */
}
