/*
 * lp_subject_threshold.c — a line stepped over between a name and its next
 * figure: "地区生产总值五年跨过两个万亿元级台阶、年均增长6%".  The words from the
 * threshold verb on (words.tsv threshold_verb) are a predicate of the name,
 * with the span of years before it (五年, 10年); the subject ends at the name
 * when the words before the verb end in an indicator's name.
 */
#include "lp.h"
#include "lp_census.h"
#include "lp_indicator.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <ctype.h>
#include <string.h>

/* s[a, e) without a span of years at its end ("五年", "10年"): the new end. */
static size_t
before_years(const char *s, size_t a, size_t e)
{
	static const char numerals[] = "一二三四五六七八九十两";
	size_t		p;

	if (e < a + 6 || !lp_same(s + e - 3, "年", 3))
		return e;
	for (p = e - 3; p > a; p--)
	{
		if (isdigit((unsigned char) s[p - 1]))
			continue;
		if (p >= a + 3 && lp_find_lit(numerals, sizeof(numerals) - 1, s + p - 3, 3) != NULL &&
			(size_t) (lp_find_lit(numerals, sizeof(numerals) - 1, s + p - 3, 3) - numerals) % 3 == 0)
		{
			p -= 2;
			continue;
		}
		break;
	}
	return p < e - 3 ? p : e;
}

int
lp_subject_strip_threshold(const char *s, size_t *a, size_t *b)
{
	size_t		wl = 0,
				t,
				e;
	/* (the census answers as lp_words_find: most lines have no such verb) */
	long		k = lp_census_find(LP_W_THRESHOLD_VERB, s + *a, *b - *a, &wl);

	if (k <= 0)
		return 0;
	t = *a + (size_t) k;
	e = before_years(s, *a, t);
	if (lp_indicator_by_suffix(s + *a, e - *a) == NULL)
		return 0;
	*b = e;
	return 1;
}
