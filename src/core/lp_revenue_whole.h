/*
 * lp_revenue_whole.h — a revenue stated whole before its own level's part
 * (lp_revenue_whole.c).
 */
#ifndef LP_REVENUE_WHOLE_H
#define LP_REVENUE_WHOLE_H

#include "lp.h"

/*
 * Facts out->items[first..] of budget_revenue named bare ("一般公共预算收入
 * 583.1亿元") in a sentence going on "其中区级一般公共预算收入…" become
 * jurisdiction_fiscal_revenue: the revenue collected in the territory, of
 * which the level's own budget revenue is a part.
 */
void		lp_revenue_whole(lp_facts *out, size_t first);

#endif							/* LP_REVENUE_WHOLE_H */
