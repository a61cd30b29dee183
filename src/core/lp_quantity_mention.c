/*
 * lp_quantity_mention.c — is the number at a place a quantity, and which?
 * The stages of one candidate mention (lp_qmention, lp_qty.h): read the
 * number, the unit after it, a range to a second number, a unit from the
 * context, then build the quantity (span, qualifier, exact values, sign).
 * Between the stages the rules of lp_quantity_rules.c may reject the
 * number (a year, a date, a code, an ordinal, a name).  The scan that
 * finds candidates is lp_quantity.c.
 */
#include "lp.h"
#include "lp_qty.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define GAP_MAX 4				/* characters between 至少 and its number */
#define NOTE_BELOW_BYTES 30		/* a bracketed note after a sum: 人民币，下同 */

/* ---------- building the quantity ---------- */

/* Range separator at p ("-", "至", "——": q_words.tsv range_sep): its length, 0 if none. */
static inline size_t
range_sep_at(const char *text, size_t len, size_t p)
{
	return lp_qword_at(text, len, p, LP_QW_RANGE_SEP);
}

/* A currency written by its other name shows its own unit: 87兆269亿人民币 is 亿元 (q_units.tsv). */
static const char *
unit_shown(const lp_unit *u)
{
	if (u == NULL)
		return "";
	if (strcmp(u->factor, "1") == 0 && strncmp(u->dimension, "money", 5) == 0)
		return u->base;
	return u->name;
}

/*
 * The factor of a magnitude and a unit (亿 and 元: 100000000), the product
 * of two strings of the tables, which live as long as the process: kept
 * with the two it was made of, 16 pairs by the strings' addresses (a report
 * repeats a few: 亿元, 万人, 万吨).
 */
static int
mag_unit_factor(const char *mf, const char *uf, char *factor, size_t sz)
{
	static struct
	{
		const char *mf,
				   *uf;
		char		f[LP_NUM_MAX];
	}			kept[16];
	unsigned	i = (unsigned) (((uintptr_t) mf >> 3) ^ ((uintptr_t) uf >> 5)) & 15;

	if (kept[i].mf != mf || kept[i].uf != uf)
	{
		if (lp_dec_mul(mf, uf, kept[i].f, sizeof(kept[i].f)) != LP_OK)
		{
			kept[i].mf = kept[i].uf = NULL;
			return 0;
		}
		kept[i].mf = mf;
		kept[i].uf = uf;
	}
	lp_copy_str(factor, sz, kept[i].f);
	return 1;
}

