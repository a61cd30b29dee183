/*
 * lp_repair_gbk.c — what the mojibake repairs (lp_repair_enc.c) stand on:
 * the GBK tables, built once with iconv (the glibc GBK converter) so the
 * repairs need no iconv calls, and the score of a text as Chinese that
 * decides whether a candidate repair is kept (from the hanzi frequency
 * ranks of norm_hanzi.tsv).
 */
#include "lp_repair.h"

#include <iconv.h>
#include <stdlib.h>
#include <string.h>

const uint16_t *lp_gbk_dec;		/* [(lead-0x81)*191 + trail-0x40] -> BMP cp */
const uint16_t *lp_gbk_enc;		/* BMP cp -> lead<<8|trail, 0 = none */
static volatile int gbk_ready = 0;

/* One code through iconv alone (a lead's codes that batch_lead cannot pair
 * with their characters). */
static void
one_code(iconv_t cd, int lead, int trail, lp_code_fn put, void *arg)
{
	char		in[2] = {(char) lead, (char) trail},
				outb[8];
	char	   *ip = in,
			   *op = outb;
	size_t		il = 2,
				ol = sizeof(outb);
	int			l;
	uint32_t	cp;

	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &ip, &il, &op, &ol) == (size_t) -1 || il != 0)
		return;
	cp = lp_utf8_next(outb, op - outb, &l);
	if (l != op - outb || cp >= 0x10000 || cp < 0x80 || cp == 0xFFFD)
		return;
	put(arg, lead, trail, cp);
}

/*
 * The codes trails[from, to) of one lead, converted by one iconv call (a
 * call a code costs more than the conversion): the output is then one
 * character a code, put in order, when it holds exactly as many characters
 * as codes; else each code goes through one_code.  Returns where iconv
 * stopped (at a code it cannot convert, or to).
 */
#define CODES_A_LEAD 190		/* trails 40..FE but 7F */

static int
batch_lead(iconv_t cd, int lead, const uint8_t *trails, int from, int to,
		   lp_code_fn put, void *arg)
{
	char		in[2 * CODES_A_LEAD],
				outb[8 * CODES_A_LEAD];
	char	   *ip = in,
			   *op = outb;
	size_t		il = 2 * (size_t) (to - from),
				ol = sizeof(outb),
				k;
	int			done,
				t,
				nchars = 0;

	for (t = from; t < to; t++)
	{
		in[2 * (t - from)] = (char) lead;
		in[2 * (t - from) + 1] = (char) trails[t];
	}
	iconv(cd, NULL, NULL, NULL, NULL);
	(void) iconv(cd, &ip, &il, &op, &ol);
	done = from + (int) ((ip - in) / 2);
	for (k = 0; k < (size_t) (op - outb); nchars++)
	{
		int			l;

		(void) lp_utf8_next(outb + k, (op - outb) - k, &l);
		k += l > 0 ? (size_t) l : 1;
	}
	if ((ip - in) % 2 != 0 || nchars != done - from)
	{
		for (t = from; t < done; t++)
			one_code(cd, lead, trails[t], put, arg);
		return done;
	}
	for (k = 0, t = from; t < done; t++)
	{
		int			l;
		uint32_t	cp = lp_utf8_next(outb + k, (op - outb) - k, &l);

		k += l > 0 ? (size_t) l : 1;
		if (cp < 0x10000 && cp >= 0x80 && cp != 0xFFFD)
			put(arg, lead, trails[t], cp);
	}
	return done;
}

/*
 * Every two-byte code of charset (leads 81..FE, trails 40..FE but 7F) that
 * iconv converts to one BMP character outside ASCII and not U+FFFD, in
 * order, to put.  A lead's codes go through iconv together, up to a code
 * it cannot convert, which is skipped.
 */
int
lp_two_byte_codes(const char *charset, lp_code_fn put, void *arg, lp_error *err)
{
	iconv_t		cd = iconv_open("UTF-8", charset);
	uint8_t		trails[CODES_A_LEAD];
	int			lead,
				trail,
				nt = 0;

	if (cd == (iconv_t) -1)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "iconv cannot convert from %s", charset);
	for (trail = 0x40; trail <= 0xFE; trail++)
		if (trail != 0x7F)
			trails[nt++] = (uint8_t) trail;
	for (lead = 0x81; lead <= 0xFE; lead++)
	{
		int			t = 0;

		while (t < nt)
		{
			t = batch_lead(cd, lead, trails, t, nt, put, arg);
			if (t < nt)
				one_code(cd, lead, trails[t++], put, arg);	/* where it stopped */
		}
	}
	iconv_close(cd);
	return LP_OK;
}

typedef struct gbk_tables
{
	uint16_t   *dec,
			   *enc;
} gbk_tables;

static void
put_gbk(void *arg, int lead, int trail, uint32_t cp)
{
	gbk_tables *t = arg;

	t->dec[(lead - 0x81) * 191 + trail - 0x40] = (uint16_t) cp;
	if (!t->enc[cp])
		t->enc[cp] = (uint16_t) (lead << 8 | trail);
}

