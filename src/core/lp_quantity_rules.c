/*
 * lp_quantity_rules.c — when a number in running text is no quantity: the
 * rules of quantity_at (lp_quantity.c), one function each, in a table by
 * phase.  A rule looks at what the stages have found so far (lp_qmention),
 * says whether the number is a year, a date, a code, an ordinal, a name
 * and so on, and when it is, where scanning goes on.  Each rule is named,
 * and test/unit/quantity_rules.c has a sentence for each.
 *
 * The guard of a row (QF_*) is tested before its rule is called, so a rule
 * about digits costs nothing on a Chinese numeral.  Rules apply to running
 * text only, except the rows marked for lp_quantity_parse too.
 */
#include "lp.h"
#include "lp_qty.h"
#include "lp_text.h"
#include "lp_words.h"
#include "lp_period.h"

#include <string.h>

/* Skip a run of code-like characters (letters, digits, . - / + _ :) */
size_t
lp_q_skip_code_run(const char *text, size_t len, size_t p)
{
	while (p < len)
	{
		unsigned char c = (unsigned char) text[p];

		if ((p & 0xFFFF) == 0)
			LP_CHECK_INTERRUPTS();

		if ((c >= '0' && c <= '9') || lp_q_is_alpha(c) || c == '.' ||
			c == '-' || c == '/' || c == '+' || c == '_' || c == ':' ||
			c == '#' || c == '=' || c == '?' || c == '&' || c == '%')
			p++;
		else
			break;
	}
	return p;
}

/*
 * Is the number n at c, with the measure word at [e, ue), the name of a
 * policy by its number of articles (罗湖十条, 惠企三十条, “新十条”,
 * “产业菁英30条”) rather than a count (出台10条措施, 出台十条措施, 新建道
 * 路三条)?  The word lists are q_nonquantity.tsv's name_unit, name_close
 * and count_before.
 */
static int
policy_name(const char *text, size_t len, size_t ls, size_t c, const lp_num *n,
			size_t e, size_t ue)
{
	uint32_t	before;
	lp_qualifier qq;
	size_t		wl;
	int			gap;

	if (n->mag[0] || n->value_hi[0] || n->approx || n->percent_word ||
		lp_nonquantity_at(text, ue, e, LP_NQ_NAME_UNIT) != ue - e)
		return 0;
	/* “金融十条”, “产业菁英30条”: quoted */
	if (lp_nonquantity_at(text, len, ue, LP_NQ_NAME_CLOSE) > 0)
		return 1;
	if (!n->has_cn || n->has_digit)
		return 0;
	before = lp_q_cp_before(text, ls, c);
	if (!lp_is_hanzi(before) || lp_num_start_char(before))
		return 0;
	if (lp_nonquantity_before(text, ls, c, LP_NQ_COUNT_BEFORE) > 0 ||
		lp_qualword_before(text, ls, c, LP_QP_PREFIX, &qq, &wl, &gap) ||
		lp_qualword_before(text, ls, c, LP_QP_BARE, &qq, &wl, &gap))
		return 0;
	return 1;
}

/* ---------- the rules ---------- */

/* Is the run of Latin letters ending at c an indicator's acronym (GDP4408.1亿元)? */
static int
acronym_before(const lp_qmention *m)
{
	size_t		a = m->c;

	while (a > m->ls && ((m->text[a - 1] >= 'A' && m->text[a - 1] <= 'Z') ||
						 (m->text[a - 1] >= 'a' && m->text[a - 1] <= 'z')))
		a--;
	return a < m->c && lp_qword_at_slow(m->text, m->len, a, LP_QW_FIGURE_ACRONYM) == m->c - a;
}

/* PM2.5, LH03, 1+5: digits glued to a code before them */
static int
rule_code_before(lp_qmention *m)
{
	uint32_t	b = m->before;

	if (!(lp_q_is_alpha(b) || lp_q_is_arabic(b) || b == '+' || b == '.' || b == '_'))
		return 0;
	if (lp_q_is_alpha(b) && acronym_before(m))
		return 0;
	m->next = lp_q_skip_code_run(m->text, m->len, m->e);
	return 1;
}

