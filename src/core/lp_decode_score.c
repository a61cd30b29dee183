/*
 * lp_decode_score.c — how much a trial decoding looks like Chinese prose.
 *
 * Byte statistics cannot tell GBK from Big5 on a short line (either reading
 * is valid almost always), but the characters can: the right reading is
 * made of common hanzi and punctuation, a wrong one of rare ideographs,
 * private-use and compatibility characters, box drawing, bopomofo and the
 * like.  Weights of common hanzi come from src/data/hanzi_freq.tsv
 * (simplified and traditional forms).
 */
#include "lp_data.h"
#include "lp_decode_int.h"

#include <string.h>

#define CJK_FIRST 0x4E00
#define CJK_LAST 0x9FFF

/* weight 0..9 of each basic CJK ideograph; built once per process */
static uint8_t hanzi_weight[CJK_LAST - CJK_FIRST + 1];
static int	hanzi_weight_ready;

/* Weights of hanzi_freq.tsv; characters outside the basic block are not scored. */
static void
load_hanzi_weights(void)
{
	lp_data_iter it;

	lp_data_open(&it, LP_DATA_HANZI_FREQ);
	while (lp_data_next(&it, NULL) > 0)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(it.row.f[0], it.row.len[0], &n);

		if (cp >= CJK_FIRST && cp <= CJK_LAST)
			hanzi_weight[cp - CJK_FIRST] = (uint8_t) it.row.val[1];
	}
	hanzi_weight_ready = 1;
}

/* kinds of characters, for the run penalty */
enum
{
	K_PLAIN, K_SYMBOL
};

/* 1 for the tone-marked vowels of pinyin (ā á ǎ à ... ǖ ǘ ǚ ǜ) */
static int
is_pinyin_vowel(uint32_t cp)
{
	static const uint32_t vowels[] = {
		0x0101, 0x00E1, 0x01CE, 0x00E0, 0x0113, 0x00E9, 0x011B, 0x00E8,
		0x012B, 0x00ED, 0x01D0, 0x00EC, 0x014D, 0x00F3, 0x01D2, 0x00F2,
		0x016B, 0x00FA, 0x01D4, 0x00F9, 0x00FC, 0x01D6, 0x01D8, 0x01DA, 0x01DC
	};
	size_t		k;

	for (k = 0; k < sizeof(vowels) / sizeof(vowels[0]); k++)
		if (vowels[k] == cp)
			return 1;
	return 0;
}

/*
 * Score of one code point; prev is the code point before it.  *kind tells
 * whether it is an unlikely symbol.
 */
static double
char_score(uint32_t cp, uint32_t prev, int *kind)
{
	*kind = K_PLAIN;
	if (cp >= CJK_FIRST && cp <= CJK_LAST)
	{
		int			w = hanzi_weight[cp - CJK_FIRST];

		return w ? (double) w : -3.0;
	}
	if (cp < 0x80)
	{
		if (cp >= 0x20 && cp < 0x7F)
			return 0.0;
		if (cp == '\n' || cp == '\r' || cp == '\t')
			return 0.0;
		return -10.0;			/* control characters */
	}
	if (cp == 0xFFFD)
		return -20.0;
	if (cp < 0xA0)
		return -10.0;			/* C1 controls */
	/* pinyin glosses, "chǎn": a tone-marked vowel after a Latin letter */
	if (cp < 0x0200 && is_pinyin_vowel(cp))
		return ((prev | 0x20) >= 'a' && (prev | 0x20) <= 'z') ? 8.0 : 0.0;
	if (cp == 0x00B0 || cp == 0x00B1 || cp == 0x00D7 || cp == 0x00F7)
		return 1.0;				/* degree, plus-minus, times, divide */
	/* punctuation Chinese text uses */
	if ((cp >= 0x3000 && cp <= 0x3011) || (cp >= 0xFF01 && cp <= 0xFF5E) ||
		(cp >= 0x2018 && cp <= 0x201D) || cp == 0x2014 || cp == 0x2026 ||
		cp == 0x00B7 || cp == 0x2103 || cp == 0x2030)
		return 1.0;
	if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000)
		return -15.0;			/* private use */
	if ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
		(cp >= 0x20000 && cp <= 0x3FFFF))
		return -8.0;			/* rare and compatibility ideographs */
	*kind = K_SYMBOL;
	if ((cp >= 0x2500 && cp <= 0x259F) ||	/* box drawing, blocks */
		(cp >= 0x3100 && cp <= 0x312F) || (cp >= 0x31A0 && cp <= 0x31BF) ||	/* bopomofo */
		(cp >= 0xAC00 && cp <= 0xD7AF) ||	/* hangul */
		(cp >= 0xA000 && cp <= 0xA4CF) ||	/* yi */
		(cp >= 0xFF61 && cp <= 0xFF9F) ||	/* halfwidth katakana */
		(cp >= 0xFE30 && cp <= 0xFE4F) ||	/* vertical forms */
		(cp >= 0xD800 && cp <= 0xDFFF))
		return -6.0;
	if ((cp >= 0x2460 && cp <= 0x24FF) || (cp >= 0x2160 && cp <= 0x217F))
	{
		*kind = K_PLAIN;
		return 0.0;				/* circled numbers, roman numerals */
	}
	if (cp >= 0x3040 && cp <= 0x30FF)
		return -3.0;			/* kana */
	if (cp >= 0x0370 && cp <= 0x04FF)
		return -3.0;			/* Greek, Cyrillic */
	return -2.0;
}

double
lp_text_score(const char *s, size_t len, size_t *nchars)
{
	double		score = 0.0;
	size_t		i = 0,
				count = 0;
	int			prev_symbol = 0;
	uint32_t	prev = 0;

	if (!hanzi_weight_ready)
		load_hanzi_weights();
	while (i < len)
	{
		int			n,
					kind;
		uint32_t	cp = lp_utf8_next(s + i, len - i, &n);

		if (n <= 0)
			break;
		score += char_score(cp, prev, &kind);
		prev = cp;
		/* symbols in a row are what mis-decoded hanzi look like */
		if (kind == K_SYMBOL && prev_symbol)
			score -= 2.0;
		prev_symbol = kind == K_SYMBOL;
		i += n;
		count++;
		if ((count & 4095) == 0)
			LP_CHECK_INTERRUPTS();
	}
	if (nchars)
		*nchars = count;
	return score;
}
