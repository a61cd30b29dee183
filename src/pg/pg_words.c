/*
 * pg_words.c — the word lists of src/data/words.tsv for SQL:
 * luohuplan.word_in(kind, text) and luohuplan.is_word(kind, text), so that
 * SQL helpers (is_task_section, is_count_unit) read the same data as the
 * core instead of lists of their own.
 */
#include "lp_pg.h"
#include "lp_words.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(lp_sql_word_in);
PG_FUNCTION_INFO_V1(lp_sql_is_word);

/* The kind named by argument 0; an unknown name is an error (22023). */
static lp_word_kind
kind_arg(FunctionCallInfo fcinfo)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));
	int			k;

	for (k = 0; k < LP_W_NKINDS; k++)
		if (strcmp(lp_word_kind_name((lp_word_kind) k), name) == 0)
			return (lp_word_kind) k;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown word kind \"%s\"", name),
			 errdetail("The kinds are those of the first column of src/data/words.tsv.")));
	return LP_W_NKINDS;			/* not reached */
}

/* Argument 1 in UTF-8 (NUL-terminated), its length in *len. */
static char *
text_arg(FunctionCallInfo fcinfo, size_t *len)
{
	text	   *arg = PG_GETARG_TEXT_PP(1);
	char	   *utf8;

	lp_pg_check_size(VARSIZE_ANY_EXHDR(arg), "text");
	utf8 = pg_server_to_any(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg), PG_UTF8);
	*len = utf8 == VARDATA_ANY(arg) ? VARSIZE_ANY_EXHDR(arg) : strlen(utf8);
	return utf8;
}

/* luohuplan.word_in(kind, s): does s contain a word of kind? */
Datum
lp_sql_word_in(PG_FUNCTION_ARGS)
{
	lp_word_kind kind = kind_arg(fcinfo);
	size_t		len;
	const char *s = text_arg(fcinfo, &len);

	PG_RETURN_BOOL(lp_words_any(kind, s, len));
}

/* luohuplan.is_word(kind, s): is s a word of kind? */
Datum
lp_sql_is_word(PG_FUNCTION_ARGS)
{
	lp_word_kind kind = kind_arg(fcinfo);
	size_t		len;
	const char *s = text_arg(fcinfo, &len);

	PG_RETURN_BOOL(len > 0 && lp_words_prefix(kind, s, len) == len);
}
