/*
 * lp_meta_early.c — a text dated early in a year that reports the year
 * before: a January or February wire dateline or page date over a whole
 * year's results, a page of the first half year giving a fourth quarter's
 * figure, a page dated months into a year whose first paragraph opens
 * with the year before (lp_meta.c's period of the head asks).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif

#include "lp.h"
#include "lp_clause.h"
#include "lp_meta_early.h"
#include "lp_ordinal.h"
#include "lp_period.h"
#include "lp_pubdate.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EARLY_HEAD_BYTES 1024	/* the head that states what a dated page reports */

void
lp_meta_early_last_year_then(lp_meta *m, const char *head, size_t hlen)
{
	char		lead[16];
	long		last;
	size_t		wl = 0,
				p;
	const char *at;

	if (m->doc_year != 0 || m->period_basis != LP_PERIOD_TITLE ||
		strlen(m->period) != 4 || strspn(m->period, "0123456789") != 4 ||
		lp_words_any(LP_W_TARGET_MARKER, head, hlen) ||
		(last = lp_words_find(LP_W_YEAR_LAST, head, hlen, &wl)) < 0)
		return;
	/* the year opening a sentence after 去年: "。2017年，" */
	snprintf(lead, sizeof(lead), "。%s年", m->period);
	at = memmem(head + last + wl, hlen - (size_t) last - wl, lead, strlen(lead));
	if (at == NULL)
		return;
	p = (size_t) (at - head) + strlen(lead);
	if (lp_at(head, hlen, p, "，") || (p < hlen && head[p] == ','))
		m->doc_year = atoi(m->period) + 1;
}

/*
 * A January or February wire dateline ("本报太原1月14日电") over a head
 * stating a year's whole results ("2014年太原市预计全年地区生产总值增长3%左右"),
 * not its targets: the text speaks from the year after.
 */
void
lp_meta_early_wire_dateline(const char *text, size_t len, lp_meta *m, const char *head, size_t hlen)
{
	int			month;

	if (m->doc_year != 0 || (m->period_basis != LP_PERIOD_TITLE &&
							 m->period_basis != LP_PERIOD_DATELINE) ||
		strlen(m->period) != 4 || strspn(m->period, "0123456789") != 4 ||
		!lp_contains(head, hlen, "全年") || lp_words_any(LP_W_TARGET_MARKER, head, hlen) ||
		(month = lp_wire_dateline_month(text, len)) < 1 || month > 2)
		return;
	m->doc_year = atoi(m->period) + 1;
}

/*
 * A day of January to March with no year opening s[i, e) ("1月20日，"): 1.
 * A day after a year ("2025年1月20日") is that year's date, not this one.
 */
static int
opens_with_early_day(const char *s, size_t i, size_t e)
{
	size_t		n;
	int			v;

	if (i >= 3 && lp_at(s, e, i - 3, "年"))
		return 0;
	if ((n = lp_ordinal_at(s, e, i, &v)) == 0 || v < 1 || v > 3 || !lp_at(s, e, i + n, "月"))
		return 0;
	i += n + 3;
	return (n = lp_ordinal_at(s, e, i, &v)) != 0 && v >= 1 && v <= 31 && lp_at(s, e, i + n, "日");
}

/* a part of the year after the year ("2026年1月份", "2026年一季度", "2026年上半年", "前三季度") */
static int
opens_part_of_year(const char *s, size_t i, size_t e)
{
	static const char *const parts[] = {"一", "二", "三", "四", "上", "下", "前", "第", "首", "1", "2", "3", "4",
	"5", "6", "7", "8", "9"};
	size_t		k;

	for (k = 0; k < sizeof(parts) / sizeof(parts[0]); k++)
		if (lp_at(s, e, i, parts[k]))
			return 1;
	return 0;
}

