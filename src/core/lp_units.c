/*
 * lp_units.c — the dictionaries of the quantity recognizer: units and
 * measure words (q_units.tsv), magnitude words (q_magnitudes.tsv),
 * qualifier words (q_qualifiers.tsv), what makes a number a non-quantity
 * (q_nonquantity.tsv), the words that make a bare 万/亿 an amount of
 * money (q_context.tsv) and the words the stages of a mention look for
 * around a number (q_words.tsv: 半, 翻…番, range and list separators).
 *
 * The files are read once per process (lp_data_next: every row validated)
 * into hash tables kept in static storage (lp_data_alloc: they live as long
 * as the process).  They are built completely, without interrupt checks,
 * before the ready flag is set; a build that fails (lp_fatal) leaves the
 * flag clear and the next lookup builds again from empty tables.
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_qty.h"

#include <stdlib.h>
#include <string.h>

/* ---------- a small string hash table ---------- */

typedef struct wentry
{
	const char *key;
	size_t		klen;
	int			val;
} wentry;

typedef struct wtab
{
	wentry	   *slots;
	size_t		cap;			/* power of two */
	size_t		n;
	int			maxchars;		/* longest key in code points */
	unsigned char *first;		/* bitmap of the first code points of keys */
	unsigned char *last;		/* bitmap of their last code points */
	unsigned char *prefixes;	/* bit per hash of each key's first k characters */
	unsigned char *suffixes;	/* bit per hash of each key's last k characters */
	unsigned char *keys;		/* bit per hash of each whole key */
} wtab;

#define BMP_BYTES (65536 / 8)
#define AFFIX_BITS 15			/* 4 KB per filter: a few thousand affixes */

static inline int
bit_test(const unsigned char *map, uint32_t cp)
{
	return map != NULL && cp < 65536 && (map[cp >> 3] & (1 << (cp & 7)));
}

/* Code point at s (n bytes), for the bitmaps; 0xFFFFFFFF when invalid. */
static inline uint32_t
first_cp(const char *s, size_t n, int *cl)
{
	unsigned char c = (unsigned char) s[0];

	if (c < 0x80)
	{
		*cl = 1;
		return c;
	}
	if (c >= 0xE0 && c < 0xF0 && n >= 3)
	{
		*cl = 3;
		return ((uint32_t) (c & 0x0F) << 12) | ((uint32_t) ((unsigned char) s[1] & 0x3F) << 6) |
			((unsigned char) s[2] & 0x3F);
	}
	return lp_utf8_next(s, n, cl);
}

/*
 * Hash of a key: a polynomial in its bytes, h = sum (b[i] + 1) * HB^(n-1-i),
 * so the hashes of all prefixes (at) or of all suffixes (before) of a span
 * come out of one pass over it; wtab_slot mixes it into a slot.
 */
#define HB 16777619u

static uint32_t
hash_bytes(const char *s, size_t n)
{
	uint32_t	h = 0;
	size_t		i;

	for (i = 0; i < n; i++)
		h = h * HB + (unsigned char) s[i] + 1u;
	return h;
}

static inline size_t
wtab_slot(const wtab *t, uint32_t h)
{
	h ^= h >> 15;
	h *= 0x2C1B3C6Du;
	h ^= h >> 12;
	return h & (t->cap - 1);
}

static void
wtab_grow(wtab *t)
{
	wentry	   *old = t->slots;
	size_t		oldcap = t->cap,
				i;

	t->cap = oldcap ? oldcap * 2 : 64;
	t->slots = lp_data_alloc(t->cap * sizeof(wentry));
	for (i = 0; i < oldcap; i++)
		if (old[i].key)
		{
			size_t		j = wtab_slot(t, hash_bytes(old[i].key, old[i].klen));

			while (t->slots[j].key)
				j = (j + 1) & (t->cap - 1);
			t->slots[j] = old[i];
		}
	free(old);
}

