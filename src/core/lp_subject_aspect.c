/*
 * lp_subject_aspect.c — a sentence opening with the aspect it reports on
 * ("固定资产投资方面，一季度全省同比增长13.4%"): a within-year release names
 * the indicator once, as the aspect, and its figure's own clause names only
 * the period and the place.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_subject.h"
#include "lp_text.h"

#include <string.h>

#define ASPECT_MAX_CHARS 12
#define U_FANGMIAN "\xe6\x96\xb9\xe9\x9d\xa2"	/* 方面 */

/* The end of the aspect's name when s[p, e) opens "NAME方面，", else p. */
static size_t
aspect_name_end(const char *s, size_t p, size_t e)
{
	size_t		i = p;
	int			k;

	for (k = 0; k < ASPECT_MAX_CHARS && i < e; k++)
	{
		int			cl;
		uint32_t	cp;

		if (i > p && lp_at(s, e, i, U_FANGMIAN))
			return lp_at(s, e, i + 6, "，") || lp_at(s, e, i + 6, ",") ? i : p;
		cp = lp_utf8_next(s + i, e - i, &cl);
		if (lp_is_clause_end(cp) || (cp >= '0' && cp <= '9'))
			return p;
		i += cl;
	}
	return p;
}

/* Does s[a, b) hold a clause end? */
static int
has_clause_end(const char *s, size_t a, size_t b)
{
	while (a < b)
	{
		int			cl;

		if (lp_is_clause_end(lp_utf8_next(s + a, b - a, &cl)))
			return 1;
		a += cl;
	}
	return 0;
}

int
lp_subject_of_aspect(const char *s, size_t sa, size_t a, size_t b, char *out, size_t outsz)
{
	size_t		p = lp_skip_separators(s, sa, a),
				e,
				il = 0;

	if (b > a && lp_indicator_suffix(s + a, b - a, &il) != NULL)
		return 0;
	if (lp_at(s, a, p, "在"))
		p += 3;
	e = aspect_name_end(s, p, a);
	if (e == p || e - p + 1 > outsz || lp_indicator_suffix(s + p, e - p, &il) == NULL ||
		il != e - p)
		return 0;
	/* the figure's clause is the one right after the aspect's comma */
	if (has_clause_end(s, e + 6 + (s[e + 6] == ',' ? 1 : 3), a))
		return 0;
	memcpy(out, s + p, e - p);
	out[e - p] = '\0';
	return 1;
}
