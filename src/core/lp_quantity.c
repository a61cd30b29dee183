/*
 * lp_quantity.c — quantity mentions in running text, and a whole string
 * read as one quantity.
 *
 * lp_quantity_next makes one forward scan: it hops over bytes that cannot
 * start a numeral, reads a numeral (lp_numeral.c), then decides from the
 * words around it whether it is a quantity: a unit or measure word after
 * it, qualifier words before and after, a range to a second number.
 * Years, dates, ordinals, codes, slogans, tiers and titles in 《》 are
 * passed over; the word lists that decide this are data (q_*.tsv).
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

#define CP_TITLE_OPEN 0x300A	/* 《 */
#define CP_TITLE_CLOSE 0x300B	/* 》 */
#define TITLE_MAX 600			/* longest title skipped, bytes */
#define MONEY_WINDOW 90			/* bytes looked back for 资金, 投资 ... */
#define GAP_MAX 4				/* characters between 至少 and its number */

/* ---------- small text helpers ---------- */

static uint32_t
cp_at(const char *text, size_t len, size_t p, int *cl)
{
	if (p >= len)
	{
		*cl = 0;
		return 0;
	}
	return lp_utf8_next(text + p, len - p, cl);
}

/* Start of the code point ending at p (p > limit). */
static size_t
prev_start(const char *text, size_t limit, size_t p)
{
	if (p <= limit)
		return limit;
	p--;
	while (p > limit && ((unsigned char) text[p] & 0xC0) == 0x80)
		p--;
	return p;
}

static uint32_t
cp_before(const char *text, size_t limit, size_t p)
{
	int			cl;
	size_t		s;

	if (p <= limit)
		return 0;
	s = prev_start(text, limit, p);
	return lp_utf8_next(text + s, p - s, &cl);
}

