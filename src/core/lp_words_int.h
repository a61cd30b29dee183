/*
 * lp_words_int.h — what lp_words.c (the word lists of each kind, looked up
 * one kind at a time) shares with lp_words_each.c (several kinds looked for
 * in one scan): the entries, their per-kind indexes and quick tests, and
 * the inline tests both scans run on every character.
 */
#ifndef LP_WORDS_INT_H
#define LP_WORDS_INT_H

#include "lp.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdint.h>
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
#define LP_WORDS_LEADS 3

typedef struct word_kind
{
	const char *only;			/* its one word, when it has one of a hanzi or more */
	size_t		only_len;
	const char *lead3;			/* a hanzi all its words start with, or NULL */
	const char *leads[LP_WORDS_LEADS];	/* else the two or three they start with */
	int			nleads;
	const char *anchor;			/* with leads: a hanzi every word holds, rarer than they */
	size_t		anchor_back;	/* how far into a word it stands at most */
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

/* The entries of words.tsv, grouped by kind (lp_words.c) */
extern word_entry *lp_words_entries;

/* The indexes and quick tests of kind, loading the lists first; NULL if it has none. */
const word_kind *lp_words_kind(lp_word_kind kind);

/*
 * An anchor of the words of kinds k[0, n): a hanzi every word holds (年 of
 * 今年, 去年, 过去一年, 明年; 届 of 届人大, 届人民代表大会), the one standing
 * least far into the words; *back gets that distance.  No word starts more
 * than *back bytes before the next anchor of a text, so a scan jumps from
 * one to the next (lp_find3) instead of testing every character.  NULL when
 * the words share no hanzi.
 */
const char *lp_words_anchor(const word_kind *const *k, int n, size_t *back);

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
		const word_entry *e = &lp_words_entries[k->by_first.order[i]];

		/* the word's last byte first: most entries sharing the first
		 * character differ there, and are passed over without a memcmp */
		if (e->len <= len && e->word[e->len - 1] == s[e->len - 1] &&
			memcmp(e->word + clen, s + clen, e->len - clen) == 0)
			return e->len;
	}
	return 0;
}

#endif
