/*
 * lp_measure.c — what a number measures, from the words just before it.
 *
 * The words are words.tsv kinds; a rule is a row of the table below: the
 * first kind with a word ending just before the number decides.  A
 * percentage or a number of points (个百分点) reads the same words
 * differently: 增长2个百分点 is a change of a rate, not a growth.
 */
#include "lp.h"
#include "lp_footnote_mark.h"
#include "lp_indicator.h"
#include "lp_measure.h"
#include "lp_text.h"
#include "lp_words.h"

#include <ctype.h>
#include <string.h>

/* One rule: a kind of word before the number and what it makes of it. */
typedef struct measure_rule
{
	lp_word_kind words;
	int			percent_only;	/* the rule holds for a percentage only */
	lp_measure	measure;		/* of an amount or a percentage */
	lp_measure	of_points;		/* of a number of 个百分点 */
	int			negates_rates;	/* a percentage or points become negative */
} measure_rule;

static const measure_rule measure_rules[] = {
	/* 完成年度计划的102%: plan completion */
	{LP_W_PLAN_COMPLETION, 1, LP_MEASURE_PLAN_COMPLETION, LP_MEASURE_PLAN_COMPLETION, 0},
	/* 增加到/达到…: the level reached */
	{LP_W_CHANGE_TO, 0, LP_MEASURE_LEVEL, LP_MEASURE_LEVEL, 0},
	/* 下降5.0%: a negative growth */
	{LP_W_DECLINE, 0, LP_MEASURE_GROWTH, LP_MEASURE_CHANGE, 1},
	/* 经济增长率9%: a growth named as a rate (not 人口自然增长率5‰) */
	{LP_W_GROWTH_RATE, 1, LP_MEASURE_GROWTH, LP_MEASURE_GROWTH, 0},
	/* 增长8%; 提高2个百分点 */
	{LP_W_GROWTH, 0, LP_MEASURE_GROWTH, LP_MEASURE_CHANGE, 0},
	/* 增量超过千元: the change of the level before (not 存款增量, a name) */
	{LP_W_INCREMENT_NOUN, 0, LP_MEASURE_CHANGE, LP_MEASURE_CHANGE, 0},
	/* 由…提高 */
	{LP_W_CHANGE_FROM, 0, LP_MEASURE_CHANGE, LP_MEASURE_CHANGE, 0},
};

/* 同比 / 比上年 and like-for-like words sit before a growth word: not the subject's. */
static size_t
strip_growth_words(const char *s, size_t a, size_t b)
{
	size_t		m;

	while ((m = lp_words_suffix(LP_W_GROWTH, s + a, b - a)) > 0 ||
		   (m = lp_words_suffix(LP_W_LIKE_FOR_LIKE, s + a, b - a)) > 0)
		b -= m;
	return b;
}

/*
 * "增速目标为“6%左右”", "增長目標定為「5%左右」": a quote opening on the
 * number is no part of the words before it.
 */
static size_t
strip_open_quote(const char *s, size_t a, size_t b)
{
	if (b >= a + 3 && (lp_same(s + b - 3, "\xE2\x80\x9C", 3) ||	/* “ */
					   lp_same(s + b - 3, "\xE3\x80\x8C", 3)))	/* 「 */
		return b - 3;
	return b;
}

/*
 * "增长目标定为6%", "就业目标是5万人": the words that set a target end
 * where they start, the measure words (if any) before them.  Only a noun
 * and its verb together: "为" alone is a subject's, "目标" alone an aside's.
 */
static size_t
strip_target_setting(const char *s, size_t a, size_t b)
{
	size_t		set = lp_words_suffix(LP_W_TARGET_SETTING, s + a, b - a),
				noun,
				more;

	/* a noun alone ("（年度目标6%）") is an aside, read as one; but not after an
	 * indicator's name ("新增就业目标60万"): the target of that indicator */
	if (set == 0)
	{
		noun = lp_words_suffix(LP_W_TARGET_NOUN, s + a, b - a);
		return noun > 0 && noun < b - a && lp_indicator_by_suffix(s + a, b - noun - a) != NULL ?
			b - noun : b;
	}
	/* a question's title: "GDP增长目标为何设为5.5%左右", "今年经济预期目标为何还设在8%左右" */
	set += lp_words_suffix(LP_W_TARGET_WHY, s + a, b - set - a);
	noun = lp_words_suffix(LP_W_TARGET_NOUN, s + a, b - set - a);
	if (noun == 0)
		return b;
	b -= set + noun;
	/* "预期目标": both nouns */
	if ((more = lp_words_suffix(LP_W_TARGET_NOUN, s + a, b - a)) > 0)
		b -= more;
	/* "GDP增长的预期目标是6.5%" */
	if (b >= a + 3 && lp_same(s + b - 3, "的", 3))
		b -= 3;
	return b;
}

/*
 * "比上年增长（以下简称增长）5.6%": a note defining a short form (words.tsv
 * bracket_aside) between the measure word and the number is no part of
 * the words before it.  The note is looked for over NOTE_MAX_BYTES only.
 */
