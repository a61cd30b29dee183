/*
 * lp_sections.c — the heading structure of a report.
 *
 * Chinese government documents number their headings in a fixed order:
 *   一、  >  （一）/(一)  >  1. / 1、  >  （1）/(1)  >  ①
 * A heading line is recognised by that shape (src/data/heading_shapes.tsv).  Text damaged before it
 * reached us may have lost the bytes of "（二" (the line then starts with
 * U+FFFD or '?' and a closing parenthesis): such a line is still a level-2
 * heading, and its number is taken from its place in the sequence.
 * Short unnumbered lines naming a part of the report ("2021年以来工作回顾",
 * "2022年主要工作") are headings too: reposts drop the numbering.
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_figure_first.h"
#include "lp_ordinal.h"
#include "lp_period.h"
#include "lp_runon.h"
#include "lp_sections_box.h"
#include "lp_sections_caption.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

#define MAX_LEVEL 6
#define DEEPEST_LEVEL 5			/* lp_section.level: 1 = 一、 … 5 = ① */
#define MAX_SHAPES 8
#define MAX_CHOICES 4

/* the numbers of heading_shapes.tsv, in the order of heading_numbers (lp_data.c) */
enum heading_number
{
	HN_CN, HN_DIGITS, HN_CIRCLED
};

/* One choice of marks: a word of the data file ("（"), or none. */
typedef struct mark
{
	const char *s;
	size_t		len;
} mark;

/* One shape of heading_shapes.tsv. */
typedef struct heading_shape_row
{
	int			level;
	int			number;			/* enum heading_number */
	int			max;			/* largest number, 0: no limit */
	int			n_open;			/* 0: nothing before the number */
	int			n_close;
	mark		open[MAX_CHOICES];
	mark		close[MAX_CHOICES];
} heading_shape_row;

static heading_shape_row shapes[MAX_SHAPES];
static int	n_shapes;
static const heading_shape_row *damaged_shape;	/* the first bracketed cn shape */
static unsigned char open_first[256];	/* first bytes of the shapes' opening marks */
static volatile int shapes_ready;

/* "（|(" into choices; "-" is none.  The strings point into the embedded data. */
static int
split_marks(const lp_data_iter *it, int field, mark *out)
{
	const char *s = it->row.f[field];
	size_t		n = it->row.len[field],
				a = 0;
	int			k = 0;

	if (n == 1 && s[0] == '-')
		return 0;
	while (a <= n)
	{
		size_t		b = a;

		while (b < n && s[b] != '|')
			b++;
		if (k == MAX_CHOICES || b == a)
			return lp_data_row_error(it, NULL, "field %d: empty or more than %d choices",
									 field + 1, MAX_CHOICES);
		out[k].s = s + a;
		out[k].len = b - a;
		k++;
		a = b + 1;
	}
	return k;
}

/* Read heading_shapes.tsv once per process (a malformed row: lp_fatal). */
static void
load_shapes(void)
{
	lp_data_iter it;
	int			i;

	n_shapes = 0;
	damaged_shape = NULL;
	lp_data_open(&it, LP_DATA_HEADING_SHAPES);
	while (lp_data_next(&it, NULL) > 0)
	{
		heading_shape_row *r = &shapes[n_shapes];

		if (n_shapes == MAX_SHAPES)
			lp_data_row_error(&it, NULL, "more than %d shapes", MAX_SHAPES);
		r->level = (int) it.row.val[0];
		r->n_open = split_marks(&it, 1, r->open);
		r->number = (int) it.row.val[2];
		r->n_close = split_marks(&it, 3, r->close);
		r->max = (int) it.row.val[4];
		n_shapes++;
	}
	for (i = n_shapes - 1; i >= 0; i--)
	{
		int			k;

		if (shapes[i].n_open > 0 && shapes[i].number == HN_CN)
			damaged_shape = &shapes[i];
		for (k = 0; k < shapes[i].n_open; k++)
			open_first[(unsigned char) shapes[i].open[k].s[0]] = 1;
	}
	shapes_ready = 1;
}

