/*
 * lp_decode_int.h — internals of the decoding module (lp_decode*.c):
 * the encodings it knows, the converters and the trial-decoding scorer.
 */
#ifndef LP_DECODE_INT_H
#define LP_DECODE_INT_H

#include "lp.h"

typedef enum lp_enc
{
	LP_ENC_UTF8 = 0,
	LP_ENC_UTF16LE,
	LP_ENC_UTF16BE,
	LP_ENC_GBK,
	LP_ENC_GB18030,
	LP_ENC_BIG5,
	LP_ENC_BIG5HKSCS,
	LP_ENC_COUNT
} lp_enc;

/* Canonical name of an encoding ("GBK"). */
const char *lp_enc_name(lp_enc enc);

/* Encoding named by name (case-insensitive, aliases); -1 if unknown. */
int			lp_enc_lookup(const char *name);

/* Comma-separated list of accepted names, for error messages. */
const char *lp_enc_accepted_names(void);

/*
 * Where replacements are reported (lp_decode_ex): the callback, and the
 * newlines counted so far in the decoded text, so that finding the line of
 * each replacement stays linear.
 */
typedef struct lp_replace_log
{
	lp_replaced_fn fn;
	void	   *arg;
	size_t		scanned;		/* bytes of out counted for newlines */
	int			line;			/* line at out->data[scanned] */
} lp_replace_log;

/* Tell log of a replacement of raw[offset, offset + len), made when out
 * ends just before its U+FFFD. */
void		lp_replace_note(lp_replace_log *log, const lp_buf *out,
							size_t offset, size_t len);

/*
 * Convert raw[from, len) in encoding enc to UTF-8, appending to out.
 * replace: bad sequences (and NUL characters, which text cannot hold)
 * become U+FFFD, counted in *n_replaced and told to log (may be NULL);
 * otherwise the first fails with LP_EENCODING naming its byte offset in
 * raw and its line.  partial: the input is a sample cut short, so an
 * incomplete sequence at its very end is dropped silently.
 */
int			lp_convert(lp_enc enc, const uint8_t *raw, size_t from, size_t len,
					   int replace, int partial, lp_buf *out,
					   size_t *n_replaced, lp_replace_log *log, lp_error *err);

/* UTF-8 fast path of lp_convert: validate and copy, no iconv. */
int			lp_convert_utf8(const uint8_t *raw, size_t from, size_t len,
							int replace, int partial, lp_buf *out,
							size_t *n_replaced, lp_replace_log *log,
							lp_error *err);

/*
 * Fail with the standard message: invalid byte sequence for encoding "GBK"
 * at byte offset N (line L): 0xa3 0x20.  decoded is the text decoded from
 * the bytes before off (for the line number); nbad bytes are shown.
 */
int			lp_decode_fail(lp_error *err, lp_enc enc, const uint8_t *raw,
						   size_t len, size_t off, size_t nbad,
						   const char *decoded, size_t decoded_len);

/*
 * Plausibility of decoded text as Chinese prose: sum over its characters of
 * hanzi frequency weights minus penalties for U+FFFD, private use, rare and
 * compatibility ideographs, control characters and symbol runs that
 * mis-decodings produce.  *nchars gets the number of characters scored.
 */
double		lp_text_score(const char *s, size_t len, size_t *nchars);

#endif
