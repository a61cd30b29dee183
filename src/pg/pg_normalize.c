/*
 * pg_normalize.c — SQL entry points of the normalisation module:
 * luohuplan.normalize(text) and luohuplan.repairs(text).
 */
#include "lp_pg.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(lp_normalize_sql);
PG_FUNCTION_INFO_V1(lp_repairs_sql);

/*
 * repairs() normalizes a document this many bytes of whole lines at a time
 * (normalize works line by line), so the repairs held at once are those of
 * a piece, not of the document; the tuplestore spills to disk past work_mem.
 */
#define REPAIRS_PIECE (256 * 1024)

/*
 * The last text normalize produced in this backend.  normalize is
 * idempotent (normalize(normalize(x)) = normalize(x), lp_normalize.c), so a
 * text equal to it byte for byte is its own normalization: ingest hands
 * normalize's result to report_meta and store_facts hands the stored clean
 * text to extract, and neither has to normalize it again.  One copy, of at
 * most CLEAN_MEMO_MAX bytes, lives as long as the backend.
 */
#define CLEAN_MEMO_MAX (16 * 1024 * 1024)

static char *clean_memo;
static size_t clean_memo_len;

/* report_meta's inference of clean_memo, and the catalogue read it used */
static lp_meta meta_memo;
static bool meta_memo_set;
static uint64 meta_memo_loads;

/*
 * The layout (lines, sections, page width) that inference read clean_memo
 * by, in a context of its own: insert_facts reads the same text by it
 * instead of making it again.  NULL for a text longer than the head the
 * metadata is read from (lp_infer_meta_layout).
 */
static struct lp_layout *layout_memo;
static MemoryContext layout_cxt;

static void
forget_layout(void)
{
	layout_memo = NULL;
	if (layout_cxt)
		MemoryContextReset(layout_cxt);
}

bool
lp_pg_known_clean(const char *s, size_t len)
{
	return clean_memo != NULL && len == clean_memo_len && memcmp(s, clean_memo, len) == 0;
}

void
lp_pg_remember_clean(const char *s, size_t len)
{
	if (len > CLEAN_MEMO_MAX || lp_pg_known_clean(s, len))
		return;
	if (clean_memo)
		pfree(clean_memo);
	clean_memo = NULL;			/* forgotten first: an error below leaves none */
	meta_memo_set = false;		/* its metadata with it */
	forget_layout();
	clean_memo = MemoryContextAlloc(TopMemoryContext, len + 1);
	memcpy(clean_memo, s, len);
	clean_memo_len = len;
}

/*
 * The metadata of s (lp_infer_meta), remembered with the layout it was read
 * by when s is the clean text normalize last produced (ingest's report_meta).
 */
void
lp_pg_infer_meta(const char *s, size_t len, lp_meta *m)
{
	MemoryContext old;
	struct lp_layout *l;

	if (!lp_pg_known_clean(s, len))
	{
		lp_infer_meta(s, len, m);
		return;
	}
	meta_memo_set = false;		/* forgotten first: an error below leaves none */
	forget_layout();
	if (layout_cxt == NULL)
		layout_cxt = AllocSetContextCreate(TopMemoryContext, "luohuplan layout memo",
										   ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(layout_cxt);
	l = lp_infer_meta_layout(s, len, m);
	MemoryContextSwitchTo(old);
	layout_memo = l;
	meta_memo = *m;
	meta_memo_loads = lp_pg_catalogue_loads();
	meta_memo_set = true;
}

const lp_meta *
lp_pg_known_meta(const char *s, size_t len)
{
	if (!meta_memo_set || meta_memo_loads != lp_pg_catalogue_loads() ||
		!lp_pg_known_clean(s, len))
		return NULL;
	return &meta_memo;
}

/* The layout of s that lp_pg_known_meta's inference kept, or NULL. */
const struct lp_layout *
lp_pg_known_layout(const char *s, size_t len)
{
	return lp_pg_known_meta(s, len) ? layout_memo : NULL;
}

/* normalize(doc text) RETURNS text: the repaired, simplified text, same lines */
Datum
lp_normalize_sql(PG_FUNCTION_ARGS)
{
	text	   *doc = PG_GETARG_TEXT_PP(0);
	size_t		len = VARSIZE_ANY_EXHDR(doc);
	lp_buf		out;
	lp_error	err;

	lp_pg_check_size(len, "document");
	if (lp_pg_known_clean(VARDATA_ANY(doc), len))
		PG_RETURN_TEXT_P(lp_pg_text(VARDATA_ANY(doc), len));
	memset(&err, 0, sizeof(err));
	/* the result is built in place, behind room for its varlena header */
	lp_buf_init(&out);
	lp_buf_append(&out, "\0\0\0\0", VARHDRSZ);
	if (lp_normalize(VARDATA_ANY(doc), len, &out, NULL, &err) != LP_OK)
		lp_pg_raise(&err);
	if (out.len > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("normalized text of %zu bytes is too large for a text value",
						out.len - VARHDRSZ)));
	SET_VARSIZE(out.data, out.len);
	lp_pg_remember_clean(out.data + VARHDRSZ, out.len - VARHDRSZ);
	PG_FREE_IF_COPY(doc, 0);
	PG_RETURN_TEXT_P((text *) out.data);
}

/* End of the piece of whole lines that starts at from (just after a '\n'). */
static size_t
piece_end(const char *s, size_t len, size_t from)
{
	const char *nl;

	if (len - from <= REPAIRS_PIECE)
		return len;
	nl = memchr(s + from + REPAIRS_PIECE, '\n', len - from - REPAIRS_PIECE);
	return nl ? (size_t) (nl - s) + 1 : len;
}

/* repairs(doc text) RETURNS TABLE (kind, line, before, after): every change normalize makes */
Datum
lp_repairs_sql(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *doc = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(doc);
	size_t		len = VARSIZE_ANY_EXHDR(doc),
				from = 0;
	int			lines_before = 0;
	lp_buf		out;
	lp_repairs	reps = {0};
	lp_error	err;

	lp_pg_check_size(len, "document");
	InitMaterializedSRF(fcinfo, 0);
	memset(&err, 0, sizeof(err));
	lp_buf_init(&out);
	do
	{
		size_t		end = piece_end(s, len, from),
					i;

		out.len = 0;
		reps.n = 0;
		if (lp_normalize(s + from, end - from, &out, &reps, &err) != LP_OK)
			lp_pg_raise(&err);
		for (i = 0; i < reps.n; i++)
		{
			Datum		values[4];
			bool		nulls[4] = {false, false, false, false};
			const lp_repair *r = &reps.items[i];
			text	   *before = lp_pg_text(r->before, strlen(r->before)),
					   *after = lp_pg_text(r->after, strlen(r->after));

			CHECK_FOR_INTERRUPTS();
			values[0] = CStringGetTextDatum(r->kind);
			values[1] = Int32GetDatum(lines_before + r->line);
			values[2] = PointerGetDatum(before);
			values[3] = PointerGetDatum(after);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
			pfree(DatumGetPointer(values[0]));
			pfree(before);
			pfree(after);
		}
		/* the next piece's lines come after this piece's */
		for (i = from; i < end; i++)
		{
			const char *nl = memchr(s + i, '\n', end - i);

			if (!nl)
				break;
			lines_before++;
			i = (size_t) (nl - s);
		}
		lp_repairs_free(&reps);
		from = end;
	} while (from < len);
	lp_buf_free(&out);
	PG_RETURN_NULL();
}
