/*
 * lp_repair_linemark.c — the marker a copy site writes where the page's
 * line breaks were.
 *
 * Some sites that repost work reports replace every paragraph break with a
 * short random ASCII token, one per page ("…提出意见。Xq7   一、2028年工作
 * 回顾Xq7   全年完成地区生产总值…"): the heading of the review is then glued
 * to the lines around it, on a line that also holds the date of the meeting,
 * and the results under it are dated by that date instead of the heading.
 *
 * A marker is a token of three ASCII letters or digits, of at least two of
 * the kinds lower case, upper case and digit (an acronym such as GDP or a
 * number is not one), right after a character outside ASCII and before a
 * space, a tab, a line break or the end; the same token at least
 * MIN_MARKS times in the text.  Units written so (kWh) are not markers.
 * Each is replaced by a line break, the spaces after it dropped.  Two
 * linear passes: count the tokens, then cut.
 */
#include "lp_repair.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MIN_MARKS 4
#define MAX_KINDS 8				/* distinct tokens counted; more is no marker page */

typedef struct mark_kind
{
	char		tok[3];
	int			count;
} mark_kind;

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Kinds of the ASCII alnum byte c: 1 lower, 2 upper, 4 digit; 0 if none. */
static int
alnum_kind(unsigned char c)
{
	if (c >= 'a' && c <= 'z')
		return 1;
	if (c >= 'A' && c <= 'Z')
		return 2;
	return c >= '0' && c <= '9' ? 4 : 0;
}

static const char *const units[] = {"kWh", "MWh", "GWh", "TWh", "mAh", "kVA", "MVA", NULL};

/* Does a marker-shaped token start at u[i]? */
static int
token_at(const unsigned char *u, size_t n, size_t i)
{
	int			k0,
				k1,
				k2,
				kinds;

	if (i == 0 || i + 3 > n || u[i - 1] < 0x80 || (i + 3 < n && !is_space(u[i + 3])))
		return 0;
	k0 = alnum_kind(u[i]);
	k1 = alnum_kind(u[i + 1]);
	k2 = alnum_kind(u[i + 2]);
	if (!k0 || !k1 || !k2)
		return 0;
	kinds = k0 | k1 | k2;
	/* two kinds at least: not an acronym, a word or a number */
	if (kinds == 1 || kinds == 2 || kinds == 4)
		return 0;
	/* units of energy and power written in letters */
	for (int k = 0; units[k]; k++)
		if (memcmp(u + i, units[k], 3) == 0)
			return 0;
	return 1;
}

/* The index of token u[i, i+3) in kinds, added when room is left; -1 if none. */
static int
kind_of(mark_kind *kinds, int *nkinds, const unsigned char *u, size_t i, int add)
{
	for (int k = 0; k < *nkinds; k++)
		if (memcmp(kinds[k].tok, u + i, 3) == 0)
			return k;
	if (!add || *nkinds == MAX_KINDS)
		return -1;
	memcpy(kinds[*nkinds].tok, u + i, 3);
	kinds[*nkinds].count = 0;
	return (*nkinds)++;
}

/* Count the token that may end at e (a space, a line break or the end). */
static void
count_at(const unsigned char *u, size_t n, size_t e, mark_kind *kinds, int *nkinds)
{
	int			k;

	if (e >= 4 && u[e - 3] < 0x80 && token_at(u, n, e - 3) &&
		(k = kind_of(kinds, nkinds, u, e - 3, 1)) >= 0)
		kinds[k].count++;
}

/*
 * Count the tokens; keep those seen MIN_MARKS times.  Returns how many are
 * kept.  A token ends where a space or a line break is, and those are few
 * in Chinese text: find them sixteen bytes at a time, look back from each.
 */
static int
count_marks(const unsigned char *u, size_t n, mark_kind *kinds, int *nkinds)
{
	int			kept = 0,
				loop = 0;
	size_t		i = 0;

#ifdef __SSE2__
	const __m128i sp = _mm_set1_epi8(' '),
				tab = _mm_set1_epi8('\t'),
				cr = _mm_set1_epi8('\r'),
				lf = _mm_set1_epi8('\n');

	/* (thirty-two bytes a turn: one mask, one loop check) */
	for (; i + 32 <= n; i += 32)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (u + i)),
					w = _mm_loadu_si128((const __m128i *) (u + i + 16));
		uint32_t	m = (uint32_t) _mm_movemask_epi8(
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, sp), _mm_cmpeq_epi8(v, tab)),
						 _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)))) |
			(uint32_t) _mm_movemask_epi8(
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, sp), _mm_cmpeq_epi8(w, tab)),
						 _mm_or_si128(_mm_cmpeq_epi8(w, cr), _mm_cmpeq_epi8(w, lf)))) << 16;

		LP_LOOP_CHECK(loop);
		for (; m; m &= m - 1)
			count_at(u, n, i + (size_t) __builtin_ctz(m), kinds, nkinds);
	}
#endif
	for (; i < n; i++)
	{
		LP_LOOP_CHECK(loop);
		if (is_space(u[i]))
			count_at(u, n, i, kinds, nkinds);
	}
	count_at(u, n, n, kinds, nkinds);
	for (int k = 0; k < *nkinds; k++)
		if (kinds[k].count >= MIN_MARKS)
			kinds[kept++] = kinds[k];
	*nkinds = kept;
	return kept;
}

int
lp_cut_line_marks(const char *text, size_t len, lp_buf *out, lp_repairs *reps)
{
	const unsigned char *u = (const unsigned char *) text;
	mark_kind	kinds[MAX_KINDS];
	int			nkinds = 0,
				line = 1,
				loop = 0;
	size_t		copied = 0;

	if (len < 4 || !count_marks(u, len, kinds, &nkinds))
		return 0;
	lp_buf_reserve(out, len + 1);
	for (size_t i = 1; i + 3 <= len; i++)
	{
		size_t		e;

		LP_LOOP_CHECK(loop);
		if (u[i - 1] == '\n')
			line++;
		if (u[i] >= 0x80 || u[i - 1] < 0x80 || !token_at(u, len, i) ||
			kind_of(kinds, &nkinds, u, i, 0) < 0)
			continue;
		/* the token and the spaces after it become one line break */
		e = i + 3;
		while (e < len && (u[e] == ' ' || u[e] == '\t'))
			e++;
		lp_buf_append(out, text + copied, i - copied);
		if (e < len && u[e] != '\n' && u[e] != '\r')
			lp_buf_append(out, "\n", 1);
		lp_repair_add(reps, "line_mark", line, text + i, e - i, "\n", 1);
		copied = e;
		i = e - 1;
	}
	lp_buf_append(out, text + copied, len - copied);
	return 1;
}