/* Length of the choice of marks at s[i], 0 if none. */
static size_t
mark_at(const char *s, size_t len, size_t i, const mark *marks, int n)
{
	int			k;

	for (k = 0; k < n; k++)
		if (len - i >= marks[k].len && s[i] == marks[k].s[0] &&
			memcmp(s + i, marks[k].s, marks[k].len) == 0)
			return marks[k].len;
	return 0;
}

static int
is_ascii_digit(const char *s, size_t len, size_t i)
{
	return i < len && s[i] >= '0' && s[i] <= '9';
}

/* The start of a line, read once for every shape that needs it. */
typedef struct first_ordinal
{
	size_t		pos;
	size_t		n;				/* lp_ordinal_at's length, 0: none */
	int			v;
	uint32_t	cp;				/* the first character */
	int			cl;
} first_ordinal;

/* The number of kind number at s[i]: its length (0 if none), *v its value. */
static size_t
number_at(const char *s, size_t len, size_t i, int number, int *v,
		  const first_ordinal *first)
{
	int			cl;
	uint32_t	cp;
	size_t		n;

	if (number == HN_CIRCLED)
	{
		if (i == first->pos)
			cp = first->cp, cl = first->cl;
		else
			cp = lp_utf8_next(s + i, len - i, &cl);
		if (cp < 0x2460 || cp > 0x2473)		/* ① … ⑳ */
			return 0;
		*v = (int) (cp - 0x2460) + 1;
		return cl;
	}
	if (i == first->pos)
	{
		n = first->n;
		*v = first->v;
	}
	else
		n = lp_ordinal_at(s, len, i, v);
	if (n == 0 || is_ascii_digit(s, len, i) != (number == HN_DIGITS))
		return 0;
	return n;
}

/*
 * Does the line s start with a heading of shape r (after the blanks at
 * i)?  Its level, *numlen the bytes up to the end of its numbering and
 * *ordinal its number; 0 if not.
 */
static int
match_shape(const heading_shape_row *r, const char *s, size_t len, size_t i,
			const first_ordinal *first, size_t *numlen, int *ordinal)
{
	size_t		j = i,
				k = 0,
				n;
	int			v = 0;

	if (r->n_open == 0 && r->number != HN_CIRCLED && first->n == 0)
		return 0;				/* no ordinal starts the line */
	if (r->n_open > 0)
	{
		if ((k = mark_at(s, len, j, r->open, r->n_open)) == 0)
			return 0;
		j = lp_skip_space(s, len, j + k);
	}
	if (j >= len || (n = number_at(s, len, j, r->number, &v, first)) == 0)
		return 0;
	j += n;
	if (r->n_open > 0)
		j = lp_skip_space(s, len, j);
	if (r->n_close > 0)
	{
		if (j >= len || (k = mark_at(s, len, j, r->close, r->n_close)) == 0)
			return 0;
		/* 1.5 is a number */
		if (k == 1 && s[j] == '.' && is_ascii_digit(s, len, j + 1))
			return 0;
	}
	else
		k = 0;
	if (r->max > 0 && v > r->max)
		return 0;
	*numlen = j + k;
	*ordinal = v;
	return r->level;
}

/*
 * Damaged: lost bytes (U+FFFD or '?') then the tail of "（二）": a heading
 * of the first bracketed cn shape whose number is taken from its place in
 * the sequence when it is lost too (ordinal 0).
 */
static int
match_damaged(const char *s, size_t len, size_t i, size_t *numlen, int *ordinal)
{
	const heading_shape_row *r = damaged_shape;
	size_t		j = i,
				n,
				k;
	int			v = 0,
				cl;

	if (r == NULL)
		return 0;
	while (j < len)
	{
		uint32_t	cp = lp_utf8_next(s + j, len - j, &cl);

		if (cp != 0xFFFD && cp != '?')
			break;
		j += cl;
	}
	j += mark_at(s, len, j, r->open, r->n_open);
	n = lp_ordinal_at(s, len, j, &v);
	if (n > 0 && !is_ascii_digit(s, len, j))
		j += n;
	else
		v = 0;
	if ((k = mark_at(s, len, j, r->close, r->n_close)) == 0)
		return 0;
	*numlen = j + k;
	*ordinal = v;
	return r->level;
}

