/*
 * lp_subject.c — what a number measures: the subject of a mention.
 *
 * The subject is the noun phrase before the number ("新增学位4290个" → 学位)
 * or, when that names nothing, the thing counted after its measure word
 * ("新增2家百亿级企业" → 百亿级企业).  A bare "增长11.6%" inherits the subject
 * of its clause (lp_mention.c), and 分别 distributes values over the
 * subjects it lists.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_clause.h"
#include "lp_data.h"
#include "lp_indicator.h"
#include "lp_period.h"
#include "lp_qty.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * Cleaning a subject strips one thing at a time from either end, rule by
 * rule, until no rule applies.  Each rule narrows s[*a, *b) and returns 1,
 * or returns 0.
 */
/* Quotes, separators and 《 open nothing: "、“" */
static int
strip_open_punct(const char *s, size_t *a, size_t *b)
{
	int			cl;
	uint32_t	cp = lp_utf8_next(s + *a, *b - *a, &cl);

	if (!(lp_is_clause_end(cp) || lp_is_list_sep(cp) || cp == 0x201C || cp == 0x201D ||
		  cp == 0x300A || cp == '"'))
		return 0;
	*a += cl;
	return 1;
}

/* ... nor close anything: "”，" and 》 */
static int
strip_close_punct(const char *s, size_t *a, size_t *b)
{
	size_t		p = lp_prev_char(s, *b);
	int			cl;
	uint32_t	cp = lp_utf8_next(s + p, *b - p, &cl);

	if (!(lp_is_clause_end(cp) || lp_is_list_sep(cp) || cp == 0x201C || cp == 0x201D ||
		  cp == 0x300B || cp == '"'))
		return 0;
	*b = p;
	return 1;
}

/* Verbs and time words before the subject: "全年新增", "1-11月" */
static int
strip_lead_words(const char *s, size_t *a, size_t *b)
{
	size_t		n;

	if ((n = lp_words_prefix(LP_W_SUBJECT_PREFIX, s + *a, *b - *a)) == 0 &&
		(n = lp_month_phrase_at(s + *a, *b - *a)) == 0)
		return 0;
	*a += n;
	return 1;
}

/* Verbs after it, before the number: "达到" */
static int
strip_tail_words(const char *s, size_t *a, size_t *b)
{
	size_t		n = lp_words_suffix(LP_W_SUBJECT_SUFFIX, s + *a, *b - *a);

	*b -= n;
	return n > 0;
}

/* A year ends no name: "地区生产总值从2015年(的)" → 地区生产总值从 */
static int
strip_tail_year(const char *s, size_t *a, size_t *b)
{
	size_t		n = lp_year_suffix(s + *a, *b - *a);

	*b -= n;
	return n > 0;
}

/* A month range ends no name: "社会消费品零售总额1-6月" → 社会消费品零售总额 */
static int
strip_tail_month(const char *s, size_t *a, size_t *b)
{
	size_t		p = *b > *a + 16 ? *b - 16 : *a;

	for (; p < *b; p++)
		if (s[p] >= '0' && s[p] <= '9' && (p == *a || s[p - 1] < '0' || s[p - 1] > '9') &&
			lp_month_phrase_at(s + p, *b - p) == *b - p)
		{
			*b = p;
			return 1;
		}
	return 0;
}

void
lp_subject_clean(const char *s, size_t *a, size_t *b)
{
	int			changed = 1;

	while (changed && *a < *b)
	{
		lp_trim(s, a, b);
		if (*a >= *b)
			break;
		/* the rules in order, the first that applies, then again */
		changed = strip_open_punct(s, a, b) || strip_close_punct(s, a, b) ||
			strip_lead_words(s, a, b) || strip_tail_words(s, a, b) || strip_tail_year(s, a, b) ||
			strip_tail_month(s, a, b);
	}
}

