/*
 * lp_repair_cutgloss.c — a pinyin gloss that a line break cut, put back
 * whole on the line of its hanzi.
 *
 * Reposts in traditional characters gloss their hanzi with pinyin
 * ("研發(fā)投入"), and a PDF or a page width breaks those lines anywhere:
 * inside the gloss ("研發(f" / "ā)投入") or just before it ("研發" /
 * "(fā)投入").  The gloss repair (lp_fix_pinyin) reads a line at a time,
 * so neither half is a gloss there: the letters stay in the text, in
 * names and before figures, and the line no longer reads as wrapped.
 * The part of the gloss on the next line is moved to the end of the line
 * before when the whole is a gloss (lp_gloss_body_len) after a hanzi; the
 * lines of the text stay the page's.  Only the bytes around each line
 * break are looked at.
 */
#include "lp_repair.h"
#include "lp_text.h"

#include <string.h>

#define TAIL_MAX 24				/* bytes of a gloss's letters before a break */
#define HEAD_MAX 40				/* bytes of a gloss's rest after it, its bracket too */

/* A letter of a gloss: ASCII, or a tone-marked vowel (two bytes of UTF-8). */
static size_t
letter_at(const char *s, size_t i, size_t n)
{
	unsigned char c = (unsigned char) s[i];

	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return 1;
	if (c >= 0xC3 && c <= 0xC7 && i + 1 < n && ((unsigned char) s[i + 1] & 0xC0) == 0x80)
		return 2;
	return 0;
}

/* The length of an opening bracket ( or （ at s[i], 0 if none. */
static size_t
open_at(const char *s, size_t i, size_t n)
{
	if (s[i] == '(')
		return 1;
	return i + 3 <= n && memcmp(s + i, "（", 3) == 0 ? 3 : 0;
}

/* Is the character ending at s[q] (not before s[from]) a hanzi? */
static int
hanzi_before(const char *s, size_t from, size_t q)
{
	size_t		k;
	int			l;

	if (q <= from)
		return 0;
	k = lp_prev_char(s, q);
	return k >= from && lp_is_hanzi(lp_u8(s + k, q - k, &l));
}

/*
 * Where the bracket of a gloss cut at the end of line s[from, t) opens
 * ("…研發(f"), t when the line ends on a hanzi (the gloss all on the next
 * line), or (size_t) -1 when the line ends otherwise.
 */
static size_t
gloss_open_before(const char *s, size_t from, size_t t)
{
	size_t		k = t;

	while (k > from && t - k < TAIL_MAX)
	{
		size_t		p = lp_prev_char(s, k);
		int			l;
		uint32_t	cp = lp_u8(s + p, k - p, &l);

		if (cp == '(' || cp == 0xFF08)
			return hanzi_before(s, from, p) ? p : (size_t) -1;
		if (!((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0x1DC)))
			break;
		k = p;
	}
	return k == t && hanzi_before(s, from, t) ? t : (size_t) -1;
}

/*
 * How many bytes at s[h, n) complete the gloss opened at s[q, t) (q == t:
 * none opened), its closing bracket included; 0 when they do not make one.
 */
static size_t
gloss_rest(const char *s, size_t q, size_t t, size_t h, size_t n)
{
	char		buf[TAIL_MAX + HEAD_MAX];
	size_t		o = 0,
				k = h,
				l;

	if (q == t)
	{
		size_t		b = h < n ? open_at(s, h, n) : 0;

		return b ? (l = lp_gloss_body_len(s + h + b, n - h - b)) ? b + l : 0 : 0;
	}
	q += open_at(s, q, t);
	while (k < n && k - h < HEAD_MAX && (l = letter_at(s, k, n)) != 0)
		k += l;
	if (k >= n || k - h >= HEAD_MAX || (s[k] != ')' && !(k + 3 <= n && memcmp(s + k, "）", 3) == 0)))
		return 0;
	k += s[k] == ')' ? 1 : 3;
	memcpy(buf, s + q, t - q);
	o = t - q;
	memcpy(buf + o, s + h, k - h);
	o += k - h;
	return lp_gloss_body_len(buf, o) == o ? k - h : 0;
}

/*
 * Where the text of the line after the break at s[e] starts, its indent
 * ("\u3000\u3000", spaces) and up to two blank lines between stepped over
 * (a page copied with an empty paragraph after each line); *skipped: the
 * blank lines.  len when there is none.
 */
static size_t
next_text(const char *s, size_t len, size_t e, int *skipped)
{
	size_t		h = e + 1;

	*skipped = 0;
	for (;;)
	{
		while (h < len && (s[h] == ' ' || s[h] == '\t' || s[h] == '\r' ||
						   (h + 3 <= len && memcmp(s + h, "\u3000", 3) == 0)))
			h += s[h] == ' ' || s[h] == '\t' || s[h] == '\r' ? 1 : 3;
		if (h >= len || s[h] != '\n')
			return h;
		if (++*skipped > 2)
			return len;
		h++;
	}
}

int
lp_mend_cut_glosses(const char *text, size_t len, lp_buf *out, lp_repairs *reps)
{
	size_t		from = 0,
				copied = 0;
	int			line = 1,
				changed = 0;
	const char *nl;

	if (memchr(text, '(', len) == NULL && lp_find3(text, len, "（") == NULL)
		return 0;
	while ((nl = memchr(text + from, '\n', len - from)) != NULL)
	{
		size_t		e = (size_t) (nl - text),
					t = e > from && text[e - 1] == '\r' ? e - 1 : e,
					q = gloss_open_before(text, from, t),
					h,
					ne,
					m = 0;
		int			skipped = 0;
		const char *nn;

		LP_CHECK_INTERRUPTS();
		if (q != (size_t) -1 && (h = next_text(text, len, e, &skipped)) < len)
		{
			nn = memchr(text + h, '\n', len - h);
			ne = nn ? (size_t) (nn - text) : len;
			m = gloss_rest(text, q, t, h, ne);
		}
		if (m)
		{
			changed = 1;
			/* the break, blank lines and indent go after the gloss's rest */
			copied = lp_move_back(out, text, len, copied, t, h, m);
			line += skipped;
			lp_repair_add(reps, "cut_gloss", line + 1, text + h, m, "", 0);
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
