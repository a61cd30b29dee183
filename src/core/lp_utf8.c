/*
 * lp_utf8.c — walking UTF-8 text one code point at a time.
 */
#include "lp.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

uint32_t
lp_utf8_decode(const char *s, size_t len, int *n)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	cp;
	int			need,
				i;

	if (len == 0)
	{
		*n = 0;
		return 0;
	}
	if (u[0] < 0x80)
	{
		*n = 1;
		return u[0];
	}
	if ((u[0] & 0xE0) == 0xC0)
	{
		cp = u[0] & 0x1F;
		need = 2;
	}
	else if ((u[0] & 0xF0) == 0xE0)
	{
		cp = u[0] & 0x0F;
		need = 3;
	}
	else if ((u[0] & 0xF8) == 0xF0)
	{
		cp = u[0] & 0x07;
		need = 4;
	}
	else
	{
		*n = 1;
		return 0xFFFD;
	}
	if ((size_t) need > len)
	{
		*n = 1;
		return 0xFFFD;
	}
	for (i = 1; i < need; i++)
	{
		if ((u[i] & 0xC0) != 0x80)
		{
			*n = 1;
			return 0xFFFD;
		}
		cp = (cp << 6) | (u[i] & 0x3F);
	}
	/* reject overlong forms, surrogates and values past U+10FFFF */
	if ((need == 2 && cp < 0x80) || (need == 3 && cp < 0x800) ||
		(need == 4 && cp < 0x10000) || cp > 0x10FFFF ||
		(cp >= 0xD800 && cp <= 0xDFFF))
	{
		*n = 1;
		return 0xFFFD;
	}
	*n = need;
	return cp;
}

int
lp_utf8_put(char *out, uint32_t cp)
{
	unsigned char *o = (unsigned char *) out;

	if (cp < 0x80)
	{
		o[0] = (unsigned char) cp;
		return 1;
	}
	if (cp < 0x800)
	{
		o[0] = 0xC0 | (cp >> 6);
		o[1] = 0x80 | (cp & 0x3F);
		return 2;
	}
	if (cp < 0x10000)
	{
		o[0] = 0xE0 | (cp >> 12);
		o[1] = 0x80 | ((cp >> 6) & 0x3F);
		o[2] = 0x80 | (cp & 0x3F);
		return 3;
	}
	o[0] = 0xF0 | (cp >> 18);
	o[1] = 0x80 | ((cp >> 12) & 0x3F);
	o[2] = 0x80 | ((cp >> 6) & 0x3F);
	o[3] = 0x80 | (cp & 0x3F);
	return 4;
}

size_t
lp_utf8_chars(const char *s, size_t len)
{
	size_t		i = 0,
				n = 0;

#ifdef __SSE2__
	/*
	 * Sixteen bytes at a time: a byte of each lane counts the lane's
	 * continuation bytes (the compare gives -1), summed every 255 blocks
	 * at most (no lane overflows) by _mm_sad_epu8.
	 */
	while (i + 16 <= len)
	{
		const __m128i top = _mm_set1_epi8((char) 0xC0),
					cont = _mm_set1_epi8((char) 0x80);
		__m128i		acc = _mm_setzero_si128(),
					sum;
		size_t		blocks = (len - i) / 16,
					k;

		if (blocks > 255)
			blocks = 255;
		for (k = 0; k < blocks; k++, i += 16)
		{
			__m128i		v = _mm_loadu_si128((const __m128i *) (s + i));

			acc = _mm_sub_epi8(acc, _mm_cmpeq_epi8(_mm_and_si128(v, top), cont));
		}
		sum = _mm_sad_epu8(acc, _mm_setzero_si128());
		n += 16 * blocks - (size_t) _mm_cvtsi128_si32(sum) -
			(size_t) _mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
	}
#endif

	/*
	 * Count bytes that are not continuation bytes (10xxxxxx), eight at a
	 * time: a continuation byte has bit 7 set and bit 6 clear.
	 */
	for (; i + 8 <= len; i += 8)
	{
		uint64_t	x,
					cont;

		memcpy(&x, s + i, 8);
		cont = (x & ~(x << 1)) & UINT64_C(0x8080808080808080);
		n += 8 - (size_t) (((cont >> 7) * UINT64_C(0x0101010101010101)) >> 56);
	}
	if (i < len && len >= 8)
	{
		/* the last 1-7 bytes: the last eight, the ones counted above shifted out */
		uint64_t	x,
					cont;
		size_t		rem = len - i;

		memcpy(&x, s + len - 8, 8);
		cont = (x & ~(x << 1)) & UINT64_C(0x8080808080808080);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		cont <<= 8 * (8 - rem);
#else
		cont >>= 8 * (8 - rem);
#endif
		return n + rem - (size_t) (((cont >> 7) * UINT64_C(0x0101010101010101)) >> 56);
	}
	for (; i < len; i++)
		n += (((unsigned char) s[i]) & 0xC0) != 0x80;
	return n;
}

int
lp_is_hanzi(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
		(cp >= 0x20000 && cp <= 0x2FA1F) || (cp >= 0xF900 && cp <= 0xFAFF);
}
