/*
 * lp_meta.c — report metadata inferred from the title, first lines and
 * headings: title, region (with its GB/T 2260 code), year, period, kind.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif

#include "lp.h"
#include "lp_clause.h"
#include "lp_data.h"
#include "lp_meta_early.h"
#include "lp_meta_session.h"
#include "lp_meta_goal.h"
#include "lp_meta_head_part.h"
#include "lp_meta_title.h"
#include "lp_meta_roundup.h"
#include "lp_ordinal.h"
#include "lp_period.h"
#include "lp_pubdate.h"
#include "lp_region.h"
#include "lp_session_year.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HEAD_DATE_BYTES 1024	/* a page's date line under its title */
#define SCAN_BYTES (64 * 1024)	/* headings and years looked for near the start */


/* Is the period a whole year or years (no half, quarter or months)? */
static int
is_annual_period(const char *p)
{
	return strpbrk(p, "HQM") == NULL;
}

/*
 * Does a year written in digits at t[at] open a figure of its own, no date
 * ("2019年GDP破5万亿", not "2019年1月10日"), with no target set after it?
 */
static int
year_opens_result(const char *t, size_t n, size_t at)
{
	size_t		a = at + 4;

	if (a > n || strspn(t + at, "0123456789") < 4 || !lp_at(t, n, a, "年"))
		return 0;
	a += 3;
	if (a < n && t[a] >= '0' && t[a] <= '9')
		return 0;
	if (lp_names_target_set(t + a, n - a))
		return 0;
	return strpbrk(t + a, "0123456789") != NULL;
}

/*
 * Does the title name a work report of its year ("2024年政府工作报告",
 * "政府工作报告提出：2010年…预期目标")?  Not when a year after the report's
 * name is the year of an estimated result ("政府工作报告“划重点”：淄博2018年
 * 预计地区生产总值突破5000亿元") or of a figure with no target set ("豫人大会议
 * 开幕 2019年GDP破5万亿"): the report is of the year after.
 */
static int
year_names_report(const char *t)
{
	size_t		n = strlen(t),
				year_at;
	long		kind_at = lp_words_find(LP_W_KIND_WORK_REPORT, t, n, NULL);

	if (kind_at < 0 || lp_find_year(t, n, &year_at) == 0)
		return 0;
	/* "2023年政府工作报告完成情况": the year's results against its targets */
	if (lp_meta_report_carried_out(t, n, (size_t) kind_at))
		return 0;
	return year_at < (size_t) kind_at ||
		(!lp_words_any(LP_W_ESTIMATE_MARKER, t + year_at, n - year_at) &&
		 !year_opens_result(t, n, year_at));
}

/*
 * The year of a session a title names ("2027年两会｜湖西：经济总量迈上新台阶",
 * "青禾市2027年两会侧记", words.tsv title_session_year), else 0: the text
 * speaks from it.
 */
/* Characters of a place a session title may put between its year and 两会. */
#define SESSION_PLACE_CHARS 4

static int
session_title_year(const char *t)
{
	size_t		n = strlen(t),
				at = 0,
				p,
				k;
	int			y = lp_find_year(t, n, &at);

	if (y == 0)
		return 0;
	p = at + (((unsigned char) t[at]) < 0x80 ? 4 : 12);
	if (!lp_at(t, n, p, "年"))
		return 0;
	/* the session's year after a lead or a place, or before the place
	 * ("青禾市2032年两会侧记", "聚焦2032年青禾两会", "2032年市人代会侧记"):
	 * up to SESSION_PLACE_CHARS Chinese characters between year and word */
	p += 3;
	for (k = 0; k <= SESSION_PLACE_CHARS && p + 3 <= n; k++, p += 3)
	{
		unsigned char c = (unsigned char) t[p];

		if (lp_words_prefix(LP_W_TITLE_SESSION_YEAR, t + p, n - p) > 0)
			return y;
		if (c < 0xE4 || c > 0xE9)	/* no Chinese character: punctuation, a digit */
			return 0;
	}
	return 0;
}

/*
 * Is the title a sentence of the text (a first line that says 2021年9月17日，
 * …挂牌成立。) rather than a heading?  Its year may be one looked back on.
 */
static int
title_is_prose(const char *t)
{
	size_t		ml;

	return strstr(t, "。") != NULL || lp_find_comma(t, strlen(t), &ml) != NULL;
}

