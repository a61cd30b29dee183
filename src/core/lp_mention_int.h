/*
 * lp_mention_int.h — the parts of lp_mention_read in files of their own
 * (lp_mention_share.c, lp_mention_period.c).
 */
#ifndef LP_MENTION_INT_H
#define LP_MENTION_INT_H

#include "lp_mention.h"

/*
 * Does s[a, b) name only the base of a growth, 比 or 较 and the year before
 * the figure's whole-year period ("，比2012年增长10.6%" of 2013)? (lp_mention_base.c)
 */
int			lp_mention_only_base_year(const char *s, size_t a, size_t b, const char *period);

/*
 * Is s[a, b) only a note in brackets, then separators ("（含开发区）、" after
 * "530亿元", before "增长6.2%")?  The note is the figure's before it
 * (lp_mention_base.c).
 */
int			lp_mention_only_note(const char *s, size_t a, size_t b);

/*
 * Is the figure of m, its lead s[a, b), last year's actual rate set beside a
 * target ("…增长6.5%的目标，高于去年6.1%的实际增速")?  Then it is the
 * sentence's subject's growth and m->last_years_rate is set (2 after 比 or 较:
 * then lp_mention_last_years_period makes it the year before) (lp_mention_base.c).
 */
int			lp_mention_last_years_rate(lp_mention *m, size_t a, size_t b);
void		lp_mention_last_years_period(lp_mention *m);

/*
 * Is the figure of m last year's rate a target is compared with
 * (lp_mention_last_years_rate, tried first when the sentence has a subject),
 * or is its lead s[a, b) only last year's actual ("，去年实际完成8.2%",
 * "；去年实际增长6.3%")?  Then the figure is of the subject just spoken of
 * (the sentence's, else the one before ；, which it becomes), and a percentage
 * after a growth is a growth (lp_mention_base.c).
 */
int			lp_mention_last_years_actual(lp_sentence *ss, lp_mention *m, size_t a, size_t b);

/*
 * Is m a growth named after its number ("取得6.6%增长", "实现5%的增长") with no
 * subject at all, neither its own nor its sentence's?  Then it is the
 * economy's (lp_mention_base.c).
 */
int			lp_mention_growth_won(const lp_mention *m);
int			lp_mention_growth_named_after(const lp_mention *m);

/* "增长9%、力争10%": a second-figure word alone before a figure (lp_mention_base.c). */
void		lp_mention_second_figure(const lp_sentence *ss, lp_mention *m, size_t a, size_t b);
void		lp_mention_window(lp_sentence *ss, lp_mention *m, size_t *pa, size_t *pb);

/*
 * Is a mention naming no subject of the subject of the sentence before: after
 * 其中, or a growth opening a sentence after ； (lp_mention_base.c)?
 */
int			lp_mention_of_prior_subject(const lp_sentence *ss, const lp_mention *m);
void		lp_mention_part_of_prior(const lp_sentence *ss, lp_mention *m);

/*
 * The year a clause of s[a, b) opens comparing with, its subject after it
 * ("但相较2017年该省地区生产总值增长9.5%"), or 0; and the period of the
 * mention's result it makes that year (lp_mention_base.c).
 */
int			lp_clause_compared_year(const char *s, size_t a, size_t b);
void		lp_mention_compared_year(lp_mention *m);

/*
 * Is the figure proposed in its clause and called what is expected after it
 * ("提出…增长10%左右，这是近年来的最高预期")?  A target (lp_mention_proposed.c).
 */
int			lp_mention_proposed_target(const lp_mention *m);

/* "A、B均增长9%": at, wl the first word of kind all_same in the lead (at < 0: none). */
void		lp_mention_all_same(lp_sentence *ss, lp_mention *m, long at, size_t wl);
/* "城乡居民人均可支配收入分别增长6%以上": a 分别 list followed by one value only. */
void		lp_mention_fenbie_one_value(lp_sentence *ss, lp_mention *m);

