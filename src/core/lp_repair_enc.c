/*
 * lp_repair_enc.c — repair text that went through a wrong decoding:
 *
 *   gbk_shift     GBK text decoded one byte off after a byte was lost
 *                 ("?。ㄒ唬┳" for "（一）做"); the lost character becomes U+FFFD
 *   utf8_as_gbk   UTF-8 bytes read as GBK ("缁忔祹" for "经济")
 *   gbk_as_latin1 GBK bytes read as Latin-1 ("¾­¼Ã" for "经济")
 *
 * A suspicious run is re-encoded to its bytes, decoded the other way, and the
 * result is kept only when it scores clearly better as Chinese text
 * (lp_chinese_score, from the hanzi frequency list norm_hanzi.tsv).
 *
 * The GBK tables are built once with iconv (the glibc GBK converter) so the
 * repair itself needs no iconv calls.
 */
#include "lp_repair.h"

#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#define FFFD_UTF8 "\xEF\xBF\xBD"

static uint16_t *gbk_dec;		/* [(lead-0x81)*191 + trail-0x40] -> BMP cp */
static uint16_t *gbk_enc;		/* BMP cp -> lead<<8|trail, 0 = none */
static volatile int gbk_ready = 0;

static int
gbk_init(lp_error *err)
{
	iconv_t		cd;
	uint16_t   *dec,
			   *enc;
	int			lead,
				trail;

	if (gbk_ready)
		return LP_OK;
	cd = iconv_open("UTF-8", "GBK");
	if (cd == (iconv_t) -1)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "iconv cannot convert from GBK");
	dec = calloc(126 * 191, sizeof(uint16_t));
	enc = calloc(0x10000, sizeof(uint16_t));
	if (!dec || !enc)
	{
		free(dec);
		free(enc);
		iconv_close(cd);
		return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory building the GBK tables");
	}
	for (lead = 0x81; lead <= 0xFE; lead++)
		for (trail = 0x40; trail <= 0xFE; trail++)
		{
			char		in[2] = {(char) lead, (char) trail},
						outb[8];
			char	   *ip = in,
					   *op = outb;
			size_t		il = 2,
						ol = sizeof(outb);
			int			l;
			uint32_t	cp;

			if (trail == 0x7F)
				continue;
			iconv(cd, NULL, NULL, NULL, NULL);
			if (iconv(cd, &ip, &il, &op, &ol) == (size_t) -1 || il != 0)
				continue;
			cp = lp_utf8_next(outb, op - outb, &l);
			if (l != op - outb || cp >= 0x10000 || cp < 0x80 || cp == 0xFFFD)
				continue;
			dec[(lead - 0x81) * 191 + trail - 0x40] = (uint16_t) cp;
			if (!enc[cp])
				enc[cp] = (uint16_t) (lead << 8 | trail);
		}
	iconv_close(cd);
	gbk_dec = dec;
	gbk_enc = enc;
	gbk_ready = 1;				/* last */
	return LP_OK;
}

static uint32_t
gbk_pair(uint8_t lead, uint8_t trail)
{
	if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE)
		return 0;
	return gbk_dec[(lead - 0x81) * 191 + trail - 0x40];
}

/* ---------- scoring ---------- */

static int
cjk_punct(uint32_t cp)
{
	switch (cp)
	{
		case 0xFF0C: case 0x3002: case 0x3001: case 0xFF1B: case 0xFF1A:
		case 0xFF1F: case 0xFF01: case 0x201C: case 0x201D: case 0x2018:
		case 0x2019: case 0xFF08: case 0xFF09: case 0x300A: case 0x300B:
		case 0x2014: case 0x2026: case 0x00B7: case 0x3000:
			return 1;
	}
	return 0;
}

