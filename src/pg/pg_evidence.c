/*
 * pg_evidence.c — a fact's evidence stored as a byte range of its report's
 * clean text instead of a copy of the clause (issue 18: the copies were 42 %
 * of the bytes of facts).  luohuplan.evidence_at(clean, line, span_start,
 * evidence) finds where ingest's clause stands on its line,
 * luohuplan.evidence_of(clean, evidence_start, evidence_end, evidence_stored)
 * gives it back.  A clause on no one line (a sentence wrapped at the page
 * width, which the extractor joins) is stored as text, evidence_stored.
 *
 * Both are called once per fact with the same clean text of one report, so
 * each call site keeps the last few texts it was given, detoasted, in
 * fn_extra (the life of one query): detoasting a report's clean text per
 * fact row would read the whole report for every fact.  A text is known
 * again by the bytes of the datum as passed: for a value stored out of line
 * that is its TOAST pointer (relation and value id, which name one value for
 * the life of the query), otherwise the value itself.
 */
#include "lp_pg.h"
#include "pg_evidence.h"

#include "access/detoast.h"
#include "miscadmin.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(luohuplan_evidence_at);
PG_FUNCTION_INFO_V1(luohuplan_evidence_of);

#define EV_CACHE_TEXTS 4

typedef struct ev_text
{
	char	   *key;			/* bytes of the datum as passed, or NULL */
	Size		keylen;
	text	   *value;			/* detoasted copy */
	lp_pg_clause_finder find;	/* evidence_at's walk over value */
} ev_text;

typedef struct ev_cache
{
	ev_text		texts[EV_CACHE_TEXTS];
	int			next;			/* slot replaced next */
} ev_cache;

/* The clean text of argument 0, detoasted once per text and call site. */
static ev_text *
cached_text(FunctionCallInfo fcinfo)
{
	struct varlena *v = (struct varlena *) DatumGetPointer(PG_GETARG_DATUM(0));
	ev_cache   *c = (ev_cache *) fcinfo->flinfo->fn_extra;
	Size		keylen = VARSIZE_ANY(v);
	bool		keyed = !VARATT_IS_EXTERNAL(v) || VARATT_IS_EXTERNAL_ONDISK(v);
	MemoryContext old;
	ev_text    *t;
	int			i;

	if (c == NULL)
		c = fcinfo->flinfo->fn_extra =
			MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(ev_cache));
	if (keyed)
		for (i = 0; i < EV_CACHE_TEXTS; i++)
		{
			t = &c->texts[i];
			if (t->key && t->keylen == keylen && memcmp(t->key, v, keylen) == 0)
				return t;
		}
	t = &c->texts[c->next];
	c->next = (c->next + 1) % EV_CACHE_TEXTS;
	if (t->key)
		pfree(t->key);
	if (t->value)
		pfree(t->value);
	if (t->find.line_start)
		pfree(t->find.line_start);
	memset(t, 0, sizeof(*t));
	/* a text is a document like any other: 54000 over max_document_size */
	lp_pg_check_size(toast_raw_datum_size(PointerGetDatum(v)) - VARHDRSZ, "clean text");
	old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
	t->value = (text *) pg_detoast_datum_copy(v);
	/* an indirect or expanded datum is not kept: its bytes name no value */
	if (keyed)
	{
		t->key = palloc(keylen);
		memcpy(t->key, v, keylen);
		t->keylen = keylen;
	}
	MemoryContextSwitchTo(old);
	return t;
}

/* A finder over s[0, len); its lines are indexed at the first search. */
void
lp_pg_clause_finder_init(lp_pg_clause_finder *t, const char *s, int32 len)
{
	memset(t, 0, sizeof(*t));
	t->s = s;
	t->len = len;
}

/* Start of every line of t (one walk of the text, on the first search). */
static void
index_lines(lp_pg_clause_finder *t, MemoryContext cxt)
{
	const char *s = t->s;
	int32		len = t->len,
				n = 1,
				i,
				k = 0;

	for (i = 0; i < len; i++)
	{
		const char *p = memchr(s + i, '\n', len - i);

		CHECK_FOR_INTERRUPTS();
		if (p == NULL)
			break;
		i = (int32) (p - s);
		n++;
	}
	t->line_start = MemoryContextAlloc(cxt, sizeof(int32) * (n + 1));
	t->line_start[k++] = 0;
	for (i = 0; i < len; i++)
	{
		const char *p = memchr(s + i, '\n', len - i);

		CHECK_FOR_INTERRUPTS();
		if (p == NULL)
			break;
		i = (int32) (p - s);
		t->line_start[k++] = i + 1;
	}
	t->line_start[k] = len + 1;	/* one past the end of the last line's '\n' */
	t->nlines = n;
	t->cur_line = 0;
}

