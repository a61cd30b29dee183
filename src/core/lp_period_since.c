/*
 * lp_period_since.c — a span or a record reckoned from a year: "自2013年6月份
 * 以来", "创1996年以来最高水平" (moved out of lp_period.c, which was at its
 * file limit).
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_period_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * Where a span or a record from the year at s[at] would be said: after its 年
 * and a part of that year ("2029年一季度以来的最低水平", "2019年上半年以来"); 0
 * when no 年 follows the year.
 */
static size_t
after_year_and_part(const char *s, size_t len, size_t at)
{
	static const lp_word_kind parts[] = {
		LP_W_PERIOD_Q1, LP_W_PERIOD_Q2, LP_W_PERIOD_Q3, LP_W_PERIOD_Q4, LP_W_PERIOD_H1,
		LP_W_PERIOD_H2, LP_W_PERIOD_Q1_3
	};
	size_t		e = at + (((unsigned char) s[at]) < 0x80 ? 4 : 12),
				k,
				n;

	if (!lp_at(s, len, e, "年"))
		return 0;
	e += 3;
	/* a month of it ("自2013年6月份以来"): no part, but the span starts there too */
	n = e;
	while (n < len && n < e + 2 && s[n] >= '0' && s[n] <= '9')
		n++;
	if (n > e && lp_at(s, len, n, "月"))
		return lp_at(s, len, n + 3, "份") ? n + 6 : n + 3;
	for (k = 0; k < sizeof(parts) / sizeof(parts[0]); k++)
		if ((n = lp_words_prefix(parts[k], s + e, len - e)) > 0)
			return e + n;
	return e;
}

/*
 * The end of the record the year at s[at] names ("创1996年以来最高水平",
 * "创下自2029年一季度以来的最低水平"), 0 when it names none.
 */
size_t
lp_period_record_since_at(const char *s, size_t len, size_t at)
{
	size_t		e = after_year_and_part(s, len, at),
				n;

	if (e == 0 || (n = lp_words_prefix(LP_W_RECORD_SINCE, s + e, len - e)) == 0)
		return 0;
	return e + n;
}

int
lp_since_year_at(const char *s, size_t len, size_t at)
{
	size_t		e = after_year_and_part(s, len, at);

	return e > 0 && lp_words_prefix(LP_W_SINCE_YEAR, s + e, len - e) > 0;
}
