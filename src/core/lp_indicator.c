/*
 * lp_indicator.c — the indicator catalogue: names and aliases of the
 * embedded indicators.tsv (the same file fills the SQL table
 * luohuplan.indicators) and the rows users add to that table, which the
 * PostgreSQL glue hands over with lp_indicator_set_user.
 *
 * A subject names an indicator when a name or alias ends it (Chinese noun
 * phrases put their head last); the longest such name wins, so a part or a
 * narrower concept with a longer name beats the total (学前学位 over 学位,
 * 城镇调查失业率 over 失业率).  Two kinds of names are special: "=名"
 * counts only as the whole subject (=经济: 经济 is gdp, 数字经济 is not),
 * and "甲*乙" is 甲, anything, then 乙 ending the subject (the ratio
 * 研发经费支出相当于全市生产总值的比例).
 *
 * Names are compared in a match form: spaces dropped, full-width Latin
 * letters, digits and signs as ASCII, Latin letters upper case (ｇｄｐ, R＆D
 * and 万元 GDP 能耗 find their names).  The catalogue keeps two indexes of
 * the names, sorted by their last two characters and by their first two,
 * so a lookup is a binary search and a compare of the few names that end
 * (or start) with the same two characters as the subject.
 *
 * Memory: the catalogue lives for the process (malloc, not lp_alloc, whose
 * memory PostgreSQL frees with the calling context) and is replaced whole
 * when the user rows change.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FOLD_MAX 768			/* bytes of a subject looked at (names are short) */
#define MAX_TAILS 3				/* words passed over after a name */
#define MAX_WORDS 64			/* flow and tail words */

typedef struct ind_row
{
	const char *code;
	const char *flow_of;		/* as written in the row, or NULL */
	const char *flow_code;		/* code of the flow of this stock, or NULL */
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

typedef struct word
{
	const char *s;
	size_t		len;
} word;

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
} catalogue;

static catalogue *cur;
static int	tried;				/* a failed first build is not retried per call */
static word flow_words[MAX_WORDS],
			tail_words[MAX_WORDS],
			share_words[MAX_WORDS];
static int	n_flow,
			n_tail,
			n_share,
			words_loaded;
static unsigned char tail_last[256];	/* last bytes of the tail words */

/* ---------- match form ---------- */