size_t
lp_subject_drop_paren(const char *s, size_t a, size_t b)
{
	size_t		close;

	if (b > a + 3 && memcmp(s + b - 3, "）", 3) == 0)
		close = 3;
	else if (b > a + 1 && s[b - 1] == ')')
		close = 1;
	else
		return b;
	{
		size_t		i = b - close;

		while (i > a)
		{
			size_t		p = lp_prev_char(s, i);

			if (p < a)
				break;
			if ((close == 3 && i - p == 3 && memcmp(s + p, "（", 3) == 0) ||
				(close == 1 && s[p] == '('))
				return p > a ? p : b;
			i = p;
		}
	}
	return b;
}

void
lp_subject_copy(char *dst, const char *s, size_t a, size_t b)
{
	size_t		n = b > a ? b - a : 0;

	if (n > LP_MAX_SUBJECT)
	{
		/* keep the head of the phrase: its end */
		a = b - LP_MAX_SUBJECT;
		while (a < b && (((unsigned char) s[a]) & 0xC0) == 0x80)
			a++;
		n = b - a;
	}
	memcpy(dst, s + a, n);
	dst[n] = '\0';
}

static int
has_hanzi(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(s + i, len - i, &n);

		if (lp_is_hanzi(cp))
			return 1;
		i += n;
	}
	return 0;
}

/* Start of the object of the last verb in s[a, b): "港澳人员发放补贴" → 补贴. */
static size_t
after_last_verb(const char *s, size_t a, size_t b)
{
	size_t		pos = a,
				best = a,
				vl;
	long		v;

	while (pos < b && (v = lp_words_find(LP_W_VERB, s + pos, b - pos, &vl)) >= 0)
	{
		size_t		end = pos + (size_t) v + vl;

		if (end < b)
			best = end;
		pos = end;
	}
	return best;
}

/* Does a noun phrase follow the measure word ("4个粤港澳人才合伙人基地")? */
static int
noun_follows(const char *s, size_t slen, size_t i)
{
	int			n;
	uint32_t	cp;

	if (i >= slen)
		return 0;
	cp = lp_utf8_next(s + i, slen - i, &n);
	if (!lp_is_hanzi(cp))
		return 0;
	return !lp_words_prefix(LP_W_GROWTH, s + i, slen - i) &&
		!lp_words_prefix(LP_W_DECLINE, s + i, slen - i) &&
		!lp_words_prefix(LP_W_NOT_NOUN, s + i, slen - i);
}

/* Is s[a, b) a figure with its unit ("39545元", "5.53万亿元")?  It measures, it is not measured. */
static int
is_figure(const char *s, size_t a, size_t b)
{
	size_t		i = a,
				n;

	if (i >= b || s[i] < '0' || s[i] > '9')
		return 0;
	while (i < b && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == ','))
		i++;
	if (lp_unit_at(s, b, i, &n) == NULL && lp_magnitude_at(s, b, i, &n) != NULL)
		i += n;
	if (i < b && lp_unit_at(s, b, i, &n) != NULL)
		i += n;
	return i == b && i > a;
}

/*
 * A bracket at the end of the subject is dropped ("一般公共预算收入（不含
 * 基金）", "地区生产总值（GDP）"), unless it names the indicator the words
 * before it do not: then it is the subject ("占常住人口比重（常住人口城镇
 * 化率）为61.72%").
 */
static void
bracketed_name(const char *s, size_t *a, size_t *b)
{
	size_t		open = lp_subject_drop_paren(s, *a, *b),
				ia,
				ib,
				n = 0;

	if (open >= *b)
		return;
	ia = open + (s[open] == '(' ? 1 : 3);
	ib = *b - (s[*b - 1] == ')' ? 1 : 3);
	if (ib > ia && !lp_indicator_by_suffix(s + *a, open - *a) &&
		lp_indicator_suffix(s + ia, ib - ia, &n) && n == ib - ia)
	{
		*a = ia;
		*b = ib;
	}
	else
		*b = open;
}

