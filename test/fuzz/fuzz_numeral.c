/*
 * fuzz_numeral.c — libFuzzer target for lp_cn_number (Chinese and Arabic
 * numerals to a decimal string).
 *
 * The output buffer is a heap block of exactly the size passed, so writing
 * past it is an ASan report; the size cycles through small values too
 * (the first input byte chooses it).  Checks: success gives a canonical
 * decimal that fits; failure is a syntax, range or too-big error.
 */
#include "fuzz_util.h"

static const size_t out_sizes[] = {LP_NUM_MAX, 64, 1, 2, 4, 8, 16, 24, 32, 256};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t		outsz;
	char	   *in;
	char	   *out;
	size_t		len;
	lp_error	err;
	int			rc;

	if (size < 1)
		return 0;
	outsz = out_sizes[data[0] % (sizeof(out_sizes) / sizeof(out_sizes[0]))];
	len = size - 1;
	in = fuzz_copy(data + 1, len);
	out = malloc(outsz);
	memset(out, 'X', outsz);
	memset(&err, 0, sizeof(err));
	rc = lp_cn_number(in, len, out, outsz, &err);
	fuzz_check_error(rc, &err, "lp_cn_number");
	if (rc == LP_OK)
	{
		if (memchr(out, '\0', outsz) == NULL)
			fuzz_die("lp_cn_number succeeded without a NUL-terminated result");
		if (!fuzz_is_decimal(out))
			fuzz_die("lp_cn_number gave \"%s\", not a decimal", out);
	}
	else if (rc != LP_ESYNTAX && rc != LP_ERANGE && rc != LP_ETOOBIG)
		fuzz_die("lp_cn_number failed with unexpected code %d: %s", rc, err.msg);
	else if (err.offset > len)
		fuzz_die("error offset %zu past the input (%zu bytes)", err.offset, len);
	free(out);
	free(in);
	return 0;
}
