/*
 * lp_mention_same.c — one figure for several subjects: "A、B均增长9%",
 * "A增长12%，B，均增长12%以上" (the clause before 均 names them), "A和B
 * 分别增长6%以上" (one value after a 分别 list), "A和B增长10%以上" (two
 * whole names joined by 和).  Parts of lp_mention_read (lp_mention.c), moved
 * from lp_mention_share.c.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fenbie.h"
#include "lp_indicator.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * Is the lead, opening its clause with 均, after a clause of names alone
 * since the figure before (or the sentence start), each the name of an
 * indicator: "民间投资增长12%，高新技术产业投资，均增长12%以上"?  Then fb
 * lists them (one name or more).
 */
static int
names_clause_before(const lp_sentence *ss, const lp_mention *m, lp_fenbie *fb)
{
	size_t		a = ss->prev_end > m->sent_start ? ss->prev_end : m->sent_start,
				b = m->clause_start,
				p;

	if (m->lead_start != m->clause_start || b <= a)
		return 0;
	a = lp_skip_separators(m->s, a, b);
	while (b > a && lp_skip_separators(m->s, lp_prev_char(m->s, b), b) == b)
		b = lp_prev_char(m->s, b);
	if (b <= a || b - a > 60)
		return 0;
	/* one clause: no mark of a clause's end inside it */
	for (p = a; p < b;)
	{
		int			cl;

		if (lp_is_clause_end(lp_utf8_next(m->s + p, b - p, &cl)))
			return 0;
		p += (size_t) (cl > 0 ? cl : 1);
	}
	lp_fenbie_read(fb, m->s, a, b);
	/* names of indicators, each (not places: "山西、内蒙古设定的目标较低，均为…") */
	for (p = 0; p < (size_t) fb->n; p++)
		if (lp_indicator_by_suffix(fb->items[p], strlen(fb->items[p])) == NULL)
			fb->n = 0;
	return fb->n >= 1;
}

/*
 * "其中A投资，B、C投资，D投资均增长12%以上": the clauses since the figure
 * before, each of names alone ending in the head the lead's one name ends in
 * (its last two characters, 投资), list names that share the value too.  The
 * clauses' names that are indicators', then the lead's, into ss->all.
 */
#define HEAD_BYTES 6			/* two hanzi */

/* The next comma in s[a, b) ("，" or ","), else b; -1 at a clause's harder end or a digit. */
static long
next_comma(const char *s, size_t a, size_t b)
{
	size_t		p;
	int			cl;

	for (p = a; p < b; p += (size_t) (cl > 0 ? cl : 1))
	{
		uint32_t	cp = lp_utf8_next(s + p, b - p, &cl);

		if (cp == 0xFF0C || cp == ',')
			return (long) p;
		if ((cp != 0x3001 && lp_is_clause_end(cp)) || (cp >= '0' && cp <= '9'))
			return -1;
	}
	return (long) b;
}

static int
names_clauses_same_head(lp_sentence *ss, const lp_mention *m)
{
	const char *s = m->s,
			   *head;
	size_t		a = ss->prev_end > m->sent_start ? ss->prev_end : m->sent_start,
				b = m->clause_start,
				c;
	long		e;
	lp_fenbie	fb,
				all = {0};

	/* the name is read only when there is one: with none, items[0] was never
	 * written in this text (valgrind: strlen of uninitialised bytes) */
	if (ss->all.n != 1 || strlen(ss->all.items[0]) < HEAD_BYTES || b <= a || b - a > 60 * 3)
		return 0;
	head = ss->all.items[0] + strlen(ss->all.items[0]) - HEAD_BYTES;
	/* the figure before ends its clause ("增长10%以上，"): the names start after it */
	if (ss->prev_end > m->sent_start)
	{
		while (a < b && s[a] != ',' && !lp_at(s, b, a, "，"))
			a++;
	}
	for (c = a; c < b; c = (size_t) e + (s[e] == ',' ? 1 : 3))
	{
		size_t		ca = lp_skip_separators(s, c, b),
					cb;

		if ((e = next_comma(s, ca, b)) < 0)
			return 0;
		cb = (size_t) e;
		lp_trim(s, &ca, &cb);
		if (cb > ca && (cb - ca < HEAD_BYTES || !lp_same(s + cb - HEAD_BYTES, head, HEAD_BYTES)))
			return 0;
		if (cb > ca)
			lp_fenbie_read(&fb, s, ca, cb);
		/* a clause listing names ("生态环保、城市更新和水利设施投资") is one
		 * category of the statistics, named whole: none of its parts */
		if (cb > ca && fb.n == 1 && all.n < LP_MAX_FENBIE - 1 &&
			lp_indicator_by_suffix(fb.items[0], strlen(fb.items[0])) != NULL)
			lp_copy_str(all.items[all.n++], sizeof(all.items[0]), fb.items[0]);
		if ((size_t) e >= b)
			break;
	}
	if (all.n == 0)
		return 0;
	lp_copy_str(all.items[all.n++], sizeof(all.items[0]), ss->all.items[0]);
	ss->all = all;
	return 1;
}

