/*
 * lp_sections_box.c — the bare headings of a news digest's boxes ("今年目标",
 * "【2024年目标】", "去年成绩单", "2024年 新青岭 开新局") and the items that
 * make a line one (lp_sections.c asks).
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_period.h"
#include "lp_qty.h"
#include "lp_sections_box.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define BOX_HEADING_BYTES (12 * 3)	/* a box's bare heading: 12 hanzi at most */

/* Bytes of a year opening s ("2024年", or "2024" before the end), 0 if none. */
static size_t
year_prefix(const char *s, size_t len)
{
	size_t		i;

	/* (s is a line of the text, not NUL-terminated: no strspn) */
	if (len < 4 || !(lp_at(s, len, 0, "19") || lp_at(s, len, 0, "20")))
		return 0;
	for (i = 2; i < 4; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	if (len > 4 && s[4] >= '0' && s[4] <= '9')
		return 0;
	return lp_at(s, len, 4, "年") ? 4 + 3 : 4;
}

/*
 * A heading opened by a year with no 年 and then hanzi only ("2028 青禾答卷",
 * "2029任务清单"; the clean text joins the year to the word after it): the
 * year of its part.  A unit after the figure ("2028亿元") makes it an amount.
 */
int
lp_is_bare_year_heading(const char *s, size_t len)
{
	size_t		i = 4,
				ul;
	int			cl;

	if (year_prefix(s, len) != 4 || len <= 4 || len > 16 * 3)
		return 0;
	i = lp_skip_space(s, len, i);
	if (i < len && lp_unit_at(s, len, i, &ul) != NULL)
		return 0;
	while (i < len)
	{
		if (!lp_is_hanzi(lp_utf8_next(s + i, len - i, &cl)) || cl <= 0)
			return 0;
		i += (size_t) cl;
	}
	return 1;
}

/*
 * A year and a slogan, its words apart ("2024年 新青岭 开新局", "2025年　奋进
 * 新征程"): a heading naming the year of the targets below it, in a page
 * whose text before it is on the year before.  The year is set off by a
 * space (a bare year's may be gone, "2024新青岭 开新局": the clean text joins
 * a number to the hanzi after it, so its slogan has two words at least), and
 * the slogan is words of hanzi only (no digit, letter or mark, full-width
 * or not).
 */
int
lp_is_year_slogan(const char *s, size_t len)
{
	size_t		n = year_prefix(s, len),
				i,
				words = 0;
	int			apart;

	if (n == 0 || n >= len || len > 16 * 3)
		return 0;
	apart = lp_space_len(s, len, n) > 0;
	if (!apart && n != 4)
		return 0;
	for (i = n; i < len;)
	{
		size_t		sp = lp_skip_space(s, len, i);

		if (sp == i && i > n)
			return 0;
		if ((i = sp) >= len)
			break;
		words++;
		while (i < len && lp_space_len(s, len, i) == 0)
		{
			int			cl;

			/* hanzi only: a digit, a letter or a mark (full-width too) is no slogan */
			if (!lp_is_hanzi(lp_utf8_next(s + i, len - i, &cl)) || cl <= 0)
				return 0;
			i += (size_t) cl;
		}
	}
	return words >= (apart ? 1 : 2);
}

/*
 * A news digest box's bare heading ("今年目标", "【2024年目标】", "◆2024年目标◆",
 * "划重点！今年这么干", and the results' "去年成绩单", "回顾2023"): after an
 * optional lead-in ending in ！ or ： (words.tsv box_lead), in optional 【】,
 * a period (a year or a word of box_period) then a word of box_targets,
 * role_targets or role_review, and nothing else; or a review's word, or a
 * word of the targets, then a year ("回眸2028", "奋进2029"); or a heading of targets naming no period ("主要目标": box_targets_bare).  A heading after any line (a dateline ends no sentence) when items
 * follow it (item_follows); its role: LP_ROLE_OTHER when the line is not one.
 */
lp_role
lp_box_heading_role(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				n;
	int			plan_first = 0;

	lp_trim(s, &a, &b);
	/* a bullet before it ("■2025年目标"), and the same after it ("◆2025年目标◆") */
	if ((n = lp_words_prefix(LP_W_LIST_BULLET, s + a, b - a)) > 0)
	{
		if (b - a >= 2 * n && memcmp(s + a, s + b - n, n) == 0)
			b -= n;
		a += n;
		lp_trim(s, &a, &b);
	}
	if ((n = lp_words_prefix(LP_W_BOX_LEAD, s + a, b - a)) > 0)
	{
		a += n;
		if (lp_at(s, b, a, "！") || lp_at(s, b, a, "："))
			a += 3;
		else if (a < b && (s[a] == '!' || s[a] == ':'))
			a++;
		else
			return LP_ROLE_OTHER;
		lp_trim(s, &a, &b);
	}
	/* a colon ending it ("2025年目标：" over its items) introduces them */
	if (b - a > 3 && lp_at(s, b, b - 3, "："))
		b -= 3;
	else if (b > a && s[b - 1] == ':')
		b--;
	lp_trim(s, &a, &b);
	if (b - a > 6 && lp_at(s, b, a, "【") && lp_at(s, b, b - 3, "】"))
	{
		a += 3;
		b -= 3;
	}
	if (a >= b || b - a > BOX_HEADING_BYTES)
		return LP_ROLE_OTHER;
	/* "主要目标": targets naming no period, the targets' year (box_targets_bare) */
	if (lp_words_prefix(LP_W_BOX_TARGETS_BARE, s + a, b - a) == b - a)
		return LP_ROLE_TARGETS;
	/* "回顾2023": a review's word, then a year */
	if ((n = lp_words_prefix(LP_W_ROLE_REVIEW, s + a, b - a)) == 0)
		n = lp_words_prefix(LP_W_BOX_REVIEW, s + a, b - a);
	if (n > 0 && year_prefix(s + a + n, b - a - n) == b - a - n)
		return LP_ROLE_REVIEW;
	/* "展望2029", "奋进2029": a word of the targets, then a year */
	if ((n = lp_words_prefix(LP_W_ROLE_TARGETS, s + a, b - a)) == 0)
		n = lp_words_prefix(LP_W_BOX_TARGETS, s + a, b - a);
	if (n > 0 && year_prefix(s + a + n, b - a - n) == b - a - n)
		return LP_ROLE_TARGETS;
	if ((n = year_prefix(s + a, b - a)) == 0)
		n = lp_words_prefix(LP_W_BOX_PERIOD, s + a, b - a);
	/* "“十五五”目标": a plan's targets, for its last year */
	if (n == 0 && (n = lp_plan_name_at(s + a, b - a, &plan_first)) > 0 &&
		lp_words_prefix(LP_W_BOX_TARGETS, s + a + n, b - a - n) == b - a - n)
		return LP_ROLE_TARGETS;
	if (n == 0 || (a += n) >= b)
		return LP_ROLE_OTHER;
	if (lp_words_prefix(LP_W_ROLE_REVIEW, s + a, b - a) == b - a)
		return LP_ROLE_REVIEW;
	if (lp_words_prefix(LP_W_BOX_TARGETS, s + a, b - a) == b - a ||
		lp_words_prefix(LP_W_ROLE_TARGETS, s + a, b - a) == b - a)
		return LP_ROLE_TARGETS;
	return LP_ROLE_OTHER;
}

#define FIGURE_LINE_CHARS 60	/* a box's item with no mark: "地区生产总值增长6%左右" */

/*
 * Is s[0, len) a box's item with no mark: an indicator's name, then its
 * figure, on one short line ("地区生产总值增长6%左右", "一般公共预算收入31.2亿元、
 * 增长4.1%")?  Not a table's next cell ("2025年完成", "6"), nor the rest of a
 * sentence broken after a heading's words ("主要目标" ⏎ "是：地区生产总值年均
 * 增长6%左右，…": it opens with no name).
 */
int
lp_box_figure_line(const char *s, size_t len)
{
	size_t		i,
				n = 0;
	int			chars = 0,
				digit = 0;

	if (len == 0 || lp_indicator_by_prefix(s, len, &n) == NULL || n == 0)
		return 0;
	for (i = 0; i < len && chars <= FIGURE_LINE_CHARS; chars++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= '0' && c <= '9')
			digit = 1;
		i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	}
	return digit && chars <= FIGURE_LINE_CHARS;
}

