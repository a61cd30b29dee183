/*
 * lp_subject.h — what a number measures: the subject of a mention
 * (lp_subject.c).
 */
#ifndef LP_SUBJECT_H
#define LP_SUBJECT_H

#include "lp.h"

#define LP_MAX_SUBJECT 96		/* bytes kept of a subject */

/* Strip separators, spaces, verbs and time words from both ends of s[*a, *b). */
void		lp_subject_clean(const char *s, size_t *a, size_t *b);

/* Is q a streak's count ("连续8年", "连续第3年", "连续3届")?  A quantity, but no fact: the figure after it is named across it. */
int			lp_streak_count(const char *s, const lp_quantity *q);

/* Drop a trailing parenthesised part: "地区生产总值（GDP）" → "地区生产总值"; the new end. */
size_t		lp_subject_drop_paren(const char *s, size_t a, size_t b);

/* Copy s[a, b) into dst[LP_MAX_SUBJECT + 1], keeping the end (the head of the phrase). */
void		lp_subject_copy(char *dst, const char *s, size_t a, size_t b);

/*
 * The subject named by the words before a number, s[*a, *b) (the measure
 * words already left out): narrowed to the noun phrase after the last verb
 * ("港澳人员发放补贴" → 补贴).  Empty (*a == *b) when they name none: a
 * condition ("剔除留抵退税因素后同口径") or a word for "its total" (总量).
 */
void		lp_subject_before(const char *s, size_t *a, size_t *b);

/* a clause starting inside a bracketed note with a comma starts before it (lp_subject_note.c) */
void		lp_subject_note_across_comma(const char *s, size_t *a, size_t *b);

/*
 * Do the words s[a, b) before a number ending at q_end name its subject?
 * Not when they hold no hanzi, nor when they are two characters or less
 * and a noun follows the measure word ("新增2家百亿级企业": 新增 names nothing).
 */
int			lp_subject_names(const char *s, size_t slen, size_t a, size_t b, size_t q_end);

/*
 * The thing counted after a measure word: "新增2家百亿级企业" → 百亿级企业, in
 * s[from, to) (from the end of the number to the end of its clause).  Sets
 * [*a, *b) and returns 1, or 0 when none follows.
 */
int			lp_subject_counted(const char *s, size_t from, size_t to, size_t *a, size_t *b);

/*
 * "一般公共预算收入增长2.3%、支出首次超过7000亿元": a short subject naming no
 * indicator shares the lead of the subject before it (prev), the shortest
 * that makes it a name (一般公共预算 + 支出).
 */
void		lp_subject_share_lead(char *subject, const char *prev);

/*
 * A bare sector (第三产业) after a sibling naming what of its sector it counts
 * (prev "第二产业投资"): that of this sector too ("第三产业投资"), in subject of
 * size sz (lp_subject_sector.c); 1 when it did so.
 */
int			lp_subject_sector_suffix(char *subject, size_t sz, const char *prev);

/*
 * A bare category of industry (制造业) after a lead naming the categories in
 * s[full_start, at) (分三大门类看, over ；) or after the industry's value added (prev):
 * its value added (制造业增加值); 1 when it did so (lp_subject_sector.c).
 */
int			lp_subject_category_va(char *subject, size_t sz, const char *s, size_t full_start,
								   size_t at, const char *prev);

/*
 * A share names its whole after 占 (share_of): "金融业增加值占地区生产总值比重"
 * → 金融业增加值.
 */
void		lp_subject_share_part(char *subject);

/*
 * A share whose whole subject is the name of a ratio keeps it
 * (非化石能源占能源消费总量比重, 研发投入占比); any other names its part
 * (lp_subject_share_part).  *measure becomes LP_MEASURE_LEVEL for a ratio
 * stated as a level by convention (words.tsv share_as_level: 研发投入占GDP比重).
 */
void		lp_subject_share_ratio(char *subject, lp_measure *measure);
/* The measure a subject gives its value: a share's ratio (above), or a rate
 * named by its noun ("…、居民消费价格涨幅…分别控制在…3%") a growth. */
void		lp_subject_measure(char *subject, const lp_quantity *q, lp_measure *measure);

/* The subject named by the figureless clause s[a, b) before a figure with none, or by
 * the clause right before it ending with a name and its prices (按不变价格计算，…). */
