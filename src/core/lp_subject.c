/*
 * lp_subject.c — what a number measures: the subject of a mention.
 *
 * The subject is the noun phrase before the number ("新增学位4290个" → 学位)
 * or, when that names nothing, the thing counted after its measure word
 * ("新增2家百亿级企业" → 百亿级企业).  A bare "增长11.6%" inherits the subject
 * of its clause (lp_mention.c), and 分别 distributes values over the
 * subjects it lists.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif
#include "lp.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_period.h"
#include "lp_qty.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <ctype.h>
#include <string.h>

#define STREAK_VERB_BYTES (4 * 3)	/* the verb after a streak: 稳定在, 保持在 */

/*
 * Cleaning a subject strips one thing at a time from either end, rule by
 * rule, until no rule applies.  Each rule narrows s[*a, *b) and returns 1,
 * or returns 0.
 */
/*
 * A quote mark opening a subject: “”, "", and those a title is quoted with in
 * front matter and traditional text ('GDP增长目标为何设为5.5%左右', 「…」, 『…』,
 * ‘…’).  Their closing marks close nothing once the opening one is gone
 * (unopened_close).
 */
static int
is_quote(uint32_t cp)
{
	return cp == 0x201C || cp == 0x201D || cp == '"' || cp == '\'' || cp == 0x2018 ||
		cp == 0x2019 || cp == 0x300C || cp == 0x300D || cp == 0x300E || cp == 0x300F;
}

/* Quotes, separators and 《 open nothing: "、“" */
static int
strip_open_punct(const char *s, size_t *a, size_t *b)
{
	int			cl;
	uint32_t	cp = lp_utf8_next(s + *a, *b - *a, &cl);

	if (!(lp_is_clause_end(cp) || lp_is_list_sep(cp) || is_quote(cp) || cp == 0x300A))
		return 0;
	*a += cl;
	return 1;
}

/*
 * Is cp at s[p] a closing 」, 』, ’ or ' whose opening mark s[a, p) does not
 * hold ("『死守』" once 『 is stripped; "筹建「…基地」" keeps both)?
 */
static int
unopened_close(const char *s, size_t a, size_t p, uint32_t cp)
{
	const char *open = cp == 0x300D ? "「" : cp == 0x300F ? "『" : cp == 0x2019 ? "‘" :
		cp == '\'' ? "'" : NULL;

	if (open == NULL)
		return 0;
	return cp == '\'' ? memchr(s + a, '\'', p - a) == NULL : lp_find3(s + a, p - a, open) == NULL;
}

/* ... nor close anything: "”，" and 》 */
static int
strip_close_punct(const char *s, size_t *a, size_t *b)
{
	size_t		p = lp_prev_char(s, *b);
	int			cl;
	uint32_t	cp = lp_utf8_next(s + p, *b - p, &cl);

	if (!(lp_is_clause_end(cp) || lp_is_list_sep(cp) || cp == 0x201C || cp == 0x201D ||
		  cp == 0x300B || cp == '"' || unopened_close(s, *a, p, cp)))
		return 0;
	*b = p;
	return 1;
}

/*
 * Is s[a, a+4) a year of 1900-2099 before a hanzi that starts no date ("2026预期"),
 * or before a capital's name ("2031GDP为…"; not "2031Q1", "2031H1": parts of it)?
 */
static int
bare_year_before_word(const char *s, size_t a, size_t b)
{
	int			n;
	uint32_t	cp;

	if (!(s[a] == '1' && s[a + 1] == '9') && !(s[a] == '2' && s[a + 1] == '0'))
		return 0;
	if (s[a + 4] >= 'A' && s[a + 4] <= 'Z')
		return a + 6 < b && s[a + 5] >= 'A' && s[a + 5] <= 'Z';
	cp = lp_utf8_next(s + a + 4, b - a - 4, &n);
	return lp_is_hanzi(cp) && cp != 0x5E74 && cp != 0x6708 &&	/* 年 月 */
		cp != 0x81F3 && cp != 0x5230;	/* 至 到: a range of years */
}

/*
 * "到2030年…", "到“十五五”末…" open a target with the year it is for, no part
 * of the name: the length of 到 and the plan's span (a year goes next round).
 */
