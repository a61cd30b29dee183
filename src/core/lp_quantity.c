/*
 * lp_quantity.c — quantity mentions in running text, and a whole string
 * read as one quantity.
 *
 * lp_quantity_next makes one forward scan: it hops over bytes that cannot
 * start a numeral, reads a numeral (lp_numeral.c), then decides from the
 * words around it whether it is a quantity.  quantity_at does that in
 * stages over one mention (lp_mention, lp_qty.h): read the number, the
 * unit after it, a range to a second number, a unit from the context, and
 * build the value; between the stages the rules of lp_quantity_rules.c
 * reject years, dates, ordinals, codes, slogans, tiers and names.  Titles
 * in 《》 are passed over; the word lists that decide all this are data
 * (q_*.tsv).
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

/* ---------- titles and URLs ---------- */

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

/* ---------- the stages of quantity_at ---------- */

static void
mention_init(lp_mention *m, const char *text, size_t len, size_t c, int lenient)
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
	m->next = c;
}

/* The number at c and the characters around it; 0 when there is none. */
static int
read_number(lp_mention *m)
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
unit_after(lp_mention *m)
{
	if (!m->n.percent_word)
		m->u = lp_unit_at(m->text, m->len, m->e, &m->ul);
}

/*
 * The unit as it reads on: after one blank ("428.88 亿元"), % or ‰ of
 * 百分之/千分之, a longer unit around 多/余 (3个多月: about) or 半 (3个半月,
 * 两成半: a half more, whole numbers only).
 */
static void
complete_unit(lp_mention *m)
{
	lp_num	   *n = &m->n;
	const lp_unit *j;

	if (m->u == NULL && !n->percent_word && n->has_digit && !n->has_cn && m->e < m->len &&
		m->text[m->e] == ' ' && (m->u = lp_unit_at(m->text, m->len, m->e + 1, &m->ul)) != NULL)
		m->ul += 1;
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
range_fits(const lp_mention *m, const lp_num *n1, const lp_unit *u2, char *lo, char *hi)
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
take_range(lp_mention *m, const lp_num *n1, const lp_unit *u2, const char *lo, const char *hi)
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
read_range(lp_mention *m)
{
	size_t		sl = lp_q_range_sep_at(m->text, m->len, m->ue);
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
		n2->value_hi[0] || n2->cn_sequence || n2->has_digit != n->has_digit || n2->percent_word)
		return;
	m->has_n2 = 1;
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
unit_from_context(lp_mention *m)
{
	lp_num	   *n = &m->n;

	if (m->lenient)
		return;
	if (m->u == NULL && !n->mag[0] && !n->has_cn &&
		(m->b.unit = lp_q_label_unit_before(m->text, m->ls, m->c - m->sign)) != NULL)
		m->u = m->b.unit;
	if (m->u == NULL && !n->percent_word &&
		(m->b.unit = lp_q_shared_unit_after(m->text, m->len, m->e, n)) != NULL)
		m->u = m->b.unit;
	else if (m->u != NULL && !n->percent_word)
	{
		const lp_unit *su = lp_q_shared_unit_after(m->text, m->len, m->ue, n);

		if (su && su != m->u && strncmp(su->name, m->u->name, strlen(m->u->name)) == 0)
			m->b.unit = m->u = su;
	}
}

/* Only 万/亿 written: an amount of money (元) in a money clause. */
static void
money_unit(lp_mention *m)
{
	if (m->u == NULL && !m->lenient &&
		lp_q_money_context(m->text, m->len, m->c, m->e))
		m->b.unit = lp_unit_lookup("元", 3);
}

/* The quantity: span, qualifier, values, sign; 0 when a value does not fit. */
static int
build_quantity(lp_mention *m, lp_quantity *q)
{
	/* only rates and amounts go below zero: "罗湖区-3个" has a dash */
	if (m->sign && !lp_q_signed_dimension(m->b.unit))
		m->sign = 0;
	memset(q, 0, sizeof(*q));
	q->num_start = m->c - m->sign;
	q->end = m->ue;
	q->qualifier = lp_q_find_qualifier(m->text, m->len, m->c - m->sign, m->n.bare_mag,
									   m->n.approx, &q->start, &q->end);
	if (m->is_range || m->b.value_hi[0])
		q->qualifier = LP_Q_RANGE;
	if (!lp_q_fill_values(q, &m->b))
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
static int
mention_at(lp_mention *m, lp_quantity *q, const char **why)
{
	*why = NULL;
	if (!read_number(m))
		return 0;
	/* 翻一番, 翻了两番: doubled n times, 2^n 倍 */
	if (!m->lenient && lp_q_doubling_at(m->text, m->len, m->ls, m->c, &m->n, q))
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
	if ((*why = lp_qrules_run(m, LP_QR_RANGE)) != NULL ||
		(*why = lp_qrules_run(m, LP_QR_MAGNITUDE)) != NULL)
		return 0;
	if (!m->is_range)
	{
		unit_from_context(m);
		if ((*why = lp_qrules_run(m, LP_QR_UNIT)) != NULL)
			return 0;
		money_unit(m);
	}
	if (!build_quantity(m, q))
		return 0;
	m->next = q->end;
	return 1;
}

static int
quantity_at(const char *text, size_t len, size_t c, lp_quantity *q,
			size_t *next, int lenient)
{
	lp_mention	m;
	const char *why;
	int			found;

	mention_init(&m, text, len, c, lenient);
	found = mention_at(&m, q, &why);
	*next = m.next;
	return found;
}

const char *
lp_quantity_rejection(const char *text, size_t len, size_t c)
{
	lp_mention	m;
	lp_quantity q;
	const char *why;

	mention_init(&m, text, len, c, 0);
	if (mention_at(&m, &q, &why))
		return "";
	if (m.e == c)
		return NULL;			/* no number here */
	return why ? why : "";
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
	nx = lp_q_cp_at(text, len, p, &cl);
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
				p = lp_q_skip_code_run(text, len, p);
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
	if (neg && (!lp_q_negate(q->value, sizeof(q->value)) ||
				!lp_q_negate(q->base_value, sizeof(q->base_value))))
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
