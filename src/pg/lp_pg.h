/*
 * lp_pg.h — glue between the parsing core and PostgreSQL.
 */
#ifndef LP_PG_H
#define LP_PG_H

#include "postgres.h"
#include "fmgr.h"
#include "lp.h"

/* Largest document accepted, in bytes (GUC luohuplan.max_document_size). */
extern int	lp_max_document_kb;

/* Raise an lp_error as an ERROR with the matching SQLSTATE. */
void		lp_pg_raise(const lp_error *err) pg_attribute_noreturn();

/* Fail with 54000 when len is over luohuplan.max_document_size. */
void		lp_pg_check_size(size_t len, const char *what);
/* the core's tables built in the postmaster when preloaded (pg_warm.c) */
void		lp_pg_warm(void);

/* A text datum from a UTF-8 byte string. */
text	   *lp_pg_text(const char *s, size_t len);

/* numeric Datum from a canonical decimal string, or (Datum) 0 with *isnull. */
Datum		lp_pg_numeric(const char *dec, bool *isnull);

/*
 * InitMaterializedSRF with the row type the caller expects when it gives
 * one (a function scan and a set-returning call in a select list do): it
 * is the function's own, and building it from pg_proc at every call was
 * most of a small document's setup of extract, report_meta and decode_report.
 */
void		lp_pg_init_srf(FunctionCallInfo fcinfo);

/*
 * Clean text known to this backend (pg_normalize.c): true when s is the
 * last text normalize produced or remembered, so normalizing it again would
 * change nothing; lp_pg_remember_clean records a normalized text.
 */
bool		lp_pg_known_clean(const char *s, size_t len);
void		lp_pg_remember_clean(const char *s, size_t len);

/*
 * The metadata report_meta inferred of that known clean text, so that
 * storing its facts (insert_facts) does not infer it again: infer_meta
 * infers m and, when s is the known clean text, keeps it with the layout
 * it was read by (lp_infer_meta_layout); known_meta and known_layout give
 * them back for that text while the catalogue read since is the same, else
 * NULL (known_layout also NULL for a text longer than the metadata's head).
 */
void		lp_pg_infer_meta(const char *s, size_t len, lp_meta *m);
const lp_meta *lp_pg_known_meta(const char *s, size_t len);
const struct lp_layout *lp_pg_known_layout(const char *s, size_t len);

/* How many times the catalogue has been read into the core (pg_catalogue.c). */
uint64		lp_pg_catalogue_loads(void);

/*
 * Before an extraction: the rows users added to the indicators and regions
 * tables of the function's schema, read again if they changed
 * (pg_catalogue.c).
 */
void		lp_pg_catalogue_sync(FunctionCallInfo fcinfo);

#endif
