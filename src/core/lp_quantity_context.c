/*
 * lp_quantity_context.c — a unit the context gives a number: from a table
 * label before it, from a list that shares one, 元 in a money clause, a
 * longer unit around 多/余/半 (3个多月), 立方米 of 12亿方.  Helpers of the stages
 * (lp_quantity_mention.c); they call only the dictionaries (lp_units.c)
 * and the numeral reader.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "lp.h"
#include "lp_qty.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MONEY_WINDOW 90			/* bytes looked back for 资金, 投资 ... */
#define LIST_MAX_ITEMS 6		/* items of a list that shares a unit */
#define LIST_MAX_BYTES 96

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

/*
 * Start of the clause (after the last ， or ；, or a , or ; of text with
 * ASCII marks but not 1,234) that holds s, not before from.
 */
static size_t
clause_start(const char *text, size_t from, size_t s)
{
	size_t		p;

	for (p = s; p > from + 2; p--)
	{
		if ((unsigned char) text[p - 3] == 0xEF && (unsigned char) text[p - 2] == 0xBC &&
			((unsigned char) text[p - 1] == 0x8C || (unsigned char) text[p - 1] == 0x9B))
			return p;
		if ((text[p - 1] == ',' || text[p - 1] == ';') &&
			!(text[p - 2] >= '0' && text[p - 2] <= '9' && text[p] >= '0' && text[p] <= '9'))
			return p;
	}
	return from;
}

/*
 * Start of the list item (after the last 、) that holds s when an item
 * before it has a figure of its own: "收入3亿元、游客86万" — 收入 is that
 * figure's, not 86万's.  from else.
 */
static size_t
item_start(const char *text, size_t from, size_t s)
{
	size_t		p,
				q;

	for (p = s; p > from + 2; p--)
		if ((unsigned char) text[p - 3] == 0xE3 && (unsigned char) text[p - 2] == 0x80 &&
			(unsigned char) text[p - 1] == 0x81)
		{
			for (q = from; q + 3 < p; q++)
				if (text[q] >= '0' && text[q] <= '9')
					return p;
			return from;
		}
	return from;
}

/*
 * Is there a money word in the sentence around [s, e)?  1 if so; -1 when the
 * clause before s names people (words.tsv people_noun) and no money word
 * after them: a bare 万 there counts people (低收入人口减少13万), whatever
 * money the sentence named before; -2 likewise for visits (words.tsv
 * visit_noun: 游客86万 is 万人次); 0 else.
 */
int
lp_q_money_context(const char *text, size_t len, size_t s, size_t e)
{
	size_t		from = s > MONEY_WINDOW ? s - MONEY_WINDOW : 0,
				p,
				cs,
				wl,
				to = e + 9 < len ? e + 9 : len;
	long		at;

	from = lp_q_line_start(text, s, from);
	/* stay in the sentence: start after the last 。 or ； before s */
	for (p = s; p > from + 2; p--)
		if ((unsigned char) text[p - 3] == 0xE3 && (unsigned char) text[p - 2] == 0x80 &&
			(unsigned char) text[p - 1] == 0x82)
		{
			from = p;
			break;
		}
	from = item_start(text, from, s);
	/* 、 too: the next item of a list has its own figure and unit */
	for (p = e; p + 3 <= to; p++)
		if (text[p] == '\n' ||
			((unsigned char) text[p] == 0xE3 && (unsigned char) text[p + 1] == 0x80 &&
			 ((unsigned char) text[p + 2] == 0x82 || (unsigned char) text[p + 2] == 0x81)) ||
			((unsigned char) text[p] == 0xEF && (unsigned char) text[p + 1] == 0xBC &&
			 ((unsigned char) text[p + 2] == 0x8C || (unsigned char) text[p + 2] == 0x9B)))
		{
			to = p;
			break;
		}
	/* "…收入增长5%，…，低收入人口减少130万": the clause counts people */
	cs = clause_start(text, from, s);
	at = lp_words_find(LP_W_VISIT_NOUN, text + cs, s - cs, &wl);
	if (at >= 0 && !lp_money_context(text, cs + (size_t) at + wl, s))
		return -2;
	at = lp_words_find(LP_W_PEOPLE_NOUN, text + cs, s - cs, &wl);
	if (at >= 0 && !lp_money_context(text, cs + (size_t) at + wl, s))
		return -1;
	if (lp_money_context(text, from, s))
		return 1;
	return lp_money_context(text, e, to);
}

