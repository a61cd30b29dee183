/*
 * lp_fenbie_shares_of.c — "税收收入占财政总收入和一般公共预算收入的比重分别为
 * 86.2%、78.4%": the wholes after 占 are listed, not the things measured: each
 * value is a share of the subject before 占, one item a whole ("A占B", "A占C").
 */
#include "lp.h"
#include "lp_fenbie.h"
#include "lp_indicator.h"
#include "lp_text.h"

#include <string.h>

/* Is s[p] a mark between two wholes (、, 和, 与, 及)? */
static size_t
whole_mark_at(const char *s, size_t b, size_t p)
{
	return lp_at(s, b, p, "、") || lp_at(s, b, p, "和") || lp_at(s, b, p, "与") ||
		lp_at(s, b, p, "及") ? 3 : 0;
}

/* Item k: the subject s[a, e), 占 and the whole s[w, x). 0 when too long. */
static int
share_item(lp_fenbie *fb, const char *s, size_t a, size_t e, size_t w, size_t x)
{
	char	   *item = fb->items[fb->n];

	lp_trim(s, &w, &x);
	if (x <= w || fb->n == LP_MAX_FENBIE || (e - a) + 3 + (x - w) > LP_MAX_SUBJECT)
		return 0;
	memcpy(item, s + a, e - a);
	memcpy(item + (e - a), "占", 3);
	memcpy(item + (e - a) + 3, s + w, x - w);
	item[(e - a) + 3 + (x - w)] = '\0';
	fb->n++;
	return 1;
}

int
lp_fenbie_shares_of_wholes(lp_fenbie *fb, const char *s, size_t a, size_t b)
{
	const char *z;
	size_t		e,
				w,
				p;

	lp_trim(s, &a, &b);
	/* cheap byte tests first: a list ending 比重 with a 占 in it */
	if (b < a + 15 || !lp_at(s, b, b - 6, "比重") ||
		(z = lp_find3(s + a, b - a, "占")) == NULL)
		return 0;
	e = (size_t) (z - s);
	b -= 6;
	if (b >= e + 6 && lp_at(s, b, b - 3, "的"))
		b -= 3;
	lp_trim(s, &a, &e);
	if (e <= a || lp_indicator_by_suffix(s + a, e - a) == NULL)
		return 0;
	fb->n = 0;
	for (w = p = e + 3; p < b;)
	{
		size_t		m = whole_mark_at(s, b, p);
		int			cl;

		if (m > 0)
		{
			if (!share_item(fb, s, a, e, w, p))
				return (fb->n = 0);
			w = p + m;
			p = w;
			continue;
		}
		(void) lp_utf8_next(s + p, b - p, &cl);
		p += (size_t) (cl > 0 ? cl : 1);
	}
	if (fb->n == 0 || !share_item(fb, s, a, e, w, b) || fb->n < 2)
		return (fb->n = 0);
	fb->next = 0;
	return 1;
}
