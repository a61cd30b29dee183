/*
 * pg_guard.c — the event trigger that keeps DROP EXTENSION from deleting
 * loaded reports without a word (see src/sql/00_schema.sql).
 *
 * reports and facts belong to the extension, so PostgreSQL would drop them
 * with it, rows and all.  At ddl_command_start of DROP EXTENSION luohuplan
 * (and of DROP OWNED BY the extension's owner) this refuses unless the
 * statement says CASCADE or luohuplan.reports is empty.  Only a C function
 * sees the statement itself, and so whether CASCADE was given.
 */
#include "lp_pg.h"

#include "commands/event_trigger.h"
#include "executor/spi.h"
#include "nodes/parsenodes.h"
#include "utils/acl.h"
#include "utils/builtins.h"

/* Does the statement drop luohuplan without CASCADE? */
static bool
drops_extension_without_cascade(Node *parsetree, Oid owner)
{
	ListCell   *cell;

	if (IsA(parsetree, DropStmt))
	{
		DropStmt   *stmt = (DropStmt *) parsetree;

		if (stmt->removeType != OBJECT_EXTENSION || stmt->behavior == DROP_CASCADE)
			return false;
		foreach(cell, stmt->objects)
		{
			Node	   *name = lfirst(cell);

			if (IsA(name, String) && strcmp(strVal(name), "luohuplan") == 0)
				return true;
		}
	}
	else if (IsA(parsetree, DropOwnedStmt))
	{
		DropOwnedStmt *stmt = (DropOwnedStmt *) parsetree;

		if (stmt->behavior == DROP_CASCADE)
			return false;
		foreach(cell, stmt->roles)
		{
			Oid			role = get_rolespec_oid(lfirst(cell), true);

			if (OidIsValid(role) && role == owner)
				return true;
		}
	}
	return false;
}

PG_FUNCTION_INFO_V1(luohuplan_keep_reports);

/* keep_reports() RETURNS event_trigger */
Datum
luohuplan_keep_reports(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	Oid			owner;
	char	   *schema;
	int64		n = 0;
	bool		isnull;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("luohuplan.keep_reports() can only run as an event trigger")));
	trigdata = (EventTriggerData *) fcinfo->context;

	SPI_connect();
	if (SPI_execute("SELECT e.extowner, n.nspname FROM pg_catalog.pg_extension e"
					" JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace"
					" WHERE e.extname OPERATOR(pg_catalog.=) 'luohuplan'",
					false, 1) != SPI_OK_SELECT || SPI_processed != 1)
	{
		SPI_finish();
		PG_RETURN_VOID();
	}
	owner = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0],
										   SPI_tuptable->tupdesc, 1, &isnull));
	schema = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);

	if (drops_extension_without_cascade(trigdata->parsetree, owner))
	{
		char	   *sql = psprintf("SELECT pg_catalog.count(*) FROM %s.reports",
								   quote_identifier(schema));

		if (SPI_execute(sql, false, 0) == SPI_OK_SELECT && SPI_processed == 1)
			n = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0],
											SPI_tuptable->tupdesc, 1, &isnull));
	}
	SPI_finish();

	if (n > 0)
		ereport(ERROR,
				(errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
				 errmsg("cannot drop extension luohuplan because luohuplan.reports holds " INT64_FORMAT " report%s",
						n, n == 1 ? "" : "s"),
				 errdetail("Dropping the extension would delete the reports and their facts."),
				 errhint("Back them up first (pg_dump keeps them), then use DROP EXTENSION luohuplan CASCADE, "
						 "or empty the tables with TRUNCATE luohuplan.reports CASCADE.")));
	PG_RETURN_VOID();
}