int
lp_chinese_score(const char *s, size_t n, int *nchars)
{
	size_t		i = 0;
	int			score = 0,
				count = 0;

	while (i < n)
	{
		int			l,
					r;
		uint32_t	cp = lp_utf8_next(s + i, n - i, &l);

		i += l;
		count++;
		if (cp == 0xFFFD)
		{
			score -= 2;			/* lost */
			continue;
		}
		if (cp < 0x80)
			score += ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
					  (cp >= 'A' && cp <= 'Z')) ? 1 : 0;
		else if (lp_is_hanzi(cp))
		{
			r = lp_hanzi_rank(cp);
			score += r < 0 ? -2 : r < 500 ? 4 : r < 1500 ? 3 : 2;
		}
		else if (cjk_punct(cp))
			score += 2;
		else if (lp_char_class(cp) & LP_CC_ODD)
			score -= 4;
		else if (cp >= 0xFF01 && cp <= 0xFF5E)
			score += 0;
		else
			score -= 3;
	}
	*nchars = count;
	return score;
}

/*
 * Is cand clearly better Chinese than orig?  Both averages are per counted
 * character; the candidate must be good on its own and beat the original.
 */
static int
clearly_better(const char *orig, size_t on, const char *cand, size_t cn, int strong)
{
	int			oc,
				cc;
	int			os = lp_chinese_score(orig, on, &oc),
				cs = lp_chinese_score(cand, cn, &cc);

	if (cc == 0)
		return 0;
	if (oc == 0)
		return cs >= 2 * cc;
	/*
	 * cs/cc >= 2 (>= 1/2 with strong evidence of damage: a '?' before the
	 * run, bopomofo or box drawing in it) and cs/cc >= os/oc + 1, in integers
	 */
	if (strong ? 2 * cs < cc : cs < 2 * cc)
		return 0;
	return cs * oc >= (os + oc) * cc;
}

/* ---------- the line pass ---------- */

static uint32_t dropped_numeral(uint8_t lead);

static void
put_cp(lp_buf *b, uint32_t cp)
{
	char		tmp[4];
	int			l = lp_utf8_put(tmp, cp);

	lp_buf_append(b, tmp, l);
}

static int
is_ascii_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

static int
tone_letter(uint32_t cp)
{
	return is_ascii_letter(cp) || (cp >= 0xE0 && cp <= 0x1DC);
}

/* Length of a gloss body "pinyin)" at s whose "(" was eaten, 0 if none. */
static size_t
eaten_gloss_len(const char *s, size_t n)
{
	size_t		i = 0;
	int			letters = 0;

	while (i < n && i < 40)
	{
		int			l;
		uint32_t	cp = lp_utf8_next(s + i, n - i, &l);

		if (cp == ')' && letters > 0)
			return i + 1;
		if (!tone_letter(cp))
			return 0;
		letters++;
		i += l;
	}
	return 0;
}

/*
 * A decoder that mapped GBK's user-defined area to nothing drops the pair
 * made of a numeral's trail byte and the lead byte of "）" when the text was
 * read one byte off.  Given the numeral's lead byte, the Chinese numeral
 * whose trail byte and 0xA3 form such a dropped pair, or 0.
 */
static uint32_t
dropped_numeral(uint8_t lead)
{
	static const uint32_t numerals[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D,
	0x4E03, 0x516B, 0x4E5D, 0x5341, 0};
	int			k;

	for (k = 0; numerals[k]; k++)
	{
		uint16_t	code = gbk_enc[numerals[k]];
		uint8_t		t = code & 0xFF;

		if ((code >> 8) == lead && gbk_pair(t, 0xA3) == 0)
			return numerals[k];
	}
	return 0;
}

/* GBK bytes of the characters of in[rs, re); offs[k] = offset of char k. */
static int
encode_run(const char *in, size_t rs, size_t re, lp_buf *bytes, size_t *offs, size_t max_chars,
		   size_t *nchars, int euro)
{
	size_t		i,
				k = 0;

	for (i = rs; i < re;)
	{
		int			l;
		uint32_t	cp = lp_utf8_next(in + i, re - i, &l);
		uint16_t	code = cp < 0x10000 ? gbk_enc[cp] : 0;

		if (k >= max_chars)
			return 0;
		if (euro && cp == 0x20AC)
		{
			/* CP936's one-byte 0x80 (UTF-8 continuation bytes become €) */
			offs[k++] = i;
			lp_buf_putc(bytes, (char) 0x80);
			i += l;
			continue;
		}
		if (!code)
			return 0;
		offs[k++] = i;
		lp_buf_putc(bytes, (char) (code >> 8));
		lp_buf_putc(bytes, (char) (code & 0xFF));
		i += l;
	}
	offs[k] = re;
	*nchars = k;
	return k > 0;
}

