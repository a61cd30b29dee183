/*
 * pg_catalogue.c — the per-backend catalogue: the rows users added to
 * luohuplan.indicators and luohuplan.regions, handed to the core's matchers
 * (lp_indicator_set_user, lp_regions_set_user), so that extract, ingest and
 * reextract apply them exactly like the shipped rows.
 *
 * The rows are read on the first extraction of a backend and again after
 * either table changed.  Changing rows sends no invalidation by itself, so
 * a statement trigger on each table (luohuplan.catalogue_changed)
 * invalidates the table's relation-cache entry: the invalidation reaches
 * this backend at its next command and the other backends once the change
 * commits (an abort invalidates again), and the callback registered here
 * marks the catalogue stale.  A stale catalogue is read again with SPI, in
 * the caller's snapshot, before the next extraction.
 */
#include "lp_pg.h"
#include "lp_indicator.h"
#include "lp_region.h"

#include "commands/trigger.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

PG_FUNCTION_INFO_V1(luohuplan_catalogue_changed);

static bool callback_registered = false;
static bool stale = true;
static Oid	loaded_nsp = InvalidOid;
static Oid	indicators_relid = InvalidOid;
static Oid	regions_relid = InvalidOid;

/* relcache callback: a change of either table (or a reset of all) makes the catalogue stale */
static void
catalogue_invalidated(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == indicators_relid || relid == regions_relid)
		stale = true;
}

/* text column col of the current SPI row, or NULL */
static const char *
spi_text(HeapTuple tup, int col)
{
	return SPI_getvalue(tup, SPI_tuptable->tupdesc, col);
}

/* The user rows of schema.indicators into the matcher. */
static void
load_indicators(const char *schema)
{
	StringInfoData sql;
	lp_indicator_def *defs;
	uint64		i;

	initStringInfo(&sql);
	/* flow_of through jsonb: a table of 0.2.0 (before ALTER EXTENSION UPDATE) has no such column */
	appendStringInfo(&sql,
					 "SELECT i.code, i.name_zh, i.aliases, pg_catalog.to_jsonb(i) OPERATOR(pg_catalog.->>) 'flow_of'"
					 " FROM %s.indicators i WHERE i.user_defined ORDER BY i.code", schema);
	if (SPI_execute(sql.data, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "luohuplan: reading %s.indicators failed", schema);
	defs = palloc0(sizeof(lp_indicator_def) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		bool		isnull;
		Datum		arr = SPI_getbinval(tup, SPI_tuptable->tupdesc, 3, &isnull);

		CHECK_FOR_INTERRUPTS();
		defs[i].code = spi_text(tup, 1);
		defs[i].name_zh = spi_text(tup, 2);
		defs[i].flow_of = spi_text(tup, 4);
		if (!isnull)
		{
			Datum	   *elems;
			bool	   *nulls;
			int			n,
						k;
			const char **names;

			deconstruct_array(DatumGetArrayTypeP(arr), TEXTOID, -1, false, TYPALIGN_INT,
							  &elems, &nulls, &n);
			names = palloc0(sizeof(char *) * (n + 1));
			for (k = 0; k < n; k++)
				names[k] = nulls[k] ? NULL : TextDatumGetCString(elems[k]);
			defs[i].aliases = names;
			defs[i].n_aliases = (size_t) n;
		}
	}
	if (lp_indicator_set_user(defs, (size_t) SPI_processed) != 0)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
						errmsg("out of memory loading the indicators of %s.indicators", schema)));
}

/* The user rows of schema.regions into the region inference. */
static void
load_regions(const char *schema)
{
	StringInfoData sql;
	lp_region_def *defs;
	uint64		i;

	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "SELECT r.name, r.code, r.short_name, r.level, r.parent_code"
					 " FROM %s.regions r WHERE r.user_defined ORDER BY r.name, r.code", schema);
	if (SPI_execute(sql.data, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "luohuplan: reading %s.regions failed", schema);
	defs = palloc0(sizeof(lp_region_def) * (SPI_processed + 1));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];

		CHECK_FOR_INTERRUPTS();
		defs[i] = (lp_region_def) {spi_text(tup, 1), spi_text(tup, 2), spi_text(tup, 3),
		spi_text(tup, 4), spi_text(tup, 5)};
	}
	if (lp_regions_set_user(defs, (size_t) SPI_processed) != 0)
		ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY),
						errmsg("out of memory loading the regions of %s.regions", schema)));
}

