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

/*
 * Decode raw with encoding (or 'auto') into a text value built in place:
 * the buffer starts with room for the varlena header, so a large document
 * is not copied once more.  Raises on error.
 */
static text *
decode_bytes(bytea *raw, text *encoding, text *on_error,
			 const char **used, size_t *n_replaced)
{
	int			replace;
	char	   *enc;
	lp_error	err;
	lp_buf		out;

	lp_pg_check_size(VARSIZE_ANY_EXHDR(raw), "raw document");
	replace = on_error_mode(on_error);
	enc = text_to_cstring(encoding);
	lp_buf_init(&out);
	lp_buf_append(&out, "\0\0\0\0", VARHDRSZ);
	if (lp_decode((const uint8_t *) VARDATA_ANY(raw), VARSIZE_ANY_EXHDR(raw),
				  enc, replace, &out, used, n_replaced, &err) != LP_OK)
		lp_pg_raise(&err);
	if (out.len > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("decoded text of %zu bytes is too large for a text value",
						out.len - VARHDRSZ)));
	SET_VARSIZE(out.data, out.len);
	return (text *) out.data;
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
	const char *used = NULL;
	size_t		n_replaced = 0;
	text	   *body;

	body = decode_bytes(PG_GETARG_BYTEA_PP(0), PG_GETARG_TEXT_PP(1),
						PG_GETARG_TEXT_PP(2), &used, &n_replaced);
	if (n_replaced > 0)
		ereport(NOTICE,
				(errmsg("%zu invalid byte sequences for encoding \"%s\" were replaced with U+FFFD",
						n_replaced, used)));
	PG_RETURN_TEXT_P(body);
}

PG_FUNCTION_INFO_V1(luohuplan_decode_report);

/* decode_report(raw, encoding, on_error) RETURNS TABLE (body, used_encoding, n_replaced) */
Datum
luohuplan_decode_report(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const char *used = NULL;
	size_t		n_replaced = 0;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};

	values[0] = PointerGetDatum(decode_bytes(PG_GETARG_BYTEA_PP(0),
											 PG_GETARG_TEXT_PP(1),
											 PG_GETARG_TEXT_PP(2),
											 &used, &n_replaced));
	InitMaterializedSRF(fcinfo, 0);
	values[1] = CStringGetTextDatum(used);
	values[2] = Int64GetDatum((int64) n_replaced);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	return (Datum) 0;
}
