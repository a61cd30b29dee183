/*
 * lp_docyear_plenum.c — a work report naming no year, dated by the Party
 * plenums whose spirit guided the year it reviews.  Copies on 范文 and
 * document-sharing sites replace the years with 20XX, but keep "20XX年，…
 * 以…党的十九大和十九届二中、三中、四中全会精神为指导，…": the year reviewed
 * is the last plenum's (2019), and the report, given at the congress
 * session early in the next year, is of 2020.  Only a work report delivered
 * to a session (words.tsv work_report_delivery) whose plenum sentence opens
 * a year's review (plenum_review_open): a text of the plenum's own months
 * ("今年以来，…") could be of either year.
 */
#include "lp.h"
#include "lp_docyear_int.h"
#include "lp_session_year.h"
#include "lp_text.h"
#include "lp_words.h"

int
lp_docyear_plenum(const char *s, size_t len)
{
	size_t		at,
				a,
				b;
	int			y = lp_party_plenum_year(s, len, &at);

	if (y == 0 || !lp_words_any(LP_W_WORK_REPORT_DELIVERY, s, len))
		return 0;
	lp_docyear_sentence_around(s, len, at, &a, &b);
	a = lp_skip_space(s, at, a);	/* also a web copy's indent, U+3000 */
	if (lp_words_prefix(LP_W_PLENUM_REVIEW_OPEN, s + a, at - a) == 0)
		return 0;
	return y + 1;
}
