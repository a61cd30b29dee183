/*
 * lp_docyear.c — the year a document speaks from, reasoned from what it says
 * about time when its title, headings and date line state none.  News,
 * reposts and WeChat articles often name only other years: the event they
 * look back on (时针拨回2019年8月18日), the start of a count (自2016年), the
 * base of a comparison (比2019年同期).  Those years place the document:
 *
 *   delivery     a speech's delivery line anywhere in the head
 *                ("——2020年1月9日在…人民代表大会第四次会议上");
 *   publication  a publication date in the head of a page
 *                ("发布时间：2021-08-26", "2020-05-06 07:15"), or a
 *                masthead's ("明报　2026年1月28日　星期三");
 *   plan         a stage of a five-year plan ("今年是“十四五”规划收官之年";
 *                lp_docyear_plan.c);
 *   anniversary  "挂牌三周年" of a dated event ("2021年9月17日，…挂牌成立")
 *                or of one in time_events.tsv ("新中国成立七十五周年");
 *   elapsed      "自2016年…，8年来", "五年前的二〇一九年", and "比2019年同期…
 *                两年平均增长" (the years averaged end in the document's);
 *                "较2023年末净增" (a stock's base: the year before's end);
 *   session      a national congress session in the text's first lines
 *                ("十四届全国人大二次会议" → 2024, lp_session_year.c).
 *
 * The first kind found in this order decides; within a kind, the first
 * occurrence.  Only the head of a text is read.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_data.h"
#include "lp_docyear_int.h"
#include "lp_ordinal.h"
#include "lp_period.h"
#include "lp_pubdate.h"
#include "lp_session_year.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdlib.h>
#include <string.h>

#define HEAD_BYTES (16 * 1024)	/* the document's time is set near its start */
#define PUBLISHED_BYTES 1024	/* a page's publication line is in its first lines */
#define SESSION_BYTES 2048		/* the session news opens with */
#define TITLED_BYTES 512		/* where a title bracketing its delivery date starts */

/* Is cp a character of a small count (8, 两, 七十五)? */
static int
count_char(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || lp_cn_digit(cp) >= 0 || cp == 0x5341;	/* 十 */
}

/* A count of 1..199 ending just before s[i] ("三" of 三周年); its value, *start where it begins; 0 if none. */
static int
count_before(const char *s, size_t i, size_t *start)
{
	size_t		p = i,
				k;
	int			n,
				v = 0;

	for (k = 0; k < 4 && p > 0; k++)
	{
		size_t		q = lp_prev_char(s, p);

		if (!count_char(lp_utf8_next(s + q, p - q, &n)))
			break;
		p = q;
	}
	if (p == i || lp_ordinal_at(s, i, p, &v) != i - p || v < 1 || v > 199)
		return 0;
	*start = p;
	return v;
}

#define WRAPPED_LINES 3			/* lines a sentence broken at a page width runs on */

/*
 * The sentence holding s[i], run on over the lines that break it without
 * punctuation ("…关于支持深圳建设中国特色社会⏎主义先行示范区的意见》"), up
 * to WRAPPED_LINES more: [*a, *b).
 */
static void
sentence_across_lines(const char *s, size_t len, size_t i, size_t *a, size_t *b)
{
	int			k,
				n;

	lp_docyear_sentence_around(s, len, i, a, b);
	for (k = 0; k < WRAPPED_LINES && *b + 1 < len && s[*b] == '\n' && s[*b + 1] != '\n' &&
		 *b > *a && !lp_docyear_sentence_end(lp_utf8_next(s + lp_prev_char(s, *b), *b - lp_prev_char(s, *b), &n)); k++)
	{
		size_t		na,
					nb;

		lp_docyear_sentence_around(s, len, *b + 1, &na, &nb);
		*b = nb;
	}
}

/* A full date at s[i] ("2021年9月17日"): its year, 0 if none. */
static int
full_date_at(const char *s, size_t len, size_t i, int *month)
{
	size_t		at,
				n;
	int			y = lp_find_year(s + i, len - i < 16 ? len - i : 16, &at),
				v;

	if (y == 0 || at != 0)
		return 0;
	i += (((unsigned char) s[i]) < 0x80 ? 4 : 12) + 3;
	if ((n = lp_ordinal_at(s, len, i, &v)) == 0 || v < 1 || v > 12 || !lp_at(s, len, i + n, "月"))
		return 0;
	if (month)
		*month = v;
	i += n + 3;
	if ((n = lp_ordinal_at(s, len, i, &v)) == 0 || v < 1 || v > 31 || !lp_at(s, len, i + n, "日"))
		return 0;
	return y;
}

