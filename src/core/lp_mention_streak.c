/*
 * lp_mention_streak.c — a streak's count ("连续12个季度保持在6.5%至7%的区间",
 * "连续5年保持在6%以上") counts periods: it is never a level of an indicator,
 * so it takes no subject, not even the one its sentence carries ("…二季度
 * 增长6.7%，连续12个季度…" had made 12 a level of gdp).
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_subject.h"

int
lp_mention_streak(lp_mention *m)
{
	return lp_streak_count(m->s, m->q);
}
