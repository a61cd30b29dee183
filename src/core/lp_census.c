/*
 * lp_census.c — the words of one line found in one pass, for the stages
 * that read a mention (lp_census.h).  The census's kinds share one table of
 * the first characters of their words, a bit per kind: one pass over the
 * line tests each character once for all of them, and looks a word up only
 * for the kinds whose bit it has.
 */
#include "lp.h"
#include "lp_census.h"
#include "lp_words_int.h"

#include <string.h>

/* The kinds the mention stages ask for most (measured with callgrind, docs/bench.md). */
static const lp_word_kind census_kinds[] = {
	LP_W_ESTIMATE_MARKER, LP_W_TARGET_MARKER,	/* status */
	LP_W_PERIOD_H1, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q1_3, LP_W_PERIOD_Q2,
	LP_W_PERIOD_Q4, LP_W_PERIOD_H2,	/* parts of the year */
	LP_W_YEAR_THIS, LP_W_YEAR_LAST, LP_W_YEAR_NEXT,	/* relative years */
	LP_W_FENBIE, LP_W_LIKE_FOR_LIKE, LP_W_ALL_SAME, /* the lead */
	LP_W_FORECASTER, LP_W_FORECAST_VERB,	/* another's forecast */
	LP_W_YEAR_IN_FULL, LP_W_WHOLE_YEAR, LP_W_CUMULATIVE_TOTAL,	/* the period */
	LP_W_DRIVEN_BY, LP_W_SUBJECT_SUB_REGION, LP_W_CONDITION, LP_W_THRESHOLD_VERB,	/* the subject */
	LP_W_ANNUAL_AVERAGE,			/* the measure */
	LP_W_MARGIN_VERB,			/* a line's qualitative items */
	LP_W_UNASSERTED, LP_W_PROPOSED_VERB, LP_W_COUNTED_TASKS,	/* the emit, the status */
};
#define N_CENSUS ((int) (sizeof(census_kinds) / sizeof(census_kinds[0])))

static int	ready;
static signed char kix_of[LP_W_NKINDS];	/* a kind's place in census_kinds, -1 if none */
static uint32_t bit_of[LP_W_NKINDS];	/* its bit in a census's kinds, 0 if none */
static const word_kind *census_k[N_CENSUS];
static uint32_t hanzi_mask[1u << 14];	/* by hanzi_key: the kinds with a word starting so */
static uint32_t short_mask[1u << 14];	/* of those, the kinds with a word of one character */
static unsigned char pair_bits[1u << 13];	/* bit per pair_key of the first two characters
											 * of the words of two hanzi or more */
static uint32_t lead_mask[256];	/* by first byte: the kinds with a word under three bytes */
static uint32_t other_mask[4096];	/* by hash3: the kinds with a longer word not starting
									 * with a three-byte character */

/* 16-bit key of the two three-byte characters at u */
static inline unsigned
pair_key(const unsigned char *u)
{
	return (hanzi_key(u) * 31u + hanzi_key(u + 3)) & 0xFFFFu;
}

/* The census's tables, built once a process from the kinds' word lists. */
static void
census_ready(void)
{
	int			i;
	size_t		e;

	if (ready)
		return;
	ready = 1;
	memset(kix_of, -1, sizeof(kix_of));
	for (i = 0; i < N_CENSUS; i++)
	{
		const word_kind *k = lp_words_kind(census_kinds[i]);

		census_k[i] = k;
		if (k == NULL)
			continue;
		kix_of[census_kinds[i]] = (signed char) i;
		bit_of[census_kinds[i]] = 1u << i;
		for (e = 0; e < k->n; e++)
		{
			const word_entry *w = &lp_words_entries[k->first + e];
			const unsigned char *u = (const unsigned char *) w->word;

			if (w->len < 3)
				lead_mask[u[0]] |= 1u << i;
			else if ((u[0] & 0xF0) == 0xE0)
			{
				hanzi_mask[hanzi_key(u)] |= 1u << i;
				if (w->len >= 6 && (u[3] & 0xF0) == 0xE0)
					pair_bits[pair_key(u) >> 3] |= (unsigned char) (1u << (pair_key(u) & 7));
				else
					short_mask[hanzi_key(u)] |= 1u << i;
			}
			else
				other_mask[hash3(u)] |= 1u << i;
		}
	}
}

static const char *read_line;	/* the line lp_mention_read has open */
static size_t read_len;
static lp_census *read_census;

void
lp_census_begin(lp_census *c, const char *s, size_t slen)
{
	census_ready();
	read_census = c;
	read_line = s;
	read_len = slen;
}

