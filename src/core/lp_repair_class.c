/*
 * lp_repair_class.c — the class of every BMP character: which repair passes
 * of lp_normalize a character calls for (lp_repair.h, LP_CC_*).
 *
 * The table is built once per process by lp_norm_tables_init
 * (lp_normalize.c): the loaders of the data-driven classes (t2s in
 * lp_t2s.c, rare hanzi in lp_repair_hanzi.c, chrome triggers in
 * lp_repair_chrome.c) mark their bits, lp_mark_fixed_classes marks the
 * classes fixed by Unicode ranges, and the table is published in lp_cc_bmp
 * for the passes to read.  This file calls none of them.
 */
#include "lp_repair.h"

const uint16_t *lp_cc_bmp;

const unsigned char lp_u8_lead3[256] = {
	[0xE1] = 1,[0xE2] = 1,[0xE3] = 1,[0xE4] = 1,[0xE5] = 1,[0xE6] = 1,[0xE7] = 1,
	[0xE8] = 1,[0xE9] = 1,[0xEA] = 1,[0xEB] = 1,[0xEC] = 1,[0xEE] = 1,[0xEF] = 1,
};

static void
mark_range(uint16_t *cc, uint32_t lo, uint32_t hi, uint16_t bit)
{
	uint32_t	c;

	for (c = lo; c <= hi; c++)
		cc[c] |= bit;
}

void
lp_mark_fixed_classes(uint16_t *cc)
{
	mark_range(cc, 0x3100, 0x312F, LP_CC_ODD);	/* bopomofo */
	mark_range(cc, 0x2500, 0x257F, LP_CC_ODD);	/* box drawing */
	mark_range(cc, 0xE000, 0xF8FF, LP_CC_ODD);	/* private use */
	cc[0xFFFD] |= LP_CC_ODD;
	cc[0x951F] |= LP_CC_ODD;	/* 锟, of 锟斤拷 */
	mark_range(cc, 0xFF10, 0xFF19, LP_CC_WIDTH);	/* what lp_fix_width folds */
	mark_range(cc, 0xFF21, 0xFF3A, LP_CC_WIDTH);
	mark_range(cc, 0xFF41, 0xFF5A, LP_CC_WIDTH);
	cc[0xFF05] |= LP_CC_WIDTH;
	cc[0xFF0C] |= LP_CC_WIDTHP;	/* ，．： only between digits */
	cc[0xFF0E] |= LP_CC_WIDTHP;
	cc[0xFF1A] |= LP_CC_WIDTHP;
	cc[0x2105] |= LP_CC_WIDTHP;	/* ℅ only after a digit */
	cc[0x3002] |= LP_CC_WIDTHP;	/* 。 typed for a decimal point */
	cc['c'] |= LP_CC_WIDTHP;	/* and ℅ folded to c/o */
	mark_range(cc, '0', '9', LP_CC_DIGIT);
	mark_range(cc, 0x200B, 0x200D, LP_CC_ZW);
	cc[0x2060] |= LP_CC_ZW;
	cc[0xFEFF] |= LP_CC_ZW;
	cc[0x00AD] |= LP_CC_ZW;
	/* an emoji's variation selectors (not the keycap of "1️⃣", 1 FE0F 20E3,
	 * which keeps its 1 off the words after it) */
	mark_range(cc, 0xFE0E, 0xFE0F, LP_CC_ZW);
	cc[0x3007] |= LP_CC_ZERO;
	cc[0x25CB] |= LP_CC_ZERO;
	mark_range(cc, 0x80, 0xFF, LP_CC_LATIN1);
	cc['('] |= LP_CC_PAREN;
	cc[0xFF08] |= LP_CC_PAREN;
	cc['<'] |= LP_CC_HTML;
	cc['&'] |= LP_CC_HTML;
	cc['?'] |= LP_CC_QMARK;
}

int
lp_cmp_u32(const void *a, const void *b)
{
	uint32_t	x = *(const uint32_t *) a,
				y = *(const uint32_t *) b;

	return x < y ? -1 : x > y;
}

/*
 * Sort n uint32_t keys ascending: least significant byte first, four
 * counting passes through tmp (n keys), linear where qsort calls a compare
 * function n log n times (the tables built once a process sort thousands).
 */
void
lp_sort_u32(uint32_t *a, uint32_t *tmp, size_t n)
{
	int			shift;

	for (shift = 0; shift < 32; shift += 8)
	{
		size_t		count[257] = {0},
					k;

		for (k = 0; k < n; k++)
			count[((a[k] >> shift) & 0xFF) + 1]++;
		for (k = 1; k <= 256; k++)
			count[k] += count[k - 1];
		for (k = 0; k < n; k++)
			tmp[count[(a[k] >> shift) & 0xFF]++] = a[k];
		memcpy(a, tmp, n * sizeof(uint32_t));
	}
}
