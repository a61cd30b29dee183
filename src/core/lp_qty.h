/*
 * lp_qty.h — internals shared by the quantity recognizer's files:
 * lp_decimal.c (exact decimals), lp_units.c (dictionaries), lp_numeral.c
 * (numerals) and lp_quantity.c (mentions in running text).
 */
#ifndef LP_QTY_H
#define LP_QTY_H

#include "lp.h"

#define LP_DEC_DIGITS 40		/* most significant digits of a decimal */

/* Canonical form of a decimal string (no leading zeros, no trailing
 * fraction zeros). */
int			lp_dec_normalize(const char *a, char *out, size_t outsz);

/* Bytes of s[0, n) to quote in a message: at most max, cut at a code
 * point boundary. */
int			lp_clip_len(const char *s, size_t n, size_t max);

/* ---------- dictionaries (lp_units.c), built once per process ---------- */

/* Longest unit written at text[pos, len); its byte length in *ulen. */
const lp_unit *lp_unit_at(const char *text, size_t len, size_t pos,
						  size_t *ulen);

/* Multiplier from u's base unit to the canonical unit of its dimension
 * (平方公里 → "1000000" 平方米), or NULL when there is no conversion. */
const char *lp_unit_canonical_factor(const lp_unit *u);

/* Factor of a magnitude word at text[pos] (万, 亿, 万亿 ...), NULL if none. */
const char *lp_magnitude_at(const char *text, size_t len, size_t pos,
							size_t *mlen);

enum lp_qplace
{
	LP_QP_PREFIX, LP_QP_SUFFIX, LP_QP_INFIX, LP_QP_BARE
};

/* Longest qualifier word of the given place starting at text[pos]. */
int			lp_qualword_at(const char *text, size_t len, size_t pos,
						   enum lp_qplace place, lp_qualifier *q, size_t *wlen);

/* Bitmaps of the first code points of each place's words; NULL before the
 * tables are built (or when a place has no word). */
extern const unsigned char *lp_qualword_first[4];

/* Can a qualifier word of that place start with cp?  A cheap test before
 * lp_qualword_at on a hot path (1 when unsure). */
static inline int
lp_qualword_may_start(enum lp_qplace place, uint32_t cp)
{
	const unsigned char *m = lp_qualword_first[place];

	return m == NULL || (cp < 65536 && ((m[cp >> 3] >> (cp & 7)) & 1));
}

/* Longest qualifier of that place (prefix or bare) ending exactly at
 * text[end]; *gap_ok is set when the word may stand apart from the number. */
int			lp_qualword_before(const char *text, size_t start_limit, size_t end,
							   enum lp_qplace place, lp_qualifier *q,
							   size_t *wlen, int *gap_ok);

enum lp_nqkind
{
	LP_NQ_BEFORE, LP_NQ_AFTER, LP_NQ_CN_AFTER_UNIT, LP_NQ_PHRASE, LP_NQ_AFTER_UNIT,
	LP_NQ_CN_AFTER, LP_NQ_NAME_UNIT, LP_NQ_NAME_CLOSE, LP_NQ_COUNT_BEFORE
};
#define LP_NQ_KINDS 9

/* Length of the longest word of that kind starting at text[pos] (0: none). */
size_t		lp_nonquantity_at(const char *text, size_t len, size_t pos,
							  enum lp_nqkind kind);

/* Length of a word of that kind ending exactly at text[end] (0: none). */
size_t		lp_nonquantity_before(const char *text, size_t start_limit,
								  size_t end, enum lp_nqkind kind);

/* Does text[from, to) contain a money-context word (资金, 投资 ...)? */
int			lp_money_context(const char *text, size_t from, size_t to);

/* ---------- numerals (lp_numeral.c) ---------- */

typedef struct lp_num
{
	size_t		start;
	size_t		end;			/* byte after the numeral (and 多/余) */
	char		value[LP_NUM_MAX];	/* mantissa when mag is set, else value */
	char		value_hi[LP_NUM_MAX];	/* upper end of a fuzzy range, "" */
	char		mag[16];		/* trailing magnitude word kept as unit, "" */
	const char *mag_factor;		/* its factor, NULL if mag is "" */
	int			has_digit;		/* written with Arabic digits */
	int			has_cn;			/* written with Chinese numeral characters */
	int			cn_sequence;	/* 二〇二三, 七一: digits read one by one */
	int			cn_single;		/* a lone 一, 二, 零 or 〇 */
	int			bare_mag;		/* no digit before the magnitude (百件, 万元) */
	int			approx;			/* 多 / 余 inside (500多亿, 200余) */
	int			percent_word;	/* 1: 百分之…, 2: 千分之…, 3: a fraction
								 * (三分之一, 2/3) whose value is a percent */
	int			int_digits;		/* Arabic integer digits (year check) */
	int			has_point;
	int			leading_zero;	/* "03" */
	int			overflow;		/* too many digits to be an amount */
} lp_num;

/*
 * Read a numeral at text[pos].  Returns 1 and fills n, or 0 when there is
 * no numeral there.  Units that begin with a magnitude character (千米,
 * 千瓦时, 百分点) end the numeral.
 */
int			lp_num_read(const char *text, size_t len, size_t pos, lp_num *n);

/* Is cp a character that can start a numeral? */
int			lp_num_start_char(uint32_t cp);

#endif							/* LP_QTY_H */
