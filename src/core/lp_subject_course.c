/*
 * lp_subject_course.c — a figure's subject told before the course of the
 * year: "地区生产总值上半年由负转正，三、四季度加快恢复，全年增长3.9%".  The
 * sentence opens with an indicator in a clause without a number, the clauses
 * after it tell how it went through the year (a quarter or a half of the year
 * in each, no number, no other indicator), and the figure's clause follows:
 * the figure is the first clause's indicator's.  lp_subject_clause.c takes
 * the one clause before a figure; this, several of them.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_subject.h"
#include "lp_text.h"

#include <string.h>

/* clauses of the course at most: a sentence of the year's quarters */
#define COURSE_MAX_CLAUSES 4

/* Does s[c, e) name a part of the year (季度, 半年) and open with no indicator? */
static int
clause_of_course(const char *s, size_t c, size_t e)
{
	size_t		n = 0;

	if (e <= c || (lp_find_lit(s + c, e - c, "季度", 6) == NULL &&
				   lp_find_lit(s + c, e - c, "半年", 6) == NULL))
		return 0;
	return lp_indicator_by_prefix(s + c, e - c, &n) == NULL || n == 0;
}

/*
 * s[a, b): the sentence before the figure's clause, no digit in it (the
 * caller checked).  The first clause's indicator copied to dst when every
 * clause after it is one of the course of the year.
 */
void
lp_subject_over_year_course(const char *s, size_t a, size_t b, char *dst)
{
	size_t		i = a,
				c = a,
				first = 0,
				n = 0;
	int			clauses = 0;

	while (i < b)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + i, b - i, &cl);

		if (lp_is_clause_end(cp))
		{
			if (first == 0)
				first = i;		/* the clause naming the indicator */
			else if (!clause_of_course(s, c, i) || ++clauses > COURSE_MAX_CLAUSES)
				return;
			c = i + (size_t) cl;
		}
		i += (size_t) cl;
	}
	if (first == 0 || clauses == 0 || c < b)
		return;
	if (lp_indicator_by_prefix(s + a, first - a, &n) != NULL && n > 0 && n <= LP_MAX_SUBJECT)
		lp_subject_copy(dst, s, a, a + n);
}