/* Value of the key s[0, n) whose hash_bytes is h, -1 if none. */
static int
wtab_find_h(const wtab *t, const char *s, size_t n, uint32_t h)
{
	size_t		j;

	if (t->cap == 0)
		return -1;
	j = wtab_slot(t, h);
	while (t->slots[j].key)
	{
		if (t->slots[j].klen == n && memcmp(t->slots[j].key, s, n) == 0)
			return t->slots[j].val;
		j = (j + 1) & (t->cap - 1);
	}
	return -1;
}

static int
wtab_find(const wtab *t, const char *s, size_t n)
{
	return wtab_find_h(t, s, n, hash_bytes(s, n));
}

/*
 * The affix filters: a bit per hash_bytes of every prefix (suffix) of a key
 * that ends (starts) on a character.  A span of text whose bit is clear is
 * the start (end) of no key, nor is any longer span: the scans of
 * wtab_longest_at and wtab_longest_before stop there instead of probing
 * the table for every length up to maxchars.
 */
static inline uint32_t
affix_bit(uint32_t h)
{
	h ^= h >> 15;
	h *= 0x2C1B3C6Du;
	h ^= h >> 12;
	return h >> (32 - AFFIX_BITS);
}

static inline int
affix_may(const unsigned char *map, uint32_t h)
{
	uint32_t	b = affix_bit(h);

	return (map[b >> 3] >> (b & 7)) & 1;
}

static inline void
affix_set(unsigned char *map, uint32_t h)
{
	uint32_t	b = affix_bit(h);

	map[b >> 3] |= (unsigned char) (1u << (b & 7));
}

/* Set the bits of the prefixes and suffixes of key s[0, n). */
static void
affixes_add(wtab *t, const char *s, size_t n)
{
	size_t		p;

	if (t->prefixes == NULL)
	{
		t->prefixes = lp_data_alloc((1u << AFFIX_BITS) / 8);
		t->suffixes = lp_data_alloc((1u << AFFIX_BITS) / 8);
		t->keys = lp_data_alloc((1u << AFFIX_BITS) / 8);
	}
	affix_set(t->keys, hash_bytes(s, n));
	/* prefixes: stepped as wtab_longest_at steps over text */
	for (p = lp_utf8_step((unsigned char) s[0]); p <= n; p += lp_utf8_step((unsigned char) s[p]))
	{
		affix_set(t->prefixes, hash_bytes(s, p));
		if (p == n)
			break;
	}
	/* suffixes: from each byte that is no continuation byte */
	for (p = n; p-- > 0;)
		if ((((unsigned char) s[p]) & 0xC0) != 0x80 || p == 0)
			affix_set(t->suffixes, hash_bytes(s + p, n - p));
}

/* Add key (copied) unless present; the first value wins. */
static void
wtab_add(wtab *t, const char *s, size_t n, int val)
{
	size_t		j;
	int			chars;

	if (n == 0 || wtab_find(t, s, n) >= 0)
		return;
	if ((t->n + 1) * 2 > t->cap)
		wtab_grow(t);
	j = wtab_slot(t, hash_bytes(s, n));
	while (t->slots[j].key)
		j = (j + 1) & (t->cap - 1);
	t->slots[j].key = lp_data_strndup(s, n);
	t->slots[j].klen = n;
	t->slots[j].val = val;
	t->n++;
	{
		int			cl;
		uint32_t	f = first_cp(s, n, &cl),
					l;
		size_t		ls = n - 1;

		while (ls > 0 && ((unsigned char) s[ls] & 0xC0) == 0x80)
			ls--;
		l = first_cp(s + ls, n - ls, &cl);
		if (t->first == NULL)
		{
			t->first = lp_data_alloc(BMP_BYTES);
			t->last = lp_data_alloc(BMP_BYTES);
		}
		if (f < 65536)
			t->first[f >> 3] |= (unsigned char) (1 << (f & 7));
		if (l < 65536)
			t->last[l >> 3] |= (unsigned char) (1 << (l & 7));
	}
	chars = (int) lp_utf8_chars(s, n);
	if (chars > t->maxchars)
		t->maxchars = chars;
	affixes_add(t, s, n);
}

