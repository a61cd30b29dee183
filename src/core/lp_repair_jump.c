/*
 * lp_repair_jump.c — a newspaper's page-jump notes ("（下转第四版）",
 * "（紧接第一版）", "(上接A2版)") that a copy of a printed report keeps
 * where the page broke.  Inside a clause they part an indicator from its
 * figure ("社会消费品零售总额（下转第四版）（紧接第一版） 增长4.8%"), so
 * the note and the space after it are cut.
 *
 * A note is an opening bracket, one of 下转 上接 紧接 转 接, an optional 第,
 * one to three digits, Chinese numerals or ASCII letters, 版, and the
 * closing bracket.  The line is searched for "版" first: most lines have
 * none.
 */
#include "lp_repair.h"
#include "lp_text.h"

#include <string.h>

#define BAN "\xE7\x89\x88"		/* 版 */

static const char *const jump_words[] = {"下转", "上接", "紧接", "转", "接"};

/* the length of the UTF-8 character at u[i] that may number a page, or 0 */
static size_t
page_char(const unsigned char *u, size_t n, size_t i)
{
	static const char *const cn[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
	size_t		k;

	if ((u[i] >= '0' && u[i] <= '9') || (u[i] >= 'A' && u[i] <= 'Z'))
		return 1;
	for (k = 0; k < sizeof(cn) / sizeof(cn[0]); k++)
		if (i + 3 <= n && memcmp(u + i, cn[k], 3) == 0)
			return 3;
	return 0;
}

/* the length of the bracket at u[i] (open: "（" or "("; else "）" or ")") */
static size_t
bracket(const unsigned char *u, size_t n, size_t i, int open)
{
	if (i < n && u[i] == (open ? '(' : ')'))
		return 1;
	if (i + 3 <= n && memcmp(u + i, open ? "（" : "）", 3) == 0)
		return 3;
	return 0;
}

/* the end of the note that starts at i, or i when none does */
static size_t
jump_note(const unsigned char *u, size_t n, size_t i)
{
	size_t		j = i + bracket(u, n, i, 1),
				k,
				digits = 0,
				w = 0;

	if (j == i)
		return i;
	for (k = 0; k < sizeof(jump_words) / sizeof(jump_words[0]); k++)
	{
		w = strlen(jump_words[k]);
		if (j + w <= n && memcmp(u + j, jump_words[k], w) == 0)
			break;
	}
	if (k == sizeof(jump_words) / sizeof(jump_words[0]))
		return i;
	j += w;
	if (j + 3 <= n && memcmp(u + j, "第", 3) == 0)
		j += 3;
	while (j < n && digits < 3 && (w = page_char(u, n, j)) > 0)
	{
		j += w;
		digits++;
	}
	if (digits == 0 || j + 3 > n || memcmp(u + j, BAN, 3) != 0)
		return i;
	j += 3;
	w = bracket(u, n, j, 0);
	return w ? j + w : i;
}

int
lp_fix_jump(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps)
{
	const unsigned char *u = (const unsigned char *) in;
	size_t		i = 0,
				copied = 0;
	int			any = 0;

	/* (lp_find3, not memmem: memmem sets up a search each line, issue 18) */
	if (!lp_find3(in, n, BAN))
		return 0;
	while (i < n)
	{
		size_t		end;

		if (u[i] != '(' && u[i] != 0xEF)
		{
			i++;
			continue;
		}
		end = jump_note(u, n, i);
		if (end == i)
		{
			i++;
			continue;
		}
		if (!any)
			lp_buf_reserve(out, n);
		any = 1;
		lp_buf_append(out, in + copied, i - copied);
		/* the space after the note goes with it */
		while (end < n && u[end] == ' ')
			end++;
		lp_repair_add(reps, "page_jump", line, in + i, end - i, "", 0);
		copied = i = end;
	}
	if (!any)
		return 0;
	lp_buf_append(out, in + copied, n - copied);
	return 1;
}
