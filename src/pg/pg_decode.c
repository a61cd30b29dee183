/*
 * pg_decode.c — SQL entry points of the decoding module: detect_encoding,
 * decode and decode_report (see src/sql/10_decode.sql).
 */
#include "lp_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

/* 'strict' -> 0, 'replace' -> 1, anything else is an error (22023) */
static int
on_error_mode(text *on_error)
{
	char	   *mode = text_to_cstring(on_error);

	if (pg_strcasecmp(mode, "strict") == 0)
		return 0;
	if (pg_strcasecmp(mode, "replace") == 0)
		return 1;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("on_error must be 'strict' or 'replace', not '%s'", mode)));
	return 0;
}

/* Decode raw with encoding (or 'auto'); raises on error. */
static void
decode_bytes(bytea *raw, text *encoding, text *on_error, lp_buf *out,
			 const char **used, size_t *n_replaced)
{
	int			replace = on_error_mode(on_error);
	char	   *enc = text_to_cstring(encoding);
	lp_error	err;

	lp_pg_check_size(VARSIZE_ANY_EXHDR(raw), "raw document");
	lp_buf_init(out);
	if (lp_decode((const uint8_t *) VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw),
				  enc, replace, out, used, n_replaced, &err) != LP_OK)
		lp_pg_raise(&err);
}

PG_FUNCTION_INFO_V1(luohuplan_detect_encoding);

/* detect_encoding(raw bytea) RETURNS TABLE (encoding text, confidence real) */
Datum
luohuplan_detect_encoding(PG_FUNCTION_ARGS)
{
	bytea	   *raw = PG_GETARG_BYTEA_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	lp_enc_guess guesses[16];
	int			n,
				i;

	lp_pg_check_size(VARSIZE_ANY_EXHDR(raw), "raw document");
	InitMaterializedSRF(fcinfo, 0);
	n = lp_detect_encoding((const uint8_t *) VARDATA_ANY(raw),
						   VARSIZE_ANY_EXHDR(raw), guesses, 16);
	for (i = 0; i < n; i++)
	{
		Datum		values[2];
		bool		nulls[2] = {false, false};

		values[0] = CStringGetTextDatum(guesses[i].encoding);
		values[1] = Float4GetDatum((float4) guesses[i].confidence);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(luohuplan_decode);

/* decode(raw bytea, encoding text, on_error text) RETURNS text */
Datum
luohuplan_decode(PG_FUNCTION_ARGS)
{
	lp_buf		out;
	const char *used = NULL;
	size_t		n_replaced = 0;

	decode_bytes(PG_GETARG_BYTEA_PP(0), PG_GETARG_TEXT_PP(1),
				 PG_GETARG_TEXT_PP(2), &out, &used, &n_replaced);
	if (n_replaced > 0)
		ereport(NOTICE,
				(errmsg("%zu invalid byte sequences for encoding \"%s\" were replaced with U+FFFD",
						n_replaced, used)));
	PG_RETURN_TEXT_P(lp_pg_text(out.data, out.len));
}

PG_FUNCTION_INFO_V1(luohuplan_decode_report);

/* decode_report(raw, encoding, on_error) RETURNS TABLE (body, used_encoding, n_replaced) */
Datum
luohuplan_decode_report(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	lp_buf		out;
	const char *used = NULL;
	size_t		n_replaced = 0;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	decode_bytes(PG_GETARG_BYTEA_PP(0), PG_GETARG_TEXT_PP(1),
				 PG_GETARG_TEXT_PP(2), &out, &used, &n_replaced);
	InitMaterializedSRF(fcinfo, 0);
	values[0] = PointerGetDatum(lp_pg_text(out.data, out.len));
	lp_buf_free(&out);
	values[1] = CStringGetTextDatum(used);
	values[2] = Int64GetDatum((int64) n_replaced);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	return (Datum) 0;
}
