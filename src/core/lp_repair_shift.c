/*
 * lp_repair_shift.c — the runs the mojibake pass (lp_repair_enc.c) reads as
 * GBK bytes, and the gbk_shift repair: GBK text decoded one byte off after
 * a byte was lost ("?。ㄒ唬┳" for "（一）做"), the lost character becoming
 * U+FFFD.  A candidate is kept only when it scores clearly better as Chinese
 * text (lp_repair_gbk.c).
 */
#include "lp_repair.h"

#include <string.h>

#define FFFD_UTF8 "\xEF\xBF\xBD"

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
		uint16_t	code = lp_gbk_enc[numerals[k]];
		uint8_t		t = code & 0xFF;

		if ((code >> 8) == lead && lp_gbk_pair(t, 0xA3) == 0)
			return numerals[k];
	}
	return 0;
}

/*
 * GBK bytes of the characters of in[rs, re); offs[k] = offset of char k.
 * With euro, € becomes CP936's one byte 0x80 and *euro is set when there is
 * one; without, € has no GBK bytes.
 */
int
lp_gbk_encode_run(const char *in, size_t rs, size_t re, lp_buf *bytes, size_t *offs, size_t max_chars,
		   size_t *nchars, int *euro)
{
	size_t		i,
				k = 0;
	int			ok = 1;

	/* a character encoded is 2 bytes or more of UTF-8: room for all at once */
	lp_buf_reserve(bytes, re - rs);
	for (i = rs; i < re;)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, re - i, &l);
		uint16_t	code = cp < 0x10000 ? lp_gbk_enc[cp] : 0;

		if (k >= max_chars)
		{
			ok = 0;
			break;
		}
		if (euro && cp == 0x20AC)
		{
			/* CP936's one-byte 0x80 (UTF-8 continuation bytes become €) */
			*euro = 1;
			offs[k++] = i;
			bytes->data[bytes->len++] = (char) 0x80;
			i += l;
			continue;
		}
		if (!code)
		{
			ok = 0;
			break;
		}
		offs[k++] = i;
		bytes->data[bytes->len++] = (char) (code >> 8);
		bytes->data[bytes->len++] = (char) (code & 0xFF);
		i += l;
	}
	bytes->data[bytes->len] = '\0';
	if (!ok)
		return 0;
	offs[k] = re;
	*nchars = k;
	return k > 0;
}

/*
 * Where the one-byte shift of the first k characters of the run [.., re)
 * ends in in (see shift_candidate): after the k characters when decoding
 * resynchronised before the end of the run, else after the byte left over,
 * which takes the ASCII byte after the run as its trail when that makes a
 * character or is no letter, or ate a '?'.
 */
static size_t
shift_end(const char *in, size_t n, const lp_buf *bytes, const size_t *offs,
		  size_t k, size_t nchars, size_t re)
{
	uint8_t		lead = (uint8_t) bytes->data[2 * k - 1];

	if (k < nchars)
		return offs[k];
	if (re < n && (uint8_t) in[re] >= 0x40 && (uint8_t) in[re] <= 0x7E && in[re] != '?')
	{
		char		t = in[re];

		/* an unmapped pair: the symbol is the lost character's trail byte */
		if (lp_gbk_pair(lead, (uint8_t) t) || !((t >= 'A' && t <= 'Z') || (t >= 'a' && t <= 'z')))
			return re + 1;
		return re;
	}
	if (re < n && in[re] == '?')
		return re + 1;
	return re;
}

/*
 * Candidate for a one-byte shift of the first k characters of the run
 * (k == nchars: the whole run): the character the lost byte belonged to
 * becomes U+FFFD, the shifted bytes are decoded again, and the byte left
 * over at the end pairs with the next ASCII byte (an ASCII trail), was eaten
 * with a '?', or was dropped with its partner by the decoder (U+FFFD).
 */
/*
 * A candidate being written, with the score and count of its characters
 * after the first U+FFFD (lp_chinese_score of that text, counted as it is
 * written instead of read again).
 */
typedef struct cand_text
{
	lp_buf	   *buf;
	int			score;
	int			count;
} cand_text;

