/*
 * pg_extract.c — SQL entry points of the structure, metadata and
 * extraction core: luohuplan.extract, luohuplan.sections, luohuplan.report_meta.
 * Each normalises its input first (lp_normalize keeps line numbers), so
 * they accept decoded text as loaded as well as clean text.
 */
#include "lp_pg.h"
#include "pg_extract.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(luohuplan_extract);
PG_FUNCTION_INFO_V1(luohuplan_sections);
PG_FUNCTION_INFO_V1(luohuplan_report_meta);

/*
 * Normalised copy of a text argument, in a lp_buf: the text itself when it
 * is the clean text normalize last produced (ingest's report_meta and
 * store_facts pass it), else normalized here and remembered.
 */
void
lp_pg_clean_arg(text *t, lp_buf *clean)
{
	lp_error	err;
	size_t		len = VARSIZE_ANY_EXHDR(t);

	lp_pg_check_size(len, "document");
	lp_buf_init(clean);
	if (lp_pg_known_clean(VARDATA_ANY(t), len))
		lp_buf_append(clean, VARDATA_ANY(t), len);
	else
	{
		if (lp_normalize(VARDATA_ANY(t), len, clean, NULL, &err) != LP_OK)
			lp_pg_raise(&err);
		if (clean->data)
			lp_pg_remember_clean(clean->data, clean->len);
	}
	if (clean->data == NULL)
		lp_buf_append(clean, "", 0);
}

static Datum
text_or_null(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? PointerGetDatum(cstring_to_text(s)) : (Datum) 0;
}

/*
 * Text datums of the names a fact's columns take from a short fixed list
 * (status, measure, qualifier, period basis: static strings of the core),
 * each made once per call and shared by every row, not copied per row.
 */
void
lp_pg_names_init(lp_pg_names *nc, MemoryContext cxt)
{
	nc->n = 0;
	nc->cxt = cxt;
	nc->section = NULL;
	nc->section_datum = (Datum) 0;
	nc->no_evidence = false;
}

static Datum
cached_name(lp_pg_names *nc, const char *s, bool *isnull)
{
	MemoryContext old;
	Datum		d;
	int			i;

	*isnull = (s == NULL);
	if (s == NULL)
		return (Datum) 0;
	for (i = 0; i < nc->n; i++)
		if (nc->name[i] == s)
			return nc->datum[i];
	old = MemoryContextSwitchTo(nc->cxt);
	d = PointerGetDatum(cstring_to_text(s));
	MemoryContextSwitchTo(old);
	if (nc->n < LP_PG_NAMES)
	{
		nc->name[nc->n] = s;
		nc->datum[nc->n++] = d;
	}
	return d;
}

/*
 * The section's text datum, made once for its facts: the core gives every
 * fact of a section the same pooled string (lp_facts_name_sections), and a
 * copy per fact was a fifth of the text copied for a row.
 */
static Datum
section_datum(lp_pg_names *nc, const char *s, bool *isnull)
{
	MemoryContext old;

	*isnull = (s == NULL);
	if (s == NULL)
		return (Datum) 0;
	if (s != nc->section)
	{
		old = MemoryContextSwitchTo(nc->cxt);
		nc->section_datum = PointerGetDatum(cstring_to_text(s));
		MemoryContextSwitchTo(old);
		nc->section = s;
	}
	return nc->section_datum;
}

/* The numeric of dec, the datum made for same (an equal decimal) when given. */
static Datum
numeric_or_same(const char *dec, const char *same, Datum made, bool *isnull)
{
	if (same && dec && dec[0] && strcmp(dec, same) == 0)
	{
		*isnull = false;
		return made;
	}
	return lp_pg_numeric(dec, isnull);
}

/*
 * The columns of extract's row for fact f (numbered seq), in the current
 * memory context; ingest stores the same values (pg_store.c), with the
 * evidence column left to it when names->no_evidence.
 */
void
lp_pg_fact_values(const lp_fact *f, int32 seq, lp_pg_names *names,
				  Datum *values, bool *nulls)
{
	memset(nulls, 0, sizeof(bool) * LP_PG_FACT_COLUMNS);
	values[0] = Int32GetDatum(seq);
	values[1] = Int32GetDatum(f->line);
	values[2] = Int32GetDatum(f->span_start);
	values[3] = Int32GetDatum(f->span_end);
	if (names->no_evidence)
		nulls[4] = true;
	else
		values[4] = text_or_null(f->evidence, &nulls[4]);
	values[5] = section_datum(names, f->section, &nulls[5]);
	values[6] = text_or_null(f->period[0] ? f->period : NULL, &nulls[6]);
	values[7] = cached_name(names, lp_status_name(f->status), &nulls[7]);
	values[8] = text_or_null(f->subject, &nulls[8]);
	values[9] = text_or_null(f->indicator, &nulls[9]);
	values[10] = cached_name(names, lp_measure_name(f->measure), &nulls[10]);
	if (f->has_quantity)
	{
		values[11] = lp_pg_numeric(f->q.value, &nulls[11]);
		values[12] = lp_pg_numeric(f->q.value_hi, &nulls[12]);
		values[13] = text_or_null(f->q.unit[0] ? f->q.unit : NULL, &nulls[13]);
		values[14] = cached_name(names, lp_qualifier_name(f->q.qualifier), &nulls[14]);
		/* in the base unit already (%, 元): the same value, one datum */
		values[15] = numeric_or_same(f->q.base_value, nulls[11] ? NULL : f->q.value,
									 values[11], &nulls[15]);
		values[16] = numeric_or_same(f->q.base_value_hi, nulls[12] ? NULL : f->q.value_hi,
									 values[12], &nulls[16]);
		values[17] = text_or_null(f->q.base_unit[0] ? f->q.base_unit : NULL, &nulls[17]);
	}
	else
		for (int k = 11; k <= 17; k++)
			nulls[k] = true;
	values[18] = BoolGetDatum(f->headline != 0);
	values[19] = BoolGetDatum(f->like_for_like != 0);
	values[20] = cached_name(names, f->period[0] ? lp_period_basis_name(f->period_basis) : NULL,
							 &nulls[20]);
	values[21] = text_or_null(f->region, &nulls[21]);
}

