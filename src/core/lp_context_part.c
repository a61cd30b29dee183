/*
 * lp_context_part.c — the part of a report a heading or a paragraph's opening
 * words start (a year's review, its tasks, a plan's review or goals), read
 * from the words that name parts, the years and the plans they name; for
 * lp_context.c, which carries the part from line to line.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_context_part.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_word_rows.h"
#include "lp_words.h"

#include <stdlib.h>
#include <string.h>

#define OPENING_BYTES 120		/* a paragraph says early which part it opens (40 hanzi) */

/* A part named at s[at]: where, 0 when none is named. */
typedef struct part_word
{
	lp_part		part;
	size_t		at;
} part_word;

/* The earlier of two part words. */
static void
earliest(part_word *w, lp_part part, long at)
{
	if (at >= 0 && (w->part == LP_PART_NONE || (size_t) at < w->at))
	{
		w->part = part;
		w->at = (size_t) at;
	}
}

/*
 * A paragraph or heading opening with a five-year plan named as a period
 * ("“十四五”时期，…", "各位代表！“十四五”以来"): the review of a plan that
 * ended before the targets' year, else its goals (*end_year: the plan's
 * last year).  "2026年是“十五五”规划开局之年" opens with the year instead.
 */
static void
plan_period(const char *s, size_t len, int targets_year, part_word *w, int *end_year)
{
	size_t		a = lp_words_prefix(LP_W_PART_SALUTATION, s, len),
				at = 0;
	int			first;
	long		k;

	/* "胡某说，“十四五”期间，全省…": after a speaker's lead too */
	if (a == 0)
		a = lp_after_speaker(s, len);
	while (a < len && lp_words_prefix(LP_W_PART_QUOTE, s + a, len - a) > 0)
		a += lp_words_prefix(LP_W_PART_QUOTE, s + a, len - a);
	/* most lines open with no plan: no need to look for one further on */
	if (!lp_five_year_plan_opens(s + a, len - a))
		return;
	first = lp_five_year_plan(s + a, len - a, &at);
	if (first == 0 || at != 0)
		return;
	/* the period word follows the name and its closing quote */
	k = lp_words_find(LP_W_PART_PLAN_PERIOD, s + a, len - a, NULL);
	if (k < 0 || k > 18)
		return;
	if (targets_year > 0 && first + 4 < targets_year)
		earliest(w, LP_PART_PLAN_REVIEW, (long) a);
	else
	{
		earliest(w, LP_PART_PLAN_GOALS, (long) a);
		if (w->part == LP_PART_PLAN_GOALS)
			*end_year = first + 4;
	}
}

/*
 * Does the clause s[0, len) that opens with its year name a census or a
 * revision of that year's figures ("2023年全国第五次经济普查结果：生产总值
 * 296.80亿元，…" in a bulletin of 2024; words.tsv year_revised)?
 */
static int
names_revision(const char *s, size_t len)
{
	size_t		ml;
	const char *comma = lp_find_comma(s, len, &ml);

	return lp_words_any(LP_W_YEAR_REVISED, s, comma ? (size_t) (comma - s) : len);
}

/*
 * The end of a lead naming where the figures come from, the paragraph's
 * first clause ending in a word of words.tsv source_lead_end ("记者从市统计局
 * 获悉，", "据市统计局数据显示，", "据统计部门初步核算，"), short and with no
 * figure; 0 if none.  A year or 去年 after it opens the paragraph.
 */
#define SOURCE_LEAD_BYTES (20 * 3)

static size_t
source_lead_end(const char *s, size_t len)
{
	size_t		n = len < SOURCE_LEAD_BYTES ? len : SOURCE_LEAD_BYTES,
				c,
				k;
	const char *comma = lp_find3(s, n, "，");

	if (comma == NULL)
		return 0;
	c = (size_t) (comma - s);
	for (k = 0; k < c; k++)
		if (s[k] >= '0' && s[k] <= '9')
			return 0;
	return lp_words_suffix(LP_W_SOURCE_LEAD_END, s, c) > 0 ? c + 3 : 0;
}

/*
 * A year written without 年 before a place's name, as news does after who
 * spoke ("他指出，2025青禾全市一般公共预算收入增长4.8%"): four digits from 1990
 * to 2099 and a character that is no unit, scale or date word; 0 when none.
 */