static size_t
reach_lead(const char *s, size_t a, size_t b)
{
	size_t		at = 1,
				n;
	int			y;

	if (b - a <= 9 || memcmp(s + a, "到", 3) != 0)
		return 0;
	if (lp_find_year(s + a + 3, b - a - 3 < 16 ? b - a - 3 : 16, &at) != 0 && at == 0)
		return 3;
	n = lp_plan_end_at(s + a + 3, b - a - 3, &y);
	return n > 0 ? 3 + n : 0;
}

/* Verbs and time words before the subject: "全年新增", "1-11月" */
static int
strip_lead_words(const char *s, size_t *a, size_t *b)
{
	size_t		n;
	const char *goal;

	/* a modifier ending in 的 before a name: "今年定下的经济", "全市今年的地区生产总值" */
	if (*b - *a > 6 && (goal = lp_find3(s + *a + 3, *b - *a - 3, "\xE7\x9A\x84")) != NULL &&	/* 的 */
		s + *b - goal > 3 && lp_indicator_by_suffix(s + *a, *b - *a) == NULL &&
		lp_indicator_by_suffix(goal + 3, (size_t) (s + *b - goal - 3)) != NULL)
	{
		*a = (size_t) (goal - s) + 3;
		return 1;
	}
	/* the target named before the indicator: "发展预期目标经济", "增长目标地区生产总值" */
	if (*b - *a > 9 && (goal = lp_find3(s + *a + 3, *b - *a - 6, "\xE6\xA0\x87")) != NULL &&	/* 标 */
		goal - s >= 3 && lp_same(goal - 3, "目", 3) &&
		lp_indicator_by_suffix(goal + 3, (size_t) (s + *b - goal - 3)) != NULL)
	{
		*a = (size_t) (goal - s) + 3;
		return 1;
	}

	/* a time word inside: "陆订今年经济" → 经济 (each has a 年: a cheap test first) */
	if (*b - *a > 6 && lp_find3(s + *a + 3, *b - *a - 3, "年") != NULL)
	{
		size_t		wl;
		long		at = lp_words_find(LP_W_SUBJECT_TIME, s + *a + 3, *b - *a - 3, &wl);

		/* not after a name: "地区生产总值全年实现" keeps its subject; nor
		 * after 比 or 较: "比去年同期" is a base the tail words strip whole */
		if (at >= 0 && *a + 3 + (size_t) at + wl < *b &&
			!lp_words_suffix(LP_W_COMPARISON_BASE, s + *a, 3 + (size_t) at) &&
			!lp_words_any(LP_W_SUBJECT_OTHER_PLACE, s + *a, 3 + (size_t) at) &&
			lp_indicator_by_suffix(s + *a, 3 + (size_t) at) == NULL)
		{
			*a += 3 + (size_t) at + wl;
			return 1;
		}
	}
	/* a year opening the clause: "2019年全市经济", or in Taiwan and Hong Kong
	 * copy without 年 before a word ("2026预期经济") */
	if (*b - *a > 7 && s[*a] >= '1' && s[*a] <= '2' && isdigit((unsigned char) s[*a + 1]) &&
		isdigit((unsigned char) s[*a + 2]) && isdigit((unsigned char) s[*a + 3]) &&
		(lp_same(s + *a + 4, "年", 3) || bare_year_before_word(s, *a, *b)))
	{
		*a += lp_same(s + *a + 4, "年", 3) ? 7 : 4;
		return 1;
	}
	/* "到2030年…"; "报道提到2031年全市经济", "…3月3日电（记者…）2031年全国经济" */
	if ((n = reach_lead(s, *a, *b)) > 0 || (*b - *a > 13 && (n = lp_year_after_lead(s, *a, *b)) > 0))
	{
		*a += n;
		return 1;
	}
	/* "预期经济": a word of the target before the name it leaves */
	if ((n = lp_words_prefix(LP_W_SUBJECT_LEAD_BEFORE_NAME, s + *a, *b - *a)) > 0 &&
		lp_indicator_by_suffix(s + *a + n, *b - *a - n) != NULL)
	{
		*a += n;
		return 1;
	}
	/* "其他服务业增加值": 其 opens 其他, no prefix word (words.tsv subject_prefix_not) */
	if (lp_words_prefix(LP_W_SUBJECT_PREFIX_NOT, s + *a, *b - *a) > 0)
		return 0;
	if ((n = lp_words_prefix(LP_W_SUBJECT_PREFIX, s + *a, *b - *a)) == 0 &&
		(n = lp_month_phrase_at(s + *a, *b - *a)) == 0 &&
		(n = lp_item_number_len(s, *a, *b)) == 0)	/* "1.地区生产总值" */
		return 0;
	*a += n;
	return 1;
}

