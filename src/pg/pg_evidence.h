/*
 * pg_evidence.h — where a fact's clause stands in its report's clean text
 * (pg_evidence.c): evidence_at and the code storing facts (pg_store.c)
 * search the same way, so both store the same offsets.
 */
#ifndef PG_EVIDENCE_H
#define PG_EVIDENCE_H

#include "lp_pg.h"

typedef struct lp_pg_clause_finder
{
	const char *s;				/* the clean text, not owned */
	int32		len;
	int32	   *line_start;		/* byte offset of each line, built on demand */
	int32		nlines;
	/* where the last span was found: the search walks a line forward */
	int32		cur_line;
	int32		cur_char;
	int32		cur_byte;
	/* the last clause found: the facts of a sentence share theirs */
	int32		last_line;
	int32		last_at;
	int32		last_len;
} lp_pg_clause_finder;

void		lp_pg_clause_finder_init(lp_pg_clause_finder *t, const char *s, int32 len);
int32		lp_pg_clause_find(lp_pg_clause_finder *t, MemoryContext cxt, int32 line,
							  int32 span, const char *e, int32 elen);

#endif