/* Does a clause of s[i, e) open with 去年 ("…了解到，去年，全市"), not 比去年? */
static int
clause_opens_last_year(const char *s, size_t i, size_t e)
{
	const char *at;

	while (i < e && (at = memmem(s + i, e - i, "去年", 6)) != NULL)
	{
		size_t		a = (size_t) (at - s);

		if ((a >= 3 && lp_at(s, e, a - 3, "，")) || (a >= 1 && s[a - 1] == ','))
			return 1;
		i = a + 6;
	}
	return 0;
}

void
lp_meta_early_conference(const char *text, size_t len, lp_meta *m)
{
	size_t		n = len < EARLY_HEAD_BYTES ? len : EARLY_HEAD_BYTES,
				i = 0;
	char		year[16];
	int			sentences = 0;

	if (m->doc_year != 0 || strlen(m->period) != 4 || strspn(m->period, "0123456789") != 4)
		return;
	while (n > 0 && n < len && (((unsigned char) text[n]) & 0xC0) == 0x80)
		n--;
	snprintf(year, sizeof(year), "%s年", m->period);
	while (i < n && sentences++ < 12)
	{
		size_t		e = i,
					y;
		const char *at;

		while (e < n && text[e] != '\n' && !lp_at(text, n, e, "。"))
			e++;
		if (lp_words_any(LP_W_CONFERENCE, text + i, e - i) &&
			(at = memmem(text + i, e - i, year, strlen(year))) != NULL &&
			(y = (size_t) (at - text) + strlen(year),
			 !opens_part_of_year(text, y, e) && lp_words_any(LP_W_CONFERENCE_REVIEWS, text + y, e - y)) &&
			(opens_with_early_day(text, i, e) || clause_opens_last_year(text, y, e)))
		{
			m->doc_year = atoi(m->period) + 1;
			return;
		}
		i = e + (e < n && text[e] == '\n' ? 1 : 3);
	}
}

/* Where the clause holding s[p] opens: after the last mark (，。；, a line end) before p. */
static size_t
clause_start(const char *s, size_t p)
{
	while (p > 0 && s[p - 1] != '\n' && !(p >= 3 && (lp_at(s, p, p - 3, "，") ||
		   lp_at(s, p, p - 3, "。") || lp_at(s, p, p - 3, "；"))))
		p--;
	return p;
}

/*
 * A figure of the fourth quarter in s[0, n) ("第四季则放缓至4.5%"): a
 * percentage before the clause after the quarter's name ends; not of a year
 * named ("去年四季度增长5.2%").
 */
static int
names_fourth_quarter_figure(const char *s, size_t n)
{
	size_t		from = 0,
				w = 0;
	long		at;

	while (from < n && (at = lp_words_find(LP_W_PERIOD_Q4, s + from, n - from, &w)) >= 0)
	{
		size_t		p = from + (size_t) at + w;
		size_t		e = p;

		from = p;
		/* "比去年四季度", "2025年四季度": a quarter of a year named */
		if (p - w >= 3 && lp_at(s, n, p - w - 3, "年"))
			continue;
		while (e < n && s[e] != '%' && s[e] != '\n' && !lp_at(s, n, e, "，") &&
			   !lp_at(s, n, e, "。") && !lp_at(s, n, e, "；") && !lp_at(s, n, e, "％") &&
			   !lp_at(s, n, e, "百分之"))
			e++;
		/* "第四季年增百分之四点五" of Taiwan copy writes the percentage in words;
		 * "四季度要力争GDP增长6%" is a task, not a figure */
		if (e < n && (s[e] == '%' || lp_at(s, n, e, "％") || lp_at(s, n, e, "百分之")) &&
			!lp_words_any(LP_W_TARGET_MARKER, s + clause_start(s, p - w), e - clause_start(s, p - w)))
			return 1;
	}
	return 0;
}

/*
 * The last month of the part of the year the first sentence of the head
 * naming one states ("1-11月，规上工业增加值同比增长9.1%" 11); 0 if none, or
 * if that sentence looks ahead (预计, 力争: an estimate or a target).
 */