static int
bare_year_at(const char *s, size_t len)
{
	static const char *const not_a_name = "亿万千百十元年月日个家人项户件吨斤亩倍岁多余";
	int			y = 0,
				i,
				n;
	uint32_t	cp;
	char		buf[4];

	if (len < 7)
		return 0;
	for (i = 0; i < 4; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return 0;
		y = y * 10 + (s[i] - '0');
	}
	cp = lp_utf8_next(s + 4, len - 4, &n);
	if (y < 1990 || y > 2099 || cp < 0x4E00 || cp > 0x9FFF || n != 3)
		return 0;
	memcpy(buf, s + 4, 3);
	buf[3] = '\0';
	return strstr(not_a_name, buf) == NULL ? y : 0;
}

/*
 * A paragraph opening with a year or 去年/今年 ("2012年，全省经济…",
 * "今年是“十五五”开局之年"): the review of that year, or this year's
 * targets and work; NONE for another year, or for a year whose figures a
 * census or a revision restates (the text goes on with its own year).
 */
static lp_part
year_opened(const char *s, size_t len, int targets_year, int this_year)
{
	size_t		a = lp_words_prefix(LP_W_PART_SALUTATION, s, len),
				at = 1;
	int			y;

	if (a == 0)
		a = lp_after_speaker(s, len);
	if (a == 0)
		a = source_lead_end(s, len);
	/* "会议明确，今年…", "会议审议通过了计划草案，确定今年…": a decision on this year */
	if (a == 0)
		a = lp_decision_on_this_year(s, len);

	if (lp_words_prefix(LP_W_PART_LAST_YEAR, s + a, len - a))
		return LP_PART_YEAR_REVIEW;
	if ((y = (int) lp_words_prefix(LP_W_PART_THIS_YEAR, s + a, len - a)) > 0)
		/* "今年以来，…" in a report of December setting next year's targets:
		 * this year so far, under review */
		return lp_at(s, len, a + (size_t) y, "以来") && this_year > 0 &&
			targets_year == this_year + 1 ? LP_PART_YEAR_REVIEW : LP_PART_TASKS;
	y = lp_find_year(s + a, len - a, &at);
	if ((y == 0 || at != 0) && (y = bare_year_at(s + a, len - a)) != 0)
		at = 0;
	if (y == 0 || at != 0 || targets_year == 0 || names_revision(s + a, len - a))
		return LP_PART_NONE;
	return y == targets_year - 1 ? LP_PART_YEAR_REVIEW :
		y == targets_year ? LP_PART_TASKS : LP_PART_NONE;
}

/*
 * Can year_opened find a year in s[0, len) (nian: s holds a 年)?  Its years
 * end in 年, and so do the words of part_last_year and part_this_year
 * (lp_word_rows_hold): most lines hold no 年 in their opening words.
 */
static int
may_open_year(int nian)
{
	static int	last = -1,
				now = -1;

	return nian || !lp_word_rows_hold_memo(&last, "part_last_year", "年") ||
		!lp_word_rows_hold_memo(&now, "part_this_year", "年");
}

/*
 * Can s[0, len) (nian: it holds a 年) hold a word of part_opened's three
 * kinds?  Every word of part_year_review holds 年 or 去, of
 * part_plan_review 年, of part_plan_goals 年 or 纲 (lp_word_rows_hold).
 */
static int
may_name_part(const char *s, size_t len, int nian)
{
	static int	review = -1,
				plan = -1,
				goals = -1;

	if (!lp_word_rows_hold_memo(&review, "part_year_review", "年去") ||
		!lp_word_rows_hold_memo(&plan, "part_plan_review", "年") ||
		!lp_word_rows_hold_memo(&goals, "part_plan_goals", "年纲"))
		return 1;
	return nian || lp_holds_any(s, len, "去纲");
}

/*
 * The part the opening words s[0, len) of a paragraph or heading start;
 * NONE if none.  The earliest word naming a part wins; a year opening the
 * paragraph loses to the five-year plan it leads to ("2025年是“十四五”
 * 收官之年。五年来，…").
 */
