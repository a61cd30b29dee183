/*
 * lp_mention_share_whole.c — the subject of a share naming only its whole
 * (moved out of lp_mention.c, which is at its length limit).
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"
#include "lp_words.h"

#include <string.h>

/* whole names a ratio of its own, as it stands or with 比重 after it */
static int
names_ratio(char *whole, size_t n)
{
	size_t		il = 0,
				bl = strlen("比重");

	if (lp_indicator_suffix(whole, n, &il) != NULL && il == n)
		return 1;
	/* "城镇人口124万人，占总人口的41.82%": 占X的 leaves out the 比重 it states */
	if ((n >= bl && memcmp(whole + n - bl, "比重", bl) == 0) || n + bl > LP_MAX_SUBJECT)
		return 0;
	strcpy(whole + n, "比重");
	if (lp_indicator_suffix(whole, n + bl, &il) != NULL && il == n + bl)
		return 1;
	whole[n] = '\0';
	return 0;
}

/*
 * The subject of a share naming only its whole (share: "占年末常住人口的比重"):
 * the sentence's subject, or the two together when they name a ratio of its
 * own ("城镇常住人口216.2万人，占年末常住人口的比重为55.94%": urbanization_rate).
 */
static void
share_whole(char *share, size_t sz, const char *subject)
{
	char		whole[LP_MAX_SUBJECT + 1];
	size_t		ns = strlen(subject),
				n = ns + strlen(share);

	if (n <= LP_MAX_SUBJECT && n < sz)
	{
		memcpy(whole, subject, ns);
		memcpy(whole + ns, share, n - ns + 1);
		if (names_ratio(whole, n) && strlen(whole) < sz)
		{
			lp_copy_str(share, sz, whole);
			return;
		}
	}
	lp_copy_str(share, sz, subject);
}

/*
 * A ratio naming only its whole after the sentence's subject: "研究与试验发展
 * (R&D)经费支出36789亿元，…，与国内生产总值之比为2.71%" → the two together
 * (rd_intensity, indicators.tsv "研究与试验发展*生产总值之比"); a ratio
 * naming an indicator itself, or none with the subject, is left as read.
 */
static void
ratio_whole(char *ratio, size_t sz, const char *subject)
{
	char		whole[LP_MAX_SUBJECT + 1];
	size_t		ns = strlen(subject),
				nr = strlen(ratio),
				il = 0,
				tl = strlen("之比");

	if (nr < tl || memcmp(ratio + nr - tl, "之比", tl) != 0 || ns + nr > LP_MAX_SUBJECT ||
		ns + nr >= sz || lp_indicator_by_suffix(ratio, nr) != NULL)
		return;
	memcpy(whole, subject, ns);
	memcpy(whole + ns, ratio, nr + 1);
	if (lp_indicator_suffix(whole, ns + nr, &il) != NULL && il == ns + nr)
		lp_copy_str(ratio, sz, whole);
}

void
lp_mention_share_of_sentence(const lp_sentence *ss, lp_mention *m)
{
	if (ss->subject[0] == '\0')
		return;
	if (m->measure.measure == LP_MEASURE_SHARE &&
		lp_words_prefix(LP_W_SHARE_OF, m->subject, strlen(m->subject)) > 0)
	{
		share_whole(m->subject, sizeof(m->subject), ss->subject);
		m->driven |= ss->subject_driven;	/* "“某经济圈”完成…，占全市…": the zone's share */
	}
	else if (m->measure.measure == LP_MEASURE_LEVEL)
		ratio_whole(m->subject, sizeof(m->subject), ss->subject);
}
