/*
 * lp_wrap.c — lines broken at the page width, joined again.
 *
 * Text extracted from PDF breaks its lines at the page width, in the middle
 * of sentences and even of numbers ("增\n长6.5%", "428.\n88亿元"), with page
 * numbers ("— 3 —") and running headers between pages.  Such a document has
 * many lines of one width that end without punctuation; a line of about
 * that width that does not end a sentence goes on with the next line of
 * text that starts no block.  The extractor reads the lines so joined as one.
 * A bad conversion that cut every line after a fixed number of characters
 * (whatever their widths) is read the same way, with the width counted in
 * characters: that count wins when more lines share it than any display
 * width.  So does a copy whose full-width punctuation was folded to ASCII
 * after the page was cut (NFKC: "，" became ","), with ,;:!?() counted two
 * columns wide as they were on the page.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_figure_first.h"
#include "lp_indicator.h"
#include "lp_label.h"
#include "lp_qty.h"
#include "lp_text.h"
#include "lp_words.h"
#include "lp_wrap.h"
#include "lp_wrap_int.h"

#include <string.h>

/*
 * A page number: "— 3 —", "- 12 -", "·3·", "3", "第3页": one to four digits,
 * dashes, middle dots, spaces, slashes and page words (words.tsv: 第, 页, 共).
 */
static int
is_page_number(const char *s, size_t a, size_t b)
{
	int			digits = 0;

	while (a < b)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(s + a, b - a, &n);
		size_t		w;

		if (cp >= '0' && cp <= '9')
			digits++;
		else if ((w = lp_words_prefix(LP_W_PAGE_WORD, s + a, b - a)) > 0)
			n = (int) w;
		else if (!(cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0xFF0D || cp == ' ' ||
				   cp == 0x3000 || cp == '/' || lp_wrap_page_dot(cp)))
			return 0;
		a += (size_t) n;
	}
	return digits > 0 && digits <= 4;
}

/*
 * A page number in one of the forms of official documents ("— 3 —", "－2－", "·3·",
 * "第 3 页 共 12 页"): a number alone on its line is no page number without
 * a dash, a page word or dots around it, since tables and lists break lines there too.
 */
static int
is_official_page_number(const char *s, size_t a, size_t b)
{
	size_t		i;

	if (b - a > 40 || !is_page_number(s, a, b))
		return 0;
	if (lp_wrap_dotted(s, a, b))
		return 1;
	for (i = a; i < b; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == '-' || c == 0xE2 || c == 0xEF)	/* - — – － */
			return 1;
	}
	return lp_find3(s + a, b - a, "\xE9\xA1\xB5") != NULL;	/* 页 */
}

static uint32_t
line_hash(const char *s, size_t n)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	return h ? h : 1;
}

/*
 * Page numbers, and short unpunctuated lines seen twice or more (running
 * headers): counted in a first pass, marked in the second.
 */
static void
mark_furniture(const char *text, const lp_line *lines, size_t nlines, lp_wrap *w)
{
	size_t		li,
				cap = 64;
	uint32_t   *hashes;			/* hash, count */
	int			pass;

	while (cap < 2 * nlines)
		cap *= 2;
	hashes = lp_alloc0(cap * sizeof(uint32_t) * 2);
	for (pass = 0; pass < 2; pass++)
		for (li = 0; li < nlines; li++)
		{
			const char *s = text + lines[li].start;
			size_t		a = 0,
						b = lines[li].end - lines[li].start;
			uint32_t	h,
						i;

			if ((li & 4095) == 0)
				LP_CHECK_INTERRUPTS();
			lp_trim(s, &a, &b);
			if (a == b || b - a > 20 * 3 || w->head[li] || lp_wrap_ends_sentence(s, a, b) ||
				lp_wrap_opens_with_clause_mark(s, a, b))
				continue;
			if (lp_wrap_token_line(text, lines, nlines, li))
				continue;
			if (is_page_number(s, a, b))
			{
				w->furniture[li] = is_official_page_number(s, a, b) ? LP_WRAP_PAGE : 1;
				continue;
			}
			lp_wrap_page_head(s, &a, &b);	/* counted without its page number */
			h = line_hash(s + a, b - a);
			i = h & (uint32_t) (cap - 1);
			while (hashes[2 * i] != 0 && hashes[2 * i] != h)
				i = (i + 1) & (uint32_t) (cap - 1);
			hashes[2 * i] = h;
			if (pass == 0)
				hashes[2 * i + 1]++;
			else if (hashes[2 * i + 1] >= 2)
				w->furniture[li] = 1;
		}
	lp_free(hashes);
}

