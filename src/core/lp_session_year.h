/*
 * lp_session_year.h — the year of a congress session a text names
 * (lp_session_year.c).
 */
#ifndef LP_SESSION_YEAR_H
#define LP_SESSION_YEAR_H

#include <stddef.h>

/*
 * The year of the first congress session named in s[0, len) whose year is
 * known: a national one ("十四届全国人大二次会议" → 2024, by congresses.tsv),
 * or a province's that congresses.tsv local rows date ("福建省第十三届人民代表
 * 大会第六次会议" → 2022); 0 if none.
 */
int			lp_session_year(const char *s, size_t len);

/*
 * The same when that first session is a national one (which opens in March),
 * 0 for a province's (its month varies: January or February) or none.
 */
int			lp_national_session_year(const char *s, size_t len);

/*
 * The year of the draft of the plan report s names ("…审查了关于某省2024年…
 * 计划执行情况与2025年计划草案的报告": 2025): the year before 计划执行情况 in
 * its sentence, and the next year after it (the sentence ends at a line
 * break too); 0 if none.  The first 计划执行情况 of s only.
 */
int			lp_plan_report_draft_year(const char *s, size_t len);

/*
 * lp_session_year, unless s also names a plan report drafted for another
 * year ("…关于某省2024年…计划执行情况与2025年计划草案的报告"): the table of
 * sessions is the weakest evidence of a year, the text's own outweigh it.
 */
int			lp_session_year_agreeing(const char *s, size_t len);

/*
 * The year of the Party congress named last in s[0, len) ("党的十八大",
 * "十九大精神" → 2012, 2017 by congresses.tsv), 0 if none.
 */
int			lp_party_congress_year(const char *s, size_t len);

/*
 * The year of the first list of the Party's plenums named in s[0, len)
 * ("十九届二中、三中、四中全会" → 2019, its last plenum's), *at where its
 * 中全会 is; 0 if none.
 */
int			lp_party_plenum_year(const char *s, size_t len, size_t *at);

#endif							/* LP_SESSION_YEAR_H */
