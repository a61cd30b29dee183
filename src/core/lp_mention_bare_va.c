/*
 * lp_mention_bare_va.c — a bare 增加值 after the economy's or a value added's
 * figures is theirs: "上半年，全市实现地区生产总值412.5亿元，增长5.1%，第二
 * 季度完成增加值220.4亿元，增长6.3%" gives the quarter's gdp (增加值 alone named
 * no indicator).  Only when the sentence's subject before is gdp or names a
 * value added (规模以上工业增加值): a sector's clause (农业…，增加值…) is read
 * by lp_subject_of_sector_clause.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"

#include <string.h>

#define VALUE_ADDED "增加值"

void
lp_mention_bare_value_added(const lp_sentence *ss, lp_mention *m)
{
	size_t		n = strlen(ss->subject),
				vn = strlen(VALUE_ADDED);
	const char *code;

	/* cheap first: the subject is the bare word */
	if (m->listed || strcmp(m->subject, VALUE_ADDED) != 0 || n == 0)
		return;
	code = lp_indicator_by_suffix(ss->subject, n);
	if (code == NULL ||
		(strcmp(code, "gdp") != 0 && (n < vn || strcmp(ss->subject + n - vn, VALUE_ADDED) != 0)))
		return;
	lp_copy_str(m->subject, sizeof(m->subject), ss->subject);
	m->inherited_code = ss->subject_code;
	m->subject_start = m->subject_end = 0;	/* not one span of s */
}
