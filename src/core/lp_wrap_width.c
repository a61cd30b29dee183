/*
 * lp_wrap_width.c — the page width of a wrapped document: the widths of its
 * lines that end without punctuation, in display columns, in columns with
 * folded punctuation counted full-width, and in characters, and the one
 * width most of them share (lp_wrap.c joins the lines broken at it).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_text.h"
#include "lp_wrap.h"
#include "lp_wrap_int.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Display width of s[0, len): bytes below 0x80 one column, lead bytes two. */
int
lp_wrap_display_width(const char *s, size_t len)
{
	size_t		i = 0;
	int			w = 0;

#ifdef __SSE2__
	/* 16 bytes at a time: every line of the text is measured */
	for (; i + 16 <= len; i += 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (s + i));
		unsigned	high = (unsigned) _mm_movemask_epi8(x),
					lead = high & (unsigned) _mm_movemask_epi8(_mm_cmpgt_epi8(x, _mm_set1_epi8((char) 0xBF)));

		w += 16 - __builtin_popcount(high) + 2 * __builtin_popcount(lead);
	}
#endif
	for (; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		w += c < 0x80 ? 1 : c >= 0xC0 ? 2 : 0;
	}
	return w;
}

/*
 * The widths of s[0, len) in the three measures, in one pass (every line of
 * a text is measured): display columns, columns as on the page before its
 * punctuation was folded to ASCII (",;:!?()" were full-width), characters.
 */
static void
line_widths(const char *s, size_t len, int wd[3])
{
	size_t		i = 0;
	int			ascii = 0,
				lead = 0,
				punct = 0;

#ifdef __SSE2__
	/*
	 * Sixteen bytes at a time; a byte of each lane counts (the compares
	 * give -1) ASCII bytes, lead bytes and folded punctuation, summed by
	 * _mm_sad_epu8 every 255 blocks at most (no lane overflows).
	 */
	while (i + 16 <= len)
	{
		__m128i		acc_ascii = _mm_setzero_si128(),
					acc_lead = _mm_setzero_si128(),
					acc_punct = _mm_setzero_si128(),
					sum;
		size_t		blocks = (len - i) / 16,
					k;

		if (blocks > 255)
			blocks = 255;
		for (k = 0; k < blocks; k++, i += 16)
		{
			__m128i		x = _mm_loadu_si128((const __m128i *) (s + i)),
						p = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
													  _mm_cmpeq_epi8(x, _mm_set1_epi8(';'))),
										 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(':')),
													  _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))));

			p = _mm_or_si128(p, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('?')),
											 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('(')),
														  _mm_cmpeq_epi8(x, _mm_set1_epi8(')')))));
			acc_ascii = _mm_sub_epi8(acc_ascii, _mm_cmpgt_epi8(x, _mm_set1_epi8(-1)));
			/* a lead byte is 0xC0-0xFF: -64..-1 as a signed byte */
			acc_lead = _mm_sub_epi8(acc_lead, _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(-65)),
															_mm_cmplt_epi8(x, _mm_setzero_si128())));
			acc_punct = _mm_sub_epi8(acc_punct, p);
		}
		sum = _mm_sad_epu8(acc_ascii, _mm_setzero_si128());
		ascii += _mm_cvtsi128_si32(sum) + _mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
		sum = _mm_sad_epu8(acc_lead, _mm_setzero_si128());
		lead += _mm_cvtsi128_si32(sum) + _mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
		sum = _mm_sad_epu8(acc_punct, _mm_setzero_si128());
		punct += _mm_cvtsi128_si32(sum) + _mm_cvtsi128_si32(_mm_srli_si128(sum, 8));
	}
#endif
	for (; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		ascii += c < 0x80;
		lead += c >= 0xC0;
		punct += c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '(' || c == ')';
	}
	wd[0] = ascii + 2 * lead;
	wd[1] = wd[0] + punct;
	wd[2] = ascii + lead;
}

/* Display width of s[0, len) as on the page before its punctuation was folded to ASCII. */
static int
folded_width(const char *s, size_t len)
{
	int			wd[3];

	line_widths(s, len, wd);
	return wd[1];
}

/* Width of a line in the measure the document's page width was found in. */
int
lp_wrap_line_width(const lp_wrap *w, const char *s, size_t len)
{
	return w->by_chars ? (int) lp_utf8_chars(s, len) :
		w->by_folded ? folded_width(s, len) : lp_wrap_display_width(s, len);
}

