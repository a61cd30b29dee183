/*
 * lp_fenbie_values.c — how many values follow a 分别 (or a list that needs
 * one for each item): the count that decides how many subjects a 分别 with
 * no list recalls and whether a list's last item joins two.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fenbie.h"
#include "lp_text.h"

/* End of the numeral after 百分之: Chinese or Arabic digits, 十百千万亿, 点 */
static size_t
words_numeral_end(const char *s, size_t i, size_t to)
{
	while (i < to)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + i, to - i, &cl);

		if (lp_cn_digit(cp) < 0 && !(cp >= '0' && cp <= '9') && cp != '.' &&
			cp != 0x5341 && cp != 0x767E && cp != 0x5343 && cp != 0x4E07 &&
			cp != 0x4EBF && cp != 0x70B9)	/* 十百千万亿点 */
			break;
		i += (size_t) cl;
	}
	return i;
}

/*
 * Does s[i, to) open with a date, digits then 年 or 月 ("，2029年分别比上年
 * 增长…")?  A date after a clause mark opens a clause of its own, no
 * value of the list before it.
 */
static int
opens_with_date(const char *s, size_t i, size_t to)
{
	while (i < to && s[i] >= '0' && s[i] <= '9')
		i++;
	return lp_at(s, to, i, "年") || lp_at(s, to, i, "月");
}

/*
 * The values in s[from, to) up to the clause end: runs of digits, joined by
 * 、和及与.  past_mark: a clause mark a value follows does not end them
 * ("分别增长6.5%，、7.5%"); a sentence end or a date after the mark does.  (A thousands separator ','
 * is a clause mark here: "41,260元" ends at it.)
 */
int
lp_fenbie_values(const char *s, size_t from, size_t to, int past_mark)
{
	size_t		i = from;
	int			n = 0,
				in_num = 0;

	while (i < to)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + i, to - i, &cl);

		if (lp_is_clause_end(cp))
		{
			size_t		next;

			if (!past_mark || lp_is_sentence_end(cp))
				break;
			next = lp_skip_separators(s, i + (size_t) cl, to);
			if (next >= to || s[next] < '0' || s[next] > '9' || opens_with_date(s, next, to))
				break;
			i = next;
			in_num = 0;
			continue;
		}
		/* "分别增长百分之九点六和百分之六点二": a value in words opens at 百分之 */
		if (lp_at(s, to, i, "百分之") || lp_at(s, to, i, "千分之"))
		{
			n++;
			i = words_numeral_end(s, i + 9, to);
			in_num = 0;
			continue;
		}
		if ((cp >= '0' && cp <= '9') || (in_num && cp == '.'))
		{
			n += !in_num;
			in_num = 1;
		}
		else
			in_num = 0;
		i += (size_t) cl;
	}
	return n;
}
