/*
 * lp_mention_base.c — a clause that names only the base of a growth
 * ("…生产总值突破1500亿元，比2012年增长10.6%"): 比 or 较 and the year before
 * the figure's is the one-year growth of the subject named before, so the
 * clause names no subject of its own.  A base further back ("比2010年增长60%"
 * in a review of five years) is a growth over several years: the clause
 * keeps its 比 and names no indicator.
 *
 * A clause opening with a year compared with, its subject after it ("但相较
 * 2017年该省地区生产总值增长9.5%，2018年增长速度有所下降"), sets that year's
 * result beside the year's: the figure is of that year, an actual, whatever
 * target marker stands in a clause before it (words.tsv compared_year_lead).
 *
 * A note in brackets right after a figure ("完成地区生产总值530亿元（含开发区）、
 * 增长6.2%") is the figure's: the growth after it names no subject of its own.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_measure.h"
#include "lp_mention_int.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <string.h>

#define YEAR_WORD_LEN 7			/* "2012年" */

/* The length of a note "（下同）" or "(下同)" at s[p] (before b), else 0. */
static size_t
base_noted(const char *s, size_t p, size_t b)
{
	if (lp_at(s, b, p, "（下同）"))
		return 12;
	return lp_at(s, b, p, "(下同)") ? 8 : 0;
}