static void
mark_heads(const lp_sections *secs, size_t nlines, lp_wrap *w)
{
	size_t		i;

	w->furniture = lp_alloc0(nlines);
	w->head = lp_alloc0(nlines);
	for (i = 0; i < secs->n; i++)
		if (secs->items[i].line_start >= 1 && (size_t) secs->items[i].line_start <= nlines)
			w->head[secs->items[i].line_start - 1] = 1;
}

/*
 * A document without a page width may still show its page breaks: official
 * page numbers, marked (with the headings) only when there is one.
 */
static void
mark_page_numbers(const char *text, const lp_line *lines, size_t nlines, const lp_sections *secs,
				  lp_wrap *w)
{
	size_t		li;

	for (li = 0; li < nlines; li++)
	{
		const char *s = text + lines[li].start;
		size_t		a = 0,
					b = lines[li].end - lines[li].start;

		if ((li & 4095) == 0)
			LP_CHECK_INTERRUPTS();
		if (b > 60)
			continue;
		lp_trim(s, &a, &b);
		if (a == b || !is_official_page_number(s, a, b) ||
			lp_wrap_token_line(text, lines, nlines, li))
			continue;
		if (!w->furniture)
			mark_heads(secs, nlines, w);
		w->furniture[li] = LP_WRAP_PAGE;
	}
}

/* Does n[na, nb) open with a value and its unit ("11860元", "9.6%", "2.8万亿元")? */
static int
starts_with_value(const char *n, size_t na, size_t nb)
{
	size_t		k = na,
				ulen;

	while (k < nb && ((n[k] >= '0' && n[k] <= '9') || n[k] == '.'))
		k++;
	/* "2024年海澄粮食产量达到…" opens a sentence with its year: no value */
	if (k == na + 4 && lp_at(n, nb, k, "年"))
		return 0;
	return k > na && k < nb &&
		(n[k] == '%' || lp_magnitude_at(n, nb, k, &ulen) || lp_unit_at(n, nb, k, &ulen));
}

/* Does n[na, nb) open with the verb of a value and the value ("增长6.1%", "下降2%")? */
static int
verb_and_value(const char *n, size_t na, size_t nb)
{
	size_t		k;

	if ((k = lp_words_prefix(LP_W_GROWTH, n + na, nb - na)) == 0 &&
		(k = lp_words_prefix(LP_W_DECLINE, n + na, nb - na)) == 0)
		return 0;
	return na + k < nb && n[na + k] >= '0' && n[na + k] <= '9';
}

/*
 * Does a verb of a value ("增长", "下降") start among the last two
 * characters of s[a, b) and end in n[na, nb), a figure right after it?
 */
static int
verb_cut_before_value(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb)
{
	char		joined[32];
	size_t		from = b,
				head,
				tail = nb - na < 12 ? nb - na : 12,
				k;
	int			j;

	for (j = 0; j < 2 && from > a; j++)
	{
		from = lp_prev_char(s, from);
		head = b - from;
		memcpy(joined, s + from, head);
		memcpy(joined + head, n + na, tail);
		if (((k = lp_words_prefix(LP_W_GROWTH, joined, head + tail)) > head ||
			 (k = lp_words_prefix(LP_W_DECLINE, joined, head + tail)) > head) &&
			k < head + tail && joined[k] >= '0' && joined[k] <= '9')
			return 1;
	}
	return 0;
}

/*
 * Does the line s[a, b) break inside a value that n[na, nb) goes on with:
 * before its unit ("达到2.81" / "万亿元") or after its verb ("增长" / "4%")?
 * No paragraph or heading ends so, whatever the line's width.
 */
