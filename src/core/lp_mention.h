/*
 * lp_mention.h — one quantity mention read as a fact, in named stages
 * (lp_mention.c).
 */
#ifndef LP_MENTION_H
#define LP_MENTION_H

#include "lp.h"
#include "lp_census.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_fenbie.h"
#include "lp_measure.h"
#include "lp_period.h"
#include "lp_subject.h"

#include <stddef.h>
#include <string.h>

/* What the mentions of a document share. */
typedef struct lp_mention_doc
{
	lp_facts   *out;
	const char *title;			/* the report's, for the years of five-year plans */
	int			session_year;	/* news of a work report on its session's year
								 * only: its figures of that year are targets */
	int			plans_year;		/* a work report's session year: its work of that
								 * year is planned, not done */
	int			months_year;	/* a work or plan report, or its news, reviewing
								 * the year before the one it speaks from: that
								 * year, */
	int			months_before;	/* and the month it was written in (0:
								 * unknown): months before it named with no
								 * year are of that year, others of the one
								 * reviewed */
	int			dated_year;		/* months_year when a date in the head of the
								 * page told it (the page is dated, not
								 * titled, in the year it speaks from): its
								 * figures of that year named as plain facts
								 * are aimed at; 0 otherwise */
	lp_clause_marks marks;		/* clause and sentence ends of the line read */
	lp_census	census;			/* the words of the line read (lp_census.h) */
	lp_para_year para;			/* the paragraph's year of the last sentence asked */
	lp_turn_walk turn;			/* the walk back from the last sentence asked (lp_part_of_mention) */
	int			part_line;		/* the line whose first figure named part (its
								 * negative: named none), */
	char		part[16];		/* a part of a year ("2025Q1-3") */
	int			release_line;	/* in a text naming no year: the line whose
								 * first figure, the text's first, named the
								 * release's part (0: no figure read yet;
								 * -1: none, or a later line named a year;
								 * INT_MAX: a later sentence of the head
								 * named it, lp_release_part_ahead), */
	char		release_part[16];	/* that part ("YQ1-3") */
	int			target_note_line;	/* the line of a note naming the year's
									 * target what the results below are
									 * compared with ("（与年度预期目标6%以上
									 * 相比，下同）"); 0: none */
} lp_mention_doc;

/*
 * What a scan of a sentence found for the mentions after: no word of the
 * kind looked for (a forecaster, an unasserted word) in [from, none_to).
 */
typedef struct lp_forecaster_seen
{
	size_t		from;			/* the sentence's start + 1; 0: nothing known */
	size_t		none_to;
} lp_forecaster_seen;

/*
 * The walk of goals_lead_without_colon (lp_mention_status.c) over a sentence,
 * kept from mention to mention so that each byte is read once (issue 18).
 */
typedef struct lp_goals_seen
{
	size_t		from;			/* the sentence's start + 1; 0: nothing known */
	size_t		upto;			/* 目标 looked for below here */
	size_t		last;			/* the end of the last 目标 found there, or 0 */
	size_t		lead_to;		/* the lead's words looked for below here, or 0 */
	int			topic;			/* a word of target_topic is in the lead */
	int			topic_not;		/* a word of target_topic_not is */
} lp_goals_seen;

/*
 * A part of the year a mention's own clause named, for the clause after it
 * going on with the same subject (lp_mention_clause_part.c).
 */
typedef struct lp_clause_part
{
	size_t		sent;			/* the sentence's start + 1; 0: none kept */
	size_t		end;			/* the end of the figure that named it */
	lp_period_decision before;	/* its period before its clause was read */
	lp_period_decision part;	/* and after */
	int			carried;		/* the figure at end took it from the clause before */
} lp_clause_part;

/*
 * What a sentence carries from mention to mention.  Clear it for a new line
 * (lp_sentence_clear).  The three lists come last: they are most of its 4 KB,
 * and their items are read below their count only.
 */
typedef struct lp_sentence
{
	size_t		start;			/* byte offset of the sentence in the line */
	size_t		prev_end;		/* end of the previous mention in the sentence */
	char		subject[LP_MAX_SUBJECT + 1];	/* the last subject named */
	char		prior_subject[LP_MAX_SUBJECT + 1];	/* that of the sentence before,
													 * when a ； ended it or 其中
													 * opens this one */
	int			of_prior;		/* 其中 opens the sentence */
	int			subject_driven; /* the last subject is what a thing drove */
	size_t		actor_end;		/* end of the last figure of a part's actor (省属企业…), or 0 */
	size_t		actor_sent;		/* its sentence's start + 1 (lp_mention_actor.c) */
	int			actor_hopped;	/* the actor went on to a clause with a subject of its own */
	int			last_target;	/* the last mention read states a target */
	lp_measure	measure;		/* the last mention's measure and sign */
	int			negative;
	size_t		ev_start;		/* the evidence of the sentence, shared by its facts */
	size_t		ev_end;
	const char *evidence;
	size_t		scanned_to;		/* markers below were looked for up to here */
	int			has_estimate;	/* 预计 seen earlier in the sentence */
	size_t		estimate_at;	/* where the first 预计 was seen */
	int			has_target;		/* 力争, 确保 … seen earlier in the sentence */
	size_t		target_at;		/* where the first of them was seen */
	int			aside_list;		/* the 分别 list is of targets in brackets */
	size_t		plan_end;		/* end of a plan figure before its completion share
								 * ("完成年计划640亿元的90.9%"), or 0 */
	lp_period_scan period;		/* years and parts of years seen so far */
	lp_forecaster_seen forecaster;	/* where no forecaster stands */
	lp_forecaster_seen unasserted;	/* where no word of words.tsv unasserted stands */
	lp_goals_seen goals;		/* the goals named with no colon */
	const char *subject_code;	/* the indicator the last mention read for
								 * subject, its clause's flow word seen
								 * ("新增市场主体"), or NULL */
	char		part[16];		/* the part of a year the last mention read is
								 * of ("2025Q1-3"), or "" */
	char		prior_part[16]; /* that of the sentence before, when 其中
								 * opens this one */
	lp_clause_part clause_part; /* a part the last clause named */
	int			year;			/* the year the last mention read is of, or 0 */
	int			prior_year;		/* that of the sentence before, when 其中 or
								 * 分季度看 opens this one */
	int			target_year;	/* the year a target of this sentence named in it, or 0 */
	int			prior_target_year;	/* that of the sentence before on the line */
	int			bare_year;		/* a year in bare digits opening a clause so far
								 * ("2031常住人口…", lp_mention_bare_year.c), or 0 */
	size_t		bare_year_at;	/* where it stands */
	size_t		bare_year_seen; /* the text after it read so far for a year of its own */
	int			bare_year_far;	/* 0 once a year, a bar or 今年/去年 came after it */
	char		first_subject[LP_MAX_SUBJECT + 1];	/* the first mention's subject */
	char		prior_first[LP_MAX_SUBJECT + 1];	/* that of the sentence before, when
												 * 其中 opens this one (and on over ；) */
	lp_fenbie	fenbie;			/* the subjects a 分别 distributes values over */
	lp_fenbie	recent;			/* the subjects named so far, for a 分别 naming none */
	lp_fenbie	all;			/* the subjects a 均 gives one value to */
} lp_sentence;

