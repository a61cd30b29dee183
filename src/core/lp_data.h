/*
 * lp_data.h — the dictionaries of src/data: one loader, one failure policy.
 *
 * Every data file has a schema (lp_data.c): its fields, their kinds, how
 * many a row has.  lp_data_next reads a file row by row and validates each
 * row against the schema before a loader sees it, so a loader reads fields
 * it can trust and never skips a row.  The policy:
 *  - a malformed row (a wrong number of fields, a bad number, an unknown
 *    name) is an error naming the file and the line: at build time
 *    (make check-data runs src/data/check_data.c over every embedded file),
 *    in the unit test test/unit/data.c, and at run time;
 *  - a dictionary that cannot be built (a malformed row, no memory) is never
 *    an empty list: a loader that has an error path returns the error, one
 *    that has none hands it to lp_fatal (the host's fail hook: an ERROR in a
 *    backend, abort elsewhere).  Loaders build their tables completely
 *    before they publish them, so an error leaves no half-built table and
 *    the next call builds again.
 *
 * Dictionaries live as long as the process: their memory comes from
 * lp_data_alloc (malloc that never returns NULL), not from lp_alloc (the
 * host's per-call memory).
 */
#ifndef LP_DATA_H
#define LP_DATA_H

#include "lp.h"

#define LP_DATA_MAX_FIELDS 10

typedef enum lp_field_kind
{
	LP_FK_TEXT,					/* any text, may be empty */
	LP_FK_WORD,					/* non-empty text */
	LP_FK_NAME,					/* a name: [a-z0-9_]+ */
	LP_FK_CHAR,					/* exactly one character */
	LP_FK_INT,					/* decimal integer in [min, max] */
	LP_FK_HEX,					/* hexadecimal integer in [min, max] */
	LP_FK_DECIMAL,				/* exact decimal ("0.001") or fraction ("2000/3") */
	LP_FK_ENUM,					/* one of values */
	LP_FK_REGEX					/* POSIX extended regular expression */
} lp_field_kind;

typedef struct lp_field
{
	const char *name;
	lp_field_kind kind;
	int			optional;		/* may be empty (TEXT always may) */
	long		min,			/* INT, HEX: the range; */
				max;			/* WORD, NAME: max = longest in bytes, 0 none */
	const char *const *values;	/* ENUM: the names, NULL-terminated */
} lp_field;

typedef struct lp_schema
{
	const char *file;			/* "q_units.tsv" */
	int			min_fields;		/* a row has min_fields to nfields fields; */
	int			nfields;		/* those past min_fields are optional */
	lp_field	fields[LP_DATA_MAX_FIELDS];
	int			max_rows;		/* 0: any number; else the capacity of the
								 * stage that keeps the rows (check-data) */
} lp_schema;

/* Capacities of the stages that keep a data file's rows in a fixed array. */
#define LP_DATA_MAX_CONGRESSES 192	/* lp_session_year.c */
#define LP_DATA_MAX_PLANS 64		/* lp_period_plan.c */
#define LP_DATA_MAX_EVENTS 64		/* lp_docyear.c */
#define LP_DATA_MAX_SLOGANS 32		/* lp_docyear_slogan.c */
#define LP_DATA_MAX_SESSIONS 8		/* a congresses.tsv row's sessions, lp_session_year.c */

/* The data files, one schema each (lp_data_schemas, in lp_data.c). */
typedef enum lp_data_id
{
	LP_DATA_CHROME,
	LP_DATA_CONGRESSES,
	LP_DATA_FENBIE_PAIRS,
	LP_DATA_FIVE_YEAR_PLANS,
	LP_DATA_HANZI_FREQ,
	LP_DATA_HEADING_SHAPES,
	LP_DATA_INDICATORS,
	LP_DATA_INDICATOR_WORDS,
	LP_DATA_NORM_HANZI,
	LP_DATA_NORM_HTML_ENTITIES,
	LP_DATA_NORM_PINYIN,
	LP_DATA_NORM_T2S_CHARS,
	LP_DATA_NORM_T2S_PHRASES,
	LP_DATA_NORM_VARIANTS,
	LP_DATA_Q_CONTEXT,
	LP_DATA_Q_MAGNITUDES,
	LP_DATA_Q_NONQUANTITY,
	LP_DATA_Q_QUALIFIERS,
	LP_DATA_Q_UNITS,
	LP_DATA_Q_WORDS,
	LP_DATA_REGIONS,
	LP_DATA_REGIONS_EN,
	LP_DATA_TIME_EVENTS,
	LP_DATA_TIME_SLOGANS,
	LP_DATA_UNITS_EN,
	LP_DATA_WORDS,
	LP_DATA_COUNT
} lp_data_id;

extern const lp_schema lp_data_schemas[LP_DATA_COUNT];

/* The schema of a data file by its name, NULL if it has none. */
const lp_schema *lp_data_schema_of(const char *file);

/* Name of the i-th embedded data file (0-based), NULL past the last. */
const char *lp_data_file_name(int i);

/* One row of a data file, validated. */
typedef struct lp_row
{
	int			line;			/* 1-based line in the file */
	int			nf;				/* fields present */
	const char *f[LP_DATA_MAX_FIELDS];	/* into the data, not NUL-terminated; */
	size_t		len[LP_DATA_MAX_FIELDS];	/* "" (length 0) past nf */
	long		val[LP_DATA_MAX_FIELDS];	/* INT, HEX: the value; ENUM: its index
											 * in values; else 0 */
} lp_row;

typedef struct lp_data_iter
{
	const lp_schema *schema;
	const char *data;			/* NULL: the file is missing */
	size_t		len;
	size_t		pos;
	int			line;
	lp_row		row;
} lp_data_iter;

/* Read the embedded data file id. */
void		lp_data_open(lp_data_iter *it, lp_data_id id);

/* Read a buffer as a file of schema s (the checker, unit tests). */
void		lp_data_open_buffer(lp_data_iter *it, const lp_schema *s,
								const char *data, size_t len);

/*
 * The next row, validated: 1 with it->row filled, 0 after the last row.
 * A missing file or a malformed row: -1 and *err set (LP_EDATA, err->line
 * the line, the message naming file, line, field and what is wrong), or,
 * when err is NULL, lp_fatal with that error.  After an error the next call
 * goes on with the next line (the checker reports every bad row).
 */
int			lp_data_next(lp_data_iter *it, lp_error *err);

/*
 * An error about the current row that the schema cannot see (a value the
 * loader rejects): LP_EDATA naming file and line, as lp_data_next's; with
 * err NULL it goes to lp_fatal.  Returns -1.
 */
int			lp_data_row_error(const lp_data_iter *it, lp_error *err, const char *fmt,...)
#ifdef __GNUC__
			__attribute__((format(printf, 3, 4)))
#endif
			;

/* Process-lifetime memory of dictionaries: zeroed, never NULL (lp_fatal
 * with LP_ENOMEM when malloc fails). */
void	   *lp_data_alloc(size_t size);
void	   *lp_data_realloc(void *ptr, size_t size);
char	   *lp_data_strndup(const char *s, size_t n);

/* Grow an array of *cap elements of size elem to hold n + 1 (doubling). */
void	   *lp_data_grow(void *arr, size_t n, size_t *cap, size_t elem);

#endif							/* LP_DATA_H */