/*
 * Does a short line of the head, the title's or one the title finder passed
 * by, name a part of the year ("上半年全市经济运行情况", "前三季度GDP增长5.1%")?
 */
static int
head_names_part(const char *text, size_t len)
{
	lp_head_lines h = {0, 0};
	size_t		s,
				e;

	while (lp_head_line_next(text, len, &h, &s, &e))
		if (lp_has_period_word(text + s, e - s) == 1 || lp_head_half_line(text + s, e - s))
			return 1;
	return 0;
}

/*
 * The first place from byte from on where s[0, len) names a work report
 * that is not a source it cites ("靠前实施中央经济工作会议和《政府工作报告》
 * 政策举措" in a statistics bureau's release: words.tsv kind_cited_after);
 * -1 if none.
 */
static long
work_report_named(const char *s, size_t len, long from)
{
	size_t		p = (size_t) from,
				wl = 0;
	long		k;

	while (p < len && (k = lp_words_find(LP_W_KIND_WORK_REPORT, s + p, len - p, &wl)) >= 0)
	{
		size_t		e = p + (size_t) k + wl;

		if (lp_words_prefix(LP_W_KIND_CITED_AFTER, s + e, len - e) == 0)
			return (long) (p + (size_t) k);
		p = e;
	}
	return -1;
}

/* Does the head (*part_year 1) or the lead ("上半年，全市实现…": a briefing to deputies, no work
 * report whatever 人大 it names) name a part of the year?  The lead read once, when asked. */
static int
part_year_asked(const char *text, size_t len, int *part_year)
{
	char		lead[16];

	if (*part_year < 0)
	{
		lp_release_part_ahead(text, len, lead, sizeof(lead));
		*part_year = lead[0] == 'Y';
	}
	return *part_year;
}

static void
infer_kind(const char *text, size_t len, lp_meta *m, int has_review)
{
	size_t		scan = len < 4096 ? len : 4096;
	/* kind of report, and the word list that names it */
	static const struct
	{
		const char *name;
		lp_word_kind words;
	}			kinds[] = {
		{"plan_execution", LP_W_KIND_PLAN_EXECUTION},
		{"work_report", LP_W_KIND_WORK_REPORT},
		{"statistics", LP_W_KIND_STATISTICS},
		{NULL, 0}};
	int			k,
				part_year = head_names_part(text, len) ? 1 : -1;

	for (k = 0; kinds[k].name; k++)
		if (lp_words_any(kinds[k].words, m->title, strlen(m->title)) &&
			!(kinds[k].words == LP_W_KIND_WORK_REPORT &&
			  work_report_named(m->title, strlen(m->title), 0) < 0) &&
			!(kinds[k].words == LP_W_KIND_WORK_REPORT && title_is_prose(m->title) &&
			  part_year_asked(text, len, &part_year)))
		{
			snprintf(m->kind, sizeof(m->kind), "%s", kinds[k].name);
			return;
		}
	/* the text's first pages: one pass for the kinds (in_text: those of kinds[], in
	 * its order), the first in that order wins */
	{
		static const lp_word_kind in_text[] = {
			LP_W_KIND_PLAN_EXECUTION, LP_W_KIND_WORK_REPORT, LP_W_KIND_STATISTICS
		};
		long		at[3];

		/*
		 * a report on part of the year cites the session's report for the
		 * year's target ("年初市政府工作报告确定…"): it is none itself
		 */
		lp_words_find_each(in_text, 3, text, scan, at, NULL);
		if (at[1] >= 0)
			at[1] = work_report_named(text, scan, at[1]);
		for (k = 0; k < 3; k++)
			if (at[k] >= 0 && !(in_text[k] == LP_W_KIND_WORK_REPORT && part_year_asked(text, len, &part_year)))
			{
				snprintf(m->kind, sizeof(m->kind), "%s", kinds[k].name);
				return;
			}
	}
	snprintf(m->kind, sizeof(m->kind), "%s", has_review ? "plan_execution" : "news");
}

/*
 * The year of a report delivered at a meeting: the date line under a title
 * ("——2024年1月16日在…人民代表大会第四次会议上"), with its month in *month;
 * 0 when there is none.  A report delivered from January to April reviews
 * the year before, one delivered from October on the year itself (a county
 * session of late December: "预计全年…", then "明年主要预期目标").
 */
