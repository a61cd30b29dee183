/*
 * lp_text.h — small helpers over UTF-8 lines shared by the structure,
 * metadata and extraction code: the lowest layer, which calls nothing above
 * it.  Periods are lp_period.h, ordinals lp_ordinal.h.
 */
#ifndef LP_TEXT_H
#define LP_TEXT_H

#include "lp.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* One line of a document: byte range [start, end) without the '\n'. */
typedef struct lp_line
{
	size_t		start;
	size_t		end;
} lp_line;

/* Split text into lines; returns the count, *lines allocated with lp_alloc. */
size_t		lp_split_lines(const char *text, size_t len, lp_line **lines);

/* lp_parse_sections on lines already split (the extractor has them). */
struct lp_sections;
struct lp_meta;
void		lp_parse_sections_lines(const char *text, const lp_line *lines, size_t nlines,
									struct lp_sections *out);

/* lp_infer_meta on lines and sections already found. */
void		lp_infer_meta_lines(const char *text, size_t len, const lp_line *lines,
								size_t nlines, const struct lp_sections *secs,
								struct lp_meta *m);

/* Copy s[0, n) into dst[dstsz] as a string, cut to fit and before a character it would split. */
static inline void
lp_copy_span(char *dst, size_t dstsz, const char *s, size_t n)
{
	if (n >= dstsz)
		n = dstsz - 1;
	while (n > 0 && (((unsigned char) s[n]) & 0xC0) == 0x80)
		n--;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/*
 * Copy the string src into dst[dstsz], cut to fit (snprintf "%s" without its
 * cost).  An empty src (most upper ends of ranges and bases) without strlen.
 */
static inline void
lp_copy_str(char *dst, size_t dstsz, const char *src)
{
	if (dstsz == 0)
		return;
	if (src[0] == '\0')
		dst[0] = '\0';
	else
		lp_copy_span(dst, dstsz, src, strlen(src));
}

/*
 * The UTF-8 character at s[0, len) packed into an integer (its bytes), and
 * *clen its length: a key for dictionaries indexed by first or last
 * character (word lists, indicator aliases).  0 when len is 0.
 */
static inline uint32_t
lp_char_key(const char *s, size_t len, size_t *clen)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		n = len == 0 ? 0 : u[0] < 0x80 ? 1 : u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : 2,
				i;
	uint32_t	k = 0;

	if (n > len)
		n = len;
	for (i = 0; i < n; i++)
		k = (k << 8) | u[i];
	*clen = n;
	return k;
}

/* lp_char_key of the last character of s[0, len). */
static inline uint32_t
lp_last_char_key(const char *s, size_t len)
{
	size_t		i = len,
				clen;

	if (len == 0)
		return 0;
	i--;
	while (i > 0 && len - i < 4 && (((unsigned char) s[i]) & 0xC0) == 0x80)
		i--;
	return lp_char_key(s + i, len - i, &clen);
}

/*
 * Does byte c lead a character of U+4000-U+9FFF (E4-E9), most hanzi?  No
 * punctuation, digit or space is one: scans for those step over it undecoded.
 */
static inline int
lp_hanzi_lead(char c)
{
	return ((unsigned char) c) >= 0xE4 && ((unsigned char) c) <= 0xE9;
}

/* Is byte c a UTF-8 continuation byte (10xxxxxx)? */
static inline int
lp_utf8_cont(char c)
{
	return (((unsigned char) c) & 0xC0) == 0x80;
}

/* Start of the character before byte i (UTF-8); 0 at the start. */
static inline size_t
lp_prev_char(const char *s, size_t i)
{
	if (i == 0)
		return 0;
	/* most characters before are of three bytes: one test of the three */
	if (i >= 3 && (((unsigned char) s[i - 3]) & 0xF0) == 0xE0 &&
		(((unsigned char) s[i - 2]) & 0xC0) == 0x80 && (((unsigned char) s[i - 1]) & 0xC0) == 0x80)
		return i - 3;
	i--;
	while (i > 0 && (((unsigned char) s[i]) & 0xC0) == 0x80)
		i--;
	return i;
}

/* Does s[0, n) contain the string lit? */
int			lp_contains(const char *s, size_t n, const char *lit);

/*
 * First occurrence of the three-byte sequence seq (one CJK character) in
 * s[0, len), or NULL: memchr, then a compare.  Cheaper than memmem for
 * the many short searches of the extractor.
 */
const char *lp_find3(const char *s, size_t len, const char *seq);

/*
 * The end of the last one-character seq in s[a, b), or b when there is none
 * ("扣除食品和能源的核心CPI": where 核心CPI starts, after the last 的).
 */
size_t		lp_after_last3(const char *s, size_t a, size_t b, const char *seq);

