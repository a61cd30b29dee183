/*
 * lp_session_year.c — the year of a congress session a text names.
 * Wire copy of the 两会 often names no year at all, only the session:
 * "3月5日，十四届全国人大二次会议在北京开幕…今年发展主要预期目标是…".  The
 * National People's Congress and the CPPCC's National Committee meet once a
 * year, so a term's first year (congresses.tsv) and the session's number
 * give the year: 2023 + 2 - 1 = 2024.  The forms read:
 *
 *   [第]十四届全国人大[第]二次会议      body after the term
 *   全国政协十四届二次会议              body before the term
 *   政协第十四届全国委员会第二次会议
 *   福建省[第]十三届人大[第]六次会议    a province's congress: its region's
 *                                       name before the term, and only a
 *                                       session congresses.tsv dates (a
 *                                       province may hold an extra session
 *                                       in a year, so its numbers count none)
 *
 * A standing committee's meeting ("十四届全国人大常委会第八次会议") is not a
 * session: the session's number must follow the body's name.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_data.h"
#include "lp_ordinal.h"
#include "lp_period.h"
#include "lp_session_year.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdlib.h>
#include <string.h>

#define MAX_TERMS LP_DATA_MAX_CONGRESSES	/* check-data holds the file to it */
#define MAX_SESSION 5			/* a term meets once a year for five years */
#define MAX_LOCAL_SESSIONS LP_DATA_MAX_SESSIONS	/* the sessions of known year a local row
												 * lists; check-data holds them to it */

enum
{
	BODY_NPC, BODY_CPPCC, BODY_CPC, BODY_LOCAL	/* the order of congresses.tsv's body names */
};

static struct
{
	int			body;			/* BODY_NPC, BODY_CPPCC, BODY_CPC or BODY_LOCAL */
	int			term;
	int			first_year;
	const char *region;			/* BODY_LOCAL: the region's short name (福建) */
	size_t		region_len;
	int			n_sessions;		/* BODY_LOCAL: the sessions of known year */
	int			session[MAX_LOCAL_SESSIONS];
	int			year[MAX_LOCAL_SESSIONS];
}			terms[MAX_TERMS];
static int	n_terms = -1;

/* Read a local row's "1=2018 3=2020" into terms[k]. */
static void
load_sessions(int k, const char *f, size_t len)
{
	size_t		i = 0;

	terms[k].n_sessions = 0;
	while (i < len && terms[k].n_sessions < MAX_LOCAL_SESSIONS)
	{
		char	   *end;
		long		session,
					year;

		while (i < len && f[i] == ' ')
			i++;
		if (i >= len)
			break;
		session = strtol(f + i, &end, 10);
		if (end == f + i || (size_t) (end - f) >= len || *end != '=')
			return;
		i = (size_t) (end - f) + 1;
		year = strtol(f + i, &end, 10);
		if (end == f + i || (size_t) (end - f) > len)
			return;
		i = (size_t) (end - f);
		terms[k].session[terms[k].n_sessions] = (int) session;
		terms[k].year[terms[k].n_sessions++] = (int) year;
	}
}

static void
load_terms(void)
{
	lp_data_iter it;

	n_terms = 0;
	lp_data_open(&it, LP_DATA_CONGRESSES);
	while (n_terms < MAX_TERMS && lp_data_next(&it, NULL) > 0)
	{
		terms[n_terms].body = (int) it.row.val[0];
		terms[n_terms].term = atoi(it.row.f[1]);
		terms[n_terms].first_year = atoi(it.row.f[2]);
		terms[n_terms].region = NULL;
		terms[n_terms].region_len = 0;
		terms[n_terms].n_sessions = 0;
		if (terms[n_terms].body == BODY_LOCAL)
		{
			if (it.row.nf < 5 || it.row.len[3] == 0)
				continue;
			terms[n_terms].region = it.row.f[3];
			terms[n_terms].region_len = it.row.len[3];
			load_sessions(n_terms, it.row.f[4], it.row.len[4]);
		}
		/* a Party congress's row may list its plenums of known year */
		else if (terms[n_terms].body == BODY_CPC && it.row.nf >= 5)
			load_sessions(n_terms, it.row.f[4], it.row.len[4]);
		n_terms++;
	}
}