static int
head_part_end_month(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		e = i;
		char		suffix[24];

		while (e < n && s[e] != '\n' && !lp_at(s, n, e, "。") && !lp_at(s, n, e, "；"))
			e++;
		if (e > i && lp_has_period_word(s + i, e - i) != 0)
		{
			if (lp_words_any(LP_W_ESTIMATE_MARKER, s + i, e - i) ||
				lp_words_any(LP_W_TARGET_MARKER, s + i, e - i))
				return 0;
			lp_period_suffix(s + i, e - i, suffix, sizeof(suffix));
			return lp_period_last_month(suffix);
		}
		i = e + (e < n && s[e] == '\n' ? 1 : 3);
	}
	return 0;
}

/* A month in Chinese numerals at s[p] ("十二月", "元月")? */
static int
month_numeral_at(const char *s, size_t n, size_t p)
{
	static const char *const first[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "元"};
	size_t		k;

	for (k = 0; k < sizeof(first) / sizeof(first[0]); k++)
		if (lp_at(s, n, p, first[k]))
			return lp_at(s, n, p + 3, "月") || lp_at(s, n, p + 6, "月");
	return 0;
}

/*
 * Does s[0, n) name the year y as a whole ("重庆2015年GDP增速11%",
 * "2015年，全市…")?  Not a date or a month of it ("2015年12月"), nor
 * the end of a span ("2011-2015年").
 */
static int
names_year(const char *s, size_t n, int y)
{
	char		year[16];
	size_t		yl,
				from = 0;
	const char *at;

	snprintf(year, sizeof(year), "%d年", y);
	yl = strlen(year);
	while (from < n && (at = memmem(s + from, n - from, year, yl)) != NULL)
	{
		size_t		a = (size_t) (at - s),
					p = a + yl;

		from = p;
		if ((a > 0 && ((s[a - 1] >= '0' && s[a - 1] <= '9') || s[a - 1] == '-' || s[a - 1] == '~')) ||
			(a >= 3 && (lp_at(s, n, a - 3, "—") || lp_at(s, n, a - 3, "至") ||
						lp_at(s, n, a - 3, "－") || lp_at(s, n, a - 3, "～"))) ||
			(p < n && s[p] >= '0' && s[p] <= '9') || month_numeral_at(s, n, p))
			continue;
		return 1;
	}
	return 0;
}

/*
 * Does a sentence of s[0, n) state a whole year done (words.tsv year_done:
 * 全年, 初步核算) with no target in it ("全年全市地区生产总值增长5.8%", not
 * "力争全年地区生产总值增长6%左右": that 全年 is the year ahead)?
 */
static int
states_year_done(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		e = i;

		while (e < n && s[e] != '\n' && !lp_at(s, n, e, "。"))
			e++;
		if (lp_words_any(LP_W_YEAR_DONE, s + i, e - i) &&
			!lp_words_any(LP_W_TARGET_MARKER, s + i, e - i))
			return 1;
		i = e + (e < n && s[e] == '\n' ? 1 : 3);
	}
	return 0;
}

/*
 * Does a sentence of s[0, n) name this year's targets ("记者：今年的主要目标是什么？",
 * "今年全市地区生产总值预期增长6%左右")?  A page of the first quarter doing so
 * speaks of the year before's results where it names no year: none of its
 * own is over.
 */
static int
sets_this_years_targets(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		size_t		e = i;
		const char *at;

		while (e < n && s[e] != '\n' && !lp_at(s, n, e, "。"))
			e++;
		if ((at = memmem(s + i, e - i, "今年", 6)) != NULL && !lp_at(s, e, (size_t) (at - s) + 6, "以来") &&
			lp_words_any(LP_W_TARGET_MARKER, s + i, e - i))
			return 1;
		i = e + (e < n && s[e] == '\n' ? 1 : 3);
	}
	return 0;
}

/* The month of the page's date of that basis: its publication line's, its address's. */
static int
page_month(const char *text, size_t len, lp_period_basis basis)
{
	int			month = 0;

	if (basis == LP_PERIOD_ADDRESS)
		return lp_address_date(text, len, &month) != 0 ? month : 0;
	return lp_published_month(text, len);
}

