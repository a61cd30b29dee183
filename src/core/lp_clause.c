/*
 * lp_clause.c — where sentences and clauses end: scans back and forward
 * over a line, and the ends of a line marked once for all its mentions.
 */
#include "lp_clause.h"
#include "lp_text.h"

#include <string.h>

static void drop_gloss_marks(lp_clause_marks *m, const char *s, size_t slen);

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

void
lp_clause_marks_line(lp_clause_marks *m, const char *s, size_t slen)
{
	size_t		i;

	if (m->line == s && m->len == slen)
		return;
	m->line = s;
	m->len = slen;
	m->clause_ends.n = m->sentence_ends.n = 0;
	for (i = 0; i < slen; i += lp_utf8_step((unsigned char) s[i]))
	{
		unsigned char c = (unsigned char) s[i];
		uint32_t	cp;
		int			n;

		/* most characters are hanzi (E4-E9): stepped over at once */
		while (c >= 0xE4 && c <= 0xE9 && i + 3 < slen)
			c = (unsigned char) s[i += 3];
		/* end characters are ASCII or start with E3 (。) or EF (，；：！？) */
		if (c < 0x80)
			cp = c;
		else if (c == 0xE3 || c == 0xEF)
			cp = lp_utf8_next(s + i, slen - i, &n);
		else
			continue;
		if (lp_is_clause_end(cp))
			push_mark(&m->clause_ends, i);
		if (lp_is_sentence_end(cp))
			push_mark(&m->sentence_ends, i);
	}
	drop_gloss_marks(m, s, slen);
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

/* Drop the marks of e in [a, b) (ascending offsets). */
static void
drop_marks_in(lp_end_marks *e, size_t a, size_t b)
{
	size_t		k,
				o = 0;

	for (k = 0; k < e->n; k++)
		if (e->at[k] < a || e->at[k] >= b)
			e->at[o++] = e->at[k];
	e->n = o;
}

/*
 * An English gloss in brackets ("（Gross Regional Product，GRP）", lp_text.c
 * lp_gloss_end) belongs to the name before it: the ends inside it end
 * nothing.  A line holds few brackets: found with memchr and lp_find3.
 */
static void
drop_gloss_marks(lp_clause_marks *m, const char *s, size_t slen)
{
	size_t		i = 0,
				g;

	while (i < slen)
	{
		const char *ascii = memchr(s + i, '(', slen - i);
		size_t		upto = ascii ? (size_t) (ascii - s) : slen;
		const char *wide = lp_find3(s + i, upto - i, "（");
		size_t		open = wide ? (size_t) (wide - s) : upto;

		if (open >= slen)
			return;
		if ((g = lp_gloss_end(s, open, slen)) > 0)
		{
			drop_marks_in(&m->clause_ends, open, g);
			drop_marks_in(&m->sentence_ends, open, g);
			i = g;
		}
		else
			i = open + 1;
	}
}

/*
 * Is a quote open at a: more “ than ” in the LP_MAX_LOOKBACK * 4 bytes
 * before it (a bound: a line of many sentences is not read again for each;
 * a quote opened further back counts as none)?
 */
int
lp_quote_open_at(const char *s, size_t a)
{
	int			open = 0;
	size_t		i = a > LP_MAX_LOOKBACK * 4 ? a - LP_MAX_LOOKBACK * 4 : 0;

	for (; i + 3 <= a; i++)
		if (((unsigned char) s[i]) == 0xE2 && ((unsigned char) s[i + 1]) == 0x80)
			open += ((unsigned char) s[i + 2]) == 0x9C ? 1 : ((unsigned char) s[i + 2]) == 0x9D ? -1 : 0;
	return open > 0;
}