int
lp_mention_only_base_year(const char *s, size_t a, size_t b, const char *period)
{
	size_t		p = lp_skip_separators(s, a, b);
	int			base = 0,
				i;
	size_t		noted;

	/* the figure's period a whole year ("2013"), not a range nor a part */
	if (strlen(period) != 4 || lp_period_year(period) <= 0)
		return 0;
	while (b > p && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (!(lp_at(s, b, p, "比") || lp_at(s, b, p, "较")))
		return 0;
	p += 3;
	if (b - p < YEAR_WORD_LEN || lp_year_suffix(s + p, YEAR_WORD_LEN) != YEAR_WORD_LEN)
		return 0;
	for (i = 0; i < 4; i++)
		base = base * 10 + (s[p + i] - '0');
	/* "比2017年名义增长8.7%": a word naming nothing (实际, 名义) may follow the base */
	p += YEAR_WORD_LEN;
	if (lp_at(s, b, p, "度"))
		p += 3;					/* "比2023年度增长9.8%" (Hong Kong and Taiwan copy) */
	noted = base_noted(s, p, b);
	p += noted;
	p += lp_words_prefix(LP_W_FENBIE_LEAD_EMPTY, s + p, b - p);
	/* "比2012年（下同）增长47.7%": the subject's growth since then (lp_mention_base_note.c) */
	return p == b && (base == lp_period_year(period) - 1 || (noted > 0 && base < lp_period_year(period)));
}

/* （ or ( at s[p] (before b): its length, else 0 */
static size_t
open_bracket_at(const char *s, size_t p, size_t b)
{
	return lp_at(s, b, p, "（") ? 3 : p < b && s[p] == '(' ? 1 : 0;
}

int
lp_mention_only_note(const char *s, size_t a, size_t b)
{
	size_t		p = a,
				n = open_bracket_at(s, p, b);

	if (n == 0)
		return 0;
	for (p += n; p < b; p++)
	{
		if (open_bracket_at(s, p, b))
			return 0;			/* a note of two brackets is not one note */
		if (lp_at(s, b, p, "）") || s[p] == ')')
			return lp_skip_separators(s, p + (s[p] == ')' ? 1 : 3), b) == b;
	}
	return 0;
}

/* ASCII digits of a year, then 年, at s[p]: the year, or 0 */
static int
year_at(const char *s, size_t p, size_t b)
{
	int			y = 0,
				i;

	if (b < p + YEAR_WORD_LEN || lp_year_suffix(s + p, YEAR_WORD_LEN) != YEAR_WORD_LEN)
		return 0;
	for (i = 0; i < 4; i++)
		y = y * 10 + (s[p + i] - '0');
	return y;
}

int
lp_clause_compared_year(const char *s, size_t a, size_t b)
{
	size_t		p = lp_skip_separators(s, a, b),
				n;
	int			y;
	int			cl;

	p += lp_words_prefix(LP_W_COMPARED_YEAR_CONNECTIVE, s + p, b - p);
	if ((n = lp_words_prefix(LP_W_COMPARED_YEAR_LEAD, s + p, b - p)) == 0 ||
		(y = year_at(s, p + n, b)) == 0)
		return 0;
	p += n + YEAR_WORD_LEN;
	/* a subject after the year, no comma ("相较2017年，…" compares the clause after) */
	if (p >= b || lp_is_clause_end(lp_utf8_next(s + p, b - p, &cl)))
		return 0;
	return y;
}

void
lp_mention_compared_year(lp_mention *m)
{
	int			y,
				py;
	char		buf[16];

	/* (the period's year read after the status: issue 18) */
	if (m->status != LP_STATUS_ACTUAL || strlen(m->period.period) != 4 ||
		(py = lp_period_year(m->period.period)) <= 0 ||
		(y = lp_clause_compared_year(m->s, m->clause_start, m->q->start)) == 0 || y >= py)
		return;
	snprintf(buf, sizeof buf, "%d", y);
	lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
}

/*
 * "提出今年GDP增长6.5%的目标，高于去年6.1%的实际增速", "增长目标设定在5%，也比
 * 去年7%增幅低": a percentage whose lead ends comparing with last year
 * (words.tsv last_year_compared_lead, 的 may follow) and that a rate word
 * follows (last_years_rate_after) is last year's result of the quantity the
 * sentence speaks of: its subject, a growth, an actual (its period is the
 * lead's 去年).  A figure with no rate word after it ("低于去年的8.5%") is
 * left to second_figure_lead.  After 比 or 较 ("比去年7%增幅低") 去年 is read
 * as a comparison's base, not as the figure's year: the year before the one
 * the sentence speaks of is (lp_mention_last_years_period).
 */
int
lp_mention_last_years_rate(lp_mention *m, size_t a, size_t b)
{
	size_t		p = lp_skip_separators(m->s, a, b),
				n;

	if (m->measure.measure != LP_MEASURE_LEVEL || strcmp(m->q->base_unit, "%") != 0)
		return 0;
	if (b >= p + 3 && memcmp(m->s + b - 3, "的", 3) == 0)
		b -= 3;					/* "高于去年的6.1%的实际增速" */
	n = lp_words_suffix(LP_W_LAST_YEAR_COMPARED_LEAD, m->s + p, b - p);
	if (n == 0 || lp_words_prefix(LP_W_LAST_YEARS_RATE_AFTER, m->s + m->q->end,
								  lp_ahead(m->s, m->slen, m->q->end, 24) - m->q->end) == 0)
		return 0;
	/* "比去年": 去年 the base of a comparison, not read as the figure's year */
	m->last_years_rate = lp_words_prefix(LP_W_COMPARISON_BASE, m->s + b - n, n) > 0 ? 2 : 1;
	m->measure.measure = LP_MEASURE_GROWTH;
	m->measure.negative = 0;
	return 1;
}

void
lp_mention_last_years_period(lp_mention *m)
{
	int			y = lp_period_year(m->period.period);
	char		buf[16];

	if (m->last_years_rate < 2 || strlen(m->period.period) != 4 || y <= 0)
		return;
	snprintf(buf, sizeof buf, "%d", y - 1);
	lp_period_decide(&m->period, buf, LP_PERIOD_SENTENCE);
}

/*
 * "规上工业增加值增长目标为7%，去年实际完成8.2%", "今年…增长6%左右，比上年实际
 * 增速低0.3个百分点；去年实际增长6.3%": a lead that is only last year's actual
 * (words.tsv last_year_actual_lead) is last year's result of the quantity just
 * spoken of: the sentence's subject, or over ； the one before it, which the
 * sentence goes on with.  A percentage read as a level after a growth is a
 * growth (its year and status are the lead's 去年 and 实际).
 */
int
lp_mention_last_years_actual(lp_sentence *ss, lp_mention *m, size_t a, size_t b)
{
	size_t		p = lp_skip_separators(m->s, a, b);

	/* (last year's rate a target is compared with first: lp_mention_last_years_rate) */
	if (ss->subject[0] && lp_mention_last_years_rate(m, a, b))
		return 1;
	if ((ss->subject[0] == '\0' && ss->prior_subject[0] == '\0') || p >= b ||
		p + lp_words_prefix(LP_W_LAST_YEAR_ACTUAL_LEAD, m->s + p, b - p) != b)
		return 0;
	if (ss->subject[0] == '\0')
		lp_copy_str(ss->subject, sizeof(ss->subject), ss->prior_subject);
	else if (ss->measure == LP_MEASURE_GROWTH && m->measure.measure == LP_MEASURE_LEVEL &&
			 strcmp(m->q->base_unit, "%") == 0)
	{
		m->measure.measure = LP_MEASURE_GROWTH;
		m->measure.negative = ss->negative;
	}
	return 1;
}

/*
 * "经济增长预期目标为6%左右。上海去年取得6.6%增长，…": a growth named after
 * its number (words.tsv growth_named_after) whose clause names no subject, and
 * whose sentence carried none, is the growth of the economy the news speaks
 * of: a place and its year before the verb name no indicator.
 */
int
lp_mention_growth_won(const lp_mention *m)
{
	/* (after the figures listed with it: "贵州、甘肃和宁夏分别以9%、7.5%和6.5%的增速",
	 * each of regions only) */
	size_t		e;

	if (m->measure.measure != LP_MEASURE_GROWTH || strcmp(m->q->base_unit, "%") != 0)
		return 0;				/* the cheap tests first: most mentions stop here */
	e = lp_measure_after_figures(m->s, m->slen, m->q->end);
	return lp_words_prefix(LP_W_GROWTH_NAMED_AFTER, m->s + e, lp_ahead(m->s, m->slen, e, 24) - e) > 0 &&
		(m->subject[0] == '\0' || lp_indicator_regions_only(m->subject));
}

/*
 * "…512亿元，实现6.1%的增长": a clause of only a verb of a result won
 * (words.tsv growth_won_verb) before a growth named after its number: the
 * growth of the sentence's subject, no thing counted.  Not "快于去年全年1.9%的
 * 增速", a comparison's base.
 */
int
lp_mention_growth_named_after(const lp_mention *m)
{
	size_t		e = m->q->end,
				a = m->clause_start,
				b = m->q->start;

	lp_trim(m->s, &a, &b);
	return b > a && lp_words_prefix(LP_W_GROWTH_WON_VERB, m->s + a, b - a) == b - a &&
		lp_words_prefix(LP_W_GROWTH_NAMED_AFTER, m->s + e, lp_ahead(m->s, m->slen, e, 24) - e) > 0;
}

/*
 * "…实现地区生产总值1666亿元，居全省第6位；同比增长4.5%，…": a growth that
 * opens a sentence after ； with nothing but its words before it (同比增长,
 * 比上年增长) names no subject of its own: it is the growth of the subject
 * the sentence before spoke of (ss->prior_subject, kept over ； only).
 * The prices it is counted at may open it (words.tsv price_basis).
 */
#define GROWTH_LEAD_MAX (8 * 3)

static int
growth_after_semicolon(const lp_sentence *ss, const lp_mention *m)
{
	size_t		p = lp_skip_separators(m->s, m->sent_start, m->q->start),
				i;

	/* "；按不变价格计算，同比增长3.5%": the prices it is counted at name nothing */
	p = lp_skip_separators(m->s, p + lp_words_prefix(LP_W_PRICE_BASIS, m->s + p, m->q->start - p),
						   m->q->start);

	if (ss->prior_subject[0] == '\0' || ss->subject[0] != '\0' ||
		m->measure.measure != LP_MEASURE_GROWTH || m->q->start - p > GROWTH_LEAD_MAX ||
		m->measure.words_at < p || m->measure.words_at >= m->q->start)
		return 0;
	for (i = p; i < m->q->start; i++)
		if (m->s[i] >= '0' && m->s[i] <= '9')
			return 0;
	return 1;
}

int
lp_mention_of_prior_subject(const lp_sentence *ss, const lp_mention *m)
{
	return ss->of_prior || growth_after_semicolon(ss, m);
}

/*
 * The subject of a part after 其中 (lp_mention_of_prior_subject): the clause
 * before the figure when it names one ("…同比增长1.4%。其中，出口实现大幅度增长，
 * 增长了7.1%": the export's), else the sentence before's.
 */
void
lp_mention_part_of_prior(const lp_sentence *ss, lp_mention *m)
{
	if (!m->listed)
		lp_subject_of_bare_clause(m->s, m->sent_start, m->clause_start, m->subject, sizeof m->subject);
	if (m->subject[0] == '\0')
		lp_copy_str(m->subject, sizeof(m->subject), ss->prior_subject);
}

/*
 * "增长9%、力争10%": a lead that is only a second-figure word after a
 * figure is a higher figure of the same quantity, with its subject and
 * measure.
 */
void
lp_mention_second_figure(const lp_sentence *ss, lp_mention *m, size_t a, size_t b)
{
	size_t		p = a;

	p = lp_skip_separators(m->s, p, b);
	if (p >= b || p + lp_words_prefix(LP_W_SECOND_FIGURE_LEAD, m->s + p, b - p) != b)
		return;
	m->inherit = 1;
	/* "较去年的7%": 去年 a comparison's base, yet the figure's year (status as read) */
	if (lp_words_prefix(LP_W_COMPARISON_BASE, m->s + p, b - p) > 0 && lp_words_any(LP_W_YEAR_LAST, m->s + p, b - p))
		m->last_years_rate = 3;
	/* a growth goes on as a percentage: "增长18%，力争突破1.9亿元" is a level */
	if (ss->measure != LP_MEASURE_NONE && m->measure.measure == LP_MEASURE_LEVEL &&
		(ss->measure != LP_MEASURE_GROWTH || strcmp(m->q->base_unit, "%") == 0))
	{
		m->measure.measure = ss->measure;
		m->measure.negative = ss->negative;
	}
}

/* "增速比1—9月份加快": a subject naming a rate compared with a base, no indicator */
int
lp_mention_rate_then_base(const char *subject)
{
	size_t		n = strlen(subject),
				r = lp_words_prefix(LP_W_RATE_NOUN, subject, n);

	return r > 0 && lp_words_prefix(LP_W_COMPARISON_BASE, subject + r, n - r) > 0;
}