static int
breaks_in_value(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb)
{
	unsigned char last = (unsigned char) s[b - 1],
				first = (unsigned char) n[na];
	size_t		ulen;

	/* (not a word opening with a unit's character, "12" / "节能减排降碳…": a
	 * table's serial number over its name; q_nonquantity.tsv after) */
	if (last >= '0' && last <= '9' &&
		(lp_magnitude_at(n, nb, na, &ulen) || lp_unit_at(n, nb, na, &ulen)) &&
		lp_nonquantity_at(n, nb, na, LP_NQ_AFTER) <= ulen)
		return 1;
	/* the verb of a value at the end, the value on the next line ("增长" / "4%") */
	if (first >= '0' && first <= '9' &&
		(lp_words_suffix(LP_W_GROWTH, s + a, b - a) || lp_words_suffix(LP_W_DECLINE, s + a, b - a) ||
		 lp_words_suffix(LP_W_CHANGE_TO, s + a, b - a)))
		return 1;
	/* the verb of a value cut in two, its value after it ("同比增" / "长3.1%") */
	if (verb_cut_before_value(s, a, b, n, na, nb))
		return 1;
	/* the name of an indicator at the end, its verb and value on the next line ("工业增加值" / "增长6.1%") */
	if (verb_and_value(n, na, nb) && lp_indicator_by_suffix(s + a, b - a) != NULL)
		return 1;
	/* a name cut in two ("规模以上" / "工业增加值"), a line going on after a figure ("3.5%" / "左右。") */
	if (lp_wrap_cuts_name(s, a, b, n, na, nb) || lp_wrap_opens_after_value(s, a, b, n, na, nb) ||
		lp_wrap_cuts_qualifier(s, a, b, n, na, nb))
		return 1;
	/*
	 * a word before a value ("分别达到" / "11860元和5240元") or the name of an
	 * indicator ("一般公共预算收入" / "61.7亿元"), with its unit; a card's label
	 * over its value is read as a label before lines are joined
	 */
	return starts_with_value(n, na, nb) &&
		(lp_words_suffix(LP_W_SUBJECT_SUFFIX, s + a, b - a) ||
		 lp_indicator_by_suffix(s + a, b - a) != NULL);
}

/* Does line li break inside a value that the next line goes on with? */
static int
line_breaks_in_value(const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	lp_wrap_pair p;

	if (!lp_wrap_pair_at(text, lines, nlines, li, &p) || lp_wrap_ends_sentence(p.s, p.a, p.b))
		return 0;
	if (breaks_in_value(p.s, p.a, p.b, p.n, p.na, p.nb) ||
		lp_wrap_goes_on_to_token(text, lines, nlines, li))
		return 1;
	/* a figure, then the first character of its qualifier alone on the next line ("4%" / "左" / "右，…") */
	return (p.s[p.b - 1] == '%' || (p.s[p.b - 1] >= '0' && p.s[p.b - 1] <= '9')) && p.nb - p.na <= 6 &&
		lp_wrap_pair_at(text, lines, nlines, li + 1, &p) &&
		lp_wrap_cuts_qualifier(p.s, p.a, p.b, p.n, p.na, p.nb);
}

/*
 * Is line s[a, b) (line li) cut inside a name that the next line goes on
 * with after a page's number (lp_wrap_chunk_mark)?  That line's index, or 0.
 */
static size_t
next_chunk_cut(const char *text, const lp_line *lines, size_t nlines, size_t li,
			   const char *s, size_t a, size_t b)
{
	const char *n;
	size_t		na = 0,
				nb;

	if (li + 1 >= nlines || a == b || lp_wrap_ends_sentence(s, a, b))
		return 0;
	n = text + lines[li + 1].start;
	nb = lines[li + 1].end - lines[li + 1].start;
	lp_trim(n, &na, &nb);
	return lp_wrap_chunk_mark(s, a, b, n, na, nb) ? li + 1 : 0;
}

/*
 * Does line li end inside a clause that goes on after blank lines and the
 * page's number glued to the next line ("分别增长" / "" / "2、6.3%")?  That
 * line's index, or 0.
 */
static size_t
page_break_inside(const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	const char *s = text + lines[li].start,
			   *n;
	size_t		a = 0,
				b = lines[li].end - lines[li].start,
				na,
				nj = lp_wrap_after_page_break(text, lines, nlines, li, &na);

	lp_trim(s, &a, &b);
	if (nj == 0)
		return next_chunk_cut(text, lines, nlines, li, s, a, b);
	n = text + lines[nj].start;
	return a < b && !lp_wrap_ends_sentence(s, a, b) &&
		(lp_wrap_ends_inside(s, a, b) || breaks_in_value(s, a, b, n, na, lines[nj].end - lines[nj].start)) ? nj : 0;
}

