/*
 * pg_warm.c — with luohuplan in shared_preload_libraries, the postmaster
 * builds the core's process-lifetime tables (character classes, word sets,
 * the dictionaries embedded from src/data, patterns) once, by decoding,
 * normalizing and extracting an invented report; every backend it forks
 * inherits them instead of building them at its first call (about 80 M
 * instructions, 20-25 ms a connection: 3 % of a luohuplan-load -j 1 of 200
 * real-size reports, most of a load of a few files).
 *
 * Loaded any other way nothing changes.  The tables are the same either
 * way: the core builds each once a process and never changes it (the rows
 * users add are read by each backend, pg_catalogue.c).  What the warm-up
 * allocates with the hooks goes to TopMemoryContext, which the backends
 * keep (the postmaster's own context is freed after the fork).  A failure
 * is logged and ignored: the backends then build the tables as before.
 */
#include "lp_pg.h"

#include "miscadmin.h"
#include "utils/memutils.h"

/* invented: a heading, a traditional line, a result, targets, a table row */
static const char warm_text[] =
	"青禾市2023年政府工作报告\n"
	"一、2022年工作回顧\n"
	"全市地區生產總值達到1234.5億元，增長5.2%。\n"
	"（一）主要指标\n"
	"规模以上工业增加值增长6.1%，固定资产投资下降2.3%，城镇新增就业1.2万人。\n"
	"| 指标 | 单位 | 2022年 | 增长% |\n"
	"| 社会消费品零售总额 | 亿元 | 456.7 | 3.4 |\n"
	"二、2023年主要目标\n"
	"地区生产总值增长6%左右，一般公共预算收入增长5%以上，居民人均可支配收入与经济增长同步。\n";

static void
warm_core(void)
{
	lp_buf		decoded,
				clean;
	lp_facts	facts = {0};
	lp_error	err;
	const char *used = NULL;
	size_t		n_replaced = 0;

	lp_buf_init(&decoded);
	lp_buf_init(&clean);
	if (lp_decode((const uint8_t *) warm_text, sizeof(warm_text) - 1, "auto", 0,
				  &decoded, &used, &n_replaced, &err) == LP_OK &&
		lp_normalize(decoded.data, decoded.len, &clean, NULL, &err) == LP_OK &&
		lp_extract_anchored(clean.data, clean.len, NULL, LP_NO_ANCHOR, &facts, &err) == LP_OK)
		lp_facts_free(&facts);
	lp_buf_free(&clean);
	lp_buf_free(&decoded);
}

/* Called by _PG_init: the warm-up, only while the postmaster preloads. */
void
lp_pg_warm(void)
{
	MemoryContext old;

	if (!process_shared_preload_libraries_in_progress)
		return;
	old = MemoryContextSwitchTo(TopMemoryContext);
	PG_TRY();
	{
		warm_core();
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(TopMemoryContext);
		EmitErrorReport();
		FlushErrorState();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);
}
