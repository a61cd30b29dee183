/*
 * fuzz_extract.c — libFuzzer target for the whole text pipeline:
 * lp_normalize, then lp_infer_meta and lp_extract on the clean text (with
 * the inferred metadata and with meta = NULL).
 *
 * Input that is not UTF-8 is first decoded with replacement, as the SQL
 * functions only ever see valid text.  Checks: facts point at a line of the
 * clean text and a character span inside it, carry evidence, status and
 * measure, and valid quantities; evidence, section and subject are valid
 * UTF-8; metadata strings are terminated.
 */
#include "fuzz_util.h"

/* character length of every line of text (1-based; [0] unused), one pass */
static long *
line_lengths(const char *text, size_t len, int *nlines)
{
	size_t		i = 0;
	int			n = 1,
				cap = 64;
	long	   *chars = malloc((size_t) cap * sizeof(long));

	for (;;)
	{
		const char *nl = memchr(text + i, '\n', len - i);
		size_t		end = nl ? (size_t) (nl - text) : len;

		if (n >= cap)
		{
			cap *= 2;
			chars = realloc(chars, (size_t) cap * sizeof(long));
		}
		chars[n] = (long) lp_utf8_chars(text + i, end - i);
		if (nl == NULL)
			break;
		i = end + 1;
		n++;
	}
	*nlines = n;
	return chars;
}

static void
check_facts(const char *clean, size_t len, const lp_facts *facts)
{
	int			nlines;
	long	   *lines = line_lengths(clean, len, &nlines);

	for (size_t i = 0; i < facts->n; i++)
	{
		const lp_fact *f = &facts->items[i];
		long		chars;

		if (f->line < 1 || f->line > nlines)
			fuzz_die("fact %zu on line %d, not in the text", i, f->line);
		chars = lines[f->line];
		if (f->span_start < 0 || f->span_start > f->span_end || f->span_end > chars)
			fuzz_die("fact %zu span [%d,%d) on a line of %ld characters",
					 i, f->span_start, f->span_end, chars);
		if (f->evidence == NULL || lp_status_name(f->status) == NULL ||
			lp_measure_name(f->measure) == NULL)
			fuzz_die("fact %zu lacks evidence, status or measure", i);
		/* text columns refuse invalid UTF-8 wherever they are sent (Citus shards) */
		if (!fuzz_valid_utf8(f->evidence, strlen(f->evidence)))
			fuzz_die("fact %zu evidence is not valid UTF-8", i);
		if (f->section && !fuzz_valid_utf8(f->section, strlen(f->section)))
			fuzz_die("fact %zu section is not valid UTF-8", i);
		if (f->subject && !fuzz_valid_utf8(f->subject, strlen(f->subject)))
			fuzz_die("fact %zu subject is not valid UTF-8", i);
		FUZZ_CHECK_STR(f->period, "fact period");
		/* a period has a basis, and only a period has one */
		if ((f->period[0] == '\0') != (f->period_basis == LP_PERIOD_NONE) ||
			(f->period[0] && lp_period_basis_name(f->period_basis) == NULL))
			fuzz_die("fact %zu period \"%s\" with basis %d", i, f->period, (int) f->period_basis);
		if (f->has_quantity)
		{
			if (!f->q.value || !f->q.value_hi || !f->q.unit || !f->q.base_value ||
				!f->q.base_value_hi || !f->q.base_unit || !f->q.dimension)
				fuzz_die("fact %zu has a NULL value field", i);
			(void) strlen(f->q.unit);
			(void) strlen(f->q.base_unit);
			if (f->q.value[0] && !fuzz_is_decimal(f->q.value))
				fuzz_die("fact %zu value \"%s\" is not a decimal", i, f->q.value);
			if (f->q.base_value[0] && !fuzz_is_decimal(f->q.base_value))
				fuzz_die("fact %zu base value \"%s\" is not a decimal", i, f->q.base_value);
		}
	}
	free(lines);
}

static void
pipeline(const char *text, size_t len)
{
	lp_buf		clean;
	lp_error	err;
	lp_meta		meta;
	lp_facts	facts = {NULL, 0, 0};
	int			rc;

	lp_buf_init(&clean);
	memset(&err, 0, sizeof(err));
	rc = lp_normalize(text, len, &clean, NULL, &err);
	fuzz_check_error(rc, &err, "lp_normalize");
	if (rc != LP_OK)
	{
		lp_buf_free(&clean);
		return;
	}
	if (clean.data == NULL)
		lp_buf_append(&clean, "", 0);

	memset(&meta, 0x55, sizeof(meta));
	lp_infer_meta(clean.data, clean.len, &meta);
	FUZZ_CHECK_STR(meta.title, "title");
	FUZZ_CHECK_STR(meta.region, "region");
	FUZZ_CHECK_STR(meta.region_code, "region_code");
	FUZZ_CHECK_STR(meta.period, "period");
	FUZZ_CHECK_STR(meta.kind, "kind");
	if (meta.year < 0 || meta.year > 9999)
		fuzz_die("inferred year %d", meta.year);

	rc = lp_extract(clean.data, clean.len, &meta, &facts, &err);
	fuzz_check_error(rc, &err, "lp_extract");
	if (rc == LP_OK)
		check_facts(clean.data, clean.len, &facts);
	lp_facts_free(&facts);

	rc = lp_extract(clean.data, clean.len, NULL, &facts, &err);
	fuzz_check_error(rc, &err, "lp_extract");
	if (rc == LP_OK)
		check_facts(clean.data, clean.len, &facts);
	lp_facts_free(&facts);
	lp_buf_free(&clean);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (fuzz_valid_utf8((const char *) data, size))
	{
		char	   *text = fuzz_copy(data, size);

		pipeline(text, size);
		free(text);
	}
	else
	{
		lp_buf		dec;
		const char *used;
		size_t		nrep;
		lp_error	err;

		lp_buf_init(&dec);
		if (lp_decode(data, size, "UTF-8", 1, &dec, &used, &nrep, &err) == LP_OK)
			pipeline(dec.data, dec.len);
		lp_buf_free(&dec);
	}
	return 0;
}
