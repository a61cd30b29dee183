/*
 * lp_qualitative.h — items of summary lists that state no number
 * (lp_qualitative.c).
 */
#ifndef LP_QUALITATIVE_H
#define LP_QUALITATIVE_H

#include "lp.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_words.h"

/*
 * A QUALITATIVE fact of the item s[a0, b0) of line lineno naming indicator
 * code (its name subject[0, subject_len)), in the context ctx
 * (lp_qualitative_item.c).
 */
lp_fact    *lp_qualitative_push(lp_facts *out, const char *s, size_t a0, size_t b0, int lineno,
								const lp_line_ctx *ctx, const char *code, const char *subject,
								size_t subject_len);

/*
 * A summary item with no number, s[a0, b0) of line lineno:
 * "——居民人均可支配收入增速与GDP增速基本同步".  With need_code, an item
 * naming no indicator adds nothing.
 */
void		lp_qualitative_item(lp_facts *out, const char *s, size_t a0, size_t b0, int lineno,
								const lp_line_ctx *ctx, int need_code);

/*
 * A short head, 、 or 和, then an indicator whose own head the first replaces
 * ("城镇和农村常住居民人均可支配收入与经济增长同步"), s[a, b): both pushed as items
 * of s[a0, b0).  Returns whether they were.  lp_qualitative_sibling_end: where
 * the second name ends, 0 when s[a, b) opens with none such.
 */
int			lp_qualitative_head_sibling(lp_facts *out, const char *s, size_t a0, size_t b0,
										size_t a, size_t b, int lineno, const lp_line_ctx *ctx);
size_t		lp_qualitative_sibling_end(const char *s, size_t a, size_t b);

/* The items of an inline list that state no number, each naming an indicator. */
void		lp_qualitative_inline_items(lp_facts *out, const char *s, const lp_inline_list *il,
										int lineno, const lp_line_ctx *ctx);

/*
 * The clauses of a line of the year's review that name an indicator and
 * its steadiness in words ("居民消费价格与上年持平"), each a qualitative result.
 * On an item of a summary list (summary) they are items of it too.  Among
 * targets they are goals in words ("城乡居民收入增长快于经济增长"), unless the
 * line's clauses are items of an inline list (listed), read already.  marks:
 * the line's ends when its mentions marked them (lp_clause_marks_of), else
 * NULL.
 */
void		lp_qualitative_review_items(lp_facts *out, const char *s, size_t slen, int lineno,
										const lp_line_ctx *ctx, int summary, int listed,
										const lp_clause_marks *marks);

/*
 * A short line with no list intro among the lines of targets, stating a goal
 * in words ("居民收入增长和经济增长同步").
 */
void		lp_qualitative_bare_item(lp_facts *out, const char *s, size_t slen, int lineno,
									 const lp_line_ctx *ctx);

/*
 * Two or more parts of one total among the qualitative facts from first on,
 * and not the total: the total too (lp_qualitative_item.c).
 */
void		lp_qualitative_parts_total(lp_facts *out, size_t first);

/*
 * Does a colon at s[e] end a label whose figures follow in its next clause,
 * before to ("地区生产总值：预计完成443亿元")?  Then it is no item in words.
 */
int			lp_qualitative_label_of_figures(const char *s, size_t e, size_t to);

/*
 * Does the item s[a, e) state no figure, or only the margin of a goal over a
 * base among targets?  *words: where its words end (lp_qualitative_clause.c).
 */
int			lp_qualitative_states_no_figure(const char *s, size_t a, size_t e,
											const lp_line_ctx *ctx, size_t *words);

/*
 * Each clause of s[0, slen), ended as is_end says (or as marks has them), that
 * is an indicator followed by the whole of a word of kind or kind2 with no
 * number: a qualitative fact (lp_qualitative_clause.c).  summary: the clauses
 * are items of a summary list; else each is a candidate like the figures
 * beside it (lp_qualitative_candidate).
 */
void		lp_qualitative_clauses(lp_facts *out, const char *s, size_t slen, int lineno,
								   const lp_line_ctx *ctx, int summary, lp_word_kind kind,
								   lp_word_kind kind2, int (*is_end) (uint32_t),
								   const lp_clause_marks *marks);
void		lp_qualitative_candidate(const lp_facts *out, lp_fact *f, int summary);

/* 、 parts the items of a list of targets as ，does */
int			lp_qualitative_is_item_end(uint32_t cp);

/* Past a goal's striving word before an indicator's name ("努力实现居民收入…"), else b. */
size_t		lp_qualitative_past_striving(const char *s, size_t b, size_t e);
int			lp_qualitative_name_task_rest(const char *s, size_t p, size_t e);
/* s[r, e) is a lead verb, a scope at most and a task word (lp_qualitative_whole.c) */
int			lp_qualitative_task_done(const char *s, size_t r, size_t e);
const char *lp_qualitative_whole_name(const char *s, size_t b, size_t w, lp_word_kind kind,
									  lp_word_kind kind2, size_t *n);

/* The code of an item opening with named waters and their 水质 ("桐江干流水质稳定…"), else NULL. */
const char *lp_qualitative_named_water(const char *s, size_t a, size_t b, size_t *n);

/*
 * Goals in words from first on of line lineno (s[0, slen)) read as targets, in a
 * sentence whose figures are all results of one year: results of it
 * (lp_qualitative_estimate.c).
 */
void		lp_qualitative_in_results(lp_facts *out, size_t first, const char *s, size_t slen, int lineno);

#endif