/* 5G基站 written 5GB, 1+5+10+N, 3_a: digits glued to a code after them
 * (a Latin unit such as km is no code) */
static int
rule_code_after(lp_qmention *m)
{
	uint32_t	a = m->after;
	size_t		ul;

	if (!(a == '+' || a == '_' ||
		  (lp_q_is_alpha(a) && lp_unit_at(m->text, m->len, m->e, &ul) == NULL)))
		return 0;
	m->next = lp_q_skip_code_run(m->text, m->len, m->e);
	return 1;
}

/* "2.05∶1", "2.6:1": a ratio to one after the number; the bytes of ":1", or 0 */
static size_t
ratio_to_one(const char *text, size_t len, size_t p)
{
	int			cl;
	uint32_t	c = lp_q_cp_at(text, len, p, &cl);

	if (!(c == ':' || c == 0x2236 || c == 0xFF1A) || p + cl >= len || text[p + cl] != '1')
		return 0;
	c = p + cl + 1 < len ? (unsigned char) text[p + cl + 1] : 0;
	return (c >= '0' && c <= '9') || c == '.' || c == ':' ? 0 : (size_t) cl + 1;
}

/*
 * The start of the level a change came from ending text[ls, e) ("2.05",
 * "2.05:1", "2.05∶1" before 缩小至), or e.
 */
static size_t
ratio_from_level(const char *text, size_t ls, size_t e)
{
	size_t		d = e;

	if (d > ls + 1 && text[d - 1] == '1' && text[d - 2] == ':')
		d -= 2;
	else if (d > ls + 3 && text[d - 1] == '1' &&
			 (memcmp(text + d - 4, "\xE2\x88\xB6", 3) == 0 ||	/* ∶ */
			  memcmp(text + d - 4, "\xEF\xBC\x9A", 3) == 0))	/* ： */
		d -= 4;
	while (d > ls && ((text[d - 1] >= '0' && text[d - 1] <= '9') || text[d - 1] == '.'))
		d--;
	return d < e && text[d] >= '0' && text[d] <= '9' ? d : e;
}

/*
 * A ratio's name and a verb right before the number: "收入倍差缩小到"; or
 * the name, 由 and the level it came from between ("收入比由上年的2.05缩小至")
 */
static int
ratio_named_before(const lp_qmention *m)
{
	size_t		v = m->c > m->ls ? lp_nonquantity_before(m->text, m->ls, m->c, LP_NQ_RATIO_VERB) : 0,
				e,
				from;

	if (m->c - v <= m->ls)
		return 0;
	if (lp_nonquantity_before(m->text, m->ls, m->c - v, LP_NQ_RATIO_NAME) > 0)
		return 1;
	e = m->c - v;
	from = v > 0 ? ratio_from_level(m->text, m->ls, e) : e;
	if (from == e)
		return 0;
	v = lp_nonquantity_before(m->text, m->ls, from, LP_NQ_RATIO_VERB);
	return v > 0 && from - v > m->ls &&
		lp_nonquantity_before(m->text, m->ls, from - v, LP_NQ_RATIO_NAME) > 0;
}

/* 10:20: a time of day */
static int
rule_time_of_day(lp_qmention *m)
{
	int			cl;

	if (!(m->after == ':' || m->after == 0xFF1A))
		return 0;
	/* "2.05:1", and "收入比收窄至2：1" after a ratio's name: a ratio, no time */
	if ((m->n.has_point || ratio_named_before(m)) && ratio_to_one(m->text, m->len, m->e))
		return 0;
	if (!lp_q_is_arabic(lp_q_cp_at(m->text, m->len, m->e + m->after_len, &cl)))
		return 0;
	m->next = lp_q_skip_code_run(m->text, m->len, m->e + m->after_len);
	return 1;
}