/* Fill the value fields of q from b; 0 when a value does not fit. */
static int
fill_values(lp_quantity *q, const lp_qbuild *b)
{
	char		factor[LP_NUM_MAX];
	const char *uf = b->unit ? b->unit->factor : "1",
			   *shown = unit_shown(b->unit);
	size_t		ml = strlen(b->mag),
				sl = strlen(shown);

	if (b->mag_factor)
	{
		if (!mag_unit_factor(b->mag_factor, uf, factor, sizeof(factor)))
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
	if (ml + sl >= sizeof(q->unit))
		return 0;
	memcpy(q->unit, b->mag, ml);
	memcpy(q->unit + ml, shown, sl + 1);
	lp_copy_str(q->base_unit, sizeof(q->base_unit), b->unit ? b->unit->base : "");
	q->dimension = b->unit ? b->unit->dimension : "";
	return 1;
}

/*
 * The character ending at p (p > ls) and in *s where it starts, as
 * lp_q_cp_before and lp_q_prev_start find them: a well-formed character of
 * three bytes (every hanzi of the BMP) decoded inline.
 */
static inline uint32_t
char_before(const char *text, size_t ls, size_t p, size_t *s)
{
	const unsigned char *u = (const unsigned char *) text + p;

	if (p - ls >= 3 && u[-3] >= 0xE0 && u[-3] < 0xF0 &&
		(u[-2] & 0xC0) == 0x80 && (u[-1] & 0xC0) == 0x80)
	{
		*s = p - 3;
		return ((uint32_t) (u[-3] & 0x0F) << 12) | ((uint32_t) (u[-2] & 0x3F) << 6) | (u[-1] & 0x3F);
	}
	*s = lp_q_prev_start(text, ls, p);
	return lp_q_cp_before(text, ls, p);
}

/* lp_is_hanzi, with the ranges of three bytes tested inline */
static inline int
is_hanzi(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
		(c >= 0xF900 && c <= 0xFAFF) || (c >= 0x10000 && lp_is_hanzi(c));
}

/*
 * A note in brackets right after a sum that says its currency holds below
 * ("1700亿元（人民币，下同）以上", wire copy): its bytes, 0 if none.  A
 * suffix after it is the sum's (h-read80).
 */
static size_t
note_below_after(const char *text, size_t len, size_t p)
{
	size_t		open = lp_at(text, len, p, "（") ? 3 : (p < len && text[p] == '(') ? 1 : 0,
				e;

	if (open == 0)
		return 0;
	for (e = p + open; e < len && e < p + open + NOTE_BELOW_BYTES; e++)
		if (text[e] == ')' || lp_at(text, len, e, "）"))
			break;
	if (e >= len || e >= p + open + NOTE_BELOW_BYTES || e < p + open + 6 ||
		!lp_at(text, len, e - 6, "下同"))
		return 0;
	return e + (text[e] == ')' ? 1 : 3) - p;
}

/*
 * Qualifier words around a number: a suffix at *end, a prefix attached at
 * num_start (moves *start), or a prefix a few characters before.  ls: the
 * start of the line holding num_start, not before num_start - 64.
 */
static lp_qualifier
find_qualifier(const char *text, size_t len, size_t ls, size_t num_start, int bare,
			   int infix_approx, size_t *start, size_t *end)
{
	lp_qualifier q,
				result = LP_Q_EQ;
	size_t		wl,
				nb;
	int			gap_ok,
				have = 0;

	*start = num_start;
	/* a suffix decides: 以上, 以内, 左右; past one space in a PDF's line whose
	 * spaces were kept ("增长 7.5% 左右；" beside a column or in a table) */
	if (lp_qualword_at(text, len, *end, LP_QP_SUFFIX, &q, &wl) ||
		(*end + 1 < len && text[*end] == ' ' &&
		 lp_qualword_at(text, len, *end + 1, LP_QP_SUFFIX, &q, &wl)))
	{
		*end += wl + (text[*end] == ' ');
		result = q;
		have = 1;
	}
	else if ((nb = note_below_after(text, len, *end)) > 0 &&
			 lp_qualword_at(text, len, *end + nb, LP_QP_SUFFIX, &q, &wl))
	{
		*end += nb + wl;
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
			size_t		s;
			uint32_t	c = char_before(text, ls, p, &s);

			if (!is_hanzi(c) || lp_num_start_char(c))
				break;
			p = s;
			if (lp_qualword_before(text, ls, p, LP_QP_PREFIX, &q, &wl, &gap_ok) &&
				gap_ok)
				return q;
		}
	}
	return result;
}

/*
 * 翻一番 (doubled), 翻两番 (quadrupled), 翻了三番: the number n at c of
 * doublings, between 翻 or 翻了 and 番 (q_words.tsv doubling_verb,
 * doubling), is the ratio 2^n 倍 (at most ten doublings).  The mention
 * starts at the verb.  Returns 1 and fills q.
 */
static int
doubling_at(const char *text, size_t len, size_t ls, size_t c, const lp_num *n,
			lp_quantity *q)
{
	lp_qbuild	b;
	size_t		verb,
				e = n->end,
				dl;
	int			k;

	if ((dl = lp_qword_at(text, len, e, LP_QW_DOUBLING)) == 0 || n->mag[0] || n->has_point ||
		n->value_hi[0] || n->approx || n->percent_word || n->cn_sequence ||
		strlen(n->value) > 2)
		return 0;
	verb = lp_qword_before(text, ls, c, LP_QW_DOUBLING_VERB);
	k = atoi(n->value);
	if (verb == 0 || k < 1 || k > 10)
		return 0;
	memset(&b, 0, sizeof(b));
	snprintf(b.value, sizeof(b.value), "%d", 1 << k);
	b.unit = lp_unit_lookup("倍", 3);
	memset(q, 0, sizeof(*q));
	q->num_start = c;
	q->end = e + dl;
	q->qualifier = find_qualifier(text, len, ls, c, 0, 0, &q->start, &q->end);
	if (q->start > c - verb)
		q->start = c - verb;
	return b.unit != NULL && fill_values(q, &b);
}

