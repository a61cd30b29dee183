/*
 * lp_meta_part.c — the part of the year a release reports, read from its
 * first figure: news and releases of a quarter, a half or months so far
 * ("发布时间：2019-04-20 … 初步核算，一季度全省生产总值7065.7亿元") whose
 * page date or head gave a bare year.  Paragraphs that name no time of their
 * own ("群众获得感持续增强……城镇常住居民人均可支配收入10321元，增长9.2%") are
 * of that part, not of the whole year (lp_meta.c asks).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_meta_early.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PART_HEAD_BYTES 2048	/* the head whose first figure is looked at */
#define RELEASE_AHEAD_SENTENCES 3	/* sentences with a figure looked at for the part */

/* The first of word in s[0, n): memchr for an ASCII byte, lp_find3 for a hanzi. */
static const char *
find_word(const char *s, size_t n, const char *word)
{
	size_t		len = strlen(word);

	return len == 1 ? memchr(s, word[0], n) : len == 3 ? lp_find3(s, n, word) : memmem(s, n, word, len);
}

/*
 * The end of the first figure's amount, rate or change in s[0, n) (past 亿,
 * 万, 元, % or 个百分点); 0 if none.
 */
static size_t
first_figure_end(const char *s, size_t n)
{
	static const char *const ends[] = {"亿", "万", "元", "%", "％", "个百分点", "百分点"};
	size_t		best = 0,
				k;

	for (k = 0; k < sizeof(ends) / sizeof(ends[0]); k++)
	{
		const char *p = find_word(s, n, ends[k]);

		/* only right after a digit: "亿元" in a name is no figure */
		while (p && !(p > s && p[-1] >= '0' && p[-1] <= '9'))
			p = find_word(p + 1, n - (size_t) (p + 1 - s), ends[k]);
		if (p && (best == 0 || (size_t) (p - s) < best))
			best = (size_t) (p - s) + strlen(ends[k]);
	}
	return best;
}

/*
 * Does the first figure's sentence s[0, n), its figure ending at f, state a
 * target?  A marker up to the end of the figure's clause ("力争…增长6%",
 * "增长6%的目标"), not one in a later clause of its own ("…增长5.2%，为全年
 * 经济目标打下了坚实基础": the result lays the year's ground).
 */
static int
figure_clause_target(const char *s, size_t f, size_t n)
{
	size_t		e = f;

	while (e < n && s[e] != ',' && !lp_at(s, n, e, "，"))
		e++;
	return lp_words_any(LP_W_TARGET_MARKER, s, e);
}

/* Is the suffix a part from the start of the year ("Q1", "H1", "Q1-3", "M01-11")? */
static int
part_from_january(const char *suffix)
{
	return strcmp(suffix, "Q1") == 0 || strcmp(suffix, "H1") == 0 ||
		strncmp(suffix, "Q1-", 3) == 0 || strncmp(suffix, "M01-", 4) == 0;
}

/* The last month of a part from January ("Q1" 3, "H1" 6, "Q1-3" 9, "M01-05" 5); else 0. */
static int
part_last_month(const char *suffix)
{
	if (strcmp(suffix, "Q1") == 0)
		return 3;
	if (strcmp(suffix, "H1") == 0 || strcmp(suffix, "Q1-2") == 0)
		return 6;
	if (strcmp(suffix, "Q1-3") == 0)
		return 9;
	return strncmp(suffix, "M01-", 4) == 0 ? atoi(suffix + 4) : 0;
}

/*
 * The month of a month's report by its title ("桐江区2024年3月经济运行情况":
 * 2024M03), else 0.  Such a report gives the months from January when its head
 * says so ("一季度，全区…", "1-3月，…"): the part of the year that ends with
 * the month, not the month alone.
 */
static int
title_month(const lp_meta *m)
{
	const char *p = m->period;

	if (m->period_basis != LP_PERIOD_TITLE || strlen(p) != 7 || strspn(p, "0123456789") != 4 ||
		p[4] != 'M' || strspn(p + 5, "0123456789") != 2)
		return 0;
	return atoi(p + 5);
}

