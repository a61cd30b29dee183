/*
 * lp_docyear_words.c — word lists that date a text by a year each row names:
 * the events anniversaries count from (time_events.tsv, lp_docyear.c) and the
 * slogans only one year's texts say (time_slogans.tsv, lp_docyear_slogan.c).
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_docyear_int.h"
#include "lp_text.h"

#include <stdlib.h>
#include <string.h>

int
lp_docyear_words_load(int data, lp_docyear_word *rows, int max)
{
	lp_data_iter it;
	int			n = 0;

	lp_data_open(&it, (lp_data_id) data);
	while (n < max && lp_data_next(&it, NULL) > 0)
	{
		rows[n].words = it.row.f[0];
		rows[n].len = it.row.len[0];
		rows[n].year = atoi(it.row.f[1]);
		n++;
	}
	return n;
}

long
lp_docyear_word_at(const char *s, size_t len, const lp_docyear_word *w)
{
	const char *p = s;

	while ((p = lp_find3(p, (size_t) (s + len - p), w->words)) != NULL)
	{
		if ((size_t) (s + len - p) >= w->len && memcmp(p, w->words, w->len) == 0)
			return (long) (p - s);
		p += 3;
	}
	return -1;
}
