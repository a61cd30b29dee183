/*
 * lp_qualitative_water.c — a goal for named waters' quality in words
 * ("桐江、青河干流全线水质稳定保持在Ⅱ类及以上"): the item opens with the
 * waters' names, not an indicator's, so the name reader finds none.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_qualitative.h"
#include "lp_text.h"

#include <string.h>

#define WATER_NAME_MAX 90		/* bytes before 水质: thirty characters */

/* a word naming a body of water or its reach, before 水质 */
static int
names_water(const char *s, size_t a, size_t q)
{
	static const char *const w[] = {"江", "河", "湖", "干流", "断面", "水库", "流域"};
	size_t		k;

	for (k = 0; k < sizeof(w) / sizeof(w[0]); k++)
		if (lp_find_lit(s + a, q - a, w[k], strlen(w[k])) != NULL)
			return 1;
	return 0;
}

/*
 * The code of the item s[a, b) when its first clause names waters and then
 * their 水质 (an indicator's name by its end), with no figure before it;
 * *n is the subject's length from a.  NULL otherwise.
 */
const char *
lp_qualitative_named_water(const char *s, size_t a, size_t b, size_t *n)
{
	size_t		ce = lp_next_end(s, a, b, lp_is_clause_end),
				lim = ce - a > WATER_NAME_MAX + 6 ? a + WATER_NAME_MAX + 6 : ce,
				q,
				i,
				m = 0;
	const char *c = lp_find_lit(s + a, lim - a, "水质", 6),
			   *code;

	if (c == NULL || (q = (size_t) (c - s)) == a || q + 6 >= ce)
		return NULL;
	for (i = a; i < q; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return NULL;
	if (!names_water(s, a, q) || (code = lp_indicator_suffix(s + a, q + 6 - a, &m)) == NULL ||
		m != 6)
		return NULL;
	*n = q + 6 - a;
	return code;
}
