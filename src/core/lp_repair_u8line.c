/*
 * lp_repair_u8line.c — a whole line of UTF-8 read as GBK (utf8_as_gbk),
 * bytes lost included.
 *
 * UTF-8 Chinese read as GBK pairs its bytes two by two: three bytes a
 * hanzi, so a pair straddles two hanzi and the text turns into rare hanzi,
 * box drawing and private-use characters (经济 → 缁忔祹, 在 → 鍦).  Before an
 * ASCII byte the pair has no trail: the decoder loses its lead byte (U+FFFD,
 * or nothing at all), so most of the line is cut into runs a run-by-run
 * repair (lp_repair_enc.c) does not join again.  Here the whole line is
 * taken back to the bytes the GBK decoder read (GBK, the two-byte GB18030
 * and CP936 codes, the private-use ones of the user-defined areas, U+FFFD
 * a lost byte) and those bytes are read as UTF-8, resynchronising at the
 * next lead byte after damage: each damaged character becomes one U+FFFD,
 * unless it can be told (one_lost: a 0x80 lost inside a run put back; a
 * last byte lost before ASCII guessed by the pairs of the dictionaries, by
 * the words joining figures, by punctuation's grammar, by the line).
 * The line is taken only when damage falls just where a GBK decoder loses
 * bytes (a lost byte, or before an ASCII byte and at the end) and the result
 * is clearly better Chinese (lp_clearly_better): a legitimate GBK text, its
 * bytes read as UTF-8, is invalid nearly everywhere.
 */
#include "lp_repair.h"
#include "lp_data.h"

#include <stdlib.h>
#include <string.h>

#define LOST_BYTE 0xFF			/* a lost byte: no UTF-8 byte and no GBK byte */
#define U8LINE_MIN_GOOD 2		/* characters a repair reads at least */

/* BMP cp -> two-byte GB18030 code, for the characters GBK has none for */
static const uint16_t *gb18030_enc;
static volatile int u8line_ready = 0;

/*
 * The pairs of characters of the dictionaries (the words of words.tsv, the
 * indicators' names and aliases, the units of q_units.tsv, simplified),
 * cp1 << 16 | cp2 sorted, that guess_last looks a lost character up in; a
 * digit is '0', before the first character of a unit and of 年, 月, 日.
 */
static uint32_t *pairs;
static size_t npairs;

static uint32_t
simplified(uint32_t cp)
{
	uint32_t	s = cp >= '0' && cp <= '9' ? '0' : lp_t2s_char(cp);

	return s ? s : cp;
}

static void
add_pairs(lp_buf *acc, const char *w, size_t n, int after_digit)
{
	size_t		i = 0;
	uint32_t	prev = after_digit ? '0' : 0;

	while (i < n)
	{
		int			l;
		uint32_t	cp = simplified(lp_u8(w + i, n - i, &l));

		i += l;
		if (cp == '|')
		{
			prev = 0;
			continue;
		}
		if (prev && prev < 0x10000 && cp < 0x10000 && (prev >= 0x80 || prev == '0'))
		{
			uint32_t	pr = prev << 16 | cp;

			lp_buf_append(acc, (const char *) &pr, sizeof(pr));
		}
		prev = cp;
	}
}

static void
build_pairs(void)
{
	lp_data_iter it;
	lp_buf		acc;
	uint32_t   *tmp;

	lp_buf_init(&acc);
	add_pairs(&acc, "\xE5\xB9\xB4", 3, 1);	/* 2023年2月21日 */
	add_pairs(&acc, "\xE6\x9C\x88", 3, 1);
	add_pairs(&acc, "\xE6\x97\xA5", 3, 1);
	lp_data_open(&it, LP_DATA_WORDS);
	while (lp_data_next(&it, NULL) > 0)
		add_pairs(&acc, it.row.f[1], it.row.len[1], 0);
	lp_data_open(&it, LP_DATA_INDICATORS);
	while (lp_data_next(&it, NULL) > 0)
	{
		add_pairs(&acc, it.row.f[1], it.row.len[1], 0);
		add_pairs(&acc, it.row.f[2], it.row.len[2], 0);
	}
	lp_data_open(&it, LP_DATA_Q_UNITS);
	while (lp_data_next(&it, NULL) > 0)
		add_pairs(&acc, it.row.f[0], it.row.len[0], 1);
	npairs = acc.len / sizeof(uint32_t);
	pairs = malloc(acc.len + sizeof(uint32_t));
	tmp = malloc(acc.len + sizeof(uint32_t));
	if (pairs && tmp && npairs)
	{
		memcpy(pairs, acc.data, acc.len);
		lp_sort_u32(pairs, tmp, npairs);
	}
	else
		npairs = 0;
	free(tmp);
	lp_buf_free(&acc);
}

