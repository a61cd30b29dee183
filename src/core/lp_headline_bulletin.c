/*
 * lp_headline_bulletin.c — a statistical bulletin's farm section.  A
 * bulletin opens with an overall section (一、综合) whose figures are its
 * headline (HEADLINE_SPEC.md); the farm section after it (二、农业,
 * 二、农林牧渔业, 二、农 牧 业) states the harvest — 粮食产量, 农林牧渔业总产值,
 * 播种面积, 生猪出栏 — as body figures of the year.  Once a section headed
 * 综合 alone (or 经济总量, or 综合 run into its text) has been passed, facts
 * under a heading naming farming
 * (words.tsv bulletin_farm_heading) are no headline.  Other later sections
 * (industry, investment, retail, revenue, income) are left as they were:
 * the golds differ on them.
 */
#include "lp.h"
#include "lp_headline.h"
#include "lp_words.h"

#include <string.h>

#define HEAD_BYTES 36			/* a heading's first 12 hanzi, spaces dropped */

enum head_kind
{
	HEAD_OTHER, HEAD_OVERALL, HEAD_FARM
};

/* The heading's start without ASCII or ideographic spaces ("综 合" → "综合"),
 * whole characters only. */
static size_t
squeeze(const char *s, char *buf)
{
	size_t		n = 0,
				i = 0;

	while (s[i] != '\0')
	{
		unsigned char c = (unsigned char) s[i];
		size_t		w = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;

		if (c == ' ' || c == '\t' || strncmp(s + i, "\xe3\x80\x80", 3) == 0)	/* U+3000 */
		{
			i += c < 0x80 ? 1 : 3;
			continue;
		}
		if (n + w > HEAD_BYTES || strnlen(s + i, w) < w)
			break;
		memcpy(buf + n, s + i, w);
		n += w;
		i += w;
	}
	buf[n] = '\0';
	return n;
}

/*
 * The overall section's heading: 综合 alone, a whole word of
 * bulletin_overall_heading (经济总量), or 综合 running into the section's first
 * sentence, as a page flattened to one line gives it ("综合国民经济保持平稳健康
 * 快速发展", "综合初步核算，全年…": more than a heading's first 12 hanzi).
 */
static int
overall_heading(const char *section, const char *buf, size_t n)
{
	size_t		wlen = 0;

	if (n >= 6 && strncmp(buf, "综合", 6) == 0)
		return n == 6 || strlen(section) > HEAD_BYTES;
	return lp_words_find(LP_W_BULLETIN_OVERALL_HEADING, buf, n, &wlen) == 0 && wlen == n;
}

static enum head_kind
head_kind(const char *section)
{
	char		buf[HEAD_BYTES + 1];
	size_t		n = squeeze(section, buf);

	if (overall_heading(section, buf, n))
		return HEAD_OVERALL;
	return lp_words_any(LP_W_BULLETIN_FARM_HEADING, buf, n) ? HEAD_FARM : HEAD_OTHER;
}

void
lp_headline_bulletin_farm(lp_facts *out)
{
	const char *last = NULL;
	enum head_kind kind = HEAD_OTHER;
	int			overall_seen = 0;
	size_t		i;

	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (f->section == NULL)
			continue;
		if (f->section != last)
		{
			last = f->section;
			kind = head_kind(f->section);
			overall_seen |= kind == HEAD_OVERALL;
		}
		if (overall_seen && kind == HEAD_FARM && f->headline != LP_HEADLINE_NO)
			f->headline = LP_HEADLINE_NO;
	}
}
