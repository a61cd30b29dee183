/*
 * lp_wrap_cut.c — a line break inside a name or right after a value: the
 * next line goes on with the line, whatever its width.
 *
 * A PDF copy breaks its lines anywhere: inside the name of an indicator
 * ("规模以上" / "工业增加值增长8.5%", "预计全年地区生" / "产总值增长"), and
 * one that sets each figure on a line of its own breaks after the figure
 * too ("3.5%" / "左右。", "10.2%" / "、" / "9.2%" / ",分别提高").  No
 * heading, list item or table row ends with the first part of a name, and
 * none starts with a clause mark or with the qualifier of a value before
 * it: such a line goes on with the line before it.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_qty.h"
#include "lp_text.h"
#include "lp_words.h"
#include "lp_wrap_int.h"

#include <string.h>

#define CUT_BACK 6				/* characters of the line a cut name may start in */
#define CUT_AHEAD 48			/* bytes of the next line read after the break */

/*
 * Does the name of an indicator start among the last characters of the
 * line s[a, b) and end on the next line n[na, nb)?
 */
int
lp_wrap_cuts_name(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb)
{
	char		joined[CUT_BACK * 4 + CUT_AHEAD];
	size_t		from = b,
				head,
				tail = 0,
				m;
	int			j;

	if (na >= nb)
		return 0;
	for (j = 0; j < CUT_BACK && from > a; j++)
	{
		from = lp_prev_char(s, from);
		head = b - from;
		if ((unsigned char) s[from] < 0x80)
			return 0;			/* a name is cut between hanzi */
		if (!lp_indicator_may_open(s + from, head))
			continue;			/* no name or flow word starts with it: most places */
		if (tail == 0)
		{
			/* the next line's first characters, whole: read once */
			while (na + tail < nb)
			{
				size_t		next = tail + 1;

				while (na + next < nb && lp_utf8_cont(n[na + next]))
					next++;
				if (next > CUT_AHEAD)
					break;
				tail = next;
			}
			if (tail == 0)
				return 0;
		}
		memcpy(joined, s + from, head);
		memcpy(joined + head, n + na, tail);
		if (lp_indicator_by_prefix(joined, head + tail, &m) != NULL && m > head)
			return 1;
	}
	return 0;
}

/*
 * Does a qualifier word start among the last two characters of the line
 * s[a, b), the whole line or right after a figure, and end on the next line
 * n[na, nb)?  A PDF copy cuts one as it cuts a name ("增长4%" / "左" /
 * "右，城镇居民…"; h-read100).
 */
int
lp_wrap_cuts_qualifier(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb)
{
	char		joined[2 * 4 + 12];
	size_t		from = b,
				head,
				tail = nb - na < 12 ? nb - na : 12,
				wlen;
	lp_qualifier q;
	int			j;

	for (j = 0; j < 2 && from > a && na < nb; j++)
	{
		unsigned char before;

		from = lp_prev_char(s, from);
		head = b - from;
		if ((unsigned char) s[from] < 0x80 || head > 8)
			return 0;
		before = from > a ? (unsigned char) s[from - 1] : '0';
		if (!((before >= '0' && before <= '9') || before == '%'))
			continue;
		memcpy(joined, s + from, head);
		memcpy(joined + head, n + na, tail);
		if (lp_qualword_at(joined, head + tail, 0, LP_QP_SUFFIX, &q, &wlen) && wlen > head)
			return 1;
	}
	return 0;
}

/*
 * Does the line n[na, nb) open with a clause mark (，、；。 or ASCII , ;)?
 * No block starts so, and no running header is one ("、" set alone
 * between two figures on their lines, seen many times).
 */
int
lp_wrap_opens_with_clause_mark(const char *n, size_t na, size_t nb)
{
	return na < nb && (n[na] == ',' || n[na] == ';' || lp_at(n, nb, na, "，") ||
					   lp_at(n, nb, na, "、") || lp_at(n, nb, na, "；") || lp_at(n, nb, na, "。"));
}

#define LEVEL_UNIT_BACK 12		/* bytes of a level's unit at a line's end: 亿元, 万亿元 */

/*
 * Does s[a, b) end with a level and its unit after an indicator's name
 * ("完成地方一般公共预算收入33.2亿元")?
 */
