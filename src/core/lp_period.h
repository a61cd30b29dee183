/*
 * lp_period.h — periods named in text (lp_period.c).
 */
#ifndef LP_PERIOD_H
#define LP_PERIOD_H

#include <stddef.h>

/*
 * Year (1949..2100) followed by 年 inside s, in ASCII or Chinese digits
 * (二〇二三年); the first one, 0 if none; *at its offset.
 */
int			lp_find_year(const char *s, size_t len, size_t *at);

/*
 * Months named in s: a range ("1-11月", "1—9月": returns 1) or one month
 * ("11月当月", "9月份": returns 2, *first = *last); 0 if none.
 */
int			lp_find_months(const char *s, size_t len, int *first, int *last);

/* The first year of a range "2021—2023年" whose last year starts at s[at], 0 if none. */
int			lp_year_range_start(const char *s, size_t at);

/* Length of a month phrase at the start of s ("9月", "1-11月", "11月份当月"), 0 if none. */
size_t		lp_month_phrase_at(const char *s, size_t len);

/* Does s name a part of a year (上半年, 一季度, 前三季度, 1-11月: 1; one month: 2)?  0 if not. */
int			lp_has_period_word(const char *s, size_t len);

/*
 * A period like "2021", "2023H1", "2016Q1", "2023Q1-3" (前三季度, 1-9月),
 * "2023M01-11" (1-11月), "2023M11" (11月当月) from a phrase and a default year.
 */
void		lp_period_of(const char *s, size_t len, int default_year, char *out, size_t outsz);

#endif