/* First place of needle in hay[from, to), or -1. */
static int32
find_bytes(const char *hay, int32 from, int32 to, const char *needle, int32 nlen)
{
	int32		i;

	if (nlen == 0)
		return from;
	for (i = from; i + nlen <= to; i++)
	{
		const char *p = memchr(hay + i, needle[0], to - nlen + 1 - i);

		if (p == NULL)
			return -1;
		i = (int32) (p - hay);
		if (memcmp(p, needle, nlen) == 0)
			return i;
	}
	return -1;
}

/*
 * Where the clause e[0, elen) of the 1-based line stands in t's text: the
 * occurrence holding the character span of the line, else the first on the
 * line; -1 when the line does not hold it or there is no such line.  The
 * facts of a report are searched in order: the walk goes on from the last
 * span, and a clause found last is taken again on the same line.  The line
 * index lives in cxt.
 */
int32
lp_pg_clause_find(lp_pg_clause_finder *t, MemoryContext cxt, int32 line, int32 span,
				  const char *e, int32 elen)
{
	const char *s = t->s;
	int32		lb,
				le,
				b,
				at;

	if (t->line_start == NULL)
		index_lines(t, cxt);
	if (line < 1 || line > t->nlines)
		return -1;
	if (line == t->last_line && elen == t->last_len &&
		memcmp(s + t->last_at, e, elen) == 0)
		return t->last_at;
	lb = t->line_start[line - 1];
	le = t->line_start[line] - 1;	/* the '\n' ending the line, or the end */
	/* the byte of character span_start, walking on from the last span */
	if (t->cur_line != line || t->cur_char > span)
	{
		t->cur_line = line;
		t->cur_char = 0;
		t->cur_byte = lb;
	}
	for (b = t->cur_byte; t->cur_char < span && b < le; t->cur_char++)
	{
		if ((t->cur_char & 0xFFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		b++;
		while (b < le && (((unsigned char) s[b]) & 0xC0) == 0x80)
			b++;
	}
	t->cur_byte = b;
	/* the clause holding the span starts at most its length before it */
	at = find_bytes(s, Max(lb, b - elen), Min(le, b + elen), e, elen);
	if (at < 0)
		at = find_bytes(s, lb, le, e, elen);
	if (at < 0)
		return -1;
	t->last_line = line;
	t->last_at = at;
	t->last_len = elen;
	return at;
}

/*
 * evidence_at(clean text, line integer, span_start integer, evidence text)
 * RETURNS integer: lp_pg_clause_find's offset, NULL for -1 (a clause the
 * extractor joined from wrapped lines, or no such line).
 */
Datum
luohuplan_evidence_at(PG_FUNCTION_ARGS)
{
	ev_text    *t = cached_text(fcinfo);
	text	   *ev = PG_GETARG_TEXT_PP(3);
	int32		at;

	if (t->find.s == NULL)
		lp_pg_clause_finder_init(&t->find, VARDATA_ANY(t->value),
								 (int32) VARSIZE_ANY_EXHDR(t->value));
	at = lp_pg_clause_find(&t->find, fcinfo->flinfo->fn_mcxt,
						   PG_GETARG_INT32(1), PG_GETARG_INT32(2),
						   VARDATA_ANY(ev), (int32) VARSIZE_ANY_EXHDR(ev));
	PG_FREE_IF_COPY(ev, 3);
	if (at < 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(at);
}

/*
 * evidence_of(clean text, evidence_start integer, evidence_end integer,
 * evidence_stored text) RETURNS text: evidence_stored when given, else the
 * bytes [evidence_start, evidence_end) of clean; NULL when neither is given;
 * 22023 when the range is not one of whole characters of clean.
 */
Datum
luohuplan_evidence_of(PG_FUNCTION_ARGS)
{
	ev_text    *t;
	int32		from,
				to,
				len;
	const unsigned char *s;

	if (!PG_ARGISNULL(0))
		lp_pg_check_size(toast_raw_datum_size(PG_GETARG_DATUM(0)) - VARHDRSZ, "clean text");
	if (!PG_ARGISNULL(3))
		PG_RETURN_DATUM(PG_GETARG_DATUM(3));
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	t = cached_text(fcinfo);
	from = PG_GETARG_INT32(1);
	to = PG_GETARG_INT32(2);
	len = (int32) VARSIZE_ANY_EXHDR(t->value);
	s = (const unsigned char *) VARDATA_ANY(t->value);
	if (from < 0 || to < from || to > len ||
		(from < len && (s[from] & 0xC0) == 0x80) ||
		(to < len && (s[to] & 0xC0) == 0x80))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("evidence range [%d, %d) is not a range of whole characters of the clean text (%d bytes)",
						from, to, len)));
	PG_RETURN_TEXT_P(cstring_to_text_with_len((const char *) s + from, to - from));
}
