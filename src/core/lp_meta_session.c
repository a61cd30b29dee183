/*
 * lp_meta_session.c — the year a work report's session is in, told by the
 * head of its news: the year reviewed named as such, a day of the session,
 * a year characterised as a stage, targets set or reached, a page opening
 * with the year's tasks (lp_meta.c asks, once the head's year is known).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif

#include "lp.h"
#include "lp_clause.h"
#include "lp_meta_session.h"
#include "lp_meta_bulletin.h"
#include "lp_ordinal.h"
#include "lp_period.h"
#include "lp_pubdate.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TITLE_SCAN_BYTES 4096	/* where a cut title is looked for in the text */

/*
 * Place the text in year: the text speaks from year; a work report reported
 * by the news is of the year before its session.
 */
void
lp_meta_anchor(lp_meta *m, int year, lp_period_basis basis)
{
	int			y = year;

	m->doc_year = year;
	/* a work report reported by the news reviews the year before its session */
	if (strcmp(m->kind, "work_report") == 0)
		y = year - 1;
	snprintf(m->period, sizeof(m->period), "%d", y);
	m->period_basis = basis;
	m->year = y;
}

/*
 * Is the year at byte at of text named as the one just reviewed
 * ("刚刚过去的2008年", "一是2010年政府工作回顾", "报告分三个部分：2025年和
 * “十四五”时期工作回顾、…")?  The text then speaks from the year after.
 * The review word may follow a few words later in the same item, with no
 * other year between.
 */
static int
reviewed_year_at(const char *text, size_t len, size_t at)
{
	size_t		lo = at > 24 ? at - 24 : 0,
				a,
				b,
				ml;
	const char *nian,
			   *stop;

	while (lo < at && (((unsigned char) text[lo]) & 0xC0) == 0x80)
		lo++;
	if (lp_words_suffix(LP_W_YEAR_REVIEWED_BEFORE, text + lo, at - lo) > 0)
		return 1;
	nian = lp_find3(text + at, len - at < 24 ? len - at : 24, "年");
	if (nian == NULL)
		return 0;
	a = (size_t) (nian - text) + 3;
	b = len - a < 40 ? len : a + 40;
	if ((stop = lp_find_comma(text + a, b - a, &ml)) != NULL)
		b = (size_t) (stop - text);
	if ((stop = lp_find3(text + a, b - a, "、")) != NULL)
		b = (size_t) (stop - text);
	return lp_words_find(LP_W_YEAR_REVIEWED_AFTER, text + a, b - a, NULL) >= 0 &&
		lp_find_year(text + a, b - a, NULL) == 0;
}

/*
 * Does the year at byte at open the estimate of its results ("2030年，预计实现
 * 地区生产总值412亿元，…" in a work report's review)?  Right after it, past a
 * comma and the whole place ("全市"), an estimate marker, or 初步 before
 * one or before 统计/核算 ("2015年，初步统计，…"): the year's results are
 * estimated, so the text speaks from the year after, even where the sentence
 * goes on to a result kept within bounds or the targets met ("…城镇登记失业率
 * 控制在3.1%以内，全面完成市人大确定的各项目标任务").
 */
static int
estimated_year_at(const char *s, size_t len, size_t at)
{
	size_t		p = at + (((unsigned char) s[at]) < 0x80 ? 4 : 12);
	int			cl;

	if (!lp_at(s, len, p, "年"))
		return 0;
	p += 3;
	if (lp_at(s, len, p, "，"))
		p += 3;
	else if (p < len && s[p] == ',')
		p++;
	/* the whole place: 全市, 全县, 全州 … (one hanzi after 全) */
	if (lp_at(s, len, p, "全") && p + 6 <= len && lp_is_hanzi(lp_utf8_next(s + p + 3, len - p - 3, &cl)))
		p += 6;
	if (lp_at(s, len, p, "初步"))
	{
		p += 6;
		if (lp_at(s, len, p, "统计") || lp_at(s, len, p, "核算"))
			return 1;
	}
	return p < len && lp_words_prefix(LP_W_ESTIMATE_MARKER, s + p, len - p) > 0;
}