#define YEAR_LINE_WORD (4 * 3)	/* a short word before a year alone: 4 hanzi */

/*
 * A line holding only a year ("2029年", "2029年：", "2029年是", "【2029年】",
 * or after a short word, "青禾落点 2029年"): in a highlights page laying out
 * blocks of results and targets, it heads the lines under it with its year
 * (the lines carry no year of their own).  Hanzi only before the year, so
 * that a figure or a clause ("增长5%，2029年") is no heading.
 */
int
lp_is_year_alone_line(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				w;
	int			cl;

	lp_trim(s, &a, &b);
	if (b - a > 6 && lp_at(s, b, a, "【") && lp_at(s, b, b - 3, "】"))
	{
		a += 3;
		b -= 3;
	}
	if (b - a > 3 && lp_at(s, b, b - 3, "："))
		b -= 3;
	else if (b > a && s[b - 1] == ':')
		b--;
	if (b - a > 3 && lp_at(s, b, b - 3, "是"))
		b -= 3;
	lp_trim(s, &a, &b);
	for (w = a; w < b && w - a <= YEAR_LINE_WORD;)
	{
		if (!lp_is_hanzi(lp_utf8_next(s + w, b - w, &cl)) || cl <= 0)
			break;
		w += (size_t) cl;
	}
	if (w - a > YEAR_LINE_WORD)
		return 0;
	w = lp_skip_space(s, b, w);
	return b - w == 4 + 3 && year_prefix(s + w, b - w) == 4 + 3;
}
