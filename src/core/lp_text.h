/*
 * lp_text.h — small helpers over UTF-8 lines shared by the structure,
 * metadata and extraction code.
 */
#ifndef LP_TEXT_H
#define LP_TEXT_H

#include "lp.h"

#include <string.h>

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

/* Copy the string src into dst[dstsz], cut to fit (snprintf "%s" without its cost). */
static inline void
lp_copy_str(char *dst, size_t dstsz, const char *src)
{
	size_t		n = strlen(src);

	if (dstsz == 0)
		return;
	if (n >= dstsz)
		n = dstsz - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
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
 * First occurrence of the three-byte sequence seq (one CJK character) in
 * s[0, len), or NULL: memchr, then a compare.  Cheaper than memmem for
 * the many short searches of the extractor.
 */
const char *lp_find3(const char *s, size_t len, const char *seq);

/* Skip spaces (ASCII, U+3000, NBSP) from s[i]; returns the new index. */
size_t		lp_skip_space(const char *s, size_t len, size_t i);

/* Trim spaces at both ends of [*start, *end). */
void		lp_trim(const char *s, size_t *start, size_t *end);

/* Does s[i..len) start with the UTF-8 string lit? */
int			lp_at(const char *s, size_t len, size_t i, const char *lit);

/* Value of a Chinese digit character, -1 if none (lp_numeral.c). */
int			lp_cn_digit(uint32_t cp);

/*
 * Value of a Chinese ordinal numeral (一 … 九十九) or of ASCII digits at
 * s[i]; returns the bytes consumed (0 if none), *value the number.
 */
size_t		lp_ordinal_at(const char *s, size_t len, size_t i, int *value);

/* Year (1949..2100) followed by 年 inside s, in ASCII or Chinese digits (二〇二三年); the first one, 0 if none; *at its offset. */
int			lp_find_year(const char *s, size_t len, size_t *at);

/*
 * Months named in s: a range ("1-11月", "1—9月": returns 1) or one month
 * ("11月当月", "9月份": returns 2, *first = *last); 0 if none.
 */
int			lp_find_months(const char *s, size_t len, int *first, int *last);

/* The first year of a range "2021—2023年" whose last year starts at s[at], 0 if none. */
int			lp_year_range_start(const char *s, size_t at);

/* Length of a month phrase at the start of s ("9月", "1-11月", "11月份当月"), 0 if none. */
size_t		lp_month_phrase_at(const char *s, size_t len);

/* Does s name a part of a year (上半年, 一季度, 前三季度, 1-11月: 1; one month: 2)?  0 if not. */
int			lp_has_period_word(const char *s, size_t len);

/*
 * A period like "2021", "2023H1", "2016Q1", "2023Q1-3" (前三季度, 1-9月),
 * "2023M01-11" (1-11月), "2023M11" (11月当月) from a phrase and a default year.
 */
void		lp_period_of(const char *s, size_t len, int default_year, char *out, size_t outsz);

#endif