static int	late_session_named(const char *text, size_t tlen);

#define REPORT_PLACE_BYTES (10 * 3)	/* "2029年青禾市政府工作报告": a place's name */

/*
 * The place named between a year and 政府工作报告, s[p, q), hanzi ending
 * as a place's name does (青禾市, 云溪县, 青禾市人民)?
 */
static int
report_place(const char *s, size_t p, size_t q)
{
	static const char *const ends[] = {"市", "县", "区", "州", "省", "旗", "盟", "人民"};
	size_t		i;
	int			cl;

	for (i = p; i < q; i += (size_t) cl)
		if (!lp_is_hanzi(lp_utf8_next(s + i, q - i, &cl)) || cl <= 0)
			return 0;
	for (i = 0; i < sizeof(ends) / sizeof(ends[0]); i++)
		if (q - p > strlen(ends[i]) && lp_at(s, q, q - strlen(ends[i]), ends[i]))
			return 1;
	return 0;
}

/*
 * Where the name of a work report ends when one is named right after the
 * year at byte at ("各省份2019年政府工作报告全部出炉", "2019年《政府工作报告》"),
 * or after the place's name ("2029年青禾市政府工作报告全文发布"); else 0.
 * That year is the session's, the year the text speaks from.
 */
static size_t
report_named_at(const char *s, size_t len, size_t at)
{
	size_t		p = at + (((unsigned char) s[at]) < 0x80 ? 4 : 12),
				lim;
	const char *q;

	if (!lp_at(s, len, p, "年"))
		return 0;
	p += 3;
	if (lp_at(s, len, p, "《") || lp_at(s, len, p, "“"))
		p += 3;
	if (lp_at(s, len, p, "政府工作报告"))
		return p + strlen("政府工作报告");
	lim = len - p < REPORT_PLACE_BYTES + 18 ? len - p : REPORT_PLACE_BYTES + 18;
	q = memmem(s + p, lim, "政府工作报告", 18);
	return q != NULL && report_place(s, p, (size_t) (q - s)) ? (size_t) (q - s) + 18 : 0;
}

/*
 * Does the line from s[after] (right after a work report's name) say the
 * report is carried out ("2023年政府工作报告完成情况", "…目标任务半年完成情况",
 * "…落实情况"; words.tsv intro_results)?  A report of the year's results
 * against that report's targets: it speaks from the year after, as a review.
 */
int
lp_meta_report_carried_out(const char *s, size_t len, size_t after)
{
	const char *nl = memchr(s + after, '\n', len - after);
	size_t		e = nl ? (size_t) (nl - s) : len;
	long		w = lp_words_find(LP_W_INTRO_RESULTS, s + after, e - after, NULL);

	/* not another year's ("2024年政府工作报告：2023年目标任务完成情况良好") */
	return w >= 0 && lp_find_year(s + after, (size_t) w, NULL) == 0;
}

static int
report_year_at(const char *s, size_t len, size_t at)
{
	size_t		after = report_named_at(s, len, at);

	return after > 0 && !lp_meta_report_carried_out(s, len, after);
}

/* The year at byte at names a report said to be carried out (above). */
static int
report_done_year_at(const char *s, size_t len, size_t at)
{
	size_t		after = report_named_at(s, len, at);

	return after > 0 && lp_meta_report_carried_out(s, len, after);
}

