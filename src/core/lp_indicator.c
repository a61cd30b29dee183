/*
 * lp_indicator.c — the indicator catalogue: names and aliases of the
 * embedded indicators.tsv (the same file fills the SQL table
 * luohuplan.indicators) and the rows users add to that table, which the
 * PostgreSQL glue hands over with lp_indicator_set_user.
 *
 * A subject names an indicator when a name or alias ends it (Chinese noun
 * phrases put their head last); the longest such name wins, so a part or a
 * narrower concept with a longer name beats the total (学前学位 over 学位,
 * 城镇调查失业率 over 失业率).  Two kinds of names are special: "=名"
 * counts only as the whole subject (=经济: 经济 is gdp, 数字经济 is not),
 * and "甲*乙" is 甲, anything, then 乙 ending the subject (the ratio
 * 研发经费支出相当于全市生产总值的比例).
 *
 * This file holds the lookups and the word lists of indicator_words.tsv;
 * lp_indicator_build.c builds the catalogue they search (match form,
 * indexes), lp_indicator_check.c checks the two data files.
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_indicator.h"
#include "lp_indicator_int.h"
#include "lp_region.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdlib.h>
#include <string.h>

#define MAX_TAILS 3				/* words passed over after a name */
#define MAX_WORDS 128			/* words of one kind (narrow is past 64) */

typedef struct word
{
	const char *s;
	size_t		len;
} word;

static word flow_words[MAX_WORDS],
			tail_words[MAX_WORDS],
			share_words[MAX_WORDS],
			narrow_words[MAX_WORDS];
static int	n_flow,
			n_tail,
			n_share,
			n_narrow;
static volatile int words_loaded;

/* A quick "no" to a list's word ending a text, keyed on its last character (a last
 * byte alone, 64 values in hanzi, let most through to a scan of the list; issue 18) */
typedef struct end_filter
{
	unsigned char short_last[256];	/* last bytes of the words under three bytes */
	unsigned char last3[1u << 13];	/* bit per first3_key of the others' last three */
} end_filter;

static end_filter tail_end, narrow_end, flow_end;
static unsigned char flow_first3[1u << 13];	/* per first3_key of flow words; all if one is short */

/* ---------- the word lists of indicator_words.tsv ---------- */

static int
cmp_word_len(const void *a, const void *b)
{
	const word *x = a,
			   *y = b;

	return (x->len < y->len) - (x->len > y->len);	/* longest first */
}

static void
end_filter_build(end_filter *f, const word *list, int n)
{
	int			k;

	memset(f, 0, sizeof(*f));
	for (k = 0; k < n; k++)
		if (list[k].len < 3)
			f->short_last[(unsigned char) list[k].s[list[k].len - 1]] = 1;
		else
			f->last3[first3_key(list[k].s + list[k].len - 3) >> 3] |=
				(unsigned char) (1u << (first3_key(list[k].s + list[k].len - 3) & 7));
}

/* Could a word of f's list end s[0, m) (m > 0)? */
static inline int
may_end(const end_filter *f, const char *s, size_t m)
{
	unsigned	key;

	if (f->short_last[(unsigned char) s[m - 1]])
		return 1;
	if (m < 3)
		return 0;
	key = first3_key(s + m - 3);
	return (f->last3[key >> 3] >> (key & 7)) & 1;
}

/* The words of indicator_words.tsv by kind (flow, tail, share, narrow); longest first. */
static void
load_words(void)
{
	lp_data_iter it;
	int			k;

	n_flow = n_tail = n_share = n_narrow = 0;
	lp_data_open(&it, LP_DATA_INDICATOR_WORDS);
	while (lp_data_next(&it, NULL) > 0)
	{
		word		w = {it.row.f[1], it.row.len[1]};
		static word *const lists[] = {flow_words, tail_words, share_words, narrow_words};
		static int *const counts[] = {&n_flow, &n_tail, &n_share, &n_narrow};
		word	   *list = lists[it.row.val[0]];
		int		   *n = counts[it.row.val[0]];

		if (*n == MAX_WORDS)
			lp_data_row_error(&it, NULL, "more than %d words of this kind", MAX_WORDS);
		list[(*n)++] = w;
	}
	qsort(flow_words, (size_t) n_flow, sizeof(word), cmp_word_len);
	qsort(narrow_words, (size_t) n_narrow, sizeof(word), cmp_word_len);
	qsort(tail_words, (size_t) n_tail, sizeof(word), cmp_word_len);
	end_filter_build(&tail_end, tail_words, n_tail);
	end_filter_build(&narrow_end, narrow_words, n_narrow);
	end_filter_build(&flow_end, flow_words, n_flow);
	memset(flow_first3, 0, sizeof(flow_first3));
	for (k = 0; k < n_flow; k++)
		if (flow_words[k].len >= 3)
			flow_first3[first3_key(flow_words[k].s) >> 3] |= (unsigned char) (1u << (first3_key(flow_words[k].s) & 7));
		else
			memset(flow_first3, 0xFF, sizeof(flow_first3));
	words_loaded = 1;			/* last: the lists are complete */
}

