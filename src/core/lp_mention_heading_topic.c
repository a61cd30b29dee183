/*
 * lp_mention_heading_topic.c — a short heading sentence that names a total
 * and no figure ("一是经济总量跨上新台阶。首次突破5万亿元，达到5.08万亿元"):
 * the first figure of the next sentence, with no subject of its own, is of
 * the indicator the heading names.  Called by lp_mention_topic
 * (lp_mention_share.c) for a figure in the first clause of its sentence.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_subject.h"
#include "lp_text.h"

#include <string.h>

#define HEADING_MAX 60			/* bytes looked back for the heading: a short one */

/* Does s[a, b) open with an enumerator "一是" … "十是"?  Its length, or 0. */
static size_t
enumerator(const char *s, size_t a, size_t b)
{
	static const char *const numerals = "一二三四五六七八九十";
	size_t		i;

	if (b - a < 6 || !lp_at(s, b, a + 3, "是"))
		return 0;
	for (i = 0; numerals[i]; i += 3)
		if (memcmp(s + a, numerals + i, 3) == 0)
			return 6;
	return 0;
}

/* Start of the sentence ending at e (its 。 excluded), or e when none is near. */
static size_t
heading_start(const char *s, size_t e)
{
	size_t		p = e,
				lo = e > HEADING_MAX ? e - HEADING_MAX : 0;

	while (p > lo)
	{
		if (s[p - 1] >= '0' && s[p - 1] <= '9')
			return e;			/* a heading states no figure */
		if (p >= 3 && (lp_at(s, p, p - 3, "。") || lp_at(s, p, p - 3, "！") ||
					   lp_at(s, p, p - 3, "；") || lp_at(s, p, p - 3, "：")))
			return p;
		p--;
	}
	return p == 0 ? 0 : e;
}

void
lp_mention_heading_topic(lp_mention *m)
{
	const char *s = m->s,
			   *code;
	size_t		e = m->sent_start,
				a,
				n = 0;

	if (e < 3 || !lp_at(s, e, e - 3, "。"))
		return;
	e -= 3;
	a = heading_start(s, e);
	if (a >= e)
		return;
	while (a < e && (s[a] == ' ' || lp_at(s, e, a, "—")))
		a += s[a] == ' ' ? 1 : 3;
	a += enumerator(s, a, e);
	code = lp_indicator_by_prefix(s + a, e - a, &n);
	/* the rest is a new level reached: "跨上新台阶", "迈上新台阶" */
	if (code == NULL || a + n >= e || !lp_contains(s + a + n, e - a - n, "台阶"))
		return;
	lp_subject_copy(m->subject, s, a, a + n);
}
