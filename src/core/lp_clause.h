/*
 * lp_clause.h — where sentences and clauses end (lp_clause.c).
 *
 * Every look-back of the extractor stops at the start of the clause or
 * sentence of the number it reads, and never goes further back than
 * LP_MAX_LOOKBACK bytes, so time stays linear in the size of the document
 * even for lines without punctuation.
 */
#ifndef LP_CLAUSE_H
#define LP_CLAUSE_H

#include "lp.h"

#define LP_MAX_LOOKBACK 480		/* bytes looked back for subjects and markers */

/* 。；;！？!? end a sentence. */
static inline int
lp_is_sentence_end(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF1B || cp == ';' || cp == 0xFF01 ||
		cp == 0xFF1F || cp == '!' || cp == '?';
}

/* 。！？!? end a sentence for good (a ； goes on with the same topic). */
static inline int
lp_is_full_stop(uint32_t cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?';
}

/* A sentence end, or ，,：: */
static inline int
lp_is_clause_end(uint32_t cp)
{
	return lp_is_sentence_end(cp) || cp == 0xFF0C || cp == ',' || cp == 0xFF1A ||
		cp == ':';
}

/* 、 separates the items of a list. */
static inline int
lp_is_list_sep(uint32_t cp)
{
	return cp == 0x3001;
}

/* Byte offset just after the last end (is_end: punctuation, never a hanzi) in s[lo, hi), or lo. */
size_t		lp_after_last(const char *s, size_t lo, size_t hi, int (*is_end) (uint32_t));

/* Byte offset of the next end (is_end: punctuation, never a hanzi) at or after i, or hi. */
size_t		lp_next_end(const char *s, size_t i, size_t hi, int (*is_end) (uint32_t));

/* at + max, or slen when nearer: the bound of a look-ahead, never inside a character */
size_t		lp_ahead(const char *s, size_t slen, size_t at, size_t max);

/*
 * Where the clauses and sentences of one line end, found once per line on
 * its first mention: each mention then finds its sentence and clause with
 * a binary search instead of scanning back over the line.
 */
typedef struct lp_end_marks
{
	size_t	   *at;				/* byte offsets of end characters, ascending */
	size_t		n;
	size_t		cap;
} lp_end_marks;

typedef struct lp_clause_marks
{
	const char *line;			/* the line the marks are of, NULL for none */
	size_t		len;
	lp_end_marks clause_ends;	/* sentence ends included */
	lp_end_marks sentence_ends;
	lp_end_marks full_stops;	/* 。！？!? (not ；), in English glosses too */
	lp_end_marks item_ends;		/* clause ends and 、: the ends of a list's items */
	lp_end_marks brackets;		/* every ( ) （ ）, in glosses too */
	size_t		glosses;		/* English glosses whose ends were not marked */
} lp_clause_marks;

/* Mark the ends of s[0, slen) unless they are marked already. */
void		lp_clause_marks_line(lp_clause_marks *m, const char *s, size_t slen);

/* Forget the line marked (its buffer is about to be reused). */
static inline void
lp_clause_marks_forget(lp_clause_marks *m)
{
	m->line = NULL;
}

void		lp_clause_marks_free(lp_clause_marks *m);

/* m when it marks s[0, slen) and no English gloss hid an end: its clause_ends and
 * item_ends are then exactly where lp_next_end finds ends; else NULL. */
const lp_clause_marks *lp_clause_marks_of(const lp_clause_marks *m, const char *s, size_t slen);

/* The brackets of s[0, slen) when m marks it (glosses or not), else NULL. */
const lp_end_marks *lp_clause_brackets_of(const lp_clause_marks *m, const char *s, size_t slen);

