/*
 * lp_mention.c — one quantity mention read as a fact, in named stages.
 *
 * For a number the quantity recognizer found (lp_quantity.c) in a line,
 * the stages of lp_mention_read decide, in this order:
 *   place           the sentence and clause it stands in;
 *   lead            the words before it, a 分别 list or like-for-like words;
 *   measure         level, growth, share, change … from the words just
 *                   before it, and the sign of a decline (下降5.0% → -5.0);
 *   subject_window  where its subject may be named: the lead up to the
 *                   measure's words;
 *   aside           "增长4.1%(目标6.0%左右)": a target beside an actual;
 *   subject         the noun phrase before it, an item of the 分别 list,
 *                   the thing counted after its measure word, the
 *                   subject of the sentence or of a figureless clause before;
 *   status          the section's, or what markers of the sentence say
 *                   (预计 → estimate, 力争 → target; lp_mention_status.c);
 *   period          the section's, or what its sentence names; the years
 *                   an average annual rate spans;
 *   evidence        its sentence;
 *   emit            the fact, its indicator and headline candidacy;
 *   carry           what the next mention of the sentence inherits.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_indicator.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_plan_review.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The sentence and clause of the mention; a new sentence forgets the last. */
static void
mention_place(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m)
{
	size_t		lo = m->q->start > LP_MAX_LOOKBACK ? m->q->start - LP_MAX_LOOKBACK : 0;

	lp_clause_marks_line(&doc->marks, m->s, m->slen);
	if (lo < ss->start)
		lo = ss->start;
	m->sent_start = lp_marks_after_last(&doc->marks.sentence_ends, m->s, lo, m->q->start);
	/*
	 * The look-back only narrows what is read: a sentence longer than it is
	 * still one sentence, and its mentions keep what the earlier ones carried
	 * ("收入达3507.6亿元、增长1.7%" far into a long sentence).
	 */
	if (m->sent_start > ss->start &&
		lp_marks_after_last(&doc->marks.sentence_ends, m->s, ss->start, m->q->start) > ss->start)
	{
		lp_period_lead lead = ss->period.lead;	/* of places in the line: still true */
		lp_forecaster_seen unasserted = ss->unasserted;	/* (from a full stop, over ；) */
		char		prior[LP_MAX_SUBJECT + 1] = "",
					prior_first[LP_MAX_SUBJECT + 1] = "",
					part[16];
		size_t		p = lp_prev_char(m->s, m->sent_start);
		int			prior_target_year,
					prior_year;

		/* past blanks a copy puts around its marks ("下降0.8% 。 其中 , 当月…") */
		size_t		w = lp_skip_space(m->s, m->slen, m->sent_start);
		int			of_prior = lp_words_prefix(LP_W_PART_LEAD, m->s + w, m->slen - w) > 0,
					breaks_down = lp_words_prefix(LP_W_PART_BREAKDOWN_LEAD, m->s + w, m->slen - w) > 0,
					semi = m->sent_start > 0 && (lp_at(m->s, m->slen, p, "；") || m->s[p] == ';'),
					target = ss->last_target && (semi || lp_mention_quote_goes_on(m->s, m->slen, m->sent_start) ||
												 lp_words_prefix(LP_W_PART_GOES_ON_LEAD, m->s + w, m->slen - w) > 0);

		/* "财政收入612亿元；支出744亿元": a short name after ； shares the one before */
		if (m->sent_start > 0 && (of_prior || semi))
			lp_copy_str(prior, sizeof(prior), ss->subject);
		/*
		 * the whole 其中 breaks down, on over ； ("其中，A…；B…"), and so does
		 * 分产业看 ("固定资产投资增长9.7%。分产业看，第一产业增长…": the
		 * investment's sectors)
		 */
		if (m->sent_start > 0 && (of_prior || semi || breaks_down))
			lp_copy_str(prior_first, sizeof(prior_first),
						of_prior || breaks_down ? ss->first_subject : ss->prior_first);
		/* and so does the part of the year 其中 carried ("其中，A…；B…") */
		lp_copy_str(part, sizeof(part), of_prior ? ss->part : semi ? ss->prior_part : "");
		prior_target_year = ss->target_year ? ss->target_year : ss->prior_target_year;
		prior_year = of_prior ? ss->year : semi ? ss->prior_year : 0;
		lp_sentence_clear(ss);
		ss->prior_target_year = prior_target_year;
		ss->prior_year = prior_year;
		/*
		 * "全年要确保…增长14%，力争15%；财政总收入增长15%以上": ； goes on with
		 * the targets, and so does a speaker's quote ("“…增长目标为8%。规上工业
		 * 增加值增长15%以上。”") and a sentence that adds to them ("…预期目标，
		 * 其中地区生产总值增长5.5%左右。另外，…增长4%": words.tsv part_goes_on_lead)
		 */
		ss->has_target = target;
		ss->target_at = m->sent_start;
		ss->start = m->sent_start;
		ss->period.lead = lead;
		ss->unasserted = unasserted;
		ss->of_prior = of_prior;
		lp_copy_str(ss->prior_subject, sizeof(ss->prior_subject), prior);
		lp_copy_str(ss->prior_first, sizeof(ss->prior_first), prior_first);
		lp_copy_str(ss->prior_part, sizeof(ss->prior_part), part);
	}
	m->clause_start = lp_marks_after_last(&doc->marks.clause_ends, m->s, m->sent_start,
										  m->q->start);
	/* the status and period stages read on back to a full stop: over marks, not bytes */
	m->full_start = lp_marks_after_last(&doc->marks.full_stops, m->s,
										m->sent_start > LP_MAX_LOOKBACK ?
										m->sent_start - LP_MAX_LOOKBACK : 0, m->sent_start);
	m->status = m->ctx->status;
}