/* The month of a full date "2015年4月27日" whose year is at byte at, else 0. */
static int
day_month_at(const char *s, size_t len, size_t at)
{
	size_t		p = at + (((unsigned char) s[at]) < 0x80 ? 4 : 12) + 3,
				n,
				d;
	int			month,
				day;

	if (p >= len || !lp_at(s, len, p - 3, "年"))
		return 0;
	n = lp_ordinal_at(s, len, p, &month);
	if (n == 0 || month < 1 || month > 12 || !lp_at(s, len, p + n, "月"))
		return 0;
	d = p + n + 3;
	n = d < len ? lp_ordinal_at(s, len, d, &day) : 0;
	return n > 0 && day >= 1 && day <= 31 && lp_at(s, len, d + n, "日") ? month : 0;
}

/*
 * Is the year at s[at] said to be a stage ("2015年是全面深化改革的关键之年，
 * …也是…“十二五”规划的收官之年")?  With the year before named too ("2014年
 * 甘肃省实现生产总值…"), a session's speaker says so of the year it opens,
 * not of the year its results are of (a review says "2021年是“十四五”开局之年"
 * of the year it reviews: names_year).
 */
#define NAMES_YEAR_SCAN 8192

/* Does text name the year y ("2014年") in its first NAMES_YEAR_SCAN bytes? */
static int
names_year(const char *text, size_t len, int y)
{
	char		lit[16];

	snprintf(lit, sizeof(lit), "%d年", y);
	return memmem(text, len < NAMES_YEAR_SCAN ? len : NAMES_YEAR_SCAN, lit, strlen(lit)) != NULL;
}

/*
 * Does the year at s[at] open "2015年是…之年" (words.tsv stage_year: 之年,
 * 关键一年, 最后一年), a space before 年 too ("2025 年是…的最后一年" in a spaced copy)?
 */
static int
stage_year_at(const char *s, size_t len, size_t at)
{
	size_t		e = lp_skip_space(s, len, at + (((unsigned char) s[at]) < 0x80 ? 4 : 12));

	return lp_at(s, len, e, "年是") && lp_words_any(LP_W_STAGE_YEAR, s + e, len - e);
}

/*
 * Does the year at s[at] open work planned for it ("他表示，2032年，青禾将…",
 * "2025年，全省要…")?  A modal of the plan (words.tsv planned_modal) within a
 * few characters after the year's comma, or a one-character one (将, 要)
 * right after the year ("2017年将全面做好…"): the year the speaker opens is
 * the session's, not the one it reviews.
 */
#define PLANNED_SUBJECT_BYTES (6 * 3)	/* "青禾市", "全县上下": a short subject */

/*
 * "2017年将全面做好…", "2029年全市要…": right after a year's 年 at s[i], no
 * comma, a doer at most (words.tsv plan_doer) and a one-character modal (将,
 * 要; not 将近, 要求…, nor 计划 of "2028年计划执行情况").  Not 将 as 把 (a
 * plan_ba_verb in its clause: "2028年全市将稳增长作为首要任务").
 */
static int
modal_right_after_year(const char *s, size_t len, size_t i)
{
	size_t		c;

	i += lp_words_prefix(LP_W_PLAN_DOER, s + i, len - i);
	if (lp_words_prefix(LP_W_PLANNED_MODAL, s + i, len - i) != 3 ||
		lp_words_prefix(LP_W_PLANNED_MODAL_NOT, s + i, len - i) != 0)
		return 0;
	if (!lp_at(s, len, i, "将"))
		return 1;
	for (c = i + 3; c < len;)
	{
		int			cl;

		if (lp_is_clause_end(lp_utf8_next(s + c, len - c, &cl)))
			break;
		c += (size_t) (cl > 0 ? cl : 1);
	}
	return !lp_words_any(LP_W_PLAN_BA_VERB, s + i + 3, c - i - 3);
}