/* How many times the dictionaries hold the pair a, b. */
static size_t
pair_count(uint32_t a, uint32_t b)
{
	uint32_t	key = a << 16 | b;
	size_t		lo = 0,
				hi = npairs,
				from;

	if (a >= 0x10000 || b >= 0x10000 || !pairs)
		return 0;
	while (lo < hi)				/* the first not below key */
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (pairs[mid] < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	from = lo;
	while (lo < npairs && pairs[lo] == key)
		lo++;
	return lo - from;
}

static int
known_pair(uint32_t a, uint32_t b)
{
	return pair_count(a, b) > 0;
}

/* A GB18030 code for a character GBK has none for (u8line_init). */
static void
put_gb18030(void *arg, int lead, int trail, uint32_t cp)
{
	uint16_t   *enc = arg;

	if (!lp_gbk_enc[cp] && !enc[cp])
		enc[cp] = (uint16_t) (lead << 8 | trail);
}

static int
u8line_init(lp_error *err)
{
	uint16_t   *enc;
	int			rc;

	if (u8line_ready)
		return LP_OK;
	enc = calloc(0x10000, sizeof(uint16_t));
	if (!enc)
		return lp_fail(err, LP_ELIBRARY, 0, 0, "out of memory building the GB18030 table");
	if ((rc = lp_two_byte_codes("GB18030", put_gb18030, enc, err)) != LP_OK)
	{
		free(enc);
		return rc;
	}
	gb18030_enc = enc;
	build_pairs();
	u8line_ready = 1;			/* last */
	return LP_OK;
}

/*
 * The two-byte code a GBK decoder read cp from, 0 if none: GBK, GB18030,
 * and the private-use characters CP936 and GB18030-2000 give the
 * user-defined areas (AAA1..AFFE, F8A1..FEFE, A140..A7A0).
 */
static uint16_t
read_code(uint32_t cp)
{
	uint32_t	k;

	if (cp >= 0x10000)
		return 0;
	if (lp_gbk_enc[cp])
		return lp_gbk_enc[cp];
	if (gb18030_enc[cp])
		return gb18030_enc[cp];
	if (cp >= 0xE000 && cp <= 0xE233)
	{
		k = cp - 0xE000;
		return (uint16_t) ((0xAA + k / 94) << 8 | (0xA1 + k % 94));
	}
	if (cp >= 0xE234 && cp <= 0xE4C5)
	{
		k = cp - 0xE234;
		return (uint16_t) ((0xF8 + k / 94) << 8 | (0xA1 + k % 94));
	}
	if (cp >= 0xE4C6 && cp <= 0xE765)
	{
		k = cp - 0xE4C6;		/* 96 trails a lead: 40..7E, 80..A0 */
		return (uint16_t) ((0xA1 + k / 96) << 8 | (k % 96 < 63 ? 0x40 + k % 96 : 0x41 + k % 96));
	}
	return 0;
}

/* The line's bytes as the GBK decoder read them; 0 when a character has none. */
typedef struct u8line
{
	lp_buf		bytes;
	int			lost;			/* U+FFFD: lost bytes */
	int			cuts;			/* places a decoder loses a byte: before ASCII, at the end */
	int			good;			/* characters read back outside ASCII */
	int			bad;			/* U+FFFD written */
	size_t	   *spots;			/* U+FFFD in out that lp_u8line_guess_spots may tell */
	size_t		nspots;
	size_t		cap;
	size_t		base;			/* where the line starts in out */
	int			quote_open;		/* the last quote written in the line is a “ */
} u8line;

/*
 * UTF-8 hanzi read as GBK give codes whose lead byte is a UTF-8 lead (E4..E9)
 * or continuation (81..BF); clean Chinese is mostly in GB2312's other rows.
 * After SAMPLE_WIDE characters a line with fewer than 7 in 10 such codes is
 * no mojibake: stop before the costly work (most lines of a clean text).
 */
#define SAMPLE_WIDE 24

static int
mojibake_code(uint16_t code)
{
	uint8_t		lead = (uint8_t) (code >> 8);

	return (lead >= 0x81 && lead <= 0xBF) || (lead >= 0xE4 && lead <= 0xE9);
}

/* lp_buf_putc without the call when the byte and the NUL fit (the same
 * buffer: lp_buf_putc grows it under the same condition) */
static inline void
put_byte(lp_buf *b, char c)
{
	if (b->len + 1 < b->cap)
	{
		b->data[b->len++] = c;
		b->data[b->len] = '\0';
	}
	else
		lp_buf_putc(b, c);
}

/*
 * Are there at least need characters outside ASCII in s[0, n)?  Each byte
 * from 0xC0 starts one (no decoder step takes it as a continuation byte):
 * a lower bound.
 */
static int
wide_ahead(const char *s, size_t n, int need)
{
	size_t		i;

	for (i = 0; i < n && need > 0; i++)
		need -= (uint8_t) s[i] >= 0xC0;
	return need <= 0;
}

/*
 * The line's GBK bytes into u; 0 when the line is not UTF-8 read as GBK.
 * With u NULL only that answer, which depends on the characters alone:
 * lp_fix_utf8_line asks it first, so that the many clean lines the sample
 * turns away cost no buffer and no copy.
 */
static int
line_bytes(const char *in, size_t n, u8line *u)
{
	size_t		i = 0;
	unsigned int iter = 0;
	int			wide = 0,		/* the last character was not ASCII */
				nwide = 0,
				nmoji = 0,
				asked = 0;

	while (i < n)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, n - i, &l);
		uint16_t	code;

		LP_LOOP_CHECK(iter);
		i += l;
		if (cp < 0x80)
		{
			if (u)
			{
				u->cuts += wide;
				put_byte(&u->bytes, (char) cp);
			}
			wide = 0;
			continue;
		}
		wide = 1;
		if (++nwide == SAMPLE_WIDE && nmoji * 10 < nwide * 7)
			return 0;
		if (cp == 0xFFFD || cp == 0x20AC)
		{
			/* lost, or CP936's one-byte 0x80 */
			nmoji++;
			if (u)
			{
				u->lost += cp == 0xFFFD;
				put_byte(&u->bytes, (char) (cp == 0xFFFD ? LOST_BYTE : 0x80));
			}
			continue;
		}
		if (!(code = read_code(cp)))
			return 0;
		nmoji += mojibake_code(code);
		if (u)
		{
			put_byte(&u->bytes, (char) (code >> 8));
			put_byte(&u->bytes, (char) (code & 0xFF));
		}
		/*
		 * Clean text: the sample fails even if every character up to it is
		 * mojibake, and the line has the characters to reach it (asked once)
		 */
		if (!asked && nwide < SAMPLE_WIDE &&
			(nmoji + SAMPLE_WIDE - 1 - nwide) * 10 < SAMPLE_WIDE * 7)
		{
			asked = 1;
			if (wide_ahead(in + i, n - i, SAMPLE_WIDE - nwide))
				return 0;
		}
	}
	if (u)
		u->cuts += wide;
	return 1;
}

