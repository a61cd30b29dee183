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

#define VALUE_ADDED "增加值"

/* the bare name of kind k the subject is, past a leading 其中; the words after it in prev */
static int
bare_suffix(lp_word_kind k, char *subject, size_t sz, const char *prev)
{
	size_t		len = strlen(subject),
				off = lp_words_prefix(LP_W_PART_LEAD, subject, len),
				prev_len,
				poff,
				pn;

	/* the subject first: most are no bare name, and prev is then not read */
	if (len == off || lp_words_prefix(k, subject + off, len - off) != len - off)
		return 0;
	prev_len = strlen(prev);
	poff = lp_words_prefix(LP_W_PART_LEAD, prev, prev_len);
	pn = poff + lp_words_prefix(k, prev + poff, prev_len - poff);
	if (pn == poff || pn >= prev_len || len - off + prev_len - pn >= sz)
		return 0;
	memmove(subject, subject + off, len - off);
	memcpy(subject + len - off, prev + pn, prev_len - pn + 1);
	return 1;
}

int
lp_subject_sector_suffix(char *subject, size_t sz, const char *prev)
{
	/* sectors, and the people an income or spending is of ("全体居民人均可支配收入
	 * 51230元，其中城镇居民、农村居民分别增长4.5%、6.3%") */
	return bare_suffix(LP_W_SECTOR_BARE, subject, sz, prev) ||
		bare_suffix(LP_W_POPULATION_BARE, subject, sz, prev);
}

/*
 * A category of industry named bare (制造业, 规上制造业) where industry is broken
 * down by its categories: in a sentence whose lead names them before the figure
 * ("分三大门类看，采矿业增长11.7%，制造业增长7.4%", "分门类看，制造业实现同比增长
 * 1.0%"), or after the industry's value added (prev "规模以上工业增加值…，其中制造业
 * 增长9.1%").  The three categories are those of industrial value added, so the
 * bare one is its part's value added (words.tsv category_bare, category_lead).
 */
int
lp_subject_category_va(char *subject, size_t sz, const char *s, size_t full_start,
					   size_t at, const char *prev)
{
	size_t		len = strlen(subject),
				off = lp_words_prefix(LP_W_PART_LEAD, subject, len),
				pn = strlen(prev),
				vn = strlen(VALUE_ADDED);

	if (len == off || lp_words_prefix(LP_W_CATEGORY_BARE, subject + off, len - off) != len - off)
		return 0;
	if (!(at > full_start && lp_words_any(LP_W_CATEGORY_LEAD, s + full_start, at - full_start)) &&
		lp_words_suffix(LP_W_CATEGORY_WHOLE, prev, pn) == 0)
		return 0;
	if (len - off + vn >= sz)
		return 0;
	memmove(subject, subject + off, len - off);
	memcpy(subject + len - off, VALUE_ADDED, vn + 1);
	return 1;
}