/* 2022-4-19, 2022.4.19, 2023/4/5 (the month and day read as a fraction): a date */
static int
rule_date(lp_qmention *m)
{
	lp_num		d;
	int			cl;
	uint32_t	a2;

	if (!(m->after == '-' || m->after == '/' || m->after == '.') ||
		!lp_num_read(m->text, m->len, m->e + 1, &d) || !d.has_digit || d.has_cn)
		return 0;
	a2 = lp_q_cp_at(m->text, m->len, d.end, &cl);
	if (!(d.percent_word == 3 ||
		  ((a2 == '-' || a2 == '/' || a2 == '.') &&
		   lp_q_is_arabic(lp_q_cp_at(m->text, m->len, d.end + 1, &cl)))))
		return 0;
	m->next = lp_q_skip_code_run(m->text, m->len, d.end);
	return 1;
}

/* “三首”, “五分钟”: a Chinese numeral opening a quoted slogan; not a quoted
 * percentage (「百分之五左右」增长目标, a target as Taiwan copy quotes it) */
static int
rule_quoted_slogan(lp_qmention *m)
{
	return (m->before == 0x201C || m->before == 0x300C) && !m->n.percent_word;	/* “ 「 */
}

/* 二〇二三, 七一: Chinese digits read one by one */
static int
rule_digit_sequence(lp_qmention *m)
{
	return m->n.cn_sequence;
}

/* 一批, 二次, 零突破: a lone 一, 二 or 零 (百分之二 is a percentage) */
static int
rule_lone_digit(lp_qmention *m)
{
	return m->n.cn_single && !m->n.percent_word;
}

/* 03-14, 007: an integer with a leading zero */
static int
rule_leading_zero(lp_qmention *m)
{
	return m->n.leading_zero && !m->n.has_point;
}

/* 第十五届, 每万人, 周一: a word before the number (q_nonquantity.tsv before) */
static int
rule_word_before(lp_qmention *m)
{
	return lp_nonquantity_before(m->text, m->ls, m->c, LP_NQ_BEFORE) > 0;
}

/* Is there a percent sign at p (%, ％)?  Its length, 0 if none. */
static size_t
percent_at(const char *text, size_t len, size_t p)
{
	if (p < len && text[p] == '%')
		return 1;
	return p + 3 <= len && lp_same(text + p, "％", 3) ? 3 : 0;
}

/* Does text[ls, q) end with a verb of a share of a base (恢复到, 相当于)? */
static int
base_verb_before(const char *t, size_t ls, size_t q)
{
	static const char *const verbs[] = {"恢复到", "恢复至", "相当于"};
	int			i;

	for (i = 0; i < 3; i++)
		if (q >= ls + 9 && memcmp(t + q - 9, verbs[i], 9) == 0)
			return 1;
	return 0;
}

/*
 * 恢复到2029年的113%、119%: a percentage of a base year's level (恢复到 or
 * 相当于, a year in digits or 去/前, then 年的, 年同期的 or 年水平的) is no
 * level of that year, nor the percentages listed after it with 、.  由2020年的
 * 58.7%提升到… is a level: no such verb.
 */
static int
rule_base_year_share(lp_qmention *m)
{
	static const char *const tails[] = {"年同期的", "年水平的", "年的"};
	const char *t = m->text;
	size_t		p = m->c,
				q;
	int			i;

	if (percent_at(t, m->len, m->n.end) == 0)
		return 0;
	/* back over earlier items "113%、" of the same list */
	while (p >= m->ls + 3 && lp_same(t + p - 3, "、", 3))
	{
		q = p - 3;
		if (q >= m->ls + 3 && lp_same(t + q - 3, "％", 3))
			q -= 3;
		else if (q > m->ls && t[q - 1] == '%')
			q -= 1;
		else
			return 0;
		while (q > m->ls && ((t[q - 1] >= '0' && t[q - 1] <= '9') || t[q - 1] == '.'))
			q--;
		p = q;
	}
	for (i = 0; i < 3; i++)
	{
		size_t		tl = strlen(tails[i]);

		if (p < m->ls + tl + 3 || memcmp(t + p - tl, tails[i], tl) != 0)
			continue;
		q = p - tl;				/* q ends before 年 */
		if (lp_same(t + q - 3, "去", 3) || lp_same(t + q - 3, "前", 3))
			q -= 3;
		else
			while (q > m->ls && t[q - 1] >= '0' && t[q - 1] <= '9')
				q--;
		return q != p - tl && base_verb_before(t, m->ls, q);
	}
	return 0;
}