void
lp_census_end(void)
{
	read_census = NULL;
	read_line = NULL;
}

void
lp_census_free(lp_census *c)
{
	lp_free(c->hits);
	memset(c, 0, sizeof(*c));
	lp_census_end();
}

static void
push_hit(lp_census *c, size_t *n, size_t at, size_t len, int kix)
{
	if (*n == c->cap)
	{
		c->cap = c->cap ? 2 * c->cap : 256;
		c->hits = lp_realloc(c->hits, c->cap * sizeof(lp_census_hit));
	}
	c->hits[*n].at = (uint32_t) at;
	c->hits[*n].len = (uint16_t) len;
	c->hits[*n].kix = (uint16_t) kix;
	(*n)++;
}

/*
 * The next place at or after p where a word of a census kind may start, its
 * kinds in *mask; len when none.  Places are the characters' starts, as in
 * next_candidate (lp_words_int.h).
 */
static inline size_t
next_place(const unsigned char *u, size_t p, size_t len, uint32_t *mask)
{
	while (p + 3 <= len)
	{
		unsigned	ch = u[p];
		uint32_t	m;

		if ((ch & 0xF0) == 0xE0)
		{
			if ((m = hanzi_mask[hanzi_key(u + p)]) != 0)
			{
				/* a word of two hanzi or more only where its first two stand */
				if (p + 6 > len || (u[p + 3] & 0xF0) != 0xE0)
					m = short_mask[hanzi_key(u + p)];
				else
				{
					unsigned	pk = pair_key(u + p);

					if (!((pair_bits[pk >> 3] >> (pk & 7)) & 1))
						m = short_mask[hanzi_key(u + p)];
				}
				if (m)
				{
					*mask = m;
					return p;
				}
			}
			p += 3;
			continue;
		}
		m = lead_mask[ch];
		if ((ch & 0xC0) != 0x80)
			m |= other_mask[hash3(u + p)];
		if (m)
		{
			*mask = m;
			return p;
		}
		p++;
	}
	for (; p < len; p++)
		if (lead_mask[u[p]])
		{
			*mask = lead_mask[u[p]];
			return p;
		}
	return len;
}

/* Every word of the census's kinds in the line read, once. */
static void
census_line(lp_census *c)
{
	const char *s = read_line;
	const unsigned char *u = (const unsigned char *) s;
	size_t		len = read_len,
				p,
				n = 0;
	uint32_t	mask = 0,
				kinds = 0;

	for (p = next_place(u, 0, len, &mask); p < len; p = next_place(u, p + 1, len, &mask))
		for (; mask; mask &= mask - 1)
		{
			int			k = __builtin_ctz(mask);
			size_t		wl = prefix_at(census_k[k], s + p, len - p);

			if (wl > 0)
			{
				push_hit(c, &n, p, wl, k);
				kinds |= 1u << k;
			}
		}
	c->n = n;
	c->kinds = kinds;
	c->line = s;
	c->len = len;
}

/* The census of the line read when s[0, len) is in it, NULL when there is none. */
static inline const lp_census *
census_for(const char *s, size_t len)
{
	lp_census  *c = read_census;

	if (c == NULL || s < read_line || len > read_len ||
		(size_t) (s - read_line) > read_len - len || read_len > UINT32_MAX)
		return NULL;
	if (c->line != read_line || c->len != read_len)
		census_line(c);
	return c;
}

