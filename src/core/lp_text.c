/*
 * lp_text.c — the lowest layer over UTF-8 text: lines, spaces, literals.
 * It calls nothing above it (no numerals, no word lists): the period code
 * that used to live here is lp_period.c, ordinals are lp_ordinal.c.
 */
#include "lp_text.h"

#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

size_t
lp_split_lines(const char *text, size_t len, lp_line **lines)
{
	size_t		n = 1,
				i,
				k = 0,
				start = 0;
	const char *p = text;

	while ((p = memchr(p, '\n', len - (size_t) (p - text))) != NULL)
	{
		n++;
		p++;
	}
	*lines = lp_alloc(n * sizeof(lp_line));
	while (k < n)
	{
		const char *nl = memchr(text + start, '\n', len - start);
		size_t		end;

		i = nl ? (size_t) (nl - text) : len;
		end = i;
		if (end > start && text[end - 1] == '\r')
			end--;
		(*lines)[k].start = start;
		(*lines)[k].end = end;
		k++;
		start = i + 1;
		if ((k & 4095) == 0)
			LP_CHECK_INTERRUPTS();
	}
	return k;
}

size_t
lp_space_len(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char) s[i];

	if (c == ' ' || c == '\t' || c == '\r')
		return 1;
	if (lp_at(s, len, i, "\xE3\x80\x80"))	/* U+3000 ideographic space */
		return 3;
	if (lp_at(s, len, i, "\xC2\xA0"))	/* NBSP */
		return 2;
	return 0;
}

size_t
(lp_skip_space) (const char *s, size_t len, size_t i)
{
	size_t		n;

	while (i < len && (n = lp_space_len(s, len, i)) > 0)
		i += n;
	return i;
}

void
lp_trim_spaces(const char *s, size_t *start, size_t *end)
{
	*start = lp_skip_space(s, *end, *start);
	while (*end > *start)
	{
		unsigned char c = (unsigned char) s[*end - 1];

		if (c == ' ' || c == '\t' || c == '\r')
			(*end)--;
		else if (*end - *start >= 3 && lp_same(s + *end - 3, "\xE3\x80\x80", 3))
			*end -= 3;
		else if (*end - *start >= 2 && lp_same(s + *end - 2, "\xC2\xA0", 2))
			*end -= 2;
		else
			break;
	}
}


/*
 * The first place seq's three bytes start.  With SSE2 (every x86-64) the
 * places are tested 64 at a time on their last byte (a continuation byte:
 * one hanzi in about 64 shares it), and the two bytes before it of those
 * that pass are compared; a span too short for that, 32 at a time on their
 * last two bytes.  A memchr on one byte stopped at every character sharing
 * it (one hanzi in 32), and the short lines it was called on ended its runs
 * before they paid off.
 */
/*
 * lp_find3 of a span too short for SSE2: memchr on the last byte (a
 * continuation byte, rarer than a lead byte).  Out of line, a tail call:
 * lp_find3 itself then makes no call, and saves no registers for one (issue
 * 18: 85,000 calls a pass each pushed and popped three).
 */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static const char *
find3_short(const char *s, size_t len, const char *seq)
{
	const char *end = s + len,
			   *p = s + 2;

	while (p < end && (p = memchr(p, (unsigned char) seq[2], (size_t) (end - p))) != NULL)
	{
		if (p[-1] == seq[1] && p[-2] == seq[0])
			return p - 2;
		p++;
	}
	return NULL;
}

