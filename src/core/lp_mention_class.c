/*
 * lp_mention_class.c — a figure that names a class of things counted after
 * it ("新增经济总量超200亿元县2个", "营收超10亿元企业5家"): the bound of
 * the class, not a result of its subject (h-fix240).  An amount of money
 * only: "增长37.6%居全市第5位" is a rank.
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define CLASS_NOUN_MAX_CHARS 2	/* "县", "企业", "园区" (not "圆满完成12件") */
#define COUNT_MAX_DIGITS 6

/*
 * Does a count follow the figure ending at e, after at most a few hanzi
 * ("县2个", "企业35家")?  Cheap first: a hanzi right after the unit.
 */
static int
names_class(const char *s, size_t slen, size_t e)
{
	size_t		p = e,
				d,
				u;
	int			chars = 0;

	while (p + 3 <= slen && chars <= CLASS_NOUN_MAX_CHARS && lp_hanzi_lead(s[p]))
	{
		p += 3;
		chars++;
	}
	if (chars == 0 || chars > CLASS_NOUN_MAX_CHARS)
		return 0;
	for (d = p; d < slen && d - p <= COUNT_MAX_DIGITS && s[d] >= '0' && s[d] <= '9'; d++)
		;
	if (d == p || d - p > COUNT_MAX_DIGITS)
		return 0;
	/* "…100亿元同比提高5个百分点" is a change, not a count */
	if ((u = lp_words_prefix(LP_W_COUNT_UNIT, s + d, slen - d)) == 0 ||
		(d + u + 9 <= slen && memcmp(s + d + u, "百分点", 9) == 0))
		return 0;
	return 1;
}

void
lp_mention_class(lp_mention *m)
{
	if (!m->driven && m->q->end + 3 < m->slen && lp_hanzi_lead(m->s[m->q->end]) &&
		strcmp(m->q->base_unit, "元") == 0 &&
		names_class(m->s, m->slen, m->q->end))
		m->driven = 1;			/* no indicator of its own (mention_indicator) */
}
