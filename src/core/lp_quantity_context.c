/*
 * lp_quantity_context.c — what the words around a number add to a
 * quantity mention: qualifier words (约, 以上, 至少…), a unit from a table
 * label or from a list that shares one, 元 in a money clause, a minus
 * sign, a longer unit around 多/余/半 (3个多月), a doubling (翻两番), and
 * the exact values of the result.  Helpers of quantity_at (lp_quantity.c);
 * they call only the dictionaries (lp_units.c) and the numeral reader.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "lp.h"
#include "lp_qty.h"
#include "lp_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MONEY_WINDOW 90			/* bytes looked back for 资金, 投资 ... */
#define GAP_MAX 4				/* characters between 至少 and its number */
#define LIST_MAX_ITEMS 6		/* items of a list that shares a unit */
#define LIST_MAX_BYTES 96

size_t
lp_q_line_start(const char *text, size_t p, size_t limit)
{
	const char *nl;

	if (p <= limit)
		return p;
	nl = memrchr(text + limit, '\n', p - limit);
	return nl ? (size_t) (nl - text) + 1 : limit;
}

/* Fill the value fields of q from b; 0 when a value does not fit. */
int
lp_q_fill_values(lp_quantity *q, const lp_qbuild *b)
{
	char		factor[LP_NUM_MAX];
	const char *uf = b->unit ? b->unit->factor : "1";

	if (b->mag_factor)
	{
		if (lp_dec_mul(b->mag_factor, uf, factor, sizeof(factor)) != LP_OK)
			return 0;
	}
	else
		lp_copy_str(factor, sizeof(factor), uf);
	lp_copy_str(q->value, sizeof(q->value), b->value);
	lp_copy_str(q->value_hi, sizeof(q->value_hi), b->value_hi);
	if (strcmp(factor, "1") == 0)
	{
		lp_copy_str(q->base_value, sizeof(q->base_value), b->value);
		lp_copy_str(q->base_value_hi, sizeof(q->base_value_hi), b->value_hi);
	}
	else
	{
		if (lp_dec_mul(b->value, factor, q->base_value, sizeof(q->base_value)) != LP_OK)
			return 0;
		q->base_value_hi[0] = '\0';
		if (b->value_hi[0] &&
			lp_dec_mul(b->value_hi, factor, q->base_value_hi, sizeof(q->base_value_hi)) != LP_OK)
			return 0;
	}
	if (strlen(b->mag) + (b->unit ? strlen(b->unit->name) : 0) >= sizeof(q->unit))
		return 0;
	lp_copy_str(q->unit, sizeof(q->unit), b->mag);
	lp_copy_str(q->unit + strlen(b->mag), sizeof(q->unit) - strlen(b->mag),
			 b->unit ? b->unit->name : "");
	lp_copy_str(q->base_unit, sizeof(q->base_unit), b->unit ? b->unit->base : "");
	q->dimension = b->unit ? b->unit->dimension : "";
	return 1;
}

/* value * magnitude as a plain number in the unit without magnitude */
int
lp_q_full_value(const lp_num *n, char *out, size_t outsz, int hi)
{
	const char *v = hi && n->value_hi[0] ? n->value_hi : n->value;

	if (n->mag_factor)
		return lp_dec_mul(v, n->mag_factor, out, outsz) == LP_OK;
	lp_copy_str(out, outsz, v);
	return 1;
}

/* Put a minus sign before a decimal string (not before zero); 0 if no room. */
int
lp_q_negate(char *v, size_t sz)
{
	size_t		n = strlen(v);

	if (n == 0 || v[0] == '-' || strspn(v, "0.") == n)
		return 1;
	if (n + 2 > sz)
		return 0;
	memmove(v + 1, v, n + 1);
	v[0] = '-';
	return 1;
}

/*
 * A minus sign glued before the number at c ("-3.2%", "增长-1.5%",
 * "同比－3.2％", a table cell "\t-0.8"): its byte length, 0 if none.  A
 * hyphen after a digit, a letter, a percent sign or another sign joins a
 * range, a date or a code (1-6月, 2022-4-19, LH03-04, 5%-3%), not a sign.
 */
