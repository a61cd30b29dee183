/*
 * lp_headline_share_wider.c — a jurisdiction's weight in a wider area.  A
 * city's report writing "全市地区生产总值、固定资产投资全省占比分别达到31.7%、
 * 35.2%" (or "…占全省的比重为31.2%") states the city's part of the province,
 * not a share of its own economy: no headline row (HEADLINE_SPEC: a share is
 * a part of the report's whole).  The wider areas are those above the
 * report's level, told by its region code (GB/T 2260): a province's is the
 * country; a city's or a county's the province and the country.  With no
 * code the region name's last word tells; with neither, a sentence naming
 * its jurisdiction 全市 or 全县 speaks from below the province.  A county's
 * weight in its city (全县生产总值在全市占比为11.6%) stays a headline: a gold
 * keeps it, and 全市 is the whole of a city's own report.  The province's
 * own figures quoted in such a report go the same way (lp_headline_wider_place.c).
 */
#include "lp.h"
#include "lp_headline.h"
#include "lp_words.h"

#include <string.h>

static int
ends_with(const char *s, const char *w)
{
	size_t		n = strlen(s),
				m = strlen(w);

	return n >= m && memcmp(s + n - m, w, m) == 0;
}

/*
 * How many wider kinds apply: 1 the country, 2 and the province; by the
 * region code, else by the region name's last word (省, 自治区: a province).
 */
static int
wider_levels(const char *code, const char *name)
{
	if (strlen(code) == 6 && strspn(code, "0123456789") == 6)
		return strcmp(code + 2, "0000") == 0 ? 1 : 2;
	if (ends_with(name, "省") || ends_with(name, "自治区"))
		return 1;
	if (ends_with(name, "市") || ends_with(name, "县") || ends_with(name, "区") ||
		ends_with(name, "旗") || ends_with(name, "州") || ends_with(name, "盟"))
		return 2;
	return 0;
}

void
lp_headline_share_wider(lp_facts *out, size_t first_fact, const char *region_code,
						const char *region)
{
	static const lp_word_kind kinds[] = {LP_W_SHARE_OF_COUNTRY, LP_W_SHARE_OF_PROVINCE};
	int			levels = wider_levels(region_code, region),
				said = 0,
				top,
				k;
	const char *last = NULL;
	size_t		i,
				n;

	for (i = first_fact; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (f->headline != LP_HEADLINE_YES || f->measure != LP_MEASURE_SHARE ||
			f->region != NULL || f->evidence == NULL)
			continue;
		/* the sentence is read once for all its shares */
		if (f->evidence != last)
		{
			last = f->evidence;
			said = 0;
			n = strlen(f->evidence);
			/* (no region read: "全市…全省占比" names the city in the sentence) */
			top = levels ? levels : (strstr(f->evidence, "全市") || strstr(f->evidence, "全县")) ? 2 : 0;
			for (k = 0; k < top && !said; k++)
				said = lp_words_any(kinds[k], f->evidence, n);
		}
		if (said)
			f->headline = LP_HEADLINE_NO;
	}
	lp_headline_wider_place(out, first_fact, region_code, region);
}
