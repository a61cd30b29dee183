/*
 * pg_align.c — SQL entry point of lp_align: where a span of a clean line
 * stands in the body line, luohuplan.align_span(body_line, clean_line,
 * span_start, span_end).
 */
#include "lp_pg.h"
#include "lp_align.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(luohuplan_align_span);

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

	lp_pg_check_size(blen, "body line");
	lp_pg_check_size(clen, "clean line");
	if (memchr(VARDATA_ANY(body), '\n', blen) || memchr(VARDATA_ANY(clean), '\n', clen))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("align_span takes one line of body and of clean text, not several"),
				 errhint("Pass pg_catalog.split_part(body, E'\\n', line) and the same line of clean.")));
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
