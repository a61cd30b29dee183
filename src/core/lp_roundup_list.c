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
 *
 * A roundup's clause may also set one target for several regions it lists
 * before the figure ("江苏、山东均为5%以上", "甘肃和湖北定在5.5%左右"): each
 * region has the figure (lp_roundup_shared_regions), and the rest of a list
 * the rest's (lp_roundup_rest_regions).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_period.h"
#include "lp_region.h"
#include "lp_roundup.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define LIST_MAX 16					/* regions of one list */
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
		size_t		n = name_at(s, i, b),
					m;

		if (n == 0)
		{
			(void) lp_utf8_next(s + i, b - i, &cl);
			i += cl > 0 ? (size_t) cl : 1;
			continue;
		}
		/* "广东广州、江苏南京": a city after its province is one name */
		if ((m = name_at(s, i + n, b)) > 0)
			n += m;
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

/*
 * Where a fact's character is in its line, walked forward from the line's
 * previous fact (from the line's start for each fact, a line of many
 * figures was read in quadratic time): its byte, the start of its sentence
 * (after the 。！？ before it) and of the sentence before, the last 分别 of
 * its sentence before it and where the list of that 分别 may start (the
 * sentence's start, or the end of the 分别 before: "北京、上海…分别增长5%、6%，
 * 天津、重庆…分别增长3%、4%" has two lists).  A fact before the cursor starts
 * the line again.
 */
#define NONE ((size_t) -1)

typedef struct list_cursor
{
	int			line;
	int			ch;				/* characters passed */
	size_t		p;				/* their bytes */
	size_t		sent,			/* start of the sentence p is in */
				prev_sent,		/* start of the sentence before it (0 if none) */
				fenbie,			/* its last 分别 ending by p, or NONE */
				fenbie_from;	/* where the regions of that 分别 may start */
	/* the regions listed before that 分别, of the sentence and the one before */
	size_t		list_a,
				list_fb;
	region_list list,
				list_before;
} list_cursor;

