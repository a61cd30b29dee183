/*
 * lp_data.c — the data files embedded at build time, their schemas, and the
 * one loader that reads them (see lp_data.h for the failure policy).
 *
 * Dictionaries (units, qualifiers, indicators, heading roles, page chrome,
 * hanzi frequencies) live as TSV files in src/data; the Makefile checks them
 * against the schemas below (make check-data) and turns them into
 * lp_data_gen.c with src/data/embed.sh, so the core needs no files at run
 * time.  Lines starting with '#' are comments; empty lines are skipped.
 *
 * This file depends on lp_mem.c and lp_utf8.c only, so the build-time
 * checker (src/data/check_data.c) links it without the rest of the core.
 */
#include "lp_data.h"
#include "lp_repair.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct lp_data_entry
{
	const char *name;
	const unsigned char *data;
	size_t		len;
};
extern const struct lp_data_entry lp_data_entries[];

const char *
lp_data_file(const char *name, size_t *len)
{
	const struct lp_data_entry *e;

	for (e = lp_data_entries; e->name; e++)
		if (strcmp(e->name, name) == 0)
		{
			if (len)
				*len = e->len;
			return (const char *) e->data;
		}
	if (len)
		*len = 0;
	return NULL;
}

const char *
lp_data_file_name(int i)
{
	int			k;

	for (k = 0; k < i && lp_data_entries[k].name; k++)
		;
	return lp_data_entries[k].name;
}

int
lp_tsv_next(const char *data, size_t len, size_t *pos,
			const char **field, size_t *flen, int maxf)
{
	while (*pos < len)
	{
		size_t		start = *pos,
					end = start;
		int			nf = 0;

		while (end < len && data[end] != '\n')
			end++;
		*pos = end < len ? end + 1 : len;
		if (end > start && data[end - 1] == '\r')
			end--;
		if (end == start || data[start] == '#')
			continue;
		while (start <= end)
		{
			size_t		f = start;

			while (f < end && data[f] != '\t')
				f++;
			if (nf < maxf)
			{
				field[nf] = data + start;
				flen[nf] = f - start;
			}
			nf++;
			start = f + 1;
		}
		return nf;
	}
	return -1;
}

/* ---------- the schemas ---------- */

/* names of enum fields; the order is that of the C enum named beside each */
static const char *const chrome_scopes[] = {"line", "inline", "list", "csv", "end", NULL};
static const char *const qualifier_names[] = {	/* lp_qualifier */
	"eq", "approx", "ge", "gt", "le", "lt", "range", NULL
};
static const char *const qualifier_places[] = {	/* enum lp_qplace */
	"prefix", "suffix", "infix", "bare", NULL
};
static const char *const nonquantity_kinds[] = {	/* enum lp_nqkind */
	"before", "after", "cn_after_unit", "phrase", "after_unit", "cn_after",
	"name_unit", "name_close", "count_before", "duration_before", "duration_after",
	"ratio_name", "ratio_verb", NULL
};
static const char *const qword_roles[] = {	/* enum lp_qword */
	"half", "half_unit", "doubling_verb", "doubling", "range_sep", "list_sep",
	"hold", "strive", "zhao_unit", "figure_acronym", NULL
};
static const char *const heading_numbers[] = {	/* enum heading_number, lp_sections.c */
	"cn", "digits", "circled", NULL
};
static const char *const region_levels[] = {
	"province", "city", "district", "county", "new_area", NULL
};
static const char *const congress_bodies[] = {"npc", "cppcc", "cpc", "local", NULL};
static const char *const region_flags[] = {"weak", NULL};
static const char *const indicator_topics[] = {
	"output", "industry", "investment", "consumption", "tourism", "transport",
	"trade", "fiscal", "finance", "prices", "income", "employment", "population",
	"agriculture", "energy", "environment", "innovation", "digital",
	"education", "health", "social", "housing", "business", "safety", NULL
};
static const char *const indicator_directions[] = {"lower", "higher", NULL};
static const char *const indicator_word_kinds[] = {"flow", "tail", "share", "narrow", NULL};

