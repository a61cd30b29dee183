/*
 * lp_meta.c — report metadata inferred from the title, first lines and
 * headings: title, region (with its GB/T 2260 code), year, period, kind.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCAN_BYTES (64 * 1024)	/* regions are counted near the start only */

static int	level_rank(const char *level, size_t n);

static void
copy_field(char *dst, size_t dstsz, const char *s, size_t n)
{
	if (n >= dstsz)
		n = dstsz - 1;
	/* do not cut a UTF-8 character */
	while (n > 0 && (((unsigned char) s[n]) & 0xC0) == 0x80)
		n--;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/* The title: the first non-empty line, joined with the next ones when a
 * "关于…的报告" title was broken over several lines. */
static void
infer_title(const char *text, const lp_line *lines, size_t nlines, lp_meta *m)
{
	char		buf[1024];
	size_t		used = 0,
				li,
				taken = 0;

	for (li = 0; li < nlines && li < 40; li++)
	{
		size_t		s = lines[li].start,
					e = lines[li].end;

		lp_trim(text, &s, &e);
		if (e == s)
		{
			if (taken)
				break;
			continue;
		}
		if (taken == 0 && lp_find_year(text + s, e - s, NULL) == 0 &&
			!lp_at(text, e, s, "关于") && li + 1 < nlines && li < 12)
		{
			/* forum or site name before the real title: keep looking,
			 * but remember it in case nothing better comes */
			if (used == 0)
			{
				copy_field(buf, sizeof(buf), text + s, e - s);
				used = strlen(buf);
			}
			continue;
		}
		if (taken == 0)
			used = 0;
		if (used + (e - s) + 1 >= sizeof(buf))
			break;
		memcpy(buf + used, text + s, e - s);
		used += e - s;
		buf[used] = '\0';
		taken++;
		/* a 关于… title goes on until its last word */
		if (!lp_at(buf, used, 0, "关于") || taken >= 4 ||
			(used >= 6 && (memcmp(buf + used - 6, "报告", 6) == 0 ||
						   memcmp(buf + used - 6, "公报", 6) == 0 ||
						   memcmp(buf + used - 6, "情况", 6) == 0)))
			break;
	}
	copy_field(m->title, sizeof(m->title), buf, used);
}

static void
infer_region(const char *text, size_t len, lp_meta *m)
{
	const char *data;
	size_t		dlen,
				pos = 0,
				scan = len < SCAN_BYTES ? len : SCAN_BYTES;
	const char *f[4];
	size_t		fl[4];
	int			best_score = 0,
				nf;

	data = lp_data_file("meta_regions.tsv", &dlen);
	if (data == NULL)
		return;
	while ((nf = lp_tsv_next(data, dlen, &pos, f, fl, 4)) >= 1)
	{
		/* count mentions of the name and its aliases; the title counts most */
		int			count = 0,
					title_hit = 0,
					score;
		const char *names[16];
		size_t		nlen[16];
		int			nn = 0,
					k;

		names[nn] = f[0];
		nlen[nn++] = fl[0];
		if (nf >= 4)
		{
			size_t		a = 0;

			while (a < fl[3] && nn < 16)
			{
				size_t		b = a;

				while (b < fl[3] && f[3][b] != '|')
					b++;
				if (b > a)
				{
					names[nn] = f[3] + a;
					nlen[nn++] = b - a;
				}
				a = b + 1;
			}
		}
		for (k = 0; k < nn; k++)
		{
			const char *p = text,
					   *end = text + scan;

			while (p < end && (p = memmem(p, (size_t) (end - p), names[k], nlen[k])) != NULL)
			{
				count++;
				p += nlen[k];
			}
			if (memmem(m->title, strlen(m->title), names[k], nlen[k]))
				title_hit = 1;
		}
		if (count == 0)
			continue;
		/* districts beat cities beat provinces: reports name their parents too */
		score = count + title_hit * 1000 + level_rank(nf >= 3 ? f[2] : "", nf >= 3 ? fl[2] : 0) * 10;
		if (score > best_score)
		{
			best_score = score;
			copy_field(m->region, sizeof(m->region), f[0], fl[0]);
			copy_field(m->region_code, sizeof(m->region_code), nf >= 2 ? f[1] : "", nf >= 2 ? fl[1] : 0);
		}
	}
}

static int
level_rank(const char *level, size_t n)
{
	if (n == 8 && memcmp(level, "district", 8) == 0)
		return 3;
	if (n == 8 && memcmp(level, "new_area", 8) == 0)
		return 3;
	if (n == 4 && memcmp(level, "city", 4) == 0)
		return 2;
	return 1;
}

static void
infer_kind(const char *text, size_t len, lp_meta *m, int has_review)
{
	size_t		scan = len < 4096 ? len : 4096;
	/* kind of report, and the word list that names it */
	static const char *const kinds[][2] = {
		{"plan_execution", "kind_plan_execution"},
		{"work_report", "kind_work_report"},
		{"statistics", "kind_statistics"},
		{NULL, NULL}};
	int			k;

	for (k = 0; kinds[k][0]; k++)
		if (lp_words_any(kinds[k][1], m->title, strlen(m->title)))
		{
			snprintf(m->kind, sizeof(m->kind), "%s", kinds[k][0]);
			return;
		}
	for (k = 0; kinds[k][0]; k++)
		if (lp_words_any(kinds[k][1], text, scan))
		{
			snprintf(m->kind, sizeof(m->kind), "%s", kinds[k][0]);
			return;
		}
	snprintf(m->kind, sizeof(m->kind), "%s", has_review ? "plan_execution" : "news");
}

void
lp_infer_meta(const char *text, size_t len, lp_meta *m)
{
	lp_line    *lines;
	size_t		nlines,
				i;
	lp_sections secs = {0};
	int			has_review = 0;

	memset(m, 0, sizeof(*m));
	/* the title is in the first lines */
	nlines = lp_split_lines(text, len < SCAN_BYTES ? len : SCAN_BYTES, &lines);
	infer_title(text, lines, nlines, m);
	infer_region(text, len, m);

	/* the period reviewed: the first review heading that names one */
	lp_parse_sections(text, len < SCAN_BYTES ? len : SCAN_BYTES, &secs, NULL);
	for (i = 0; i < secs.n; i++)
		if (strcmp(secs.items[i].role, "review") == 0)
		{
			has_review = 1;
			if (secs.items[i].period[0])
			{
				snprintf(m->period, sizeof(m->period), "%s", secs.items[i].period);
				break;
			}
		}
	if (m->period[0] == '\0')
	{
		lp_period_of(m->title, strlen(m->title), 0, m->period, sizeof(m->period));
		if (m->period[0] == '\0')
		{
			size_t		scan = len < 8192 ? len : 8192;
			int			y = lp_find_year(text, scan, NULL);

			if (y)
				snprintf(m->period, sizeof(m->period), "%d", y);
		}
	}
	m->year = atoi(m->period);
	infer_kind(text, len, m, has_review);
	lp_sections_free(&secs);
	lp_free(lines);
}
