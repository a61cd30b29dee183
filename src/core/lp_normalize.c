/*
 * lp_normalize.c — decoded text to clean simplified text, line by line.
 *
 * Each line goes through the repair passes of lp_repair.h in a fixed order
 * (mojibake before everything, since the other passes would damage the bytes
 * it re-encodes; zero-width characters before the markup they can hide;
 * markup and inline chrome before the passes that look at neighbours; t2s
 * after the passes that can produce traditional text; whole-line chrome
 * last, on the clean line), round after round until a round changes
 * nothing.  One scan of the line decides which passes can apply, so clean
 * simplified text is copied through with that scan only.  The output has
 * exactly as many '\n' as the input.
 */
#include "lp_repair.h"

#include <stdlib.h>
#include <string.h>

static volatile int lp_norm_ready = 0;
static void scan_ascii_init(const uint16_t *cc);

/*
 * Build the process-lifetime tables of the passes once: the character
 * classes, marked by each table's loader, then published in lp_cc_bmp.
 * Built with malloc, completely before lp_norm_ready is set and without
 * LP_CHECK_INTERRUPTS, so a cancel cannot leave them half-built.
 */
int
lp_norm_tables_init(lp_error *err)
{
	uint16_t   *cc;
	int			rc;

	if (lp_norm_ready)
		return LP_OK;
	cc = calloc(0x10000, sizeof(uint16_t));
	if (!cc)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory building the character classes");
	if ((rc = lp_t2s_init(cc, err)) != LP_OK ||
		(rc = lp_hanzi_init(cc, err)) != LP_OK ||
		(rc = lp_chrome_init(cc, err)) != LP_OK)
	{
		free(cc);
		return rc;
	}
	lp_mark_fixed_classes(cc);
	if ((rc = lp_score_init(cc, err)) != LP_OK)
	{
		free(cc);
		return rc;
	}
	scan_ascii_init(cc);
	lp_cc_bmp = cc;
	lp_norm_ready = 1;			/* last: everything above is complete */
	return LP_OK;
}

typedef struct line_scan
{
	uint32_t	flags;			/* LP_CC_* present, and SCAN_NON_ASCII */
	uint32_t	twice;			/* the same, for classes present twice or more */
	int			phrase;			/* a t2s phrase depending on context starts */
} line_scan;

/* a character outside ASCII: above the 16 bits of the classes */
#define SCAN_NON_ASCII 0x10000u
/* ASCII that run_round would otherwise look for with memchr, above them too */
#define SCAN_STAR	0x20000u
#define SCAN_SPACE	0x40000u
#define SCAN_ZERO	0x80000u	/* '0' */
#define SCAN_DASH	0x100000u
#define SCAN_SLASH	0x200000u
#define SCAN_PAREN	0x400000u	/* '(' */
#define SCAN_BRACKET 0x800000u	/* '[' */

/* the scan's class of each ASCII byte: lp_cc_bmp's and the bits above */
static uint32_t scan_ascii[128];

static void
scan_ascii_init(const uint16_t *cc)
{
	int			b;

	for (b = 0; b < 128; b++)
		scan_ascii[b] = cc[b];
	scan_ascii['*'] |= SCAN_STAR;
	scan_ascii[' '] |= SCAN_SPACE;
	scan_ascii['0'] |= SCAN_ZERO;
	scan_ascii['-'] |= SCAN_DASH;
	scan_ascii['/'] |= SCAN_SLASH;
	scan_ascii['('] |= SCAN_PAREN;
	scan_ascii['['] |= SCAN_BRACKET;
}

/*
 * One pass over the line: the union of its characters' classes, and of the
 * classes seen a second time (the tests only ask whether a class occurs at
 * all or at least twice).  The hottest loop of normalize (every line goes
 * through it): no counters, the sums are kept in locals (a store to *ls
 * could alias with the class table), and the check for a cancel is made
 * once per chunk of bytes, outside the loop over characters.
 */