/* bytes that may start something fold changes: space, tab, a-z, EF (full width), E3 (U+3000) */
static const unsigned char fold_lead[256] = {
	['\t'] = 1, [' '] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
	['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
	['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1, [0xE3] = 1, [0xEF] = 1,
};

/* Whether the byte at u[i] (of len) starts something fold changes. */
static inline int
folds_at(const unsigned char *u, size_t len, size_t i)
{
	if (!fold_lead[u[i]])
		return 0;
	if (u[i] < 0x80)
		return 1;
	if (u[i] == 0xEF)
		return i + 1 < len && (u[i + 1] == 0xBC || u[i + 1] == 0xBD);
	return i + 2 < len && u[i + 1] == 0x80 && u[i + 2] == 0x80;	/* E3 80 80 */
}

/*
 * Whether s[0, len) has anything fold changes: eight bytes at a time,
 * looking closer only at a word with an ASCII byte, E3 or EF in it.
 */
static int
needs_fold(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	const uint64_t ones = 0x0101010101010101ull,
				highs = 0x8080808080808080ull;
	size_t		i = 0,
				k;

	for (; i + 8 <= len; i += 8)
	{
		uint64_t	x,
					e3,
					ef;

		memcpy(&x, u + i, 8);
		e3 = x ^ (0xE3 * ones);
		ef = x ^ (0xEF * ones);
		if ((~x & highs) || ((e3 - ones) & ~e3 & highs) || ((ef - ones) & ~ef & highs))
			for (k = i; k < i + 8; k++)
				if (folds_at(u, len, k))
					return 1;
	}
	for (; i < len; i++)
		if (folds_at(u, len, i))
			return 1;
	return 0;
}

/*
 * s[0, len) in match form into out (len bytes suffice: nothing grows);
 * map (may be NULL, len + 1 entries) gets the offset in s of each byte of
 * out, and after the last the offset where s was left.  Returns the length.
 */
static size_t
fold(const char *s, size_t len, char *out, size_t *map)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0,
				m = 0;

	while (i < len)
	{
		unsigned	c = u[i];

		if (c == ' ' || c == '\t')
		{
			i++;
			continue;
		}
		if (c == 0xE3 && i + 2 < len && u[i + 1] == 0x80 && u[i + 2] == 0x80)
		{
			i += 3;				/* ideographic space */
			continue;
		}
		if (c == 0xEF && i + 2 < len && (u[i + 1] == 0xBC || u[i + 1] == 0xBD))
		{
			unsigned	cp = ((c & 0x0Fu) << 12) | ((u[i + 1] & 0x3Fu) << 6) | (u[i + 2] & 0x3Fu);

			if (cp >= 0xFF01 && cp <= 0xFF5E)
			{
				c = cp - 0xFEE0;
				if (map)
					map[m] = i;
				out[m++] = (char) (c >= 'a' && c <= 'z' ? c - 32 : c);
				i += 3;
				continue;
			}
		}
		if (map)
			map[m] = i;
		out[m++] = (char) (c >= 'a' && c <= 'z' ? c - 32 : c);
		i++;
	}
	if (map)
		map[m] = i;
	return m;
}

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

/* ---------- the word lists of indicator_words.tsv ---------- */

static int
cmp_word_len(const void *a, const void *b)
{
	const word *x = a,
			   *y = b;

	return (x->len < y->len) - (x->len > y->len);	/* longest first */
}

static void
load_words(void)
{
	size_t		len,
				pos = 0;
	const char *data,
			   *f[2];
	size_t		fl[2];
	int			k;

	if (words_loaded)
		return;
	words_loaded = 1;
	data = lp_data_file("indicator_words.tsv", &len);
	while (data && lp_tsv_next(data, len, &pos, f, fl, 2) >= 2)
	{
		if (fl[0] == 4 && memcmp(f[0], "flow", 4) == 0 && n_flow < MAX_WORDS && fl[1] > 0)
			flow_words[n_flow++] = (word) {f[1], fl[1]};
		else if (fl[0] == 4 && memcmp(f[0], "tail", 4) == 0 && n_tail < MAX_WORDS && fl[1] > 0)
			tail_words[n_tail++] = (word) {f[1], fl[1]};
		else if (fl[0] == 5 && memcmp(f[0], "share", 5) == 0 && n_share < MAX_WORDS && fl[1] > 0)
			share_words[n_share++] = (word) {f[1], fl[1]};
	}
	qsort(flow_words, (size_t) n_flow, sizeof(word), cmp_word_len);
	qsort(tail_words, (size_t) n_tail, sizeof(word), cmp_word_len);
	for (k = 0; k < n_tail; k++)
		tail_last[(unsigned char) tail_words[k].s[tail_words[k].len - 1]] = 1;
}

/* Length of the longest word of list that ends s[0, len), or 0. */
static size_t
word_ending(const word *list, int n, const char *s, size_t len)
{
	int			k;

	for (k = 0; k < n; k++)
		if (list[k].len <= len && list[k].s[list[k].len - 1] == s[len - 1] &&
			memcmp(s + len - list[k].len, list[k].s, list[k].len) == 0)
			return list[k].len;
	return 0;
}

/* Length of the longest word of list that starts s[0, len), or 0. */
static size_t
word_starting(const word *list, int n, const char *s, size_t len)
{
	int			k;

	for (k = 0; k < n; k++)
		if (list[k].len <= len && memcmp(s, list[k].s, list[k].len) == 0)
			return list[k].len;
	return 0;
}

/*
 * End of the last word of list in t[0, end) (where what follows it
 * starts), or 0; *wlen the length of that word.
 */
static size_t
last_word_end(const word *list, int n, const char *t, size_t end, size_t *wlen)
{
	size_t		best = 0;
	int			k;

	for (k = 0; k < n; k++)
	{
		const char *p = t,
				   *last = NULL;
		size_t		wl = list[k].len;

		/* the last occurrence: memchr for the word's last byte (rare), then a compare */
		while (wl > 0 && wl <= end && (size_t) (p - t) < end &&
			   (p = memchr(p, list[k].s[wl - 1], end - (size_t) (p - t))) != NULL)
		{
			if ((size_t) (p - t) + 1 >= wl && memcmp(p + 1 - wl, list[k].s, wl) == 0)
				last = p + 1 - wl;
			p++;
		}
		if (last && (size_t) (last - t) + wl > best)
		{
			best = (size_t) (last - t) + wl;
			*wlen = wl;
		}
	}
	return best;
}

/* ---------- building a catalogue ---------- */

static char *
arena_copy(catalogue *c, const char *s, size_t len)
{
	arena_block *b = c->arena;
	char	   *p;

	if (b == NULL || b->cap - b->used < len + 1)
	{
		size_t		cap = len + 1 > 16384 ? len + 1 : 16384;

		b = malloc(sizeof(arena_block) + cap);
		if (b == NULL)
			return NULL;
		b->next = c->arena;
		b->used = 0;
		b->cap = cap;
		c->arena = b;
	}
	p = b->data + b->used;
	memcpy(p, s, len);
	p[len] = '\0';
	b->used += len + 1;
	return p;
}

static void
catalogue_free(catalogue *c)
{
	if (c == NULL)
		return;
	while (c->arena)
	{
		arena_block *next = c->arena->next;

		free(c->arena);
		c->arena = next;
	}
	free(c->rows);
	free(c->aliases);
	free(c->by_last.slots);
	free(c->by_last.table);
	free(c->by_first.slots);
	free(c->by_first.table);
	free(c);
}

/* Grow *arr (elements of size sz) to hold one more; 0 when out of memory. */
static int
grow(void **arr, size_t *cap, size_t n, size_t sz)
{
	void	   *bigger;

	if (n < *cap)
		return 1;
	bigger = realloc(*arr, (*cap ? *cap * 2 : 256) * sz);
	if (bigger == NULL)
		return 0;
	*arr = bigger;
	*cap = *cap ? *cap * 2 : 256;
	return 1;
}

/* A row; its code and flow_of copied.  -1 when out of memory. */
static long
add_row(catalogue *c, const char *code, size_t code_len, const char *flow_of, size_t flow_len)
{
	ind_row    *r;

	if (!grow((void **) &c->rows, &c->cap_rows, c->n_rows, sizeof(ind_row)))
		return -1;
	r = &c->rows[c->n_rows];
	r->code = arena_copy(c, code, code_len);
	r->flow_of = flow_len ? arena_copy(c, flow_of, flow_len) : NULL;
	r->flow_code = NULL;
	if (r->code == NULL || (flow_len && r->flow_of == NULL))
		return -1;
	return (long) c->n_rows++;
}

/* A name of row (as written: "=名", "甲*乙" or plain), in match form.  0 when out of memory. */
static int
add_name(catalogue *c, long row, const char *s, size_t len)
{
	alias_rec  *a;
	char		buf[FOLD_MAX];
	size_t		m;
	int			exact = 0;

	if (len > 0 && s[0] == '=')
	{
		exact = 1;
		s++;
		len--;
	}
	if (len == 0 || len > FOLD_MAX)
		return 1;				/* nothing to match (lp_indicator_check_data reports it) */
	m = fold(s, len, buf, NULL);
	if (m == 0 || buf[m - 1] == '*' || buf[0] == '*')
		return 1;
	if (!grow((void **) &c->aliases, &c->cap_aliases, c->n_aliases, sizeof(alias_rec)))
		return 0;
	a = &c->aliases[c->n_aliases];
	a->name = arena_copy(c, buf, m);
	if (a->name == NULL)
		return 0;
	a->len = m;
	a->row = (uint32_t) row;
	a->order = (uint32_t) c->n_aliases;
	a->exact = (uint8_t) exact;
	a->wild = memchr(buf, '*', m) != NULL;
	a->shadowed = 0;
	c->n_aliases++;
	return 1;
}

/* The names of a field of aliases separated by '|'.  0 when out of memory. */
static int
add_names(catalogue *c, long row, const char *s, size_t len)
{
	size_t		a = 0;

	while (a < len)
	{
		size_t		b = a;

		while (b < len && s[b] != '|')
			b++;
		if (!add_name(c, row, s + a, b - a))
			return 0;
		a = b + 1;
	}
	return 1;
}

/* set while sorting (qsort has no argument for it) */
static const alias_rec *sort_aliases;

/*
 * By key; within a key "甲*乙" names first, then the longer name first,
 * then the earlier (users' first): the first plain name that matches is
 * the longest.
 */
static int
cmp_slot(const void *a, const void *b)
{
	const slot *x = a,
			   *y = b;
	const alias_rec *ax = &sort_aliases[x->alias],
			   *ay = &sort_aliases[y->alias];

	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (ax->wild != ay->wild)
		return ax->wild ? -1 : 1;
	if (ax->len != ay->len)
		return ax->len > ay->len ? -1 : 1;
	return (x->alias > y->alias) - (x->alias < y->alias);
}

static int
cmp_code(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

static inline size_t
key_hash(uint64_t key, size_t mask)
{
	return (size_t) ((key * 0x9E3779B97F4A7C15ull) >> 40) & mask;
}

/* Sort idx and hash the start of each run of a key.  0 when out of memory. */
static int
index_finish(name_index *idx)
{
	size_t		size = 64,
				i;

	qsort(idx->slots, idx->n, sizeof(slot), cmp_slot);
	while (size < idx->n * 2)
		size *= 2;
	idx->table = calloc(size, sizeof(uint32_t));
	if (idx->table == NULL)
		return 0;
	idx->mask = size - 1;
	for (i = 0; i < idx->n; i++)
	{
		size_t		h;

		if (i > 0 && idx->slots[i].key == idx->slots[i - 1].key)
			continue;
		for (h = key_hash(idx->slots[i].key, idx->mask); idx->table[h]; h = (h + 1) & idx->mask)
			;
		idx->table[h] = (uint32_t) i + 1;
	}
	return 1;
}

/* First slot of the run of key in idx, or idx->n. */
static size_t
index_find(const name_index *idx, uint64_t key)
{
	size_t		h;

	for (h = key_hash(key, idx->mask); idx->table[h]; h = (h + 1) & idx->mask)
		if (idx->slots[idx->table[h] - 1].key == key)
			return idx->table[h] - 1;
	return idx->n;
}

/* The two indexes over the names.  0 when out of memory. */
static int
build_indexes(catalogue *c)
{
	size_t		i;

	c->by_last.slots = malloc((c->n_aliases ? c->n_aliases : 1) * sizeof(slot));
	c->by_first.slots = malloc((c->n_aliases ? c->n_aliases : 1) * sizeof(slot));
	if (c->by_last.slots == NULL || c->by_first.slots == NULL)
		return 0;
	for (i = 0; i < c->n_aliases; i++)
	{
		const alias_rec *a = &c->aliases[i];
		const char *last = a->name;
		const char *star;
		size_t		ll;

		if (a->shadowed)
			continue;
		/* the last part of "甲*乙" is what ends the subject */
		while (a->wild && (star = strchr(last, '*')) != NULL)
			last = star + 1;
		ll = strlen(last);
		c->by_last.slots[c->by_last.n++] = (slot) {name_key(last, ll, 1), (uint32_t) i};
		if (ll < KEY_BYTES)
			c->by_last.short_lens[(unsigned char) last[ll - 1] >= 0x80] |= 1u << ll;
		if (!a->exact && !a->wild)
		{
			c->by_first.slots[c->by_first.n++] = (slot) {name_key(a->name, a->len, 0), (uint32_t) i};
			if (a->len < KEY_BYTES)
				c->by_first.short_lens[(unsigned char) a->name[0] >= 0x80] |= 1u << a->len;
		}
	}
	sort_aliases = c->aliases;
	return index_finish(&c->by_last) && index_finish(&c->by_first);
}

/*
 * Each stock's flow code: the first row (users' rows come first) whose
 * flow_of names it, found in a scratch array of the rows sorted by code.
 * 0 when out of memory.
 */
static int
cmp_row_code(const void *a, const void *b)
{
	return strcmp((*(const ind_row *const *) a)->code, (*(const ind_row *const *) b)->code);
}

static int
link_flows(catalogue *c)
{
	ind_row   **by_code = malloc((c->n_rows ? c->n_rows : 1) * sizeof(ind_row *));
	size_t		i;

	if (by_code == NULL)
		return 0;
	for (i = 0; i < c->n_rows; i++)
		by_code[i] = &c->rows[i];
	qsort(by_code, c->n_rows, sizeof(ind_row *), cmp_row_code);
	for (i = 0; i < c->n_rows; i++)
	{
		const ind_row key = {c->rows[i].flow_of, NULL, NULL};
		const ind_row *kp = &key;
		ind_row   **hit;

		if (key.code == NULL)
			continue;
		hit = bsearch(&kp, by_code, c->n_rows, sizeof(ind_row *), cmp_row_code);
		if (hit && (*hit)->flow_code == NULL && *hit != &c->rows[i])
			(*hit)->flow_code = c->rows[i].code;
	}
	free(by_code);
	return 1;
}

/*
 * A user's name that is also a shipped name takes it over with the names
 * built on it: the shipped names of that code that end with it go
 * (家庭病床 of a user takes 建立家庭病床 of family_beds along), so every
 * subject the shipped name matched now goes to the user's code.  Aliases
 * [0, n_user) are the users'.
 */
static void
shadow_shipped(catalogue *c, size_t n_user)
{
	size_t		u,
				i,
				j;

	for (u = 0; u < n_user; u++)
	{
		const alias_rec *ua = &c->aliases[u];

		if (ua->wild || ua->exact)
			continue;
		for (i = n_user; i < c->n_aliases; i++)
		{
			const alias_rec *sa = &c->aliases[i];

			if (sa->wild || sa->len != ua->len || memcmp(sa->name, ua->name, ua->len) != 0)
				continue;
			/* ua takes sa's name: and every name of sa's code that ends with it */
			for (j = n_user; j < c->n_aliases; j++)
			{
				alias_rec  *o = &c->aliases[j];

				if (o->row == sa->row && o->len >= ua->len &&
					memcmp(o->name + o->len - ua->len, ua->name, ua->len) == 0)
					o->shadowed = 1;
			}
		}
	}
}

/*
 * The rows of users, then the shipped rows whose code no user row has.
 * NULL when out of memory.  No interrupt checks: a cancel would leak what
 * is malloc'd so far, and the loops are bounded by the rows.
 */
static catalogue *
catalogue_build(const lp_indicator_def *defs, size_t n)
{
	catalogue  *c = calloc(1, sizeof(catalogue));
	const char **user_codes = NULL;
	const char *data,
			   *f[9];
	size_t		fl[9],
				dlen,
				pos = 0,
				n_user_aliases,
				i,
				k;
	int			nf;

	if (c == NULL)
		return NULL;
	for (i = 0; i < n; i++)
	{
		long		row;

		if (defs[i].code == NULL || defs[i].code[0] == '\0')
			continue;
		row = add_row(c, defs[i].code, strlen(defs[i].code),
					  defs[i].flow_of, defs[i].flow_of ? strlen(defs[i].flow_of) : 0);
		if (row < 0 || (defs[i].name_zh && !add_name(c, row, defs[i].name_zh, strlen(defs[i].name_zh))))
			goto oom;
		for (k = 0; k < defs[i].n_aliases; k++)
			if (defs[i].aliases[k] && !add_name(c, row, defs[i].aliases[k], strlen(defs[i].aliases[k])))
				goto oom;
	}
	n_user_aliases = c->n_aliases;
	if (c->n_rows > 0)
	{
		user_codes = malloc(c->n_rows * sizeof(char *));
		if (user_codes == NULL)
			goto oom;
		for (i = 0; i < c->n_rows; i++)
			user_codes[i] = c->rows[i].code;
		qsort(user_codes, c->n_rows, sizeof(char *), cmp_code);
	}
	k = c->n_rows;
	data = lp_data_file("indicators.tsv", &dlen);
	while (data && (nf = lp_tsv_next(data, dlen, &pos, f, fl, 9)) >= 2)
	{
		char		code[128];
		const char *key = code;
		long		row;

		if (fl[0] == 0 || fl[0] >= sizeof(code))
			continue;
		memcpy(code, f[0], fl[0]);
		code[fl[0]] = '\0';
		if (k > 0 && bsearch(&key, user_codes, k, sizeof(char *), cmp_code))
			continue;			/* the user's row replaces it */
		row = add_row(c, f[0], fl[0], nf >= 9 ? f[8] : NULL, nf >= 9 ? fl[8] : 0);
		if (row < 0 || !add_name(c, row, f[1], fl[1]) ||
			(nf >= 3 && !add_names(c, row, f[2], fl[2])))
			goto oom;
	}
	free(user_codes);
	user_codes = NULL;
	shadow_shipped(c, n_user_aliases);
	if (!link_flows(c) || !build_indexes(c))
		goto oom;
	return c;
oom:
	free(user_codes);
	catalogue_free(c);
	return NULL;
}

static catalogue *
catalogue_get(void)
{
	if (cur == NULL && !tried)
	{
		load_words();
		tried = 1;
		cur = catalogue_build(NULL, 0);
	}
	return cur;
}

int
lp_indicator_set_user(const lp_indicator_def *defs, size_t n)
{
	catalogue  *c;

	load_words();
	c = catalogue_build(defs, n);
	if (c == NULL)
		return -1;
	catalogue_free(cur);
	cur = c;
	tried = 1;
	return 0;
}

size_t
lp_indicator_count(size_t *n_names)
{
	catalogue  *c = catalogue_get();

	if (n_names)
		*n_names = c ? c->n_aliases : 0;
	return c ? c->n_rows : 0;
}

/* ---------- lookups ---------- */

/* Rightmost start of p[0, plen) in t[0, end), or -1. */
static long
rfind(const char *t, size_t end, const char *p, size_t plen)
{
	size_t		i;

	if (plen > end)
		return -1;
	for (i = end - plen + 1; i-- > 0;)
		if (memcmp(t + i, p, plen) == 0)
			return (long) i;
	return -1;
}

/*
 * Bytes of t[0, m) that alias a matches at its end (from where its first
 * part starts), or 0.  whole: t is the whole subject (for "=名").
 */
static size_t
match_end(const alias_rec *a, const char *t, size_t m, int whole)
{
	const char *part_end,
			   *part;
	size_t		end = m;

	if (!a->wild)
	{
		if (a->len > m || memcmp(t + m - a->len, a->name, a->len) != 0)
			return 0;
		if (a->exact && (a->len != m || !whole))
			return 0;
		return a->len;
	}
	/* "甲*乙": the last part ends t, each part before it occurs before the next */
	part_end = a->name + a->len;
	while (part_end > a->name)
	{
		long		at;

		part = part_end;
		while (part > a->name && part[-1] != '*')
			part--;
		if (part_end == a->name + a->len)
		{
			size_t		pl = (size_t) (part_end - part);

			if (pl > end || memcmp(t + end - pl, part, pl) != 0)
				return 0;
			end -= pl;
		}
		else
		{
			at = rfind(t, end, part, (size_t) (part_end - part));
			if (at < 0)
				return 0;
			end = (size_t) at;
		}
		part_end = part > a->name ? part - 1 : part;
	}
	return m - end;
}

/* The best alias ending t[0, m) (the longest span, then the earliest): *span its bytes. */
static const alias_rec *
best_ending(const catalogue *c, const char *t, size_t m, int whole, size_t *span)
{
	const alias_rec *best = NULL;
	uint64_t	x = tail_word(t, m);
	unsigned	lens = c->by_last.short_lens[(unsigned char) t[m - 1] >= 0x80] | (1u << KEY_BYTES);
	int			l;

	*span = 0;
	/* names of eight bytes or more, then of each shorter length, longest first */
	for (l = KEY_BYTES; l > 0; l--)
	{
		uint64_t	key;
		size_t		i;

		if ((size_t) l > m || !(lens & (1u << l)))
			continue;
		key = tail_key(x, l);
		for (i = index_find(&c->by_last, key);
			 i < c->by_last.n && c->by_last.slots[i].key == key; i++)
		{
			const alias_rec *a = &c->aliases[c->by_last.slots[i].alias];
			size_t		n;

			if (!a->wild && a->len < *span)
				break;			/* the rest of the run are shorter */
			n = match_end(a, t, m, whole);
			if (n > 0 && (n > *span || (n == *span && a->order < best->order)))
			{
				best = a;
				*span = n;
			}
			if (n > 0 && !a->wild)
				break;			/* the longest plain name of the run */
		}
	}
	return best;
}

/*
 * The core of the suffix lookups, on s[0, len): the row of the name that
 * ends s (passing over tail words), *start the offset in s where the name
 * (or the flow word before it) starts.  NULL when none.
 */
static const char *
lookup_suffix(const char *s, size_t len, size_t *start, const ind_row **row_out)
{
	const catalogue *c = catalogue_get();
	char		buf[FOLD_MAX];
	size_t		map[FOLD_MAX + 1];
	const char *t = s;
	size_t		off = 0,
				m = len,
				span = 0,
				flow;
	int			whole = 1,
				folded = 0,
				pass;
	const alias_rec *a = NULL;
	const ind_row *row;

	if (c == NULL || len == 0 || c->by_last.n == 0)
		return NULL;
	if (len > FOLD_MAX)
	{
		/* the last FOLD_MAX bytes, from a character boundary */
		off = len - FOLD_MAX;
		while (off < len && (((unsigned char) s[off]) & 0xC0) == 0x80)
			off++;
		whole = 0;
		t = s + off;
		m = len - off;
	}
	if (needs_fold(t, m))
	{
		m = fold(t, m, buf, map);
		t = buf;
		folded = 1;
	}
	for (pass = 0; pass <= MAX_TAILS && m > 0; pass++)
	{
		size_t		tail,
					share,
					share_len = 0;

		if ((a = best_ending(c, t, m, whole, &span)) != NULL)
		{
			/*
			 * A name after 占 (相当于) is the whole a share is of: the subject
			 * is what stands before it ("先进制造业增加值占规上工业增加值" is
			 * advanced manufacturing, not industry).  A name spanning the word
			 * (全社会研发投入占GDP比重) is a ratio of its own.
			 */
			share = last_word_end(share_words, n_share, t, m, &share_len);
			if (share == 0 || share > m - span)
				break;
			m = share - share_len;
			a = NULL;
			if (pass == MAX_TAILS)
				break;
			continue;
		}
		tail = tail_last[(unsigned char) t[m - 1]] ? word_ending(tail_words, n_tail, t, m) : 0;
		if (tail == 0 || tail == m)
			return NULL;
		m -= tail;				/* "=名" still counts: a tail word is no part of a name */
	}
	if (a == NULL)
		return NULL;
	row = &c->rows[a->row];
	/* a flow word before a stock's name: the flow ("新认定国家高新技术企业") */
	if (row->flow_code && (flow = word_ending(flow_words, n_flow, t, m - span)) > 0)
	{
		span += flow;
		*row_out = NULL;
		*start = off + (folded ? map[m - span] : m - span);
		return row->flow_code;
	}
	*row_out = row;
	*start = off + (folded ? map[m - span] : m - span);
	return row->code;
}

/*
 * Does s[0, start), before a name, list examples of it ("原油等大宗商品进口":
 * a part, not the total)?
 */
static int
listed_part(const char *s, size_t start)
{
	size_t		p = 0,
				wl;
	long		at;

	while (p < start && (at = lp_words_find(LP_W_PART_MARKER, s + p, start - p, &wl)) >= 0)
	{
		size_t		w = p + (size_t) at,
					back = w >= 3 ? w - 3 : w,
					nl;

		if (lp_words_find(LP_W_PART_MARKER_NOT, s + back, (w + wl + 3 <= start ? w + wl + 3 : start) - back,
						  &nl) < 0)
			return 1;
		p = w + wl;
	}
	return 0;
}

const char *
lp_indicator_suffix(const char *s, size_t len, size_t *n)
{
	size_t		start = 0;
	const ind_row *row;
	const char *code = lookup_suffix(s, len, &start, &row);


	if (code && n)
		*n = len - start;
	return code;
}

const char *
lp_indicator_by_suffix(const char *s, size_t len)
{
	size_t		n = 0;
	const char *code = lp_indicator_suffix(s, len, &n);

	return code && n < len && listed_part(s, len - n) ? NULL : code;
}

const char *
lp_indicator_mention(const char *s, size_t from, size_t a, size_t b, size_t *n)
{
	size_t		start = 0,
				flow,
				before = a;
	const ind_row *row = NULL;
	const char *code;

	if (b <= a || from > a)
		return NULL;
	code = lookup_suffix(s + a, b - a, &start, &row);
	if (code == NULL || (start > 0 && listed_part(s + a, start)))
		return NULL;
	/* the name opens the subject, and a flow word ends the clause before it */
	while (before > from && (s[before - 1] == ' ' || s[before - 1] == '\t'))
		before--;
	if (row && row->flow_code && start == 0 &&
		(flow = word_ending(flow_words, n_flow, s + from, before - from)) > 0)
	{
		if (n)
			*n = b - (before - flow);
		return row->flow_code;
	}
	if (n)
		*n = b - a - start;
	return code;
}

const char *
lp_indicator_by_prefix(const char *s, size_t len, size_t *n)
{
	const catalogue *c = catalogue_get();
	char		buf[FOLD_MAX];
	size_t		map[FOLD_MAX + 1];
	const char *t = s;
	size_t		m = len < FOLD_MAX ? len : FOLD_MAX,
				best_len = 0,
				flow;
	const char *best = NULL;
	int			pass;

	if (c == NULL || len == 0 || c->by_first.n == 0)
		return NULL;
	while (m < len && m > 0 && (((unsigned char) s[m]) & 0xC0) == 0x80)
		m--;					/* end on a character boundary */
	if (needs_fold(t, m))
	{
		m = fold(t, m, buf, map);
		t = buf;
	}
	else
		map[0] = 0;				/* unused */
	flow = word_starting(flow_words, n_flow, t, m);
	/* pass 0: a name at the start; pass 1: a stock's name after a flow word */
	for (pass = 0; pass < (flow ? 2 : 1); pass++)
	{
		const char *u = t + (pass ? flow : 0);
		size_t		um = m - (pass ? flow : 0),
					i;
		uint64_t	x;
		unsigned	lens;
		int			l;

		if (um == 0)
			continue;
		x = head_word(u, um);
		lens = c->by_first.short_lens[(unsigned char) u[0] >= 0x80] | (1u << KEY_BYTES);
		for (l = KEY_BYTES; l > 0; l--)
		{
			uint64_t	key;

			if ((size_t) l > um || !(lens & (1u << l)))
				continue;
			key = head_key(x, l);
			for (i = index_find(&c->by_first, key);
				 i < c->by_first.n && c->by_first.slots[i].key == key; i++)
			{
				const alias_rec *a = &c->aliases[c->by_first.slots[i].alias];
				const ind_row *row = &c->rows[a->row];
				size_t		total = a->len + (pass ? flow : 0);

				if (a->len > um || memcmp(u, a->name, a->len) != 0)
					continue;
				if (pass && row->flow_code == NULL)
					continue;
				if (total > best_len)
				{
					best_len = total;
					best = pass ? row->flow_code : row->code;
				}
			}
		}
	}
	if (best && n)
		*n = t == s ? best_len : map[best_len];
	return best;
}

/* ---------- checking the data files ---------- */

/* line number of p in data */
static int
line_of(const char *data, const char *p)
{
	int			line = 1;

	for (; data < p; data++)
		if (*data == '\n')
			line++;
	return line;
}

static int
valid_code(const char *s, size_t len)
{
	size_t		i;

	if (len == 0 || len > 63)
		return 0;
	for (i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

typedef struct name_ref
{
	const char *s;
	size_t		len;
	const char *code;
	size_t		code_len;
	int			line;
} name_ref;

static int
cmp_name_ref(const void *a, const void *b)
{
	const name_ref *x = a,
			   *y = b;
	size_t		n = x->len < y->len ? x->len : y->len;
	int			r = memcmp(x->s, y->s, n);

	return r ? r : (x->len > y->len) - (x->len < y->len);
}

/* Append a name to *names; 0, or -1 with msg when out of memory. */
static int
add_name_ref(name_ref **names, size_t *n, size_t *cap, const char *s, size_t len,
			 const char *code, size_t code_len, int line, char *msg, size_t msgsz)
{
	if (len == 0)
		return 0;
	if (!grow((void **) names, cap, *n, sizeof(name_ref)))
	{
		snprintf(msg, msgsz, "out of memory");
		return -1;
	}
	(*names)[(*n)++] = (name_ref) {s, len, code, code_len, line};
	return 0;
}

static int
code_listed(const char *data, size_t dlen, const char *code, size_t len)
{
	size_t		pos = 0;
	const char *f[1];
	size_t		fl[1];

	while (lp_tsv_next(data, dlen, &pos, f, fl, 1) >= 1)
		if (fl[0] == len && memcmp(f[0], code, len) == 0)
			return 1;
	return 0;
}

/* One row of indicators.tsv (fields f, nf of them, at line): 0, or -1 with msg. */
static int
check_row(const char *data, size_t dlen, const char *const *f, const size_t *fl, int nf,
		  int line, char *msg, size_t msgsz)
{
	const char *what = NULL;
	size_t		k,
				a;

	if (nf != 10)
		what = "not ten columns";
	else if (!valid_code(f[0], fl[0]))
		what = "code not of a-z, 0-9 and _";
	else if (fl[1] == 0 || fl[3] == 0)
		what = "no Chinese or English name";
	else if (!(fl[7] == 0 || (fl[7] == 5 && memcmp(f[7], "lower", 5) == 0) ||
			   (fl[7] == 6 && memcmp(f[7], "higher", 6) == 0)))
		what = "direction not lower, higher or empty";
	else if (fl[8] > 0 && !code_listed(data, dlen, f[8], fl[8]))
		what = "flow_of names no code of the file";
	else if (fl[9] > 0 && !code_listed(data, dlen, f[9], fl[9]))
		what = "part_of names no code of the file";
	for (a = 0, k = 0; what == NULL && fl[2] > 0 && k <= fl[2]; k++)
		if (k == fl[2] || f[2][k] == '|')
		{
			const char *al = f[2] + a;
			size_t		n = k - a;

			if (n == 0 || (n == 1 && al[0] == '='))
				what = "an empty alias";
			else if (al[0] == '*' || al[n - 1] == '*' || (al[0] == '=' && memchr(al, '*', n)))
				what = "an alias with * at an end, or with both = and *";
			a = k + 1;
		}
	if (what == NULL)
		return 0;
	snprintf(msg, msgsz, "indicators.tsv:%d: %s", line, what);
	return -1;
}

int
lp_indicator_check_data(char *msg, size_t msgsz)
{
	size_t		dlen,
				pos = 0,
				n_names = 0,
				cap = 0,
				i;
	const char *data = lp_data_file("indicators.tsv", &dlen),
			   *f[10];
	size_t		fl[10];
	name_ref   *names = NULL;
	int			nf,
				rc = 0;

	if (data == NULL)
	{
		snprintf(msg, msgsz, "indicators.tsv is not embedded");
		return -1;
	}
	while (rc == 0 && (nf = lp_tsv_next(data, dlen, &pos, f, fl, 10)) >= 0)
	{
		int			line = line_of(data, f[0]);
		size_t		a = 0,
					k;

		if ((rc = check_row(data, dlen, f, fl, nf, line, msg, msgsz)) != 0)
			break;
		/* the name and every alias, for the test of names under two codes */
		for (k = 0; rc == 0 && k <= fl[2]; k++)
		{
			const char *s = f[2] + a;
			size_t		n;

			if (k < fl[2] && f[2][k] != '|')
				continue;
			n = k - a;
			a = k + 1;
			if (n > 0 && s[0] == '=')
			{
				s++;
				n--;
			}
			rc = add_name_ref(&names, &n_names, &cap, s, n, f[0], fl[0], line, msg, msgsz);
		}
		if (rc == 0)
			rc = add_name_ref(&names, &n_names, &cap, f[1], fl[1], f[0], fl[0], line, msg, msgsz);
	}
	if (rc == 0)
	{
		qsort(names, n_names, sizeof(name_ref), cmp_name_ref);
		for (i = 1; i < n_names; i++)
			if (cmp_name_ref(&names[i - 1], &names[i]) == 0 &&
				(names[i - 1].code_len != names[i].code_len ||
				 memcmp(names[i - 1].code, names[i].code, names[i].code_len) != 0))
			{
				snprintf(msg, msgsz, "indicators.tsv:%d: %.*s is also a name of %.*s (line %d)",
						 names[i].line, (int) names[i].len, names[i].s,
						 (int) names[i - 1].code_len, names[i - 1].code, names[i - 1].line);
				rc = -1;
				break;
			}
	}
	free(names);
	if (rc == 0)
	{
		/* indicator_words.tsv: kinds flow and tail */
		const char *w = lp_data_file("indicator_words.tsv", &dlen);

		pos = 0;
		while (w && (nf = lp_tsv_next(w, dlen, &pos, f, fl, 2)) >= 0)
			if (nf != 2 || fl[1] == 0 ||
				!((fl[0] == 4 && memcmp(f[0], "flow", 4) == 0) ||
				  (fl[0] == 4 && memcmp(f[0], "tail", 4) == 0) ||
				  (fl[0] == 5 && memcmp(f[0], "share", 5) == 0)))
			{
				snprintf(msg, msgsz, "indicator_words.tsv:%d: not a kind (flow, tail, share) and a word",
						 line_of(w, f[0]));
				return -1;
			}
	}
	return rc;
}