#define F_TEXT(n)		{n, LP_FK_TEXT, 1, 0, 0, NULL}
#define F_WORD(n)		{n, LP_FK_WORD, 0, 0, 0, NULL}
#define F_WORD_MAX(n, m) {n, LP_FK_WORD, 0, 0, m, NULL}
#define F_OPT_WORD_MAX(n, m) {n, LP_FK_WORD, 1, 0, m, NULL}
#define F_NAME(n)		{n, LP_FK_NAME, 0, 0, 0, NULL}
#define F_NAME_MAX(n, m) {n, LP_FK_NAME, 0, 0, m, NULL}
#define F_CHAR(n)		{n, LP_FK_CHAR, 0, 0, 0, NULL}
#define F_INT(n, lo, hi) {n, LP_FK_INT, 0, lo, hi, NULL}
#define F_OPT_INT(n, lo, hi) {n, LP_FK_INT, 1, lo, hi, NULL}
#define F_HEX(n, lo, hi) {n, LP_FK_HEX, 0, lo, hi, NULL}
#define F_DEC(n)		{n, LP_FK_DECIMAL, 0, 0, 0, NULL}
#define F_OPT_DEC(n)	{n, LP_FK_DECIMAL, 1, 0, 0, NULL}
#define F_ENUM(n, v)	{n, LP_FK_ENUM, 0, 0, 0, v}
#define F_OPT_ENUM(n, v) {n, LP_FK_ENUM, 1, 0, 0, v}
#define F_REGEX(n)		{n, LP_FK_REGEX, 0, 0, 0, NULL}

