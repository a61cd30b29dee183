/*
 * lp_numeral_gap.c — what may stand between a numeral's Arabic digits and
 * its 万/亿 (lp_numeral.c's blank_token): a blank of a PDF's text
 * ("428.88 亿元") or a provisional figure's note mark ("城镇新增就业人员
 * 4.53*万人" in a statistical bulletin, as "3460*人" before a bare unit).
 * A mark before anything but 万/亿 is no part of the numeral ("25*50米":
 * a product).
 */
#include "lp.h"
#include "lp_numeral_int.h"
#include "lp_text.h"

size_t
lp_num_gap_before_mag(const char *text, size_t len, size_t p)
{
	if (p >= len || (text[p] != ' ' && text[p] != '*') || p + 4 > len)
		return 0;
	if (lp_same(text + p + 1, "万", 3) || lp_same(text + p + 1, "亿", 3))
		return 1;
	return 0;
}