static int
is_ascii_alpha(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int
is_arabic(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static size_t
line_start(const char *text, size_t p, size_t limit)
{
	const char *nl;

	if (p <= limit)
		return p;
	nl = memrchr(text + limit, '\n', p - limit);
	return nl ? (size_t) (nl - text) + 1 : limit;
}

/* Skip a run of code-like characters (letters, digits, . - / + _ :) */
static size_t
skip_code_run(const char *text, size_t len, size_t p)
{
	while (p < len)
	{
		unsigned char c = (unsigned char) text[p];

		if ((p & 0xFFFF) == 0)
			LP_CHECK_INTERRUPTS();

		if ((c >= '0' && c <= '9') || is_ascii_alpha(c) || c == '.' ||
			c == '-' || c == '/' || c == '+' || c == '_' || c == ':' ||
			c == '#' || c == '=' || c == '?' || c == '&' || c == '%')
			p++;
		else
			break;
	}
	return p;
}

/* Skip a URL: printable ASCII up to a blank or a non-ASCII character. */
static size_t
skip_url(const char *text, size_t len, size_t p)
{
	while (p < len && (unsigned char) text[p] > ' ' && (unsigned char) text[p] < 0x80)
	{
		if ((p & 0xFFFF) == 0)
			LP_CHECK_INTERRUPTS();
		p++;
	}
	return p;
}

/* Range separator at p: its length, 0 if none. */
static size_t
range_sep_at(const char *text, size_t len, size_t p)
{
	int			cl;
	uint32_t	c = cp_at(text, len, p, &cl);

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
			if (cp_at(text, len, p + cl, &cl) == 0x2014)
				return 6;
			return 3;
	}
	return 0;
}

/* ---------- building a quantity ---------- */

typedef struct qbuild
{
	const lp_unit *unit;		/* NULL: none */
	char		mag[16];		/* magnitude word kept in the unit as written */
	const char *mag_factor;
	char		value[LP_NUM_MAX];
	char		value_hi[LP_NUM_MAX];
} qbuild;

/* Fill the value fields of q from b; 0 when a value does not fit. */
static int
fill_values(lp_quantity *q, const qbuild *b)
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
static int
full_value(const lp_num *n, char *out, size_t outsz, int hi)
{
	const char *v = hi && n->value_hi[0] ? n->value_hi : n->value;

	if (n->mag_factor)
		return lp_dec_mul(v, n->mag_factor, out, outsz) == LP_OK;
	lp_copy_str(out, outsz, v);
	return 1;
}

static int
same_unit_family(const lp_unit *a, const lp_unit *b)
{
	return strcmp(a->base, b->base) == 0 && strcmp(a->dimension, b->dimension) == 0;
}

/* Arabic integer of four digits written as a year (1000..2999)? */
static int
looks_like_year(const lp_num *n)
{
	return n->has_digit && !n->has_cn && !n->has_point && !n->mag[0] &&
		n->int_digits == 4 && (n->value[0] == '1' || n->value[0] == '2');
}

/* Is the unit a 年 (year or years)? */
static int
unit_is_year(const lp_unit *u)
{
	return u && strcmp(u->name, "年") == 0;
}

/* Skip a 《title》 starting at p (which holds 《); returns the new offset. */
static size_t
skip_title(const char *text, size_t len, size_t p)
{
	size_t		q = p + 3,
				lim = p + TITLE_MAX < len ? p + TITLE_MAX : len;

	while (q + 3 <= lim && text[q] != '\n')
	{
		if ((unsigned char) text[q] == 0xE3 && (unsigned char) text[q + 1] == 0x80 &&
			(unsigned char) text[q + 2] == 0x8B)
			return q + 3;
		q++;
	}
	return p + 3;
}

/*
 * If from lies inside a 《title》, the offset after its 》.  Looks back at
 * most TITLE_BACK bytes and not past a line or sentence end, so repeated
 * calls cost little.
 */
#define TITLE_BACK 90
static size_t
escape_title(const char *text, size_t len, size_t from)
{
	size_t		lim = from > TITLE_BACK ? from - TITLE_BACK : 0,
				p = from;

	while (p > lim)
	{
		unsigned char c;

		p--;
		c = (unsigned char) text[p];
		if (c == '\n')
			return from;
		if (c == 0xE3 && p + 2 < len && (unsigned char) text[p + 1] == 0x80)
		{
			unsigned char c3 = (unsigned char) text[p + 2];

			if (c3 == 0x8B || c3 == 0x82)
				return from;	/* 》 or 。 before from */
		}
		if (c == 0xEF && p + 2 < len && (unsigned char) text[p + 1] == 0xBC &&
			(unsigned char) text[p + 2] == 0x8C)
			return from;		/* ， */
		if (c == 0xE3 && p + 2 < len && (unsigned char) text[p + 1] == 0x80)
		{
			unsigned char c3 = (unsigned char) text[p + 2];

			if (c3 == 0x8A)
			{
				size_t		e = skip_title(text, len, p);

				return e > from ? e : from;
			}
		}
	}
	return from;
}

/*
 * Qualifier words around a number: a suffix at *end, a prefix attached at
 * num_start (moves *start), or a prefix a few characters before.
 */
static lp_qualifier
find_qualifier(const char *text, size_t len, size_t num_start, int bare,
			   int infix_approx, size_t *start, size_t *end)
{
	lp_qualifier q,
				result = LP_Q_EQ;
	size_t		wl,
				ls = line_start(text, num_start,
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
			uint32_t	c = cp_before(text, ls, p);

			if (!lp_is_hanzi(c) || lp_num_start_char(c))
				break;
			p = prev_start(text, ls, p);
			if (lp_qualword_before(text, ls, p, LP_QP_PREFIX, &q, &wl, &gap_ok) &&
				gap_ok)
				return q;
		}
	}
	return result;
}

