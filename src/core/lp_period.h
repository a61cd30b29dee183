/*
 * lp_period.h — periods named in text (lp_period.c).
 */
#ifndef LP_PERIOD_H
#define LP_PERIOD_H

#include "lp.h"

#include <stddef.h>

/*
 * Year (1949..2100) followed by 年 inside s, in ASCII or Chinese digits
 * (二〇二三年); the first one, 0 if none; *at its offset.
 */
int			lp_find_year(const char *s, size_t len, size_t *at);

/* The last year lp_find_year finds in s[a, p) ("2025年…，2026年增长目标…": 2026), 0 if none. */
int			lp_last_year(const char *s, size_t a, size_t p);

/*
 * Months named in s: a range ("1-11月", "1—9月": returns 1) or one month
 * ("11月当月", "9月份": returns 2, *first = *last); 0 if none.
 */
int			lp_find_months(const char *s, size_t len, int *first, int *last);

/* The bytes of "截至", "截止" or "截至到" ending just before s[i], else 0. */
size_t		lp_until_len(const char *s, size_t i);

/* A span of years "2018-2022年" (any range dash) at s[p], within s[0, b): its bytes, or 0. */
size_t		lp_year_span_at(const char *s, size_t p, size_t b);

/* The first year of a range "2021—2023年" whose last year starts at s[at], 0 if none. */
int			lp_year_range_start(const char *s, size_t at);

/* Length of a month phrase at the start of s ("9月", "1-11月", "11月份当月"), 0 if none. */
size_t		lp_month_phrase_at(const char *s, size_t len);

/* Does s name a part of a year (上半年, 一季度, 前三季度, 1-11月: 1; one month: 2)?  0 if not. */
int			lp_has_period_word(const char *s, size_t len);
/* The sentence before a 其中 clause naming a part, when the clauses after it name no time (lp_period_sub.c). */
size_t		lp_period_sub_part_end(const char *s, size_t a, size_t b, int own);

/*
 * A period like "2021", "2023H1", "2016Q1", "2023Q1-3" (前三季度, 1-9月),
 * "2023M01-11" (1-11月), "2023M11" (11月当月) from a phrase and a default year.
 */
void		lp_period_of(const char *s, size_t len, int default_year, char *out, size_t outsz);

/* The part of the year a phrase names, as lp_period_of writes it after the year ("H1", "Q1-3", "M01-11"; "" for none). */
void		lp_period_suffix(const char *s, size_t len, char *out, size_t outsz);

/* The last month of a part of a year, from a period or its suffix ("2026Q1" 3, "M01-11" 11, "H1" 6); 0 for a year or a yearless part. */
int			lp_period_last_month(const char *period);

/*
 * A period and what decided it.  The extractor decides one per line (from
 * the report and its sections, lp_context.c) and one per mention (from its
 * sentence); every fact carries both.
 */
typedef struct lp_period_decision
{
	char		period[16];		/* "2023", "2023H1", "2016-2020", "" */
	lp_period_basis basis;
	int			doc_year;		/* the year the document speaks from (今年), 0
								 * if unknown; lp_period_decide keeps it */
	int			said_year;		/* the year its 今年 names when not doc_year
								 * (lp_meta.said_year), else 0; kept too */
	int			since;			/* the years since one named (2013年以来): a
								 * cumulative, history, no headline */
} lp_period_decision;

/* Does the year at s[at] ("2013", "二〇一三") open a time since it ("2013年以来", "2013年至今")? */
int			lp_since_year_at(const char *s, size_t len, size_t at);

/* Set d to period (cut to fit) decided by basis; NONE when period is "". */
void		lp_period_decide(lp_period_decision *d, const char *period, lp_period_basis basis);

/*
 * The year d's text says 今年 of, counting 去年 and 明年 from: the year the
 * page was written in when known apart (said_year), else doc_year.
 */
int			lp_period_said_year(const lp_period_decision *d);

/* Length of an ASCII year ending s[0, len) ("…从2015年"), 7 bytes, or 0. */
size_t		lp_year_suffix(const char *s, size_t len);

/*
 * The years a change spans ending a subject ("单位生产总值能耗五年" before
 * 降低16%, "高新技术企业5年" before 增加2万家): the bytes of the count of one or
 * two digits or numerals and its 年; 0 when none, when nothing is before it,
 * and for a streak (连续8年, 第3年: lp_streak_count).
 */
size_t		lp_span_years_suffix(const char *s, size_t len);