/* An infix word of "about" at p (q_qualifiers.tsv infix: 多, 余): its length, 0 if none. */
static size_t
about_word_at(const char *text, size_t len, size_t p)
{
	lp_qualifier q;
	size_t		wl;

	if (p >= len ||
		lp_q_bitmap_rules_out(lp_qualword_first[LP_QP_INFIX], lp_q_bmp_at(text, len, p)) ||
		!lp_qualword_at(text, len, p, LP_QP_INFIX, &q, &wl) || q != LP_Q_APPROX)
		return 0;
	return wl;
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
				wl = half ? lp_qword_at(text, len, *ue, LP_QW_HALF) : about_word_at(text, len, *ue),
				p = *ue + wl;
	int			k,
				nk = 0;

	if (wl == 0)
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
		size_t		rest = ends[k] - (*ue + wl),
					jl;
		const lp_unit *j;

		if (nl + rest >= sizeof(joined))
			continue;
		memcpy(joined, u->name, nl);
		memcpy(joined + nl, text + *ue + wl, rest);
		j = lp_unit_at(joined, nl + rest, 0, &jl);
		if (j && jl == nl + rest)
		{
			*ue = ends[k];
			return j;
		}
	}
	/* 两成半, 两倍半: the half of the unit itself */
	if (half && lp_qword_is(LP_QW_HALF_UNIT, u->name, nl))
	{
		*ue += wl;
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

/* A separator of list items at p ("3、5和8个百分点"): its length, 0 if none. */
static inline size_t
list_sep_at(const char *text, size_t len, size_t p)
{
	return lp_qword_at(text, len, p, LP_QW_LIST_SEP);
}

/*
 * The unit a list gives its items written without one (or with a cut one):
 * "增长3、5和8个百分点", "分别提高3.1个、1.2个百分点", "1.2亿、3亿元" take
 * the unit of the first later item that has one, and a bare number its
 * magnitude too ("分别为233、3395和4626亿元").  Items are numbers of the
 * same kind (digits or Chinese) joined by 、和及与; a date or a name at the
 * end (3、4月, 1、2号线, 2021、2022年) gives no unit.
 */
const lp_unit *
lp_q_shared_unit_after(const char *text, size_t len, size_t p, const lp_num *first, lp_num *item)
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
			if (item)
				*item = m;
			return u;
		}
		p = m.end;
	}
	return NULL;
}

/*
 * The unit of an item, the first's or a rate beside a rate: "控制在4.2%、3%、
 * 2.5‰以内" (失业率, 价格涨幅, 人口自然增长率) share their 以内.
 */
static int
same_kind_of_rate(const lp_unit *v, const lp_unit *u)
{
	static const char *const rates[] = {"percent", "permille"};
	int			a = -1,
				b = -1,
				k;

	if (v == u)
		return 1;
	if (v == NULL || u == NULL)
		return 0;
	for (k = 0; k < 2; k++)
	{
		if (strcmp(v->dimension, rates[k]) == 0)
			a = k;
		if (strcmp(u->dimension, rates[k]) == 0)
			b = k;
	}
	return a >= 0 && b >= 0;
}

/*
 * The qualifier a list of figures gives an item written without one:
 * "分别增长6%、7.5%左右", "控制在4.2%、3%以内" — a suffix (左右, 以内) on the
 * last item only, the items between bare, each with the unit of the first.
 * A floor (以上) is the last figure's alone: "分别增长5.5%、6%以上" sets 6% as
 * a floor and says 5.5%; a text wanting both floors writes 以上 twice
 * (h-fix43).  LP_Q_EQ when none.
 */