/*
 * Is the text after a heading's numbering (at j) the next item of an
 * enumeration of ordinals ("一、二、三产业增加值分别增长…", "1、2号线")?
 * Then the "numbering" is the first of the list, and no heading starts.
 */
static int
enumeration_after(const char *s, size_t len, size_t j)
{
	int			v;
	size_t		n = lp_ordinal_at(s, len, j, &v);

	return n > 0 && lp_at(s, len, j + n, "\xE3\x80\x81");	/* 、 */
}

/*
 * Recognise a numbered heading at the start of s by the shapes of
 * heading_shapes.tsv.  Returns its level (0 if none), *numlen the bytes of
 * its numbering, *ordinal its number (0 when damaged and unknown).
 */
static int
heading_shape(const char *s, size_t len, size_t *numlen, int *ordinal)
{
	size_t		i = lp_skip_space(s, len, 0);
	int			k,
				level;
	first_ordinal first;

	if (!shapes_ready)
		load_shapes();
	if (i >= len)
		return 0;
	first.pos = i;
	first.n = lp_ordinal_at(s, len, i, &first.v);
	first.cp = lp_utf8_next(s + i, len - i, &first.cl);
	/* a shape needs an ordinal, a circled number or one of its opening marks there (most lines) */
	if (first.n == 0 && (first.cp < 0x2460 || first.cp > 0x2473) && !open_first[(unsigned char) s[i]])
		k = n_shapes;
	else
		k = 0;
	for (; k < n_shapes; k++)
		if ((level = match_shape(&shapes[k], s, len, i, &first, numlen, ordinal)) > 0)
			return enumeration_after(s, len, *numlen) ? 0 : level;
	if (first.cp == 0xFFFD || s[i] == '?')
		return match_damaged(s, len, i, numlen, ordinal);
	return 0;
}

int
lp_heading_level(const char *s, size_t len)
{
	size_t		numlen;
	int			ordinal;

	return heading_shape(s, len, &numlen, &ordinal);
}

/* A short unnumbered line that names a part of the report by its role. */
static lp_role
role_of(const char *s, size_t len)
{
	static const lp_word_kind kinds[] = {LP_W_ROLE_TARGETS, LP_W_ROLE_TASKS, LP_W_ROLE_REVIEW};
	long		at[3];
	size_t		wlen[3];

	/*
	 * one pass for the three; the first kind found in this order decides,
	 * unless a word of role_not says none (looked for only when one is found)
	 */
	if (lp_words_find_each(kinds, 3, s, len, at, wlen) == 0 || lp_words_any(LP_W_ROLE_NOT, s, len))
		return LP_ROLE_OTHER;
	/* "主要目标完成情况" reviews the targets: of targets and review, the later word decides */
	if (at[0] >= 0 && at[2] > at[0])
		return LP_ROLE_REVIEW;
	if (at[0] >= 0)
		return LP_ROLE_TARGETS;
	/*
	 * "2020年工作总结和2021年工作思路": a title of both opens with the review;
	 * "重点工作推进情况": a review word right after the tasks' word reviews them
	 */
	if (at[1] >= 0 && at[2] == at[1] + (long) wlen[1])
		return LP_ROLE_REVIEW;
	if (at[1] >= 0 && (at[2] < 0 || at[1] < at[2]))
		return LP_ROLE_TASKS;
	if (at[2] >= 0)
		return LP_ROLE_REVIEW;
	return LP_ROLE_OTHER;
}

/*
 * The role of a heading that runs on into its paragraph with no stop after
 * it ("一、2007年经济社会发展情况和本届政府工作简要回顾过去的一年,…按照…年初
 * 确定的目标任务,…"): its first clause names the part when it names a role
 * (a target word further on is the paragraph's, not the heading's); else the
 * words up to the first 。 decide, as before.
 */
static lp_role
first_clause_role(const char *s, size_t len)
{
	const char *comma = memchr(s, ',', len),
			   *wide = lp_find3(s, len, "，");
	size_t		i;
	lp_role		r;

	if (wide != NULL && (comma == NULL || wide < comma))
		comma = wide;
	i = comma ? (size_t) (comma - s) : len;
	if (i < len && (r = role_of(s, i)) != LP_ROLE_OTHER)
		return r;
	return role_of(s, len);
}

