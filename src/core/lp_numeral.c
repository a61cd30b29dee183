/*
 * lp_numeral.c — reading numerals: Arabic digits (thousands separators, decimals),
 * Chinese numerals (零〇一二…九十百千, 两, 幺, 壹贰叁…拾佰仟), 万/亿/万亿, mixed forms
 * (4.4万, 13万2, 3万4000, 三万五), digits one by one in 万/亿 groups (九万三五二六,
 * Taiwan copy), fuzzy forms (十几万, 数十亿, 两三) and 百分之/千分之.
 *
 * Values are exact: a 128-bit integer and a decimal scale, at most 38 digits
 * (longer runs are codes).  A fuzzy numeral is read as its low and high end.
 * num_read is a loop over tokens: read_token picks the handler of the
 * token by its first character (Arabic digits, a Chinese digit, 几/数,
 * 十百千, 万亿, 点, a blank, an infix 多/余), and each handler either takes
 * the token, updating the reader's state (numstate), or ends the numeral
 * before it.  The state is then turned into the value (write_values), and
 * 百分之 before it or a fraction after it are read around it.  Arabic
 * digit runs and writing values are lp_numeral_digits.c.
 */
#include "lp.h"
#include "lp_numeral_int.h"
#include "lp_qty.h"
#include "lp_text.h"

#include <stdio.h>
#include <string.h>

static int	num_read(const char *text, size_t len, size_t pos, lp_num *n, int depth);
static void fraction_after(const char *text, size_t len, lp_num *n, int arabic);

int
lp_num_read(const char *text, size_t len, size_t pos, lp_num *n)
{
	return num_read(text, len, pos, n, 0);
}

/*
 * The reader's state: what has been read of the numeral so far.  A fuzzy
 * numeral (十几万, 两三) is read twice in parallel, [0] its low end and [1]
 * its high end; a plain one has [0] == [1].  The value is
 * total + sec + cur: total the part closed by 万/亿, sec the part closed
 * by 十/百/千 since, cur the digits read last.
 */
enum last_token
{
	T_NONE, T_ARABIC, T_CNDIGIT, T_SMALLMAG, T_BIGMAG, T_ZERO
};

typedef struct numstate
{
	const char *text;
	size_t		len;
	size_t		p;				/* next byte to read */
	lp_num	   *n;				/* the result, filled as tokens are read */
	dv			total[2],
				sec[2],
				cur[2],
				mant[2];		/* the value before the last 万/亿 */
	int			cur_set;		/* cur holds digits */
	int			last;			/* enum last_token: the token before */
	int			before_cur;		/* the token before cur's digits */
	int			before_cur_mag; /* log10 of the magnitude before cur */
	int			last_small;		/* log10 of the last 十/百/千, 0 if none */
	int			zero_seen;		/* 零 after a magnitude (一千零五) */
	int			big_count;		/* 万/亿 read */
	int			mant_whole;		/* the last 万/亿 multiplies all before it */
	int			big_log;		/* largest big magnitude (log10) */
	int			cur_single;		/* cur is one digit written alone */
	int			cur_frac;		/* cur has a fraction */
	int			n_tokens;
	int			n_digit_tokens;
	int			fuzzy;			/* [0] and [1] differ */
	const char *magword;		/* the last 万/亿 as written */
	size_t		magword_len;
} numstate;

/* What a token handler did: took the token, ended the numeral before it,
 * or found the numeral too long (overflow). */
enum
{
	TK_TAKEN, TK_END, TK_FAIL
};

/* Does a unit that starts with a magnitude character begin at p? */
static int
unit_starts_here(const char *text, size_t len, size_t p)
{
	size_t		ul;

	return lp_unit_at(text, len, p, &ul) != NULL;
}