/* The year congresses.tsv lists for plenum m of Party congress term, 0 if none. */
static int
plenum_listed_year(int term, int m)
{
	int			k,
				j;

	for (k = 0; k < n_terms; k++)
		if (terms[k].body == BODY_CPC && terms[k].term == term)
			for (j = 0; j < terms[k].n_sessions; j++)
				if (terms[k].session[j] == m)
					return terms[k].year[j];
	return 0;
}

static int
first_year_of(int body, int term)
{
	int			k;

	if (n_terms < 0)
		load_terms();
	for (k = 0; k < n_terms; k++)
		if (terms[k].body == body && terms[k].term == term)
			return terms[k].first_year;
	return 0;
}

/*
 * The year of session `session` of the local congress of term `term` whose
 * region's short name ends s[0, end), followed at most by 省, 市 or 自治区
 * ("福建省第十三届"), 0 if congresses.tsv dates none.
 */
static int
local_year_of(const char *s, size_t end, int term, int session)
{
	static const char *const tails[] = {"", "省", "市", "自治区", NULL};
	int			k,
				j,
				t;

	if (n_terms < 0)
		load_terms();
	for (k = 0; k < n_terms; k++)
	{
		if (terms[k].body != BODY_LOCAL || terms[k].term != term)
			continue;
		for (t = 0; tails[t]; t++)
		{
			size_t		tl = strlen(tails[t]),
						rl = terms[k].region_len;

			if (end < tl + rl || memcmp(s + end - tl, tails[t], tl) != 0 ||
				memcmp(s + end - tl - rl, terms[k].region, rl) != 0)
				continue;
			for (j = 0; j < terms[k].n_sessions; j++)
				if (terms[k].session[j] == session)
					return terms[k].year[j];
		}
	}
	return 0;
}

/*
 * "1月19日上午，市四届人大二次会议在市人民大礼堂开幕" in a municipality's paper:
 * the term comes after a bare 市 or 省 (s[start - 3, start), nothing of a name
 * before it), and the region is the one local row of that term and session
 * whose name the head writes with that word ("中共重庆市委"); 0 if none or
 * more than one.
 */
