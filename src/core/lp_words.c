/*
 * lp_words.c — word lists by kind, loaded once per process from the
 * embedded data file words.tsv.
 *
 * Lookups are on the hot path of extraction (several per quantity), so the
 * words of each kind sit together, longest first, with a table of the
 * bytes their words can start with; the kind named by a string literal is
 * found through a small cache keyed by the literal's address.
 */
#include "lp.h"
#include "lp_words.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct word_entry
{
	const char *kind;			/* points into the embedded data */
	size_t		kind_len;
	const char *word;
	size_t		len;
} word_entry;

typedef struct word_kind
{
	char		name[40];
	size_t		first;			/* entries[first, first + n) */
	size_t		n;
	unsigned char lead[256];	/* 1 for first bytes of the kind's short words */
	unsigned char bloom[512];	/* bits for the first three bytes of its other words */
} word_kind;

#define MAX_KINDS 96
#define CACHE_SIZE 1024

static word_entry *entries;
static size_t n_entries;
static word_kind kinds[MAX_KINDS];
static int	n_kinds;
static int	loaded;
static struct
{
	const char *key;
	const word_kind *kind;
}			cache[CACHE_SIZE];

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

/* 12-bit hash of the first three bytes of a word (one hanzi in UTF-8) */
static inline unsigned
hash3(const char *s)
{
	const unsigned char *u = (const unsigned char *) s;

	return ((u[0] * 31u + u[1]) * 31u + u[2]) & 4095u;
}

/* Could a word of kind k start at s (len bytes left)? */
static inline int
may_start(const word_kind *k, const char *s, size_t len)
{
	unsigned	h;

	if (k->lead[(unsigned char) s[0]])
		return 1;
	if (len < 3)
		return 0;
	h = hash3(s);
	return (k->bloom[h >> 3] >> (h & 7)) & 1;
}

static void
load(void)
{
	size_t		len,
				pos = 0,
				n = 0,
				cap = 256,
				i;
	const char *data;
	const char *f[2];
	size_t		fl[2];
	word_entry *e;

	if (loaded)
		return;
	data = lp_data_file("words.tsv", &len);
	e = malloc(cap * sizeof(word_entry));
	if (e == NULL || data == NULL)
	{
		free(e);
		return;
	}
	while (lp_tsv_next(data, len, &pos, f, fl, 2) >= 2)
	{
		if (fl[1] == 0 || fl[0] >= sizeof(kinds[0].name))
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
	for (i = 0; i < n && n_kinds < MAX_KINDS; i++)
	{
		word_kind  *k;

		if (i == 0 || e[i].kind_len != e[i - 1].kind_len ||
			memcmp(e[i].kind, e[i - 1].kind, e[i].kind_len) != 0)
		{
			k = &kinds[n_kinds++];
			memcpy(k->name, e[i].kind, e[i].kind_len);
			k->name[e[i].kind_len] = '\0';
			k->first = i;
		}
		k = &kinds[n_kinds - 1];
		k->n++;
		if (e[i].len < 3)
			k->lead[(unsigned char) e[i].word[0]] = 1;
		else
		{
			unsigned	h = hash3(e[i].word);

			k->bloom[h >> 3] |= (unsigned char) (1 << (h & 7));
		}
	}
	entries = e;
	n_entries = n;
	loaded = 1;
}

static const word_kind *
find_kind(const char *kind)
{
	size_t		slot = (size_t) (((uintptr_t) kind * 0x9E3779B97F4A7C15ull) >> 54) % CACHE_SIZE;
	int			i;

	load();
	/* kinds are string literals (lp_words.h), so the address names the kind */
	if (cache[slot].key == kind)
		return cache[slot].kind;
	for (i = 0; i < n_kinds; i++)
		if (strcmp(kinds[i].name, kind) == 0)
		{
			cache[slot].key = kind;
			cache[slot].kind = &kinds[i];
			return &kinds[i];
		}
	return NULL;
}

size_t
lp_words_prefix(const char *kind, const char *s, size_t len)
{
	const word_kind *k = find_kind(kind);
	size_t		i;

	if (k == NULL || len == 0 || !may_start(k, s, len))
		return 0;
	for (i = k->first; i < k->first + k->n; i++)
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
	const word_kind *k = find_kind(kind);
	size_t		i;

	if (k == NULL || len == 0)
		return 0;
	for (i = k->first; i < k->first + k->n; i++)
	{
		const word_entry *e = &entries[i];

		/* compare the last byte first: most words fail there */
		if (e->len <= len && e->word[e->len - 1] == s[len - 1] &&
			memcmp(e->word, s + len - e->len, e->len) == 0)
			return e->len;
	}
	return 0;
}

long
lp_words_find(const char *kind, const char *s, size_t len, size_t *wlen)
{
	const word_kind *k = find_kind(kind);
	size_t		pos,
				i;

	if (k == NULL)
		return -1;
	for (pos = 0; pos < len; pos++)
	{
		if (!may_start(k, s + pos, len - pos))
			continue;
		for (i = k->first; i < k->first + k->n; i++)
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
