/*
 * lp_pubdate.h — the dates a page prints in its head (lp_pubdate.c).
 */
#ifndef LP_PUBDATE_H
#define LP_PUBDATE_H

#include <stddef.h>

/* Digits at s[i], exactly n of them (no digit after): their value, -1 if not. */
int			lp_digits_at(const char *s, size_t len, size_t i, int n);

/*
 * A date written "2021-08-26", "2021/08/26", "26.08.2021" or "18 Oct 2021" in
 * the first bytes of s: its year (a page's publication line) and *month (0 for
 * a dotted date, whose first two fields may be either); 0 if none.
 */
int			lp_published_line(const char *s, size_t len, int *month);

/*
 * The date in the path of the address a saved page opens with (its first
 * line "https://…/2024/10/26/…", "…/202511/t20251103_…"): its year and
 * *month, 0 if none.  A text naming no year of its own is dated by it.
 */
int			lp_address_date(const char *s, size_t len, int *month);

#endif							/* LP_PUBDATE_H */