/* Every field zero, as memset would leave it but for the lists' items past their counts. */
static inline void
lp_sentence_clear(lp_sentence *ss)
{
	memset(ss, 0, offsetof(lp_sentence, fenbie));
	ss->fenbie.n = ss->fenbie.next = 0;
	ss->recent.n = ss->recent.next = 0;
	ss->all.n = ss->all.next = 0;
}

/*
 * One mention.  The caller sets the first group; each stage of
 * lp_mention_read reads the fields above its own and writes its own.
 */
typedef struct lp_mention
{
	/* the mention as found */
	const char *s;				/* the line (or lines joined) */
	size_t		slen;
	int			lineno;
	int			span_start;		/* characters in the line */
	int			span_end;
	const lp_quantity *q;
	const lp_line_ctx *ctx;
	int			summary;		/* an item of a summary list */
	int			all_same;		/* the value is of every subject of ss->all (均) */
	size_t		all_noun_start;	/* a rate's noun before that 均 ("A和B增速均为"): */
	size_t		all_noun_end;	/* where the measure is read; end 0 when none */

	/* place: the sentence and clause the number stands in */
	size_t		sent_start;
	size_t		full_start;		/* after the last 。！？ before it (a ； ends no full sentence) */
	size_t		clause_start;
	/* lead: the words before the number, after the clause start, the previous mention and a 分别 */
	size_t		lead_start;
	size_t		lead_end;
	int			like_for_like;	/* 同口径, 剔除不可比因素 */
	/* measure: read from the lead, trimmed */
	lp_measure_read measure;
	/* subject_window: the lead up to the words that named the measure */
	size_t		window_start;
	size_t		window_end;
	/* aside, subject, status */
	int			inherit;		/* the subject is the sentence's last */
	int			driven;			/* what a thing drove: "带动…进出口" (no indicator) */
	int			part_of_other;	/* a sector of another whole (民营经济增加值…。其中，第一产业…) */
	int			forecast;		/* another's forecast: "IMF预测…增长8%" (no indicator) */
	int			listed;			/* the subject is an item of a 分别 list */
	int			aside;			/* a target beside an actual (mention_aside) */
	int			conversion;		/* a conversion of the figure before (折合…美元) */
	int			restated;		/* the figure before on another basis, in a bracket */
	int			compared_target;	/* a target a result before was compared with (高于6%的预期目标) */
	int			growth_after;	/* a growth target named after it (5%增长的目标) */
	int			named_after;	/* a card's figure named after it (6%左右⏎地区生产总值增长) */
	int			last_years_rate;	/* last year's actual beside a target (高于去年6.1%的实际增速;
								 * 2: after 比 or 较; 3: 较去年的7%, status as read) */
	char		subject[LP_MAX_SUBJECT + 1];
	size_t		subject_start;	/* where the subject was read in s, when it was */
	size_t		subject_end;	/* (start < end): flow words before it count */
	const char *inherited_code; /* the sentence's subject_code, when the
								 * subject is the sentence's subject */
	lp_status	status;
	int			bound_status;	/* -1, or the status of the result the target
								 * named after the number bounds (超过4%的目标) */
	/* period, evidence */
	lp_period_decision period;
	const char *evidence;
	int			target_after;	/* lp_mention_target_after at the figure's end, read once
								 * (lp_mention_target_after_of): 0 not yet, 1 no, 2 yes */
} lp_mention;

/* Decide everything about mention m and append its fact to doc->out. */
void		lp_mention_read(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m);

/* Does m's figure name an average annual rate, its clause or its 分别 list's lead (lp_mention_average.c)? */
int			lp_mention_names_annual_average(const lp_mention *m);
/* a growth, or a percent read as a level (the second of "两年平均增长5.1%、4.2%") */
int			lp_fact_is_rate_over_years(const lp_fact *f);

/* ... and names no indicator: no subject to carry to the figures after it */
int			lp_mention_average_names_nothing(const lp_mention *m);

#endif