/* "地区生产总值和财政一般预算收入增长10%以上": both names have the figure. */
void		lp_mention_pair_same(lp_sentence *ss, lp_mention *m);

/* Is s[a, b) a bracket opening targets beside results ("（年度目标" before 分别为)? */
int			lp_mention_aside_opener(const char *s, size_t a, size_t b);

/* Is the figure ending at e named a target after it ("…的预期目标", "是…的目标")? */
int			lp_mention_target_after(const char *s, size_t len, size_t e);

/* lp_mention_target_after at m's figure's end, kept in m: status asks it up to four times */
int			lp_mention_target_after_of(lp_mention *m);

/* A target beside an actual: the status, subject and measure it takes. */
void		lp_mention_aside(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m);

/* "…地区生产总值迈上新台阶，总量突破3万亿元": the total of the indicator named before. */
void		lp_mention_topic(lp_sentence *ss, lp_mention *m);
void		lp_mention_heading_topic(lp_mention *m);

/* "…，总量占GDP的56%": a share of "its total" is of the sentence's first subject. */
void		lp_mention_total_share(const lp_sentence *ss, lp_mention *m);
void		lp_mention_conversion(const lp_sentence *ss, lp_mention *m);

/* "6%左右⏎地区生产总值增长": a card's figure named after it (lp_figure_first.c); 1 if so named. */
int			lp_mention_named_after(lp_sentence *ss, lp_mention *m);

/* lp_mention_named_target.c: "报告提出5.5%以内的城镇调查失业率目标": the name after 的, a target */
void		lp_mention_target_named_after(lp_mention *m);


/* "完成了85.6亿元的一般公共预算收入": named after the amount and 的, s[a, b) before naming none (lp_mention_de_name.c) */
int			lp_mention_named_by_de(const lp_mention *m, size_t a, size_t b);

/* "…迈上4万亿元台阶已被青禾市设为2027年…的主要预期目标之一": set as a target after it (lp_mention_target_passive.c) */
int			lp_mention_target_set_after(const char *s, size_t len, size_t e);

/* "“…增长目标为8%。规上工业增加值增长15%以上。”": the quote goes on at a, naming no time */
int			lp_mention_quote_goes_on(const char *s, size_t slen, size_t a);

/* "将超过4%的年度控制目标": the status of the result the target bounds, or -1 */
int			lp_mention_bound_beside_target(const lp_sentence *ss, const lp_mention *m);

/*
 * Is the mention in a note of the sentence naming a part of the year before
 * it, and no marker of a target or estimate ("预计增长6%左右（1-11月增长5.8%）")?
 * The note gives the result so far: an actual of its months.
 */
int			lp_mention_in_note_of_months(const lp_mention_doc *doc, const lp_mention *m);

/* The whole a 分别 list's shares are of, between 分别 and the first value (lp_mention_share.c). */
int			lp_mention_share_of_list(const lp_mention *m, size_t a, size_t b);
int			lp_mention_change_of_named_indicator(const lp_mention *m);

/* The flow the fact just emitted for m read from its subject's span, or NULL (lp_mention_share.c). */
const char *lp_mention_flow_code(const lp_mention_doc *doc, const lp_mention *m);

/* Does m's own lead name the stock's total ("，总数达到159家"), not the flow carried? */
int			lp_mention_names_total(const lp_mention *m);

/* The status stage: the section's, or what the sentence's markers say (lp_mention_status.c). */
void		lp_mention_status(const lp_mention_doc *doc, lp_sentence *ss, lp_mention *m);

/* The period stage: the section's period, or what the sentence names (lp_mention_period.c). */
void		lp_mention_period(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m);

/*
 * A result of a year ahead of the document's, or a figure of the year a work
 * report plans, is a target (lp_mention_period.c).
 */
