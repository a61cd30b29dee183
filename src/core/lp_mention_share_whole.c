/*
 * lp_mention_share_whole.c — the subject of a share naming only its whole
 * (moved out of lp_mention.c, which is at its length limit).
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"

#include <string.h>

/*
 * The subject of a share naming only its whole (share: "占年末常住人口的比重"):
 * the sentence's subject, or the two together when they name a ratio of its
 * own ("城镇常住人口216.2万人，占年末常住人口的比重为55.94%": urbanization_rate).
 */
void
lp_mention_share_whole(char *share, size_t sz, const char *subject)
{
	char		whole[LP_MAX_SUBJECT + 1];
	size_t		ns = strlen(subject),
				n = ns + strlen(share),
				il = 0;

	if (n <= LP_MAX_SUBJECT && n < sz)
	{
		memcpy(whole, subject, ns);
		memcpy(whole + ns, share, n - ns + 1);
		if (lp_indicator_suffix(whole, n, &il) != NULL && il == n)
		{
			lp_copy_str(share, sz, whole);
			return;
		}
	}
	lp_copy_str(share, sz, subject);
}
