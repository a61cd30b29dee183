/*
 * lp_indicator_int.h — the indicator catalogue's insides, shared by its
 * builder (lp_indicator_build.c: match form, names, indexes) and its
 * lookups (lp_indicator.c).  Not for other files: they use lp_indicator.h.
 */
#ifndef LP_INDICATOR_INT_H
#define LP_INDICATOR_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define OPEN_BITS 18			/* catalogue.opens: 2^18 bits */
#define FOLD_MAX 768			/* bytes of a subject looked at (names are short) */

typedef struct ind_row
{
	const char *code;
	const char *flow_of;		/* as written in the row, or NULL */
	const char *flow_code;		/* code of the flow of this stock, or NULL */
	const char *unit;			/* default_unit as written, or NULL (a user's row) */
	const char *part_of;		/* the total this part belongs to, or NULL */
} ind_row;

typedef struct alias_rec
{
	const char *name;			/* match form, NUL-terminated */
	size_t		len;
	uint32_t	row;
	uint32_t	order;			/* user rows first, then file order: ties keep it */
	uint8_t		exact;			/* "=名": the whole subject only */
	uint8_t		wild;			/* contains '*' */
	uint8_t		shadowed;		/* a shipped name a user's name took over */
} alias_rec;

/* an index entry: two characters packed (first << 32 | second) and the alias */
typedef struct slot
{
	uint64_t	key;
	uint32_t	alias;
} slot;

/*
 * The names sorted by a key of two characters, and a hash table from a key
 * to the first slot of its run (+ 1; 0 is empty): a lookup is one probe.
 */
typedef struct name_index
{
	slot	   *slots;
	size_t		n;
	uint32_t   *table;
	size_t		mask;			/* table size - 1 (a power of two) */
	unsigned	short_lens[2];	/* bit n: some name has a key of n < 8 bytes; [1]: its key
								 * byte at the end (suffix) or start (prefix) is not ASCII */
} name_index;

typedef struct arena_block
{
	struct arena_block *next;
	size_t		used,
				cap;
	char		data[];
} arena_block;

typedef struct catalogue
{
	ind_row    *rows;
	size_t		n_rows,
				cap_rows;
	alias_rec  *aliases;
	size_t		n_aliases,
				cap_aliases;
	name_index	by_last;		/* key: last two characters of the last part */
	name_index	by_first;		/* key: first two characters (plain names only) */
	arena_block *arena;
	unsigned long serial;		/* which build: memos of lookups are of one */
	unsigned char first3[1u << 13];	/* bit per first3_key of each name's first three
									 * bytes: a quick "no" to a name starting there */
	int			first_short;	/* a name of under three bytes starts with a byte
								 * 0x80 or more: no quick "no" */
	/* bit per open_hash of each prefix (at a character boundary) of each name's
	 * first part (before '*'), and of each whole first part: lp_indicator_open_reach */
	unsigned char opens[1u << (OPEN_BITS - 3)];
	unsigned char whole_first[1u << (OPEN_BITS - 3)];
	int			open_any;		/* a name opens with '*': no bound */
} catalogue;

/* the bit of a hash (open_hash) in catalogue.opens */
static inline int
open_bit(const unsigned char *bits, uint32_t h)
{
	h >>= 32 - OPEN_BITS;
	return (bits[h >> 3] >> (h & 7)) & 1;
}

/* FNV-1a of n more bytes after h (start: 2166136261u), for catalogue.opens */
static inline uint32_t
open_hash(uint32_t h, const char *p, size_t n)
{
	while (n-- > 0)
		h = (h ^ (unsigned char) *p++) * 16777619u;
	return h;
}

/* 16-bit key of the three bytes at s (one hanzi), for catalogue.first3 */
static inline unsigned
first3_key(const char *s)
{
	const unsigned char *u = (const unsigned char *) s;

	return ((u[0] * 31u + u[1]) * 31u + u[2]) & 0xFFFFu;
}

/* The catalogue of the shipped and the users' rows, built on first use; NULL when out of memory. */
const catalogue *lp_ind_catalogue(void);

/* Whether s[0, len) has anything lp_ind_fold changes. */
int			lp_ind_needs_fold(const char *s, size_t len);

/*
 * s[0, len) in match form into out (len bytes suffice: nothing grows);
 * map (may be NULL, len + 1 entries) gets the offset in s of each byte of
 * out, and after the last the offset where s was left.  Returns the length.
 */
size_t		lp_ind_fold(const char *s, size_t len, char *out, size_t *map);

/*
 * Index keys: the last eight bytes of a name (suffix index) or its first
 * eight (prefix index), or all its bytes with their count in the top byte
 * when it is shorter.  A lookup probes the key of the subject's last (or
 * first) eight bytes, then of each shorter length some name has: no
 * character is decoded, and each probe finds only names that can match.
 */
#define KEY_BYTES 8

static inline uint64_t
bytes_key(const char *p, size_t n)
{
	uint64_t	key = 0;

	memcpy(&key, p, n);
	return n < KEY_BYTES ? key | ((uint64_t) n << 56) : key;
}

/*
 * The last 8 bytes of t[0, m) as a little-endian word (fewer bytes, in its
 * high end, when m < 8): the key of its last l bytes is then a shift.
 */
static inline uint64_t
tail_word(const char *t, size_t m)
{
	uint64_t	x = 0;

	if (m >= KEY_BYTES)
		memcpy(&x, t + m - KEY_BYTES, KEY_BYTES);
	else
	{
		unsigned char buf[KEY_BYTES] = {0};

		memcpy(buf + KEY_BYTES - m, t, m);
		memcpy(&x, buf, KEY_BYTES);
	}
	return x;
}

static inline uint64_t
tail_key(uint64_t x, int l)
{
	return l < KEY_BYTES ? (x >> (8 * (KEY_BYTES - l))) | ((uint64_t) l << 56) : x;
}

/* The first 8 bytes of t[0, m) (fewer when m < 8): the key of its first l bytes is a mask. */
static inline uint64_t
head_word(const char *t, size_t m)
{
	uint64_t	x = 0;

	memcpy(&x, t, m < KEY_BYTES ? m : KEY_BYTES);
	return x;
}

static inline uint64_t
head_key(uint64_t x, int l)
{
	return l < KEY_BYTES ? (x & ((1ull << (8 * l)) - 1)) | ((uint64_t) l << 56) : x;
}

/* key of the last (suffix) or first (prefix) min(len, 8) bytes of a name */
static inline uint64_t
name_key(const char *s, size_t len, int suffix)
{
	size_t		n = len < KEY_BYTES ? len : KEY_BYTES;

	return bytes_key(suffix ? s + len - n : s, n);
}

static inline size_t
key_hash(uint64_t key, size_t mask)
{
	return (size_t) ((key * 0x9E3779B97F4A7C15ull) >> 40) & mask;
}

/* First slot of the run of key in idx, or idx->n. */
static inline size_t
index_find(const name_index *idx, uint64_t key)
{
	size_t		h;

	for (h = key_hash(key, idx->mask); idx->table[h]; h = (h + 1) & idx->mask)
		if (idx->slots[idx->table[h] - 1].key == key)
			return idx->table[h] - 1;
	return idx->n;
}

#endif							/* LP_INDICATOR_INT_H */