void
lp_subject_before(const char *s, size_t *a, size_t *b)
{
	size_t		a_full,
				il = 0;

	lp_subject_clean(s, a, b);
	bracketed_name(s, a, b);
	a_full = *a;
	*a = after_last_verb(s, *a, *b);
	/* a verb inside an indicator's name (研发投入强度) does not cut it */
	if (*a > a_full && lp_indicator_suffix(s + a_full, *b - a_full, &il) && *b - il < *a)
	{
		/* ... nor drops a word making it a part (其中非房地产开发投资) */
		*a = *b - il;
		*a -= lp_words_suffix(LP_W_PART_MARKER, s + a_full, *a - a_full);
	}
	lp_subject_clean(s, a, b);
	/* a condition names no subject: "剔除留抵退税因素后同口径增长3.6%" */
	if (*b > *a && lp_words_prefix(LP_W_CONDITION, s + *a, *b - *a) > 0)
		*a = *b;
	/* "收入达3507.6亿元、增长1.7%": the figure before names no subject */
	if (is_figure(s, *a, *b))
		*a = *b;
	/* a word for "its total" (总量约620亿元) names the clause's subject */
	if (*b > *a && lp_words_prefix(LP_W_GENERIC_SUBJECT, s + *a, *b - *a) == *b - *a)
		*a = *b;
}

/* An acronym of capitals ("GDP", "CPI", "R&D"): a name in Latin letters. */
static int
is_acronym(const char *s, size_t len)
{
	size_t		i,
				caps = 0;

	if (len < 2 || len > 8)
		return 0;
	for (i = 0; i < len; i++)
		if (s[i] >= 'A' && s[i] <= 'Z')
			caps++;
		else if (s[i] != '&')
			return 0;
	return caps >= 2;
}

int
lp_subject_names(const char *s, size_t slen, size_t a, size_t b, size_t q_end)
{
	if (b > a && !has_hanzi(s + a, b - a))
		return is_acronym(s + a, b - a);
	return b > a && (lp_utf8_chars(s + a, b - a) > 2 || !noun_follows(s, slen, q_end));
}

/* Where the phrase after a measure word ends: a separator, a parenthesis, 。 or a digit. */
static size_t
counted_phrase_end(const char *s, size_t from, size_t to)
{
	size_t		k;

	for (k = from; k < to;)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + k, to - k, &cl);

		if (lp_is_list_sep(cp) || cp == 0xFF08 || cp == '(' || cp == 0x3002 ||
			(cp >= '0' && cp <= '9'))
			break;
		k += cl;
	}
	return k;
}

int
lp_subject_counted(const char *s, size_t from, size_t to, size_t *a, size_t *b)
{
	size_t		pa = lp_skip_space(s, to, from),
				pb = counted_phrase_end(s, pa, to);
	int			cl;

	/* the phrase ends where a verb starts: "321名港澳人员发放补贴" */
	if (pb > pa)
	{
		size_t		vl;
		long		v = pb - pa > 3 ? lp_words_find(LP_W_VERB, s + pa + 3, pb - pa - 3, &vl) : -1;

		if (v >= 0)
			pb = pa + 3 + (size_t) v;
	}
	/* the thing counted follows its number: "38.7%⬆收入结构持续优化" names none */
	if (pb > pa && !lp_is_hanzi(lp_utf8_next(s + pa, pb - pa, &cl)) && !lp_at(s, pb, pa, "“") &&
		!((s[pa] | 0x20) >= 'a' && (s[pa] | 0x20) <= 'z'))
		return 0;
	if (!(pb > pa && !lp_words_prefix(LP_W_GROWTH, s + pa, pb - pa) &&
		  !lp_words_prefix(LP_W_DECLINE, s + pa, pb - pa) &&
		  !lp_words_prefix(LP_W_THRESHOLD, s + pa, pb - pa) && has_hanzi(s + pa, pb - pa)))
		return 0;
	lp_subject_clean(s, &pa, &pb);
	*a = pa;
	*b = pb;
	return 1;
}

/* The items of the list s[i, b), separated by 、 */
static void
fenbie_items(lp_fenbie *fb, const char *s, size_t i, size_t b)
{
	while (i < b && fb->n < LP_MAX_FENBIE)
	{
		size_t		j = i;

		while (j < b)
		{
			int			cl;
			uint32_t	cp = lp_utf8_next(s + j, b - j, &cl);

			if (lp_is_list_sep(cp))
				break;
			j += cl;
		}
		lp_subject_copy(fb->items[fb->n++], s, i, j);
		i = j < b ? j + 3 : j;
	}
}