/* Is a number n a bare figure of one or two digits (7, 八, 7.5)? */
static int
bare_small_figure(const lp_num *n)
{
	return !n->mag[0] && !n->value_hi[0] && !n->approx && !n->percent_word &&
		!n->cn_sequence && strlen(n->value) <= 4 && n->value[0] != '0';
}

/*
 * Where the 保 of "保X争Y" starts, with an opening quote before it, when a
 * growth word stands before them ("增长“保7争8”", "增速保八争九"); 0 when none.
 */
static size_t
hold_start(const char *text, size_t ls, size_t at)
{
	size_t		hl = lp_qword_before(text, ls, at, LP_QW_HOLD),
				p;

	if (hl == 0)
		return 0;
	p = at - hl;
	if (p >= ls + 3 && (lp_at(text, p, p - 3, "“") || lp_at(text, p, p - 3, "「")))
		p -= 3;
	if (lp_words_suffix(LP_W_GROWTH, text + ls, p - ls) == 0)
		return 0;
	return p;
}

/*
 * 保7争8, 地区生产总值增长“保八争九”: a growth held at X and striven for
 * at Y (X < Y), both percentages written bare (q_words.tsv hold, strive).
 * X's mention starts at 保 (or the quote before it), so the words before it
 * are the growth's, as in 确保增长7%; Y's lead is 争, a second figure as
 * 力争 is (words.tsv second_figure_lead).  Only after a growth word and with
 * X < Y: a rank held and striven for (排名保三争二) is none.  Returns 1 and
 * fills q.
 */