static int
local_year_of_bare(const char *s, size_t len, size_t start, int term, int session)
{
	int			k,
				j,
				year = 0,
				found = 0;
	size_t		p;
	char		name[32];

	if (start < 3 || !(lp_same(s + start - 3, "市", 3) || lp_same(s + start - 3, "省", 3)))
		return 0;
	/* nothing of a name before the word: the text's start, a space or punctuation */
	p = start - 3;
	if (p > 0)
	{
		size_t		q = lp_prev_char(s, p);
		int			n;
		uint32_t	cp = lp_utf8_next(s + q, p - q, &n);

		if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= '0' && cp <= '9') ||
			((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z'))
			return 0;
	}
	if (n_terms < 0)
		load_terms();
	for (k = 0; k < n_terms; k++)
	{
		if (terms[k].body != BODY_LOCAL || terms[k].term != term ||
			terms[k].region_len + 3 >= sizeof(name))
			continue;
		memcpy(name, terms[k].region, terms[k].region_len);
		memcpy(name + terms[k].region_len, s + start - 3, 3);
		if (memmem(s, len, name, terms[k].region_len + 3) == NULL)
			continue;
		for (j = 0; j < terms[k].n_sessions; j++)
			if (terms[k].session[j] == session)
			{
				year = terms[k].year[j];
				found++;
			}
	}
	return found == 1 ? year : 0;
}

/*
 * Is cp a character of a small number (十四, 14)?  A term is never numbered
 * in the financial forms: 陆 is 大陆's ("大陆十四届全国人大" is the 14th).
 */
static int
number_char(uint32_t cp)
{
	return (cp >= '0' && cp <= '9') || cp == 0x5341 ||	/* 十 */
		(lp_cn_digit(cp) >= 0 && !lp_cn_financial_digit(cp));
}

/* The number ending at s[i] (十四 of 十四届): its value, *start where it begins; 0 if none. */
static int
number_before(const char *s, size_t i, size_t *start)
{
	size_t		p = i;
	int			k,
				n,
				v = 0;

	for (k = 0; k < 4 && p > 0; k++)
	{
		size_t		q = lp_prev_char(s, p);

		if (!number_char(lp_utf8_next(s + q, p - q, &n)))
			break;
		p = q;
	}
	if (p == i || lp_ordinal_at(s, i, p, &v) != i - p)
		return 0;
	*start = p >= 3 && lp_same(s + p - 3, "第", 3) ? p - 3 : p;
	return v;
}

/* Which body's name ends at s[i] or starts there: BODY_NPC or BODY_CPPCC; its length in *n, -1 if none. */
static int
body_before(const char *s, size_t i, size_t *n)
{
	if ((*n = lp_words_suffix(LP_W_CONGRESS_NPC, s, i)) > 0)
		return BODY_NPC;
	if ((*n = lp_words_suffix(LP_W_CONGRESS_CPPCC, s, i)) > 0)
		return BODY_CPPCC;
	return -1;
}

static int
body_after(const char *s, size_t len, size_t i, size_t *n)
{
	if ((*n = lp_words_prefix(LP_W_CONGRESS_NPC, s + i, len - i)) > 0)
		return BODY_NPC;
	if ((*n = lp_words_prefix(LP_W_CONGRESS_CPPCC, s + i, len - i)) > 0)
		return BODY_CPPCC;
	return -1;
}

/* The session's number at s[i] ("[第]二次会议"), 0 if none. */
static int
session_at(const char *s, size_t len, size_t i)
{
	int			v = 0;
	size_t		n;

	if (lp_at(s, len, i, "第"))
		i += 3;
	n = lp_ordinal_at(s, len, i, &v);
	if (n == 0 || !lp_at(s, len, i + n, "次会议"))
		return 0;
	return v;
}

/* The year of the session whose term's 届 is at s[jie], 0 if none. */
static int
session_year_at(const char *s, size_t len, size_t jie, int *local)
{
	size_t		start,
				n,
				after = jie + 3;
	int			term = number_before(s, jie, &start),
				body,
				session,
				first;

	if (term == 0)
		return 0;
	if ((body = body_after(s, len, after, &n)) >= 0)
		after += n;
	else if ((body = body_before(s, start, &n)) < 0)
	{
		/* "福建省十三届人大五次会议": a province's congress */
		if ((n = lp_words_prefix(LP_W_CONGRESS_LOCAL, s + after, len - after)) == 0)
			return 0;
		session = session_at(s, len, after + n);
		*local = 1;
		if (session <= 0)
			return 0;
		first = local_year_of(s, start, term, session);
		return first ? first : local_year_of_bare(s, len, start, term, session);
	}
	session = session_at(s, len, after);
	if (session < 1 || session > MAX_SESSION || (first = first_year_of(body, term)) == 0)
		return 0;
	return first + session - 1;
}

/* The first session of known year: its year, *local whether a province's. */
static int
first_session_year(const char *s, size_t len, int *local)
{
	const char *p = s;

	*local = 0;
	while ((p = lp_find3(p, (size_t) (s + len - p), "届")) != NULL)
	{
		int			y;

		*local = 0;
		if ((y = session_year_at(s, len, (size_t) (p - s), local)) != 0)
			return y;
		p += 3;
	}
	return 0;
}

int
lp_session_year(const char *s, size_t len)
{
	int			local;

	return first_session_year(s, len, &local);
}

int
lp_national_session_year(const char *s, size_t len)
{
	int			local,
				y = first_session_year(s, len, &local);

	return local ? 0 : y;
}

int
lp_plan_report_draft_year(const char *s, size_t len)
{
	const char *w = memmem(s, len, "计划执行情况", strlen("计划执行情况"));
	size_t		a,
				b,
				wat,
				at = 0;
	int			reviewed;

	if (w == NULL)
		return 0;
	wat = (size_t) (w - s);
	lp_line_sentence_around(s, len, wat, &a, &b);
	reviewed = lp_find_year(s + a, wat - a, &at);
	if (reviewed == 0 || lp_find_year(w, b - wat, &at) != reviewed + 1)
		return 0;
	return reviewed + 1;
}

/*
 * lp_plan_report_draft_year for a head whose sentence a page width may have
 * broken ("…关于某省2024年⏎国民经济和社会发展计划执行情况与2025年…"): the
 * last year before 计划执行情况 within WRAP_BACK bytes and its sentence (to
 * the 。 before it, across line breaks), and the next year after it.
 */
#define WRAP_BACK 240

static int
plan_draft_year_wrapped(const char *s, size_t len)
{
	const char *w = memmem(s, len, "计划执行情况", strlen("计划执行情况")),
			   *e;
	size_t		wat,
				a,
				from,
				at = 0;
	int			y,
				reviewed = 0;

	if (w == NULL)
		return lp_plan_report_draft_year(s, len);
	wat = (size_t) (w - s);
	a = wat > WRAP_BACK ? wat - WRAP_BACK : 0;
	for (from = wat; from >= a + 3; from--)
		if (lp_same(s + from - 3, "。", 3))
			break;
	if (from < a + 3)
		from = a;
	while (from < wat && (y = lp_find_year(s + from, wat - from, &at)) != 0)
	{
		reviewed = y;
		from += at + 1;
	}
	e = lp_find3(w, len - wat, "。");
	if (reviewed == 0 || lp_find_year(w, e ? (size_t) (e - w) : len - wat, &at) != reviewed + 1)
		return lp_plan_report_draft_year(s, len);
	return reviewed + 1;
}

int
lp_session_year_agreeing(const char *s, size_t len)
{
	int			y = lp_session_year(s, len),
				draft = y != 0 ? plan_draft_year_wrapped(s, len) : 0;

	return draft != 0 && draft != y ? 0 : y;
}

/*
 * The Party congress whose 精神 a stage names: "党的十八大精神" (or "十八大
 * 精神", "党的二十大") ending s[0, len), looked for from the end: the year it
 * met (congresses.tsv cpc), 0 if none.
 */
int
lp_party_congress_year(const char *s, size_t len)
{
	size_t		p = len;

	while (p >= 3)
	{
		size_t		at = lp_prev_char(s, p),
					start;
		int			term;

		p = at;
		if (len - at < 3 || memcmp(s + at, "大", 3) != 0 ||
			(term = number_before(s, at, &start)) == 0)
			continue;
		if ((start >= 6 && memcmp(s + start - 6, "党的", 6) == 0) ||
			lp_at(s, len, at + 3, "精神"))
			return first_year_of(BODY_CPC, term);
	}
	return 0;
}

/* Is cp a Chinese numeral of a plenum (一 to 九)? */
static int
plenum_digit(uint32_t cp)
{
	int			d = lp_cn_digit(cp);

	return d >= 1 && d <= 9 ? d : 0;
}

/*
 * The year of the last plenum of a list "十九届二中、三中、四中全会" whose
 * 中全会 is at s[at]: the congress's year (congresses.tsv cpc) and the
 * plenum's number.  The first and second plenums meet in the congress's
 * autumn and the winter after it, the third within the next year, each
 * later one a year after the one before (16th to 19th congresses); a row
 * listing its plenums' years overrides that (the 20th's third met in 2024).
 */
static int
plenum_year_at(const char *s, size_t at)
{
	size_t		p,
				q,
				start;
	int			n,
				m,
				term,
				first,
				y;

	if (at < 3 || (m = plenum_digit(lp_utf8_next(s + at - 3, 3, &n))) == 0)
		return 0;
	/* back over "二中、三中、" to 届, at most eight characters */
	for (p = at - 3, q = 0; q < 8 && p >= 3; q++)
	{
		size_t		b = lp_prev_char(s, p);
		uint32_t	cp = lp_utf8_next(s + b, p - b, &n);

		if (cp == 0x5C4A)		/* 届 */
			break;
		if (!plenum_digit(cp) && cp != 0x4E2D && cp != 0x3001 && cp != 0x548C)	/* 中 、 和 */
			return 0;
		p = b;
	}
	if (p < 3 || !lp_same(s + p - 3, "届", 3) || (term = number_before(s, p - 3, &start)) == 0 ||
		(first = first_year_of(BODY_CPC, term)) == 0)
		return 0;
	/* the 20th's third plenum met in 2024, not within the year after its first */
	if ((y = plenum_listed_year(term, m)) != 0)
		return y;
	return first + (m == 1 ? 0 : m <= 3 ? 1 : m - 2);
}

int
lp_party_plenum_year(const char *s, size_t len, size_t *at)
{
	const char *w;
	size_t		from = 0;
	int			y;

	while ((w = memmem(s + from, len - from, "中全会", strlen("中全会"))) != NULL)
	{
		from = (size_t) (w - s) + 3;
		if ((y = plenum_year_at(s, (size_t) (w - s))) != 0)
		{
			*at = (size_t) (w - s);
			return y;
		}
	}
	return 0;
}
