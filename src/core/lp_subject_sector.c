/*
 * lp_subject_sector.c — a bare sector after a sibling that named what of the
 * sector it counts ("分产业看，第一产业投资下降3.1%，第二产业投资下降2.8%，第三
 * 产业下降7.0%"): the bare 第三产业 is its investment too, not the sector's value
 * added (an alias of services_va when it stands alone).  The words after the
 * sibling's sector name (投资, 增加值, 比重) go on to the bare one (words.tsv
 * sector_bare).
 */
#include "lp.h"
#include "lp_subject.h"
#include "lp_words.h"

#include <string.h>

int
lp_subject_sector_suffix(char *subject, size_t sz, const char *prev)
{
	size_t		len = strlen(subject),
				prev_len = strlen(prev),
				pn;

	if (len == 0 || lp_words_prefix(LP_W_SECTOR_BARE, subject, len) != len)
		return 0;
	pn = lp_words_prefix(LP_W_SECTOR_BARE, prev, prev_len);
	if (pn == 0 || pn >= prev_len || len + prev_len - pn >= sz)
		return 0;
	memcpy(subject + len, prev + pn, prev_len - pn + 1);
	return 1;
}