/* Length of the longest word of list that ends s[0, len), or 0. */
static size_t
word_ending(const word *list, int n, const char *s, size_t len)
{
	int			k;

	for (k = 0; k < n; k++)
		if (list[k].len <= len && list[k].s[list[k].len - 1] == s[len - 1] &&
			memcmp(s + len - list[k].len, list[k].s, list[k].len) == 0)
			return list[k].len;
	return 0;
}

/* word_ending, after a quick "no" from f, the list's end filter */
static inline size_t
word_ending_of(const word *list, int n, const end_filter *f, const char *s, size_t len)
{
	return len > 0 && may_end(f, s, len) ? word_ending(list, n, s, len) : 0;
}

/*
 * Does a narrow word stand before the name t[m - span, m)?  Either it ends
 * where the name starts ("规下" + 工业增加值) or it is a part's whole name
 * that runs into the name's first characters ("黑色金属冶炼和压延加工业" over
 * 工业增加值, "轻工业" over 工业增加值): a word that begins before the name
 * and ends at one of the name's character boundaries.
 */
static int
narrowed(const char *t, size_t m, size_t span)
{
	size_t		e,
				start = m - span;
	int			k;

	if (word_ending_of(narrow_words, n_narrow, &narrow_end, t, start) > 0)
		return 1;
	for (e = start + 1; e <= m; e++)
	{
		if ((e < m && (((unsigned char) t[e]) & 0xC0) == 0x80) || !may_end(&narrow_end, t, e))
			continue;
		for (k = 0; k < n_narrow; k++)
			if (narrow_words[k].len > e - start && narrow_words[k].len <= e &&
				memcmp(t + e - narrow_words[k].len, narrow_words[k].s, narrow_words[k].len) == 0)
				return 1;
	}
	return 0;
}

/* Length of the longest flow word that starts s[0, len), or 0 (flow_first3 says no to most) */
static size_t
flow_starting(const char *s, size_t len)
{
	int			k;

	if (len >= 3 && !((flow_first3[first3_key(s) >> 3] >> (first3_key(s) & 7)) & 1))
		return 0;
	for (k = 0; k < n_flow; k++)
		if (flow_words[k].len <= len && memcmp(s, flow_words[k].s, flow_words[k].len) == 0)
			return flow_words[k].len;
	return 0;
}

/*
 * End of the last word of list in t[0, end) (where what follows it
 * starts), or 0; *wlen the length of that word.
 */
static size_t
last_word_end(const word *list, int n, const char *t, size_t end, size_t *wlen)
{
	size_t		best = 0;
	int			k;

	for (k = 0; k < n; k++)
	{
		const char *p = t,
				   *last = NULL;
		size_t		wl = list[k].len;

		/* the last occurrence: memchr for the word's last byte (rare), then a compare */
		while (wl > 0 && wl <= end && (size_t) (p - t) < end &&
			   (p = memchr(p, list[k].s[wl - 1], end - (size_t) (p - t))) != NULL)
		{
			if ((size_t) (p - t) + 1 >= wl && memcmp(p + 1 - wl, list[k].s, wl) == 0)
				last = p + 1 - wl;
			p++;
		}
		if (last && (size_t) (last - t) + wl > best)
		{
			best = (size_t) (last - t) + wl;
			*wlen = wl;
		}
	}
	return best;
}

/* ---------- lookups ---------- */

/* Rightmost start of p[0, plen) in t[0, end), or -1. */
static long
rfind(const char *t, size_t end, const char *p, size_t plen)
{
	size_t		i;

	if (plen > end)
		return -1;
	for (i = end - plen + 1; i-- > 0;)
		if (memcmp(t + i, p, plen) == 0)
			return (long) i;
	return -1;
}

/* Is t[0, n) one or more scope words before a name (其中, 全市, 全年)? */
static int
only_scope_words(const char *t, size_t n)
{
	size_t		p = 0,
				w;

	while (p < n && (w = lp_words_prefix(LP_W_SUBJECT_PREFIX, t + p, n - p)) > 0)
		p += w;
	return p == n;
}

