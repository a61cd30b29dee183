/*
 * lp_numeral.c — reading numerals: Arabic digits (with thousands
 * separators and decimals), Chinese numerals (零〇一二…九十百千, 两, 幺,
 * financial 壹贰叁…拾佰仟), the magnitudes 万/亿/万亿, mixed forms (4.4万,
 * 13万2, 3万4000, 25万6千, 三万五), fuzzy forms (十几万, 数十亿, 两三)
 * and 百分之/千分之.
 *
 * Values are exact: a 128-bit integer and a decimal scale, at most 38
 * digits (longer digit runs are codes, not amounts).  A fuzzy numeral is
 * read twice in parallel, as its low and its high end.
 */
#include "lp.h"
#include "lp_qty.h"
#include "lp_text.h"

#include <stdio.h>
#include <string.h>

typedef unsigned __int128 u128;

typedef struct dv
{
	u128		m;
	int			s;				/* value = m * 10^-s */
	int			bad;			/* overflowed */
} dv;

static const u128 DV_LIMIT = (u128) 1000000000000000000ull * (u128) 100000000000000000ull;	/* 1e35 */

static dv
dv_int(unsigned long long v)
{
	dv			r = {v, 0, 0};

	return r;
}

static dv
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
static dv
dv_mul_factor(dv a, int log10f)
{
	return dv_mul_pow10(a, log10f);
}