/* Append cp to the candidate, U+FFFD for 0. */
static void
cand_put(cand_text *c, uint32_t cp)
{
	if (cp == 0)
		cp = 0xFFFD;
	lp_buf_put_cp(c->buf, cp);
	c->score += lp_char_score(cp);
	c->count++;
}

static void
shift_candidate(const char *in, size_t n, const lp_buf *bytes, const size_t *offs,
				size_t k, size_t nchars, size_t re, lp_buf *cand, size_t *end,
				int *score, int *count)
{
	size_t		i,
				nb = 2 * k;
	uint32_t	last_cp = 0;
	cand_text	c = {cand, 0, 0};

	*end = shift_end(in, n, bytes, offs, k, nchars, re);
	cand->len = 0;
	lp_buf_append(cand, FFFD_UTF8, 3);
	for (i = 1; i + 1 < nb; i += 2)
	{
		uint8_t		lead = (uint8_t) bytes->data[i],
					trail = (uint8_t) bytes->data[i + 1];
		uint32_t	cp = lp_gbk_pair(lead, trail),
					numeral;

		if (last_cp == 0xFF08 && trail == 0xA9 &&
			(numeral = dropped_numeral(lead)) != 0)
		{
			/* "（三）": the pair "\xFD\xA3" between 三 and ） was dropped */
			cand_put(&c, numeral);
			cand_put(&c, 0xFF09);
			last_cp = 0xFF09;
			continue;
		}
		cand_put(&c, cp);
		last_cp = cp;
	}
	{
		uint8_t		lead = (uint8_t) bytes->data[nb - 1];
		uint32_t	cp = 0;

		if (k < nchars)
		{
			/*
			 * decoding resynchronised: the partner byte was dropped, and the
			 * rest of the run is right as it is
			 */
			int			l;
			uint32_t	next = lp_utf8_next(in + offs[k], re - offs[k], &l);

			if (last_cp == 0xFF08 && next == 0xFF09)
				cp = dropped_numeral(lead);
		}
		else if (re < n && (uint8_t) in[re] >= 0x40 && (uint8_t) in[re] <= 0x7E && in[re] != '?')
		{
			/* the byte left over and the ASCII byte after the run */
			cp = lp_gbk_pair(lead, (uint8_t) in[re]);
		}
		cand_put(&c, cp);		/* U+FFFD when none of these made one */
	}
	*score = c.score;
	*count = c.count;
}

#define SHIFT_MAX_PREFIX 12

/*
 * The score of shift_candidate's text for growing k without writing it:
 * the pairs before the byte left over are the same for every k, so they
 * are scored once, as k grows (at is the next pair's first byte).
 */
typedef struct shift_tally
{
	size_t		at;
	int			score;
	int			count;
	uint32_t	last_cp;
} shift_tally;

/* Score of a character as cand_put counts it. */
static int
put_score(uint32_t cp)
{
	return lp_char_score(cp ? cp : 0xFFFD);
}

/* shift_candidate's score and count for k, its pairs read into t first. */
static void
shift_score(const char *in, size_t n, const lp_buf *bytes, const size_t *offs,
			size_t k, size_t nchars, size_t re, shift_tally *t, int *score, int *count)
{
	size_t		nb = 2 * k;
	uint8_t		last_lead = (uint8_t) bytes->data[nb - 1];
	uint32_t	cp = 0;

	for (; t->at + 1 < nb; t->at += 2)
	{
		uint8_t		lead = (uint8_t) bytes->data[t->at],
					trail = (uint8_t) bytes->data[t->at + 1];
		uint32_t	numeral;

		if (t->last_cp == 0xFF08 && trail == 0xA9 && (numeral = dropped_numeral(lead)) != 0)
		{
			t->score += put_score(numeral) + put_score(0xFF09);
			t->count += 2;
			t->last_cp = 0xFF09;
			continue;
		}
		t->last_cp = lp_gbk_pair(lead, trail);
		t->score += put_score(t->last_cp);
		t->count++;
	}
	if (k < nchars)
	{
		int			l;
		uint32_t	next = lp_utf8_next(in + offs[k], re - offs[k], &l);

		if (t->last_cp == 0xFF08 && next == 0xFF09)
			cp = dropped_numeral(last_lead);
	}
	else if (re < n && (uint8_t) in[re] >= 0x40 && (uint8_t) in[re] <= 0x7E && in[re] != '?')
		cp = lp_gbk_pair(last_lead, (uint8_t) in[re]);
	*score = t->score + put_score(cp);
	*count = t->count + 1;
}


