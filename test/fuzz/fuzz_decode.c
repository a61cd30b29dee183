/*
 * fuzz_decode.c — libFuzzer target for lp_detect_encoding and lp_decode.
 *
 * The first input byte chooses the encoding name (auto, every canonical name,
 * the documented aliases, and one unknown name) and strict or replace mode;
 * the rest is the raw document.  Checks: no sanitizer report; the result is
 * well-formed UTF-8; replace mode never fails on encoding errors and strict
 * mode never replaces; valid UTF-8 without NUL decoded as UTF-8 comes back
 * unchanged (BOM dropped); ranked guesses are sane.
 */
#include "fuzz_util.h"

static const char *const encodings[] = {
	"auto", "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "GBK", "BIG5",
	"BIG5-HKSCS", "utf8", "gb2312", "cp936", "big5hkscs", "no-such-encoding"
};
#define N_ENCODINGS (sizeof(encodings) / sizeof(encodings[0]))

static void
check_guesses(const uint8_t *raw, size_t len)
{
	lp_enc_guess g[8];
	int			n = lp_detect_encoding(raw, len, g, 8);

	if (n < 0 || n > 8)
		fuzz_die("lp_detect_encoding returned %d for max 8", n);
	for (int i = 0; i < n; i++)
	{
		if (g[i].encoding == NULL)
			fuzz_die("guess %d has no encoding name", i);
		if (!(g[i].confidence >= 0.0 && g[i].confidence <= 1.0))
			fuzz_die("guess %d (%s) has confidence %g", i, g[i].encoding, g[i].confidence);
		if (i > 0 && g[i].confidence > g[i - 1].confidence)
			fuzz_die("guesses not ranked best first");
	}
	if (lp_detect_encoding(raw, len, g, 0) != 0)
		fuzz_die("lp_detect_encoding wrote guesses with max 0");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *encoding;
	int			replace;
	char	   *raw;
	size_t		len;
	lp_buf		out;
	lp_error	err;
	const char *used = NULL;
	size_t		n_replaced = 12345;
	int			rc;

	if (size < 1)
		return 0;
	encoding = encodings[(data[0] & 0x7F) % N_ENCODINGS];
	replace = (data[0] & 0x80) != 0;
	len = size - 1;
	raw = fuzz_copy(data + 1, len);

	check_guesses((const uint8_t *) raw, len);

	lp_buf_init(&out);
	memset(&err, 0, sizeof(err));
	rc = lp_decode((const uint8_t *) raw, len, encoding, replace, &out,
				   &used, &n_replaced, &err);
	fuzz_check_error(rc, &err, "lp_decode");
	if (rc == LP_OK)
	{
		if (used == NULL)
			fuzz_die("lp_decode succeeded without naming the encoding used");
		if (out.data == NULL)
			fuzz_die("lp_decode succeeded with out.data NULL");
		if (out.data[out.len] != '\0')
			fuzz_die("output not NUL-terminated");
		if (!fuzz_valid_utf8(out.data, out.len))
			fuzz_die("lp_decode(%s, replace=%d) produced invalid UTF-8", encoding, replace);
		if (!replace && n_replaced != 0)
			fuzz_die("strict decode replaced %zu bytes", n_replaced);
		/* NUL cannot be stored in a text value: it is an encoding error
		 * (U+FFFD when replacing), so only NUL-free input must survive */
		if (strcmp(encoding, "UTF-8") == 0 && fuzz_valid_utf8(raw, len) &&
			memchr(raw, '\0', len) == NULL)
		{
			size_t		skip = (len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;

			if (out.len != len - skip || memcmp(out.data, raw + skip, out.len) != 0)
				fuzz_die("valid UTF-8 changed by decoding it as UTF-8");
		}
	}
	else if (rc == LP_EENCODING)
	{
		if (replace && strcmp(encoding, "no-such-encoding") != 0)
			fuzz_die("replace mode failed with an encoding error: %s", err.msg);
		if (err.offset > len)
			fuzz_die("error offset %zu past the input (%zu bytes)", err.offset, len);
	}
	else if (rc != LP_EARG && rc != LP_ELIBRARY)
		fuzz_die("lp_decode failed with unexpected code %d: %s", rc, err.msg);
	if (rc == LP_EARG && strcmp(encoding, "no-such-encoding") != 0)
		fuzz_die("lp_decode rejected the known encoding name %s: %s", encoding, err.msg);
	lp_buf_free(&out);
	free(raw);
	return 0;
}
