/*
 * pg_store.c — luohuplan.insert_facts(id): the facts of one stored report,
 * extracted from its clean text and written into luohuplan.facts in one
 * pass, for store_facts (50_ingest.sql).
 *
 * Why not INSERT ... SELECT FROM extract(): PostgreSQL checks the foreign
 * key from facts to reports with one query per inserted row (an executor
 * started and ended for each), which was 19 % of a load's instructions, and
 * the rows went through a tuplestore, a projection and evidence_at on the
 * way.  Here the report row is read and locked FOR KEY SHARE once, as the
 * foreign key's own check does for every row (as the table's owner, like
 * it); every fact carries that report_id, so the check of each row would
 * find the same locked row and is not queued.  The constraint stays
 * declared: DELETE FROM reports still cascades, rows inserted any other way
 * are still checked, pg_dump and Citus see it as before.  The rows are
 * written with table_multi_insert, with the table's NOT NULL and CHECK
 * constraints and its indexes, as COPY does.
 *
 * When facts is not a table this can write the same way (a trigger on
 * insert other than that foreign key's, row-level security, a partitioned
 * or foreign table, Citus, columns it does not know, or privileges granted
 * on columns only), insert_facts returns NULL and store_facts runs its
 * INSERT ... SELECT, which does everything the ordinary way.
 */
#include "lp_pg.h"
#include "pg_evidence.h"
#include "pg_extract.h"

#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/trigger.h"
#include "executor/executor.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/rls.h"
#include "utils/syscache.h"

PG_FUNCTION_INFO_V1(luohuplan_insert_facts);

/*
 * Rows written per table_multi_insert: its slots are made for each call and
 * reused from batch to batch; making 1000 (as COPY does) for a report of 174
 * facts cost more than the few more calls of a smaller batch.
 */
#define STORE_BATCH 64

/*
 * The columns of facts: extract's (LP_PG_FACT_COLUMNS, in its order, the
 * evidence text at 4 stored only when no line holds it) and the rest.
 */
enum
{
	COL_EVIDENCE_STORED = 4,	/* extract's "evidence" */
	COL_REPORT_ID = LP_PG_FACT_COLUMNS,
	COL_EVIDENCE_START,
	COL_EVIDENCE_END,
	N_COLS
};

static const struct
{
	const char *name;
	Oid			type;
}			fact_columns[N_COLS] = {
	{"seq", INT4OID}, {"line", INT4OID}, {"span_start", INT4OID}, {"span_end", INT4OID},
	{"evidence_stored", TEXTOID}, {"section", TEXTOID}, {"period", TEXTOID},
	{"status", TEXTOID}, {"subject", TEXTOID}, {"indicator", TEXTOID},
	{"measure", TEXTOID}, {"value", NUMERICOID}, {"value_hi", NUMERICOID},
	{"unit", TEXTOID}, {"qualifier", TEXTOID}, {"base_value", NUMERICOID},
	{"base_value_hi", NUMERICOID}, {"base_unit", TEXTOID}, {"headline", BOOLOID},
	{"like_for_like", BOOLOID}, {"period_basis", TEXTOID}, {"region", TEXTOID},
	{"report_id", INT8OID}, {"evidence_start", INT4OID}, {"evidence_end", INT4OID},
};

/*
 * attno[k]: the attribute number (from 0) of fact_columns[k] in facts; false
 * when facts has another column, lacks one or types one otherwise (a table
 * changed by hand: left to INSERT).
 */
static bool
map_columns(Relation facts, int *attno)
{
	TupleDesc	desc = RelationGetDescr(facts);
	int			found = 0;

	for (int a = 0; a < desc->natts; a++)
	{
		Form_pg_attribute att = TupleDescAttr(desc, a);
		int			k;

		if (att->attisdropped)
			continue;
		for (k = 0; k < N_COLS; k++)
			if (strcmp(NameStr(att->attname), fact_columns[k].name) == 0)
				break;
		if (k == N_COLS || att->atttypid != fact_columns[k].type ||
			att->attgenerated)
			return false;
		attno[k] = a;
		found++;
	}
	return found == N_COLS;
}