/* Do s[a, b) and the word w[0, wn) share two characters in a row? */
static int
shares_pair(const char *s, size_t a, size_t b, const char *w, size_t wn)
{
	size_t		i;
	int			n1,
				n2;

	for (i = 0; i < wn; i += n1)
	{
		uint32_t	c1 = lp_utf8_next(w + i, wn - i, &n1);

		if (i + n1 >= wn || c1 < 0x3400)
			continue;
		if (lp_utf8_next(w + i + n1, wn - i - n1, &n2) < 0x3400)
			continue;
		if (lp_find3(s + a, b - a, w + i) != NULL)
		{
			const char *p = s + a;

			while ((p = lp_find3(p, (size_t) (s + b - p), w + i)) != NULL)
			{
				if ((size_t) (s + b - p) >= (size_t) (n1 + n2) &&
					memcmp(p, w + i, n1 + n2) == 0)
					return 1;
				p += 3;
			}
		}
	}
	return 0;
}

/* The events of time_events.tsv, loaded once. */
#define MAX_EVENTS LP_DATA_MAX_EVENTS	/* check-data holds the file to it */

static lp_docyear_word events[MAX_EVENTS];
static int	n_events = -1;

/* The year of a named event in s[a, b) ("新中国成立"), 0 if none. */
static int
named_event(const char *s, size_t a, size_t b)
{
	int			k;

	if (n_events < 0)
		n_events = lp_docyear_words_load(LP_DATA_TIME_EVENTS, events, MAX_EVENTS);
	for (k = 0; k < n_events; k++)
		if (lp_docyear_word_at(s + a, b - a, &events[k]) >= 0)
			return events[k].year;
	return 0;
}

