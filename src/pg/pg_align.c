/*
 * pg_align.c — SQL entry points of lp_align: where spans of a clean line
 * stand in the body line, luohuplan.align_span(body_line, clean_line,
 * span_start, span_end) for one span and align_spans(body_line,
 * clean_line, span_starts, span_ends) for all the facts of a line in one
 * walk (a walk per fact of a document written on one line would be
 * quadratic).
 */
#include "lp_pg.h"
#include "lp_align.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(luohuplan_align_span);
PG_FUNCTION_INFO_V1(luohuplan_align_spans);

/* Both texts one line each (22023 otherwise). */
static void
check_lines(const text *body, const text *clean, const char *fn)
{
	lp_pg_check_size(VARSIZE_ANY_EXHDR(body), "body line");
	lp_pg_check_size(VARSIZE_ANY_EXHDR(clean), "clean line");
	if (memchr(VARDATA_ANY(body), '\n', VARSIZE_ANY_EXHDR(body)) ||
		memchr(VARDATA_ANY(clean), '\n', VARSIZE_ANY_EXHDR(clean)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s takes one line of body and of clean text, not several", fn),
				 errhint("Pass pg_catalog.split_part(body, E'\\n', line) and the same line of clean.")));
}

/*
 * align_span(body_line text, clean_line text, span_start int, span_end int,
 * OUT body_start int, OUT body_end int, OUT exact boolean)
 */
Datum
luohuplan_align_span(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	text	   *clean = PG_GETARG_TEXT_PP(1);
	int32		cs = PG_GETARG_INT32(2),
				ce = PG_GETARG_INT32(3);
	size_t		blen = VARSIZE_ANY_EXHDR(body),
				clen = VARSIZE_ANY_EXHDR(clean);
	long		bs,
				be;
	int			exact;
	lp_error	err;
	TupleDesc	desc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	check_lines(body, clean, "align_span");
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("align_span called in a context that cannot accept a record")));
	memset(&err, 0, sizeof(err));
	if (lp_align_span(VARDATA_ANY(body), blen, VARDATA_ANY(clean), clen,
					  cs, ce, &bs, &be, &exact, &err) != LP_OK)
		lp_pg_raise(&err);
	values[0] = Int32GetDatum((int32) bs);
	values[1] = Int32GetDatum((int32) be);
	values[2] = BoolGetDatum(exact != 0);
	PG_FREE_IF_COPY(body, 0);
	PG_FREE_IF_COPY(clean, 1);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(BlessTupleDesc(desc), values, nulls)));
}

/* The int4 elements of a one-dimensional array without NULLs (22004 otherwise). */
static int32 *
int4_elements(ArrayType *a, int *n, const char *what)
{
	Datum	   *d;
	bool	   *nulls;
	int32	   *out;
	int			i;

	if (ARR_NDIM(a) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("%s must be a one-dimensional array", what)));
	deconstruct_array(a, INT4OID, sizeof(int32), true, TYPALIGN_INT, &d, &nulls, n);
	out = palloc(sizeof(int32) * (*n + 1));
	for (i = 0; i < *n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s holds a NULL at position %d", what, i + 1)));
		out[i] = DatumGetInt32(d[i]);
	}
	return out;
}

/*
 * align_spans(body_line text, clean_line text, span_starts int[],
 * span_ends int[]) RETURNS TABLE (n int, body_start int, body_end int,
 * exact boolean): align_span for each pair, n its 1-based position.
 */
Datum
luohuplan_align_spans(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body = PG_GETARG_TEXT_PP(0);
	text	   *clean = PG_GETARG_TEXT_PP(1);
	int			ns,
				ne,
				i;
	int32	   *starts = int4_elements(PG_GETARG_ARRAYTYPE_P(2), &ns, "span_starts");
	int32	   *ends = int4_elements(PG_GETARG_ARRAYTYPE_P(3), &ne, "span_ends");
	lp_align   *spans;
	lp_error	err;

	check_lines(body, clean, "align_spans");
	if (ns != ne)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("span_starts has %d elements and span_ends %d", ns, ne)));
	InitMaterializedSRF(fcinfo, 0);
	spans = palloc(sizeof(lp_align) * (ns + 1));
	for (i = 0; i < ns; i++)
	{
		spans[i].cs = starts[i];
		spans[i].ce = ends[i];
	}
	memset(&err, 0, sizeof(err));
	if (lp_align_spans(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body),
					   VARDATA_ANY(clean), VARSIZE_ANY_EXHDR(clean),
					   spans, ns, &err) != LP_OK)
		lp_pg_raise(&err);
	for (i = 0; i < ns; i++)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		values[0] = Int32GetDatum(i + 1);
		values[1] = Int32GetDatum((int32) spans[i].bs);
		values[2] = Int32GetDatum((int32) spans[i].be);
		values[3] = BoolGetDatum(spans[i].exact != 0);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	PG_RETURN_NULL();
}