/* Is con the foreign key facts(report_id) -> reports(report_id)? */
static bool
is_report_key(Oid con, Oid facts, Oid reports)
{
	HeapTuple	tup = SearchSysCache1(CONSTROID, ObjectIdGetDatum(con));
	Form_pg_constraint c;
	bool		isnull;
	Datum		d;
	bool		ok;
	ArrayType  *arr;

	if (!HeapTupleIsValid(tup))
		return false;
	c = (Form_pg_constraint) GETSTRUCT(tup);
	ok = c->contype == CONSTRAINT_FOREIGN && c->conrelid == facts && c->confrelid == reports;
	if (ok)
	{
		d = SysCacheGetAttr(CONSTROID, tup, Anum_pg_constraint_conkey, &isnull);
		arr = isnull ? NULL : DatumGetArrayTypeP(d);
		ok = arr && ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr)) == 1 &&
			strcmp(get_attname(facts, ((int16 *) ARR_DATA_PTR(arr))[0], false), "report_id") == 0;
	}
	if (ok)
	{
		d = SysCacheGetAttr(CONSTROID, tup, Anum_pg_constraint_confkey, &isnull);
		arr = isnull ? NULL : DatumGetArrayTypeP(d);
		ok = arr && ArrayGetNItems(ARR_NDIM(arr), ARR_DIMS(arr)) == 1 &&
			strcmp(get_attname(reports, ((int16 *) ARR_DATA_PTR(arr))[0], false), "report_id") == 0;
	}
	ReleaseSysCache(tup);
	return ok;
}

/*
 * Is the Citus extension in this database?  Its library defines its
 * settings when it is loaded, and the extension is only made with the
 * library loaded (shared_preload_libraries): without a setting of Citus
 * there is no extension to look for, and the catalogue is not searched
 * (a scan of pg_extension at every report, 0.8 % of a small one).
 */
static bool
citus_here(void)
{
	if (GetConfigOption("citus.shard_count", true, false) == NULL)
		return false;
	return OidIsValid(get_extension_oid("citus", true));
}

/*
 * Can facts be written here with the same outcome as INSERT: the caller may
 * read reports and insert into facts (whole tables), no row-level security,
 * a plain table whose only triggers on insert are the checks of its foreign
 * key to reports, and no Citus (its tables are shells on the coordinator).
 */
static bool
writable_here(Relation facts, Relation reports)
{
	TriggerDesc *td = facts->trigdesc;
	Oid			user = GetUserId();

	if (facts->rd_rel->relkind != RELKIND_RELATION || citus_here())
		return false;
	if (pg_class_aclcheck(RelationGetRelid(facts), user, ACL_INSERT) != ACLCHECK_OK ||
		pg_class_aclcheck(RelationGetRelid(reports), user, ACL_SELECT) != ACLCHECK_OK)
		return false;
	if (check_enable_rls(RelationGetRelid(facts), InvalidOid, true) != RLS_NONE ||
		check_enable_rls(RelationGetRelid(reports), InvalidOid, true) != RLS_NONE)
		return false;
	for (int i = 0; td && i < td->numtriggers; i++)
	{
		const Trigger *t = &td->triggers[i];

		if (!TRIGGER_FOR_INSERT(t->tgtype))
			continue;
		if ((t->tgfoid != F_RI_FKEY_CHECK_INS && t->tgfoid != F_RI_FKEY_CHECK_UPD) ||
			!is_report_key(t->tgconstraint, RelationGetRelid(facts), RelationGetRelid(reports)))
			return false;
	}
	return true;
}

/*
 * The plan of read_report's query, prepared once per backend and kept
 * (SPI_keepplan): parsed and planned at every report it was 2 % of a load.
 * The plan cache replans it when reports changes; report_plan_rel is the
 * table it was made for, so a reports dropped and made again gets its own.
 */
static SPIPlanPtr report_plan = NULL;
static Oid	report_plan_rel = InvalidOid;

