/*
 * lp_t2s.c — traditional to simplified, exactly as OpenCC's t2s.json does it,
 * but fast.
 *
 * OpenCC t2s segments text by longest match over TSPhrases and converts each
 * segment.  norm_t2s_chars.tsv is OpenCC's own conversion of each character
 * alone; norm_t2s_phrases.tsv lists the phrases whose conversion differs from
 * that per-character conversion.  A line containing none of those phrases
 * therefore converts to exactly the per-character result, so OpenCC is
 * called only for lines where such a phrase occurs (rare), and never for
 * lines without a character that t2s touches (all simplified text).
 *
 * The tables are built once per process (lp_data_alloc) by lp_t2s_init (called
 * by lp_norm_tables_init), which marks the characters they change in the
 * class table (LP_CC_T2S, LP_CC_T2SP, LP_CC_VARIANT).
 */
#include "lp_data.h"
#include "lp_repair.h"

#include <opencc/opencc.h>
#include <stdlib.h>
#include <string.h>

typedef struct t2s_phrase
{
	uint32_t	first;			/* first code point */
	const char *key;			/* UTF-8, points into the embedded data */
	size_t		len;
	int			first_len;		/* bytes of first in key */
} t2s_phrase;

static t2s_phrase *phrases;		/* sorted by first */
static size_t n_phrases;

/*
 * Where the phrases of a first character start in phrases[]: an open
 * addressing table of the distinct first characters (at most half full,
 * probed linearly), so the scan of every line, which asks at each
 * character marked LP_CC_T2SP, looks one up in a probe or two instead of a
 * binary search.
 */
typedef struct phrase_slot
{
	uint32_t	first;			/* 0: empty */
	uint32_t	at;				/* index of its first phrase */
} phrase_slot;
static phrase_slot *phrase_index;
static size_t phrase_mask;		/* slots - 1, a power of two minus one */

static size_t
phrase_hash(uint32_t cp)
{
	return (size_t) ((cp * 2654435761u) >> 8) & phrase_mask;
}
static opencc_t opencc_handle = (opencc_t) -1;

static uint32_t *t2s_bmp;		/* BMP code point -> simplified, 0 = same */
static uint32_t *t2s_big;		/* supplementary pairs: key, value, key, ... */
static size_t t2s_big_n;

uint32_t
lp_t2s_char(uint32_t cp)
{
	if (cp < 0x10000)
		return t2s_bmp[cp];
	else
	{
		size_t		lo = 0,
					hi = t2s_big_n;

		while (lo < hi)
		{
			size_t		mid = (lo + hi) / 2;

			if (t2s_big[2 * mid] == cp)
				return t2s_big[2 * mid + 1];
			if (t2s_big[2 * mid] < cp)
				lo = mid + 1;
			else
				hi = mid;
		}
		return 0;
	}
}

/*
 * Variant forms OpenCC leaves alone (norm_variants.tsv: Japanese shinjitai
 * such as 増 値 弐, old printed forms such as 淸 吿), folded by the t2s pass
 * too.  A character the OpenCC table already converts keeps its conversion,
 * and only BMP variants are folded.
 */
static int
load_variants(uint16_t *cc, lp_error *err)
{
	lp_data_iter it;
	int			rc;

	lp_data_open(&it, LP_DATA_NORM_VARIANTS);
	while ((rc = lp_data_next(&it, err)) > 0)
	{
		int			l;
		uint32_t	k = lp_utf8_next(it.row.f[0], it.row.len[0], &l),
					v = lp_utf8_next(it.row.f[1], it.row.len[1], &l);

		if (k == v || k >= 0x10000 || t2s_bmp[k])
			continue;
		t2s_bmp[k] = v;
		cc[k] |= LP_CC_T2S | LP_CC_VARIANT;
	}
	return rc < 0 ? LP_EDATA : LP_OK;
}

/* One conversion of norm_t2s_chars.tsv: BMP characters in t2s_bmp, others in t2s_big. */
static void
add_t2s_char(uint16_t *cc, uint32_t k, uint32_t v, size_t *cap)
{
	if (k == v)
		return;
	if (k < 0x10000)
	{
		t2s_bmp[k] = v;
		cc[k] |= LP_CC_T2S;
		return;
	}
	t2s_big = lp_data_grow(t2s_big, t2s_big_n, cap, 2 * sizeof(uint32_t));
	t2s_big[2 * t2s_big_n] = k;
	t2s_big[2 * t2s_big_n + 1] = v;
	t2s_big_n++;
}

