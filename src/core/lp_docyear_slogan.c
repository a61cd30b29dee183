/*
 * lp_docyear_slogan.c — a text naming no year, dated by words only the texts
 * of one year say of their own year (time_slogans.tsv): a part-year release
 * of 2020 opens "今年以来，面对突如其来的新冠肺炎疫情…", one of 2022 "…落实
 * 党中央关于“疫情要防住、经济要稳住、发展要安全”的要求，…上半年…".  The
 * words are said of this year (今年, or a part of it named in their sentence
 * with no year) or of the year just past (过去一年, 去年: the text is of the
 * year after, a work report of the next January).  The first such words in
 * the head decide.
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_docyear_int.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdlib.h>
#include <string.h>

static lp_docyear_word slogans[LP_DATA_MAX_SLOGANS];
static int	n_slogans = -1;

/*
 * Is the whole sentence s[a, b) said of this year (0), of the year before (1),
 * or of neither (-1)?  A month counts as a part of this year ("上半年全省经济
 * 运行在5月份企稳后"), with no year and no next year named.
 */
static int
sentence_said_of(const char *s, size_t a, size_t b)
{
	size_t		at;
	int			said = lp_docyear_stage_said_of(s, a, b);

	if (said >= 0)
		return said;
	return lp_has_period_word(s + a, b - a) != 0 && lp_find_year(s + a, b - a, &at) == 0 &&
		!lp_words_any(LP_W_YEAR_NEXT, s + a, b - a) ? 0 : -1;
}

int
lp_docyear_slogan(const char *s, size_t len)
{
	long		first = -1,
				at;
	int			k,
				which = -1,
				after;
	size_t		a,
				b;

	if (n_slogans < 0)
		n_slogans = lp_docyear_words_load(LP_DATA_TIME_SLOGANS, slogans, LP_DATA_MAX_SLOGANS);
	for (k = 0; k < n_slogans; k++)
		if ((at = lp_docyear_word_at(s, len, &slogans[k])) >= 0 && (first < 0 || at < first))
		{
			first = at;
			which = k;
		}
	if (which < 0)
		return 0;
	lp_docyear_sentence_around(s, len, (size_t) first, &a, &b);
	/* the time before the words, else anywhere in their sentence ("年初以来，…“疫情要防住…”…，上半年…") */
	if ((after = lp_docyear_stage_said_of(s, a, (size_t) first)) < 0 &&
		(after = sentence_said_of(s, a, b)) < 0)
		return 0;
	return slogans[which].year + after;
}