/*
 * "第一、二、三产业增加值": when the head of the same length does not make
 * the item a name, the shortest tail of the last item that does, a name
 * that takes in the item's own words (第一 + 产业增加值).
 */
static void
share_other_tail(char *item, size_t item_len, const char *last, size_t last_len)
{
	char		cand[LP_MAX_SUBJECT + 1];
	size_t		t = last_len;

	while (t > 0)
	{
		size_t		il = 0;

		t = lp_prev_char(last, t);
		if (item_len + last_len - t > LP_MAX_SUBJECT)
			break;
		memcpy(cand, item, item_len);
		memcpy(cand + item_len, last + t, last_len - t + 1);
		if (lp_indicator_suffix(cand, item_len + last_len - t, &il) != NULL &&
			il > last_len - t)
		{
			memcpy(item, cand, item_len + last_len - t + 1);
			return;
		}
	}
}

/*
 * "城镇、农村居民人均可支配收入": a short item that names nothing by itself
 * shares the head of the last one (城镇 + 居民人均可支配收入).
 */
static void
fenbie_share_heads(lp_fenbie *fb)
{
	const char *last = fb->items[fb->n - 1];
	size_t		last_len = strlen(last),
				last_chars = lp_utf8_chars(last, last_len);
	int			k;

	for (k = 0; k < fb->n - 1; k++)
	{
		char	   *item = fb->items[k];
		size_t		item_len = strlen(item),
					item_chars = lp_utf8_chars(item, item_len),
					skip = 0,
					c;

		if (item_chars == 0 || item_chars + 1 >= last_chars ||
			lp_indicator_by_suffix(item, item_len) != NULL)
			continue;
		for (c = 0; c < item_chars; c++)
		{
			int			cl;

			(void) lp_utf8_next(last + skip, last_len - skip, &cl);
			skip += cl;
		}
		if (item_len + last_len - skip <= LP_MAX_SUBJECT)
			memmove(item + item_len, last + skip, last_len - skip + 1);
		if (lp_indicator_by_suffix(item, strlen(item)) == NULL)
			share_other_tail(item, item_len, last, last_len);
	}
}

/*
 * "万元GDP建设用地、水耗、电耗": a later item that names nothing by itself
 * shares the lead of the first (万元GDP + 水耗), the shortest lead that makes
 * it an indicator's name.
 */
static void
fenbie_share_lead(lp_fenbie *fb)
{
	const char *first = fb->items[0];
	size_t		first_len = strlen(first);
	int			k;

	for (k = 1; k < fb->n; k++)
	{
		char	   *item = fb->items[k],
					cand[LP_MAX_SUBJECT + 1];
		size_t		item_len = strlen(item),
					p = 0;

		if (item_len == 0 || lp_indicator_by_suffix(item, item_len) != NULL)
			continue;
		while (p < first_len)
		{
			int			cl;

			(void) lp_utf8_next(first + p, first_len - p, &cl);
			p += cl;
			if (p >= first_len || p + item_len > LP_MAX_SUBJECT)
				break;
			memcpy(cand, first, p);
			memcpy(cand + p, item, item_len + 1);
			if (lp_indicator_by_suffix(cand, p + item_len) != NULL)
			{
				memcpy(item, cand, p + item_len + 1);
				break;
			}
		}
	}
}

void
lp_subject_share_lead(char *subject, const char *prev)
{
	size_t		len = strlen(subject),
				prev_len = strlen(prev),
				p = 0;
	char		cand[LP_MAX_SUBJECT + 1];

	if (len == 0 || lp_utf8_chars(subject, len) > 3 || lp_indicator_by_suffix(subject, len) != NULL)
		return;
	while (p < prev_len)
	{
		int			cl;

		(void) lp_utf8_next(prev + p, prev_len - p, &cl);
		p += cl;
		if (p >= prev_len || p + len > LP_MAX_SUBJECT)
			return;
		memcpy(cand, prev, p);
		memcpy(cand + p, subject, len + 1);
		if (lp_indicator_by_suffix(cand, p + len) != NULL)
		{
			memcpy(subject, cand, p + len + 1);
			return;
		}
	}
}