#define PART_HEADING_BYTES (30 * 3)	/* a heading of a part is short: 30 hanzi */

/*
 * Does a heading s[0, len) name a part of a year with no year, and state no
 * figure ("一、1-3月份主要经济指标完成情况", "（二）一季度经济运行特点")?
 * Its lines are of that part of the report's year (lp_context.c
 * line_period).  A paragraph opened by a heading that states a figure
 * ("（一）…增长11.0%，比1-8月份提高…") names no part of its own.
 */
static int
names_part_alone(const char *s, size_t len)
{
	return len <= PART_HEADING_BYTES && lp_has_period_word(s, len) &&
		memchr(s, '%', len) == NULL && lp_find3(s, len, "％") == NULL;
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
 * A year alone before a dash or colon ("2026年——" over a news item's
 * paragraph of that year's targets): a heading naming the period of what
 * follows, with no role of its own.
 */
static int
is_year_heading(const char *s, size_t len)
{
	size_t		at = 1;
	const char *nian;

	if (len > 12 * 4 || lp_find_year(s, len, &at) == 0 || at != 0)
		return 0;
	nian = lp_find3(s, len, "年") + 3;
	return nian < s + len &&
		lp_words_prefix(LP_W_YEAR_HEADING_END, nian, (size_t) (s + len - nian)) ==
		(size_t) (s + len - nian);
}

/*
 * A role's word and a year, nothing else ("回顾2017年", "展望2018年", or
 * "【回顾2021年】": the parts of a news page's box of figures, whose lines
 * carry no punctuation): a heading though the line before ends no sentence.
 */
static int
is_role_year_line(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				n;

	lp_trim(s, &a, &b);
	/* in a news app's black lenticular brackets ("【回顾2021年】"): a short line
	 * above it (a caption, "图片") may end no sentence */
	if (b - a > 6 && lp_at(s, b, a, "【") && lp_at(s, b, b - 3, "】"))
	{
		a += 3;
		b -= 3;
	}
	n = lp_words_prefix(LP_W_ROLE_TARGETS, s + a, b - a);
	if (n == 0)
		n = lp_words_prefix(LP_W_ROLE_REVIEW, s + a, b - a);
	a += n;
	return n > 0 && b - a == 4 + 3 && lp_find_year(s + a, b - a, NULL) > 0 && lp_at(s, b, a + 4, "年");
}

/* The first line after line li that is not blank (nlines: none), trimmed to [*a, *b). */
static size_t
next_text_line(const char *text, const lp_line *lines, size_t nlines, size_t li, size_t *a, size_t *b)
{
	size_t		k;

	*a = *b = 0;
	for (k = li + 1; k < nlines; k++)
	{
		*a = 0;
		*b = lines[k].end - lines[k].start;
		lp_trim(text + lines[k].start, a, b);
		if (*a < *b)
			break;
	}
	return k;
}

/*
 * Does a bullet or a numbered item open the first line after line li that is
 * not blank, or is that line an item with no mark, a name and its figure?  A
 * box's items do ("今年目标" ⏎ "◆地区生产总值增长6%左右", "【2025年目标】" ⏎
 * "地区生产总值增长6%左右", "6%左右" ⏎ "地区生产总值增长"); a table set a cell a line does not ("2025年目标"
 * ⏎ "2025年完成" ⏎ "6").
 */
static int
item_follows(const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	size_t		a,
				b,
				numlen,
				k = next_text_line(text, lines, nlines, li, &a, &b);
	const char *s = text + (k < nlines ? lines[k].start : 0);
	int			ordinal;

	/* a card giving the figure first ("6%左右" ⏎ "地区生产总值增长") is one too */
	return k < nlines &&
		(lp_words_prefix(LP_W_LIST_BULLET, s + a, b - a) > 0 ||
		 heading_shape(s + a, b - a, &numlen, &ordinal) > 0 ||
		 lp_box_figure_line(s + a, b - a) ||
		 lp_figure_first_next(text, lines, nlines, k) > 0 ||
		 lp_figure_first_line(s, a, b));
}

#define PROSE_CHARS 10			/* a line of prose under a year: "全市经济总体平稳、稳中有进" */

/*
 * Is the first line after line li that is not blank a line of prose, ten
 * characters or more not opened by a digit?  A year alone heads such
 * lines; a table's header cell does not ("2025年" ⏎ "2026年预期目标",
 * "2025年" ⏎ "±%", "2025年" ⏎ "计划").
 */
static int
prose_follows(const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	size_t		a,
				b,
				k = next_text_line(text, lines, nlines, li, &a, &b);
	const char *s = text + (k < nlines ? lines[k].start : 0);

	return k < nlines && !(s[a] >= '0' && s[a] <= '9') && lp_utf8_chars(s + a, b - a) >= PROSE_CHARS;
}

static int
has_comma_and_digit(const char *s, size_t len)
{
	size_t		i;
	int			digit = 0,
				comma = 0;

	for (i = 0; i < len; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
			digit = 1;
		else if (s[i] == ',' || (i + 3 <= len && lp_same(s + i, "\xEF\xBC\x8C", 3)))
			comma = 1;
	}
	return digit && comma;
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
	/* a card's number on its own line ("01" over "2024年主要预期目标" in WeChat copy) */
	if (b - a <= 2 && s[a] >= '0' && s[a] <= '9' && (b - a == 1 || (s[a + 1] >= '0' && s[a + 1] <= '9')))
		return 1;
	/* an item of a digest box ("6.69万人稳定脱贫,53个村退出贫困行列" over
	 * "展望2018年"): a clause with a figure, not the first half of a title */
	if (has_comma_and_digit(s + a, b - a))
		return 1;
	p = b - 1;
	while (p > a && (((unsigned char) s[p]) & 0xC0) == 0x80)
		p--;
	return lp_words_prefix(LP_W_SENTENCE_PUNCT, s + p, b - p) > 0 ||
		lp_words_prefix(LP_W_BLOCK_END, s + p, b - p) > 0;
}

/*
 * The level of a year alone on its line: the level of a year alone open
 * above it (the next year's block ends the last's), else one below the
 * deepest open heading (it divides that heading's part).
 */
static int
year_line_level(const long *open, const unsigned char *year_line)
{
	int			d = MAX_LEVEL;

	while (d > 0 && open[d] < 0)
		d--;
	if (d > 0 && year_line[d])
		return d;
	return d < DEEPEST_LEVEL ? d + 1 : DEEPEST_LEVEL;
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

/*
 * Is line li, t[0, len) trimmed, a plain title heading a part ("2024年工作
 * 安排")?  Not the second half of a title broken over lines ("及2023年…计划
 * 草案的报告"), and only where a block ended before it.
 */
static int
plain_title_heading(const char *text, const lp_line *lines, size_t li, const char *t, size_t len)
{
	return is_plain_title_line(t, len) && lp_words_prefix(LP_W_TITLE_SECOND_HALF, t, len) == 0 &&
		(role_of(t, len) != LP_ROLE_OTHER || is_year_heading(t, len) || lp_is_year_slogan(t, len)) &&
		(li == 0 || lp_words_prefix(LP_W_LIST_BULLET, t, len) > 0 || is_role_year_line(t, len) ||
		 lp_is_year_slogan(t, len) ||
		 ends_block(text + lines[li - 1].start, lines[li - 1].end - lines[li - 1].start));
}

void
lp_parse_sections_lines(const char *text, const lp_line *lines, size_t nlines,
						lp_sections *out)
{
	size_t		li;
	long		open[MAX_LEVEL + 1];	/* index of the open section per level */
	int			last_ordinal[MAX_LEVEL + 1];
	unsigned char year_line[MAX_LEVEL + 1];	/* is the open section a year alone? */
	int			lvl,
				under_title = 0,	/* numbered headings below a plain title nest in it */
				numbered_top = 0;	/* … unless the parts are numbered ("一、") */

	for (lvl = 0; lvl <= MAX_LEVEL; lvl++)
	{
		open[lvl] = -1;
		last_ordinal[lvl] = 0;
		year_line[lvl] = 0;
	}
	for (li = 0; li < nlines; li++)
	{
		const char *s = text + lines[li].start;
		size_t		slen = lines[li].end - lines[li].start,
					numlen = 0,
					hs,
					he;
		int			ordinal = 0,
					alone = 0,
					level = heading_shape(s, slen, &numlen, &ordinal);
		lp_role		box = LP_ROLE_OTHER;
		lp_section	sec;

		if ((li & 1023) == 0)
			LP_CHECK_INTERRUPTS();
		if (level == 0)
		{
			size_t		ts = 0,
						te = slen;

			lp_trim(s, &ts, &te);
			/* (a line opening with a bullet, "■ 2024年成绩单", is no title's second half:
			 * the blank lines of a digest may have been collapsed) */
			if ((box = lp_box_heading_role(s + ts, te - ts)) != LP_ROLE_OTHER &&
				!item_follows(text, lines, nlines, li))
				box = LP_ROLE_OTHER;
			/* "2029年" alone on its line: the period of the lines under it, one
			 * level below the heading open above it (the year before's block
			 * is closed by it) */
			if (box == LP_ROLE_OTHER && (alone = lp_is_year_alone_line(s + ts, te - ts)) &&
				(item_follows(text, lines, nlines, li) || prose_follows(text, lines, nlines, li)))
				level = year_line_level(open, year_line);
			else if (box != LP_ROLE_OTHER || plain_title_heading(text, lines, li, s + ts, te - ts) ||
					 lp_role_year_caption(s + ts, te - ts))
			{
				level = 1;
				/* not the document's title ("…2020年工作总结和2021年工作思路"), even
				 * repeated below a notice's head: it names a review and a plan */
				under_title = !numbered_top && li > 0 &&
					!(lp_words_any(LP_W_ROLE_REVIEW, s + ts, te - ts) &&
					  (lp_words_any(LP_W_ROLE_TASKS, s + ts, te - ts) ||
					   lp_words_any(LP_W_ROLE_TARGETS, s + ts, te - ts)));
			}
			else
				continue;
		}
		/* "二〇〇九年工作安排⏎…⏎一、全力保增长。…": the items of the part */
		else if (under_title && level < DEEPEST_LEVEL)
			level++;
		else if (level == 1)
			numbered_top = 1;
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
		/* a paragraph opened by a heading ("1.经济运行。聚焦年度目标任务，…"):
		 * its role and period are the heading's, the words before the first
		 * 。 (not "比2020年分别下降65.3%" further on) */
		{
			const char *stop = lp_find3(s + hs, he - hs, "。");
			size_t		hl = stop ? (size_t) (stop - (s + hs)) : he - hs;
			int			y;

			sec.role = box != LP_ROLE_OTHER ? box : first_clause_role(s + hs, hl);
			if (lp_find_year(s + hs, hl, NULL) || lp_has_period_word(s + hs, hl))
				lp_period_of(s + hs, hl, 0, sec.period, sizeof(sec.period));
			/* "2024 新青岭 开新局": a year with no 年 */
			if (sec.period[0] == '\0' && lp_is_year_slogan(s + hs, hl))
				snprintf(sec.period, sizeof(sec.period), "%.4s", s + hs);
			/* "2028 青禾答卷", "2029任务清单": a role's heading led by a bare year */
			if (sec.period[0] == '\0' && sec.role != LP_ROLE_OTHER &&
				lp_is_bare_year_heading(s + hs, hl))
				snprintf(sec.period, sizeof(sec.period), "%.4s", s + hs);
			/* "回顾2028：奋楫争先，交出答卷": the caption's year */
			if (sec.period[0] == '\0' && (y = lp_role_year_caption(s + hs, he - hs)) != 0)
				snprintf(sec.period, sizeof(sec.period), "%d", y);
			if (sec.period[0] == '\0' && names_part_alone(s + hs, hl))
				lp_period_suffix(s + hs, hl, sec.part, sizeof(sec.part));
		}
		push_section(out, &sec);
		open[level] = (long) out->n - 1;
		year_line[level] = (unsigned char) alone;
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