/* The first hit of the census at or after a (a binary search). */
static inline const lp_census_hit *
hit_from(const lp_census *c, size_t a)
{
	size_t		lo = 0,
				hi = c->n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (c->hits[mid].at < a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return c->hits + lo;
}

/*
 * The first word of each kind of kinds[0, n) (census kinds, their bits in
 * want, some of them in the line) fitting in [a, b): at[i] relative to a, or
 * -1, and its length in wlen[i] (0 for none).  Returns how many were found.
 * One walk over the hits of the span.
 */
static int
first_in(const lp_census *c, const lp_word_kind *kinds, int n, uint32_t want, size_t a,
		 size_t b, long *at, size_t *wlen)
{
	const lp_census_hit *h,
			   *end;
	int			i,
				found = 0;

	for (i = 0; i < n; i++)
	{
		at[i] = -1;
		if (wlen)
			wlen[i] = 0;
	}
	want &= c->kinds;
	end = c->hits + c->n;
	for (h = hit_from(c, a); h < end && h->at < b && want; h++)
	{
		size_t		wl;

		if (!((want >> h->kix) & 1))
			continue;
		wl = h->len;
		/* a word running past b: a shorter one of the kind may fit */
		if (h->at + wl > b)
			wl = prefix_at(census_k[h->kix], c->line + h->at, b - h->at);
		if (wl == 0)
			continue;
		want &= ~(1u << h->kix);
		for (i = 0; i < n; i++)
			if (bit_of[kinds[i]] == 1u << h->kix)
			{
				at[i] = (long) (h->at - a);
				if (wlen)
					wlen[i] = wl;
				found++;
			}
	}
	return found;
}

static long census_find_hits(lp_word_kind kind, const char *s, size_t len, size_t *wlen);

/*
 * The quick answer first: the line read, censused already, has no word of
 * the kind (most calls).  Everything else is out of line, so that answer
 * saves and restores no registers (issue 18).
 */
long
lp_census_find(lp_word_kind kind, const char *s, size_t len, size_t *wlen)
{
	const lp_census *c = read_census;
	int			kix;

	if ((unsigned) kind < LP_W_NKINDS && (kix = kix_of[kind]) >= 0 && c != NULL &&
		c->line == read_line && c->len == read_len && s >= read_line && len <= read_len &&
		(size_t) (s - read_line) <= read_len - len && read_len <= UINT32_MAX &&
		!((c->kinds >> kix) & 1))
		return -1;
	return census_find_hits(kind, s, len, wlen);
}

#ifdef __GNUC__
__attribute__((noinline))
#endif
static long
census_find_hits(lp_word_kind kind, const char *s, size_t len, size_t *wlen)
{
	const lp_census *c;
	const lp_census_hit *h,
			   *end;
	size_t		a,
				b;
	int			kix;

	if ((unsigned) kind >= LP_W_NKINDS || (kix = kix_of[kind]) < 0 ||
		(c = census_for(s, len)) == NULL)
		return lp_words_find(kind, s, len, wlen);
	if (!((c->kinds >> kix) & 1))	/* no hit of the kind in the line, and maybe no array */
		return -1;
	a = (size_t) (s - c->line);
	b = a + len;
	for (h = hit_from(c, a), end = c->hits + c->n; h < end && h->at < b; h++)
	{
		size_t		wl;

		if (h->kix != kix)
			continue;
		wl = h->len;
		/* a word running past b: a shorter one of the kind may fit */
		if (h->at + wl > b)
			wl = prefix_at(census_k[kix], c->line + h->at, b - h->at);
		if (wl > 0)
		{
			if (wlen)
				*wlen = wl;
			return (long) (h->at - a);
		}
	}
	return -1;
}

int
lp_census_find_each(const lp_word_kind *kinds, int nkinds, const char *s, size_t len,
					long *at, size_t *wlen)
{
	const lp_census *c;
	int			i;
	size_t		a;
	uint32_t	want = 0,
				bit;

	if (nkinds > LP_WORDS_EACH_MAX)
		nkinds = LP_WORDS_EACH_MAX;
	/* each kind's census bit straight from its table (0 before census_ready: a scan) */
	for (i = 0; i < nkinds; i++)
	{
		if ((unsigned) kinds[i] >= LP_W_NKINDS || (bit = bit_of[kinds[i]]) == 0)
			return lp_words_find_each(kinds, nkinds, s, len, at, wlen);
		want |= bit;
	}
	if (nkinds == 0 || (c = census_for(s, len)) == NULL)
		return lp_words_find_each(kinds, nkinds, s, len, at, wlen);
	if ((want & c->kinds) == 0)
	{
		/* none of the kinds in the line */
		for (i = 0; i < nkinds; i++)
		{
			at[i] = -1;
			if (wlen)
				wlen[i] = 0;
		}
		return 0;
	}
	a = (size_t) (s - c->line);
	return first_in(c, kinds, nkinds, want, a, a + len, at, wlen);
}

uint32_t
lp_census_mask(const lp_word_kind *kinds, int nkinds)
{
	uint32_t	mask = 0;
	int			i;

	census_ready();
	for (i = 0; i < nkinds; i++)
	{
		if ((unsigned) kinds[i] >= LP_W_NKINDS || kix_of[kinds[i]] < 0)
			return 0;
		mask |= 1u << kix_of[kinds[i]];
	}
	return mask;
}

int
lp_census_lacks(uint32_t mask, const char *s, size_t len)
{
	const lp_census *c;

	return mask != 0 && (c = census_for(s, len)) != NULL && (c->kinds & mask) == 0;
}