/* Verbs after it, before the number: "达到" */
static int
strip_tail_words(const char *s, size_t *a, size_t *b)
{
	size_t		n = lp_words_suffix(LP_W_SUBJECT_SUFFIX, s + *a, *b - *a);

	n += n == 0 ? lp_indicator_all_same_tail(s + *a, *b - *a) : 0;

	/* "一般公共预算收入目标为增长5%": 目标 after a name ("规划目标" stays) */
	if (n == 0 && *b - *a > 6 && lp_same(s + *b - 6, "目标", 6) &&
		lp_indicator_by_suffix(s + *a, *b - *a - 6) != NULL)
		n = 6;

	/* "在全市各区中率先": the peers the figure is first among go with 率先 */
	if (n >= 6 && lp_same(s + *b - 6, "率先", 6))
		n += lp_subject_peer_group(s, *a, *b - n);
	*b -= n;
	return n > 0;
}

/*
 * A year ends no name: "地区生产总值从2015年(的)" → 地区生产总值从; nor does the
 * 比 or 较 comparing with it ("城乡居民人均收入比2020年翻一番" is no 收入比)
 */
static int
strip_tail_year(const char *s, size_t *a, size_t *b)
{
	size_t		n = lp_year_suffix(s + *a, *b - *a);

	n = n > 0 ? n : lp_span_years_suffix(s + *a, *b - *a);	/* "能耗五年降低16%" */
	if (n > 0 && *b - n - *a > 3 &&
		(lp_same(s + *b - n - 3, "比", 3) || lp_same(s + *b - n - 3, "较", 3)))
		n += 3;
	*b -= n;
	return n > 0;
}

/*
 * A streak's count ("粮食产量连续8年稳定在320万吨以上", "连续第3年", "连续3届",
 * "连续3次获…"):
 * a quantity, but no fact, and the figure after it is named across it
 * (lp_subject.c strip_tail_streak).
 */
int
lp_streak_count(const char *s, const lp_quantity *q)
{
	size_t		a = q->start;

	if (a >= 3 && lp_same(s + a - 3, "第", 3))
		a -= 3;
	return a >= 6 && lp_same(s + a - 6, "连续", 6) &&
		(strcmp(q->unit, "年") == 0 || strcmp(q->unit, "个月") == 0 || strcmp(q->unit, "届") == 0 ||
		 strcmp(q->unit, "次") == 0 || strcmp(q->unit, "个季度") == 0);
}

/*
 * A streak ends no name: "粮食产量连续9年(稳定在)", "群众安全感连续七年保持",
 * "出口连续第3年" → 粮食产量, 群众安全感, 出口; a verb after the years goes
 * with them (h-read80).
 */
static int
strip_tail_streak(const char *s, size_t *a, size_t *b)
{
	const char *p = NULL,
			   *q;
	size_t		at;
	lp_num		n;

	for (q = lp_find_lit(s + *a, *b - *a, "连续", 6); q != NULL;
		 q = lp_find_lit(q + 6, (size_t) (s + *b - q - 6), "连续", 6))
		p = q;
	if (p == NULL || p == s + *a)
		return 0;
	at = (size_t) (p - s) + 6;
	if (lp_at(s, *b, at, "第"))
		at += 3;
	if (!lp_num_read(s, *b, at, &n) || n.value_hi[0] || n.has_point)
		return 0;
	at = n.end;
	if (lp_at(s, *b, at, "年"))
		at += 3;
	else if (lp_at(s, *b, at, "个月"))
		at += 6;
	else if (lp_at(s, *b, at, "个季度"))
		at += 9;
	else
		return 0;
	if (*b - at > STREAK_VERB_BYTES)
		return 0;
	*b = (size_t) (p - s);
	return 1;
}

/* A month range ends no name: "社会消费品零售总额1-6月" → 社会消费品零售总额 */
static int
strip_tail_month(const char *s, size_t *a, size_t *b)
{
	size_t		p = *b > *a + 16 ? *b - 16 : *a;

	/* a month phrase ends with 月 or 月份 (lp_month_phrase_at): most subjects end otherwise */
	if (*b < *a + 4 || !(lp_same(s + *b - 3, "月", 3) || lp_same(s + *b - 3, "份", 3)))
		return 0;
	for (; p < *b; p++)
		if (s[p] >= '0' && s[p] <= '9' && (p == *a || s[p - 1] < '0' || s[p - 1] > '9') &&
			lp_month_phrase_at(s + p, *b - p) == *b - p)
		{
			*b = p;
			return 1;
		}
	return 0;
}

