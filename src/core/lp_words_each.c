/*
 * lp_words_each.c — several kinds of words looked for in one scan of a text
 * (lp_words_find_each, lp_words_prefix_each): a set of kinds has the union
 * of its kinds' quick tests, and anchors when its words share hanzi, so a
 * scan rules out most places with one test for the whole set, or jumps
 * from anchor to anchor.
 */
#include "lp_words_int.h"

#include <stdlib.h>

/* anchors of a set whose words share no hanzi (lp_words_find_each sets three unset) */
#define MAX_ANCHORS 3

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

/*
 * The first place of the three bytes h in w[0, len), or NULL: memmem's
 * answer, without its call and setup for a needle of three bytes in a word
 * of a few (find_anchors asks 40,000 times a process).
 */
static inline const char *
find3_in_word(const char *w, size_t len, const char *h)
{
	size_t		o;

	for (o = 0; o + 3 <= len; o++)
		if (w[o] == h[0] && w[o + 1] == h[1] && w[o + 2] == h[2])
			return w + o;
	return NULL;
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
			w[nw++] = &lp_words_entries[k[i]->first + e];
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

					if (covered[j] || (at = find3_in_word(w[j]->word, w[j]->len, h)) == NULL)
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
			if (!covered[j] && find3_in_word(w[j]->word, w[j]->len, best) != NULL)
			{
				covered[j] = 1;
				left--;
			}
	}
	return left == 0 ? a : 0;
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
		ks->k[i] = lp_words_kind(kind_list[i]);
		if (ks->k[i] == NULL)
			continue;
		for (j = 0; j < 256; j++)
			ks->lead[j] |= ks->k[i]->lead[j];
		for (j = 0; j < 512; j++)
			ks->maybe[j] |= ks->k[i]->maybe[j];
		for (j = 0; j < HANZI_BYTES; j++)
			ks->hanzi[j] |= ks->k[i]->hanzi[j];
	}
	ks->anchor = lp_words_anchor(ks->k, nkinds, &ks->anchor_back);
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
		k[i] = ks ? ks->k[i] : lp_words_kind(kind_list[i]);
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