static void
scan_line(const char *s, size_t n, line_scan *ls)
{
	const uint16_t *cc = lp_cc_bmp;
	const uint32_t *ac = scan_ascii;
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;
	uint32_t	flags = 0,
				twice = 0;
	int			phrase = 0;

	while (i < n)
	{
		size_t		stop = n - i > LP_LINE_CHUNK ? i + LP_LINE_CHUNK : n;

		if (i > 0)
			LP_CHECK_INTERRUPTS();
		while (i < stop)
		{
			uint32_t	c,
						cp;
			int			l;

			/*
			 * The tight loop, without calls so that everything stays in
			 * registers: ASCII and the common 3-byte characters (lp_u8's
			 * test: lead E1..EF but ED, two continuation bytes) that start
			 * no t2s phrase, while three bytes are left before stop (one
			 * bound for both; the last two bytes of a chunk go below, as
			 * any other character)
			 */
			size_t		fast_end = stop - i >= 3 ? stop - 2 : i;

			while (i < fast_end)
			{
				unsigned char b = u[i];

				if (b < 0x80)
				{
					c = ac[b];
					i++;
				}
				else if (lp_u8_three_here(u, i, &cp))
				{
					c = cc[cp] | SCAN_NON_ASCII;
					if (c & LP_CC_T2SP)
						break;
					i += 3;
				}
				else
					break;
				twice |= flags & c;
				flags |= c;
			}
			if (i >= stop)
				break;
			/* the end of the chunk, any other character, or one that may
			 * start a t2s phrase */
			if (u[i] < 0x80)
			{
				c = ac[u[i]];
				l = 1;
			}
			else
			{
				cp = lp_u8(s + i, n - i, &l);
				c = lp_char_class(cp) | SCAN_NON_ASCII;
				if ((c & LP_CC_T2SP) && lp_t2s_phrase_at(cp, s + i, n - i))
				{
					c |= LP_CC_T2S;
					phrase = 1;
				}
			}
			i += l;
			twice |= flags & c;
			flags |= c;
		}
	}
	ls->flags = flags;
	ls->twice = twice;
	ls->phrase = phrase;
}

/*
 * t2s of a long line a piece at a time, with a check for a cancel between
 * pieces: OpenCC, which converts lines holding a context phrase, cannot be
 * interrupted.  OpenCC t2s splits text at its phrases (TSPhrases), which
 * are hanzi only, so pieces cut before any other character convert as the
 * whole line does; a run of hanzi longer than a piece is cut where it must.
 */
#define T2S_PIECE 32768

static size_t
t2s_piece_end(const char *s, size_t n, size_t from)
{
	size_t		end = from + T2S_PIECE,
				k;

	if (end >= n)
		return n;
	while (end > from && ((unsigned char) s[end] & 0xC0) == 0x80)
		end--;					/* a character boundary */
	for (k = end; k > from && end - k < T2S_PIECE / 2; k--)
	{
		int			l;
		uint32_t	cp;

		if (((unsigned char) s[k] & 0xC0) == 0x80)
			continue;
		cp = lp_u8(s + k, n - k, &l);
		if (!lp_is_hanzi(cp))
			return k;
	}
	return end > from ? end : n;
}

static int
fix_t2s_pieces(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps, int no_phrase,
			   lp_error *err)
{
	size_t		start = out->len,
				pos = 0;
	int			changed = 0;

	if (n <= T2S_PIECE)
		return lp_fix_t2s(in, n, out, line, reps, no_phrase, err);
	while (pos < n)
	{
		size_t		end = t2s_piece_end(in, n, pos);
		int			rc;

		LP_CHECK_INTERRUPTS();
		rc = lp_fix_t2s(in + pos, end - pos, out, line, reps, no_phrase, err);
		if (rc < 0)
			return -1;
		if (rc == 0)
			lp_buf_append(out, in + pos, end - pos);
		changed |= rc;
		pos = end;
	}
	if (!changed)
	{
		out->len = start;
		out->data[start] = '\0';
	}
	return changed;
}

static int
needs_encoding_pass(const line_scan *ls)
{
	return (ls->flags & LP_CC_ODD) ||
		((ls->flags & LP_CC_QMARK) && (ls->flags & SCAN_NON_ASCII)) ||
		(ls->twice & (LP_CC_RARE | LP_CC_LATIN1));
}

/*
 * Run one pass: when it changes the line, the result becomes the current
 * line (cur points into the pass's buffer, one of the round's two).
 */
