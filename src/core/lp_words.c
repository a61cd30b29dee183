/*
 * lp_words.c — word lists by kind, loaded once per process from the
 * embedded data file words.tsv.  Lists are short (tens of words), so a
 * scan with a first-byte check is fast enough and keeps the code simple.
 */
#include "lp.h"
#include "lp_words.h"

#include <stdlib.h>
#include <string.h>

typedef struct word_entry
{
	const char *kind;
	size_t		kind_len;
	const char *word;
	size_t		len;
} word_entry;

static word_entry *entries;
static size_t n_entries;
static int	loaded;

/* grouped by kind, longest first, so the first match found is the longest */
static int
cmp_kind_len(const void *a, const void *b)
{
	const word_entry *x = a,
			   *y = b;
	size_t		n = x->kind_len < y->kind_len ? x->kind_len : y->kind_len;
	int			c = memcmp(x->kind, y->kind, n);

	if (c == 0)
		c = (x->kind_len > y->kind_len) - (x->kind_len < y->kind_len);
	if (c == 0)
		c = (x->len < y->len) - (x->len > y->len);
	return c;
}

/* the entries of one kind: [*first, *first + return) */
static size_t
kind_range(const char *kind, size_t *first)
{
	size_t		klen = strlen(kind),
				lo = 0,
				hi = n_entries,
				end;

	/* binary search for the first entry of the kind */
	while (lo < hi)
	{
		size_t		mid = (lo + hi) / 2;
		const word_entry *e = &entries[mid];
		size_t		n = e->kind_len < klen ? e->kind_len : klen;
		int			c = memcmp(e->kind, kind, n);

		if (c == 0)
			c = (e->kind_len > klen) - (e->kind_len < klen);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	for (end = lo; end < n_entries && entries[end].kind_len == klen &&
		 memcmp(entries[end].kind, kind, klen) == 0; end++)
		;
	return end - lo;
}

static void
load(void)
{
	size_t		len,
				pos = 0,
				n = 0,
				cap = 256;
	const char *data = lp_data_file("words.tsv", &len);
	const char *f[2];
	size_t		fl[2];
	word_entry *e;

	if (loaded)
		return;
	e = malloc(cap * sizeof(word_entry));
	if (e == NULL || data == NULL)
	{
		free(e);
		return;
	}
	while (lp_tsv_next(data, len, &pos, f, fl, 2) >= 2)
	{
		if (fl[1] == 0)
			continue;
		if (n == cap)
		{
			word_entry *bigger = realloc(e, 2 * cap * sizeof(word_entry));

			if (bigger == NULL)
				break;
			e = bigger;
			cap *= 2;
		}
		e[n].kind = f[0];
		e[n].kind_len = fl[0];
		e[n].word = f[1];
		e[n].len = fl[1];
		n++;
	}
	qsort(e, n, sizeof(word_entry), cmp_kind_len);
	entries = e;
	n_entries = n;
	loaded = 1;
}

size_t
lp_words_prefix(const char *kind, const char *s, size_t len)
{
	size_t		first,
				n,
				i;

	load();
	if (len == 0)
		return 0;
	n = kind_range(kind, &first);
	for (i = first; i < first + n; i++)
	{
		const word_entry *e = &entries[i];

		if (e->len <= len && e->word[0] == s[0] && memcmp(e->word, s, e->len) == 0)
			return e->len;
	}
	return 0;
}

size_t
lp_words_suffix(const char *kind, const char *s, size_t len)
{
	size_t		first,
				n,
				i;

	load();
	n = kind_range(kind, &first);
	for (i = first; i < first + n; i++)
	{
		const word_entry *e = &entries[i];

		if (e->len <= len && memcmp(e->word, s + len - e->len, e->len) == 0)
			return e->len;
	}
	return 0;
}

long
lp_words_find(const char *kind, const char *s, size_t len, size_t *wlen)
{
	size_t		first,
				n,
				pos,
				i;
	unsigned char lead[256] = {0};

	load();
	n = kind_range(kind, &first);
	if (n == 0)
		return -1;
	for (i = first; i < first + n; i++)
		lead[(unsigned char) entries[i].word[0]] = 1;
	for (pos = 0; pos < len; pos++)
	{
		if (!lead[(unsigned char) s[pos]])
			continue;
		for (i = first; i < first + n; i++)
		{
			const word_entry *e = &entries[i];

			if (e->len <= len - pos && e->word[0] == s[pos] &&
				memcmp(e->word, s + pos, e->len) == 0)
			{
				if (wlen)
					*wlen = e->len;
				return (long) pos;
			}
		}
	}
	return -1;
}