/*
 * A literal of two characters or more finds its first only: a literal seq
 * must be one character (3 bytes and its NUL); a pointer passes.
 */
#define lp_find3(s, len, seq) \
	((void) sizeof(char[sizeof(seq) == 4 || sizeof(seq) == sizeof(char *) ? 1 : -1]), \
	 lp_find3((s), (len), (seq)))

/*
 * First occurrence of lit[0, n) (n >= 3) in s[0, len), or NULL: its first
 * three bytes found with lp_find3, then compared whole.  For a literal
 * searched once (memmem builds tables for its needle at every call).
 */
static inline const char *
lp_find_lit(const char *s, size_t len, const char *lit, size_t n)
{
	const char *p,
			   *end = s + len;

	for (p = (lp_find3) (s, len, lit); p != NULL && (size_t) (end - p) >= n;
		 p = (lp_find3) (p + 1, (size_t) (end - p - 1), lit))
		if (memcmp(p, lit, n) == 0)
			return p;
	return NULL;
}

/*
 * Just after the last 。！？!? or line break before p whose character ends
 * after lo; when there is none, the start of the character holding byte lo.
 */
size_t		lp_full_stop_before(const char *s, size_t lo, size_t p);

/*
 * The sentence of s[i] as far as a line: [*a, *b), from just after the 。 or
 * line break before it (or s's start) to the next one (or s's end).  "2020年
 * 长沙⏎交答卷！⏎…": a line ends a head's sentence, ！ does not.
 */
void		lp_line_sentence_around(const char *s, size_t len, size_t i, size_t *a, size_t *b);

/* An English gloss in brackets ("（Gross Regional Product，GRP）"): the
 * offset of the close of the one opening at i, or 0; the start of the one
 * closing just before b, or b. */
size_t		lp_gloss_end(const char *s, size_t i, size_t slen);
size_t		lp_gloss_before(const char *s, size_t a, size_t b);

/*
 * Is a bracket, （ or (, opened in s[lo, hi) and not closed before hi
 * ("增长5.9%（预期目标为")?  Where the last one opens in *at (when not NULL).
 */
int			lp_bracket_open_before(const char *s, size_t lo, size_t hi, size_t *at);

/*
 * The first comma of s[0, len): "，", or "," as a copy folded to ASCII
 * (NFKC) writes it, not between digits; *mlen its length.  NULL if none.
 */
const char *lp_find_comma(const char *s, size_t len, size_t *mlen);

/* The first colon of s[0, len): "：", or ":" not between digits (17:55). */
const char *lp_find_colon(const char *s, size_t len, size_t *mlen);

/* Past the 、 and commas (，or ,) at s[p, b). */
size_t		lp_skip_separators(const char *s, size_t p, size_t b);

/*
 * Length of the number of a list item opening s[a, b): "1." "2、" "3）"
 * "（4）" "(5)" "⑥" (not "2.5万亿元": a digit after the mark makes a
 * number); 0 if none.
 */
size_t		lp_item_number_len(const char *s, size_t a, size_t b);

/* Bytes of the space at s[i] (ASCII, tab, CR, U+3000, NBSP), 0 if none. */
size_t		lp_space_len(const char *s, size_t len, size_t i);

/* Skip spaces (ASCII, U+3000, NBSP) from s[i]; returns the new index. */
size_t		lp_skip_space(const char *s, size_t len, size_t i);

/*
 * Most calls start at no space: that is answered inline from the byte at
 * s[i] (no space starts with another), the walk is a call (issue 18:
 * 117,000 calls a megabyte of text).
 */
static inline size_t
lp_skip_space_at(const char *s, size_t len, size_t i)
{
	unsigned char c;

	if (i >= len)
		return i;
	c = (unsigned char) s[i];
	if (c != ' ' && c != '\t' && c != '\r' && c != 0xE3 && c != 0xC2)
		return i;
	return (lp_skip_space) (s, len, i);
}

#define lp_skip_space(s, len, i) lp_skip_space_at((s), (len), (i))

/* lp_trim's work, when an end of the span may be a space. */
void		lp_trim_spaces(const char *s, size_t *start, size_t *end);

/*
 * Trim spaces at both ends of [*start, *end).  Inline, for the spans
 * (most) whose first and last bytes can be no part of a space: ' ', \t,
 * \r, U+3000 (E3 80 80), NBSP (C2 A0).
 */
static inline void
lp_trim(const char *s, size_t *start, size_t *end)
{
	if (*start < *end)
	{
		unsigned char a = (unsigned char) s[*start],
					z = (unsigned char) s[*end - 1];

		if (a != ' ' && a != '\t' && a != '\r' && a != 0xE3 && a != 0xC2 &&
			z != ' ' && z != '\t' && z != '\r' && z != 0x80 && z != 0xA0)
			return;
	}
	lp_trim_spaces(s, start, end);
}