static int
delivered_in(const char *s, size_t len, int *month)
{
	size_t		at,
				p,
				n;
	int			year = lp_find_year(s, len, &at);

	*month = 0;
	if (year == 0 || !lp_words_any(LP_W_DELIVERY_MEETING, s, len))
		return 0;
	/* past "2024年" or "二〇二四年"; the month in digits or Chinese (一月) */
	p = at + (((unsigned char) s[at]) < 0x80 ? 4 : 12) + 3;
	n = p < len ? lp_ordinal_at(s, len, p, month) : 0;
	if (n == 0 || *month < 1 || *month > 12 || !lp_at(s, len, p + n, "月"))
		return 0;
	return year;
}

/*
 * News of a plan execution report dated in its session's year ("2025年01月16日
 * …审查了关于江西省2024年…计划执行情况与2025年计划草案的报告"): the head
 * names the year reviewed and the draft's, the date line's.  The year
 * reviewed, or 0.
 */
static int
head_plan_reviewed_year(const char *text, size_t len, int draft_year)
{
	int			d = lp_plan_report_draft_year(text, len < 2048 ? len : 2048);

	return d != 0 && d == draft_year ? d - 1 : 0;
}

/*
 * A plan execution report's title names two years ("关于江西省2024年国民经济
 * 和社会发展计划执行情况与2025年计划草案的报告"): it reviews the first and
 * speaks from the second, the year of its draft (今年 in news of it).
 */
static int
plan_title_draft_year(const lp_meta *m)
{
	size_t		n = strlen(m->title),
				at = 0,
				at2 = 0;
	int			y = lp_find_year(m->title, n, &at);

	if (y == 0 || !lp_words_any(LP_W_KIND_PLAN_EXECUTION, m->title, n) ||
		lp_find_year(m->title + at + 4, n - at - 4, &at2) != y + 1)
		return 0;
	return y + 1;
}

/*
 * The first year of the head that is no start of a span: "创1994年以来最高水平"
 * in news of a year's figures that names no year of its own is a record, not
 * the year reported (nor is "2012年以来，累计…"), nor a plan's vision
 * ("第十四个五年规划和二〇三五年远景目标纲要").  0 if none.
 */
static int
first_year_not_since(const char *text, size_t len, size_t *at)
{
	size_t		from = 0,
				p;
	int			y;

	while (from < len && (y = lp_find_year(text + from, len - from, &p)) != 0)
	{
		size_t		e;

		*at = from + p;
		e = *at + (((unsigned char) text[*at]) < 0x80 ? 4 : 12);
		if (!lp_since_year_at(text, len, *at) && !lp_meta_year_base_or_goal(text, len, *at) &&
			!lp_meta_goal_year(text, len, y) &&
			!(lp_at(text, len, e, "年") &&
			  lp_words_prefix(LP_W_VISION_YEAR, text + e + 3, len - e - 3) > 0))
			return y;
		from = *at + 4;
	}
	return 0;
}

/*
 * A text naming no year of its own (no title, delivery line, page date,
 * reasoned year or year in its head) whose page address, saved as its first
 * line, has a date path ("http://…/202511/t20251103_….html"): it speaks from
 * the address's year, as from a publication line, by the same rules for the
 * part of the year it reports (lp_meta_early_publication: an address of
 * February over 全年 reports the year before).
 */
static void
address_year(const char *text, size_t len, lp_meta *m, int y)
{
	lp_meta_anchor(m, y, LP_PERIOD_ADDRESS);
	lp_meta_early_publication(text, len, m, LP_PERIOD_ADDRESS);
	if (strcmp(m->kind, "work_report") != 0)
		lp_meta_head_part(text, len, m);
}

/*
 * The last resorts of period_of_head: the first year in the head (its
 * sentence in [*sa, *sb)), else the date of the page's address on its first
 * line.
 */
static void
period_of_first_year(const char *text, size_t len, lp_meta *m, size_t *sa, size_t *sb)
{
	size_t		scan = len < 8192 ? len : 8192,
				at = 0;
	int			y,
				month;

	if ((y = first_year_not_since(text, scan, &at)) != 0)
	{
		snprintf(m->period, sizeof(m->period), "%d", y);
		m->period_basis = LP_PERIOD_DATELINE;
		lp_line_sentence_around(text, scan, at, sa, sb);
	}
	else if ((y = lp_address_date(text, len, &month)) != 0)
		address_year(text, len, m, y);
}