/*
 * On a Citus worker, extract runs inside a shard's task (store_facts'
 * INSERT ... SELECT ... extract), and reading the reference tables there is
 * a nested distributed query, which Citus refuses by default.  These reads
 * touch only the node's own placement of a reference table, so allow them,
 * for the reads only (the caller restores the setting).
 */
static void
allow_citus_nested_read(void)
{
	const char *name = "citus.allow_nested_distributed_execution";

	if (GetConfigOption(name, true, false) != NULL)
		(void) set_config_option(name, "on", PGC_USERSET, PGC_S_SESSION,
								 GUC_ACTION_SAVE, true, 0, false);
}

/* Read the user rows of the tables in namespace nsp (none when they are not there). */
static uint64 catalogue_loads;	/* load_catalogue calls: what a memo of the
								 * metadata inferred depends on */

uint64
lp_pg_catalogue_loads(void)
{
	return catalogue_loads;
}

static void
load_catalogue(Oid nsp)
{
	char	   *nspname = get_namespace_name(nsp);
	const char *schema = nspname ? quote_identifier(nspname) : NULL;
	int			guc_level;

	catalogue_loads++;
	loaded_nsp = nsp;
	indicators_relid = nspname ? get_relname_relid("indicators", nsp) : InvalidOid;
	regions_relid = nspname ? get_relname_relid("regions", nsp) : InvalidOid;
	if (!OidIsValid(indicators_relid) && !OidIsValid(regions_relid))
	{
		lp_indicator_set_user(NULL, 0);
		lp_regions_set_user(NULL, 0);
		return;
	}
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "luohuplan: SPI_connect failed");
	guc_level = NewGUCNestLevel();
	allow_citus_nested_read();
	if (OidIsValid(indicators_relid))
		load_indicators(schema);
	else
		lp_indicator_set_user(NULL, 0);
	if (OidIsValid(regions_relid))
		load_regions(schema);
	else
		lp_regions_set_user(NULL, 0);
	AtEOXact_GUC(true, guc_level);
	SPI_finish();
}

void
lp_pg_catalogue_sync(FunctionCallInfo fcinfo)
{
	Oid			nsp;

	if (!callback_registered)
	{
		CacheRegisterRelcacheCallback(catalogue_invalidated, (Datum) 0);
		callback_registered = true;
	}
	if (fcinfo->flinfo == NULL || !OidIsValid(fcinfo->flinfo->fn_oid))
		return;
	/* the tables of the schema the function lives in, never search_path */
	nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	if (nsp != loaded_nsp)
		stale = true;
	if (!stale)
		return;
	/* cleared first: a change seen while reading makes it stale again */
	stale = false;
	PG_TRY();
	{
		load_catalogue(nsp);
	}
	PG_CATCH();
	{
		stale = true;
		PG_RE_THROW();
	}
	PG_END_TRY();
}

/* Invalidate the relation-cache entry of nsp.name, if there is one. */
static void
invalidate_named(Oid nsp, const char *name)
{
	Oid			relid = get_relname_relid(name, nsp);

	if (OidIsValid(relid))
		CacheInvalidateRelcacheByRelid(relid);
}

/* catalogue_changed(): statement trigger of indicators and regions */
Datum
luohuplan_catalogue_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trig = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("luohuplan.catalogue_changed() must be called as a trigger")));
	CacheInvalidateRelcache(trig->tg_relation);
	/*
	 * On Citus the trigger fires on a node's placement of the reference
	 * table (indicators_102008): the tables the backends read are the ones
	 * of that name in the same schema.
	 */
	invalidate_named(RelationGetNamespace(trig->tg_relation), "indicators");
	invalidate_named(RelationGetNamespace(trig->tg_relation), "regions");
	return PointerGetDatum(NULL);
}