const lp_schema lp_data_schemas[LP_DATA_COUNT] = {
	[LP_DATA_CHROME] = {"chrome.tsv", 3, 3,
	{F_ENUM("scope", chrome_scopes), F_WORD("trigger"), F_REGEX("pattern")}},
	[LP_DATA_CONGRESSES] = {"congresses.tsv", 3, 5,
		{F_ENUM("body", congress_bodies), F_INT("term", 1, 99), F_INT("first_year", 1949, 2100),
	F_OPT_WORD_MAX("region", 30), F_TEXT("sessions")}, LP_DATA_MAX_CONGRESSES},
	[LP_DATA_FENBIE_PAIRS] = {"fenbie_pairs.tsv", 3, 4,
	{F_WORD("word"), F_WORD("first"), F_WORD("second"), F_TEXT("third")}},
	[LP_DATA_FIVE_YEAR_PLANS] = {"five_year_plans.tsv", 2, 2,
	{F_WORD("name"), F_INT("first_year", 1949, 2200)}, LP_DATA_MAX_PLANS},
	[LP_DATA_HANZI_FREQ] = {"hanzi_freq.tsv", 2, 2,
	{F_CHAR("char"), F_INT("weight", 1, 9)}},
	[LP_DATA_HEADING_SHAPES] = {"heading_shapes.tsv", 5, 5,
		{F_INT("level", 1, 6), F_WORD("open"), F_ENUM("number", heading_numbers),
	F_WORD("close"), F_INT("max", 0, 9999)}},
	[LP_DATA_INDICATORS] = {"indicators.tsv", 10, 10,
		{F_NAME("code"), F_WORD("name_zh"), F_TEXT("aliases"), F_TEXT("name_en"),
			F_TEXT("default_unit"), F_TEXT("nbs_name"), F_ENUM("topic", indicator_topics),
	F_OPT_ENUM("direction", indicator_directions), F_TEXT("flow_of"), F_TEXT("part_of")}},
	[LP_DATA_INDICATOR_WORDS] = {"indicator_words.tsv", 2, 2,
	{F_ENUM("kind", indicator_word_kinds), F_WORD("word")}},
	[LP_DATA_NORM_HANZI] = {"norm_hanzi.tsv", 1, 1, {F_WORD("hanzi")}},
	[LP_DATA_NORM_HTML_ENTITIES] = {"norm_html_entities.tsv", 2, 2,
	{F_WORD_MAX("name", 11), F_HEX("code_point", 1, 0x10FFFF)}},
	[LP_DATA_NORM_PINYIN] = {"norm_pinyin.tsv", 1, 1, {F_WORD_MAX("syllable", 7)}},
	[LP_DATA_NORM_T2S_CHARS] = {"norm_t2s_chars.tsv", 2, 2,
	{F_CHAR("traditional"), F_CHAR("simplified")}},
	[LP_DATA_NORM_T2S_PHRASES] = {"norm_t2s_phrases.tsv", 2, 2,
	{F_WORD("phrase"), F_WORD("simplified")}},
	[LP_DATA_NORM_VARIANTS] = {"norm_variants.tsv", 2, 2,
	{F_CHAR("variant"), F_CHAR("standard")}},
	[LP_DATA_Q_CONTEXT] = {"q_context.tsv", 1, 1, {F_WORD("word")}},
	[LP_DATA_Q_MAGNITUDES] = {"q_magnitudes.tsv", 3, 3,
	{F_WORD("word"), F_DEC("factor"), F_INT("big", 0, 1)}},
	[LP_DATA_Q_NONQUANTITY] = {"q_nonquantity.tsv", 2, 2,
	{F_ENUM("kind", nonquantity_kinds), F_WORD("word")}},
	[LP_DATA_Q_QUALIFIERS] = {"q_qualifiers.tsv", 4, 4,
		{F_WORD("word"), F_ENUM("qualifier", qualifier_names),
	F_ENUM("place", qualifier_places), F_INT("gap", 0, 1)}},
	[LP_DATA_Q_UNITS] = {"q_units.tsv", 4, 5,
		{F_WORD("name"), F_WORD("base"), F_NAME("dimension"), F_DEC("factor"),
	F_OPT_DEC("canonical_factor")}},
	[LP_DATA_Q_WORDS] = {"q_words.tsv", 2, 2,
	{F_ENUM("role", qword_roles), F_WORD("word")}},
	[LP_DATA_REGIONS] = {"regions.tsv", 6, 6,
		{F_WORD("name"), F_OPT_INT("code", 0, 999999999),
			F_ENUM("level", region_levels), F_OPT_INT("parent_code", 0, 999999999),
	F_TEXT("short_name"), F_OPT_ENUM("flags", region_flags)}},
	[LP_DATA_REGIONS_EN] = {"regions_en.tsv", 4, 4,
		{F_WORD("name"), F_OPT_INT("code", 0, 999999999), F_WORD("pinyin"),
	F_WORD("name_en")}},
	[LP_DATA_TIME_EVENTS] = {"time_events.tsv", 2, 2,
	{F_WORD("event"), F_INT("year", 1800, 2100)}, LP_DATA_MAX_EVENTS},
	[LP_DATA_TIME_SLOGANS] = {"time_slogans.tsv", 2, 2,
	{F_WORD("words"), F_INT("year", 1949, 2100)}, LP_DATA_MAX_SLOGANS},
	[LP_DATA_UNITS_EN] = {"units_en.tsv", 2, 2, {F_WORD("name"), F_WORD("english")}},
	[LP_DATA_WORDS] = {"words.tsv", 2, 2, {F_NAME_MAX("kind", 39), F_WORD("word")}},
};

const lp_schema *
lp_data_schema_of(const char *file)
{
	int			i;

	for (i = 0; i < LP_DATA_COUNT; i++)
		if (lp_data_schemas[i].file && strcmp(lp_data_schemas[i].file, file) == 0)
			return &lp_data_schemas[i];
	return NULL;
}

/* ---------- reading and validating rows ---------- */

void
lp_data_open_buffer(lp_data_iter *it, const lp_schema *s, const char *data,
					size_t len)
{
	memset(it, 0, sizeof(*it));
	it->schema = s;
	it->data = data;
	it->len = data ? len : 0;
}