static inline int
is_arabic_cp(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/* New digits in cur, [lo, hi]; remembers what came before them. */
static void
begin_digits(numstate *st, dv lo, dv hi)
{
	st->before_cur = st->last;
	st->before_cur_mag = st->last == T_BIGMAG ? st->big_log : st->last_small;
	st->cur[0] = lo;
	st->cur[1] = hi;
	st->cur_set = 1;
}

/* 428.88, 1,100, ３２: a run of Arabic digits */
static int
arabic_token(numstate *st)
{
	lp_num	   *n = st->n;
	dv			v;
	int			intd,
				hp,
				lz,
				nd;

	if (st->last == T_ARABIC || st->last == T_CNDIGIT || st->cur_set)
		return TK_END;
	st->p = lp_read_arabic(st->text, st->len, st->p, &v, &intd, &hp, &lz, &nd);
	if (v.bad)
	{
		n->end = st->p;
		n->overflow = 1;
		return TK_FAIL;
	}
	begin_digits(st, v, v);
	st->cur_single = (nd == 1);
	st->cur_frac = hp;
	if (st->n_tokens == 0)
	{
		n->int_digits = intd;
		n->leading_zero = lz;
	}
	n->has_point |= hp;
	n->has_digit = 1;
	st->last = T_ARABIC;
	st->n_tokens++;
	st->n_digit_tokens++;
	return TK_TAKEN;
}

/* A Chinese digit after another: 两三 (a fuzzy pair) or 二〇二三 (digits read one by one). */
static int
cn_digit_after_digit(numstate *st, int d, int cl)
{
	lp_num	   *n = st->n;
	int			prev = (int) st->cur[0].m,
				i;

	if (!n->cn_sequence && !st->fuzzy && st->cur[0].s == 0 &&
		st->cur[0].m == st->cur[1].m && st->cur[0].m < 10 && prev > 0 &&
		(d == prev + 1 || (prev == 3 && d == 5)))
	{
		/* 两三, 五六, 三五, 一两 */
		st->cur[1] = dv_int(d);
		st->fuzzy = 1;
	}
	else
	{
		if (st->fuzzy)			/* 九万三五二六: a third digit reads a pair one by one */
			st->cur[0] = st->cur[1] = dv_int((int) (st->cur[0].m * 10 + st->cur[1].m));
		st->fuzzy = 0;
		n->cn_sequence = 1;
		for (i = 0; i < 2; i++)
		{
			st->cur[i] = dv_mul_pow10(st->cur[i], 1);
			st->cur[i].m += d;
		}
	}
	st->cur_single = 0;
	st->p += cl;
	n->has_cn = 1;
	st->n_tokens++;
	st->n_digit_tokens++;
	return TK_TAKEN;
}

/* 一 … 九, 两, 壹 …, and 零 after a magnitude (一千零五) */
static int
cn_digit_token(numstate *st, int d, int cl)
{
	lp_num	   *n = st->n;

	if (st->last == T_ARABIC)
		return TK_END;
	if (d == 0 && (st->last == T_SMALLMAG || st->last == T_BIGMAG))
	{
		st->zero_seen = 1;
		st->last = T_ZERO;
		st->p += cl;
		st->n_tokens++;
		return TK_TAKEN;
	}
	if (st->last == T_CNDIGIT && st->cur_frac)
		return TK_END;
	if (st->last == T_CNDIGIT && st->cur_set)
		return cn_digit_after_digit(st, d, cl);
	if (st->cur_set || (n->cn_sequence && st->last != T_BIGMAG))
		return TK_END;
	begin_digits(st, dv_int(d), dv_int(d));
	st->cur_single = 1;
	st->cur_frac = 0;
	st->last = T_CNDIGIT;
	n->has_cn = 1;
	st->p += cl;
	st->n_tokens++;
	st->n_digit_tokens++;
	return TK_TAKEN;
}

/* 几 / 数: an unknown digit, only next to a magnitude (几十, 十几, 数百) */
static int
some_digit_token(numstate *st, uint32_t cp, int cl)
{
	size_t		q = st->p + cl;
	int			cl2;
	uint32_t	nx = q < st->len ? lp_utf8_next(st->text + q, st->len - q, &cl2) : 0;
	int			after_mag = (st->last == T_SMALLMAG || st->last == T_BIGMAG);

	if (st->cur_set || st->fuzzy || st->last == T_ARABIC)
		return TK_END;
	if (!after_mag && !(cn_small_mag(nx) || nx == CP_WAN || nx == CP_YI))
		return TK_END;
	if (cp == CP_SHU && after_mag)
		return TK_END;
	begin_digits(st, dv_int(after_mag ? 1 : 2), dv_int(9));
	st->cur_single = 0;			/* 十几 is not 十 + abbreviated digit */
	st->cur_frac = 0;
	st->fuzzy = 1;
	st->last = T_CNDIGIT;
	st->n->has_cn = 1;
	st->p += cl;
	st->n_tokens++;
	st->n_digit_tokens++;
	return TK_TAKEN;
}

/* 十 百 千: closes the digits before into sec */
static int
small_mag_token(numstate *st, int lg, int cl)
{
	int			i;

	if (unit_starts_here(st->text, st->len, st->p))
		return TK_END;			/* 千米, 千瓦时, 百分点 */
	if (st->n->cn_sequence || st->cur_frac)
		return TK_END;			/* after 十点三 a 十 is the next number's (十点三十分) */
	if (st->last == T_SMALLMAG && lg >= st->last_small)
		return TK_END;
	if (st->last_small && lg >= st->last_small && !st->cur_set)
		return TK_END;
	for (i = 0; i < 2; i++)
	{
		dv			v = st->cur_set ? st->cur[i] : dv_int(1);

		st->sec[i] = dv_add(st->sec[i], dv_mul_factor(v, lg));
	}
	st->cur_set = 0;
	st->cur_frac = 0;
	st->last_small = lg;
	st->last = T_SMALLMAG;
	st->n->has_cn = 1;
	st->p += cl;
	st->n_tokens++;
	return TK_TAKEN;
}

/* "428.88 亿元", "4.53*万人": a blank or note mark between digits and 万/亿 */
static int
blank_token(numstate *st)
{
	size_t		g;

	if (st->last == T_ARABIC && (g = lp_num_gap_before_mag(st->text, st->len, st->p)) > 0)
	{
		st->p += g;
		return TK_TAKEN;
	}
	return TK_END;
}

/*
 * 万 亿 万亿: closes everything before into total; kept as the unit's
 * magnitude.  兆 (taken only before a zhao_unit) is 万亿 and is kept as
 * 万亿, so 143.6兆元 and 143.6万亿元 are one fact.
 */
static int
big_mag_token(numstate *st, uint32_t cp, int cl)
{
	int			lg = cp == CP_WAN ? 4 : 8,
				i;
	size_t		wl = cl;
	const char *word = st->text + st->p;

	if (cp == CP_ZHAO)
		word = "万亿";
	if (cp == CP_ZHAO ||
		(cp == CP_WAN && st->p + 6 <= st->len && lp_same(st->text + st->p + 3, "亿", 3)))
		lg = 12;
	if (cp == CP_WAN && lg == 12)
		wl = 6;
	if (st->last == T_BIGMAG)
		return TK_END;
	for (i = 0; i < 2; i++)
	{
		dv			vb = dv_add(st->sec[i], st->cur_set ? st->cur[i] : dv_int(0));

		if (!st->cur_set && st->last == T_NONE)
			vb = dv_int(1);		/* 万元, 亿元: a bare magnitude */
		/* "一万九千亿": all before a larger 万/亿 is its mantissa (19000 亿) */
		st->mant[i] = lg > st->big_log ? dv_add(st->total[i], vb) : vb;
		/* "61兆6836亿", "3万亿2000亿": the 万亿 before counts in 亿 (616836 亿) */
		if (lg == 8 && st->big_log == 12)
		{
			dv			t = st->total[i];

			t.s += 8;			/* t / 10^8: a scale, exact */
			st->mant[i] = dv_add(dv_trim(t), vb);
		}
		if (lg > st->big_log)
			st->total[i] = dv_mul_factor(dv_add(st->total[i], vb), lg);
		else
			st->total[i] = dv_add(st->total[i], dv_mul_factor(vb, lg));
		st->sec[i] = st->cur[i] = dv_int(0);
	}
	st->mant_whole = lg > st->big_log || (lg == 8 && st->big_log == 12);
	if (lg > st->big_log)
		st->big_log = lg;
	st->magword = word;
	st->magword_len = lg == 12 ? 6 : (size_t) cl;
	st->big_count++;
	st->cur_set = 0;
	st->cur_frac = 0;
	st->last_small = 0;
	st->zero_seen = 0;
	st->last = T_BIGMAG;
	st->p += wl;
	st->n_tokens++;
	return TK_TAKEN;
}

/* 点: the decimal point of a Chinese numeral, with its digits (十三点五), also
 * after 十/百/千 ("一百二十点四五": the fraction is cur, the rest is in sec) */
static int
point_token(numstate *st, int cl)
{
	size_t		q = st->p + cl;
	int			cl2,
				d,
				k = 0,
				after_mag = st->last == T_SMALLMAG && !st->cur_set;
	dv			f = after_mag ? dv_int(0) : st->cur[0];

	if (!((after_mag || (st->last == T_CNDIGIT && st->cur_set)) && !st->cur_frac && !st->fuzzy &&
		  !st->n->cn_sequence))
		return TK_END;
	while (q < st->len &&
		   (d = cn_digit(lp_utf8_next(st->text + q, st->len - q, &cl2))) >= 0)
	{
		f = dv_mul_pow10(f, 1);
		f.m += d;
		f.s++;
		q += cl2;
		k++;
	}
	if (k == 0)
		return TK_END;
	if (after_mag)
	{
		begin_digits(st, f, f);
		st->last = T_CNDIGIT;
	}
	st->cur[0] = st->cur[1] = f;
	st->cur_frac = 1;
	st->cur_single = 0;
	st->n->has_point = 1;
	st->p = q;
	return TK_TAKEN;
}

/*
 * An infix qualifier of "about" (q_qualifiers.tsv: 多, 余) after a number,
 * before 万/亿 (500多亿: read on) or a unit (200余名: the numeral ends).
 */
static int
about_token(numstate *st, uint32_t cp)
{
	lp_num	   *n = st->n;
	lp_qualifier q;
	size_t		wl,
				after,
				ul;
	int			cl2;
	uint32_t	nx;

	if (n->approx || st->n_tokens == 0 || st->fuzzy || n->cn_sequence ||
		!lp_qualword_may_start(LP_QP_INFIX, cp) ||
		!lp_qualword_at(st->text, st->len, st->p, LP_QP_INFIX, &q, &wl) || q != LP_Q_APPROX)
		return TK_END;
	after = st->p + wl;
	nx = after < st->len ? lp_utf8_next(st->text + after, st->len - after, &cl2) : 0;
	if (nx != CP_WAN && nx != CP_YI && lp_unit_at(st->text, st->len, after, &ul) == NULL)
		return TK_END;
	n->approx = 1;
	st->p = after;
	return (nx == CP_WAN || nx == CP_YI) ? TK_TAKEN : TK_END;
}

/* 兆 is 10^12 (Taiwan, Hong Kong) after a number, before zhao_unit (q_words.tsv:
 * money, 斤) or digits and 亿 (one sum); before any other unit it is mega (兆瓦). */
static int
zhao_is_trillion(const numstate *st, int cl)
{
	size_t		q = st->p + cl;
	int			cl2,
				k = 0;
	uint32_t	c;

	if (st->n_tokens == 0)
		return 0;
	if (lp_qword_at(st->text, st->len, q, LP_QW_ZHAO_UNIT) > 0)
		return 1;
	/* 61兆6836亿, 一兆二千亿: digits then 亿 after it */
	while (q < st->len && k < 12 &&
		   (is_arabic_cp(c = lp_utf8_next(st->text + q, st->len - q, &cl2)) ||
			cn_digit(c) >= 0 || cn_small_mag(c) != 0))
	{
		q += cl2;
		k++;
	}
	return k > 0 && q + 3 <= st->len && lp_same(st->text + q, "亿", 3);
}

/* The handler of the token at st->p, by its first character. */
static int
read_token(numstate *st, uint32_t cp, int cl)
{
	int			d,
				lg;

	if (is_arabic_cp(cp))
		return arabic_token(st);
	if ((d = cn_digit(cp)) >= 0)
		return cn_digit_token(st, d, cl);
	if (cp == CP_JI || cp == CP_SHU)
		return some_digit_token(st, cp, cl);
	if ((lg = cn_small_mag(cp)) != 0)
		return small_mag_token(st, lg, cl);
	if (cp == ' ' || cp == '*')
		return blank_token(st);
	if (cp == CP_WAN || cp == CP_YI)
		return big_mag_token(st, cp, cl);
	if (cp == CP_ZHAO && zhao_is_trillion(st, cl))
		return big_mag_token(st, cp, cl);
	if (cp == CP_DIAN)
		return point_token(st, cl);
	return about_token(st, cp);
}

/* Read tokens until one ends the numeral; TK_END or TK_FAIL. */
static int
read_tokens(numstate *st)
{
	while (st->p < st->len)
	{
		int			cl,
					rc;
		uint32_t	cp;

		if ((st->n_tokens & 0xFFFF) == 0xFFFF)
			LP_CHECK_INTERRUPTS();
		cp = lp_utf8_next(st->text + st->p, st->len - st->p, &cl);
		if ((rc = read_token(st, cp, cl)) != TK_TAKEN)
			return rc;
	}
	return TK_END;
}

/* 三万五, 二千五, 13万2: a lone final digit is one order below the
 * magnitude before it */
static void
scale_lone_final_digit(numstate *st)
{
	int			i;

	if (st->cur_set && st->cur_single && !st->zero_seen && !st->cur_frac &&
		(st->before_cur == T_BIGMAG || st->before_cur == T_SMALLMAG) &&
		st->before_cur_mag >= 2)
		for (i = 0; i < 2; i++)
			st->cur[i] = dv_mul_factor(st->cur[i], st->before_cur_mag - 1);
}

/* Is the value the mantissa of the last 万/亿, kept as the unit's magnitude?  One
 * magnitude (4.4万), or one counting all before it: 一万九千亿, 1万9000亿 (19000 亿),
 * 61兆6836亿 (616836 亿); not 三亿五千万 (folded). */
static int
mant_is_value(const numstate *st)
{
	return st->last == T_BIGMAG && (st->big_count == 1 || st->mant_whole);
}

/*
 * Write the value (and the high end of a fuzzy one): the mantissa before a
 * final 万/亿, kept as the unit's magnitude, or the whole value.  0 when
 * it overflowed.
 */
static int
write_values(numstate *st)
{
	lp_num	   *n = st->n;
	int			i;

	for (i = 0; i < (st->fuzzy ? 2 : 1); i++)
	{
		dv			t = dv_add(st->total[i], dv_add(st->sec[i], st->cur_set ? st->cur[i] : dv_int(0)));

		if (t.bad || st->mant[i].bad)
		{
			n->end = st->p;
			n->overflow = 1;
			return 0;
		}
		if (mant_is_value(st))
			lp_dv_format(st->mant[i], i ? n->value_hi : n->value, LP_NUM_MAX);
		else
		{
			/* keep the written scale of a plain number ("8.0") */
			if (st->big_count > 0 || st->n_tokens > 1)
				t = dv_trim(t);
			lp_dv_format(t, i ? n->value_hi : n->value, LP_NUM_MAX);
		}
	}
	if (mant_is_value(st))
	{
		size_t		ml = st->magword_len;
		const char *f = lp_magnitude_at(st->magword, ml, 0, &ml);

		if (ml < sizeof(n->mag))
		{
			memcpy(n->mag, st->magword, ml);
			n->mag[ml] = '\0';
			n->mag_factor = f;
		}
	}
	/* 九万九六六五, 一四〇兆一八七九亿 (Taiwan copy): digits one by one in 万/亿 groups are an amount */
	if (st->big_count > 0)
		n->cn_sequence = 0;
	if (st->fuzzy && strcmp(n->value, n->value_hi) == 0)	/* a plain one wrote none */
		n->value_hi[0] = '\0';
	return 1;
}

/* Is the numeral a lone 一, 二, 零 or 〇? */
static int
is_cn_single(const numstate *st)
{
	const lp_num *n = st->n;
	int			cl;
	uint32_t	c0;

	if (!(st->n_tokens == 1 && n->has_cn && st->cur_set && !st->fuzzy && !n->has_point))
		return 0;
	c0 = lp_utf8_next(st->text + n->start, st->len - n->start, &cl);
	return c0 == 0x4E00 || c0 == 0x4E8C || c0 == 0x96F6 || c0 == 0x3007 || c0 == 0x25CB;
}

/*
 * 百分之 / 千分之 and the numeral after them: 1 or 0 as num_read, -1 when
 * text[pos] starts neither.  The numeral is read at depth 1, which reads
 * no such prefix: one level, no recursion on hostile input.
 */
static int
percent_prefix(const char *text, size_t len, size_t pos, lp_num *n)
{
	lp_num		inner;

	if (pos + 9 <= len && lp_same(text + pos, "百分之", 9))
		n->percent_word = 1;
	else if (pos + 9 <= len && lp_same(text + pos, "千分之", 9))
		n->percent_word = 2;
	else
		return -1;
	/* 百分之百分之…: one level only */
	if (pos + 18 <= len && (lp_same(text + pos + 9, "百分之", 9) ||
							lp_same(text + pos + 9, "千分之", 9)))
	{
		n->end = pos + 9;
		return 0;
	}
	if (!num_read(text, len, pos + 9, &inner, 1) || inner.percent_word || inner.mag[0])
	{
		n->end = pos + 9;
		return 0;
	}
	*n = inner;
	n->start = pos;
	n->percent_word = (lp_same(text + pos, "百", 3)) ? 1 : 2;
	return 1;
}

/*
 * depth 0 reads 百分之/千分之 prefixes and N分之M fractions around an
 * inner numeral read at depth 1, which reads neither: one level, no
 * recursion on hostile input (百分之百分之…, 三分之三分之…).
 */
static int
num_read(const char *text, size_t len, size_t pos, lp_num *n, int depth)
{
	numstate	st;
	int			rc;

	memset(n, 0, sizeof(*n));
	n->start = pos;
	n->end = pos;
	if (depth == 0 && (rc = percent_prefix(text, len, pos, n)) >= 0)
		return rc;
	st = (numstate)
	{
		.text = text,.len = len,.p = pos,.n = n	/* the rest 0: dv_int(0), T_NONE */
	};
	if (read_tokens(&st) == TK_FAIL)
		return 0;
	n->end = st.p;
	if (st.n_tokens == 0)
		return 0;
	scale_lone_final_digit(&st);
	n->bare_mag = (st.n_digit_tokens == 0);
	n->cn_single = is_cn_single(&st);
	if (!write_values(&st))
		return 0;
	/* 三分之一, 五分之二, 4/5: a fraction, read as a percent */
	if (depth == 0 && !st.fuzzy && !n->approx && !n->has_point && !n->cn_sequence &&
		!n->value_hi[0])
		fraction_after(text, len, n, n->has_digit && !n->has_cn && st.n_tokens == 1);
	return 1;
}

#define FRACTION_SCALE 2		/* decimals of a fraction's percent: 33.33 */

/* A fraction read after its denominator n: numerator, denominator, end. */
typedef struct fraction
{
	char		num[LP_NUM_MAX];
	char		den[LP_NUM_MAX];
	size_t		end;
	int			has_cn;
	int			has_digit;
} fraction;

/* 三分之一, 三百分之一, 3分之1: 分之 and a numerator no larger than the
 * denominator (2 .. 10^8); fr->den holds the denominator already. */
static int
fraction_fenzhi(const char *text, size_t len, size_t p, fraction *fr)
{
	lp_num		inner;

	if (!(p + 6 <= len && lp_same(text + p, "分之", 6)))
		return 0;
	if (!num_read(text, len, p + 6, &inner, 1) || inner.percent_word ||
		inner.mag[0] || inner.value_hi[0] || inner.approx || inner.cn_sequence)
		return 0;
	memcpy(fr->num, inner.value, sizeof(fr->num));
	fr->end = inner.end;
	fr->has_cn = inner.has_cn;
	fr->has_digit = inner.has_digit;
	return !(lp_dec_cmp(fr->den, "2") < 0 || lp_dec_cmp(fr->den, "100000000") > 0 ||
			 lp_dec_cmp(fr->num, "0") <= 0 || lp_dec_cmp(fr->num, fr->den) > 0);
}

/* 2/3, 4/5: after a one-digit Arabic integer n, "/" and a larger denominator
 * of at most 10, followed by nothing code- or date-like. */
static int
fraction_slash(const char *text, size_t len, const lp_num *n, fraction *fr)
{
	size_t		p = n->end,
				q;
	int			d,
				dl,
				k = 0,
				den = 0,
				cl;
	uint32_t	nx;

	if (!(p < len && (text[p] == '/' || (p + 3 <= len && lp_same(text + p, "／", 3)))))
		return 0;
	q = p + (text[p] == '/' ? 1 : 3);
	while ((d = arabic_digit(text, len, q, &dl)) >= 0 && k < 3)
	{
		den = den * 10 + d;
		q += dl;
		k++;
	}
	if (k == 0 || k > 2 || den < 2 || den > 10 || n->int_digits > 1)
		return 0;
	/* 1/3 but not 4/5/2023, 1/2-3, 1/10000, 3/4.5, 1/2A */
	nx = q < len ? lp_utf8_next(text + q, len - q, &cl) : 0;
	if (nx == '/' || nx == '-' || nx == '.' || nx == ':' || nx == '_' || nx == '+' ||
		is_arabic_cp(nx) || (nx >= 'A' && nx <= 'Z') || (nx >= 'a' && nx <= 'z') ||
		nx == 0x65E5 || nx == 0x53F7 || nx == 0x6708)	/* 日 号 月 */
		return 0;
	snprintf(fr->num, sizeof(fr->num), "%s", n->value);
	snprintf(fr->den, sizeof(fr->den), "%d", den);
	if (lp_dec_cmp(fr->num, "0") <= 0 || lp_dec_cmp(fr->num, fr->den) >= 0)
		return 0;
	fr->end = q;
	fr->has_digit = 1;
	return 1;
}

/*
 * n, just read, is the denominator of a fraction when N分之M follows it
 * (Chinese numerals or digits: 三分之一, 十分之一, 三百分之一, 3分之1) or,
 * for a lone Arabic integer (arabic), "/" and a larger denominator of at
 * most 10 (2/3, 4/5: not a date or code, so nothing code-like may
 * follow).  On success n becomes the fraction as a percent rounded to
 * FRACTION_SCALE decimals (三分之一 → 33.33, percent_word 3) ending after
 * the numerator.
 */
static void
fraction_after(const char *text, size_t len, lp_num *n, int arabic)
{
	fraction	fr;
	char		num100[LP_NUM_MAX],
				pct[LP_NUM_MAX];

	if (!lp_at(text, len, n->end, "分之") &&
		!(arabic && (lp_at(text, len, n->end, "/") || lp_at(text, len, n->end, "／"))))
		return;					/* no fraction: no denominator to work out */
	memset(&fr, 0, sizeof(fr));
	if (n->mag[0])
	{
		if (lp_dec_mul(n->value, n->mag_factor, fr.den, sizeof(fr.den)) != LP_OK)
			return;
	}
	else
		memcpy(fr.den, n->value, sizeof(fr.den));
	if (!fraction_fenzhi(text, len, n->end, &fr) &&
		!(arabic && fraction_slash(text, len, n, &fr)))
		return;
	if (lp_dec_mul(fr.num, "100", num100, sizeof(num100)) != LP_OK ||
		lp_dec_div(num100, fr.den, FRACTION_SCALE, pct, sizeof(pct)) != LP_OK)
		return;
	memcpy(n->value, pct, sizeof(n->value));
	n->value_hi[0] = '\0';
	n->mag[0] = '\0';
	n->mag_factor = NULL;
	n->percent_word = 3;
	n->end = fr.end;
	n->has_cn |= fr.has_cn;
	n->has_digit |= fr.has_digit;
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
	if (!n.mag[0])
		memcpy(lo, n.value, sizeof(lo));
	else if (lp_dec_mul(n.value, n.mag_factor, lo, sizeof(lo)) != LP_OK)
		return lp_fail(err, LP_ERANGE, a, 0, "numeral out of range");
	if (strlen(lo) + 1 > outsz)
		return lp_fail(err, LP_ERANGE, a, 0, "numeral out of range");
	memcpy(out, lo, strlen(lo) + 1);
	return LP_OK;
}