/* Is there a money word in the clause around [s, e)? */
static int
money_context(const char *text, size_t len, size_t s, size_t e)
{
	size_t		from = s > MONEY_WINDOW ? s - MONEY_WINDOW : 0,
				p,
				to = e + 9 < len ? e + 9 : len;

	from = line_start(text, s, from);
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
static const lp_unit *
unit_around_word(const char *text, size_t len, const lp_unit *u, size_t *ue,
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

		cp_at(text, len, p, &l);
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

/* Put a minus sign before a decimal string (not before zero); 0 if no room. */
static int
negate(char *v, size_t sz)
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
static size_t
sign_before(const char *text, size_t ls, size_t c)
{
	size_t		s;
	uint32_t	m,
				b;

	if (c <= ls)
		return 0;
	s = prev_start(text, ls, c);
	m = cp_before(text, ls, c);
	if (m != '-' && m != 0x2212 && m != 0xFF0D)	/* - − － */
		return 0;
	b = cp_before(text, ls, s);
	if (is_arabic(b) || is_ascii_alpha(b) || b == '-' || b == '+' || b == '.' ||
		b == '/' || b == '_' || b == 0x2212 || b == 0xFF0D || b == 0xFF0B ||
		b == '~' || b == 0xFF5E || b == 0x2014 || b == 0x2013 ||
		b == '%' || b == 0xFF05 || b == 0x2030 ||
		(b >= 0xFF21 && b <= 0xFF3A) || (b >= 0xFF41 && b <= 0xFF5A))
		return 0;
	return c - s;
}

/* Can a quantity in unit u be negative (money, percent, points, ratio)? */
static int
signed_dimension(const lp_unit *u)
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
 * A unit label right before a number in a flattened table row:
 * "地区生产总值（亿元） 2571.67" or "亿元\t2571.67".  NULL if none.
 */
static const lp_unit *
label_unit_before(const char *text, size_t ls, size_t c)
{
	size_t		p = c,
				close,
				open;

	/* skip blanks, tabs and a colon */
	while (p > ls)
	{
		size_t		s = prev_start(text, ls, p);
		uint32_t	ch = cp_before(text, ls, p);

		if (ch == ' ' || ch == '\t' || ch == 0x3000 || ch == ':' || ch == 0xFF1A)
			p = s;
		else
			break;
	}
	if (p == c && p > ls && text[p - 1] != ')' &&
		cp_before(text, ls, p) != 0xFF09)
		return NULL;			/* the number is glued to the word before */
	if (p > ls && (text[p - 1] == ')' || cp_before(text, ls, p) == 0xFF09))
	{
		close = prev_start(text, ls, p);
		for (open = close; open > ls && close - open < 40;)
		{
			uint32_t	ch = cp_before(text, ls, open);

			open = prev_start(text, ls, open);
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
			uint32_t	ch = cp_before(text, ls, st);

			if (ch == ' ' || ch == '\t' || ch == 0x3000)
				break;
			st = prev_start(text, ls, st);
		}
		if (st == end || (st > ls && end - st >= 40))
			return NULL;
		if (st != ls && cp_before(text, ls, st) != ' ' && cp_before(text, ls, st) != '\t' &&
			cp_before(text, ls, st) != 0x3000)
			return NULL;
		return lp_unit_lookup(text + st, end - st);
	}
}

/*
 * 翻一番 (doubled), 翻两番 (quadrupled), 翻了三番: the number n at c of
 * doublings, between 翻 or 翻了 and 番, is the ratio 2^n 倍 (at most ten
 * doublings).  The mention starts at 翻.  Returns 1 and fills q.
 */
static int
doubling_at(const char *text, size_t len, size_t ls, size_t c, const lp_num *n,
			lp_quantity *q)
{
	qbuild		b;
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
	q->qualifier = find_qualifier(text, len, c, 0, 0, &q->start, &q->end);
	if (q->start > c - verb)
		q->start = c - verb;
	return b.unit != NULL && fill_values(q, &b);
}

/*
 * Is the number n at c, with the measure word at [e, ue), the name of a
 * policy by its number of articles (罗湖十条, 惠企三十条, “新十条”,
 * “产业菁英30条”) rather than a count (出台10条措施, 出台十条措施, 新建道
 * 路三条)?  The word lists are q_nonquantity.tsv's name_unit, name_close
 * and count_before.
 */
static int
policy_name(const char *text, size_t len, size_t ls, size_t c, const lp_num *n,
			size_t e, size_t ue)
{
	uint32_t	before;
	lp_qualifier qq;
	size_t		wl;
	int			gap;

	if (n->mag[0] || n->value_hi[0] || n->approx || n->percent_word ||
		lp_nonquantity_at(text, ue, e, LP_NQ_NAME_UNIT) != ue - e)
		return 0;
	/* “金融十条”, “产业菁英30条”: quoted */
	if (lp_nonquantity_at(text, len, ue, LP_NQ_NAME_CLOSE) > 0)
		return 1;
	if (!n->has_cn || n->has_digit)
		return 0;
	before = cp_before(text, ls, c);
	if (!lp_is_hanzi(before) || lp_num_start_char(before))
		return 0;
	if (lp_nonquantity_before(text, ls, c, LP_NQ_COUNT_BEFORE) > 0 ||
		lp_qualword_before(text, ls, c, LP_QP_PREFIX, &qq, &wl, &gap) ||
		lp_qualword_before(text, ls, c, LP_QP_BARE, &qq, &wl, &gap))
		return 0;
	return 1;
}

/* A separator of list items at p ("3、5和8个百分点"): its length, 0 if none. */
static size_t
list_sep_at(const char *text, size_t len, size_t p)
{
	int			cl;
	uint32_t	c = cp_at(text, len, p, &cl);

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

#define LIST_MAX_ITEMS 6
#define LIST_MAX_BYTES 96

/*
 * The unit a list gives its items written without one (or with a cut one):
 * "增长3、5和8个百分点", "分别提高3.1个、1.2个百分点", "1.2亿、3亿元" take
 * the unit of the first later item that has one.  Items are numbers of the
 * same kind (digits or Chinese) joined by 、和及与; a date or a name at the
 * end (3、4月, 1、2号线, 2021、2022年) gives no unit.
 */
static const lp_unit *
shared_unit_after(const char *text, size_t len, size_t p, const lp_num *first)
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
				(unit_is_year(u) && looks_like_year(&m)))
				return NULL;
			return u;
		}
		p = m.end;
	}
	return NULL;
}

