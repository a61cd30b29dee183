/*
 * pg_normalize.c — SQL entry points of the normalisation module:
 * luohuplan.normalize(text) and luohuplan.repairs(text).
 */
#include "lp_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(lp_normalize_sql);
PG_FUNCTION_INFO_V1(lp_repairs_sql);

/* normalize(doc text) RETURNS text: the repaired, simplified text, same lines */
Datum
lp_normalize_sql(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	lp_buf		out;
	lp_error	err;
	text	   *result;

	lp_pg_check_size(len, "document");
	memset(&err, 0, sizeof(err));
	lp_buf_init(&out);
	if (lp_normalize(VARDATA_ANY(doc), len, &out, NULL, &err) != LP_OK)
		lp_pg_raise(&err);
	result = lp_pg_text(out.data ? out.data : "", out.len);
	lp_buf_free(&out);
	PG_RETURN_TEXT_P(result);
}

/* repairs(doc text) RETURNS TABLE (kind, line, before, after): every change normalize makes */
Datum
lp_repairs_sql(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	lp_buf		out;
	lp_repairs	reps = {NULL, 0, 0};
	lp_error	err;
	size_t		i;

	lp_pg_check_size(len, "document");
	InitMaterializedSRF(fcinfo, 0);
	memset(&err, 0, sizeof(err));
	lp_buf_init(&out);
	if (lp_normalize(VARDATA_ANY(doc), len, &out, &reps, &err) != LP_OK)
		lp_pg_raise(&err);
	lp_buf_free(&out);
	for (i = 0; i < reps.n; i++)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		const lp_repair *r = &reps.items[i];

		values[0] = CStringGetTextDatum(r->kind);
		values[1] = Int32GetDatum(r->line);
		values[2] = PointerGetDatum(lp_pg_text(r->before, strlen(r->before)));
		values[3] = PointerGetDatum(lp_pg_text(r->after, strlen(r->after)));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	lp_repairs_free(&reps);
	PG_RETURN_NULL();
}
