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
 * Several kinds looked for in one scan: lp_words_each.c.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp_data.h"
#include "lp_words_int.h"

#include <stdlib.h>

static const char *const kind_names[] = {LP_WORD_KIND_NAMES};

word_entry *lp_words_entries;
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

/* sort helpers: the key to group by is chosen by a file-level pointer */
static int	sort_by_last;

static int
cmp_entry_no(const void *a, const void *b)
{
	const word_entry *x = &lp_words_entries[*(const uint32_t *) a],
			   *y = &lp_words_entries[*(const uint32_t *) b];
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
		const word_entry *e = &lp_words_entries[ix->order[i]];
		uint32_t	key = by_last ? e->last_key : e->first_key,
					j = i,
					s;

		while (j < k->n && (by_last ? lp_words_entries[ix->order[j]].last_key
							: lp_words_entries[ix->order[j]].first_key) == key)
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

/*
 * A word ending in "，" or "：" also as a copy folded to ASCII (NFKC) writes
 * it, ending in "," or ":": 1 when *out is that variant.  The copy lives
 * as long as the lists.
 */
static int
folded_variant(const word_entry *e, word_entry *out)
{
	char	   *w;
	size_t		clen;
	char		ascii = e->len > 3 && memcmp(e->word + e->len - 3, "，", 3) == 0 ? ',' :
		e->len > 3 && memcmp(e->word + e->len - 3, "：", 3) == 0 ? ':' : 0;

	if (ascii == 0 || (w = malloc(e->len - 2)) == NULL)
		return 0;
	memcpy(w, e->word, e->len - 3);
	w[e->len - 3] = ascii;
	*out = *e;
	out->word = w;
	out->len = e->len - 2;
	out->first_key = lp_char_key(w, out->len, &clen);
	out->last_key = lp_last_char_key(w, out->len);
	return 1;
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
		if (n_entries + 2 > cap)
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
		/* "报告指出，" also as a copy folded to ASCII writes it: "报告指出," */
		if (n_entries < cap && folded_variant(&e[n_entries - 1], &e[n_entries]))
			n_entries++;
	}
	qsort(e, n_entries, sizeof(word_entry), cmp_kind);
	lp_words_entries = e;
	return 1;
}

/* Each kind's run of entries and its quick tests. */
static void
group_kinds(void)
{
	size_t		i;

	for (i = 0; i < n_entries; i++)
	{
		const word_entry *e = &lp_words_entries[i];
		word_kind  *k = &kinds[e->kind];

		if (k->n == 0)
			k->first = i;
		k->n++;
		k->tail[(unsigned char) e->word[e->len - 1]] = 1;
		if (e->len >= 3 && (((unsigned char) e->word[e->len - 3]) & 0xF0) == 0xE0)
		{
			unsigned	t = hanzi_key((const unsigned char *) e->word + e->len - 3);

			k->tail_hanzi[t >> 3] |= (unsigned char) (1u << (t & 7));
		}
		if (e->len < 3)
			k->lead[(unsigned char) e->word[0]] = 1;
		else
		{
			unsigned	h = hash3((const unsigned char *) e->word);

			k->maybe[h >> 3] |= (unsigned char) (1u << (h & 7));
			if ((((unsigned char) e->word[0]) & 0xF0) == 0xE0)
			{
				h = hanzi_key((const unsigned char *) e->word);
				k->hanzi[h >> 3] |= (unsigned char) (1u << (h & 7));
			}
		}
	}
}

