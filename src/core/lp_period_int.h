/*
 * lp_period_int.h — what the period files (lp_period.c, lp_period_sentence.c,
 * lp_period_plan.c) share among themselves.
 */
#ifndef LP_PERIOD_INT_H
#define LP_PERIOD_INT_H

#include "lp_period.h"

#include <stddef.h>

/* Is the period that of a whole year (no half, quarter or months)? */
int			lp_period_is_annual(const char *period);

/*
 * The end of the record the year at s[at] names ("创1996年以来最高水平"), 0
 * when it names none.
 */
size_t		lp_period_record_since_at(const char *s, size_t len, size_t at);

/*
 * The note closed last before b in s[a, b), when b stands outside any: its
 * opening bracket at *open, the byte after its closing one at *close; br the
 * line's brackets when marked, or NULL (lp_period_note.c).
 */
int			lp_closed_note_before(const struct lp_end_marks *br, const char *s, size_t a, size_t b,
								  size_t *open, size_t *close);

/*
 * A far semicolon's lead [la, *lb) naming a part of the year and no figure:
 * on to the end of the clause of the first figure before a (lp_period_lead.c).
 */
void		lp_period_lead_past_part(const char *s, size_t a, size_t la, size_t *lb);

/* "到2027年" in s[p, a) before its first semicolon: the lead [*la, *lb) is that year (lp_period_lead.c). */
void		lp_period_target_year_lead(const char *s, size_t p, size_t a, size_t *la, size_t *lb);

/* Does s[a, b) name a range of months that is no comparison base (lp_period_other_months.c)? */
int			lp_other_months_named(const char *s, size_t a, size_t b);

/* A figure right after a base of months ("由1-5月下降1.6%"): 1, the months at s[*at, *at + *len). */
int			lp_period_base_months(const char *s, size_t a, size_t b, size_t *at, size_t *len);

/* Length of a range dash (-, —, ―, –, －, ~, ～, 至) ending just before s[i], 0 if none (lp_period_range.c). */
size_t		lp_dash_before(const char *s, size_t lo, size_t i);

/*
 * A range of quarters in s[0, len) ("1~3季度", "一至二季度"): the months it
 * covers in *first, *last (1, 9); 0 if none (lp_period_range.c).
 */
int			lp_find_quarter_range(const char *s, size_t len, int *first, int *last);

/* Is the part of the year at s[at, at + wlen) a base "在…的基础上" (lp_period_base.c)? */
int			lp_period_part_is_base(const char *s, size_t len, size_t at, size_t wlen);

#endif
