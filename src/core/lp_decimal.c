/*
 * lp_decimal.c — exact arithmetic on canonical decimal strings.
 *
 * Quantities carry their values as decimal strings ("428.88",
 * "42888000000") so nothing is lost to binary floating point.  Folding a
 * value to its base unit multiplies by a factor; converting between units
 * of one dimension may divide (亩 = 2000/3 平方米).  Numbers are held as
 * digit arrays, at most LP_DEC_DIGITS significant digits; longer ones fail
 * with LP_ERANGE instead of being rounded silently.
 */
#include "lp.h"
#include "lp_qty.h"

#include <stddef.h>
#include <string.h>

#define DEC_CAP 160				/* digit slots: enough for a product or a
								 * scaled dividend of two 40-digit numbers */

typedef struct bigdec
{
	int			neg;
	int			nd;				/* number of digits in d */
	int			scale;			/* value = d * 10^-scale */
	unsigned char d[DEC_CAP];	/* most significant first */
} bigdec;

/* Strip leading zeros of the integer d (keeping at least one digit). */
static void
big_trim_leading(bigdec *b)
{
	int			i = 0;

	while (i < b->nd - 1 && b->d[i] == 0)
		i++;
	if (i > 0)
	{
		memmove(b->d, b->d + i, b->nd - i);
		b->nd -= i;
	}
}

/* Significant digits of b: leading and trailing zeros do not count. */
static int
big_significant(const bigdec *b)
{
	int			lo = 0,
				hi = b->nd;

	while (lo < hi && b->d[lo] == 0)
		lo++;
	while (hi > lo && b->d[hi - 1] == 0)
		hi--;
	return hi - lo;
}

/*
 * Parse "-12.50" into b.  Accepts an optional sign, digits, an optional
 * point with digits; nothing else.  LP_ESYNTAX or LP_ERANGE on failure.
 */
static int
big_parse(const char *s, bigdec *b)
{
	const char *p = s;
	int			seen_digit = 0,
				seen_point = 0;

	b->neg = b->nd = b->scale = 0;	/* digits past nd are never read */
	if (s == NULL)
		return LP_ESYNTAX;
	if (*p == '-' || *p == '+')
	{
		b->neg = (*p == '-');
		p++;
	}
	for (; *p; p++)
	{
		if (*p >= '0' && *p <= '9')
		{
			if (b->nd == 0 && *p == '0' && !seen_point)
			{
				seen_digit = 1;
				continue;		/* leading zero of the integer part */
			}
			if (b->nd >= LP_DEC_DIGITS * 2)
				return LP_ERANGE;
			b->d[b->nd++] = (unsigned char) (*p - '0');
			seen_digit = 1;
			if (seen_point)
				b->scale++;
		}
		else if (*p == '.' && !seen_point)
			seen_point = 1;
		else
			return LP_ESYNTAX;
	}
	if (!seen_digit && b->nd == 0)
		return LP_ESYNTAX;
	if (b->nd == 0)
		b->d[b->nd++] = 0;
	if (big_significant(b) > LP_DEC_DIGITS)
		return LP_ERANGE;
	return LP_OK;
}

static int
big_is_zero(const bigdec *b)
{
	int			i;

	for (i = 0; i < b->nd; i++)
		if (b->d[i])
			return 0;
	return 1;
}

/*
 * Write b as a canonical string: no leading zeros, trailing zeros of the
 * fraction dropped, "-" only for non-zero values.
 */
