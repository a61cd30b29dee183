/*
 * lp_fenbie.c — 分别 and the lists like it: "城镇、农村居民人均可支配收入分别
 * 增长5%、7%" gives each subject listed its value, the list read with the
 * heads its items share (城乡 split by fenbie_pairs.tsv); a list with no
 * 分别 whose values follow one for each item; a 分别 with no list naming the
 * subjects just named.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif

#include "lp.h"
#include "lp_clause.h"
#include "lp_data.h"
#include "lp_fenbie.h"
#include "lp_indicator.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * The items of the list s[i, b), separated by 、; a name with 、 in it
 * (words.tsv list_name_with_sep: 交通运输、仓储和邮政业) is one item
 */
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
			size_t		w = lp_words_prefix(LP_W_LIST_NAME_WITH_SEP, s + j, b - j);

			if (w > 0)
				cl = (int) w;	/* "全区交通运输、仓储和邮政业": past its 、 */
			else if (lp_is_list_sep(cp))
				break;
			j += (size_t) cl;
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

/* Does the name that ends item take in its first item_len bytes, the item's own words? */
static int
names_own_words(const char *item, size_t item_len)
{
	size_t		len = strlen(item),
				il = 0;

	return lp_indicator_suffix(item, len, &il) != NULL && il + item_len > len;
}

/*
 * Does item end with the last two characters of last, the head noun a name
 * ends with (建安投资 beside 高新技术产业投资: 投资)?  Such an item is a whole
 * name of its own, one the catalogue lacks, and borrows no tail.
 */
static int
ends_as_last(const char *item, size_t item_len, const char *last, size_t last_len)
{
	size_t		t = last_len;

	if (t > 0)
		t = lp_prev_char(last, t);
	if (t > 0)
		t = lp_prev_char(last, t);
	return t < last_len && last_len - t <= item_len && last_len - t < last_len &&
		memcmp(item + item_len - (last_len - t), last + t, last_len - t) == 0;
}

/*
 * Does an item before the last need its head (names nothing by itself, is no
 * whole name of its own)?  Then the items that do name one are sectors too.
 */
static int
some_item_needs_head(const lp_fenbie *fb, const char *last, size_t last_len)
{
	int			k;

	for (k = 0; k < fb->n - 1; k++)
	{
		size_t		len = strlen(fb->items[k]);

		if (len > 0 && lp_indicator_by_suffix(fb->items[k], len) == NULL &&
			!ends_as_last(fb->items[k], len, last, last_len))
			return 1;
	}
	return 0;
}

/*
 * "工业、制造业、工业技改投资分别增长…": an item naming an indicator by itself
 * (工业: industry_va) in a list whose other items share the last one's head is
 * a sector like them: it takes the shortest tail of the last item that makes a
 * name with it (工业 + 投资), when the last item is longer than that tail.
 */
static void
sector_takes_head(char *item, size_t item_len, const char *last, size_t last_len)
{
	char		cand[LP_MAX_SUBJECT + 1];

	memcpy(cand, item, item_len + 1);
	share_other_tail(cand, item_len, last, last_len);
	if (strlen(cand) > item_len && strlen(cand) - item_len < last_len)
		memcpy(item, cand, strlen(cand) + 1);
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
	int			k,
				sectors;

	/*
	 * a last item that is a part lends no head: "化学原料和化学制品制造业、
	 * 计算机、通信和其他电子设备制造业、黑色金属冶炼和压延加工业增加值" (a
	 * branch) would lend 计算机 the words 属冶炼和压延加工业增加值
	 */
	if (lp_indicator_narrowed(last, last_len))
		return;
	sectors = some_item_needs_head(fb, last, last_len);
	for (k = 0; k < fb->n - 1; k++)
	{
		char	   *item = fb->items[k];
		size_t		item_len = strlen(item),
					item_chars = lp_utf8_chars(item, item_len),
					skip = 0,
					c;

		if (item_chars > 0 && sectors && lp_indicator_by_suffix(item, item_len) != NULL &&
			!ends_as_last(item, item_len, last, last_len))
			sector_takes_head(item, item_len, last, last_len);
		if (item_chars == 0 || lp_indicator_by_suffix(item, item_len) != NULL ||
			ends_as_last(item, item_len, last, last_len))
			continue;
		/* "金融机构存、贷款余额": a lead and a head, the last one's tail */
		if (item_chars + 1 >= last_chars)
		{
			share_other_tail(item, item_len, last, last_len);
			continue;
		}
		for (c = 0; c < item_chars; c++)
		{
			int			cl;

			(void) lp_utf8_next(last + skip, last_len - skip, &cl);
			skip += cl;
		}
		if (item_len + last_len - skip <= LP_MAX_SUBJECT)
			memmove(item + item_len, last + skip, last_len - skip + 1);
		if (!names_own_words(item, item_len))
		{
			/*
			 * "城镇和农村牧区常住居民人均可支配收入": 城镇 + 牧区常住居民…
			 * names only the borrowed words; a shorter tail takes in its own
			 */
			item[item_len] = '\0';
			share_other_tail(item, item_len, last, last_len);
			if (strlen(item) == item_len && item_len + last_len - skip <= LP_MAX_SUBJECT)
				memmove(item + item_len, last + skip, last_len - skip + 1);
		}
	}
}

