/*
 * lp_meta_roundup.c — a head that rounds up many regions ("目前31省份2019年
 * 政府工作报告全部出炉"): news of them all, of no one region.
 */
#include "lp_meta_roundup.h"
#include "lp_text.h"

#include <string.h>

/* What may follow a count of ten or more to name provinces: 省份, 个省区市. */
static const char *const regions_after_count[] = {
	"省份", "个省份", "省区市", "个省区市", "省市区", "个省市区", "省（区、市）", "个省（区、市）"
};

int
lp_head_rounds_up_regions(const char *s, size_t len)
{
	size_t		i,
				k;

	for (i = 0; i + 2 < len; i++)
	{
		if (s[i] < '1' || s[i] > '9' || s[i + 1] < '0' || s[i + 1] > '9' ||
			(i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') || (s[i + 2] >= '0' && s[i + 2] <= '9'))
			continue;
		/* "全国31省份中排第3": the country's ranking of one, no roundup */
		if (i >= 6 && lp_same(s + i - 6, "全国", 6))
			continue;
		for (k = 0; k < sizeof(regions_after_count) / sizeof(regions_after_count[0]); k++)
			if (lp_at(s, len, i + 2, regions_after_count[k]))
				return 1;
	}
	return 0;
}