/*
 * Try to read a quantity whose number starts at c.  Returns 1 and fills q,
 * or 0 and sets *next to where scanning goes on.  lenient != 0 (for
 * lp_quantity_parse) accepts bare numbers, years and codes.
 */
static int
quantity_at(const char *text, size_t len, size_t c, lp_quantity *q,
			size_t *next, int lenient)
{
	lp_num		n,
				n2;
	const lp_unit *u = NULL,
			   *u2 = NULL;
	size_t		e,
				ue,
				ul = 0,
				al,
				sl,
				sign;
	qbuild		b;
	int			cl,
				cl2,
				neg_hi = 0,
				is_range = 0;
	uint32_t	before,
				after;
	size_t		ls = line_start(text, c, c > 64 ? c - 64 : 0);

	if (!lp_num_read(text, len, c, &n))
	{
		cp_at(text, len, c, &cl);
		*next = n.end > c ? n.end : c + (cl ? cl : 1);
		return 0;
	}
	e = n.end;
	*next = e;
	/* a negative number: 增长-1.5%, －3.2％ (the sign is part of the span) */
	sign = (!lenient && n.has_digit) ? sign_before(text, ls, c) : 0;
	before = cp_before(text, ls, c);
	after = cp_at(text, len, e, &cl);

	/* 翻一番, 翻了两番: doubled n times, 2^n 倍 */
	if (!lenient && doubling_at(text, len, ls, c, &n, q))
	{
		*next = q->end;
		return 1;
	}

	if (!lenient)
	{
		/* codes and slogans: PM2.5, LH03, 5G, 1+5+10+N */
		if (n.has_digit && (is_ascii_alpha(before) || is_arabic(before) ||
							before == '+' || before == '.' || before == '_'))
		{
			*next = skip_code_run(text, len, e);
			return 0;
		}
		if (n.has_digit && (after == '+' || after == '_' ||
							(is_ascii_alpha(after) &&
							 lp_unit_at(text, len, e, &ul) == NULL)))
		{
			*next = skip_code_run(text, len, e);
			return 0;
		}
		/* times and dates: 10:20, 2022-4-19, 2022.4.19, 2022/4/19 */
		if (n.has_digit && (after == ':' || after == 0xFF1A) &&
			is_arabic(cp_at(text, len, e + cl, &cl2)))
		{
			*next = skip_code_run(text, len, e + cl);
			return 0;
		}
		if (n.has_digit && (after == '-' || after == '/' || after == '.'))
		{
			lp_num		m;
			size_t		p2 = e + 1;

			if (lp_num_read(text, len, p2, &m) && m.has_digit && !m.has_cn)
			{
				uint32_t	a2 = cp_at(text, len, m.end, &cl2);

				/* 2023/4/5: the month and day read as a fraction */
				if (m.percent_word == 3 ||
					((a2 == '-' || a2 == '/' || a2 == '.') &&
					 is_arabic(cp_at(text, len, m.end + 1, &cl2))))
				{
					*next = skip_code_run(text, len, m.end);
					return 0;
				}
			}
		}
		/* “三首”, “五分钟”: a Chinese numeral opening a quoted slogan */
		if (n.has_cn && !n.has_digit && (before == 0x201C || before == 0x300C))
			return 0;
		/* 二〇二三, 七一; 03-14; a lone 一/二/零 (一批, 二次, 零突破) */
		if (n.cn_sequence || n.cn_single || (n.leading_zero && !n.has_point))
			return 0;
		/* 第十五届, 每万人 */
		if (lp_nonquantity_before(text, ls, c, LP_NQ_BEFORE))
			return 0;
		/* 九年一贯制 (十分 and 万分 are no phrase in 十分之一) */
		if (n.percent_word != 3 &&
			(sl = lp_nonquantity_at(text, len, c, LP_NQ_PHRASE)) > 0)
		{
			*next = c + sl;
			return 0;
		}
	}

	/* 三大, 两级, 11号线, 4.0版, 4月, 40周年 */
	u = n.percent_word ? NULL : lp_unit_at(text, len, e, &ul);
	if (!lenient && (al = lp_nonquantity_at(text, len, e, LP_NQ_AFTER)) > 0 &&
		(u == NULL || al >= ul))
	{
		*next = e + al;
		return 0;
	}
	/* 一期, 十九届: phases and sessions when written in Chinese */
	if (!lenient && n.has_cn && !n.has_digit &&
		(al = lp_nonquantity_at(text, len, e, LP_NQ_CN_AFTER)) > 0 &&
		(u == NULL || al >= ul))
	{
		*next = e + al;
		return 0;
	}
	/* "428.88 亿元": one space between a number and its unit */
	if (u == NULL && !n.percent_word && n.has_digit && !n.has_cn && e < len &&
		text[e] == ' ' && (u = lp_unit_at(text, len, e + 1, &ul)) != NULL)
		ul += 1;
	if (n.percent_word)
	{
		u = lp_unit_lookup(n.percent_word == 2 ? "‰" : "%",
						   n.percent_word == 2 ? 3 : 1);
		ul = 0;
	}
	ue = e + ul;

	/* 3个多月, 两个多小时: 多/余 inside the unit means about */
	if (u && !n.approx)
	{
		const lp_unit *j = unit_around_word(text, len, u, &ue, 0);

		if (j)
		{
			u = j;
			n.approx = 1;
		}
	}
	/* 3个半月, 两成半: a half more (a whole number only) */
	if (u && !n.mag[0] && !n.value_hi[0] && !n.has_point && !n.percent_word &&
		strlen(n.value) + 3 <= sizeof(n.value))
	{
		const lp_unit *j = unit_around_word(text, len, u, &ue, 1);

		if (j)
		{
			u = j;
			strcat(n.value, ".5");
		}
	}

	memset(&b, 0, sizeof(b));
	lp_copy_str(b.value, sizeof(b.value), n.value);
	lp_copy_str(b.value_hi, sizeof(b.value_hi), n.value_hi);
	lp_copy_str(b.mag, sizeof(b.mag), n.mag);
	b.mag_factor = n.mag_factor;
	b.unit = u;

	/* a range to a second number: 1-2个, 5%-6%, 4.5%至5%, 1-2万个 */
	sl = range_sep_at(text, len, ue);
	if (lenient && sl > 0 && ue + sl < len && text[ue + sl] == '-')
	{
		/* lp_quantity_parse reads signed values: "-5--3%" */
		neg_hi = 1;
		sl++;
	}
	if (sl > 0 && !n.value_hi[0] &&
		lp_num_read(text, len, ue + sl, &n2) && !n2.value_hi[0] &&
		!n2.cn_sequence && n2.has_digit == n.has_digit && !n2.percent_word)
	{
		size_t		ul2 = 0;
		char		lo[LP_NUM_MAX],
					hi[LP_NUM_MAX];
		lp_num		n1 = n;

		u2 = lp_unit_at(text, len, n2.end, &ul2);
		if (!lenient && lp_nonquantity_at(text, len, n2.end, LP_NQ_AFTER) > ul2)
			u2 = NULL, ul2 = 0;
		/* the first number borrows the magnitude of the second (1-2万个) */
		if (!n1.mag[0] && !u && n2.mag[0])
		{
			lp_copy_str(n1.mag, sizeof(n1.mag), n2.mag);
			n1.mag_factor = n2.mag_factor;
		}
		if ((u || u2 || (n1.mag[0] && n2.mag[0]) || lenient) &&
			!(n2.bare_mag && !n2.has_digit && n2.mag[0] && strcmp(n2.value, "1") == 0) &&
			(!u || !u2 || same_unit_family(u, u2)) &&
			!(!lenient && unit_is_year(u2 ? u2 : u) && looks_like_year(&n)) &&
			full_value(&n1, lo, sizeof(lo), 0) && full_value(&n2, hi, sizeof(hi), 0))
		{
			const lp_unit *ru = u2 ? u2 : u;

			/* lp_quantity_parse checks the order once signs are known */
			if (lp_dec_cmp(lo, hi) < 0 || lenient)
			{
				is_range = 1;
				b.unit = ru;
				if (strcmp(n1.mag, n2.mag) == 0)
				{
					lp_copy_str(b.value, sizeof(b.value), n1.value);
					lp_copy_str(b.value_hi, sizeof(b.value_hi), n2.value);
					lp_copy_str(b.mag, sizeof(b.mag), n2.mag);
					b.mag_factor = n2.mag_factor;
				}
				else
				{
					lp_copy_str(b.value, sizeof(b.value), lo);
					lp_copy_str(b.value_hi, sizeof(b.value_hi), hi);
					b.mag[0] = '\0';
					b.mag_factor = NULL;
				}
				u = ru;
				ue = n2.end + ul2;
			}
		}
		if (!is_range && !lenient && looks_like_year(&n) &&
			looks_like_year(&n2))
		{
			/* 2025-2026年, 2021-2025 */
			*next = n2.end + ul2;
			return 0;
		}
	}

	/* 万元GDP, 亿元楼: a bare 万/亿 is no number, unless qualified (近万人) */
	if (n.bare_mag && !n.has_digit)
	{
		uint32_t	c0 = cp_at(text, len, c, &cl);
		lp_qualifier qq;
		size_t		wl;
		int			gap;

		if ((c0 == 0x4E07 || c0 == 0x4EBF) &&
			!lp_qualword_before(text, ls, c, LP_QP_PREFIX, &qq, &wl, &gap) &&
			!lp_qualword_before(text, ls, c, LP_QP_BARE, &qq, &wl, &gap))
		{
			*next = ue;
			return 0;
		}
	}
	/* 百亿元级, 10亿级: a size class */
	if (!lenient && lp_nonquantity_at(text, len, ue, LP_NQ_AFTER_UNIT))
	{
		*next = ue;
		return 0;
	}

	if (!is_range)
	{
		if (u == NULL && !lenient && !n.mag[0] && !n.has_cn &&
			(b.unit = label_unit_before(text, ls, c - sign)) != NULL)
			u = b.unit;			/* a table cell under a unit label */
		if (u == NULL && !lenient && !n.percent_word &&
			(b.unit = shared_unit_after(text, len, e, &n)) != NULL)
			u = b.unit;			/* "3、5和8个百分点" */
		else if (u != NULL && !lenient && !n.percent_word)
		{
			/* "3.1个、1.2个百分点": the list's unit goes on from this one's */
			const lp_unit *su = shared_unit_after(text, len, ue, &n);

			if (su && su != u && strncmp(su->name, u->name, strlen(u->name)) == 0)
				b.unit = u = su;
		}
		if (u == NULL && !lenient)
		{
			/* only 万/亿 written: an amount of money in a money clause */
			if (!n.mag[0] || n.has_cn)
				return 0;
			if (money_context(text, len, c, e))
				b.unit = lp_unit_lookup("元", 3);
		}
		if (!lenient)
		{
			/* 2021年 */
			if (unit_is_year(u) && looks_like_year(&n))
			{
				*next = ue;
				return 0;
			}
			/* 三项工程, 六个一 */
			if (n.has_cn && u && lp_nonquantity_at(text, len, ue, LP_NQ_CN_AFTER_UNIT))
			{
				*next = ue;
				return 0;
			}
			/* 罗湖十条, “产业菁英30条”: a policy named by its articles */
			if (u && policy_name(text, len, ls, c, &n, e, ue))
			{
				*next = ue;
				return 0;
			}
			/* 3个100%: a numbered phrase */
			if (u && strcmp(u->name, "个") == 0 &&
				lp_num_start_char(cp_at(text, len, ue, &cl)))
			{
				lp_num		m;

				if (lp_num_read(text, len, ue, &m))
				{
					size_t		ml = 0;

					lp_unit_at(text, len, m.end, &ml);
					*next = m.end + ml;
				}
				else
					*next = ue;
				return 0;
			}
		}
	}

	/* only rates and amounts go below zero: "罗湖区-3个" has a dash */
	if (sign && !signed_dimension(b.unit))
		sign = 0;
	memset(q, 0, sizeof(*q));
	q->num_start = c - sign;
	q->end = ue;
	q->qualifier = find_qualifier(text, len, c - sign, n.bare_mag, n.approx,
								  &q->start, &q->end);
	if (is_range || b.value_hi[0])
		q->qualifier = LP_Q_RANGE;
	if (!fill_values(q, &b))
		return 0;
	if (sign && (!negate(q->value, sizeof(q->value)) ||
				 !negate(q->base_value, sizeof(q->base_value))))
		return 0;
	if (neg_hi && is_range && !negate(q->value_hi, sizeof(q->value_hi)))
		return 0;
	if (neg_hi && is_range && !negate(q->base_value_hi, sizeof(q->base_value_hi)))
		return 0;
	if (neg_hi && !is_range)
		return 0;
	*next = q->end;
	return 1;
}

