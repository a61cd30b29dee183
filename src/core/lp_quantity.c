/*
 * lp_quantity.c — quantity mentions in running text, and a whole string
 * read as one quantity.
 *
 * lp_quantity_next makes one forward scan: it hops over bytes that cannot
 * start a numeral (a bitmap of start characters), passes over titles in
 * 《》, URLs and Latin codes, and at each candidate asks
 * lp_quantity_mention.c whether a quantity starts there (the stages of
 * lp_qmention_read, the rules of lp_quantity_rules.c).  The word lists that
 * decide all this are data (q_*.tsv).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "lp.h"
#include "lp_numeral_int.h"
#include "lp_qty.h"
#include "lp_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

/*
 * What the character at p (a newline, or a three-byte character starting
 * E3 or EF) says of from: from when it ends the look-back (a newline, 》,
 * 。 or ，), after the title when it is a 《 whose title reaches past from,
 * or 0 when it says nothing.
 */
static size_t
title_mark(const char *text, size_t len, size_t from, size_t p)
{
	const unsigned char *u = (const unsigned char *) text + p;

	if (u[0] == '\n')
		return from;
	if (u[0] == 0xE3 && p + 2 < len && u[1] == 0x80)
	{
		if (u[2] == 0x8B || u[2] == 0x82)
			return from;		/* 》 or 。 before from */
		if (u[2] == 0x8A)
		{
			size_t		e = skip_title(text, len, p);

			return e > from ? e : from;
		}
	}
	if (u[0] == 0xEF && p + 2 < len && u[1] == 0xBC && u[2] == 0x8C)
		return from;			/* ， */
	return 0;
}

/* Bit i set when s[i] is \n, E3 or EF (the bytes title_mark looks at), 0 <= i < n <= 16. */
static inline unsigned
mark_bytes(const char *s, size_t n)
{
	unsigned	m = 0;
	size_t		i;

#ifdef __SSE2__
	if (n == 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) s);

		return (unsigned) _mm_movemask_epi8(
			_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\n')),
						 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xE3)),
									  _mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xEF)))));
	}
#endif
	for (i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '\n' || c == 0xE3 || c == 0xEF)
			m |= 1u << i;
	}
	return m;
}

/*
 * The bytes \n 》 。 ， 《 can start with, from the last before from back:
 * 16 at a time, each block's from its last.
 */
static size_t
escape_title(const char *text, size_t len, size_t from)
{
	size_t		lim = from > TITLE_BACK ? from - TITLE_BACK : 0,
				hi = from;

	while (hi > lim)
	{
		size_t		lo = hi - lim >= 16 ? hi - 16 : lim,
					r;
		unsigned	m = mark_bytes(text + lo, hi - lo);

		for (; m; m &= ~(1u << (31 - __builtin_clz(m))))
			if ((r = title_mark(text, len, from, lo + (size_t) (31 - __builtin_clz(m)))) > 0)
				return r;
		hi = lo;
	}
	return from;
}

/* ---------- one candidate ---------- */

static int
quantity_at(const char *text, size_t len, size_t c, lp_quantity *q,
			size_t *next, int lenient)
{
	lp_qmention	m;
	const char *why;
	int			found;

	lp_qmention_init(&m, text, len, c, lenient);
	found = lp_qmention_read(&m, q, &why);
	*next = m.next;
	return found;
}

const char *
lp_quantity_rejection(const char *text, size_t len, size_t c)
{
	lp_qmention	m;
	lp_quantity q;
	const char *why;

	lp_qmention_init(&m, text, len, c, 0);
	if (lp_qmention_read(&m, &q, &why))
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
	if (nx == 0x5206 && p + 6 <= len && lp_same(text + p + 3, "之", 3))
		return 0;				/* 二分之一 */
	if (lp_qword_may_start(LP_QW_DOUBLING, nx))
		return 0;				/* 翻一番 */
	if (nx == 0x5146)
		return 0;				/* 一兆二千亿: the reader decides (兆瓦 ends it) */
	return !(lp_num_start_char(nx) || nx == 0x70B9 || nx == ' ');
}