/*
 * Is t[0, n) a region's name, or 全 and one ("全长沙市经济", as 全市经济)?
 */
int
lp_indicator_region_before(const char *t, size_t n)
{
	if (lp_region_name_is(t, n))
		return 1;
	return n > 3 && lp_same(t, "全", 3) && lp_region_name_is(t + 3, n - 3);
}

/*
 * A growth target named by a region alone, with no indicator ("山西省提出的
 * 目标", "全长沙市的目标" before 增速为6.5%): the region's GDP.  The words
 * after the region are words.tsv region_growth_target.
 */
const char *
lp_indicator_region_growth_target(const char *subject, size_t n)
{
	size_t		w = lp_words_suffix(LP_W_REGION_GROWTH_TARGET, subject, n);

	return w > 0 && w < n && lp_indicator_region_before(subject, n - w) ? "gdp" : NULL;
}

/*
 * Bytes of t[0, m) that alias a matches at its end (from where its first
 * part starts), or 0.  whole: t is the whole subject (for "=名").
 */
static size_t
match_end(const alias_rec *a, const char *t, size_t m, int whole)
{
	const char *part_end,
			   *part;
	size_t		end = m;

	if (!a->wild)
	{
		if (a->len > m || memcmp(t + m - a->len, a->name, a->len) != 0)
			return 0;
		/*
		 * "=经济" is the whole subject, or follows a region's name (深圳经济,
		 * 全深圳市经济) or scope words only (其中出口, 全市出口)
		 */
		if (a->exact && (!whole || (a->len != m && !lp_indicator_region_before(t, m - a->len) &&
									!only_scope_words(t, m - a->len))))
			return 0;
		return a->len;
	}
	/* "甲*乙": the last part ends t, each part before it occurs before the next */
	part_end = a->name + a->len;
	while (part_end > a->name)
	{
		long		at;

		part = part_end;
		while (part > a->name && part[-1] != '*')
			part--;
		if (part_end == a->name + a->len)
		{
			size_t		pl = (size_t) (part_end - part);

			if (pl > end || memcmp(t + end - pl, part, pl) != 0)
				return 0;
			end -= pl;
		}
		else
		{
			at = rfind(t, end, part, (size_t) (part_end - part));
			if (at < 0)
				return 0;
			end = (size_t) at;
		}
		part_end = part > a->name ? part - 1 : part;
	}
	return m - end;
}

/* The best alias ending t[0, m) (the longest span, then the earliest): *span its bytes. */
static const alias_rec *
best_ending(const catalogue *c, const char *t, size_t m, int whole, size_t *span)
{
	const alias_rec *best = NULL;
	uint64_t	x = tail_word(t, m);
	unsigned	lens = c->by_last.short_lens[(unsigned char) t[m - 1] >= 0x80] | (1u << KEY_BYTES);
	int			l;

	*span = 0;
	/* the lengths that fit in m only, each visited straight (issue 18: a test of eight a lookup) */
	lens &= ((2u << (m < KEY_BYTES ? m : KEY_BYTES)) - 1) & ~1u;
	/* names of eight bytes or more, then of each shorter length, longest first */
	for (; lens; lens &= ~(1u << l))
	{
		uint64_t	key;
		size_t		i;

		l = 31 - __builtin_clz(lens);
		key = tail_key(x, l);
		for (i = index_find(&c->by_last, key);
			 i < c->by_last.n && c->by_last.slots[i].key == key; i++)
		{
			const alias_rec *a = &c->aliases[c->by_last.slots[i].alias];
			size_t		n;

			if (!a->wild && a->len < *span)
				break;			/* the rest of the run are shorter */
			n = match_end(a, t, m, whole);
			if (n > 0 && (n > *span || (n == *span && a->order < best->order)))
			{
				best = a;
				*span = n;
			}
			if (n > 0 && !a->wild)
				break;			/* the longest plain name of the run */
		}
	}
	return best;
}

/*
 * The last lookups of lookup_suffix and their answers.  A mention's subject
 * is looked up by several stages (the subject, its share lead, the emitted
 * fact): a third of the lookups repeat the one just before.
 */
#define MEMO_N 2
#define MEMO_MAX 128			/* longer texts are not remembered */

