/*
 * lp_mention_regions_list.c — a 分别 list of figures whose owners a clause
 * before names as places: "福州、厦门位居第二和第三，GDP总量分别为6759.34亿元、
 * 4741.36亿元" (news of a province's cities) lists the two cities' GDP, not
 * the province's; the subject GDP总量 read them as the document's own (two
 * wrong rows of a province's gdp level).  The figures take the places' names
 * for subject, which name no indicator (lp_indicator_regions_only), as a
 * subject opening with one place does ("泉州GDP总量最高达7472.25亿元").
 */
#include "lp.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_region.h"
#include "lp_text.h"

#include <string.h>

#define REGION_NAME_MAX (6 * 3)		/* a place's name: 6 hanzi at most */

/* The end of a list of two places or more opening s[a, b) ("福州、厦门", "甲市和乙市"), or 0. */
static size_t
regions_list_end(const char *s, size_t a, size_t b)
{
	size_t		p = a;
	int			n = 0;

	for (;;)
	{
		size_t		l = lp_region_name_longest(s + p, b - p, REGION_NAME_MAX, 1);

		if (l == 0)
			return 0;
		n++;
		p += l;
		if (!(lp_at(s, b, p, "、") || lp_at(s, b, p, "和") || lp_at(s, b, p, "及")))
			break;
		p += 3;
	}
	return n >= 2 ? p : 0;
}

void
lp_mention_regions_listed_before(lp_mention *m)
{
	size_t		a,
				end,
				fa;

	/* the 分别 of the figure's own clause, after a clause of its sentence */
	if (m->subject[0] == '\0' || m->clause_start <= m->sent_start || m->q->start <= m->clause_start ||
		lp_find_lit(m->s + m->clause_start, m->q->start - m->clause_start, "分别", 6) == NULL)
		return;
	a = lp_skip_space(m->s, m->clause_start, m->sent_start);
	fa = lp_skip_space(m->s, m->q->start, m->clause_start);	/* the figure's clause */
	end = regions_list_end(m->s, a, m->clause_start);
	/*
	 * the places' clause holds no 分别 of its own, and the figure's clause
	 * names no places: "青海、江西GDP增速分别为9.4%、8.8%，贵州、云南、西藏
	 * GDP增速分别为…" is a roundup whose lists give each figure its region
	 * (lp_fenbie.c)
	 */
	if (end == 0 || end - a >= sizeof(m->subject) ||
		lp_find_lit(m->s + end, m->clause_start - end, "分别", 6) != NULL ||
		regions_list_end(m->s, fa, m->q->start) != 0 ||
		lp_region_name_longest(m->s + fa, m->q->start - fa, REGION_NAME_MAX, 1) != 0)
		return;
	memcpy(m->subject, m->s + a, end - a);
	m->subject[end - a] = '\0';
	m->subject_start = m->subject_end = 0;	/* not the span read */
}
