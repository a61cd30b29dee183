/*
 * fuzz_idempotent.c — libFuzzer target: lp_normalize is idempotent,
 * normalize(normalize(x)) = normalize(x) byte for byte, on the input as is
 * and on its replacing UTF-8 decode (what the SQL functions see).
 *
 * ingest stores clean = normalize(body) and store_facts runs extract(clean),
 * which normalizes its argument again: the spans of facts index the stored
 * clean text only when the second normalize changes nothing.  The second
 * run must also log no repair.
 */
#include "fuzz_util.h"

static void
check_idempotent(const char *text, size_t len)
{
	lp_buf		once,
				twice;
	lp_repairs	reps = {0};
	lp_error	err;
	int			rc;

	lp_buf_init(&once);
	lp_buf_init(&twice);
	memset(&err, 0, sizeof(err));
	rc = lp_normalize(text, len, &once, NULL, &err);
	fuzz_check_error(rc, &err, "lp_normalize");
	if (rc == LP_OK)
	{
		const char *o = once.data ? once.data : "";

		rc = lp_normalize(o, once.len, &twice, &reps, &err);
		fuzz_check_error(rc, &err, "lp_normalize (second run)");
		if (rc == LP_OK)
		{
			if (twice.len != once.len || (once.len && memcmp(twice.data, once.data, once.len) != 0))
			{
				size_t		i = 0;

				while (i < once.len && i < twice.len && once.data[i] == twice.data[i])
					i++;
				fuzz_die("normalize is not idempotent: %zu bytes, then %zu; first difference at byte %zu: "
						 "'%.40s' became '%.40s'", once.len, twice.len, i,
						 once.data + i, twice.data ? twice.data + i : "");
			}
			if (reps.n != 0)
				fuzz_die("normalizing normalized text logged %zu repairs (first: %s '%s' -> '%s')",
						 reps.n, reps.items[0].kind, reps.items[0].before, reps.items[0].after);
		}
	}
	lp_repairs_free(&reps);
	lp_buf_free(&once);
	lp_buf_free(&twice);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_copy(data, size);

	check_idempotent(text, size);
	if (!fuzz_valid_utf8(text, size))
	{
		lp_buf		dec;
		const char *used;
		size_t		nrep;
		lp_error	err;

		lp_buf_init(&dec);
		if (lp_decode(data, size, "UTF-8", 1, &dec, &used, &nrep, &err) == LP_OK)
			check_idempotent(dec.data ? dec.data : "", dec.len);
		lp_buf_free(&dec);
	}
	free(text);
	return 0;
}
