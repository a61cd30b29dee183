/*
 * pg_decode.c — SQL entry points of the decoding module: detect_encoding,
 * decode and decode_report (see src/sql/10_decode.sql), and bad_bytes (the
 * byte sequences a replacing decode turns into U+FFFD, src/sql/50_ingest.sql).
 */
#include "lp_pg.h"

#include "funcapi.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

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
	lp_pg_init_srf(fcinfo);
	values[1] = CStringGetTextDatum(used);
	values[2] = Int64GetDatum((int64) n_replaced);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	return (Datum) 0;
}

/* Where bad_bytes puts its rows. */
typedef struct bad_bytes_state
{
	ReturnSetInfo *rsinfo;
	const uint8_t *raw;
	MemoryContext row_cxt;
} bad_bytes_state;

/* One row per replacement: offset, length, line and the bytes in hex. */
static void
bad_bytes_row(void *arg, size_t offset, size_t len, int line)
{
	bad_bytes_state *st = arg;
	MemoryContext old = MemoryContextSwitchTo(st->row_cxt);
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};
	StringInfoData hex;
	size_t		k;

	initStringInfo(&hex);
	for (k = 0; k < len; k++)
		appendStringInfo(&hex, "%s0x%02x", k ? " " : "", st->raw[offset + k]);
	values[0] = Int64GetDatum((int64) offset);
	values[1] = Int32GetDatum((int32) len);
	values[2] = Int32GetDatum(line);
	values[3] = CStringGetTextDatum(hex.data);
	tuplestore_putvalues(st->rsinfo->setResult, st->rsinfo->setDesc, values, nulls);
	MemoryContextSwitchTo(old);
	MemoryContextReset(st->row_cxt);
}

PG_FUNCTION_INFO_V1(luohuplan_bad_bytes);

/* bad_bytes(raw bytea, encoding text) RETURNS TABLE (byte_offset, byte_length, line, bytes) */
Datum
luohuplan_bad_bytes(PG_FUNCTION_ARGS)
{
	bytea	   *raw = PG_GETARG_BYTEA_PP(0);
	char	   *enc = text_to_cstring(PG_GETARG_TEXT_PP(1));
	bad_bytes_state st;
	const char *used = NULL;
	lp_error	err;
	lp_buf		out;

	lp_pg_check_size(VARSIZE_ANY_EXHDR(raw), "raw document");
	InitMaterializedSRF(fcinfo, 0);
	st.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	st.raw = (const uint8_t *) VARDATA_ANY(raw);
	st.row_cxt = AllocSetContextCreate(CurrentMemoryContext, "luohuplan bad_bytes row",
									   ALLOCSET_SMALL_SIZES);
	lp_buf_init(&out);
	if (lp_decode_ex(st.raw, VARSIZE_ANY_EXHDR(raw), enc, 1, &out, &used, NULL,
					 bad_bytes_row, &st, &err) != LP_OK)
		lp_pg_raise(&err);
	lp_buf_free(&out);
	MemoryContextDelete(st.row_cxt);
	return (Datum) 0;
}
