/*
 * lp_clause_goals.c — where the items of a list of goals start after the
 * words that name them with no colon ("主要预期目标是生产总值增长7%，…",
 * "确定发展预期目标，生产总值增长4%；…").
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * Does s[a, b) state a figure (a digit not of a year: "增长6.5%的预期目标")?
 * Goals named after their figure are no intro to what a bare comma
 * follows with ("…增长6.5%的预期目标，要求…").
 */
static int
names_figure(const char *s, size_t a, size_t b)
{
	size_t		i;

	for (i = a; i < b; i++)
		if (s[i] >= '0' && s[i] <= '9' && !(i + 1 < b && s[i + 1] >= '0' && s[i + 1] <= '9') &&
			!lp_at(s, b, i + 1, "年"))
			return 1;
	return 0;
}

/*
 * A bare comma after the goals' name ("确定发展预期目标，地区生产总值增长4%")
 * opens their items when no figure came before (s[from, e)) and an
 * indicator's name follows it: not "提出上述预期目标，综合考虑了…", nor
 * "列为预期目标，力争…" (a proposal of its own).
 */
static int
bare_comma_opens_item(const char *s, size_t len, size_t from, size_t e, size_t then)
{
	size_t		n = 0;

	return !names_figure(s, from, e) && lp_indicator_by_prefix(s + e + then, len - e - then, &n) != NULL;
}

/* After 目标 ending at e: "是，"/"为，", or 是/为/包括 and an item where the words name
 * goals ("主要预期目标是生产总值增长7%，…", *bare), not in a bracket beside a
 * result; the tail's length, else 0 */
size_t
lp_goals_tail(const char *s, size_t len, size_t e, int *bare)
{
	size_t		v = lp_words_prefix(LP_W_GOALS_VERB, s + e, len - e),
				from = lp_after_last(s, e > LP_MAX_LOOKBACK ? e - LP_MAX_LOOKBACK : 0, e, lp_is_sentence_end);
	int			cl;

	int			in = lp_at(s, len, e, "中");	/* "主要预期目标中，…" */
	size_t		then = lp_words_prefix(LP_W_GOALS_THEN, s + e, len - e);

	/* goals named in a bracket are a result's target beside it: "增长5.9%（预期目标为8.5%以上）" */
	if (lp_bracket_open_before(s, from, e, NULL))
		return 0;
	/* "…的预期目标建议。其中地区生产总值…": the next sentence lists them; not after a
	 * result set against the target ("增长9.8%，高于6%以上的预期目标。其中，三季度…") */
	if (then > 0 && lp_words_suffix(LP_W_SUMMARY_INTRO, s + from, e - from) > 0 &&
		(then > 3 || bare_comma_opens_item(s, len, from, e, then)) &&
		!lp_words_any(LP_W_ROLE_NOT, s + from, e - from) &&
		!lp_words_any(LP_W_MARKER_COMPARED, s + from, e - from))
	{
		*bare = 1;
		return then;
	}

	if (v == 3 && !in && lp_at(s, len, e + v, "，"))
		return v + 3;
	if (v == 3 && !in && e + v < len && s[e + v] == ',')	/* a copy folded to ASCII */
		return v + 1;
	if (v == 0 || e + v >= len || (!in && lp_is_clause_end(lp_utf8_next(s + e + v, len - e - v, &cl))) ||
		(in && !lp_at(s, len, e + v, "，") && s[e + v] != ',') || lp_at(s, len, e + v, "“"))	/* "是“…”": a slogan */
		return 0;
	*bare = lp_words_suffix(LP_W_SUMMARY_INTRO, s + from, e - from) > 0 &&
		!lp_words_any(LP_W_ROLE_NOT, s + from, e - from);
	return *bare ? v + (in ? (s[e + v] == ',' ? 1 : 3) : 0) : 0;
}