void
lp_data_open(lp_data_iter *it, lp_data_id id)
{
	const lp_schema *s = &lp_data_schemas[id];
	size_t		len = 0;
	const char *data = lp_data_file(s->file, &len);

	lp_data_open_buffer(it, s, data, len);
}

/* Fill *err (or go to lp_fatal) with a message about the current line. */
static int	data_error(const lp_data_iter *it, lp_error *err, int line, const char *fmt, va_list ap)
#ifdef __GNUC__
			__attribute__((format(printf, 4, 0)))
#endif
			;

static int
data_error(const lp_data_iter *it, lp_error *err, int line, const char *fmt, va_list ap)
{
	lp_error	e;
	char		what[200];
	lp_error   *out = err ? err : &e;

	vsnprintf(what, sizeof(what), fmt, ap);
	if (line > 0)
		lp_fail(out, LP_EDATA, 0, line, "data file src/data/%s line %d: %s",
				it->schema->file, line, what);
	else
		lp_fail(out, LP_EDATA, 0, 0, "data file src/data/%s: %s", it->schema->file, what);
	if (err == NULL)
		lp_fatal(out);
	return -1;
}

int
lp_data_row_error(const lp_data_iter *it, lp_error *err, const char *fmt,...)
{
	va_list		ap;
	int			rc;

	va_start(ap, fmt);
	rc = data_error(it, err, it->row.line, fmt, ap);
	va_end(ap);
	return rc;
}

static int
bad_row(const lp_data_iter *it, lp_error *err, const char *fmt,...)
#ifdef __GNUC__
			__attribute__((format(printf, 3, 4)))
#endif
			;

static int
bad_row(const lp_data_iter *it, lp_error *err, const char *fmt,...)
{
	va_list		ap;
	int			rc;

	va_start(ap, fmt);
	rc = data_error(it, err, it->line, fmt, ap);
	va_end(ap);
	return rc;
}

/*
 * Is s[0, n) valid UTF-8?  Every row of every embedded file is checked when
 * a process first reads it (each PostgreSQL connection): the three-byte
 * characters of Chinese words that lp_utf8_next would decode inline are
 * passed over without their code point, the rest asked of it.
 */
