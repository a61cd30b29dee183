/*
 * lp_repair_text.c — character-level passes of lp_normalize: lost bytes
 * (锟斤拷), zero-width characters, full-width ASCII, pinyin glosses and
 * circles used as zero.  See lp_repair.h for the contract (HTML is in
 * lp_repair_markup.c).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "lp_data.h"
#include "lp_repair.h"

#include <stdlib.h>
#include <string.h>

#define FFFD_UTF8 "\xEF\xBF\xBD"

#define REPAIR_BLOCK (64 * 1024)	/* bytes of one block of the string pool */

/* A NUL-terminated copy of s[0, n) in the repairs' string pool. */
static char *
repair_str(lp_repairs *reps, const char *s, size_t n)
{
	char	   *p;

	if (reps->nblocks == 0 || reps->used + n + 1 > reps->block_cap)
	{
		size_t		cap = n + 1 > REPAIR_BLOCK ? n + 1 : REPAIR_BLOCK;

		reps->blocks = lp_realloc(reps->blocks, (reps->nblocks + 1) * sizeof(char *));
		reps->blocks[reps->nblocks++] = lp_alloc(cap);
		reps->used = 0;
		reps->block_cap = cap;
	}
	p = reps->blocks[reps->nblocks - 1] + reps->used;
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	reps->used += n + 1;
	return p;
}

void
lp_repair_add(lp_repairs *reps, const char *kind, int line,
			  const char *before, size_t blen, const char *after, size_t alen)
{
	lp_repair  *r;

	if (!reps)
		return;
	if (reps->n == reps->cap)
	{
		reps->cap = reps->cap ? reps->cap + reps->cap / 2 : 64;
		reps->items = lp_realloc(reps->items, reps->cap * sizeof(lp_repair));
	}
	r = &reps->items[reps->n++];
	r->kind = kind;
	r->line = line;
	r->before = repair_str(reps, before, blen);
	r->after = repair_str(reps, after, alen);
}

/* Undo a pass that changed nothing. */
static int
unchanged(lp_buf *out, size_t start)
{
	out->len = start;
	if (out->data)
		out->data[start] = '\0';
	return 0;
}

/* ---------- lost: 锟斤拷 ---------- */

#define KUNJINKAO "\xE9\x94\x9F\xE6\x96\xA4\xE6\x8B\xB7"	/* 锟斤拷 */

int
lp_fix_lost(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps)
{
	size_t		i = 0,
				start = out->len;
	int			changed = 0;
	unsigned int iter = 0;

	while (i < n)
	{
		const char *p = memmem(in + i, n - i, KUNJINKAO, 9);
		size_t		run,
					end;
		size_t		k;

		if (!p)
			break;
		run = p - in;
		lp_buf_append(out, in + i, run - i);
		end = run;
		for (k = 0; end + 9 <= n && memcmp(in + end, KUNJINKAO, 9) == 0; k++)
		{
			LP_LOOP_CHECK(iter);
			end += 9;
			lp_buf_append(out, FFFD_UTF8, 3);
		}
		lp_repair_add(reps, "lost", line, in + run, end - run,
					  out->data + out->len - 3 * k, 3 * k);
		changed = 1;
		i = end;
	}
	if (!changed)
		return unchanged(out, start);
	lp_buf_append(out, in + i, n - i);
	return 1;
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* ---------- per-character mappings: zero width, width ---------- */

/*
 * Collects runs of changed characters for the repair log: call step() for
 * every input character with the output it produced.
 */
typedef struct run_log
{
	const char *kind;
	int			line;
	lp_repairs *reps;
	lp_buf	   *out;
	const char *in;
	int			open;
	size_t		in_start;
	size_t		out_start;
	int			any;
} run_log;

static void
run_step(run_log *rl, size_t in_pos, size_t out_pos, int changed)
{
	if (changed && !rl->open)
	{
		rl->open = 1;
		rl->in_start = in_pos;
		rl->out_start = out_pos;
		rl->any = 1;
	}
	else if (!changed && rl->open)
	{
		rl->open = 0;
		lp_repair_add(rl->reps, rl->kind, rl->line, rl->in + rl->in_start, in_pos - rl->in_start,
					  rl->out->data + rl->out_start, out_pos - rl->out_start);
	}
}

int
lp_fix_zero_width(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps)
{
	unsigned int iter = 0;
	run_log		rl = {"zero_width", line, reps, out, in, 0, 0, 0, 0};
	size_t		i = 0,
				start = out->len;

	lp_buf_reserve(out, n);
	while (i < n)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, n - i, &l);
		int			drop = l > 1 && (lp_char_class(cp) & LP_CC_ZW);

		LP_LOOP_CHECK(iter);
		run_step(&rl, i, out->len, drop);
		if (!drop)
			lp_buf_append(out, in + i, l);
		i += l;
	}
	run_step(&rl, n, out->len, 0);
	return rl.any ? 1 : unchanged(out, start);
}

