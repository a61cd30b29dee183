/*
 * lp_measure.h — what a number measures, from the words just before it
 * (lp_measure.c).
 */
#ifndef LP_MEASURE_H
#define LP_MEASURE_H

#include "lp.h"

typedef struct lp_measure_read
{
	lp_measure	measure;
	int			negative;		/* a decline of a rate: the value's sign flips */
	size_t		words_at;		/* where the words naming the measure start */
} lp_measure_read;

/*
 * The measure of quantity q from the words s[a, b) just before it (trimmed;
 * b is at most q->start): level, growth and decline (增长, 下降: negative),
 * change (提高…个百分点), plan completion (完成年度计划的), or a share
 * when a share word stands in its clause (from clause_start).  words_at
 * is b less the words that named it, which are no part of the subject.
 */
void		lp_measure_before(const char *s, size_t a, size_t b, size_t clause_start,
							  const lp_quantity *q, lp_measure_read *m);

/* A growth named after its percentage; 1 when a growth target ("增长目标") */
/* The end of the percentages listed after one ending at e ("9%、7.5%和6.5%的增速"), else e. */
size_t		lp_measure_after_figures(const char *s, size_t slen, size_t e);
int			lp_measure_growth_after(const char *s, size_t slen, const lp_quantity *q,
									lp_measure_read *m);

#endif
