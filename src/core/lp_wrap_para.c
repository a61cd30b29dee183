/*
 * lp_wrap_para.c — a line of the page width that ends a sentence and still
 * goes on with the next, in a text whose paragraphs start unindented.
 *
 * There a line ending in 。 at the page width may end its paragraph or
 * only a sentence of it: the line after tells nothing.  Two places tell:
 * a line ending in ； ends a clause, and a paragraph opened by a dash
 * ("——经济运行稳中有进。…") is one topic of a list whose next topic opens
 * with a dash again, so a line without one after it still belongs to it.
 */
#include "lp.h"
#include "lp_context.h"
#include "lp_text.h"
#include "lp_wrap_int.h"

#include <string.h>

#define PARA_LINES 64			/* lines looked back for the paragraph's dash, at most */

/* Does the trimmed line s[a, b) end in ； (or ASCII ;)? */
static int
ends_clause(const char *s, size_t a, size_t b)
{
	return b > a && (s[b - 1] == ';' || (b >= a + 3 && memcmp(s + b - 3, "；", 3) == 0));
}

/*
 * Did the paragraph of line li open with a dash on a line before it?  Looked back over the
 * lines before it while each is of the page width (a narrower one ended a
 * paragraph) and no blank line, heading or other list item comes between.
 */
static int
opened_by_dash(const lp_wrap *w, const char *text, const lp_line *lines, size_t li)
{
	size_t		k = li + 1;

	while (k-- > 0 && li - k < PARA_LINES)
	{
		const char *s = text + lines[k].start;
		size_t		a = 0,
					b = lines[k].end - lines[k].start;
		lp_list_mark mark;

		lp_trim(s, &a, &b);
		if (a == b || w->furniture[k])
			return 0;
		mark = lp_list_mark_at(s, a, b);
		if (mark == LP_MARK_DASH)
			return k < li;		/* a topic's heading alone on its line goes on with no body */
		if (mark != LP_MARK_NONE || w->head[k] || a > 0 ||
			(k < li && lp_wrap_line_width(w, s, b) < w->width - 4))
			return 0;
	}
	return 0;
}

int
lp_wrap_sentence_goes_on(const lp_wrap *w, const char *text, const lp_line *lines, size_t li,
						 int going_on)
{
	const char *s = text + lines[li].start;
	size_t		a = 0,
				b = lines[li].end - lines[li].start;

	if (w->width == 0 || w->indented || w->furniture == NULL)
		return 0;
	lp_trim(s, &a, &b);
	return (going_on && ends_clause(s, a, b)) || opened_by_dash(w, text, lines, li);
}