/*
 * "规模以上工业实现增加值、利润": a verb (words.tsv list_head_verb) between the
 * head the items share and the first item's name is no part of either: the
 * first item is the head and the name (规模以上工业增加值), when that names
 * an indicator, and the later items share its head (fenbie_share_lead).
 */
static void
fenbie_drop_head_verb(lp_fenbie *fb)
{
	char	   *first = fb->items[0],
				cand[LP_MAX_SUBJECT + 1];
	size_t		len = strlen(first),
				wl = 0;
	long		at = lp_words_find(LP_W_LIST_HEAD_VERB, first, len, &wl);

	if (at <= 0 || (size_t) at + wl >= len || lp_indicator_by_suffix(first, len) != NULL)
		return;
	memcpy(cand, first, (size_t) at);
	memcpy(cand + at, first + at + wl, len - (size_t) at - wl + 1);
	if (lp_indicator_by_suffix(cand, len - wl) != NULL)
		memcpy(first, cand, len - wl + 1);
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

/* a short subject: 支出 (after 一般公共预算收入), 购进价格 (after 工业生产者出厂价格);
 * not one that is a headline's name by itself (share_lead_not: 投资) */
#define SHARE_LEAD_MAX_CHARS 4

void
lp_subject_share_lead(char *subject, const char *prev)
{
	size_t		len = strlen(subject),
				prev_len = strlen(prev),
				p = 0;
	char		cand[LP_MAX_SUBJECT + 1];

	/* more bytes than SHARE_LEAD_MAX_CHARS characters of four hold: not counted;
	 * no name before it, nothing to share (the name lookup last: the dearer test) */
	if (len == 0 || len > 4 * SHARE_LEAD_MAX_CHARS || prev_len == 0 ||
		lp_utf8_chars(subject, len) > SHARE_LEAD_MAX_CHARS ||
		lp_words_prefix(LP_W_SHARE_LEAD_NOT, subject, len) == len ||
		lp_indicator_by_suffix(subject, len) != NULL)
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

/*
 * "一、二、三产业现价增加值" (no 第, often after 其中), "第一、二、三次产业增加值"
 * (次 of 三次产业 on the last): the three sectors, each with the words after 产业.
 */
static void
fenbie_three_industries(lp_fenbie *fb)
{
	static const char *const sector[3] = {"第一产业", "第二产业", "第三产业"};
	size_t		l0 = fb->n == 3 ? strlen(fb->items[0]) : 0,
				hl = 0,
				rest_len;
	char		rest[LP_MAX_SUBJECT + 1];
	int			k;

	if (fb->n != 3 || l0 < 3 || !lp_same(fb->items[0] + l0 - 3, "一", 3) ||
		strcmp(fb->items[1], "二") != 0)
		return;
	if (strncmp(fb->items[2], "三产业", 9) == 0)
		hl = 9;
	else if (strncmp(fb->items[2], "三次产业", 12) == 0)
		hl = 12;
	else
		return;
	rest_len = strlen(fb->items[2]) - hl;
	if (rest_len + 12 > LP_MAX_SUBJECT)
		return;
	memcpy(rest, fb->items[2] + hl, rest_len + 1);
	for (k = 0; k < 3; k++)
	{
		size_t		sl = strlen(sector[k]);

		memcpy(fb->items[k], sector[k], sl);
		memcpy(fb->items[k] + sl, rest, rest_len + 1);
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
	if (lp_fenbie_parts_of_year(fb, s, a, b) || lp_fenbie_shares_of_wholes(fb, s, a, b))
		return;
	/* the list ends where its subject would (the items start at a, as read) */
	lp_subject_clean(s, &la, &lb);
	/*
	 * "A和B均分别增长8.5%、9.5%", "A和B年均分别增长8.8%、9.9%": 均 and 年均
	 * before 分别 are no part of B (人均 is a name)
	 */
	if (lb >= la + 9 && lp_at(s, lb, lb - 6, "年均"))
		lb -= 6;
	else if (lb >= la + 6 && lp_at(s, lb, lb - 3, "均") && !lp_at(s, lb, lb - 6, "人"))
		lb -= 3;
	/*
	 * "投资增长8%、城乡居民人均可支配收入分别增长…": a list that follows the
	 * figure of an item before it starts after the 、 that ends that item (the
	 * lead starts where the figure ends); an empty first item names nothing
	 */
	fenbie_items(fb, s, lp_skip_separators(s, a, lb), lb);
	fenbie_three_industries(fb);
	if (fb->n >= 2)
	{
		fenbie_drop_head_verb(fb);
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
		uint32_t	cp;

		/* a hanzi (U+4000-U+9FFF) after no number ends nothing and changes nothing */
		if (!in_num && i + 3 <= to && ((unsigned char) s[i]) >= 0xE4 && ((unsigned char) s[i]) <= 0xE9 &&
			lp_utf8_cont(s[i + 1]) && lp_utf8_cont(s[i + 2]))
		{
			i += 3;
			continue;
		}
		cp = lp_utf8_next(s + i, to - i, &cl);
		/* a thousands separator is part of the number: 41,260元 */
		if (in_num && cp == ',' && i + 1 < to && s[i + 1] >= '0' && s[i + 1] <= '9')
		{
			i++;
			continue;
		}
		if (lp_is_clause_end(cp) || cp == 0xFF08 || cp == '(')
			break;				/* a bracket holds other figures (年度目标…) */
		/* "23292元和7750元、分别增长8.8%和10%": 、 before words opens a predicate */
		if (cp == 0x3001 && i + cl < to && (s[i + cl] < '0' || s[i + cl] > '9'))
			break;
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

/* Does s[a, b) hold a word of fenbie_pairs.tsv ("城乡居民收入")? */
static int
names_a_pair(const char *s, size_t a, size_t b)
{
	int			p;

	if (n_fenbie_pairs < 0)
		load_fenbie_pairs();
	for (p = 0; p < n_fenbie_pairs; p++)
	{
		const char *w = fenbie_pairs[p].f[0],
				   *at = s + a;
		size_t		wl = fenbie_pairs[p].fl[0];

		/* a word of hanzi: from one place its first hanzi stands to the next (SSE2) */
		if (wl < 3 || (((unsigned char) w[0]) & 0xF0) != 0xE0)
		{
			if (memmem(s + a, b - a, w, wl) != NULL)
				return 1;
			continue;
		}
		while ((at = lp_find3(at, (size_t) (s + b - at), w)) != NULL)
		{
			if ((size_t) (s + b - at) >= wl && memcmp(at + 3, w + 3, wl - 3) == 0)
				return 1;
			at += 3;
		}
	}
	return 0;
}

int
lp_fenbie_implicit(lp_fenbie *fb, const char *s, size_t a, size_t b, size_t q_start, size_t to)
{
	int			k,
				j,
				values;
	const char *codes[LP_MAX_FENBIE];
	const char *share;

	/*
	 * two values or more, counted before the list is read (a refused one
	 * leaves n, next 0); counted first: most figures stand alone in their
	 * clause, and the count reads the few bytes after the figure where the
	 * look-ups below read the whole window before it
	 */
	if ((values = same_unit_values(s, q_start, to)) < 2)
		return (fb->n = fb->next = 0);
	/* "三次产业增加值占生产总值的比重为13.2%、52.1%和34.7%": the list is before 占 */
	share = lp_find3(s + a, b - a, "占");
	if (share != NULL && (size_t) (share - s) > a)
		b = (size_t) (share - s);
	/* two joined by 和 too: "城镇和农村居民人均可支配收入41260元和20118元";
	 * or one word naming two: "城乡居民收入达到23292元和7750元" */
	if (lp_find3(s + a, b - a, "、") == NULL && lp_find3(s + a, b - a, "和") == NULL &&
		!names_a_pair(s, a, b))
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
	int			want = lp_fenbie_values(s, from, to, 1),
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

/*
 * "城镇登记失业率、居民消费价格指数和人口自然增长率分别控制在4.2%、3%、
 * 2.5‰以内": a list whose last item joins two by 和 (与, 及) when one value
 * more than its items follows 分别 in s[b, to) (a name with 与 in it,
 * 研究与试验发展经费, stays whole when the values count it as one); else
 * its first item that joins two.
 */
/*
 * "其中交通运输、仓储和邮政业，房地产业增加值分别增长21.6%和12.3%": a list one
 * item short of its values, right after a ， ending a name with 、 in it
 * (list_name_with_sep), the comma used as the separator the name could not
 * use: the name is the list's first item.
 */
static int
name_with_sep_before(lp_fenbie *fb, const char *s, size_t a)
{
	size_t		c,
				w;

	if (a >= 3 && lp_at(s, a, a - 3, "，"))
		c = a - 3;
	else if (a >= 1 && s[a - 1] == ',')
		c = a - 1;				/* the ASCII comma of many pages */
	else
		return 0;
	w = lp_words_suffix(LP_W_LIST_NAME_WITH_SEP, s, c);
	if (w == 0 || w > LP_MAX_SUBJECT)
		return 0;
	memmove(fb->items[1], fb->items[0], (size_t) fb->n * (LP_MAX_SUBJECT + 1));
	lp_subject_copy(fb->items[0], s, c - w, c);
	fb->n++;
	return 1;
}

void
lp_fenbie_read_fit(lp_fenbie *fb, const char *s, size_t a, size_t b, size_t to)
{
	lp_fenbie_read_fit_from(fb, s, a, b, b, to);
}

void
lp_fenbie_read_fit_from(lp_fenbie *fb, const char *s, size_t a, size_t b, size_t from, size_t to)
{
	lp_fenbie	last;

	lp_fenbie_read(fb, s, a, b);
	if (fb->n == 0 || fb->n >= LP_MAX_FENBIE || lp_fenbie_values(s, from, to, 0) != fb->n + 1)
		return;
	if (name_with_sep_before(fb, s, a) || fb->n < 2)
		return;
	last.n = 1;
	memcpy(last.items[0], fb->items[fb->n - 1], LP_MAX_SUBJECT + 1);
	fenbie_split_and(&last);
	if (last.n == 2)
	{
		/* "…、高中阶段和高等教育毛入学率": 高中阶段 shares the other's head */
		fenbie_share_heads(&last);
		memcpy(fb->items[fb->n - 1], last.items[0], LP_MAX_SUBJECT + 1);
		memcpy(fb->items[fb->n++], last.items[1], LP_MAX_SUBJECT + 1);
		return;
	}
	/*
	 * "工业用电量和金融机构存、贷款余额分别增长12%、13%、14%": the first
	 * item joins two by 和 when the last does not
	 */
	last.n = 1;
	memcpy(last.items[0], fb->items[0], LP_MAX_SUBJECT + 1);
	fenbie_split_and(&last);
	if (last.n != 2)
		return;
	fenbie_share_heads(&last);
	memmove(fb->items[2], fb->items[1], (size_t) (fb->n - 1) * (LP_MAX_SUBJECT + 1));
	memcpy(fb->items[0], last.items[0], LP_MAX_SUBJECT + 1);
	memcpy(fb->items[1], last.items[1], LP_MAX_SUBJECT + 1);
	fb->n++;
}
