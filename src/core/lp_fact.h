/*
 * lp_fact.h — the memory of a document's facts (lp_fact.c): a growing
 * array and a string pool their strings point into.
 */
#ifndef LP_FACT_H
#define LP_FACT_H

#include "lp.h"

#define LP_MAX_EVIDENCE 1500	/* bytes kept of an evidence clause */
#define LP_MAX_SECTION 240		/* bytes kept of a section's name */

/* A new fact at the end of out, zeroed, its value strings "". */
lp_fact    *lp_fact_new(lp_facts *out);

/* A NUL-terminated copy of s[0, n) in the facts' string pool ("" for n = 0). */
const char *lp_pool_copy(lp_facts *out, const char *s, size_t n);

/* Evidence: s[a, b) trimmed, without a list bullet, at most max bytes, pooled. */
const char *lp_pool_evidence(lp_facts *out, const char *s, size_t a, size_t b, size_t max);

/*
 * The character offset of byte at in line lineno's text s, counted on from
 * the last one asked of the same text and line: the items of a long line
 * are counted once, not each from the line's start.
 */
int			lp_fact_char_at(lp_facts *out, const char *s, int lineno, size_t at);

/* The value of q (negated when negative) as f's, its strings pooled. */
void		lp_fact_set_value(lp_facts *out, lp_fact *f, const lp_quantity *q, int negative);

/* Facts from index from on: their section is the heading's name (its first sentence). */
void		lp_facts_name_sections(lp_facts *out, size_t from);

/* Negate a decimal string in place ("5.0" → "-5.0"); zero stays as it is. */
void		lp_negate_decimal(char *dec);

/*
 * A consumer price index on the year before (= 100) as the growth it states
 * ("居民消费价格指数控制在103%以内": 3 % at most); other facts unchanged.
 */
void		lp_fact_index_as_growth(lp_facts *out, lp_fact *f);

/* A signed percentage with no measure word ("…能耗-3.3%") is a growth. */
void		lp_fact_signed_percent_as_growth(lp_fact *f);

/* A percentage of the economy's output with no share word ("GDP目标为10%") is its growth. */
void		lp_fact_output_percent_as_growth(lp_fact *f);
/* A bare percentage after 目标/完成 of an amount of money is its growth. */
void		lp_fact_money_percent_as_growth(lp_fact *f, int paired);

/*
 * A result (not a target) whose quantity in s[0, len) starts at qstart with
 * 控制在 and no bound word after its figure in the clause ("财政赤字率控制在
 * 2.8%") is that figure: le becomes eq (lp_fact_held.c).
 */
void		lp_fact_result_held_at(lp_fact *f, const char *s, size_t len, size_t qstart);

/* A count as a level of money or a rate ("其中工业6家") names no indicator: its code dropped. */
void		lp_fact_count_of_measured(lp_fact *f);

/* The line f was read on: the first of lines joined at the page width, else f's own. */
static inline int
lp_fact_read_line(const lp_fact *f)
{
	return f->read_line ? f->read_line : f->line;
}

/* Were f and g read on one line (lp_fact_read_line)? */
static inline int
lp_fact_same_line(const lp_fact *f, const lp_fact *g)
{
	return lp_fact_read_line(f) == lp_fact_read_line(g);
}

#endif