/* How many of the marks m stand before b (a binary search). */
static inline size_t
lp_marks_before(const lp_end_marks *m, size_t b)
{
	size_t		lo = 0,
				hi = m->n;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (m->at[mid] < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* lp_after_last over marks: just after the last end in s[lo, hi), or lo. */
size_t		lp_marks_after_last(const lp_end_marks *m, const char *s, size_t lo, size_t hi);

/* lp_next_end over marks: the first end at or after i that ends before hi, or hi. */
size_t		lp_marks_next_end(const lp_end_marks *m, const char *s, size_t i, size_t hi);

/* After 目标 ending at e, the words ending an intro of goals ("是，", or 是/为/包括
 * before an item, *bare): their length, else 0 (lp_context.c reads the list) */
size_t		lp_goals_tail(const char *s, size_t len, size_t e, int *bare);

/* Does the intro s[a, b) report targets met ("实现…确定的预期目标")? (lp_clause_goals_met.c) */
int			lp_intro_meets_goals(const char *s, size_t a, size_t b);

/* Is s[0, len) a paragraph of list items only, parted by ；, ending in a full stop? */
int			lp_items_only_line(const char *s, size_t len);

/* Where an interview's turn ("记者：…？", "市长：…。") starts after its label, or 0 */
size_t		lp_interview_turn(const char *s, size_t len);

/*
 * Where the words after a speaker opening a paragraph start ("刘志刚说，今年…",
 * "市发改委负责人介绍："), or after a decision on this year in its second
 * clause ("会议审议通过了计划草案，确定今年全区…"); 0 when none.
 */
size_t		lp_after_speaker(const char *s, size_t len);
size_t		lp_decision_on_this_year(const char *s, size_t len);

/* Is a quote open at a (more “ than ” in a bounded look-back)? */
int			lp_quote_open_at(const char *s, size_t a);

/* A list's items end before a clause opening with last year ("…增长8%左右，去年…
 * 增长8%"): the end of the item before it, or to */
size_t		lp_before_last_year_clause(const char *s, size_t from, size_t to);

/* Does the clause starting at clause_start open with 去年 (words.tsv part_last_year)? */
int			lp_clause_opens_last_year(const char *s, size_t clause_start, size_t len);

/* Does the sentence at s[from, upto) open with a part of the year past, after
 * 今年 or alone ("今年一季度，…": words.tsv part_done), and name no target
 * nor work planned up to upto? */
int			lp_sentence_opens_part_done(const char *s, size_t from, size_t upto);

/* Does the sentence from its 。 (from: just after it, as lp_after_last finds it with
 * lp_is_full_stop) to upto open with 今年 (not 今年以来, 今年上半年…) and name a
 * target before upto ("…。今年全县生产总值预期增长13%，财政总收入增长20%"), or open,
 * after a report's lead or 今年, with a modal of the plan (words.tsv planned_modal:
 * "报告指出，要实施…", "今年将新开工…")? */
int			lp_this_year_sentence_marked(const char *s, size_t from, size_t upto);

/*
 * How the paragraph s[0, len) opens with work planned (lp_plan_lead.c): its
 * figures are targets.  counted: the report's targets year is known, so a
 * count of tasks announced opens the tasks part.
 */
typedef enum lp_plan
{
	LP_PLAN_NONE,
	LP_PLAN_SENTENCE,			/* "会议强调，该县将出台…", "局长：我们将…" */
	LP_PLAN_GOALS,				/* "明确目标，再出发！地区生产总值增长6%左右" */
	LP_PLAN_GOALS_ALONE,		/* "明确目标，再出发！" the whole paragraph */
	LP_PLAN_TASKS				/* "该县将重点抓好七个方面工作。一是…" */
} lp_plan;

lp_plan		lp_plan_lead(const char *s, size_t len, int counted);

/*
 * Does the sentence s[from, upto) open (after a salutation) with a topic lead
 * whose clause names targets ahead ("对于今年主要预期目标，…": words.tsv
 * target_topic_lead, target_topic, target_topic_not)?
 */
int			lp_sentence_about_targets(const char *s, size_t from, size_t upto);

/* Is the target marker at s[at] in a clause of its own naming the targets the work followed ("紧扣…确定的各项目标任务，…")? */
int			lp_target_marker_aimed(const char *s, size_t from, size_t at, size_t upto);

/* Does the target marker at s[at] lead into a year before doc_year ("报告提出，2025年，…" in 2026)? */
int			lp_marker_opens_past_year(const char *s, size_t at, size_t upto, int doc_year);

/* Is the target marker at s[at] a target named as a noun, then reached in words ending the clause ("预期全部如期超额完成（"): results follow */
int			lp_target_marker_met(const char *s, size_t at, size_t upto);

/* Is the target marker at s[at] the object of a verb of reaching from s[from] on ("顺利实现年度目标任务")? */
int			lp_target_marker_won(const char *s, size_t from, size_t at);

/* Does s[0, len) hold a target marker that sets a target: none reached in words (met or won)? */
int			lp_names_target_set(const char *s, size_t len);

/* Does s[a, b) name an average annual rate (年均增长), not the annual mean of a name? */
int			lp_names_annual_average(const char *s, size_t a, size_t b);

/* Where the words of an estimate start in s[a, b): at its last 预计, or a */
size_t		lp_estimate_start(const char *s, size_t a, size_t b);

/* Does s[a, b) name the whole year ("预计全年…"), not the year's plan (年度计划)? */
int			lp_names_whole_year(const char *s, size_t a, size_t b);

/* Does s[a, b) end with the base of a margin after its comparison
 * ("…高于全国平均水平" before "0.5个百分点以上"; words.tsv margin_verb, margin_base)? */
int			lp_margin_over_base(const char *s, size_t a, size_t b);

/* Where a condition (words.tsv condition: 剔除, 扣除…) after an indicator's name
 * starts in s[a, b) ("一般公共预算收入剔除一次性特殊收入因素影响"), else b. */
size_t		lp_condition_after_name(const char *s, size_t a, size_t b);

/*
 * A speaker's verb then a year inside s[a, b) ("报道提到2031年全市经济"): the
 * bytes from a to the year, or 0.
 */
size_t		lp_year_after_speech(const char *s, size_t a, size_t b);

/* Is the blank at s[i] the end of a heading run into its text ("“开门红” 2030年,…", lp_clause_run_in.c)? */
int			lp_heading_run_in_at(const char *s, size_t slen, size_t i);

#endif