static int
ends_with_named_level(const char *s, size_t a, size_t b)
{
	size_t		u = b,
				k,
				ulen;

	while (u > a && b - u < LEVEL_UNIT_BACK && !(s[u - 1] >= '0' && s[u - 1] <= '9'))
		u = lp_prev_char(s, u);
	if (u == b || u == a || !(s[u - 1] >= '0' && s[u - 1] <= '9') ||
		!(lp_magnitude_at(s, b, u, &ulen) ? lp_unit_at(s, b, u + ulen, &k) && u + ulen + k == b :
		  lp_unit_at(s, b, u, &ulen) && u + ulen == b))
		return 0;
	for (k = u; k > a && ((s[k - 1] >= '0' && s[k - 1] <= '9') || s[k - 1] == '.'); k--)
		;
	return lp_indicator_by_suffix(s + a, k - a) != NULL;
}

/*
 * A digest's line cut after each clause, the growth alone on the line after
 * its level ("完成地方一般公共预算收入33.2亿元" / "增长10.5%"): the line goes on.
 * The next line is the verb and a percentage and nothing else.
 */
static int
growth_after_named_level(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb)
{
	size_t		k = lp_words_prefix(LP_W_GROWTH, n + na, nb - na);

	if (k == 0)
		k = lp_words_prefix(LP_W_DECLINE, n + na, nb - na);
	if (k == 0 || na + k >= nb || n[na + k] < '0' || n[na + k] > '9' || n[nb - 1] != '%')
		return 0;
	for (k += na; k < nb - 1 && ((n[k] >= '0' && n[k] <= '9') || n[k] == '.'); k++)
		;
	return k == nb - 1 && ends_with_named_level(s, a, b);
}

/*
 * Does the next line n[na, nb) open with what only goes on after a figure
 * or inside a clause: a clause mark (，、；。 or ASCII , ;), or, after a line
 * ending with a figure ("3.5%"), the qualifier of its value ("左右", "以上")?
 */
int
lp_wrap_opens_after_value(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb)
{
	unsigned char last;
	lp_qualifier q;
	size_t		wlen;

	if (b <= a || na >= nb)
		return 0;
	if (lp_wrap_opens_with_clause_mark(n, na, nb) || growth_after_named_level(s, a, b, n, na, nb))
		return 1;
	last = (unsigned char) s[b - 1];
	return ((last >= '0' && last <= '9') || last == '%') &&
		lp_qualword_at(n, nb, na, LP_QP_SUFFIX, &q, &wlen);
}

/*
 * Bytes of a page's number glued to the first line of a page by a document
 * site's copy ("2、6.3%、9.2%，增幅全省第一"): one to three digits and 、
 * right before a figure.  0 when n[na, nb) opens with none.
 */
size_t
lp_wrap_page_mark(const char *n, size_t na, size_t nb)
{
	size_t		k = na;

	while (k < nb && k < na + 3 && n[k] >= '0' && n[k] <= '9')
		k++;
	if (k == na || !lp_at(n, nb, k, "、") || k + 3 >= nb || n[k + 3] < '0' || n[k + 3] > '9')
		return 0;
	return k + 3 - na;
}

/*
 * Bytes of a page's number glued to the next line n[na, nb) where line
 * s[a, b) is cut inside a name that goes on after the number: a document
 * site's copy showing its pages as numbered chunks, one a line, the page
 * breaking wherever it falls ("城镇和农" / "3、村居民人均可支配收入…",
 * "社会消费" / "2、品零售总额…").  A list's item never ends on half a
 * name, so its numbering stays.  0 when there is no such number.
 */
size_t
lp_wrap_chunk_mark(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb)
{
	size_t		k = na;

	while (k < nb && k < na + 3 && n[k] >= '0' && n[k] <= '9')
		k++;
	if (k == na || !lp_at(n, nb, k, "、") || k + 3 >= nb ||
		!lp_wrap_cuts_name(s, a, b, n, k + 3, nb))
		return 0;
	return k + 3 - na;
}

/*
 * The line of text after line li when blank lines stand between and it
 * opens with a page's number glued to it (lp_wrap_page_mark): a page break
 * inside a sentence ("分别增长" / "" / "2、6.3%、9.2%").  Its index, *na
 * where its text starts after the number; 0 when there is none.
 */