size_t
lp_q_sign_before(const char *text, size_t ls, size_t c)
{
	size_t		s;
	uint32_t	m,
				b;

	if (c <= ls)
		return 0;
	s = lp_q_prev_start(text, ls, c);
	m = lp_q_cp_before(text, ls, c);
	if (m != '-' && m != 0x2212 && m != 0xFF0D)	/* - − － */
		return 0;
	b = lp_q_cp_before(text, ls, s);
	if (lp_q_is_arabic(b) || lp_q_is_alpha(b) || b == '-' || b == '+' || b == '.' ||
		b == '/' || b == '_' || b == 0x2212 || b == 0xFF0D || b == 0xFF0B ||
		b == '~' || b == 0xFF5E || b == 0x2014 || b == 0x2013 ||
		b == '%' || b == 0xFF05 || b == 0x2030 ||
		(b >= 0xFF21 && b <= 0xFF3A) || (b >= 0xFF41 && b <= 0xFF5A))
		return 0;
	return c - s;
}

/* Can a quantity in unit u be negative (money, percent, points, ratio)? */
int
lp_q_signed_dimension(const lp_unit *u)
{
	const char *d;

	if (u == NULL)
		return 1;
	d = u->dimension;
	return strncmp(d, "money", 5) == 0 || strcmp(d, "percent") == 0 ||
		strcmp(d, "permille") == 0 || strcmp(d, "points") == 0 ||
		strcmp(d, "ratio") == 0 || strcmp(d, "price") == 0 || d[0] == '\0';
}

/*
 * Qualifier words around a number: a suffix at *end, a prefix attached at
 * num_start (moves *start), or a prefix a few characters before.
 */
lp_qualifier
lp_q_find_qualifier(const char *text, size_t len, size_t num_start, int bare,
			   int infix_approx, size_t *start, size_t *end)
{
	lp_qualifier q,
				result = LP_Q_EQ;
	size_t		wl,
				ls = lp_q_line_start(text, num_start,
								num_start > 64 ? num_start - 64 : 0);
	int			gap_ok,
				have = 0;

	*start = num_start;
	/* a suffix decides: 以上, 以内, 左右 */
	if (lp_qualword_at(text, len, *end, LP_QP_SUFFIX, &q, &wl))
	{
		*end += wl;
		result = q;
		have = 1;
	}
	/* a prefix attached to the number: 超, 近, 约, 不少于 */
	if (lp_qualword_before(text, ls, num_start, LP_QP_PREFIX, &q, &wl, &gap_ok))
	{
		*start = num_start - wl;
		if (!have)
			result = q;
		have = 1;
	}
	else if (bare &&
			 lp_qualword_before(text, ls, num_start, LP_QP_BARE, &q, &wl, &gap_ok))
	{
		*start = num_start - wl;
		if (!have)
			result = q;
		have = 1;
	}
	if (!have && infix_approx)
		return LP_Q_APPROX;
	if (!have)
	{
		/* 至少新增10个: a prefix a few characters before the number */
		size_t		p = num_start;
		int			k;

		for (k = 0; k < GAP_MAX && p > ls; k++)
		{
			uint32_t	c = lp_q_cp_before(text, ls, p);

			if (!lp_is_hanzi(c) || lp_num_start_char(c))
				break;
			p = lp_q_prev_start(text, ls, p);
			if (lp_qualword_before(text, ls, p, LP_QP_PREFIX, &q, &wl, &gap_ok) &&
				gap_ok)
				return q;
		}
	}
	return result;
}

/* Is there a money word in the clause around [s, e)? */
int
lp_q_money_context(const char *text, size_t len, size_t s, size_t e)
{
	size_t		from = s > MONEY_WINDOW ? s - MONEY_WINDOW : 0,
				p,
				to = e + 9 < len ? e + 9 : len;

	from = lp_q_line_start(text, s, from);
	/* stay in the sentence: start after the last 。 or ； before s */
	for (p = s; p > from + 2; p--)
		if ((unsigned char) text[p - 3] == 0xE3 && (unsigned char) text[p - 2] == 0x80 &&
			(unsigned char) text[p - 1] == 0x82)
		{
			from = p;
			break;
		}
	for (p = e; p + 3 <= to; p++)
		if (text[p] == '\n' ||
			((unsigned char) text[p] == 0xE3 && (unsigned char) text[p + 1] == 0x80 &&
			 (unsigned char) text[p + 2] == 0x82) ||
			((unsigned char) text[p] == 0xEF && (unsigned char) text[p + 1] == 0xBC &&
			 ((unsigned char) text[p + 2] == 0x8C || (unsigned char) text[p + 2] == 0x9B)))
		{
			to = p;
			break;
		}
	if (lp_money_context(text, from, s))
		return 1;
	return lp_money_context(text, e, to);
}

