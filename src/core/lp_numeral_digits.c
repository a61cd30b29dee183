/*
 * lp_numeral_digits.c — Arabic numbers and exact values: a run of digits
 * (ASCII or full-width) with thousands separators and a decimal fraction
 * read into an exact value (lp_read_arabic), an exact value written back as
 * a decimal string (lp_dv_format), and the characters that can start a
 * numeral.  The token reader is lp_numeral.c.
 */
#include "lp.h"
#include "lp_numeral_int.h"
#include "lp_qty.h"
#include "lp_text.h"

#include <stdio.h>
#include <string.h>

void
lp_dv_format(dv a, char *out, size_t outsz)
{
	char		digits[64];
	int			n = 0,
				i,
				k = 0;
	char		tmp[72];

	if (a.m == 0)
		a.s = 0;				/* 零点零零…: zero, however many places */
	if (a.s > 60)
	{
		/* more places than any amount has: below every unit, write zero */
		snprintf(out, outsz, "0");
		return;
	}
	if (a.m == 0)
		digits[n++] = '0';
	if (a.m <= UINT64_MAX)
	{
		uint64_t	m = (uint64_t) a.m;	/* 64-bit division is cheaper */

		for (; m > 0; m /= 10)
			digits[n++] = (char) ('0' + (int) (m % 10));
		a.m = 0;
	}
	while (a.m > 0 && n < 60)
	{
		digits[n++] = (char) ('0' + (int) (a.m % 10));
		a.m /= 10;
	}
	while (n <= a.s)
		digits[n++] = '0';
	for (i = n - 1; i >= 0; i--)
	{
		tmp[k++] = digits[i];
		if (i == a.s && a.s > 0)
			tmp[k++] = '.';
	}
	tmp[k] = '\0';
	if ((size_t) k + 1 > outsz)
		k = (int) outsz - 1;	/* cannot happen: 38 digits fit LP_NUM_MAX */
	memcpy(out, tmp, k);
	out[k] = '\0';
}

int
lp_cn_digit(uint32_t cp)
{
	return cn_digit(cp);
}

/* the forms of cn_digit that are no plain digit: amounts' 大写 and 两/幺 */
int
lp_cn_financial_digit(uint32_t cp)
{
	static const uint32_t plain[] = {0x96F6, 0x3007, 0x25CB, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
	0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D};
	size_t		i;

	if (cn_digit(cp) < 0)
		return 0;
	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		if (plain[i] == cp)
			return 0;
	return 1;
}

int
lp_num_start_char(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) ||
		cn_digit(cp) >= 0 || cn_small_mag(cp) || cp == CP_WAN || cp == CP_YI ||
		cp == CP_JI || cp == CP_SHU;
}

/* Count Arabic digits starting at p; sets *bytes. */
static int
count_digits(const char *text, size_t len, size_t p, size_t *bytes)
{
	int			k = 0,
				n;
	size_t		q = p;

	while (arabic_digit(text, len, q, &n) >= 0)
	{
		q += n;
		k++;
	}
	*bytes = q - p;
	return k;
}

/* length of a thousands separator (",", "，") at p, 0 if none */
static int
sep_at(const char *text, size_t len, size_t p)
{
	if (p < len && text[p] == ',')
		return 1;
	if (p + 2 < len && (unsigned char) text[p] == 0xEF &&
		(unsigned char) text[p + 1] == 0xBC && (unsigned char) text[p + 2] == 0x8C)
		return 3;
	return 0;
}

/*
 * length of a decimal point ("." or "．") at p, 0 if none; a middle dot
 * before a digit ("263·8亿元") is one in copies of PDF and OCR text
 */
static int
point_at(const char *text, size_t len, size_t p)
{
	if (p < len && text[p] == '.')
		return 1;
	if (p + 2 < len && (unsigned char) text[p] == 0xEF &&
		(unsigned char) text[p + 1] == 0xBC && (unsigned char) text[p + 2] == 0x8E)
		return 3;
	if (p + 2 < len && (unsigned char) text[p] == 0xC2 && (unsigned char) text[p + 1] == 0xB7 &&
		text[p + 2] >= '0' && text[p + 2] <= '9')
		return 2;
	return 0;
}

