/*
 * lp_spacing.c — a text with a blank line after nearly every line.
 *
 * A page copied from the web keeps an empty paragraph between its
 * paragraphs, and a data card of a WeChat article puts each of its lines
 * (label, value, growth) in a paragraph of its own: the text has a blank
 * line after nearly every line.  There a blank line breaks nothing, though
 * elsewhere it ends a card, a table or a sentence wrapped over lines.  The
 * extractor reads such a text with its single blank lines removed (a run
 * of two or more stays as one break); the clean text is not changed, and
 * facts are given back their line.
 */
#include "lp.h"
#include "lp_spacing.h"
#include "lp_text.h"

#include <string.h>

#define MIN_LINES 8				/* a short text decides nothing */

/* Is the line text[a, b) blank (spaces only)? */
static int
blank(const char *text, size_t a, size_t b)
{
	return lp_skip_space(text + a, b - a, 0) == b - a;
}

/* The end of the line starting at pos (its '\n' or len). */
static size_t
line_end(const char *text, size_t len, size_t pos)
{
	const char *nl = memchr(text + pos, '\n', len - pos);

	return nl ? (size_t) (nl - text) : len;
}

/*
 * Are most lines followed by exactly one blank line?  The single blank
 * lines between two lines of text are a third of those lines at least and
 * four times as many as the lines next to each other (longer runs of blank
 * lines are breaks either way).
 */
static int
double_spaced(const char *text, size_t len)
{
	size_t		pos = 0,
				lines = 0,
				singles = 0,
				adjacent = 0,
				blanks = 0,
				li = 0;
	int			seen = 0;

	while (pos <= len)
	{
		size_t		end = line_end(text, len, pos);

		if ((++li & 4095) == 0)
			LP_CHECK_INTERRUPTS();
		if (blank(text, pos, end))
			blanks++;
		else
		{
			if (seen && blanks == 1)
				singles++;
			else if (seen && blanks == 0)
				adjacent++;
			seen = 1;
			lines++;
			blanks = 0;
		}
		pos = end + 1;
	}
	return lines >= MIN_LINES && singles * 3 >= lines && singles >= adjacent * 4;
}

int
lp_spacing_collapse(const char *text, size_t len, lp_runon *r)
{
	size_t		pos = 0,
				li = 0,
				blanks = 0,
				first_blank = 0;

	memset(r, 0, sizeof(*r));
	if (!double_spaced(text, len))
		return 0;
	lp_buf_init(&r->text);
	lp_buf_reserve(&r->text, len + 1);
	for (; pos <= len; li++)
	{
		size_t		end = line_end(text, len, pos);

		if ((li & 4095) == 0)
			LP_CHECK_INTERRUPTS();
		if (blank(text, pos, end))
		{
			if (blanks++ == 0)
				first_blank = li;
		}
		else
		{
			/* a run of two blank lines or more is one break */
			if (blanks >= 2)
				lp_runon_line(r, "", 0, first_blank, 0);
			blanks = 0;
			lp_runon_line(r, text + pos, end - pos, li, 0);
		}
		pos = end + 1;
	}
	return 1;
}