/*
 * The words before the number: from its clause start or the end of the
 * previous mention.  A 分别 among them ("A、B分别增长8%、9%") lists the
 * subjects of the values that follow, and the lead starts after it;
 * like-for-like words (剔除不可比因素增长) count after the 分别 only.
 */

/* Are s[a, b) separators only, around an average's word (年均) at most? */
static int
lead_names_nothing(const char *s, size_t a, size_t b)
{
	a = lp_skip_separators(s, a, b);
	a += lp_words_prefix(LP_W_ANNUAL_AVERAGE, s + a, b - a);
	return lp_skip_separators(s, a, b) == b || lp_fenbie_lead_rate(s, a, b, &a) > 0;
}

static void
mention_lead(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m)
{
	/* (the words of 均 too, for mention_all_same: one pass over the lead) */
	static const lp_word_kind kinds[] = {LP_W_FENBIE, LP_W_LIKE_FOR_LIKE, LP_W_ALL_SAME};
	long		found[3];
	size_t		wlen[3],
				lead0,
				la,
				lb;

	lp_mention_lead_bounds(ss, m);
	lead0 = m->lead_start;
	lp_census_find_each(kinds, 3, m->s + m->lead_start, m->lead_end - m->lead_start, found, wlen);
	if (found[0] >= 0)
	{
		/* "增长4.6%、6.1%（年度目标分别为5%、6.5%）": the targets of the subjects just named */
		ss->aside_list = lp_mention_aside_opener(m->s, m->lead_start, m->lead_start + (size_t) found[0]);
		if (ss->aside_list)
			ss->fenbie.n = ss->fenbie.next = 0;
		else if (found[0] == 0 && m->lead_start == m->clause_start &&
				 lp_mention_label_span(doc, m, &la, &lb))
			lp_fenbie_read(&ss->fenbie, m->s, la, lb);	/* "城乡居民人均可支配收入：分别增长…" */
		/* "在A、B、C方面，分别保持增长…": the names of the clause before */
		else if (found[0] == 0 && m->lead_start == m->clause_start &&
				 lp_fenbie_topic_before(m->s, m->clause_start, &la, &lb))
			lp_fenbie_read(&ss->fenbie, m->s, la, lb);
		/* "A、B和C，预计分别增长…": the names listed by the clause before */
		else if (m->lead_start == m->clause_start &&
				 lp_fenbie_lead_empty(m->s, m->lead_start, m->lead_start + (size_t) found[0]) &&
				 lp_fenbie_list_before(m->s, m->clause_start, &la, &lb))
			lp_fenbie_read_fit_from(&ss->fenbie, m->s, la, lb, m->lead_start,
									lp_ahead(m->s, m->slen, m->lead_start, LP_MAX_LOOKBACK));
		/* "达到A元和B元、分别增长…", "A亿元，其中B亿元，年均分别增长…": nothing but a
		 * separator or 年均 names the things, recalled below */
		else if (lead_names_nothing(m->s, m->lead_start, m->lead_start + (size_t) found[0]))
			ss->fenbie.n = ss->fenbie.next = 0;
		else
			lp_fenbie_read_fit(&ss->fenbie, m->s, m->lead_start, m->lead_start + (size_t) found[0],
							   lp_ahead(m->s, m->slen, m->lead_start, LP_MAX_LOOKBACK));
		/* after 各 the verb is read as the measure: "各增长8.3%、9.1%" */
		m->lead_start += (size_t) found[0] +
			(lp_at(m->s, m->lead_end, m->lead_start + (size_t) found[0], "各") ? 3 : wlen[0]);
		/* a card's label above a line opening with 分别 ("城乡居民人均可支配收入⏎
		 * 分别增长9.4%和10.1%"): the label names the things */
		if (ss->fenbie.n == 0 && found[0] == 0 && ss->subject[0] &&
			lp_skip_space(m->s, m->slen, 0) == lead0)
		{
			lp_fenbie_read(&ss->fenbie, ss->subject, 0, strlen(ss->subject));
			if (ss->fenbie.n < 2)
				ss->fenbie.n = ss->fenbie.next = 0;
		}
		if (ss->fenbie.n == 0)
			lp_fenbie_recall_rate(&ss->fenbie, &ss->recent, m->s, lead0, lead0 + (size_t) found[0],
								  lp_ahead(m->s, m->slen, m->lead_start, LP_MAX_LOOKBACK));
		else
			lp_mention_fenbie_one_value(ss, m);
	}
	if (found[0] < 0)
		lp_mention_all_same(ss, m, found[2], wlen[2]);
	if (found[0] < 0 && !m->all_same)
		lp_mention_pair_same(ss, m);
	m->like_for_like = found[1] >= 0 &&
		(found[1] >= (long) (m->lead_start - lead0) ||
		 lp_census_any(LP_W_LIKE_FOR_LIKE, m->s + m->lead_start, m->lead_end - m->lead_start));
}