static int
valid_utf8(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;

	while (i < n)
	{
		int			cl;

		if (u[i] < 0x80)
		{
			i++;
			continue;
		}
		if (n - i >= 3 && u[i] >= 0xE1 && u[i] <= 0xEF && u[i] != 0xED &&
			(u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80)
		{
			i += 3;
			continue;
		}
		if (lp_utf8_next(s + i, n - i, &cl) == 0xFFFD &&
			!(n - i >= 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0))
			return 0;
		i += cl;
	}
	return 1;
}

/* Integer in base 10 or 16 with an optional minus (base 10); 0 if malformed. */
static int
parse_int(const char *s, size_t n, int base, long *v)
{
	size_t		i = 0;
	int			neg = 0;
	long		x = 0;

	if (base == 10 && n > 1 && s[0] == '-')
	{
		neg = 1;
		i = 1;
	}
	if (i == n || n - i > 15)
		return 0;
	for (; i < n; i++)
	{
		int			d;

		if (s[i] >= '0' && s[i] <= '9')
			d = s[i] - '0';
		else if (base == 16 && s[i] >= 'a' && s[i] <= 'f')
			d = s[i] - 'a' + 10;
		else if (base == 16 && s[i] >= 'A' && s[i] <= 'F')
			d = s[i] - 'A' + 10;
		else
			return 0;
		x = x * base + d;
	}
	*v = neg ? -x : x;
	return 1;
}

/* "12", "-0.5", "2000/3": digits with one optional point, or two integers. */
static int
is_decimal(const char *s, size_t n)
{
	size_t		i = 0,
				digits = 0,
				points = 0;
	const char *slash = memchr(s, '/', n);

	if (slash)
	{
		long		a,
					b;

		return parse_int(s, slash - s, 10, &a) && a >= 0 &&
			parse_int(slash + 1, n - (slash - s) - 1, 10, &b) && b > 0;
	}
	if (n > 0 && s[0] == '-')
		i = 1;
	for (; i < n; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (s[i] == '.' && digits > 0 && points == 0 && i + 1 < n)
			points++;
		else
			return 0;
	}
	return digits > 0 && digits <= 40;
}

static int
is_name(const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return n > 0;
}

/* Index of s[0, n) in the NULL-terminated names, -1 if absent. */
static long
enum_index(const char *const *names, const char *s, size_t n)
{
	long		k;

	for (k = 0; names[k]; k++)
		if (strlen(names[k]) == n && memcmp(names[k], s, n) == 0)
			return k;
	return -1;
}

/* A pattern of chrome.tsv: lp_pattern's syntax (linear matching, lp_pattern.c). */
static int
regex_compiles(const char *s, size_t n)
{
	const char *why;
	lp_pattern *pat = lp_pattern_compile(s, n, &why);

	if (!pat)
		return 0;
	lp_pattern_free(pat);
	return 1;
}

/* The list of an enum's names, for a message. */
static const char *
enum_list(const char *const *names, char *buf, size_t bufsz)
{
	size_t		used = 0;
	int			k;

	buf[0] = '\0';
	for (k = 0; names[k] && used < bufsz; k++)
		used += snprintf(buf + used, bufsz - used, "%s%s", k ? ", " : "", names[k]);
	return buf;
}

/* Check field k of the row against its kind; sets row->val[k]. */
static int
check_field(lp_data_iter *it, int k, lp_error *err)
{
	const lp_field *fd = &it->schema->fields[k];
	const char *s = it->row.f[k];
	size_t		n = it->row.len[k];
	long	   *v = &it->row.val[k];
	char		names[120];
	int			cl;

	*v = 0;
	if (n > 0 && (s[0] == ' ' || s[n - 1] == ' '))
		return bad_row(it, err, "field %d (%s) \"%.*s\" starts or ends with a blank",
					   k + 1, fd->name, (int) n, s);
	if (!valid_utf8(s, n))
		return bad_row(it, err, "field %d (%s) is not valid UTF-8", k + 1, fd->name);
	if (n == 0)
	{
		if (fd->optional || fd->kind == LP_FK_TEXT)
			return 0;
		return bad_row(it, err, "field %d (%s) is empty", k + 1, fd->name);
	}
	switch (fd->kind)
	{
		case LP_FK_TEXT:
			return 0;
		case LP_FK_WORD:
		case LP_FK_NAME:
			if (fd->kind == LP_FK_NAME && !is_name(s, n))
				return bad_row(it, err, "field %d (%s) \"%.*s\" is not a name (a-z, 0-9, _)",
							   k + 1, fd->name, (int) n, s);
			if (fd->max > 0 && (long) n > fd->max)
				return bad_row(it, err, "field %d (%s) \"%.*s\" is longer than %ld bytes",
							   k + 1, fd->name, (int) n, s, fd->max);
			return 0;
		case LP_FK_CHAR:
			lp_utf8_next(s, n, &cl);
			if ((size_t) cl != n)
				return bad_row(it, err, "field %d (%s) \"%.*s\" is not one character",
							   k + 1, fd->name, (int) n, s);
			return 0;
		case LP_FK_INT:
		case LP_FK_HEX:
			if (!parse_int(s, n, fd->kind == LP_FK_HEX ? 16 : 10, v) || *v < fd->min || *v > fd->max)
				return bad_row(it, err, "field %d (%s) \"%.*s\" is not a%s number from %ld to %ld",
							   k + 1, fd->name, (int) n, s,
							   fd->kind == LP_FK_HEX ? " hexadecimal" : "n integer", fd->min, fd->max);
			return 0;
		case LP_FK_DECIMAL:
			if (!is_decimal(s, n))
				return bad_row(it, err, "field %d (%s) \"%.*s\" is not a decimal number",
							   k + 1, fd->name, (int) n, s);
			return 0;
		case LP_FK_ENUM:
			if ((*v = enum_index(fd->values, s, n)) < 0)
				return bad_row(it, err, "field %d (%s) \"%.*s\" is not one of: %s",
							   k + 1, fd->name, (int) n, s,
							   enum_list(fd->values, names, sizeof(names)));
			return 0;
		case LP_FK_REGEX:
			/* the close of a chrome.tsv inline row is literal text: "(下同" … ")" */
			if (it->schema == &lp_data_schemas[LP_DATA_CHROME] && it->row.val[0] == 1)
				return 0;
			if (!regex_compiles(s, n))
				return bad_row(it, err, "field %d (%s) \"%.*s\" is not a valid regular expression",
							   k + 1, fd->name, (int) n, s);
			return 0;
	}
	return 0;
}

/* Split the line [start, end) into it->row; returns the number of fields. */
static int
split_fields(lp_data_iter *it, size_t start, size_t end)
{
	int			nf = 0;

	while (start <= end)
	{
		const char *tab = memchr(it->data + start, '\t', end - start);
		size_t		f = tab ? (size_t) (tab - it->data) : end;

		if (nf < LP_DATA_MAX_FIELDS)
		{
			it->row.f[nf] = it->data + start;
			it->row.len[nf] = f - start;
		}
		nf++;
		start = f + 1;
	}
	return nf;
}

int
lp_data_next(lp_data_iter *it, lp_error *err)
{
	const lp_schema *s = it->schema;

	if (it->data == NULL)
	{
		if (it->pos > 0)
			return 0;
		it->pos = 1;
		return bad_row(it, err, "the file is missing");
	}
	while (it->pos < it->len)
	{
		size_t		start = it->pos,
					end;
		const char *nl = memchr(it->data + start, '\n', it->len - start);
		int			nf,
					k;

		/* memchr: the byte loops were a third of reading the files */
		end = nl ? (size_t) (nl - it->data) : it->len;
		it->pos = end < it->len ? end + 1 : it->len;
		it->line++;
		if (end > start && it->data[end - 1] == '\r')
			end--;
		if (end == start || it->data[start] == '#')
			continue;
		nf = split_fields(it, start, end);
		it->row.line = it->line;
		it->row.nf = nf;
		if (nf < s->min_fields || nf > s->nfields)
		{
			char		want[32];

			snprintf(want, sizeof(want), s->nfields > s->min_fields ? "%d to %d" : "%d",
					 s->min_fields, s->nfields);
			return bad_row(it, err, "%d field%s, expected %s", nf, nf == 1 ? "" : "s", want);
		}
		for (k = nf; k < s->nfields; k++)
		{
			it->row.f[k] = "";
			it->row.len[k] = 0;
		}
		for (k = 0; k < s->nfields; k++)
			if (check_field(it, k, err) < 0)
				return -1;
		return 1;
	}
	return 0;
}

/* ---------- process-lifetime memory ---------- */

static void
out_of_memory(size_t size)
{
	lp_error	e;

	lp_fail(&e, LP_ENOMEM, 0, 0, "out of memory building a dictionary (%zu bytes)", size);
	lp_fatal(&e);
}

void *
lp_data_alloc(size_t size)
{
	void	   *p = calloc(1, size ? size : 1);

	if (p == NULL)
		out_of_memory(size);
	return p;
}

void *
lp_data_realloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
		out_of_memory(size);
	return p;
}

char *
lp_data_strndup(const char *s, size_t n)
{
	char	   *p = lp_data_alloc(n + 1);

	memcpy(p, s, n);
	return p;
}

void *
lp_data_grow(void *arr, size_t n, size_t *cap, size_t elem)
{
	if (n < *cap)
		return arr;
	*cap = *cap ? *cap * 2 : 16;
	if (*cap > ((size_t) -1) / 2 / elem)
		out_of_memory((size_t) -1);
	return lp_data_realloc(arr, *cap * elem);
}
