/*
 * lp_headline_wider_place.c — the province's figure quoted in a city's or a
 * county's story.  News of a city's year ("深圳GDP突破3万亿元") quotes its
 * province's for scale: "省政府工作报告官宣2021年广东省GDP达9.8万亿元".  A
 * subject naming the province the report's region lies in, by its full name
 * (广东省, 广西壮族自治区: a short name is also a city's, 吉林), and not the
 * region itself (广东省深圳市), is the province's figure: no headline row of
 * the report's place.  The region is told by its code (GB/T 2260): a
 * province's own report (code ending 0000) and one with no code are left.
 * The other way round, a province's story quoting its capital's figure
 * ("广东省…,其中省会广州市GDP突破3万亿元") gives the capital's: no headline.
 */
#include "lp.h"
#include "lp_headline.h"
#include "lp_region.h"
#include "lp_region_int.h"
#include "lp_words.h"

#include <string.h>

#define PROVINCE_NAME_MAX (9 * 3)	/* 新疆维吾尔自治区 */

static int
ends_with(const char *s, size_t n, const char *w)
{
	size_t		m = strlen(w);

	return n >= m && memcmp(s + n - m, w, m) == 0;
}

/* Does subj[0, n) name, in full, the province of code (its first two digits)? */
static int
names_province_of(const char *subj, size_t n, const char *code)
{
	size_t		i,
				l;
	int			row;

	for (i = 0; i + 9 <= n; i++)
	{
		if ((((unsigned char) subj[i]) & 0xC0) == 0x80)
			continue;
		for (l = 9; l <= PROVINCE_NAME_MAX && i + l <= n; l += 3)
			if ((ends_with(subj + i, l, "省") || ends_with(subj + i, l, "自治区")) &&
				(row = lp_region_name_province(subj + i, l)) >= 0 &&
				lp_regions[row].code_len >= 2 && memcmp(lp_regions[row].code, code, 2) == 0)
				return 1;
	}
	return 0;
}

/* Does subj name the report's region, in full or without its last word (深圳市, 深圳)? */
static int
names_region(const char *subj, const char *region)
{
	char		short_name[64];
	size_t		n = strlen(region);

	if (n == 0)
		return 0;
	if (strstr(subj, region))
		return 1;
	if (n < 9 || n - 3 >= sizeof(short_name))
		return 0;
	memcpy(short_name, region, n - 3);
	short_name[n - 3] = '\0';
	return strstr(subj, short_name) != NULL;
}

/*
 * Does subj open with the capital of the province (省会广州市GDP, 首府…:
 * words.tsv region_part_lead other than 其中, which opens many a province's
 * own part)?
 */
static int
names_capital(const char *subj)
{
	size_t		n = strlen(subj),
				w = lp_words_prefix(LP_W_REGION_PART_LEAD, subj, n);

	return w > 0 && !(w == strlen("其中") && memcmp(subj, "其中", w) == 0);
}

/* A province's story quoting its capital's figure: the capital's, no headline. */
static void
capital_of_province(lp_facts *out, size_t first_fact)
{
	size_t		i;

	for (i = first_fact; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (f->headline != LP_HEADLINE_NO && f->subject != NULL && names_capital(f->subject))
			f->headline = LP_HEADLINE_NO;
	}
}

void
lp_headline_wider_place(lp_facts *out, size_t first_fact, const char *region_code,
						const char *region)
{
	size_t		i;

	if (strlen(region_code) != 6 || strspn(region_code, "0123456789") != 6)
		return;
	if (strcmp(region_code + 2, "0000") == 0)
	{
		capital_of_province(out, first_fact);
		return;
	}
	for (i = first_fact; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (f->headline == LP_HEADLINE_NO || f->subject == NULL || f->region != NULL)
			continue;
		if (names_province_of(f->subject, strlen(f->subject), region_code) &&
			!names_region(f->subject, region))
			f->headline = LP_HEADLINE_NO;
	}
}