/* The measure from the words just before the number (lp_measure.c). */
static void
mention_measure(lp_mention *m)
{
	size_t		a = m->lead_start,
				b = m->lead_end;

	lp_trim(m->s, &a, &b);
	/* "A和B地区生产总值增速均为5.6%": the noun before 均 names the measure, the verb after it none */
	if (m->all_noun_end > 0 && (a == b || lp_words_prefix(LP_W_RATE_VERB, m->s + a, b - a) == b - a))
	{
		a = m->all_noun_start;
		b = m->all_noun_end;
	}
	lp_measure_before(m->s, a, b, m->clause_start, m->q, &m->measure);
}

/*
 * Where the subject may be named: the lead, trimmed, up to the words that
 * named the measure (增长, 同比 are no part of a subject).
 */
static void
mention_subject_window(lp_mention *m)
{
	size_t		b = m->lead_end;

	m->window_start = m->lead_start;
	lp_trim(m->s, &m->window_start, &b);
	m->window_end = m->measure.words_at;
}

/*
 * The next subject of the 分别 list.  Its value takes the measure the list's
 * first value had ("A、B分别增长8%、9%": 9% is a growth too); the first value
 * takes none from the figure before the list ("…增长5.8%左右，城镇登记失业率、
 * 城镇调查失业率分别控制在4.2%以内、5.8%以内"); nor a rate a noun's (lp_fenbie_measure.c).
 */
static void
subject_of_list(lp_sentence *ss, lp_mention *m)
{
	int			first = ss->fenbie.next == 0;

	lp_copy_str(m->subject, sizeof(m->subject), ss->fenbie.items[ss->fenbie.next++]);
	m->listed = 1;
	/* "…人均可支配收入…，其中城镇居民、农村居民分别增长…": what of theirs, the sibling's */
	lp_subject_sector_suffix(m->subject, sizeof(m->subject), ss->subject);
	/* the first value of a list just named takes no measure from before it; a
	 * list of targets in brackets restates the figures before it */
	if ((!first || ss->aside_list) && ss->measure != LP_MEASURE_NONE &&
		m->measure.measure == LP_MEASURE_LEVEL && lp_fenbie_measure_carries(ss, m->subject, m->q))
	{
		m->measure.measure = ss->measure;
		m->measure.negative = ss->negative;
	}
}

/* "新增2家百亿级企业": the thing counted after the measure word, else the sentence's subject. */
static void
subject_counted(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m)
{
	size_t		from = m->q->end,
				to = lp_marks_next_end(&doc->marks.clause_ends, m->s, from,
									   lp_ahead(m->s, m->slen, from, LP_MAX_LOOKBACK)),
				a,
				b;

	/*
	 * "…完成17亿元，同比增长6%社会消费品零售总额完成…" (a copy that lost its
	 * comma): what grew stands before its growth word, never after the figure
	 */
	if (ss->subject[0] && m->measure.measure == LP_MEASURE_GROWTH &&
		(m->measure.words_at < m->q->start || lp_mention_growth_named_after(m)))
		m->inherit = 1;
	/* "我市以6.4%的经济增速位列全省第一": a growth named after its number, by 以, counts
	 * nothing (the economy's, below; not "快于去年1.9%的增速", a comparison's base) */
	else if (m->q->start >= m->clause_start + 3 && lp_same(m->s + m->q->start - 3, "以", 3) &&
			 lp_mention_growth_won(m))
		;
	else if (lp_subject_counted(m->s, from, to, &a, &b))
		lp_subject_copy(m->subject, m->s, a, b);
	else if (ss->subject[0])
		m->inherit = 1;
}

/*
 * "一季度增长5.4%、二季度5.2%，三季度为4.8%": a value whose lead names only a
 * part of the year (and a copula) lists the parts of a growth just read,
 * and is a growth of the same subject too.
 */
static void
part_item_measure(const lp_sentence *ss, lp_mention *m)
{
	static const lp_word_kind parts[] = {
		LP_W_PERIOD_Q1, LP_W_PERIOD_Q2, LP_W_PERIOD_Q3, LP_W_PERIOD_Q4, LP_W_PERIOD_H1
	};
	size_t		a = m->window_start,
				b = m->window_end,
				n = 0;
	unsigned	k;

	if (m->measure.measure != LP_MEASURE_LEVEL || ss->measure != LP_MEASURE_GROWTH ||
		strcmp(m->q->base_unit, "%") != 0 || strcmp(m->subject, ss->subject) != 0)
		return;
	lp_trim(m->s, &a, &b);
	a = lp_skip_separators(m->s, a, b);
	for (k = 0; k < sizeof(parts) / sizeof(parts[0]) && n == 0; k++)
		n = lp_words_prefix(parts[k], m->s + a, b - a);
	if (n == 0)
		return;
	a += n;
	a += lp_words_prefix(LP_W_PART_ITEM_COPULA, m->s + a, b - a);
	lp_trim(m->s, &a, &b);
	if (a < b)
		return;
	m->measure.measure = LP_MEASURE_GROWTH;
	m->measure.negative = ss->negative;
}