/*
 * A page dated January or February over a whole year's results
 * ("2026-01-18 … 全年全市地区生产总值增长5.4%") that names no year of its own,
 * or that names the year before in its head and no part of a year
 * ("2032-01-19 … 青禾2031年GDP增速6.2%"), states the year before: no whole
 * year of its own year is over yet.  The
 * basis stays the publication date, which this reasons from.  So does a page
 * of the first half year giving a fourth quarter's figure.
 */
void
lp_meta_early_publication(const char *text, size_t len, lp_meta *m, lp_period_basis basis)
{
	size_t		n = len < EARLY_HEAD_BYTES ? len : EARLY_HEAD_BYTES;	/* a cut character matches no word */
	int			month;

	/*
	 * and a page of the first half year giving the fourth quarter's figure
	 * ("2026-03-02 … 第四季则放缓至4.5%"): no fourth quarter of its year is over;
	 * and a page whose head's first part of the year ends after the month it
	 * is dated ("2025-01-06 … 1-11月，规上工业增加值同比增长9.1%"): those months
	 * of its own year are not over
	 */
	if (!lp_basis_page_date(basis) || m->period_basis != basis ||
		strcmp(m->kind, "work_report") == 0 || strlen(m->period) != 4 ||
		atoi(m->period) != m->doc_year ||
		(month = page_month(text, len, basis)) < 1)
		return;
	/* a fourth quarter's figure is last year's even beside this year's targets */
	if (!(month <= 6 && names_fourth_quarter_figure(text, n)) &&
		!((month <= 2 && (states_year_done(text, n) ||
						  (!lp_words_any(LP_W_TARGET_MARKER, text, n) &&
						   names_year(text, n, m->doc_year - 1) && head_part_end_month(text, n) == 0))) ||
		  (month <= 3 && sets_this_years_targets(text, n)) ||
		  (!lp_words_any(LP_W_TARGET_MARKER, text, n) && head_part_end_month(text, n) > month)))
		return;
	m->year = m->doc_year - 1;
	snprintf(m->period, sizeof(m->period), "%d", m->year);
}

#define WIRE_LEAD_BYTES 90		/* "新华社武汉1月25日电（记者 张三 李四）" */

/*
 * The end of a news lead a line opens with: a wire's or paper's credit
 * ending in 讯 or 电 ("湖北日报讯", "本报讯", "新华社武汉1月25日电"), then a
 * byline in brackets ("（记者 张三）") and spaces, all before any comma; 0
 * if the line opens otherwise.
 */
static size_t
wire_lead_end(const char *s, size_t n)
{
	size_t		lim = n < WIRE_LEAD_BYTES ? n : WIRE_LEAD_BYTES,
				i = 0,
				p;

	while (i + 3 <= lim && !lp_at(s, lim, i, "讯") && !lp_at(s, lim, i, "电"))
	{
		if (lp_at(s, lim, i, "，") || lp_at(s, lim, i, "。") || s[i] == ',' || s[i] == ' ')
			return 0;
		i += (unsigned char) s[i] < 0x80 ? 1 : 3;
	}
	if (i < 6 || i + 3 > lim)
		return 0;
	p = i + 3;
	if (lp_at(s, n, p, "（") || (p < n && s[p] == '('))
	{
		const char *close = lp_at(s, n, p, "（") ? lp_find3(s + p, lim - p, "）") :
			memchr(s + p, ')', lim - p);

		if (close == NULL)
			return 0;
		p = (size_t) (close - s) + (*close == ')' ? 1 : 3);
	}
	return lp_skip_space(s, n, p);
}

/* The year a line s[0, n) opens with as a sentence ("2017年，全市上下…",
 * "2021年是…", after a news lead "湖北日报讯 2017年，…"), 0 if it opens
 * otherwise (a date "2018年4月16日"). */
static int
line_opening_year(const char *s, size_t n)
{
	int			y = 0;
	size_t		i,
				lead = wire_lead_end(s, n);

	s += lead;
	n -= lead;
	if (n < 40)
		return 0;
	for (i = 0; i < 4; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return 0;
		y = y * 10 + (s[i] - '0');
	}
	if (!lp_at(s, n, 4, "年") ||
		!(lp_at(s, n, 7, "，") || lp_at(s, n, 7, ",") || lp_at(s, n, 7, "是")))
		return 0;
	return y;
}