void		lp_subject_of_bare_clause(const char *s, size_t a, size_t b, char *dst, size_t dstsz);
/* The indicator a sentence opens with before clauses of the course of the year (lp_subject_course.c). */
void		lp_subject_over_year_course(const char *s, size_t a, size_t b, char *dst);

/* "农业保持全省领先，增加值增长4.4%": a subject naming no indicator made one by the words
 * opening the clause before, the first of its sentence s[a, b) (lp_subject_clause.c). */
void		lp_subject_of_sector_clause(const char *s, size_t a, size_t b, char *dst, size_t dstsz);

/*
 * The subject of a figure named only as the target it is ("这一目标是6%左右"
 * opening the sentence s[a, num)): the one growth the sentence before
 * names ("今年全省经济增长要跑在全国前列。"): its name copied to dst, 1
 * (a growth); 0 if none.
 */
int			lp_subject_of_target_before(const char *s, size_t a, size_t num, char *dst, size_t dstsz);

/*
 * Could lp_subject_of_target_before find one: s[a, num) only words of a
 * target named before, after a full stop.  Its quick first test, for a
 * caller with a dearer one to put after it.
 */
int			lp_subject_target_anaphor(const char *s, size_t a, size_t num);

/* A word of what a thing drove (带动, 拉动) right before s[b], in s[a, b)? */
int			lp_subject_driven_before(const char *s, size_t a, size_t b);

/*
 * "金融业是占比最大的行业，实现增加值946.9亿元": a figure's clause opening with
 * its verb, the indicator named by the industry a clause before it opens with
 * (lp_subject_clause.c).  1 and the name in out when found.
 */
int			lp_subject_of_topic(const char *s, size_t sa, size_t wa, size_t a, size_t b,
								char *out, size_t outsz);

/*
 * "固定资产投资方面，一季度全省同比增长13.4%": the subject s[a, b) names no
 * indicator and its clause follows the sentence's (from sa) opening aspect
 * "NAME方面，" whose name is one indicator's: 1 and the name in out
 * (lp_subject_aspect.c).
 */
int			lp_subject_of_aspect(const char *s, size_t sa, size_t a, size_t b, char *out,
								 size_t outsz);

/*
 * "第一产业实现增加值2193万元": the subject s[a, b) after a verb joined to the
 * words before the verb (from wa) when only together they name an indicator;
 * the joined name in out.
 */
int			lp_subject_across_verb(const char *s, size_t wa, size_t a, size_t b,
								   char *out, size_t outsz);

/*
 * "…地区生产总值100亿元，增长7%，人均4.5万元": a clause s[a, b) of a per-head
 * word (and a verb) after the sentence's subject names the figure per head of
 * it, when the two name another indicator; that name in out.
 */
int			lp_subject_per_head_of(const char *s, size_t a, size_t b, const char *subject,
								   char *out, size_t outsz);

/* cut a circumstance 在…下/在…上 after a name (lp_subject_aside.c); 1 when it did */
int			lp_subject_strip_aside(const char *s, size_t *a, size_t *b);

/* cut a line stepped over (跨过…台阶) after a name (lp_subject_threshold.c); 1 when it did */
int			lp_subject_strip_threshold(const char *s, size_t *a, size_t *b);

/*
 * A figure written with no unit after a name ("…人均可支配收入23650下降2.5%")
 * leaves the subject (lp_subject_bare_figure.c).  1 when s[*a, *b) changed.
 */
int			lp_subject_strip_bare_figure(const char *s, size_t *a, size_t *b);

/*
 * A chart's caption flattened into the text before a name ("2018-2022年三次
 * 产业增加值占全市生产总值比重 年末全市常住人口") leaves the subject
 * (lp_subject_caption.c).  1 when s[*a, *b) changed.
 */
int			lp_subject_strip_caption(const char *s, size_t *a, size_t *b);

/*
 * cut a comparison's base with its year glossed ending s[*a, *b) ("比前(2023)年度",
 * "较去（2024）年同期"; lp_subject_base.c), before 年度 alone is cut; 1 when it did
 */
int			lp_subject_strip_glossed_base(const char *s, size_t *a, size_t *b);

/* The length of a peer group "在…中" ending s[a, b) (before 率先), or 0 (lp_subject_peer.c). */
size_t		lp_subject_peer_group(const char *s, size_t a, size_t b);

#endif