/*
 * The period when no review heading names one: the title's (a work report's
 * title names the year of its session: it reviews the year before), the
 * delivery line's, the year the text reasons (lp_document_year: it beats a
 * title that is a sentence of the text), else the first year in the head.
 */
/*
 * The period of a report by its delivery line: one delivered from January to
 * April with a review part reviews the year before; a work report delivered
 * from October on reviews that year, even with no review heading
 * ("——2030年12月22日在…会议上" ⏎ "攻坚克难…" ⏎ "预计到年末，…").
 */
static void
period_of_delivery(const char *by, size_t by_len, lp_meta *m, int has_review)
{
	int			month,
				y = delivered_in(by, by_len, &month);

	if (y == 0 || !((has_review && month <= 4) ||
					 (month >= 10 && (has_review || strcmp(m->kind, "work_report") == 0))))
		return;
	snprintf(m->period, sizeof(m->period), "%d", month <= 4 ? y - 1 : y);
	m->period_basis = LP_PERIOD_DELIVERY;
	m->doc_year = y;
	/* with no review part its figures are placed by the year it speaks for, as
	 * a December page of next year's session (lp_meta_session.c): the next,
	 * its 今年 still this one */
	if (!has_review && month >= 10)
	{
		m->doc_year = y + 1;
		m->said_year = y;
	}
}

/*
 * Is the year of m's title one its text aims at ("2030年青禾人均生产总值2万
 * 美元" over "…，而到2030年，全市人均生产总值预计达到2万美元"): a horizon, not
 * its period?  Not a report's title naming its year.
 */
static int
title_year_aimed_at(const char *text, size_t len, const lp_meta *m)
{
	return m->period[0] && !year_names_report(m->title) &&
		lp_meta_goal_year(text, len < 8192 ? len : 8192, atoi(m->period));
}

/* Does title name another year after the one at title[at] ("…2029年成绩单，并定下2030年…")? */
static int
names_later_year(const char *title, size_t at)
{
	const char *nian = strstr(title + at, "年");

	return nian != NULL && lp_find_year(nian, strlen(nian), NULL) != 0;
}

/*
 * The period the title names, unless the year there is not the report's: a
 * vision's, a record's, a base's or a goal's.
 */
static void
title_period(const char *text, size_t len, lp_meta *m)
{
	size_t		at = 0;

	lp_period_of(m->title, strlen(m->title), 0, m->period, sizeof(m->period));
	m->period_basis = LP_PERIOD_TITLE;
	/* "第十四个五年规划和二〇三五年远景目标纲要": the vision's year is not the report's */
	if (m->period[0] && strstr(m->title, "远景") &&
		lp_five_year_plan(m->title, strlen(m->title), &at) > 0)
		m->period[0] = '\0';
	/* a prose title's "创1994年以来最高水平" names a record, not its year; "比2020年",
	 * "到2030年…将" a base and a goal */
	if (m->period[0] && title_is_prose(m->title) &&
		lp_find_year(m->title, strlen(m->title), &at) != 0 &&
		(lp_since_year_at(m->title, strlen(m->title), at) ||
		 lp_meta_year_base_or_goal(m->title, strlen(m->title), at)))
		m->period[0] = '\0';
	if (title_year_aimed_at(text, len, m))
		m->period[0] = '\0';
	/* a headline's "固定资产投资比2020年增长35%" */
	at = 0;
	if (m->period[0] && lp_find_year(m->title, strlen(m->title), &at) != 0 && at >= 3 &&
		(lp_same(m->title + at - 3, "比", 3) || lp_same(m->title + at - 3, "较", 3)))
		m->period[0] = '\0';
}