size_t
lp_wrap_after_page_break(const char *text, const lp_line *lines, size_t nlines, size_t li,
						 size_t *na)
{
	size_t		nj;

	for (nj = li + 1; nj < nlines && nj <= li + 4; nj++)
	{
		const char *n = text + lines[nj].start;
		size_t		a = 0,
					b = lines[nj].end - lines[nj].start,
					m;

		lp_trim(n, &a, &b);
		if (a == b)
			continue;
		if (nj == li + 1 || (m = lp_wrap_page_mark(n, a, b)) == 0)
			return 0;
		*na = a + m;
		return nj;
	}
	return 0;
}

int
lp_wrap_pair_at(const char *text, const lp_line *lines, size_t nlines, size_t li, lp_wrap_pair *p)
{
	if (li + 1 >= nlines)
		return 0;
	p->s = text + lines[li].start;
	p->a = 0;
	p->b = lines[li].end - lines[li].start;
	p->n = text + lines[li + 1].start;
	p->na = 0;
	p->nb = lines[li + 1].end - lines[li + 1].start;
	lp_trim(p->s, &p->a, &p->b);
	lp_trim(p->n, &p->na, &p->nb);
	return p->a < p->b && p->na < p->nb;
}

/* Is line li broken inside a name that line li + 1 ends (lp_wrap_cuts_name)? */
int
lp_wrap_line_cuts_name(const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	lp_wrap_pair p;

	return lp_wrap_pair_at(text, lines, nlines, li, &p) &&
		lp_wrap_cuts_name(p.s, p.a, p.b, p.n, p.na, p.nb);
}

/*
 * Does the clause ending line s[a, b) end on a whole name, and n[na, nb)
 * open with its verb and figure ("…，固定资产投资" / "完成15亿元，…")?  A
 * copy whose lines were cut at about a width (eighty bytes, give or take a
 * few) breaks there too; no paragraph ends on a name after a clause mark.
 */
static int
lp_wrap_ends_on_name(const char *s, size_t a, size_t b, const char *n, size_t na, size_t nb)
{
	size_t		p = b,
				mark = 0,
				v;

	/* the last clause's start: after its mark (the line must hold one) */
	while (p > a)
	{
		size_t		q = lp_prev_char(s, p);
		int			cl;
		uint32_t	cp = lp_utf8_next(s + q, p - q, &cl);

		if (cp == 0xFF0C || cp == 0x3001 || cp == 0xFF1B || cp == ',' || cp == ';')
		{
			mark = p;
			break;
		}
		if (cp < 0x80 || b - q > 48)
			return 0;			/* a name is hanzi, and short */
		p = q;
	}
	if (mark == 0 || b - mark < 6 || lp_indicator_by_suffix(s + mark, b - mark) == NULL)
		return 0;
	v = lp_words_prefix(LP_W_VERB, n + na, nb - na);
	if (v == 0)
		v = lp_words_prefix(LP_W_GROWTH, n + na, nb - na);
	return v > 0 && na + v < nb && n[na + v] >= '0' && n[na + v] <= '9';
}

/* lp_wrap_ends_on_name for line li and the line after it. */
int
lp_wrap_line_ends_on_name(const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	lp_wrap_pair p;

	return lp_wrap_pair_at(text, lines, nlines, li, &p) &&
		lp_wrap_ends_on_name(p.s, p.a, p.b, p.n, p.na, p.nb);
}

/*
 * Is the trimmed line s[a, b) the caption of a chart or a table set on its
 * own line in a bulletin's PDF ("图1 2019—2023年地区生产总值及增速", "表2：…")?
 * Its number, then no clause mark and no sentence end: the caption goes on
 * with no line ("图2 …比重" / "2023年末全县常住人口为198253人。" are two).
 */
int
lp_wrap_caption_line(const char *s, size_t a, size_t b)
{
	size_t		k;

	if (!(lp_at(s, b, a, "图") || lp_at(s, b, a, "表")))
		return 0;
	k = lp_skip_space(s, b, a + 3);
	if (k >= b || s[k] < '0' || s[k] > '9')
		return 0;
	while (k < b && s[k] >= '0' && s[k] <= '9')
		k++;
	if (k - a > 3 + 1 + 2 + 2 || k >= b || lp_at(s, b, k, "、") || lp_at(s, b, k, "．") || s[k] == '.' ||
		s[k] == '%')
		return 0;
	return lp_find3(s + a, b - a, "。") == NULL && lp_find3(s + a, b - a, "，") == NULL &&
		memchr(s + a, ',', b - a) == NULL;
}