lp_qualifier
lp_q_shared_qualifier_after(const char *text, size_t len, size_t p, const lp_unit *u)
{
	size_t		limit = len - p > LIST_MAX_BYTES ? p + LIST_MAX_BYTES : len;
	int			items;

	for (items = 0; items < LIST_MAX_ITEMS && p < limit; items++)
	{
		size_t		sl = list_sep_at(text, len, p),
					ul = 0,
					wl = 0;
		lp_num		m;
		lp_qualifier q;

		if (u == NULL || sl == 0 || !lp_num_read(text, len, p + sl, &m) || m.cn_sequence ||
			m.percent_word || m.value_hi[0] || m.approx ||
			!same_kind_of_rate(lp_unit_at(text, len, m.end, &ul), u))
			return LP_Q_EQ;
		p = m.end + ul;
		if (lp_qualword_at(text, len, p, LP_QP_SUFFIX, &q, &wl))
			return list_sep_at(text, len, p + wl) == 0 && q != LP_Q_GE && q != LP_Q_GT ?
				q : LP_Q_EQ;
	}
	return LP_Q_EQ;
}

/*
 * The item of a list ending at p, after its separator ("分别超8.2万元和5万元":
 * 8.2万元 before 和): the start of its number, which has the unit u or a rate
 * beside it; 0 when there is none (an item starts after ls, never at it).
 */
static size_t
list_item_before(const char *text, size_t ls, size_t p, const lp_unit *u)
{
	size_t		s = lp_q_prev_start(text, ls, p),
				st;

	if (s <= ls || list_sep_at(text, p, s) != p - s)
		return 0;
	for (st = s; st > ls && s - st <= 24;)
	{
		size_t		ul = 0;
		lp_num		m;

		st = lp_q_prev_start(text, ls, st);
		if (text[st] < '0' || text[st] > '9' ||
			(st > ls && ((text[st - 1] >= '0' && text[st - 1] <= '9') || text[st - 1] == '.')))
			continue;
		if (lp_num_read(text, s, st, &m) && !m.value_hi[0] &&
			same_kind_of_rate(lp_unit_at(text, s, m.end, &ul), u) && m.end + ul == s)
			return st;
		return 0;
	}
	return 0;
}

/*
 * The qualifier the first item of a list gives the bare items after it:
 * "城乡居民人均可支配收入分别超8.2万元和5万元", "分别突破3万亿元、1万亿元" —
 * a crossing or an approximation (超, 突破, 约) written once before the first
 * figure says each (h-read80); so with no 分别 before it, the items joined
 * right after ("人均可支配收入突破7万元和3万元，分别增长…", h-read184).
 * LP_Q_EQ when none.
 */
lp_qualifier
lp_q_shared_qualifier_before(const char *text, size_t ls, size_t c, const lp_unit *u)
{
	size_t		p = c;
	int			items;

	if (u == NULL)
		return LP_Q_EQ;
	for (items = 0; items < LIST_MAX_ITEMS; items++)
	{
		size_t		st = list_item_before(text, ls, p, u),
					wl = 0;
		lp_qualifier q;
		int			gap = 0;

		if (st == 0)
			return LP_Q_EQ;
		if (lp_qualword_before(text, ls, st, LP_QP_PREFIX, &q, &wl, &gap))
			return (q == LP_Q_GT || q == LP_Q_GE || q == LP_Q_APPROX) && st - wl > ls ? q : LP_Q_EQ;
		p = st;
	}
	return LP_Q_EQ;
}

/*
 * 方 after a magnitude is cubic metres (天然气产量12亿方, 土方80万方): the
 * unit 立方米 and its written length in *ul, or NULL.  Only after 万/亿, and
 * not the first character of a word (方面, 方案, 方式 ...).
 */
const lp_unit *
lp_q_cubic_after_magnitude(const char *text, size_t len, const lp_num *n, size_t e,
						   size_t *ul)
{
	static const char *const words[] = {"面", "案", "式", "向", "法", "针", "位", "阵", "舱", "言"};
	size_t		k;

	/* "6万亿(6兆)元": the unit after a gloss in another scale (lp_quantity_gloss.c) */
	if (n->mag[0] && e < len && (text[e] == '(' || lp_at(text, len, e, "（")))
		return lp_q_unit_after_gloss(text, len, e, ul);
	if (!n->mag[0] || e + 3 > len || !lp_at(text, len, e, "方"))
		return NULL;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (lp_at(text, len, e + 3, words[k]))
			return NULL;
	*ul = 3;
	return lp_unit_lookup("立方米", strlen("立方米"));
}