#define NOTE_MAX_BYTES (12 * 3)

static size_t
strip_aside_note(const char *s, size_t a, size_t b)
{
	size_t		close = b,
				p;

	if (b > a && s[b - 1] == ')')
		close = b - 1;
	else if (b >= a + 3 && lp_same(s + b - 3, "）", 3))
		close = b - 3;
	else
		return b;
	for (p = close; p > a && close - p < NOTE_MAX_BYTES;)
	{
		p = lp_prev_char(s, p);
		if (s[p] == '(' || lp_at(s, b, p, "（"))
		{
			size_t		in = p + (s[p] == '(' ? 1 : 3);

			return lp_words_prefix(LP_W_BRACKET_ASIDE, s + in, close - in) > 0 ? p : b;
		}
		if (s[p] == ')' || lp_at(s, b, p, "）"))
			return b;
	}
	return b;
}

/*
 * "增速达到7.1%", "增幅保持在6%以上": the verb after a rate's noun is no measure
 * word; nor is an adverb between them ("增速依然达到5.2%": words.tsv rate_adverb)
 */
static size_t
strip_rate_verb(const char *s, size_t a, size_t b)
{
	size_t		verb = lp_words_suffix(LP_W_RATE_VERB, s + a, b - a),
				adverb;

	if (verb == 0)
		return b;
	adverb = lp_words_suffix(LP_W_RATE_ADVERB, s + a, b - verb - a);
	if (lp_words_suffix(LP_W_RATE_NOUN, s + a, b - verb - adverb - a) > 0)
		return b - verb - adverb;
	return b;
}

/*
 * The start of a year and 的 ending s[a, b) ("从2011年的" before 1520亿元:
 * the year of a level a change starts from), else b.
 */
static size_t
before_year_of(const char *s, size_t a, size_t b)
{
	size_t		y = b - 10,
				i;

	if (b < a + 10 || !lp_same(s + b - 6, "年的", 6))
		return b;
	for (i = y; i < y + 4; i++)
		if (s[i] < '0' || s[i] > '9')
			return b;
	return y;
}

/*
 * "完成全年总量目标的104%", "为年度投资计划的98.6%": a plan completion with
 * words between its verb and its noun (words.tsv plan_completion_verb,
 * plan_completion_noun), at most PLAN_GAP_CHARS hanzi and no punctuation;
 * returns the length of the words from the verb to b, else 0.
 */
#define PLAN_GAP_CHARS 6

static size_t
plan_completion_gap(const char *s, size_t a, size_t b)
{
	size_t		noun = lp_words_suffix(LP_W_PLAN_COMPLETION_NOUN, s + a, b - a),
				p,
				verb;
	int			gap;

	if (noun == 0)
		return 0;
	for (p = b - noun, gap = 0; gap <= PLAN_GAP_CHARS && p > a; gap++)
	{
		if ((verb = lp_words_suffix(LP_W_PLAN_COMPLETION_VERB, s + a, p - a)) > 0 && gap > 0)
			return b - (p - verb);
		p = lp_prev_char(s, p);
		if (!lp_hanzi_lead(s[p]))
			return 0;
	}
	return 0;
}

/* 增量 ending at b is the last word of an indicator's name ("本外币存款增量150亿元") */
static int
increment_ends_name(const char *s, size_t a, size_t b, size_t n)
{
	size_t		len = 0;

	return lp_indicator_suffix(s + a, b - a, &len) != NULL && len > n;
}

/* the words of a plan completion ending at b: a listed phrase or the gap form */
static size_t
plan_completion_words(const char *s, size_t a, size_t b)
{
	size_t		n = lp_words_suffix(LP_W_PLAN_COMPLETION, s + a, b - a);

	return n > 0 ? n : plan_completion_gap(s, a, b);
}