static void
mention_subject(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m)
{
	size_t		a = m->window_start,
				b = m->window_end;
	int			growth;

	m->subject[0] = '\0';
	m->subject_start = m->subject_end = 0;
	m->driven = m->forecast = 0;	/* (a figure named after it returns here) */
	/* a streak's count (连续12个季度) counts periods: never a level, no subject */
	if (lp_mention_named_after(ss, m) || lp_streak_count(m->s, m->q))
		return;
	lp_mention_window(ss, m, &a, &b);
	if (!m->inherit)
	{
		if (a < b)
		{
			/* "一般公共预算收入剔除一次性特殊收入因素影响同比增长2.7%" */
			b = lp_condition_after_name(m->s, a, b);
			lp_subject_before(m->s, &a, &b);
		}
		if (lp_fenbie_left(&ss->fenbie) && (a >= b || lp_mention_share_of_list(m, a, b)))
			subject_of_list(ss, m);
		else if (!lp_mention_named_by_de(m, a, b) && lp_subject_names(m->s, m->slen, a, b, m->q->end))
		{
			lp_subject_copy(m->subject, m->s, a, b);
			m->subject_start = a;
			m->subject_end = b;
			if (lp_subject_across_verb(m->s, m->window_start, a, b, m->subject,
									sizeof(m->subject)) ||
				lp_subject_of_topic(m->s, m->sent_start, m->window_start, a, b, m->subject,
									sizeof(m->subject)) ||
				lp_subject_of_aspect(m->s, m->sent_start, a, b, m->subject, sizeof(m->subject)))
				m->subject_start = m->subject_end = 0;	/* not one span of s */
			lp_subject_share_lead(m->subject, ss->subject[0] ? ss->subject : ss->prior_subject);
			if (lp_subject_sector_suffix(m->subject, sizeof(m->subject), ss->subject) ||
				lp_subject_category_va(m->subject, sizeof(m->subject), m->s, m->full_start,
									   m->q->start, ss->subject[0] ? ss->subject : ss->prior_subject))
				m->subject_start = m->subject_end = 0;	/* not one span of s */
		}
		else
			subject_counted(doc, ss, m);
	}
	/* "带动陕西进出口415.4亿元": what a thing drove, not the indicator's total */
	m->driven = m->subject_start > m->sent_start &&
		lp_subject_driven_before(m->s, m->sent_start, m->subject_start);
	/* "IMF最新发布的世界经济展望预测2021年中国GDP增长8%": another's forecast */
	m->forecast = lp_forecast_by_other_in(m->s, m->sent_start, m->q->start, &ss->forecaster);
	/* a bare "增长11.6%" is of the subject of its sentence ("、增长11.7%" too) */
	if ((m->inherit || (m->subject[0] == '\0' && ss->subject[0])) &&
		(lp_subject_per_head_of(m->s, m->clause_start, m->q->start, ss->subject, m->subject,
								sizeof(m->subject)) || lp_mention_clause_names_subject(ss, m)))
		;						/* "…，人均4.5万元": per head; "…，财政收入居第5位，增长9%": the clause's */
	else if (m->inherit || (m->subject[0] == '\0' && ss->subject[0]))
	{
		lp_copy_str(m->subject, sizeof(m->subject), ss->subject);
		m->inherited_code = lp_mention_names_total(m) ? NULL : ss->subject_code;
		m->driven = ss->subject_driven;
	}
	/* "…增长5.1%。其中第1季年增5.4%": 其中 names the part of the subject before; "；同比增长4.5%" its growth */
	else if (m->subject[0] == '\0' && lp_mention_of_prior_subject(ss, m) && ss->fenbie.n == 0)
		lp_mention_part_of_prior(ss, m);
	else if (m->subject[0] == '\0' && !m->listed && ss->fenbie.n == 0)	/* "…保持稳定，全年增长3.2%" */
		lp_subject_of_bare_clause(m->s, m->sent_start, m->clause_start, m->subject, sizeof m->subject);
	else if (!m->listed && ss->fenbie.n == 0 && m->clause_start > m->sent_start)	/* "农业…，增加值增长4.4%" */
		lp_subject_of_sector_clause(m->s, m->sent_start, m->clause_start, m->subject, sizeof m->subject);
	lp_mention_people_of_sentence_before(m);
	lp_mention_regions_listed_before(m);
	lp_mention_bare_value_added(ss, m);
	lp_mention_total_share(ss, m);
	/* "385亿元，占全市21.3%", "…，与国内生产总值之比为2.71%": the sentence's subject's */
	lp_mention_share_of_sentence(ss, m);
	lp_mention_target_named_after(m);	/* "提出5.5%以内的城镇调查失业率目标" */
	/* "…经济增长要跑在全国前列。这一目标是6%左右": the growth named before */
	growth = !m->listed && lp_subject_target_anaphor(m->s, m->sent_start, m->q->start) &&
		lp_indicator_by_suffix(m->subject, strlen(m->subject)) == NULL &&
		lp_subject_of_target_before(m->s, m->sent_start, m->q->start, m->subject, sizeof m->subject);
	lp_subject_measure(m->subject, m->q, &m->measure.measure);
	if (growth)
		m->measure.measure = LP_MEASURE_GROWTH;
	/* a growth target after its number, no indicator before it, or one won with no subject: the economy's */
	if (((m->growth_after && lp_indicator_by_suffix(m->subject, strlen(m->subject)) == NULL) ||
		 lp_mention_growth_won(m)) && (!m->listed || lp_indicator_regions_only(m->subject)))
		lp_copy_str(m->subject, sizeof(m->subject), "经济");
	/* a 分别 list whose first value has no subject of its own */
	if (ss->fenbie.next == 0 && ss->fenbie.n > 0 && m->subject[0] == '\0')
	{
		lp_copy_str(m->subject, sizeof(m->subject), ss->fenbie.items[ss->fenbie.next++]);
		m->listed = 1;
	}
	lp_mention_actor(ss, m);
	lp_mention_class(m);
	lp_mention_topic(ss, m);
}