/* Longest key starting at text[pos]; returns its value, -1 if none. */
static int
wtab_longest_at(const wtab *t, const char *text, size_t len, size_t pos,
				size_t *klen)
{
	size_t		ends[16];
	uint32_t	hashes[16],
				h = 0;
	int			k,
				nk = 0,
				cl;
	size_t		p = pos;

	if (pos >= len || t->n == 0 ||
		!bit_test(t->first, first_cp(text + pos, len - pos, &cl)))
		return -1;
	/* the ends of up to maxchars characters, and the hash of each prefix */
	for (k = 0; k < t->maxchars && k < 16 && p < len; k++)
	{
		unsigned char c = (unsigned char) text[p];
		size_t		n = lp_utf8_step(c),
					i;

		if (p + n > len)
			break;
		for (i = 0; i < n; i++)
			h = h * HB + (unsigned char) text[p + i] + 1u;
		if (!affix_may(t->prefixes, h))
			break;				/* no key starts so: nor with more */
		p += n;
		if (affix_may(t->keys, h))
		{
			/* a key may end here (no key has a clear bit) */
			ends[nk] = p;
			hashes[nk++] = h;
		}
	}
	for (k = nk - 1; k >= 0; k--)
	{
		int			v = wtab_find_h(t, text + pos, ends[k] - pos, hashes[k]);

		if (v >= 0)
		{
			*klen = ends[k] - pos;
			return v;
		}
	}
	return -1;
}

/* Longest key ending exactly at text[end], not reaching before limit. */
static int
wtab_longest_before(const wtab *t, const char *text, size_t limit, size_t end,
					size_t *klen)
{
	size_t		starts[16];
	uint32_t	hashes[16],
				h = 0,
				pw = 1;
	int			nst = 0,
				n = 0,
				k,
				cl;
	size_t		p = end;

	if (end <= limit || t->n == 0)
		return -1;
	p = end - 1;
	while (p > limit && ((unsigned char) text[p] & 0xC0) == 0x80)
		p--;
	if (!bit_test(t->last, first_cp(text + p, end - p, &cl)))
		return -1;
	p = end;

	/* the starts of up to maxchars code points before end, and the hash of
	 * each suffix, extended one byte at a time to the left */
	while (n < t->maxchars && n < 16 && p > limit)
	{
		do
		{
			p--;
			h += ((unsigned char) text[p] + 1u) * pw;
			pw *= HB;
		} while (p > limit && ((unsigned char) text[p] & 0xC0) == 0x80);
		if (!affix_may(t->suffixes, h))
			break;				/* no key ends so: nor with more */
		n++;
		if (affix_may(t->keys, h))
		{
			/* a key may start here (no key has a clear bit) */
			starts[nst] = p;
			hashes[nst++] = h;
		}
	}
	for (k = nst - 1; k >= 0; k--)
	{
		int			v = wtab_find_h(t, text + starts[k], end - starts[k], hashes[k]);

		if (v >= 0)
		{
			*klen = end - starts[k];
			return v;
		}
	}
	return -1;
}

/* ---------- the tables ---------- */

typedef struct unit_entry
{
	lp_unit		u;
	const char *canonical;		/* factor to the dimension's canonical unit */
	int			scannable;		/* written as such in text (not generated) */
} unit_entry;

static unit_entry *units;
static size_t n_units;
static wtab unit_all;			/* every name, generated ones included */
static wtab unit_scan;			/* names matched in running text */

typedef struct mag_entry
{
	const char *word;
	const char *factor;
} mag_entry;

static mag_entry *mags;
static size_t n_mags;
static wtab mag_tab;

static wtab qual_tab[4];		/* by enum lp_qplace; val = q | gap << 8 */
const unsigned char *lp_qualword_first[4];
const unsigned char *lp_qualword_last[4];
static wtab nq_tab[LP_NQ_KINDS];	/* by enum lp_nqkind */
const unsigned char *lp_nq_first[LP_NQ_KINDS];
const unsigned char *lp_nq_last[LP_NQ_KINDS];
const unsigned char *lp_unit_first;
static wtab ctx_tab;			/* money-context words */
static wtab qword_tab[LP_QW_KINDS];	/* by enum lp_qword */
const unsigned char *lp_qword_first[LP_QW_KINDS];
const unsigned char *lp_qword_last[LP_QW_KINDS];

static volatile int tables_ready = 0;