/* 九年一贯制, 一带一路: a phrase starting at the number (phrase); 十分 and
 * 万分 are no phrase in 十分之一 */
static int
rule_phrase(lp_qmention *m)
{
	size_t		sl;

	if (m->n.percent_word == 3 ||
		(sl = lp_nonquantity_at(m->text, m->len, m->c, LP_NQ_PHRASE)) == 0)
		return 0;
	m->next = m->c + sl;
	return 1;
}

/* 三大枢纽, 两级, 11号线, 4.0版, 4月, 40周年: a word after the number
 * (after), unless a longer unit starts there, or a unit after a note mark */
static int
rule_word_after(lp_qmention *m)
{
	size_t		al = lp_nonquantity_at(m->text, m->len, m->e, LP_NQ_AFTER),
				ul;

	if (al == 0 || (m->u != NULL && al < m->ul))
		return 0;
	/* "4.53*万人" in a PDF's text: a provisional figure's note mark, not a product (3*5) */
	if (m->text[m->e] == '*' && lp_unit_at(m->text, m->len, m->e + 1, &ul) != NULL)
		return 0;
	/*
	 * "5万亿台阶", "迈上两千亿台阶": the word takes the unit (台), the
	 * amount in 万/亿 stays, in digits or in Chinese numerals
	 */
	if (m->u != NULL && m->n.mag[0])
	{
		m->u = NULL;
		m->ul = 0;
		return 0;
	}
	/* "突破1000亿大关", "千亿大关": a threshold (大关) is no tier (三大) */
	if (m->n.mag[0] && lp_words_prefix(LP_W_THRESHOLD, m->text + m->e, m->len - m->e) > 0)
		return 0;
	m->next = m->e + al;
	return 1;
}

/* 一期, 十九届: phases and sessions written in Chinese (cn_after) */
static int
rule_cn_word_after(lp_qmention *m)
{
	size_t		al = lp_nonquantity_at(m->text, m->len, m->e, LP_NQ_CN_AFTER);

	if (al == 0 || (m->u != NULL && al < m->ul))
		return 0;
	m->next = m->e + al;
	return 1;
}

/* 2025-2026年, 2021-2025: two years joined by a range separator */
static int
rule_year_range(lp_qmention *m)
{
	if (!m->has_n2 || m->is_range || !lp_q_looks_like_year(&m->n) ||
		!lp_q_looks_like_year(&m->n2))
		return 0;
	m->next = m->n2.end + m->ul2;
	return 1;
}

/* 万元GDP, 亿元楼: a bare 万/亿 is no number, unless qualified (近万人, 上亿元) */
static int
rule_bare_magnitude(lp_qmention *m)
{
	int			cl;
	uint32_t	c0 = lp_q_cp_at(m->text, m->len, m->c, &cl);
	lp_qualifier q;
	size_t		wl;
	int			gap;

	if ((c0 != 0x4E07 && c0 != 0x4EBF) ||	/* 万 亿 */
		lp_qualword_before(m->text, m->ls, m->c, LP_QP_PREFIX, &q, &wl, &gap) ||
		lp_qualword_before(m->text, m->ls, m->c, LP_QP_BARE, &q, &wl, &gap))
		return 0;
	m->next = m->ue;
	return 1;
}

/* 百亿元级, 10亿级: a size class (after_unit) */
static int
rule_size_class(lp_qmention *m)
{
	if (lp_nonquantity_at(m->text, m->len, m->ue, LP_NQ_AFTER_UNIT) == 0)
		return 0;
	m->next = m->ue;
	return 1;
}

/* 未来5-10年, 过去五年, 医改6年来: a span of time from or up to now
 * (duration_before, duration_after), the range with it, not a quantity
 * of the subject; 用4个月完成 is one */