static int
is_digit_cp(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19);
}

/*
 * "12.6c/o": ℅ typed for % and then NFKC-folded (a copy's whole text often
 * is) to the three letters c/o; after an ASCII digit, not inside a word.
 */
static int
care_of_at(const unsigned char *u, size_t n, size_t i)
{
	return i + 2 < n && u[i] == 'c' && u[i + 1] == '/' && u[i + 2] == 'o' &&
		(i + 3 == n || !((u[i + 3] | 0x20) >= 'a' && (u[i + 3] | 0x20) <= 'z'));
}

/*
 * "同比增长9。5%", "规模以上工业增加值373。15亿元": 。 typed for the decimal
 * point, between ASCII digits whose run after it ends in % or a unit's first
 * character, not in 年, 月, 日 or 号 (a sentence after a bare number
 * "…第3。2014年…" opens with a year) nor in another 。 or a digit's end of
 * the line.  u[i] is the 。.
 */
static int
stop_as_point_at(const unsigned char *u, size_t n, size_t i)
{
	static const char *const not_after[] = {"年", "月", "日", "号", "。", NULL};
	size_t		j = i + 3,
				k;

	if (!(i + 2 < n && u[i] == 0xE3 && u[i + 1] == 0x80 && u[i + 2] == 0x82))
		return 0;
	while (j < n && j - i - 3 < 4 && u[j] >= '0' && u[j] <= '9')
		j++;
	if (j == i + 3 || j >= n || (u[j] >= '0' && u[j] <= '9'))
		return 0;
	if (u[j] == '%')
		return 1;
	if (u[j] < 0xE0 || j + 3 > n)
		return 0;
	for (k = 0; not_after[k]; k++)
		if (memcmp(u + j, not_after[k], 3) == 0)
			return 0;
	/* a unit or a magnitude: 亿, 万, 元, 倍, 个 (个百分点), ％ */
	return memcmp(u + j, "亿", 3) == 0 || memcmp(u + j, "万", 3) == 0 ||
		memcmp(u + j, "元", 3) == 0 || memcmp(u + j, "倍", 3) == 0 ||
		memcmp(u + j, "个", 3) == 0 || memcmp(u + j, "％", 3) == 0;
}

/*
 * Does a line without full-width digits, letters or ％ (LP_CC_WIDTH) hold
 * something lp_fix_width folds: ，．： between an ASCII digit and a digit,
 * or ℅ or c/o after an ASCII digit?  Only those fold in such a line, and an
 * ASCII digit is one byte, so the bytes around each of them tell: no
 * decoding and no copy for the many lines with a comma and a figure apart.
 */