/*
 * The period of targets whose headings name none ("今年主要预期目标"), given
 * the report's period: the year after it when the report reviews a whole
 * year (a report on 2023, delivered in 2024, sets targets for 2024), else
 * the report's period (a half-year report's targets are for its own year;
 * the caller drops the H).
 */
void		lp_period_of_targets(const lp_sections *secs, const lp_period_decision *report,
								 lp_period_decision *out);

/*
 * First year of the five-year plan named first in s[0, len) ("十四五" →
 * 2021), 0 if none; *at (when not NULL) where its name starts.
 */
int			lp_five_year_plan(const char *s, size_t len, size_t *at);

/*
 * The last year of the goals a part word opens in s[0, n) ("《纲要》明确了
 * “十四五”发展…目标", "今后五年"): of the plan it names, unless that ended
 * before targets_year; else the five years from targets_year; 0 if none.
 */
int			lp_plan_goals_end_year(const char *s, size_t n, int targets_year);

/* Does a five-year plan's name start s?  (A quick test before lp_five_year_plan.) */
int			lp_five_year_plan_opens(const char *s, size_t len);

/*
 * What the scan of a sentence found so far: the mentions of a sentence come
 * in order, so each scans only the bytes after the last one's.  Zero it for
 * a new sentence.
 */
/*
 * A clause after a semicolon naming no time takes its period from the lead
 * of its sentence ("今年上半年，…：A增长10.3%；B增长36.1%"): where that lead
 * is, and the period it gives, remembered for the next clauses of the line.
 */
typedef struct lp_period_lead
{
	size_t		of;				/* 1 + the clause start the lead below is of, 0: none */
	int			found;			/* the clause has a lead [a, b) (sentence_lead) */
	size_t		a;
	size_t		b;
	size_t		read_a;			/* 1 + the start of the lead read below, 0: none */
	size_t		read_b;
	lp_period_decision ctx;		/* ... in this context, */
	lp_period_decision period;	/* giving this period */
} lp_period_lead;

typedef struct lp_period_scan
{
	size_t		upto;			/* period words were looked for in [start, here) */
	int			year;			/* first year there (0: none) and where */
	size_t		year_at;
	int			part;			/* a half-year or quarter word there */
	lp_period_lead lead;		/* kept from sentence to sentence of a line */
	const struct lp_end_marks *brackets;	/* of the line, when marked (lp_clause.h) */
} lp_period_scan;

/*
 * atoi of a period string ("2023H1" -> 2023), without a call to strtol:
 * the extractor asks it per mention.  The same value: spaces, a sign, then
 * digits (a period has at most 15 bytes: no overflow).
 */
static inline int
lp_period_year(const char *period)
{
	long		v = 0;
	int			neg = 0;

	/*
	 * a period opens with its four digits and no fifth ("2023", "2023H1"):
	 * read at once; each byte is read only after the one before was a digit
	 */
	if ((unsigned) (period[0] - '0') < 10 && (unsigned) (period[1] - '0') < 10 &&
		(unsigned) (period[2] - '0') < 10 && (unsigned) (period[3] - '0') < 10 &&
		(unsigned) (period[4] - '0') >= 10)
		return (period[0] - '0') * 1000 + (period[1] - '0') * 100 + (period[2] - '0') * 10 +
			(period[3] - '0');
	while (*period == ' ' || (*period >= '\t' && *period <= '\r'))
		period++;
	if (*period == '-' || *period == '+')
		neg = *period++ == '-';
	while (*period >= '0' && *period <= '9')
		v = v * 10 + (*period++ - '0');
	return (int) (neg ? -v : v);
}

/*
 * The period of a mention at b whose sentence starts at a: the line's
 * (ctx), unless s[a, b) names a year (the nearest: "从2015年的…增加到2020年
 * 的…") or, in an annual context, a half or a quarter.  same_sentence says
 * that ps holds the scan of this sentence.
 */
void		lp_period_in_sentence(lp_period_scan *ps, int same_sentence, const char *s,
								  size_t a, size_t b, const lp_period_decision *ctx,
								  lp_period_decision *out);

/* A sentence of the walk back from one sentence to its paragraph's year, kept for the next:
 * s[a, b), a just after its 。 or at lo, the walk's limit; what it says (-1: nothing, else
 * the year it gives, 0 none) and its since. */
typedef struct lp_para_seg
{
	size_t		a,
				b,
				lo;
	int			says,
				since;
	char		part[8];		/* the part of the year it opens with ("Q1"), or "" */
} lp_para_seg;

#define LP_PARA_SEGS 16

/* The paragraph's year of the sentence at `at` of line `line`'s text s: read once a sentence;
 * the sentences walked over are kept (segs, a ring) while s and line stay the same. */
