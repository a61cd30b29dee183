/*
 * lp_runon.c — paragraphs run together on one line, read apart.
 *
 * A report copied from a web page whose paragraph tags were dropped, or
 * pasted from a chat app, comes as a few very long lines: each paragraph
 * follows the one before with its indent ("……增长3.6%。　　二、2021年主要
 * 目标　　今年……"), or with a placeholder left where the line break was
 * ("BNC", which one family of document sites writes for it).  Read as one
 * line, a heading in the middle gives no section, and the year or the
 * target words of one paragraph decide the facts of the next.  The
 * extractor reads such a line as the paragraphs it was: a paragraph ends
 * where a sentence or a heading ends and an indent of two spaces or more
 * follows, before a heading written right after a full stop, and at a
 * placeholder.  The clean text is not changed: facts are given back the
 * line they stand on and their spans within it.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_runon.h"
#include "lp_text.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define HEADING_MAX_CHARS 40	/* a heading ended by an indent, at most */
#define PARAGRAPH_LOOKAHEAD 2048	/* bytes after a heading searched for a full stop */

/*
 * A placeholder for a line break: "BNC", or another token of three letters
 * and digits ("GG6", "Wr4": not all lower case, not all digits) that the
 * line uses the same way at least twice.  It
 * stands right after a hanzi, a punctuation mark or a space, and a space or
 * the end of the line follows it.
 */
#define PLACEHOLDER_LEN 3
#define PLACEHOLDER_TRIES 8		/* tokens tried a line (each scans the rest) */

static int
is_token_byte(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Is s[i, i + 3) a token standing where a placeholder stands? */
static int
token_at(const char *s, size_t len, size_t i)
{
	int			letters = 0,
				lower = 0;

	if (i + PLACEHOLDER_LEN > len)
		return 0;
	for (size_t k = i; k < i + PLACEHOLDER_LEN; k++)
	{
		if (!is_token_byte((unsigned char) s[k]))
			return 0;
		letters += s[k] >= 'A';
		lower += s[k] >= 'a';
	}
	/* a number, or a word in lower case, is no placeholder */
	if (letters == 0 || lower == PLACEHOLDER_LEN)
		return 0;
	if (i > 0 && ((unsigned char) s[i - 1] < 0x80) && s[i - 1] != ' ' && s[i - 1] != '\t' &&
		s[i - 1] != ':' && s[i - 1] != ',' && s[i - 1] != ';' && s[i - 1] != ')')
		return 0;				/* part of an ASCII word or number */
	return i + PLACEHOLDER_LEN == len || lp_space_len(s, len, i + PLACEHOLDER_LEN) > 0;
}

/*
 * Does a token other than BNC stand as a placeholder: an indent of two
 * spaces or more after it, or the line's end ("…意见。KT2   二、…")?  An
 * acronym before its verb has one space ("全市GDP 增长6.5%").
 */
static int
indent_after(const char *s, size_t end, size_t i)
{
	return i + PLACEHOLDER_LEN == end ||
		lp_skip_space(s, end, i + PLACEHOLDER_LEN) - (i + PLACEHOLDER_LEN) >= 2;
}

/*
 * The first i in [i, lim) where a token byte stands, or lim: 16 bytes at a
 * time with SSE2 (a line of hanzi holds few capitals and digits).
 */
static size_t
next_token_byte(const char *s, size_t i, size_t lim)
{
#ifdef __SSE2__
	const __m128i at = _mm_set1_epi8('@'),
				lb = _mm_set1_epi8('['),
				bq = _mm_set1_epi8('`'),
				lc = _mm_set1_epi8('{'),
				sl = _mm_set1_epi8('/'),
				co = _mm_set1_epi8(':');

	/* signed compares: the bytes of hanzi (0x80 and up) are below '/' */
	for (; i + 16 <= lim; i += 16)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (s + i));
		__m128i		up = _mm_and_si128(_mm_cmpgt_epi8(v, at), _mm_cmplt_epi8(v, lb));
		__m128i		lo = _mm_and_si128(_mm_cmpgt_epi8(v, bq), _mm_cmplt_epi8(v, lc));
		__m128i		dg = _mm_and_si128(_mm_cmpgt_epi8(v, sl), _mm_cmplt_epi8(v, co));
		unsigned	m = (unsigned) _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(up, lo), dg));

		if (m != 0)
			return i + (size_t) __builtin_ctz(m);
	}
