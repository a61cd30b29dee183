/*
 * pg_quantity.h — the luohuplan.quantity base type, shared by its glue files
 * (pg_quantity.c: storage and I/O; pg_quantity_ops.c: ordering and hashing;
 * pg_quantity_funcs.c: accessors, cast and convert; pg_quantity_analyze.c).
 *
 * On-disk format (a varlena, byte-aligned content, so short 1-byte headers
 * are fine; all strings are UTF-8 whatever the database encoding):
 *
 *   varlena header
 *   uint8   version      format version, must be 0
 *   uint8   qualifier    lp_qualifier code: 0 eq, 1 approx, 2 ge, 3 gt,
 *                        4 le, 5 lt, 6 range (these codes are on disk:
 *                        never renumber lp_qualifier)
 *   uint8   len[7]       byte length of each field below, NUL not counted
 *   fields, in this order, each followed by one NUL byte:
 *     value          exact decimal as written ("428.88")
 *     value_hi       upper end of a range, "" when there is none
 *     unit           unit as written, simplified ("亿元"), "" when none
 *     base_value     value folded to the base unit ("42888000000")
 *     base_value_hi  value_hi folded, "" when there is none
 *     base_unit      ("元")
 *     dimension      ("money"), "" when the quantity has no unit
 *
 * Decimals are the core's exact decimal strings (never a double), so no
 * rounding happens on the way in or out.  A datum whose lengths, NULs and
 * varlena size disagree is reported as data corruption (XX001), never read
 * out of bounds.
 */
#ifndef PG_QUANTITY_H
#define PG_QUANTITY_H

#include "lp_pg.h"

#define LPQ_VERSION 0

typedef enum lpq_field
{
	LPQ_VALUE = 0,
	LPQ_VALUE_HI,
	LPQ_UNIT,
	LPQ_BASE_VALUE,
	LPQ_BASE_VALUE_HI,
	LPQ_BASE_UNIT,
	LPQ_DIMENSION,
	LPQ_NFIELDS
} lpq_field;

/* Header bytes after the varlena header: version, qualifier, 7 lengths. */
#define LPQ_HEADER (2 + LPQ_NFIELDS)

/* Longest dimension name stored (the core's are short ASCII words). */
#define LPQ_DIMENSION_MAX 63

/* A quantity datum unpacked in place: pointers into the datum. */
typedef struct lpq_view
{
	lp_qualifier qualifier;
	const char *f[LPQ_NFIELDS]; /* NUL-terminated */
	uint8		len[LPQ_NFIELDS];
} lpq_view;

/* Byte capacity of each field (NUL included), as in lp_quantity. */
extern const int lpq_field_cap[LPQ_NFIELDS];
extern const char *const lpq_field_name[LPQ_NFIELDS];

/* Build a datum from a parsed quantity. */
struct varlena *lpq_pack(const lp_quantity *q);

/* Unpack a (detoasted, possibly short-header) datum; XX001 when damaged. */
void		lpq_unpack(const struct varlena *v, lpq_view *out);

/* Detoast argument n and unpack it. */
void		lpq_getarg(FunctionCallInfo fcinfo, int n, lpq_view *out);

/* The view as an lp_quantity (strings copied) for the core's functions. */
void		lpq_to_quantity(const lpq_view *v, lp_quantity *q);

/* Canonical text (server encoding, palloc'd) of a quantity. */
char	   *lpq_text(const lpq_view *v);

/* UTF-8 string ↔ server encoding (no copy when the database is UTF-8). */
char	   *lpq_to_server(const char *utf8, size_t len);
char	   *lpq_from_server(const char *s, size_t len);

/*
 * Multiplier from a base unit to the canonical unit of its dimension
 * (公顷 → "10000" 平方米), NULL when there is no conversion (measure words
 * such as 个 and 家, or an unknown base unit).
 */
const char *lpq_canonical_factor(const char *base_unit, size_t len);

/* quantity_hash_extended(q, seed), used by ANALYZE to count distinct values. */
extern Datum lpq_hash_extended(PG_FUNCTION_ARGS);

/* "money", or "dimensionless" for a quantity without a unit. */
const char *lpq_dimension_label(const char *dimension);

#endif