/*
 * Candidate for a one-byte shift of the first k characters of the run
 * (k == nchars: the whole run): the character the lost byte belonged to
 * becomes U+FFFD, the shifted bytes are decoded again, and the byte left
 * over at the end pairs with the next ASCII byte (an ASCII trail), was eaten
 * with a '?', or was dropped with its partner by the decoder (U+FFFD).
 */
static void
shift_candidate(const char *in, size_t n, const lp_buf *bytes, const size_t *offs,
				size_t k, size_t nchars, size_t re, lp_buf *cand, size_t *end)
{
	size_t		i,
				nb = 2 * k;
	uint32_t	last_cp = 0;

	*end = re;
	cand->len = 0;
	lp_buf_append(cand, FFFD_UTF8, 3);
	for (i = 1; i + 1 < nb; i += 2)
	{
		uint8_t		lead = (uint8_t) bytes->data[i],
					trail = (uint8_t) bytes->data[i + 1];
		uint32_t	cp = gbk_pair(lead, trail),
					numeral;

		if (last_cp == 0xFF08 && trail == 0xA9 &&
			(numeral = dropped_numeral(lead)) != 0)
		{
			/* "（三）": the pair "\xFD\xA3" between 三 and ） was dropped */
			put_cp(cand, numeral);
			put_cp(cand, 0xFF09);
			last_cp = 0xFF09;
			continue;
		}
		if (cp)
			put_cp(cand, cp);
		else
			lp_buf_append(cand, FFFD_UTF8, 3);
		last_cp = cp;
	}
	{
		uint8_t		lead = (uint8_t) bytes->data[nb - 1];
		uint32_t	cp = 0;

		if (k < nchars)
		{
			/* decoding resynchronised: the partner byte was dropped */
			int			l;
			uint32_t	next = lp_utf8_next(in + offs[k], re - offs[k], &l);

			if (last_cp == 0xFF08 && next == 0xFF09)
				cp = dropped_numeral(lead);
			if (cp)
				put_cp(cand, cp);
			else
				lp_buf_append(cand, FFFD_UTF8, 3);
			*end = offs[k];		/* the rest of the run is right as it is */
			return;
		}
		if (re < n && (uint8_t) in[re] >= 0x40 && (uint8_t) in[re] <= 0x7E && in[re] != '?')
		{
			char		t = in[re];

			cp = gbk_pair(lead, (uint8_t) t);
			/* an unmapped pair: the symbol is the lost character's trail byte */
			if (cp || !((t >= 'A' && t <= 'Z') || (t >= 'a' && t <= 'z')))
				*end = re + 1;
		}
		else if (re < n && in[re] == '?')
			*end = re + 1;
		if (cp)
			put_cp(cand, cp);
		else
			lp_buf_append(cand, FFFD_UTF8, 3);
	}
}

#define SHIFT_MAX_PREFIX 12
#define RUN_MAX_CHARS 4096

/*
 * Try the one-byte shift on run [rs, re) of in, over the whole run and over
 * its first 1..SHIFT_MAX_PREFIX characters (a decoder that skips bad bytes
 * resynchronises soon).  pre is where the damaged region starts (a "?" and
 * its eaten gloss before the run, or rs).  Keeps the best candidate in cand,
 * sets *end to the end of what it replaces and returns 1 when it is clearly
 * better than the original.
 */
