/*
 * lp_indicator.h — canonical indicator codes from the names and aliases in
 * src/data/indicators.tsv.
 */
#ifndef LP_INDICATOR_H
#define LP_INDICATOR_H

#include <stddef.h>

/*
 * Code of the indicator whose name or alias ends the subject s[0..len)
 * (longest match), or NULL.  Chinese noun phrases put their head last:
 * "城镇居民登记失业率" is an unemployment rate, "税收亿元楼" is not tax revenue.
 */
const char *lp_indicator_by_suffix(const char *s, size_t len);

/* lp_indicator_by_suffix, and *n the bytes of the name or alias matched. */
const char *lp_indicator_suffix(const char *s, size_t len, size_t *n);

/* Code of the indicator whose name or alias starts s (longest), or NULL; *n its length. */
const char *lp_indicator_by_prefix(const char *s, size_t len, size_t *n);

#endif