/*
 * Where the evidence of a mention starts: its sentence, or in a sentence
 * longer than the look-back a window of it starting on a grid of
 * EVIDENCE_STEP bytes from the sentence's start, so the mentions of a long list share a few windows
 * instead of each copying its own (issue 16: a 分别 list of 250 000 items
 * kept 1.2 KB of evidence a fact).
 */
#define EVIDENCE_STEP 512

static size_t
evidence_start(const lp_sentence *ss, const lp_mention *m)
{
	size_t		a;

	if (ss->start >= m->sent_start)
		return m->sent_start;
	a = m->sent_start - (m->sent_start - ss->start) % EVIDENCE_STEP;
	while (a < m->q->start && (((unsigned char) m->s[a]) & 0xC0) == 0x80)
		a++;
	return a;
}

/* The evidence ends with the sentence, and never far past the mention; one copy a sentence. */
static void
mention_evidence(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m)
{
	size_t		a = evidence_start(ss, m),
				end = m->q->end,
				limit = a == m->sent_start ? lp_ahead(m->s, m->slen, end, LP_MAX_EVIDENCE / 2) :
				lp_ahead(m->s, m->slen, a, LP_MAX_EVIDENCE),
				sent_end;

	if (limit < end)
		limit = end;
	sent_end = lp_marks_next_end(&doc->marks.sentence_ends, m->s, end, limit);
	if (ss->evidence == NULL || ss->ev_start != a || ss->ev_end != sent_end)
	{
		ss->evidence = lp_pool_evidence(doc->out, m->s, a, sent_end, LP_MAX_EVIDENCE);
		ss->ev_start = a;
		ss->ev_end = sent_end;
	}
	m->evidence = ss->evidence;
}

/* A unit of an amount or count, not of a rate ("亿元", "万人"; not "%", "个百分点", "‰"). */
static int
amount_unit(const char *u)
{
	return u != NULL && u[0] != '\0' && strcmp(u, "%") != 0 && strcmp(u, "个百分点") != 0 &&
		strcmp(u, "‰") != 0 && strcmp(u, "个千分点") != 0;
}

/*
 * "社会消费品零售总额增速逐季走高，全年实现27596亿元": a subject carried with
 * the noun of its rate names the indicator of an amount after it too (an
 * amount is no rate); the name without the noun, or NULL.
 */
static const char *
rate_subject_amount(const char *subject, size_t n)
{
	size_t		r = lp_words_suffix(LP_W_RATE_NOUN, subject, n);

	/* a rate's noun, not the growth verb ("500万元以上固定资产投资增长15%": a scope) */
	if (r == 0 || r >= n || (r == 6 && (lp_at(subject, n, n - r, "增长") || lp_at(subject, n, n - r, "成长"))))
		return NULL;
	return lp_indicator_by_suffix(subject, n - r);
}

/*
 * The indicator of the subject; one read in the line also sees a flow word
 * before it in its clause ("新认定国家高新技术企业114家" is the flow
 * new_high_tech_firms), which the subject itself has lost.
 */