static SPIPlanPtr
report_query(Relation reports)
{
	Oid			argtype = INT8OID;
	SPIPlanPtr	plan;
	char	   *sql;

	if (report_plan != NULL && report_plan_rel == RelationGetRelid(reports))
		return report_plan;
	if (report_plan != NULL)
		SPI_freeplan(report_plan);
	report_plan = NULL;
	sql = psprintf("SELECT r.clean, r.period, r.published, r.source FROM ONLY %s.%s r"
				   " WHERE r.report_id OPERATOR(pg_catalog.=) $1 FOR KEY SHARE OF r",
				   quote_identifier(get_namespace_name(RelationGetNamespace(reports))),
				   quote_identifier(RelationGetRelationName(reports)));
	plan = SPI_prepare(sql, 1, &argtype);
	if (plan == NULL)
		elog(ERROR, "preparing the query of reports failed: %s",
			 SPI_result_code_string(SPI_result));
	if (SPI_keepplan(plan) != 0)
		elog(ERROR, "SPI_keepplan failed");
	report_plan = plan;
	report_plan_rel = RelationGetRelid(reports);
	return plan;
}

/* The anchor of read_report's row: its published (column 3), else its source (4). */
static lp_anchor
row_anchor(HeapTuple row, TupleDesc desc)
{
	bool		isnull;
	Datum		d = SPI_getbinval(row, desc, 3, &isnull);
	int			year = isnull ? 0 : lp_pg_date_year(DatumGetDateADT(d));
	text	   *source;

	d = SPI_getbinval(row, desc, 4, &isnull);
	if (isnull)
		return lp_anchor_of(year, NULL, 0);
	source = DatumGetTextPP(d);
	return lp_anchor_of(year, VARDATA_ANY(source), VARSIZE_ANY_EXHDR(source));
}

/*
 * The report's clean text, period and anchor (its publication year, else
 * its source name's: lp_anchor_of), its row locked FOR
 * KEY SHARE as the foreign key's check locks it, run as the owner of
 * reports as that check runs; false when there is no such report.  clean is
 * copied into the caller's context.
 */
static bool
read_report(Relation reports, int64 id, text **clean, char **period, lp_anchor *anchor)
{
	MemoryContext outer = CurrentMemoryContext;
	Oid			save_user;
	int			save_sec;
	Datum		arg = Int64GetDatum(id);
	bool		found,
				isnull;
	Datum		d;

	GetUserIdAndSecContext(&save_user, &save_sec);
	SetUserIdAndSecContext(reports->rd_rel->relowner,
						   save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_NOFORCE_RLS);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_plan(report_query(reports), &arg, NULL, false, 1) != SPI_OK_SELECT)
		elog(ERROR, "reading report " INT64_FORMAT " failed", id);
	found = SPI_processed == 1;
	if (found)
	{
		HeapTuple	row = SPI_tuptable->vals[0];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		MemoryContext spi = MemoryContextSwitchTo(outer);

		d = SPI_getbinval(row, desc, 1, &isnull);
		*clean = isnull ? NULL : DatumGetTextPCopy(d);
		d = SPI_getbinval(row, desc, 2, &isnull);
		*period = isnull ? NULL : TextDatumGetCString(d);
		*anchor = row_anchor(row, desc);
		MemoryContextSwitchTo(spi);
	}
	SPI_finish();
	SetUserIdAndSecContext(save_user, save_sec);
	return found;
}

/* The executor state to write into facts: its indexes open, constraints ready. */
static ResultRelInfo *
open_facts(Relation facts, EState *estate)
{
	RangeTblEntry *rte = makeNode(RangeTblEntry);
	ResultRelInfo *rri = makeNode(ResultRelInfo);

	rte->rtekind = RTE_RELATION;
	rte->relid = RelationGetRelid(facts);
	rte->relkind = facts->rd_rel->relkind;
	rte->rellockmode = RowExclusiveLock;
	rte->requiredPerms = ACL_INSERT;
	ExecInitRangeTable(estate, list_make1(rte));
	InitResultRelInfo(rri, facts, 1, NULL, 0);
	ExecOpenIndices(rri, false);
	estate->es_output_cid = GetCurrentCommandId(true);
	return rri;
}

/*
 * The CHECK constraints of facts as ExecConstraints prepares them (each
 * ccbin through ExecPrepareExpr), kept from one call to the next: made for
 * every report they were 2 % of a small one's ingest.  Kept only when made
 * of columns, constants, IS NULL and AND/OR/NOT, whose state holds nothing
 * beyond the expression (the extension's own check); any other check is
 * made at every call, by ExecConstraints, as before.  A change of facts'
 * relation-cache entry marks them stale (freed at the next call, never
 * under an executor using them).
 */