static void
period_of_head(const char *text, size_t len, lp_meta *m, int has_review,
			   size_t by_start, size_t by_end)
{
	lp_period_basis reasoned_basis;
	int			reasoned = lp_document_year(text, len, &reasoned_basis),
				y;
	size_t		at = 0,
				sa = 0,
				sb = 0;

	title_period(text, len, m);
	at = 0;
	/* a prose title's "今年（2024年）": the year a work report's session is in */
	if (m->period[0] && (y = lp_meta_early_glossed_year(m->title)) != 0 && atoi(m->period) == y)
		lp_meta_anchor(m, y, LP_PERIOD_INFERRED);
	else if (m->period[0] && (y = plan_title_draft_year(m)) != 0)
		m->doc_year = y;
	/* a work report's news titled "2023年，东北三省三座省会城市要这么干！": the year the plans are for
	 * (the only year it names: "公布2029年成绩单，并定下2030年的GDP增长目标" is no such title) */
	else if (m->period[0] && strcmp(m->kind, "work_report") == 0 && title_is_prose(m->title) &&
			 (y = lp_find_year(m->title, strlen(m->title), &at)) == atoi(m->period) &&
			 lp_words_any(LP_W_TITLE_PLAN_YEAR, m->title + at, strlen(m->title) - at) &&
			 !names_later_year(m->title, at))
	{
		m->doc_year = y;
		snprintf(m->period, sizeof(m->period), "%d", y - 1);
		m->period_basis = LP_PERIOD_INFERRED;
	}
	at = 0;
	if (reasoned && title_is_prose(m->title) && atoi(m->period) != reasoned &&
		!(m->doc_year != 0 && m->doc_year == reasoned))
		m->period[0] = '\0';
	/* "李强：2035年人均GDP要比2020年翻一番" over a text of 2026: a year two or
	 * more ahead of the one the text speaks from is a horizon, not its period */
	if (reasoned && m->period[0] && atoi(m->period) > reasoned + 1)
		m->period[0] = '\0';
	/* a masthead's date ("明报　2026年1月28日") is when, not what, the text reports */
	if (reasoned && m->period[0] && strspn(m->period, "0123456789") == strlen(m->period) &&
		lp_full_date_in(m->title, strlen(m->title)) == atoi(m->period))
		m->period[0] = '\0';
	/*
	 * "2024年政府工作报告" is delivered in 2024 and reviews 2023; but a summary
	 * titled by the year it reviews ("《政府工作报告》摘要(一):2021年 全县…全面
	 * 完成") is dated the year after in its head, and speaks from that year
	 */
	if (m->period[0] && strspn(m->period, "0123456789") == strlen(m->period) &&
		!title_is_prose(m->title) && year_names_report(m->title) &&
		!lp_words_any(LP_W_KIND_PLAN_EXECUTION, m->title, strlen(m->title)) &&
		lp_full_date_in(text, len < HEAD_DATE_BYTES ? len : HEAD_DATE_BYTES) == atoi(m->period) + 1)
		m->doc_year = atoi(m->period) + 1;
	else if (m->period[0] && strspn(m->period, "0123456789") == strlen(m->period) &&
		!title_is_prose(m->title) && year_names_report(m->title) &&
		!lp_words_any(LP_W_KIND_PLAN_EXECUTION, m->title, strlen(m->title)))
	{
		m->doc_year = atoi(m->period);
		if (has_review)
		{
			snprintf(m->period, sizeof(m->period), "%d", m->doc_year - 1);
			m->period_basis = LP_PERIOD_INFERRED;
		}
	}
	/* "数说2029青禾市政府工作报告": as "2029年…政府工作报告" */
	if (m->period[0] == '\0' && (y = lp_meta_title_bare_year(m->title)) != 0)
	{
		m->doc_year = y;
		snprintf(m->period, sizeof(m->period), "%d", has_review ? y - 1 : y);
		m->period_basis = has_review ? LP_PERIOD_INFERRED : LP_PERIOD_TITLE;
	}
	if (m->period[0] == '\0')
		period_of_delivery(text + by_start, by_end > by_start ? by_end - by_start : 0, m, has_review);
	if (m->period[0] == '\0' && reasoned)
	{
		lp_meta_anchor(m, reasoned, reasoned_basis);
		lp_meta_early_publication(text, len, m, reasoned_basis);
		lp_meta_early_opening_year(text, len, m, reasoned_basis);
		if (strcmp(m->kind, "work_report") != 0)
			lp_meta_head_part(text, len, m);
		if ((y = head_plan_reviewed_year(text, len, reasoned)) != 0 && atoi(m->period) == reasoned &&
			strlen(m->period) == 4)
		{
			snprintf(m->period, sizeof(m->period), "%d", y);
			m->period_basis = LP_PERIOD_INFERRED;
			m->year = y;
		}
	}
	if (m->period[0] == '\0')
		period_of_first_year(text, len, m, &sa, &sb);
	lp_meta_early_wire_dateline(text, len, m, m->period_basis == LP_PERIOD_TITLE ? m->title : text + sa,
						m->period_basis == LP_PERIOD_TITLE ? strlen(m->title) : sb - sa);
	lp_meta_early_years_named(m, text, len);
	lp_meta_early_conference(text, len, m);
	/* news of a national session ("十三届全国人大一次会议" of 2018) under a
	 * title of that year ("二、2018年发展主要预期目标"): a work report at a
	 * session reviews the year before it */
	if (m->doc_year == 0 && reasoned && reasoned_basis == LP_PERIOD_SESSION &&
		strcmp(m->kind, "work_report") == 0 && m->period_basis == LP_PERIOD_TITLE &&
		strlen(m->period) == 4 && atoi(m->period) == reasoned)
		lp_meta_anchor(m, reasoned, reasoned_basis);
	/* a period from the title still leaves 今年/明年 to the year the text speaks from */
	if (m->doc_year == 0 && reasoned)
		m->doc_year = reasoned;
	else if (m->doc_year == 0 && m->period_basis == LP_PERIOD_TITLE)
		lp_meta_session_year_of_title(m, text, len);
	else if (m->doc_year == 0 && m->period_basis == LP_PERIOD_DATELINE)
		lp_meta_session_year_of_head(m, text + sa, sb - sa, text, len, sb);
	lp_meta_session_late_in_year(m, text, len);
}