typedef struct suffix_memo
{
	unsigned long serial;		/* the catalogue's; 0: empty */
	unsigned long regions;		/* lp_regions_generation: "=经济" after a region's name */
	size_t		len;
	char		s[MEMO_MAX];
	const char *code;
	size_t		start;
	const ind_row *row;
	int			narrowed;		/* lookup_narrowed of the lookup */
} suffix_memo;

static suffix_memo memos[MEMO_N];
static int	memo_next;

/* the last lookup found a name with a narrow word before it (and gave NULL) */
static int	lookup_narrowed;

static const char *lookup_suffix_read(const catalogue *c, const char *s, size_t len,
									  size_t *start, const ind_row **row_out);

/*
 * The core of the suffix lookups, on s[0, len): the row of the name that
 * ends s (passing over tail words), *start the offset in s where the name
 * (or the flow word before it) starts.  NULL when none.  A lookup of the
 * same text as one of the last MEMO_N is answered from the memo.
 */
static const char *
lookup_suffix(const char *s, size_t len, size_t *start, const ind_row **row_out)
{
	const catalogue *c = lp_ind_catalogue();
	suffix_memo *m;
	const char *code;
	int			k;

	if (c == NULL || len == 0 || c->by_last.n == 0)
		return NULL;
	if (len > MEMO_MAX)
		return lookup_suffix_read(c, s, len, start, row_out);
	for (k = 0; k < MEMO_N; k++)
	{
		m = &memos[k];
		if (m->serial == c->serial && m->regions == lp_regions_generation && m->len == len &&
			memcmp(m->s, s, len) == 0)
		{
			if (m->code)
			{
				*start = m->start;
				*row_out = m->row;
			}
			lookup_narrowed = m->narrowed;
			return m->code;
		}
	}
	code = lookup_suffix_read(c, s, len, start, row_out);
	m = &memos[memo_next];
	memo_next = (memo_next + 1) % MEMO_N;
	m->serial = c->serial;
	m->regions = lp_regions_generation;
	m->len = len;
	memcpy(m->s, s, len);
	m->code = code;
	m->start = code ? *start : 0;
	m->row = code ? *row_out : NULL;
	m->narrowed = lookup_narrowed;
	return code;
}

static const char *
lookup_suffix_read(const catalogue *c, const char *s, size_t len, size_t *start,
				   const ind_row **row_out)
{
	char		buf[FOLD_MAX];
	size_t		map[FOLD_MAX + 1];
	const char *t = s;
	size_t		off = 0,
				m = len,
				span = 0,
				flow;
	int			whole = 1,
				folded = 0,
				pass;
	const alias_rec *a = NULL;
	const ind_row *row;

	if (!words_loaded)
		load_words();
	lookup_narrowed = 0;
	if (len > FOLD_MAX)
	{
		/* the last FOLD_MAX bytes, from a character boundary */
		off = len - FOLD_MAX;
		while (off < len && (((unsigned char) s[off]) & 0xC0) == 0x80)
			off++;
		whole = 0;
		t = s + off;
		m = len - off;
	}
	if (lp_ind_needs_fold(t, m))
	{
		m = lp_ind_fold(t, m, buf, map);
		t = buf;
		folded = 1;
	}
	for (pass = 0; pass <= MAX_TAILS && m > 0; pass++)
	{
		size_t		tail,
					share,
					share_len = 0;

		if ((a = best_ending(c, t, m, whole, &span)) != NULL)
		{
			/*
			 * A name after 占 (相当于) is the whole a share is of: the subject
			 * is what stands before it ("先进制造业增加值占规上工业增加值" is
			 * advanced manufacturing, not industry).  A name spanning the word
			 * (全社会研发投入占GDP比重) is a ratio of its own.
			 */
			share = last_word_end(share_words, n_share, t, m, &share_len);
			if (share == 0 || share > m - span)
				break;
			m = share - share_len;
			a = NULL;
			if (pass == MAX_TAILS)
				break;
			continue;
		}
		tail = word_ending_of(tail_words, n_tail, &tail_end, t, m);
		if (tail == 0 || tail == m)
			return NULL;
		m -= tail;				/* "=名" still counts: a tail word is no part of a name */
	}
	if (a == NULL)
		return NULL;
	row = &c->rows[a->row];
	/* a part of the population before the name ("规下工业增加值"): no indicator */
	if (narrowed(t, m, span))
	{
		lookup_narrowed = 1;
		return NULL;
	}
	/* a flow word before a stock's name: the flow ("新认定国家高新技术企业") */
	if (row->flow_code && (flow = word_ending_of(flow_words, n_flow, &flow_end, t, m - span)) > 0)
	{
		span += flow;
		*row_out = NULL;
		*start = off + (folded ? map[m - span] : m - span);
		return row->flow_code;
	}
	*row_out = row;
	*start = off + (folded ? map[m - span] : m - span);
	return row->code;
}