/* Does what starts at u[i] fold after a digit (℅, c/o, or ，．： and a digit)? */
static int
width_folds_at(const unsigned char *u, size_t n, size_t i)
{
	if (u[i] == 'c')
		return care_of_at(u, n, i);
	if (u[i] == 0xE2 && u[i + 1] == 0x84 && u[i + 2] == 0x85)
		return 1;				/* ℅ */
	if (u[i] == 0xE3)
		return stop_as_point_at(u, n, i);
	return u[i] == 0xEF && u[i + 1] == 0xBC &&
		(u[i + 2] == 0x8C || u[i + 2] == 0x8E || u[i + 2] == 0x9A) && i + 3 < n &&
		((u[i + 3] >= '0' && u[i + 3] <= '9') ||
		 (i + 5 < n && u[i + 3] == 0xEF && u[i + 4] == 0xBC && u[i + 5] >= 0x90 &&
		  u[i + 5] <= 0x99));	/* ，．： and a digit, ASCII or full-width */
}

int
lp_width_between_digits(const char *in, size_t n)
{
	const unsigned char *u = (const unsigned char *) in;
	size_t		i;

	/* each digit with a lead byte after it (SSE2), then what follows */
	for (i = lp_digit_lead_next(u, n, 1); i < n; i = lp_digit_lead_next(u, n, i + 1))
		if (width_folds_at(u, n, i))
			return 1;
	return 0;
}

int
lp_fix_width(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps)
{
	unsigned int iter = 0;
	run_log		rl = {"width", line, reps, out, in, 0, 0, 0, 0};
	size_t		i = 0,
				start = out->len;
	uint32_t	prev = 0;

	lp_buf_reserve(out, n);
	while (i < n)
	{
		int			l,
					nl = 0;
		uint32_t	cp = lp_u8(in + i, n - i, &l),
					next = 0,
					to = 0;

		LP_LOOP_CHECK(iter);
		if (cp >= 0xFF01 && cp <= 0xFF5E && l == 3)
		{
			if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
				(cp >= 0xFF41 && cp <= 0xFF5A) || cp == 0xFF05)
				to = cp - 0xFEE0;
			else if (cp == 0xFF0E || cp == 0xFF0C || cp == 0xFF1A)
			{
				if (i + l < n)
					next = lp_utf8_next(in + i + l, n - i - l, &nl);
				if (prev >= '0' && prev <= '9' && is_digit_cp(next))
					to = cp - 0xFEE0;
			}
		}
		else if (cp == 0x3002 && prev >= '0' && prev <= '9' &&
				 stop_as_point_at((const unsigned char *) in, n, i))
			to = '.';			/* 。 typed for the decimal point */
		else if (cp == 0x2105 && prev >= '0' && prev <= '9')
			to = '%';			/* ℅ (care of) typed for % after a figure */
		else if (prev >= '0' && prev <= '9' && care_of_at((const unsigned char *) in, n, i))
		{
			to = '%';			/* the same, folded to c/o */
			l = 3;
		}
		run_step(&rl, i, out->len, to != 0);
		if (to)
		{
			lp_buf_putc(out, (char) to);
			prev = to;
		}
		else
		{
			lp_buf_append(out, in + i, l);
			prev = cp;
		}
		i += l;
	}
	run_step(&rl, n, out->len, 0);
	return rl.any ? 1 : unchanged(out, start);
}

/* ---------- pinyin glosses ---------- */

static int
tone_vowel(uint32_t cp)
{
	switch (cp)
	{
		case 0x101: case 0xE1: case 0x1CE: case 0xE0:
		case 0x113: case 0xE9: case 0x11B: case 0xE8:
		case 0x12B: case 0xED: case 0x1D0: case 0xEC:
		case 0x14D: case 0xF3: case 0x1D2: case 0xF2:
		case 0x16B: case 0xFA: case 0x1D4: case 0xF9:
		case 0x1D6: case 0x1D8: case 0x1DA: case 0x1DC:
		case 0x144: case 0x148: case 0x1F9: case 0xEA:
			return 1;
	}
	return 0;
}

/*
 * Length of "pinyin)" at s: letters (tone-marked or in the toneless list,
 * spaces or apostrophes between syllables) and a closing ) or ）.  0 if not.
 */
