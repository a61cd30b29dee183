/*
 * lp_subject_aside.c — a circumstance set between a name and its verb
 * ("外贸进出口总额在高基数下实现215.3亿元", "一般公共预算收入在上年高基数上增长3.2%"):
 * 在…下 or 在…上 ends no name, so the subject is cut at its 在 when the words
 * before it end in an indicator's name (the name decides: "在全省率先" and the
 * like are subject_suffix words).  A base naming a year's number stays: it is
 * compared with ("在2010年基础上翻一番"); "在上年高基数上" is cut before the
 * time word inside it would cut the name off (lp_subject.c strip_lead_words).
 * A field of peers 在…中 is cut alike ("工业总产值在全国同类城区中率先突破
 * 万亿元"), unless a name ends the field: the whole of a part's share
 * ("税收在财政收入中占…") is no circumstance.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_subject.h"
#include "lp_text.h"

#include <ctype.h>
#include <string.h>

#define ASIDE_MAX_BYTES 33		/* 在 + up to 9 hanzi + 下: "在疫情冲击较大的情况下" */

int
lp_subject_strip_aside(const char *s, size_t *a, size_t *b)
{
	size_t		lo = *b - *a > ASIDE_MAX_BYTES ? *b - ASIDE_MAX_BYTES : *a;
	const char *p,
			   *zai = NULL;
	int			among;

	if (*b - *a < 15)
		return 0;
	among = lp_same(s + *b - 3, "中", 3);
	if (!among && !lp_same(s + *b - 3, "下", 3) && !lp_same(s + *b - 3, "上", 3))
		return 0;
	/* the last 在 of the tail: the circumstance's opening */
	for (p = lp_find3(s + lo, *b - 3 - lo, "在"); p != NULL;
		 p = lp_find3(p + 3, (size_t) (s + *b - 3 - p - 3), "在"))
		zai = p;
	if (zai == NULL || (size_t) (zai - s) <= *a + 3 ||
		lp_indicator_by_suffix(s + *a, (size_t) (zai - s) - *a) == NULL)
		return 0;
	if (among && lp_indicator_by_suffix(zai + 3, (size_t) (s + *b - 3 - zai - 3)) != NULL)
		return 0;
	/* a dated base is a comparison, not a circumstance ("收入在2010年基础上翻一番") */
	for (p = zai; p < s + *b; p++)
		if (isdigit((unsigned char) *p))
			return 0;
	*b = (size_t) (zai - s);
	return 1;
}
