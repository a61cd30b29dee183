/*
 * lp_repair_digit_lead.c — where an ASCII digit is followed by a byte that
 * may start what lp_fix_width folds after a digit (lp_width_between_digits).
 *
 * Most lines of a report hold a figure and a full-width comma apart, so
 * the test runs on most lines.  Looking for each lead byte with memchr
 * stops at every full-width comma, stop and bracket of the line (their
 * lead bytes are those of ，．： and 。); the digits are fewer, and with
 * SSE2 sixteen places are tested at once for a digit and a lead after it.
 */
#include "lp_repair.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

static inline int
width_lead(unsigned char b)
{
	return b == 0xE2 || b == 0xE3 || b == 0xEF || b == 'c';
}

/*
 * The first i in [from, n - 3], i >= 1, where u[i - 1] is an ASCII digit
 * and u[i] is 0xE2 (℅), 0xEF (，．：), 0xE3 (。) or 'c' (c/o); n when none.
 */
size_t
lp_digit_lead_next(const unsigned char *u, size_t n, size_t from)
{
	size_t		i = from < 1 ? 1 : from;

#ifdef __SSE2__
	/* a digit plus 0x80 - '0' is 0x80..0x89, the ten smallest signed bytes */
	const __m128i shift = _mm_set1_epi8((char) (0x80 - '0')),
				ten = _mm_set1_epi8((char) (0x80 + 10)),
				e2 = _mm_set1_epi8((char) 0xE2),
				e3 = _mm_set1_epi8((char) 0xE3),
				ef = _mm_set1_epi8((char) 0xEF),
				cc = _mm_set1_epi8('c');

	/* places i .. i + 15 at once: reads u[i - 1, i + 16), all at most n - 3 */
	for (; i + 18 <= n; i += 16)
	{
		__m128i		d = _mm_loadu_si128((const __m128i *) (u + i - 1)),
					l = _mm_loadu_si128((const __m128i *) (u + i)),
					digit = _mm_cmplt_epi8(_mm_add_epi8(d, shift), ten),
					lead = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(l, e2), _mm_cmpeq_epi8(l, e3)),
										_mm_or_si128(_mm_cmpeq_epi8(l, ef), _mm_cmpeq_epi8(l, cc)));
		unsigned int m = (unsigned int) _mm_movemask_epi8(_mm_and_si128(digit, lead));

		if (m)
			return i + (size_t) __builtin_ctz(m);
	}
#endif
	for (; i + 3 <= n; i++)
		if (u[i - 1] >= '0' && u[i - 1] <= '9' && width_lead(u[i]))
			return i;
	return n;
}
