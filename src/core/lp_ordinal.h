/*
 * lp_ordinal.h — small counting numbers (lp_ordinal.c).
 */
#ifndef LP_ORDINAL_H
#define LP_ORDINAL_H

#include <stddef.h>

/*
 * Value of a Chinese ordinal numeral (一 … 九十九) or of ASCII digits at
 * s[i]; returns the bytes consumed (0 if none), *value the number.
 */
size_t		lp_ordinal_at(const char *s, size_t len, size_t i, int *value);

/*
 * "二是持续增进民生福祉。…": the number of an item opening s[0, len) with a
 * Chinese ordinal and 是 (一是, 二是, …), 0 if none.
 */
int			lp_ordinal_item(const char *s, size_t len);

#endif
