/*
 * fuzz_normalize.c — libFuzzer target for lp_normalize with its repairs list.
 *
 * The input is taken as text as is (the core must not crash even on bytes
 * that are not UTF-8) and, when it is not valid UTF-8, once more after a
 * replacing UTF-8 decode (what the SQL functions see).  Checks: output is
 * NUL-terminated, has exactly as many lines as the input (the contract the
 * facts' line numbers rely on), is UTF-8 when the input was; every repair has
 * a kind, a line within the document and both texts, UTF-8 when the input
 * was (normalize() and repairs() return nothing else).
 */
#include "fuzz_util.h"

static void
normalize_once(const char *text, size_t len, int input_valid)
{
	lp_buf		out;
	lp_repairs	repairs = {0};
	lp_error	err;
	size_t		lines = fuzz_count_newlines(text, len) + 1;
	int			rc;

	lp_buf_init(&out);
	memset(&err, 0, sizeof(err));
	rc = lp_normalize(text, len, &out, &repairs, &err);
	fuzz_check_error(rc, &err, "lp_normalize");
	if (rc == LP_OK)
	{
		if (out.data == NULL && len > 0)
			fuzz_die("lp_normalize succeeded with no output for %zu bytes", len);
		if (out.data != NULL)
		{
			if (out.data[out.len] != '\0')
				fuzz_die("output not NUL-terminated");
			if (fuzz_count_newlines(out.data, out.len) + 1 != lines)
				fuzz_die("lp_normalize changed the number of lines from %zu to %zu",
						 lines, fuzz_count_newlines(out.data, out.len) + 1);
			if (input_valid && !fuzz_valid_utf8(out.data, out.len))
				fuzz_die("lp_normalize turned valid UTF-8 into invalid UTF-8");
		}
		for (size_t i = 0; i < repairs.n; i++)
		{
			const lp_repair *r = &repairs.items[i];

			if (r->kind == NULL || r->before == NULL || r->after == NULL)
				fuzz_die("repair %zu has a NULL field", i);
			if (r->line < 1 || (size_t) r->line > lines)
				fuzz_die("repair %zu (%s) on line %d of %zu", i, r->kind, r->line, lines);
			/* repairs() returns them as text: UTF-8 whenever the input was */
			if (input_valid && (!fuzz_valid_utf8(r->before, strlen(r->before)) ||
								!fuzz_valid_utf8(r->after, strlen(r->after))))
				fuzz_die("repair %zu (%s) on line %d is not valid UTF-8: '%s' -> '%s'",
						 i, r->kind, r->line, r->before, r->after);
		}
	}
	else if (rc != LP_ETOOBIG && rc != LP_ELIBRARY && rc != LP_EENCODING)
		fuzz_die("lp_normalize failed with unexpected code %d: %s", rc, err.msg);
	lp_repairs_free(&repairs);
	lp_buf_free(&out);

	/* and once without a repairs list */
	lp_buf_init(&out);
	rc = lp_normalize(text, len, &out, NULL, &err);
	fuzz_check_error(rc, &err, "lp_normalize");
	lp_buf_free(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_copy(data, size);
	int			valid = fuzz_valid_utf8(text, size);

	normalize_once(text, size, valid);
	if (!valid)
	{
		lp_buf		dec;
		const char *used;
		size_t		nrep;
		lp_error	err;

		lp_buf_init(&dec);
		if (lp_decode(data, size, "UTF-8", 1, &dec, &used, &nrep, &err) == LP_OK)
			normalize_once(dec.data, dec.len, 1);
		lp_buf_free(&dec);
	}
	free(text);
	return 0;
}