/* The year of a date, 0 when infinite. */
int
lp_pg_date_year(DateADT d)
{
	int			y,
				m,
				day;

	if (DATE_NOT_FINITE(d))
		return 0;
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	return y;
}

/* The year of a date argument, 0 when NULL, absent or infinite. */
static int
year_arg(FunctionCallInfo fcinfo, int i)
{
	if (PG_NARGS() <= i || PG_ARGISNULL(i))
		return 0;
	return lp_pg_date_year(PG_GETARG_DATEADT(i));
}

/* The anchor of a yearless text: the published date's year, else the source name's. */
static lp_anchor
anchor_args(FunctionCallInfo fcinfo)
{
	text	   *source;

	if (PG_NARGS() <= 3 || PG_ARGISNULL(3))
		return lp_anchor_of(year_arg(fcinfo, 2), NULL, 0);
	source = PG_GETARG_TEXT_PP(3);
	return lp_anchor_of(year_arg(fcinfo, 2), VARDATA_ANY(source), VARSIZE_ANY_EXHDR(source));
}

/*
 * extract(doc text, period text DEFAULT NULL, published date DEFAULT NULL,
 * source text DEFAULT NULL): every quantity mention as a fact
 */
Datum
luohuplan_extract(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	lp_buf		clean;
	lp_facts	facts = {0};
	lp_error	err;
	size_t		i;
	MemoryContext rowcxt;
	lp_pg_names names;

	lp_pg_init_srf(fcinfo);
	if (PG_ARGISNULL(0))
		return (Datum) 0;		/* no document, no facts */
	lp_pg_catalogue_sync(fcinfo);
	lp_pg_clean_arg(PG_GETARG_TEXT_PP(0), &clean);
	/* the period given replaces the inferred one; the structure is read once */
	if (lp_extract_anchored(clean.data, clean.len,
							PG_NARGS() > 1 && !PG_ARGISNULL(1) ? text_to_cstring(PG_GETARG_TEXT_PP(1)) : NULL,
							anchor_args(fcinfo), &facts, &err) != LP_OK)
		lp_pg_raise(&err);
	/* a row's datums live until the tuplestore has copied them: memory stays
	 * that of one row, not of every fact of a large document */
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "luohuplan extract row",
								   ALLOCSET_SMALL_SIZES);
	lp_pg_names_init(&names, CurrentMemoryContext);
	for (i = 0; i < facts.n; i++)
	{
		Datum		values[LP_PG_FACT_COLUMNS];
		bool		nulls[LP_PG_FACT_COLUMNS];
		MemoryContext oldcxt = MemoryContextSwitchTo(rowcxt);

		CHECK_FOR_INTERRUPTS();
		lp_pg_fact_values(&facts.items[i], (int32) i + 1, &names, values, nulls);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextSwitchTo(oldcxt);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	lp_facts_free(&facts);
	lp_buf_free(&clean);
	return (Datum) 0;
}

/* sections(doc text): the heading structure of a report */
Datum
luohuplan_sections(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	lp_buf		clean;
	lp_sections secs = {0};
	lp_error	err;
	size_t		i;

	lp_pg_init_srf(fcinfo);
	lp_pg_clean_arg(PG_GETARG_TEXT_PP(0), &clean);
	if (lp_parse_sections(clean.data, clean.len, &secs, &err) != LP_OK)
		lp_pg_raise(&err);
	for (i = 0; i < secs.n; i++)
	{
		const lp_section *s = &secs.items[i];
		Datum		values[8];
		bool		nulls[8] = {0};

		values[0] = Int32GetDatum(s->level);
		values[1] = text_or_null(s->numbering, &nulls[1]);
		values[2] = Int32GetDatum(s->ordinal);
		values[3] = text_or_null(s->heading, &nulls[3]);
		values[4] = Int32GetDatum(s->line_start);
		values[5] = Int32GetDatum(s->line_end);
		values[6] = text_or_null(lp_role_name(s->role), &nulls[6]);
		values[7] = text_or_null(s->period[0] ? s->period : NULL, &nulls[7]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	lp_sections_free(&secs);
	lp_buf_free(&clean);
	return (Datum) 0;
}

/* report_meta(doc text): title, region, region_code, year, period, kind */
Datum
luohuplan_report_meta(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	lp_buf		clean;
	lp_meta		m;
	Datum		values[6];
	bool		nulls[6] = {0};

	lp_pg_init_srf(fcinfo);
	lp_pg_catalogue_sync(fcinfo);
	lp_pg_clean_arg(PG_GETARG_TEXT_PP(0), &clean);
	lp_pg_infer_meta(clean.data, clean.len, &m);	/* remembered for insert_facts */
	values[0] = text_or_null(m.title[0] ? m.title : NULL, &nulls[0]);
	values[1] = text_or_null(m.region[0] ? m.region : NULL, &nulls[1]);
	values[2] = text_or_null(m.region_code[0] ? m.region_code : NULL, &nulls[2]);
	values[3] = Int32GetDatum(m.year);
	nulls[3] = m.year == 0;
	values[4] = text_or_null(m.period[0] ? m.period : NULL, &nulls[4]);
	values[5] = text_or_null(m.kind[0] ? m.kind : NULL, &nulls[5]);
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	lp_buf_free(&clean);
	return (Datum) 0;
}