/*
 * 3个多月: the unit 个 is followed by an infix word (多/余, or 半 in
 * 3个半月) and the rest of a longer unit (个月).  Returns that unit and
 * moves *ue past it, or NULL.
 */
const lp_unit *
lp_q_unit_around_word(const char *text, size_t len, const lp_unit *u, size_t *ue,
				 int half)
{
	char		joined[64];
	size_t		nl = strlen(u->name),
				ends[3],
				p = *ue + 3;
	int			k,
				nk = 0;

	if (*ue + 3 > len)
		return NULL;
	if (half ? memcmp(text + *ue, "半", 3) != 0 :
		(memcmp(text + *ue, "多", 3) != 0 && memcmp(text + *ue, "余", 3) != 0))
		return NULL;
	while (nk < 3 && p < len)
	{
		int			l;

		lp_q_cp_at(text, len, p, &l);
		p += l;
		ends[nk++] = p;
	}
	for (k = nk - 1; k >= 0; k--)
	{
		size_t		rest = ends[k] - (*ue + 3),
					jl;
		const lp_unit *j;

		if (nl + rest >= sizeof(joined))
			continue;
		memcpy(joined, u->name, nl);
		memcpy(joined + nl, text + *ue + 3, rest);
		j = lp_unit_at(joined, nl + rest, 0, &jl);
		if (j && jl == nl + rest)
		{
			*ue = ends[k];
			return j;
		}
	}
	/* 两成半, 两倍半: the half of the unit itself */
	if (half && (strcmp(u->name, "成") == 0 || strcmp(u->name, "倍") == 0))
	{
		*ue += 3;
		return u;
	}
	return NULL;
}

/*
 * A unit label right before a number in a flattened table row:
 * "地区生产总值（亿元） 2571.67" or "亿元\t2571.67".  NULL if none.
 */
const lp_unit *
lp_q_label_unit_before(const char *text, size_t ls, size_t c)
{
	size_t		p = c,
				close,
				open;

	/* skip blanks, tabs and a colon */
	while (p > ls)
	{
		size_t		s = lp_q_prev_start(text, ls, p);
		uint32_t	ch = lp_q_cp_before(text, ls, p);

		if (ch == ' ' || ch == '\t' || ch == 0x3000 || ch == ':' || ch == 0xFF1A)
			p = s;
		else
			break;
	}
	if (p == c && p > ls && text[p - 1] != ')' &&
		lp_q_cp_before(text, ls, p) != 0xFF09)
		return NULL;			/* the number is glued to the word before */
	if (p > ls && (text[p - 1] == ')' || lp_q_cp_before(text, ls, p) == 0xFF09))
	{
		close = lp_q_prev_start(text, ls, p);
		for (open = close; open > ls && close - open < 40;)
		{
			uint32_t	ch = lp_q_cp_before(text, ls, open);

			open = lp_q_prev_start(text, ls, open);
			if (ch == '(' || ch == 0xFF08)
			{
				size_t		in = open + (ch == '(' ? 1 : 3);

				return lp_unit_lookup(text + in, close - in);
			}
		}
		return NULL;
	}
	/* a whole cell: from the previous blank or tab */
	{
		size_t		end = p,
					st = p;

		while (st > ls && end - st < 40)
		{
			uint32_t	ch = lp_q_cp_before(text, ls, st);

			if (ch == ' ' || ch == '\t' || ch == 0x3000)
				break;
			st = lp_q_prev_start(text, ls, st);
		}
		if (st == end || (st > ls && end - st >= 40))
			return NULL;
		if (st != ls && lp_q_cp_before(text, ls, st) != ' ' && lp_q_cp_before(text, ls, st) != '\t' &&
			lp_q_cp_before(text, ls, st) != 0x3000)
			return NULL;
		return lp_unit_lookup(text + st, end - st);
	}
}