static int
planned_year_at(const char *s, size_t len, size_t at)
{
	size_t		e = at + (((unsigned char) s[at]) < 0x80 ? 4 : 12),
				ml = 0,
				end;
	const char *comma;

	if (!lp_at(s, len, e, "年"))
		return 0;
	if (modal_right_after_year(s, len, e + 3))
		return 1;
	if ((comma = lp_find_comma(s + e + 3, len - e - 3 < 6 ? len - e - 3 : 6, &ml)) == NULL)
		return 0;
	e = (size_t) (comma - s) + ml;
	end = len - e < PLANNED_SUBJECT_BYTES + 6 ? len : e + PLANNED_SUBJECT_BYTES + 6;
	for (size_t i = e; i < end && i <= e + PLANNED_SUBJECT_BYTES; i += 3)
	{
		if (lp_words_prefix(LP_W_PLANNED_MODAL, s + i, len - i) > 0 &&
			lp_words_prefix(LP_W_PLANNED_MODAL_NOT, s + i, len - i) == 0)
			return 1;
		if ((((unsigned char) s[i]) & 0xF0) != 0xE0)
			return 0;
	}
	return 0;
}

/* Does the head name the year after y somewhere after byte at (y's place)? */
static int
names_year_after(const char *head, size_t len, size_t at, int y)
{
	size_t		from = at + (((unsigned char) head[at]) < 0x80 ? 4 : 12),
				p = 0;
	int			next;

	while (from < len && (next = lp_find_year(head + from, len - from, &p)) != 0)
	{
		if (next == y + 1)
			return 1;
		from += p + 4;
	}
	return 0;
}

/*
 * Does the line of a head sentence of text ending at text[from] go on with
 * this year's targets ("2026年是“十五五”规划开局之年。…今年政府工作的主要目标
 * 是：地区生产总值增长4.5%左右")?  Then the year characterised is the text's
 * own.  from is 0 for a head that is no sentence of text (the title): no.
 */
static int
this_year_targets_follow(const char *text, size_t tlen, size_t from)
{
	size_t		to;
	const char *nl;

	if (from == 0 || from > tlen)
		return 0;
	nl = memchr(text + from, '\n', tlen - from);
	to = nl ? (size_t) (nl - text) : tlen;
	return lp_words_any(LP_W_PART_THIS_YEAR, text + from, to - from) &&
		lp_names_target_set(text + from, to - from);
}

/* Where the line after the one holding text[from] starts, or tlen. */
static size_t
line_after(const char *text, size_t tlen, size_t from)
{
	const char *nl = memchr(text + from, '\n', tlen - from);

	return nl ? (size_t) (nl - text) + 1 : tlen;
}

/*
 * News of a session that names neither the report nor the session (a
 * county's paper: "2034年，全县地区生产总值增长5.3%…" ⏎ "今年全县…预期目标为
 * 增长6%左右"): its head states the whole year y done, no part of it, no
 * estimate and no target, and the rest of its line or the next line sets
 * this year's targets.  The
 * year's results are out, so the text speaks from the year after: its 今年
 * is y + 1.  A head with no figure ("2034年是…关键之年") is not one.
 */
static int
results_then_this_years_targets(const char *head, size_t len, size_t at, const char *text,
								size_t tlen, size_t head_end)
{
	size_t		p = at + 4;
	const char *found,
			   *stop = lp_find3(head + at, len - at, "。");

	/* the year's sentence only: a title may run on into the targets */
	if (stop != NULL)
	{
		len = (size_t) (stop - head) + 3;
		head_end = 0;
	}
	/* a title is the head: where it stands as the text's first sentence */
	if (head_end == 0 && (found = memmem(text, tlen < TITLE_SCAN_BYTES ? tlen : TITLE_SCAN_BYTES,
										 head, len)) != NULL)
		head_end = (size_t) (found - text) + len;

	/* a figure after the year: "2034年是…关键之年" states no result */
	while (p < len && !(head[p] >= '0' && head[p] <= '9'))
		p++;
	return p < len && !estimated_year_at(head, len, at) && !lp_names_target_set(head, len) &&
		lp_has_period_word(head, len) == 0 && !lp_words_any(LP_W_PART_THIS_YEAR, head, len) &&
		head_end > 0 && head_end < tlen &&
		(this_year_targets_follow(text, tlen, head_end) ||
		 this_year_targets_follow(text, tlen, line_after(text, tlen, head_end)));
}

