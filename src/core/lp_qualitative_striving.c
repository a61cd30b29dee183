/*
 * lp_qualitative_striving.c — a goal's striving word before an indicator's
 * name in a line of targets in words (a job of its own: the clause and the
 * item readers both ask it).
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_qualitative.h"
#include "lp_words.h"

/*
 * "努力实现居民收入和经济发展同步", "力争城镇居民收入与经济增长同步": a
 * goal's striving word (words.tsv target_marker, then 实现) before the name
 * is passed over when an indicator's name follows it; else b.  The plan's
 * time (or a lead singling the goal out) glued before it is passed over too
 * ("特别是“十五五”时期要实现人均地区生产总值稳居全省上游", "今后五年人均…":
 * qualitative_time_lead), the striving word then optional.
 */
size_t
lp_qualitative_past_striving(const char *s, size_t b, size_t e)
{
	size_t		t = 0,
				n,
				m = 0;

	while ((n = lp_words_prefix(LP_W_QUALITATIVE_TIME_LEAD, s + b + t, e - b - t)) > 0 && n < e - b - t)
		t += n;
	n = t + lp_words_prefix(LP_W_TARGET_MARKER, s + b + t, e - b - t);
	if (n == 0 || n >= e - b)
		return b;
	n += lp_words_prefix(LP_W_SUBJECT_PREFIX, s + b + n, e - b - n);
	return n < e - b && lp_indicator_by_prefix(s + b + n, e - b - n, &m) != NULL && m > 0 ? b + n : b;
}
