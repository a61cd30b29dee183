/*
 * fuzz_extract_utf8.c — libFuzzer target: every string the extraction
 * core returns to SQL is valid UTF-8 (issue 16, reproduction 3: a text
 * datum that is not UTF-8 is stored, and \copy of it out and back in
 * fails).
 *
 * The input is a document, optionally followed by a byte 0x01 and a period
 * argument (extract(doc, period)); input that is not UTF-8 is decoded with
 * replacement first, as SQL only passes valid text.  Checked on the valid
 * UTF-8 document: every field of every fact lp_extract_period returns
 * (evidence, section, subject, period, status, indicator, measure, value
 * fields), of lp_infer_meta (report_meta) and of lp_parse_sections
 * (sections); and that every fact is on a line of the clean text.
 */
#include "fuzz_util.h"

static void
check_str(const char *s, const char *what, size_t i)
{
	if (s && !fuzz_valid_utf8(s, strlen(s)))
		fuzz_die("%s of item %zu is not valid UTF-8: \"%s\"", what, i, s);
}

static void
check_all(const char *doc, size_t len, const char *period)
{
	lp_buf		clean;
	lp_error	err;
	lp_meta		meta;
	lp_facts	facts = {NULL, 0, 0};
	lp_sections secs = {NULL, 0, 0};
	size_t		i,
				nlines;

	lp_buf_init(&clean);
	memset(&err, 0, sizeof(err));
	if (lp_normalize(doc, len, &clean, NULL, &err) != LP_OK)
	{
		lp_buf_free(&clean);
		return;
	}
	if (clean.data == NULL)
		lp_buf_append(&clean, "", 0);
	if (!fuzz_valid_utf8(clean.data, clean.len))
		fuzz_die("normalize turned valid UTF-8 into invalid UTF-8");

	lp_infer_meta(clean.data, clean.len, &meta);
	check_str(meta.title, "report_meta title", 0);
	check_str(meta.region, "report_meta region", 0);
	check_str(meta.region_code, "report_meta region_code", 0);
	check_str(meta.period, "report_meta period", 0);
	check_str(meta.kind, "report_meta kind", 0);

	if (lp_parse_sections(clean.data, clean.len, &secs, &err) == LP_OK)
		for (i = 0; i < secs.n; i++)
		{
			check_str(secs.items[i].numbering, "sections numbering", i);
			check_str(secs.items[i].heading, "sections heading", i);
			check_str(secs.items[i].period, "sections period", i);
		}
	lp_sections_free(&secs);

	nlines = fuzz_count_newlines(clean.data, clean.len) + 1;
	if (lp_extract_period(clean.data, clean.len, period, &facts, &err) == LP_OK)
		for (i = 0; i < facts.n; i++)
		{
			const lp_fact *f = &facts.items[i];

			/* a fact's line is one of the text normalize kept line for line */
			if (f->line < 1 || (size_t) f->line > nlines)
				fuzz_die("fact %zu on line %d of %zu", i, f->line, nlines);
			check_str(f->evidence, "extract evidence", i);
			check_str(f->section, "extract section", i);
			check_str(f->period, "extract period", i);
			check_str(lp_status_name(f->status), "extract status", i);
			check_str(f->subject, "extract subject", i);
			check_str(f->indicator, "extract indicator", i);
			check_str(lp_measure_name(f->measure), "extract measure", i);
			if (f->has_quantity)
			{
				check_str(f->q.value, "extract value", i);
				check_str(f->q.value_hi, "extract value_hi", i);
				check_str(f->q.unit, "extract unit", i);
				check_str(f->q.base_value, "extract base_value", i);
				check_str(f->q.base_value_hi, "extract base_value_hi", i);
				check_str(f->q.base_unit, "extract base_unit", i);
			}
		}
	lp_facts_free(&facts);
	lp_buf_free(&clean);
}

/* A valid UTF-8 copy of s[0, n), NUL-terminated (malloc). */
static char *
as_text(const uint8_t *s, size_t n, size_t *len)
{
	lp_buf		dec;
	const char *used;
	size_t		nrep;
	lp_error	err;
	char	   *t;

	lp_buf_init(&dec);
	if (n == 0 || lp_decode(s, n, "UTF-8", 1, &dec, &used, &nrep, &err) != LP_OK)
		lp_buf_append(&dec, "", 0);
	*len = dec.len;
	t = malloc(dec.len + 1);
	if (t == NULL)
		abort();
	memcpy(t, dec.data ? dec.data : "", dec.len + 1);
	lp_buf_free(&dec);
	/* SQL text holds no NUL */
	for (size_t i = 0; i < *len; i++)
		if (t[i] == '\0')
			t[i] = ' ';
	return t;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *sep = memchr(data, 0x01, size);
	size_t		doc_n = sep ? (size_t) (sep - data) : size,
				doc_len,
				period_len;
	char	   *doc = as_text(data, doc_n, &doc_len),
			   *period = sep ? as_text(sep + 1, size - doc_n - 1, &period_len) : NULL;

	check_all(doc, doc_len, period);
	free(doc);
	free(period);
	return 0;
}