static int
big_format(const bigdec *b0, char *out, size_t outsz)
{
	bigdec		b;
	char		tmp[DEC_CAP + 8];
	size_t		n = 0;
	int			i,
				intdigits;

	memcpy(&b, b0, offsetof(bigdec, d) + b0->nd);	/* the digits in use */
	while (b.scale > 0 && b.nd > 0 && b.d[b.nd - 1] == 0)
	{
		b.nd--;
		b.scale--;
	}
	if (b.scale < 0)
	{
		/* append zeros to the integer */
		if (b.nd - b.scale > DEC_CAP)
			return LP_ERANGE;
		memset(b.d + b.nd, 0, -b.scale);
		b.nd += -b.scale;
		b.scale = 0;
	}
	if (b.nd == 0)
		b.d[b.nd++] = 0;
	/* make sure there is a digit before the point */
	if (b.nd <= b.scale)
	{
		int			pad = b.scale - b.nd + 1;

		if (b.nd + pad > DEC_CAP)
			return LP_ERANGE;
		memmove(b.d + pad, b.d, b.nd);
		memset(b.d, 0, pad);
		b.nd += pad;
	}
	big_trim_leading(&b);
	if (b.nd <= b.scale)
	{
		int			pad = b.scale - b.nd + 1;

		memmove(b.d + pad, b.d, b.nd);
		memset(b.d, 0, pad);
		b.nd += pad;
	}
	if (big_significant(&b) > LP_DEC_DIGITS)
		return LP_ERANGE;
	if (b.neg && !big_is_zero(&b))
		tmp[n++] = '-';
	intdigits = b.nd - b.scale;
	for (i = 0; i < b.nd; i++)
	{
		if (i == intdigits)
			tmp[n++] = '.';
		tmp[n++] = (char) ('0' + b.d[i]);
	}
	tmp[n] = '\0';
	if (n + 1 > outsz)
		return LP_ERANGE;
	memcpy(out, tmp, n + 1);
	return LP_OK;
}

/* Are b's digits (leading zeros trimmed) a 1 and zeros only? */
static int
is_power_of_ten(const bigdec *b)
{
	int			i;

	if (b->nd < 1 || b->d[0] != 1)
		return 0;
	for (i = 1; i < b->nd; i++)
		if (b->d[i] != 0)
			return 0;
	return 1;
}

int
lp_dec_mul(const char *a, const char *b, char *out, size_t outsz)
{
	bigdec		x,
				y,
				r;
	int			rc,
				i,
				j;
	int			acc[DEC_CAP];

	if ((rc = big_parse(a, &x)) != LP_OK || (rc = big_parse(b, &y)) != LP_OK)
		return rc;
	big_trim_leading(&x);
	big_trim_leading(&y);
	if (x.nd + y.nd > DEC_CAP)
		return LP_ERANGE;
	r.nd = x.nd + y.nd;
	r.scale = x.scale + y.scale;
	r.neg = x.neg != y.neg;
	if (is_power_of_ten(&y))
	{
		/* a unit's factor (1, 10000, 0.01): the product's digits are x's, shifted */
		r.d[0] = 0;
		memcpy(r.d + 1, x.d, (size_t) x.nd);
		memset(r.d + 1 + x.nd, 0, (size_t) (y.nd - 1));
		return big_format(&r, out, outsz);
	}
	memset(acc, 0, r.nd * sizeof(acc[0]));
	for (i = x.nd - 1; i >= 0; i--)
		for (j = y.nd - 1; j >= 0; j--)
			acc[i + j + 1] += x.d[i] * y.d[j];
	for (i = r.nd - 1; i > 0; i--)
	{
		acc[i - 1] += acc[i] / 10;
		acc[i] %= 10;
	}
	for (i = 0; i < r.nd; i++)
		r.d[i] = (unsigned char) acc[i];
	return big_format(&r, out, outsz);
}

