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
 * The bytes of a page number opening s[a, b) ("·2· ", "— 4 — "): dashes or
 * dots and one to four digits, then a space before the rest; 0 when none.
 */
static size_t
page_lead(const char *s, size_t a, size_t b)
{
	size_t		p = a,
				last_space = 0;
	int			digits = 0,
				marks = 0,
				n;

	while (p < b)
	{
		uint32_t	cp = lp_utf8_next(s + p, b - p, &n);

		if (!page_char(cp, &digits, &marks))
			break;
		if (cp == ' ' || cp == 0x3000)
			last_space = p + (size_t) n;
		p += (size_t) n;
	}
	return p < b && last_space > a && digits >= 1 && digits <= 4 && marks >= 1 ? last_space - a : 0;
}

/* The same at the end of s[a, b) (" ·3·"): its bytes, or 0. */
static size_t
page_tail(const char *s, size_t a, size_t b)
{
	size_t		p = b,
				first_space = 0;
	int			digits = 0,
				marks = 0,
				n;

	while (p > a)
	{
		size_t		q = lp_prev_char(s, p);
		uint32_t	cp = lp_utf8_next(s + q, p - q, &n);

		if (!page_char(cp, &digits, &marks))
			break;
		if (cp == ' ' || cp == 0x3000)
			first_space = q;
		p = q;
	}
	return p > a && first_space > 0 && digits >= 1 && digits <= 4 && marks >= 1 ? b - first_space : 0;
}

int
lp_wrap_page_head(const char *s, size_t *a, size_t *b)
{
	size_t		k;

	if ((k = page_lead(s, *a, *b)) > 0)
		*a += k;
	else if ((k = page_tail(s, *a, *b)) > 0)
		*b -= k;
	else
		return 0;
	lp_trim(s, a, b);
	return *a < *b;
}
