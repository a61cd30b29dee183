/*
 * lp_repair_chrome.c — page chrome of src/data/chrome.tsv: whole lines
 * (forum buttons, WeChat footers, bare URLs) dropped by lp_fix_chrome, and
 * the inline cuts ("[bookmark: …]") that the markup pass removes
 * (lp_repair_markup.c).  A dropped line becomes empty so line numbers stay
 * those of the source.
 *
 * Whole-line patterns are matched with lp_pattern (linear, locale-free) on
 * lines of at most LP_CHROME_MAX_LINE bytes, so a line costs a bounded
 * amount of work whatever it holds.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp_data.h"
#include "lp_pubdate.h"
#include "lp_repair.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct chrome_line
{
	const char *trigger;		/* into the embedded data */
	size_t		trigger_len;
	lp_pattern *pat;
	uint32_t	first;			/* the trigger's first character */
	int			next;			/* next row whose trigger's first character is in
								 * the same bucket, -1 at the end */
} chrome_line;

/*
 * The triggers a line holds are found in one pass over it (triggers_in),
 * not with one memmem per row: rows are chained in buckets by the first
 * character of their trigger, and each character of the line is compared
 * with the triggers of its bucket only.
 */
#define TRIGGER_BUCKETS 256		/* few characters share one: a line's characters mostly meet an empty bucket */
#define MAX_TRIGGERS 256		/* rows of one scope, for the bitmap of triggers_in */

typedef struct trigger_index
{
	int			bucket[TRIGGER_BUCKETS];	/* first row of each bucket, -1 none */
} trigger_index;

static chrome_line *lines;
static size_t n_lines;
static trigger_index line_index;
static const char *csv_text[LP_MAX_CSV_TEXT];	/* scope csv: text columns */
static size_t csv_text_len[LP_MAX_CSV_TEXT];
static size_t n_csv_text;
static chrome_line *heads;		/* scope list: headers of link lists */
static size_t n_heads,
			cap_heads;
static trigger_index head_index;
static lp_chrome_cut cuts[LP_MAX_CHROME_CUTS];
static size_t n_cuts;
#define MAX_ENDS 16
static chrome_line ends[MAX_ENDS];	/* scope end: a mark ending a line */
static size_t n_ends;

const lp_chrome_cut *
lp_chrome_cuts(size_t *n)
{
	*n = n_cuts;
	return cuts;
}

/* Chain row k (of rows) into the bucket of its trigger's first character. */
static void
index_row(trigger_index *ix, chrome_line *rows, int k)
{
	int			l;
	uint32_t	first = lp_utf8_next(rows[k].trigger, rows[k].trigger_len, &l);
	int		   *at = &ix->bucket[first % TRIGGER_BUCKETS];

	rows[k].first = first;
	rows[k].next = -1;
	while (*at >= 0)			/* at the end: a bucket lists its rows in order */
		at = &rows[*at].next;
	*at = k;
}

static void
index_clear(trigger_index *ix)
{
	int			b;

	for (b = 0; b < TRIGGER_BUCKETS; b++)
		ix->bucket[b] = -1;
}

/*
 * Set bit k of found for each row k of rows whose trigger occurs in t[0,
 * tn) (as memmem would find it: t need not be valid UTF-8).  A trigger
 * starts with a whole character, so it can only start where a character
 * does: every byte that is not a UTF-8 continuation byte is looked at, and
 * a valid multi-byte character is stepped over as one.  first_class, when
 * not 0, is the class the loader marked the first character of every row's
 * trigger with (a BMP one): a 3-byte character without it starts none.
 */
