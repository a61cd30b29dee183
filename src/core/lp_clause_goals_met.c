/*
 * lp_clause_goals_met.c — an intro reporting targets met: "全市主要指标总体
 * 实现市五届人大三次会议确定的预期目标：" lists the year's results, though it
 * names 预期目标 (a list of targets would be "主要预期目标是：").
 */
#include "lp_clause.h"
#include "lp_text.h"
#include "lp_words.h"

/* bytes of modifiers allowed between 确定的 and the noun ("确定的各项主要预期目标") */
#define SET_BY_GAP_MAX (4 * 3)

/*
 * Does the intro s[a, b) end with targets someone set, after a verb of reaching
 * them in its clause ("实现…确定的预期目标"), and no pledge ("努力", "确保")?
 * Called once per colon's intro: one pass over the intro's last clause.
 */
int
lp_intro_meets_goals(const char *s, size_t a, size_t b)
{
	size_t		n,
				e,
				from,
				wl;
	long		d;

	lp_trim(s, &a, &b);
	if (a >= b || (n = lp_words_suffix(LP_W_TARGET_NOUN, s + a, b - a)) == 0)
		return 0;
	e = b - n;
	from = lp_after_last(s, a, e, lp_is_clause_end);
	d = lp_words_find(LP_W_GOALS_SET_BY, s + from, e - from, &wl);
	if (d <= 0 || e - (from + (size_t) d + wl) > SET_BY_GAP_MAX)
		return 0;
	return lp_words_any(LP_W_GOALS_REACHED, s + from, (size_t) d) &&
		!lp_words_any(LP_W_GOALS_AHEAD, s + from, e - from);
}
