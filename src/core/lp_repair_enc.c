/*
 * lp_repair_enc.c — repair text that went through a wrong decoding:
 *
 *   gbk_shift     GBK text decoded one byte off after a byte was lost
 *                 ("?。ㄒ唬┳" for "（一）做"); the lost character becomes U+FFFD
 *   utf8_as_gbk   UTF-8 bytes read as GBK ("缁忔祹" for "经济"); a whole line
 *                 of it, lost bytes and all, is lp_repair_u8line.c's, asked first
 *   gbk_as_latin1 GBK bytes read as Latin-1 ("¾­¼Ã" for "经济")
 *
 * A suspicious run is re-encoded to its bytes, decoded the other way, and the
 * result is kept only when it scores clearly better as Chinese text
 * (lp_clearly_better).  The GBK tables and the score are lp_repair_gbk.c,
 * the encoding of a run and the one-byte shift lp_repair_shift.c.
 */
#include "lp_repair.h"

#include <stdlib.h>
#include <string.h>

#define FFFD_UTF8 "\xEF\xBF\xBD"

/* ---------- the line pass ---------- */

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
		uint32_t	cp = lp_u8(s + i, n - i, &l);

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
 * UTF-8 read as GBK: find a stretch of the run whose GBK bytes are valid
 * UTF-8 (at least two 3-byte characters, ending on a character boundary of
 * both) and decode it as UTF-8.  Sets *seg_s and *seg_e to the stretch of in.
 */