/*
 * The head's year y is the one the session reviews: the session is the year
 * after, and a year the title named is inferred as the one reviewed (its
 * targets with no year of their own are for the session's year: "报告指出，
 * 2024年，是…的一年。…划定发展预期目标，…"); not when inferred is 0.
 */
static void
reviewed_year(lp_meta *m, int y, int inferred)
{
	m->doc_year = y + 1;
	if (inferred && m->period_basis == LP_PERIOD_TITLE)
		m->period_basis = LP_PERIOD_INFERRED;
}

/*
 * News of a work report whose title (often its first sentence) or first
 * sentence naming a year (head: that sentence) is all the text says of
 * time: its session is in the year after the results it states ("…作政府
 * 工作报告时说，2025年全省地区生产总值增长5.4%" → 2026), or in the year of
 * the targets it states ("2026年GDP增长目标定为5%左右" → 2026, reviewing
 * 2025).  head_end: where head ends in text, 0 when head is the title.
 */
void
lp_meta_session_year_of_head(lp_meta *m, const char *head, size_t len, const char *text, size_t tlen,
							 size_t head_end)
{
	int			y = atoi(m->period),
				month;
	size_t		at = 0;

	if (y == 0 || strspn(m->period, "0123456789") != strlen(m->period))
		return;
	int			first = lp_find_year(head, len, &at);

	if (strcmp(m->kind, "work_report") != 0)
	{
		if (first == y && results_then_this_years_targets(head, len, at, text, tlen, head_end))
			reviewed_year(m, y, 0);
		return;
	}

	/* "王三运说，刚刚过去的2008年，…完成了…确定的年度目标任务": the results' year */
	if (first == y && (reviewed_year_at(head, len, at) || report_done_year_at(head, len, at) ||
					   (estimated_year_at(head, len, at) && !late_session_named(text, tlen))))
		reviewed_year(m, y, 1);
	/* "他表示，2032年，青禾将…": the year the speaker plans for is the session's */
	else if (first == y && planned_year_at(head, len, at))
		lp_meta_anchor(m, y, m->period_basis);
	/* "目前31省份2019年政府工作报告全部出炉": the report's year is the session's */
	else if (first == y && report_year_at(head, len, at))
		lp_meta_anchor(m, y, m->period_basis);
	/* "在2015年4月27日的…政府工作报告中": a day of the year is the session's */
	else if (first == y && (month = day_month_at(head, len, at)) >= 1 && month <= 6)
		lp_meta_anchor(m, y, m->period_basis);
	/* "2015年是全面深化改革的关键之年": the year the text speaks of as its own */
	else if (first == y && stage_year_at(head, len, at) &&
			 (names_year(text, tlen, y - 1) || this_year_targets_follow(text, tlen, head_end)))
		lp_meta_anchor(m, y, m->period_basis);
	/* targets set, not one reached ("…增长6.5%左右，顺利实现年度目标任务"); and
	 * "…公布2025年GDP增长5.4%，2026年预期增长5%左右": the target is the later year's */
	else if (lp_names_target_set(head, len) && !names_year_after(head, len, at, y))
		lp_meta_anchor(m, y, m->period_basis);
	/* a page that opens with the year's tasks ("二、2025年工作安排"), no review */
	else if (first == y && lp_words_any(LP_W_ROLE_TASKS, head, len) &&
			 !lp_words_any(LP_W_ROLE_REVIEW, head, len))
		lp_meta_anchor(m, y, m->period_basis);
	else	/* "2026年是…开局之年，…列为建" of a head cut short: its own year, maybe */
		reviewed_year(m, y, !(first == y && stage_year_at(head, len, at)));
}

