/*
 * pg_extract.h — what extract (pg_extract.c) shares with the code that
 * stores facts (pg_store.c): the clean text of an argument and the columns
 * of a fact's row, built the same way for both.
 */
#ifndef PG_EXTRACT_H
#define PG_EXTRACT_H

#include "lp_pg.h"

/* Columns of extract's rows: seq .. period_basis (40_extract.sql). */
#define LP_PG_FACT_COLUMNS 22

/* Text datums of the core's fixed names (status, measure, ...), made once. */
#define LP_PG_NAMES 64

typedef struct lp_pg_names
{
	const char *name[LP_PG_NAMES];
	Datum		datum[LP_PG_NAMES];
	int			n;
	MemoryContext cxt;			/* where the datums live: the whole call */
	const char *section;		/* the section of the facts before (pooled: */
	Datum		section_datum;	/* one pointer for a section's facts), its datum */
	bool		no_evidence;	/* the caller makes the evidence column itself */
} lp_pg_names;

void		lp_pg_names_init(lp_pg_names *nc, MemoryContext cxt);

/* Normalised copy of a text argument (the text itself when known clean). */
void		lp_pg_clean_arg(text *t, lp_buf *clean);

/* extract's row for fact f, numbered seq, in the current memory context. */
void		lp_pg_fact_values(const lp_fact *f, int32 seq, lp_pg_names *names,
							  Datum *values, bool *nulls);

/* The year of a date (a DateADT), 0 when infinite. */
int			lp_pg_date_year(int32 d);

#endif
