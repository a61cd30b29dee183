/*
 * lp_decode_utf8.c — the UTF-8 fast path: validate and copy, no iconv.
 *
 * Validation follows Unicode table 3-7 (no overlongs, surrogates or values
 * past U+10FFFF); a bad sequence is its maximal subpart, as in the Unicode
 * recommendation for U+FFFD substitution.  NUL is refused as well, since a
 * PostgreSQL text value cannot hold it.
 */
#include "lp_decode_int.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define UTF8_CHECK_EVERY 65536

/*
 * Length of the sequence starting at s (n bytes left, n >= 1, s[0] >= 0x80).
 * Returns the length of a valid sequence, or minus the length of the
 * maximal subpart when invalid.  *truncated is set when the subpart runs
 * into the end of the input (the sequence might be complete with more bytes).
 */
static inline int
utf8_seq(const uint8_t *s, size_t n, int *truncated)
{
	uint8_t		b0 = s[0];
	uint8_t		lo = 0x80,
				hi = 0xBF;
	int			need,
				i;

	*truncated = 0;
	if (b0 >= 0xC2 && b0 <= 0xDF)
		need = 2;
	else if (b0 >= 0xE0 && b0 <= 0xEF)
	{
		need = 3;
		if (b0 == 0xE0)
			lo = 0xA0;
		else if (b0 == 0xED)
			hi = 0x9F;
	}
	else if (b0 >= 0xF0 && b0 <= 0xF4)
	{
		need = 4;
		if (b0 == 0xF0)
			lo = 0x90;
		else if (b0 == 0xF4)
			hi = 0x8F;
	}
	else
		return -1;
	for (i = 1; i < need; i++)
	{
		if ((size_t) i >= n)
		{
			*truncated = 1;
			return -i;
		}
		if (s[i] < lo || s[i] > hi)
			return -i;
		lo = 0x80;
		hi = 0xBF;
	}
	return need;
}

/* 1 when none of the 8 bytes at p is >= 0x80 or NUL */
static inline int
ascii_word(const uint8_t *p)
{
	uint64_t	v;

	memcpy(&v, p, 8);
	return ((v | ((v - 0x0101010101010101ULL) & ~v)) & 0x8080808080808080ULL) == 0;
}

/*
 * The lead bytes of convert's fast loop: 1 for ASCII but NUL, 3 for E1..EC,
 * EE and EF, whose two continuation bytes are then all that is left to check
 * (E0 and ED have narrower second bytes), 0 for the rest (utf8_seq decides).
 * One load tells both cases apart (issue 18).
 */
static const unsigned char fast_len[256] = {
	[0x01 ... 0x7F] = 1,
	[0xE1 ... 0xEC] = 3,
	[0xEE ... 0xEF] = 3,
};

/* 1 when the two bytes at p are continuation bytes */
static inline int
two_cont_at(const uint8_t *p)
{
	uint16_t	cont;

	memcpy(&cont, p, 2);
	return (cont & 0xC0C0) == 0x8080;
}

/*
 * The bytes at p (sixteen readable) that the fast loop below would pass
 * over, sixteen at a time: ASCII but NUL and fast_len's three-byte
 * sequences, each lead followed by exactly its two continuation bytes and
 * no other continuation byte (p is at a character's start).  Returns 16,
 * or 14 or 15 when a sequence starts in the last two bytes (read again
 * from its lead), or 0 when anything else is among them.
 */
static inline size_t
fast16(const uint8_t *p)
{
#ifdef __SSE2__
	const __m128i x = _mm_loadu_si128((const __m128i *) p);
	/* signed bytes: ASCII 1..7F, continuation -128..-65, E1..EF -31..-17 */
	unsigned	a = (unsigned) _mm_movemask_epi8(_mm_cmpgt_epi8(x, _mm_setzero_si128())),
				c = (unsigned) _mm_movemask_epi8(_mm_cmplt_epi8(x, _mm_set1_epi8((char) 0xC0))),
				l = (unsigned) _mm_movemask_epi8(
					_mm_andnot_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xED)),
									 _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8((char) 0xE0)),
												   _mm_cmplt_epi8(x, _mm_set1_epi8((char) 0xF0)))));

	if ((a | c | l) != 0xFFFFu || c != (((l << 1) | (l << 2)) & 0xFFFFu))
		return 0;
	return (l & 0x4000u) ? 14 : (l & 0x8000u) ? 15 : 16;
#else
	(void) p;
	return 0;
#endif
}

int
lp_convert_utf8(const uint8_t *raw, size_t from, size_t len,
				int replace, int partial, lp_buf *out,
				size_t *n_replaced, lp_replace_log *log, lp_error *err)
{
	size_t		i = from,
				run = from,		/* start of the valid run not yet copied */
				next_check = from + UTF8_CHECK_EVERY;

	lp_buf_reserve(out, len - from);
	while (i < len)
	{
		int			n,
					truncated;
		size_t		stop;

		if (i >= next_check)
		{
			LP_CHECK_INTERRUPTS();
			next_check = i + UTF8_CHECK_EVERY;
		}
		while (i + 8 <= len && ascii_word(raw + i))
			i += 8;
		/*
		 * mixed text: ASCII but NUL and the common three-byte sequences in
		 * one loop up to the next check (issue 18: each switch between them
		 * went round the outer loop before)
		 */
		stop = len - i > UTF8_CHECK_EVERY ? i + UTF8_CHECK_EVERY : len;
		while (i < stop)
		{
			/* sixteen bytes at a time, else a character at a time over sixteen */
			size_t		f = i + 16 <= stop ? fast16(raw + i) : 0,
						lim = stop - i > 16 ? i + 16 : stop;

			if (f > 0)
			{
				i += f;
				continue;
			}
			while (i < lim)
			{
				int			k = fast_len[raw[i]];

				if (k == 1)
					i++;
				else if (k == 3 && i + 2 < len && two_cont_at(raw + i + 1))
					i += 3;
				else
					break;
			}
			if (i < lim)
				break;
		}
		if (i >= stop)
			continue;			/* the end, or time for a check */
		if (raw[i] == 0)
		{
			n = -1;
			truncated = 0;
		}
		else
			n = utf8_seq(raw + i, len - i, &truncated);
		if (n > 0)
		{
			i += n;
			continue;
		}
		/* a bad sequence of -n bytes at i */
		if (truncated && partial)
			break;
		lp_buf_append(out, (const char *) raw + run, i - run);
		if (!replace)
		{
			/* show the subpart and the byte that broke it */
			size_t		show = (size_t) -n + (truncated ? 0 : 1);

			if (raw[i] < 0xC2 || raw[i] > 0xF4)
				show = 1;		/* not a lead byte at all */
			return lp_decode_fail(err, LP_ENC_UTF8, raw, len, i, show,
								  (const char *) raw + from, i - from);
		}
		if (log)
			lp_replace_note(log, out, i, (size_t) -n);
		lp_buf_append(out, "\xEF\xBF\xBD", 3);
		if (n_replaced)
			(*n_replaced)++;
		i += (size_t) -n;
		run = i;
	}
	lp_buf_append(out, (const char *) raw + run, i - run);
	return LP_OK;
}