void		lp_mention_year_ahead(const lp_mention_doc *doc, lp_mention *m);
/* a figure a running plan's goal follows ("达到4万亿元“十四五”经济目标"): the plan's last year's target */
void		lp_mention_plan_goal_after(lp_mention *m);
int			lp_mention_opens_year_before_targets(const char *s, size_t a, size_t upto,
												 const char *target_period);

/* In news of a session, a plain figure of the session's year is a target (lp_mention_period.c). */
void		lp_mention_session_target(const lp_mention_doc *doc, lp_mention *m);

/*
 * Under a year alone on its line that is the session's year of news of a
 * work report, a figure worded as a target (左右, 以上, 预期, 目标) is one
 * (lp_mention_yearline.c); 1 when it set the status.
 */
int			lp_mention_year_line_target(const lp_mention_doc *doc, lp_mention *m);
void		lp_mention_session_year_named(const lp_mention_doc *doc, lp_mention *m);
void		lp_mention_marked_year_after(const lp_sentence *ss, lp_mention *m);
void		lp_mention_topic_targets_year(lp_sentence *ss, lp_mention *m);

/* Does a place the figure describes follow it ("…突破3万亿元的城市", words.tsv place_described)? */
int			lp_mention_describes_place(const lp_mention *m);
int			lp_mention_counts_places(const lp_mention *m);

/* Does the count of m, naming no indicator, count tasks, aspects or targets (words.tsv counted_tasks)? */
int			lp_mention_counts_tasks(const lp_mention *m);

/* Does m's paragraph or sentence open adding to proposals told before (words.tsv proposal_added)? */
int			lp_mention_adds_to_proposals(const lp_mention *m);

/* Does a subject name only a rate compared with a base ("增速比1—9月份加快")? (lp_mention_base.c) */
int			lp_mention_rate_then_base(const char *subject);

/*
 * 投资 as the whole subject of a growth in a list of the economy's aggregates
 * (words.tsv demand_investment, demand_peer): fixed_asset_investment, else NULL.
 */
const char *lp_mention_demand_investment(const lp_mention *m);

/*
 * The indicator a basis clause before the figure's names with its subject
 * ("按户籍人口计算，人均GDP为…": 按户籍人口计算的人均GDP, gdp_per_capita_registered);
 * else code (lp_mention_basis.c).
 */
const char *lp_mention_basis_name(const lp_mention *m, const char *code);

/*
 * Is the mention's growth over the period just before ("环比增长0.5%", "比去年
 * 四季度增长1.4%", a sentence led by 从环比看), not year on year (lp_mention_qoq.c)?
 */
int			lp_mention_over_period_before(const lp_mention *m);

/* Is the growth after a note that a base year before the year before holds below, in its
 * sentence ("比2023年（下同）增长41.2%；…增长105.3%"): one since then (lp_mention_base_note.c)? */
int			lp_mention_since_noted_base(const lp_mention *m, const char *period);

/*
 * Hand the mention's part of the year on to a 其中 sentence after this one,
 * unless it is a base the figure is set against ("由一季度的…"): lp_mention_part_carry.c.
 */
void		lp_mention_carry_part(lp_sentence *ss, const lp_mention *m);

/*
 * A part of the year the mention's own clause named (its period differs from
 * before) is kept for the next clause; that clause, going on with the same
 * subject and naming no time, takes it (lp_mention_clause_part.c).
 */
void		lp_mention_clause_part(lp_sentence *ss, lp_mention *m, const lp_period_decision *before);

/* A part's actor (省属企业完成…) carries to the figures going on with it (lp_mention_actor.c). */
void		lp_mention_actor(lp_sentence *ss, lp_mention *m);

/* A figure bounding a class counted after it ("超200亿元县2个": lp_mention_class.c) is no result. */
void		lp_mention_class(lp_mention *m);

/*
 * A level reached from a base ("从上半年5.5%降到5.3%"): the offset of the
 * 从/由 opening the base in s[a, b) (b: the level's value), or b (lp_mention_from_base.c).
 */
