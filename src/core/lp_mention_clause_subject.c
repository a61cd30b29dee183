/*
 * lp_mention_clause_subject.c — the subject of a bare figure named by the
 * clause just before it, when that clause states no figure of its own:
 * "生产总值增长6.1%，一般公共预算收入升至全国第5位，增长9.3%" (a rank),
 * "…，一般公共预算收入保持全国前列，增长9.3%": the 9.3% is the revenue's, not
 * the sentence subject's (the gdp), whose figure came before that clause.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#define BARE_LEAD_MAX_BYTES 12	/* "同比增长": the figure's own clause before it */
#define CLAUSE_MAX_BYTES 90		/* the named clause: 30 characters at most */

int
lp_mention_clause_names_subject(const lp_sentence *ss, lp_mention *m)
{
	size_t		e = m->clause_start,
				c,
				n = 0;
	const char *code;
	int			cl;

	/* (cheap tests first: a bare figure after a clause following an earlier figure) */
	if (ss->prev_end == 0 || e <= ss->prev_end + 3 || m->q->start < e ||
		m->q->start - e > BARE_LEAD_MAX_BYTES || e - ss->prev_end > CLAUSE_MAX_BYTES + 3)
		return 0;
	e = lp_prev_char(m->s, e);
	if (!lp_is_clause_end(lp_utf8_next(m->s + e, m->slen - e, &cl)))
		return 0;
	c = lp_after_last(m->s, ss->prev_end, e, lp_is_clause_end);
	if (c <= ss->prev_end || c >= e)
		return 0;
	c += lp_words_prefix(LP_W_SUBJECT_PREFIX, m->s + c, e - c);
	code = lp_indicator_by_prefix(m->s + c, e - c, &n);
	if (code == NULL || n == 0 || code == ss->subject_code)
		return 0;
	lp_subject_copy(m->subject, m->s, c, c + n);
	return 1;
}
