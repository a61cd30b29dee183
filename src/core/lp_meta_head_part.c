/*
 * lp_meta_head_part.c — the part of a year a text's head names ("上半年全市
 * 经济运行情况", "半年经济交出亮眼答卷"), for a text whose year came from outside
 * its sentences: a page address, the caller's publication date or source name.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_meta_early.h"
#include "lp_meta_head_part.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
lp_head_line_next(const char *text, size_t len, lp_head_lines *h, size_t *s, size_t *e)
{
	size_t		scan = len < 1024 ? len : 1024;

	while (h->k < 8 && h->i < scan)
	{
		const char *nl = memchr(text + h->i, '\n', scan - h->i);

		*s = h->i;
		*e = nl ? (size_t) (nl - text) : scan;
		h->i = *e + 1;
		h->k++;
		lp_trim(text, s, e);
		if (*e - *s >= 6 && *e - *s <= 90 && !lp_contains(text + *s, *e - *s, "。"))
			return 1;
	}
	return 0;
}

/*
 * A head line's bare 半年 ("海勃湾区半年经济交出亮眼答卷", "湘潭市政府向人大代表
 * 报告半年度经济社会发展形势"): the first half, when the line is no sentence
 * and names no other part (words.tsv head_half, head_half_not).
 */
int
lp_head_half_line(const char *s, size_t len)
{
	size_t		ml;

	return lp_words_any(LP_W_HEAD_HALF, s, len) && !lp_words_any(LP_W_HEAD_HALF_NOT, s, len) &&
		lp_find_comma(s, len, &ml) == NULL && lp_has_period_word(s, len) == 0;
}

/*
 * A part of the year named by a short line of the head, a title the title
 * finder passed by ("前三季度全县经济运行情况分析", "合作区交出上半年成绩单"):
 * a report placed by reasoning on its year is on that part of it.
 */
void
lp_meta_head_part(const char *text, size_t len, lp_meta *m)
{
	lp_head_lines h = {0, 0};
	size_t		s,
				e,
				ml;
	char		part[24];

	/*
	 * the year of the period decided, not the one the text speaks from: a
	 * page dated 2032-01-06 over "前三季度全县经济运行情况分析" reports 2031's
	 * (lp_meta_early_publication), not 2032's
	 */
	int			y = m->year ? m->year : m->doc_year;

	while (lp_head_line_next(text, len, &h, &s, &e))
	{
		if (lp_find_comma(text + s, e - s, &ml) != NULL)
			continue;
		/* "海勃湾区半年经济交出亮眼答卷", "半年数据向好": a title's 半年 is the first half */
		if (lp_head_half_line(text + s, e - s))
		{
			snprintf(m->period, sizeof(m->period), "%dH1", y);
			m->year = y;
			return;
		}
		if (lp_has_period_word(text + s, e - s) != 1)
			continue;
		/* "三季度…同比增长5.1%" over "前三季度…": the release is of the part */
		if (lp_head_quarter_whole(text, len, s, e, part, sizeof(part)))
		{
			if (part[0])
				snprintf(m->period, sizeof(m->period), "%d%.7s", y, part);
			m->year = y;
			return;
		}
		lp_period_of(text + s, e - s, y, m->period, sizeof(m->period));
		m->year = atoi(m->period);
		return;
	}
}

/*
 * A text naming no year of its own anchored by the caller: the year of its
 * publication date, or of the name it was loaded under (lp_source_year.c);
 * that year, and the part of it the head or its first figure names
 * ("上半年全市经济稳中向好", "1-7月，全市…"), as a page address's year is read.
 */
void
lp_meta_anchor_text(const char *text, size_t len, lp_meta *m, int y, lp_period_basis basis)
{
	lp_meta_anchor(m, y, basis);
	if (strcmp(m->kind, "work_report") != 0)
		lp_meta_head_part(text, len, m);
	if (strlen(m->period) == 4)
		lp_meta_first_figure_part(text, len, m);
}