/* Is b the byte after a lost one a GBK decoder lost before it: ASCII or the end? */
static int
cut_after(const u8line *u, size_t at)
{
	return at >= u->bytes.len || (uint8_t) u->bytes.data[at] < 0x80;
}

/* The character before out's end, 0 if none. */
static uint32_t
last_char(const lp_buf *out)
{
	size_t		q = out->len;
	int			l;

	if (q == 0)
		return 0;
	q--;
	while (q > 0 && ((uint8_t) out->data[q] & 0xC0) == 0x80)
		q--;
	return lp_u8(out->data + q, out->len - q, &l);
}

/* Is cp one of the characters of the UTF-8 string set? */
static int
in_set(const char *set, uint32_t cp)
{
	size_t		i = 0,
				n = strlen(set);

	while (i < n)
	{
		int			l;

		if (lp_u8(set + i, n - i, &l) == cp)
			return 1;
		i += l;
	}
	return 0;
}

/*
 * Does prev (simplified, a digit as '0') end a figure: a digit, %, a
 * unit's first character, the end of a qualifier after a figure (左右,
 * 以上, 以下, 以内, 多, 余)?
 */
static int
after_figure(uint32_t prev)
{
	return prev == '0' || prev == '%' || known_pair('0', prev) || in_set("右上下内多余", prev);
}