/* Does a line end inside a sentence, with a line of text right after it? */
static int
any_ends_inside(const char *text, const lp_line *lines, size_t nlines)
{
	size_t		li;

	for (li = 0; li + 1 < nlines; li++)
	{
		const char *s = text + lines[li].start;
		size_t		a = 0,
					b = lines[li].end - lines[li].start;

		if ((li & 4095) == 0)
			LP_CHECK_INTERRUPTS();
		lp_trim(s, &a, &b);
		if (lp_wrap_ends_inside(s, a, b) && lines[li + 1].end > lines[li + 1].start)
			return 1;
		if (line_breaks_in_value(text, lines, nlines, li) || page_break_inside(text, lines, nlines, li))
			return 1;
	}
	return 0;
}

/*
 * Do the paragraphs of a wrapped text start with an indent: a fifth of its
 * lines of text at least, three at least?  Then a line of the page width
 * that ends a sentence may still go on: the next paragraph is indented.
 */
static int
paragraphs_indented(const char *text, const lp_line *lines, size_t nlines)
{
	size_t		li,
				nonblank = 0,
				indented = 0;

	for (li = 0; li < nlines; li++)
	{
		const char *s = text + lines[li].start;
		size_t		len = lines[li].end - lines[li].start,
					lead = lp_skip_space(s, len, 0);

		if (lead == len)
			continue;
		nonblank++;
		indented += lead > 0;
	}
	return indented >= 3 && indented * 5 >= nonblank;
}

void
lp_wrap_scan(const char *text, const lp_line *lines, size_t nlines, const lp_sections *secs,
			 lp_wrap *w)
{
	memset(w, 0, sizeof(*w));
	lp_wrap_pick_width(text, lines, nlines, secs, w);
	if (w->width == 0)
	{
		/* most documents: no page width; page numbers still join pages */
		mark_page_numbers(text, lines, nlines, secs, w);
		/* and a line ending inside a sentence goes on with the next */
		if (!w->furniture && any_ends_inside(text, lines, nlines))
			mark_heads(secs, nlines, w);
		if (w->furniture)
			w->next = lp_alloc0(2 * nlines * sizeof(uint32_t));
		return;
	}
	mark_heads(secs, nlines, w);
	mark_furniture(text, lines, nlines, w);
	w->indented = paragraphs_indented(text, lines, nlines);
	w->next = lp_alloc0(2 * nlines * sizeof(uint32_t));
}

int
lp_wrap_is_page_number(const lp_wrap *w, size_t li)
{
	return w->furniture != NULL && w->furniture[li] == LP_WRAP_PAGE;
}

void
lp_wrap_free(lp_wrap *w)
{
	lp_free(w->furniture);
	lp_free(w->head);
	lp_free(w->next);
	memset(w, 0, sizeof(*w));
}

/* Leading spaces of a line, in display columns. */
static int
indent_of(const char *s, size_t len)
{
	size_t		i = lp_skip_space(s, len, 0);

	return lp_wrap_display_width(s, i);
}

/* Is line li followed by a page number, blank lines apart? */
static int
page_break_after(const char *text, const lp_line *lines, size_t nlines, const lp_wrap *w, size_t li)
{
	size_t		nj;

	for (nj = li + 1; nj < nlines && nj <= li + 4; nj++)
	{
		if (w->furniture[nj] == LP_WRAP_PAGE)
			return 1;
		if (lp_skip_space(text + lines[nj].start, lines[nj].end - lines[nj].start, 0) <
			lines[nj].end - lines[nj].start)
			return 0;
	}
	return 0;
}

static int
is_ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/*
 * Does a line s[a, b) shorter than the page width still break inside a
 * token that n[na, nb) goes on with?  A PDF line may end early before a
 * value's unit ("达到2.81" / "万亿元"), between a value and its verb
 * ("增长" / "4%"), after a value's sign ("长-" / "39.7%"), or around a
 * subscript set on a line of its own ("PM" / "2.5" / "年均浓度").
 */