static void
triggers_in(const trigger_index *ix, const chrome_line *rows, const char *t, size_t tn,
			uint16_t first_class, uint64_t *found)
{
	const unsigned char *u = (const unsigned char *) t;
	const uint16_t *cc = lp_cc_bmp;
	size_t		i = 0;

	memset(found, 0, MAX_TRIGGERS / 8);
	while (i < tn)
	{
		int			l,
					k;
		uint32_t	cp;

		/* 3-byte characters none starts (first_class: the class every row's
		 * first character has), passed over inline */
		while (first_class && i + 3 <= tn && lp_u8_three_here(u, i, &cp) &&
			   !(cc[cp] & first_class))
			i += 3;
		if (i >= tn)
			break;
		cp = lp_u8(t + i, tn - i, &l);

		for (k = ix->bucket[cp % TRIGGER_BUCKETS]; k >= 0; k = rows[k].next)
			if (rows[k].first == cp && rows[k].trigger_len <= tn - i &&
				memcmp(t + i, rows[k].trigger, rows[k].trigger_len) == 0)
				found[k / 64] |= UINT64_C(1) << (k % 64);
		i += l;
	}
}

static void
mark_first(uint16_t *cc, const char *s, size_t n, uint16_t bit)
{
	int			l;
	uint32_t	first = lp_utf8_next(s, n, &l);

	if (first < 0x10000)
		cc[first] |= bit;
}

/* An inline row: text from OPEN to the first CLOSE after it is cut. */
static int
add_cut(uint16_t *cc, const char *open, size_t open_len, const char *close, size_t close_len,
		int lineno, lp_error *err)
{
	if (open_len == 0 || close_len == 0)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: an inline row needs an opening and a closing text", lineno);
	if (n_cuts == LP_MAX_CHROME_CUTS)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: more than %d inline rows", lineno, LP_MAX_CHROME_CUTS);
	cuts[n_cuts].open = open;
	cuts[n_cuts].open_len = open_len;
	cuts[n_cuts].close = close;
	cuts[n_cuts].close_len = close_len;
	n_cuts++;
	mark_first(cc, open, open_len, LP_CC_CHROME_IN);
	return LP_OK;
}

static int
add_line(uint16_t *cc, const char *trigger, size_t trigger_len, const char *re, size_t re_len,
		 int lineno, size_t *cap, lp_error *err)
{
	const char *why;
	lp_pattern *pat;

	if (trigger_len == 0)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: a line row needs a trigger", lineno);
	if (n_lines == MAX_TRIGGERS)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: more than %d line rows", lineno, MAX_TRIGGERS);
	pat = lp_pattern_compile(re, re_len, &why);
	if (!pat)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: bad pattern (%s): %.*s",
					   lineno, why, (int) (re_len > 120 ? 120 : re_len), re);
	if (n_lines == *cap)
	{
		chrome_line *nl;

		*cap = *cap ? *cap * 2 : 64;
		nl = realloc(lines, *cap * sizeof(chrome_line));
		if (!nl)
		{
			lp_pattern_free(pat);
			return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory loading chrome.tsv");
		}
		lines = nl;
	}
	lines[n_lines].trigger = trigger;
	lines[n_lines].trigger_len = trigger_len;
	lines[n_lines].pat = pat;
	index_row(&line_index, lines, (int) n_lines);
	n_lines++;
	mark_first(cc, trigger, trigger_len, LP_CC_CHROME);
	return LP_OK;
}

/* An end row: a mark cut where it ends a line whose text before it matches. */
static int
add_end(uint16_t *cc, const char *mark, size_t mark_len, const char *re, size_t re_len, int lineno,
		lp_error *err)
{
	const char *why;
	lp_pattern *pat;

	if (mark_len == 0)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: an end row needs a mark", lineno);
	if (n_ends == MAX_ENDS)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: more than %d end rows", lineno, MAX_ENDS);
	pat = lp_pattern_compile(re, re_len, &why);
	if (!pat)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: bad pattern (%s)", lineno, why);
	ends[n_ends].trigger = mark;
	ends[n_ends].trigger_len = mark_len;
	ends[n_ends].pat = pat;
	n_ends++;
	mark_first(cc, mark, mark_len, LP_CC_CHROME);
	return LP_OK;
}

