/*
 * lp_sections.c — the heading structure of a report.
 *
 * Chinese government documents number their headings in a fixed order:
 *   一、  >  （一）/(一)  >  1. / 1、  >  （1）/(1)  >  ①
 * A heading line is recognised by that shape.  Text damaged before it
 * reached us may have lost the bytes of "（二" (the line then starts with
 * U+FFFD or '?' and a closing parenthesis): such a line is still a level-2
 * heading, and its number is taken from its place in the sequence.
 * Short unnumbered lines naming a part of the report ("2021年以来工作回顾",
 * "2022年主要工作") are headings too: reposts drop the numbering.
 */
#include "lp.h"
#include "lp_ordinal.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define MAX_LEVEL 6

static const char *const open_paren[] = {"（", "(", NULL};
static const char *const close_paren[] = {"）", ")", NULL};

static size_t
match_any(const char *s, size_t len, size_t i, const char *const *lits)
{
	int			k;

	for (k = 0; lits[k]; k++)
		if (lp_at(s, len, i, lits[k]))
			return strlen(lits[k]);
	return 0;
}

static int
is_ascii_digit(const char *s, size_t len, size_t i)
{
	return i < len && s[i] >= '0' && s[i] <= '9';
}

/*
 * Recognise a numbered heading at the start of s.  Returns its level (0 if
 * none), *numlen the bytes of its numbering, *ordinal its number (0 when
 * damaged and unknown).
 */
static int
heading_shape(const char *s, size_t len, size_t *numlen, int *ordinal)
{
	size_t		i = lp_skip_space(s, len, 0),
				n,
				k;
	int			v = 0;
	uint32_t	cp;
	int			cl;

	if (i >= len)
		return 0;
	/* ① … ⑳ */
	cp = lp_utf8_next(s + i, len - i, &cl);
	if (cp >= 0x2460 && cp <= 0x2473)
	{
		*numlen = i + cl;
		*ordinal = (int) (cp - 0x2460) + 1;
		return 5;
	}
	/* （一） / (一) and （1） / (1) */
	if ((k = match_any(s, len, i, open_paren)) > 0)
	{
		size_t		j = lp_skip_space(s, len, i + k);
		int			digits = is_ascii_digit(s, len, j);

		n = lp_ordinal_at(s, len, j, &v);
		if (n > 0)
		{
			j = lp_skip_space(s, len, j + n);
			if ((k = match_any(s, len, j, close_paren)) > 0)
			{
				*numlen = j + k;
				*ordinal = v;
				return digits ? 4 : 2;
			}
		}
		return 0;
	}
	/* damaged: lost bytes (U+FFFD or '?') then the tail of "（二）" */
	if (cp == 0xFFFD || s[i] == '?')
	{
		size_t		j = i;

		while (j < len)
		{
			cp = lp_utf8_next(s + j, len - j, &cl);
			if (cp != 0xFFFD && cp != '?')
				break;
			j += cl;
		}
		if ((k = match_any(s, len, j, open_paren)) > 0)
			j += k;
		n = lp_ordinal_at(s, len, j, &v);
		if (n > 0 && !is_ascii_digit(s, len, j))
			j += n;
		else
			v = 0;
		if ((k = match_any(s, len, j, close_paren)) > 0)
		{
			*numlen = j + k;
			*ordinal = v;
			return 2;
		}
		return 0;
	}
	/* 一、 and 1. / 1、 / 1． */
	n = lp_ordinal_at(s, len, i, &v);
	if (n > 0)
	{
		int			digits = is_ascii_digit(s, len, i);
		size_t		j = i + n;

		if (lp_at(s, len, j, "、"))
			k = strlen("、");
		else if (digits && lp_at(s, len, j, "．"))
			k = strlen("．");
		else if (digits && j < len && s[j] == '.' && !is_ascii_digit(s, len, j + 1))
			k = 1;
		else
			return 0;
		if (digits && v > 99)
			return 0;
		*numlen = j + k;
		*ordinal = v;
		return digits ? 3 : 1;
	}
	return 0;
}

/* A short unnumbered line that names a part of the report by its role. */
static lp_role
role_of(const char *s, size_t len)
{
	if (lp_words_any(LP_W_ROLE_TARGETS, s, len))
		return LP_ROLE_TARGETS;
	if (lp_words_any(LP_W_ROLE_TASKS, s, len))
		return LP_ROLE_TASKS;
	if (lp_words_any(LP_W_ROLE_REVIEW, s, len))
		return LP_ROLE_REVIEW;
	return LP_ROLE_OTHER;
}