/* Does s[a, q) open with "刚刚过去的一年"?  Its anniversary is the past year's. */
static int
past_year_opens(const char *s, size_t a, size_t q)
{
	size_t		k;

	while (a < q && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n' || s[a] == '\r'))
		a++;
	k = lp_words_prefix(LP_W_YEAR_REVIEWED_BEFORE, s + a, q - a);
	return k > 0 && lp_at(s, q, a + k, "一年");
}

/*
 * "N周年": of an event named before it in its sentence, else of the dated
 * event whose sentence shares a word with what stands before the count
 * ("挂牌三周年" and "2021年9月17日，…挂牌成立"); the year after it when the
 * sentence says it of the year just past ("刚刚过去的一年，是…25周年").
 */
static int
anniversary(const char *s, size_t len)
{
	long		at;
	size_t		from = 0,
				wl;
	int			tries = 0;

	/* a few anniversaries at most: each may scan the head for dates */
	while (from < len && tries++ < 8 &&
		   (at = lp_words_find(LP_W_ANNIVERSARY, s + from, len - from, &wl)) >= 0)
	{
		size_t		p = from + (size_t) at,
					q,
					a,
					b,
					k,
					i;

		LP_CHECK_INTERRUPTS();
		int			n = count_before(s, p, &q),
					y;

		from = p + wl;
		if (n == 0)
			continue;
		lp_docyear_sentence_around(s, len, q, &a, &b);
		/* "2021年是…成立100周年": the year is named, not said to be 今年 */
		if (lp_find_year(s + a, q - a, &k) != 0)
			continue;
		if ((y = named_event(s, a, q)) != 0)
			return y + n + past_year_opens(s, a, q);
		/* up to four characters before the count name the event */
		for (k = 0, i = q; k < 4 && i > a; k++)
		{
			size_t		j = lp_prev_char(s, i);
			int			m;

			if (lp_utf8_next(s + j, i - j, &m) < 0x3400)
				break;
			i = j;
		}
		if (q - i < 6)
			continue;
		for (size_t d = 0; d < len; d++)
		{
			if ((d & 4095) == 0)
				LP_CHECK_INTERRUPTS();
			size_t		da,
						db;

			if ((unsigned char) s[d] > '2' || (unsigned char) s[d] < '1' ||
				(y = full_date_at(s, len, d, NULL)) == 0)
				continue;
			sentence_across_lines(s, len, d, &da, &db);
			if (shares_pair(s, da, db, s + i, q - i))
				return y + n + past_year_opens(s, a, q);
			d = db;
		}
	}
	return 0;
}

/*
 * A year written right after s[i] (past 的, a comma, a space): its value or 0.
 * A mark between items is no such gap: in "报告共分两部分：2017年工作回顾；
 * 2018年主要工作" and "报告分为2014年工作回顾、2015年工作总体部署" the year
 * after 回顾 is the next item's, not the year reviewed.
 */
static int
year_right_after(const char *s, size_t len, size_t i)
{
	size_t		at,
				n = len - i < 24 ? len - i : 24;
	int			y = lp_find_year(s + i, n, &at);

	/* "回眸2024，…": a news page's year with no 年 */
	if (y == 0)
		return lp_bare_year_at(s, len, i);
	if (at > 3)
		return 0;
	/* "2023年工作总结和2024年工作计划": 和 joins the next item too */
	if (memchr(s + i, ';', at) != NULL || (at == 3 && (lp_same(s + i, "；", 3) ||
													lp_same(s + i, "、", 3) ||
													lp_same(s + i, "。", 3) ||
													lp_same(s + i, "和", 3) ||
													lp_same(s + i, "及", 3))))
		return 0;
	return y;
}

/*
 * Is the year at s[y..e) (e right after its 年) the base of a comparison
 * naming a part of that year and growth since it, the average's span
 * following within its clause: "比2019年一季度增长18.6%，两年平均增长8.9%" (a 2021 release
 * against 2019's quarter, as "比2019年同期")?  The 比 keeps a release's own
 * "2021年一季度" from counting as a base.
 */
static int
base_part_before(const char *s, size_t len, size_t y, size_t e, size_t avg)
{
	char		suffix[24];

	if (y < 3 || !(lp_at(s, len, y - 3, "比") || lp_at(s, len, y - 3, "较")) ||
		e >= avg || avg - e > 90)
		return 0;
	lp_period_suffix(s + e, len - e < 12 ? len - e : 12, suffix, sizeof(suffix));
	/* grown since that part ("比2019年一季度增长"), not a change of rate
	 * against last month ("比2022年12月加快3.2个百分点；两年平均增长7.9%") */
	return suffix[0] != '\0' && lp_contains(s + e, avg - e < 21 ? avg - e : 21, "增长");
}

/*
 * "自2016年…，8年来" (a start and the years since), "五年前的二〇一九年"
 * (a year and the years since), "比2019年同期…两年平均" (a base and the
 * years averaged; "比2021年同期两年平均增速高": the year after that year's
 * average).
 */
static int
elapsed(const char *s, size_t len)
{
	long		at;
	size_t		from = 0,
				wl,
				q;
	int			tries = 0;

	/* a few counts at most: each reads its sentence */
	while (from < len && tries++ < 16 &&
		   (at = lp_words_find(LP_W_ELAPSED_SINCE, s + from, len - from, &wl)) >= 0)
	{
		size_t		p = from + (size_t) at,
					a,
					b,
					yat,
					k;
		int			n = count_before(s, p, &q),
					y;

		from = p + wl;
		if (n < 2)
			continue;
		lp_docyear_sentence_around(s, len, q, &a, &b);
		/* the start: a year after 自 or 从 earlier in the sentence */
		for (k = a; k < q && (y = lp_find_year(s + k, q - k, &yat)) != 0; k += yat + 1)
			if (k + yat >= 3 && (lp_at(s, len, k + yat - 3, "自") || lp_at(s, len, k + yat - 3, "从")))
				return y + n;
	}
	from = 0;
	while (from < len && tries++ < 32 &&
		   (at = lp_words_find(LP_W_ELAPSED_AGO, s + from, len - from, &wl)) >= 0)
	{
		size_t		p = from + (size_t) at,
					i = p + wl;
		int			n = count_before(s, p, &q),
					y;

		from = i;
		if (n < 1)
			continue;
		if (lp_at(s, len, i, "的"))
			i += 3;
		if ((y = year_right_after(s, len, i)) != 0)
			return y + n;
	}
	if ((at = lp_words_find(LP_W_YEARS_AVERAGE, s, len, &wl)) >= 0)
	{
		int			n = count_before(s, (size_t) at, &q),
					y;
		size_t		yat,
					k;

		/* the base: "2019年同期" */
		for (k = 0; n >= 2 && k < len && (y = lp_find_year(s + k, len - k, &yat)) != 0; k += yat + 1)
		{
			size_t		e = k + yat + (((unsigned char) s[k + yat]) < 0x80 ? 4 : 12) + 3;

			/* "比2021年同期两年平均…高": the average is the base year's own,
			 * compared from the year after */
			if (lp_at(s, len, e, "同期"))
				return e + 6 == q ? y + 1 : y + n;
			if (base_part_before(s, len, k + yat, e, q))
				return y + n;
		}
	}
	return 0;
}

/*
 * A part of the year right after the year named at s[i] ("总结2024年上半年工作"):
 * a half or quarter reviewed in that year, not the year reviewed whole.
 */
static int
part_of_year_follows(const char *s, size_t len, size_t i)
{
	size_t		at,
				n = len - i < 24 ? len - i : 24,
				end;
	char		suffix[24];

	if (lp_find_year(s + i, n, &at) == 0)
		return 0;
	/* the year (4 digits or 4 hanzi) and its 年, then four hanzi at most */
	end = i + at + (((unsigned char) s[i + at]) < 0x80 ? 4 : 12) + 3;
	if (end >= len)
		return 0;
	lp_period_suffix(s + end, len - end < 12 ? len - end : 12, suffix, sizeof(suffix));
	return suffix[0] != '\0';
}

/*
 * The year written right before a review word that ends at s[end] and is the
 * tail of a part's name ("2023年工作回顾": 回顾 ends 工作回顾): that year, or 0.
 * News of a session outlines the report ("报告分为2023年工作回顾,2024年主要
 * 工作…"): the year after such a 回顾 is the next part's, the year before it
 * the one reviewed.
 */
static int
year_before_review(const char *s, size_t len, size_t end)
{
	size_t		n = lp_words_suffix(LP_W_YEAR_REVIEWED_AFTER, s, end),
				p,
				lo,
				at;
	int			y;

	if (n == 0 || end - n < 7)
		return 0;
	p = end - n;
	lo = p > 15 ? p - 15 : 0;	/* "2023年" or a year in hanzi and 年 */
	while (lo < p && (((unsigned char) s[lo]) & 0xC0) == 0x80)
		lo++;
	if ((y = lp_find_year(s + lo, p - lo, &at)) == 0 || !lp_at(s, len, p - 3, "年") ||
		lo + at + (((unsigned char) s[lo + at]) < 0x80 ? 4 : 12) + 3 != p)
		return 0;
	return y;
}

/* "刚刚过去的2019年", "2019年工作回顾": the year after the one named (a review's year). */
static int
past_year(const char *s, size_t len)
{
	long		at;
	size_t		from = 0,
				wl;
	int			tries = 0,
				y;

	while (from < len && tries++ < 8 &&
		   (at = lp_words_find(LP_W_YEAR_REVIEWED_BEFORE, s + from, len - from, &wl)) >= 0)
	{
		from += (size_t) at + wl;
		if ((y = year_before_review(s, len, from)) != 0)
			return y + 1;
		if ((y = year_right_after(s, len, from)) != 0 && !part_of_year_follows(s, len, from))
			return y + 1;
	}
	return 0;
}

/*
 * "对比2020年全年经济数据…今年前11月…已超过去年全年的8118.5亿元": a sentence
 * naming a year's whole and calling it 去年全年 speaks from the year after.
 */
static int
last_year_named(const char *s, size_t len)
{
	static const char *const last[] = {"去年全年", "上年全年"};
	size_t		k,
				yat;
	int			tries = 0,
				y;

	for (k = 0; k < sizeof(last) / sizeof(last[0]); k++)
	{
		size_t		n = strlen(last[k]),
					i = 0,
					a,
					b;
		const char *w;

		/* a few at most: each reads its sentence, year by year */
		while (tries++ < 8 && (w = memmem(s + i, len - i, last[k], n)) != NULL)
		{
			i = (size_t) (w - s) + n;
			lp_docyear_sentence_around(s, len, (size_t) (w - s), &a, &b);
			/* "2020年全年": the year (4 digits or 4 hanzi) and 年, then 全年 */
			for (; a < b && (y = lp_find_year(s + a, b - a, &yat)) != 0; a += yat + 1)
				if (lp_at(s, len, a + yat + (((unsigned char) s[a + yat]) < 0x80 ? 4 : 12) + 3, "全年"))
					return y + 1;
		}
	}
	return 0;
}

/*
 * "较2023年末净增9736户", "比2023年底增长": a stock set against the end of
 * the year before speaks from the year after it.  The first such base.
 */
static int
year_end_base(const char *s, size_t len)
{
	static const char *const ends[] = {"年末", "年底"};
	size_t		k;
	int			tries = 0;

	for (k = 0; k < sizeof(ends) / sizeof(ends[0]); k++)
	{
		size_t		i = 0;
		const char *w;

		/* a few at most: each looks back over a year's digits */
		while (tries++ < 16 && (w = memmem(s + i, len - i, ends[k], 6)) != NULL)
		{
			size_t		e = (size_t) (w - s),
						at;
			int			y;

			i = e + 6;
			/* four ASCII digits and 比 or 较 before them */
			if (e < 7 || lp_find_year(s + e - 4, 7, &at) == 0 || at != 0)
				continue;
			y = atoi(s + e - 4);
			if (lp_at(s, len, e - 7, "较") || lp_at(s, len, e - 7, "比"))
				return y + 1;
		}
	}
	return 0;
}

/* The year of the first full date in s[0, len) and its *month (may be NULL); 0 if none. */
static int
full_date_in(const char *s, size_t len, int *month)
{
	size_t		from = 0,
				at;
	int			y;

	while (from < len && (y = lp_find_year(s + from, len - from, &at)) != 0)
	{
		if (full_date_at(s, len, from + at, month))
			return y;
		from += at + 1;
	}
	return 0;
}

int
lp_full_date_in(const char *s, size_t len)
{
	return full_date_in(s, len, NULL);
}

/*
 * A masthead or page line in the first lines: short, no sentence, with a
 * full date ("明报　2026年1月28日　星期三"); its year.
 */
static int
masthead_line(const char *s, size_t len, int *month)
{
	size_t		i = 0,
				k,
				ml,
				scan = len < PUBLISHED_BYTES ? len : PUBLISHED_BYTES;
	int			y;

	for (k = 0; k < 5 && i < scan; i++)
	{
		const char *nl = memchr(s + i, '\n', scan - i);
		size_t		e = nl ? (size_t) (nl - s) : scan,
					a = i,
					b = e;

		/* a blank line between title and date line is no line of the head */
		lp_trim(s, &a, &b);
		if (b > a)
			k++;
		if (e - i <= 120 && lp_find_comma(s + i, e - i, &ml) == NULL &&
			lp_find3(s + i, e - i, "。") == NULL && (y = full_date_in(s + i, e - i, month)) != 0)
			return y;
		i = e;
	}
	return 0;
}

/*
 * The delivery line of a speech anywhere in the head, not only under its
 * title ("——2020年1月9日在连江县第十七届人民代表大会第四次会议上"): the
 * date it was given, which a repost's publication date does not move.
 */
static int
delivery_line(const char *s, size_t len)
{
	size_t		i = 0,
				scan = len < 4096 ? len : 4096;
	int			y;

	while (i < scan)
	{
		const char *nl = memchr(s + i, '\n', scan - i);
		size_t		a = i,
					e = nl ? (size_t) (nl - s) : scan,
					d;

		i = e + 1;
		lp_trim(s, &a, &e);
		/* or a title bracketing it: "青禾市政府工作报告(2031年1月6日 张某)", in
		 * the page's first lines (the title's, under a site's bar) */
		if (e - a <= 150 && a < TITLED_BYTES && (d = lp_docyear_titled_date_at(s, a, e)) != 0 &&
			(y = lp_full_date_in(s + d, e - d)) != 0)
			return y;
		if (e - a > 150 || !lp_at(s, e, a, "—") ||
			!lp_words_any(LP_W_DELIVERY_MEETING, s + a, e - a))
			continue;
		if ((y = lp_full_date_in(s + a, e - a)) != 0)
			return y;
	}
	return 0;
}

/* The length of s's first max bytes or fewer, ending on a character's boundary. */
static size_t
head_of(const char *s, size_t len, size_t max)
{
	if (len <= max)
		return len;
	len = max;
	while (len > 0 && (((unsigned char) s[len]) & 0xC0) == 0x80)
		len--;
	return len;
}

/*
 * The month of a wire or paper dateline in the first lines ("本报太原1月14日电",
 * "台海网1月27日讯", "中广网合肥1月14日消息"): a month and a day in digits
 * and a wire word (words.tsv wire_dateline) right after 日; 0 if none.
 */
static int
wire_dateline(const char *s, size_t len, int *year)
{
	size_t		n = len < PUBLISHED_BYTES ? len : PUBLISHED_BYTES,
				i;

	*year = 0;
	for (i = 0; i + 9 <= n; i++)
	{
		size_t		p = i,
					d;
		int			month;

		if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9'))
			continue;
		month = s[p++] - '0';
		if (p < n && s[p] >= '0' && s[p] <= '9')
			month = month * 10 + (s[p++] - '0');
		if (month < 1 || month > 12 || !lp_at(s, n, p, "月"))
			continue;
		for (d = p + 3; d < n && d < p + 5 && s[d] >= '0' && s[d] <= '9'; d++)
			;
		if (d > p + 3 && lp_at(s, n, d, "日") &&
			lp_words_prefix(LP_W_WIRE_DATELINE, s + d + 3, n - d - 3) > 0)
		{
			/* "新华社北京2024年3月5日电": the year is the date's */
			if (i >= 7 && lp_same(s + i - 3, "年", 3) &&
				(i < 8 || s[i - 8] < '0' || s[i - 8] > '9'))
				*year = lp_digits_at(s, n, i - 7, 4);
			return month;
		}
	}
	return 0;
}

int
lp_wire_dateline_month(const char *s, size_t len)
{
	int			year;

	return wire_dateline(s, len, &year);
}

/* The year of a wire dateline with a full date ("新华社北京2024年3月5日电"), 0 if none. */
static int
wire_dateline_year(const char *s, size_t len)
{
	int			year;

	return wire_dateline(s, len, &year) ? year : 0;
}

int
lp_published_month(const char *s, size_t len)
{
	int			month = 0;

	len = head_of(s, len, HEAD_BYTES);
	if (delivery_line(s, len) == 0 &&
		(lp_published_line(s, len, &month) != 0 || masthead_line(s, len, &month) != 0))
		return month;
	return 0;
}

int
lp_document_year(const char *s, size_t len, lp_period_basis *basis)
{
	int			y,
				month;

	len = head_of(s, len, HEAD_BYTES);
	if ((y = delivery_line(s, len)) != 0)
		*basis = LP_PERIOD_DELIVERY;
	else if ((y = lp_published_line(s, len, &month)) != 0 || (y = masthead_line(s, len, &month)) != 0 ||
			 (y = wire_dateline_year(s, len)) != 0)
		*basis = LP_PERIOD_PUBLICATION;
	else if ((y = lp_docyear_plan_stage(s, len)) != 0 || (y = lp_docyear_plan_draft(s, len)) != 0)
		*basis = LP_PERIOD_PLAN;
	else if ((y = past_year(s, len)) != 0 || (y = last_year_named(s, len)) != 0)
		*basis = LP_PERIOD_ELAPSED;
	else if ((y = anniversary(s, len)) != 0)
		*basis = LP_PERIOD_ANNIVERSARY;
	else if ((y = elapsed(s, len)) != 0 || (y = year_end_base(s, len)) != 0)
		*basis = LP_PERIOD_ELAPSED;
	else if ((y = lp_session_year_agreeing(s, head_of(s, len, SESSION_BYTES))) != 0)
		*basis = LP_PERIOD_SESSION;
	/* the plenums a yearless work report's review names: a dated event, as an anniversary's */
	else if ((y = lp_docyear_plenum(s, len)) != 0)
		*basis = LP_PERIOD_ANNIVERSARY;
	/* words only one year's texts say of their own ("突如其来的新冠肺炎疫情"): as a plan's stage */
	else if ((y = lp_docyear_slogan(s, len)) != 0)
		*basis = LP_PERIOD_PLAN;
	else
		*basis = LP_PERIOD_NONE;
	return y >= 1949 && y <= 2100 ? y : 0;
}

/*
 * The month a text speaking from year was written in, by its head: the
 * first full date of that year in its first lines ("2026年1月20日，…会议
 * 开幕"), a page's publication line, a wire dateline; a national congress
 * session of that year it names opens in March.  0 if none.
 */
int
lp_head_month(const char *s, size_t len, int year)
{
	size_t		n = head_of(s, len, PUBLISHED_BYTES),
				from = 0,
				at;
	int			y,
				month = 0,
				wire_year;

	while (from < n && (y = lp_find_year(s + from, n - from, &at)) != 0)
	{
		if (y == year && full_date_at(s, n, from + at, &month) && month >= 1 && month <= 12)
			return month;
		from += at + 1;
	}
	if (lp_published_line(s, n, &month) == year && month >= 1)
		return month;
	if ((month = wire_dateline(s, n, &wire_year)) != 0 && (wire_year == 0 || wire_year == year))
		return month;
	return lp_national_session_year(s, head_of(s, len, SESSION_BYTES)) == year ? 3 : 0;
}
