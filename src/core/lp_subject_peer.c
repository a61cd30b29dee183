/*
 * lp_subject_peer.c — the group a figure is first among, before 率先
 * ("地区生产总值增长7%、在全市各区中率先突破3000亿元"): 在 … 中 names the peers,
 * not what is measured, as "在全省率先" does (words.tsv subject_suffix); the
 * subject is what is left before it, or the clause's before when nothing is.
 */
#include "lp.h"
#include "lp_subject.h"
#include "lp_text.h"

#define PEER_MAX_CHARS 16		/* "在全省地级市中": a short group */

/* The length of a peer group "在…中" ending s[a, b), or 0. */
size_t
lp_subject_peer_group(const char *s, size_t a, size_t b)
{
	size_t		p;
	int			k;

	if (b < a + 9 || !lp_same(s + b - 3, "中", 3))
		return 0;
	for (p = b - 3, k = 0; p >= a + 3 && k < PEER_MAX_CHARS; k++)
	{
		p = lp_prev_char(s, p);
		if (p < a)
			break;
		if (lp_same(s + p, "在", 3))
			return b - p;
	}
	return 0;
}
