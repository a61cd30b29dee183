/*
 * lp_fenbie.h — 分别 and the lists like it: values distributed over the
 * subjects a list names (lp_fenbie.c).
 */
#ifndef LP_FENBIE_H
#define LP_FENBIE_H

#include "lp_subject.h"

#define LP_MAX_FENBIE 12		/* subjects a 分别 list distributes values over */

/*
 * 分别 distributes the values after it over the subjects listed before it:
 * "城镇、农村居民人均可支配收入分别增长5%、7%".
 */
typedef struct lp_fenbie
{
	int			n;				/* subjects listed */
	int			next;			/* the next to use */
	char		items[LP_MAX_FENBIE][LP_MAX_SUBJECT + 1];
} lp_fenbie;

/* A list of parts of the year ending s[a, b) ("…一季度、上半年"): 1 when read into fb. */
int			lp_fenbie_parts_of_year(lp_fenbie *fb, const char *s, size_t a, size_t b);
/* "A占B和C的比重分别为…": the wholes' count of items, each A; 1 when read into fb. */
int			lp_fenbie_shares_of_wholes(lp_fenbie *fb, const char *s, size_t a, size_t b);
/* Read the list s[a, b) before 分别 into fb. */
void		lp_fenbie_read(lp_fenbie *fb, const char *s, size_t a, size_t b);
/* The same, the last item split at 和 when one value more than the items follows in s[b, to). */
void		lp_fenbie_read_fit(lp_fenbie *fb, const char *s, size_t a, size_t b, size_t to);
/* The same, the values counted in s[from, to) (the list in a clause before theirs). */
void		lp_fenbie_read_fit_from(lp_fenbie *fb, const char *s, size_t a, size_t b, size_t from,
									size_t to);

/*
 * The names of the clause before a 分别 opening its own ("在固定资产投资、社会消费品零售总额
 * 方面，分别增长…"): the list between 在 and 方面 in *a, *b; 0 when that clause is none.
 */
int			lp_fenbie_topic_before(const char *s, size_t clause_start, size_t *a, size_t *b);

/*
 * The names of the clause before a 分别 whose own clause names nothing
 * ("全年地区生产总值、固定资产投资和社会消费品零售总额，预计分别增长6%、
 * 8%和7%"): that clause, a list by 、 with no figure, in *a, *b; 0 when
 * it is none (lp_fenbie_before.c).
 */
int			lp_fenbie_list_before(const char *s, size_t clause_start, size_t *a, size_t *b);

/*
 * Are s[a, b), the words of a 分别 clause before 分别, separators and words
 * naming nothing (words.tsv fenbie_lead_empty: 预计, 同比, 均…) only?
 */
int			lp_fenbie_lead_empty(const char *s, size_t a, size_t b);

/*
 * A 分别 with no list before it ("A 7210元，B 3105元，分别增长6.1%和5.3%")
 * distributes over the last subjects named, as many as values follow it in
 * s[from, to): fb becomes those of recent.
 */
void		lp_fenbie_recall(lp_fenbie *fb, const lp_fenbie *recent, const char *s,
							 size_t from, size_t to);

/*
 * A lead before 分别 of only a rate's noun ("，增速分别为4.1%和6.0%"): its
 * length, its start in *at; 0 when the lead names things (lp_fenbie_before.c).
 */
size_t		lp_fenbie_lead_rate(const char *s, size_t a, size_t b, size_t *at);
/* lp_fenbie_recall for a 分别 at fenbie_at, each thing given the rate noun of the lead (from lead) */
void		lp_fenbie_recall_rate(lp_fenbie *fb, const lp_fenbie *recent, const char *s, size_t lead,
								  size_t fenbie_at, size_t to);

/*
 * A list with no 分别 whose values follow in the same unit, one for each
 * item ("城镇登记失业率、城镇调查失业率控制在4.2%以内、5.8%以内"): reads the
 * list s[a, b) into fb and returns 1 when its items name as many different
 * indicators as values follow from q_start to the clause end (before to).
 * A share's list ends before its 占 ("三次产业增加值占生产总值的比重为…").
 */
int			lp_fenbie_implicit(lp_fenbie *fb, const char *s, size_t a, size_t b,
							   size_t q_start, size_t to);

/*
 * A list all of whose values were given, and as many values again in the
 * same unit from q_start to the clause end (before to) with no subject of
 * their own ("A和B分别达到16930元和7260元，增长11.2%和14.8%"): the list
 * starts over; 1 when it does.
 */
int			lp_fenbie_again(lp_fenbie *fb, const char *s, size_t q_start, size_t to);

/* Remember a subject named (recent keeps the last LP_MAX_FENBIE, each once in a row). */
void		lp_fenbie_remember(lp_fenbie *recent, const char *subject);

/*
 * Values joined by 和 or 、 alone from q_start to their clause's end ("，实际
 * 增长6.1%和7.3%"): fb becomes the last as many subjects of recent, when
 * each has a code of its own; 0 (fb unchanged) otherwise
 * (lp_fenbie_recall_pair.c).
 */
int			lp_fenbie_recall_pair(lp_fenbie *fb, const lp_fenbie *recent, const char *s,
								  size_t q_start, size_t to);

/* How many values s[from, to) holds up to its clause end (past_mark: or past a clause mark a value follows). */
int			lp_fenbie_values(const char *s, size_t from, size_t to, int past_mark);

/* Are there subjects of the list left to use? */
static inline int
lp_fenbie_left(const lp_fenbie *fb)
{
	return fb->n > 0 && fb->next < fb->n;
}

#endif
