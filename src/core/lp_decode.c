/* STUB — to be replaced by the decoding module (UTF-8 only for now). */
#include "lp.h"
#include <string.h>

int
lp_detect_encoding(const uint8_t *raw, size_t len, lp_enc_guess *out, int max)
{
	if (max < 1)
		return 0;
	out[0].encoding = "UTF-8";
	out[0].confidence = 1.0;
	return 1;
}

int
lp_decode(const uint8_t *raw, size_t len, const char *encoding, int replace,
		  lp_buf *out, const char **used, size_t *n_replaced, lp_error *err)
{
	size_t		i = 0;

	if (len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	lp_buf_reserve(out, len);
	while (i < len)
	{
		int			n;
		uint32_t	cp = lp_utf8_next((const char *) raw + i, len - i, &n);

		if (cp == 0xFFFD && n == 1)
			return lp_fail(err, LP_EENCODING, i, 0, "invalid UTF-8 byte 0x%02x at byte offset %zu", raw[i], i);
		lp_buf_append(out, (const char *) raw + i, n);
		i += n;
	}
	if (out->data == NULL)
		lp_buf_append(out, "", 0);
	*used = "UTF-8";
	if (n_replaced)
		*n_replaced = 0;
	return LP_OK;
}
