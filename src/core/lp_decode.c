/*
 * lp_decode.c — raw bytes to UTF-8 text: detection and the
 * decoding entry point.
 *
 * Detection: a BOM decides; else valid UTF-8 wins outright; else every
 * candidate decodes a bounded sample (the first 64 KiB) and the readings
 * are ranked by how much they look like Chinese (lp_decode_score.c).  The
 * whole input is then decoded with the best candidate; when that fails
 * further on than the sample reached, the next plausible candidates are
 * tried, then detection runs again from the line that failed.
 */
#include "lp_decode_int.h"

#include <math.h>
#include <string.h>
#include <strings.h>

#define SAMPLE_BYTES 65536
#define FALLBACK_MIN_CONFIDENCE 0.01
#define TIE_BREAK 3.0			/* points a superset loses to its subset */

/* Length of the byte order mark raw starts with for enc, or 0. */
static size_t
bom_length(lp_enc enc, const uint8_t *raw, size_t len)
{
	switch (enc)
	{
		case LP_ENC_UTF8:
			return (len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
		case LP_ENC_UTF16LE:
			return (len >= 2 && raw[0] == 0xFF && raw[1] == 0xFE) ? 2 : 0;
		case LP_ENC_UTF16BE:
			return (len >= 2 && raw[0] == 0xFE && raw[1] == 0xFF) ? 2 : 0;
		case LP_ENC_GB18030:
			return (len >= 4 && memcmp(raw, "\x84\x31\x95\x33", 4) == 0) ? 4 : 0;
		default:
			return 0;
	}
}

typedef struct candidate
{
	lp_enc		enc;
	double		score;
	double		confidence;
} candidate;

/* Score one candidate reading of raw[start, end). */
static double
trial_score(lp_enc enc, const uint8_t *raw, size_t start, size_t end,
			int partial, lp_buf *scratch, size_t *n_bad)
{
	size_t		nrep = 0;
	double		score;

	scratch->len = 0;
	if (scratch->data)
		scratch->data[0] = '\0';
	if (lp_convert(enc, raw, start, end, 1, partial, scratch, &nrep, NULL, NULL) != LP_OK)
		return -1e300;			/* converter unavailable */
	score = lp_text_score(scratch->data, scratch->len, NULL);
	if (n_bad)
		*n_bad = nrep;
	return score;
}

/* Are at least 90 % of the UTF-16 units of raw hanzi or CJK/full-width punctuation? */
static int
mostly_cjk_utf16(const uint8_t *raw, size_t len, int big_endian)
{
	size_t		i,
				units = len / 2,
				cjk = 0;

	if (units == 0)
		return 0;
	for (i = 0; i + 1 < len; i += 2)
	{
		unsigned	u = big_endian ? (raw[i] << 8) | raw[i + 1] : (raw[i + 1] << 8) | raw[i];

		if ((i & 0xFFFF) == 0)
			LP_CHECK_INTERRUPTS();

		if ((u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) ||
			(u >= 0xFF01 && u <= 0xFF5E))
			cjk++;
	}
	return cjk * 10 >= units * 9;
}

/* What detection knows of the sample raw[start, end). */
typedef struct sample
{
	const uint8_t *raw;
	size_t		start;
	size_t		end;
	int			partial;		/* cut at SAMPLE_BYTES */
	size_t		nul_even;		/* zero bytes at even and odd offsets */
	size_t		nul_odd;
	int			utf8_valid;
	int			utf8_long;		/* a UTF-8 sequence of three bytes or more */
	size_t		utf8_pairs;		/* two-byte UTF-8 sequences */
	size_t		bad[LP_ENC_COUNT];	/* bad sequences of GBK, GB18030, BIG5, HKSCS */
} sample;

/* A byte order mark at the start decides: 1 and cand[0] filled. */
static int
bom_decides(const uint8_t *raw, size_t len, candidate *cand)
{
	static const lp_enc with_bom[] = {LP_ENC_UTF8, LP_ENC_UTF16LE, LP_ENC_UTF16BE};
	int			i;

	for (i = 0; i < 3; i++)
		if (bom_length(with_bom[i], raw, len))
		{
			cand[0].enc = with_bom[i];
			cand[0].score = 0;
			cand[0].confidence = 1.0;
			return 1;
		}
	return 0;
}

/* The sample: at most SAMPLE_BYTES from start, and its zero bytes. */
static void
take_sample(const uint8_t *raw, size_t len, size_t start, sample *s)
{
	size_t		k;

	memset(s, 0, sizeof(*s));
	s->raw = raw;
	s->start = start;
	s->end = len;
	if (len - start > SAMPLE_BYTES)
	{
		s->end = start + SAMPLE_BYTES;
		s->partial = 1;
	}
	if (memchr(raw + start, 0, s->end - start) == NULL)
		return;					/* no zero byte: most text */
	for (k = start; k < s->end; k++)
		if (raw[k] == 0)
		{
			if ((k - start) & 1)
				s->nul_odd++;
			else
				s->nul_even++;
		}
}

/*
 * Is the sample valid UTF-8, and does that decide?  Other encodings are
 * almost never valid UTF-8.  Only a few two-byte sequences and nothing
 * longer can be GBK by chance ("元" is D4 AA), so those are scored like
 * the others.
 */
static int
utf8_decides(sample *s, lp_buf *scratch)
{
	size_t		k;

	s->utf8_valid = s->nul_even + s->nul_odd == 0 &&
		lp_convert_utf8(s->raw, s->start, s->end, 0, s->partial, scratch, NULL, NULL, NULL) == LP_OK;
	if (!s->utf8_valid)
		return 0;
	for (k = s->start; k < s->end; k++)
	{
		if (s->raw[k] >= 0xE0)
		{
			s->utf8_long = 1;
			return 1;			/* decides: the pairs are not counted further */
		}
		if (s->raw[k] >= 0xC0)
			s->utf8_pairs++;
	}
	return s->utf8_pairs >= 8 || s->utf8_pairs == 0;
}

/*
 * Can the sample be UTF-16 of that byte order?  BOM-less UTF-16 is
 * recognised by its zero bytes (newlines, digits, ASCII); without any,
 * only text that is all hanzi and CJK punctuation qualifies: any even run
 * of bytes "decodes" as UTF-16.
 */
static int
may_be_utf16(const sample *s, lp_enc enc)
{
	if (s->end - s->start < 2)
		return 0;
	if (enc == LP_ENC_UTF16LE)
		return s->nul_odd > s->nul_even ||
			mostly_cjk_utf16(s->raw + s->start, s->end - s->start, 0);
	return s->nul_even > s->nul_odd ||
		mostly_cjk_utf16(s->raw + s->start, s->end - s->start, 1);
}

/* Score every plausible encoding's reading of the sample; returns how many. */
static int
score_candidates(sample *s, lp_buf *scratch, candidate *cand)
{
	int			i,
				n = 0;

	for (i = 0; i < LP_ENC_COUNT; i++)
	{
		lp_enc		enc = (lp_enc) i;
		int			counts_bad = enc == LP_ENC_GBK || enc == LP_ENC_GB18030 ||
			enc == LP_ENC_BIG5 || enc == LP_ENC_BIG5HKSCS;

		if ((enc == LP_ENC_UTF16LE || enc == LP_ENC_UTF16BE) && !may_be_utf16(s, enc))
			continue;
		cand[n].enc = enc;
		cand[n].score = trial_score(enc, s->raw, s->start, s->end, s->partial, scratch,
									counts_bad ? &s->bad[enc] : NULL);
		/* ASCII in UTF-16 leaves a zero byte on one side of each unit */
		if (enc == LP_ENC_UTF16LE)
			cand[n].score += 2.0 * ((double) s->nul_odd - (double) s->nul_even);
		else if (enc == LP_ENC_UTF16BE)
			cand[n].score += 2.0 * ((double) s->nul_even - (double) s->nul_odd);
		else if (enc == LP_ENC_UTF8 && s->utf8_valid)
			cand[n].score += 2.0 * (double) s->utf8_pairs;
		n++;
	}
	return n;
}

/*
 * A superset reading the same bytes the same way is no better: name the
 * smaller encoding (GBK, BIG5) and keep the superset as the fallback.
 */
static void
prefer_subsets(const sample *s, candidate *cand, int n)
{
	int			i,
				j;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			if ((cand[i].enc == LP_ENC_GB18030 && cand[j].enc == LP_ENC_GBK &&
				 s->bad[LP_ENC_GBK] <= s->bad[LP_ENC_GB18030]) ||
				(cand[i].enc == LP_ENC_BIG5HKSCS && cand[j].enc == LP_ENC_BIG5 &&
				 s->bad[LP_ENC_BIG5] <= s->bad[LP_ENC_BIG5HKSCS]))
			{
				if (cand[i].score > cand[j].score - TIE_BREAK)
					cand[i].score = cand[j].score - TIE_BREAK;
			}
}

/* Rank best first (insertion sort keeps enum order on ties); confidences sum to 1. */
static void
rank_candidates(candidate *cand, int n)
{
	int			i,
				j;
	double		best,
				sum = 0.0;

	for (i = 1; i < n; i++)
	{
		candidate	c = cand[i];

		for (j = i; j > 0 && cand[j - 1].score < c.score; j--)
			cand[j] = cand[j - 1];
		cand[j] = c;
	}
	best = cand[0].score;
	for (i = 0; i < n; i++)
	{
		cand[i].confidence = exp(0.5 * (cand[i].score - best));
		sum += cand[i].confidence;
	}
	for (i = 0; i < n; i++)
		cand[i].confidence /= sum;
}

/*
 * Rank the candidate encodings for raw[start, len), start being a character
 * boundary (0, or just after a newline).  Fills cand (LP_ENC_COUNT slots),
 * returns how many.  With decoded, the UTF-8 check of the sample writes its
 * text there, and *whole says when that sample was the whole input and
 * decided: decoded then holds exactly what decoding as UTF-8 gives (the
 * caller does not validate it again); otherwise what it holds is to be
 * thrown away.
 */
static int
detect_at(const uint8_t *raw, size_t len, size_t start, candidate *cand,
		  lp_buf *decoded, int *whole)
{
	sample		s;
	lp_buf		scratch;
	int			n;

	if (whole)
		*whole = 0;
	if (start == 0 && bom_decides(raw, len, cand))
		return 1;
	take_sample(raw, len, start, &s);
	lp_buf_init(&scratch);
	if (utf8_decides(&s, decoded ? decoded : &scratch))
	{
		/* the sample was all of the input: it is decoded in decoded */
		if (decoded && !s.partial)
			*whole = 1;
		lp_buf_free(&scratch);
		cand[0].enc = LP_ENC_UTF8;
		cand[0].score = 0;
		cand[0].confidence = 1.0;
		return 1;
	}
	n = score_candidates(&s, &scratch, cand);
	lp_buf_free(&scratch);
	prefer_subsets(&s, cand, n);
	rank_candidates(cand, n);
	return n;
}

int
lp_detect_encoding(const uint8_t *raw, size_t len, lp_enc_guess *out, int max)
{
	candidate	cand[LP_ENC_COUNT];
	int			n,
				i;

	if (raw == NULL)
		len = 0;
	n = detect_at(raw, len, 0, cand, NULL, NULL);
	for (i = 0; i < n && i < max; i++)
	{
		out[i].encoding = lp_enc_name(cand[i].enc);
		out[i].confidence = cand[i].confidence;
	}
	return i;
}

/* Decode the whole input with one encoding, dropping its BOM; replacements
 * are told to replaced (may be NULL). */
static int
decode_with(lp_enc enc, const uint8_t *raw, size_t len, int replace,
			lp_buf *out, size_t out_base, size_t *n_replaced,
			lp_replaced_fn replaced, void *arg, lp_error *err)
{
	lp_replace_log log = {replaced, arg, out_base, 1};

	out->len = out_base;
	if (out->data)
		out->data[out_base] = '\0';
	if (n_replaced)
		*n_replaced = 0;
	return lp_convert(enc, raw, bom_length(enc, raw, len), len, replace, 0,
					  out, n_replaced, replaced ? &log : NULL, err);
}

/* Start of the line holding byte offset off (just after a newline byte). */
static size_t
line_start(const uint8_t *raw, size_t off)
{
	while (off > 0 && raw[off - 1] != '\n')
		off--;
	return off;
}

int
lp_decode(const uint8_t *raw, size_t len, const char *encoding, int replace,
		  lp_buf *out, const char **used, size_t *n_replaced, lp_error *err)
{
	return lp_decode_ex(raw, len, encoding, replace, out, used, n_replaced,
						NULL, NULL, err);
}

int
lp_decode_ex(const uint8_t *raw, size_t len, const char *encoding,
			 int replace, lp_buf *out, const char **used, size_t *n_replaced,
			 lp_replaced_fn replaced, void *arg, lp_error *err)
{
	candidate	cand[LP_ENC_COUNT];
	int			tried[LP_ENC_COUNT] = {0};
	int			n,
				i,
				rc;
	size_t		out_base = out->len,
				dummy;
	lp_error	first,
				scratch_err;
	int			have_first = 0,
				decoded;

	if (n_replaced == NULL)
		n_replaced = &dummy;
	*n_replaced = 0;
	if (raw == NULL)
		len = 0;
	if (encoding != NULL && strcasecmp(encoding, "auto") != 0)
	{
		int			enc = lp_enc_lookup(encoding);

		if (enc < 0)
			return lp_fail(err, LP_EARG, 0, 0,
						   "unknown encoding \"%s\": accepted names are %s",
						   encoding, lp_enc_accepted_names());
		*used = lp_enc_name((lp_enc) enc);
		return decode_with((lp_enc) enc, raw, len, replace, out, out_base,
						   n_replaced, replaced, arg, err);
	}

	/* auto: strictly with each plausible candidate, best first */
	n = detect_at(raw, len, 0, cand, out, &decoded);
	if (decoded)
	{
		*used = lp_enc_name(LP_ENC_UTF8);
		return LP_OK;			/* valid UTF-8, read whole by the detection */
	}
	for (i = 0; i < n; i++)
	{
		if (i > 0 && cand[i].confidence < FALLBACK_MIN_CONFIDENCE)
			break;
		tried[cand[i].enc] = 1;
		rc = decode_with(cand[i].enc, raw, len, 0, out, out_base, NULL,
						 NULL, NULL, have_first ? &scratch_err : &first);
		if (rc == LP_OK)
		{
			*used = lp_enc_name(cand[i].enc);
			return LP_OK;
		}
		if (rc != LP_EENCODING && !have_first)
		{
			*err = first;
			return rc;
		}
		have_first = 1;
	}

	/* the text changed encoding past the sample: detect again from there */
	if (have_first && first.offset > SAMPLE_BYTES / 2)
	{
		candidate	again[LP_ENC_COUNT];
		int			m = detect_at(raw, len, line_start(raw, first.offset), again, NULL, NULL);

		for (i = 0; i < m; i++)
		{
			if (i > 0 && again[i].confidence < FALLBACK_MIN_CONFIDENCE)
				break;
			if (tried[again[i].enc])
				continue;
			tried[again[i].enc] = 1;
			if (decode_with(again[i].enc, raw, len, 0, out, out_base, NULL,
							NULL, NULL, &scratch_err) == LP_OK)
			{
				*used = lp_enc_name(again[i].enc);
				return LP_OK;
			}
		}
	}

	*used = lp_enc_name(cand[0].enc);
	if (!replace)
	{
		out->len = out_base;
		if (out->data)
			out->data[out_base] = '\0';
		if (err)
			*err = first;
		return LP_EENCODING;
	}
	return decode_with(cand[0].enc, raw, len, 1, out, out_base, n_replaced,
					   replaced, arg, err);
}
