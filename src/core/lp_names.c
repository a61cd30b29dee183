/*
 * lp_names.c — the names of the core's enums (lp.h) as SQL and text show
 * them: the C code compares enums, the names are for output only.
 */
#include "lp.h"

/* names[v] for v in [0, n), NULL outside or where none is set */
#define NAME_OF(names, v) \
	((unsigned) (v) < sizeof(names) / sizeof(names[0]) ? names[v] : NULL)

const char *
lp_role_name(lp_role r)
{
	static const char *const names[] = {
		[LP_ROLE_OTHER] = "other",
		[LP_ROLE_REVIEW] = "review",
		[LP_ROLE_TARGETS] = "targets",
		[LP_ROLE_TASKS] = "tasks",
	};

	return NAME_OF(names, r);
}

const char *
lp_status_name(lp_status s)
{
	static const char *const names[] = {
		[LP_STATUS_ACTUAL] = "actual",
		[LP_STATUS_TARGET] = "target",
		[LP_STATUS_ESTIMATE] = "estimate",
	};

	return NAME_OF(names, s);
}

const char *
lp_measure_name(lp_measure m)
{
	static const char *const names[] = {
		[LP_MEASURE_LEVEL] = "level",
		[LP_MEASURE_GROWTH] = "growth",
		[LP_MEASURE_SHARE] = "share",
		[LP_MEASURE_CHANGE] = "change",
		[LP_MEASURE_RANK] = "rank",
		[LP_MEASURE_PLAN_COMPLETION] = "plan_completion",
		[LP_MEASURE_QUALITATIVE] = "qualitative",
	};

	return NAME_OF(names, m);
}

const char *
lp_period_basis_name(lp_period_basis b)
{
	static const char *const names[] = {
		[LP_PERIOD_GIVEN] = "given",
		[LP_PERIOD_META] = "meta",
		[LP_PERIOD_HEADING] = "heading",
		[LP_PERIOD_SENTENCE] = "sentence",
		[LP_PERIOD_COLUMN] = "column",
		[LP_PERIOD_TITLE] = "title",
		[LP_PERIOD_DELIVERY] = "delivery",
		[LP_PERIOD_DATELINE] = "dateline",
		[LP_PERIOD_INFERRED] = "inferred",
		[LP_PERIOD_PUBLICATION] = "publication",
		[LP_PERIOD_PLAN] = "plan",
		[LP_PERIOD_ANNIVERSARY] = "anniversary",
		[LP_PERIOD_ELAPSED] = "elapsed",
		[LP_PERIOD_RELATIVE] = "relative",
		[LP_PERIOD_PUBLISHED] = "published",
		[LP_PERIOD_SESSION] = "session",
		[LP_PERIOD_ADDRESS] = "address",
		[LP_PERIOD_SOURCE] = "source",
	};

	return NAME_OF(names, b);
}
