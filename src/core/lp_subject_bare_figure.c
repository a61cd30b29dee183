/*
 * lp_subject_bare_figure.c — a figure written with no unit right after a name
 * is no part of the name: "城镇常住居民人均可支配收入23650下降2.5%" names
 * 城镇常住居民人均可支配收入 for the -2.5% (the subject read 收入23650 and
 * found no indicator).
 */
#include "lp.h"
#include "lp_subject.h"

#include <ctype.h>

/* a run this long is a figure, not a name's digits (PM2.5, 5G, 3D) */
#define BARE_FIGURE_DIGITS 3

int
lp_subject_strip_bare_figure(const char *s, size_t *a, size_t *b)
{
	size_t		p = *b;
	int			digits = 0,
				points = 0;

	/* cheap: most subjects end in a hanzi */
	if (p == *a || !isdigit((unsigned char) s[p - 1]))
		return 0;
	while (p > *a && (isdigit((unsigned char) s[p - 1]) || s[p - 1] == '.'))
	{
		if (s[p - 1] == '.')
			points++;
		else
			digits++;
		p--;
	}
	/* after a hanzi only, with a name before it */
	if (digits < BARE_FIGURE_DIGITS || points > 1 || s[p] == '.' || p < *a + 6 ||
		(((unsigned char) s[p - 1]) & 0x80) == 0)
		return 0;
	*b = p;
	return 1;
}