size_t
lp_gloss_body_len(const char *s, size_t n)
{
	size_t		i = 0,
				syl = 0;
	int			tones = 0,
				syllables = 0,
				all_toneless = 1,
				letters = 0;

	while (i < n && i < 64)
	{
		int			l;
		uint32_t	cp = lp_u8(s + i, n - i, &l);

		int			tv = cp >= 0x80 && tone_vowel(cp);	/* no ASCII letter is one */

		if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == 0xFC || tv)
		{
			tones += tv;
			letters++;
			i += l;
			continue;
		}
		if (cp == ' ' || cp == '\'' || cp == ')' || cp == 0xFF09)
		{
			if (i == syl)
				return 0;		/* empty syllable */
			syllables++;
			if (!lp_toneless_syllable(s + syl, i - syl))
				all_toneless = 0;
			if (cp == ')' || cp == 0xFF09)
			{
				if (syllables > 6 || letters == 0)
					return 0;
				if (!tones && !all_toneless)
					return 0;
				return i + l;
			}
			i += l;
			syl = i;
			continue;
		}
		return 0;
	}
	return 0;
}

/*
 * Where the next '(' and the next （ are, each found with memchr
 * (vectorised in libc; next_full_paren) and looked for again only once
 * passed, so a line is searched once for each.
 */
typedef struct paren_scan
{
	size_t		ascii;			/* next '(' at or after the last position asked */
	size_t		full;			/* next （ */
} paren_scan;

/*
 * The first （ (EF BC 88) at or after i, n when none: memchr for its last
 * byte, which ends few other characters (full-width punctuation shares
 * its first two), then a look at the two before it.  memchr is
 * vectorised; memmem of a 3-byte needle is not.
 */
static size_t
next_full_paren(const char *in, size_t n, size_t i)
{
	size_t		k = i + 2;

	while (k < n)
	{
		const char *p = memchr(in + k, 0x88, n - k);

		if (p == NULL)
			break;
		k = (size_t) (p - in);
		if ((unsigned char) in[k - 1] == 0xBC && (unsigned char) in[k - 2] == 0xEF)
			return k - 2;
		k++;
	}
	return n;
}

static void
find_parens(paren_scan *ps, const char *in, size_t n, size_t i, int ascii, int full)
{
	if (ascii)
	{
		const char *p = memchr(in + i, '(', n - i);

		ps->ascii = p ? (size_t) (p - in) : n;
	}
	if (full)
		ps->full = next_full_paren(in, n, i);
}

/*
 * The next '(' or （ in in[i, n), n when none.  i only grows between calls,
 * so a position found is still the first one until i passes it.
 */
static size_t
next_paren(paren_scan *ps, const char *in, size_t n, size_t i)
{
	find_parens(ps, in, n, i, ps->ascii < i, ps->full < i);
	return ps->ascii < ps->full ? ps->ascii : ps->full;
}

/* The character that ends at p, in valid UTF-8 after from. */
static uint32_t
char_before(const char *in, size_t from, size_t p)
{
	size_t		k = p - 1;
	int			l;

	while (k > from && ((unsigned char) in[k] & 0xC0) == 0x80)
		k--;
	return lp_u8(in + k, p - k, &l);
}