typedef struct lp_para_year
{
	const char *s;
	int			line;
	size_t		at;
	int			year;			/* -1: not read yet */
	int			since;			/* the year opens "2013年以来" */
	char		part[8];		/* a part of the year opens it ("2022年一季度，"): "Q1" */
	size_t		part_end;		/* the end of the sentence that opens with it */
	unsigned	nseg;			/* segs written, the last at (nseg - 1) % LP_PARA_SEGS */
	lp_para_seg segs[LP_PARA_SEGS];
} lp_para_year;

/* lp_period_para.c: the year a paragraph opens with, for its later sentences (0: none), and
 * the period of a mention still its line's set to it (py: the last sentence's, kept). */
/* lp_period_bare.c: four digits as a year (1949-2100, else 0); "2024，" after a review word */
int			lp_year_digits(const char *s);
int			lp_bare_year_at(const char *s, size_t len, size_t i);
int			lp_paragraph_year(const char *s, size_t sent_start, int *since, lp_para_year *py);
void		lp_period_of_paragraph(lp_period_decision *out, const lp_period_decision *ctx,
								   const char *s, size_t sent_start, size_t upto, int line,
								   lp_para_year *py);
/*
 * The walk of lp_paragraph_turns_to_year back from the start of a sentence
 * (sent_start of the paragraph s[0, len)) to the nearest one naming a year:
 * kept for the sentence's next mentions, which walk the same way.
 */
typedef struct lp_turn_walk
{
	const char *s;				/* NULL: nothing kept */
	int			line;			/* the caller's line (a buffer may hold another line later) */
	size_t		len,
				sent_start;
	int			found;			/* the year found, 0 none, -1 a sentence opening with 去年 */
	size_t		a,
				b,
				y;				/* its sentence s[a, b), the year at a + y */
} lp_turn_walk;

/* Does a review of five years turn, in the paragraph s[0, len), to the year (period) of a mention at byte at? */
int			lp_paragraph_turns_to_year(const char *s, size_t len, size_t sent_start, size_t at,
									   const char *period, lp_turn_walk *w);

/*
 * The period of an average annual rate (年均增长6.9%) in s[a, b) spans years:
 * those the text names ("从2015年的…增加到2020年的…"), else the five-year plan
 * of the text, section heading or title ("十三五" → 2016-2020), else "过去五年"
 * up to the year of *pd.  *pd holds the mention's period and is replaced.
 */
void		lp_period_average(const char *s, size_t a, size_t b, const char *section,
							  const char *title, lp_period_decision *pd);

/*
 * The period of a target read in s[a, b) (its sentence up to the value),
 * *pd holding the one decided so far: a target quoted in a half-year report
 * ("增长5.8%（年度目标6.5%左右）") is for the year, unless its sentence names
 * the part of the year and no 全年/年度; a work report reported by the news
 * reviews the year before its session (the document's year) and sets
 * targets for the session's year.
 */
void		lp_period_of_target(lp_period_decision *pd, const char *s, size_t a, size_t b);

/*
 * A target whose sentence s[a, b) (up to the value) names a five-year plan's
 * span right after the plan's name ("报告提出，“十五五”时期力争…达到4%",
 * "到“十五五”末…") is for the plan's last year, unless a year stands between
 * the name and the value.
 */
/*
 * A five-year plan's span named at the start of s ("“十五五”时期", "十四五末",
 * an opening quote allowed): its length, and *end_year the plan's last year;
 * else 0.
 */
size_t		lp_plan_end_at(const char *s, size_t len, int *end_year);

/*
 * A five-year plan's name at the start of s, in quotes or not ("“十四五”",
 * "十五五"): its length, and *first_year the plan's first year; else 0.
 */
size_t		lp_plan_name_at(const char *s, size_t len, int *first_year);

/*
 * The year after the document's year doc_year that s[a, b) reaches with 到
 * ("到2030年", "到“十五五”末": the plan's last year), or the last year of a
 * plan's span that starts in doc_year or later ("“十五五”时期" in 2026); else 0.
 */
int			lp_year_ahead(const char *s, size_t a, size_t b, int doc_year);

/*
 * A goal of a five-year plan running in doc_year that s[a, b) names with its
 * span and a modal after it ("“十四五”时期，…要…接近6万亿元" in 2022): the
 * plan's last year, else 0 (lp_period_plan_goal.c).
 */
int			lp_plan_running_goal(const char *s, size_t a, size_t b, int doc_year);

void		lp_period_of_plan_target(lp_period_decision *pd, const char *s, size_t a, size_t b);

