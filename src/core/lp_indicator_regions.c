/*
 * lp_indicator_regions.c — a subject naming regions only: the names of a
 * 分别 list of regions ("海南、西藏和江西分别以9.5%、8%和7%的增长目标排名
 * 前三位") name no indicator of their own; a growth target named after the
 * figures is then each region's economy's (lp_mention.c).
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_text.h"

#include <string.h>

int
lp_indicator_regions_only(const char *s)
{
	size_t		len = strlen(s),
				a = 0,
				i = 0;

	while (i <= len)
	{
		if (i == len || lp_at(s, len, i, "、") || lp_at(s, len, i, "和") || lp_at(s, len, i, "及"))
		{
			if (i == a || !lp_indicator_region_before(s + a, i - a))
				return 0;
			if (i == len)
				return 1;
			a = i += 3;
		}
		else
			i++;
	}
	return 0;
}
