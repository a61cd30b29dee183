/*
 * lp_clause_run_in.c — a heading run into its text after a blank on one line.
 *
 * A page flattened to one line keeps a blank where a heading ended: "…全力以赴
 * 确保实现一季度“开门红” 2030年,全县地区生产总值增长8%". The year after the
 * blank opens a sentence of its own: the heading's target words (确保) are
 * not said of the figures after it.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_period.h"
#include "lp_text.h"

/*
 * Is the blank at s[i] (' ') the end of a heading run into its text: after a
 * character that is no ASCII (a hanzi or a closing quote), before a year of
 * four digits, its 年 and a comma?
 */
int
lp_heading_run_in_at(const char *s, size_t slen, size_t i)
{
	size_t		j = i + 1;

	if (i == 0 || ((unsigned char) s[i - 1]) < 0x80 || j + 8 > slen || lp_year_digits(s + j) == 0)
		return 0;
	j += 4;
	if (!lp_at(s, slen, j, "年"))
		return 0;
	j += 3;
	return s[j] == ',' || lp_at(s, slen, j, "，");
}