/* ---------- fast scanning ---------- */

/* Does the numeral end right after its first character (no numeral
 * character and no 点 follows at p)? */
static inline int
lone_cn_digit(const char *text, size_t len, size_t p)
{
	int			cl;
	uint32_t	nx;

	if (p >= len)
		return 1;
	nx = cp_at(text, len, p, &cl);
	if (nx == 0x5206 && p + 6 <= len && memcmp(text + p + 3, "之", 3) == 0)
		return 0;				/* 二分之一 */
	if (nx == 0x756A)
		return 0;				/* 翻一番 */
	return !(lp_num_start_char(nx) || nx == 0x70B9 || nx == ' ');
}

static unsigned char start_map[65536 / 8];
static volatile int start_map_ready = 0;

static void
build_start_map(void)
{
	uint32_t	cp;

	for (cp = 0x80; cp < 65536; cp++)
		if (lp_num_start_char(cp) || cp == CP_TITLE_OPEN)
			start_map[cp >> 3] |= (unsigned char) (1 << (cp & 7));
	start_map_ready = 1;
}

int
lp_quantity_next(const char *text, size_t len, size_t from, lp_quantity *q)
{
	size_t		p,
				next;
	unsigned	steps = 0;

	LP_CHECK_INTERRUPTS();		/* callers loop over the mentions of a line */
	if (text == NULL || from >= len)
		return 0;
	if (!start_map_ready)
		build_start_map();
	p = escape_title(text, len, from);
	while (p < len)
	{
		unsigned char c = (unsigned char) text[p];
		uint32_t	cp;

		if ((++steps & 4095) == 0)
			LP_CHECK_INTERRUPTS();
		if (c < 0x80)
		{
			if (c >= '0' && c <= '9')
				goto candidate;
			if ((c == 'h' || c == 'H') && p + 4 < len &&
				(memcmp(text + p, "http", 4) == 0 || memcmp(text + p, "HTTP", 4) == 0))
			{
				/* a URL: skip to its end */
				p = skip_url(text, len, p);
				continue;
			}
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			{
				/* a Latin word or code (LH03, PM2.5, 5G as part of a code) */
				p = skip_code_run(text, len, p);
				continue;
			}
			p++;
			continue;
		}
		if (c >= 0xE0 && c < 0xF0 && p + 2 < len)
		{
			cp = ((uint32_t) (c & 0x0F) << 12) |
				((uint32_t) ((unsigned char) text[p + 1] & 0x3F) << 6) |
				((unsigned char) text[p + 2] & 0x3F);
			if (!(start_map[cp >> 3] & (1 << (cp & 7))))
			{
				p += 3;
				continue;
			}
			if (cp == CP_TITLE_OPEN)
			{
				p = skip_title(text, len, p);
				continue;
			}
			if ((cp == 0x4E00 || cp == 0x4E8C || cp == 0x96F6 || cp == 0x3007) &&
				lone_cn_digit(text, len, p + 3))
			{
				/* 一体化, 统一, 二次: a lone 一/二/零 is never a quantity */
				p += 3;
				continue;
			}
			goto candidate;
		}
		p += c >= 0xF0 ? 4 : c >= 0xC0 ? 2 : 1;
		continue;

candidate:
		if (quantity_at(text, len, p, q, &next, 0))
		{
			/*
			 * A qualifier looked for before the number ("至少新增10个") may
			 * lie before from, in text the caller has passed: the span
			 * starts no earlier than from.
			 */
			if (q->start < from)
				q->start = from;
			if (q->num_start < from)
				q->num_start = from;	/* a sign before from */
			return 1;
		}
		p = next > p ? next : p + 1;
	}
	return 0;
}