static void
cursor_to(list_cursor *c, const char *s, size_t len, int lineno, int ch)
{
	if (c->line != lineno || ch < c->ch)
	{
		memset(c, 0, sizeof(*c));
		c->line = lineno;
		c->fenbie = c->list_a = NONE;
	}
	while (c->ch < ch && c->p < len)
	{
		const unsigned char *u = (const unsigned char *) s + c->p;
		int			cl;

		/* ASCII, and a hanzi but 别 (E5 88 AB), end no sentence and no 分别: passed at once */
		if (ch - c->ch >= 5 && len - c->p >= 16 && lp_five_hanzi((const char *) u, 0xAB))
		{
			c->p += 15;
			c->ch += 5;
			continue;
		}
		if (u[0] < 0x80 ||
			(u[0] >= 0xE4 && u[0] <= 0xE9 && len - c->p >= 3 && (u[1] & 0xC0) == 0x80 &&
			 (u[2] & 0xC0) == 0x80 && !lp_same((const char *) u, "别", 3)))
		{
			c->p += u[0] < 0x80 ? 1 : 3;
			c->ch++;
			continue;
		}
		(void) lp_utf8_next(s + c->p, len - c->p, &cl);
		c->p += cl > 0 ? (size_t) cl : 1;
		c->ch++;
		if (c->p >= 3 && (lp_at(s, c->p, c->p - 3, "。") || lp_at(s, c->p, c->p - 3, "！") ||
						  lp_at(s, c->p, c->p - 3, "？")))
		{
			c->prev_sent = c->sent;
			c->sent = c->p;
		}
		else if (c->p >= c->sent + 6 && lp_at(s, c->p, c->p - 6, "分别"))
		{
			c->fenbie_from = c->fenbie != NONE && c->fenbie >= c->sent ? c->fenbie + 6 : c->sent;
			c->fenbie = c->p - 6;
		}
	}
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

/*
 * Are x and y figures of one quantity in one list (same line, indicator,
 * measure, period; or no indicator, and one base unit)?
 */
static int
same_quantity(const lp_fact *x, const lp_fact *y)
{
	return y->line == x->line && y->has_quantity && y->region == NULL &&
		(x->indicator != NULL ? y->indicator != NULL && strcmp(y->indicator, x->indicator) == 0 :
		 y->indicator == NULL && strcmp(y->q.base_unit, x->q.base_unit) == 0) &&
		y->measure == x->measure && strcmp(y->period, x->period) == 0;
}

/*
 * A list of figures of no indicator, in % (facts [i, i + n)), after the
 * sentence s[a, fb) before its 分别 names the target of GDP growth ("广东广州、
 * 江苏南京、安徽合肥…提出今年的经济成长目标，分别为“不低于5%”、“5%以上”与“6%
 * 左右”"): each its region's GDP growth target, a headline row; 1 if so.
 */
static int
unnamed_targets(lp_facts *out, size_t i, int n, const char *s, size_t a, size_t fb)
{
	int			k;

	if (out->items[i].indicator != NULL || strcmp(out->items[i].q.base_unit, "%") != 0 ||
		!lp_roundup_names_target(s + a, fb - a))
		return 0;
	for (k = 0; k < n; k++)
	{
		lp_fact    *f = &out->items[i + (size_t) k];

		f->indicator = lp_pool_copy(out, "gdp", 3);
		f->measure = LP_MEASURE_GROWTH;
		f->status = LP_STATUS_TARGET;
		f->headline = LP_HEADLINE_YES;
	}
	return 1;
}

/*
 * The same of the year before's GDP, in a text of no region of its own
 * ("广西GDP首破3万亿元…。此外，贵州、云南分别站上2万亿元、3万亿元台阶": GDP named
 * before, lp_roundup_result.c): each its region's GDP of the year before; 1 if so.
 */
static int
unnamed_results(lp_facts *out, size_t i, int n, const char *s, size_t a, size_t fb,
				const lp_roundup_year *yr)
{
	const lp_fact *f = &out->items[i];
	int			k;

	if ((yr->own != NULL && yr->own[0] != '\0') ||
		!(strcmp(f->q.base_unit, "元") == 0 && f->measure == LP_MEASURE_LEVEL &&
		  strstr(f->q.unit, "亿") != NULL) || !lp_roundup_names_gdp(s, 0, fb) ||
		lp_words_any(LP_W_TARGET_MARKER, s + a, fb - a) ||
		lp_words_any(LP_W_ROUNDUP_GDP_TARGET, s + a, fb - a) ||
		!lp_roundup_result_year(f, lp_last_year(s, a, fb), yr->targets_year, yr->session))
		return 0;
	for (k = 0; k < n; k++)
		lp_roundup_result_set(out, &out->items[i + (size_t) k], yr->targets_year);
	return 1;
}

/*
 * Give facts [i, i + n) of the line s[0, len) the regions listed before
 * their 分别 (c: at fact i); 1 if given.
 */
static int
give_regions(lp_facts *out, size_t i, int n, const char *s, list_cursor *c,
			 const lp_roundup_year *yr)
{
	size_t		a = c->sent,
				fb = c->fenbie,
				from = c->fenbie_from;
	const region_list *list;
	int			k;

	if (fb == NONE || fb < a)
		return 0;
	if (c->list_a != a || c->list_fb != fb)
	{
		c->list_a = a;
		c->list_fb = fb;
		longest_list(s, from, fb, &c->list);
		c->list_before.n = 0;
		/* "三地…分别为": the regions of the sentence before (for its first 分别) */
		if (c->list.n == 0 && from == a && a >= 3 && opens_with_count(s, lp_skip_space(s, fb, a), fb))
			longest_list(s, c->prev_sent, a, &c->list_before);
	}
	list = c->list.n > 0 ? &c->list : &c->list_before;
	if (list->n != n || (out->items[i].indicator == NULL && !unnamed_targets(out, i, n, s, a, fb) &&
						 !unnamed_results(out, i, n, s, a, fb, yr) &&
						 !lp_roundup_part_results_listed(out, i, n, s, a, fb)))
		return 0;
	for (k = 0; k < n; k++)
		out->items[i + (size_t) k].region = lp_pool_copy(out, s + list->at[k], list->len[k]);
	return 1;
}

void
lp_roundup_listed_regions(lp_facts *out, size_t from, const char *text,
						  const lp_line *lines, size_t nlines, const lp_roundup_year *yr)
{
	size_t		i = from;
	list_cursor c,
				at_i;
	int			asked = 0,		/* the line last asked for a 分别, and its answer */
				has_fenbie = 0;

	memset(&c, 0, sizeof(c));
	while (i < out->n)
	{
		lp_fact    *f = &out->items[i];
		size_t		j = i + 1,
					len;
		const char *s;

		LP_CHECK_INTERRUPTS();
		if (!f->has_quantity || f->region != NULL || f->line < 1 ||
			(size_t) f->line > nlines)
		{
			i++;
			continue;
		}
		s = text + lines[f->line - 1].start;
		len = lines[f->line - 1].end - lines[f->line - 1].start;
		/* a line with no 分别 gives its figures no region: not walked (one search) */
		if (f->line != asked)
		{
			asked = f->line;
			has_fenbie = lp_find_lit(s, len, "分别", 6) != NULL;
		}
		if (!has_fenbie)
		{
			i++;
			continue;
		}
		cursor_to(&c, s, len, f->line, f->span_start);
		at_i = c;
		/* the figures of f's sentence */
		while (j < out->n && j - i < LIST_MAX && same_quantity(f, &out->items[j]))
		{
			cursor_to(&c, s, len, f->line, out->items[j].span_start);
			if (c.sent != at_i.sent || c.fenbie != at_i.fenbie)
				break;
			j++;
		}
		if (j - i >= 2)
		{
			(void) give_regions(out, i, (int) (j - i), s, &at_i, yr);
			/* (its lists, kept for the next facts) */
			if (c.sent == at_i.sent && c.line == at_i.line)
			{
				c.list_a = at_i.list_a;
				c.list_fb = at_i.list_fb;
				c.list = at_i.list;
				c.list_before = at_i.list_before;
			}
		}
		i = j;
	}
}

static void
note_copy(lp_region_copies *c, size_t of, const char *region)
{
	if (c->n == c->cap)
	{
		c->cap = c->cap ? c->cap * 2 : 16;
		c->of = lp_realloc(c->of, c->cap * sizeof(size_t));
		c->region = lp_realloc(c->region, c->cap * sizeof(const char *));
	}
	c->of[c->n] = of;
	c->region[c->n++] = region;
}

void
lp_roundup_shared_regions(lp_region_copies *copies, lp_facts *out, size_t i,
						  const char *s, size_t name, size_t p)
{
	region_list list = {{0}, {0}, 0};
	size_t		at = name,
				n;
	int			k,
				hits = 0,
				which = 0;
	lp_fact    *f = &out->items[i];

	/* the names listed from the clause's first on, parted by 、, 和, 与 or 及 */
	while (list.n < LIST_MAX && (n = name_at(s, at, p)) > 0)
	{
		list.at[list.n] = at;
		list.len[list.n++] = n;
		at += n;
		if (at + 3 > p || !list_mark(s, at, at + 3))
			break;
		at += 3;
	}
	if (list.n < 2)
		return;
	for (k = 0; k < list.n && f->subject != NULL; k++)
		if (memmem(f->subject, strlen(f->subject), s + list.at[k], list.len[k]) != NULL)
		{
			hits++;
			which = k;
		}
	if (hits == 1)
	{
		f->region = lp_pool_copy(out, s + list.at[which], list.len[which]);
		return;
	}
	for (k = 1; k < list.n; k++)
		note_copy(copies, i, lp_pool_copy(out, s + list.at[k], list.len[k]));
}

void
lp_region_copies_place(lp_region_copies *c, lp_facts *out)
{
	size_t		src = out->n,
				dst,
				k = c->n,
				j;

	for (j = 0; j < c->n; j++)
		(void) lp_fact_new(out);
	/* from the end: a fact's copies (in list order) after it; dst > src until all are placed */
	for (dst = out->n; k > 0 && src > 0;)
	{
		src--;
		while (k > 0 && c->of[k - 1] == src)
		{
			out->items[--dst] = out->items[src];
			out->items[dst].region = c->region[--k];
		}
		out->items[--dst] = out->items[src];
	}
	lp_free(c->of);
	lp_free(c->region);
	memset(c, 0, sizeof(*c));
}

/* Where the sentence holding s[at] starts: after the last 。 before it, read back at most REST_BACK bytes. */
#define REST_BACK (LP_MAX_LOOKBACK * 2)

static size_t
sentence_start(const char *s, size_t at)
{
	size_t		a = at > REST_BACK ? lp_prev_char(s, at - REST_BACK + 3) : 0,
				from = a;
	const char *m;

	while (from < at && (m = lp_find3(s + from, at - from, "。")) != NULL)
	{
		from = (size_t) (m - s) + 3;
		a = from;
	}
	return a;
}

int
lp_roundup_rest_regions(lp_region_copies *copies, lp_facts *out, size_t i,
						const char *s, size_t name)
{
	region_list list;
	size_t		end;
	int			k,
				first = -1;

	longest_list(s, sentence_start(s, name), name, &list);
	if (list.n < 3)
		return 0;
	end = list.at[list.n - 1] + list.len[list.n - 1];
	for (k = 0; k < list.n; k++)
	{
		const char *r;

		if (memmem(s + end, name - end, s + list.at[k], list.len[k]) != NULL)
			continue;
		r = lp_pool_copy(out, s + list.at[k], list.len[k]);
		if (first < 0)
		{
			first = k;
			out->items[i].region = r;
		}
		else
			note_copy(copies, i, r);
	}
	return first >= 0;
}