const char *
(lp_find3) (const char *s, size_t len, const char *seq)
{
	const char *end = s + len,
			   *p = s;

	if (len < 3)
		return NULL;
#ifdef __SSE2__
	if (len >= 66)
	{
		const __m128i c = _mm_set1_epi8(seq[2]);

		for (;;)
		{
			/* places p .. p + 63; bytes up to p + 65 */
			uint64_t	m = (uint64_t) (uint32_t) _mm_movemask_epi8(
				_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (p + 2)), c)) |
				((uint64_t) (uint32_t) _mm_movemask_epi8(
					_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (p + 18)), c)) << 16) |
				((uint64_t) (uint32_t) _mm_movemask_epi8(
					_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (p + 34)), c)) << 32) |
				((uint64_t) (uint32_t) _mm_movemask_epi8(
					_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (p + 50)), c)) << 48);

			while (m)
			{
				const char *q = p + __builtin_ctzll(m);

				if (q[1] == seq[1] && q[0] == seq[0])
					return q;
				m &= m - 1;
			}
			if (p == end - 66)
				return NULL;
			/* the last 64 places overlap places found empty: same answer */
			p = end - p >= 130 ? p + 64 : end - 66;
		}
	}
	if (len >= 34)
	{
		const __m128i b = _mm_set1_epi8(seq[1]),
					c = _mm_set1_epi8(seq[2]);

		for (;;)
		{
			/* places p .. p + 31; bytes up to p + 33 */
			__m128i		lo = _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (p + 1)), b),
										   _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (p + 2)), c)),
						hi = _mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (p + 17)), b),
										   _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (p + 18)), c));
			uint32_t	m = (uint32_t) _mm_movemask_epi8(lo) |
				((uint32_t) _mm_movemask_epi8(hi) << 16);

			while (m)
			{
				const char *q = p + __builtin_ctz(m);

				if (q[0] == seq[0])
					return q;
				m &= m - 1;
			}
			if (p == end - 34)
				return NULL;
			/* the last 32 places overlap places found empty: same answer */
			p = end - p >= 66 ? p + 32 : end - 34;
		}
	}
	if (len >= 18)
	{
		/* places 0 .. 15 and len - 18 .. len - 3 (overlapping) */
		const __m128i b = _mm_set1_epi8(seq[1]),
					c = _mm_set1_epi8(seq[2]);
		uint32_t	m = (uint32_t) _mm_movemask_epi8(
			_mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (s + 1)), b),
						  _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (s + 2)), c))) |
			((uint32_t) _mm_movemask_epi8(
				_mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (end - 17)), b),
							  _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *) (end - 16)), c))) << 16);

		while (m)
		{
			unsigned	i = (unsigned) __builtin_ctz(m);
			const char *q = i < 16 ? s + i : end - 18 + (i - 16);

			if (q[0] == seq[0])
				return q;
			m &= m - 1;
		}
		return NULL;
	}
#endif
	return find3_short(s, len, seq);
}

/* Does a 。！？!? or line break end at s[k] (its last byte)? */
static inline int
full_stop_ends_at(const char *s, size_t k)
{
	unsigned char c = (unsigned char) s[k];

	if (c == '!' || c == '?' || c == '\n')
		return 1;
	if (k < 2)
		return 0;
	if (c == 0x82)				/* 。 E3 80 82 */
		return s[k - 1] == '\x80' && s[k - 2] == '\xE3';
	return (c == 0x81 || c == 0x9F) && s[k - 1] == '\xBC' && s[k - 2] == '\xEF';	/* ！ ？ */
}

/*
 * On UTF-8 this is what a walk back over the characters from p finds (a
 * character straddling lo counts), 16 bytes at a time with SSE2: the last
 * bytes of those characters (82, 81, 9F, ! ? and newline) are looked for,
 * then the bytes before them.
 */
size_t
lp_full_stop_before(const char *s, size_t lo, size_t p)
{
	size_t		e = p;

#ifdef __SSE2__
	for (; e - lo >= 16; e -= 16)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (s + e - 16)),
					hit = _mm_or_si128(
			_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0x82)),
						 _mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0x81))),
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0x9F)),
									  _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))),
						 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')),
									  _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')))));
		unsigned	m = (unsigned) _mm_movemask_epi8(hit);

		for (; m; m &= ~(1u << (31 - __builtin_clz(m))))
		{
			size_t		k = e - 16 + (size_t) (31 - __builtin_clz(m));

			if (full_stop_ends_at(s, k))
				return k + 1;
		}
	}
#endif
	for (; e > lo; e--)
		if (full_stop_ends_at(s, e - 1))
			return e;
	/* none: where the walk back stops, on the first character start at or before lo */
	while (lo > 0 && (((unsigned char) s[lo]) & 0xC0) == 0x80)
		lo--;
	return lo;
}