#endif
	while (i < lim && !is_token_byte((unsigned char) s[i]))
		i++;
	return i;
}

/* The placeholder of the line s[start, end) into tok ("" if none). */
static void
line_placeholder(const char *s, size_t start, size_t end, char *tok)
{
	size_t		i,
				j,
				lim = end >= PLACEHOLDER_LEN ? end - PLACEHOLDER_LEN + 1 : 0;
	int			tries = 0;

	memcpy(tok, "BNC", PLACEHOLDER_LEN + 1);
	/*
	 * the first few tokens only: a placeholder comes early and often.  A
	 * token starts a run of letters and digits (token_at refuses one with
	 * a letter or digit before it), so the rest of the run is passed over:
	 * the digits of "2025年" were each tried
	 */
	for (i = next_token_byte(s, start, lim); i < lim && tries < PLACEHOLDER_TRIES;
		 i = next_token_byte(s, i, lim))
	{
		size_t		at = i;

		while (i < lim && is_token_byte((unsigned char) s[i]))
			i++;
		if (!token_at(s, end, at) ||
			memcmp(s + at, "BNC", PLACEHOLDER_LEN) == 0 || !indent_after(s, end, at))
			continue;
		i = at;
		tries++;
		/* the same token standing the same way further on */
		for (j = i + PLACEHOLDER_LEN; j + PLACEHOLDER_LEN <= end; j++)
			if (memcmp(s + j, s + i, PLACEHOLDER_LEN) == 0 && token_at(s, end, j) &&
				indent_after(s, end, j))
			{
				memcpy(tok, s + i, PLACEHOLDER_LEN);
				return;
			}
		i += PLACEHOLDER_LEN - 1;
	}
}

static int
placeholder_at(const char *s, size_t len, size_t i, const char *tok)
{
	return lp_at(s, len, i, tok) && token_at(s, len, i);
}

/* Might a heading start at s[i] (一 … 十 or a bracket)?  A cheap test of its first bytes. */
static int
heading_may_start(const char *s, size_t len, size_t i)
{
	int			cl;
	uint32_t	cp;

	i = lp_skip_space(s, len, i);	/* "。 一、2003年…" */
	if (i >= len)
		return 0;
	if (s[i] == '(' || lp_at(s, len, i, "\xEF\xBC\x88"))	/* （ */
		return 1;
	cp = lp_utf8_next(s + i, len - i, &cl);
	return cp == 0x5341 || (cp != 0x96F6 && cp != 0x3007 && lp_cn_digit(cp) > 0);	/* 十, 一 … 九 */
}

/* Does the text before byte i (a space or a placeholder follows) end a sentence? */
static int
ends_sentence_before(const char *s, size_t from, size_t i)
{
	size_t		p;
	int			n;
	uint32_t	cp;

	if (i <= from)
		return 0;
	p = lp_prev_char(s, i);
	cp = lp_utf8_next(s + p, i - p, &n);
	/* a closing quote or bracket after a full stop: ……。” */
	if ((cp == 0x201D || cp == 0x300D || cp == 0x300F || cp == 0xFF09 || cp == ')') && p > from)
	{
		size_t		q = lp_prev_char(s, p);

		cp = lp_utf8_next(s + q, p - q, &n);
	}
	return lp_is_full_stop(cp);	/* a ； goes on with the same list */
}

/*
 * Is s[from, i) a heading of the two outer levels (一、 （一）), short and
 * no sentence, with a paragraph after it (a full stop further on the line)?
 * A table row numbered the same way has no full stop after its label.
 */