/* Does the trimmed line s[a, b) end a sentence or a block (。；：！？ and ASCII ones)? */
int
lp_wrap_ends_sentence(const char *s, size_t a, size_t b)
{
	size_t		p = lp_prev_char(s, b);
	int			n;
	uint32_t	cp;

	if (b <= a)
		return 1;
	cp = lp_utf8_next(s + p, b - p, &n);
	return lp_is_sentence_end(cp) || cp == 0xFF1A || cp == ':';
}

/* A clause mark inside s[a, b): "，", "、" or "," (not ；。: lp_wrap.c has_clause_or_sentence_mark counts those too). */
static int
has_clause_mark(const char *s, size_t a, size_t b)
{
	return memchr(s + a, ',', b - a) || lp_find3(s + a, b - a, "，") || lp_find3(s + a, b - a, "、");
}

/*
 * Does s[a, b) end on a figure, a digit or "%" among its last three
 * characters ("增长10.2%", "6%以上")?  A list's items end so, each on its line.
 */
static int
ends_on_figure(const char *s, size_t a, size_t b)
{
	int			k;

	for (k = 0; k < 3 && b > a; k++)
	{
		b = lp_prev_char(s, b);
		if ((s[b] >= '0' && s[b] <= '9') || s[b] == '%' || lp_same(s + b, "％", 3))
			return 1;
	}
	return 0;
}

/* Two ideographic spaces in s[a, b) (cheaper than memmem on a six-byte needle). */
static int
two_wide_spaces(const char *s, size_t a, size_t b)
{
	const char *p = s + a,
			   *end = s + b;

	while ((p = lp_find3(p, (size_t) (end - p), "\xE3\x80\x80")) != NULL)
	{
		if (end - p >= 6 && lp_same(p + 3, "\xE3\x80\x80", 3))
			return 1;
		p += 3;
	}
	return 0;
}

/*
 * Two figures one space apart ("(亿元) 1000 1008.5完成"): the cells of a row
 * set with single spaces, as a PDF's table gives them (prose sets a word
 * between two figures; normalize took out the spaces around one).  Not a
 * date beside a time ("2019-03-16 18:02"): a figure here is digits, '.' and
 * '%' only, with no '-', ':' or '/' against it.
 */
static int
figure_char(unsigned char c)
{
	return (c >= '0' && c <= '9') || c == '.' || c == '%';
}

/*
 * Is the space at i a yearbook's thin space between a number's groups of
 * digits ("1 875万元", "12 406元"): one to three digits before it, three
 * after it and a unit's character right after those?  One figure, no cells.
 */
static int
digit_group_space(const char *s, size_t a, size_t b, size_t l, size_t i, size_t r)
{
	size_t		k;

	for (k = l; k < r; k++)
		if (k != i && (s[k] < '0' || s[k] > '9'))
			return 0;
	return i - l >= 1 && i - l <= 3 && r - i - 1 == 3 && r < b && (unsigned char) s[r] >= 0x80 &&
		(l == a || s[l - 1] != ' ');
}

static int
figures_apart_at(const char *s, size_t a, size_t b, size_t i)
{
	size_t		l = i,
				r = i + 1;

	if (!figure_char((unsigned char) s[i - 1]) || s[i + 1] < '0' || s[i + 1] > '9')
		return 0;
	while (l > a && figure_char((unsigned char) s[l - 1]))
		l--;
	while (r < b && figure_char((unsigned char) s[r]))
		r++;
	return (l == a || !strchr("-:/", s[l - 1])) && (r == b || !strchr("-:/", s[r])) &&
		!digit_group_space(s, a, b, l, i, r);
}

/*
 * Cells of a table: a bar, a tab or a run of spaces after the indentation,
 * or two figures one space apart.  (Each space found by memchr: most lines
 * of prose have none or few.)
 */
int
lp_wrap_has_cells(const char *s, size_t a, size_t b)
{
	const char *p = s + a,
			   *end = s + b;

	if (memchr(p, '|', b - a) || memchr(p, '\t', b - a) || lp_find3(p, b - a, "｜") ||
		two_wide_spaces(s, a, b))
		return 1;
	while (end - p >= 2 && (p = memchr(p, ' ', (size_t) (end - p - 1))) != NULL)
	{
		if (p[1] == ' ' || (p > s + a && figures_apart_at(s, a, b, (size_t) (p - s))))
			return 1;
		p++;
	}
	return 0;
}

/* Is line li the first line of a section? (si: the first section not before it) */
static int
starts_section(const lp_sections *secs, size_t *si, size_t li)
{
	while (*si < secs->n && (size_t) secs->items[*si].line_start < li + 1)
		(*si)++;
	return *si < secs->n && (size_t) secs->items[*si].line_start == li + 1;
}