static int	lead_part(const char *s, size_t n, char *part, size_t partsz);

void
lp_meta_first_figure_part(const char *text, size_t len, lp_meta *m)
{
	size_t		n = len < PART_HEAD_BYTES ? len : PART_HEAD_BYTES,
				i = 0;
	int			month;
	char		part[24];

	if (strcmp(m->kind, "news") != 0 && strcmp(m->kind, "statistics") != 0)
		return;
	/* "20省份前三季度GDP出炉" over a dateline's year: news of that part of it */
	if (m->period_basis == LP_PERIOD_DATELINE && strlen(m->period) == 4 &&
		lead_part(m->title, strlen(m->title), part, sizeof(part)))
	{
		snprintf(m->period + 4, sizeof(m->period) - 4, "%.7s", part + 1);
		return;
	}
	if ((month = title_month(m)) == 0 &&
		(strlen(m->period) != 4 || strspn(m->period, "0123456789") != 4 ||
		 !(lp_basis_page_date(m->period_basis) || m->period_basis == LP_PERIOD_SOURCE ||
		   m->period_basis == LP_PERIOD_PUBLISHED ||
		   m->period_basis == LP_PERIOD_TITLE ||
		   m->period_basis == LP_PERIOD_DATELINE || m->period_basis == LP_PERIOD_ELAPSED ||
		   m->period_basis == LP_PERIOD_PLAN)))
		return;
	while (i < n)
	{
		size_t		e = i,
					f,
					at;
		char		suffix[24],
					later[24];
		int			y;

		while (e < n && text[e] != '\n' && !lp_at(text, n, e, "。") && !lp_at(text, n, e, "；"))
			e++;
		f = e > i ? first_figure_end(text + i, e - i) : 0;
		if (f > 0)
		{
			/* the first figure's sentence, up to the figure: what time it names;
			 * a target in it makes it a target's, but in a text dated by a
			 * base year alone only one before the figure ("一季度…增长15.2%，
			 * 高于会商目标6.2个百分点，比2019年一季度增长…": a result) */
			y = lp_find_year(text + i, f, &at);
			if ((y != 0 && y != atoi(m->period)) ||
				lp_words_any(LP_W_ESTIMATE_MARKER, text + i, e - i) ||
				lp_words_any(LP_W_TARGET_MARKER, text + i,
							 (m->period_basis == LP_PERIOD_ELAPSED ||
							  m->period_basis == LP_PERIOD_SOURCE) ? f : e - i))
				return;
			if (lp_has_period_word(text + i, f) == 0)
			{
				/* a lead line naming no time in a text dated by its address
				 * or source name alone: the part a sentence or two later names */
				if (m->period_basis == LP_PERIOD_ADDRESS || m->period_basis == LP_PERIOD_SOURCE ||
					m->period_basis == LP_PERIOD_PUBLISHED || month)
				{
					lp_release_part_ahead(text, len, later, sizeof(later));
					if (later[0] == 'Y' && (month == 0 || part_last_month(later + 1) == month))
						snprintf(m->period + 4, sizeof(m->period) - 4, "%.7s", later + 1);
				}
				return;
			}
			lp_period_suffix(text + i, f, suffix, sizeof(suffix));
			/* a sentence going on to the next parts ("一季度增长5.3%，二季度…") is the year's,
			 * and so is one listing them up to the whole year ("一季度、上半年、全年GDP
			 * 分别增长…": a review's track record) */
			lp_period_suffix(text + i + f, e - i - f, later, sizeof(later));
			if (part_from_january(suffix) && (later[0] == '\0' || strcmp(later, suffix) == 0) &&
				!lp_words_any(LP_W_YEAR_IN_FULL, text + i, f) &&
				(month == 0 || part_last_month(suffix) == month))
				snprintf(m->period + 4, sizeof(m->period) - 4, "%.7s", suffix);
			return;
		}
		i = e + (e < n && text[e] == '\n' ? 1 : 3);
	}
}

/*
 * A lead sentence s[0, n) with no figure naming the part from January the
 * release reports ("记者从市统计局了解到，今年上半年，全市经济保持平稳运行"):
 * that part, "YH1", in part.  Not one of another year (去年上半年, 2030年),
 * nor a target's or an estimate's.
 */