/* A list row: a header line after which short lines are links. */
static int
add_head(const char *trigger, size_t trigger_len, const char *re, size_t re_len, int lineno,
		 lp_error *err)
{
	const char *why;
	lp_pattern *pat;

	if (trigger_len == 0)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: a list row needs a trigger", lineno);
	if (n_heads == MAX_TRIGGERS)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: more than %d list rows", lineno, MAX_TRIGGERS);
	pat = lp_pattern_compile(re, re_len, &why);
	if (!pat)
		return lp_fail(err, LP_ELIBRARY, 0, lineno, "chrome.tsv line %d: bad pattern (%s)", lineno, why);
	if (n_heads == cap_heads)
	{
		chrome_line *nh = realloc(heads, (cap_heads ? cap_heads * 2 : 16) * sizeof(chrome_line));

		if (!nh)
		{
			lp_pattern_free(pat);
			return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory loading chrome.tsv");
		}
		heads = nh;
		cap_heads = cap_heads ? cap_heads * 2 : 16;
	}
	heads[n_heads].trigger = trigger;
	heads[n_heads].trigger_len = trigger_len;
	heads[n_heads].pat = pat;
	index_row(&head_index, heads, (int) n_heads);
	n_heads++;
	return LP_OK;
}

int
lp_chrome_init(uint16_t *cc, lp_error *err)
{
	lp_data_iter it;			/* rows checked against chrome.tsv's schema */
	size_t		cap = 0,
				k;
	int			rc;

	/* a retry after a failed build starts over */
	for (k = 0; k < n_lines; k++)
		lp_pattern_free(lines[k].pat);
	for (k = 0; k < n_heads; k++)
		lp_pattern_free(heads[k].pat);
	for (k = 0; k < n_ends; k++)
		lp_pattern_free(ends[k].pat);
	n_ends = 0;
	free(lines);
	free(heads);
	lines = heads = NULL;
	n_lines = n_cuts = n_heads = cap_heads = n_csv_text = 0;
	index_clear(&line_index);
	index_clear(&head_index);
	lp_data_open(&it, LP_DATA_CHROME);
	while ((rc = lp_data_next(&it, err)) > 0)
	{
		const lp_row *r = &it.row;

		if (r->val[0] == 0)		/* scope "line": the pattern matches the whole line */
			rc = add_line(cc, r->f[1], r->len[1], r->f[2], r->len[2], r->line, &cap, err);
		else if (r->val[0] == 1)	/* "inline": from the trigger to the first close */
			rc = add_cut(cc, r->f[1], r->len[1], r->f[2], r->len[2], r->line, err);
		else if (r->val[0] == 2)	/* "list": the header of a list of links */
			rc = add_head(r->f[1], r->len[1], r->f[2], r->len[2], r->line, err);
		else if (r->val[0] == 4)	/* "end": a mark ending a line */
			rc = add_end(cc, r->f[1], r->len[1], r->f[2], r->len[2], r->line, err);
		else if (n_csv_text == LP_MAX_CSV_TEXT)	/* "csv": a text column */
			rc = lp_fail(err, LP_ELIBRARY, 0, r->line, "chrome.tsv line %d: more than %d csv rows", r->line, LP_MAX_CSV_TEXT);
		else
		{
			csv_text[n_csv_text] = r->f[1];
			csv_text_len[n_csv_text++] = r->len[1];
			rc = LP_OK;
		}
		if (rc != LP_OK)
			return rc;
	}
	return rc < 0 ? LP_EDATA : LP_OK;
}