/*
 * The widths of lines, not headings or table rows, that end without
 * punctuation, in display columns, in folded columns and in characters;
 * and the same of the lines with a narrow (ASCII) character, which alone
 * tell a width in characters from one in columns: a line of hanzi has
 * twice as many columns as characters.
 */
typedef struct widths
{
	int			display[WRAP_MAX_WIDTH + 2];
	int			folded[WRAP_MAX_WIDTH + 2];
	int			chars[WRAP_MAX_WIDTH + 2];
	int			folded_mixed[WRAP_MAX_WIDTH + 2];
	int			display_mixed[WRAP_MAX_WIDTH + 2];
	int			chars_mixed[WRAP_MAX_WIDTH + 2];
	int			nlong;			/* lines long enough to have been wrapped */
	/* lines of prose (a clause mark inside) of each exact width, per measure */
	int			prose[3][WRAP_MAX_WIDTH + 2];
	int			nprose;			/* such lines ending without punctuation */
	int			any[3][WRAP_MAX_WIDTH + 2];	/* lines that are no table row, per width
												 * (wider ones last) */
	long		paragraphs;		/* longer than any page and no table row: -1 until asked */
	const char *text;			/* the lines measured (for paragraphs) */
	const lp_line *lines;
	size_t		nlines;
} widths;

static void
count_width(int *hist, int *mixed, int wd, int from, int is_mixed)
{
	if (wd < from || wd > WRAP_MAX_WIDTH)
		return;
	hist[wd]++;
	if (is_mixed)
		mixed[wd]++;
}

/* A line that is no table row, in each measure (wd: line_widths'). */
static void
count_any(widths *ws, const int wd[3])
{
	int			m;

	for (m = 0; m < 3; m++)
		ws->any[m][wd[m] <= WRAP_MAX_WIDTH ? wd[m] : WRAP_MAX_WIDTH + 1]++;
}

/*
 * Paragraphs longer than any page (no short text's width) that are no
 * table row: counted once, when a short text's width asks (issue 18: most
 * documents' widths are picked without them, and each was searched for
 * the marks of cells).
 */
static long
long_paragraphs(widths *ws)
{
	size_t		li;

	if (ws->paragraphs >= 0)
		return ws->paragraphs;
	ws->paragraphs = 0;
	for (li = 0; li < ws->nlines; li++)
	{
		size_t		b = ws->lines[li].end - ws->lines[li].start;

		if ((li & 4095) == 0)
			LP_CHECK_INTERRUPTS();
		if (b > WRAP_MAX_WIDTH * 3 && !lp_wrap_has_cells(ws->text + ws->lines[li].start, 0, b))
			ws->paragraphs++;
	}
	return ws->paragraphs;
}

/* Lines that are no table row wider than k in measure m. */
static long
wider_than(widths *ws, int m, int k)
{
	long		n = 0;

	for (k++; k <= WRAP_MAX_WIDTH + 1; k++)
		n += ws->any[m][k];
	return n + long_paragraphs(ws);
}

static void
measure_widths(const char *text, const lp_line *lines, size_t nlines, const lp_sections *secs,
			   widths *ws)
{
	size_t		li,
				si = 0;

	memset(ws, 0, sizeof(*ws));
	ws->paragraphs = -1;
	ws->text = text;
	ws->lines = lines;
	ws->nlines = nlines;
	for (li = 0; li < nlines; li++)
	{
		const char *s = text + lines[li].start;
		size_t		a = 0,
					b = lines[li].end - lines[li].start;
		int			wd[3],
					head;

		if ((li & 4095) == 0)
			LP_CHECK_INTERRUPTS();
		head = starts_section(secs, &si, li);
		/* (a paragraph longer than any page: long_paragraphs) */
		if (b < WRAP_MIN_WIDTH / 2 || b > WRAP_MAX_WIDTH * 3)
			continue;
		lp_trim(s, &a, &b);
		if (b - a < WRAP_MIN_WIDTH / 2)
			continue;
		ws->nlong++;
		if (lp_wrap_has_cells(s, a, b))
			continue;
		line_widths(s, b, wd);
		count_any(ws, wd);
		/* a heading running on into its paragraph ("三、消费市场持续回暖。一至十月，…") is its text */
		if (lp_wrap_ends_sentence(s, a, b) || (head && lp_find3(s + a, b - a, "。") == NULL))
			continue;
		count_width(ws->display, ws->display_mixed, wd[0], WRAP_MIN_WIDTH, wd[0] != 2 * wd[2]);
		count_width(ws->folded, ws->folded_mixed, wd[1], WRAP_MIN_WIDTH, wd[0] != 2 * wd[2]);
		count_width(ws->chars, ws->chars_mixed, wd[2], WRAP_MIN_WIDTH / 2, wd[0] != 2 * wd[2]);
		if (has_clause_mark(s, a, b) && !ends_on_figure(s, a, b))
		{
			ws->nprose++;
			ws->prose[0][wd[0] <= WRAP_MAX_WIDTH ? wd[0] : 0]++;
			ws->prose[1][wd[1] <= WRAP_MAX_WIDTH ? wd[1] : 0]++;
			ws->prose[2][wd[2] <= WRAP_MAX_WIDTH ? wd[2] : 0]++;
		}
	}
}