static int
heading_before(const char *s, size_t from, size_t i, size_t rest, size_t end)
{
	int			level;

	/* every test reads a bounded stretch: a line of megabytes stays linear */
	if (i - from > HEADING_MAX_CHARS * 4)
		return 0;
	level = lp_heading_level(s + from, i - from);
	return level >= 1 && level <= 2 &&
		lp_utf8_chars(s + from, i - from) <= HEADING_MAX_CHARS &&
		lp_find3(s + from, i - from, "\xE3\x80\x82") == NULL &&
		lp_find3(s + rest, lp_ahead(s, end, rest, PARAGRAPH_LOOKAHEAD) - rest,
				 "\xE3\x80\x82") != NULL;
}

/* A new line of r->text: the clean line li (0-based) from character shift. */
static void
add_line(lp_runon *r, size_t li, int shift)
{
	if (r->n == r->cap)
	{
		r->cap = r->cap ? r->cap * 2 : 64;
		r->line = lp_realloc(r->line, r->cap * sizeof(int));
		r->shift = lp_realloc(r->shift, r->cap * sizeof(int));
	}
	r->line[r->n] = (int) li + 1;
	r->shift[r->n] = shift;
	r->n++;
}

void
lp_runon_line(lp_runon *r, const char *s, size_t n, size_t li, int shift)
{
	if (r->n > 0)
		lp_buf_putc(&r->text, '\n');
	lp_buf_append(&r->text, s, n);
	add_line(r, li, shift);
}

/*
 * The first i in [i, end) where a paragraph may break: a space, a tab, the
 * lead byte of 。 or of a wide or no-break space (E3, C2), or t, the first
 * byte of the line's placeholder; end if none.  16 bytes at a time with
 * SSE2: a run-on line is mostly hanzi.  In UTF-8 these bytes only start
 * characters, so these are the places a walk over the characters stops at.
 */
static size_t
next_break_byte(const char *s, size_t i, size_t end, unsigned char t)
{
#ifdef __SSE2__
	for (; i + 16 <= end; i += 16)
	{
		__m128i		v = _mm_loadu_si128((const __m128i *) (s + i)),
					hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
													_mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
								   _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0xE3)),
															 _mm_cmpeq_epi8(v, _mm_set1_epi8((char) 0xC2))),
												_mm_cmpeq_epi8(v, _mm_set1_epi8((char) t))));
		unsigned	m = (unsigned) _mm_movemask_epi8(hit);

		if (m != 0)
			return i + (size_t) __builtin_ctz(m);
	}
#endif
	for (; i < end; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == ' ' || c == '\t' || c == 0xE3 || c == 0xC2 || c == t)
			return i;
	}
	return end;
}

/*
 * The next paragraph break in s[from, end) at or after byte i: returns
 * where the paragraph ends (*next: where the next one starts), or end.
 */
static size_t
next_break(const char *s, size_t seg, size_t i, size_t end, const char *tok,
		   size_t *next)
{
	unsigned	steps = 0;

	/* only a space, a placeholder or a full stop can break */
	while ((i = next_break_byte(s, i, end, (unsigned char) tok[0])) < end)
	{
		size_t		sp;

		if ((++steps & 1023) == 0)
			LP_CHECK_INTERRUPTS();
		sp = lp_space_len(s, end, i);

		if (placeholder_at(s, end, i, tok))
		{
			*next = lp_skip_space(s, end, i + PLACEHOLDER_LEN);
			return i;
		}
		if (sp > 0)
		{
			size_t		j = lp_skip_space(s, end, i);

			/* two spaces or more, and text after them */
			if (j < end && j - i > sp &&
				(ends_sentence_before(s, seg, i) || heading_before(s, seg, i, j, end)))
			{
				*next = j;
				return i;
			}
			i = j;
			continue;
		}
		/* a heading right after a full stop: ……增长3.6%。二、2021年…… */
		if (i > seg && lp_at(s, end, i, "\xE3\x80\x82") && heading_may_start(s, end, i + 3))
		{
			int			level = lp_heading_level(s + i + 3, lp_ahead(s, end, i + 3, 64) - i - 3);

			if (level >= 1 && level <= 2)
			{
				*next = i + 3;
				return i + 3;
			}
		}
		i++;
	}
	*next = end;
	return end;
}

