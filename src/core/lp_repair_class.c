/*
 * lp_repair_class.c — process-lifetime tables of lp_normalize: the class of
 * every BMP character (which passes a line needs), the per-character t2s
 * table and the hanzi frequency ranks.
 *
 * They are built once, with malloc, completely before lp_norm_ready is set,
 * and without LP_CHECK_INTERRUPTS, so a cancel cannot leave them half-built.
 */
#include "lp_repair.h"

#include <stdlib.h>
#include <string.h>

const uint16_t *lp_cc_bmp;

static uint32_t *t2s_bmp;		/* BMP code point -> simplified, 0 = same */
static uint32_t *t2s_big;		/* supplementary pairs: key, value, key, ... */
static size_t t2s_big_n;
static int16_t *hanzi_rank;		/* rank of U+4E00..U+9FFF, -1 = not common */
static volatile int lp_norm_ready = 0;

#define HANZI_LO 0x4E00
#define HANZI_HI 0x9FFF

static uint32_t
first_cp(const char *s, size_t n, int *len)
{
	if (n == 0)
	{
		*len = 0;
		return 0;
	}
	return lp_utf8_next(s, n, len);
}

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

int
lp_hanzi_rank(uint32_t cp)
{
	uint32_t	s;

	if (cp >= HANZI_LO && cp <= HANZI_HI && hanzi_rank[cp - HANZI_LO] >= 0)
		return hanzi_rank[cp - HANZI_LO];
	s = lp_t2s_char(cp);
	if (s >= HANZI_LO && s <= HANZI_HI)
		return hanzi_rank[s - HANZI_LO];
	return -1;
}

static int
cmp_pair(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *) a,
				y = *(const uint32_t *) b;

	return x < y ? -1 : x > y;
}

/*
 * Variant forms OpenCC leaves alone (norm_variants.tsv: Japanese shinjitai
 * such as 増 値 弐, old printed forms such as 淸 吿), folded by the t2s pass
 * too.  A character the OpenCC table already converts keeps its conversion.
 */
static int
load_variants(uint16_t *cc, lp_error *err)
{
	size_t		len,
				pos = 0;
	const char *data = lp_data_file("norm_variants.tsv", &len);
	const char *f[2];
	size_t		fl[2];

	if (!data)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "data file norm_variants.tsv is missing");
	while (lp_tsv_next(data, len, &pos, f, fl, 2) >= 2)
	{
		int			kl,
					vl;
		uint32_t	k = first_cp(f[0], fl[0], &kl),
					v = first_cp(f[1], fl[1], &vl);

		if (kl != (int) fl[0] || vl != (int) fl[1] || k == v || k >= 0x10000 || t2s_bmp[k])
			continue;
		t2s_bmp[k] = v;
		cc[k] |= LP_CC_T2S | LP_CC_VARIANT;
	}
	return LP_OK;
}

static int
load_t2s_chars(uint16_t *cc, lp_error *err)
{
	size_t		len,
				pos = 0,
				cap = 0;
	const char *data = lp_data_file("norm_t2s_chars.tsv", &len);
	const char *f[2];
	size_t		fl[2];

	if (!data)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "data file norm_t2s_chars.tsv is missing");
	/* a retry after a failed build starts over */
	free(t2s_bmp);
	free(t2s_big);
	t2s_big = NULL;
	t2s_big_n = 0;
	t2s_bmp = calloc(0x10000, sizeof(uint32_t));
	if (!t2s_bmp)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory building the t2s table");
	while (lp_tsv_next(data, len, &pos, f, fl, 2) >= 2)
	{
		int			kl,
					vl;
		uint32_t	k = first_cp(f[0], fl[0], &kl),
					v = first_cp(f[1], fl[1], &vl);

		if (kl != (int) fl[0] || vl != (int) fl[1] || k == v)
			continue;			/* single characters only (all of them are) */
		if (k < 0x10000)
		{
			t2s_bmp[k] = v;
			cc[k] |= LP_CC_T2S;
		}
		else
		{
			if (t2s_big_n == cap)
			{
				uint32_t   *nb;

				cap = cap ? cap * 2 : 256;
				nb = realloc(t2s_big, cap * 2 * sizeof(uint32_t));
				if (!nb)
					return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory building the t2s table");
				t2s_big = nb;
			}
			t2s_big[2 * t2s_big_n] = k;
			t2s_big[2 * t2s_big_n + 1] = v;
			t2s_big_n++;
		}
	}
	if (t2s_big_n)
		qsort(t2s_big, t2s_big_n, 2 * sizeof(uint32_t), cmp_pair);
	return load_variants(cc, err);
}