static const char *
mention_indicator(const lp_mention *m, size_t n)
{
	const char *code = NULL;

	if (n == 0)
		return NULL;
	if (m->driven || m->forecast)
		return NULL;
	if (m->subject_start < m->subject_end && m->measure.measure != LP_MEASURE_SHARE)
		code = lp_indicator_mention(m->s, m->clause_start, m->subject_start, m->subject_end, NULL);
	/* "新增市场主体2383户，同比增长15.7%": the growth is of the flow too */
	else if (m->inherited_code && m->subject_start == m->subject_end)
		code = m->inherited_code;
	if (code == NULL && (code = lp_indicator_by_suffix(m->subject, n)) == NULL &&
		m->measure.measure == LP_MEASURE_GROWTH)
	{
		size_t		r = lp_words_suffix(LP_W_RATE_NOUN, m->subject, n);

		/* "GDP增速" carried from a clause before ("GDP增速逐季攀升，上半年3.2%") */
		if (r > 0 && r < n)
			code = lp_indicator_by_suffix(m->subject, n - r);
		/* "GDP增量为512.30亿元，同比实际增速为4.2%": the growth is GDP's (increment_noun) */
		else if ((r = lp_words_suffix(LP_W_INCREMENT_NOUN, m->subject, n)) > 0 && r < n)
			code = lp_indicator_by_suffix(m->subject, n - r);
		/*
		 * "山西省提出的目标增速为6.5%": a region's growth target names its GDP,
		 * for the figure it is written before only (not "…，但比去年5.5%左右
		 * 的目标增速快", last year's target it is compared with)
		 */
		if (code == NULL && m->subject_start < m->subject_end)
			code = lp_indicator_region_growth_target(m->subject, n);
		/* "…增长6.1%，投资增长8%，消费增长5.2%": the economy's investment */
		if (code == NULL)
			code = lp_mention_demand_investment(m);
	}
	else if (code == NULL && m->measure.measure == LP_MEASURE_LEVEL && amount_unit(m->q->unit))
		code = rate_subject_amount(m->subject, n);
	return code;
}

/*
 * "地区生产总值…名义增长10.7%，同比增长4.2%": a growth at current prices with a
 * growth of the same figure in the clause after it; of output and value added,
 * counted at comparable prices, the comparable one is the headline.  Alone, a
 * nominal growth stays (the only growth stated); of investment, sales and
 * income the nominal one is the headline ("名义增长4.8%，扣除价格因素实际增长6.3%").
 */
#define NOMINAL_NEXT_CLAUSE 64	/* bytes after the figure searched for the other */

static int
counted_at_comparable_prices(const char *code)
{
	size_t		n = code ? strlen(code) : 0;

	return n > 0 && (strcmp(code, "gdp") == 0 || (n > 3 && strcmp(code + n - 3, "_va") == 0));
}

static int
nominal_before_real(const lp_mention *m)
{
	size_t		b = m->q->end,
				end = m->q->end + NOMINAL_NEXT_CLAUSE < m->slen ? m->q->end + NOMINAL_NEXT_CLAUSE : m->slen;

	if (m->measure.measure != LP_MEASURE_GROWTH ||
		!lp_census_any(LP_W_NOMINAL_GROWTH, m->s + m->clause_start, m->q->start - m->clause_start))
		return 0;
	for (; b < end; b++)
	{
		if (lp_at(m->s, end, b, "。") || lp_at(m->s, end, b, "；") || lp_at(m->s, end, b, ";"))
			return 0;
		/* another growth's figure: "同比增长4.2%", "实际增长4.2%" (not "增速比全国高") */
		if (lp_at(m->s, end, b, "增长") && b + 6 < end && m->s[b + 6] >= '0' && m->s[b + 6] <= '9')
			return 1;
	}
	return 0;
}

/*
 * The unemployment rate a name leaves open (失业率, 城镇失业率: neither 调查
 * nor 登记), by its year: from 2018 the surveyed rate, which entered the
 * national targets that year (城镇调查失业率5.5%以内 beside 城镇登记失业率
 * 4.5%以内) and has been the rate of targets and results since; before, the
 * registered one.  登记 said (words.tsv unemployment_registered) keeps the
 * registered rate; no year known keeps it too.
 */
#define SURVEYED_RATE_FROM 2018

static const char *
unemployment_rate_of_year(const char *code, const char *subject, size_t n, const char *period)
{
	size_t		wl;

	if (code == NULL || strcmp(code, "unemployment_rate") != 0 ||
		lp_period_year(period) < SURVEYED_RATE_FROM ||
		lp_words_find(LP_W_UNEMPLOYMENT_REGISTERED, subject, n, &wl) >= 0)
		return code;
	return "surveyed_unemployment_rate";
}

