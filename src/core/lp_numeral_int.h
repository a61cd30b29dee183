/*
 * lp_numeral_int.h — internals of the numeral reader (lp_numeral.c, the
 * tokens; lp_numeral_digits.c, Arabic digits and writing values): exact
 * values, character classes.
 */
#ifndef LP_NUMERAL_INT_H
#define LP_NUMERAL_INT_H

#include "lp.h"

typedef unsigned __int128 u128;

/* An exact value: a 128-bit integer and a decimal scale, at most 38 digits. */
typedef struct dv
{
	u128		m;
	int			s;				/* value = m * 10^-s */
	int			bad;			/* overflowed */
} dv;

#define DV_LIMIT ((u128) 1000000000000000000ull * (u128) 100000000000000000ull)	/* 1e35 */

static inline dv
dv_int(unsigned long long v)
{
	dv			r = {v, 0, 0};

	return r;
}

static inline dv
dv_mul_pow10(dv a, int k)
{
	while (k-- > 0 && !a.bad)
	{
		if (a.m >= DV_LIMIT)
			a.bad = 1;
		else
			a.m *= 10;
	}
	return a;
}

/* a * f for a small integer factor f (10, 100, 10^4, 10^8, 10^12) */
static inline dv
dv_mul_factor(dv a, int log10f)
{
	return dv_mul_pow10(a, log10f);
}

static inline dv
dv_add(dv a, dv b)
{
	dv			r;

	/* adding zero (the common case: no 万/十 part) changes only the scale */
	if (a.m == 0 && !a.bad && a.s <= b.s && b.m < DV_LIMIT * 10)
		return b;

	while (a.s < b.s && !a.bad)
	{
		a = dv_mul_pow10(a, 1);
		a.s++;
	}
	while (b.s < a.s && !b.bad)
	{
		b = dv_mul_pow10(b, 1);
		b.s++;
	}
	r.s = a.s;
	r.bad = a.bad || b.bad;
	r.m = a.m + b.m;
	if (r.m >= DV_LIMIT * 10)
		r.bad = 1;
	return r;
}

/* drop trailing zeros of the fraction (used on computed totals) */
static inline dv
dv_trim(dv a)
{
	while (a.s > 0 && a.m % 10 == 0)
	{
		a.m /= 10;
		a.s--;
	}
	return a;
}

/* Write a as a decimal string (lp_numeral_digits.c). */
void		lp_dv_format(dv a, char *out, size_t outsz);

/*
 * Read an Arabic number at p: digits, thousands groups of exactly three
 * digits, a decimal fraction (lp_numeral_digits.c).  Returns the end
 * offset; fills v, the number of integer digits, whether there was a
 * point, whether it starts with a zero ("03") and the number of digits
 * (over 36: overflow).
 */
size_t		lp_read_arabic(const char *text, size_t len, size_t p, dv *v, int *int_digits,
						   int *has_point, int *leading_zero, int *ndigits);

/* Value of a Chinese digit character (financial forms, 两, 幺 too), -1 if none. */
static inline int
cn_digit(uint32_t cp)
{
	switch (cp)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
		case 0x25CB:			/* ○, a circle for 〇 in older and HK/Macau copy */
			return 0;
		case 0x4E00:			/* 一 */
		case 0x58F9:			/* 壹 */
		case 0x5E7A:			/* 幺 */
			return 1;
		case 0x4E8C:			/* 二 */
		case 0x4E24:			/* 两 */
		case 0x8D30:			/* 贰 */
			return 2;
		case 0x4E09:			/* 三 */
		case 0x53C1:			/* 叁 */
			return 3;
		case 0x56DB:			/* 四 */
		case 0x8086:			/* 肆 */
			return 4;
		case 0x4E94:			/* 五 */
		case 0x4F0D:			/* 伍 */
			return 5;
		case 0x516D:			/* 六 */
		case 0x9646:			/* 陆 */
			return 6;
		case 0x4E03:			/* 七 */
		case 0x67D2:			/* 柒 */
			return 7;
		case 0x516B:			/* 八 */
		case 0x634C:			/* 捌 */
			return 8;
		case 0x4E5D:			/* 九 */
		case 0x7396:			/* 玖 */
			return 9;
	}
	return -1;
}

/* log10 of a small magnitude character (十 1, 百 2, 千 3), 0 if none. */
static inline int
cn_small_mag(uint32_t cp)
{
	switch (cp)
	{
		case 0x5341:			/* 十 */
		case 0x62FE:			/* 拾 */
			return 1;
		case 0x767E:			/* 百 */
		case 0x4F70:			/* 佰 */
			return 2;
		case 0x5343:			/* 千 */
		case 0x4EDF:			/* 仟 */
			return 3;
	}
	return 0;
}

#define CP_WAN 0x4E07			/* 万 */
#define CP_YI 0x4EBF			/* 亿 */
#define CP_ZHAO 0x5146			/* 兆 */
#define CP_JI 0x51E0			/* 几 */
#define CP_SHU 0x6570			/* 数 */
#define CP_DIAN 0x70B9			/* 点 */
#define CP_DUO 0x591A			/* 多 */
#define CP_YU 0x4F59			/* 余 */
#define CP_FEN 0x5206			/* 分 */
#define CP_ZHI 0x4E4B			/* 之 */

/* Arabic digit value at text[p] (ASCII or full-width), with its length. */
static inline int
arabic_digit(const char *text, size_t len, size_t p, int *n)
{
	unsigned char c;

	if (p >= len)
		return -1;
	c = (unsigned char) text[p];
	if (c >= '0' && c <= '9')
	{
		*n = 1;
		return c - '0';
	}
	if (c == 0xEF && p + 2 < len && (unsigned char) text[p + 1] == 0xBC &&
		(unsigned char) text[p + 2] >= 0x90 && (unsigned char) text[p + 2] <= 0x99)
	{
		*n = 3;
		return (unsigned char) text[p + 2] - 0x90;
	}
	return -1;
}

/*
 * Bytes between Arabic digits and the 万/亿 at p (a blank, a provisional
 * figure's note mark: lp_numeral_gap.c); 0 when none.
 */
size_t		lp_num_gap_before_mag(const char *text, size_t len, size_t p);

#endif							/* LP_NUMERAL_INT_H */
