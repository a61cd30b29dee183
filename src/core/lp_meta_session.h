/*
 * lp_meta_session.h — the year of a work report's session from its news's head
 * (lp_meta_session.c).
 */
#ifndef LP_META_SESSION_H
#define LP_META_SESSION_H

#include "lp.h"

/*
 * News of a work report whose title or first sentence naming a year (head)
 * is all the text says of time: the year its session is in, set in m
 * (doc_year, and period by lp_meta_anchor).  head_end: where head ends in
 * text, 0 when head is the title.
 */
void		lp_meta_session_year_of_head(lp_meta *m, const char *head, size_t len, const char *text,
										 size_t tlen, size_t head_end);

/* The same of a title, read as the whole sentence of text it was cut from when it was cut. */
void		lp_meta_session_year_of_title(lp_meta *m, const char *text, size_t tlen);

/*
 * A work report's news dated in November or December whose session opens in
 * that month of the page's year ("2022-12-28 … 12月28日，长沙市第十六届人大
 * 二次会议开幕"): the session reviews that year and speaks from the next.
 */
void		lp_meta_session_late_in_year(lp_meta *m, const char *text, size_t tlen);

/*
 * Does the line from s[after], right after a work report's name, say the
 * report is carried out ("…政府工作报告完成情况", words.tsv intro_results)?
 */
int			lp_meta_report_carried_out(const char *s, size_t len, size_t after);

#endif