/*
 * The page width in one measure: shared, give or take one, by four lines
 * and a fifth of the longer lines at least, and by more lines than *best.
 */
static int
pick_in(const int *hist, int from, int nlong, int *best)
{
	int			width = 0,
				k;

	for (k = from; k <= WRAP_MAX_WIDTH; k++)
	{
		int			n = hist[k - 1] + hist[k] + hist[k + 1];

		if (n >= 4 && n * 5 >= nlong && n > *best)
		{
			*best = n;
			width = hist[k + 1] ? k + 1 : k;
		}
	}
	return width;
}

/* Lines of width k or up to under less (pick_in's k is the top of its window). */
static int
up_to(const int *hist, int k, int under)
{
	int			n = 0,
				j;

	for (j = k - under; j <= k + 1; j++)
		n += j >= 0 ? hist[j] : 0;
	return n;
}

/*
 * The page width: in display columns, unless more lines share one with
 * their punctuation counted as full-width, or one count of characters.  A
 * count of characters half the width in columns (lines of hanzi fit both)
 * wins only when the lines with figures or Latin letters side with it: a
 * page cut by width has them at the width in columns and longer in
 * characters, a cut by count the other way round.
 */
static void
pick_width(const widths *ws, lp_wrap *w)
{
	int			best = 0,
				k;

	w->width = pick_in(ws->display, WRAP_MIN_WIDTH, ws->nlong, &best);
	if ((k = pick_in(ws->folded, WRAP_MIN_WIDTH, ws->nlong, &best)) > 0)
	{
		w->width = k;
		w->by_folded = 1;
	}
	if ((k = pick_in(ws->chars, WRAP_MIN_WIDTH / 2, ws->nlong, &best)) > 0)
	{
		const int  *mixed = w->by_folded ? ws->folded_mixed : ws->display_mixed;

		if (w->width > 0 && abs(w->width - 2 * k) <= 4 &&
			up_to(mixed, w->width, 4) > up_to(ws->chars_mixed, k, 2))
			return;
		w->width = k;
		w->by_folded = 0;
		w->by_chars = 1;
	}
}

/*
 * A short text (a news item, a few paragraphs) has too few lines for
 * pick_width: its page width is one shared by two lines of prose at least
 * that end without punctuation and not on a figure (list items end so),
 * half of such lines, exactly in characters and give or take two columns
 * (a wide character that did not fit, a quote mark one column wide on the
 * page), when fewer lines than those are wider (table rows apart).
 */
static void
pick_short_width(widths *ws, lp_wrap *w)
{
	int			best = 0,
				m,
				k;

	for (m = 0; m < 3; m++)
		for (k = m == 2 ? WRAP_MIN_WIDTH / 2 : WRAP_MIN_WIDTH; k <= WRAP_MAX_WIDTH - 2; k++)
		{
			/* in columns, a wide character that did not fit leaves a line short */
			int			n = m == 2 ? ws->prose[m][k] :
				ws->prose[m][k - 2] + ws->prose[m][k - 1] + ws->prose[m][k] +
				ws->prose[m][k + 1] + ws->prose[m][k + 2];

			if (n < 2 || 2 * n < ws->nprose || n <= best ||
				wider_than(ws, m, k + (m == 2 ? 1 : 4)) >= n)
				continue;
			best = n;
			w->width = k;
			w->by_folded = m == 1;
			w->by_chars = m == 2;
		}
}

void
lp_wrap_pick_width(const char *text, const lp_line *lines, size_t nlines, const lp_sections *secs,
				   lp_wrap *w)
{
	widths		ws;

	measure_widths(text, lines, nlines, secs, &ws);
	pick_width(&ws, w);
	if (w->width == 0)
		pick_short_width(&ws, w);
}