#define RUN_PASS(call) \
	do { \
		lp_buf *dst_ = (cur_buf == r->pass[0]) ? r->pass[1] : r->pass[0]; \
		int rc_; \
		dst_->len = 0; \
		if (dst_->data) dst_->data[0] = '\0'; \
		rc_ = (call); \
		if (rc_ < 0) return -1; \
		if (rc_ > 0) { cur_buf = dst_; cur = dst_->data ? dst_->data : ""; cur_len = dst_->len; changed++; } \
	} while (0)

/* what lp_fix_markup need not look for, when the scan describes its text */
static unsigned int
markup_hints(const line_scan *ls, int current)
{
	if (!current)
		return 0;
	return (ls->flags & (LP_CC_HTML | LP_CC_ODD) ? 0 : LP_MARKUP_NO_TAG) |
		(ls->flags & SCAN_PAREN ? 0 : LP_MARKUP_NO_PAREN) |
		(ls->flags & SCAN_BRACKET ? 0 : LP_MARKUP_NO_BRACKET);
}

/* Does cur hold the ASCII byte b?  The scan knows when it describes cur. */
#define CUR_HAS(b, bit) \
	(scan_at == changed ? (ls.flags & (bit)) != 0 : memchr(cur, (b), cur_len) != NULL)

typedef struct round_bufs
{
	lp_buf	   *pass[2];		/* the passes write into these in turn */
	const char *text;			/* the round's result */
	size_t		len;
	lp_buf	   *buf;			/* where it is: pass[0], pass[1] or NULL (the input) */
	line_scan	scan;			/* the scan of the result, when scanned */
	int			scanned;
} round_bufs;

/*
 * One round of the passes over a line, in their fixed order; sets r->text
 * and r->len to the result (and r->scan to its scan when the last scan was
 * of it).  Returns 1 when a pass changed the line, 0 when none did, -1 on
 * error.
 */
