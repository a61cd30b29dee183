/*
 * lp.h — the luohuplan parsing core: plain C99, no PostgreSQL.
 *
 * The core is called by the PostgreSQL glue in src/pg, by the unit tests,
 * fuzz targets and benchmarks.  It never calls malloc directly: all memory
 * goes through lp_alloc & co, which the host sets with lp_set_hooks (palloc
 * in a backend, so an ERROR or a cancel frees everything with the memory
 * context).  Every loop over input calls LP_CHECK_INTERRUPTS().
 *
 * Text is UTF-8 throughout.  Offsets named *_byte are byte offsets; the
 * ones exposed to SQL users are character offsets.
 */
#ifndef LP_H
#define LP_H

#include <stddef.h>
#include <stdint.h>

/* ---------- errors ---------- */

typedef enum lp_errcode
{
	LP_OK = 0,
	LP_EENCODING,				/* bytes not valid in the encoding: SQLSTATE 22021 */
	LP_ESYNTAX,					/* bad quantity / numeral text: 22P02 */
	LP_ETOOBIG,					/* input over a limit: 54000 */
	LP_EARG,					/* bad argument value: 22023 */
	LP_EDIMENSION,				/* units of different dimensions: 22023 */
	LP_ERANGE,					/* number out of range: 22003 */
	LP_ELIBRARY,				/* iconv/OpenCC unavailable: 58000 (system error) */
	LP_EDATA,					/* a malformed data file row: F0000 (config file error) */
	LP_ENOMEM					/* out of memory building a dictionary: 53200 */
} lp_errcode;

typedef struct lp_error
{
	lp_errcode	code;
	size_t		offset;			/* byte offset in the input, if relevant */
	int			line;			/* 1-based line, 0 if unknown */
	char		msg[256];		/* one line, no trailing period */
	char		detail[256];
} lp_error;

int			lp_fail(lp_error *err, lp_errcode code, size_t offset, int line,
					const char *fmt,...)
#ifdef __GNUC__
			__attribute__((format(printf, 5, 6)))
#endif
			;

/* ---------- host hooks: memory and cancellation ---------- */

typedef struct lp_hooks
{
	void	   *(*alloc) (size_t size);		/* must not return NULL */
	void	   *(*realloc) (void *ptr, size_t size);
	void		(*free) (void *ptr);
	void		(*check_interrupts) (void);	/* may longjmp away */
	void		(*fail) (const lp_error *err);	/* must not return; NULL: abort */
} lp_hooks;

void		lp_set_hooks(const lp_hooks *hooks);
void	   *lp_alloc(size_t size);
void	   *lp_alloc0(size_t size);
void	   *lp_realloc(void *ptr, size_t size);
void		lp_free(void *ptr);
char	   *lp_strndup(const char *s, size_t n);
extern void (*lp_check_interrupts_hook) (void);

#define LP_CHECK_INTERRUPTS() \
	do { if (lp_check_interrupts_hook) lp_check_interrupts_hook(); } while (0)

/*
 * Something the core cannot go on without failed (a dictionary cannot be
 * built): the host's fail hook raises err (an ERROR in a backend); without
 * one, the message goes to stderr and the process aborts.
 */
void		lp_fatal(const lp_error *err)
#ifdef __GNUC__
			__attribute__((noreturn))
#endif
			;

/* ---------- growable byte buffer ---------- */

typedef struct lp_buf
{
	char	   *data;			/* always NUL-terminated when data != NULL */
	size_t		len;
	size_t		cap;
} lp_buf;

void		lp_buf_init(lp_buf *b);
void		lp_buf_reserve(lp_buf *b, size_t extra);
void		lp_buf_append(lp_buf *b, const char *s, size_t n);
void		lp_buf_putc(lp_buf *b, char c);
void		lp_buf_puts(lp_buf *b, const char *s);
void		lp_buf_free(lp_buf *b);

/* ---------- UTF-8 helpers (lp_utf8.c) ---------- */

/* Decode one code point at s (len bytes left); sets *n to its length.
 * Invalid bytes give 0xFFFD with *n = 1. */
uint32_t	lp_utf8_decode(const char *s, size_t len, int *n);

