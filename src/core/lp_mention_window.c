/*
 * lp_mention_window.c — how much of a figure's window names it: the words
 * before a figure may be a predicate of the last figure's subject ("、稳居全国
 * 前十、增长5%"), a 分别 list's things once more, a base alone ("，比2012年
 * 增长10.6%"), or a note of the figure before ("（含开发区）、增长6.2%"); then
 * the figure takes its subject from its sentence or list, not from the window.
 * mention_subject (lp_mention.c) reads the subject from what is left.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fenbie.h"
#include "lp_mention_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * Does the figure's lead s[a, b) open with a predicate word (达, 稳居, 迈上,
 * 突破 …) continuing the last figure's subject, the clause not a 分别 list?
 */
static int
predicate_of_last(const lp_mention *m, size_t a, size_t b)
{
	if (m->q->start > m->clause_start &&
		lp_words_suffix(LP_W_FENBIE, m->s + m->clause_start, m->q->start - m->clause_start) > 0)
		return 0;
	a = lp_skip_separators(m->s, a, b);
	return lp_words_prefix(LP_W_PREDICATE_LEAD, m->s + a, m->q->end - a) > 0;
}

/* Is s[a, b) a comparison base alone ("，较去年增长…", "比上年"): no subject of its own? */
static int
window_only_base(const char *s, size_t a, size_t b)
{
	size_t		p = lp_skip_separators(s, a, b);

	return p < b && lp_words_suffix(LP_W_SUBJECT_SUFFIX, s + p, b - p) == b - p;
}

/*
 * "占全省比重" alone before the figure (a whole of few characters, no name of
 * its own): the share of each thing of the spent list, not of the last one.
 */
#define SHARE_WHOLE_MAX_BYTES (4 * 3)	/* 全省, 全国, 全市 */

static int
window_only_share_of_whole(const char *s, size_t a, size_t b)
{
	size_t		p = lp_skip_separators(s, a, b),
				e = b;

	if (!lp_at(s, b, p, "占"))
		return 0;
	e -= lp_words_suffix(LP_W_SUBJECT_SUFFIX, s + p, e - p);
	if (e >= p + 9 && lp_same(s + e - 6, "比重", 6))
		e -= 6;
	else
		return 0;
	if (e >= p + 6 && lp_same(s + e - 3, "的", 3))
		e -= 3;
	return e - p - 3 >= 6 && e - p - 3 <= SHARE_WHOLE_MAX_BYTES;
}

/*
 * Narrow the window [*pa, *pb) before m's figure to the words that name it
 * (empty when they name nothing of its own), or set m->inherit when the
 * figure continues the last figure's subject.
 */
void
lp_mention_window(lp_sentence *ss, lp_mention *m, size_t *pa, size_t *pb)
{
	size_t		a = *pa,
				b = *pb;

	/*
	 * "达5.5万亿元、稳居全国前十、增长5%": a predicate of the last figure's
	 * subject; its word may be the qualifier's ("、迈上5000亿元台阶"), which
	 * may also open the next clause ("，突破40亿元大关"); not right after 分别
	 * ("城乡居民人均可支配收入分别突破6万元和3万元": the list's names; h-read80)
	 */
	if (!m->inherit && ss->subject[0] && (ss->prev_end >= m->clause_start ? a < b : a == b))
		m->inherit = predicate_of_last(m, a, b);
	/*
	 * "…1500元，实际增长6.1%和7.3%": a predicate opening its clause with a
	 * pair of values and no 分别 goes to the last subjects named, one each
	 */
	if (ss->subject[0] && m->clause_start > ss->prev_end && !lp_fenbie_left(&ss->fenbie) &&
		lp_fenbie_lead_empty(m->s, a, b) &&
		lp_fenbie_recall_pair(&ss->fenbie, &ss->recent, m->s, m->q->start,
							  lp_ahead(m->s, m->slen, m->q->start, LP_MAX_LOOKBACK)))
	{
		m->inherit = 0;
		a = b;
	}
	/*
	 * "分别达到35120元和16230元、增长7%和10%": after 、 in the clause, as many
	 * values again as the spent list named: its things once more, not a
	 * predicate of the last one
	 */
	if ((m->inherit || (a < b && lp_skip_separators(m->s, a, b) == b)) &&
		ss->prev_end >= m->clause_start &&
		lp_fenbie_again(&ss->fenbie, m->s, m->q->start,
						lp_ahead(m->s, m->slen, m->q->start, LP_MAX_LOOKBACK)))
	{
		m->inherit = 0;
		a = b;
	}
	if (!m->inherit && a < b)
		m->inherit = lp_mention_last_years_actual(ss, m, a, b);
	if (!m->inherit && ss->subject[0] && a < b)
		lp_mention_second_figure(ss, m, a, b);
	if (!m->inherit && a >= b && m->clause_start > ss->prev_end)
		(void) lp_fenbie_again(&ss->fenbie, m->s, m->q->start,
							   lp_ahead(m->s, m->slen, m->q->start, LP_MAX_LOOKBACK));
	/* "分别达到33739元、10829元，较去年增长8.5%、11%": a base alone, the list again */
	else if (!m->inherit && a < b && m->clause_start > ss->prev_end && (window_only_base(m->s, a, b) || window_only_share_of_whole(m->s, a, b)) &&
			 lp_fenbie_again(&ss->fenbie, m->s, m->q->start,
							 lp_ahead(m->s, m->slen, m->q->start, LP_MAX_LOOKBACK)))
		a = b;
	if (!m->inherit && !lp_fenbie_left(&ss->fenbie) && a < b &&
		lp_fenbie_implicit(&ss->fenbie, m->s, a, b, m->q->start,
						   lp_ahead(m->s, m->slen, m->q->start, LP_MAX_LOOKBACK)))
		a = b;					/* a list without 分别 (after a spent one too) */
	/* "…突破1500亿元，比2012年增长10.6%": the base alone, the subject before */
	if (!m->inherit && a < b && ss->subject[0] &&
		lp_mention_only_base_year(m->s, a, b, m->ctx->period.period))
		a = b;
	/* "…530亿元（含开发区）、增长6.2%": a note of the figure before, in its clause */
	else if (!m->inherit && a < b && ss->subject[0] && ss->prev_end >= m->clause_start &&
			 lp_mention_only_note(m->s, a, b))
		a = b;
	*pa = a;
	*pb = b;
}