static int
rule_duration(lp_qmention *m)
{
	if (lp_q_unit_is_year(m->u) && lp_q_looks_like_year(&m->n))
		return 0;				/* 2021年以来: a year (rule year) */
	/*
	 * The rule runs in two phases (range, unit); the words it looks for
	 * stand around the number, which no phase moves: looked for once.
	 */
	if (m->no_duration_words)
		return 0;
	if (lp_nonquantity_before(m->text, m->ls, m->c, LP_NQ_DURATION_BEFORE) == 0 &&
		lp_nonquantity_at(m->text, m->len, m->e, LP_NQ_DURATION_AFTER) == 0)
	{
		m->no_duration_words = 1;
		return 0;
	}
	m->next = m->ue;
	return 1;
}

/* 建成3座 is a count, 共有3 is not: no unit, and no 万/亿 written in digits
 * that a money clause could make an amount */
static int
rule_no_unit(lp_qmention *m)
{
	size_t		r;

	if (m->u != NULL || (m->n.mag[0] && !m->n.has_cn))
		return 0;
	/* "迈过千亿大关": 万/亿 in words before a threshold, an amount too */
	if (m->n.mag[0] && lp_words_prefix(LP_W_THRESHOLD, m->text + m->e, m->len - m->e) > 0)
		return 0;
	/* "突破千亿、达到1050亿元": or after the verb that crosses it */
	if (m->n.mag[0] && m->n.has_cn && m->c > m->ls &&
		lp_words_suffix(LP_W_THRESHOLD_VERB, m->text + m->ls, m->c - m->ls) > 0)
		return 0;
	/* 城乡居民收入比2.05∶1: a ratio, with no unit */
	if (!m->n.has_cn && !m->n.mag[0] && (r = ratio_to_one(m->text, m->len, m->e)) > 0)
	{
		m->ue = m->e + r;
		return 0;
	}
	/* 城乡居民收入倍差缩小到1.58: a ratio named just before, with no unit */
	if (m->n.has_point && !m->n.has_cn && ratio_named_before(m))
		return 0;
	return 1;
}

/*
 * Digits of a list run together, its marks lost ("第一、二、三产业增加值分别为
 * 31245128753466亿元" for 3124、51287、53466亿元, a page that dropped every
 * 、): no amount is written with more than RUN_TOGETHER_DIGITS integer
 * digits before 万 or 亿 (a country's product is seven before 亿元), so it is
 * no quantity, and the list is not given one value for each of its things.
 */
#define RUN_TOGETHER_DIGITS 10

static int
rule_run_together(lp_qmention *m)
{
	return m->n.int_digits > RUN_TOGETHER_DIGITS &&
		(m->n.mag[0] != '\0' || lp_at(m->text, m->len, m->e, "亿") || lp_at(m->text, m->len, m->e, "万"));
}

/* The number ends a year of digits of mixed kinds ("二00八年": 八 is no count of years). */
static int
ends_mixed_year(const lp_qmention *m)
{
	size_t		from = m->c > m->ls + 12 ? m->c - 12 : m->ls,
				at;

	return !m->n.has_point && m->ue <= m->len &&
		lp_find_year(m->text + from, m->ue - from, &at) != 0 && from + at < m->c;
}

/* What may stand before a clause: its punctuation, full width or ASCII (a copy's "…8.5%;500万元以上…"). */
static int
clause_opening(uint32_t c)
{
	return c == 0 || c == ' ' || c == 0xFF0C || c == 0x3002 || c == 0xFF1B || c == 0xFF1A ||
		c == 0x3001 || c == ',' || c == ';' || c == ':';
}

/* A scope word (words.tsv calibre_subject: 全县, 其中) between the clause's start and the amount? */
static int
after_calibre_subject(const lp_qmention *m)
{
	size_t		w = m->c > m->ls ? lp_words_suffix(LP_W_CALIBRE_SUBJECT, m->text + m->ls, m->c - m->ls) : 0;
	int			cl;

	if (w == 0)
		return 0;
	if (m->c - w == m->ls)
		return 1;
	return clause_opening(lp_utf8_next(m->text + lp_prev_char(m->text, m->c - w), 4, &cl));
}

