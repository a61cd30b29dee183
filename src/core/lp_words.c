/*
 * lp_words.c — word lists by kind, loaded once per process from the
 * embedded data file words.tsv.
 *
 * Lookups are on the hot path of extraction (several per quantity), so each
 * kind has two small hash tables: one from a first character to the kind's
 * words that start with it, one from a last character to the words that end
 * with it, each run longest first.  A lookup at a position is a bit test
 * that rules out most places, then one hash probe and a compare of the few
 * words of that character.  The
 * kind named by a string literal is found through a cache keyed by the
 * literal's address.
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_text.h"
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
	uint32_t	first_key;		/* its first and last UTF-8 characters */
	uint32_t	last_key;
} word_entry;

/* A run of words sharing a character: order[first, first + n). */
typedef struct char_slot
{
	uint32_t	key;			/* 0 = empty */
	uint32_t	first;
	uint32_t	n;
} char_slot;

typedef struct char_index
{
	char_slot  *slots;
	uint32_t	mask;			/* slots - 1, a power of two minus one */
	uint32_t   *order;			/* entry numbers, grouped by key, longest first */
} char_index;

typedef struct word_kind
{
	char		name[40];
	size_t		first;			/* entries[first, first + n) */
	size_t		n;
	char_index	by_first;
	char_index	by_last;
	unsigned char lead[256];	/* first bytes of its words under three bytes */
	unsigned char maybe[512];	/* bit per hash3 of its other words: a quick "no" */
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

/* 12-bit hash of the first three bytes at s (one hanzi in UTF-8) */
static inline unsigned
hash3(const unsigned char *s)
{
	return ((s[0] * 31u + s[1]) * 31u + s[2]) & 4095u;
}

/* Could a word of k start at s?  A cheap test before the exact lookup. */
static inline int
may_start(const word_kind *k, const char *s, size_t len)
{
	unsigned	h;

	if (k->lead[(unsigned char) s[0]])
		return 1;
	if (len < 3)
		return 0;
	h = hash3((const unsigned char *) s);
	return (k->maybe[h >> 3] >> (h & 7)) & 1;
}

static inline uint32_t
slot_of(const char_index *ix, uint32_t key)
{
	return (key * 2654435761u >> 7) & ix->mask;
}

static inline const char_slot *
lookup(const char_index *ix, uint32_t key)
{
	uint32_t	i = slot_of(ix, key);

	while (ix->slots[i].key != 0)
	{
		if (ix->slots[i].key == key)
			return &ix->slots[i];
		i = (i + 1) & ix->mask;
	}
	return NULL;
}

/* sort helpers: the key to group by is chosen by a file-level pointer */
static int	sort_by_last;

static int
cmp_entry_no(const void *a, const void *b)
{
	const word_entry *x = &entries[*(const uint32_t *) a],
			   *y = &entries[*(const uint32_t *) b];
	uint32_t	kx = sort_by_last ? x->last_key : x->first_key,
				ky = sort_by_last ? y->last_key : y->first_key;

	if (kx != ky)
		return kx < ky ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return (*(const uint32_t *) a > *(const uint32_t *) b) - (*(const uint32_t *) a < *(const uint32_t *) b);
}

/* Build one index over the entries of k; 0 when out of memory. */
static int
build_index(const word_kind *k, int by_last, char_index *ix)
{
	uint32_t	cap = 8,
				i;

	while (cap < 2 * k->n)
		cap *= 2;
	ix->slots = calloc(cap, sizeof(char_slot));
	ix->order = malloc((k->n ? k->n : 1) * sizeof(uint32_t));
	if (ix->slots == NULL || ix->order == NULL)
		return 0;
	ix->mask = cap - 1;
	for (i = 0; i < k->n; i++)
		ix->order[i] = (uint32_t) (k->first + i);
	sort_by_last = by_last;
	qsort(ix->order, k->n, sizeof(uint32_t), cmp_entry_no);
	for (i = 0; i < k->n;)
	{
		const word_entry *e = &entries[ix->order[i]];
		uint32_t	key = by_last ? e->last_key : e->first_key,
					j = i,
					s;

		while (j < k->n && (by_last ? entries[ix->order[j]].last_key
							: entries[ix->order[j]].first_key) == key)
			j++;
		for (s = slot_of(ix, key); ix->slots[s].key != 0; s = (s + 1) & ix->mask)
			;
		ix->slots[s].key = key;
		ix->slots[s].first = i;
		ix->slots[s].n = j - i;
		i = j;
	}
	return 1;
}

/* grouped by kind */
static int
cmp_kind(const void *a, const void *b)
{
	const word_entry *x = a,
			   *y = b;
	size_t		n = x->kind_len < y->kind_len ? x->kind_len : y->kind_len;
	int			c = memcmp(x->kind, y->kind, n);

	if (c == 0)
		c = (x->kind_len > y->kind_len) - (x->kind_len < y->kind_len);
	if (c == 0)
		c = (x->word > y->word) - (x->word < y->word);
	return c;
}

static void
load(void)
{
	size_t		n = 0,
				cap = 256,
				i,
				clen;
	lp_data_iter it;			/* rows checked against words.tsv's schema */
	word_entry *e;
	int			k;

	if (loaded)
		return;
	loaded = 1;					/* an allocation failure leaves the lists empty */
	lp_data_open(&it, LP_DATA_WORDS);
	e = malloc(cap * sizeof(word_entry));
	if (e == NULL)
		return;
	while (lp_data_next(&it, NULL) > 0)
	{
		const char *const *f = it.row.f;
		const size_t *fl = it.row.len;

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
		e[n].first_key = lp_char_key(f[1], fl[1], &clen);
		e[n].last_key = lp_last_char_key(f[1], fl[1]);
		n++;
	}
	qsort(e, n, sizeof(word_entry), cmp_kind);
	entries = e;
	n_entries = n;
	for (i = 0; i < n && n_kinds < MAX_KINDS; i++)
	{
		if (i == 0 || e[i].kind_len != e[i - 1].kind_len ||
			memcmp(e[i].kind, e[i - 1].kind, e[i].kind_len) != 0)
		{
			word_kind  *nk = &kinds[n_kinds++];

			memcpy(nk->name, e[i].kind, e[i].kind_len);
			nk->name[e[i].kind_len] = '\0';
			nk->first = i;
		}
		kinds[n_kinds - 1].n++;
		if (e[i].len < 3)
			kinds[n_kinds - 1].lead[(unsigned char) e[i].word[0]] = 1;
		else
		{
			unsigned	h = hash3((const unsigned char *) e[i].word);

			kinds[n_kinds - 1].maybe[h >> 3] |= (unsigned char) (1u << (h & 7));
		}
	}
	for (k = 0; k < n_kinds; k++)
		if (!build_index(&kinds[k], 0, &kinds[k].by_first) ||
			!build_index(&kinds[k], 1, &kinds[k].by_last))
		{
			n_kinds = k;		/* the kinds indexed so far still work */
			break;
		}
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

/* Longest word of k starting at s[0, len): its length, 0 if none. */
static inline size_t
prefix_at(const word_kind *k, const char *s, size_t len)
{
	size_t		clen;
	uint32_t	key = lp_char_key(s, len, &clen);
	const char_slot *slot = lookup(&k->by_first, key);
	uint32_t	i;

	if (slot == NULL)
		return 0;
	for (i = slot->first; i < slot->first + slot->n; i++)
	{
		const word_entry *e = &entries[k->by_first.order[i]];

		if (e->len <= len && memcmp(e->word + clen, s + clen, e->len - clen) == 0)
			return e->len;
	}
	return 0;
}

size_t
lp_words_prefix(const char *kind, const char *s, size_t len)
{
	const word_kind *k = find_kind(kind);

	if (k == NULL || len == 0 || !may_start(k, s, len))
		return 0;
	return prefix_at(k, s, len);
}

size_t
lp_words_suffix(const char *kind, const char *s, size_t len)
{
	const word_kind *k = find_kind(kind);
	const char_slot *slot;
	uint32_t	i;

	if (k == NULL || len == 0)
		return 0;
	slot = lookup(&k->by_last, lp_last_char_key(s, len));
	if (slot == NULL)
		return 0;
	for (i = slot->first; i < slot->first + slot->n; i++)
	{
		const word_entry *e = &entries[k->by_last.order[i]];

		if (e->len <= len && memcmp(e->word, s + len - e->len, e->len) == 0)
			return e->len;
	}
	return 0;
}

long
lp_words_find(const char *kind, const char *s, size_t len, size_t *wlen)
{
	const word_kind *k = find_kind(kind);
	size_t		pos;

	if (k == NULL)
		return -1;
	for (pos = 0; pos < len; pos += lp_utf8_step((unsigned char) s[pos]))
	{
		size_t		n;

		if (!may_start(k, s + pos, len - pos))
			continue;
		n = prefix_at(k, s + pos, len - pos);
		if (n > 0)
		{
			if (wlen)
				*wlen = n;
			return (long) pos;
		}
	}
	return -1;
}

/*
 * A set of kinds looked for together, with the union of their quick tests:
 * most characters are then ruled out by one bit test for the whole set.
 * Keyed by the address of the caller's (static) array of kind names.
 */
typedef struct kind_set
{
	const char *const *key;
	int			n;
	const word_kind *k[LP_WORDS_EACH_MAX];
	unsigned char lead[256];
	unsigned char maybe[512];
} kind_set;

#define MAX_KIND_SETS 32
static kind_set kind_sets[MAX_KIND_SETS];
static int	n_kind_sets;

static const kind_set *
find_kind_set(const char *const *kind_names, int nkinds)
{
	kind_set   *ks;
	int			i,
				j;

	for (i = 0; i < n_kind_sets; i++)
		if (kind_sets[i].key == kind_names && kind_sets[i].n == nkinds)
			return &kind_sets[i];
	if (n_kind_sets == MAX_KIND_SETS)
		return NULL;
	ks = &kind_sets[n_kind_sets];
	memset(ks, 0, sizeof(*ks));
	ks->key = kind_names;
	ks->n = nkinds;
	for (i = 0; i < nkinds; i++)
	{
		ks->k[i] = find_kind(kind_names[i]);
		if (ks->k[i] == NULL)
			continue;
		for (j = 0; j < 256; j++)
			ks->lead[j] |= ks->k[i]->lead[j];
		for (j = 0; j < 512; j++)
			ks->maybe[j] |= ks->k[i]->maybe[j];
	}
	n_kind_sets++;
	return ks;
}

int
lp_words_find_each(const char *const *kind_names, int nkinds, const char *s, size_t len,
				   long *at, size_t *wlen)
{
	const kind_set *ks;
	const word_kind *k[LP_WORDS_EACH_MAX];
	int			left = 0,
				found = 0,
				i;
	size_t		pos;

	if (nkinds > LP_WORDS_EACH_MAX)
		nkinds = LP_WORDS_EACH_MAX;
	ks = find_kind_set(kind_names, nkinds);
	for (i = 0; i < nkinds; i++)
	{
		k[i] = ks ? ks->k[i] : find_kind(kind_names[i]);
		at[i] = -1;
		if (wlen)
			wlen[i] = 0;
		if (k[i])
			left++;
	}
	for (pos = 0; pos < len && left > 0; pos += lp_utf8_step((unsigned char) s[pos]))
	{
		const unsigned char *u = (const unsigned char *) s + pos;
		unsigned	h = len - pos >= 3 ? hash3(u) : 4096u;

		/* one test for the whole set rules out most characters */
		if (ks && !ks->lead[u[0]] && (h == 4096u || !((ks->maybe[h >> 3] >> (h & 7)) & 1)))
			continue;
		for (i = 0; i < nkinds; i++)
		{
			size_t		n;

			if (k[i] == NULL || at[i] >= 0)
				continue;
			if (!k[i]->lead[u[0]] &&
				(h == 4096u || !((k[i]->maybe[h >> 3] >> (h & 7)) & 1)))
				continue;
			n = prefix_at(k[i], s + pos, len - pos);
			if (n > 0)
			{
				at[i] = (long) pos;
				if (wlen)
					wlen[i] = n;
				left--;
				found++;
			}
		}
	}
	return found;
}