/* An anchor of the words of kinds k[0, n) (lp_words_int.h) */
const char *
lp_words_anchor(const word_kind *const *k, int n, size_t *back)
{
	const word_entry *w0 = NULL;
	const char *anchor = NULL;
	size_t		c;
	int			i;

	*back = 0;
	for (i = 0; i < n && w0 == NULL; i++)
		if (k[i] && k[i]->n > 0)
			w0 = &lp_words_entries[k[i]->first];
	for (c = 0; w0 && c + 3 <= w0->len; c += lp_utf8_step((unsigned char) w0->word[c]))
	{
		size_t		most = 0,
					e;
		int			all = (((unsigned char) w0->word[c]) & 0xF0) == 0xE0;

		for (i = 0; all && i < n; i++)
			for (e = 0; all && k[i] && e < k[i]->n; e++)
			{
				const word_entry *w = &lp_words_entries[k[i]->first + e];
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
 * The hanzi a kind's words start with, when every word starts with one and
 * they are two or three (one is lead3): lp_words_find then jumps from one
 * of them to the next (lp_find3) instead of testing every character.
 */
static void
find_leads(word_kind *k)
{
	size_t		e;
	int			i;

	k->nleads = 0;
	for (e = 0; e < k->n; e++)
	{
		const char *w = lp_words_entries[k->first + e].word;

		if (lp_words_entries[k->first + e].len < 3 || (((unsigned char) w[0]) & 0xF0) != 0xE0)
		{
			k->nleads = 0;
			return;
		}
		for (i = 0; i < k->nleads && memcmp(k->leads[i], w, 3) != 0; i++)
			;
		if (i == k->nleads)
		{
			if (k->nleads == LP_WORDS_LEADS)
			{
				k->nleads = 0;
				return;
			}
			k->leads[k->nleads++] = w;
		}
	}
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
		if (kinds[k].n == 1 && lp_words_entries[kinds[k].first].len >= 3 &&
			(unsigned char) lp_words_entries[kinds[k].first].word[0] >= 0xC0)
		{
			kinds[k].only = lp_words_entries[kinds[k].first].word;
			kinds[k].only_len = lp_words_entries[kinds[k].first].len;
		}
		{
			const word_kind *one = &kinds[k];
			size_t		back;
			const char *anchor = lp_words_anchor(&one, 1, &back);

			/*
			 * one kind jumps only to a hanzi all its words start with: an
			 * anchor further into its words (年 of 去年, 这一年) is often a
			 * common character, and gained nothing measured
			 */
			kinds[k].lead3 = back == 0 ? anchor : NULL;
		}
		if (kinds[k].lead3 == NULL)
			find_leads(&kinds[k]);
		if (kinds[k].nleads > 0)
		{
			const word_kind *one = &kinds[k];

			kinds[k].anchor = lp_words_anchor(&one, 1, &kinds[k].anchor_back);
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

const word_kind *
lp_words_kind(lp_word_kind kind)
{
	return find_kind(kind);
}

size_t
lp_words_max_len(lp_word_kind kind)
{
	const word_kind *k = find_kind(kind);
	size_t		i,
				max = 0;

	for (i = 0; k && i < k->n; i++)
		if (lp_words_entries[k->first + i].len > max)
			max = lp_words_entries[k->first + i].len;
	return max;
}

/*
 * The exact lookups of lp_words_prefix and lp_words_suffix, out of line: most
 * calls end at the quick tests, which then save and restore no registers
 * (issue 18: the lookup inlined made every call pay its prologue).
 */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
prefix_lookup(const word_kind *k, const char *s, size_t len)
{
	return prefix_at(k, s, len);
}

/* find_kind when the lists may not be loaded yet: out of line too */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static const word_kind *
find_kind_loading(lp_word_kind kind)
{
	return find_kind(kind);
}

/*
 * find_kind for the quick tests: one unsigned compare, the load and a kind
 * not indexed a call of their own (n_indexed is 0 before the load; issue
 * 18: the load's flag and the range's two ends were three tests a call)
 */
static inline const word_kind *
find_kind_quick(lp_word_kind kind)
{
	if ((unsigned) kind < (unsigned) n_indexed)
		return &kinds[kind];
	return find_kind_loading(kind);
}

/* lp_words_prefix of kind k: the quick tests, then the lookup (a tail call) */
static inline size_t
prefix_of(const word_kind *k, const char *s, size_t len)
{
	if (len == 0 || !may_start(k, s, len))
		return 0;
	return prefix_lookup(k, s, len);
}

#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
prefix_loading(lp_word_kind kind, const char *s, size_t len)
{
	const word_kind *k = find_kind_loading(kind);

	return k ? prefix_of(k, s, len) : 0;
}

/*
 * The load (or a kind not indexed) a tail call of its own, like the lookup:
 * the quick tests then keep no register over a call, and save and restore
 * none (issue 18: 100,000 calls a pass)
 */
size_t
lp_words_prefix(lp_word_kind kind, const char *s, size_t len)
{
	if ((unsigned) kind < (unsigned) n_indexed)
		return prefix_of(&kinds[kind], s, len);
	return prefix_loading(kind, s, len);
}

#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
suffix_lookup(const word_kind *k, const char *s, size_t len)
{
	const char_slot *slot = lookup(&k->by_last, lp_last_char_key(s, len));
	uint32_t	i;

	if (slot == NULL)
		return 0;
	for (i = slot->first; i < slot->first + slot->n; i++)
	{
		const word_entry *e = &lp_words_entries[k->by_last.order[i]];

		/* the byte before the last character first (the last byte of a
		 * hanzi before it): most entries sharing the last character differ there */
		if (e->len <= len && (e->len < 4 || e->word[e->len - 4] == s[len - 4]) &&
			memcmp(e->word, s + len - e->len, e->len) == 0)
			return e->len;
	}
	return 0;
}

/* lp_words_suffix of kind k: the quick tests, then the lookup (a tail call) */
static inline size_t
suffix_of(const word_kind *k, const char *s, size_t len)
{
	if (len == 0 || !k->tail[(unsigned char) s[len - 1]])
		return 0;
	/* text ending with a hanzi: only a word ending with that one may end it */
	if (len >= 3 && (((unsigned char) s[len - 3]) & 0xF0) == 0xE0 &&
		(((unsigned char) s[len - 2]) & 0xC0) == 0x80 && (((unsigned char) s[len - 1]) & 0xC0) == 0x80)
	{
		unsigned	t = hanzi_key((const unsigned char *) s + len - 3);

		if (!((k->tail_hanzi[t >> 3] >> (t & 7)) & 1))
			return 0;
	}
	return suffix_lookup(k, s, len);
}

#ifdef __GNUC__
__attribute__((noinline))
#endif
static size_t
suffix_loading(lp_word_kind kind, const char *s, size_t len)
{
	const word_kind *k = find_kind_loading(kind);

	return k ? suffix_of(k, s, len) : 0;
}

/* as lp_words_prefix: the load a tail call */
size_t
lp_words_suffix(lp_word_kind kind, const char *s, size_t len)
{
	if ((unsigned) kind < (unsigned) n_indexed)
		return suffix_of(&kinds[kind], s, len);
	return suffix_loading(kind, s, len);
}

/* lp_words_find of a kind with leads: the first place one of them stands where a word does */
static long
find_by_leads(const word_kind *k, const char *s, size_t len, size_t *wlen)
{
	const char *next[LP_WORDS_LEADS];
	int			i;

	for (i = 0; i < k->nleads; i++)
		next[i] = lp_find3(s, len, k->leads[i]);
	for (;;)
	{
		const char *p = NULL;
		int			at = -1;
		size_t		n;

		for (i = 0; i < k->nleads; i++)
			if (next[i] && (p == NULL || next[i] < p))
			{
				p = next[i];
				at = i;
			}
		if (p == NULL)
			return -1;
		if ((n = prefix_at(k, p, len - (size_t) (p - s))) > 0)
		{
			if (wlen)
				*wlen = n;
			return (long) (p - s);
		}
		next[at] = lp_find3(p + 3, len - (size_t) (p - s) - 3, k->leads[at]);
	}
}

/*
 * lp_words_find of a kind whose words all hold its anchor: a word starts at
 * most anchor_back bytes before an occurrence of it, so only the places that
 * close before the next one are tried, in order.
 */
static long
find_by_anchor(const word_kind *k, const char *s, size_t len, size_t *wlen)
{
	size_t		from = 0,
				scan = 0;
	const char *y;

	while (scan < len && (y = lp_find3(s + scan, len - scan, k->anchor)) != NULL)
	{
		size_t		ya = (size_t) (y - s),
					pos = ya > from + k->anchor_back ? ya - k->anchor_back : from;

		while (pos < ya && (((unsigned char) s[pos]) & 0xC0) == 0x80)
			pos++;
		for (; pos <= ya; pos += lp_utf8_step((unsigned char) s[pos]))
		{
			size_t		n;

			if (may_start(k, s + pos, len - pos) && (n = prefix_at(k, s + pos, len - pos)) > 0)
			{
				if (wlen)
					*wlen = n;
				return (long) pos;
			}
		}
		from = ya + 1;
		scan = ya + 3;
	}
	return -1;
}

long
lp_words_find(lp_word_kind kind, const char *s, size_t len, size_t *wlen)
{
	const word_kind *k = find_kind_quick(kind);
	size_t		pos;

	if (k == NULL)
		return -1;
	if (k->only)
	{
		/* in UTF-8 a lead byte starts a character: the first match is the word's */
		const char *p = k->only_len == 3 ? lp_find3(s, len, k->only) :
			k->only_len > 3 ? lp_find_lit(s, len, k->only, k->only_len) :
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
	if (k->anchor)
		return find_by_anchor(k, s, len, wlen);
	if (k->nleads > 0)
		return find_by_leads(k, s, len, wlen);
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