static void
add_unit(const char *name, size_t nlen, const char *base, size_t blen,
		 const char *dim, size_t dlen, const char *factor,
		 const char *canonical, int scannable, size_t *cap)
{
	unit_entry *e;

	if (wtab_find(&unit_all, name, nlen) >= 0)
		return;
	units = lp_data_grow(units, n_units, cap, sizeof(unit_entry));
	e = &units[n_units];
	e->u.name = lp_data_strndup(name, nlen);
	e->u.base = lp_data_strndup(base, blen);
	e->u.dimension = lp_data_strndup(dim, dlen);
	e->u.factor = factor;
	e->canonical = canonical;
	e->scannable = scannable;
	wtab_add(&unit_all, name, nlen, (int) n_units);
	if (scannable)
		wtab_add(&unit_scan, name, nlen, (int) n_units);
	n_units++;
}

/*
 * Evaluate a factor of the current row, "2000/3" or "1000", exactly into a
 * fresh string (the schema has checked its syntax; a value out of range is
 * an error of the row).
 */
static const char *
eval_factor(const lp_data_iter *it, int field)
{
	char		a[64],
				b[64],
				out[LP_NUM_MAX];
	const char *s = it->row.f[field];
	size_t		n = it->row.len[field];
	const char *slash = memchr(s, '/', n);
	int			rc;

	if (n >= sizeof(a))
		rc = LP_ERANGE;
	else if (slash == NULL)
	{
		memcpy(a, s, n);
		a[n] = '\0';
		rc = lp_dec_normalize(a, out, sizeof(out));
	}
	else
	{
		size_t		na = slash - s;

		memcpy(a, s, na);
		a[na] = '\0';
		memcpy(b, slash + 1, n - na - 1);
		b[n - na - 1] = '\0';
		rc = lp_dec_div(a, b, 20, out, sizeof(out));
	}
	if (rc != LP_OK)
		lp_data_row_error(it, NULL, "field %d \"%.*s\" is out of range", field + 1, (int) n, s);
	return lp_data_strndup(out, strlen(out));
}

static void
load_magnitudes(void)
{
	lp_data_iter it;
	size_t		cap = 0;

	lp_data_open(&it, LP_DATA_Q_MAGNITUDES);
	while (lp_data_next(&it, NULL) > 0)
	{
		mags = lp_data_grow(mags, n_mags, &cap, sizeof(mag_entry));
		mags[n_mags].word = lp_data_strndup(it.row.f[0], it.row.len[0]);
		mags[n_mags].factor = eval_factor(&it, 1);
		wtab_add(&mag_tab, it.row.f[0], it.row.len[0], (int) n_mags);
		n_mags++;
	}
}

/* units as written in the file; "-" as base: none */
static void
load_units(size_t *cap)
{
	lp_data_iter it;

	lp_data_open(&it, LP_DATA_Q_UNITS);
	while (lp_data_next(&it, NULL) > 0)
	{
		const lp_row *r = &it.row;
		const char *factor = eval_factor(&it, 3),
				   *canonical = r->len[4] > 0 ? eval_factor(&it, 4) : NULL;
		int			nobase = (r->len[1] == 1 && r->f[1][0] == '-');

		add_unit(r->f[0], r->len[0], r->f[1], nobase ? 0 : r->len[1], r->f[2], r->len[2],
				 factor, canonical, 1, cap);
	}
}

/* magnitude + unit (万个, 亿元, 万平方米), and bare magnitudes (万) */
static void
add_magnitude_units(size_t *cap)
{
	size_t		n_written = n_units,
				i,
				m;

	for (m = 0; m < n_mags; m++)
	{
		for (i = 0; i < n_written; i++)
		{
			char		name[96],
						fac[LP_NUM_MAX];
			size_t		wl = strlen(mags[m].word),
						ul = strlen(units[i].u.name);

			if (wl + ul >= sizeof(name))
				continue;
			if (lp_dec_mul(mags[m].factor, units[i].u.factor, fac, sizeof(fac)) != LP_OK)
				continue;
			memcpy(name, mags[m].word, wl);
			memcpy(name + wl, units[i].u.name, ul);
			add_unit(name, wl + ul, units[i].u.base, strlen(units[i].u.base),
					 units[i].u.dimension, strlen(units[i].u.dimension),
					 lp_data_strndup(fac, strlen(fac)), units[i].canonical, 0, cap);
		}
		add_unit(mags[m].word, strlen(mags[m].word), "", 0, "", 0,
				 mags[m].factor, NULL, 0, cap);
	}
}