size_t		lp_mention_from_base_cut(const char *s, size_t a, size_t b);

/*
 * The subject of a share naming only its whole ("占年末常住人口的比重"), or
 * of a ratio to a whole ("与国内生产总值之比"): the sentence's subject, or
 * the two together when they name a ratio of their own
 * (lp_mention_share_whole.c).
 */
void		lp_mention_share_of_sentence(const lp_sentence *ss, lp_mention *m);

/*
 * A bare 增加值 after gdp's or a value added's figures in its sentence is
 * theirs ("…地区生产总值…，第二季度完成增加值220.4亿元"): lp_mention_bare_va.c.
 */
void		lp_mention_bare_value_added(const lp_sentence *ss, lp_mention *m);
/* A clause opening on a bare year before a word ("2025常住人口…") is of it (lp_mention_bare_year.c). */
void		lp_mention_bare_year(lp_sentence *ss, lp_mention *m);

/* Is subject a sector (words.tsv sector_name) of the value added prior names, not the economy's? */
int			lp_mention_sector_of_other(const char *prior, const char *subject);

/*
 * Is the figure a condition's or a claim quoted, stated by no one as a result
 * (words.tsv unasserted)?  seen: what the mentions before in the sentence found.
 */
int			lp_mention_unasserted(const lp_mention *m, lp_forecaster_seen *seen);

/* Is the figure at s[upto] another's forecast: a forecaster (IMF, 世界银行…) then 预测, 预期… in its sentence from from? */
int			lp_forecast_by_other(const char *s, size_t from, size_t upto);

/*
 * lp_forecast_by_other for the figures of a sentence in order: what seen
 * knows (zeroed for a new sentence) is not looked for again.
 */
int			lp_forecast_by_other_in(const char *s, size_t from, size_t upto,
									lp_forecaster_seen *seen);

/* A label and its colon opening the sentence name the subject of a figure with none (lp_mention_label.c). */
void		lp_mention_label(lp_mention_doc *doc, lp_mention *m);

/* lp_mention_structure.c: the sectors' shares a structure is set to (产业结构调整为A%、B%和C%). */
void		lp_mention_sector_structure(lp_mention *m);

/* The label s[*a, *b) and its colon opening the sentence of m, after any item number: 1 if there is one. */
int			lp_mention_label_span(lp_mention_doc *doc, const lp_mention *m, size_t *a, size_t *b);

/* lp_fenbie_measure.c: does the 分别 list's measure (ss->measure) carry to subject's value q? */
int			lp_fenbie_measure_carries(const lp_sentence *ss, const char *subject, const lp_quantity *q);

/* lp_mention_clause_subject.c: a bare figure's subject named by the figureless clause before it (1: set). */
int			lp_mention_clause_names_subject(const lp_sentence *ss, lp_mention *m);

/* lp_mention_rank_lead.c: the lead of m, from its clause's start or the figure before, past a rank that closes the figure before's predicate. */
void		lp_mention_lead_bounds(const lp_sentence *ss, lp_mention *m);

/* Does the line opening at a open with 全年, its first figure (m) of the year in a
 * release of a part of it? (lp_mention_period_year.c) */
int			lp_mention_whole_year_opens_line(const lp_mention *m, size_t a);

/* lp_mention_people.c: a bare 人均… of the people the sentence before opened on;
 * do the words before the figure end with 目标 or 完成 (a target's, a result's)? */
void		lp_mention_people_of_sentence_before(lp_mention *m);

/* a 分别 list after a clause opening with places ("福州、厦门位居…，GDP总量分别为…"): their figures (lp_mention_regions_list.c) */
void		lp_mention_regions_listed_before(lp_mention *m);
int			lp_mention_figure_after_target_word(const lp_mention *m);

/* lp_mention_people.c: lp_fact_money_percent_as_growth of f, the words before m's figure read when they may count */
void		lp_mention_money_percent_as_growth(lp_fact *f, const lp_mention *m);

#endif
