/*
 * lp_quantity_sign.c — the minus sign of a quantity: a sign glued before
 * its number, and the units whose quantities may be negative.  Helpers
 * of the stages (lp_quantity_mention.c).
 */
#include "lp.h"
#include "lp_qty.h"

#include <string.h>

/*
 * A minus sign glued before the number at c ("-3.2%", "增长-1.5%",
 * "同比－3.2％", a table cell "\t-0.8"): its byte length, 0 if none.  A
 * hyphen after a digit, a letter, a percent sign or another sign joins a
 * range, a date or a code (1-6月, 2022-4-19, LH03-04, 5%-3%), not a sign.
 * One blank may follow the minus after a Chinese word ("下降- 2.1%").
 */
size_t
lp_q_sign_before(const char *text, size_t ls, size_t c)
{
	size_t		s;
	uint32_t	m,
				b;
	int			spaced;

	if (c <= ls)
		return 0;
	s = lp_q_prev_start(text, ls, c);
	m = lp_q_cp_before(text, ls, c);
	/* "增长- 39.7%": a PDF's text puts a blank after the minus of a word's figure */
	spaced = m == ' ' && s > ls;
	if (spaced)
	{
		m = lp_q_cp_before(text, ls, s);
		s = lp_q_prev_start(text, ls, s);
	}
	if (m != '-' && m != 0x2212 && m != 0xFF0D)	/* - − － */
		return 0;
	b = lp_q_cp_before(text, ls, s);
	if (spaced && !(b >= 0x4E00 && b <= 0x9FFF))
		return 0;
	if (lp_q_is_arabic(b) || lp_q_is_alpha(b) || b == '-' || b == '+' || b == '.' ||
		b == '/' || b == '_' || b == 0x2212 || b == 0xFF0D || b == 0xFF0B ||
		b == '~' || b == 0xFF5E || b == 0x2014 || b == 0x2013 ||
		b == '%' || b == 0xFF05 || b == 0x2030 ||
		(b >= 0xFF21 && b <= 0xFF3A) || (b >= 0xFF41 && b <= 0xFF5A))
		return 0;
	return c - s;
}

/* Can a quantity in unit u be negative (money, percent, points, ratio)? */
int
lp_q_signed_dimension(const lp_unit *u)
{
	const char *d;

	if (u == NULL)
		return 1;
	d = u->dimension;
	return strncmp(d, "money", 5) == 0 || strcmp(d, "percent") == 0 ||
		strcmp(d, "permille") == 0 || strcmp(d, "points") == 0 ||
		strcmp(d, "ratio") == 0 || strcmp(d, "price") == 0 || d[0] == '\0';
}