/* Append the Arabic digits at p to v (one more place each); their count in *k. */
static size_t
read_digit_run(const char *text, size_t len, size_t p, dv *v, int *k)
{
	int			d,
				n;

	while ((d = arabic_digit(text, len, p, &n)) >= 0)
	{
		if ((*k & 0xFFFF) == 0xFFFF)
			LP_CHECK_INTERRUPTS();
		if (!v->bad)
		{
			*v = dv_mul_pow10(*v, 1);
			v->m += d;
		}
		p += n;
		(*k)++;
	}
	return p;
}

/*
 * "9 946万元": a space (or a thin or no-break space) groups thousands in
 * yearbooks and their copies.  Only one group, right after the lead digits
 * and written against what follows it (a unit, a point): a space after the
 * group is a table's next column ("12 345 678").  Length, 0 if none.
 */
static int
space_sep_at(const char *text, size_t len, size_t p)
{
	const unsigned char *u = (const unsigned char *) text;
	int			sl = 0;
	size_t		bytes,
				e;

	if (p < len && text[p] == ' ')
		sl = 1;
	else if (p + 1 < len && u[p] == 0xC2 && u[p + 1] == 0xA0)
		sl = 2;
	else if (p + 2 < len && u[p] == 0xE2 && u[p + 1] == 0x80 && (u[p + 2] == 0x89 || u[p + 2] == 0xAF))
		sl = 3;
	if (sl == 0 || count_digits(text, len, p + sl, &bytes) != 3)
		return 0;
	e = p + sl + bytes;
	if (e >= len || u[e] == ' ' || u[e] == '\t' || u[e] == '\n' || u[e] == '\r' ||
		u[e] == 0xC2 || u[e] == 0xE2)
		return 0;
	return sl;
}

/* 1,100,000: thousands separators, each before a group of exactly three
 * digits (a group followed by a point or a non-digit closes it). */
static size_t
read_thousands(const char *text, size_t len, size_t p, dv *v, int *k)
{
	int			n;
	size_t		bytes;

	for (;;)
	{
		int			sl = sep_at(text, len, p);
		size_t		q;

		if (sl == 0 || count_digits(text, len, p + sl, &bytes) != 3)
			return p;
		for (q = p + sl; arabic_digit(text, len, q, &n) >= 0; q += n)
		{
			*v = dv_mul_pow10(*v, 1);
			v->m += arabic_digit(text, len, q, &n);
		}
		p = q;
		*k += 3;
	}
}

/* ".88": a decimal point followed by digits, appended to v as its scale */
static size_t
read_decimals(const char *text, size_t len, size_t p, dv *v, int *has_point, int *k)
{
	int			pl = point_at(text, len, p),
				d,
				n;

	if (!pl || arabic_digit(text, len, p + pl, &n) < 0)
		return p;
	p += pl;
	*has_point = 1;
	while ((d = arabic_digit(text, len, p, &n)) >= 0)
	{
		*v = dv_mul_pow10(*v, 1);
		v->m += d;
		v->s++;
		p += n;
		(*k)++;
	}
	return p;
}

/*
 * Read an Arabic number at p: digits, thousands groups of exactly three
 * digits, a decimal fraction.  Returns the end offset; fills v, the
 * number of integer digits, whether there was a point, whether it starts
 * with a zero ("03") and the number of digits (over 36: overflow).
 */
size_t
lp_read_arabic(const char *text, size_t len, size_t p, dv *v, int *int_digits,
			int *has_point, int *leading_zero, int *ndigits)
{
	int			n,
				k = 0,
				fraction = 0;

	*v = dv_int(0);
	*has_point = 0;
	*leading_zero = (arabic_digit(text, len, p, &n) == 0 &&
					 arabic_digit(text, len, p + n, &n) >= 0);
	p = read_digit_run(text, len, p, v, &k);
	if (k <= 3 && space_sep_at(text, len, p) > 0)
	{
		p += space_sep_at(text, len, p);
		p = read_digit_run(text, len, p, v, &k);
	}
	else if (k <= 3)
		p = read_thousands(text, len, p, v, &k);
	*int_digits = k;
	p = read_decimals(text, len, p, v, has_point, &fraction);
	*ndigits = k + fraction;
	if (*ndigits > 36)
		v->bad = 1;
	return p;
}