static int
breaks_in_token(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb)
{
	unsigned char last = (unsigned char) s[b - 1],
				first = (unsigned char) n[na];
	size_t		k;

	if (breaks_in_value(s, a, b, n, na, nb))
		return 1;
	if (is_ascii_alnum(last) && is_ascii_alnum(first))
		return 1;
	/* a sign cut from its value ("外贸出口106.6亿元，增" / "长-" / "39.7%") */
	if (last == '-' && first >= '0' && first <= '9' && b - a > 1 && s[b - 2] != '-')
		return 1;
	for (k = a; k < b && (is_ascii_alnum((unsigned char) s[k]) || s[k] == '.'); k++)
		;
	return k == b && b - a <= 8;	/* the subscript alone */
}


/* Does the line s[0, b) end with 、, trailing spaces apart? */
static int
ends_with_enumeration_comma(const char *s, size_t b)
{
	size_t		a = 0;

	lp_trim(s, &a, &b);
	return b >= a + 3 && lp_same(s + b - 3, "、", 3);
}

/*
 * Can line nj go on with the line s[0, b)?  Not when it is blank or page
 * furniture, or starts a block: a heading, a list item, table cells, a
 * paragraph indented more than the line or the label of an infographic's card.
 */
static int
goes_on_with(const char *text, const lp_line *lines, const lp_wrap *w, const char *s, size_t b,
			 size_t nj)
{
	const char *n = text + lines[nj].start;
	size_t		na = 0,
				nb = lines[nj].end - lines[nj].start;

	lp_trim(n, &na, &nb);
	/*
	 * one space before a figure is the PDF's space around it, no indent ("增长" / " 5.6% 。");
	 * after a line ending in 、 a numbering goes on with an enumeration ("其中一、" / "二、三产业")
	 */
	return na < nb && !w->furniture[nj] && !lp_wrap_has_cells(n, na, nb) &&
		(ends_with_enumeration_comma(s, b) ||
		 (!w->head[nj] && lp_list_mark_at(n, na, nb) == LP_MARK_NONE)) &&
		!(na > 0 && !(na == 1 && n[0] == ' ' && n[1] >= '0' && n[1] <= '9') &&
		  indent_of(n, nb) > indent_of(s, b)) && !lp_label_line(n, na, nb, NULL, 0) &&
		!lp_figure_first_line(n, na, nb) &&	/* a card's figure, named after it */
		!lp_wrap_opens_cells(n, na, nb);
}

/*
 * Columns (or characters) a line of the page width may have lost to the
 * spacing repair: a PDF sets its figures apart with a space on each side
 * ("增长 6.8% 左右"), which normalize takes out, so the line reads narrower
 * than the page.  Two a run of digits standing against a non-ASCII
 * character, six at most.
 */
static int
figure_gaps(const char *s, size_t a, size_t b)
{
	size_t		i;
	int			k = 0;

	for (i = a; i < b && k < 6; i++)
		if (i > a && s[i] >= '0' && s[i] <= '9' && (unsigned char) s[i - 1] >= 0x80)
			k += 2;				/* a run of digits after a hanzi or punctuation */
	return k < 6 ? k : 6;
}


/*
 * Does line li break at the page width (or inside a sentence, at 、 or ，,
 * or inside a token), and which line of text goes on with it?  Returns that
 * line's index, or 0 when none.  going_on: line li goes on with a line
 * before it (a numbering that began it, "二、三产业", is no heading's).
 */