/*
 * Metadata from lines and sections already found (the extractor has them).
 * Only what starts in the first SCAN_BYTES counts, as in lp_infer_meta
 * (lp_extract.c, which reads a wrapped document's lines joined).
 */
/*
 * Does the first review section's text open with the year y characterised
 * ("2019年，是我县…卓有成效的一年")?  A report titled with y ("2019年梨树县
 * 政府工作报告") then reviews y, not the year before.
 */
static int
review_opens_with_year(const char *text, const lp_line *lines, size_t nlines,
					   const lp_sections *secs, int y)
{
	size_t		i,
				li;
	char		lead[16];

	for (i = 0; i < secs->n && secs->items[i].role != LP_ROLE_REVIEW; i++)
		;
	if (i == secs->n || secs->items[i].line_start < 1)
		return 0;
	/* the first line with text after the heading */
	for (li = (size_t) secs->items[i].line_start; li < nlines && lines[li].end == lines[li].start; li++)
		;
	if (li >= nlines)
		return 0;
	snprintf(lead, sizeof(lead), "%d年", y);
	{
		const char *s = text + lines[li].start;
		size_t		n = lines[li].end - lines[li].start,
					a = lp_skip_space(s, n, 0),
					k = strlen(lead);

		if (a + k > n || memcmp(s + a, lead, k) != 0)
			return 0;
		a += k;
		if (a < n && s[a] == ',')
			a++;
		else if (a + 3 <= n && lp_same(s + a, "，", 3))
			a += 3;
		return a + 3 <= n && lp_same(s + a, "是", 3);
	}
}

/*
 * The year a report whose review heading names its year ("一、2025年工作
 * 回顾") speaks from: the year after it, when its title names that year's
 * work report ("2026年政府工作报告") or plan draft ("…2025年…执行情况与2026年
 * 计划草案"), or its delivery line dates it early in that year; the year
 * itself when it was delivered late in it.  Its 今年 and 去年 are then read
 * against that year.  0 when nothing says.
 */
static int
doc_year_of_review_heading(const char *text, size_t len, const lp_meta *m, size_t by_start,
						   size_t by_end)
{
	char		title_period[16];
	int			y = atoi(m->period),
				month,
				d;

	if (y == 0 || strspn(m->period, "0123456789") != strlen(m->period))
		return 0;
	lp_period_of(m->title, strlen(m->title), 0, title_period, sizeof(title_period));
	if (atoi(title_period) == y + 1 && !title_is_prose(m->title) &&
		year_names_report(m->title) && work_report_named(m->title, strlen(m->title), 0) >= 0)
		return y + 1;
	if (plan_title_draft_year(m) == y + 1)
		return y + 1;
	d = delivered_in(text + by_start, by_end > by_start ? by_end - by_start : 0, &month);
	if (d == y + 1 && month <= 4)
		return y + 1;
	if (d == y && month >= 10)
		return y;
	/* "多省份2031年经济成绩单出炉" / "2032-01-26 来源：…": a page dated early the year after */
	if (lp_published_line(text, len < HEAD_DATE_BYTES ? len : HEAD_DATE_BYTES, &month) == y + 1 &&
		month >= 1 && month <= 4)
		return y + 1;
	return 0;
}