int
lp_fix_pinyin(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps, int quick)
{
	unsigned int iter = 0;
	size_t		i = 0,
				copied = 0,
				start = out->len;
	uint32_t	prev = 0;
	int			changed = 0;
	paren_scan	ps = {0, 0};	/* set before use when quick */
	int			dense = -1;		/* toneless glosses throughout the line: unknown yet */

	if (quick)
		find_parens(&ps, in, n, 0, 1, 1);
	while (i < n)
	{
		int			l;
		uint32_t	cp;
		size_t		body = 0,
					cut = 0,
					keep = 0;

		LP_LOOP_CHECK(iter);
		if (quick)
		{
			/*
			 * Without '?' and U+FFFD (and so valid UTF-8) only a '(' or （
			 * after a hanzi starts a gloss: go to the next one, with the
			 * character before it as prev.
			 */
			size_t		p = next_paren(&ps, in, n, i);

			if (p == n)
				break;
			if (p > i)
				prev = char_before(in, i, p);
			i = p;
		}
		else if (prev != 0xFFFD && prev != '?' &&
				 (i = lp_pinyin_plain_end(in, n, i, &prev)) == n)
			break;				/* nothing but characters remembered as prev */
		cp = lp_u8(in + i, n - i, &l);
		if ((cp == '(' || cp == 0xFF08) && (lp_is_hanzi(prev) || prev == 0xFFFD))
		{
			body = lp_gloss_body_len(in + i + l, n - i - l);
			/* a line glossed throughout without tones: "产(chan)业(ye)" (lp_repair_pinyin_plain.c) */
			if (!body && prev != 0xFFFD && (dense < 0 ? (dense = lp_pinyin_plain_line(in, n)) : dense))
				body = lp_gloss_plain_len(in + i + l, n - i - l);
			if (body)
				cut = l + body;
		}
		else if ((prev == 0xFFFD || prev == '?') && cp != '(' && cp != 0xFF08 &&
				 ((cp < 0x80 && is_alpha((char) cp)) || tone_vowel(cp)))
		{
			/* damaged gloss whose "(" was eaten by a lost byte: "�yōu)" */
			body = lp_gloss_body_len(in + i, n - i);
			if (body)
			{
				size_t		k;
				int			has_tone = 0;

				for (k = 0; k < body;)
				{
					int			kl;

					has_tone |= tone_vowel(lp_utf8_next(in + i + k, body - k, &kl));
					k += kl;
				}
				if (has_tone)
					cut = body;
			}
		}
		if (cp == '?' && prev == 0xFFFD)
		{
			/* "�?": the next character of a damaged run is lost too */
			lp_buf_append(out, in + copied, i - copied);
			lp_buf_append(out, FFFD_UTF8, 3);
			lp_repair_add(reps, "gbk_shift", line, "?", 1, FFFD_UTF8, 3);
			changed = 1;
			i += 1;
			copied = i;
			continue;
		}
		if (cut)
		{
			size_t		from = i;

			if (prev == '?' && !(cp == '(' || cp == 0xFF08))
			{
				from = i - 1;	/* "?yōu)": the ? is the lost character */
				keep = 1;
			}
			lp_buf_append(out, in + copied, from - copied);
			if (keep)
				lp_buf_append(out, FFFD_UTF8, 3);
			lp_repair_add(reps, "pinyin_gloss", line, in + from, i + cut - from,
						  keep ? FFFD_UTF8 : "", keep ? 3 : 0);
			changed = 1;
			i += cut;
			copied = i;
			if (keep)
				prev = 0xFFFD;	/* else the character before the gloss: glosses may follow one another */
			continue;
		}
		prev = cp;
		i += l;
	}
	if (!changed)
		return unchanged(out, start);
	lp_buf_append(out, in + copied, n - copied);
	return 1;
}

/* ---------- circles used as zero ---------- */

static int
cn_numeral(uint32_t cp)
{
	static const uint32_t set[] = {0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D,
	0x4E03, 0x516B, 0x4E5D, 0x5341, 0x3007, 0x25CB, 0};	/* 零一二三四五六七八九十〇○ */
	int			k;

	for (k = 0; set[k]; k++)
		if (set[k] == cp)
			return 1;
	return 0;
}

