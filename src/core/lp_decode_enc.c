/*
 * lp_decode_enc.c — the encodings the decoder knows: their canonical names,
 * the aliases a caller may write, the error that names a bad byte
 * sequence in one of them, and the note of a replacement made.  The
 * bottom of the decoding module: the detector (lp_decode.c) and both
 * converters (lp_decode_iconv.c, lp_decode_utf8.c) use it, and it uses
 * none of them.
 */
#include "lp_decode_int.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static const char *const canonical_names[LP_ENC_COUNT] = {
	"UTF-8", "UTF-16LE", "UTF-16BE", "GBK", "GB18030", "BIG5", "BIG5-HKSCS"
};

static const struct
{
	const char *name;
	lp_enc		enc;
}			aliases[] = {
	{"utf8", LP_ENC_UTF8}, {"utf-8", LP_ENC_UTF8},
	{"utf-16le", LP_ENC_UTF16LE}, {"utf16le", LP_ENC_UTF16LE},
	{"utf-16be", LP_ENC_UTF16BE}, {"utf16be", LP_ENC_UTF16BE},
	{"gbk", LP_ENC_GBK}, {"cp936", LP_ENC_GBK}, {"gb2312", LP_ENC_GBK},
	{"gb18030", LP_ENC_GB18030},
	{"big5", LP_ENC_BIG5},
	{"big5-hkscs", LP_ENC_BIG5HKSCS}, {"big5hkscs", LP_ENC_BIG5HKSCS},
};

const char *
lp_enc_name(lp_enc enc)
{
	return (enc >= 0 && enc < LP_ENC_COUNT) ? canonical_names[enc] : "?";
}

int
lp_enc_lookup(const char *name)
{
	size_t		k;

	for (k = 0; k < sizeof(aliases) / sizeof(aliases[0]); k++)
		if (strcasecmp(name, aliases[k].name) == 0)
			return aliases[k].enc;
	return -1;
}

const char *
lp_enc_accepted_names(void)
{
	return "auto, utf8, utf-8, utf-16le, utf16le, utf-16be, utf16be, gbk, cp936, "
		"gb2312, gb18030, big5, big5-hkscs, big5hkscs";
}

int
lp_decode_fail(lp_error *err, lp_enc enc, const uint8_t *raw, size_t len,
			   size_t off, size_t nbad, const char *decoded, size_t decoded_len)
{
	char		bytes[40];
	size_t		k,
				used = 0;
	int			line = 1;
	const char *p = decoded,
			   *end = decoded + decoded_len;

	while (p && p < end && (p = memchr(p, '\n', end - p)) != NULL)
	{
		line++;
		p++;
	}
	bytes[0] = '\0';
	for (k = 0; k < nbad && off + k < len && k < 4; k++)
		used += snprintf(bytes + used, sizeof(bytes) - used, "%s0x%02x",
						 k ? " " : "", raw[off + k]);
	if (off >= len)
		snprintf(bytes, sizeof(bytes), "end of input");
	return lp_fail(err, LP_EENCODING, off, line,
				   "invalid byte sequence for encoding \"%s\" at byte offset %zu (line %d): %s",
				   lp_enc_name(enc), off, line, bytes);
}

void
lp_replace_note(lp_replace_log *log, const lp_buf *out, size_t offset,
				size_t len)
{
	const char *p = out->data + log->scanned,
			   *end = out->data + out->len;

	while (p < end && (p = memchr(p, '\n', (size_t) (end - p))) != NULL)
	{
		log->line++;
		p++;
	}
	log->scanned = out->len;
	log->fn(log->arg, offset, len, log->line);
}