static int
load_t2s_chars(uint16_t *cc, lp_error *err)
{
	lp_data_iter it;
	size_t		cap = 0;
	int			rc;

	/* a retry after a failed build starts over */
	free(t2s_bmp);
	free(t2s_big);
	t2s_big = NULL;
	t2s_big_n = 0;
	t2s_bmp = lp_data_alloc(0x10000 * sizeof(uint32_t));
	lp_data_open(&it, LP_DATA_NORM_T2S_CHARS);
	while ((rc = lp_data_next(&it, err)) > 0)
	{
		int			l;

		add_t2s_char(cc, lp_utf8_next(it.row.f[0], it.row.len[0], &l),
					 lp_utf8_next(it.row.f[1], it.row.len[1], &l), &cap);
	}
	if (rc < 0)
		return LP_EDATA;
	if (t2s_big_n)
		qsort(t2s_big, t2s_big_n, 2 * sizeof(uint32_t), lp_cmp_u32);
	return load_variants(cc, err);
}

static int
cmp_phrase(const void *a, const void *b)
{
	const t2s_phrase *x = a,
			   *y = b;

	return x->first < y->first ? -1 : x->first > y->first;
}

/* The index of the sorted phrases by first character (phrase_index). */
static int
index_phrases(lp_error *err)
{
	size_t		slots = 16,
				i;

	while (slots < 2 * n_phrases)
		slots *= 2;
	free(phrase_index);
	phrase_index = calloc(slots, sizeof(phrase_slot));
	if (!phrase_index)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory indexing the t2s phrases");
	phrase_mask = slots - 1;
	for (i = 0; i < n_phrases; i++)
	{
		size_t		h;

		if (i > 0 && phrases[i].first == phrases[i - 1].first)
			continue;			/* indexed at its first phrase */
		for (h = phrase_hash(phrases[i].first); phrase_index[h].first; h = (h + 1) & phrase_mask)
			;
		phrase_index[h].first = phrases[i].first;
		phrase_index[h].at = (uint32_t) i;
	}
	return LP_OK;
}

static int
load_phrases(uint16_t *cc, lp_error *err)
{
	lp_data_iter it;
	size_t		cap = 0;
	int			rc;

	free(phrases);				/* a retry after a failed build starts over */
	phrases = NULL;
	n_phrases = 0;
	lp_data_open(&it, LP_DATA_NORM_T2S_PHRASES);
	while ((rc = lp_data_next(&it, err)) > 0)
	{
		int			l;

		phrases = lp_data_grow(phrases, n_phrases, &cap, sizeof(t2s_phrase));
		phrases[n_phrases].first = lp_utf8_next(it.row.f[0], it.row.len[0], &l);
		phrases[n_phrases].first_len = l;
		phrases[n_phrases].key = it.row.f[0];
		phrases[n_phrases].len = it.row.len[0];
		if (phrases[n_phrases].first < 0x10000)
			cc[phrases[n_phrases].first] |= LP_CC_T2SP;
		n_phrases++;
	}
	if (rc < 0)
		return LP_EDATA;
	qsort(phrases, n_phrases, sizeof(t2s_phrase), cmp_phrase);
	return index_phrases(err);
}

/* The t2s tables: characters, variants, phrases; their classes marked in cc. */
int
lp_t2s_init(uint16_t *cc, lp_error *err)
{
	int			rc;

	if ((rc = load_t2s_chars(cc, err)) != LP_OK)
		return rc;
	return load_phrases(cc, err);
}

/* Does a phrase whose conversion depends on context start at s? */
int
lp_t2s_phrase_at(uint32_t cp, const char *s, size_t n)
{
	size_t		h,
				lo;

	if (!phrase_index || cp == 0)
		return 0;
	for (h = phrase_hash(cp); phrase_index[h].first != cp; h = (h + 1) & phrase_mask)
		if (phrase_index[h].first == 0)
			return 0;			/* no phrase starts with cp */
	lo = phrase_index[h].at;
	/*
	 * s starts with cp, so with the bytes of first: compare what follows,
	 * its first byte inline (a common character such as 覆 starts 27
	 * phrases, and text rarely goes on with one of them)
	 */
	for (; lo < n_phrases && phrases[lo].first == cp; lo++)
	{
		const t2s_phrase *p = &phrases[lo];
		size_t		fl = (size_t) p->first_len;

		if (p->len <= n && (p->len == fl || (p->key[fl] == s[fl] &&
											 memcmp(p->key + fl, s + fl, p->len - fl) == 0)))
			return 1;
	}
	return 0;
}