/* Are the two bytes at u both continuation bytes?  One load, one test. */
static inline int
lp_utf8_cont2(const unsigned char *u)
{
#ifdef __GNUC__
	uint16_t	w;

	__builtin_memcpy(&w, u, 2);
	return (w & 0xC0C0u) == 0x8080u;
#else
	return (u[0] & 0xC0) == 0x80 && (u[1] & 0xC0) == 0x80;
#endif
}

/*
 * lp_utf8_decode with ASCII and the valid three-byte characters of
 * Chinese text inline: the extractor's scans call it for every character.
 * (E0 and ED are left to it: they may start an overlong form or a surrogate.)
 */
static inline uint32_t
lp_utf8_next(const char *s, size_t len, int *n)
{
	const unsigned char *u = (const unsigned char *) s;

	if (len > 0 && u[0] < 0x80)
	{
		*n = 1;
		return u[0];
	}
	if (len >= 3 && u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED && lp_utf8_cont2(u + 1))
	{
		*n = 3;
		return ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
	}
	return lp_utf8_decode(s, len, n);
}
int			lp_utf8_put(char *out, uint32_t cp);	/* returns bytes written (1..4) */
size_t		lp_utf8_chars(const char *s, size_t len);	/* number of code points */
int			lp_is_hanzi(uint32_t cp);

/*
 * Bytes from a character's first byte c to the next character, for scans
 * that look at characters only (a stray continuation byte is one step;
 * callers bound the index by the length).
 */
