/*
 * lp_decode_iconv.c — conversion to UTF-8 with glibc iconv, in chunks.
 *
 * Each converter is opened once per process and reset before every use
 * (iconv_open costs far more than a short conversion).  The input is fed
 * in chunks so a cancel is noticed; iconv leaves an incomplete sequence at
 * a chunk's end unconsumed and we feed it again with the next chunk.  On a
 * bad sequence iconv stops with its input pointer on it, which gives the
 * exact byte offset for the error or the place to put U+FFFD.
 */
#include "lp_decode_int.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <string.h>

#define CONVERT_CHUNK 65536

/* glibc names of the encodings, in lp_enc order */
static const char *const iconv_names[LP_ENC_COUNT] = {
	"UTF-8", "UTF-16LE", "UTF-16BE", "GBK", "GB18030", "BIG5", "BIG5-HKSCS"
};

static iconv_t converters[LP_ENC_COUNT];
static int	converter_ready[LP_ENC_COUNT];

/* The process-wide converter from enc to UTF-8, opened on first use. */
static iconv_t
converter(lp_enc enc, lp_error *err)
{
	if (!converter_ready[enc])
	{
		iconv_t		cd = iconv_open("UTF-8", iconv_names[enc]);

		if (cd == (iconv_t) -1)
		{
			lp_fail(err, LP_ELIBRARY, 0, 0,
					"iconv cannot convert from %s to UTF-8", iconv_names[enc]);
			return (iconv_t) -1;
		}
		converters[enc] = cd;
		converter_ready[enc] = 1;
	}
	return converters[enc];
}

static int
is_utf16(lp_enc enc)
{
	return enc == LP_ENC_UTF16LE || enc == LP_ENC_UTF16BE;
}

/* First NUL character in raw[pos, end) (code units aligned on pos), or end. */
static size_t
find_nul(lp_enc enc, const uint8_t *raw, size_t pos, size_t end)
{
	if (is_utf16(enc))
	{
		size_t		k;

		for (k = pos; k + 1 < end; k += 2)
			if ((raw[k] | raw[k + 1]) == 0)
				return k;
		return end;
	}
	else
	{
		const uint8_t *z = memchr(raw + pos, 0, end - pos);

		return z ? (size_t) (z - raw) : end;
	}
}

/*
 * How many bytes the bad sequence at pos takes (*skip, replaced by one
 * U+FFFD) and how many to show in an error (*show).
 */
static void
bad_sequence(lp_enc enc, const uint8_t *raw, size_t len, size_t pos,
			 size_t *skip, size_t *show)
{
	size_t		left = len - pos;

	if (is_utf16(enc))
	{
		*skip = left >= 2 ? 2 : left;
		*show = left >= 4 ? 4 : *skip;
		return;
	}
	if (raw[pos] == 0 || left < 2)
	{
		*skip = *show = 1;
		return;
	}
	/* a lead byte with a bad trail: an ASCII trail stands on its own */
	*skip = (raw[pos] >= 0x81 && raw[pos] <= 0xFE && raw[pos + 1] >= 0x80) ? 2 : 1;
	*show = 2;
	if (enc == LP_ENC_GB18030 && raw[pos + 1] >= 0x30 && raw[pos + 1] <= 0x39)
		*show = left >= 4 ? 4 : left;
}

/* Write out a character the converter holds back (BIG5-HKSCS waits for a
 * possible combining mark); this also resets its state. */
static void
flush_state(iconv_t cd, lp_buf *out)
{
	char	   *op;
	size_t		ol;

	lp_buf_reserve(out, 32);
	op = out->data + out->len;
	ol = out->cap - out->len - 1;
	if (iconv(cd, NULL, NULL, &op, &ol) != (size_t) -1)
		out->len = op - out->data;
	out->data[out->len] = '\0';
}

int
lp_convert(lp_enc enc, const uint8_t *raw, size_t from, size_t len,
		   int replace, int partial, lp_buf *out,
		   size_t *n_replaced, lp_replace_log *log, lp_error *err)
{
	iconv_t		cd;
	size_t		pos = from,
				out_base = out->len;

	if (enc == LP_ENC_UTF8)
		return lp_convert_utf8(raw, from, len, replace, partial, out,
							   n_replaced, log, err);
	cd = converter(enc, err);
	if (cd == (iconv_t) -1)
		return LP_ELIBRARY;
	iconv(cd, NULL, NULL, NULL, NULL);
	lp_buf_reserve(out, (len - from) + (len - from) / 2 + 16);

	while (pos < len)
	{
		size_t		chunk_end = len - pos > CONVERT_CHUNK ? pos + CONVERT_CHUNK : len;
		size_t		stop = find_nul(enc, raw, pos, chunk_end);
		int			bad = 0;

		LP_CHECK_INTERRUPTS();
		if (stop > pos)
		{
			char	   *ip = (char *) raw + pos,
					   *op;
			size_t		il = stop - pos,
						ol,
						r;

			lp_buf_reserve(out, il * 2 + 16);
			op = out->data + out->len;
			ol = out->cap - out->len - 1;
			r = iconv(cd, &ip, &il, &op, &ol);
			out->len = op - out->data;
			out->data[out->len] = '\0';
			pos = (const uint8_t *) ip - raw;
			if (r == (size_t) -1)
			{
				if (errno == E2BIG)
					continue;
				if (errno == EILSEQ)
					bad = 1;
				else if (errno == EINVAL)
				{
					/* incomplete sequence where the fed range ends */
					if (stop == chunk_end && chunk_end < len)
						continue;	/* more input follows: feed it again */
					if (stop == len && partial)
						break;
					bad = 1;
				}
				else
					bad = 1;
			}
			else if (pos < stop)
				continue;
		}
		if (!bad && pos == stop && stop < chunk_end)
			bad = 1;			/* a NUL character */
		if (bad)
		{
			size_t		skip,
						show;

			bad_sequence(enc, raw, len, pos, &skip, &show);
			if (!replace)
			{
				int			rc = lp_decode_fail(err, enc, raw, len, pos, show,
												out->data + out_base,
												out->len - out_base);

				iconv(cd, NULL, NULL, NULL, NULL);
				return rc;
			}
			flush_state(cd, out);
			if (log)
				lp_replace_note(log, out, pos, skip);
			lp_buf_append(out, "\xEF\xBF\xBD", 3);
			if (n_replaced)
				(*n_replaced)++;
			pos += skip;
		}
	}
	flush_state(cd, out);
	if (out->data == NULL)
		lp_buf_append(out, "", 0);
	return LP_OK;
}
