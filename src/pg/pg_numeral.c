/*
 * pg_numeral.c — SQL access to the numeral reader of the core.
 */
#include "lp_pg.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(lp_sql_cn_number);

/* luohuplan.cn_number(text) → numeric: a bare numeral ('三万五', '1,100万', '百分之十三点五') as a number. */
Datum
lp_sql_cn_number(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	char	   *src = text_to_cstring(arg);
	int			srclen = strlen(src);
	char	   *utf8;
	char		out[LP_NUM_MAX];
	lp_error	err;
	bool		isnull;
	Datum		result;

	lp_pg_check_size(srclen, "numeral");
	/* NUL-terminated either way: src itself or a converted copy */
	utf8 = pg_server_to_any(src, srclen, PG_UTF8);
	memset(&err, 0, sizeof(err));
	if (lp_cn_number(utf8, strlen(utf8), out, sizeof(out), &err) != LP_OK)
		lp_pg_raise(&err);
	result = lp_pg_numeric(out, &isnull);
	if (isnull)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}