/*
 * A hanzi lost between a figure and a digit: the one of 和, 与, 及, 至,
 * 到, 或, 的 (the words joining two figures: "计划710亿元的89.4%") whose
 * character it can be, when
 * exactly one; 0 else.
 */
static uint32_t
between_figures(const char *b)
{
	static const uint32_t joins[] = {0x548C, 0x4E0E, 0x53CA, 0x81F3, 0x5230, 0x6216, 0x7684};
	uint32_t	found = 0;
	size_t		k;

	for (k = 0; k < sizeof(joins) / sizeof(joins[0]); k++)
	{
		char		c[3];

		lp_utf8_put(c, joins[k]);
		if (c[0] == b[0] && c[1] == b[1])
		{
			if (found)
				return 0;
			found = joins[k];
		}
	}
	return found;
}

/*
 * A character of U+3000..U+303F lost before next (ASCII, 0 at the end of
 * the line) after prev (simplified, a digit as '0'): after a figure (a
 * digit, %, a unit's first character) and before a digit it is the 、 of a
 * list of figures ("5634元、9.2%"); at the end of a line after a hanzi or a
 * figure, the 。 closing a paragraph; else unknown (0).
 */
static uint32_t
ideo_punct(uint32_t prev, uint8_t next)
{
	int			figure = after_figure(prev);

	if (next >= '0' && next <= '9' && (figure || in_set("一二三四五六七八九十", prev)))
		return 0x3001;			/* a list of figures, a heading's number ("一、2023年") */
	if (next == 0 && (figure || lp_is_hanzi(prev)))
		return 0x3002;
	return 0;
}

/*
 * A character of U+2000..U+203F lost before ASCII: a dash after a dash
 * (——), the ” closing a “ opened before it in the line (quote_open: the
 * last quote read_utf8 wrote is a “); else unknown (0).
 */
static uint32_t
general_punct(uint32_t prev, int quote_open)
{
	if (prev == 0x2014)
		return 0x2014;
	return quote_open ? 0x201D : 0;
}

/*
 * The character whose last byte a decoder lost before ASCII: the first
 * need-1 bytes at b are known, the last is one of 64.  Taken is the one
 * that makes a pair of the dictionaries with the character before it, when
 * the dictionaries hold that pair twice as often as any other of them
 * (pair_count; simplified, a traditional text's character and its
 * simplified form are one), after a digit when only one does; 0 else.
 */
static uint32_t
guess_last(const char *b, int need, const lp_buf *out, uint8_t next, int quote_open)
{
	char		c[4];
	uint32_t	found = 0,
				prev = simplified(last_char(out));
	size_t		k,
				top = 0,
				second = 0;
	int			x;

	if (!(prev >= 0x80 || prev == '0' || prev == '%'))
		return 0;
	if (need == 3 && (uint8_t) b[0] == 0xE3 && (uint8_t) b[1] == 0x80)
		return ideo_punct(prev, next);
	if (need == 3 && (uint8_t) b[0] == 0xE2 && (uint8_t) b[1] == 0x80)
		return general_punct(prev, quote_open);
	if (need == 3 && next >= '0' && next <= '9' && after_figure(prev) &&
		(found = between_figures(b)) != 0)
		return found;
	if (prev == '%')
		return 0;
	memcpy(c, b, need - 1);
	for (x = 0x80; x <= 0xBF; x++)
	{
		int			l;
		uint32_t	cp;

		c[need - 1] = (char) x;
		cp = lp_utf8_decode(c, need, &l);
		if (l != need || !lp_is_hanzi(cp) || (k = pair_count(prev, simplified(cp))) == 0)
			continue;
		if (prev == '0' && (cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5))
			return cp;			/* a date's 年, 月, 日 before any unit */
		if (found && simplified(cp) == simplified(found))
		{
			if (simplified(cp) == cp)
				found = cp;		/* the simplified of the same */
		}
		else if (k > top)
		{
			second = top;
			top = k;
			found = cp;
		}
		else if (k > second)
			second = k;
	}
	/*
	 * the pair the dictionaries hold twice as often as any other; after a
	 * digit only one (亿 or 人 after a figure: a unit is a value's scale)
	 */
	return second == 0 || (prev != '0' && top >= 2 * second) ? found : 0;
}

