/*
 * lp_words.c — word lists by kind, loaded once per process from the
 * embedded data file words.tsv.
 *
 * Lookups are on the hot path of extraction (several per quantity), so each
 * kind has two small hash tables: one from a first character to the kind's
 * words that start with it, one from a last character to the words that end
 * with it, each run longest first.  A lookup at a position is a bit test
 * that rules out most places, then one hash probe and a compare of the few
 * words of that character.  Kinds are an enum generated from words.tsv
 * (lp_word_kinds.h), so a kind is an index, not a name to look up.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_data.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct word_entry
{
	lp_word_kind kind;
	const char *word;			/* points into the embedded data */
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

#define HANZI_BYTES (0x4000 / 8)
/* anchors of a set whose words share no hanzi (lp_words_find_each sets three unset) */
#define MAX_ANCHORS 3

typedef struct word_kind
{
	const char *only;			/* its one word, when it has one of a hanzi or more */
	size_t		only_len;
	const char *lead3;			/* a hanzi all its words start with, or NULL */
	size_t		first;			/* entries[first, first + n) */
	size_t		n;
	char_index	by_first;
	char_index	by_last;
	unsigned char lead[256];	/* first bytes of its words under three bytes */
	unsigned char maybe[512];	/* bit per hash3 of its other words: a quick "no" */
	unsigned char hanzi[HANZI_BYTES];	/* bit per hanzi_key of its words starting with one */
	unsigned char tail[256];
	unsigned char tail_hanzi[HANZI_BYTES];	/* bit per hanzi_key of the last character of
											 * its words ending with a three-byte one */	/* last bytes of its words: a quick "no" to a suffix */
} word_kind;

static const char *const kind_names[] = {LP_WORD_KIND_NAMES};

static word_entry *entries;
static size_t n_entries;
static word_kind kinds[LP_W_NKINDS];
static int	n_indexed;			/* kinds[0, n_indexed) have their indexes */
static int	loaded;

const char *
lp_word_kind_name(lp_word_kind kind)
{
	return (unsigned) kind < LP_W_NKINDS ? kind_names[kind] : NULL;
}