static size_t
wrap_next_read(const char *text, const lp_line *lines, size_t nlines, const lp_wrap *w, size_t li,
			   int going_on)
{
	const char *s = text + lines[li].start;
	size_t		a = 0,
				b = lines[li].end - lines[li].start,
				nj,
				skipped = 0;
	int			wd,
				narrow = 0,
				sentence_end,
				sentence_on;

	if (w->furniture == NULL)
		return 0;
	lp_trim(s, &a, &b);
	/*
	 * a sentence may end at the page width inside a paragraph, when the
	 * paragraphs are indented: an unindented line of the page width after it
	 * goes on with it
	 */
	sentence_end = a < b && lp_wrap_ends_sentence(s, a, b);
	/*
	 * a heading of about the page width goes on with no paragraph, but one
	 * running on into its paragraph does ("（一）经济总量持续扩大。全县完成…")
	 */
	sentence_on = sentence_end && lp_wrap_sentence_goes_on(w, text, lines, li, going_on);
	/* a chunk of a document site's copy, numbered like a list's item, cut inside a name */
	if (!w->furniture[li] && (nj = next_chunk_cut(text, lines, nlines, li, s, a, b)) != 0)
		return nj;
	if (a == b || (sentence_end && !(w->width > 0 && w->indented) && !sentence_on) ||
		w->furniture[li] ||
		lp_wrap_has_cells(s, a, b) || lp_wrap_value_cell(text, lines, nlines, li) ||
		lp_wrap_caption_line(s, a, b) ||
		(w->head[li] && !going_on && lp_find3(s + a, b - a, "。") == NULL))
		return 0;
	if ((nj = page_break_inside(text, lines, nlines, li)) != 0)
		return nj;
	if (lp_wrap_ends_inside(s, a, b) || lp_wrap_line_cuts_name(text, lines, nlines, li) ||
		lp_wrap_line_ends_on_name(text, lines, nlines, li))
		return li + 1 < nlines && goes_on_with(text, lines, w, s, b, li + 1) ? li + 1 : 0;
	/* a value broken over lines ("增长" / "7%") goes on whatever the line's width: a
	 * page width counted in characters is passed by a line of half-width digits */
	if (line_breaks_in_value(text, lines, nlines, li))
		return goes_on_with(text, lines, w, s, b, li + 1) ? li + 1 : 0;
	if (w->width == 0)
	{
		if (!page_break_after(text, lines, nlines, w, li))
			return 0;
	}
	else
	{
		/* pick_width counted lines two characters short of the width too;
		 * short "widths" are bullet lists' (WRAP_MIN_WIDTH: a page's) */
		int			over = w->by_chars ? 1 : 4,
					under = !w->by_chars ? 4 : w->width >= WRAP_MIN_WIDTH ? 2 : 1;

		wd = lp_wrap_line_width(w, s, b);
		if (wd > w->width + over)
			return 0;
		narrow = wd < w->width - under - figure_gaps(s, a, b);
	}
	if (sentence_end && narrow)
		return 0;
	for (nj = li + 1; nj < nlines && skipped <= 6; nj++, skipped++)
	{
		const char *n = text + lines[nj].start;
		size_t		na = 0,
					nb = lines[nj].end - lines[nj].start;

		lp_trim(n, &na, &nb);
		if (na == nb || w->furniture[nj])
			continue;			/* a page break between */
		if (!goes_on_with(text, lines, w, s, b, nj) || (sentence_end && na > 0) ||
			(sentence_on && skipped > 0))
			return 0;
		/* a line shorter than the page width goes on only inside a token */
		if (narrow && !breaks_in_token(s, a, b, n, na, nb))
			return 0;
		return nj;
	}
	return 0;
}

/* wrap_next_read, asked once a line (w->next) */
static size_t
wrap_next(const char *text, const lp_line *lines, size_t nlines, const lp_wrap *w, size_t li,
		  int going_on)
{
	uint32_t   *memo = w->next ? &w->next[2 * li + (going_on != 0)] : NULL;
	size_t		nj;

	if (memo && *memo)
		return *memo - 1;
	nj = wrap_next_read(text, lines, nlines, w, li, going_on);
	if (memo)
		*memo = (uint32_t) nj + 1;
	return nj;
}

/* Does the line s[a, b) end inside a figure or a date that n[na, nb) goes on with? */
static int
breaks_in_figure(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb)
{
	unsigned char last;

	if (b <= a || na >= nb || n[na] < '0' || n[na] > '9')
		return 0;
	last = (unsigned char) s[b - 1];	/* read only once the line is known to hold it */
	return (last >= '0' && last <= '9') || last == '-' || last == '.' || last == '/' || last == ':';
}

/*
 * The text of a document with a page width as it was written: each line
 * that wraps and holds a clause mark followed on it by the lines going on
 * with it (trimmed), the lines between dropped.  Page furniture stays on
 * its own line: a running head is the title the metadata looks for.  The metadata is read from it:
 * a dateline or an opening sentence broken over lines is whole there.
 * Returns 0, out untouched, when the document has no page width.
 */
