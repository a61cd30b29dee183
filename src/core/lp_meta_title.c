/*
 * lp_meta_title.c — a report's title: its first lines, joined when a title
 * was broken over several, past a forum or site name, a front matter's
 * title line, and the byline under it (lp_meta.c infers the rest).
 */
#include "lp.h"
#include "lp_meta_roundup.h"
#include "lp_meta_title.h"
#include "lp_pubdate.h"
#include "lp_period.h"
#include "lp_qty.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

#define ROUNDUP_HEAD_MAX (40 * 3)	/* bytes of a title line */

/*
 * A line under the title of a speech or report that says when, where and by
 * whom it was given, never the title itself:
 * "——2024年1月9日在南山区第七届人民代表大会第五次会议上", "（2024年1月10日）",
 * "天河区人民政府区长", "区长 张三", "南山区发展和改革局".
 */
static int
is_byline(const char *s, size_t n)
{
	if (lp_words_prefix(LP_W_BYLINE_START, s, n) > 0)
		return lp_contains(s, n, "会议") || (lp_contains(s, n, "年") && lp_contains(s, n, "日") && n <= 60);
	if (lp_contains(s, n, "日在") && lp_contains(s, n, "会议"))
		return 1;
	if (n > 45 || lp_find_year(s, n, NULL) != 0)
		return 0;
	return lp_words_any(LP_W_BYLINE_OFFICE, s, n) || lp_words_suffix(LP_W_BYLINE_ISSUER, s, n) > 0;
}

/* A title without a year that says what it is: 政府工作报告, 统计公报. */
static int
is_yearless_title(const char *s, size_t n)
{
	return !lp_words_any(LP_W_TITLE_NOT, s, n) &&
		(lp_words_suffix(LP_W_TITLE_END, s, n) > 0 || lp_words_any(LP_W_TITLE_WORD, s, n));
}

/*
 * A short line with no full stop rounding up regions ("23省份前三季度GDP出炉"):
 * a news title naming no year, no site name before one (a sentence of the
 * text naming a year would be taken for the title, and its region for the
 * report's).
 */
static int
is_roundup_head(const char *s, size_t n)
{
	return n <= ROUNDUP_HEAD_MAX && !lp_contains(s, n, "。") && lp_head_rounds_up_regions(s, n);
}

/*
 * A front matter's title line, "title: '4.9%！三季度GDP同比增速放缓…'": narrows
 * [*s, *e) to the title inside its quotes and says so.
 */
static int
front_matter_title(const char *text, size_t *s, size_t *e)
{
	size_t		a = *s + 6,
				b = *e;

	if (b - *s <= 6 || strncmp(text + *s, "title:", 6) != 0)
		return 0;
	while (a < b && (text[a] == ' ' || text[a] == '\'' || text[a] == '"'))
		a++;
	while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\'' || text[b - 1] == '"'))
		b--;
	if (b == a)
		return 0;
	*s = a;
	*e = b;
	return 1;
}

/*
 * The title: the first non-empty line, joined with the next ones when a
 * "关于…的报告" title was broken over several lines.  A line without a year
 * before it is a forum or site name, unless it is a title by its last word
 * (政府工作报告) or a date line follows it.  The date and speaker lines right
 * under the title are returned in [*by_start, *by_end) (empty when none):
 * they name the region and the date of a speech.
 */
void
lp_meta_infer_title(const char *text, const lp_line *lines, size_t nlines, lp_meta *m,
					size_t *by_start, size_t *by_end)
{
	char		buf[1024];
	size_t		used = 0,
				li,
				taken = 0;
	int			month;

	*by_start = *by_end = 0;
	for (li = 0; li < nlines && li < 40; li++)
	{
		size_t		s = lines[li].start,
					e = lines[li].end;

		lp_trim(text, &s, &e);
		if (e == s)
		{
			if (taken)
				break;
			continue;
		}
		/* the address a saved page opens with (kept for its date): no title */
		if (taken == 0 && li == 0 && lp_address_date(text + s, e - s, &month) != 0)
			continue;
		/* a feed's or a scraped post's front matter: "title: '…'" is the title */
		if (taken == 0 && front_matter_title(text, &s, &e))
		{
			lp_copy_span(buf, sizeof(buf), text + s, e - s);
			used = strlen(buf);
			taken = 1;
			li++;
			break;
		}
		if (taken == 0 && is_byline(text + s, e - s))
		{
			/* the date line of a speech: the line remembered is its title */
			if (used > 0)
				taken = 1;
			break;
		}
		if (taken == 0 && lp_find_year(text + s, e - s, NULL) == 0 &&
			lp_words_prefix(LP_W_ABOUT_TITLE_START, text + s, e - s) == 0 &&
			!is_yearless_title(text + s, e - s) && !is_roundup_head(text + s, e - s) &&
			li + 1 < nlines && li < 12)
		{
			/* forum or site name before the real title: keep looking,
			 * but remember it in case nothing better comes */
			if (used == 0)
			{
				lp_copy_span(buf, sizeof(buf), text + s, e - s);
				used = strlen(buf);
			}
			continue;
		}
		if (taken == 0)
			used = 0;
		if (used + (e - s) + 1 >= sizeof(buf))
			break;
		memcpy(buf + used, text + s, e - s);
		used += e - s;
		buf[used] = '\0';
		taken++;
		/* a 关于… title goes on until its last word */
		if (lp_words_prefix(LP_W_ABOUT_TITLE_START, buf, used) == 0 || taken >= 4 ||
			lp_words_suffix(LP_W_ABOUT_TITLE_END, buf, used) > 0)
		{
			li++;
			break;
		}
	}
	lp_copy_span(m->title, sizeof(m->title), buf, used);
	/* date and speaker lines under the title (li is the line after it) */
	if (taken)
	{
		size_t		k;

		for (k = 0; k < 3 && li < nlines; li++)
		{
			size_t		s = lines[li].start,
						e = lines[li].end;

			lp_trim(text, &s, &e);
			if (e == s && k == 0 && li + 1 < nlines)
				continue;		/* a blank line after every line (a spaced copy) */
			if (e == s || !is_byline(text + s, e - s))
				break;
			k++;
			if (*by_end == 0)
				*by_start = s;
			*by_end = e;
		}
	}
}

/*
 * "数说2029青禾市政府工作报告": a year with no 年 before the name of a work
 * report, in a title naming no year, is the report's session year; 0 if
 * none.  The year stands alone (no digit beside it) and a hanzi follows it
 * that is no unit ("2029亿元").
 */
int
lp_meta_title_bare_year(const char *t)
{
	size_t		n = strlen(t),
				i,
				ul;
	long		kind_at = lp_words_find(LP_W_KIND_WORK_REPORT, t, n, NULL);
	int			cl;

	if (kind_at < 4 || lp_find_year(t, n, NULL) != 0)
		return 0;
	for (i = 0; i + 4 <= (size_t) kind_at; i++)
	{
		if (!(lp_at(t, n, i, "19") || lp_at(t, n, i, "20")) || (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9') ||
			t[i + 2] < '0' || t[i + 2] > '9' || t[i + 3] < '0' || t[i + 3] > '9')
			continue;
		if (i + 4 < n && lp_is_hanzi(lp_utf8_next(t + i + 4, n - i - 4, &cl)) &&
			lp_unit_at(t, n, i + 4, &ul) == NULL)
			return (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
		return 0;
	}
	return 0;
}