/*
 * A footnote mark ends no name: "一般公共预算收入[1]", "［注2］", "①",
 * "收入¹", a statistical bulletin's "生产总值〔2〕" (reports reposted with
 * their footnotes keep the marks)
 */
static int
strip_tail_footnote(const char *s, size_t *a, size_t *b)
{
	size_t		p = lp_prev_char(s, *b),
				q;
	int			cl;
	uint32_t	cp = lp_utf8_next(s + p, *b - p, &cl);

	if ((cp >= 0x2460 && cp <= 0x2473) || cp == 0xB9 || cp == 0xB2 || cp == 0xB3 ||
		(cp >= 0x2074 && cp <= 0x2079))
	{
		if (p == *a)
			return 0;
		*b = p;
		return 1;
	}
	if (cp != ']' && cp != 0xFF3D && cp != 0x3015)
		return 0;
	/* [digits], [注digits]: at most two digits */
	q = p;
	while (q > *a && s[q - 1] >= '0' && s[q - 1] <= '9' && p - q < 3)
		q--;
	if (q == p || p - q > 2)
		return 0;
	if (q >= *a + 3 && lp_same(s + q - 3, "注", 3))
		q -= 3;
	if (q > *a && s[q - 1] == '[')
		q -= 1;
	else if (q >= *a + 3 && (lp_same(s + q - 3, "［", 3) || lp_same(s + q - 3, "〔", 3)))
		q -= 3;
	else
		return 0;
	if (q == *a)
		return 0;
	*b = q;
	return 1;
}

/*
 * A short note in brackets ends no name: "地区生产总值(现价)", "（下同）"
 * (notes of four characters at most; a longer bracket may be a name's part)
 */
static int
strip_tail_note(const char *s, size_t *a, size_t *b)
{
	size_t		open,
				close_len;

	if (*b > *a && s[*b - 1] == ')')
		close_len = 1;
	else if (*b >= *a + 3 && lp_same(s + *b - 3, "）", 3))
		close_len = 3;
	else
		return 0;
	for (open = *b - close_len; open > *a; open = lp_prev_char(s, open))
	{
		size_t		p = lp_prev_char(s, open);

		if (s[p] == '(' || lp_at(s, *b, p, "（"))
		{
			/* alone, only a note that names nothing: "比上年（下同）增长14.6%" */
			if ((p == *a && lp_words_prefix(LP_W_BRACKET_ASIDE, s + open, *b - close_len - open) !=
				 *b - close_len - open) || lp_utf8_chars(s + open, *b - close_len - open) > 4)
				return 0;
			*b = p;
			return 1;
		}
		if (s[p] == ')' || lp_at(s, *b, p, "）"))
			return 0;
	}
	return 0;
}

/* A basis of prices ends no name: "按2005年可比价格计算" (a year in it) */
static int
strip_tail_basis(const char *s, size_t *a, size_t *b)
{
	size_t		p;

	if (*b < *a + 6 || !lp_same(s + *b - 6, "计算", 6))
		return 0;
	for (p = lp_prev_char(s, *b - 6); p > *a && *b - p < 16 * 3; p = lp_prev_char(s, p))
		if (lp_at(s, *b, p, "按") || lp_at(s, *b, p, "以"))
			break;
	if (!(lp_at(s, *b, p, "按") || lp_at(s, *b, p, "以")))
		return 0;
	/* "按2018年平均汇率计算为2865美元": a conversion names what the figure is */
	if (lp_words_any(LP_W_CONVERSION_BASIS, s + p, *b - p))
		return 0;
	*b = p;
	return 1;
}

/* The source of the figure ends no name: "根据省统计局的修订结果" (words.tsv source_*) */
#define SOURCE_MAX_BYTES (20 * 3)

static int
strip_tail_source(const char *s, size_t *a, size_t *b)
{
	size_t		p,
				n = lp_words_suffix(LP_W_SOURCE_END, s + *a, *b - *a);

	if (n == 0)
		return 0;
	for (p = lp_prev_char(s, *b - n); p > *a && *b - p < SOURCE_MAX_BYTES; p = lp_prev_char(s, p))
		if (lp_words_prefix(LP_W_SOURCE_LEAD, s + p, *b - p) > 0)
		{
			*b = p;
			return 1;
		}
	return 0;
}

