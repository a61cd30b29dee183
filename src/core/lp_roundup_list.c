/*
 * lp_roundup_list.c — figures a 分别 list gives to regions listed before it.
 *
 * A roundup of the provinces states several regions' figures in one
 * sentence: "西藏、重庆、贵州2016年GDP增速分别为11.5%、10.7%和10.5%", or names
 * them in the sentence before and goes on with a count of them ("西藏、重庆、
 * 贵州稳坐第一梯队。三地2016年GDP增速预计分别为…").  One indicator, one
 * period, one value a region: each figure is its region's (facts.region, in
 * the headline's key), as a roundup by paragraphs gives its blocks'.  The
 * regions are a list of names (lp_region_name_major) parted by 、, 和, 与 or
 * 及, as many as the figures; otherwise nothing is given.
 */
#include "lp.h"
#include "lp_fact.h"
#include "lp_region.h"
#include "lp_roundup.h"
#include "lp_text.h"

#include <string.h>

#define LIST_MAX 8					/* regions of one list */
#define NAME_MAX_HANZI 6			/* hanzi of the longest name tried */

typedef struct region_list
{
	size_t		at[LIST_MAX];
	size_t		len[LIST_MAX];
	int			n;
} region_list;

/* The length of the region's name at s[i, b) (longest first, two hanzi at least), or 0. */
static size_t
name_at(const char *s, size_t i, size_t b)
{
	return i < b ? lp_region_name_longest(s + i, b - i, NAME_MAX_HANZI * 3, 1) : 0;
}

/* Does s[a, b) part two names of a list (、, 和, 与, 及)? */
static int
list_mark(const char *s, size_t a, size_t b)
{
	return b == a + 3 && (lp_at(s, b, a, "、") || lp_at(s, b, a, "和") || lp_at(s, b, a, "与") ||
						  lp_at(s, b, a, "及"));
}

/* The longest list of two regions or more named in s[a, b) (out->n 0 when none). */
static void
longest_list(const char *s, size_t a, size_t b, region_list *out)
{
	region_list cur = {{0}, {0}, 0};
	size_t		i = a,
				end = a;

	out->n = 0;
	while (i < b)
	{
		int			cl;
		size_t		n = name_at(s, i, b);

		if (n == 0)
		{
			(void) lp_utf8_next(s + i, b - i, &cl);
			i += cl > 0 ? (size_t) cl : 1;
			continue;
		}
		if (cur.n > 0 && !list_mark(s, end, i))
			cur.n = 0;
		if (cur.n < LIST_MAX)
		{
			cur.at[cur.n] = i;
			cur.len[cur.n++] = n;
		}
		end = i + n;
		if (cur.n >= 2 && cur.n > out->n)
			*out = cur;
		i += n;
	}
}

/* The byte of character ch of s[0, len). */
static size_t
byte_of_char(const char *s, size_t len, int ch)
{
	size_t		p = 0;
	int			k,
				cl;

	for (k = 0; k < ch && p < len; k++)
	{
		(void) lp_utf8_next(s + p, len - p, &cl);
		p += cl > 0 ? (size_t) cl : 1;
	}
	return p;
}

/* The start of the sentence holding byte p of s: after the 。！？ before it. */
static size_t
sentence_start(const char *s, size_t p)
{
	while (p >= 3 && !lp_at(s, p, p - 3, "。") && !lp_at(s, p, p - 3, "！") &&
		   !lp_at(s, p, p - 3, "？"))
		p--;
	return p < 3 ? 0 : p;
}

/* Does s[a, b) open with a count of places ("三地", "两省", "这三个省份")? */
static int
opens_with_count(const char *s, size_t a, size_t b)
{
	static const char *const counts[] = {"两", "二", "三", "四", "五", "六", "七", "八"};
	static const char *const places[] = {"地", "省", "市", "个省份", "个省", "个城市", "城"};
	size_t		k,
				j;

	if (lp_at(s, b, a, "这"))
		a += 3;
	for (k = 0; k < sizeof(counts) / sizeof(counts[0]); k++)
		if (lp_at(s, b, a, counts[k]))
			for (j = 0; j < sizeof(places) / sizeof(places[0]); j++)
				if (lp_at(s, b, a + 3, places[j]))
					return 1;
	return 0;
}

/* Are x and y figures of one quantity in one list (same line, indicator, measure, period)? */
static int
same_quantity(const lp_fact *x, const lp_fact *y)
{
	return y->line == x->line && y->has_quantity && y->indicator != NULL && y->region == NULL &&
		strcmp(y->indicator, x->indicator) == 0 && y->measure == x->measure &&
		strcmp(y->period, x->period) == 0;
}

/* Give facts [i, i + n) of the line s[0, len) the regions listed before their 分别; 1 if given. */
static int
give_regions(lp_facts *out, size_t i, int n, const char *s, size_t len)
{
	size_t		p = byte_of_char(s, len, out->items[i].span_start),
				a = sentence_start(s, p),
				fb;
	const char *fenbie = NULL;
	region_list list;
	int			k;

	for (fb = a; fb + 6 <= p; fb++)
		if (lp_at(s, p, fb, "分别"))
		{
			fenbie = s + fb;
			break;
		}
	if (fenbie == NULL)
		return 0;
	longest_list(s, a, fb, &list);
	/* "三地…分别为": the regions of the sentence before */
	if (list.n == 0 && a >= 3 && opens_with_count(s, lp_skip_space(s, fb, a), fb))
		longest_list(s, sentence_start(s, a - 3), a, &list);
	if (list.n != n)
		return 0;
	for (k = 0; k < n; k++)
		out->items[i + (size_t) k].region = lp_pool_copy(out, s + list.at[k], list.len[k]);
	return 1;
}

void
lp_roundup_listed_regions(lp_facts *out, size_t from, const char *text,
						  const lp_line *lines, size_t nlines)
{
	size_t		i = from;

	while (i < out->n)
	{
		lp_fact    *f = &out->items[i];
		size_t		j = i + 1,
					len,
					a;
		const char *s;

		LP_CHECK_INTERRUPTS();
		if (!f->has_quantity || f->indicator == NULL || f->region != NULL || f->line < 1 ||
			(size_t) f->line > nlines)
		{
			i++;
			continue;
		}
		s = text + lines[f->line - 1].start;
		len = lines[f->line - 1].end - lines[f->line - 1].start;
		a = sentence_start(s, byte_of_char(s, len, f->span_start));
		/* the figures of f's sentence */
		while (j < out->n && j - i < LIST_MAX && same_quantity(f, &out->items[j]) &&
			   sentence_start(s, byte_of_char(s, len, out->items[j].span_start)) == a)
			j++;
		if (j - i >= 2)
			(void) give_regions(out, i, (int) (j - i), s, len);
		i = j;
	}
}