static int
run_round(const char *in, size_t in_len, int line, round_bufs *r, lp_repairs *repairs,
		  lp_error *err)
{
	const char *cur = in;
	size_t		cur_len = in_len;
	lp_buf	   *cur_buf = NULL;
	line_scan	ls;
	int			scan_at = 0;	/* ls describes the text after this many changes */
	int			changed = 0;

	if (r->scanned)
		ls = r->scan;			/* the previous round scanned its result */
	else
		scan_line(cur, cur_len, &ls);
	if (ls.flags & LP_CC_ODD)
		RUN_PASS(lp_fix_lost(cur, cur_len, dst_, line, repairs));
	/* before the encoding pass, which would read the run as lost characters */
	if (cur_len > 2 && cur[0] == '?' && cur[1] == '?')
		RUN_PASS(lp_fix_qmark_indent(cur, cur_len, dst_, line, repairs));
	if (needs_encoding_pass(&ls))
		RUN_PASS(lp_fix_encoding(cur, cur_len, dst_, line, repairs,
								 !(ls.flags & (LP_CC_ODD | LP_CC_QMARK)), err));
	if (changed)
	{
		scan_line(cur, cur_len, &ls);	/* repaired text has new characters */
		scan_at = changed;
	}
	if (ls.flags & LP_CC_ZW)
		RUN_PASS(lp_fix_zero_width(cur, cur_len, dst_, line, repairs));
	if ((ls.flags & (LP_CC_HTML | LP_CC_CHROME_IN)) || changed)
	{
		const char *before_markup = cur;

		RUN_PASS(lp_fix_markup(cur, cur_len, dst_, line, repairs, markup_hints(&ls, scan_at == changed)));
		if (cur != before_markup)
		{
			scan_line(cur, cur_len, &ls);	/* decoded entities */
			scan_at = changed;
		}
	}
	/* after markup: an entity may have been a star */
	if (cur_len >= 4 && CUR_HAS('*', SCAN_STAR))
		RUN_PASS(lp_fix_emphasis(cur, cur_len, dst_, line, repairs));
	/* after markup, whose entities may hold the marks of a jammer's run
	 * (six tokens and the spaces between them: 11 bytes at least) */
	if (cur_len >= 11 && CUR_HAS(' ', SCAN_SPACE))
		RUN_PASS(lp_fix_jammer(cur, cur_len, dst_, line, repairs));
	/* a page-jump note is bracketed: "（下转第四版）" is 21 bytes */
	if ((ls.flags & LP_CC_PAREN) && cur_len >= 9)
		RUN_PASS(lp_fix_jump(cur, cur_len, dst_, line, repairs));
	if ((ls.flags & LP_CC_WIDTH) || ((ls.flags & LP_CC_WIDTHP) && (ls.flags & LP_CC_DIGIT) &&
									 lp_width_between_digits(cur, cur_len)))
		RUN_PASS(lp_fix_width(cur, cur_len, dst_, line, repairs));
	if (ls.flags & (LP_CC_PAREN | LP_CC_ODD | LP_CC_QMARK))
		RUN_PASS(lp_fix_pinyin(cur, cur_len, dst_, line, repairs,
							   !(ls.flags & (LP_CC_ODD | LP_CC_QMARK))));
	if (ls.flags & LP_CC_ZERO)
		RUN_PASS(lp_fix_zero_digit(cur, cur_len, dst_, line, repairs));
	if ((ls.flags & LP_CC_DIGIT) && CUR_HAS('0', SCAN_ZERO))
		RUN_PASS(lp_fix_ascii_zero(cur, cur_len, dst_, line, repairs));
	if (ls.flags & LP_CC_T2S)
	{
		const char *before_t2s = cur;

		/* the scan saw no phrase in this very text: none in any piece */
		RUN_PASS(fix_t2s_pieces(cur, cur_len, dst_, line, repairs,
								scan_at == changed && !ls.phrase, err));
		if (cur != before_t2s)
		{
			scan_line(cur, cur_len, &ls);	/* chrome triggers are simplified */
			scan_at = changed;
		}
	}
	if ((ls.flags & LP_CC_CHROME) && cur_len <= LP_CHROME_MAX_LINE + 64)
		RUN_PASS(lp_fix_chrome(cur, cur_len, dst_, line, repairs, err));
	/* after chrome, whose patterns match the spaces of page furniture */
	if (cur_len && CUR_HAS(' ', SCAN_SPACE) &&
		(((ls.flags & LP_CC_DIGIT) &&
		  ((ls.flags & SCAN_NON_ASCII) || CUR_HAS('-', SCAN_DASH) || CUR_HAS('/', SCAN_SLASH))) ||
		 ((ls.flags & SCAN_NON_ASCII) && lp_spacing_justified(cur, cur_len))))
		RUN_PASS(lp_fix_spacing(cur, cur_len, dst_, line, repairs));	/* PDF: "2023 年"; dates */
	r->text = cur;
	r->len = cur_len;
	r->buf = cur_buf;
	r->scanned = scan_at == changed;
	if (r->scanned)
		r->scan = ls;
	return changed > 0;
}

/* Forget the repairs logged from mark on (their text stays in the pool). */
static void
drop_repairs(lp_repairs *reps, size_t mark)
{
	if (reps)
		reps->n = mark;
}

/*
 * The repairs of the whole text, before its lines: each may hand on a
 * mended copy of the text (in its own buffer of w) that the next reads.
 */
typedef struct lp_whole
{
	lp_buf		csv,
				cells,
				bars,
				glosses,
				pairs;
} lp_whole;

/* the text to read on is the mended copy in b */
static void
read_from(const char **text, size_t *len, const lp_buf *b)
{
	*text = b->data;
	*len = b->len;
}

static int
mend_whole_text(const char **text, size_t *len, lp_whole *w, lp_repairs *repairs, lp_error *err)
{
	int			rc;

	lp_buf_init(&w->csv);
	lp_buf_init(&w->cells);
	lp_buf_init(&w->bars);
	lp_buf_init(&w->glosses);
	lp_buf_init(&w->pairs);
	/* a report exported in CSV: its text field */
	if (lp_unwrap_csv(*text, *len, &w->csv, repairs))
		read_from(text, len, &w->csv);
	/* a table given one cell a line: in rows */
	if (lp_unwrap_cells(*text, *len, &w->cells, repairs))
		read_from(text, len, &w->cells);
	/* a table's row cut over lines: on one */
	if (lp_unwrap_bar_rows(*text, *len, &w->bars, repairs))
		read_from(text, len, &w->bars);
	/* a pinyin gloss cut by a line break: whole */
	if (lp_mend_cut_glosses(*text, *len, &w->glosses, repairs))
		read_from(text, len, &w->glosses);
	/* GBK read as Latin-1 cut inside a pair: whole */
	if ((rc = lp_mend_cut_latin1_pairs(*text, *len, &w->pairs, repairs, err)) < 0)
		return rc;
	if (rc)
		read_from(text, len, &w->pairs);
	return 0;
}