/*
 * 500万元以上固定资产投资: an amount and 以上 opening its clause (or after a
 * scope word opening it: 全县500万元以上…), before the name it classes, is
 * the calibre of the figure that follows (the size of the projects
 * counted), not a figure of its own.
 */
static int
rule_calibre(lp_qmention *m)
{
	size_t		e = m->ue;
	uint32_t	next;
	int			n;

	if (m->u == NULL || strcmp(m->u->name, "%") == 0 ||
		!(clause_opening(m->before) || after_calibre_subject(m)))
		return 0;
	if (!(e + 6 < m->len && (memcmp(m->text + e, "以上", 6) == 0 || memcmp(m->text + e, "以下", 6) == 0)))
		return 0;
	next = lp_utf8_next(m->text + e + 6, m->len - e - 6, &n);
	if (!(next >= 0x4E00 && next <= 0x9FFF) || next == 0x548C /* 和 */ || next == 0x6216 /* 或 */)
		return 0;
	m->next = e + 6;
	return 1;
}

/* 2021年: a year */
static int
rule_year(lp_qmention *m)
{
	if (!lp_q_unit_is_year(m->u) || (!lp_q_looks_like_year(&m->n) && !ends_mixed_year(m)))
		return 0;
	m->next = m->ue;
	return 1;
}

/* 三项工程, 六个一: a Chinese count that names a programme (cn_after_unit) */
static int
rule_cn_name(lp_qmention *m)
{
	if (!m->n.has_cn || m->u == NULL ||
		lp_nonquantity_at(m->text, m->len, m->ue, LP_NQ_CN_AFTER_UNIT) == 0)
		return 0;
	m->next = m->ue;
	return 1;
}

/* 罗湖十条, “产业菁英30条”: a policy named by its number of articles */
static int
rule_policy_name(lp_qmention *m)
{
	if (m->u == NULL || !policy_name(m->text, m->len, m->ls, m->c, &m->n, m->e, m->ue))
		return 0;
	m->next = m->ue;
	return 1;
}

/* 再上一个百亿台阶: a step's size (lp_quantity_step.c) */
static int
rule_step_size(lp_qmention *m)
{
	return lp_q_step_size(m);
}

/* 3个100%, 两个一流: 个 followed by another number is a numbered phrase */
static int
rule_numbered_phrase(lp_qmention *m)
{
	int			cl;
	lp_num		k;
	size_t		kl = 0;

	if (m->u == NULL || strcmp(m->u->name, "个") != 0 ||
		!lp_num_start_char(lp_q_cp_at(m->text, m->len, m->ue, &cl)))
		return 0;
	if (lp_num_read(m->text, m->len, m->ue, &k))
	{
		lp_unit_at(m->text, m->len, k.end, &kl);
		m->next = k.end + kl;
	}
	else
		m->next = m->ue;
	return 1;
}

/* ---------- the table ---------- */

/* guards: what a mention must be for a rule to be tried */
#define QF_STRICT	0x01		/* in running text (not lp_quantity_parse) */
#define QF_DIGIT	0x02		/* written with Arabic digits */
#define QF_CN_ONLY	0x04		/* written with Chinese numerals only */
#define QF_BARE_MAG 0x08		/* a magnitude without a digit (万元, 百亿) */
#define QF_SINGLE	0x10		/* one number, not a range */

typedef struct qrule
{
	const char *name;
	int			(*reject) (lp_qmention *m);	/* 1: no quantity; m->next set */
	unsigned	when;			/* QF_* the mention must have */
} qrule;

/*
 * The rules of each phase in order, as X(name, guards) rows: the rule
 * function is rule_<name>.  The rows make both the table (qrule, for
 * lp_qrule_info and the tests) and the phase's runner, which tries them in
 * order as plain calls the compiler inlines (a loop over function pointers
 * cost 3 % of the scan).
 */
