/*
 * lp_word_rows.c — does every word of a kind of words.tsv hold one of some characters?
 * (lp_word_rows.h)  The embedded file is searched for its rows of the kind,
 * each at a line's start: "kind<TAB>word".
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "lp.h"
#include "lp_text.h"
#include "lp_word_rows.h"

#include <string.h>

#define KIND_MAX 64

int
lp_holds_any(const char *s, size_t len, const char *hanzi)
{
	size_t		k,
				n = strlen(hanzi);

	for (k = 0; k + 3 <= n; k += 3)
		if (lp_find3(s, len, hanzi + k) != NULL)
			return 1;
	return 0;
}

int
lp_word_rows_hold(const char *kind, const char *hanzi)
{
	char		row[KIND_MAX + 2];
	size_t		len = 0,
				klen = strlen(kind),
				rl;
	const char *data = lp_data_file("words.tsv", &len),
			   *p,
			   *end;
	int			rows = 0;

	if (data == NULL || klen == 0 || klen > KIND_MAX)
		return 0;
	row[0] = '\n';
	memcpy(row + 1, kind, klen);
	row[klen + 1] = '\t';
	rl = klen + 2;
	/* a first row of the kind, with no line break before it: not known */
	if (len >= rl - 1 && memcmp(data, row + 1, rl - 1) == 0)
		return 0;
	for (p = data, end = data + len; (p = memmem(p, (size_t) (end - p), row, rl)) != NULL;)
	{
		const char *w = p + rl,
				   *e = memchr(w, '\n', (size_t) (end - w));

		if (e == NULL)
			e = end;
		if (!lp_holds_any(w, (size_t) (e - w), hanzi))
			return 0;
		rows++;
		p = e;
	}
	return rows > 0;
}