/*
 * A three-byte character two of whose bytes are at b, a 0x80 dropped
 * without a mark before or after the second: the one of the two that is
 * a hanzi or 、。 when the other is not, else the one that makes a pair of
 * the dictionaries with the character before (prev) when the other does
 * not; 0 when neither or both.
 */
static uint32_t
dropped_80(const char *b, uint32_t prev)
{
	char		c[2][3] = {{b[0], (char) 0x80, b[1]}, {b[0], b[1], (char) 0x80}};
	uint32_t	cp[2];
	int			ok[2],
				pair[2],
				k;

	for (k = 0; k < 2; k++)
	{
		int			l;

		cp[k] = lp_utf8_decode(c[k], 3, &l);
		ok[k] = l == 3 && (lp_is_hanzi(cp[k]) || cp[k] == 0x3001 || cp[k] == 0x3002);
		pair[k] = ok[k] && known_pair(prev, simplified(cp[k]));
	}
	if (ok[0] != ok[1])
		return ok[0] ? cp[0] : cp[1];
	if (pair[0] != pair[1])
		return pair[0] ? cp[0] : cp[1];
	return 0;
}

/*
 * The character at b[i], a lead byte, with bytes lost (lost bytes among
 * its need bytes, or its last missing before ASCII): a lost byte inside a
 * run was CP936's and GB18030's undecodable 0x80 (marked U+FFFD, or
 * dropped: dropped_80); one before ASCII is guessed (guess_last; *last =
 * need, the known bytes in pre).  *used gets the bytes it takes; 0 when
 * it cannot be told.
 */
static uint32_t
one_lost(const u8line *u, size_t i, int need, const lp_buf *out, int *last, char *pre, int *used)
{
	const char *b = u->bytes.data;
	size_t		n = u->bytes.len,
				k,
				at;
	int			lost = 0,
				l;
	uint32_t	cp;

	pre[0] = b[i];
	for (k = 1; k < (size_t) need; k++)
	{
		uint8_t		x = i + k < n ? (uint8_t) b[i + k] : 0;

		if (x == LOST_BYTE)
			lost++;
		else if ((x & 0xC0) != 0x80)
			break;
		pre[k] = x == LOST_BYTE ? (char) 0x80 : (char) x;
	}
	*used = (int) k;
	if (k == (size_t) need && lost && (uint8_t) b[i + k - 1] == LOST_BYTE && cut_after(u, i + k))
		k--;					/* the last lost before ASCII */
	else if (k == (size_t) need && lost)
	{
		cp = lp_utf8_decode(pre, need, &l);
		return l == need && cp != 0xFFFD ? cp : 0;
	}
	else if (need == 3 && !lost && k == 1 && cut_after(u, i + 1))
	{
		pre[1] = (char) 0x80;	/* the 0x80 and the last byte dropped */
		k = 2;
		*used = 1;
	}
	else if (need == 3 && !lost && k == 2 && !cut_after(u, i + 2))
		return dropped_80(b + i, simplified(last_char(out)));
	/* after the character, past its lost last byte */
	at = i + (size_t) *used;
	if (k == (size_t) need - 1 && cut_after(u, at))
	{
		*last = need;
		return guess_last(pre, need, out, at < n ? (uint8_t) b[at] : 0, u->quote_open);
	}
	return 0;
}