static int
hold_strive_at(const char *text, size_t len, size_t ls, size_t c, const lp_num *n,
			   lp_quantity *q)
{
	lp_qbuild	b;
	lp_num		other;
	size_t		sl,
				start,
				ul;

	/*
	 * the words first: few numbers stand beside 争 (two bitmap tests), and
	 * unit_after reads the unit again
	 */
	if ((sl = lp_qword_at(text, len, n->end, LP_QW_STRIVE)) == 0 &&
		lp_qword_before(text, ls, c, LP_QW_STRIVE) == 0)
		return 0;
	if (!bare_small_figure(n))
		return 0;
	if (sl > 0)
	{
		/* X: 保 before it, 争 and Y after it */
		if ((start = hold_start(text, ls, c)) == 0 ||
			!lp_num_read(text, len, n->end + sl, &other) || !bare_small_figure(&other) ||
			lp_unit_at(text, len, other.end, &ul) != NULL ||
			lp_dec_cmp(n->value, other.value) >= 0)
			return 0;
	}
	else if ((sl = lp_qword_before(text, ls, c, LP_QW_STRIVE)) > 0)
	{
		/* Y: 保X争 before it (X one to four characters) */
		size_t		xs = c - sl,
					k;

		for (k = 0; k < 4 && xs > ls; k++)
		{
			xs = lp_prev_char(text, xs);
			if (lp_qword_before(text, ls, xs, LP_QW_HOLD) > 0 &&
				lp_num_read(text, len, xs, &other) && other.end == c - sl)
				break;
		}
		if (k == 4 || xs <= ls || hold_start(text, ls, xs) == 0 ||
			!bare_small_figure(&other) || lp_dec_cmp(other.value, n->value) >= 0)
			return 0;
		start = c;
	}
	else
		return 0;
	if (lp_unit_at(text, len, n->end, &ul) != NULL)
		return 0;
	memset(&b, 0, sizeof(b));
	lp_copy_str(b.value, sizeof(b.value), n->value);
	b.unit = lp_unit_lookup("%", 1);
	memset(q, 0, sizeof(*q));
	q->num_start = c;
	q->start = start;
	q->end = n->end;
	q->qualifier = LP_Q_EQ;
	return b.unit != NULL && fill_values(q, &b);
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

/* ---------- the stages ---------- */

void
lp_qmention_init(lp_qmention *m, const char *text, size_t len, size_t c, int lenient)
{
	m->text = text;
	m->len = len;
	m->c = c;
	m->ls = lp_q_line_start(text, c, c > 64 ? c - 64 : 0);
	m->lenient = lenient;
	m->e = m->ue = c;
	m->sign = 0;
	m->u = NULL;
	m->ul = 0;
	m->has_n2 = 0;
	m->ul2 = 0;
	m->is_range = 0;
	m->neg_hi = 0;
	m->no_duration_words = 0;
	m->next = c;
}

/* The number at c and the characters around it; 0 when there is none. */
static int
read_number(lp_qmention *m)
{
	int			cl;

	if (!lp_num_read(m->text, m->len, m->c, &m->n))
	{
		lp_q_cp_at(m->text, m->len, m->c, &cl);
		m->next = m->n.end > m->c ? m->n.end : m->c + (cl ? cl : 1);
		return 0;
	}
	m->e = m->ue = m->next = m->n.end;
	/* a negative number: 增长-1.5%, －3.2％ (the sign is part of the span) */
	if (!m->lenient && m->n.has_digit)
		m->sign = lp_q_sign_before(m->text, m->ls, m->c);
	m->before = lp_q_cp_before(m->text, m->ls, m->c);
	m->after = lp_q_cp_at(m->text, m->len, m->e, &m->after_len);
	return 1;
}

/* The unit written right after the number (none after 百分之). */
static void
unit_after(lp_qmention *m)
{
	if (!m->n.percent_word)
		m->u = lp_unit_at(m->text, m->len, m->e, &m->ul);
}

/*
 * The unit as it reads on: after one blank ("428.88 亿元") or a note mark
 * of a provisional figure ("4.53*万人" in a PDF's text), % or ‰ of
 * 百分之/千分之, a longer unit around 多/余 (3个多月: about) or 半 (3个半月,
 * 两成半: a half more, whole numbers only).
 */
static void
complete_unit(lp_qmention *m)
{
	lp_num	   *n = &m->n;
	const lp_unit *j;

	if (m->u == NULL && !n->percent_word && n->has_digit && !n->has_cn && m->e < m->len &&
		(m->text[m->e] == ' ' || m->text[m->e] == '*') &&
		(m->u = lp_unit_at(m->text, m->len, m->e + 1, &m->ul)) != NULL)
		m->ul += 1;
	if (m->u == NULL && !n->percent_word)
		m->u = lp_q_cubic_after_magnitude(m->text, m->len, n, m->e, &m->ul);
	if (n->percent_word)
	{
		m->u = lp_unit_lookup(n->percent_word == 2 ? "‰" : "%", n->percent_word == 2 ? 3 : 1);
		m->ul = 0;
	}
	m->ue = m->e + m->ul;
	if (m->u && !n->approx &&
		(j = lp_q_unit_around_word(m->text, m->len, m->u, &m->ue, 0)) != NULL)
	{
		m->u = j;
		n->approx = 1;
	}
	if (m->u && !n->mag[0] && !n->value_hi[0] && !n->has_point && !n->percent_word &&
		strlen(n->value) + 3 <= sizeof(n->value) &&
		(j = lp_q_unit_around_word(m->text, m->len, m->u, &m->ue, 1)) != NULL)
	{
		m->u = j;
		strcat(n->value, ".5");
	}
	memset(&m->b, 0, sizeof(m->b));
	lp_copy_str(m->b.value, sizeof(m->b.value), n->value);
	lp_copy_str(m->b.value_hi, sizeof(m->b.value_hi), n->value_hi);
	lp_copy_str(m->b.mag, sizeof(m->b.mag), n->mag);
	m->b.mag_factor = n->mag_factor;
	m->b.unit = m->u;
}

/* Can the number n1 (low) and the second number end a range in unit u/u2? */
static int
range_fits(const lp_qmention *m, const lp_num *n1, const lp_unit *u2, char *lo, char *hi)
{
	const lp_num *n2 = &m->n2;
	const lp_unit *u = m->u;

	return (u || u2 || (n1->mag[0] && n2->mag[0]) || m->lenient) &&
		!(n2->bare_mag && !n2->has_digit && n2->mag[0] && strcmp(n2->value, "1") == 0) &&
		(!u || !u2 || (strcmp(u->base, u2->base) == 0 &&
					   strcmp(u->dimension, u2->dimension) == 0)) &&
		!(!m->lenient && lp_q_unit_is_year(u2 ? u2 : u) && lp_q_looks_like_year(&m->n)) &&
		lp_q_full_value(n1, lo, LP_NUM_MAX, 0) && lp_q_full_value(n2, hi, LP_NUM_MAX, 0);
}

/* The range's value: both ends in one magnitude, or both as plain numbers. */
static void
take_range(lp_qmention *m, const lp_num *n1, const lp_unit *u2, const char *lo, const char *hi)
{
	lp_qbuild  *b = &m->b;
	const lp_unit *ru = u2 ? u2 : m->u;

	m->is_range = 1;
	b->unit = ru;
	if (strcmp(n1->mag, m->n2.mag) == 0)
	{
		lp_copy_str(b->value, sizeof(b->value), n1->value);
		lp_copy_str(b->value_hi, sizeof(b->value_hi), m->n2.value);
		lp_copy_str(b->mag, sizeof(b->mag), m->n2.mag);
		b->mag_factor = m->n2.mag_factor;
	}
	else
	{
		lp_copy_str(b->value, sizeof(b->value), lo);
		lp_copy_str(b->value_hi, sizeof(b->value_hi), hi);
		b->mag[0] = '\0';
		b->mag_factor = NULL;
	}
	m->u = ru;
	m->ue = m->n2.end + m->ul2;
}

/*
 * A range to a second number: 1-2个, 5%-6%, 4.5%至5%, 1-2万个 (the first
 * number borrows the second's magnitude).  lp_quantity_parse reads signed
 * ends ("-5--3%") and checks their order once the signs are known.
 */
static void
read_range(lp_qmention *m)
{
	size_t		sl = range_sep_at(m->text, m->len, m->ue);
	lp_num	   *n = &m->n,
			   *n2 = &m->n2,
				n1;
	const lp_unit *u2;
	char		lo[LP_NUM_MAX],
				hi[LP_NUM_MAX];

	if (m->lenient && sl > 0 && m->ue + sl < m->len && m->text[m->ue + sl] == '-')
	{
		m->neg_hi = 1;
		sl++;
	}
	if (sl == 0 || n->value_hi[0] || !lp_num_read(m->text, m->len, m->ue + sl, n2) ||
		n2->value_hi[0] || n2->cn_sequence || n2->has_digit != n->has_digit ||
		(n2->percent_word && n2->percent_word != n->percent_word))
		return;
	m->has_n2 = 1;
	/* 百分之四点二至百分之四点八: both ends in words, read as 4.2%至4.8% */
	if (n2->percent_word)
		u2 = m->u, m->ul2 = 0;
	else
		u2 = lp_unit_at(m->text, m->len, n2->end, &m->ul2);
	if (!m->lenient && lp_nonquantity_at(m->text, m->len, n2->end, LP_NQ_AFTER) > m->ul2)
		u2 = NULL, m->ul2 = 0;
	n1 = *n;
	if (!n1.mag[0] && !m->u && n2->mag[0])
	{
		lp_copy_str(n1.mag, sizeof(n1.mag), n2->mag);
		n1.mag_factor = n2->mag_factor;
	}
	if (range_fits(m, &n1, u2, lo, hi) && (lp_dec_cmp(lo, hi) < 0 || m->lenient))
		take_range(m, &n1, u2, lo, hi);
}

/*
 * A single number without a unit takes one from the context: a table cell
 * under a unit label, a list whose last item has one ("3、5和8个百分点");
 * a unit goes on from this one in a list ("3.1个、1.2个百分点").
 */
static void
unit_from_context(lp_qmention *m)
{
	lp_num	   *n = &m->n,
				item;

	if (m->lenient)
		return;
	if (m->u == NULL && !n->mag[0] && !n->has_cn &&
		(m->b.unit = lp_q_label_unit_before(m->text, m->ls, m->c - m->sign)) != NULL)
		m->u = m->b.unit;
	if (m->u == NULL && !n->percent_word &&
		(m->b.unit = lp_q_shared_unit_after(m->text, m->len, m->e, n, &item)) != NULL)
	{
		m->u = m->b.unit;
		/* "233、3395和4626亿元": a bare item shares the magnitude too */
		if (!n->mag[0] && item.mag[0] && n->has_digit && !n->has_cn)
		{
			lp_copy_str(m->b.mag, sizeof(m->b.mag), item.mag);
			m->b.mag_factor = item.mag_factor;
		}
	}
	else if (m->u != NULL && !n->percent_word)
	{
		const lp_unit *su = lp_q_shared_unit_after(m->text, m->len, m->ue, n, NULL);

		if (su && su != m->u && strncmp(su->name, m->u->name, strlen(m->u->name)) == 0)
			m->b.unit = m->u = su;
	}
}

/*
 * Only 万/亿 written after the verb crossing a line, then the figure reached
 * with the same magnitude and a unit: "装机破亿、达到1.35亿千瓦" is 1 亿千瓦.
 * The next number in the clause, within a few words.
 */
static void
threshold_unit(lp_qmention *m)
{
	size_t		p = m->e,
				limit = m->len - m->e > 30 ? m->e + 30 : m->len,
				ul = 0;
	lp_num		next;
	const lp_unit *u;

	if (m->u != NULL || m->lenient || !m->n.mag[0] || !(m->n.has_cn || m->n.bare_mag) || m->c <= m->ls ||
		lp_words_suffix(LP_W_THRESHOLD_VERB, m->text + m->ls, m->c - m->ls) == 0)
		return;
	while (p < limit && !(m->text[p] >= '0' && m->text[p] <= '9'))
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(m->text + p, m->len - p, &cl);

		if (cp == 0x3002 || cp == 0xFF0C || cp == 0xFF1B || cp == 0xFF1A || cp == ',' ||
			cp == ';' || cp == ':' || cp == '\n')
			return;				/* the clause ends */
		p += cl;
	}
	if (p >= limit || !lp_num_read(m->text, m->len, p, &next) ||
		strcmp(next.mag, m->n.mag) != 0 ||
		(u = lp_unit_at(m->text, m->len, next.end, &ul)) == NULL)
		return;
	m->b.unit = m->u = u;
}