static int
is_plain_title_line(const char *s, size_t len)
{
	size_t		chars;

	/* short, not a sentence, not a list intro */
	if (len > 24 * 4)
		return 0;				/* more than 24 characters, whatever they are */
	chars = lp_utf8_chars(s, len);
	if (chars < 4 || chars > 24)
		return 0;
	if (memchr(s, ':', len) || lp_words_any(LP_W_SENTENCE_PUNCT, s, len))
		return 0;
	return 1;
}

/*
 * Does this line end a block, so that the next line may be a heading?
 * True for an empty line or one ending a sentence; false for the first
 * half of a title broken over two lines.
 */
static int
ends_block(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				p;

	lp_trim(s, &a, &b);
	if (a == b)
		return 1;
	p = b - 1;
	while (p > a && (((unsigned char) s[p]) & 0xC0) == 0x80)
		p--;
	return lp_words_prefix(LP_W_SENTENCE_PUNCT, s + p, b - p) > 0 ||
		lp_words_prefix(LP_W_BLOCK_END, s + p, b - p) > 0;
}

static void
push_section(lp_sections *out, const lp_section *sec)
{
	if (out->n == out->cap)
	{
		out->cap = out->cap ? out->cap * 2 : 16;
		out->items = lp_realloc(out->items, out->cap * sizeof(lp_section));
	}
	out->items[out->n++] = *sec;
}

int
lp_parse_sections(const char *text, size_t len, lp_sections *out, lp_error *err)
{
	lp_line    *lines;
	size_t		nlines = lp_split_lines(text, len, &lines);

	(void) err;
	lp_parse_sections_lines(text, lines, nlines, out);
	lp_free(lines);
	return LP_OK;
}

void
lp_parse_sections_lines(const char *text, const lp_line *lines, size_t nlines,
						lp_sections *out)
{
	size_t		li;
	long		open[MAX_LEVEL + 1];	/* index of the open section per level */
	int			last_ordinal[MAX_LEVEL + 1];
	int			lvl;

	for (lvl = 0; lvl <= MAX_LEVEL; lvl++)
	{
		open[lvl] = -1;
		last_ordinal[lvl] = 0;
	}
	for (li = 0; li < nlines; li++)
	{
		const char *s = text + lines[li].start;
		size_t		slen = lines[li].end - lines[li].start,
					numlen = 0,
					hs,
					he;
		int			ordinal = 0,
					level = heading_shape(s, slen, &numlen, &ordinal);
		lp_section	sec;

		if ((li & 1023) == 0)
			LP_CHECK_INTERRUPTS();
		if (level == 0)
		{
			size_t		ts = 0,
						te = slen;

			lp_trim(s, &ts, &te);
			if (is_plain_title_line(s + ts, te - ts) &&
				role_of(s + ts, te - ts) != LP_ROLE_OTHER &&
				(li == 0 || ends_block(text + lines[li - 1].start,
									   lines[li - 1].end - lines[li - 1].start)))
				level = 1;
			else
				continue;
		}
		/* a damaged heading takes the next number of its sequence */
		if (ordinal == 0)
			ordinal = last_ordinal[level] + 1;
		last_ordinal[level] = ordinal;
		for (lvl = level + 1; lvl <= MAX_LEVEL; lvl++)
			last_ordinal[lvl] = 0;
		/* close this level and every deeper one */
		for (lvl = level; lvl <= MAX_LEVEL; lvl++)
			if (open[lvl] >= 0)
			{
				out->items[open[lvl]].line_end = (int) li;	/* previous line, 1-based */
				open[lvl] = -1;
			}
		memset(&sec, 0, sizeof(sec));
		sec.level = level;
		sec.ordinal = ordinal;
		if (numlen >= sizeof(sec.numbering))
			numlen = 0;
		memcpy(sec.numbering, s, numlen);
		sec.numbering[numlen] = '\0';
		hs = numlen;
		he = slen;
		lp_trim(s, &hs, &he);
		sec.heading = lp_strndup(s + hs, he - hs);
		sec.line_start = (int) li + 1;
		sec.line_end = (int) nlines;
		sec.role = role_of(s + hs, he - hs);
		if (lp_find_year(s + hs, he - hs, NULL) || lp_has_period_word(s + hs, he - hs))
			lp_period_of(s + hs, he - hs, 0, sec.period, sizeof(sec.period));
		push_section(out, &sec);
		open[level] = (long) out->n - 1;
	}
}

void
lp_sections_free(lp_sections *s)
{
	size_t		i;

	for (i = 0; i < s->n; i++)
		lp_free(s->items[i].heading);
	lp_free(s->items);
	s->items = NULL;
	s->n = s->cap = 0;
}
