/*
 * lp_mention_people.c — the people of a bare 人均… named by the sentence
 * before, and the target's or result's word before a bare figure (h-fix270).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_indicator.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * "城镇常住居民人均可支配收入45210元，增长5.1%。人均生活消费支出24823元": a
 * sentence opening on a bare 人均… is of the people (words.tsv population_bare)
 * the sentence before in its paragraph opened on, when the two name an
 * indicator.  The sentence before is looked for over PEOPLE_LOOKBACK bytes.
 */
#define PEOPLE_LOOKBACK (60 * 3)

void
lp_mention_people_of_sentence_before(lp_mention *m)
{
	size_t		lo = m->sent_start > PEOPLE_LOOKBACK ? m->sent_start - PEOPLE_LOOKBACK : 0,
				a,
				n,
				len = strlen(m->subject);
	int			cl;
	char		buf[sizeof(m->subject)];

	if (len < 6 || strncmp(m->subject, "人均", 6) != 0 || m->sent_start < 3 ||
		m->subject_start != lp_skip_space(m->s, m->slen, m->sent_start) ||
		!lp_is_sentence_end(lp_utf8_next(m->s + lp_prev_char(m->s, m->sent_start), 3, &cl)))
		return;
	a = lp_after_last(m->s, lo, lp_prev_char(m->s, m->sent_start), lp_is_sentence_end);
	if ((a == lo && lo > 0) || (n = lp_words_prefix(LP_W_POPULATION_BARE, m->s + a, m->sent_start - a)) == 0 ||
		n + len >= sizeof(buf))
		return;
	memcpy(buf, m->s + a, n);
	memcpy(buf + n, m->subject, len + 1);
	if (lp_indicator_by_suffix(buf, n + len) == NULL)
		return;
	lp_copy_str(m->subject, sizeof(m->subject), buf);
	m->subject_start = m->subject_end = 0;	/* not one span of s */
}

/* Do the words before the figure end with a target's or a result's ("目标", "完成")? */
int
lp_mention_figure_after_target_word(const lp_mention *m)
{
	size_t		a = m->window_start,
				b = m->measure.words_at;

	if (b <= a)
		return 0;
	lp_trim(m->s, &a, &b);
	if (b >= a + 3 && (lp_same(m->s + b - 3, "：", 3) || lp_same(m->s + b - 3, "为", 3)))
		b -= 3;
	return a < b && (lp_words_suffix(LP_W_ASIDE_TARGET, m->s + a, b - a) > 0 ||
					 lp_words_suffix(LP_W_RESULT_AFTER_TARGET, m->s + a, b - a) > 0);
}

/*
 * A bare percentage after a target's or a result's word of an amount of
 * money is its growth (lp_fact_money_percent_as_growth); the words are read
 * only for a level in %, the one fact that may change (issue 18: they were
 * read for every fact).
 */
void
lp_mention_money_percent_as_growth(lp_fact *f, const lp_mention *m)
{
	if (f->measure == LP_MEASURE_LEVEL && strcmp(f->q.unit, "%") == 0)
		lp_fact_money_percent_as_growth(f, lp_mention_figure_after_target_word(m));
}
