/*
 * lp_subject_caption.c — a chart's caption flattened into the text before a
 * name is no part of it.  A bulletin copied from a web page keeps the titles
 * of its charts as text, with a space for the line break, on the line of the
 * sentence after them: "…增加4270元。 2018-2022年全市生产总值 2018-2022年三次
 * 产业增加值占全市生产总值比重 年末全市常住人口281.6万人" read the subject
 * through both captions, and the 占…比重 of the second made it a share of no
 * indicator.  A caption names a span of years (2018-2022年) or a chart (图2);
 * the name is what follows the last space after it.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_period.h"
#include "lp_subject.h"

#include <ctype.h>
#include <string.h>

/* does s[a, e) hold a caption's mark: a span of years, or 图 and a digit? */
static int
caption_mark(const char *s, size_t a, size_t e)
{
	size_t		p;

	for (p = a; p < e; p++)
	{
		/* the lead byte first: a compare a byte was this function's whole cost */
		if ((unsigned char) s[p] == 0xE5 && p + 4 <= e && memcmp(s + p, "图", 3) == 0 &&
			isdigit((unsigned char) s[p + 3]))
			return 1;
		/* a year opens the span: digits after no digit */
		if (isdigit((unsigned char) s[p]) && (p == a || !isdigit((unsigned char) s[p - 1])) &&
			lp_year_span_at(s, p, e) > 0)
			return 1;
	}
	return 0;
}

/* the end of the last space run (ASCII or ideographic) in s[a, b) with text after it, or 0 */
static size_t
after_last_space(const char *s, size_t a, size_t b)
{
	size_t		p;

	for (p = b; p > a; p--)
	{
		if (s[p - 1] == ' ' || s[p - 1] == '\t')
			return p < b ? p : 0;
		if (p >= a + 3 && memcmp(s + p - 3, "\xE3\x80\x80", 3) == 0)	/* U+3000 */
			return p < b ? p : 0;
	}
	return 0;
}

/*
 * Where the space was dropped with the others of a spaced-out page
 * ("…比重年末全市常住人口"): a caption after its span of years ends in the
 * word that titles a chart of a series; the end of the last such word, or 0.
 */
static size_t
after_caption_tail(const char *s, size_t a, size_t b)
{
	static const char *const tails[] = {"比重", "增长速度", "增速"};
	size_t		best = 0,
				i;

	for (i = 0; i < sizeof(tails) / sizeof(tails[0]); i++)
	{
		size_t		tl = strlen(tails[i]),
					from = a;
		const char *p;

		while (from < b && (p = memmem(s + from, b - from, tails[i], tl)) != NULL)
		{
			size_t		end = (size_t) (p - s) + tl;

			/* a name of two hanzi at least follows it */
			if (end + 6 <= b && end > best && caption_mark(s, a, (size_t) (p - s)))
				best = end;
			from = end;
		}
	}
	return best;
}

int
lp_subject_strip_caption(const char *s, size_t *a, size_t *b)
{
	size_t		cut = 0;

	/* cheap: a caption is long and holds a span of years or a chart's number */
	if (*b - *a < 8 || !caption_mark(s, *a, *b))
		return 0;
	if (memchr(s + *a, ' ', *b - *a) != NULL ||
		memmem(s + *a, *b - *a, "\xE3\x80\x80", 3) != NULL)
	{
		cut = after_last_space(s, *a, *b);
		if (cut != 0 && !caption_mark(s, *a, cut))
			cut = 0;
	}
	if (cut == 0)
		cut = after_caption_tail(s, *a, *b);
	if (cut == 0)
		return 0;
	*a = cut;
	return 1;
}
