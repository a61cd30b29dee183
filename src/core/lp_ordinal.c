/*
 * lp_ordinal.c — small counting numbers: the numbers of headings (（十二）),
 * the months of dates (一月) and ranks (第2).  They count, they do not
 * measure, so they are read here and not by the numeral reader; this file
 * borrows only its digit table (lp_cn_digit).
 */
#include "lp.h"
#include "lp_ordinal.h"
#include "lp_text.h"

size_t
lp_ordinal_at(const char *s, size_t len, size_t i, int *value)
{
	size_t		j = i;
	int			n,
				v = 0;
	uint32_t	cp;

	if (i < len && s[i] >= '0' && s[i] <= '9')
	{
		while (j < len && s[j] >= '0' && s[j] <= '9' && j - i < 4)
			v = v * 10 + (s[j++] - '0');
		*value = v;
		return j - i;
	}
	/* 一 … 九, 十, 十一 … 十九, 二十 … 九十九 */
	cp = lp_utf8_next(s + j, len - j, &n);
	if (lp_cn_digit(cp) > 0)
	{
		v = lp_cn_digit(cp);
		j += n;
		cp = lp_utf8_next(s + j, len - j, &n);
		if (cp != 0x5341)		/* 十 */
		{
			*value = v;
			return j - i;
		}
		v *= 10;
	}
	else if (cp == 0x5341)
		v = 10;
	else
		return 0;
	j += n;						/* past 十 */
	cp = lp_utf8_next(s + j, len - j, &n);
	if (lp_cn_digit(cp) > 0)
	{
		v += lp_cn_digit(cp);
		j += n;
	}
	*value = v;
	return j - i;
}

int
lp_ordinal_item(const char *s, size_t len)
{
	size_t		i = lp_skip_space(s, len, 0),
				n;
	int			value;

	/* a Chinese numeral only: "2是" is no item */
	if (i >= len || (unsigned char) s[i] < 0x80)
		return 0;
	n = lp_ordinal_at(s, len, i, &value);
	return n > 0 && lp_at(s, len, i + n, "是") ? value : 0;
}
