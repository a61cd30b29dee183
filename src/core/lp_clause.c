/*
 * lp_clause.c — where sentences and clauses end: scans back and forward
 * over a line, and the ends of a line marked once for all its mentions.
 */
#include "lp_clause.h"
#include "lp_text.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/*
 * Start of the first character at or after byte i (before hi): look-backs
 * bounded by LP_MAX_LOOKBACK bytes start wherever the bound falls, often
 * inside a character, and what they return is where a subject or evidence
 * starts.
 */
static size_t
char_start(const char *s, size_t i, size_t hi)
{
	while (i < hi && (((unsigned char) s[i]) & 0xC0) == 0x80)
		i++;
	return i;
}

size_t
lp_ahead(const char *s, size_t slen, size_t at, size_t max)
{
	size_t		hi = slen - at > max ? at + max : slen;

	while (hi > at && hi < slen && (((unsigned char) s[hi]) & 0xC0) == 0x80)
		hi--;
	return hi;
}

/* Byte offset just after the last clause (or sentence) end in s[lo, hi). */
size_t
lp_after_last(const char *s, size_t lo, size_t hi, int (*is_end) (uint32_t))
{
	size_t		i = hi;

	while (i > lo)
	{
		size_t		p = lp_prev_char(s, i);
		int			n;
		uint32_t	cp = lp_utf8_next(s + p, hi - p, &n);

		if (p < lo)
			break;
		if (is_end(cp))
			return p + n;
		i = p;
	}
	return char_start(s, lo, hi);
}

/* Byte offset of the next clause end at or after i (or hi). */
size_t
lp_next_end(const char *s, size_t i, size_t hi, int (*is_end) (uint32_t))
{
	while (i < hi)
	{
		int			n;
		uint32_t	cp;

		/* a hanzi (U+4000-U+9FFF) ends nothing: stepped over without a call */
		if (i + 3 <= hi && ((unsigned char) s[i]) >= 0xE4 && ((unsigned char) s[i]) <= 0xE9 &&
			(((unsigned char) s[i + 1]) & 0xC0) == 0x80 && (((unsigned char) s[i + 2]) & 0xC0) == 0x80)
		{
			i += 3;
			continue;
		}
		cp = lp_utf8_next(s + i, hi - i, &n);
		if (is_end(cp))
			return i;
		i += n;
	}
	return hi;
}

static void
push_mark(lp_end_marks *m, size_t at)
{
	if (m->n == m->cap)
	{
		m->cap = m->cap ? 2 * m->cap : 64;
		m->at = lp_realloc(m->at, m->cap * sizeof(size_t));
	}
	m->at[m->n++] = at;
}

/* The end character at s[i] (a candidate byte), marked as what it ends. */
static inline void
mark_at(lp_clause_marks *m, const char *s, size_t slen, size_t i)
{
	uint32_t	cp = (unsigned char) s[i];
	int			n;

	if (cp >= 0x80)
		cp = lp_utf8_next(s + i, slen - i, &n);
	if (lp_is_clause_end(cp))
		push_mark(&m->clause_ends, i);
	if (lp_is_sentence_end(cp))
		push_mark(&m->sentence_ends, i);
}

/*
 * The bytes an end character can start with: ，,：:；;！!？? and the lead
 * bytes of 。 (E3) and of ，：；！？ (EF).  On UTF-8 none of them is a
 * continuation byte, so every byte is tested and none is decoded but these.
 */
static inline int
may_end(unsigned char c)
{
	return c == 0xE3 || c == 0xEF || c == ',' || c == ':' || c == ';' || c == '!' || c == '?';
}

void
lp_clause_marks_line(lp_clause_marks *m, const char *s, size_t slen)
{
	size_t		i = 0;

	if (m->line == s && m->len == slen)
		return;
	m->line = s;
	m->len = slen;
	m->clause_ends.n = m->sentence_ends.n = 0;
#ifdef __SSE2__
	for (; i + 16 <= slen; i += 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (s + i)),
					hit = _mm_or_si128(
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xE3)),
									  _mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xEF))),
						 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
									  _mm_cmpeq_epi8(x, _mm_set1_epi8(':')))),
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(';')),
									  _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
						 _mm_cmpeq_epi8(x, _mm_set1_epi8('?'))));
		unsigned	bits = (unsigned) _mm_movemask_epi8(hit);

		for (; bits; bits &= bits - 1)
			mark_at(m, s, slen, i + (size_t) __builtin_ctz(bits));
	}
#endif
	for (; i < slen; i++)
		if (may_end((unsigned char) s[i]))
			mark_at(m, s, slen, i);
}

/* Length of the (end) character at s[p]: ASCII or a three-byte one. */
static inline size_t
mark_len(const char *s, size_t p)
{
	return ((unsigned char) s[p]) < 0x80 ? 1 : 3;
}

/* after_last over marks: just after the last end in s[lo, hi), or lo. */
size_t
lp_marks_after_last(const lp_end_marks *m, const char *s, size_t lo, size_t hi)
{
	size_t		a = 0,
				b = m->n;

	while (a < b)				/* first mark at or after hi */
	{
		size_t		mid = a + (b - a) / 2;

		if (m->at[mid] < hi)
			a = mid + 1;
		else
			b = mid;
	}
	while (a > 0 && m->at[a - 1] >= lo)
	{
		size_t		p = m->at[a - 1];

		if (p + mark_len(s, p) <= hi)
			return p + mark_len(s, p);
		a--;
	}
	return char_start(s, lo, hi);
}

/* next_end over marks: the first end at or after i that ends before hi, or hi. */
size_t
lp_marks_next_end(const lp_end_marks *m, const char *s, size_t i, size_t hi)
{
	size_t		a = 0,
				b = m->n;

	while (a < b)
	{
		size_t		mid = a + (b - a) / 2;

		if (m->at[mid] < i)
			a = mid + 1;
		else
			b = mid;
	}
	for (; a < m->n && m->at[a] < hi; a++)
		if (m->at[a] + mark_len(s, m->at[a]) <= hi)
			return m->at[a];
	return hi;
}

void
lp_clause_marks_free(lp_clause_marks *m)
{
	lp_free(m->clause_ends.at);
	lp_free(m->sentence_ends.at);
	memset(m, 0, sizeof(*m));
}