int
lp_fix_zero_digit(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps)
{
	unsigned int iter = 0;
	size_t		i = 0,
				copied = 0,
				start = out->len;
	uint32_t	prev = 0;
	int			changed = 0;

	while (i < n)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, n - i, &l);
		size_t		end;
		uint32_t	next = 0;
		int			ascii_side,
					to_ascii,
					to_ling,
					k = 0,
					nl = 0;

		LP_LOOP_CHECK(iter);
		if (!(cp == 0x3007 || cp == 0x25CB))
		{
			prev = cp;
			i += l;
			continue;
		}
		/* the run of circles and what surrounds it */
		end = i;
		while (end < n)
		{
			int			el;
			uint32_t	c = lp_utf8_next(in + end, n - end, &el);

			LP_LOOP_CHECK(iter);
			if (c != 0x3007 && c != 0x25CB)
				break;
			end += el;
			k++;
		}
		if (end < n)
			next = lp_utf8_next(in + end, n - end, &nl);
		ascii_side = (prev >= '0' && prev <= '9') || (next >= '0' && next <= '9');
		to_ascii = ascii_side && (is_digit_cp(prev) || cn_numeral(prev)) &&
			(is_digit_cp(next) || cn_numeral(next));
		to_ling = !ascii_side && cn_numeral(prev) && cn_numeral(next);
		if (to_ascii || (to_ling && memmem(in + i, end - i, "\xE2\x97\x8B", 3)))
		{
			size_t		o;
			int			j;

			lp_buf_append(out, in + copied, i - copied);
			o = out->len;
			for (j = 0; j < k; j++)
				lp_buf_append(out, to_ascii ? "0" : "\xE3\x80\x87", to_ascii ? 1 : 3);
			lp_repair_add(reps, "zero_digit", line, in + i, end - i, out->data + o, out->len - o);
			changed = 1;
			copied = end;
		}
		prev = 0x3007;
		i = end;
	}
	if (!changed)
		return unchanged(out, start);
	lp_buf_append(out, in + copied, n - copied);
	return 1;
}

/* ---------- ASCII zeros typed for 〇 ---------- */

/* A Chinese digit of a numeral written one by one (not 十: "十0" is no year). */
static int
cn_place_digit(uint32_t cp)
{
	return cp != 0x5341 && cn_numeral(cp);
}

/*
 * "二00七年", "二0一0年": older and overseas copy types ASCII 0 for 〇 inside
 * a Chinese year.  A run of 0 after a Chinese digit becomes 〇 when a Chinese
 * digit follows, or 年 after three digits before ("二〇一0年"); "一0万" stays.
 */
/* A 0 right after a Chinese digit (three bytes)?  Most lines have none: memchr finds it, no decoding. */
static int
zero_after_cn_digit(const char *in, size_t n)
{
	const char *p = in,
			   *e = in + n;
	int			l;

	for (; (p = memchr(p, '0', (size_t) (e - p))) != NULL; p++)
		if (p - in >= 3 && cn_place_digit(lp_u8(p - 3, 3, &l)) && l == 3)
			return 1;
	return 0;
}

int
lp_fix_ascii_zero(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps)
{
	unsigned int iter = 0;
	size_t		i = 0,
				copied = 0,
				start = out->len;
	int			run = 0,		/* Chinese digits just before i */
				changed = 0;

	if (!zero_after_cn_digit(in, n))
		return unchanged(out, start);
	while (i < n)
	{
		int			l;
		uint32_t	cp = lp_u8(in + i, n - i, &l);
		size_t		end = i,
					o;

		LP_LOOP_CHECK(iter);
		if (cp != '0' || run == 0)
		{
			run = cn_place_digit(cp) ? run + 1 : 0;
			i += l;
			continue;
		}
		while (end < n && in[end] == '0')
			end++;
		cp = end < n ? lp_u8(in + end, n - end, &l) : 0;
		if (!(cn_place_digit(cp) || (cp == 0x5E74 && run + (int) (end - i) >= 4)))	/* 年 */
		{
			run = 0;
			i = end;
			continue;
		}
		lp_buf_append(out, in + copied, i - copied);
		o = out->len;
		for (copied = i; copied < end; copied++)
			lp_buf_append(out, "\xE3\x80\x87", 3);
		lp_repair_add(reps, "zero_digit", line, in + i, end - i, out->data + o, out->len - o);
		changed = 1;
		run += (int) (end - i);
		i = end;
	}
	if (!changed)
		return unchanged(out, start);
	lp_buf_append(out, in + copied, n - copied);
	return 1;
}
