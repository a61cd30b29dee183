/*
 * lp_table_head.c — the text of a table's header cells, shared by the
 * header readers of lp_table.c and lp_table_span.c.
 */
#include "lp_table.h"
#include "lp_text.h"

#include <string.h>

/* Does a header cell open with one month ("3月", "12月份")? */
int
lp_table_month_cell(const char *c, size_t cl)
{
	size_t		i = 0;
	int			m = 0;

	while (i < cl && i < 2 && c[i] >= '0' && c[i] <= '9')
		m = m * 10 + (c[i++] - '0');
	return i > 0 && m >= 1 && m <= 12 && lp_at(c, cl, i, "月");
}

int
lp_table_this_month(const char *c, size_t cl)
{
	size_t		i = 0;

	while (i + 6 <= cl && memcmp(c + i, "本月", 6) != 0)
		i++;
	if (i + 6 > cl)
		return 0;
	/* "1-本月", "1—本月", "1至本月" */
	if (i >= 2 && c[0] == '1' && (c[1] == '-' || c[1] == '~' || lp_at(c, cl, 1, "—") ||
								  lp_at(c, cl, 1, "－") || lp_at(c, cl, 1, "至")))
		return 2;
	return i == 0 ? 1 : 0;
}

/*
 * Append s[0, len) to the header text h of have bytes (a column's, or a
 * line's before a table is set up for it; cut to fit, on a character).
 * Returns its new length.
 */
size_t
lp_table_head_put(char *h, size_t have, const char *s, size_t len)
{
	if (have + len >= LP_TABLE_HEAD_TEXT)
	{
		len = LP_TABLE_HEAD_TEXT - 1 - have;
		while (len > 0 && (((unsigned char) s[len]) & 0xC0) == 0x80)
			len--;
	}
	/*
	 * "指 标", "指　　标": a header cell spaced to the column's width; "指????标":
	 * the spacing lost in a copy that could not encode U+3000 (no header holds '?')
	 */
	while (len > 0)
	{
		size_t		sp = lp_skip_space(s, len, 0);

		if (sp == 0 && s[0] == '?')
			sp = 1;
		else if (sp == 0)
		{
			size_t		cl = lp_utf8_step((unsigned char) s[0]);

			if (cl > len)
				cl = len;		/* a character cut by the cell's end (invalid bytes) */
			memcpy(h + have, s, cl);
			have += cl;
			sp = cl;
		}
		s += sp;
		len -= sp;
	}
	h[have] = '\0';
	return have;
}

/* Append s[0, len) to a column's header text. */
void
lp_table_head_append(lp_table *t, int k, const char *s, size_t len)
{
	(void) lp_table_head_put(t->head[k], strlen(t->head[k]), s, len);
}