/* The first of wide (3 bytes) or ascii in s[0, len), an ascii one not between digits. */
static const char *
find_mark(const char *s, size_t len, const char *wide, char ascii, size_t *mlen)
{
	const char *w = lp_find3(s, len, wide);
	size_t		upto = w ? (size_t) (w - s) : len,
				i;

	for (i = 0; i < upto; i++)
	{
		const char *p = memchr(s + i, ascii, upto - i);

		if (p == NULL)
			break;
		i = (size_t) (p - s);
		if (!(i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' && i + 1 < len && s[i + 1] >= '0' &&
			  s[i + 1] <= '9'))
		{
			*mlen = 1;
			return p;
		}
	}
	*mlen = 3;
	return w;
}

const char *
lp_find_comma(const char *s, size_t len, size_t *mlen)
{
	return find_mark(s, len, "，", ',', mlen);	/* 1,234 is a number */
}

const char *
lp_find_colon(const char *s, size_t len, size_t *mlen)
{
	return find_mark(s, len, "：", ':', mlen);	/* 17:55 is a time */
}

size_t
lp_skip_separators(const char *s, size_t p, size_t b)
{
	for (;;)
		if (p < b && s[p] == ',')
			p++;
		else if (lp_at(s, b, p, "、") || lp_at(s, b, p, "，"))
			p += 3;
		else
			return p;
}

size_t
lp_item_number_len(const char *s, size_t a, size_t b)
{
	size_t		i = a,
				open = 0,
				n;

	if (b - a >= 3 && (unsigned char) s[a] == 0xE2 && (unsigned char) s[a + 1] == 0x91 &&
		(unsigned char) s[a + 2] >= 0xA0 && (unsigned char) s[a + 2] <= 0xB3)
		return 3;				/* ① to ⑳ */
	if (lp_at(s, b, i, "（"))
		open = 3;
	else if (i < b && s[i] == '(')
		open = 1;
	i += open;
	for (n = 0; i < b && s[i] >= '0' && s[i] <= '9' && n < 3; i++, n++)
		;
	if (n == 0)
		return 0;
	if (lp_at(s, b, i, "）") || lp_at(s, b, i, "、") || lp_at(s, b, i, "．"))
		i += 3;
	else if (i < b && (s[i] == ')' || (s[i] == '.' && !open)))
		i++;
	else
		return 0;
	if (open && !(lp_at(s, b, i - 3, "）") || s[i - 1] == ')'))
		return 0;				/* "（1、" */
	if (i < b && s[i] >= '0' && s[i] <= '9')
		return 0;				/* "2.5万亿元" */
	return i - a;
}

/*
 * An English gloss in brackets, "（Gross Regional Product，GRP）", opening
 * at s[i]: the offset of its close when it holds ASCII (some letters, no
 * bracket) and ，only, else 0.  A gloss belongs to the word before it: its
 * comma ends no clause, and it stands between no verb and its number.
 */
size_t
lp_gloss_end(const char *s, size_t i, size_t slen)
{
	size_t		j = i + (s[i] == '(' ? 1 : 3),
				lim = slen - j > 200 ? j + 200 : slen;
	int			letters = 0;

	while (j < lim)
	{
		unsigned char c = (unsigned char) s[j];

		if (c == ')' || lp_at(s, slen, j, "）"))
			return letters > 0 ? j : 0;
		if (lp_at(s, slen, j, "，"))
			j += 3;
		else if (c < 0x80 && c != '(')
		{
			letters += (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
			j++;
		}
		else
			return 0;
	}
	return 0;
}

/* A bracket starting at s[q] (before hi): 1 for （ or (, -1 for ） or ), else 0. */
static inline int
bracket_at(const char *s, size_t hi, size_t q)
{
	unsigned char c = (unsigned char) s[q];

	if (c == '(')
		return 1;
	if (c == ')')
		return -1;
	if (c == 0xEF && hi - q >= 3 && (unsigned char) s[q + 1] == 0xBC)
		return (unsigned char) s[q + 2] == 0x88 ? 1 : (unsigned char) s[q + 2] == 0x89 ? -1 : 0;
	return 0;
}

/*
 * The characters before hi from the last, down to the one holding lo: a
 * bracket's first byte is no continuation byte, so each byte of [lo, hi)
 * is tested (16 at a time with SSE2, on the bytes a bracket starts with),
 * then the start of the character lo falls in.
 */
int
lp_bracket_open_before(const char *s, size_t lo, size_t hi, size_t *at)
{
	size_t		q = hi;
	int			k;

	if (hi <= lo)
		return 0;
#ifdef __SSE2__
	for (; q - lo >= 16; q -= 16)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (s + q - 16));
		unsigned	m = (unsigned) _mm_movemask_epi8(
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('(')),
									  _mm_cmpeq_epi8(v, _mm_set1_epi8(')'))),
						 _mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0xEF))));

		for (; m; m &= ~(1u << (31 - __builtin_clz(m))))
			if ((k = bracket_at(s, hi, q - 16 + (size_t) (31 - __builtin_clz(m)))) != 0)
			{
				if (k > 0 && at)
					*at = q - 16 + (size_t) (31 - __builtin_clz(m));
				return k > 0;
			}
	}
