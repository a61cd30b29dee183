/*
 * pg_quantity_analyze.c — ANALYZE support for luohuplan.quantity columns.
 *
 * The standard statistics sort the sample with the btree order, which
 * raises 22023 when a column mixes dimensions (money and area); ANALYZE
 * (and autovacuum) would then fail on such a column forever.  This gathers
 * what needs no comparison: null fraction, average width and the number of
 * distinct values, counted on 64-bit hashes consistent with =.  Without a
 * histogram the planner uses its default selectivities for < and >.
 */
#include "pg_quantity.h"

#include <math.h>

#include "commands/vacuum.h"
#include "common/hashfn.h"

PG_FUNCTION_INFO_V1(lpq_analyze);

static int
uint64_cmp(const void *a, const void *b)
{
	uint64		x = *(const uint64 *) a,
				y = *(const uint64 *) b;

	return (x > y) - (x < y);
}

/* Estimate stadistinct from the sample as analyze.c does (Haas-Stokes). */
static double
estimate_distinct(int n, int d, int f1, double total_nonnull)
{
	double		estimate;

	if (f1 == d)				/* every sampled value is unique */
		return -1.0;
	if (total_nonnull <= 0)
		return 0;
	estimate = ((double) n * d) / ((n - f1) + (double) f1 * n / total_nonnull);
	if (estimate < d)
		estimate = d;
	if (estimate > total_nonnull)
		estimate = total_nonnull;
	return floor(estimate + 0.5);
}

static void
compute_quantity_stats(VacAttrStatsP stats, AnalyzeAttrFetchFunc fetchfunc,
					   int samplerows, double totalrows)
{
	uint64	   *hashes = palloc(Max(samplerows, 1) * sizeof(uint64));
	int			nonnull = 0,
				nulls = 0,
				d = 0,
				f1 = 0;
	double		total_width = 0;

	for (int i = 0; i < samplerows; i++)
	{
		bool		isnull;
		Datum		value;

		vacuum_delay_point();
		value = fetchfunc(stats, i, &isnull);
		if (isnull)
		{
			nulls++;
			continue;
		}
		total_width += VARSIZE_ANY(DatumGetPointer(value));
		hashes[nonnull++] = DatumGetUInt64(DirectFunctionCall2(lpq_hash_extended, value,
															   Int64GetDatum(0)));
	}
	qsort(hashes, nonnull, sizeof(uint64), uint64_cmp);
	for (int i = 0; i < nonnull;)
	{
		int			j = i + 1;

		while (j < nonnull && hashes[j] == hashes[i])
			j++;
		d++;
		if (j - i == 1)
			f1++;
		i = j;
	}

	stats->stats_valid = true;
	stats->stanullfrac = samplerows > 0 ? (double) nulls / samplerows : 0;
	stats->stawidth = nonnull > 0 ? (int) (total_width / nonnull) : 0;
	if (nonnull == 0)
		stats->stadistinct = 0;
	else
	{
		double		distinct = estimate_distinct(nonnull, d, f1,
												 totalrows * (1.0 - stats->stanullfrac));

		if (distinct < 0)
			stats->stadistinct = -1.0 * (1.0 - stats->stanullfrac);
		else if (distinct > 0.1 * totalrows)
			stats->stadistinct = -(distinct / totalrows);
		else
			stats->stadistinct = distinct;
	}
	pfree(hashes);
}

/* quantity_analyze(internal): typanalyze of quantity, see the file comment */
Datum
lpq_analyze(PG_FUNCTION_ARGS)
{
	VacAttrStats *stats = (VacAttrStats *) PG_GETARG_POINTER(0);

	if (stats->attr->attstattarget < 0)
		stats->attr->attstattarget = default_statistics_target;
	stats->compute_stats = compute_quantity_stats;
	stats->minrows = 300 * stats->attr->attstattarget;
	PG_RETURN_BOOL(true);
}