/* The kind named s[0, len), from the sorted names; -1 if none. */
static int
kind_of(const char *s, size_t len)
{
	int			lo = 0,
				hi = LP_W_NKINDS;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strncmp(kind_names[mid], s, len);

		if (c == 0 && kind_names[mid][len] != '\0')
			c = 1;
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* 12-bit hash of the first three bytes at s (one hanzi in UTF-8) */
static inline unsigned
hash3(const unsigned char *s)
{
	return ((s[0] * 31u + s[1]) * 31u + s[2]) & 4095u;
}

/*
 * The key of a three-byte character at s for the scans' quick test: the
 * six payload bits of its second and third bytes (bits 0-5 and 8-13, the
 * rest masked off).  Cheaper than hash3 (one 16-bit load and a mask, where
 * the scans spend most of their time) and as selective: its twelve bits
 * are those of the code point but the top four.
 */
static inline unsigned
hanzi_key(const unsigned char *s)
{
	uint16_t	w;

	memcpy(&w, s + 1, 2);		/* the same bytes on any byte order: one key per pair */
	return w & 0x3F3Fu;
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
	if ((((unsigned char) s[0]) & 0xF0) == 0xE0)
	{
		h = hanzi_key((const unsigned char *) s);
		return (k->hanzi[h >> 3] >> (h & 7)) & 1;
	}
	h = hash3((const unsigned char *) s);
	return (k->maybe[h >> 3] >> (h & 7)) & 1;
}

/*
 * The first place at or after pos where a character starts and a word with
 * the quick tests lead and maybe may start, or len.  It tests every byte
 * instead of stepping from character to character: on UTF-8 (all the text
 * the extractor reads, lp_decode's output) the places a character starts
 * are the bytes that are no continuation bytes, and a test of each byte
 * does not wait for the length of the character before it.
 */
static inline size_t
next_candidate(const unsigned char *lead, const unsigned char *maybe,
			   const unsigned char *hanzi, const char *s, size_t pos, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;

	while (pos + 3 <= len)
	{
		unsigned	c = u[pos],
					h;

		/* a hanzi, most of the text: no word of under three bytes starts with it */
		if ((c & 0xF0) == 0xE0)
		{
			h = hanzi_key(u + pos);
			if ((hanzi[h >> 3] >> (h & 7)) & 1)
				return pos;
			pos += 3;			/* its continuation bytes need no test */
			continue;
		}
		if (lead[c])
			return pos;
		if ((c & 0xC0) != 0x80)
		{
			h = hash3(u + pos);
			if ((maybe[h >> 3] >> (h & 7)) & 1)
				return pos;
		}
		pos++;
	}
	/* too short for the words of three bytes or more: no continuation byte is a lead */
	for (; pos < len; pos++)
		if (lead[u[pos]])
			return pos;
	return len;
}

/*
 * Move *pos on to the next place where a word may start: past the places
 * too far before the next anchor (when there is one), then by the quick
 * test (next_candidate).  0 when there is none.  *anchor_at is the anchor
 * found last, SIZE_MAX before the first.
 */
static inline int
next_start(const char *anchor, size_t back, const unsigned char *lead,
		   const unsigned char *maybe, const unsigned char *hanzi, const char *s, size_t len,
		   size_t *pos, size_t *anchor_at)
{
	size_t		p = *pos;

	for (;;)
	{
		if (anchor)
		{
			if (*anchor_at == SIZE_MAX || *anchor_at < p)
			{
				const char *y = p < len ? lp_find3(s + p, len - p, anchor) : NULL;

				if (y == NULL)
					return 0;
				*anchor_at = (size_t) (y - s);
			}
			if (*anchor_at > p + back)
				p = *anchor_at - back;
		}
		p = next_candidate(lead, maybe, hanzi, s, p, len);
		if (p >= len)
			return 0;
		if (anchor == NULL || p <= *anchor_at)
		{
			*pos = p;
			return 1;
		}
	}
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

/* grouped by kind, in the order of the file within a kind */
static int
cmp_kind(const void *a, const void *b)
{
	const word_entry *x = a,
			   *y = b;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return (x->word > y->word) - (x->word < y->word);
}

/* The rows of words.tsv as entries; 0 when out of memory. */
static int
read_entries(void)
{
	size_t		cap = 256,
				clen;
	lp_data_iter it;			/* rows checked against words.tsv's schema */
	word_entry *e = malloc(cap * sizeof(word_entry));

	if (e == NULL)
		return 0;
	lp_data_open(&it, LP_DATA_WORDS);
	while (lp_data_next(&it, NULL) > 0)
	{
		const char *const *f = it.row.f;
		const size_t *fl = it.row.len;
		int			kind = kind_of(f[0], fl[0]);

		/* the kinds come from this very file (word_kinds.sh): none is unknown */
		if (fl[1] == 0 || kind < 0)
			continue;
		if (n_entries == cap)
		{
			word_entry *bigger = realloc(e, 2 * cap * sizeof(word_entry));

			if (bigger == NULL)
				break;
			e = bigger;
			cap *= 2;
		}
		e[n_entries].kind = (lp_word_kind) kind;
		e[n_entries].word = f[1];
		e[n_entries].len = fl[1];
		e[n_entries].first_key = lp_char_key(f[1], fl[1], &clen);
		e[n_entries].last_key = lp_last_char_key(f[1], fl[1]);
		n_entries++;
	}
	qsort(e, n_entries, sizeof(word_entry), cmp_kind);
	entries = e;
	return 1;
}

/* Each kind's run of entries and its quick tests. */
static void
group_kinds(void)
{
	size_t		i;

	for (i = 0; i < n_entries; i++)
	{
		word_kind  *k = &kinds[entries[i].kind];

		if (k->n == 0)
			k->first = i;
		k->n++;
		k->tail[(unsigned char) entries[i].word[entries[i].len - 1]] = 1;
		if (entries[i].len >= 3 &&
			(((unsigned char) entries[i].word[entries[i].len - 3]) & 0xF0) == 0xE0)
		{
			unsigned	t = hanzi_key((const unsigned char *) entries[i].word + entries[i].len - 3);

			k->tail_hanzi[t >> 3] |= (unsigned char) (1u << (t & 7));
		}
		if (entries[i].len < 3)
			k->lead[(unsigned char) entries[i].word[0]] = 1;
		else
		{
			unsigned	h = hash3((const unsigned char *) entries[i].word);

			k->maybe[h >> 3] |= (unsigned char) (1u << (h & 7));
			if ((((unsigned char) entries[i].word[0]) & 0xF0) == 0xE0)
			{
				h = hanzi_key((const unsigned char *) entries[i].word);
				k->hanzi[h >> 3] |= (unsigned char) (1u << (h & 7));
			}
		}
	}
}

/*
 * An anchor of the words of kinds k[0, n): a hanzi every word holds (年 of
 * 今年, 去年, 过去一年, 明年; 届 of 届人大, 届人民代表大会), the one standing
 * least far into the words; *back gets that distance.  No word starts more
 * than *back bytes before the next anchor of a text, so a scan jumps from
 * one to the next (lp_find3) instead of testing every character.  NULL when
 * the words share no hanzi.
 */
static const char *
find_anchor(const word_kind *const *k, int n, size_t *back)
{
	const word_entry *w0 = NULL;
	const char *anchor = NULL;
	size_t		c;
	int			i;

	*back = 0;
	for (i = 0; i < n && w0 == NULL; i++)
		if (k[i] && k[i]->n > 0)
			w0 = &entries[k[i]->first];
	for (c = 0; w0 && c + 3 <= w0->len; c += lp_utf8_step((unsigned char) w0->word[c]))
	{
		size_t		most = 0,
					e;
		int			all = (((unsigned char) w0->word[c]) & 0xF0) == 0xE0;

		for (i = 0; all && i < n; i++)
			for (e = 0; all && k[i] && e < k[i]->n; e++)
			{
				const word_entry *w = &entries[k[i]->first + e];
				const char *at = memmem(w->word, w->len, w0->word + c, 3);

				all = at != NULL;
				if (at && (size_t) (at - w->word) > most)
					most = (size_t) (at - w->word);
			}
		if (all && (anchor == NULL || most < *back))
		{
			anchor = w0->word + c;
			*back = most;
		}
	}
	return anchor;
}

/*
 * Anchors of the words of kinds k[0, n) when no hanzi is in all of them
 * (上半年, 一季度, 1-9月: 年, 季, 月): at most MAX_ANCHORS hanzi, each word
 * holding one; back[j] how far into the words it covers anchor j stands at
 * most.  Picked greedily: the hanzi held by most words not yet covered
 * (ties: the one standing least far into them).  Returns how many, 0 when
 * MAX_ANCHORS do not cover every word.
 */
#define ANCHOR_WORDS_MAX 256

static int
find_anchors(const word_kind *const *k, int n, const char **anchors, size_t *back)
{
	const word_entry *w[ANCHOR_WORDS_MAX];
	unsigned char covered[ANCHOR_WORDS_MAX];
	int			nw = 0,
				left,
				i,
				a;
	size_t		e;

	for (i = 0; i < n; i++)
		for (e = 0; k[i] && e < k[i]->n; e++)
		{
			if (nw == ANCHOR_WORDS_MAX)
				return 0;
			w[nw++] = &entries[k[i]->first + e];
		}
	memset(covered, 0, sizeof(covered));
	left = nw;
	for (a = 0; a < MAX_ANCHORS && left > 0; a++)
	{
		const char *best = NULL;
		int			best_n = 0,
					j;
		size_t		best_back = 0;

		for (i = 0; i < nw; i++)
		{
			size_t		c;

			if (covered[i])
				continue;
			for (c = 0; c + 3 <= w[i]->len; c += lp_utf8_step((unsigned char) w[i]->word[c]))
			{
				const char *h = w[i]->word + c;
				int			cnt = 0;
				size_t		most = 0;

				if ((((unsigned char) h[0]) & 0xF0) != 0xE0)
					continue;
				for (j = 0; j < nw; j++)
				{
					const char *at;

					if (covered[j] || (at = memmem(w[j]->word, w[j]->len, h, 3)) == NULL)
						continue;
					cnt++;
					if ((size_t) (at - w[j]->word) > most)
						most = (size_t) (at - w[j]->word);
				}
				if (cnt > best_n || (cnt == best_n && most < best_back))
				{
					best = h;
					best_n = cnt;
					best_back = most;
				}
			}
		}
		if (best == NULL)
			return 0;
		anchors[a] = best;
		back[a] = best_back;
		for (j = 0; j < nw; j++)
			if (!covered[j] && memmem(w[j]->word, w[j]->len, best, 3) != NULL)
			{
				covered[j] = 1;
				left--;
			}
	}
	return left == 0 ? a : 0;
}

static void
load(void)
{
	int			k;

	if (loaded)
		return;
	loaded = 1;					/* an allocation failure leaves the lists empty */
	if (!read_entries())
		return;
	group_kinds();
	for (k = 0; k < LP_W_NKINDS; k++)
	{
		/* a kind of one word starting with a lead byte is looked for with memchr */
		if (kinds[k].n == 1 && entries[kinds[k].first].len >= 3 &&
			(unsigned char) entries[kinds[k].first].word[0] >= 0xC0)
		{
			kinds[k].only = entries[kinds[k].first].word;
			kinds[k].only_len = entries[kinds[k].first].len;
		}
		{
			const word_kind *one = &kinds[k];
			size_t		back;
			const char *anchor = find_anchor(&one, 1, &back);

			/*
			 * one kind jumps only to a hanzi all its words start with: an
			 * anchor further into its words (年 of 去年, 这一年) is often a
			 * common character, and gained nothing measured
			 */
			kinds[k].lead3 = back == 0 ? anchor : NULL;
		}
		if (!build_index(&kinds[k], 0, &kinds[k].by_first) ||
			!build_index(&kinds[k], 1, &kinds[k].by_last))
			break;				/* the kinds indexed so far still work */
		n_indexed = k + 1;
	}
}

static inline const word_kind *
find_kind(lp_word_kind kind)
{
	if (!loaded)
		load();
	return (int) kind >= 0 && (int) kind < n_indexed ? &kinds[kind] : NULL;
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
lp_words_prefix(lp_word_kind kind, const char *s, size_t len)
{
	const word_kind *k = find_kind(kind);

	if (k == NULL || len == 0 || !may_start(k, s, len))
		return 0;
	return prefix_at(k, s, len);
}

size_t
lp_words_suffix(lp_word_kind kind, const char *s, size_t len)
{
	const word_kind *k = find_kind(kind);
	const char_slot *slot;
	uint32_t	i;

	if (k == NULL || len == 0 || !k->tail[(unsigned char) s[len - 1]])
		return 0;
	/* text ending with a hanzi: only a word ending with that one may end it */
	if (len >= 3 && (((unsigned char) s[len - 3]) & 0xF0) == 0xE0 &&
		(((unsigned char) s[len - 2]) & 0xC0) == 0x80 && (((unsigned char) s[len - 1]) & 0xC0) == 0x80)
	{
		unsigned	t = hanzi_key((const unsigned char *) s + len - 3);

		if (!((k->tail_hanzi[t >> 3] >> (t & 7)) & 1))
			return 0;
	}
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
lp_words_find(lp_word_kind kind, const char *s, size_t len, size_t *wlen)
{
	const word_kind *k = find_kind(kind);
	size_t		pos;

	if (k == NULL)
		return -1;
	if (k->only)
	{
		/* in UTF-8 a lead byte starts a character: the first match is the word's */
		const char *p = k->only_len == 3 ? lp_find3(s, len, k->only) :
			memmem(s, len, k->only, k->only_len);

		if (p && wlen)
			*wlen = k->only_len;
		return p ? (long) (p - s) : -1;
	}
	if (k->lead3)
	{
		/* as above: every place a word may start is an occurrence of its first hanzi */
		const char *p = s;

		while ((p = lp_find3(p, len - (size_t) (p - s), k->lead3)) != NULL)
		{
			size_t		n = prefix_at(k, p, len - (size_t) (p - s));

			if (n > 0)
			{
				if (wlen)
					*wlen = n;
				return (long) (p - s);
			}
			p += 3;
		}
		return -1;
	}
	for (pos = next_candidate(k->lead, k->maybe, k->hanzi, s, 0, len); pos < len;
		 pos = next_candidate(k->lead, k->maybe, k->hanzi, s, pos + 1, len))
	{
		size_t		n = prefix_at(k, s + pos, len - pos);

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
	const lp_word_kind *key;
	int			n;
	const word_kind *k[LP_WORDS_EACH_MAX];
	unsigned char lead[256];
	unsigned char maybe[512];
	unsigned char hanzi[HANZI_BYTES];
	const char *anchor;			/* a hanzi every word of the set holds, or NULL */
	size_t		anchor_back;
	int			n_anchors;		/* else hanzi one of which each word holds (find_anchors) */
	const char *anchors[MAX_ANCHORS];
	size_t		anchors_back[MAX_ANCHORS];
} kind_set;

#define MAX_KIND_SETS 32
#define ANCHOR_UNSET SIZE_MAX	/* not looked for yet */
#define ANCHOR_GONE (SIZE_MAX - 1)	/* none after the place looked from */
static kind_set kind_sets[MAX_KIND_SETS];
static int	n_kind_sets;

static const kind_set *
find_kind_set(const lp_word_kind *kind_list, int nkinds)
{
	kind_set   *ks;
	int			i,
				j;
	/*
	 * a set is asked for per call: found by its address in a table of
	 * 8 * MAX_KIND_SETS slots, probed from its hash to the next free slot
	 * (sets whose addresses hashed alike took turns in one slot before,
	 * and the list was searched at each turn)
	 */
	static kind_set *seen[8 * MAX_KIND_SETS];
	uint32_t	h = ((uint32_t) (uintptr_t) kind_list * 2654435761u) >> 24;
	kind_set  **slot;

	for (slot = &seen[h % (8 * MAX_KIND_SETS)]; *slot;
		 slot = slot + 1 < seen + 8 * MAX_KIND_SETS ? slot + 1 : seen)
		if ((*slot)->key == kind_list && (*slot)->n == nkinds)
			return *slot;
	for (i = 0; i < n_kind_sets; i++)
		if (kind_sets[i].key == kind_list && kind_sets[i].n == nkinds)
			return *slot = &kind_sets[i];
	if (n_kind_sets == MAX_KIND_SETS)
		return NULL;
	ks = &kind_sets[n_kind_sets];
	memset(ks, 0, sizeof(*ks));
	ks->key = kind_list;
	ks->n = nkinds;
	for (i = 0; i < nkinds; i++)
	{
		ks->k[i] = find_kind(kind_list[i]);
		if (ks->k[i] == NULL)
			continue;
		for (j = 0; j < 256; j++)
			ks->lead[j] |= ks->k[i]->lead[j];
		for (j = 0; j < 512; j++)
			ks->maybe[j] |= ks->k[i]->maybe[j];
		for (j = 0; j < HANZI_BYTES; j++)
			ks->hanzi[j] |= ks->k[i]->hanzi[j];
	}
	ks->anchor = find_anchor(ks->k, nkinds, &ks->anchor_back);
	if (ks->anchor == NULL)
		ks->n_anchors = find_anchors(ks->k, nkinds, ks->anchors, ks->anchors_back);
	n_kind_sets++;
	return *slot = ks;
}

/*
 * next_start for a set with several anchors: no word starts before the
 * earliest place any anchor's next occurrence allows (its back before it);
 * an anchor with no occurrence left allows none of its words.  anchor_at[j]
 * is where anchor j was found last.
 */
static inline int
next_start_anchors(const kind_set *ks, const char *s, size_t len, size_t *pos, size_t *anchor_at)
{
	size_t		p = *pos;

	for (;;)
	{
		size_t		jump = SIZE_MAX,
					first = SIZE_MAX;
		int			j;

		for (j = 0; j < ks->n_anchors; j++)
		{
			if (anchor_at[j] == ANCHOR_UNSET || (anchor_at[j] != ANCHOR_GONE && anchor_at[j] < p))
			{
				const char *y = p < len ? lp_find3(s + p, len - p, ks->anchors[j]) : NULL;

				anchor_at[j] = y ? (size_t) (y - s) : ANCHOR_GONE;
			}
			if (anchor_at[j] == ANCHOR_GONE)
				continue;
			if (anchor_at[j] < first)
				first = anchor_at[j];
			if (anchor_at[j] - (anchor_at[j] > ks->anchors_back[j] ? ks->anchors_back[j] : anchor_at[j]) < jump)
				jump = anchor_at[j] - (anchor_at[j] > ks->anchors_back[j] ? ks->anchors_back[j] : anchor_at[j]);
		}
		if (first == SIZE_MAX)
			return 0;			/* no anchor ahead: no word */
		if (jump > p)
			p = jump;
		p = next_candidate(ks->lead, ks->maybe, ks->hanzi, s, p, len);
		if (p >= len)
			return 0;
		if (p <= first)
		{
			*pos = p;
			return 1;
		}
	}
}

int
lp_words_find_each(const lp_word_kind *kind_list, int nkinds, const char *s, size_t len,
				   long *at, size_t *wlen)
{
	const kind_set *ks;
	const word_kind *k[LP_WORDS_EACH_MAX];
	int			left = 0,
				found = 0,
				i;
	size_t		pos,
				anchor_at = SIZE_MAX,	/* the next anchor at or after pos, once found */
				anchors_at[MAX_ANCHORS] = {ANCHOR_UNSET, ANCHOR_UNSET, ANCHOR_UNSET};

	if (nkinds > LP_WORDS_EACH_MAX)
		nkinds = LP_WORDS_EACH_MAX;
	ks = find_kind_set(kind_list, nkinds);
	for (i = 0; i < nkinds; i++)
	{
		k[i] = ks ? ks->k[i] : find_kind(kind_list[i]);
		at[i] = -1;
		if (wlen)
			wlen[i] = 0;
		if (k[i])
			left++;
	}
	for (pos = 0; pos < len && left > 0;
		 pos = ks ? pos + 1 : pos + lp_utf8_step((unsigned char) s[pos]))
	{
		const unsigned char *u;
		unsigned	h;

		/* one test for the whole set rules out most characters */
		if (ks && (ks->n_anchors > 1 ?
				   !next_start_anchors(ks, s, len, &pos, anchors_at) :
				   !next_start(ks->anchor, ks->anchor_back, ks->lead, ks->maybe, ks->hanzi, s,
							   len, &pos, &anchor_at)))
			break;
		u = (const unsigned char *) s + pos;
		h = len - pos >= 3 ? hash3(u) : 4096u;
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

int
lp_words_prefix_each(const lp_word_kind *kind_list, int nkinds, const char *s, size_t len,
					 size_t *wlen)
{
	const kind_set *ks;
	const unsigned char *u = (const unsigned char *) s;
	unsigned	h;
	int			i;

	if (len == 0)
		return -1;
	if (nkinds > LP_WORDS_EACH_MAX)
		nkinds = LP_WORDS_EACH_MAX;
	ks = find_kind_set(kind_list, nkinds);
	h = len >= 3 ? hash3(u) : 4096u;
	/* one test for the whole set rules out most places */
	if (ks && !ks->lead[u[0]] && (h == 4096u || !((ks->maybe[h >> 3] >> (h & 7)) & 1)))
		return -1;
	for (i = 0; i < nkinds; i++)
	{
		size_t		n = lp_words_prefix(kind_list[i], s, len);

		if (n > 0)
		{
			if (wlen)
				*wlen = n;
			return i;
		}
	}
	return -1;
}
