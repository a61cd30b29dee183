/*
 * lp_meta_roundup.c — a head that rounds up many regions ("目前31省份2019年
 * 政府工作报告全部出炉"): news of them all, of no one region.
 */
#include "lp_meta_roundup.h"
#include "lp_region.h"
#include "lp_text.h"
#include "lp_words.h"

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

/* The first paragraphs of a text, where a roundup lists its regions. */
#define ROUNDUP_SCAN_BYTES 2400
#define ROUNDUP_REGIONS 3
#define ROUNDUP_NAME_MAX (8 * 3)

/* Does the clause s[a, b) hold a digit (its figure)? */
static int
clause_has_figure(const char *s, size_t a, size_t b)
{
	for (; a < b; a++)
		if (s[a] >= '0' && s[a] <= '9')
			return 1;
	return 0;
}

/* Does a mark ending a clause, or a line's end, start s[i]?  Its bytes in *w. */
static int
ends_clause(const char *s, size_t len, size_t i, size_t *w)
{
	*w = 1;
	if (s[i] == '\n' || s[i] == ',' || s[i] == ';')
		return 1;
	if (lp_at(s, len, i, "，") || lp_at(s, len, i, "；") || lp_at(s, len, i, "。") ||
		lp_at(s, len, i, "："))
	{
		*w = 3;
		return 1;
	}
	return 0;
}

int
lp_text_rounds_up_regions(const char *head, size_t head_len, const char *text, size_t len)
{
	int			rows[ROUNDUP_REGIONS];
	int			found = 0,
				most,
				row,
				k;
	size_t		a = 0,
				i,
				w,
				n;

	if (!lp_words_any(LP_W_HEAD_ROUNDUP, head, head_len))
		return 0;
	/* "省内多市经济成绩单出炉": the head says its regions are cities */
	most = lp_words_any(LP_W_HEAD_ROUNDUP_CITIES, head, head_len) ? 2 : 1;
	if (len > ROUNDUP_SCAN_BYTES)
		len = ROUNDUP_SCAN_BYTES;
	for (i = 0; i <= len && found < ROUNDUP_REGIONS; i += w)
	{
		w = 1;
		if (i < len && !ends_clause(text, len, i, &w))
			continue;
		a = lp_skip_space(text, i, a);
		n = lp_region_name_longest(text + a, i - a, ROUNDUP_NAME_MAX, 1);
		/* "襄阳市：地区生产总值…": a name labelling its line goes on past the colon */
		if (n > 0 && a + n == i && i < len && lp_at(text, len, i, "："))
			continue;
		/* provinces only (a province's news names its cities so) unless the head rounds up cities; each once */
		if (n > 0 && (row = lp_region_name_ranked(text + a, n, most)) >= 0 &&
			clause_has_figure(text, a + n, i))
		{
			for (k = 0; k < found && rows[k] != row; k++)
				;
			if (k == found)
				rows[found++] = row;
		}
		a = i + w;
	}
	return found >= ROUNDUP_REGIONS;
}