static MemoryContext checks_cxt = NULL;
static Oid	checks_rel = InvalidOid;
static int	checks_n = 0;
static ExprState **checks = NULL;	/* NULL: none kept (not plain, or none) */
static bool checks_stale = true;
static bool checks_callback = false;

static void
checks_invalidated(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == checks_rel)
		checks_stale = true;
}

/* Has node anything but columns, constants, IS NULL and AND/OR/NOT? */
static bool
not_plain(Node *node, void *context)
{
	if (node == NULL)
		return false;
	if (IsA(node, Var) || IsA(node, Const))
		return false;
	if (IsA(node, NullTest) || IsA(node, BoolExpr))
		return expression_tree_walker(node, not_plain, context);
	return true;				/* anything else: not plain */
}

/* Prepared checks of facts into rri, made again when facts changed. */
static void
use_kept_checks(Relation facts, ResultRelInfo *rri)
{
	TupleConstr *constr = facts->rd_att->constr;
	int			n = constr ? constr->num_check : 0;
	MemoryContext old;
	ExprState **made;

	if (n == 0)
		return;
	if (!checks_callback)
	{
		CacheRegisterRelcacheCallback(checks_invalidated, (Datum) 0);
		checks_callback = true;
	}
	if (checks_stale || checks_rel != RelationGetRelid(facts) || checks_n != n)
	{
		if (checks_cxt == NULL)
			checks_cxt = AllocSetContextCreate(TopMemoryContext, "luohuplan facts checks",
											   ALLOCSET_SMALL_SIZES);
		MemoryContextReset(checks_cxt);
		checks = NULL;
		checks_rel = RelationGetRelid(facts);
		checks_n = n;
		checks_stale = false;
		old = MemoryContextSwitchTo(checks_cxt);
		made = palloc(n * sizeof(ExprState *));
		for (int i = 0; i < n && made; i++)
		{
			Node	   *expr = stringToNode(constr->check[i].ccbin);

			if (not_plain(expr, NULL))
				made = NULL;
			else
				made[i] = ExecInitExpr(expression_planner((Expr *) expr), NULL);
		}
		MemoryContextSwitchTo(old);
		checks = made;
	}
	rri->ri_ConstraintExprs = checks;
}

/* Write slots[0, n) into facts: constraints, heap, then every index. */
static void
flush(ResultRelInfo *rri, EState *estate, TupleTableSlot **slots, int n)
{
	Relation	rel = rri->ri_RelationDesc;

	if (rel->rd_att->constr)
		for (int i = 0; i < n; i++)
			ExecConstraints(rri, slots[i], estate);
	table_multi_insert(rel, slots, n, estate->es_output_cid, 0, NULL);
	for (int i = 0; i < n; i++)
	{
		if (rri->ri_NumIndices > 0)
			list_free(ExecInsertIndexTuples(rri, slots[i], estate, false, false, NULL, NIL));
		ResetPerTupleExprContext(estate);
	}
}

/*
 * insert_facts(id bigint) RETURNS integer: the facts of report id, as
 * store_facts' INSERT ... SELECT would store them; 0 when there is no such
 * report, NULL when facts must be written by INSERT (see the top).
 */