/* qualifier words by place; the value is the qualifier | gap << 8 */
static void
load_qualifiers(void)
{
	lp_data_iter it;

	lp_data_open(&it, LP_DATA_Q_QUALIFIERS);
	while (lp_data_next(&it, NULL) > 0)
		wtab_add(&qual_tab[it.row.val[2]], it.row.f[0], it.row.len[0],
				 (int) it.row.val[1] | (int) (it.row.val[3] << 8));
}

static void
load_nonquantity(void)
{
	lp_data_iter it;

	lp_data_open(&it, LP_DATA_Q_NONQUANTITY);
	while (lp_data_next(&it, NULL) > 0)
		wtab_add(&nq_tab[it.row.val[0]], it.row.f[1], it.row.len[1], 1);
}

static void
load_money_context(void)
{
	lp_data_iter it;

	lp_data_open(&it, LP_DATA_Q_CONTEXT);
	while (lp_data_next(&it, NULL) > 0)
		wtab_add(&ctx_tab, it.row.f[0], it.row.len[0], 1);
}

static void
load_qwords(void)
{
	lp_data_iter it;

	lp_data_open(&it, LP_DATA_Q_WORDS);
	while (lp_data_next(&it, NULL) > 0)
		wtab_add(&qword_tab[it.row.val[0]], it.row.f[1], it.row.len[1], 1);
}

/* The bitmaps the inline lookups of lp_qty.h read: the tables' (NULL for
 * tables emptied, whose lookups then ask the table and build it). */
static void
bitmaps_export(void)
{
	int			i;

	for (i = 0; i < LP_NQ_KINDS || i < LP_QW_KINDS || i < 4; i++)
	{
		if (i < 4)
			lp_qualword_first[i] = qual_tab[i].first, lp_qualword_last[i] = qual_tab[i].last;
		if (i < LP_QW_KINDS)
			lp_qword_first[i] = qword_tab[i].first, lp_qword_last[i] = qword_tab[i].last;
		if (i < LP_NQ_KINDS)
			lp_nq_first[i] = nq_tab[i].first, lp_nq_last[i] = nq_tab[i].last;
	}
	lp_unit_first = unit_scan.first;
}

/*
 * Build every table.  Starts from empty tables: a build a failure (lp_fatal)
 * stopped half-way is dropped, not added to.
 */
static void
load_tables(void)
{
	size_t		cap = 0;

	units = NULL;
	n_units = 0;
	memset(&unit_all, 0, sizeof(unit_all));
	memset(&unit_scan, 0, sizeof(unit_scan));
	mags = NULL;
	n_mags = 0;
	memset(&mag_tab, 0, sizeof(mag_tab));
	memset(qual_tab, 0, sizeof(qual_tab));
	memset(nq_tab, 0, sizeof(nq_tab));
	memset(&ctx_tab, 0, sizeof(ctx_tab));
	memset(qword_tab, 0, sizeof(qword_tab));
	bitmaps_export();

	load_magnitudes();
	load_units(&cap);
	add_magnitude_units(&cap);
	load_qualifiers();
	load_nonquantity();
	load_money_context();
	load_qwords();
	bitmaps_export();
	tables_ready = 1;
}

static inline void
ensure_tables(void)
{
	if (!tables_ready)
		load_tables();
}

/* ---------- public lookups ---------- */

const lp_unit *
lp_unit_lookup(const char *name, size_t len)
{
	int			i;

	ensure_tables();
	if (name == NULL)
		return NULL;
	i = wtab_find(&unit_all, name, len);
	return i >= 0 ? &units[i].u : NULL;
}

