/*
 * lp_normalize.c — decoded text to clean simplified text, line by line.
 *
 * Each line goes through the repair passes of lp_repair.h in a fixed order
 * (mojibake before everything, since the other passes would damage the bytes
 * it re-encodes; t2s after the passes that can produce traditional text;
 * chrome last, on the clean line).  One scan of the line decides which
 * passes can apply, so clean simplified text is copied through with that
 * scan only.  The output has exactly as many '\n' as the input.
 */
#include "lp_repair.h"

#include <stdlib.h>
#include <string.h>

static volatile int lp_norm_ready = 0;

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
	lp_cc_bmp = cc;
	lp_norm_ready = 1;			/* last: everything above is complete */
	return LP_OK;
}

typedef struct line_scan
{
	uint16_t	flags;			/* LP_CC_* present */
	int			rare;			/* uncommon hanzi */
	int			latin1;			/* U+0080..U+00FF */
	int			non_ascii;
} line_scan;

static void
scan_line(const char *s, size_t n, line_scan *ls)
{
	unsigned int iter = 0;
	size_t		i = 0;

	memset(ls, 0, sizeof(*ls));
	while (i < n)
	{
		uint8_t		b = (uint8_t) s[i];
		uint16_t	c;

		LP_LOOP_CHECK(iter);
		if (b < 0x80)
		{
			ls->flags |= lp_cc_bmp[b];
			i++;
			continue;
		}
		{
			int			l;
			uint32_t	cp = lp_u8(s + i, n - i, &l);

			c = lp_char_class(cp);
			if ((c & LP_CC_T2SP) && lp_t2s_phrase_at(cp, s + i, n - i))
				c |= LP_CC_T2S;
			i += l;
		}
		ls->non_ascii++;
		ls->flags |= c;
		if (c & LP_CC_RARE)
			ls->rare++;
		if (c & LP_CC_LATIN1)
			ls->latin1++;
	}
}

static int
needs_encoding_pass(const line_scan *ls)
{
	return (ls->flags & LP_CC_ODD) ||
		((ls->flags & LP_CC_QMARK) && ls->non_ascii) ||
		ls->rare >= 2 || ls->latin1 >= 2;
}

/*
 * Run one pass: when it changes the line, the result becomes the current
 * line (cur points into the pass's buffer).
 */
#define RUN_PASS(call) \
	do { \
		lp_buf *dst_ = (cur_buf == &b1) ? &b2 : &b1; \
		int rc_; \
		dst_->len = 0; \
		if (dst_->data) dst_->data[0] = '\0'; \
		rc_ = (call); \
		if (rc_ < 0) goto fail; \
		if (rc_ > 0) { cur_buf = dst_; cur = dst_->data ? dst_->data : ""; cur_len = dst_->len; changed = 1; } \
	} while (0)

int
lp_normalize(const char *text, size_t len, lp_buf *out, lp_repairs *repairs, lp_error *err)
{
	size_t		pos = 0;
	int			line = 0;
	lp_buf		b1,
				b2;
	int			rc;

	if ((rc = lp_norm_tables_init(err)) != LP_OK)
		return rc;
	lp_buf_init(&b1);
	lp_buf_init(&b2);
	lp_buf_reserve(out, len + 1);
	while (pos <= len)
	{
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t		end = nl ? (size_t) (nl - text) : len;
		const char *cur = text + pos;
		size_t		cur_len = end - pos;
		lp_buf	   *cur_buf = NULL;
		line_scan	ls;
		int			changed = 0;

		LP_CHECK_INTERRUPTS();
		line++;
		scan_line(cur, cur_len, &ls);
		if (ls.flags & LP_CC_ODD)
			RUN_PASS(lp_fix_lost(cur, cur_len, dst_, line, repairs));
		if (needs_encoding_pass(&ls))
			RUN_PASS(lp_fix_encoding(cur, cur_len, dst_, line, repairs, err));
		if (changed)
			scan_line(cur, cur_len, &ls);	/* repaired text has new characters */
		if ((ls.flags & LP_CC_HTML) || changed)
			RUN_PASS(lp_fix_html(cur, cur_len, dst_, line, repairs));
		if (ls.flags & LP_CC_ZW)
			RUN_PASS(lp_fix_zero_width(cur, cur_len, dst_, line, repairs));
		if (ls.flags & LP_CC_WIDTH)
			RUN_PASS(lp_fix_width(cur, cur_len, dst_, line, repairs));
		if (ls.flags & (LP_CC_PAREN | LP_CC_ODD | LP_CC_QMARK))
			RUN_PASS(lp_fix_pinyin(cur, cur_len, dst_, line, repairs));
		if (ls.flags & LP_CC_ZERO)
			RUN_PASS(lp_fix_zero_digit(cur, cur_len, dst_, line, repairs));
		if (ls.flags & LP_CC_T2S)
		{
			const char *before_t2s = cur;

			RUN_PASS(lp_fix_t2s(cur, cur_len, dst_, line, repairs, err));
			if (cur != before_t2s)
				scan_line(cur, cur_len, &ls);	/* chrome triggers are simplified */
		}
		if (((ls.flags & LP_CC_CHROME) && cur_len <= LP_CHROME_MAX_LINE + 64) ||
			(ls.flags & LP_CC_CHROME_IN))
			RUN_PASS(lp_fix_chrome(cur, cur_len, dst_, line, repairs, err));
		lp_buf_append(out, cur, cur_len);
		if (!nl)
			break;
		lp_buf_putc(out, '\n');
		pos = end + 1;
	}
	lp_buf_free(&b1);
	lp_buf_free(&b2);
	return LP_OK;

fail:
	lp_buf_free(&b1);
	lp_buf_free(&b2);
	return err->code ? err->code : LP_ELIBRARY;
}

void
lp_repairs_free(lp_repairs *r)
{
	size_t		i;

	for (i = 0; i < r->n; i++)
	{
		lp_free(r->items[i].before);
		lp_free(r->items[i].after);
	}
	lp_free(r->items);
	r->items = NULL;
	r->n = r->cap = 0;
}