static dv
dv_add(dv a, dv b)
{
	dv			r;

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
static dv
dv_trim(dv a)
{
	while (a.s > 0 && a.m % 10 == 0)
	{
		a.m /= 10;
		a.s--;
	}
	return a;
}

static void
dv_format(dv a, char *out, size_t outsz)
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

/* ---------- character classes ---------- */

/* Value of a Chinese digit character (financial forms, 两, 幺 too), -1 if none. */
int
lp_cn_digit(uint32_t cp)
{
	switch (cp)
	{
		case 0x96F6:			/* 零 */
		case 0x3007:			/* 〇 */
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
static int
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
#define CP_JI 0x51E0			/* 几 */
#define CP_SHU 0x6570			/* 数 */
#define CP_DIAN 0x70B9			/* 点 */
#define CP_DUO 0x591A			/* 多 */
#define CP_YU 0x4F59			/* 余 */
#define CP_FEN 0x5206			/* 分 */
#define CP_ZHI 0x4E4B			/* 之 */

int
lp_num_start_char(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19) ||
		lp_cn_digit(cp) >= 0 || cn_small_mag(cp) || cp == CP_WAN || cp == CP_YI ||
		cp == CP_JI || cp == CP_SHU;
}

/* Arabic digit value at text[p] (ASCII or full-width), with its length. */
static int
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

/* length of a decimal point ("." or "．") at p, 0 if none */
static int
point_at(const char *text, size_t len, size_t p)
{
	if (p < len && text[p] == '.')
		return 1;
	if (p + 2 < len && (unsigned char) text[p] == 0xEF &&
		(unsigned char) text[p + 1] == 0xBC && (unsigned char) text[p + 2] == 0x8E)
		return 3;
	return 0;
}

/*
 * Read an Arabic number at p: digits, thousands groups of exactly three
 * digits, a decimal fraction.  Returns the end offset; fills v, the
 * number of integer digits, and whether there was a point.
 */
static size_t
read_arabic(const char *text, size_t len, size_t p, dv *v, int *int_digits,
			int *has_point, int *leading_zero, int *ndigits)
{
	int			d,
				n,
				k = 0,
				total = 0;
	size_t		bytes;

	*v = dv_int(0);
	*has_point = 0;
	*leading_zero = (arabic_digit(text, len, p, &n) == 0 &&
					 arabic_digit(text, len, p + n, &n) >= 0);
	while ((d = arabic_digit(text, len, p, &n)) >= 0)
	{
		if ((k & 0xFFFF) == 0xFFFF)
			LP_CHECK_INTERRUPTS();
		if (!v->bad)
		{
			*v = dv_mul_pow10(*v, 1);
			v->m += d;
		}
		p += n;
		k++;
	}
	total = k;
	/* thousands separators: only before groups of exactly three digits */
	if (k <= 3)
	{
		for (;;)
		{
			int			sl = sep_at(text, len, p),
						g;
			size_t		q;

			if (sl == 0)
				break;
			g = count_digits(text, len, p + sl, &bytes);
			if (g != 3)
				break;
			/* a group followed by a point or a non-digit closes it */
			for (q = p + sl; arabic_digit(text, len, q, &n) >= 0; q += n)
			{
				*v = dv_mul_pow10(*v, 1);
				v->m += arabic_digit(text, len, q, &n);
			}
			p = q;
			k += 3;
			total += 3;
		}
	}
	*int_digits = k;
	/* decimal fraction */
	{
		int			pl = point_at(text, len, p);

		if (pl && arabic_digit(text, len, p + pl, &n) >= 0)
		{
			p += pl;
			*has_point = 1;
			while ((d = arabic_digit(text, len, p, &n)) >= 0)
			{
				*v = dv_mul_pow10(*v, 1);
				v->m += d;
				v->s++;
				p += n;
				total++;
			}
		}
	}
	*ndigits = total;
	if (total > 36)
		v->bad = 1;
	return p;
}

enum tok
{
	T_NONE, T_ARABIC, T_CNDIGIT, T_SMALLMAG, T_BIGMAG, T_ZERO
};

/* Does a unit that starts with a magnitude character begin at p? */
static int
unit_starts_here(const char *text, size_t len, size_t p)
{
	size_t		ul;

	return lp_unit_at(text, len, p, &ul) != NULL;
}

static int	num_read(const char *text, size_t len, size_t pos, lp_num *n, int depth);
static void fraction_after(const char *text, size_t len, lp_num *n, int arabic);

int
lp_num_read(const char *text, size_t len, size_t pos, lp_num *n)
{
	return num_read(text, len, pos, n, 0);
}

/*
 * depth 0 reads 百分之/千分之 prefixes and N分之M fractions around an
 * inner numeral read at depth 1, which reads neither: one level, no
 * recursion on hostile input (百分之百分之…, 三分之三分之…).
 */
static int
num_read(const char *text, size_t len, size_t pos, lp_num *n, int depth)
{
	size_t		p = pos;
	dv			total[2],
				sec[2],
				cur[2],
				mant[2];
	int			cur_set = 0,
				last = T_NONE,
				before_cur = T_NONE,
				before_cur_mag = 0,	/* log10 of the magnitude before cur */
				last_small = 0,
				zero_seen = 0,
				big_count = 0,
				big_log = 0,	/* largest big magnitude seen (log10) */
				cur_single = 0, /* cur is one digit written alone */
				cur_frac = 0,
				n_tokens = 0,
				n_digit_tokens = 0,
				fuzzy = 0,
				i,
				cl;
	uint32_t	cp;
	const char *magword = NULL;
	size_t		magword_len = 0;

	memset(n, 0, sizeof(*n));
	n->start = pos;
	n->end = pos;
	for (i = 0; i < 2; i++)
		total[i] = sec[i] = cur[i] = mant[i] = dv_int(0);

	/* 百分之 / 千分之 */
	if (depth == 0 && pos + 9 <= len && memcmp(text + pos, "百分之", 9) == 0)
		n->percent_word = 1;
	else if (depth == 0 && pos + 9 <= len && memcmp(text + pos, "千分之", 9) == 0)
		n->percent_word = 2;
	if (n->percent_word)
	{
		lp_num		inner;

		/* 百分之百分之…: one level only (no recursion on hostile input) */
		if (pos + 18 <= len && (memcmp(text + pos + 9, "百分之", 9) == 0 ||
								memcmp(text + pos + 9, "千分之", 9) == 0))
		{
			n->end = pos + 9;
			return 0;
		}

		if (!num_read(text, len, pos + 9, &inner, 1) || inner.percent_word ||
			inner.mag[0])
		{
			n->end = pos + 9;
			return 0;
		}
		*n = inner;
		n->start = pos;
		n->percent_word = (memcmp(text + pos, "百", 3) == 0) ? 1 : 2;
		return 1;
	}

	while (p < len)
	{
		if ((n_tokens & 0xFFFF) == 0xFFFF)
			LP_CHECK_INTERRUPTS();
		cp = lp_utf8_next(text + p, len - p, &cl);

		/* Arabic digits */
		if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
		{
			dv			v;
			int			intd,
						hp,
						lz,
						nd;

			if (last == T_ARABIC || last == T_CNDIGIT || cur_set)
				break;
			p = read_arabic(text, len, p, &v, &intd, &hp, &lz, &nd);
			if (v.bad)
			{
				n->end = p;
				n->overflow = 1;
				return 0;
			}
			before_cur = last;
			before_cur_mag = last == T_BIGMAG ? big_log : last_small;
			cur[0] = cur[1] = v;
			cur_set = 1;
			cur_single = (nd == 1);
			cur_frac = hp;
			if (n_tokens == 0)
			{
				n->int_digits = intd;
				n->leading_zero = lz;
			}
			n->has_point |= hp;
			n->has_digit = 1;
			last = T_ARABIC;
			n_tokens++;
			n_digit_tokens++;
			continue;
		}

		/* Chinese digits */
		{
			int			d = lp_cn_digit(cp);

			if (d >= 0)
			{
				if (last == T_ARABIC)
					break;
				if (d == 0 && (last == T_SMALLMAG || last == T_BIGMAG))
				{
					zero_seen = 1;
					last = T_ZERO;
					p += cl;
					n_tokens++;
					continue;
				}
				if (last == T_CNDIGIT && cur_frac)
					break;
				if (last == T_CNDIGIT && cur_set)
				{
					int			prev = (int) cur[0].m;

					/* 两三, 五六, 三五, 一两: a fuzzy pair of digits */
					if (!n->cn_sequence && !fuzzy && cur[0].s == 0 &&
						cur[0].m == cur[1].m && cur[0].m < 10 && prev > 0 &&
						(d == prev + 1 || (prev == 3 && d == 5)))
					{
						cur[1] = dv_int(d);
						fuzzy = 1;
					}
					else if (fuzzy && !n->cn_sequence)
						break;
					else
					{
						/* 二〇二三: digits read one by one */
						n->cn_sequence = 1;
						for (i = 0; i < 2; i++)
						{
							cur[i] = dv_mul_pow10(cur[i], 1);
							cur[i].m += d;
						}
					}
					cur_single = 0;
					p += cl;
					n->has_cn = 1;
					n_tokens++;
					n_digit_tokens++;
					continue;
				}
				if (cur_set)
					break;
				if (n->cn_sequence)
					break;
				before_cur = last;
				before_cur_mag = last == T_BIGMAG ? big_log : last_small;
				cur[0] = cur[1] = dv_int(d);
				cur_set = 1;
				cur_single = 1;
				cur_frac = 0;
				last = T_CNDIGIT;
				n->has_cn = 1;
				p += cl;
				n_tokens++;
				n_digit_tokens++;
				continue;
			}
		}

		/* 几 / 数: an unknown digit, only next to a magnitude */
		if (cp == CP_JI || cp == CP_SHU)
		{
			size_t		q = p + cl;
			int			cl2;
			uint32_t	nx = q < len ? lp_utf8_next(text + q, len - q, &cl2) : 0;
			int			after_mag = (last == T_SMALLMAG || last == T_BIGMAG);

			if (cur_set || fuzzy || last == T_ARABIC)
				break;
			if (!after_mag && !(cn_small_mag(nx) || nx == CP_WAN || nx == CP_YI))
				break;
			if (cp == CP_SHU && after_mag)
				break;
			before_cur = last;
			before_cur_mag = last == T_BIGMAG ? big_log : last_small;
			cur[0] = dv_int(after_mag ? 1 : 2);
			cur[1] = dv_int(9);
			cur_set = 1;
			cur_single = 0;		/* 十几 is not 十 + abbreviated digit */
			cur_frac = 0;
			fuzzy = 1;
			last = T_CNDIGIT;
			n->has_cn = 1;
			p += cl;
			n_tokens++;
			n_digit_tokens++;
			continue;
		}

		/* 十 百 千 */
		{
			int			lg = cn_small_mag(cp);

			if (lg)
			{
				if (unit_starts_here(text, len, p))
					break;		/* 千米, 千瓦时, 百分点 */
				if (n->cn_sequence)
					break;
				if (last == T_SMALLMAG && lg >= last_small)
					break;
				if (last_small && lg >= last_small && !cur_set)
					break;
				for (i = 0; i < 2; i++)
				{
					dv			v = cur_set ? cur[i] : dv_int(1);

					sec[i] = dv_add(sec[i], dv_mul_factor(v, lg));
				}
				cur_set = 0;
				cur_frac = 0;
				last_small = lg;
				last = T_SMALLMAG;
				n->has_cn = 1;
				p += cl;
				n_tokens++;
				continue;
			}
		}

		/* "428.88 亿元": a blank between digits and 万/亿 */
		if (cp == ' ' && last == T_ARABIC && p + 4 <= len &&
			(memcmp(text + p + 1, "万", 3) == 0 || memcmp(text + p + 1, "亿", 3) == 0))
		{
			p++;
			continue;
		}

		/* 万 亿 万亿 */
		if (cp == CP_WAN || cp == CP_YI)
		{
			int			lg = cp == CP_WAN ? 4 : 8;
			size_t		wl = cl;

			if (cp == CP_WAN && p + 6 <= len && memcmp(text + p + 3, "亿", 3) == 0)
			{
				lg = 12;
				wl = 6;
			}
			if (n->cn_sequence || last == T_BIGMAG)
				break;
			for (i = 0; i < 2; i++)
			{
				dv			vb = dv_add(sec[i], cur_set ? cur[i] : dv_int(0));

				if (!cur_set && last == T_NONE)
					vb = dv_int(1);		/* 万元, 亿元: a bare magnitude */
				mant[i] = vb;
				if (lg > big_log)
					total[i] = dv_mul_factor(dv_add(total[i], vb), lg);
				else
					total[i] = dv_add(total[i], dv_mul_factor(vb, lg));
				sec[i] = cur[i] = dv_int(0);
			}
			if (lg > big_log)
				big_log = lg;
			magword = text + p;
			magword_len = wl;
			big_count++;
			cur_set = 0;
			cur_frac = 0;
			last_small = 0;
			zero_seen = 0;
			last = T_BIGMAG;
			p += wl;
			n_tokens++;
			continue;
		}

		/* 点: the decimal point of a Chinese numeral */
		if (cp == CP_DIAN && last == T_CNDIGIT && cur_set && !cur_frac && !fuzzy &&
			!n->cn_sequence)
		{
			size_t		q = p + cl;
			int			cl2,
						d,
						k = 0;
			dv			f = cur[0];

			while (q < len && (d = lp_cn_digit(lp_utf8_next(text + q, len - q, &cl2))) >= 0)
			{
				f = dv_mul_pow10(f, 1);
				f.m += d;
				f.s++;
				q += cl2;
				k++;
			}
			if (k == 0)
				break;
			cur[0] = cur[1] = f;
			cur_frac = 1;
			cur_single = 0;
			n->has_point = 1;
			p = q;
			continue;
		}

		/* 多 / 余 after a number: about */
		if ((cp == CP_DUO || cp == CP_YU) && !n->approx && n_tokens > 0 &&
			!fuzzy && !n->cn_sequence)
		{
			size_t		q = p + cl,
						ul;
			int			cl2;
			uint32_t	nx = q < len ? lp_utf8_next(text + q, len - q, &cl2) : 0;

			if (nx == CP_WAN || nx == CP_YI || lp_unit_at(text, len, q, &ul) != NULL)
			{
				n->approx = 1;
				p = q;
				if (nx == CP_WAN || nx == CP_YI)
					continue;
				break;
			}
			break;
		}
		break;
	}

	n->end = p;
	if (n_tokens == 0)
		return 0;

	/* 三万五, 二千五, 13万2: a lone final digit is one order below the
	 * magnitude before it */
	if (cur_set && cur_single && !zero_seen && !cur_frac &&
		(before_cur == T_BIGMAG || before_cur == T_SMALLMAG) && before_cur_mag >= 2)
	{
		for (i = 0; i < 2; i++)
			cur[i] = dv_mul_factor(cur[i], before_cur_mag - 1);
	}

	n->bare_mag = (n_digit_tokens == 0);
	if (n_tokens == 1 && n->has_cn && cur_set && !fuzzy && !n->has_point)
	{
		uint32_t	c0 = lp_utf8_next(text + pos, len - pos, &cl);

		n->cn_single = (c0 == 0x4E00 || c0 == 0x4E8C || c0 == 0x96F6 || c0 == 0x3007);
	}

	for (i = 0; i < (fuzzy ? 2 : 1); i++)
	{
		dv			t = dv_add(total[i], dv_add(sec[i], cur_set ? cur[i] : dv_int(0)));

		if (t.bad || mant[i].bad)
		{
			n->end = p;
			n->overflow = 1;
			return 0;
		}
		if (big_count == 1 && last == T_BIGMAG)
			dv_format(mant[i], i ? n->value_hi : n->value, LP_NUM_MAX);
		else
		{
			/* keep the written scale of a plain number ("8.0") */
			if (big_count > 0 || n_tokens > 1)
				t = dv_trim(t);
			dv_format(t, i ? n->value_hi : n->value, LP_NUM_MAX);
		}
	}
	if (big_count == 1 && last == T_BIGMAG)
	{
		const char *f = lp_magnitude_at(magword, magword_len, 0, &magword_len);

		if (magword_len < sizeof(n->mag))
		{
			memcpy(n->mag, magword, magword_len);
			n->mag[magword_len] = '\0';
			n->mag_factor = f;
		}
	}
	if (strcmp(n->value, n->value_hi) == 0)
		n->value_hi[0] = '\0';
	/* 三分之一, 五分之二, 4/5: a fraction, read as a percent */
	if (depth == 0 && !fuzzy && !n->approx && !n->has_point && !n->cn_sequence &&
		!n->value_hi[0])
		fraction_after(text, len, n, n->has_digit && !n->has_cn && n_tokens == 1);
	return 1;
}

#define FRACTION_SCALE 2		/* decimals of a fraction's percent: 33.33 */

/*
 * n, just read, is the denominator of a fraction when N分之M follows it
 * (Chinese numerals or digits: 三分之一, 十分之一, 三百分之一, 3分之1) or,
 * for a lone Arabic integer, "/" and a larger denominator of at most 10
 * (2/3, 4/5: not a date or code, so nothing code-like may follow).  On
 * success n becomes the fraction as a percent rounded to FRACTION_SCALE
 * decimals (三分之一 → 33.33, percent_word 3) ending after the numerator.
 */
static void
fraction_after(const char *text, size_t len, lp_num *n, int arabic)
{
	char		num[LP_NUM_MAX],
				den[LP_NUM_MAX],
				num100[LP_NUM_MAX],
				pct[LP_NUM_MAX];
	size_t		p = n->end,
				end;
	int			has_cn = 0,
				has_digit = 0;

	if (n->mag[0])
	{
		if (lp_dec_mul(n->value, n->mag_factor, den, sizeof(den)) != LP_OK)
			return;
	}
	else
		memcpy(den, n->value, sizeof(den));
	if (p + 6 <= len && memcmp(text + p, "分之", 6) == 0)
	{
		lp_num		inner;

		if (!num_read(text, len, p + 6, &inner, 1) || inner.percent_word ||
			inner.mag[0] || inner.value_hi[0] || inner.approx || inner.cn_sequence)
			return;
		memcpy(num, inner.value, sizeof(num));
		end = inner.end;
		has_cn = inner.has_cn;
		has_digit = inner.has_digit;
		if (lp_dec_cmp(den, "2") < 0 || lp_dec_cmp(den, "100000000") > 0 ||
			lp_dec_cmp(num, "0") <= 0 || lp_dec_cmp(num, den) > 0)
			return;
	}
	else if (arabic && p < len && (text[p] == '/' ||
								   (p + 3 <= len && memcmp(text + p, "／", 3) == 0)))
	{
		size_t		q = p + (text[p] == '/' ? 1 : 3);
		int			d,
					dl,
					k = 0,
					dv_den = 0;
		uint32_t	nx;
		int			cl;

		while ((d = arabic_digit(text, len, q, &dl)) >= 0 && k < 3)
		{
			dv_den = dv_den * 10 + d;
			q += dl;
			k++;
		}
		if (k == 0 || k > 2 || dv_den < 2 || dv_den > 10 || n->int_digits > 1)
			return;
		/* 1/3 but not 4/5/2023, 1/2-3, 1/10000, 3/4.5, 1/2A */
		nx = q < len ? lp_utf8_next(text + q, len - q, &cl) : 0;
		if (nx == '/' || nx == '-' || nx == '.' || nx == ':' || nx == '_' || nx == '+' ||
			(nx >= '0' && nx <= '9') || (nx >= 0xFF10 && nx <= 0xFF19) ||
			(nx >= 'A' && nx <= 'Z') || (nx >= 'a' && nx <= 'z') ||
			nx == 0x65E5 || nx == 0x53F7 || nx == 0x6708)	/* 日 号 月 */
			return;
		snprintf(num, sizeof(num), "%s", n->value);
		snprintf(den, sizeof(den), "%d", dv_den);
		if (lp_dec_cmp(num, "0") <= 0 || lp_dec_cmp(num, den) >= 0)
			return;
		end = q;
		has_digit = 1;
	}
	else
		return;
	if (lp_dec_mul(num, "100", num100, sizeof(num100)) != LP_OK ||
		lp_dec_div(num100, den, FRACTION_SCALE, pct, sizeof(pct)) != LP_OK)
		return;
	memcpy(n->value, pct, sizeof(n->value));
	n->value_hi[0] = '\0';
	n->mag[0] = '\0';
	n->mag_factor = NULL;
	n->percent_word = 3;
	n->end = end;
	n->has_cn |= has_cn;
	n->has_digit |= has_digit;
	n->cn_single = 0;
	n->bare_mag = 0;
	n->int_digits = 0;
	n->leading_zero = 0;
}

int
lp_cn_number(const char *s, size_t len, char *out, size_t outsz, lp_error *err)
{
	lp_num		n;
	size_t		a = 0,
				b = len;
	char		lo[LP_NUM_MAX];

	if (s == NULL)
		return lp_fail(err, LP_ESYNTAX, 0, 0, "invalid numeral: no text at byte offset 0");
	while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n' || s[a] == '\r'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\n' || s[b - 1] == '\r'))
		b--;
	if (a == b)
		return lp_fail(err, LP_ESYNTAX, a, 0, "invalid numeral: empty string at byte offset %zu", a);
	if (!lp_num_read(s, b, a, &n) && n.overflow)
		return lp_fail(err, LP_ERANGE, a, 0,
					   "numeral \"%.*s\" has too many digits (at byte offset %zu)",
					   lp_clip_len(s + a, b - a, 64), s + a, a);
	if (!lp_num_read(s, b, a, &n) || n.value_hi[0] || n.approx || n.cn_sequence)
	{
		size_t		off = n.end > a && n.end < b ? n.end : a;

		if (n.value_hi[0] || n.approx)
			off = a;
		return lp_fail(err, LP_ESYNTAX, off, 0,
					   "invalid numeral \"%.*s\" at byte offset %zu",
					   lp_clip_len(s + a, b - a, 64), s + a, off);
	}
	if (n.end != b)
		return lp_fail(err, LP_ESYNTAX, n.end, 0,
					   "invalid numeral: unexpected \"%.*s\" at byte offset %zu",
					   lp_clip_len(s + n.end, b - n.end, 32), s + n.end, n.end);
	if (n.mag[0])
	{
		if (lp_dec_mul(n.value, n.mag_factor, lo, sizeof(lo)) != LP_OK)
			return lp_fail(err, LP_ERANGE, a, 0, "numeral out of range");
	}
	else
		memcpy(lo, n.value, sizeof(lo));
	if (strlen(lo) + 1 > outsz)
		return lp_fail(err, LP_ERANGE, a, 0, "numeral out of range");
	memcpy(out, lo, strlen(lo) + 1);
	return LP_OK;
}