/* the rows of fenbie_pairs.tsv, read once: pointers into the embedded file */
#define MAX_FENBIE_PAIRS 32
#define FENBIE_PARTS 3			/* things one word names at most */
typedef struct fenbie_pair
{
	const char *f[FENBIE_PARTS + 1];	/* word, first, second, third (may be empty) */
	size_t		fl[FENBIE_PARTS + 1];
} fenbie_pair;
static fenbie_pair fenbie_pairs[MAX_FENBIE_PAIRS];
static volatile int n_fenbie_pairs = -1;

static void
load_fenbie_pairs(void)
{
	lp_data_iter it;
	int			n = 0,
				k;

	lp_data_open(&it, LP_DATA_FENBIE_PAIRS);
	while (lp_data_next(&it, NULL) > 0)
	{
		if (n == MAX_FENBIE_PAIRS)
			lp_data_row_error(&it, NULL, "more than %d pairs", MAX_FENBIE_PAIRS);
		for (k = 0; k <= FENBIE_PARTS; k++)
		{
			fenbie_pairs[n].f[k] = it.row.f[k];
			fenbie_pairs[n].fl[k] = it.row.len[k];
		}
		n++;
	}
	n_fenbie_pairs = n;			/* last: the table is complete */
}

/*
 * One subject before 分别 naming two or three things in one word
 * (fenbie_pairs.tsv): "城乡居民人均可支配收入" → 城镇居民人均可支配收入,
 * 农村居民人均可支配收入; "一二三产增加值" → 第一产业增加值, ….
 */
static void
fenbie_split_pair(lp_fenbie *fb)
{
	char	   *item = fb->items[0];
	size_t		ilen = strlen(item);
	int			p,
				k;

	if (n_fenbie_pairs < 0)
		load_fenbie_pairs();
	for (p = 0; p < n_fenbie_pairs; p++)
	{
		const char *const *f = fenbie_pairs[p].f;
		const size_t *fl = fenbie_pairs[p].fl;
		const char *w = memmem(item, ilen, f[0], fl[0]);
		size_t		head,
					rest;
		int			parts = fl[3] > 0 ? 3 : 2;

		if (w == NULL)
			continue;			/* the first row that matches: longer words first */
		head = (size_t) (w - item);
		rest = ilen - head - fl[0];
		for (k = 1; k <= parts; k++)
			if (head + rest + fl[k] > LP_MAX_SUBJECT)
				return;
		/* the later parts first: they are built from the item the first overwrites */
		for (k = parts; k >= 2; k--)
		{
			memcpy(fb->items[k - 1], item, head);
			memcpy(fb->items[k - 1] + head, f[k], fl[k]);
			memcpy(fb->items[k - 1] + head + fl[k], w + fl[0], rest);
			fb->items[k - 1][head + fl[k] + rest] = '\0';
		}
		memmove(item + head + fl[1], w + fl[0], rest + 1);
		memcpy(item + head, f[1], fl[1]);
		fb->n = parts;
		return;
	}
}

/* "出口和进口分别增长4%和6%": two items joined by 和 (与, 及) */
static void
fenbie_split_and(lp_fenbie *fb)
{
	static const char *const joins[] = {"和", "与", "及"};
	char	   *item = fb->items[0];
	size_t		len = strlen(item),
				at = 0;
	int			j;

	for (j = 0; j < 3; j++)
	{
		const char *w = item,
				   *hit;

		while ((hit = memmem(w, len - (size_t) (w - item), joins[j], 3)) != NULL)
		{
			if ((size_t) (hit - item) > at)
				at = (size_t) (hit - item);
			w = hit + 3;
		}
	}
	if (at == 0 || at + 3 >= len)
		return;
	memcpy(fb->items[1], item + at + 3, len - at - 3 + 1);
	item[at] = '\0';
	fb->n = 2;
}

