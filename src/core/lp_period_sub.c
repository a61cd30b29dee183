/*
 * lp_period_sub.c — a part of the year named after 其中 is its clause's.
 *
 * "上半年，规模以上工业增加值增长8.2%，其中6月份增长9.1%；社会消费品零售总额
 * 增长5.1%": 6月份 gives the month of its own clause; the next clause naming no
 * time goes back to what the sentence named before 其中 (the half year).
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_text.h"

/* how far back the clauses are looked at: a few clauses, so the scan stays short */
#define SUB_REACH 240

/* Is s at p a clause separator (，；, ;)? */
static int
separator_at(const char *s, size_t b, size_t p)
{
	return lp_at(s, b, p, "，") || lp_at(s, b, p, "；") || s[p] == ',' || s[p] == ';';
}

/* The start of the clause ending at e: after the separator before it, or lim. */
static size_t
clause_start(const char *s, size_t lim, size_t e, size_t b)
{
	size_t		p = e;

	while (p > lim)
	{
		size_t		q = lp_prev_char(s, p);

		if (separator_at(s, b, q))
			return p;
		p = q;
	}
	return lim;
}

/*
 * The end of what the sentence s[a, b) says before a 其中 clause that named a
 * part of the year, when the clauses after it up to b name no time; 0 if not.
 * A figure's own clause (own, b ending before the figure) naming the part is
 * its period; a lead (own 0) may end on the 其中 clause.
 */
size_t
lp_period_sub_part_end(const char *s, size_t a, size_t b, int own)
{
	size_t		lim = b > a + SUB_REACH ? b - SUB_REACH : a,
				e = b;

	while (lim < a || (((unsigned char) s[lim]) & 0xC0) == 0x80)
		lim++;
	/* the answer is a 其中 clause's: none in reach, none (issue 18: most sentences) */
	if (b <= lim || lp_find_lit(s + lim, b - lim, "其中", 6) == NULL)
		return 0;
	while (e > lim)
	{
		size_t		c = clause_start(s, lim, e, b),
					p = lp_skip_space(s, e, c);

		if (lp_has_period_word(s + c, e - c) || lp_find_year(s + c, e - c, NULL))
			return (e < b || !own) && c > a && lp_at(s, e, p, "其中") ? lp_prev_char(s, c) : 0;
		if (c <= lim)
			return 0;
		e = lp_prev_char(s, c);
	}
	return 0;
}