/* ---------- a whole string as one quantity ---------- */

int
lp_quantity_parse(const char *s, size_t len, lp_quantity *q, lp_error *err)
{
	size_t		a = 0,
				b = len,
				p,
				next,
				wl;
	lp_qualifier pq = LP_Q_EQ;
	int			have_prefix = 0,
				neg = 0;

	if (s == NULL)
		return lp_fail(err, LP_ESYNTAX, 0, 0, "invalid quantity: no text at byte offset 0");
	while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n' || s[a] == '\r'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\n' || s[b - 1] == '\r'))
		b--;
	if (a == b)
		return lp_fail(err, LP_ESYNTAX, a, 0, "invalid quantity: empty string at byte offset %zu", a);
	p = a;
	if (lp_qualword_at(s, b, p, LP_QP_PREFIX, &pq, &wl) ||
		lp_qualword_at(s, b, p, LP_QP_BARE, &pq, &wl))
	{
		p += wl;
		have_prefix = 1;
	}
	if (p < b && (s[p] == '-' || s[p] == '+'))
	{
		neg = s[p] == '-';
		p++;
	}
	else if (p + 3 <= b && memcmp(s + p, "−", 3) == 0)
	{
		neg = 1;
		p += 3;
	}
	if (!quantity_at(s, b, p, q, &next, 1))
		return lp_fail(err, LP_ESYNTAX, p, 0,
					   "invalid quantity \"%.*s\": no number at byte offset %zu",
					   lp_clip_len(s + a, b - a, 64), s + a, p);
	if (q->end != b)
		return lp_fail(err, LP_ESYNTAX, q->end, 0,
					   "invalid quantity \"%.*s\": unexpected \"%.*s\" at byte offset %zu",
					   lp_clip_len(s + a, b - a, 64), s + a,
					   lp_clip_len(s + q->end, b - q->end, 32), s + q->end, q->end);
	if (have_prefix && q->qualifier != LP_Q_RANGE)
		q->qualifier = pq;
	if (neg && (!negate(q->value, sizeof(q->value)) ||
				!negate(q->base_value, sizeof(q->base_value))))
		return lp_fail(err, LP_ERANGE, a, 0, "quantity out of range at byte offset %zu", a);
	if (q->base_value_hi[0] && lp_dec_cmp(q->base_value, q->base_value_hi) > 0)
		return lp_fail(err, LP_ESYNTAX, a, 0,
					   "invalid quantity \"%.*s\": the range starts above its end (byte offset %zu)",
					   lp_clip_len(s + a, b - a, 64), s + a, a);
	q->start = a;
	q->num_start = p;
	return LP_OK;
}

void
lp_quantity_format(const lp_quantity *q, char *out, size_t outsz)
{
	const char *pre = "",
			   *suf = "";

	if (out == NULL || outsz == 0)
		return;
	switch (q->qualifier)
	{
		case LP_Q_APPROX:
			pre = "约";
			break;
		case LP_Q_GE:
			suf = "以上";
			break;
		case LP_Q_GT:
			pre = "超过";
			break;
		case LP_Q_LE:
			suf = "以内";
			break;
		case LP_Q_LT:
			pre = "不足";
			break;
		default:
			break;
	}
	if (q->value_hi[0])
		snprintf(out, outsz, "%s%s-%s%s%s", pre, q->value, q->value_hi, q->unit, suf);
	else
		snprintf(out, outsz, "%s%s%s%s", pre, q->value, q->unit, suf);
}
