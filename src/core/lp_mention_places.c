/*
 * lp_mention_places.c — a round-up's sentences over the places it compares:
 * a count of provinces or cities opening the sentence ("近7成省份今年GDP增长预期
 * 目标在6%及以上") says something of them all, not a figure of the document's
 * place (analysts' round-ups of several places' targets; h-read283).
 */
#include "lp.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* The end of a count opening s[a, len): ASCII digits or numerals in words ("29", "七"), or a. */
static size_t
count_end(const char *s, size_t len, size_t a)
{
	static const char numerals[] = "一二三四五六七八九十两半";

	while (a < len)
	{
		int			k;
		uint32_t	cp = lp_utf8_next(s + a, len - a, &k);
		char		one[8] = {0};

		if (k <= 0 || k > 4)
			break;
		memcpy(one, s + a, (size_t) k);
		if (!(cp >= '0' && cp <= '9') && (k != 3 || strstr(numerals, one) == NULL))
			break;
		a += (size_t) k;
	}
	return a;
}

/*
 * Does m's sentence open on a count of the places a round-up compares ("近7成省份
 * 今年GDP增长预期目标在6%及以上", "超8成省份下调GDP目标增速", "29个省份中，GDP增速
 * 目标的平均值为6.4%", "多数省份GDP目标高于5%")?  What follows is said of them
 * all, no place's own figure (words.tsv places_count_lead, places_count_unit,
 * places_counted; places_counted_some needs no number).
 */
int
lp_mention_counts_places(const lp_mention *m)
{
	const char *s = m->s;
	size_t		len = m->slen,
				a = lp_skip_space(s, len, m->full_start),
				e;

	a += lp_words_prefix(LP_W_PART_SALUTATION, s + a, len - a);
	a += lp_words_prefix(LP_W_PLACES_COUNT_LEAD, s + a, len - a);
	if (lp_words_prefix(LP_W_PLACES_COUNTED_SOME, s + a, len - a) > 0)
		return 1;
	if ((e = count_end(s, len, a)) == a)
		return 0;
	e += lp_words_prefix(LP_W_PLACES_COUNT_UNIT, s + e, len - e);
	return lp_words_prefix(LP_W_PLACES_COUNTED, s + e, len - e) > 0;
}