lp_part
lp_part_opened(const char *s, size_t len, int targets_year, int this_year, int *end_year)
{
	static const lp_word_kind kinds[] = {
		LP_W_PART_YEAR_REVIEW, LP_W_PART_PLAN_REVIEW, LP_W_PART_PLAN_GOALS
	};
	part_word	w = {LP_PART_NONE, 0};
	size_t		n = lp_ahead(s, len, 0, OPENING_BYTES);
	long		at[3];

	int			nian = lp_find3(s, n, "年") != NULL;

	/* one pass for the three kinds: this runs on every line of the text */
	if (may_name_part(s, n, nian))
		lp_words_find_each(kinds, 3, s, n, at, NULL);
	else
		at[0] = at[1] = at[2] = -1;
	/* "即将过去的一年，…" in December: the year still under way, no review of
	 * the year before */
	if (at[0] > 0 && lp_words_suffix(LP_W_PART_YEAR_ENDING, s, (size_t) at[0]) > 0)
		at[0] = -1;
	earliest(&w, LP_PART_YEAR_REVIEW, at[0]);
	earliest(&w, LP_PART_PLAN_REVIEW, at[1]);
	earliest(&w, LP_PART_PLAN_GOALS, at[2]);
	if (w.part == LP_PART_PLAN_GOALS)
		*end_year = lp_plan_goals_end_year(s, n, targets_year);
	plan_period(s, n, targets_year, &w, end_year);
	if ((w.part == LP_PART_NONE || (w.part == LP_PART_YEAR_REVIEW && w.at > 0)) &&
		may_open_year(nian))
	{
		lp_part		y = year_opened(s, n, targets_year, this_year);

		if (y != LP_PART_NONE)
			return y;
	}
	return w.part;
}

/*
 * A heading naming a plan by its title ("关于《国民经济和社会发展第十一个
 * 五年规划纲要(草案)》的说明") opens the plan's goals, or its review when it
 * ended before the targets' year.
 */
static lp_part
plan_titled(const char *s, size_t len, int targets_year, int *end_year)
{
	size_t		at = 0;
	int			first = lp_five_year_plan(s, len, &at);

	if (first == 0 || at == 0 || !lp_words_suffix(LP_W_PART_PLAN_TITLE, s, at))
		return LP_PART_NONE;
	if (targets_year > 0 && first + 4 < targets_year)
		return LP_PART_PLAN_REVIEW;
	*end_year = first + 4;
	return LP_PART_PLAN_GOALS;
}

/* The part a top-level heading opens: by its role, else by the plan it names. */
lp_part
lp_part_of_heading(const lp_section *sec, int targets_year, int this_year, int *end_year)
{
	lp_part		part;

	if (sec->role == LP_ROLE_REVIEW)
		return LP_PART_YEAR_REVIEW;
	part = lp_part_opened(sec->heading, strlen(sec->heading), targets_year, this_year, end_year);
	if (part == LP_PART_NONE)
		part = plan_titled(sec->heading, strlen(sec->heading), targets_year, end_year);
	if (part == LP_PART_PLAN_REVIEW || part == LP_PART_PLAN_GOALS)
		return part;
	return sec->role == LP_ROLE_OTHER ? LP_PART_NONE : LP_PART_TASKS;
}

/*
 * Does s[0, len) open with the year so far ("今年以来，…") or with the year
 * targets_year said to be a stage ("2029年是…关键一年", words.tsv stage_year)?
 * In a part-year report's review, such a paragraph goes on reviewing the
 * months done, not setting the year's tasks.
 */
int
lp_part_opens_year_so_far(const char *s, size_t len, int targets_year)
{
	size_t		n = lp_ahead(s, len, 0, OPENING_BYTES),
				y = lp_words_prefix(LP_W_PART_THIS_YEAR, s, n),
				at = 1;

	if (y > 0)
		return lp_at(s, n, y, "以来");
	if (targets_year <= 0 || lp_find_year(s, n, &at) != targets_year || at != 0)
		return 0;
	at = lp_skip_space(s, n, ((unsigned char) s[0]) < 0x80 ? 4 : 12);
	return lp_at(s, n, at, "年是") && lp_words_any(LP_W_STAGE_YEAR, s + at, n - at);
}

int
lp_part_opens_results_so_far(const char *s, size_t len)
{
	size_t		n = lp_ahead(s, len, 0, OPENING_BYTES),
				y = lp_words_prefix(LP_W_PART_SALUTATION, s, n),	/* "统计数据显示，" */
				e;

	if ((e = lp_words_prefix(LP_W_PART_THIS_YEAR, s + y, n - y)) == 0)
		return 0;
	y += e;
	if (lp_at(s, n, y, "以来"))
		return 1;
	/* the part up to the opening clause's comma: "今年1—7月，", "今年前三季度，" */
	for (e = y; e < n && !lp_at(s, n, e, "，") && s[e] != ','; e++)
		;
	return e < n && lp_has_period_word(s + y, e - y) > 0 && !lp_words_any(LP_W_TARGET_MARKER, s, len);
}
