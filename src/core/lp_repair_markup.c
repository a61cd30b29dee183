/*
 * lp_repair_markup.c — markup inside a line: HTML tags and entities, the
 * rest of a closing tag whose "<" went into a lost character ("�/strong>"),
 * and the inline cuts of chrome.tsv ("[bookmark: _GoBack]").
 *
 * The line is copied to the output byte by byte, and each rule looks only
 * at the end of the output: a '>' may end a tag, a ';' an entity, the last
 * byte of a cut's closing text a cut.  What a rule removes or decodes
 * changes the end, and the rules look again, so one pass reaches what
 * repeated passes would ("&amp;lt;b&amp;gt;" goes whole, so does
 * "[book[bookmark: x]mark: y]") and no text is scanned twice: the work is
 * linear in the line and the result holds no markup to remove.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp_data.h"
#include "lp_repair.h"
#include "lp_text.h"

#include <stdlib.h>
#include <string.h>

#define FFFD_UTF8 "\xEF\xBF\xBD"
#define TAG_MAX 512				/* bytes of a tag, "<" and ">" included */
#define ENTITY_MAX 13			/* "&#1114111111;" */
#define NONE ((size_t) -1)

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* named entities of norm_html_entities.tsv, loaded on first use */
#define MAX_ENTITIES 128
typedef struct html_entity
{
	char		name[12];
	uint32_t	cp;
} html_entity;
static html_entity entities[MAX_ENTITIES];
static volatile int n_entities = -1;

static void
load_entities(void)
{
	lp_data_iter it;
	int			cnt = 0;

	lp_data_open(&it, LP_DATA_NORM_HTML_ENTITIES);
	while (lp_data_next(&it, NULL) > 0)
	{
		if (cnt == MAX_ENTITIES)
			lp_data_row_error(&it, NULL, "more than %d entities", MAX_ENTITIES);
		/* the schema bounds the name (11 bytes) and the code point */
		memcpy(entities[cnt].name, it.row.f[0], it.row.len[0]);
		entities[cnt].name[it.row.len[0]] = '\0';
		entities[cnt].cp = (uint32_t) it.row.val[1];
		cnt++;
	}
	n_entities = cnt;			/* last: the table is complete */
}

/* Decode the entity s[0, n) ("&amp;", "&#20013;", "&#x4E2D;") into cp. */
static int
entity_value(const char *s, size_t n, uint32_t *cp)
{
	size_t		i;
	int			k;

	if (n < 4 || s[0] != '&' || s[n - 1] != ';')
		return 0;
	if (s[1] == '#')
	{
		uint32_t	v = 0;
		int			hex = (s[2] == 'x' || s[2] == 'X');
		size_t		digits = 0;

		for (i = hex ? 3 : 2; i < n - 1 && i < 12; i++)
		{
			char		c = s[i];
			int			d;

			if (c >= '0' && c <= '9')
				d = c - '0';
			else if (hex && c >= 'a' && c <= 'f')
				d = c - 'a' + 10;
			else if (hex && c >= 'A' && c <= 'F')
				d = c - 'A' + 10;
			else
				return 0;
			v = v * (hex ? 16 : 10) + d;
			digits++;
		}
		if (digits == 0 || i != n - 1 || v == 0 || v > 0x10FFFF ||
			(v >= 0xD800 && v <= 0xDFFF) || v == '\n')
			return 0;
		*cp = v;
		return 1;
	}
	if (n_entities < 0)
		load_entities();
	if (n - 2 >= sizeof(entities[0].name))
		return 0;
	for (i = 1; i < n - 1; i++)
		if (!is_alpha(s[i]))
			return 0;
	for (k = 0; k < n_entities; k++)
		if (strlen(entities[k].name) == n - 2 && memcmp(entities[k].name, s + 1, n - 2) == 0)
		{
			*cp = entities[k].cp;
			return 1;
		}
	return 0;
}

typedef struct markup
{
	lp_buf	   *out;
	size_t		start;			/* the line starts at out->data + start */
	int			line;
	lp_repairs *reps;
	const lp_chrome_cut *cuts;
	size_t		ncuts;
	size_t		open[LP_MAX_CHROME_CUTS];	/* first unclosed opening of each cut */
	int			changed;
	int			bbcode;			/* the line holds a forum tag */
} markup;

/* Drop the output from at on; openings in the dropped text are gone. */
static void
cut_back(markup *m, size_t at)
{
	size_t		k;

	m->out->len = at;
	m->out->data[at] = '\0';
	for (k = 0; k < m->ncuts; k++)
		if (m->open[k] != NONE && m->open[k] + m->cuts[k].open_len > at)
			m->open[k] = NONE;
	m->changed = 1;
}