#endif
	while (q > lo)
	{
		q--;
		if ((k = bracket_at(s, hi, q)) != 0)
		{
			if (k > 0 && at)
				*at = q;
			return k > 0;
		}
	}
	/* lo inside a character: its start */
	if (lo > 0 && (((unsigned char) s[lo]) & 0xC0) == 0x80 &&
		(k = bracket_at(s, hi, q = lp_prev_char(s, lo))) != 0)
	{
		if (k > 0 && at)
			*at = q;
		return k > 0;
	}
	return 0;
}

/* The start of a gloss closing just before b (after a), or b: "增长（growth）". */
size_t
lp_gloss_before(const char *s, size_t a, size_t b)
{
	size_t		j = b,
				close;

	if (b > a && s[b - 1] == ')')
		close = b - 1;
	else if (b >= a + 3 && lp_same(s + b - 3, "）", 3))
		close = b - 3;
	else
		return b;
	j = close;
	while (j > a && close - j < 200 && ((unsigned char) s[j - 1]) < 0x80 && s[j - 1] != '(')
		j--;
	if (j > a && s[j - 1] == '(' && lp_gloss_end(s, j - 1, b) == close)
		return j - 1;
	if (j >= a + 3 && lp_same(s + j - 3, "（", 3) && lp_gloss_end(s, j - 3, b) == close)
		return j - 3;
	return b;
}

/*
 * Each place lit's first three bytes stand found with lp_find3 (lp_find_lit),
 * a shorter lit's first byte with memchr: a compare at every byte before
 * (issue 18) made the calls per mention over a sentence cost 700,000 a pass.
 */
int
lp_contains(const char *s, size_t n, const char *lit)
{
	size_t		l = strlen(lit);
	const char *p,
			   *end = s + n;

	if (l == 0)
		return 1;
	if (l >= 3)
		return lp_find_lit(s, n, lit, l) != NULL;
	for (p = s; (size_t) (end - p) >= l && (p = memchr(p, lit[0], (size_t) (end - p) - l + 1)) != NULL; p++)
		if (memcmp(p, lit, l) == 0)
			return 1;
	return 0;
}

void
lp_line_sentence_around(const char *s, size_t len, size_t i, size_t *a, size_t *b)
{
	const char *e = lp_find3(s + i, len - i, "。"),
			   *nl = memchr(s + i, '\n', len - i);

	if (nl && (!e || nl < e))
		e = nl;
	*b = e ? (size_t) (e - s) : len;
	while (i > 0 && s[i - 1] != '\n' && !(i >= 3 && lp_same(s + i - 3, "。", 3)))
		i--;
	*a = i;
}

int
lp_is_acronym(const char *s, size_t len)
{
	size_t		i,
				caps = 0;

	if (len < 2 || len > 8)
		return 0;
	for (i = 0; i < len; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			caps++;
		else if (s[i] != '&')
			return 0;
	return caps >= 2;
}

size_t
lp_after_last3(const char *s, size_t a, size_t b, const char *seq)
{
	const char *p;
	size_t		after = b;

	for (p = lp_find3(s + a, b - a, seq); p != NULL; p = lp_find3(p + 3, b - (size_t) (p + 3 - s), seq))
		after = (size_t) (p + 3 - s);
	return after;
}

/* Does s[0, len) hold an ASCII digit?  16 bytes at a time with SSE2. */
int
lp_has_digit(const char *s, size_t len)
{
	size_t		i = 0;

#ifdef __SSE2__
	for (; i + 16 <= len; i += 16)
	{
		__m128i		t = _mm_sub_epi8(_mm_loadu_si128((const __m128i *) (s + i)), _mm_set1_epi8('0'));

		if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(9)), t)))
			return 1;
	}
#endif
	for (; i < len; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}