/*
 * ‰ imitated by % and a small circle after a rate stated per mille
 * ("人口自然增长率控制在7.87%。。", "…控制在7.2%。以内"): the circle is no full
 * stop when a stop or a bound follows it.
 */
static void
per_mille_imitated(lp_qmention *m)
{
	size_t		p = m->ue;

	if (m->lenient || m->u == NULL || strcmp(m->u->name, "%") != 0 || !lp_at(m->text, m->len, p, "。") ||
		!(lp_at(m->text, m->len, p + 3, "。") || lp_at(m->text, m->len, p + 3, "以内") ||
		  lp_at(m->text, m->len, p + 3, "以下")) ||
		!lp_words_any(LP_W_PER_MILLE_RATE, m->text + m->ls, m->c - m->ls))
		return;
	m->b.unit = m->u = lp_unit_lookup("‰", strlen("‰"));
	m->ue = p + 3;
}

/*
 * Only 万/亿 written: an amount of money (元) in a money clause, a number of
 * people (人) in a clause that names them ("贫困人口减少130万").
 */
static void
money_unit(lp_qmention *m)
{
	int			ctx;

	if (m->u != NULL || m->lenient || !m->n.mag[0])
		return;
	ctx = lp_q_money_context(m->text, m->len, m->c, m->e);
	if (ctx > 0)
		m->b.unit = lp_unit_lookup("元", 3);
	else if (ctx < 0)
		m->b.unit = ctx == -2 ? lp_unit_lookup("人次", 6) : lp_unit_lookup("人", 3);
}