static void
mention_emit_one(lp_mention_doc *doc, lp_sentence *ss, const lp_mention *m)
{
	lp_fact    *f = lp_fact_new(doc->out);
	size_t		n = strlen(m->subject);

	f->line = m->lineno;
	f->span_start = m->span_start;
	f->span_end = m->span_end;
	lp_copy_str(f->period, sizeof(f->period), m->period.period);
	f->period_basis = m->period.basis;
	f->evidence = m->evidence;
	f->section = m->ctx->section;
	f->status = m->status;
	f->subject = n ? lp_pool_copy(doc->out, m->subject, n) : NULL;
	f->indicator = unemployment_rate_of_year(lp_mention_basis_name(m, mention_indicator(m, n)),
											 m->subject, n, f->period);
	f->measure = m->measure.measure;
	f->has_quantity = 1;
	lp_fact_set_value(doc->out, f, m->q, m->measure.negative);
	lp_fact_result_held_at(f, m->s, m->slen, m->q->start);
	lp_fact_index_as_growth(doc->out, f);
	lp_fact_signed_percent_as_growth(f);
	lp_fact_output_percent_as_growth(f);
	lp_mention_money_percent_as_growth(f, m);
	lp_fact_count_of_measured(f);
	f->like_for_like = m->like_for_like && m->measure.measure == LP_MEASURE_GROWTH;
	/*
	 * a target beside a result in a summary list is a headline, but the list
	 * does not sum up the targets: the year's own target sentences stay
	 * headline candidates (lp_headline_settle)
	 */
	f->summary = m->aside ? 0 : (unsigned char) m->summary;
	/* the walk kept is of this line's text only (as para: the same s, the same line) */
	if (doc->turn.line != m->lineno)
	{
		doc->turn.s = NULL;
		doc->turn.line = m->lineno;
	}
	/* history since a year named (2013年以来); a place's figure ("…突破3万亿元的城市");
	 * a condition's or a claim quoted ("如果…超过一千亿元"); a round-up's places counted */
	f->headline = m->period.since || lp_mention_describes_place(m) || lp_mention_unasserted(m, &ss->unasserted) ||
		m->part_of_other || lp_headline_unless_refused(f, m->summary) == LP_HEADLINE_NO || lp_mention_counts_places(m) ||
		lp_sentence_reviews_plan(m->s, m->full_start, m->q->start, m->ctx->period.doc_year) ?
		LP_HEADLINE_NO :
		lp_headline_of_mention(f, m->summary,
		lp_part_of_mention(m->ctx->part, m->s, m->slen, m->full_start, m->q->start, f->period,
						   &doc->turn));
	/* a count of tasks ("做好以下八个方面的工作") or projects added below the targets
	 * ("报告还提出，…实施重点项目160个"): no figure of an indicator */
	if (f->headline != LP_HEADLINE_NO && !f->indicator && (lp_mention_counts_tasks(m) || lp_mention_adds_to_proposals(m)))
		f->headline = LP_HEADLINE_NO;
	/* an average annual rate read for one year ("到2025年，…年均增长7.5%左右") is no year's
	 * target or result; one for the years it spans, 2021-2025 (not 2021Q1-3), may be one */
	if (f->headline != LP_HEADLINE_NO && lp_fact_is_rate_over_years(f) &&
		f->period[4] != '-' && lp_mention_names_annual_average(m))
		f->headline = LP_HEADLINE_NO;
	/* a rate over years all before the text's ("“十四五”时期…年均增长5.2%" in 2026) is history */
	if (f->measure == LP_MEASURE_GROWTH && f->status != LP_STATUS_TARGET && strlen(f->period) == 9 &&
		f->period[4] == '-' && m->ctx->period.doc_year > 0 && atoi(f->period + 5) < m->ctx->period.doc_year)
		f->headline = LP_HEADLINE_NO;
	/* "比去年四季度增长1.4%", "从环比看，…增长1.2%": over the period before; after
	 * "比2023年（下同）": since then: no headline */
	if (f->headline != LP_HEADLINE_NO && f->measure == LP_MEASURE_GROWTH &&
		(lp_mention_over_period_before(m) || lp_mention_since_noted_base(m, f->period)))
		f->headline = LP_HEADLINE_NO;
	f->nominal = (unsigned char) (counted_at_comparable_prices(f->indicator) && nominal_before_real(m));
	if (f->nominal)
		f->headline = LP_HEADLINE_NO;
	/* "超过年初预期目标（6.5%）0.2个百分点": the gap to a target is no change of the subject */
	if (f->measure == LP_MEASURE_CHANGE && m->q->start > m->clause_start &&
		lp_contains(m->s + m->clause_start, m->q->start - m->clause_start, "目标"))
		f->headline = LP_HEADLINE_NO;
}

/* The fact, or one for each subject a 均 gives the value to. */
static void
mention_emit(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m)
{
	lp_mention	each;
	int			i;

	/* "民营经济增加值…。其中，第一产业增加值…": that whole's sector, not the economy's */
	m->part_of_other = ss->prior_first[0] && lp_mention_sector_of_other(ss->prior_first, m->subject);
	if (!ss->first_subject[0])
		lp_copy_str(ss->first_subject, sizeof(ss->first_subject), m->subject);
	if (m->bound_status >= 0 && !m->all_same)
	{
		/* the target the number is, then the result it bounds */
		lp_mention	bound = *m;
		lp_quantity target_q = *m->q;

		target_q.qualifier = LP_Q_EQ;
		m->q = &target_q;
		mention_emit_one(doc, ss, m);
		m->q = bound.q;
		bound.status = (lp_status) m->bound_status;
		mention_emit_one(doc, ss, &bound);
		return;
	}
	if (m->compared_target && !m->all_same)
	{
		const lp_quantity *q = m->q;
		lp_quantity target_q = *q;

		target_q.qualifier = LP_Q_EQ;
		m->q = &target_q;
		mention_emit_one(doc, ss, m);
		m->q = q;
		return;
	}
	if (!m->all_same)
	{
		mention_emit_one(doc, ss, m);
		return;
	}
	each = *m;
	each.subject_start = each.subject_end = 0;
	for (i = 0; i < ss->all.n; i++)
	{
		lp_copy_str(each.subject, sizeof(each.subject), ss->all.items[i]);
		mention_emit_one(doc, ss, &each);
	}
	/* the sentence goes on with the last of them */
	lp_copy_str(m->subject, sizeof(m->subject), ss->all.items[ss->all.n - 1]);
}

