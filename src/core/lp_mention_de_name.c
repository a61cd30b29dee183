/*
 * lp_mention_de_name.c — an amount named after it and 的: "青禾市完成了85.6亿元
 * 的一般公共预算收入，同比增长5.9%".  The words before the figure (青禾市完成了)
 * name no indicator; the indicator is the phrase after 的, which the subject
 * after a figure (lp_subject_counted) reads.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"
#include "lp_subject.h"
#include "lp_text.h"
#include <string.h>

#define DE_NAME_MAX (16 * 3)	/* bytes of the name read after 的 */

/* The end of the clause starting at s[from], to at most. */
static size_t
clause_end(const char *s, size_t from, size_t to)
{
	size_t		p = from;

	while (p < to)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + p, to - p, &cl);

		if (lp_is_clause_end(cp))
			return p;
		p += (size_t) (cl > 0 ? cl : 1);
	}
	return to;
}

int
lp_mention_named_by_de(const lp_mention *m, size_t a, size_t b)
{
	size_t		e = m->q->end,
				to,
				na,
				nb;

	/* (most figures: no 的 right after; nor after a percentage, "5%的能耗" is a part) */
	if (!lp_at(m->s, m->slen, e, "的") || strcmp(m->q->unit, "%") == 0)
		return 0;
	if (b > a && lp_indicator_by_suffix(m->s + a, b - a) != NULL)
		return 0;
	to = m->slen - e > DE_NAME_MAX + 3 ? e + DE_NAME_MAX + 3 : m->slen;
	to = clause_end(m->s, e + 3, to);
	if (!lp_subject_counted(m->s, e + 3, to, &na, &nb))
		return 0;
	/* the whole phrase is the indicator's name: "的地区生产总值", not "的城市" */
	return lp_indicator_by_suffix(m->s + na, nb - na) != NULL;
}