/*
 * The same of a title that is the text's first sentence cut at the title's
 * size ("…县十七届人大三次会议期间，…总结过去一年的工作实事求是，提出了
 * 2019年的" of a sentence going on "发展目标贴进实际"): the head is the whole
 * sentence, as the text has it, so that what it says of the year (the
 * targets set) is read.  Any other title is the head as it is.
 */
void
lp_meta_session_year_of_title(lp_meta *m, const char *text, size_t tlen)
{
	size_t		n = strlen(m->title),
				scan = tlen < TITLE_SCAN_BYTES ? tlen : TITLE_SCAN_BYTES,
				from,
				to;
	const char *at,
			   *stop,
			   *nl;

	lp_meta_bulletin_year(m);
	if (m->doc_year != 0)
		return;
	if (n + 8 < sizeof(m->title) || (at = memmem(text, scan, m->title, n)) == NULL)
	{
		lp_meta_session_year_of_head(m, m->title, n, text, tlen, 0);
		return;
	}
	from = (size_t) (at - text);
	stop = lp_find3(text + from + n, tlen - from - n, "。");
	nl = memchr(text + from + n, '\n', tlen - from - n);
	if (nl && (!stop || nl < stop))
		stop = nl;
	to = stop ? (size_t) (stop - text) : tlen;
	lp_meta_session_year_of_head(m, text + from, to - from, text, tlen, to);
}

#define LATE_HEAD_BYTES 2048	/* where the session's opening day is looked for */

/*
 * Does s[0, len) name a day of month m opening a session of a local congress
 * ("12月28日，长沙市第十六届人大二次会议开幕"): the day, then in its sentence
 * a congress's name and the meeting's opening?
 */
static int
session_opens_in_month(const char *s, size_t len, int m)
{
	char		mon[8];
	size_t		from = 0;
	const char *p;

	snprintf(mon, sizeof(mon), "%d月", m);
	while ((p = memmem(s + from, len - from, mon, strlen(mon))) != NULL)
	{
		size_t		a = (size_t) (p - s),
					e;
		const char *stop = lp_find3(s + a, len - a, "。");

		e = stop ? (size_t) (stop - s) : len;
		from = a + strlen(mon);
		/* a day of the month: not "2021年12月" nor "1-12月" (a digit or 年 before) */
		if ((a > 0 && s[a - 1] >= '0' && s[a - 1] <= '9') || (a >= 3 && lp_same(s + a - 3, "年", 3)) ||
			(a > 0 && s[a - 1] == '-'))
			continue;
		if (lp_words_any(LP_W_CONGRESS_LOCAL, s + a, e - a) &&
			(lp_contains(s + a, e - a, "开幕") || lp_contains(s + a, e - a, "召开")))
			return 1;
	}
	return 0;
}

/*
 * Does the head of text open a session late in the year ("12月16日，…人民代表
 * 大会第二次会议开幕", "人民网银川12月28日电")?  Its year's estimate is of the
 * session's own year then, and 明年's targets are the year after it.
 */
static int
late_session_named(const char *text, size_t tlen)
{
	size_t		n = tlen < LATE_HEAD_BYTES ? tlen : LATE_HEAD_BYTES;

	return session_opens_in_month(text, n, 11) || session_opens_in_month(text, n, 12) ||
		lp_wire_dateline_month(text, n) >= 11;
}

#define NEWS_LEAD_CHARS 10		/* "本报讯", "青禾融媒讯": a paper's lead, in hanzi */
#define NEWS_BYLINE_BYTES 90	/* its byline in brackets: "（记者 王某 通讯员 李某）" */

/*
 * The end of a news lead opening s at p ("本报讯 ", "本报讯（记者 王某）"):
 * hanzi ending in 讯, then a byline in brackets; p if none.
 */