/*
 * Is s[0, n) lit[0, n)?  For a literal of one to three hanzi the compiler
 * folds lit and n into a compare of two or three words in registers; gcc
 * 12 at -O2 calls memcmp for 3, 6 and 9 bytes (about 25 instructions a
 * call where the words take 5).
 */
static inline int
lp_same(const char *s, const char *lit, size_t n)
{
	uint64_t	x,
				y;
	uint32_t	w,
				z;
	uint16_t	u,
				v;

	switch (n)
	{
		case 3:
			memcpy(&u, s, 2);
			memcpy(&v, lit, 2);
			return u == v && s[2] == lit[2];
		case 6:
			memcpy(&w, s, 4);
			memcpy(&z, lit, 4);
			memcpy(&u, s + 4, 2);
			memcpy(&v, lit + 4, 2);
			return w == z && u == v;
		case 9:
			memcpy(&x, s, 8);
			memcpy(&y, lit, 8);
			return x == y && s[8] == lit[8];
		default:
			return memcmp(s, lit, n) == 0;
	}
}

/*
 * Does s[i..len) start with the UTF-8 string lit?  Inline: lit is mostly a
 * literal, whose length and compare the compiler then knows (lp_same; a
 * string made at run time is compared by memcmp).
 */
static inline int
lp_at(const char *s, size_t len, size_t i, const char *lit)
{
	size_t		n = strlen(lit);

	return i <= len && len - i >= n &&
		(__builtin_constant_p(n) ? lp_same(s + i, lit, n) : memcmp(s + i, lit, n) == 0);
}

/* Does s[0, len) hold an ASCII digit? */
int			lp_has_digit(const char *s, size_t len);

/* An acronym of capitals ("GDP", "CPI", "R&D"): a name in Latin letters. */
int			lp_is_acronym(const char *s, size_t len);

#ifdef __SSE2__
/* The places 0, 3, 6, 9, 12 of the 16 bytes v where a hanzi opens: a lead byte E4-E9 and two continuation bytes */
static inline unsigned
lp_hanzi_places(__m128i v)
{
	__m128i		t = _mm_sub_epi8(v, _mm_set1_epi8((char) 0xE4));
	unsigned	lead = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(t, _mm_set1_epi8(5)), t)),
				cont = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char) 0xC0)),
																  _mm_set1_epi8((char) 0x80)));

	return lead & (cont >> 1) & (cont >> 2) & 0x1249u;
}
#endif

/*
 * The first place in s[i, end) holding byte a, b or c (name one twice for
 * two), or end: scans that care for a few bytes only pass the others over
 * sixteen at a time (issue 18).
 */
static inline size_t
lp_next_byte_of3(const char *s, size_t i, size_t end, char a, char b, char c)
{
#ifdef __SSE2__
	for (; i + 16 <= end; i += 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (s + i));
		unsigned	m = (unsigned) _mm_movemask_epi8(
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(a)), _mm_cmpeq_epi8(x, _mm_set1_epi8(b))),
						 _mm_cmpeq_epi8(x, _mm_set1_epi8(c))));

		if (m)
			return i + (size_t) __builtin_ctz(m);
	}
#endif
	for (; i < end; i++)
		if (s[i] == a || s[i] == b || s[i] == c)
			return i;
	return end;
}

/*
 * How many hanzi of three bytes led by E4-E9 (U+4000-U+9FFF) open s, at most
 * five; sixteen bytes readable.  No clause mark is among them, and
 * lp_utf8_next would step over each in three bytes.
 */
static inline int
lp_hanzi_run(const char *s)
{
#ifdef __SSE2__
	unsigned	whole = lp_hanzi_places(_mm_loadu_si128((const __m128i *) s));

	return whole == 0x1249u ? 5 : __builtin_ctz(~whole & 0x1249u) / 3;
#else
	const unsigned char *u = (const unsigned char *) s;
	int			k;

	for (k = 0; k < 5; k++, u += 3)
		if (u[0] < 0xE4 || u[0] > 0xE9 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
			break;
	return k;
#endif
}

/* Do the 16 bytes at s open with five such hanzi, none of whose bytes is avoid (0: any)? */
static inline int
lp_five_hanzi(const char *s, unsigned char avoid)
{
#ifdef __SSE2__
	__m128i		v = _mm_loadu_si128((const __m128i *) s);
	unsigned	hit = (unsigned) _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char) avoid)));

	return lp_hanzi_places(v) == 0x1249u && (hit & 0x7FFF) == 0;
#else
	return lp_hanzi_run(s) == 5 && memchr(s, avoid, 15) == NULL;
#endif
}

#endif