static int
lead_need(uint8_t x)
{
	return x >= 0xC2 && x <= 0xDF ? 2 : x >= 0xE0 && x <= 0xEF ? 3 : x >= 0xF0 && x <= 0xF4 ? 4 : 0;
}

/* Note a U+FFFD just written at out->len - 3 for lp_u8line_guess_spots: its first two bytes b. */
static void
note_spot(u8line *u, size_t at)
{
	if (u->nspots == u->cap)
	{
		u->cap = u->cap ? 2 * u->cap : 16;
		u->spots = lp_realloc(u->spots, u->cap * sizeof(size_t));
	}
	u->spots[u->nspots++] = at;
}

/*
 * The bytes read as UTF-8 into out: a stretch of bytes that is no
 * character (a lost byte, a character cut short) is one U+FFFD, unless
 * one_lost tells the character.  Stops with 0 as soon as there is more
 * damage than a decoder's losses explain.
 */
static int
read_utf8(u8line *u, lp_buf *out)
{
	const char *b = u->bytes.data;
	size_t		n = u->bytes.len,
				i = 0;
	int			damaged = 0;

	while (i < n)
	{
		int			l = 1,
					need = lead_need((uint8_t) b[i]);
		uint32_t	cp = (uint8_t) b[i] == LOST_BYTE ? 0xFFFD : lp_utf8_next(b + i, n - i, &l);
		int			last = 0,
					used = 0;
		char		pre[4];

		if (cp == 0xFFFD && need && (cp = one_lost(u, i, need, out, &last, pre, &used)) != 0)
		{
			l = used;
			if (l == 2 && need == 3 && !cut_after(u, i + 2) && ++u->bad > u->lost + u->cuts)
				return 0;		/* a dropped 0x80: damage the budget counts */
		}
		if (cp == 0 || cp == 0xFFFD)
		{
			if (!damaged && ++u->bad > u->lost + u->cuts)
				return 0;
			if (!damaged)
				lp_buf_put_cp(out, 0xFFFD);
			if (!damaged && last == 3)
			{
				note_spot(u, out->len - 3 - u->base);
				memcpy(out->data + out->len - 3, pre, 2);	/* kept for the guess */
				out->data[out->len - 1] = (char) 0xFF;
			}
			damaged = 1;
			i++;
			continue;
		}
		damaged = 0;
		u->good += cp >= 0x80;
		if (cp == 0x201C || cp == 0x201D)
			u->quote_open = cp == 0x201C;
		lp_buf_put_cp(out, cp);
		i += l;
	}
	return u->good >= U8LINE_MIN_GOOD;
}

/*
 * The line in[0, n) repaired whole into out (appended), recorded as
 * utf8_as_gbk from its first to its last character outside ASCII: 1 when
 * repaired, 0 when the line is not UTF-8 read as GBK, -1 on error.
 */
int
lp_fix_utf8_line(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps,
				 lp_error *err)
{
	size_t		p = 0,
				s = n,
				start = out->len;
	u8line		u;
	int			ok;

	if (u8line_init(err) != LP_OK)
		return -1;
	while (p < n && (uint8_t) in[p] < 0x80)
		p++;
	while (s > p && (uint8_t) in[s - 1] < 0x80)
		s--;
	if (s - p < 6 || !line_bytes(in + p, s - p, NULL))
		return 0;				/* two characters at least; the sample */
	memset(&u, 0, sizeof(u));
	lp_buf_init(&u.bytes);
	lp_buf_append(out, in, p);
	u.base = start;
	ok = line_bytes(in + p, s - p, &u) && read_utf8(&u, out);
	if (ok)
	{
		lp_u8line_guess_spots(u.spots, u.nspots, out->data + start, out->len - start);
		ok = lp_clearly_better(in + p, s - p, out->data + start + p, out->len - start - p,
							   u.lost > 0);
	}
	lp_buf_free(&u.bytes);
	if (u.spots)
		lp_free(u.spots);
	if (!ok)
	{
		out->len = start;
		if (out->data)
			out->data[start] = '\0';
		return 0;
	}
	lp_repair_add(reps, "utf8_as_gbk", line, in + p, s - p, out->data + start + p,
				  out->len - start - p);
	lp_buf_append(out, in + s, n - s);
	return 1;
}