void
lp_measure_before(const char *s, size_t a, size_t b, size_t clause_start,
				  const lp_quantity *q, lp_measure_read *m)
{
	int			is_percent = strcmp(q->base_unit, "%") == 0;
	int			is_points = strcmp(q->base_unit, "个百分点") == 0;
	size_t		r;

	m->measure = LP_MEASURE_LEVEL;
	m->negative = 0;
	b = lp_gloss_before(s, a, b);	/* 增长（growth）5.8% */
	b = lp_footnote_mark_before(s, a, b);	/* 增长[3]3.1% */
	b = strip_open_quote(s, a, b);
	b = strip_aside_note(s, a, b);
	b = strip_target_setting(s, a, b);
	if (is_percent)
		b = strip_rate_verb(s, a, b);
	m->words_at = b;
	for (r = 0; r < sizeof(measure_rules) / sizeof(measure_rules[0]); r++)
	{
		const measure_rule *rule = &measure_rules[r];
		size_t		n = rule->words == LP_W_PLAN_COMPLETION ?
			plan_completion_words(s, a, b) : lp_words_suffix(rule->words, s + a, b - a);

		if (n == 0 || (rule->percent_only && !is_percent))
			continue;
		if (rule->words == LP_W_INCREMENT_NOUN && increment_ends_name(s, a, b, n))
			continue;
		/* "人口自然增长率控制在6.5%以内": a per-mille rate's name (‰ written as %), a level */
		if (rule->words == LP_W_GROWTH_RATE &&
			lp_words_suffix(LP_W_PER_MILLE_RATE, s + a, b - a) > 0)
			continue;
		m->measure = is_points ? rule->of_points : rule->measure;
		m->negative = rule->negates_rates && (is_percent || is_points);
		m->words_at = b - n;
		break;
	}
	/* "占规模以上工业总产值比重提高到45%": the level a share reaches is a share */
	if (r < sizeof(measure_rules) / sizeof(measure_rules[0]) &&
		measure_rules[r].words == LP_W_CHANGE_TO && is_percent &&
		lp_words_any(LP_W_SHARE, s + clause_start, q->start - clause_start))
		m->measure = LP_MEASURE_SHARE;
	if (r == sizeof(measure_rules) / sizeof(measure_rules[0]))
	{
		size_t		y = before_year_of(s, a, b),
					n;

		/* "从2011年的1520亿元增加到…": the level a change starts from */
		if (y < b && (n = lp_words_suffix(LP_W_CHANGE_FROM, s + a, y - a)) > 0)
		{
			m->measure = LP_MEASURE_CHANGE;
			m->words_at = y - n;
		}
		/* "地区生产总值增7.5%-8%": 增 alone, right after an indicator's name */
		else if (is_percent && b >= a + 3 && lp_same(s + b - 3, "增", 3) &&
				 lp_indicator_suffix(s + a, b - 3 - a, &n) != NULL)
		{
			m->measure = LP_MEASURE_GROWTH;
			m->words_at = b - 3;
		}
		/* no word: points are a change, a percentage with a share word a share */
		else if (is_points)
			m->measure = LP_MEASURE_CHANGE;
		else if (is_percent && lp_words_any(LP_W_SHARE, s + clause_start, q->start - clause_start))
			m->measure = LP_MEASURE_SHARE;
	}
	/* "较上年增加218元": an increase in an amount is a change, growth is relative */
	if (m->measure == LP_MEASURE_GROWTH && !is_percent && !is_points && q->base_unit[0] &&
		strcmp(q->base_unit, "‰") != 0 && strcmp(q->base_unit, "倍") != 0 &&
		strcmp(q->base_unit, "成") != 0)
		m->measure = LP_MEASURE_CHANGE;
	if (m->measure == LP_MEASURE_GROWTH || m->measure == LP_MEASURE_CHANGE)
		m->words_at = strip_growth_words(s, a, m->words_at);
}

/*
 * "完成全年5%增长的预期目标", "实现6%左右的经济增长目标": the words after a
 * percentage make it a growth target (returns 1); "保持10%的增幅", "实现12%
 * 的增长": a growth, its status the sentence's.
 */
/*
 * The end of the percentages listed after one ending at e ("9%、7.5%和6.5%
 * 的增长目标": the words after the last name them all); e when none follow.
 * At most FIGURE_LIST_MAX figures of FIGURE_MAX_BYTES each are looked at.
 */
#define FIGURE_LIST_MAX 12
#define FIGURE_MAX_BYTES 12

size_t
lp_measure_after_figures(const char *s, size_t slen, size_t e)
{
	int			k;

	for (k = 0; k < FIGURE_LIST_MAX; k++)
	{
		size_t		p = e,
					d;

		if (lp_at(s, slen, p, "、") || lp_at(s, slen, p, "和") || lp_at(s, slen, p, "及") ||
			lp_at(s, slen, p, "与"))
			p += 3;
		else
			break;
		for (d = p; d < slen && d - p < FIGURE_MAX_BYTES && (isdigit((unsigned char) s[d]) ||
															 (s[d] == '.' && d > p)); d++)
			;
		if (d == p || !lp_at(s, slen, d, "%"))
			break;
		e = d + 1;
		if (lp_at(s, slen, e, "左右"))
			e += strlen("左右");
	}
	return e;
}

int
lp_measure_growth_after(const char *s, size_t slen, const lp_quantity *q, lp_measure_read *m)
{
	int			target = 0;
	size_t		e = q->end;

	if (strcmp(q->unit, "%") != 0)
		return 0;
	e = lp_measure_after_figures(s, slen, e);
	/* "设定的“5%左右”全年增长目标": a quoted figure */
	if (lp_at(s, slen, e, "”") || lp_at(s, slen, e, "’") || lp_at(s, slen, e, "」"))
		e += 3;
	target = lp_words_prefix(LP_W_GROWTH_TARGET_AFTER, s + e, slen - e) > 0;
	if (target || lp_words_prefix(LP_W_GROWTH_NAMED_AFTER, s + e, slen - e) > 0)
		m->measure = LP_MEASURE_GROWTH;
	return target;
}
