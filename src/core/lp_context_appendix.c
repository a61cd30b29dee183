/*
 * lp_context_appendix.c — the line that opens a report's appendix ("附件",
 * "附件1", "附件二：") (for lp_context.c).
 *
 * A work report may end with appendices: the year's livelihood projects
 * ("附件1" ⏎ "2026年十件民生实事" ⏎ "一、…"), a glossary.  Their numbered
 * items are no parts of the report: under the appendix they are the work of
 * the targets' year, not the year reviewed, and their figures no headline.
 */
#include "lp.h"
#include "lp_context_part.h"

#include <string.h>

#define APPENDIX_BYTES (8 * 3)	/* "附件" and a short number: a line of 8 hanzi at most */

/* Is cp a digit or a Chinese numeral of an appendix's number? */
static int
appendix_number(uint32_t cp)
{
	static const uint32_t numerals[] = {0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341};	/* 一…十 */
	size_t		k;

	if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19))
		return 1;
	for (k = 0; k < sizeof(numerals) / sizeof(numerals[0]); k++)
		if (numerals[k] == cp)
			return 1;
	return 0;
}

int
lp_part_opens_appendix(const char *s, size_t len)
{
	size_t		i = 6;

	/* cheap bytes first: a short line opening with 附件 */
	if (len < 6 || len > APPENDIX_BYTES || memcmp(s, "附件", 6) != 0)
		return 0;
	while (i < len)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + i, len - i, &cl);

		if (!appendix_number(cp) && cp != ':' && cp != 0xFF1A && cp != ' ' && cp != 0x3000)
			return 0;
		i += cl > 0 ? (size_t) cl : 1;
	}
	return 1;
}