static int
try_utf8(const char *in, size_t rs, size_t re, const lp_run_code *rc, lp_buf *cand,
		 size_t *seg_s, size_t *seg_e)
{
	const lp_buf *bytes = &rc->bytes;
	const size_t *offs = rc->offs;
	size_t		nchars = rc->nchars,
				k;
	int			ok = 0;

	if (nchars > 0 &&
		((uint8_t) bytes->data[0] & 0xF0) == 0xE0 && !lp_cannot_improve(in + rs, re - rs))
	{
		/*
		 * The whole run, leniently: a decoder that skipped bad bytes lost
		 * some, but UTF-8 resynchronises at the next lead byte, so each
		 * loss costs one U+FFFD.
		 */
		size_t		b = 0;
		int			bad = 0;

		cand->len = 0;
		while (b < bytes->len)
		{
			int			l;
			uint32_t	cp = lp_u8(bytes->data + b, bytes->len - b, &l);

			if (cp == 0xFFFD && l == 1)
			{
				if (!bad)
					lp_buf_append(cand, FFFD_UTF8, 3);
				bad = 1;
			}
			else
			{
				lp_buf_put_cp(cand, cp);
				bad = 0;
			}
			b += l;
		}
		if (lp_clearly_better(in + rs, re - rs, cand->data, cand->len, 0))
		{
			*seg_s = rs;
			*seg_e = re;
			ok = 1;
		}
	}
	if (!ok && nchars > 0 && bytes->len == 2 * nchars)	/* stretches: two bytes a character */
	{
		for (k = 0; k < nchars && !ok; k++)
		{
			size_t		b0 = 2 * k,
						b = b0,
						good = b0;

			if (((uint8_t) bytes->data[b0] & 0xF0) != 0xE0)
				continue;
			while (b < bytes->len)
			{
				int			l;
				uint32_t	cp = lp_u8(bytes->data + b, bytes->len - b, &l);

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
				lp_buf_append(cand, bytes->data + b0, good - b0);
				if (lp_clearly_better(in + offs[c0], offs[c1] - offs[c0], cand->data, cand->len, 0))
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
	return ok;
}

typedef struct enc_scan enc_scan;
static int	latin_line(enc_scan *st);

/* GBK read as Latin-1: [rs, re) holds U+0080..U+00FF and ASCII trail bytes. */
static int
try_latin1(enc_scan *st, const char *in, size_t rs, size_t re, lp_buf *cand)
{
	uint8_t		b[2];
	int			nb = 0,
				pairs = 0,
				high_pairs = 0;
	size_t		i;

	for (i = rs; i < re;)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, re - i, &l);

		if (cp > 0xFF)
			return 0;
		b[nb++] = (uint8_t) cp;
		if (nb == 2)
		{
			uint32_t	c = lp_gbk_pair(b[0], b[1]);

			if (!c)
				return 0;
			lp_buf_put_cp(cand, c);
			nb = 0;
			pairs++;
			if (b[0] >= 0xA1 && b[1] >= 0xA1)
				high_pairs++;
		}
		i += l;
	}
	/*
	 * two GB2312-looking pairs at least ("élève" is French, not GBK), or
	 * one in a line that is Latin-1 mojibake through and through (a pass
	 * over the line, so asked last)
	 */
	if (nb || high_pairs < 1 || (high_pairs < 2 && !latin_line(st)))
		return 0;
	return lp_clearly_better(in + rs, re - rs, cand->data, cand->len, 0);
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

/* One line on its way through lp_fix_encoding. */
struct enc_scan
{
	const char *in;
	size_t		n;
	lp_buf	   *out;
	int			line;
	lp_repairs *reps;
	size_t		i;				/* next character to look at */
	size_t		copied;			/* in[0, copied) is written to out */
	int			changed;
	int			latin_line;		/* the line is GBK read as Latin-1 (-1: not known yet) */
	int			table_line;		/* box drawing is a table's rules (-1: not known yet) */
	lp_buf		cand;			/* a candidate repair */
	lp_run_code	code;			/* the bytes of the run being repaired */
};

/* A run of characters that may be mojibake: in[rs, re), and what precedes it. */
typedef struct enc_run
{
	size_t		rs;
	size_t		re;
	size_t		pre;			/* rs, or the lost '?' (and its gloss) before it */
	int			latin;			/* Latin-1 characters (GBK pairs read as Latin-1) */
	int			suspicious;		/* an odd or rare character in it */
	int			strong;			/* an odd one */
} enc_run;

/*
 * A line of GBK read as Latin-1: mostly U+00A1..U+00FF among non-ASCII, with
 * the C1 controls U+0080..U+009F, which no text has but the leads of GBK's
 * extension read as Latin-1 (traditional hanzi: "½\x9b\x9dú" for 經濟).
 */
static int
is_latin_line(const char *in, size_t n)
{
	size_t		k = 0;
	int			high = 0,
				other = 0;

	while (k < n)
	{
		int			l;
		uint32_t	c = lp_u8(in + k, n - k, &l);

		if ((c >= 0xA1 && c <= 0xFF) || (c >= 0x80 && c <= 0x9F))
			high++;
		else if (c >= 0x80)
			other++;
		k += l;
	}
	return high >= 8 && high >= 4 * other;
}

/*
 * Whether the line is a table or Latin-1 mojibake: each a pass over the line,
 * made when a character or run first asks (most lines have no box drawing
 * and no Latin-1, and never ask).
 */
static int
table_line(enc_scan *st)
{
	if (st->table_line < 0)
		st->table_line = is_table_line(st->in, st->n);
	return st->table_line;
}

static int
latin_line(enc_scan *st)
{
	if (st->latin_line < 0)
		st->latin_line = is_latin_line(st->in, st->n);
	return st->latin_line;
}

/* Write in[copied, from), then the repair, and go on after in[.., to). */
static void
emit_repair(enc_scan *st, const char *kind, size_t from, size_t to,
			const char *after, size_t alen)
{
	lp_buf_append(st->out, st->in + st->copied, from - st->copied);
	lp_buf_append(st->out, after, alen);
	lp_repair_add(st->reps, kind, st->line, st->in + from, to - from, after, alen);
	st->changed = 1;
	st->i = st->copied = to;
}

/*
 * "?duì)I收" at st->i: a lost lead byte ate the "(" of a gloss; its trail
 * byte is the ASCII character after the gloss.  The character is lost:
 * U+FFFD.  1 when repaired.
 */
static int
eaten_lead(enc_scan *st)
{
	const char *in = st->in;
	size_t		i = st->i,
				g = eaten_gloss_len(in + i + 1, st->n - i - 1),
				t = i + 1 + g;

	if (!(g && t + 1 < st->n && (uint8_t) in[t] >= 0x40 && (uint8_t) in[t] <= 0x7E &&
		  in[t] != '?' && (uint8_t) in[t + 1] >= 0x80))
		return 0;
	emit_repair(st, "gbk_shift", i, t + 1, FFFD_UTF8, 3);
	return 1;
}

/* End of a run of GBK pairs read as Latin-1 (a lead >= 0x81, a trail 0x40..0xFE) from rs. */
static size_t
latin_run_end(const char *in, size_t n, size_t rs)
{
	size_t		re = rs;

	while (re < n)
	{
		int			l1,
					l2 = 0;
		uint32_t	c1 = lp_u8(in + re, n - re, &l1),
					c2;

		if (c1 < 0x81 || c1 > 0xFE || re + l1 >= n)
			break;
		c2 = lp_u8(in + re + l1, n - re - l1, &l2);
		if (c2 < 0x40 || c2 > 0xFE || c2 == 0x7F)
			break;
		re += l1 + l2;
	}
	return re;
}

/*
 * A run of GBK-encodable characters from r->rs; notes odd and rare ones.
 * Every character of a line with a '?' or an odd one comes through here:
 * the common 3-byte characters are decoded inline, the end kept in a local.
 */
static void
gbk_run(enc_scan *st, enc_run *r)
{
	const unsigned char *u = (const unsigned char *) st->in;
	size_t		re = r->re,
				n = st->n;
	uint16_t	seen = 0;		/* the classes of the run's characters */

	while (re < n)
	{
		int			rl = 3;
		uint32_t	c;
		size_t		fast_end = n - re >= 3 ? n - 2 : re;

		/* GBK's 3-byte characters but box drawing, while three bytes are left */
		while (re < fast_end && lp_u8_three_here(u, re, &c))
		{
			if (is_box(c) || !lp_gbk_enc[c])
				break;
			seen |= lp_cc_bmp[c];
			re += 3;
		}
		if (re >= n)
			break;
		if (!lp_u8_three(u, re, n, &c))
			c = lp_u8(st->in + re, n - re, &rl);
		if ((c >= 0x80 && c <= 0xFF) || (is_box(c) && table_line(st)) ||
			!lp_gbk_encodable(c))
			break;				/* Latin-1, a table's rules, or not GBK */
		seen |= lp_char_class(c);
		re += rl;
	}
	r->re = re;
	if (seen & (LP_CC_ODD | LP_CC_RARE))
		r->suspicious = 1;
	if (seen & LP_CC_ODD)
		r->strong = 1;
}

/* A '?' (and the gloss whose "(" it ate) right before the run, not in a repair. */
static size_t
lost_before(const enc_scan *st, size_t rs)
{
	const char *in = st->in;
	size_t		pre = rs;

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
	if (pre < st->copied)
		pre = rs;				/* that '?' belonged to the previous repair */
	return pre;
}

/*
 * The run's bytes for try_utf8 and try_shift, in st->code (nchars 0 when it
 * has none); its offsets are allocated with the line's first run.
 */
static void
encode_code(enc_scan *st, const enc_run *r)
{
	lp_run_code   *rc = &st->code;

	if (!rc->offs)
		rc->offs = lp_alloc((LP_RUN_MAX_CHARS + 1) * sizeof(size_t));
	rc->bytes.len = 0;
	rc->nchars = 0;
	rc->euro = 0;
	if (!lp_gbk_encode_run(st->in, r->rs, r->re, &rc->bytes, rc->offs, LP_RUN_MAX_CHARS, &rc->nchars,
					&rc->euro))
		rc->nchars = 0;
}

/* Try the repairs a run may need; 1 when one was made. */
static int
repair_run(enc_scan *st, const enc_run *r)
{
	size_t		seg_s,
				seg_e,
				end = 0;

	st->cand.len = 0;
	if (r->latin)
	{
		if (!try_latin1(st, st->in, r->rs, r->re, &st->cand))
			return 0;
		emit_repair(st, "gbk_as_latin1", r->rs, r->re, st->cand.data, st->cand.len);
		return 1;
	}
	if (!r->suspicious || r->re - r->rs > 3 * LP_RUN_MAX_CHARS)
		return 0;
	encode_code(st, r);
	if (try_utf8(st->in, r->rs, r->re, &st->code, &st->cand, &seg_s, &seg_e))
	{
		emit_repair(st, "utf8_as_gbk", seg_s, seg_e, st->cand.data, st->cand.len);
		return 1;
	}
	st->cand.len = 0;
	if (!lp_try_shift(st->in, st->n, r->pre, r->rs, r->re, r->strong, &st->code, &st->cand, &end))
		return 0;
	emit_repair(st, "gbk_shift", r->pre, end, st->cand.data, st->cand.len);
	return 1;
}

/* Look at the character at st->i: skip it, or find the run it starts and repair it. */
static void
scan_step(enc_scan *st)
{
	int			l;
	uint32_t	cp = lp_u8(st->in + st->i, st->n - st->i, &l);
	enc_run		r;

	if (cp == '?' && eaten_lead(st))
		return;
	if (!(lp_gbk_encodable(cp) || (cp >= 0x80 && cp <= 0xFF)) || (is_box(cp) && table_line(st)))
	{
		st->i += l;
		return;
	}
	memset(&r, 0, sizeof(r));
	r.rs = r.re = st->i;
	r.latin = cp >= 0x80 && cp <= 0xFF;
	if (r.latin && (r.re = latin_run_end(st->in, st->n, r.rs)) == r.rs)
	{
		st->i += l;
		return;
	}
	if (!r.latin)
		gbk_run(st, &r);
	r.pre = lost_before(st, r.rs);
	if (r.pre < r.rs)
		r.suspicious = r.strong = 1;
	LP_CHECK_INTERRUPTS();
	if (!repair_run(st, &r))
		st->i = r.re;
}

/*
 * In a line without '?' and odd characters, where scan_step may next find
 * something to repair, from i: a Latin-1 character (a run of GBK read as
 * Latin-1 may start there), or the start of a run of GBK-encodable
 * characters holding a rare hanzi; n when neither is left.  Without a '?'
 * no run has a lost character before it, and without odd characters only a
 * rare hanzi makes a run suspicious, so scan_step would pass over
 * everything skipped without a change.
 */
static size_t
next_suspect(const char *in, size_t n, size_t i)
{
	const unsigned char *u = (const unsigned char *) in;
	const uint16_t *cc = lp_cc_bmp;
	size_t		rs = i,
				from = i;

	while (i < n)
	{
		size_t		stop = n - i > LP_LINE_CHUNK ? i + LP_LINE_CHUNK : n;

		if (i > from)
			LP_CHECK_INTERRUPTS();
		while (i < stop)
		{
			uint32_t	cp;
			int			l = 3;
			/* ASCII and the common 3-byte characters while three bytes are
			 * left before stop (one bound for both, as in scan_line) */
			size_t		fast_end = stop - i >= 3 ? stop - 2 : i;

			while (i < fast_end)
			{
				unsigned char b = u[i];

				if (b < 0x80)
				{
					rs = ++i;
					continue;
				}
				if (!lp_u8_three_here(u, i, &cp))
					break;
				i += 3;
				if (!lp_gbk_encodable(cp))
					rs = i;
				else if (cc[cp] & LP_CC_RARE)
					return rs;
			}
			if (i >= stop)
				break;
			if (u[i] < 0x80)
			{
				rs = ++i;		/* ASCII has no GBK pair: a run starts after it */
				continue;
			}
			if (!lp_u8_three(u, i, n, &cp))
			{
				cp = lp_u8(in + i, n - i, &l);
				if (cp >= 0x80 && cp <= 0xFF)
					return i;
			}
			i += l;
			if (!lp_gbk_encodable(cp))
				rs = i;			/* a run starts after it, if any */
			else if (cc[cp] & LP_CC_RARE)
				return rs;
		}
	}
	return n;
}

int
lp_fix_encoding(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps,
				int quick, lp_error *err)
{
	enc_scan	st;
	size_t		start = out->len;
	unsigned int iter = 0;
	int			rc;

	if (lp_gbk_init(err) != LP_OK)
		return -1;
	if ((rc = lp_fix_utf8_line(in, n, out, line, reps, err)) != 0)
		return rc;				/* the whole line, or an error */
	memset(&st, 0, sizeof(st));
	st.in = in;
	st.n = n;
	st.out = out;
	st.line = line;
	st.reps = reps;
	st.latin_line = st.table_line = -1;
	lp_buf_init(&st.cand);
	lp_buf_init(&st.code.bytes);
	while (st.i < n)
	{
		LP_LOOP_CHECK(iter);
		if (quick && (st.i = next_suspect(in, n, st.i)) >= n)
			break;
		scan_step(&st);
	}
	lp_buf_free(&st.cand);
	lp_buf_free(&st.code.bytes);
	if (st.code.offs)
		lp_free(st.code.offs);
	if (!st.changed)
	{
		out->len = start;
		if (out->data)
			out->data[start] = '\0';
		return 0;
	}
	lp_buf_append(out, in + st.copied, n - st.copied);
	return 1;
}