static int
try_shift(const char *in, size_t n, size_t pre, size_t rs, size_t re,
		  int strong, lp_buf *cand, size_t *end)
{
	lp_buf		bytes,
				tmp;
	size_t	   *offs;
	size_t		nchars = 0,
				k,
				best_end = re;
	int			best = -100000,
				found = 0;

	if (re - rs > 3 * RUN_MAX_CHARS)
		return 0;
	offs = lp_alloc((RUN_MAX_CHARS + 1) * sizeof(size_t));
	lp_buf_init(&bytes);
	lp_buf_init(&tmp);
	if (encode_run(in, rs, re, &bytes, offs, RUN_MAX_CHARS, &nchars, 0))
	{
		for (k = 1; k <= nchars; k++)
		{
			size_t		e;
			int			gain;

			if (k > SHIFT_MAX_PREFIX && k < nchars)
				k = nchars;
			shift_candidate(in, n, &bytes, offs, k, nchars, re, &tmp, &e);
			/* the first U+FFFD is the character the lost byte was in */
			if (!clearly_better(in + pre, e - pre, tmp.data + 3, tmp.len - 3, strong))
				continue;
			/* total gain, so that repairing more of a damaged run wins */
			{
				int			c;

				gain = lp_chinese_score(tmp.data + 3, tmp.len - 3, &c) -
					lp_chinese_score(in + pre, e - pre, &c);
			}
			if (gain >= best)	/* ties: the longer repair */
			{
				best = gain;
				best_end = e;
				cand->len = 0;
				lp_buf_append(cand, tmp.data, tmp.len);
				found = 1;
			}
		}
	}
	lp_buf_free(&bytes);
	lp_buf_free(&tmp);
	lp_free(offs);
	if (found)
		*end = best_end;
	return found;
}

/*
 * UTF-8 read as GBK: find a stretch of the run whose GBK bytes are valid
 * UTF-8 (at least two 3-byte characters, ending on a character boundary of
 * both) and decode it as UTF-8.  Sets *seg_s and *seg_e to the stretch of in.
 */
static int
try_utf8(const char *in, size_t rs, size_t re, lp_buf *cand, size_t *seg_s, size_t *seg_e)
{
	lp_buf		bytes;
	size_t	   *offs;
	size_t		nchars = 0,
				k;
	int			ok = 0;

	if (re - rs > 3 * RUN_MAX_CHARS)
		return 0;
	offs = lp_alloc((RUN_MAX_CHARS + 1) * sizeof(size_t));
	lp_buf_init(&bytes);
	if (encode_run(in, rs, re, &bytes, offs, RUN_MAX_CHARS, &nchars, 1) &&
		((uint8_t) bytes.data[0] & 0xF0) == 0xE0)
	{
		/*
		 * The whole run, leniently: a decoder that skipped bad bytes lost
		 * some, but UTF-8 resynchronises at the next lead byte, so each
		 * loss costs one U+FFFD.
		 */
		size_t		b = 0;
		int			bad = 0;

		cand->len = 0;
		while (b < bytes.len)
		{
			int			l;
			uint32_t	cp = lp_utf8_next(bytes.data + b, bytes.len - b, &l);

			if (cp == 0xFFFD && l == 1)
			{
				if (!bad)
					lp_buf_append(cand, FFFD_UTF8, 3);
				bad = 1;
			}
			else
			{
				put_cp(cand, cp);
				bad = 0;
			}
			b += l;
		}
		if (clearly_better(in + rs, re - rs, cand->data, cand->len, 0))
		{
			*seg_s = rs;
			*seg_e = re;
			ok = 1;
		}
	}
	if (!ok && nchars > 0 && bytes.len == 2 * nchars)	/* stretches: two bytes a character */
	{
		for (k = 0; k < nchars && !ok; k++)
		{
			size_t		b0 = 2 * k,
						b = b0,
						good = b0;

			if (((uint8_t) bytes.data[b0] & 0xF0) != 0xE0)
				continue;
			while (b < bytes.len)
			{
				int			l;
				uint32_t	cp = lp_utf8_next(bytes.data + b, bytes.len - b, &l);

				if (cp == 0xFFFD && l == 1)
					break;
				b += l;
				if ((b - b0) % 2 == 0)
					good = b;
			}
			if (good - b0 >= 6)
			{
				size_t		c0 = k,
							c1 = good / 2;

				cand->len = 0;
				lp_buf_append(cand, bytes.data + b0, good - b0);
				if (clearly_better(in + offs[c0], offs[c1] - offs[c0], cand->data, cand->len, 0))
				{
					*seg_s = offs[c0];
					*seg_e = offs[c1];
					ok = 1;
				}
				else
					k = c1 - 1;	/* not Chinese: go on after the stretch */
			}
		}
	}
	lp_buf_free(&bytes);
	lp_free(offs);
	return ok;
}

