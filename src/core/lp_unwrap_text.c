/*
 * lp_unwrap_text.c — a document's lines broken at the page width joined
 * before it is read.
 *
 * A PDF breaks its prose at the page width, inside sentences and words
 * ("……经济社会发展⏎的主要目标是："), and the stages that look at a line
 * as a whole — where its paragraph or list item starts, the intro its
 * colon ends, the year and the words before a list, the dash of a topic —
 * see only the piece of it on that line.  The lines lp_wrap.c joins (a
 * line of the page width, or one ending inside a sentence, and the lines
 * going on with it) are joined here into one line first, so the whole text
 * is read as it was written; a card's figure and a label keep their lines
 * (the reader pairs them itself).  The clean text is not changed: facts are
 * given back the line they start on and their spans within it, as when the
 * reader joined the lines itself (lp_wrap_give_back).
 */
#include "lp.h"
#include "lp_figure_first.h"
#include "lp_label.h"
#include "lp_text.h"
#include "lp_unwrap_text.h"
#include "lp_wrap.h"
#include "lp_wrap_int.h"

#include <string.h>

static void
add_segment(lp_unwrap_text *u, int line, int ch, int lead)
{
	if (u->nseg == u->segcap)
	{
		u->segcap = u->segcap ? 2 * u->segcap : 256;
		u->seg_line = lp_realloc(u->seg_line, u->segcap * sizeof(int));
		u->seg_char = lp_realloc(u->seg_char, u->segcap * sizeof(int));
		u->seg_lead = lp_realloc(u->seg_lead, u->segcap * sizeof(int));
	}
	u->seg_line[u->nseg] = line;
	u->seg_char[u->nseg] = ch;
	u->seg_lead[u->nseg] = lead;
	u->nseg++;
}

/* Start a line of u->text (after a line break when it is not the first). */
static void
add_line(lp_unwrap_text *u)
{
	if (u->n + 2 > u->cap)
	{
		u->cap = u->cap ? 2 * u->cap : 256;
		u->first = lp_realloc(u->first, u->cap * sizeof(int));
	}
	if (u->n > 0)
		lp_buf_putc(&u->text, '\n');
	u->first[u->n++] = (int) u->nseg;
	u->first[u->n] = (int) u->nseg;
}

/* Does the reader pair line li itself: a card's figure or label, not a heading? */
static int
read_as_card(const lp_wrap *w, const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	const char *s = text + lines[li].start;
	size_t		a = 0,
				b = lines[li].end - lines[li].start;

	lp_trim(s, &a, &b);
	if (w->head[li])
		return 0;
	if (lp_label_line(s, a, b, NULL, 0))
		return 1;
	return lp_figure_opens(s, a, b) &&
		(lp_figure_first_next(text, lines, nlines, li) != 0 || lp_figure_first_line(s, a, b));
}

/*
 * Is the document's width a page's, WRAP_MIN_WIDTH characters at least?
 * A narrower one is a list's short items, each on its line, which the
 * reader may still join but whose lines keep their own contexts.
 */
static int
page_wide(const lp_wrap *w)
{
	return w->width >= (w->by_chars ? WRAP_MIN_WIDTH : 2 * WRAP_MIN_WIDTH);
}

static int
join_lines(const char *text, const lp_line *lines, size_t nlines, const lp_wrap *w,
		   lp_unwrap_text *u)
{
	lp_wrap_join j;
	size_t		li,
				k;
	int			joined = 0;

	lp_wrap_join_init(&j);
	for (li = 0; li < nlines; li++)
	{
		const char *s = text + lines[li].start;
		size_t		len = lines[li].end - lines[li].start;

		if ((li & 4095) == 0)
			LP_CHECK_INTERRUPTS();
		add_line(u);
		/* the join first: it fails fast on most lines, the card test does not */
		if (!lp_wrap_join_lines(w, text, lines, nlines, li, 0, &j) ||
			read_as_card(w, text, lines, nlines, li))
		{
			lp_buf_append(&u->text, s, len);
			add_segment(u, (int) li + 1, 0, 0);
			continue;
		}
		lp_buf_append(&u->text, j.text.data, j.text.len);
		for (k = 0; k < j.nseg; k++)
			add_segment(u, j.seg_line[k], j.seg_char[k], j.seg_lead[k]);
		u->first[u->n] = (int) u->nseg;
		joined = 1;
		li = j.last;
	}
	lp_wrap_join_free(&j);
	return joined;
}

void
lp_layout_open(const char *text, size_t len, lp_layout *l)
{
	memset(l, 0, sizeof(*l));
	l->nlines = lp_split_lines(text, len, &l->lines);
	lp_parse_sections_lines(text, l->lines, l->nlines, &l->secs);
	lp_wrap_scan(text, l->lines, l->nlines, &l->secs, &l->wrap);
}

