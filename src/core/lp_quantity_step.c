/*
 * lp_quantity_step.c — a step's size, not a level: "地区生产总值再上一个百亿
 * 台阶，达到812.6亿元" climbed one more step of 百亿; the sum is the figure
 * after it.  A magnitude counted by 一个 (not 第一个: the first step of 千亿 is
 * a line crossed) and followed by its tier word ((元)(级)台阶) names no
 * amount.  "两个百亿台阶" is a numbered phrase already (lp_quantity_rules.c).
 */
#include "lp.h"
#include "lp_qty.h"
#include "lp_text.h"

#include <string.h>

#define CP_GE		0x4E2A		/* 个 */
#define CP_ONE		0x4E00		/* 一 */
#define CP_ORDINAL	0x7B2C		/* 第 */

/* the tier word at p, after an optional 元 and 级: its end, or 0 */
static size_t
tier_word_end(const char *s, size_t len, size_t p)
{
	if (p + 3 <= len && memcmp(s + p, "元", 3) == 0)
		p += 3;
	if (p + 3 <= len && memcmp(s + p, "级", 3) == 0)
		p += 3;
	if (p + 3 <= len && memcmp(s + p, "新", 3) == 0)
		p += 3;
	return p + 6 <= len && memcmp(s + p, "台阶", 6) == 0 ? p + 6 : 0;
}

int
lp_q_step_size(lp_qmention *m)
{
	size_t		g,
				o,
				end;

	/* cheap tests first: a magnitude right after 个 */
	if (m->before != CP_GE || !m->n.mag[0] || m->c < m->ls + 6)
		return 0;
	g = lp_q_prev_start(m->text, m->ls, m->c);
	if (lp_q_cp_before(m->text, m->ls, g) != CP_ONE)
		return 0;
	o = lp_q_prev_start(m->text, m->ls, g);
	if (lp_q_cp_before(m->text, m->ls, o) == CP_ORDINAL)
		return 0;
	end = tier_word_end(m->text, m->len, m->ue > m->e ? m->ue : m->e);
	if (end == 0)
		return 0;
	m->next = end;
	return 1;
}