/*
 * Score and count of the original text a candidate of the first k
 * characters of the run would replace, in[pre, e): what precedes the run
 * and the run's first k characters (ps, pc: kept as k grows, *scored
 * characters added so far), and the ASCII byte after the run that the
 * whole-run candidate may take.  Scores add up character by character, so
 * this equals lp_chinese_score of in[pre, e) without scoring it again for
 * every k.
 */
static void
shift_orig_score(const char *in, const size_t *offs, size_t k, size_t re, size_t e,
				 int *ps, int *pc, size_t *scored, int *os, int *oc)
{
	int			c;

	for (; *scored < k; (*scored)++)
	{
		int			l;

		/* one character: encode_run read it from offs[] */
		*ps += lp_char_score(lp_u8(in + offs[*scored], offs[*scored + 1] - offs[*scored], &l));
		(*pc)++;
	}
	*os = *ps;
	*oc = *pc;
	if (e > re)
	{
		*os += lp_chinese_score(in + re, e - re, &c);
		*oc += c;
	}
}

/*
 * Try the one-byte shift on run [rs, re) of in, over the whole run and over
 * its first 1..SHIFT_MAX_PREFIX characters (a decoder that skips bad bytes
 * resynchronises soon).  pre is where the damaged region starts (a "?" and
 * its eaten gloss before the run, or rs).  Keeps the best candidate in cand,
 * sets *end to the end of what it replaces and returns 1 when it is clearly
 * better than the original.
 */
int
lp_try_shift(const char *in, size_t n, size_t pre, size_t rs, size_t re,
		  int strong, const lp_run_code *rc, lp_buf *cand, size_t *end)
{
	lp_buf		own,
				tmp;
	const lp_buf *bytes = &rc->bytes;
	size_t	   *offs = rc->offs;
	size_t		nchars = rc->nchars,
				k,
				scored = 0,
				best_end = re;
	int			best = -100000,
				found = 0,
				ps,
				pc;
	shift_tally tally;

	lp_buf_init(&own);
	lp_buf_init(&tmp);
	if (rc->euro)
	{
		/* GBK proper: such a run has no bytes (or other ones) */
		offs = lp_alloc((LP_RUN_MAX_CHARS + 1) * sizeof(size_t));
		nchars = 0;
		if (!lp_gbk_encode_run(in, rs, re, &own, offs, LP_RUN_MAX_CHARS, &nchars, NULL))
			nchars = 0;
		bytes = &own;
	}
	ps = lp_chinese_score(in + pre, rs - pre, &pc);
	memset(&tally, 0, sizeof(tally));
	tally.at = 1;
	for (k = 1; k <= nchars; k++)
	{
		size_t		e;
		int			os,
					oc,
					cs,
					cc;

		if (k > SHIFT_MAX_PREFIX && k < nchars)
			k = nchars;
		/* what it would replace may be too good to lose to any candidate */
		e = shift_end(in, n, bytes, offs, k, nchars, re);
		shift_orig_score(in, offs, k, re, e, &ps, &pc, &scored, &os, &oc);
		if (lp_scores_cannot_improve(os, oc))
			continue;
		/* the first U+FFFD is the character the lost byte was in: cs and cc
		 * are of the rest */
		shift_score(in, n, bytes, offs, k, nchars, re, &tally, &cs, &cc);
		if (!lp_scores_clearly_better(os, oc, cs, cc, strong))
			continue;
		/* written only now: most candidates lose */
		shift_candidate(in, n, bytes, offs, k, nchars, re, &tmp, &e, &cs, &cc);
		/* total gain, so that repairing more of a damaged run wins */
		if (cs - os >= best)	/* ties: the longer repair */
		{
			best = cs - os;
			best_end = e;
			cand->len = 0;
			lp_buf_append(cand, tmp.data, tmp.len);
			found = 1;
		}
	}
	if (rc->euro)
		lp_free(offs);
	lp_buf_free(&own);
	lp_buf_free(&tmp);
	if (found)
		*end = best_end;
	return found;
}