void
lp_layout_copy(lp_layout *dst, const lp_layout *src)
{
	size_t		i;

	memset(dst, 0, sizeof(*dst));
	dst->nlines = src->nlines;
	dst->lines = lp_alloc((src->nlines ? src->nlines : 1) * sizeof(lp_line));
	if (src->nlines)
		memcpy(dst->lines, src->lines, src->nlines * sizeof(lp_line));
	dst->secs.n = dst->secs.cap = src->secs.n;
	if (src->secs.n)
	{
		dst->secs.items = lp_alloc(src->secs.n * sizeof(lp_section));
		memcpy(dst->secs.items, src->secs.items, src->secs.n * sizeof(lp_section));
		for (i = 0; i < src->secs.n; i++)
			if (src->secs.items[i].heading)
				dst->secs.items[i].heading = lp_strndup(src->secs.items[i].heading,
														strlen(src->secs.items[i].heading));
	}
	dst->wrap = src->wrap;
	dst->wrap.furniture = dst->wrap.head = NULL;
	dst->wrap.next = NULL;
	if (src->wrap.furniture)
		dst->wrap.furniture = memcpy(lp_alloc0(src->nlines), src->wrap.furniture, src->nlines);
	if (src->wrap.head)
		dst->wrap.head = memcpy(lp_alloc0(src->nlines), src->wrap.head, src->nlines);
	if (src->wrap.next)
		dst->wrap.next = lp_alloc0(2 * src->nlines * sizeof(uint32_t));
}

void
lp_layout_free(lp_layout *l)
{
	lp_wrap_free(&l->wrap);
	lp_sections_free(&l->secs);
	lp_free(l->lines);
	memset(l, 0, sizeof(*l));
}

int
lp_unwrap_text_join(const char *text, const lp_layout *l, lp_unwrap_text *u)
{
	int			joined = 0;

	memset(u, 0, sizeof(*u));
	if (l->wrap.furniture != NULL && page_wide(&l->wrap))
	{
		lp_buf_init(&u->text);
		joined = join_lines(text, l->lines, l->nlines, &l->wrap, u);
		if (!joined)
			lp_unwrap_text_free(u);
	}
	return joined;
}

int
lp_unwrap_text_join_lines(const char *text, const lp_line *lines, size_t nlines, const lp_wrap *w,
						  lp_unwrap_text *u)
{
	int			joined = 0;

	memset(u, 0, sizeof(*u));
	if (w->furniture != NULL)
	{
		lp_buf_init(&u->text);
		joined = join_lines(text, lines, nlines, w, u);
		if (!joined)
			lp_unwrap_text_free(u);
	}
	return joined;
}

void
lp_unwrap_text_take_back(const lp_unwrap_text *u, lp_facts *out, size_t from, size_t nlines_given)
{
	int		   *line_of = lp_alloc0((nlines_given + 1) * sizeof(int)),
			   *seg_of = lp_alloc0((nlines_given + 1) * sizeof(int));
	size_t		li,
				fi;
	int			k;

	/* each line given is in one segment at most: its joined line (1-based) and segment */
	for (li = 0; li < u->n; li++)
		for (k = u->first[li]; k < u->first[li + 1]; k++)
			if (u->seg_line[k] >= 1 && (size_t) u->seg_line[k] <= nlines_given)
			{
				line_of[u->seg_line[k]] = (int) li + 1;
				seg_of[u->seg_line[k]] = k;
			}
	for (fi = from; fi < out->n; fi++)
	{
		lp_fact    *f = &out->items[fi];
		int			shift;

		if (f->line < 1 || (size_t) f->line > nlines_given)
			continue;
		if (line_of[f->line] == 0)
		{
			f->line = -f->line;
			continue;
		}
		k = seg_of[f->line];
		shift = u->seg_char[k] - u->seg_lead[k];
		f->line = line_of[f->line];
		f->span_start += shift;
		f->span_end += shift;
	}
	lp_free(line_of);
	lp_free(seg_of);
}

void
lp_unwrap_text_restore(lp_facts *out, size_t from)
{
	size_t		fi;

	for (fi = from; fi < out->n; fi++)
		if (out->items[fi].line < 0)
			out->items[fi].line = -out->items[fi].line;
}

void
lp_unwrap_text_give_back(const lp_unwrap_text *u, lp_facts *out, size_t from)
{
	size_t		fi;

	for (fi = from; fi < out->n; fi++)
	{
		lp_fact    *f = &out->items[fi];
		size_t		line = (size_t) f->line;
		int			k,
					end,
					shift;

		if (f->line < 1 || line > u->n)
			continue;
		k = u->first[line - 1];
		end = u->first[line];
		while (k + 1 < end && u->seg_char[k + 1] <= f->span_start)
			k++;
		shift = u->seg_char[k] - u->seg_lead[k];
		f->line = u->seg_line[k];
		/* (the line as read, for the stages asking if two facts share one) */
		f->read_line = u->seg_line[u->first[line - 1]];
		/* a mention across the wrap is cut at the end of its line */
		if (k + 1 < end && f->span_end > u->seg_char[k + 1])
			f->span_end = u->seg_char[k + 1];
		f->span_start -= shift;
		f->span_end -= shift;
	}
}

void
lp_unwrap_text_free(lp_unwrap_text *u)
{
	lp_buf_free(&u->text);
	lp_free(u->first);
	lp_free(u->seg_line);
	lp_free(u->seg_char);
	lp_free(u->seg_lead);
	memset(u, 0, sizeof(*u));
}
