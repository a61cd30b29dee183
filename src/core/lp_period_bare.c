/*
 * lp_period_bare.c — a year in bare digits where a news page names the year
 * it reviews without 年 ("回眸2024，江宁…"): lp_docyear.c and lp_period_para.c
 * read it only right after a review word.
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_text.h"

/* Four ASCII digits at s (the caller has four bytes there): the year (1949-2100), or 0. */
int
lp_year_digits(const char *s)
{
	int			y = 0;

	for (int k = 0; k < 4; k++)
	{
		if (s[k] < '0' || s[k] > '9')
			return 0;
		y = y * 10 + (s[k] - '0');
	}
	return y >= 1949 && y <= 2100 ? y : 0;
}

/*
 * Four ASCII digits at s[i] (no digit before them), then a comma or a
 * space: the year (1949-2100), or 0.
 */
int
lp_bare_year_at(const char *s, size_t len, size_t i)
{
	if (i + 5 > len || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') ||
		!(s[i + 4] == ',' || s[i + 4] == ' ' || lp_at(s, len, i + 4, "，")))
		return 0;
	return lp_year_digits(s + i);
}