/* GBK read as Latin-1: [rs, re) holds U+0080..U+00FF and ASCII trail bytes. */
static int
try_latin1(const char *in, size_t rs, size_t re, int latin_line, lp_buf *cand)
{
	uint8_t		b[2];
	int			nb = 0,
				pairs = 0,
				high_pairs = 0;
	size_t		i;

	for (i = rs; i < re;)
	{
		int			l;
		uint32_t	cp = lp_utf8_next(in + i, re - i, &l);

		if (cp > 0xFF)
			return 0;
		b[nb++] = (uint8_t) cp;
		if (nb == 2)
		{
			uint32_t	c = gbk_pair(b[0], b[1]);

			if (!c)
				return 0;
			put_cp(cand, c);
			nb = 0;
			pairs++;
			if (b[0] >= 0xA1 && b[1] >= 0xA1)
				high_pairs++;
		}
		i += l;
	}
	/*
	 * two GB2312-looking pairs at least ("élève" is French, not GBK), or
	 * one in a line that is Latin-1 mojibake through and through
	 */
	if (nb || high_pairs < (latin_line ? 1 : 2))
		return 0;
	return clearly_better(in + rs, re - rs, cand->data, cand->len, 0);
}

static int
gbk_encodable(uint32_t cp)
{
	return cp >= 0x80 && cp < 0x10000 && (gbk_enc[cp] != 0 || cp == 0x20AC);
}

static int
is_box(uint32_t cp)
{
	return cp >= 0x2500 && cp <= 0x257F;
}

/*
 * A row or rule of a table drawn with box-drawing characters: it starts or
 * ends with one, or has two in a row.  Mojibake has them alone, mid-run.
 */
static int
is_table_line(const char *in, size_t n)
{
	size_t		i = 0;
	uint32_t	prev = 0,
				first = 0,
				last = 0;
	unsigned int iter = 0;

	while (i < n)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, n - i, &l);

		LP_LOOP_CHECK(iter);
		i += l;
		if (cp == ' ' || cp == '\t' || cp == '\r' || cp == 0x3000)
			continue;
		if (!first)
			first = cp;
		if (is_box(cp) && is_box(prev))
			return 1;
		prev = last = cp;
	}
	return is_box(first) || is_box(last);
}