/* The rules of lp_subject_clean but the caption's, to a fixed point. */
static void
clean_rules(const char *s, size_t *a, size_t *b)
{
	int			changed = 1;

	while (changed && *a < *b)
	{
		lp_trim(s, a, b);
		if (*a >= *b)
			break;
		/* the rules in order, the first that applies, then again */
		changed = strip_open_punct(s, a, b) || strip_close_punct(s, a, b) ||
			lp_subject_strip_aside(s, a, b) || lp_subject_strip_threshold(s, a, b) ||
			strip_lead_words(s, a, b) || lp_subject_strip_glossed_base(s, a, b) ||
			strip_tail_words(s, a, b) || strip_tail_year(s, a, b) ||
			strip_tail_month(s, a, b) || strip_tail_footnote(s, a, b) ||
			strip_tail_note(s, a, b) || strip_tail_basis(s, a, b) || strip_tail_source(s, a, b) ||
			strip_tail_streak(s, a, b) || lp_subject_strip_bare_figure(s, a, b);
	}
}

void
lp_subject_clean(const char *s, size_t *a, size_t *b)
{
	/* a flattened caption is cut once the other rules have done their work */
	do
		clean_rules(s, a, b);
	while (*a < *b && lp_subject_strip_caption(s, a, b));
}

size_t
lp_subject_drop_paren(const char *s, size_t a, size_t b)
{
	size_t		close;

	if (b > a + 3 && lp_same(s + b - 3, "）", 3))
		close = 3;
	else if (b > a + 1 && s[b - 1] == ')')
		close = 1;
	else
		return b;
	{
		size_t		i = b - close;

		while (i > a)
		{
			size_t		p = lp_prev_char(s, i);

			if (p < a)
				break;
			if ((close == 3 && i - p == 3 && lp_same(s + p, "（", 3)) ||
				(close == 1 && s[p] == '('))
				return p > a ? p : b;
			i = p;
		}
	}
	return b;
}

void
lp_subject_copy(char *dst, const char *s, size_t a, size_t b)
{
	size_t		n = b > a ? b - a : 0;

	if (n > LP_MAX_SUBJECT)
	{
		/* keep the head of the phrase: its end */
		a = b - LP_MAX_SUBJECT;
		while (a < b && (((unsigned char) s[a]) & 0xC0) == 0x80)
			a++;
		n = b - a;
	}
	memcpy(dst, s + a, n);
	dst[n] = '\0';
}

static int
has_hanzi(const char *s, size_t len)
{
	size_t		i = 0;

	while (i < len)
	{
		int			n;
		uint32_t	cp = lp_utf8_next(s + i, len - i, &n);

		if (lp_is_hanzi(cp))
			return 1;
		i += n;
	}
	return 0;
}

/* Start of the object of the last verb in s[a, b): "港澳人员发放补贴" → 补贴. */
static size_t
after_last_verb(const char *s, size_t a, size_t b)
{
	size_t		pos = a,
				best = a,
				vl;
	long		v;

	while (pos < b && (v = lp_words_find(LP_W_VERB, s + pos, b - pos, &vl)) >= 0)
	{
		size_t		end = pos + (size_t) v + vl;

		/* a verb before 业 names an industry ("电力供应业产值"), no object follows */
		if (end < b && !lp_at(s, b, end, "业"))
			best = end;
		pos = end;
	}
	return best;
}

/*
 * A qualifier after a figure whose second character was lost in a damaged
 * copy ("控制在3%以\uFFFD\uFFFD；" for 以内): 以 then U+FFFD, no noun counted.
 */
static int
lost_qualifier(const char *s, size_t slen, size_t i)
{
	return i + 6 <= slen && lp_at(s, slen, i, "以") && lp_at(s, slen, i + 3, "\xEF\xBF\xBD");
}

/* Does a noun phrase follow the measure word ("4个粤港澳人才合伙人基地")? */
static int
noun_follows(const char *s, size_t slen, size_t i)
{
	int			n;
	uint32_t	cp;

	if (i >= slen)
		return 0;
	cp = lp_utf8_next(s + i, slen - i, &n);
	if (!lp_is_hanzi(cp) || lost_qualifier(s, slen, i))
		return 0;
	return !lp_words_prefix(LP_W_GROWTH, s + i, slen - i) &&
		!lp_words_prefix(LP_W_DECLINE, s + i, slen - i) &&
		!lp_words_prefix(LP_W_NOT_NOUN, s + i, slen - i);
}