static void
whole_free(lp_whole *w)
{
	lp_buf_free(&w->csv);
	lp_buf_free(&w->cells);
	lp_buf_free(&w->bars);
	lp_buf_free(&w->glosses);
	lp_buf_free(&w->pairs);
}

/*
 * A line's passes run again on their own result until a round changes
 * nothing: a repair can make text that an earlier pass repairs (a gloss
 * beside removed chrome, 錕斤拷 simplified to 锟斤拷), and normalize must be
 * idempotent, so that the spans of facts read from clean text index the
 * clean text stored.  A line still changing after LP_NORM_ROUNDS rounds
 * (only text built to nest repairs does that) is kept as it came: a line is
 * either left alone or brought to a fixed point, so normalizing its result
 * again changes nothing either way.
 */
#define LP_NORM_ROUNDS 4

int
lp_normalize(const char *text, size_t len, lp_buf *out, lp_repairs *repairs, lp_error *err)
{
	size_t		pos = 0;
	int			line = 0;
	lp_buf		bufs[3];
	lp_whole	whole;
	lp_link_list links = {0};
	int			rc;

	if ((rc = lp_norm_tables_init(err)) != LP_OK)
		return rc;
	for (rc = 0; rc < 3; rc++)
		lp_buf_init(&bufs[rc]);
	if ((rc = mend_whole_text(&text, &len, &whole, repairs, err)) < 0)
		goto fail;
	lp_buf_reserve(out, len + 1);
	while (pos <= len)
	{
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - text) : len;
		const char *cur = text + pos;
		size_t		cur_len = end - pos;
		lp_buf	   *spare = &bufs[2];
		size_t		rep_mark = repairs ? repairs->n : 0;
		round_bufs	r;
		int			round;

		LP_CHECK_INTERRUPTS();
		line++;
		r.pass[0] = &bufs[0];
		r.pass[1] = &bufs[1];
		r.scanned = 0;
		for (round = 0;; round++)
		{
			int			changed;

			if (round == LP_NORM_ROUNDS)
			{
				/* no fixed point: the line as it came */
				drop_repairs(repairs, rep_mark);
				cur = text + pos;
				cur_len = end - pos;
				break;
			}
			changed = run_round(cur, cur_len, line, &r, repairs, err);
			if (changed < 0)
				goto fail;
			if (!changed || (r.len == cur_len && memcmp(r.text, cur, cur_len) == 0))
				break;
			/* the result is the next round's input: keep it out of the passes' way */
			if (r.buf)
			{
				lp_buf	   *t = spare;

				spare = r.buf;
				if (r.pass[0] == r.buf)
					r.pass[0] = t;
				else
					r.pass[1] = t;
			}
			cur = r.text;
			cur_len = r.len;
		}
		if (lp_chrome_link_list(&links, cur, cur_len, line, repairs))
			cur_len = 0;
		lp_buf_append(out, cur, cur_len);
		if (!nl)
			break;
		lp_buf_putc(out, '\n');
		pos = end + 1;
	}
	for (rc = 0; rc < 3; rc++)
		lp_buf_free(&bufs[rc]);
	whole_free(&whole);
	return LP_OK;

fail:
	for (rc = 0; rc < 3; rc++)
		lp_buf_free(&bufs[rc]);
	whole_free(&whole);
	return err->code ? err->code : LP_ELIBRARY;
}

void
lp_repairs_free(lp_repairs *r)
{
	size_t		i;

	for (i = 0; i < r->nblocks; i++)
		lp_free(r->blocks[i]);
	lp_free(r->blocks);
	lp_free(r->items);
	r->items = NULL;
	r->blocks = NULL;
	r->n = r->cap = r->nblocks = r->used = r->block_cap = 0;
}