/*
 * The year a report titled with the year after its review heading's
 * ("2031年政府工作报告" over "一、2030年工作回顾") says 今年 of: the reviewed
 * year when its delivery line dates it in that year's last months
 * ("——2030年12月28日在…会议上": "今年以来，…全年预计…" is 2030's); else 0.
 */
static int
said_year_of_delivery(const char *text, const lp_meta *m, size_t by_start, size_t by_end)
{
	int			y = atoi(m->period),
				month = 0;

	if (y == 0 || m->doc_year != y + 1 || strspn(m->period, "0123456789") != strlen(m->period))
		return 0;
	return delivered_in(text + by_start, by_end > by_start ? by_end - by_start : 0, &month) == y &&
		month >= 10 ? y : 0;
}

void
lp_infer_meta_lines(const char *text, size_t len, const lp_line *lines, size_t nlines,
					const lp_sections *secs, lp_meta *m)
{
	size_t		i,
				n,
				by_start,
				by_end;
	int			has_review = 0;
	char		head[sizeof(m->title) + 512];

	memset(m, 0, sizeof(*m));
	/* the title is in the first lines; the head is it and its date line */
	lp_meta_infer_title(text, lines, nlines, m, &by_start, &by_end);
	n = strlen(m->title);
	memcpy(head, m->title, n);
	if (by_end > by_start && by_end - by_start < sizeof(head) - n - 2)
	{
		head[n++] = '\n';
		memcpy(head + n, text + by_start, by_end - by_start);
		n += by_end - by_start;
	}
	lp_infer_region(text, len, head, n, m);
	/* "随着山东省两会的召开，目前31省份…政府工作报告全部出炉": no one region's */
	if (lp_head_rounds_up_regions(head, n) || lp_text_rounds_up_regions(head, n, text, len))
		m->region[0] = m->region_code[0] = '\0';

	/* the period reviewed: the first review heading that names one */
	for (i = 0; i < secs->n; i++)
	{
		const lp_section *sec = &secs->items[i];

		if (sec->line_start < 1 || (size_t) sec->line_start > nlines ||
			lines[sec->line_start - 1].start >= SCAN_BYTES)
			break;
		if (sec->role == LP_ROLE_REVIEW)
		{
			has_review = 1;
			if (sec->period[0])
			{
				snprintf(m->period, sizeof(m->period), "%s", sec->period);
				m->period_basis = LP_PERIOD_HEADING;
				break;
			}
		}
	}
	infer_kind(text, len, m, has_review);
	if (m->period[0] == '\0')
	{
		period_of_head(text, len, m, has_review, by_start, by_end);
		lp_meta_first_figure_part(text, len, m);
	}
	else
	{
		m->doc_year = doc_year_of_review_heading(text, len, m, by_start, by_end);
		m->said_year = said_year_of_delivery(text, m, by_start, by_end);
	}
	/* "2027年两会｜…": the session's year; its results are of the year before */
	if (session_title_year(m->title) != 0 && strlen(m->period) == 4 &&
		atoi(m->period) == session_title_year(m->title))
	{
		m->doc_year = atoi(m->period);
		snprintf(m->period, sizeof(m->period), "%d", m->doc_year - 1);
		m->period_basis = LP_PERIOD_INFERRED;
	}
	/* a report titled with the year it reviews: its review opens with that year */
	if (m->period_basis == LP_PERIOD_INFERRED && m->doc_year > 0 &&
		atoi(m->period) == m->doc_year - 1 && strlen(m->period) == 4 &&
		review_opens_with_year(text, lines, nlines, secs, m->doc_year))
	{
		snprintf(m->period, sizeof(m->period), "%d", m->doc_year);
		m->doc_year++;
	}
	/* a half-year or quarterly report speaks from its own year */
	if (m->doc_year == 0 && m->period[0] && !is_annual_period(m->period))
		m->doc_year = atoi(m->period);
	m->year = atoi(m->period);
	if (m->period[0] == '\0')
		m->period_basis = LP_PERIOD_NONE;
}