const char *
lp_unit_canonical_factor(const lp_unit *u)
{
	size_t		i;

	ensure_tables();
	if (u == NULL || u < &units[0].u || u >= &units[n_units].u)
		return NULL;
	i = ((const char *) u - (const char *) units) / sizeof(unit_entry);
	return units[i].canonical;
}

const lp_unit *
lp_unit_at_slow(const char *text, size_t len, size_t pos, size_t *ulen)
{
	int			i;

	ensure_tables();
	i = wtab_longest_at(&unit_scan, text, len, pos, ulen);
	return i >= 0 ? &units[i].u : NULL;
}

const char *
lp_magnitude_at(const char *text, size_t len, size_t pos, size_t *mlen)
{
	int			i;

	ensure_tables();
	i = wtab_longest_at(&mag_tab, text, len, pos, mlen);
	return i >= 0 ? mags[i].factor : NULL;
}

int
lp_qualword_at_slow(const char *text, size_t len, size_t pos,
			   enum lp_qplace place, lp_qualifier *q, size_t *wlen)
{
	int			v;

	ensure_tables();
	v = wtab_longest_at(&qual_tab[place], text, len, pos, wlen);
	if (v < 0)
		return 0;
	*q = (lp_qualifier) (v & 0xFF);
	return 1;
}

int
lp_qualword_before_slow(const char *text, size_t start_limit, size_t end,
				   enum lp_qplace place, lp_qualifier *q, size_t *wlen,
				   int *gap_ok)
{
	int			v;

	ensure_tables();
	v = wtab_longest_before(&qual_tab[place], text, start_limit, end, wlen);
	if (v < 0)
		return 0;
	*q = (lp_qualifier) (v & 0xFF);
	*gap_ok = (v >> 8) & 1;
	return 1;
}

size_t
lp_nonquantity_at_slow(const char *text, size_t len, size_t pos, enum lp_nqkind kind)
{
	size_t		n = 0;

	ensure_tables();
	if (wtab_longest_at(&nq_tab[kind], text, len, pos, &n) < 0)
		return 0;
	return n;
}

size_t
lp_nonquantity_before_slow(const char *text, size_t start_limit, size_t end,
					  enum lp_nqkind kind)
{
	size_t		n = 0;

	ensure_tables();
	if (wtab_longest_before(&nq_tab[kind], text, start_limit, end, &n) < 0)
		return 0;
	return n;
}

void
lp_quantity_tables_init(void)
{
	ensure_tables();
}

size_t
lp_qword_at_slow(const char *text, size_t len, size_t pos, enum lp_qword role)
{
	size_t		n = 0;

	ensure_tables();
	if (wtab_longest_at(&qword_tab[role], text, len, pos, &n) < 0)
		return 0;
	return n;
}

size_t
lp_qword_before_slow(const char *text, size_t start_limit, size_t end, enum lp_qword role)
{
	size_t		n = 0;

	ensure_tables();
	if (wtab_longest_before(&qword_tab[role], text, start_limit, end, &n) < 0)
		return 0;
	return n;
}

int
lp_qword_is(enum lp_qword role, const char *s, size_t n)
{
	ensure_tables();
	return wtab_find(&qword_tab[role], s, n) >= 0;
}

int
lp_money_context(const char *text, size_t from, size_t to)
{
	size_t		p,
				wl;

	ensure_tables();
	for (p = from; p < to; p++)
		if (wtab_longest_at(&ctx_tab, text, to, p, &wl) >= 0)
			return 1;
	return 0;
}

/* ---------- qualifier names ---------- */

static const char *const qual_names[] = {
	"eq", "approx", "ge", "gt", "le", "lt", "range"
};

const char *
lp_qualifier_name(lp_qualifier q)
{
	if ((int) q < 0 || (int) q > LP_Q_RANGE)
		return "eq";
	return qual_names[q];
}

/* LP_OK and *q set for a known name, LP_EARG otherwise. */
int
lp_qualifier_from_name(const char *name, lp_qualifier *q)
{
	int			i;

	if (name == NULL)
		return LP_EARG;
	for (i = 0; i <= LP_Q_RANGE; i++)
		if (strcmp(name, qual_names[i]) == 0)
		{
			*q = (lp_qualifier) i;
			return LP_OK;
		}
	return LP_EARG;
}