/* The quantity: span, qualifier, values, sign; 0 when a value does not fit. */
static int
build_quantity(lp_qmention *m, lp_quantity *q)
{
	/* only rates and amounts go below zero: "罗湖区-3个" has a dash */
	if (m->sign && !lp_q_signed_dimension(m->b.unit))
		m->sign = 0;
	memset(q, 0, sizeof(*q));
	q->num_start = m->c - m->sign;
	q->end = m->ue;
	/* the line start of the mention's number, unless a sign moves the 64 bytes back */
	q->qualifier = find_qualifier(m->text, m->len,
								  m->sign ? lp_q_line_start(m->text, m->c - m->sign,
															m->c - m->sign > 64 ? m->c - m->sign - 64 : 0) : m->ls,
								  m->c - m->sign, m->n.bare_mag,
									   m->n.approx, &q->start, &q->end);
	if (m->is_range || m->b.value_hi[0])
		q->qualifier = LP_Q_RANGE;
	else if (q->qualifier == LP_Q_EQ && !m->lenient && q->start == q->num_start)
	{
		q->qualifier = lp_q_shared_qualifier_after(m->text, m->len, q->end, m->b.unit);
		if (q->qualifier == LP_Q_EQ)
			q->qualifier = lp_q_shared_qualifier_before(m->text, m->ls, m->c, m->b.unit);
	}
	if (!fill_values(q, &m->b))
		return 0;
	if (m->sign && (!lp_q_negate(q->value, sizeof(q->value)) ||
					!lp_q_negate(q->base_value, sizeof(q->base_value))))
		return 0;
	if (m->neg_hi && (!m->is_range ||
					  !lp_q_negate(q->value_hi, sizeof(q->value_hi)) ||
					  !lp_q_negate(q->base_value_hi, sizeof(q->base_value_hi))))
		return 0;
	return 1;
}