/* Does 几 or 数 start no numeral (数据, 几乎): no 十/百/千/万/亿 after it?
 * The reader takes them only before a magnitude (几十, 数百亿). */
static inline int
lone_some_digit(const char *text, size_t len, size_t p)
{
	int			cl;
	uint32_t	nx = p < len ? lp_utf8_next(text + p, len - p, &cl) : 0;

	return !(cn_small_mag(nx) || nx == CP_WAN || nx == CP_YI);
}

#define RUN_MAX 4096			/* characters scanned between two interrupt checks */

static unsigned char start_map[65536 / 8];
static volatile int start_map_ready = 0;

/*
 * The quick test before start_map, on a character of three bytes: a byte
 * per low_key, the payload bits of its second and third bytes (the code
 * point's low twelve bits).  One 16-bit load, a mask and a byte compare,
 * where the scan spends most of its time; few characters start a numeral,
 * so a zero byte rules out nearly every hanzi.
 */
static unsigned char start_low[0x4000];

static inline unsigned
low_key(const char *s)
{
	uint16_t	w;

	memcpy(&w, s + 1, 2);		/* the same bytes on any byte order: one key per pair */
	return w & 0x3F3Fu;
}

static void
build_start_map(void)
{
	uint32_t	cp;

	lp_quantity_tables_init();	/* lone_cn_digit reads the doubling words */
	for (cp = 0x80; cp < 65536; cp++)
		if (lp_num_start_char(cp) || cp == CP_TITLE_OPEN)
		{
			/* the bytes any three-byte form of cp has after its first */
			char		u[3] = {0, (char) (0x80 | ((cp >> 6) & 0x3F)), (char) (0x80 | (cp & 0x3F))};
			unsigned	k = low_key(u);

			start_map[cp >> 3] |= (unsigned char) (1 << (cp & 7));
			start_low[k] = 1;
		}
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
		/*
		 * A run of characters of three bytes that start no numeral: most of
		 * the text.  One interrupt check a run of at most RUN_MAX characters,
		 * not a count per character (runs end at every punctuation mark).
		 */
		if ((c & 0xF0) == 0xE0 && p + 3 < len)
		{
			size_t		lim = len - 3 - p > 3 * RUN_MAX ? p + 3 * RUN_MAX : len - 3;

			LP_CHECK_INTERRUPTS();
			do
			{
				unsigned	k = low_key(text + p);

				if (start_low[k])
				{
					cp = ((uint32_t) (c & 0x0F) << 12) |
						((uint32_t) ((unsigned char) text[p + 1] & 0x3F) << 6) |
						((unsigned char) text[p + 2] & 0x3F);
					if (start_map[cp >> 3] & (1 << (cp & 7)))
						break;
				}
				p += 3;
				c = (unsigned char) text[p];
			} while (p < lim && (c & 0xF0) == 0xE0);
		}
		if (c < 0x80)
		{
			if (c >= '0' && c <= '9')
				goto candidate;
			if ((c == 'h' || c == 'H') && p + 4 < len &&
				(lp_same(text + p, "http", 4) || lp_same(text + p, "HTTP", 4)))
			{
				/* a URL: skip to its end */
				p = skip_url(text, len, p);
				continue;
			}
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			{
				/* a Latin word or code (LH03, PM2.5, 5G as part of a code),
				 * but for an indicator's acronym before its figure (GDP4408亿元) */
				size_t		q = p;

				while (q < len && ((text[q] >= 'A' && text[q] <= 'Z') || (text[q] >= 'a' && text[q] <= 'z')))
					q++;
				if (q < len && text[q] >= '0' && text[q] <= '9' &&
					lp_qword_at_slow(text, len, p, LP_QW_FIGURE_ACRONYM) == q - p)
					p = q;
				else
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
			if (((cp == 0x4E00 || cp == 0x4E8C || cp == 0x96F6 || cp == 0x3007) &&
				 lone_cn_digit(text, len, p + 3)) ||
				((cp == CP_SHU || cp == CP_JI) && lone_some_digit(text, len, p + 3)))
			{
				/* 一体化, 统一, 二次: a lone 一/二/零 is never a quantity; nor 数据, 几乎 */
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
	else if (p + 3 <= b && lp_same(s + p, "−", 3))
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
