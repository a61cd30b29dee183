/*
 * lp_mention_part_carry.c — the part of the year a sentence hands on to the
 * 其中 sentence after it (lp_mention_period: "前三季度，…。其中，第一产业…").
 *
 * "上半年，全市地区生产总值820亿元，增长5.6%，增速由一季度的下降1.2%转为正
 * 增长。其中，第一产业增加值…": 其中 breaks down the half year's total; the
 * quarter the growth turned from is a base, not the period of the parts.
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_text.h"
#include "lp_words.h"

/* how far before a figure the base's part is looked for ("由一季度的下降"): a few words */
#define BASE_REACH 36

/* Does a part of the year follow 由, 比 or 较 in s[a, b) near its end b? */
static int
part_set_against(const char *s, size_t a, size_t b)
{
	static const lp_word_kind kinds[] = {
		LP_W_PERIOD_H1, LP_W_PERIOD_Q1, LP_W_PERIOD_Q2, LP_W_PERIOD_Q3, LP_W_PERIOD_Q1_3
	};
	size_t		p = b > a + BASE_REACH ? b - BASE_REACH : a,
				wl;
	int			n = 1;

	while (p < b && (((unsigned char) s[p]) & 0xC0) == 0x80)
		p++;
	for (; p < b; p += n)
	{
		if ((lp_at(s, b, p, "由") || lp_at(s, b, p, "比") || lp_at(s, b, p, "较")) &&
			lp_words_prefix_each(kinds, 5, s + p + 3, b - p - 3, &wl) >= 0 && wl > 0)
			return 1;
		(void) lp_utf8_next(s + p, b - p, &n);
	}
	return 0;
}

void
lp_mention_carry_part(lp_sentence *ss, const lp_mention *m)
{
	const lp_clause_part *cp = &ss->clause_part;
	const char *period = m->period.period;

	/*
	 * a part one clause handed the next ("第二季度完成增加值…，增长6.1%。其中：
	 * 第一、二、三次产业…") is not what the 其中 after breaks down: the
	 * sentence's own part is
	 */
	if (cp->sent == m->sent_start + 1 && cp->carried && cp->end == m->q->end)
		period = cp->before.period;
	if (strpbrk(period, "HQM") == NULL)
	{
		ss->part[0] = '\0';
		return;
	}
	/* a base's part keeps the whole's (asked only when the part would change) */
	if (ss->part[0] && strcmp(ss->part, period) != 0 &&
		part_set_against(m->s, m->clause_start, m->q->start))
		return;
	lp_copy_str(ss->part, sizeof(ss->part), period);
}