int
lp_gbk_init(lp_error *err)
{
	gbk_tables	t;
	int			rc;

	if (gbk_ready)
		return LP_OK;
	t.dec = calloc(126 * 191, sizeof(uint16_t));
	t.enc = calloc(0x10000, sizeof(uint16_t));
	if (!t.dec || !t.enc)
	{
		free(t.dec);
		free(t.enc);
		return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory building the GBK tables");
	}
	if ((rc = lp_two_byte_codes("GBK", put_gbk, &t, err)) != LP_OK)
	{
		free(t.dec);
		free(t.enc);
		return rc;
	}
	lp_gbk_dec = t.dec;
	lp_gbk_enc = t.enc;
	gbk_ready = 1;				/* last */
	return LP_OK;
}


/* ---------- scoring ---------- */

static int
cjk_punct(uint32_t cp)
{
	switch (cp)
	{
		case 0xFF0C: case 0x3002: case 0x3001: case 0xFF1B: case 0xFF1A:
		case 0xFF1F: case 0xFF01: case 0x201C: case 0x201D: case 0x2018:
		case 0x2019: case 0xFF08: case 0xFF09: case 0x300A: case 0x300B:
		case 0x2014: case 0x2026: case 0x00B7: case 0x3000:
			return 1;
	}
	return 0;
}

/* The score of one character as Chinese; cls is its class (LP_CC_*). */
static int
char_score(uint32_t cp, uint16_t cls)
{
	int			r;

	if (cp == 0xFFFD)
		return -2;				/* lost */
	if (cp < 0x80)
		return ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
				(cp >= 'A' && cp <= 'Z')) ? 1 : 0;
	if (lp_is_hanzi(cp))
	{
		r = lp_hanzi_rank(cp);
		return r < 0 ? -2 : r < 500 ? 4 : r < 1500 ? 3 : 2;
	}
	if (cjk_punct(cp))
		return 2;
	if (cls & LP_CC_ODD)
		return -4;
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return 0;
	return -3;
}

/*
 * char_score of every BMP character, looked up by lp_chinese_score: the
 * mojibake repairs score many candidates.  Built by lp_norm_tables_init
 * with the classes cc, after the hanzi ranks.
 */
const int8_t *lp_bmp_score;

int
lp_score_init(const uint16_t *cc, lp_error *err)
{
	int8_t	   *t = malloc(0x10000);
	uint32_t	cp;

	if (!t)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory building the character scores");
	for (cp = 0; cp < 0x10000; cp++)
		t[cp] = (int8_t) char_score(cp, cc[cp]);
	free((void *) lp_bmp_score);
	lp_bmp_score = t;
	return LP_OK;
}

/* The score of a character outside the BMP (lp_char_score). */
int
lp_char_score_astral(uint32_t cp)
{
	return char_score(cp, lp_char_class(cp));
}

int
lp_chinese_score(const char *s, size_t n, int *nchars)
{
	size_t		i = 0;
	int			score = 0,
				count = 0;

	while (i < n)
	{
		int			l;
		uint32_t	cp = lp_u8(s + i, n - i, &l);

		i += l;
		count++;
		score += lp_char_score(cp);
	}
	*nchars = count;
	return score;
}

/*
 * Can no candidate be clearly better than a text of score os over oc
 * characters (lp_clearly_better)?  That asks a candidate for an average
 * score of 1 more than the text's, and no character scores more than 4: so
 * none can when the text averages more than 3.
 */
int
lp_scores_cannot_improve(int os, int oc)
{
	return oc > 0 && os > 3 * oc;
}

/* The same for the text orig: one score of orig, not the building and
 * scoring of candidates. */
int
lp_cannot_improve(const char *orig, size_t on)
{
	int			oc,
				os = lp_chinese_score(orig, on, &oc);

	return lp_scores_cannot_improve(os, oc);
}

/*
 * Is a candidate of score cs over cc characters clearly better Chinese than
 * an original of score os over oc?  Both averages are per counted
 * character; the candidate must be good on its own and beat the original.
 */
int
lp_scores_clearly_better(int os, int oc, int cs, int cc, int strong)
{
	if (cc == 0)
		return 0;
	if (oc == 0)
		return cs >= 2 * cc;
	/*
	 * cs/cc >= 2 (>= 1/2 with strong evidence of damage: a '?' before the
	 * run, bopomofo or box drawing in it) and cs/cc >= os/oc + 1, in integers
	 */
	if (strong ? 2 * cs < cc : cs < 2 * cc)
		return 0;
	return cs * oc >= (os + oc) * cc;
}

/* Is cand clearly better Chinese than orig? */
int
lp_clearly_better(const char *orig, size_t on, const char *cand, size_t cn, int strong)
{
	int			oc,
				cc;
	int			os = lp_chinese_score(orig, on, &oc),
				cs = lp_chinese_score(cand, cn, &cc);

	return lp_scores_clearly_better(os, oc, cs, cc, strong);
}
