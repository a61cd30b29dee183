/*
 * lp_docyear_int.h — the parts of lp_docyear.c in files of their own
 * (lp_docyear_plan.c, lp_docyear_sentence.c, lp_docyear_words.c, …).
 */
#ifndef LP_DOCYEAR_INT_H
#define LP_DOCYEAR_INT_H

#include <stddef.h>
#include <stdint.h>

/* Is cp the end of a sentence, or of a line (lp_docyear_sentence.c)? */
int			lp_docyear_sentence_end(uint32_t cp);

/* The sentence holding s[i]: [*a, *b) (lp_docyear_sentence.c). */
void		lp_docyear_sentence_around(const char *s, size_t len, size_t i, size_t *a, size_t *b);

/* "今年是“十四五”规划收官之年" in the head, its breaks inside sentences taken out: the year, or 0. */
int			lp_docyear_plan_stage(const char *s, size_t len);

/* Is s[a, p) said of this year (0), of the year before (1), of neither (-1) (lp_docyear_plan.c)? */
int			lp_docyear_stage_said_of(const char *s, size_t a, size_t p);

/* A text naming no year, dated by words of one year said of it (time_slogans.tsv): the year, or 0 (lp_docyear_slogan.c). */
int			lp_docyear_slogan(const char *s, size_t len);

/* A plan's outline draft put to the session the text reports: the plan's first year, or 0. */
int			lp_docyear_plan_draft(const char *s, size_t len);

/* A work report reviewing the year of the Party plenums it names: the year after it, or 0 (lp_docyear_plenum.c). */
int			lp_docyear_plenum(const char *s, size_t len);

/* Where the delivery date a work report's title brackets after its name starts, or 0 (lp_docyear_titled.c). */
size_t		lp_docyear_titled_date_at(const char *s, size_t a, size_t e);

/* A row of a list of words that date a text (time_events.tsv, time_slogans.tsv). */
typedef struct lp_docyear_word
{
	const char *words;			/* into the embedded data */
	size_t		len;
	int			year;
}			lp_docyear_word;

/* Load data file `data` (an lp_data_id) into rows[0, max): the row count (lp_docyear_words.c). */
int			lp_docyear_words_load(int data, lp_docyear_word *rows, int max);

/* Where w's words first stand in s[0, len), or -1. */
long		lp_docyear_word_at(const char *s, size_t len, const lp_docyear_word *w);

#endif
