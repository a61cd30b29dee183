/*
 * lp_repair_cutpair.c — a GBK character read as two Latin-1 ones, cut
 * between them by a line break, put back whole on the first one's line.
 *
 * A page of GBK bytes read as Latin-1 gives each hanzi as two characters
 * ("¾­¼Ã" for 经济); a converter or a page width that breaks its lines by
 * characters may break between the two ("Ôö³" / "¤3.6%").  The encoding
 * repair (lp_fix_encoding) reads a line at a time and pairs a run's
 * characters from its start: the line before ends on a lone lead, the
 * next line's run starts on a trail and pairs every character wrongly, so
 * neither line is repaired.  When the run that ends a line has an odd
 * number of characters, all pairing into GBK, and the next line opens with
 * a character completing the last one (both of GB2312's high half), that
 * character moves to the end of the line before; the lines stay the page's.
 * Only the run before each line break is looked at: linear in the text.
 */
#include "lp_repair.h"
#include "lp_text.h"

#include <string.h>

#define RUN_MAX 4096			/* characters of a line's last run looked at, at most */

/* The Latin-1 character (U+0080..U+00FF, two bytes of UTF-8) at s[i], or 0. */
static unsigned
latin_at(const char *s, size_t i, size_t n)
{
	unsigned char c = i < n ? (unsigned char) s[i] : 0;

	if ((c == 0xC2 || c == 0xC3) && i + 1 < n && ((unsigned char) s[i + 1] & 0xC0) == 0x80)
		return ((c & 0x1F) << 6) | ((unsigned char) s[i + 1] & 0x3F);
	return 0;
}

/* A hanzi or a CJK or full-width mark: what a report's GBK pairs are, not kana. */
static int
hanzi_or_mark(uint32_t cp)
{
	return lp_is_hanzi(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

/*
 * Does the line s[from, t) end on a run of Latin-1 characters that pair into
 * GBK but for its last one, a lead that trail completes?  -1 on error.
 */
static int
ends_on_cut_pair(const char *s, size_t from, size_t t, unsigned trail, lp_error *err)
{
	size_t		k = t;
	unsigned	lead;
	int			count = 0;

	while (k >= from + 2 && count < RUN_MAX && latin_at(s, k - 2, t))
	{
		k -= 2;
		count++;
	}
	if (count % 2 == 0 || count < 3 || count == RUN_MAX)
		return 0;				/* a pair at least before the lone lead */
	lead = latin_at(s, t - 2, t);
	if (lp_gbk_init(err) != LP_OK)
		return -1;				/* the tables, built once the first such line is met */
	if (lead < 0xA1 || trail < 0xA1 || !hanzi_or_mark(lp_gbk_pair((uint8_t) lead, (uint8_t) trail)))
		return 0;
	for (; k + 4 <= t; k += 4)
		if (!lp_gbk_pair((uint8_t) latin_at(s, k, t), (uint8_t) latin_at(s, k + 2, t)))
			return 0;
	return 1;
}

int
lp_mend_cut_latin1_pairs(const char *text, size_t len, lp_buf *out, lp_repairs *reps,
						 lp_error *err)
{
	size_t		from = 0,
				copied = 0;
	int			line = 1,
				changed = 0;
	const char *nl;

	if (memchr(text, 0xC2, len) == NULL && memchr(text, 0xC3, len) == NULL)
		return 0;
	while ((nl = memchr(text + from, '\n', len - from)) != NULL)
	{
		size_t		e = (size_t) (nl - text),
					t = e > from && text[e - 1] == '\r' ? e - 1 : e;
		unsigned	trail = latin_at(text, e + 1, len);
		int			cut = 0;

		LP_CHECK_INTERRUPTS();
		if (trail && t >= from + 2 && (cut = ends_on_cut_pair(text, from, t, trail, err)) < 0)
			return -1;
		if (cut)
		{
			if (!changed)
				lp_buf_reserve(out, len + 1);
			changed = 1;
			lp_buf_append(out, text + copied, t - copied);
			lp_buf_append(out, text + e + 1, 2);
			lp_buf_append(out, text + t, e + 1 - t);
			lp_repair_add(reps, "cut_latin1_pair", line + 1, text + e + 1, 2, "", 0);
			copied = e + 3;
			from = copied;		/* the next line starts after what moved */
		}
		else
			from = e + 1;
		line++;
	}
	if (changed)
		lp_buf_append(out, text + copied, len - copied);
	return changed;
}