static int
load_hanzi(lp_error *err)
{
	size_t		len,
				pos = 0;
	const char *data = lp_data_file("norm_hanzi.tsv", &len);
	const char *f[1];
	size_t		fl[1];
	int			rank = 0,
				i;

	if (!data)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "data file norm_hanzi.tsv is missing");
	free(hanzi_rank);
	hanzi_rank = malloc((HANZI_HI - HANZI_LO + 1) * sizeof(int16_t));
	if (!hanzi_rank)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory building the hanzi table");
	for (i = 0; i <= HANZI_HI - HANZI_LO; i++)
		hanzi_rank[i] = -1;
	while (lp_tsv_next(data, len, &pos, f, fl, 1) >= 1)
	{
		size_t		o = 0;

		while (o < fl[0])
		{
			int			l;
			uint32_t	cp = lp_utf8_next(f[0] + o, fl[0] - o, &l);

			o += l;
			if (cp >= HANZI_LO && cp <= HANZI_HI && hanzi_rank[cp - HANZI_LO] < 0)
				hanzi_rank[cp - HANZI_LO] = rank;
			rank++;
		}
	}
	return LP_OK;
}

static void
mark_range(uint16_t *cc, uint32_t lo, uint32_t hi, uint16_t bit)
{
	uint32_t	c;

	for (c = lo; c <= hi; c++)
		cc[c] |= bit;
}

int
lp_norm_tables_init(lp_error *err)
{
	uint16_t   *cc;
	uint32_t	c;
	int			rc;

	if (lp_norm_ready)
		return LP_OK;
	cc = calloc(0x10000, sizeof(uint16_t));
	if (!cc)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory building the character classes");
	if ((rc = load_t2s_chars(cc, err)) != LP_OK ||
		(rc = load_hanzi(err)) != LP_OK ||
		(rc = lp_t2s_phrases_init(cc, err)) != LP_OK ||
		(rc = lp_chrome_init(cc, err)) != LP_OK)
	{
		free(cc);
		return rc;
	}
	for (c = HANZI_LO; c <= HANZI_HI; c++)
		if (hanzi_rank[c - HANZI_LO] < 0 &&
			!(t2s_bmp[c] >= HANZI_LO && t2s_bmp[c] <= HANZI_HI &&
			  hanzi_rank[t2s_bmp[c] - HANZI_LO] >= 0))
			cc[c] |= LP_CC_RARE;
	mark_range(cc, 0x3100, 0x312F, LP_CC_ODD);	/* bopomofo */
	mark_range(cc, 0x2500, 0x257F, LP_CC_ODD);	/* box drawing */
	mark_range(cc, 0xE000, 0xF8FF, LP_CC_ODD);	/* private use */
	cc[0xFFFD] |= LP_CC_ODD;
	cc[0x951F] |= LP_CC_ODD;	/* 锟, of 锟斤拷 */
	mark_range(cc, 0xFF10, 0xFF19, LP_CC_WIDTH);	/* what lp_fix_width folds */
	mark_range(cc, 0xFF21, 0xFF3A, LP_CC_WIDTH);
	mark_range(cc, 0xFF41, 0xFF5A, LP_CC_WIDTH);
	cc[0xFF05] |= LP_CC_WIDTH;
	cc[0xFF0C] |= LP_CC_WIDTHP;	/* ，．： only between digits */
	cc[0xFF0E] |= LP_CC_WIDTHP;
	cc[0xFF1A] |= LP_CC_WIDTHP;
	mark_range(cc, '0', '9', LP_CC_DIGIT);
	mark_range(cc, 0x200B, 0x200D, LP_CC_ZW);
	cc[0x2060] |= LP_CC_ZW;
	cc[0xFEFF] |= LP_CC_ZW;
	cc[0x00AD] |= LP_CC_ZW;
	cc[0x3007] |= LP_CC_ZERO;
	cc[0x25CB] |= LP_CC_ZERO;
	mark_range(cc, 0x80, 0xFF, LP_CC_LATIN1);
	cc['('] |= LP_CC_PAREN;
	cc[0xFF08] |= LP_CC_PAREN;
	cc['<'] |= LP_CC_HTML;
	cc['&'] |= LP_CC_HTML;
	cc['?'] |= LP_CC_QMARK;
	lp_cc_bmp = cc;
	lp_norm_ready = 1;			/* last: everything above is complete */
	return LP_OK;
}