/* Is s[a, b) a figure with its unit ("39545元", "5.53万亿元")?  It measures, it is not measured. */
static int
is_figure(const char *s, size_t a, size_t b)
{
	size_t		i = a,
				n;

	if (i >= b || s[i] < '0' || s[i] > '9')
		return 0;
	while (i < b && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == ','))
		i++;
	if (lp_unit_at(s, b, i, &n) == NULL && lp_magnitude_at(s, b, i, &n) != NULL)
		i += n;
	/* 兆 of Taiwan and Hong Kong copy before money is 万亿 ("5.2兆元", lp_numeral.c) */
	else if (lp_at(s, b, i, "兆") && lp_unit_at(s, b, i + 3, &n) != NULL)
		i += 3;
	if (i < b && lp_unit_at(s, b, i, &n) != NULL)
		i += n;
	return i == b && i > a;
}

/*
 * A bracket at the end of the subject is dropped ("一般公共预算收入（不含
 * 基金）", "地区生产总值（GDP）"), unless it names the indicator the words
 * before it do not: then it is the subject ("占常住人口比重（常住人口城镇
 * 化率）为61.72%", "(即城镇化率)": words.tsv bracket_name_lead).
 */
static void
bracketed_name(const char *s, size_t *a, size_t *b)
{
	size_t		open = lp_subject_drop_paren(s, *a, *b),
				ia,
				ib,
				n = 0;

	if (open >= *b)
		return;
	ia = open + (s[open] == '(' ? 1 : 3);
	ib = *b - (s[*b - 1] == ')' ? 1 : 3);
	/* "(即城镇化率)": the name after 即 */
	if (ib > ia)
		ia += lp_words_prefix(LP_W_BRACKET_NAME_LEAD, s + ia, ib - ia);
	if (ib > ia && !lp_indicator_by_suffix(s + *a, open - *a) &&
		lp_indicator_suffix(s + ia, ib - ia, &n) && n == ib - ia)
	{
		*a = ia;
		*b = ib;
	}
	else
		*b = open;
}

/*
 * s[*a, *b) is only a per-head word after a verb: the subject is what comes
 * before the verb, from a_full; none if nothing does.
 */
static void
per_head_names_before(const char *s, size_t a_full, size_t *a, size_t *b)
{
	size_t		vl = *a > a_full ? lp_words_suffix(LP_W_VERB, s + a_full, *a - a_full) : 0;

	if (vl == 0 || *a - vl <= a_full)
	{
		*a = *b;
		return;
	}
	*b = *a - vl;
	*a = a_full;
	lp_subject_clean(s, a, b);
}

/*
 * A list of goals named with no colon ("今年发展主要预期目标是经济增长4.5%至5%"):
 * the subject starts after the verb (words.tsv goals_verb) that follows 目标.
 * Not when the verb ends the span ("增长目标为6%": the number follows).
 */
static void
after_goals_named(const char *s, size_t *a, size_t b)
{
	const char *p;
	size_t		from = *a;

	while (from + 6 < b && (p = lp_find_lit(s + from, b - from, "目标", 6)) != NULL)
	{
		size_t		after = (size_t) (p - s) + 6,
					vl = lp_words_prefix(LP_W_GOALS_VERB, s + after, b - after);

		if (vl > 0 && after + vl < b)
			*a = after + vl;
		from = after;
	}
}

