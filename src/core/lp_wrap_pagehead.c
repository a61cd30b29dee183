/*
 * lp_wrap_pagehead.c — a running header that carries its page's number
 * ("·2· 青禾市人民政府公报 2031年第2期", "青禾市人民政府公报 2031年第2期 ·3·",
 * "— 4 — 某某县人民政府工作报告"): the head of a gazette's or a bound report's
 * pages.  It differs from page to page by its number only, so lp_wrap.c
 * counts it without the number, as it counts a running header seen twice.
 */
#include "lp.h"
#include "lp_text.h"
#include "lp_wrap_int.h"

/* May cp stand in a page number set with dashes or dots ("— 3 —", "·3·")? */
static int
page_char(uint32_t cp, int *digits, int *marks)
{
	if (cp >= '0' && cp <= '9')
		return ++*digits;
	if (cp == '-' || cp == 0x2014 || cp == 0x2013 || cp == 0xFF0D || lp_wrap_page_dot(cp))
		return ++*marks;
	return cp == ' ' || cp == 0x3000;
}

/*
 * The bytes of a page number opening s[a, b) ("·2· ", "— 4 — "), or ending
 * it (" ·3·") when from_end: dashes or dots and one to four digits, with a
 * space between it and the rest, which must not be empty; 0 when none.
 */
static size_t
page_number(const char *s, size_t a, size_t b, int from_end)
{
	size_t		p = from_end ? b : a,
				edge = 0;		/* the space's side facing the rest */
	int			digits = 0,
				marks = 0,
				spaced = 0,
				n;

	while (from_end ? p > a : p < b)
	{
		size_t		q = from_end ? lp_prev_char(s, p) : p;
		uint32_t	cp = lp_utf8_next(s + q, (from_end ? p : b) - q, &n);

		if (!page_char(cp, &digits, &marks))
			break;
		if (cp == ' ' || cp == 0x3000)
		{
			edge = from_end ? q : q + (size_t) n;
			spaced = 1;
		}
		p = from_end ? q : q + (size_t) n;
	}
	if (!spaced || (from_end ? p <= a : p >= b) || digits < 1 || digits > 4 || marks < 1)
		return 0;
	return from_end ? b - edge : edge - a;
}

int
lp_wrap_page_head(const char *s, size_t *a, size_t *b)
{
	size_t		k;

	if ((k = page_number(s, *a, *b, 0)) > 0)
		*a += k;
	else if ((k = page_number(s, *a, *b, 1)) > 0)
		*b -= k;
	else
		return 0;
	lp_trim(s, a, b);
	return *a < *b;
}