/*
 * 翻一番 (doubled), 翻两番 (quadrupled), 翻了三番: the number n at c of
 * doublings, between 翻 or 翻了 and 番, is the ratio 2^n 倍 (at most ten
 * doublings).  The mention starts at 翻.  Returns 1 and fills q.
 */
int
lp_q_doubling_at(const char *text, size_t len, size_t ls, size_t c, const lp_num *n,
			lp_quantity *q)
{
	lp_qbuild		b;
	size_t		verb = 0,
				e = n->end;
	int			k;

	if (e + 3 > len || memcmp(text + e, "番", 3) != 0 || n->mag[0] || n->has_point ||
		n->value_hi[0] || n->approx || n->percent_word || n->cn_sequence ||
		strlen(n->value) > 2)
		return 0;
	if (c >= ls + 3 && memcmp(text + c - 3, "翻", 3) == 0)
		verb = 3;
	else if (c >= ls + 6 && memcmp(text + c - 6, "翻了", 6) == 0)
		verb = 6;
	k = atoi(n->value);
	if (verb == 0 || k < 1 || k > 10)
		return 0;
	memset(&b, 0, sizeof(b));
	snprintf(b.value, sizeof(b.value), "%d", 1 << k);
	b.unit = lp_unit_lookup("倍", 3);
	memset(q, 0, sizeof(*q));
	q->num_start = c;
	q->end = e + 3;
	q->qualifier = lp_q_find_qualifier(text, len, c, 0, 0, &q->start, &q->end);
	if (q->start > c - verb)
		q->start = c - verb;
	return b.unit != NULL && lp_q_fill_values(q, &b);
}

/* A separator of list items at p ("3、5和8个百分点"): its length, 0 if none. */
static size_t
list_sep_at(const char *text, size_t len, size_t p)
{
	int			cl;
	uint32_t	c = lp_q_cp_at(text, len, p, &cl);

	switch (c)
	{
		case 0x3001:			/* 、 */
		case 0x548C:			/* 和 */
		case 0x53CA:			/* 及 */
		case 0x4E0E:			/* 与 */
			return cl;
	}
	return 0;
}

/*
 * The unit a list gives its items written without one (or with a cut one):
 * "增长3、5和8个百分点", "分别提高3.1个、1.2个百分点", "1.2亿、3亿元" take
 * the unit of the first later item that has one.  Items are numbers of the
 * same kind (digits or Chinese) joined by 、和及与; a date or a name at the
 * end (3、4月, 1、2号线, 2021、2022年) gives no unit.
 */
const lp_unit *
lp_q_shared_unit_after(const char *text, size_t len, size_t p, const lp_num *first)
{
	size_t		limit = len - p > LIST_MAX_BYTES ? p + LIST_MAX_BYTES : len;
	int			items;

	for (items = 0; items < LIST_MAX_ITEMS && p < limit; items++)
	{
		size_t		sl = list_sep_at(text, len, p),
					ul = 0;
		lp_num		m;
		const lp_unit *u;

		if (sl == 0 || !lp_num_read(text, len, p + sl, &m) ||
			m.has_digit != first->has_digit || m.cn_sequence || m.cn_single ||
			m.percent_word || m.value_hi[0])
			return NULL;
		u = lp_unit_at(text, len, m.end, &ul);
		if (u != NULL)
		{
			if (lp_nonquantity_at(text, len, m.end, LP_NQ_AFTER) > 0 ||
				(lp_q_unit_is_year(u) && lp_q_looks_like_year(&m)))
				return NULL;
			return u;
		}
		p = m.end;
	}
	return NULL;
}

/* Range separator at p: its length, 0 if none. */
size_t
lp_q_range_sep_at(const char *text, size_t len, size_t p)
{
	int			cl;
	uint32_t	c = lp_q_cp_at(text, len, p, &cl);

	switch (c)
	{
		case '-':
		case '~':
		case 0xFF0D:			/* － */
		case 0xFF5E:			/* ～ */
		case 0x301C:			/* 〜 */
		case 0x2013:			/* – */
		case 0x81F3:			/* 至 */
		case 0x5230:			/* 到 */
			return cl;
		case 0x2014:			/* — or —— */
			if (lp_q_cp_at(text, len, p + cl, &cl) == 0x2014)
				return 6;
			return 3;
	}
	return 0;
}