static size_t
after_news_lead(const char *s, size_t end, size_t p)
{
	size_t		i = p,
				close;
	int			chars = 0,
				cl;
	const char *q;

	while (i < end && chars < NEWS_LEAD_CHARS && !lp_at(s, end, i, "讯"))
	{
		if (!lp_is_hanzi(lp_utf8_next(s + i, end - i, &cl)) || cl <= 0)
			return p;
		i += (size_t) cl;
		chars++;
	}
	if (chars == 0 || !lp_at(s, end, i, "讯"))
		return p;
	i = lp_skip_space(s, end, i + 3);
	close = end - i < NEWS_BYLINE_BYTES ? end : i + NEWS_BYLINE_BYTES;
	if (lp_at(s, end, i, "（") && (q = lp_find3(s + i, close - i, "）")) != NULL)
		i = (size_t) (q - s) + 3;
	else if (i < end && s[i] == '(' && (q = memchr(s + i, ')', close - i)) != NULL)
		i = (size_t) (q - s) + 1;
	return lp_skip_space(s, end, i);
}

/*
 * Does a line of s[0, len) open on a day with no month ("27日，某县第十八届
 * 人民代表大会第五次会议开幕"), after a paper's lead or not ("本报讯（记者
 * 王某）27日上午，…"), a day of the page's own month, its sentence naming a
 * congress and the meeting's opening?
 */
static int
session_opens_on_bare_day(const char *s, size_t len)
{
	size_t		a = 0;

	while (a < len)
	{
		const char *nl = memchr(s + a, '\n', len - a);
		size_t		end = nl ? (size_t) (nl - s) : len,
					p = after_news_lead(s, end, lp_skip_space(s, end, a)),
					d = p;
		const char *stop;

		while (d < end && d < p + 3 && s[d] >= '0' && s[d] <= '9')
			d++;
		if (d > p && d <= p + 2 && lp_at(s, end, d, "日"))
		{
			stop = lp_find3(s + d, end - d, "。");
			end = stop ? (size_t) (stop - s) : end;
			if (lp_words_any(LP_W_CONGRESS_LOCAL, s + d, end - d) &&
				(lp_contains(s + d, end - d, "开幕") || lp_contains(s + d, end - d, "召开")))
				return 1;
		}
		a = nl ? (size_t) (nl - s) + 1 : len;
	}
	return 0;
}

/*
 * The year and month the page was published, by its head: a date line
 * ("2024-12-28 09:30"), or a masthead's or date line's date in words ("青禾日报
 * 2024年12月28日", "发布时间：2024年12月28日": lp_document_year's publication
 * date, lp_published_month); 0 if none.
 */
static int
published_year_month(const char *text, size_t n, int *month)
{
	lp_period_basis basis;
	int			y = lp_published_line(text, n, month);

	if (y != 0)
		return y;
	y = lp_document_year(text, n, &basis);
	*month = basis == LP_PERIOD_PUBLICATION ? lp_published_month(text, n) : 0;
	return *month > 0 ? y : 0;
}

void
lp_meta_session_late_in_year(lp_meta *m, const char *text, size_t tlen)
{
	size_t		n = tlen < LATE_HEAD_BYTES ? tlen : LATE_HEAD_BYTES;
	int			month,
				y;

	if (strcmp(m->kind, "work_report") != 0 || (y = published_year_month(text, n, &month)) == 0 ||
		month < 11 || (m->doc_year != 0 && m->doc_year != y) || strlen(m->period) != 4 ||
		!(atoi(m->period) == y || atoi(m->period) == y - 1) || (!session_opens_in_month(text, n, month) && !session_opens_on_bare_day(text, n)))
		return;
	m->doc_year = y + 1;
	/* its 今年 is still the page's year: 明年's targets are doc_year's */
	m->said_year = y;
	m->year = y;
	snprintf(m->period, sizeof(m->period), "%d", y);
	m->period_basis = LP_PERIOD_INFERRED;
}