static inline size_t
lp_utf8_step(unsigned char c)
{
	return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* ---------- embedded data files (src/data, see lp_data.h) ---------- */

/* The text of an embedded data file by name ("units.tsv"), or NULL. */
const char *lp_data_file(const char *name, size_t *len);

/*
 * Iterate over the lines of a TSV data file, skipping empty lines and lines
 * starting with '#'.  *pos starts at 0.  Fills up to maxf fields (pointers
 * into data, not NUL-terminated, lengths in flen) and returns the number of
 * fields of the line, or -1 at the end.  It validates nothing: loaders use
 * lp_data_next (lp_data.h), which checks each row against the file's schema;
 * this remains for the loaders not converted yet.
 */
int			lp_tsv_next(const char *data, size_t len, size_t *pos,
						const char **field, size_t *flen, int maxf);

/* ---------- decoding (lp_decode.c) ---------- */

typedef struct lp_enc_guess
{
	const char *encoding;		/* "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030",
								 * "GBK", "BIG5", "BIG5-HKSCS" */
	double		confidence;		/* 0..1 */
} lp_enc_guess;

/* Rank candidate encodings for raw bytes; returns how many were written
 * to out (at most max), best first. */
int			lp_detect_encoding(const uint8_t *raw, size_t len,
							   lp_enc_guess *out, int max);

/*
 * Decode raw bytes to UTF-8 (a BOM is dropped).  encoding is "auto" or a
 * name lp_detect_encoding can return (case-insensitive, aliases such as
 * "utf8", "gb2312", "cp936", "big5hkscs" accepted).  With replace != 0
 * undecodable bytes become U+FFFD and *n_replaced counts them; otherwise
 * the first one fails with LP_EENCODING naming its byte offset.
 * *used is set to the canonical name of the encoding used.
 */
int			lp_decode(const uint8_t *raw, size_t len, const char *encoding,
					  int replace, lp_buf *out, const char **used,
					  size_t *n_replaced, lp_error *err);

/*
 * Told of each byte sequence a replacing decode turned into U+FFFD: its
 * byte offset and length in raw, and the 1-based line of the decoded text
 * the U+FFFD stands on (the same line in the cleaned text).
 */
typedef void (*lp_replaced_fn) (void *arg, size_t offset, size_t len, int line);

/* lp_decode that calls replaced(arg, ...) for every replacement it makes. */
int			lp_decode_ex(const uint8_t *raw, size_t len, const char *encoding,
						 int replace, lp_buf *out, const char **used,
						 size_t *n_replaced, lp_replaced_fn replaced,
						 void *arg, lp_error *err);

/* ---------- normalisation and repair (lp_normalize.c, lp_repair.c) ---------- */

typedef struct lp_repair
{
	const char *kind;			/* "width", "html", "zero_width", "pinyin_gloss",
								 * "gbk_shift", "utf8_as_gbk", "gbk_as_latin1",
								 * "lost", "t2s", "zero_digit", "chrome" */
	int			line;			/* 1-based */
	char	   *before;
	char	   *after;
} lp_repair;

typedef struct lp_repairs
{
	lp_repair  *items;
	size_t		n;
	size_t		cap;
	char	  **blocks;			/* string pool of before and after: a repair */
	size_t		nblocks;		/* costs its text, not an allocation each */
	size_t		used;			/* bytes used of the last block */
	size_t		block_cap;
} lp_repairs;

/*
 * Clean decoded text.  The output has exactly as many lines as the input
 * (a dropped chrome line becomes an empty line), so line numbers of the
 * clean text are line numbers of the decoded source.  repairs may be NULL.
 */
int			lp_normalize(const char *text, size_t len, lp_buf *out,
						 lp_repairs *repairs, lp_error *err);
void		lp_repairs_free(lp_repairs *r);

/* ---------- numerals and quantities (lp_numeral.c, lp_quantity.c, lp_units.c) ---------- */

#define LP_NUM_MAX 48			/* longest decimal string kept, NUL included */

typedef enum lp_qualifier
{
	LP_Q_EQ = 0, LP_Q_APPROX, LP_Q_GE, LP_Q_GT, LP_Q_LE, LP_Q_LT, LP_Q_RANGE
} lp_qualifier;

const char *lp_qualifier_name(lp_qualifier q);	/* "eq", "approx", ... */
int			lp_qualifier_from_name(const char *name, lp_qualifier *q);

typedef struct lp_unit
{
	const char *name;			/* as written, simplified: "亿元", "万个", "%" */
	const char *base;			/* base unit: "元", "个", "%" */
	const char *dimension;		/* "money", "area", "count", "percent", ... */
	const char *factor;			/* decimal factor to base: "100000000" */
} lp_unit;

typedef struct lp_quantity
{
	size_t		start;			/* byte span [start, end) in the text scanned, */
	size_t		end;			/* qualifier words included */
	size_t		num_start;		/* byte offset where the number itself starts */
	lp_qualifier qualifier;
	char		value[LP_NUM_MAX];	/* in the unit as written: "428.88" */
	char		value_hi[LP_NUM_MAX];	/* upper end of a range or bound, "" */
	char		unit[32];		/* as written, simplified: "亿元", "万个", "" */
	char		base_value[LP_NUM_MAX];	/* folded to base unit: "42888000000" */
	char		base_value_hi[LP_NUM_MAX];
	char		base_unit[32];	/* "元", "个", "%", "个百分点", "" */
	const char *dimension;		/* "money", ..., or "" when no unit */
} lp_quantity;

/*
 * Find the next quantity mention in text[from, len).  Years, dates,
 * ordinals, codes, slogans, section numbers and titles in 《》 are skipped.
 * Returns 1 and fills q, or 0 when there is none.
 */
int			lp_quantity_next(const char *text, size_t len, size_t from,
							 lp_quantity *q);

/* Parse a whole string as one quantity ("约20亿元", "1-2个"); LP_ESYNTAX on error. */
int			lp_quantity_parse(const char *s, size_t len, lp_quantity *q,
							  lp_error *err);

/* Canonical text of a quantity ("约20亿元"); out must hold 160 bytes. */
void		lp_quantity_format(const lp_quantity *q, char *out, size_t outsz);

/* Value of a Chinese digit character (financial forms, 两, 幺 too), -1 if none. */
int			lp_cn_digit(uint32_t cp);

/* Is cp a financial (大写) digit (壹, 贰, …, 陆, …, 玖, 两, 幺)? */
int			lp_cn_financial_digit(uint32_t cp);

/* A bare numeral ("三万五", "1,100", "百分之十三点五") to a decimal string. */
int			lp_cn_number(const char *s, size_t len, char *out, size_t outsz,
						 lp_error *err);

/* Look up a unit by its written name; NULL if unknown. */
const lp_unit *lp_unit_lookup(const char *name, size_t len);

/* Multiplier from u's base unit to the canonical unit of its dimension
 * (平方公里 → "1000000" 平方米), or NULL when there is no conversion. */
const char *lp_unit_canonical_factor(const lp_unit *u);

/* Decimal arithmetic on canonical strings: out = a * b (exact). */
int			lp_dec_mul(const char *a, const char *b, char *out, size_t outsz);
/* out = a / b rounded to scale digits; returns LP_ERANGE on b = 0. */
int			lp_dec_div(const char *a, const char *b, int scale, char *out, size_t outsz);
/* compare two decimal strings: -1, 0, 1 */
int			lp_dec_cmp(const char *a, const char *b);

/* ---------- what facts and sections are (names: lp_names.c) ---------- */

/* The part of a report a section is: its heading's words decide (words.tsv). */
typedef enum lp_role
{
	LP_ROLE_OTHER = 0,
	LP_ROLE_REVIEW,				/* what was done: 执行情况, 工作回顾 */
	LP_ROLE_TARGETS,			/* what is planned: 主要预期目标 */
	LP_ROLE_TASKS				/* the work ahead: 重点工作 */
} lp_role;

typedef enum lp_status
{
	LP_STATUS_ACTUAL = 0,
	LP_STATUS_TARGET,
	LP_STATUS_ESTIMATE
} lp_status;

/* What a value measures.  NONE: not a value (a table's name column). */
typedef enum lp_measure
{
	LP_MEASURE_NONE = 0,
	LP_MEASURE_LEVEL,
	LP_MEASURE_GROWTH,
	LP_MEASURE_SHARE,
	LP_MEASURE_CHANGE,
	LP_MEASURE_RANK,
	LP_MEASURE_PLAN_COMPLETION,
	LP_MEASURE_QUALITATIVE
} lp_measure;

/*
 * Where a period comes from.  Every period the extractor gives a fact says
 * which text decided it, so that a wrong period can be traced to its rule
 * (and a later time model can weigh one basis against another).
 */
typedef enum lp_period_basis
{
	LP_PERIOD_NONE = 0,			/* no period */
	LP_PERIOD_GIVEN,			/* the caller's (extract(doc, period)) */
	LP_PERIOD_META,				/* metadata the caller gave */
	LP_PERIOD_HEADING,			/* a section heading names it */
	LP_PERIOD_SENTENCE,			/* the mention's sentence names it */
	LP_PERIOD_COLUMN,			/* a table column's header names it */
	LP_PERIOD_TITLE,			/* the report's title names it */
	LP_PERIOD_DELIVERY,			/* the delivery line under the title */
	LP_PERIOD_DATELINE,			/* the first year in the head of the text */
	LP_PERIOD_INFERRED,			/* from the kind of report: the year after a
								 * review of a whole year, the year before
								 * a work report's */
	/* the document's year reasoned from its text (lp_docyear.c) */
	LP_PERIOD_PUBLICATION,		/* a publication date in the head of a page */
	LP_PERIOD_PLAN,				/* 今年是“十四五”规划收官之年 */
	LP_PERIOD_ANNIVERSARY,		/* 挂牌三周年 of a dated or named event */
	LP_PERIOD_ELAPSED,			/* 自2016年…8年来, 五年前的2019年 */
	LP_PERIOD_RELATIVE,			/* 今年, 去年 in the sentence, against the
								 * document's year */
	LP_PERIOD_PUBLISHED,		/* the publication date the caller gave */
	LP_PERIOD_SESSION,			/* a national congress session: 十四届全国人大二次会议 */
	LP_PERIOD_ADDRESS,			/* the date path of the page's address saved
								 * as its first line, in a text naming no
								 * year of its own (.../202511/t20251103_...) */
	LP_PERIOD_SOURCE			/* the year in the name the caller loaded the
								 * text under ("sanmenxia-2021-h1.txt"), in a
								 * text naming no year and given no date */
} lp_period_basis;

/* Is the basis a date the page carries (its publication line, its address)? */
static inline int
lp_basis_page_date(lp_period_basis b)
{
	return b == LP_PERIOD_PUBLICATION || b == LP_PERIOD_ADDRESS;
}

/* Names as SQL and text show them ("review", "actual", "growth", "heading"); NULL for NONE. */
const char *lp_role_name(lp_role r);
const char *lp_status_name(lp_status s);
const char *lp_measure_name(lp_measure m);
const char *lp_period_basis_name(lp_period_basis b);

/* lp_dump.c is built against older cores too (same_output.sh), whose facts held names */
#define LP_HAVE_ENUMS 1

/* ---------- structure (lp_sections.c) ---------- */

typedef struct lp_section
{
	int			level;			/* 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）, 5 = ① */
	char		numbering[32];	/* as written, "（一）", or "" when damaged */
	int			ordinal;		/* 1-based place in its sequence */
	char	   *heading;		/* heading text without its numbering */
	int			line_start;		/* 1-based, inclusive */
	int			line_end;
	lp_role		role;
	char		period[16];		/* period named in the heading, "" if none */
	char		part[12];		/* a part of a year it names with no year and no
								 * figure ("一、1-3月份主要经济指标完成情况" →
								 * "Q1"), "" if none or period is set */
} lp_section;

typedef struct lp_sections
{
	lp_section *items;
	size_t		n;
	size_t		cap;
} lp_sections;

int			lp_parse_sections(const char *text, size_t len, lp_sections *out,
							  lp_error *err);
void		lp_sections_free(lp_sections *s);

/* ---------- report metadata (lp_meta.c) ---------- */

typedef struct lp_meta
{
	char		title[256];
	char		region[64];		/* "罗湖区" */
	char		region_code[16];	/* GB/T 2260: "440303" */
	int			year;			/* 0 if unknown */
	char		period[16];		/* "2021", "2023H1", "2016Q1" */
	lp_period_basis period_basis;	/* what decided period */
	int			doc_year;		/* the year the report speaks from (今年), 0 if
								 * unknown: the year of a work report's
								 * session, of a half-year report, of news */
	int			said_year;		/* the year the page was written in when its
								 * 今年 is not doc_year's (a December page of
								 * next year's session: doc_year - 1), else 0 */
	char		kind[24];		/* "plan_execution", "work_report", "news",
								 * "statistics", "" */
} lp_meta;

void		lp_infer_meta(const char *text, size_t len, lp_meta *meta);

/*
 * lp_infer_meta, keeping the layout (lines, sections, page width) it read
 * the text by when that is the whole text's (NULL for a text longer than
 * the head the metadata is read from): lp_extract_laid_out of the same text
 * then reads it by that layout instead of making it again.  Free it with
 * lp_layout_release.
 */
struct lp_layout;
struct lp_layout *lp_infer_meta_layout(const char *text, size_t len, lp_meta *meta);
void		lp_layout_release(struct lp_layout *layout);

/*
 * Set the report's period from the year it speaks from (doc_year), decided
 * by basis: that year, or for a work report the year before (its session
 * reviews it).  The caller's publication date anchors a text stating no
 * year (basis LP_PERIOD_PUBLISHED).
 */
void		lp_meta_anchor(lp_meta *m, int year, lp_period_basis basis);

/* lp_meta_anchor by the caller's year, then the part of it text's head names. */
void		lp_meta_anchor_text(const char *text, size_t len, lp_meta *m, int year,
								lp_period_basis basis);

/* ---------- extraction (lp_extract.c) ---------- */

/*
 * The value of a fact.  Its strings are never NULL ("" when absent) and
 * live in the facts' string pool, so a fact stays small: documents of
 * hundreds of megabytes give millions of facts.
 */
typedef struct lp_fact_value
{
	const char *value;			/* in the unit as written: "428.88" */
	const char *value_hi;		/* upper end of a range or bound, "" */
	const char *unit;			/* as written, simplified: "亿元", "" */
	const char *base_value;		/* folded to base unit: "42888000000" */
	const char *base_value_hi;
	const char *base_unit;		/* "元", "个", "%", "个百分点", "" */
	const char *dimension;		/* "money", ..., or "" when no unit */
	lp_qualifier qualifier;
} lp_fact_value;

/*
 * A fact is the bulk of the memory of a large document (one every few
 * bytes of a list of figures), so its fields are ordered to leave no
 * padding and its enums are stored in a byte each (issue 18): 144 bytes.
 */
typedef struct lp_fact
{
	const char *evidence;		/* the clause it was read from */
	const char *section;		/* heading of the innermost section, or NULL */
	const char *subject;		/* what is measured, or NULL */
	const char *indicator;		/* canonical code or NULL */
	const char *region;			/* the jurisdiction of a roundup's paragraph
								 * (赤峰市: lp_roundup.c), NULL: the report's */
	lp_fact_value q;			/* value fields; signs already applied */
	int			line;			/* 1-based line of the clean text */
	int			span_start;		/* character offsets within the line, [start, end) */
	int			span_end;
	int			read_line;		/* the first line of the lines read joined with
								 * line (a wrap), 0: line was read alone */
	char		period[16];
	unsigned char status;		/* lp_status */
	unsigned char measure;		/* lp_measure */
	unsigned char period_basis; /* lp_period_basis: what decided period */
	unsigned char has_quantity; /* 0 for qualitative facts */
	unsigned char headline;		/* 1 for the report's main indicators */
	unsigned char summary;		/* 1 when read from the report's summary list,
								 * 2 from a list adding to targets stated
								 * before it (其他目标包括：) */
	unsigned char like_for_like;	/* 同口径 / 剔除不可比因素 */
	unsigned char nominal;		/* 名义增长 before the comparable growth */
} lp_fact;
#define LP_FACT_REGION 1		/* lp_fact has region (test/tools/lp_dump.c) */

typedef struct lp_facts
{
	lp_fact    *items;
	size_t		n;
	size_t		cap;
	char	  **strings;		/* blocks of the string pool the facts point */
	size_t		nstrings;		/* into (evidence, sections, subjects, values), */
	size_t		strings_cap;	/* freed with them */
	size_t		pool_used;		/* bytes used of the last block */
	size_t		pool_cap;
	const char *last_evidence;	/* the evidence pooled last, shared by the */
	size_t		last_evidence_len;	/* facts whose evidence is the same text */
#define LP_POOL_RECENT 8
#define LP_POOL_RECENT_MAX 96
	const char *recent[LP_POOL_RECENT];	/* short strings pooled last, shared */
	uint32_t	recent_key[LP_POOL_RECENT];	/* their length and three bytes */
	unsigned int recent_next;
	const char *span_text;		/* lp_fact_char_at's cursor: the text, line, */
	int			span_line;		/* byte and character it counted to last */
	size_t		span_byte;
	int			span_chars;
} lp_facts;

/*
 * Extract every quantity mention of a clean document (output of
 * lp_normalize) as facts.  meta may be NULL (then it is inferred).
 */
int			lp_extract(const char *text, size_t len, const lp_meta *meta,
					   lp_facts *out, lp_error *err);
/* lp_extract with inferred metadata whose period is replaced by period
 * ("2023H1") when period is not NULL: one pass over the structure. */
int			lp_extract_period(const char *text, size_t len, const char *period,
							  lp_facts *out, lp_error *err);
/*
 * What places a text that states no year: the caller's publication date
 * (basis "published"), else the year in the name the text was loaded under
 * (basis "source", lp_source_year.c); year 0: nothing.
 */
typedef struct lp_anchor
{
	int			year;
	lp_period_basis basis;
} lp_anchor;

#define LP_NO_ANCHOR ((lp_anchor) {0, LP_PERIOD_NONE})

/* The publication year if not 0, else the source name's (source may be NULL). */
lp_anchor	lp_anchor_of(int published_year, const char *source, size_t len);

/*
 * The one year a source name names: the date path of an address
 * ("https://…/2021/0726/…"), else a year standing alone in the file name
 * ("sanmenxia-2021-h1.txt", "2021年上半年.txt"); 0 when none or two.
 */
int			lp_source_year(const char *source, size_t len);

/* lp_extract_period; a text stating no year speaks from the anchor's year. */
int			lp_extract_anchored(const char *text, size_t len, const char *period,
								lp_anchor anchor, lp_facts *out, lp_error *err);
/* lp_extract_anchored given inferred, what lp_infer_meta inferred of this
 * very text (ingest's report_meta did), so it is not inferred again; the
 * same facts.  inferred NULL: lp_extract_anchored. */
int			lp_extract_inferred(const char *text, size_t len, const lp_meta *inferred,
								const char *period, lp_anchor anchor, lp_facts *out,
								lp_error *err);
/* lp_extract_inferred given the layout lp_infer_meta_layout kept of this
 * very text (or NULL): the same facts, the text's layout not made twice. */
int			lp_extract_laid_out(const char *text, size_t len, const lp_meta *inferred,
								const struct lp_layout *layout, const char *period,
								lp_anchor anchor, lp_facts *out, lp_error *err);
void		lp_facts_free(lp_facts *f);

#endif							/* LP_H */