int
lp_wrap_unwrapped(const lp_wrap *w, const char *text, const lp_line *lines, size_t nlines,
				  lp_buf *out)
{
	size_t		li = 0;

	if (w->width == 0 || w->furniture == NULL)
		return 0;
	while (li < nlines)
	{
		const char *s = text + lines[li].start;
		size_t		a = 0,
					b = lines[li].end - lines[li].start,
					cur = li,
					nj,
					k = 0;

		if ((li & 4095) == 0)
			LP_CHECK_INTERRUPTS();
		lp_trim(s, &a, &b);
		lp_buf_append(out, s, b);	/* the line keeps its indent */
		while (!w->furniture[li] && k++ < LP_WRAP_MAX_LINES &&
			   (nj = wrap_next(text, lines, nlines, w, cur, cur != li)) != 0)
		{
			const char *n = text + lines[nj].start;
			size_t		na = 0,
						nb = lines[nj].end - lines[nj].start;

			lp_trim(n, &na, &nb);
			/* a date or a figure cut by the page width is one ("2019-03-" / "16 18:02") */
			if (!lp_wrap_has_marks(s, a, b) && !(cur == li && breaks_in_figure(s, a, b, n, na, nb)))
				break;
			lp_buf_append(out, n + na, nb - na);
			cur = nj;
		}
		lp_buf_append(out, "\n", 1);
		li = cur + 1;
	}
	return 1;
}

void
lp_wrap_join_init(lp_wrap_join *j)
{
	memset(j, 0, sizeof(*j));
	lp_buf_init(&j->text);
}

void
lp_wrap_join_free(lp_wrap_join *j)
{
	lp_buf_free(&j->text);
}

/* Append line li to the joined text as its next segment. */
static void
join_segment(lp_wrap_join *j, const char *text, const lp_line *line, size_t li)
{
	const char *p = text + line->start;
	size_t		pa = 0,
				pb = line->end - line->start,
				k = j->nseg;

	/* the first line keeps its indentation: offsets stay those of the line */
	lp_trim(p, &pa, &pb);
	if (k == 0)
		pa = 0;
	else
	{
		/* after a page break: "2、6.3%"; a chunk's number inside a name: "农" / "3、村居民" */
		size_t		m = (int) li > j->seg_line[k - 1] ? lp_wrap_page_mark(p, pa, pb) : 0;

		pa += m ? m : lp_wrap_chunk_mark(j->text.data, 0, j->text.len, p, pa, pb);
	}
	j->seg_byte[k] = j->text.len;
	j->seg_char[k] = k ? j->seg_char[k - 1] +
		(int) lp_utf8_chars(j->text.data + j->seg_byte[k - 1], j->text.len - j->seg_byte[k - 1]) : 0;
	j->seg_lead[k] = (int) lp_utf8_chars(p, pa);
	j->seg_line[k] = (int) li + 1;
	j->nseg++;
	lp_buf_append(&j->text, p + pa, pb - pa);
}

int
lp_wrap_join_lines(const lp_wrap *w, const char *text, const lp_line *lines, size_t nlines,
				   size_t li, size_t first_fact, lp_wrap_join *j)
{
	size_t		cur = li,
				nj;

	j->nseg = 0;
	if (w->furniture == NULL || (nj = wrap_next(text, lines, nlines, w, li, 0)) == 0)
		return 0;
	j->text.len = 0;
	while (1)
	{
		join_segment(j, text, &lines[cur], cur);
		if (j->nseg == LP_WRAP_MAX_LINES || nj == 0)
			break;
		cur = nj;
		nj = wrap_next(text, lines, nlines, w, cur, 1);
	}
	j->last = cur;
	j->first_fact = first_fact;
	return 1;
}

/*
 * Line li and line nj after it read as one: a figure and its name on the
 * next line (lp_figure_first.c).
 */
void
lp_wrap_join_pair(const char *text, const lp_line *lines, size_t li, size_t nj,
				  size_t first_fact, lp_wrap_join *j)
{
	j->nseg = 0;
	j->text.len = 0;
	join_segment(j, text, &lines[li], li);
	join_segment(j, text, &lines[nj], nj);
	j->last = nj;
	j->first_fact = first_fact;
}
