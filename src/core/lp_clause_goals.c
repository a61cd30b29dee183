/*
 * lp_clause_goals.c — where a sentence's words introduce a list of goals:
 * "主要预期目标是：…", "…预期目标。其中…", "州里划定预期目标，…".
 */
#include "lp_clause.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* A figure in s[a, b): "确定了明年生产总值增长6.5%的预期目标，…" states its goal itself. */
static int
holds_figure(const char *s, size_t a, size_t b)
{
	return memchr(s + a, '%', b - a) != NULL || lp_find3(s + a, b - a, "％") != NULL ||
		lp_find3(s + a, b - a, "亿") != NULL || lp_find3(s + a, b - a, "万") != NULL;
}

/*
 * Words of s[from, e) that set goals just before a comma ("青禾州划定发展预期
 * 目标，地区生产总值增长6%；…"): a verb that sets them, no figure of their own, no
 * result measured against them ("完成年初确定的预期目标，…").
 */
static int
sets_goals(const char *s, size_t from, size_t e)
{
	return !holds_figure(s, from, e) && lp_words_suffix(LP_W_SUMMARY_INTRO, s + from, e - from) > 0 &&
		lp_words_any(LP_W_GOALS_SET, s + from, e - from) &&
		!lp_words_any(LP_W_GOALS_MET, s + from, e - from) &&
		!lp_words_any(LP_W_ROLE_NOT, s + from, e - from) &&
		!lp_words_any(LP_W_MARKER_COMPARED, s + from, e - from);
}

/*
 * Does the clause after the comma at c say how the goals went, with no figure
 * ("市人大会议确定的主要预期目标，地区生产总值、…等指标完成或好于预期"): a
 * review of the goals, no list of them.
 */
static int
clause_tells_goals_met(const char *s, size_t len, size_t c)
{
	size_t		e = c;
	int			cl;

	while (e < len && !lp_is_clause_end(lp_utf8_next(s + e, len - e, &cl)))
		e += (size_t) (cl > 0 ? cl : 1);
	return e > c && !holds_figure(s, c, e) && lp_words_any(LP_W_GOALS_MET, s + c, e - c);
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
		!lp_words_any(LP_W_ROLE_NOT, s + from, e - from) &&
		!lp_words_any(LP_W_MARKER_COMPARED, s + from, e - from))
	{
		*bare = 1;
		return then;
	}

	/* "划定发展预期目标，地区生产总值增长3%；…": no 是/为, a comma and the list */
	if (v == 0 && sets_goals(s, from, e) && (lp_at(s, len, e, "，") || (e < len && s[e] == ',')) &&
		!clause_tells_goals_met(s, len, e + (s[e] == ',' ? 1 : 3)))
	{
		*bare = 1;
		return s[e] == ',' ? 1 : 3;
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