#define NUMBER_RULES(X) \
	X(code_before, QF_STRICT | QF_DIGIT) \
	X(code_after, QF_STRICT | QF_DIGIT) \
	X(time_of_day, QF_STRICT | QF_DIGIT) \
	X(date, QF_STRICT | QF_DIGIT) \
	X(quoted_slogan, QF_STRICT | QF_CN_ONLY) \
	X(digit_sequence, QF_STRICT) \
	X(lone_digit, QF_STRICT) \
	X(leading_zero, QF_STRICT) \
	X(word_before, QF_STRICT) \
	X(base_year_share, QF_STRICT) \
	X(phrase, QF_STRICT)

#define WORD_RULES(X) \
	X(step_size, QF_STRICT) \
	X(word_after, QF_STRICT) \
	X(cn_word_after, QF_STRICT | QF_CN_ONLY)

/* bare_magnitude applies to lp_quantity_parse too */
#define RANGE_RULES(X) \
	X(year_range, QF_STRICT) \
	X(bare_magnitude, QF_BARE_MAG) \
	X(size_class, QF_STRICT) \
	X(duration, QF_STRICT)

#define UNIT_RULES(X) \
	X(no_unit, QF_STRICT | QF_SINGLE) \
	X(run_together, QF_STRICT | QF_DIGIT | QF_SINGLE) \
	X(year, QF_STRICT | QF_SINGLE) \
	X(calibre, QF_STRICT | QF_SINGLE) \
	X(duration, QF_STRICT | QF_SINGLE) \
	X(cn_name, QF_STRICT | QF_SINGLE) \
	X(policy_name, QF_STRICT | QF_SINGLE) \
	X(numbered_phrase, QF_STRICT | QF_SINGLE)

#define ROW(name, when) {#name, rule_##name, when},
#define TRY(name, when) \
	if (((when) & g) == (when) && rule_##name(m)) \
		return #name;

static const qrule number_rules[] = {NUMBER_RULES(ROW)};
static const qrule word_rules[] = {WORD_RULES(ROW)};
static const qrule range_rules[] = {RANGE_RULES(ROW)};
static const qrule unit_rules[] = {UNIT_RULES(ROW)};

#define N_RULES(t) ((int) (sizeof(t) / sizeof((t)[0])))

static const struct
{
	const qrule *rules;
	int			n;
}			phases[LP_QR_PHASES] = {
	[LP_QR_NUMBER] = {number_rules, N_RULES(number_rules)},
	[LP_QR_WORD] = {word_rules, N_RULES(word_rules)},
	[LP_QR_RANGE] = {range_rules, N_RULES(range_rules)},
	[LP_QR_UNIT] = {unit_rules, N_RULES(unit_rules)},
};

static inline unsigned
guards_of(const lp_qmention *m)
{
	unsigned	g = 0;

	if (!m->lenient)
		g |= QF_STRICT;
	if (m->n.has_digit)
		g |= QF_DIGIT;
	else if (m->n.has_cn)
		g |= QF_CN_ONLY;
	if (m->n.bare_mag && !m->n.has_digit)
		g |= QF_BARE_MAG;
	if (!m->is_range)
		g |= QF_SINGLE;
	return g;
}

const char *
lp_qrules_run(lp_qmention *m, lp_qphase phase)
{
	unsigned	g;

	/* what the guards test is known once the number is read, but a range */
	if (phase == LP_QR_NUMBER)
		m->guards = guards_of(m);
	else if (m->is_range)
		m->guards &= ~QF_SINGLE;
	g = m->guards;

	switch (phase)
	{
		case LP_QR_NUMBER:
			NUMBER_RULES(TRY);
			break;
		case LP_QR_WORD:
			WORD_RULES(TRY);
			break;
		case LP_QR_RANGE:
			RANGE_RULES(TRY);
			break;
		case LP_QR_UNIT:
			UNIT_RULES(TRY);
			break;
		case LP_QR_PHASES:
			break;
	}
	return NULL;
}

int
lp_qrule_info(int i, const char **name, lp_qphase *phase)
{
	int			p;

	for (p = 0; p < LP_QR_PHASES; p++)
	{
		if (i < phases[p].n)
		{
			*name = phases[p].rules[i].name;
			*phase = (lp_qphase) p;
			return 1;
		}
		i -= phases[p].n;
	}
	return 0;
}