void
lp_subject_before(const char *s, size_t *a, size_t *b)
{
	size_t		a_full,
				il = 0,
				a_clean,
				b_clean,
				a_name = SIZE_MAX;

	lp_subject_note_across_comma(s, a, b);
	after_goals_named(s, a, *b);
	lp_subject_clean(s, a, b);
	a_clean = *a;
	b_clean = *b;
	bracketed_name(s, a, b);
	a_full = *a;
	*a = after_last_verb(s, *a, *b);
	/* a verb inside an indicator's name (研发投入强度) does not cut it */
	if (*a > a_full && lp_indicator_suffix(s + a_full, *b - a_full, &il) && *b - il < *a)
	{
		/* ... nor drops a word making it a part (其中非房地产开发投资) */
		*a = *b - il;
		*a -= lp_words_suffix(LP_W_PART_MARKER, s + a_full, *a - a_full);
		a_name = *a;
	}
	/* cleaning a clean span changes nothing: again only when an end moved; a
	 * name found whole keeps its flow word (金融机构新增贷款 → 新增贷款) */
	if (*a != a_clean || *b != b_clean)
		lp_subject_clean(s, a, b);
	if (a_name < *a && *b == b_clean)
		*a = a_name;
	/* a condition names no subject: "剔除留抵退税因素后同口径增长3.6%"; the
	 * name after its 的 does ("扣除食品和能源的核心CPI") */
	if (*b > *a && lp_words_prefix(LP_W_CONDITION, s + *a, *b - *a) > 0)
		*a = lp_after_last3(s, *a, *b, "的");
	/* "在大幅减税降费情况下增长1.5%": a circumstance names none */
	if (*b > *a + 3 && lp_at(s, *b, *a, "在") && lp_words_suffix(LP_W_CONDITION_FRAME_END, s + *a, *b - *a) > 0)
		*a = *b;
	/* "收入达3507.6亿元、增长1.7%": the figure before names no subject */
	if (is_figure(s, *a, *b))
		*a = *b;
	/* "全员劳动生产率达到人均11.5万元": per head after the verb, the name before it */
	if (*b > *a && lp_words_prefix(LP_W_PER_HEAD_AFTER_VERB, s + *a, *b - *a) == *b - *a)
		per_head_names_before(s, a_full, a, b);
	/* a word for "its total" (总量约620亿元) names the clause's subject */
	if (*b > *a && lp_words_prefix(LP_W_GENERIC_SUBJECT, s + *a, *b - *a) == *b - *a)
		*a = *b;
}

int
lp_subject_names(const char *s, size_t slen, size_t a, size_t b, size_t q_end)
{
	if (b > a && !has_hanzi(s + a, b - a))
		return lp_is_acronym(s + a, b - a);
	return b > a && (lp_utf8_chars(s + a, b - a) > 2 || !noun_follows(s, slen, q_end));
}

/* Where the phrase after a measure word ends: a separator, a parenthesis, 。 or a digit. */
static size_t
counted_phrase_end(const char *s, size_t from, size_t to)
{
	size_t		k;

	for (k = from; k < to;)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + k, to - k, &cl);

		if (lp_is_list_sep(cp) || cp == 0xFF08 || cp == '(' || cp == 0x3002 ||
			(cp >= '0' && cp <= '9'))
			break;
		k += cl;
	}
	return k;
}

int
lp_subject_counted(const char *s, size_t from, size_t to, size_t *a, size_t *b)
{
	size_t		pa = lp_skip_space(s, to, from),
				pb,
				ul;
	int			cl;
	const lp_unit *u = lp_unit_at(s, to, pa, &ul);

	/* a currency named after the sum counts nothing: "总量达到143.6万亿元人民币" */
	if (u != NULL && strncmp(u->dimension, "money", 5) == 0)
		pa = lp_skip_space(s, to, pa + ul);
	pb = counted_phrase_end(s, pa, to);

	/* the phrase ends where a verb starts: "321名港澳人员发放补贴" */
	if (pb > pa)
	{
		size_t		vl;
		long		v = pb - pa > 3 ? lp_words_find(LP_W_VERB, s + pa + 3, pb - pa - 3, &vl) : -1;

		if (v >= 0)
			pb = pa + 3 + (size_t) v;
	}
	/* the thing counted follows its number: "38.7%⬆收入结构持续优化" names none */
	if (pb > pa && !lp_is_hanzi(lp_utf8_next(s + pa, pb - pa, &cl)) && !lp_at(s, pb, pa, "“") &&
		!((s[pa] | 0x20) >= 'a' && (s[pa] | 0x20) <= 'z'))
		return 0;
	if (lost_qualifier(s, pb, pa))
		return 0;
	if (!(pb > pa && !lp_words_prefix(LP_W_GROWTH, s + pa, pb - pa) &&
		  !lp_words_prefix(LP_W_DECLINE, s + pa, pb - pa) &&
		  !lp_words_prefix(LP_W_THRESHOLD, s + pa, pb - pa) && has_hanzi(s + pa, pb - pa)))
		return 0;
	lp_subject_clean(s, &pa, &pb);
	*a = pa;
	*b = pb;
	return 1;
}