/* What the next mention of the sentence inherits. */
static void
mention_carry(const lp_mention_doc *doc, lp_sentence *ss, const lp_mention *m)
{
	ss->prev_end = m->q->end;
	/* (a comparison with a target, "比目标低1.9个百分点", states none) */
	ss->last_target = m->status == LP_STATUS_TARGET && m->measure.measure != LP_MEASURE_PLAN_COMPLETION &&
		(m->measure.measure != LP_MEASURE_CHANGE || lp_mention_change_of_named_indicator(m)) &&
		/* nor does the target a result is set against ("低于3%左右的预期目标；…上涨1.2%") */
		!(lp_mention_target_after(m->s, m->slen, m->q->end) &&
		  lp_words_any(LP_W_MARKER_COMPARED, m->s + m->clause_start, m->q->start - m->clause_start));
	/*
	 * a comparison naming no indicator ("增长5.4%，比一季度加快0.2个百分点，高于
	 * 年初制定的5%左右的预期目标") is no subject or measure for the figures after it
	 */
	if (m->measure.measure == LP_MEASURE_CHANGE && ss->subject[0] &&
		(m->subject[0] == '\0' ||
		 ((lp_words_prefix(LP_W_COMPARISON_BASE, m->subject, strlen(m->subject)) > 0 ||
		   (lp_mention_rate_then_base(m->subject) && ss->fenbie.n == 0) ||
		   lp_words_prefix(LP_W_MARGIN_ALONE, m->subject, strlen(m->subject)) == strlen(m->subject) ||
		   strncmp(m->subject, "高于", strlen("高于")) == 0 ||
		   strncmp(m->subject, "低于", strlen("低于")) == 0) &&
		  lp_indicator_by_suffix(m->subject, strlen(m->subject)) == NULL)))
		return;
	/* "…63525元（按年平均汇率折算为9847美元），同比增长8.7%": the growth is the yuan's */
	if (m->subject[0] && !m->conversion && !m->restated && !lp_mention_average_names_nothing(m))
	{
		/* a flow's code is carried while its subject is (lp_mention_flow_code) */
		if (m->subject_start < m->subject_end)
			ss->subject_code = lp_mention_flow_code(doc, m);
		else if (strcmp(ss->subject, m->subject) != 0)
			ss->subject_code = NULL;
		lp_copy_str(ss->subject, sizeof(ss->subject), m->subject);
		ss->subject_driven = m->driven;
	}
	lp_fenbie_remember(&ss->recent, m->subject);
	/* a part of the year, for a sentence 其中 opens after this one */
	lp_mention_carry_part(ss, m);
	ss->year = strspn(m->period.period, "0123456789") >= 4 ? lp_period_year(m->period.period) : 0;
	ss->measure = m->measure.measure;
	ss->negative = m->measure.negative;
}

void
lp_mention_read(lp_mention_doc *doc, lp_sentence *ss, lp_mention *m)
{
	m->inherit = 0;
	m->inherited_code = NULL;
	m->all_same = 0;
	m->all_noun_start = m->all_noun_end = 0;
	m->listed = 0;
	m->aside = 0;
	m->conversion = 0;
	m->compared_target = 0;
	m->bound_status = -1;
	m->named_after = 0;
	m->last_years_rate = m->target_after = 0;
	lp_census_begin(&doc->census, m->s, m->slen);
	mention_place(doc, ss, m);
	mention_lead(doc, ss, m);
	mention_measure(m);
	m->growth_after = lp_measure_growth_after(m->s, m->slen, m->q, &m->measure);
	mention_subject_window(m);
	lp_mention_label(doc, m);
	lp_mention_aside(doc, ss, m);
	mention_subject(doc, ss, m);
	lp_mention_sector_structure(m);
	lp_mention_conversion(ss, m);
	part_item_measure(ss, m);
	lp_mention_status(doc, ss, m);
	lp_mention_period(doc, ss, m);
	lp_mention_bare_year(ss, m);
	lp_mention_last_years_period(m);
	lp_mention_marked_year_after(ss, m);
	lp_mention_topic_targets_year(ss, m);
	lp_mention_compared_year(m);
	lp_mention_year_ahead(doc, m);
	lp_mention_plan_goal_after(m);
	lp_mention_session_target(doc, m);
	lp_mention_session_year_named(doc, m);
	mention_evidence(doc, ss, m);
	mention_emit(doc, ss, m);
	mention_carry(doc, ss, m);
	lp_census_end();
}
