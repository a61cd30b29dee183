/*
 * lp_repair_u8guess.c — the characters a whole-line repair of UTF-8 read as
 * GBK (lp_repair_u8line.c) could not tell by the dictionaries, told by the
 * rest of the line: the character that follows the same character (or a
 * digit) most often elsewhere in the line, when one does more often than
 * any other.  Spots left are U+FFFD.
 */
#include "lp_repair.h"

#include <stdlib.h>
#include <string.h>

/*
 * The characters of a line by what comes before them, for lp_u8line_guess_spots:
 * each three-byte character of s[0, n) (its last byte a continuation) after
 * a digit, or after the three bytes of another character, as one sorted key
 * (what precedes << 24 | its first two bytes << 8 | its last byte - 0x80).
 * One pass and a sort: a spot's counts are then found by binary search,
 * whatever the line's length and the number of spots.
 */
#define AFTER_DIGIT ((uint64_t) 1 << 24)	/* what precedes: any ASCII digit */

static uint64_t
char_key(uint64_t before, const char *b, int last)
{
	return before << 24 | (uint64_t) (uint8_t) b[0] << 16 | (uint64_t) (uint8_t) b[1] << 8 | (uint64_t) last;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a,
				y = *(const uint64_t *) b;

	return x < y ? -1 : x > y;
}

static size_t
index_chars(const char *s, size_t n, uint64_t **out)
{
	uint64_t   *keys = lp_alloc((n + 1) * sizeof(uint64_t));
	size_t		i,
				k = 0;

	for (i = 1; i + 3 <= n; i++)
	{
		uint64_t	before;

		if (((uint8_t) s[i + 2] & 0xC0) != 0x80)
			continue;
		if (s[i - 1] >= '0' && s[i - 1] <= '9')
			before = AFTER_DIGIT;
		else if (i >= 3)
			before = (uint64_t) (uint8_t) s[i - 3] << 16 | (uint64_t) (uint8_t) s[i - 2] << 8 |
				(uint64_t) (uint8_t) s[i - 1];
		else
			continue;
		keys[k++] = char_key(before, s + i, (uint8_t) s[i + 2] - 0x80);
	}
	qsort(keys, k, sizeof(uint64_t), cmp_u64);
	*out = keys;
	return k;
}

/* The first of keys[0, n) not below key. */
static size_t
lower_bound(const uint64_t *keys, size_t n, uint64_t key)
{
	size_t		lo = 0,
				hi = n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (keys[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Count the characters of the line (keys: index_chars) after before whose
 * first two bytes are b, by their last byte.
 */
static void
count_after(const uint64_t *keys, size_t nkeys, uint64_t before, const char *b, int *count)
{
	size_t		from = lower_bound(keys, nkeys, char_key(before, b, 0));
	int			x;

	for (x = 0; x < 64; x++)
	{
		size_t		to = lower_bound(keys, nkeys, char_key(before, b, x + 1));

		count[x] = (int) (to - from);
		from = to;
	}
}

void
lp_u8line_guess_spots(const size_t *spots, size_t nspots, char *s, size_t n)
{
	size_t		k,
				nkeys;
	uint32_t   *pick;
	uint64_t   *keys;

	if (nspots == 0)
		return;
	pick = lp_alloc(nspots * sizeof(uint32_t));
	nkeys = index_chars(s, n, &keys);
	for (k = 0; k < nspots; k++)
	{
		size_t		at = spots[k],
					q = at;
		int			count[64] = {0},
					best = -1,
					top = 0,
					second = 0,
					x;

		pick[k] = 0;
		while (q > 0 && ((uint8_t) s[q - 1] & 0xC0) == 0x80)
			q--;
		if (q > 0)
			q--;
		if (q < at && at - q == 3 && memcmp(s + q, "\xEF\xBF\xBD", 3) != 0)
			count_after(keys, nkeys, (uint64_t) (uint8_t) s[q] << 16 | (uint64_t) (uint8_t) s[q + 1] << 8 |
						(uint64_t) (uint8_t) s[q + 2], s + at, count);
		else if (q < at && at - q == 1 && s[q] >= '0' && s[q] <= '9')
			count_after(keys, nkeys, AFTER_DIGIT, s + at, count);
		for (x = 0; x < 64; x++)
			if (count[x] > top)
			{
				second = top;
				top = count[x];
				best = x;
			}
			else if (count[x] > second)
				second = count[x];
		if (best >= 0 && top > second)
			pick[k] = (uint32_t) (((uint8_t) s[at] & 0x0F) << 12 | ((uint8_t) s[at + 1] & 0x3F) << 6 | best);
	}
	for (k = 0; k < nspots; k++)
		lp_utf8_put(s + spots[k], pick[k] ? pick[k] : 0xFFFD);
	lp_free(keys);
	lp_free(pick);
}
