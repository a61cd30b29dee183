/*
 * lp_digest.c — the sections of a digest of a report by its figures.
 *
 * "“数”看政府工作报告": a dash line without an end heads each figure
 * ("——120亿斤左右粮食产量"), a comment follows, often opening with last
 * year ("2024年全市粮食产量达到121.6亿斤。今年要…").  The comment's year
 * is its own: the next dash heading is in the part the headings before it
 * were (this year's targets), not in the review the comment opened.
 */
#include "lp.h"
#include "lp_digest.h"
#include "lp_text.h"

#define HEADING_MAX_BYTES 120	/* about 40 characters: a heading, not an item of a list */

/*
 * Is s[0, len) a dash heading: "——", short, and no 。, ； or ： (those make
 * it an item of a list or a lead)?
 */
static int
is_dash_heading(const char *s, size_t len)
{
	size_t		a = lp_skip_space(s, len, 0);

	return lp_at(s, len, a, "——") && len - a <= HEADING_MAX_BYTES &&
		lp_find3(s + a, len - a, "。") == NULL && lp_find3(s + a, len - a, "；") == NULL &&
		lp_find3(s + a, len - a, "：") == NULL;
}

/*
 * At each line, before its opening words are read: a dash heading after a
 * comment that opened a part goes back to the headings' part.  1 if the
 * line is a dash heading (lp_digest_heading_part records its part after).
 */
int
lp_digest_heading(lp_digest *d, const char *s, size_t len, lp_part *part, int *end_year)
{
	if (!is_dash_heading(s, len))
		return 0;
	if (d->open && d->opened_since)
	{
		*part = d->part;
		*end_year = d->end_year;
	}
	d->open = 1;
	d->opened_since = 0;
	return 1;
}

void
lp_digest_heading_part(lp_digest *d, lp_part part, int end_year)
{
	d->part = part;
	d->end_year = end_year;
}

/*
 * A paragraph s[0, len) after a dash heading opened a part.  One ending in
 * a colon introduces what follows ("2025年主要预期目标："): the headings
 * after it are in its part.
 */
void
lp_digest_opened(lp_digest *d, const char *s, size_t len)
{
	size_t		end = len;

	if (!d->open)
		return;
	while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\r'))
		end--;
	if ((end >= 3 && lp_at(s, end, end - 3, "：")) || (end >= 1 && s[end - 1] == ':'))
		d->open = 0;
	else
		d->opened_since = 1;
}