static int
opencc_line(const char *in, size_t n, lp_buf *out, lp_error *err)
{
	char	   *conv;

	if (opencc_handle == (opencc_t) -1)
	{
		opencc_t	h = opencc_open("t2s.json");

		if (h == (opencc_t) -1)
			return lp_fail(err, LP_ELIBRARY, 0, 0, "cannot open OpenCC configuration t2s.json: %s",
						   opencc_error());
		opencc_handle = h;
	}
	/*
	 * OpenCC steps over a truncated UTF-8 sequence at the end of its input
	 * and reads past it: give it valid UTF-8 only.
	 */
	{
		size_t		i = 0;

		while (i < n)
		{
			int			cl;

			if (lp_utf8_next(in + i, n - i, &cl) == 0xFFFD &&
				!(n - i >= 3 && memcmp(in + i, "\xEF\xBF\xBD", 3) == 0))
				return 1;		/* caller uses the table */
			i += cl;
		}
	}
	conv = opencc_convert_utf8(opencc_handle, in, n);
	if (!conv)
		return 1;				/* e.g. invalid UTF-8: caller uses the table */
	{
		/* the variant forms OpenCC does not know (norm_variants.tsv) */
		size_t		cn = strlen(conv),
					i = 0,
					copied = 0;		/* conv[0, copied) is in out */

		lp_buf_reserve(out, cn);
		while (i < cn)
		{
			int			l;
			uint32_t	cp = lp_u8(conv + i, cn - i, &l);

			if (lp_char_class(cp) & LP_CC_VARIANT)
			{
				char		tmp[4];

				lp_buf_append(out, conv + copied, i - copied);
				lp_buf_append(out, tmp, lp_utf8_put(tmp, lp_t2s_char(cp)));
				copied = i + l;
			}
			i += l;
		}
		lp_buf_append(out, conv + copied, cn - copied);
	}
	opencc_convert_utf8_free(conv);
	return LP_OK;
}

/*
 * Record the changed runs between a line and its conversion: character by
 * character when both have as many characters, else the whole line.
 */
static void
record_t2s(const char *a, size_t an, const char *b, size_t bn, int line, lp_repairs *reps)
{
	size_t		i = 0,
				j = 0,
				ra = 0,
				rb = 0;
	int			in_run = 0;

	if (lp_utf8_chars(a, an) != lp_utf8_chars(b, bn))
	{
		lp_repair_add(reps, "t2s", line, a, an, b, bn);
		return;
	}
	while (i < an && j < bn)
	{
		int			la,
					lb;
		uint32_t	ca = lp_utf8_next(a + i, an - i, &la),
					cb = lp_utf8_next(b + j, bn - j, &lb);

		if (ca != cb && !in_run)
		{
			in_run = 1;
			ra = i;
			rb = j;
		}
		else if (ca == cb && in_run)
		{
			in_run = 0;
			lp_repair_add(reps, "t2s", line, a + ra, i - ra, b + rb, j - rb);
		}
		i += la;
		j += lb;
	}
	if (in_run)
		lp_repair_add(reps, "t2s", line, a + ra, an - ra, b + rb, bn - rb);
}

int
lp_fix_t2s(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps, int no_phrase,
		   lp_error *err)
{
	unsigned int iter = 0;
	size_t		i = 0,
				start = out->len,
				copied = 0;		/* in[0, copied) is in out */
	int			changed = 0;

	/* context-dependent phrase present: let OpenCC convert the line */
	while (i < n && !no_phrase)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, n - i, &l);

		LP_LOOP_CHECK(iter);
		if ((lp_char_class(cp) & LP_CC_T2SP) && lp_t2s_phrase_at(cp, in + i, n - i))
		{
			int			rc = opencc_line(in, n, out, err);

			if (rc == 1)
				break;
			if (rc != LP_OK)
				return -1;
			if (out->len - start == n && memcmp(out->data + start, in, n) == 0)
			{
				out->len = start;
				out->data[start] = '\0';
				return 0;
			}
			if (reps)
				record_t2s(in, n, out->data + start, out->len - start, line, reps);
			return 1;
		}
		i += l;
	}

	/*
	 * per-character table; unchanged stretches copied whole, and a changed
	 * character written in place after its stretch (traditional text
	 * changes every few characters)
	 */
	lp_buf_reserve(out, n + 8);
	for (i = 0; i < n;)
	{
		int			l = 3;
		uint32_t	cp,
					s = 0;

		LP_LOOP_CHECK(iter);
		if (!lp_u8_three((const unsigned char *) in, i, n, &cp))
			cp = lp_u8(in + i, n - i, &l);
		if (lp_char_class(cp) & LP_CC_T2S)
			s = lp_t2s_char(cp);
		if (s)
		{
			if (out->len + (i - copied) + 4 >= out->cap)
				lp_buf_reserve(out, (i - copied) + 4);
			memcpy(out->data + out->len, in + copied, i - copied);
			out->len += i - copied;
			out->len += (size_t) lp_utf8_put(out->data + out->len, s);
			copied = i + l;
			changed = 1;
		}
		i += l;
	}
	lp_buf_append(out, in + copied, n - copied);
	if (!changed)
	{
		out->len = start;
		if (out->data)
			out->data[start] = '\0';
		return 0;
	}
	if (reps)
		record_t2s(in, n, out->data + start, out->len - start, line, reps);
	return 1;
}