Datum
luohuplan_insert_facts(PG_FUNCTION_ARGS)
{
	int64		id = PG_GETARG_INT64(0);
	Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	Oid			facts_id = get_relname_relid("facts", nsp),
				reports_id = get_relname_relid("reports", nsp);
	Relation	facts,
				reports;
	int			attno[N_COLS];
	text	   *clean_text = NULL;
	char	   *period = NULL;
	lp_anchor	anchor = LP_NO_ANCHOR;
	lp_buf		clean;
	lp_facts	found = {0};
	lp_error	err;
	EState	   *estate;
	ResultRelInfo *rri;
	TupleTableSlot *slots[STORE_BATCH];
	int			nslots = 0,
				nused = 0;
	MemoryContext callcxt = CurrentMemoryContext,
				batchcxt,
				old;
	int32		n;
	lp_pg_names names;
	lp_pg_clause_finder finder;

	if (!OidIsValid(facts_id) || !OidIsValid(reports_id))
		PG_RETURN_NULL();
	facts = table_open(facts_id, RowExclusiveLock);
	reports = table_open(reports_id, AccessShareLock);
	if (!writable_here(facts, reports) || !map_columns(facts, attno))
	{
		table_close(reports, AccessShareLock);
		table_close(facts, RowExclusiveLock);
		PG_RETURN_NULL();
	}
	if (!read_report(reports, id, &clean_text, &period, &anchor) || clean_text == NULL)
	{
		table_close(reports, NoLock);
		table_close(facts, NoLock);
		PG_RETURN_INT32(0);
	}

	lp_pg_catalogue_sync(fcinfo);
	lp_pg_clean_arg(clean_text, &clean);
	/* ingest's report_meta inferred the metadata of this very text just before, and its layout */
	if (lp_extract_laid_out(clean.data, clean.len, lp_pg_known_meta(clean.data, clean.len),
							lp_pg_known_layout(clean.data, clean.len), period, anchor, &found,
							&err) != LP_OK)
		lp_pg_raise(&err);

	estate = CreateExecutorState();
	rri = open_facts(facts, estate);
	use_kept_checks(facts, rri);
	batchcxt = AllocSetContextCreate(CurrentMemoryContext, "luohuplan store batch",
									 ALLOCSET_DEFAULT_SIZES);
	lp_pg_names_init(&names, CurrentMemoryContext);
	names.no_evidence = true;
	/* evidence_at's search over the same clean text, from a fresh start */
	lp_pg_clause_finder_init(&finder, clean.data, (int32) clean.len);
	for (size_t i = 0; i < found.n; i++)
	{
		const lp_fact *f = &found.items[i];
		Datum		row[N_COLS];
		bool		rownull[N_COLS];
		TupleTableSlot *slot;
		int32		at = -1;

		CHECK_FOR_INTERRUPTS();
		if (nused == nslots)
			slots[nslots++] = table_slot_create(facts, NULL);
		slot = slots[nused++];
		ExecClearTuple(slot);
		old = MemoryContextSwitchTo(batchcxt);
		lp_pg_fact_values(f, (int32) i + 1, &names, row, rownull);
		row[COL_REPORT_ID] = Int64GetDatum(id);
		rownull[COL_REPORT_ID] = false;
		/* the clause as where it stands in clean, as text when no line holds it */
		if (f->evidence)
			at = lp_pg_clause_find(&finder, callcxt, f->line, f->span_start,
								   f->evidence, (int32) strlen(f->evidence));
		rownull[COL_EVIDENCE_START] = rownull[COL_EVIDENCE_END] = (at < 0);
		row[COL_EVIDENCE_START] = Int32GetDatum(at);
		row[COL_EVIDENCE_END] = Int32GetDatum(at < 0 ? 0 : at + (int32) strlen(f->evidence));
		/* the text only when no line holds it (names.no_evidence: not made before) */
		rownull[COL_EVIDENCE_STORED] = (at >= 0 || f->evidence == NULL);
		if (!rownull[COL_EVIDENCE_STORED])
			row[COL_EVIDENCE_STORED] = CStringGetTextDatum(f->evidence);
		/* a column dropped by an upgrade (facts.evidence) is NULL */
		memset(slot->tts_isnull, true, sizeof(bool) * slot->tts_tupleDescriptor->natts);
		for (int k = 0; k < N_COLS; k++)
		{
			slot->tts_values[attno[k]] = row[k];
			slot->tts_isnull[attno[k]] = rownull[k];
		}
		MemoryContextSwitchTo(old);
		ExecStoreVirtualTuple(slot);
		if (nused == STORE_BATCH)
		{
			flush(rri, estate, slots, nused);
			nused = 0;
			MemoryContextReset(batchcxt);
		}
	}
	if (nused > 0)
		flush(rri, estate, slots, nused);
	for (int k = 0; k < nslots; k++)
		ExecDropSingleTupleTableSlot(slots[k]);
	ExecCloseIndices(rri);
	FreeExecutorState(estate);
	MemoryContextDelete(batchcxt);
	n = (int32) found.n;
	lp_facts_free(&found);
	lp_buf_free(&clean);
	table_close(reports, NoLock);
	table_close(facts, NoLock);
	PG_RETURN_INT32(n);
}