/*
 * The names listed before 均 at k into ss->all; a rate's noun ending them
 * ("青禾市和云溪市地区生产总值增速均为5.6%") is each name's measure, not a part
 * of the last name: kept for mention_measure (lp_mention.c).
 */
static void
all_names(lp_sentence *ss, lp_mention *m, size_t k, size_t jw)
{
	size_t		noun = jw == 3 ? lp_words_suffix(LP_W_RATE_NOUN, m->s + m->lead_start, k - m->lead_start) : 0;

	if (noun > 0 && k - noun > m->lead_start)
	{
		m->all_noun_start = k - noun;
		m->all_noun_end = k;
		k -= noun;
	}
	lp_fenbie_read(&ss->all, m->s, m->lead_start, k);
}

/*
 * "A、B均增长9%": the subjects listed before 均 all have the value, and
 * the lead starts after 均.  Not 年均, 人均, 平均.  at, wl: the first word
 * of kind all_same in the lead, as mention_lead found it (at < 0: none).
 */
void
lp_mention_all_same(lp_sentence *ss, lp_mention *m, long at, size_t wl)
{
	size_t		k,
				jw = 3;		/* the anchor's bytes: 均, or 同步 */
	const char *jun;

	/* "A和B均控制在4.3%以内": the level's verb went with the quantity; so did a
	 * bound's word ("A、B均突破1000亿元": words before its number) */
	if (at < 0 && m->lead_end >= m->lead_start + 3 &&
		lp_at(m->s, m->lead_end, m->lead_end - 3, "均") &&
		(lp_words_prefix(LP_W_RATE_VERB, m->s + m->q->start, m->q->end - m->q->start) > 0 ||
		 m->q->num_start > m->q->start))
	{
		at = (long) (m->lead_end - 3 - m->lead_start);
		wl = 3;
	}
	if (at < 0)
		return;
	k = m->lead_start + (size_t) at;
	jun = lp_find3(m->s + k, wl, "均");
	/* "…分别达到A元、B元，同步增长9%": 同步 stands where 均 would */
	if (jun == NULL && wl >= 6 && lp_at(m->s, k + wl, k, "同步"))
		jw = 6;
	/* "黄冈市、咸宁市GDP增速同为4.9%": and 同 before 为 */
	else if (jun == NULL && wl >= 6 && lp_at(m->s, k + wl, k, "同为"))
		jw = 3;
	else if (jun == NULL)
		return;
	else
		k = (size_t) (jun - m->s);
	if (jw == 3 && k >= m->lead_start + 3 &&
		(lp_at(m->s, k, k - 3, "年") || lp_at(m->s, k, k - 3, "人") || lp_at(m->s, k, k - 3, "平")))
		return;
	all_names(ss, m, k, jw);
	/* "A增长12%，B、C，均增长12%以上": the clause before names them */
	if (ss->all.n == 0 && lp_skip_separators(m->s, m->lead_start, k) == k &&
		names_clause_before(ss, m, &ss->all))
	{
		m->all_same = 1;
		m->lead_start = k + jw;
		return;
	}
	/* "A、B分别达到33550元、15200元，均增长8.5%": the 分别 list just used up */
	if (ss->all.n < 2 && ss->fenbie.n >= 2 && ss->fenbie.next == ss->fenbie.n &&
		lp_skip_separators(m->s, m->lead_start, k) == k)
	{
		ss->all = ss->fenbie;
		ss->all.next = 0;
	}
	if (ss->all.n < 2 && !names_clauses_same_head(ss, m))
		return;
	m->all_same = 1;
	m->lead_start = k + jw;
}

/*
 * "城乡居民人均可支配收入分别增长6%以上", "A和B分别增长8%": a 分别 list read
 * from the lead with one value after it, up to the clause end, gives that
 * value to every thing it lists, as 均 does (the first alone had it).  A list
 * recalled from figures before (nothing in the lead names it) is left as it is.
 * The values are counted from the lead on, to the clause end (past one a
 * value follows: "6.5%，、7.5%").
 */