/* Trim ASCII blanks, U+3000 and U+00A0 from both ends. */
static void
trim(const char **s, size_t *n)
{
	const char *p = *s;
	size_t		len = *n;

	for (;;)
	{
		if (len && (p[0] == ' ' || p[0] == '\t' || p[0] == '\r'))
			p++, len--;
		else if (len >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0)
			p += 3, len -= 3;
		else if (len >= 2 && memcmp(p, "\xC2\xA0", 2) == 0)
			p += 2, len -= 2;
		else
			break;
	}
	for (;;)
	{
		if (len && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\r'))
			len--;
		else if (len >= 3 && memcmp(p + len - 3, "\xE3\x80\x80", 3) == 0)
			len -= 3;
		else if (len >= 2 && memcmp(p + len - 2, "\xC2\xA0", 2) == 0)
			len -= 2;
		else
			break;
	}
	*s = p;
	*n = len;
}

/*
 * The bytes of a mark of chrome.tsv scope end that ends t[0, tn) ("…各位代表:zTB"
 * of a site's paragraph marks), the text before it matching the row's
 * pattern; 0 if none.
 */
static size_t
end_mark(const char *t, size_t tn)
{
	size_t		k;

	for (k = 0; k < n_ends; k++)
		if (tn >= ends[k].trigger_len &&
			memcmp(t + tn - ends[k].trigger_len, ends[k].trigger, ends[k].trigger_len) == 0 &&
			lp_pattern_match(ends[k].pat, t, tn - ends[k].trigger_len))
			return ends[k].trigger_len;
	return 0;
}

int
lp_fix_chrome(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps, lp_error *err)
{
	const char *t = in;
	size_t		tn = n,
				mark,
				k;
	uint64_t	found[MAX_TRIGGERS / 64];
	int			month;

	trim(&t, &tn);
	if (tn == 0 || tn > LP_CHROME_MAX_LINE)
		return 0;
	/*
	 * the address a saved page opens with, when its path holds a date
	 * ("https://…/2024/10/26/….html"), is kept: a text naming no year of its
	 * own is dated by it (lp_meta.c address_year)
	 */
	if (line == 1 && lp_address_date(t, tn, &month) != 0)
		return 0;
	mark = end_mark(t, tn);
	tn -= mark;
	triggers_in(&line_index, lines, t, tn, LP_CC_CHROME, found);
	for (k = 0; k < n_lines && tn > 0; k++)	/* in the order of chrome.tsv */
	{
		if (!(found[k / 64] & (UINT64_C(1) << (k % 64))) ||
			!lp_pattern_match(lines[k].pat, t, tn))
			continue;
		break;
	}
	if (tn == 0 || k < n_lines)
	{
		lp_repair_add(reps, "chrome", line, in, n, "", 0);
		lp_buf_reserve(out, 1);
		return 1;				/* the line becomes empty */
	}
	if (mark == 0)
		return 0;
	/* the mark is cut, the text before it kept as it was */
	lp_repair_add(reps, "chrome", line, t + tn, mark, "", 0);
	lp_buf_append(out, in, (size_t) (t - in) + tn);
	return 1;
}

/*
 * A list of links ("往期精彩回顾", "相关阅读" and the headlines under them):
 * the header and the short unpunctuated lines after it become empty, up to
 * the first line of prose; blank lines do not end the list.  Decided on the
 * clean line, so a second normalize finds nothing left to drop.
 */
#define LINK_LIST_MAX_ITEMS 40
#define LINK_MAX_BYTES 150

static int
is_list_head(const char *t, size_t tn)
{
	size_t		k;
	uint64_t	found[MAX_TRIGGERS / 64];

	if (tn > 90)
		return 0;
	triggers_in(&head_index, heads, t, tn, 0, found);
	for (k = 0; k < n_heads; k++)
		if ((found[k / 64] & (UINT64_C(1) << (k % 64))) &&
			lp_pattern_match(heads[k].pat, t, tn))
			return 1;
	return 0;
}

/* A link: a short line that ends no sentence and holds none. */
static int
is_link(const char *t, size_t tn)
{
	return tn <= LINK_MAX_BYTES && !memmem(t, tn, "\xE3\x80\x82", 3) &&	/* 。 */
		!memmem(t, tn, "\xEF\xBC\x9B", 3);	/* ； */
}

int
lp_chrome_link_list(lp_link_list *ll, const char *s, size_t n, int line, lp_repairs *reps)
{
	const char *t = s;
	size_t		tn = n;

	trim(&t, &tn);
	if (tn > 0 && n_heads > 0 && is_list_head(t, tn))
		ll->items = LINK_LIST_MAX_ITEMS;
	else if (tn == 0 || ll->items == 0)
		return 0;
	else if (!is_link(t, tn))
	{
		ll->items = 0;			/* prose: the list is over */
		return 0;
	}
	else
		ll->items--;
	lp_repair_add(reps, "chrome", line, s, n, "", 0);
	return 1;
}

int
lp_chrome_csv_text(const char *name, size_t n)
{
	size_t		k;

	for (k = 0; k < n_csv_text; k++)
		if (csv_text_len[k] == n && strncasecmp(csv_text[k], name, n) == 0)
			return 1;
	return 0;
}