/* Split one clean line [start, end) into r; returns the number of breaks. */
static int
split_line(const char *s, size_t start, size_t end, size_t li, lp_runon *r)
{
	size_t		seg = start,
				counted = start,
				chars = 0;
	int			breaks = 0;
	char		tok[PLACEHOLDER_LEN + 1];

	line_placeholder(s, start, end, tok);
	while (seg < end)
	{
		size_t		next,
					stop = next_break(s, seg, seg, end, tok, &next);

		/* the characters before the paragraph, counted once along the line */
		chars += lp_utf8_chars(s + counted, seg - counted);
		counted = seg;
		add_line(r, li, (int) chars);
		lp_buf_append(&r->text, s + seg, stop - seg);
		if (next >= end)
			break;
		lp_buf_putc(&r->text, '\n');
		breaks++;
		seg = next;
	}
	if (start == end)
		add_line(r, li, 0);		/* an empty line */
	return breaks;
}

/* Is the byte c anywhere in text[0, len) followed by rest[0, n)? */
static int
byte_then(const char *text, size_t len, char c, const char *rest, size_t n)
{
	const char *p = text,
			   *end = text + len;

	while ((p = memchr(p, c, (size_t) (end - p))) != NULL)
	{
		p++;
		if ((size_t) (end - p) >= n && memcmp(p, rest, n) == 0)
			return 1;
	}
	return 0;
}

/*
 * A cheap test first: no indent inside a line, no placeholder, no full stop
 * before a heading (most documents: then nothing is copied).
 */
static int
may_have_breaks(const char *text, size_t len)
{
	const char *p = text,
			   *end = text + len;

	/* memchr and lp_find3, not memmem: this runs over every document */
	if (byte_then(text, len, ' ', " ", 1) || byte_then(text, len, 'B', "NC", 2) ||
		byte_then(text, len, (char) 0xC2, "\xA0\xC2\xA0", 3))
		return 1;
	for (p = text; (p = lp_find3(p, (size_t) (end - p), "\xE3\x80\x80")) != NULL; p += 3)
		if (end - p >= 6 && lp_same(p + 3, "\xE3\x80\x80", 3))
			return 1;
	p = text;
	while ((p = lp_find3(p, (size_t) (end - p), "\xE3\x80\x82")) != NULL)
	{
		p += 3;
		if (heading_may_start(text, len, (size_t) (p - text)))
			return 1;
	}
	return 0;
}

int
lp_runon_split(const char *text, size_t len, lp_runon *r)
{
	size_t		pos = 0,
				li = 0;
	int			breaks = 0;

	memset(r, 0, sizeof(*r));
	if (!may_have_breaks(text, len))
		return 0;
	lp_buf_init(&r->text);
	lp_buf_reserve(&r->text, len + 1);
	while (pos <= len)
	{
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - text) : len;

		if ((li & 1023) == 0)
			LP_CHECK_INTERRUPTS();
		breaks += split_line(text, pos, end, li, r);
		if (!nl)
			break;
		lp_buf_putc(&r->text, '\n');
		pos = end + 1;
		li++;
	}
	if (breaks == 0)
	{
		lp_runon_free(r);
		return 0;
	}
	return 1;
}

void
lp_runon_give_back(const lp_runon *r, lp_facts *out, size_t from)
{
	size_t		fi;

	for (fi = from; fi < out->n; fi++)
	{
		lp_fact    *f = &out->items[fi];
		size_t		k = (size_t) f->line - 1;

		if (f->line < 1 || k >= r->n)
			continue;
		f->line = r->line[k];
		f->span_start += r->shift[k];
		f->span_end += r->shift[k];
	}
}

void
lp_runon_free(lp_runon *r)
{
	lp_buf_free(&r->text);
	lp_free(r->line);
	lp_free(r->shift);
	memset(r, 0, sizeof(*r));
}
