/*
 * lp_units.c — the dictionaries of the quantity recognizer: units and
 * measure words (q_units.tsv), magnitude words (q_magnitudes.tsv),
 * qualifier words (q_qualifiers.tsv), what makes a number a non-quantity
 * (q_nonquantity.tsv) and the words that make a bare 万/亿 an amount of
 * money (q_context.tsv).
 *
 * The files are parsed once per process into hash tables kept in static
 * storage (plain malloc: they live as long as the process).  They are built
 * completely, without interrupt checks, before the ready flag is set.
 */
#include "lp.h"
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
} wtab;

#define BMP_BYTES (65536 / 8)

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

static void *
xmalloc0(size_t n)
{
	void	   *p = calloc(1, n ? n : 1);

	if (p == NULL)
		abort();
	return p;
}

static char *
xstrndup(const char *s, size_t n)
{
	char	   *p = xmalloc0(n + 1);

	memcpy(p, s, n);
	return p;
}

static void
wtab_grow(wtab *t)
{
	wentry	   *old = t->slots;
	size_t		oldcap = t->cap,
				i;

	t->cap = oldcap ? oldcap * 2 : 64;
	t->slots = xmalloc0(t->cap * sizeof(wentry));
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
	t->slots[j].key = xstrndup(s, n);
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
			t->first = xmalloc0(BMP_BYTES);
			t->last = xmalloc0(BMP_BYTES);
		}
		if (f < 65536)
			t->first[f >> 3] |= (unsigned char) (1 << (f & 7));
		if (l < 65536)
			t->last[l >> 3] |= (unsigned char) (1 << (l & 7));
	}
	chars = (int) lp_utf8_chars(s, n);
	if (chars > t->maxchars)
		t->maxchars = chars;
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
		p += n;
		ends[k] = p;
		hashes[k] = h;
	}
	for (k = k - 1; k >= 0; k--)
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
	while (nst < t->maxchars && nst < 16 && p > limit)
	{
		do
		{
			p--;
			h += ((unsigned char) text[p] + 1u) * pw;
			pw *= HB;
		} while (p > limit && ((unsigned char) text[p] & 0xC0) == 0x80);
		starts[nst] = p;
		hashes[nst++] = h;
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
static wtab nq_tab[LP_NQ_KINDS];	/* by enum lp_nqkind */
static char **ctx_words;
static size_t *ctx_lens;
static size_t n_ctx;

static volatile int tables_ready = 0;

static const char *
load_file(const char *name, size_t *len)
{
	const char *d = lp_data_file(name, len);

	if (d == NULL)
		*len = 0;
	return d;
}

static void
add_unit(const char *name, size_t nlen, const char *base, size_t blen,
		 const char *dim, size_t dlen, const char *factor,
		 const char *canonical, int scannable, size_t *cap)
{
	unit_entry *e;

	if (wtab_find(&unit_all, name, nlen) >= 0)
		return;
	if (n_units == *cap)
	{
		unit_entry *nu;

		*cap = *cap ? *cap * 2 : 256;
		nu = xmalloc0(*cap * sizeof(unit_entry));
		if (units)
			memcpy(nu, units, n_units * sizeof(unit_entry));
		free(units);
		units = nu;
	}
	e = &units[n_units];
	e->u.name = xstrndup(name, nlen);
	e->u.base = xstrndup(base, blen);
	e->u.dimension = xstrndup(dim, dlen);
	e->u.factor = factor;
	e->canonical = canonical;
	e->scannable = scannable;
	wtab_add(&unit_all, name, nlen, (int) n_units);
	if (scannable)
		wtab_add(&unit_scan, name, nlen, (int) n_units);
	n_units++;
}

/* Evaluate "2000/3" or "1000" exactly into a fresh string. */
static const char *
eval_factor(const char *s, size_t n)
{
	char		a[64],
				b[64],
				out[LP_NUM_MAX];
	const char *slash = memchr(s, '/', n);

	if (n == 0 || n >= sizeof(a))
		return NULL;
	if (slash == NULL)
	{
		memcpy(a, s, n);
		a[n] = '\0';
		if (lp_dec_normalize(a, out, sizeof(out)) != LP_OK)
			return NULL;
	}
	else
	{
		size_t		na = slash - s;

		memcpy(a, s, na);
		a[na] = '\0';
		memcpy(b, slash + 1, n - na - 1);
		b[n - na - 1] = '\0';
		if (lp_dec_div(a, b, 20, out, sizeof(out)) != LP_OK)
			return NULL;
	}
	return xstrndup(out, strlen(out));
}

static void
load_tables(void)
{
	const char *d;
	size_t		len,
				pos,
				flen[6],
				cap = 0,
				i,
				n_written,
				m;
	const char *f[6];
	int			nf;

	/* magnitudes */
	d = load_file("q_magnitudes.tsv", &len);
	pos = 0;
	mags = xmalloc0(32 * sizeof(mag_entry));
	while ((nf = lp_tsv_next(d, len, &pos, f, flen, 6)) >= 0)
		if (nf >= 2 && n_mags < 32)
		{
			mags[n_mags].word = xstrndup(f[0], flen[0]);
			mags[n_mags].factor = eval_factor(f[1], flen[1]);
			if (mags[n_mags].factor == NULL)
				continue;
			wtab_add(&mag_tab, f[0], flen[0], (int) n_mags);
			n_mags++;
		}

	/* units as written in the file */
	d = load_file("q_units.tsv", &len);
	pos = 0;
	while ((nf = lp_tsv_next(d, len, &pos, f, flen, 6)) >= 0)
	{
		const char *factor,
				   *canonical = NULL;
		int			nobase;

		if (nf < 4)
			continue;
		factor = eval_factor(f[3], flen[3]);
		if (factor == NULL)
			continue;
		if (nf >= 5 && flen[4] > 0)
			canonical = eval_factor(f[4], flen[4]);
		nobase = (flen[1] == 1 && f[1][0] == '-');
		add_unit(f[0], flen[0], f[1], nobase ? 0 : flen[1], f[2], flen[2],
				 factor, canonical, 1, &cap);
	}

	/* magnitude + unit (万个, 亿元, 万平方米), and bare magnitudes (万) */
	n_written = n_units;
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
					 xstrndup(fac, strlen(fac)), units[i].canonical, 0, &cap);
		}
		add_unit(mags[m].word, strlen(mags[m].word), "", 0, "", 0,
				 mags[m].factor, NULL, 0, &cap);
	}

	/* qualifiers */
	d = load_file("q_qualifiers.tsv", &len);
	pos = 0;
	while ((nf = lp_tsv_next(d, len, &pos, f, flen, 6)) >= 0)
	{
		char		qn[16];
		lp_qualifier q;
		int			place = -1,
					gap = 0;

		if (nf < 3 || flen[1] >= sizeof(qn))
			continue;
		memcpy(qn, f[1], flen[1]);
		qn[flen[1]] = '\0';
		if (lp_qualifier_from_name(qn, &q) != LP_OK)
			continue;
		if (flen[2] == 6 && memcmp(f[2], "prefix", 6) == 0)
			place = LP_QP_PREFIX;
		else if (flen[2] == 6 && memcmp(f[2], "suffix", 6) == 0)
			place = LP_QP_SUFFIX;
		else if (flen[2] == 5 && memcmp(f[2], "infix", 5) == 0)
			place = LP_QP_INFIX;
		else if (flen[2] == 4 && memcmp(f[2], "bare", 4) == 0)
			place = LP_QP_BARE;
		if (place < 0)
			continue;
		if (nf >= 4 && flen[3] == 1 && f[3][0] == '1')
			gap = 1;
		wtab_add(&qual_tab[place], f[0], flen[0], (int) q | (gap << 8));
	}

	/* non-quantity words */
	d = load_file("q_nonquantity.tsv", &len);
	pos = 0;
	while ((nf = lp_tsv_next(d, len, &pos, f, flen, 6)) >= 0)
	{
		int			kind = -1;

		if (nf < 2)
			continue;
		if (flen[0] == 6 && memcmp(f[0], "before", 6) == 0)
			kind = LP_NQ_BEFORE;
		else if (flen[0] == 5 && memcmp(f[0], "after", 5) == 0)
			kind = LP_NQ_AFTER;
		else if (flen[0] == 13 && memcmp(f[0], "cn_after_unit", 13) == 0)
			kind = LP_NQ_CN_AFTER_UNIT;
		else if (flen[0] == 6 && memcmp(f[0], "phrase", 6) == 0)
			kind = LP_NQ_PHRASE;
		else if (flen[0] == 10 && memcmp(f[0], "after_unit", 10) == 0)
			kind = LP_NQ_AFTER_UNIT;
		else if (flen[0] == 8 && memcmp(f[0], "cn_after", 8) == 0)
			kind = LP_NQ_CN_AFTER;
		else if (flen[0] == 9 && memcmp(f[0], "name_unit", 9) == 0)
			kind = LP_NQ_NAME_UNIT;
		else if (flen[0] == 10 && memcmp(f[0], "name_close", 10) == 0)
			kind = LP_NQ_NAME_CLOSE;
		else if (flen[0] == 12 && memcmp(f[0], "count_before", 12) == 0)
			kind = LP_NQ_COUNT_BEFORE;
		if (kind >= 0)
			wtab_add(&nq_tab[kind], f[1], flen[1], 1);
	}

	/* money context */
	d = load_file("q_context.tsv", &len);
	pos = 0;
	ctx_words = xmalloc0(256 * sizeof(char *));
	ctx_lens = xmalloc0(256 * sizeof(size_t));
	while ((nf = lp_tsv_next(d, len, &pos, f, flen, 6)) >= 0)
		if (nf >= 1 && flen[0] > 0 && n_ctx < 256)
		{
			ctx_words[n_ctx] = xstrndup(f[0], flen[0]);
			ctx_lens[n_ctx] = flen[0];
			n_ctx++;
		}
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
lp_unit_at(const char *text, size_t len, size_t pos, size_t *ulen)
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
lp_qualword_at(const char *text, size_t len, size_t pos,
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
lp_qualword_before(const char *text, size_t start_limit, size_t end,
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
lp_nonquantity_at(const char *text, size_t len, size_t pos, enum lp_nqkind kind)
{
	size_t		n = 0;

	ensure_tables();
	if (wtab_longest_at(&nq_tab[kind], text, len, pos, &n) < 0)
		return 0;
	return n;
}

size_t
lp_nonquantity_before(const char *text, size_t start_limit, size_t end,
					  enum lp_nqkind kind)
{
	size_t		n = 0;

	ensure_tables();
	if (wtab_longest_before(&nq_tab[kind], text, start_limit, end, &n) < 0)
		return 0;
	return n;
}

int
lp_money_context(const char *text, size_t from, size_t to)
{
	size_t		i,
				p;

	ensure_tables();
	for (i = 0; i < n_ctx; i++)
	{
		size_t		wl = ctx_lens[i];

		if (to < from + wl)
			continue;
		for (p = from; p + wl <= to; p++)
			if (text[p] == ctx_words[i][0] &&
				memcmp(text + p, ctx_words[i], wl) == 0)
				return 1;
	}
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