/* Compare the magnitudes of two integers given as digit arrays. */
static int
digits_cmp(const unsigned char *a, int na, const unsigned char *b, int nb)
{
	int			i;

	while (na > 0 && *a == 0)
	{
		a++;
		na--;
	}
	while (nb > 0 && *b == 0)
	{
		b++;
		nb--;
	}
	if (na != nb)
		return na < nb ? -1 : 1;
	for (i = 0; i < na; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

/* a -= b where a >= b, both integers of na / nb digits (aligned right). */
static void
digits_sub(unsigned char *a, int na, const unsigned char *b, int nb)
{
	int			i,
				borrow = 0;

	for (i = 0; i < na; i++)
	{
		int			ai = a[na - 1 - i];
		int			bi = i < nb ? b[nb - 1 - i] : 0;
		int			v = ai - bi - borrow;

		borrow = v < 0;
		if (v < 0)
			v += 10;
		a[na - 1 - i] = (unsigned char) v;
	}
}

int
lp_dec_div(const char *a, const char *b, int scale, char *out, size_t outsz)
{
	bigdec		x,
				y,
				q;
	unsigned char num[DEC_CAP];
	unsigned char rem[DEC_CAP + 1];
	int			rc,
				nn,
				nr = 0,
				i,
				shift;

	if ((rc = big_parse(a, &x)) != LP_OK || (rc = big_parse(b, &y)) != LP_OK)
		return rc;
	if (big_is_zero(&y))
		return LP_ERANGE;
	if (scale < 0 || scale > LP_DEC_DIGITS)
		return LP_ERANGE;
	big_trim_leading(&x);
	big_trim_leading(&y);

	/*
	 * x/y = (X 10^-sx) / (Y 10^-sy).  Compute Q = X 10^shift / Y with shift
	 * = scale + 1 + sy - sx, giving scale + 1 fraction digits, then round.
	 */
	shift = scale + 1 + y.scale - x.scale;
	nn = x.nd;
	memcpy(num, x.d, x.nd);
	if (shift > 0)
	{
		if (nn + shift > DEC_CAP)
			return LP_ERANGE;
		memset(num + nn, 0, shift);
		nn += shift;
	}
	else if (shift < 0)
	{
		/* drop digits of the dividend below what is needed (truncation) */
		nn += shift;
		if (nn <= 0)
		{
			num[0] = 0;
			nn = 1;
		}
	}
	q.nd = 0;
	for (i = 0; i < nn; i++)
	{
		int			digit = 0;

		/* no interrupt check: at most DEC_CAP digits, and the unit tables
		 * are built with this function before they are published */
		rem[nr++] = num[i];
		while (digits_cmp(rem, nr, y.d, y.nd) >= 0)
		{
			digits_sub(rem, nr, y.d, y.nd);
			digit++;
		}
		/* keep rem short */
		while (nr > 1 && rem[0] == 0)
		{
			memmove(rem, rem + 1, nr - 1);
			nr--;
		}
		q.d[q.nd++] = (unsigned char) digit;
	}
	/* round half away from zero on the extra digit */
	q.scale = scale + 1;
	if (q.nd > 0)
	{
		int			last = q.d[q.nd - 1];

		q.nd--;
		q.scale--;
		if (last >= 5)
		{
			int			k = q.nd - 1;

			while (k >= 0 && q.d[k] == 9)
				q.d[k--] = 0;
			if (k >= 0)
				q.d[k]++;
			else
			{
				memmove(q.d + 1, q.d, q.nd);
				q.d[0] = 1;
				q.nd++;
			}
		}
	}
	if (q.nd == 0)
		q.d[q.nd++] = 0;
	q.neg = x.neg != y.neg;
	return big_format(&q, out, outsz);
}

int
lp_dec_cmp(const char *a, const char *b)
{
	bigdec		x,
				y;
	int			xz,
				yz,
				ix,
				iy,
				c,
				i,
				n;


	if (big_parse(a, &x) != LP_OK)
		memset(&x, 0, sizeof(x)), x.nd = 1;
	if (big_parse(b, &y) != LP_OK)
		memset(&y, 0, sizeof(y)), y.nd = 1;
	xz = big_is_zero(&x);
	yz = big_is_zero(&y);
	if (xz)
		x.neg = 0;
	if (yz)
		y.neg = 0;
	if (x.neg != y.neg)
		return x.neg ? -1 : 1;
	big_trim_leading(&x);
	big_trim_leading(&y);
	/* compare integer parts by length, then digit by digit */
	ix = x.nd - x.scale;
	iy = y.nd - y.scale;
	if (xz)
		ix = 0;
	if (yz)
		iy = 0;
	/* align at the point and compare digit by digit */
	n = (ix > iy ? ix : iy);
	if (n < 0)
		n = 0;
	{
		int			fx = x.scale,
					fy = y.scale,
					f = fx > fy ? fx : fy;

		for (i = -n; i < f; i++)
		{
			/* i counts digit places from the point: -1 is the units */
			int			px = ix + i,
						py = iy + i,
						dx,
						dy;

			dx = (px >= 0 && px < x.nd) ? x.d[px] : 0;
			dy = (py >= 0 && py < y.nd) ? y.d[py] : 0;
			if (dx != dy)
			{
				c = dx < dy ? -1 : 1;
				return x.neg ? -c : c;
			}
		}
	}
	return 0;
}

int
lp_dec_normalize(const char *a, char *out, size_t outsz)
{
	bigdec		x;
	int			rc;

	if ((rc = big_parse(a, &x)) != LP_OK)
		return rc;
	return big_format(&x, out, outsz);
}

int
lp_clip_len(const char *s, size_t n, size_t max)
{
	if (n <= max)
		return (int) n;
	n = max;
	while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
		n--;
	return (int) n;
}