/*
 * Try to read a quantity whose number starts at m->c.  Returns 1 and
 * fills q, or 0 and sets m->next to where scanning goes on; *why names the
 * rule that rejected the number (NULL when none did).  m->lenient (for
 * lp_quantity_parse) accepts bare numbers, years and codes.
 */
int
lp_qmention_read(lp_qmention *m, lp_quantity *q, const char **why)
{
	*why = NULL;
	if (!read_number(m))
		return 0;
	/* 翻一番, 翻了两番: doubled n times, 2^n 倍 */
	if (!m->lenient && doubling_at(m->text, m->len, m->ls, m->c, &m->n, q))
	{
		m->next = q->end;
		return 1;
	}
	/* 保7争8: a growth held and striven for, in percent */
	if (!m->lenient && hold_strive_at(m->text, m->len, m->ls, m->c, &m->n, q))
	{
		m->next = q->end;
		return 1;
	}
	if ((*why = lp_qrules_run(m, LP_QR_NUMBER)) != NULL)
		return 0;
	unit_after(m);
	if ((*why = lp_qrules_run(m, LP_QR_WORD)) != NULL)
		return 0;
	complete_unit(m);
	read_range(m);
	if ((*why = lp_qrules_run(m, LP_QR_RANGE)) != NULL)
		return 0;
	if (!m->is_range)
	{
		unit_from_context(m);
		lp_q_percent_lost(m);
		if ((*why = lp_qrules_run(m, LP_QR_UNIT)) != NULL)
			return 0;
		threshold_unit(m);
		money_unit(m);
		per_mille_imitated(m);
	}
	if (!build_quantity(m, q))
		return 0;
	m->next = q->end;
	return 1;
}