void
lp_fenbie_read(lp_fenbie *fb, const char *s, size_t a, size_t b)
{
	size_t		la = a,
				lb = b;

	fb->n = 0;
	fb->next = 0;
	/* the list ends where its subject would (the items start at a, as read) */
	lp_subject_clean(s, &la, &lb);
	fenbie_items(fb, s, a, lb);
	if (fb->n >= 2)
	{
		fenbie_share_heads(fb);
		fenbie_share_lead(fb);
	}
	if (fb->n == 1)
		fenbie_split_pair(fb);
	if (fb->n == 1)
	{
		fenbie_split_and(fb);
		if (fb->n == 2)
		{
			fenbie_share_heads(fb);
			fenbie_share_lead(fb);
		}
	}
}

/* Values in s[from, to) up to the clause end: runs of digits joined by 、和及与. */
static int
fenbie_values(const char *s, size_t from, size_t to)
{
	size_t		i = from;
	int			n = 0,
				in_num = 0;

	while (i < to)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + i, to - i, &cl);

		if (lp_is_clause_end(cp))
			break;
		if ((cp >= '0' && cp <= '9') || (in_num && cp == '.'))
		{
			n += !in_num;
			in_num = 1;
		}
		else
			in_num = 0;
		i += cl;
	}
	return n;
}

/* Values in s[from, to) up to the clause end, all followed by the same character. */
static int
same_unit_values(const char *s, size_t from, size_t to)
{
	size_t		i = from;
	int			n = 0,
				in_num = 0;
	uint32_t	unit = 0;

	while (i < to)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + i, to - i, &cl);

		if (lp_is_clause_end(cp) || cp == 0xFF08 || cp == '(')
			break;				/* a bracket holds other figures (年度目标…) */
		if ((cp >= '0' && cp <= '9') || (in_num && cp == '.'))
		{
			n += !in_num;
			in_num = 1;
		}
		else
		{
			if (in_num && n == 1)
				unit = cp;
			else if (in_num && cp != unit)
				return 0;
			in_num = 0;
		}
		i += cl;
	}
	return n;
}

int
lp_fenbie_implicit(lp_fenbie *fb, const char *s, size_t a, size_t b, size_t q_start, size_t to)
{
	int			k,
				j,
				values;
	const char *codes[LP_MAX_FENBIE];

	/* two values or more, counted before the list is read (a refused one leaves n, next 0) */
	if (memmem(s + a, b - a, "、", 3) == NULL || (values = same_unit_values(s, q_start, to)) < 2)
		return (fb->n = fb->next = 0);
	lp_fenbie_read(fb, s, a, b);
	if (fb->n < 2 || values != fb->n)
	{
		fb->n = 0;
		return 0;
	}
	for (k = 0; k < fb->n; k++)
	{
		codes[k] = lp_indicator_by_suffix(fb->items[k], strlen(fb->items[k]));
		for (j = 0; codes[k] && j < k; j++)
			if (strcmp(codes[j], codes[k]) == 0)
				codes[k] = NULL;
		if (codes[k] == NULL)
		{
			fb->n = 0;
			return 0;
		}
	}
	return 1;
}

int
lp_fenbie_again(lp_fenbie *fb, const char *s, size_t q_start, size_t to)
{
	if (fb->n < 2 || fb->next != fb->n || same_unit_values(s, q_start, to) != fb->n)
		return 0;
	fb->next = 0;
	return 1;
}

void
lp_fenbie_recall(lp_fenbie *fb, const lp_fenbie *recent, const char *s, size_t from, size_t to)
{
	int			want = fenbie_values(s, from, to),
				k;

	fb->n = 0;
	fb->next = 0;
	if (want < 2 || want > recent->n)
		return;
	for (k = recent->n - want; k < recent->n; k++)
		memcpy(fb->items[fb->n++], recent->items[k], LP_MAX_SUBJECT + 1);
}

void
lp_fenbie_remember(lp_fenbie *recent, const char *subject)
{
	if (subject[0] == '\0' ||
		(recent->n > 0 && strcmp(recent->items[recent->n - 1], subject) == 0))
		return;
	if (recent->n == LP_MAX_FENBIE)
	{
		memmove(recent->items[0], recent->items[1], (LP_MAX_FENBIE - 1) * (LP_MAX_SUBJECT + 1));
		recent->n--;
	}
	lp_copy_str(recent->items[recent->n++], LP_MAX_SUBJECT + 1, subject);
}