void
lp_mention_fenbie_one_value(lp_sentence *ss, lp_mention *m)
{
	if (ss->fenbie.n < 2 || ss->fenbie.next != 0 || ss->aside_list ||
		lp_fenbie_values(m->s, m->lead_start,
						 lp_ahead(m->s, m->slen, m->lead_start, LP_MAX_LOOKBACK), 1) != 1)
		return;
	ss->all = ss->fenbie;
	ss->all.next = 0;
	ss->fenbie.n = ss->fenbie.next = 0;
	m->all_same = 1;
}

/*
 * Does the figure of m end its clause ("…排放量下降3%，…")?  Names joined by 、
 * share it only then: "A、B增长10%、12%" pairs its values (no 分别).
 */
static int
one_figure_ends_clause(const lp_mention *m)
{
	size_t		e = m->q->end;
	int			cl;

	return e >= m->slen || lp_is_clause_end(lp_utf8_next(m->s + e, m->slen - e, &cl)) ||
		lp_is_sentence_end(lp_utf8_next(m->s + e, m->slen - e, &cl));
}

/*
 * "地区生产总值和财政一般预算收入增长10%以上": two whole names joined by
 * 和, 与, 及 or 、 ("二氧化硫、氮氧化物排放量下降3%") before the verb of one
 * figure both have it, as with 均.
 */
void
lp_mention_pair_same(lp_sentence *ss, lp_mention *m)
{
	static const char *const joins[] = {"和", "与", "及", "、"};
	const char *s = m->s;
	size_t		a0 = m->lead_start,
				b = m->lead_end;
	int			k;

	lp_trim(s, &a0, &b);
	/*
	 * every join wants a verb: one ending b (a word fitting after a join
	 * fits the whole lead too) or the quantity's own; asked once, not at
	 * each join (most leads hold a join and no such verb)
	 */
	if (b <= a0 || (lp_words_suffix(LP_W_GROWTH, s + a0, b - a0) == 0 &&
					lp_words_suffix(LP_W_DECLINE, s + a0, b - a0) == 0 &&
					lp_words_suffix(LP_W_RATE_VERB, s + a0, b - a0) == 0 &&
					!(b == m->lead_end &&
					  lp_words_prefix(LP_W_RATE_VERB, s + m->q->start, m->q->end - m->q->start) > 0)))
		return;
	for (k = 0; k < 4; k++)
	{
		const char *p;

		for (p = lp_find3(s + a0, b - a0, joins[k]); p != NULL;
			 p = lp_find3(p + 3, (size_t) (s + b - p - 3), joins[k]))
		{
			int			verb;
			size_t		j = (size_t) (p - s),
						a = lp_after_last(s, a0, j, lp_is_clause_end),
						cb = j,
						n = 0,
						end;

			/* the second name, up to the verb of the figure */
			if ((n = lp_words_suffix(LP_W_GROWTH, s + j + 3, b - j - 3)) == 0 &&
				(n = lp_words_suffix(LP_W_DECLINE, s + j + 3, b - j - 3)) == 0)
				n = lp_words_suffix(LP_W_RATE_VERB, s + j + 3, b - j - 3);
			end = b - n;
			/* or a level's verb ("…和登记失业率稳定在4.3%左右"), the quantity's own */
			verb = n > 0 || (b == m->lead_end &&
							 lp_words_prefix(LP_W_RATE_VERB, s + m->q->start,
											 m->q->end - m->q->start) > 0);
			/* tested before the first name is cleaned (most joins fail here) */
			if (!verb || end <= j + 3 || end - j - 3 > LP_MAX_SUBJECT)
				continue;
			/* the first name with the clause's lead words cleaned off ("今年") */
			lp_subject_clean(s, &a, &cb);
			if (cb != j || j - a > LP_MAX_SUBJECT ||
				lp_indicator_by_suffix(s + a, j - a) == NULL ||
				lp_indicator_by_suffix(s + j + 3, end - j - 3) == NULL ||
				lp_find3(s + a, j - a, "、") != NULL || lp_find3(s + j + 3, end - j - 3, "、") != NULL ||
				(k == 3 && !one_figure_ends_clause(m)))
				continue;
			lp_fenbie_read(&ss->all, s, a, end);
			if (ss->all.n != 2)
				return;
			m->all_same = 1;
			m->lead_start = end;
			return;
		}
	}
}