int
lp_indicator_may_open(const char *s, size_t len)
{
	const catalogue *c = lp_ind_catalogue();
	const unsigned char *u = (const unsigned char *) s;
	unsigned	key;

	/* a hanzi (E4-E9: nothing folds it, lp_ind_fold) stays the match form's first character */
	if (c == NULL || c->first_short || len < 3 || u[0] < 0xE4 || u[0] > 0xE9 ||
		(u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
		return 1;
	key = first3_key(s);
	if ((c->first3[key >> 3] >> (key & 7)) & 1)
		return 1;
	if (!words_loaded)
		load_words();
	return (flow_first3[key >> 3] >> (key & 7)) & 1;
}

/*
 * A name a lookup finds spanning all of a text (lp_indicator_suffix, *n the
 * text's length) starts at its first byte: a flow word, a plain or "=" name,
 * or the first part of "甲*乙".  When s opens with hanzi (which fold leaves
 * as they are) and no flow word starts there, such a name and s's first j
 * bytes are one the other's prefix: either s[0, j) begins a name (c->opens)
 * or a whole first part ends inside it (c->whole_first).  Once neither holds,
 * no longer start of s does either.
 */
size_t
lp_indicator_open_reach(const char *s, size_t len)
{
	const catalogue *c = lp_ind_catalogue();
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	h = 2166136261u;
	size_t		j;

	if (!lp_indicator_may_open(s, len))
		return 0;
	if (!words_loaded)
		load_words();
	if (c == NULL || c->first_short || c->open_any || len < 3 ||
		(flow_first3[first3_key(s) >> 3] >> (first3_key(s) & 7)) & 1)
		return len;
	for (j = 0; j + 3 <= len && u[j] >= 0xE4 && u[j] <= 0xE9; j += 3)
	{
		if ((u[j + 1] & 0xC0) != 0x80 || (u[j + 2] & 0xC0) != 0x80)
			return len;
		h = open_hash(h, s + j, 3);
		if (!open_bit(c->opens, h))
			return j;
		if (j + 3 < len && open_bit(c->whole_first, h))
			return len;			/* a name within s, then perhaps tail words */
	}
	return len;
}

/*
 * Does s[0, start), before a name, list examples of it ("原油等大宗商品进口":
 * a part, not the total)?
 */
static int
listed_part(const char *s, size_t start)
{
	size_t		p = 0,
				wl;
	long		at;

	while (p < start && (at = lp_words_find(LP_W_PART_MARKER, s + p, start - p, &wl)) >= 0)
	{
		size_t		w = p + (size_t) at,
					back = w >= 3 ? w - 3 : w,
					nl;

		if (lp_words_find(LP_W_PART_MARKER_NOT, s + back, (w + wl + 3 <= start ? w + wl + 3 : start) - back,
						  &nl) < 0)
			return 1;
		p = w + wl;
	}
	return 0;
}

const char *
lp_indicator_suffix(const char *s, size_t len, size_t *n)
{
	size_t		start = 0;
	const ind_row *row;
	const char *code = lookup_suffix(s, len, &start, &row);


	if (code && n)
		*n = len - start;
	return code;
}

int
lp_indicator_narrowed(const char *s, size_t len)
{
	size_t		start = 0;
	const ind_row *row;

	lookup_narrowed = 0;
	return lookup_suffix(s, len, &start, &row) == NULL && lookup_narrowed;
}

const char *
lp_indicator_by_suffix(const char *s, size_t len)
{
	size_t		n = 0;
	const char *code = lp_indicator_suffix(s, len, &n);

	return code && n < len && listed_part(s, len - n) ? NULL : code;
}

/*
 * A name that opens with a flow word, s[a, b) whole: "新增劳动力平均受教育年限"
 * is new_labor_schooling_years, not a flow of schooling_years.  NULL when
 * none.
 */
static const char *
name_with_flow(const char *s, size_t a, size_t b)
{
	size_t		start = 0;
	const ind_row *row = NULL;
	const char *code = lookup_suffix(s + a, b - a, &start, &row);

	return code && start == 0 ? code : NULL;
}

/*
 * Does the clause s[from, before) open with a flow word and end on the
 * enumeration comma of a list ("新增“四上”企业50家以上、" before 商事主体)?
 * The flow word is then every item's.
 */
static int
listed_after_flow(const char *s, size_t from, size_t before)
{
	while (from < before && (s[from] == ' ' || s[from] == '\t'))
		from++;
	return before >= from + 6 && memcmp(s + before - 3, "、", 3) == 0 &&
		flow_starting(s + from, before - from) > 0;
}

const char *
lp_indicator_mention(const char *s, size_t from, size_t a, size_t b, size_t *n)
{
	size_t		start = 0,
				flow,
				before = a;
	const ind_row *row = NULL;
	const char *code;

	if (b <= a || from > a)
		return NULL;
	code = lookup_suffix(s + a, b - a, &start, &row);
	if (code == NULL || (start > 0 && listed_part(s + a, start)))
		return NULL;
	/* the name opens the subject, and a flow word ends the clause before it */
	while (before > from && (s[before - 1] == ' ' || s[before - 1] == '\t'))
		before--;
	if (row && (flow = word_ending_of(flow_words, n_flow, &flow_end, s + from, before - from)) > 0)
	{
		const char *whole = name_with_flow(s, before - flow, b);

		if (whole == NULL && row->flow_code && start == 0)
			whole = row->flow_code;
		if (whole)
		{
			if (n)
				*n = b - (before - flow);
			return whole;
		}
	}
	/* a stock's whole name after a list opened by a flow word: its flow */
	else if (row && row->flow_code && start == 0 && listed_after_flow(s, from, before))
		code = row->flow_code;
	if (n)
		*n = b - a - start;
	return code;
}

const char *
lp_indicator_by_prefix(const char *s, size_t len, size_t *n)
{
	const catalogue *c = lp_ind_catalogue();
	char		buf[FOLD_MAX];
	size_t		map[FOLD_MAX + 1];
	const char *t = s;
	size_t		m = len < FOLD_MAX ? len : FOLD_MAX,
				best_len = 0,
				flow;
	const char *best = NULL;
	int			pass;

	if (c == NULL || len == 0 || c->by_first.n == 0)
		return NULL;
	if (!words_loaded)
		load_words();
	while (m < len && m > 0 && (((unsigned char) s[m]) & 0xC0) == 0x80)
		m--;					/* end on a character boundary */
	if (lp_ind_needs_fold(t, m))
	{
		m = lp_ind_fold(t, m, buf, map);
		t = buf;
	}
	else
		map[0] = 0;				/* unused */
	flow = flow_starting(t, m);
	/* pass 0: a name at the start; pass 1: a stock's name after a flow word */
	for (pass = 0; pass < (flow ? 2 : 1); pass++)
	{
		const char *u = t + (pass ? flow : 0);
		size_t		um = m - (pass ? flow : 0),
					i;
		uint64_t	x;
		unsigned	lens;
		int			l;

		if (um == 0)
			continue;
		x = head_word(u, um);
		lens = c->by_first.short_lens[(unsigned char) u[0] >= 0x80] | (1u << KEY_BYTES);
		lens &= ((2u << (um < KEY_BYTES ? um : KEY_BYTES)) - 1) & ~1u;
		for (; lens; lens &= ~(1u << l))
		{
			uint64_t	key;

			l = 31 - __builtin_clz(lens);
			key = head_key(x, l);
			for (i = index_find(&c->by_first, key);
				 i < c->by_first.n && c->by_first.slots[i].key == key; i++)
			{
				const alias_rec *a = &c->aliases[c->by_first.slots[i].alias];
				const ind_row *row = &c->rows[a->row];
				size_t		total = a->len + (pass ? flow : 0);

				if (a->len > um || memcmp(u, a->name, a->len) != 0)
					continue;
				if (pass && row->flow_code == NULL)
					continue;
				if (total > best_len)
				{
					best_len = total;
					best = pass ? row->flow_code : row->code;
				}
			}
		}
	}
	if (best && n)
		*n = t == s ? best_len : map[best_len];
	return best;
}

size_t
lp_indicator_all_same_tail(const char *s, size_t len)
{
	if (len < 9 || !lp_same(s + len - 3, "均", 3) || lp_same(s + len - 6, "年", 3) ||
		lp_same(s + len - 6, "人", 3) || lp_same(s + len - 6, "平", 3))
		return 0;
	/* "退役军人、残疾人新增就业均超1.3万人": a list of its own, 均 its */
	if (lp_find3(s, len, "、") != NULL)
		return 0;
	return lp_indicator_by_suffix(s, len - 3) != NULL ? 3 : 0;
}