/*
 * The part of a year a clause s[a, b) or an item of a 分别 list names for
 * the figure after it ("其中，二季度增长6.0%", "一季度和二季度GDP分别增长"),
 * in the year of *pd, replaces *pd; a comparison base ("比一季度") does not.
 */
void		lp_period_of_part(lp_period_decision *pd, const char *s, size_t a, size_t b);

/*
 * A sentence s[a, b) opening with a part of the year as a clause of its own
 * ("四季度，全市规模以上工业增加值增长6.2%", "其中二季度，…"): the figure's
 * period, when its sentence named no time so far (*pd is still the line's,
 * ctx) and the stretch after the part names no other (a year, a part, 全年).
 * lp_period_in_sentence reads 上半年, 一季度 and 前三季度 anywhere; a bare
 * 二季度 or 四季度 is mostly a base or a story ("四季度以来"), so only this
 * opening place names it.
 */
void		lp_period_of_opening_part(lp_period_decision *pd, const lp_period_decision *ctx,
									  const char *s, size_t a, size_t b);

/*
 * The year a text speaks from, reasoned from what it says about time
 * (lp_docyear.c): a publication date in its head, a stage of a five-year
 * plan (今年是“十四五”收官之年), an anniversary of a dated or named event
 * (挂牌三周年), years elapsed since a named year (自2016年…8年来, 五年前的
 * 2019年, 比2019年同期…两年平均).  0 if none; *basis says which.  The
 * metadata (lp_meta.c) asks when the title, headings and delivery line
 * state no year, or the title is a sentence of the text.
 */
int			lp_document_year(const char *s, size_t len, lp_period_basis *basis);

/* The year of the first full date in s ("2021年9月17日"), 0 if none. */
int			lp_full_date_in(const char *s, size_t len);
/* The month of a wire dateline in the head ("本报太原1月14日电"), 0 if none. */
int			lp_wire_dateline_month(const char *s, size_t len);

/*
 * The month a text speaking from year was written in, by its head (a full
 * date of that year, a publication line, a wire dateline; the March of a
 * national congress session of that year), 0 if none.
 */
int			lp_head_month(const char *s, size_t len, int year);

/* The month of the publication date that gave lp_document_year its year (a page's date line, a masthead), else 0. */
int			lp_published_month(const char *s, size_t len);

/*
 * The year a relative word names in s[a, b) (今年, 去年, 过去一年, 明年;
 * the last before b, and not a comparison base: 比去年同期), given the
 * document's year; 0 if none.
 */
int			lp_relative_year(const char *s, size_t a, size_t b, int doc_year);

/*
 * Does s[a, b) reach the year's end in a clause of its own before the
 * figure at b ("前三季度实现了由负转正，进入四季度后，各项指标加速回升，…，预计
 * 全市地区生产总值增长4%以上"): the parts named before are done, the figure is
 * the year's (lp_period_year_end.c).
 */
int			lp_year_end_reached(const char *s, size_t a, size_t b);

/*
 * Is the year at s[q] (before b) that of a day a meeting was held ("在2030年
 * 9月26日会议部署…基础上"; words.tsv day_event in the day's clause)?  Its
 * year is no period of the figures after it (lp_period_event.c).
 */
int			lp_event_day_year(const char *s, size_t q, size_t b);

/*
 * Is the year at s[q] (in the sentence s[a, b)) the year of a plan or budget
 * the sentence cites ("今年上半年，…根据批准的2031年国民经济和社会发展计划…";
 * words.tsv year_names_document), after a part of that year named before
 * it (not one month, 去年 nor another year: the plan's approval)?  Its year
 * is no period of the figures after it (lp_period_document.c).
 */
int			lp_cited_document_year(const char *s, size_t a, size_t q, size_t b);

/*
 * A speaker's verb (lp_year_after_speech), or a wire's dateline and its
 * byline in brackets, before a year inside a subject ("报道提到2031年全市经济",
 * "东原社北京3月3日电（记者甲乙）2031年全国经济"): the bytes from a to the
 * year, where the name's words begin, or 0 (lp_period_event.c).
 */
size_t		lp_year_after_lead(const char *s, size_t a, size_t b);

/*
 * A period of one quarter ("2022Q2", "Q2") whose name ends at s[after] with
 * 累计 after it before any figure ("第二季度GDP累计同比增长2.1%"): rewritten
 * in place to the year so far to the quarter's end ("2022H1", "Q1-3", the
 * year for Q4) (lp_period_cumulative.c).
 */
void		lp_period_cumulative(const char *s, size_t len, size_t after, char *period, size_t sz);

#endif
