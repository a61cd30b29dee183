/*
 * lp_indicator_build.c — building the indicator catalogue: the names of
 * the embedded indicators.tsv and of the users' rows (lp_indicator_set_user)
 * in match form, and the two indexes the lookups of lp_indicator.c probe.
 *
 * Names are compared in a match form: spaces dropped, full-width Latin
 * letters, digits and signs as ASCII, Latin letters upper case (ｇｄｐ, R＆D
 * and 万元 GDP 能耗 find their names).  The catalogue keeps two indexes of
 * the names, sorted by their last bytes and by their first, so a lookup is
 * one hash probe per length and a compare of the few names that end (or
 * start) with the same bytes as the subject.
 *
 * Memory: the catalogue lives for the process (malloc, not lp_alloc, whose
 * memory PostgreSQL frees with the calling context) and is replaced whole
 * when the user rows change.
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_indicator.h"
#include "lp_indicator_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static catalogue *cur;
static int	tried;				/* a failed first build is not retried per call */

/* ---------- match form ---------- */

/*
 * bytes that may start something fold changes: space, tab, '_' (a subscript
 * written out: PM_2.5), a-z, EF (full width), E3 (U+3000)
 */
static const unsigned char fold_lead[256] = {
	['\t'] = 1, [' '] = 1, ['_'] = 1,
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
 * Whether s[0, len) has anything fold changes: sixteen bytes at a time
 * with SSE2, then eight, looking closer only at an ASCII byte, E3 or EF.
 */
int
lp_ind_needs_fold(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	const uint64_t ones = 0x0101010101010101ull,
				highs = 0x8080808080808080ull;
	size_t		i = 0,
				k;

#ifdef __SSE2__
	/* 16 at a time: a letter, space, tab or '_' folds; E3 and EF are looked at */
	for (; i + 16 <= len; i += 16)
	{
		const __m128i x = _mm_loadu_si128((const __m128i *) (u + i));
		__m128i		asc = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('a' - 1)),
										_mm_cmplt_epi8(x, _mm_set1_epi8('z' + 1)));
		unsigned	m;

		asc = _mm_or_si128(asc, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(' ')),
											 _mm_cmpeq_epi8(x, _mm_set1_epi8('\t'))));
		asc = _mm_or_si128(asc, _mm_cmpeq_epi8(x, _mm_set1_epi8('_')));
		if (_mm_movemask_epi8(asc))
			return 1;
		m = (unsigned) _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xE3)),
													  _mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xEF))));
		for (; m; m &= m - 1)
			if (folds_at(u, len, i + (size_t) __builtin_ctz(m)))
				return 1;
	}
#endif
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
size_t
lp_ind_fold(const char *s, size_t len, char *out, size_t *map)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0,
				m = 0;

	while (i < len)
	{
		unsigned	c = u[i];

		if (c == ' ' || c == '\t' || c == '_')
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

/* A row; its code, flow_of and default unit copied.  -1 when out of memory. */
static long
add_row(catalogue *c, const char *code, size_t code_len, const char *flow_of, size_t flow_len,
		const char *unit, size_t unit_len)
{
	ind_row    *r;

	if (!grow((void **) &c->rows, &c->cap_rows, c->n_rows, sizeof(ind_row)))
		return -1;
	r = &c->rows[c->n_rows];
	r->code = arena_copy(c, code, code_len);
	r->flow_of = flow_len ? arena_copy(c, flow_of, flow_len) : NULL;
	r->flow_code = NULL;
	r->unit = unit_len ? arena_copy(c, unit, unit_len) : NULL;
	r->part_of = NULL;
	if (r->code == NULL || (flow_len && r->flow_of == NULL) || (unit_len && r->unit == NULL))
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
	m = lp_ind_fold(s, len, buf, NULL);
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

/*
 * Each prefix of name's first part (up to '*') at a character boundary in
 * c->opens, the whole first part in c->whole_first (every name, shadowed
 * too: a bit too many only makes lp_indicator_open_reach prove less).
 */
static void
mark_opens(catalogue *c, const char *name)
{
	uint32_t	h = 2166136261u,
				b;
	size_t		i = 0;

	if (name[0] == '*' || name[0] == '\0')
		c->open_any = 1;
	while (name[i] != '\0' && name[i] != '*')
	{
		size_t		j = i + 1;

		while ((((unsigned char) name[j]) & 0xC0) == 0x80)
			j++;
		h = open_hash(h, name + i, j - i);
		b = h >> (32 - OPEN_BITS);
		c->opens[b >> 3] |= (unsigned char) (1u << (b & 7));
		i = j;
	}
	b = h >> (32 - OPEN_BITS);
	c->whole_first[b >> 3] |= (unsigned char) (1u << (b & 7));
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

		/* (every name, shadowed too: the quick test may answer "maybe" too often, never "no" wrongly) */
		if (a->len >= 3)
			c->first3[first3_key(a->name) >> 3] |= (unsigned char) (1u << (first3_key(a->name) & 7));
		else if (a->len > 0 && (unsigned char) a->name[0] >= 0x80)
			c->first_short = 1;
		mark_opens(c, a->name);
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
		const ind_row key = {c->rows[i].flow_of, NULL, NULL, NULL, NULL};
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
	static unsigned long builds;
	catalogue  *c = calloc(1, sizeof(catalogue));
	const char **user_codes = NULL;
	lp_data_iter it;
	size_t		n_user_aliases,
				i,
				k;

	if (c == NULL)
		return NULL;
	c->serial = ++builds;
	for (i = 0; i < n; i++)
	{
		long		row;

		if (defs[i].code == NULL || defs[i].code[0] == '\0')
			continue;
		row = add_row(c, defs[i].code, strlen(defs[i].code),
					  defs[i].flow_of, defs[i].flow_of ? strlen(defs[i].flow_of) : 0, NULL, 0);
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
	lp_data_open(&it, LP_DATA_INDICATORS);
	while (lp_data_next(&it, NULL) > 0)
	{
		const lp_row *r = &it.row;
		char		code[128];
		const char *key = code;
		long		row;

		if (r->len[0] >= sizeof(code))
			lp_data_row_error(&it, NULL, "code longer than %d bytes", (int) sizeof(code) - 1);
		memcpy(code, r->f[0], r->len[0]);
		code[r->len[0]] = '\0';
		if (k > 0 && bsearch(&key, user_codes, k, sizeof(char *), cmp_code))
			continue;			/* the user's row replaces it */
		row = add_row(c, r->f[0], r->len[0], r->f[8], r->len[8], r->f[4], r->len[4]);
		if (row < 0 || !add_name(c, row, r->f[1], r->len[1]) ||
			!add_names(c, row, r->f[2], r->len[2]) ||
			(r->len[9] && (c->rows[row].part_of = arena_copy(c, r->f[9], r->len[9])) == NULL))
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

const catalogue *
lp_ind_catalogue(void)
{
	if (cur == NULL && !tried)
	{
		tried = 1;
		cur = catalogue_build(NULL, 0);
	}
	return cur;
}

int
lp_indicator_set_user(const lp_indicator_def *defs, size_t n)
{
	catalogue  *c;

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
	const catalogue *c = lp_ind_catalogue();

	if (n_names)
		*n_names = c ? c->n_aliases : 0;
	return c ? c->n_rows : 0;
}