static int
lead_part(const char *s, size_t n, char *part, size_t partsz)
{
	char		suffix[24];

	if (lp_has_period_word(s, n) == 0 || lp_find_year(s, n, NULL) ||
		lp_words_any(LP_W_PART_LAST_YEAR, s, n) ||
		lp_words_any(LP_W_ESTIMATE_MARKER, s, n) || lp_words_any(LP_W_TARGET_MARKER, s, n))
		return 0;
	lp_period_suffix(s, n, suffix, sizeof(suffix));
	if (!part_from_january(suffix))
		return 0;
	snprintf(part, partsz, "Y%.7s", suffix);
	return 1;
}

void
lp_release_part_ahead(const char *text, size_t len, char *part, size_t partsz)
{
	size_t		n = len < PART_HEAD_BYTES ? len : PART_HEAD_BYTES,
				i = 0;
	int			figures = 0,
				in_sentence = 0;

	part[0] = '\0';
	while (i < n && figures < RELEASE_AHEAD_SENTENCES)
	{
		size_t		e = i,
					f;
		char		suffix[24];

		while (e < n && text[e] != '\n' && !lp_at(text, n, e, "。") && !lp_at(text, n, e, "；"))
			e++;
		f = e > i ? first_figure_end(text + i, e - i) : 0;
		if (f == 0 && figures == 0 && e > i && lead_part(text + i, e - i, part, partsz))
			return;
		if (f > 0)
		{
			if (lp_find_year(text + i, f, NULL) ||
				lp_words_any(LP_W_ESTIMATE_MARKER, text + i, e - i) ||
				figure_clause_target(text + i, f, e - i))
				return;
			if (lp_has_period_word(text + i, f))
			{
				/* the first figure naming its part is read where it stands */
				lp_period_suffix(text + i, f, suffix, sizeof(suffix));
				if (figures > 0 && part_from_january(suffix))
					snprintf(part, partsz, "Y%.7s", suffix);
				return;
			}
			/* the parts a breakdown lists after ； are of one sentence ("第一产业…；第二产业…") */
			figures += !in_sentence;
		}
		in_sentence = lp_at(text, n, e, "；");
		i = e + (e < n && text[e] == '\n' ? 1 : 3);
	}
}


/* Does the part from January, suffix, end with the single quarter q ("Q1-3" with "Q3")? */
static int
part_ends_with_quarter(const char *suffix, const char *q)
{
	if (strcmp(q, "Q2") == 0)
		return strcmp(suffix, "H1") == 0 || strcmp(suffix, "Q1-2") == 0;
	if (strcmp(q, "Q3") == 0)
		return strcmp(suffix, "Q1-3") == 0;
	/* 四季度 over 全年: the year */
	return strcmp(q, "Q4") == 0 && suffix[0] == '\0';
}

int
lp_head_quarter_whole(const char *text, size_t len, size_t s, size_t e, char *part, size_t partsz)
{
	size_t		n = len < PART_HEAD_BYTES ? len : PART_HEAD_BYTES,
				i = e;
	char		q[24];

	if (e <= s || first_figure_end(text + s, e - s) == 0)
		return 0;
	lp_period_suffix(text + s, e - s, q, sizeof(q));
	if (strcmp(q, "Q2") != 0 && strcmp(q, "Q3") != 0 && strcmp(q, "Q4") != 0)
		return 0;
	while (i < n)
	{
		size_t		j = i,
					f;

		while (j < n && text[j] != '\n' && !lp_at(text, n, j, "。") && !lp_at(text, n, j, "；"))
			j++;
		f = j > i ? first_figure_end(text + i, j - i) : 0;
		if (f > 0)
		{
			/* the first figure after the head: the part it names, if any */
			if (lp_has_period_word(text + i, f) == 0)
				return 0;
			lp_period_suffix(text + i, f, part, partsz);
			return part_ends_with_quarter(part, q);
		}
		i = j + (j < n && text[j] == '\n' ? 1 : 3);
	}
	return 0;
}