int
lp_fix_encoding(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps,
				lp_error *err)
{
	size_t		i = 0,
				copied = 0,
				start = out->len;
	int			changed = 0,
				latin_line,
				table_line;
	unsigned int iter = 0;
	lp_buf		cand;

	if (gbk_init(err) != LP_OK)
		return -1;
	/* a line of GBK read as Latin-1: mostly U+00A1..U+00FF among non-ASCII */
	{
		size_t		k = 0;
		int			high = 0,
					other = 0;

		while (k < n)
		{
			int			l;
			uint32_t	c = lp_u8(in + k, n - k, &l);

			LP_LOOP_CHECK(iter);
			if (c >= 0xA1 && c <= 0xFF)
				high++;
			else if (c >= 0x80)
				other++;
			k += l;
		}
		latin_line = high >= 8 && high >= 4 * other;
	}
	table_line = is_table_line(in, n);
	lp_buf_init(&cand);
	while (i < n)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, n - i, &l);
		size_t		rs,
					re,
					pre,
					end = 0;
		int			suspicious = 0,
					strong = 0,
					latin = 1,
					fixed = 0;
		const char *kind = NULL;

		LP_LOOP_CHECK(iter);
		if (cp == '?')
		{
			/*
			 * "?duì)I收": a lost lead byte ate the "(" of a gloss; its trail
			 * byte is the ASCII character after the gloss.  The character is
			 * lost.
			 */
			size_t		g = eaten_gloss_len(in + i + 1, n - i - 1);
			size_t		t = i + 1 + g;

			if (g && t + 1 < n && (uint8_t) in[t] >= 0x40 && (uint8_t) in[t] <= 0x7E &&
				in[t] != '?' && (uint8_t) in[t + 1] >= 0x80)
			{
				lp_buf_append(out, in + copied, i - copied);
				lp_buf_append(out, FFFD_UTF8, 3);
				lp_repair_add(reps, "gbk_shift", line, in + i, t + 1 - i, FFFD_UTF8, 3);
				changed = 1;
				i = copied = t + 1;
				continue;
			}
		}
		if (!(gbk_encodable(cp) || (cp >= 0x80 && cp <= 0xFF)) || (table_line && is_box(cp)))
		{
			i += l;
			continue;
		}
		/* the run: GBK-encodable characters, or Latin-1 with ASCII trails */
		rs = i;
		re = i;
		latin = cp >= 0x80 && cp <= 0xFF;
		while (latin && re < n)
		{
			/* GBK pairs read as Latin-1: a lead >= 0x81, a trail 0x40..0xFE */
			int			l1,
						l2 = 0;
			uint32_t	c1 = lp_u8(in + re, n - re, &l1),
						c2 = 0;

			LP_LOOP_CHECK(iter);
			if (c1 < 0x81 || c1 > 0xFE || re + l1 >= n)
				break;
			c2 = lp_u8(in + re + l1, n - re - l1, &l2);
			if (c2 < 0x40 || c2 > 0xFE || c2 == 0x7F)
				break;
			re += l1 + l2;
		}
		if (latin && re == rs)
		{
			i += l;
			continue;
		}
		while (!latin && re < n)
		{
			int			rl;
			uint32_t	c = lp_u8(in + re, n - re, &rl);

			LP_LOOP_CHECK(iter);
			if ((c >= 0x80 && c <= 0xFF) != latin)
				break;
			if (table_line && is_box(c))
				break;			/* a table's rules, not mojibake */
			if (!latin && gbk_encodable(c))
			{
				if (lp_char_class(c) & (LP_CC_ODD | LP_CC_RARE))
					suspicious = 1;
				if (lp_char_class(c) & LP_CC_ODD)
					strong = 1;
			}
			else if (!(c >= 0x80 && c <= 0xFF))
				break;
			re += rl;
		}
		/* a '?' (and the gloss whose "(" it ate) right before the run */
		pre = rs;
		if (rs > 0 && in[rs - 1] == '?')
			pre = rs - 1;
		else if (rs > 0 && in[rs - 1] == ')')
		{
			size_t		k = rs - 1;

			while (k > 0 && rs - k < 40 && in[k - 1] != '?' && in[k - 1] != '(' &&
				   in[k - 1] != ' ')
				k--;
			if (k > 0 && in[k - 1] == '?' && eaten_gloss_len(in + k, rs - k) == rs - k)
				pre = k - 1;
		}
		if (pre < copied)
			pre = rs;			/* that '?' belonged to the previous repair */
		if (pre < rs)
			suspicious = strong = 1;
		LP_CHECK_INTERRUPTS();
		if (latin)
		{
			cand.len = 0;
			if (try_latin1(in, rs, re, latin_line, &cand))
			{
				kind = "gbk_as_latin1";
				pre = rs;
				end = re;
				fixed = 1;
			}
		}
		else if (!latin && suspicious)
		{
			size_t		seg_s,
						seg_e;

			cand.len = 0;
			if (try_utf8(in, rs, re, &cand, &seg_s, &seg_e))
			{
				kind = "utf8_as_gbk";
				pre = seg_s;
				end = seg_e;
				fixed = 1;
			}
			else
			{
				cand.len = 0;
				if (try_shift(in, n, pre, rs, re, strong, &cand, &end))
				{
					kind = "gbk_shift";
					fixed = 1;
				}
			}
		}
		if (fixed)
		{
			lp_buf_append(out, in + copied, pre - copied);
			lp_buf_append(out, cand.data, cand.len);
			lp_repair_add(reps, kind, line, in + pre, end - pre, cand.data, cand.len);
			changed = 1;
			copied = end;
			i = end;
		}
		else
			i = re;
	}
	lp_buf_free(&cand);
	if (!changed)
	{
		out->len = start;
		if (out->data)
			out->data[start] = '\0';
		return 0;
	}
	lp_buf_append(out, in + copied, n - copied);
	return 1;
}