/* The output ends with '>': drop the tag it closes ("<br>", "</p>", "<!-- -->"). */
static int
drop_tag(markup *m)
{
	const char *o = m->out->data;
	size_t		end = m->out->len,
				lt,
				i;

	/* the last '<' before it, with no other '>' between */
	for (i = end - 1; i > m->start && end - (i - 1) <= TAG_MAX; i--)
	{
		char		c = o[i - 1];

		if (c == '>')
			return 0;
		if (c == '<')
			break;
	}
	if (i == m->start || o[i - 1] != '<' || end - (i - 1) > TAG_MAX)
		return 0;
	lt = i - 1;
	i = lt + 1;
	if (o[i] == '/')
		i++;
	if (i >= end - 1 || !(is_alpha(o[i]) || (o[i] == '!' && i == lt + 1)))
		return 0;
	lp_repair_add(m->reps, "html", m->line, o + lt, end - lt, "", 0);
	cut_back(m, lt);
	return 1;
}

/* The output ends with ']': drop the forum tag it closes ("[b]", "[/size]"). */
static int
drop_bbcode(markup *m)
{
	size_t		at = lp_bbcode_tag_start(m->out->data, m->start, m->out->len);

	if (at == NONE)
		return 0;
	lp_repair_add(m->reps, "bbcode", m->line, m->out->data + at, m->out->len - at, "", 0);
	cut_back(m, at);
	return 1;
}

/* The output ends with "�/strong>": the "<" went into the lost character. */
static int
drop_damaged_tag(markup *m)
{
	const char *o = m->out->data;
	size_t		end = m->out->len,
				i = end - 1;

	while (i > m->start && end - 1 - i < 15 && is_alpha(o[i - 1]))
		i--;
	if (i == end - 1 || i == m->start || o[i - 1] != '/' || i - 1 < m->start + 3 ||
		memcmp(o + i - 4, FFFD_UTF8, 3) != 0)
		return 0;
	lp_repair_add(m->reps, "html", m->line, o + i - 1, end - (i - 1), "", 0);
	cut_back(m, i - 1);
	return 1;
}

/*
 * The output ends with ';': decode the entity it ends into tmp (a zero-width
 * character decodes to nothing).  Returns the bytes to push, -1 if no entity.
 */
static int
decode_entity(markup *m, char *tmp)
{
	const char *o = m->out->data;
	size_t		end = m->out->len,
				i;
	uint32_t	cp;
	int			tl;

	for (i = end - 1; i > m->start && end - (i - 1) <= ENTITY_MAX; i--)
		if (o[i - 1] == '&')
			break;
	if (i == m->start || o[i - 1] != '&' || !entity_value(o + i - 1, end - (i - 1), &cp))
		return -1;
	tl = (lp_char_class(cp) & LP_CC_ZW) ? 0 : lp_utf8_put(tmp, cp);
	lp_repair_add(m->reps, "html", m->line, o + i - 1, end - (i - 1), tmp, tl);
	cut_back(m, i - 1);
	return tl;
}

static int
ends_with(const lp_buf *b, size_t from, const char *s, size_t n)
{
	return b->len - from >= n && memcmp(b->data + b->len - n, s, n) == 0;
}

/*
 * A note that a base year holds below ("比2012年（下同）增长47.7%；固定资产
 *投资…，增长125.1%") is no chrome: it makes the growths after it growths
 * since that year (lp_mention_base_note.c), so it stays in the text.
 */
static int
base_year_note(const markup *m, const lp_chrome_cut *cut, size_t at)
{
	const char *o = m->out->data;

	/* a year in digits before it ("比上年（下同）" stays a note of the subject's) */
	return at >= m->start + 4 && memcmp(o + at - 3, "年", 3) == 0 && o[at - 4] >= '0' && o[at - 4] <= '9' &&
		memmem(cut->open, cut->open_len, "下同", 6) != NULL;
}

/* After byte c: does the output end a cut (drop it) or open one? */
static void
check_cuts(markup *m, char c)
{
	size_t		k;

	for (k = 0; k < m->ncuts; k++)
	{
		const lp_chrome_cut *cut = &m->cuts[k];

		if (m->open[k] == NONE)
		{
			if (c == cut->open[cut->open_len - 1] &&
				ends_with(m->out, m->start, cut->open, cut->open_len))
				m->open[k] = m->out->len - cut->open_len;
		}
		else if (c == cut->close[cut->close_len - 1] &&
				 ends_with(m->out, m->open[k] + cut->open_len, cut->close, cut->close_len))
		{
			size_t		at = m->open[k];

			if (base_year_note(m, cut, at))
			{
				m->open[k] = NONE;
				continue;
			}

			lp_repair_add(m->reps, "chrome", m->line, m->out->data + at, m->out->len - at, "", 0);
			cut_back(m, at);
			return;
		}
	}
}

