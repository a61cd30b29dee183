/*
 * lp_mention_bare_year.c — a clause opening on a year in bare digits, 年
 * left out, right before what it names ("截至2024年，青禾市下辖5个区，2025常住
 * 人口96.4万人", "2025GDP为356.2亿元，增长5.1%"): the figures after it are of
 * that year, not of a year named earlier in the sentence or of the line's.
 * Only four digits (1949-2100) after the sentence's start or a clause mark and
 * before a word (a hanzi, or two capitals: GDP, not Q1): not before a digit,
 * a point, 年/月/日, a unit or a magnitude ("，2019家企业", "2000余人",
 * "2019万元" are counts), and not across a title's bar (the year of an event
 * the title names).  Only the opening of each
 * figure's clause is looked at (the sentence carries the year on to the next
 * clauses, lp_sentence.bare_year), and a year no more than BARE_YEAR_BACK
 * bytes before the figure, so time stays linear.
 */
#include "lp.h"
#include "lp_mention_int.h"
#include "lp_period.h"
#include "lp_qty.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

#define BARE_YEAR_BACK 96

/* Does s[p] open a clause: the sentence's start (sent), or after a clause mark or a space? */
static int
opens_clause(const char *s, size_t sent, size_t p)
{
	if (p == sent)
		return 1;
	if (p == 0 || strchr(",;: \t", s[p - 1]) != NULL)
		return p > 0;
	return p >= 3 && (lp_same(s + p - 3, "，", 3) || lp_same(s + p - 3, "；", 3) ||
							 lp_same(s + p - 3, "：", 3) || lp_same(s + p - 3, "。", 3) ||
							 lp_same(s + p - 3, "　", 3));
}

/* Is s[p, p+4) a bare year before a word (not a count, a decimal or a date)? */
static int
bare_year_before_word(const char *s, size_t len, size_t p)
{
	size_t		n;
	unsigned char c = (unsigned char) s[p + 4];

	if (lp_year_digits(s + p) == 0 || (c >= '0' && c <= '9') || strchr(".%-/~", c) != NULL ||
		!(c >= 0x80 || (c >= 'A' && c <= 'Z' && s[p + 5] >= 'A' && s[p + 5] <= 'Z')))
		return 0;
	if (lp_at(s, len, p + 4, "年") || lp_at(s, len, p + 4, "月") || lp_at(s, len, p + 4, "日") ||
		lp_at(s, len, p + 4, "余") || lp_at(s, len, p + 4, "多") || lp_at(s, len, p + 4, "．"))
		return 0;
	return lp_unit_at(s, len, p + 4, &n) == NULL && lp_magnitude_at(s, len, p + 4, &n) == NULL;
}

/* Does s[a, b) hold a title's bar ("2029全国两会|西川GDP增长6.1%": the year names the event)? */
static int
holds_bar(const char *s, size_t a, size_t b)
{
	return memchr(s + a, '|', b - a) != NULL || lp_contains(s + a, b - a, "｜") ||
		lp_contains(s + a, b - a, "丨");
}

/*
 * "殷勇表示，2025北京全市地区生产总值…，增长5.4%、高于全国0.4个百分点，一般公共预算
 * 收入增长4.8%，城镇调查失业率4.1%": the year goes on over the whole sentence while
 * no year, bar or relative year word (今年, 去年, 明年) comes after it.  The text
 * after it is read once, from where the last figure's look stopped (a few bytes
 * back, for a word cut there), so the sentence is read in linear time.
 */
#define FAR_OVERLAP 12

static int
carried_far(lp_sentence *ss, const char *s, size_t upto)
{
	size_t		from = ss->bare_year_seen;

	if (!ss->bare_year_far || upto <= from)
		return ss->bare_year_far;
	from = from >= ss->bare_year_at + 4 + FAR_OVERLAP ? from - FAR_OVERLAP : ss->bare_year_at + 4;
	if (lp_find_year(s + from, upto - from, NULL) != 0 || holds_bar(s, from, upto) ||
		lp_words_any(LP_W_YEAR_THIS, s + from, upto - from) ||
		lp_words_any(LP_W_YEAR_LAST, s + from, upto - from) ||
		lp_words_any(LP_W_YEAR_NEXT, s + from, upto - from))
		ss->bare_year_far = 0;
	ss->bare_year_seen = upto;
	return ss->bare_year_far;
}

void
lp_mention_bare_year(lp_sentence *ss, lp_mention *m)
{
	const char *s = m->s;
	size_t		c = lp_skip_space(s, m->q->start, m->clause_start),
				upto = m->q->start,
				at;
	int			y;
	char		p[16];

	/* cheap first: one look at the clause's opening; the sentence keeps what it saw before */
	if (c + 4 < upto && s[c] >= '1' && s[c] <= '2' && opens_clause(s, m->sent_start, c) &&
		bare_year_before_word(s, m->slen, c))
	{
		ss->bare_year = lp_year_digits(s + c);
		ss->bare_year_at = c;
		ss->bare_year_seen = c + 4;
		ss->bare_year_far = 1;
	}
	if ((y = ss->bare_year) == 0 || (at = ss->bare_year_at) + 4 > upto ||
		(strlen(m->period.period) > 4 && m->period.period[4] == '-') ||
		lp_period_year(m->period.period) == y)
		return;
	/* far from the year, carried_far has read the text between once; near it,
	 * at most BARE_YEAR_BACK bytes: never the whole sentence per mention */
	if (upto - at > BARE_YEAR_BACK ? !carried_far(ss, s, upto) :
		(lp_find_year(s + at + 4, upto - at - 4, NULL) != 0 || holds_bar(s, at + 4, upto)))
		return;
	if (strspn(m->period.period, "0123456789") == 4 &&
		(m->period.period[4] == '\0' || strchr("HQM", m->period.period[4]) != NULL))
		snprintf(p, sizeof(p), "%d%s", y, m->period.period + 4);
	else
		snprintf(p, sizeof(p), "%d", y);
	lp_period_decide(&m->period, p, LP_PERIOD_SENTENCE);
}
