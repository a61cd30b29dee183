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
 * The byte of GBK that the Latin-1 reading made the character at s[i]: a
 * Latin-1 character or ASCII (a trail may be "L", "\\"); *l its length in
 * UTF-8.  -1 for any other character.
 */
static int
byte_at(const char *s, size_t i, size_t n, int *l)
{
	unsigned	v = latin_at(s, i, n);

	if (v)
	{
		*l = 2;
		return (int) v;
	}
	if ((unsigned char) s[i] < 0x80)
	{
		*l = 1;
		return (unsigned char) s[i];
	}
	(void) lp_u8(s + i, n - i, l);
	return -1;
}

/*
 * Read as GBK from its start, does the line s[from, t) end on a lead that the
 * byte trail completes, after two pairs of hanzi at least?  A line's run is
 * paired from its start, so the line is read whole: a trail may be ASCII
 * ("Ôöé" + "L" for 增長 read as Latin-1).  -1 on error.
 */
static int
ends_on_cut_pair(const char *s, size_t from, size_t t, int trail, lp_error *err)
{
	size_t		k = from;
	int			pairs = 0;
	uint32_t	c;

	if (lp_gbk_init(err) != LP_OK)
		return -1;				/* the tables, built once the first such line is met */
	while (k < t)
	{
		int			l,
					l2,
					b = byte_at(s, k, t, &l),
					b2;

		if (b >= 0x81 && k + l >= t)
		{
			c = lp_gbk_pair((uint8_t) b, (uint8_t) trail);
			return pairs >= 2 && (trail >= 0x80 ? hanzi_or_mark(c) : lp_is_hanzi(c));
		}
		if (b >= 0x81 && (b2 = byte_at(s, k + l, t, &l2)) >= 0x40 && b2 != 0x7F &&
			(c = lp_gbk_pair((uint8_t) b, (uint8_t) b2)) != 0)
		{
			pairs += hanzi_or_mark(c);
			k += l + l2;
			continue;
		}
		k += l;
	}
	return 0;
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
		int			tl = 0,
					trail = e + 1 < len ? byte_at(text, e + 1, len, &tl) : -1,
					cut = 0;

		LP_CHECK_INTERRUPTS();
		/* cheap tests first: the line ends on a Latin-1 lead, a trail opens the next */
		if (trail >= 0x40 && trail != 0x7F && t >= from + 2 && latin_at(text, t - 2, t) >= 0x81 &&
			(cut = ends_on_cut_pair(text, from, t, trail, err)) < 0)
			return -1;
		if (cut)
		{
			changed = 1;
			copied = lp_move_back(out, text, len, copied, t, e + 1, tl);
			lp_repair_add(reps, "cut_latin1_pair", line + 1, text + e + 1, tl, "", 0);
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