static void
push(markup *m, char b)
{
	char		queue[4];
	int			qn = 1,
				qi = 0;

	queue[0] = b;
	while (qi < qn)
	{
		char		c = queue[qi++];
		int			tl;

		lp_buf_putc(m->out, c);
		if (c == '>' && (drop_tag(m) || drop_damaged_tag(m)))
			continue;
		if (c == ']' && m->bbcode && drop_bbcode(m))
			continue;
		if (c == ';' && (tl = decode_entity(m, queue)) >= 0)
		{
			/* the decoded character is pushed in turn ("&amp;lt;" → "&lt;" → "<") */
			qn = tl;
			qi = 0;
			continue;
		}
		check_cuts(m, c);
	}
}

/* Do cuts a and b open with the same three bytes (both three or more)? */
static int
same_prefix(const lp_chrome_cut *a, const lp_chrome_cut *b)
{
	return a->open_len >= 3 && b->open_len >= 3 && memcmp(a->open, b->open, 3) == 0;
}

/*
 * Does an opening of cuts[k..ncuts) sharing cuts[k]'s first three bytes
 * occur in in?  Each place those bytes occur (lp_find3) is compared with
 * every such opening: one search for them all (three openings start with
 * "（", whose lead byte every full-width comma has).
 */
static int
prefix_group_in(const char *in, size_t n, const lp_chrome_cut *cuts, size_t ncuts, size_t k)
{
	const char *end = in + n,
			   *p;
	size_t		j;

	for (p = (lp_find3) (in, n, cuts[k].open); p != NULL;
		 p = (lp_find3) (p + 1, (size_t) (end - p - 1), cuts[k].open))
		for (j = k; j < ncuts; j++)
			if (same_prefix(&cuts[j], &cuts[k]) && (size_t) (end - p) >= cuts[j].open_len &&
				memcmp(p, cuts[j].open, cuts[j].open_len) == 0)
				return 1;
	return 0;
}

/*
 * Can a rule apply at all?  (Most lines the scan sends here have a '[' or
 * a '(' only: a pinyin gloss, a note.)  The openings are looked for by
 * their first three bytes (lp_find3), not with memmem, which builds its
 * tables for the needle at every call: a line with a '(' asked nine times.
 */
static int
has_markup(const char *in, size_t n, const lp_chrome_cut *cuts, size_t ncuts, unsigned int hints)
{
	size_t		k,
				j;

	if (!(hints & LP_MARKUP_NO_TAG) &&
		(memchr(in, '<', n) || memchr(in, '&', n) || lp_find_lit(in, n, FFFD_UTF8 "/", 4)))
		return 1;
	for (k = 0; k < ncuts; k++)
	{
		/* the caller knows the line has no '(' or no '[' */
		if ((cuts[k].open[0] == '(' && (hints & LP_MARKUP_NO_PAREN)) ||
			(cuts[k].open[0] == '[' && (hints & LP_MARKUP_NO_BRACKET)))
			continue;
		if (cuts[k].open_len < 3)
		{
			if (memmem(in, n, cuts[k].open, cuts[k].open_len) != NULL)
				return 1;
			continue;
		}
		for (j = 0; j < k && !same_prefix(&cuts[j], &cuts[k]); j++)
			;
		if (j == k && prefix_group_in(in, n, cuts, ncuts, k))
			return 1;			/* (j < k: looked for with cuts[j]) */
	}
	return 0;
}

int
lp_fix_markup(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps,
			  unsigned int hints)
{
	unsigned int iter = 0;
	markup		m;
	size_t		i;

	m.cuts = lp_chrome_cuts(&m.ncuts);
	m.bbcode = !(hints & LP_MARKUP_NO_BRACKET) && memchr(in, '[', n) != NULL && lp_bbcode_in(in, n);
	if (!m.bbcode && !has_markup(in, n, m.cuts, m.ncuts, hints))
		return 0;
	m.out = out;
	m.start = out->len;
	m.line = line;
	m.reps = reps;
	for (i = 0; i < m.ncuts; i++)
		m.open[i] = NONE;
	m.changed = 0;
	lp_buf_reserve(out, n);
	for (i = 0; i < n; i++)
	{
		LP_LOOP_CHECK(iter);
		push(&m, in[i]);
	}
	if (!m.changed)
	{
		out->len = m.start;
		if (out->data)
			out->data[m.start] = '\0';
		return 0;
	}
	return 1;
}