#define PARAGRAPH_LINES 4		/* a paragraph a PDF broke: its first lines */

/*
 * The end of a paragraph whose first line, ending at e, ends no sentence
 * ("青川日报讯 2018年，…列入计划" ⏎ "的7项主要指标…任务。", as a PDF or a
 * narrow copy breaks prose): the next non-blank lines up to the one with a
 * 。, at most PARAGRAPH_LINES lines in all; *next moves past the lines taken.
 */
static size_t
paragraph_end(const char *text, size_t n, size_t e, size_t *next)
{
	int			k;

	for (k = 1; k < PARAGRAPH_LINES && *next < n; k++)
	{
		const char *nl = memchr(text + *next, '\n', n - *next);
		size_t		s = *next,
					le = nl ? (size_t) (nl - text) : n;

		lp_trim(text, &s, &le);
		if (s == le)
			break;
		e = le;
		*next = (nl ? (size_t) (nl - text) : n) + 1;
		if (memmem(text + s, le - s, "。", 3) != NULL)
			break;
	}
	return e;
}

/*
 * A page dated in a year (its publication date gave the period) whose first
 * paragraph of prose (a line ending a sentence) opens with the year before ("青岚市统计局 （2018年4月16日）
 * 2017年，全市上下…"): a bulletin or a year's review published months into
 * the next year reports the year its text opens with.  The year the text
 * speaks from stays the date's.
 */
void
lp_meta_early_opening_year(const char *text, size_t len, lp_meta *m, lp_period_basis basis)
{
	size_t		n = len < 2 * EARLY_HEAD_BYTES ? len : 2 * EARLY_HEAD_BYTES,
				i = 0;
	int			k;

	if (basis != LP_PERIOD_PUBLICATION || m->period_basis != LP_PERIOD_PUBLICATION ||
		strcmp(m->kind, "work_report") == 0 || strlen(m->period) != 4 ||
		atoi(m->period) != m->doc_year)
		return;
	/* the first eight lines with words: a copy may have a blank line after each */
	for (k = 0; k < 8 && i < n;)
	{
		const char *nl = memchr(text + i, '\n', n - i);
		size_t		s = i,
					e = nl ? (size_t) (nl - text) : n;
		int			y;

		i = e + 1;
		lp_trim(text, &s, &e);
		if (s == e)
			continue;
		k++;
		/* a first paragraph opening with its year, broken before its 。 */
		if (memmem(text + s, e - s, "。", 3) == NULL && line_opening_year(text + s, e - s) != 0)
			e = paragraph_end(text, n, e, &i);
		/* the first paragraph of prose: a date, a byline or a note in brackets is none */
		if (e - s < 40 || memmem(text + s, e - s, "。", 3) == NULL ||
			lp_at(text, e, s, "（") || text[s] == '(')
			continue;
		y = line_opening_year(text + s, e - s);
		/* "2017年，…。今年上半年…" opens with a year and reports a part of the next */
		if (y != 0 && y == m->doc_year - 1 && !lp_names_target_set(text + s, e - s) &&
			lp_has_period_word(text + s, e - s) == 0)
		{
			m->year = y;
			snprintf(m->period, sizeof(m->period), "%d", y);
		}
		return;
	}
}

/*
 * "今年（2024年）广东省发展面临的有利条件…": the year a gloss gives 今年 is
 * the one the text speaks from, not the one it reports on; 0 if t's first
 * year is no such gloss.
 */
int
lp_meta_early_glossed_year(const char *t)
{
	size_t		n = strlen(t),
				at = 0;
	int			y = lp_find_year(t, n, &at);

	if (y == 0 || at < 9)
		return 0;
	if (lp_same(t + at - 9, "今年（", 9))
		return y;
	return at >= 7 && lp_same(t + at - 7, "今年(", 7) ? y : 0;
}
