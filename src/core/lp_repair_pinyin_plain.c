/*
 * lp_repair_pinyin_plain.c — pinyin glosses written without tone marks.
 *
 * A gloss "(pīn)" after a hanzi is cut by lp_fix_pinyin when its syllables
 * carry tone marks or are neutral-tone syllables (norm_pinyin.tsv, kept
 * here).  Some reposting sites gloss a whole line without tones, often
 * several times over: "第(di)(di)一(yi)产(chan)(chan)业(ye)".  A line with
 * at least PLAIN_MIN such glosses after hanzi is glossed throughout, and a
 * plain lower-case syllable in brackets after a hanzi there is cut too
 * (an abbreviation such as "(GDP)" is upper case and stays).
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_repair.h"

#include <string.h>

/* toneless syllables of norm_pinyin.tsv, loaded on first use */
#define MAX_TONELESS 64
static char toneless[MAX_TONELESS][8];
static size_t toneless_len[MAX_TONELESS];	/* compared first: a gloss ends a syllable often */
static uint8_t toneless_lens[256];	/* by first byte: bit l set when a syllable of l bytes starts so */
static volatile int n_toneless = -1;

static void
load_toneless(void)
{
	lp_data_iter it;
	int			cnt = 0;

	lp_data_open(&it, LP_DATA_NORM_PINYIN);
	while (lp_data_next(&it, NULL) > 0)
	{
		if (cnt == MAX_TONELESS)
		{
			lp_data_row_error(&it, NULL, "more than %d syllables", MAX_TONELESS);
			break;				/* not reached: lp_fatal */
		}
		memcpy(toneless[cnt], it.row.f[0], it.row.len[0]);	/* at most 7 bytes */
		toneless[cnt][it.row.len[0]] = '\0';
		toneless_len[cnt] = it.row.len[0];
		toneless_lens[(uint8_t) toneless[cnt][0]] |= (uint8_t) (1u << it.row.len[0]);
		cnt++;
	}
	n_toneless = cnt;			/* last: the table is complete */
}

int
lp_toneless_syllable(const char *s, size_t n)
{
	int			k;

	if (n_toneless < 0)
		load_toneless();
	/* most syllables of a gloss have tone marks: no toneless one starts so */
	if (n == 0 || n > 7 || !(toneless_lens[(uint8_t) s[0]] & (1u << n)))
		return 0;
	for (k = 0; k < n_toneless; k++)
		if (toneless_len[k] == n && memcmp(toneless[k], s, n) == 0)
			return 1;
	return 0;
}

#define PLAIN_MIN 6				/* glosses a line needs to count as glossed */
#define PLAIN_MAX_LETTERS 6		/* zhuang, shuang: the longest syllables */

/* Length of "syllable)" at s: 1-6 lower-case ASCII letters and ) or ）; 0 if not. */
size_t
lp_gloss_plain_len(const char *s, size_t n)
{
	size_t		i = 0;

	while (i < n && i <= PLAIN_MAX_LETTERS && s[i] >= 'a' && s[i] <= 'z')
		i++;
	if (i == 0 || i > PLAIN_MAX_LETTERS)
		return 0;
	if (i < n && s[i] == ')')
		return i + 1;
	if (i + 3 <= n && memcmp(s + i, "）", 3) == 0)
		return i + 3;
	return 0;
}

/* Does in[0, n) hold PLAIN_MIN plain glosses "(xx)" right after a hanzi?  One memchr pass. */
int
lp_pinyin_plain_line(const char *in, size_t n)
{
	const char *p = in;
	int			found = 0;

	while ((p = memchr(p, '(', (size_t) (in + n - p))) != NULL)
	{
		size_t		at = (size_t) (p - in);
		int			l;

		if (at >= 3 && lp_is_hanzi(lp_u8(in + at - 3, 3, &l)) && l == 3 &&
			lp_gloss_plain_len(p + 1, n - at - 1) > 0 && ++found >= PLAIN_MIN)
			return 1;
		p++;
	}
	return 0;
}
