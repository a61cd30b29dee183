/*
 * lp_pg.c — module initialisation and the helpers every entry point uses:
 * memory hooks (palloc, so an ERROR frees the core's memory with the
 * context), cancellation, the size limit GUC, and lp_error → SQLSTATE.
 */
#include "lp_pg.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/memutils.h"
#include "utils/numeric.h"
#include "mb/pg_wchar.h"

PG_MODULE_MAGIC;

int			lp_max_document_kb = 64 * 1024;

static void *
pg_alloc(size_t size)
{
	return palloc_extended(size ? size : 1, MCXT_ALLOC_HUGE);
}

static void *
pg_realloc(void *ptr, size_t size)
{
	return repalloc_huge(ptr, size ? size : 1);
}

static void
pg_free(void *ptr)
{
	pfree(ptr);
}

static void
pg_check_interrupts(void)
{
	CHECK_FOR_INTERRUPTS();
}

void		_PG_init(void);

void
_PG_init(void)
{
	static const lp_hooks hooks = {pg_alloc, pg_realloc, pg_free, pg_check_interrupts,
	lp_pg_raise};

	lp_set_hooks(&hooks);
	DefineCustomIntVariable("luohuplan.max_document_size",
							"Largest document luohuplan accepts.",
							"Applies to raw bytes and to text passed to every luohuplan function.",
							&lp_max_document_kb,
							64 * 1024, 1, 1024 * 1024,
							PGC_SUSET, GUC_UNIT_KB,
							NULL, NULL, NULL);
	MarkGUCPrefixReserved("luohuplan");
	lp_pg_warm();
}

void
lp_pg_raise(const lp_error *err)
{
	int			code;

	switch (err->code)
	{
		case LP_EENCODING:
			code = ERRCODE_CHARACTER_NOT_IN_REPERTOIRE;
			break;
		case LP_ESYNTAX:
			code = ERRCODE_INVALID_TEXT_REPRESENTATION;
			break;
		case LP_ETOOBIG:
			code = ERRCODE_PROGRAM_LIMIT_EXCEEDED;
			break;
		case LP_EARG:
		case LP_EDIMENSION:
			code = ERRCODE_INVALID_PARAMETER_VALUE;
			break;
		case LP_ERANGE:
			code = ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE;
			break;
		case LP_EDATA:
			code = ERRCODE_CONFIG_FILE_ERROR;
			break;
		case LP_ENOMEM:
			code = ERRCODE_OUT_OF_MEMORY;
			break;
		default:
			code = ERRCODE_SYSTEM_ERROR;
			break;
	}
	ereport(ERROR,
			(errcode(code),
			 errmsg("%s", err->msg),
			 err->detail[0] ? errdetail("%s", err->detail) : 0));
	pg_unreachable();
}

void
lp_pg_check_size(size_t len, const char *what)
{
	if (len > (size_t) lp_max_document_kb * 1024)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("%s of %zu bytes is larger than luohuplan.max_document_size (%d kB)",
						what, len, lp_max_document_kb),
				 errhint("Raise luohuplan.max_document_size if this document is genuine.")));
}

text *
lp_pg_text(const char *s, size_t len)
{
	text	   *t;

	if (len + VARHDRSZ > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("result of %zu bytes is too large for a text value", len)));
	t = (text *) palloc(len + VARHDRSZ);
	SET_VARSIZE(t, len + VARHDRSZ);
	memcpy(VARDATA(t), s, len);
	return t;
}

/*
 * The digits of a short plain decimal ("-12.50": an optional '-', digits,
 * an optional '.' and digits, at most 18 digits in all) as an integer and
 * its number of decimals; false for anything else (longer, an exponent).
 */
static bool
short_decimal(const char *dec, int64 *digits, int *scale)
{
	const char *p = dec;
	int64		v = 0;
	int			n = 0,
				after = -1;		/* digits after the '.', -1 before it */
	bool		neg = (*p == '-');

	if (neg)
		p++;
	for (; *p; p++)
	{
		if (*p >= '0' && *p <= '9')
		{
			if (++n > 18)
				return false;
			v = v * 10 + (*p - '0');
			if (after >= 0)
				after++;
		}
		else if (*p == '.' && after < 0 && n > 0)
			after = 0;
		else
			return false;
	}
	if (n == 0 || after == 0)
		return false;
	*digits = neg ? -v : v;
	*scale = after < 0 ? 0 : after;
	return true;
}

/*
 * A fact has up to four numerics: a short decimal is built from its digits
 * and decimals (int64_div_fast_to_numeric: the same value and display scale
 * as numeric_in gives, without parsing the string again); other strings go
 * through numeric_in.
 */
Datum
lp_pg_numeric(const char *dec, bool *isnull)
{
	int64		digits;
	int			scale;

	if (dec == NULL || dec[0] == '\0')
	{
		*isnull = true;
		return (Datum) 0;
	}
	*isnull = false;
	if (short_decimal(dec, &digits, &scale))
		return NumericGetDatum(int64_div_fast_to_numeric(digits, scale));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(dec),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

void
lp_pg_init_srf(FunctionCallInfo fcinfo)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;

	InitMaterializedSRF(fcinfo, rsinfo && IsA(rsinfo, ReturnSetInfo) && rsinfo->expectedDesc ?
						MAT_SRF_USE_EXPECTED_DESC : 0);
}
