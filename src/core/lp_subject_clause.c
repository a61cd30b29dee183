/*
 * lp_subject_clause.c — a figure's subject read from the clauses around it:
 * a bare "同比增长5.1%" after a clause naming the indicator ("国内生产总值
 * 按不变价格计算，"), a figure driven by something else ("带动全省进出口…"),
 * an indicator's words split by a verb ("第一产业实现增加值2193万元").
 * lp_subject.c cleans and finds the subject before a number itself.
 */
#include "lp.h"
#include "lp_census.h"
#include "lp_clause.h"
#include "lp_indicator.h"
#include "lp_period.h"
#include "lp_rank.h"
#include "lp_region.h"
#include "lp_subject.h"
#include "lp_text.h"
#include "lp_words.h"

#include <limits.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The clause before the figure's (at b; s[a, b) its sentence) ending with a name and its
 * prices, no figure in it ("一季度，国内生产总值按不变价格计算，同比增长5.1%"; words.tsv
 * price_basis): the name copied to dst. */
static void
name_and_basis_before(const char *s, size_t a, size_t b, char *dst)
{
	size_t		i,
				open = a,
				prev = a,
				mark = b,
				digit = 0;

	for (i = a; i < b;)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + i, b - i, &cl);

		if (cp >= '0' && cp <= '9')
			digit = i + 1;
		else if (lp_is_clause_end(cp))
		{
			prev = open;
			mark = i;
			open = i + (size_t) cl;
		}
		i += (size_t) cl;
	}
	if (mark == b || prev >= mark || digit > prev ||
		lp_words_suffix(LP_W_PRICE_BASIS, s + prev, mark - prev) == 0)
		return;
	lp_subject_clean(s, &prev, &mark);
	if (prev < mark && mark - prev <= LP_MAX_SUBJECT && lp_indicator_by_suffix(s + prev, mark - prev))
		lp_subject_copy(dst, s, prev, mark);
}

/*
 * "上半年，全市规模以上工业增加值按可比价格计算，同比增长1.7%": the last
 * clause of s[a, b) (no number in it) is an indicator's name and the note of
 * how it is reckoned (words.tsv subject_suffix), the figure's clause after it
 * names nothing.  Copies the name to dst when it is one.
 */
static void
clause_with_note(const char *s, size_t a, size_t b, char *dst, size_t dstsz)
{
	size_t		e = lp_prev_char(s, b),	/* the separator ending the clause */
				c = lp_after_last(s, a, e, lp_is_clause_end),
				note;

	note = lp_words_suffix(LP_W_SUBJECT_SUFFIX, s + c, e - c);
	if (note == 0 || note >= e - c)
		return;
	e -= note;
	lp_subject_before(s, &c, &e);
	if (e > c && lp_indicator_by_suffix(s + c, e - c) != NULL)
		lp_subject_copy(dst, s, c, e);
}

/* The end of an indicator's name at s[e] and the noun of its rate right after it ("GDP增速"), before b. */
static size_t
with_rate_noun(const char *s, size_t e, size_t b)
{
	return e + lp_words_prefix(LP_W_RATE_NOUN, s + e, b - e);
}

/* Where the last clause of s[a, b) starts, after its spaces; *e: b without its last character. */
static size_t
last_clause_at(const char *s, size_t a, size_t b, size_t *e)
{
	*e = lp_prev_char(s, b);
	return lp_skip_space(s, *e, lp_after_last(s, a, *e, lp_is_clause_end));
}

/*
 * "特别是…以来，GDP增速逐季攀升，上半年3.2%、前三季度4.4%": the last clause
 * of s[a, b) opens with an indicator's name and the noun of its rate
 * (words.tsv rate_noun): the figures after it are that rate.  Copies the
 * name and the noun to dst.
 */
static void
last_clause_names_rate(const char *s, size_t a, size_t b, char *dst)
{
	size_t		e,
				c = last_clause_at(s, a, b, &e),
				n = 0,
				r;

	if (c >= e || lp_indicator_by_prefix(s + c, e - c, &n) == NULL || n == 0 ||
		(r = with_rate_noun(s, c + n, e)) == c + n || r - c > LP_MAX_SUBJECT)
		return;
	lp_subject_copy(dst, s, c, r);
}

/*
 * "前7个月，全市规模以上工业增加值稳步回升，增速加快到11.5%": the last
 * clause of s[a, b), with no number in it, opens with an indicator's name
 * (after 全市, 全省…: words.tsv subject_prefix) and says how it went; the
 * figure's clause after it names nothing.  The clauses before it may hold
 * numbers (a time lead).  Copies the name (and its rate noun) to dst.
 */
#define HOW_IT_WENT_BYTES 36		/* 12 characters after the name */
#define PLACE_MAX_BYTES (5 * 3)	/* 重庆, 西藏自治区 */

/*
 * The length of the place opening s[c, e) before an indicator's name
 * ("重庆地区生产总值增速保持在合理区间"): a region's full name or a major
 * short one (lp_region_name_longest), else 0.
 */
static size_t
place_before_name(const char *s, size_t c, size_t e)
{
	size_t		r = c < e ? lp_region_name_longest(s + c, e - c, PLACE_MAX_BYTES, 1) : 0,
				n = 0;

	/* its 的 ("河南的GDP增速虽然不如上述几省，但也达到5.1%") */
	if (r > 0 && e - c - r >= 3 && memcmp(s + c + r, "的", 3) == 0)
		r += 3;
	return r > 0 && lp_indicator_by_prefix(s + c + r, e - c - r, &n) != NULL && n > 0 ? r : 0;
}

/*
 * The length of a whole-subject name ("=服务业" in indicators.tsv) opening
 * s[c, e) right before a word of how it went ("服务业较快增长，上半年增长6.4%":
 * words.tsv trend_after_name); 0 if none.  A few characters are tried.
 */
static size_t
whole_name_before_trend(const char *s, size_t c, size_t e)
{
	size_t		k,
				n;

	for (k = 2 * 3; k <= 4 * 3 && c + k < e; k += 3)
		if (lp_words_prefix(LP_W_TREND_AFTER_NAME, s + c + k, e - c - k) > 0 &&
			lp_indicator_suffix(s + c, k, &n) != NULL && n == k &&
			lp_indicator_by_suffix(s + c, k) != NULL)
			return k;
	return 0;
}

/*
 * The length of a part of the year opening s[c, e) ("上半年全市社会消费品
 * 零售总额平稳回升，同比增长3.4%"; after 今年): a release's clause names its
 * time before its subject.  0 if none.
 */
static size_t
part_of_year_lead(const char *s, size_t c, size_t e)
{
	static const lp_word_kind parts[] = {
		LP_W_PERIOD_H1, LP_W_PERIOD_Q1, LP_W_PERIOD_Q3, LP_W_PERIOD_Q1_3, LP_W_PERIOD_H2
	};
	size_t		k = lp_words_prefix(LP_W_YEAR_THIS, s + c, e - c),
				w = 0,
				j;

	for (j = 0; j < sizeof(parts) / sizeof(parts[0]) && w == 0; j++)
		w = lp_words_prefix(parts[j], s + c + k, e - c - k);
	return w > 0 ? k + w : 0;
}

static void
last_clause_opens_with_name(const char *s, size_t a, size_t b, char *dst)
{
	size_t		e,
				c = last_clause_at(s, a, b, &e),
				n = 0,
				i;

	c += c < e ? part_of_year_lead(s, c, e) : 0;
	/* a number only as the count of thresholds it crossed ("全省地区生产总值连跨
	 * 3个千亿台阶，2030年达到1.1万亿元"; words.tsv threshold) */
	for (i = c; i < e; i++)
		if (s[i] >= '0' && s[i] <= '9' && lp_words_suffix(LP_W_THRESHOLD, s + c, e - c) == 0)
		{
			/* nor as a rank's ordinal ("一般公共预算收入居全省第4位，增长8.7%") */
			if (lp_rank_end_in(s, c, e) > i)
				break;
			return;
		}
	c += lp_words_prefix(LP_W_SUBJECT_PREFIX, s + c, e - c);
	c += place_before_name(s, c, e);
	if (c < e && (lp_indicator_by_prefix(s + c, e - c, &n) == NULL || n == 0))
		n = whole_name_before_trend(s, c, e);
	if (c >= e || n == 0 || with_rate_noun(s, c + n, e) - c > LP_MAX_SUBJECT)
		return;
	/* how it went, in a few words: "GDP增长幅度最大的是天津、贵州" names others */
	if (e - (c + n) > HOW_IT_WENT_BYTES || lp_contains(s + c + n, e - c - n, "是") ||
		lp_contains(s + c + n, e - c - n, "、"))
		return;
	lp_subject_copy(dst, s, c, with_rate_noun(s, c + n, e));
}

/*
 * The clause ends in s[a, b), or -1 when a digit stands there (the words
 * hold a number); more than most stop the walk (most + 1: the caller asks
 * for no more).  A walk over the bytes that may be either: a digit or an
 * ASCII end is its own character in UTF-8, and 。，：；！？ are E3 or EF and
 * two continuation bytes (no character swallows a lead byte).
 */
static int
clause_ends_without_digit(const char *s, size_t a, size_t b, int most)
{
	static const unsigned char maybe[256] = {
		['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
		['8'] = 1, ['9'] = 1, [','] = 1, [';'] = 1, [':'] = 1, ['!'] = 1, ['?'] = 1,
		[0xE3] = 1, [0xEF] = 1
	};
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = a;
	int			seps = 0;

	for (;;)
	{
		int			cl;

#ifdef __SSE2__
		/* 16 bytes at a time past those that are none (0x21-0x3F, E3, EF may be) */
		while (i + 16 <= b)
		{
			const __m128i x = _mm_loadu_si128((const __m128i *) (u + i));
			__m128i		may = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(0x20)),
											_mm_cmplt_epi8(x, _mm_set1_epi8(0x40)));
			unsigned	m;

			may = _mm_or_si128(may, _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xE3)),
												 _mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xEF))));
			if ((m = (unsigned) _mm_movemask_epi8(may)) != 0)
			{
				i += (size_t) __builtin_ctz(m);
				break;
			}
			i += 16;
		}
#endif
		if (i >= b)
			return seps;
		if (!maybe[u[i]])
		{
			i++;
			continue;
		}
		if (u[i] >= '0' && u[i] <= '9')
			return -1;
		if (lp_is_clause_end(lp_utf8_next(s + i, b - i, &cl)) && ++seps > most)
			return seps;
		i++;
	}
}

/*
 * The subject of a figure with none of its own, named by the one clause
 * before it in its sentence, s[a, b): a clause with no number that opens
 * with an indicator ("固定资产投资保持稳定，全年增长3.2%").  Copied to dst
 * when found.
 */
void
lp_subject_of_bare_clause(const char *s, size_t a, size_t b, char *dst, size_t dstsz)
{
	size_t		n = 0;
	int			seps;

	if (b <= a || dstsz <= LP_MAX_SUBJECT)
		return;
	if ((seps = clause_ends_without_digit(s, a, b, INT_MAX)) < 0)
	{
		last_clause_opens_with_name(s, a, b, dst);
		return;
	}
	if (seps == 1 && lp_indicator_by_prefix(s + a, b - a, &n) != NULL && n > 0)
		lp_subject_copy(dst, s, a, with_rate_noun(s, a + n, b));
	else
		name_and_basis_before(s, a, b, dst);
	/* (dst is empty here: the caller reads it for a figure with no subject) */
	if (dst[0] == '\0' && seps > 1)
		clause_with_note(s, a, b, dst, dstsz);
	if (dst[0] == '\0' && seps > 1)
		last_clause_names_rate(s, a, b, dst);
	/* several clauses: the course of the year after the indicator ("…上半年由负转正，四季度加快恢复，") */
	if (dst[0] == '\0' && seps > 1)
		lp_subject_over_year_course(s, a, b, dst);
	/* one clause too, after 全市 or a place ("全市地区生产总值稳中有进，增长6.3%") */
	if (dst[0] == '\0' && seps >= 1)
		last_clause_opens_with_name(s, a, b, dst);
}

/*
 * The words of a sector opening a clause: 2 to 7 characters ("农业", "服务业",
 * "第一产业", "规模以上工业", "规模以上服务业")
 */
#define SECTOR_MIN_CHARS 2
#define SECTOR_MAX_CHARS 7
/* how far back the clause before a figure's is looked for: a name and a few words */
#define CLAUSE_BEFORE_BYTES (24 * 3)

/*
 * The start of the clause ending just before b (b past its mark), when that
 * clause is no sentence's first, holds no digit and starts after a mark
 * within CLAUSE_BEFORE_BYTES: "…；规模以上工业增加值不降反升，总产值…" gives the
 * start of 规模以上工业增加值不降反升.  b when there is none.
 */
static size_t
clause_before(const char *s, size_t a, size_t b)
{
	size_t		i = lp_prev_char(s, b),	/* the mark ending the clause */
				low = i > a + CLAUSE_BEFORE_BYTES ? i - CLAUSE_BEFORE_BYTES : a;
	int			n;

	while (i > low)
	{
		size_t		p = lp_prev_char(s, i);

		if (s[p] >= '0' && s[p] <= '9')
			return b;
		if (lp_is_clause_end(lp_utf8_next(s + p, i - p, &n)))
			return i;
		i = p;
	}
	return b;
}

/*
 * "农业保持全省领先，增加值增长4.4%": a figure whose subject (dst) names no
 * indicator, in the second clause of its sentence s[a, b) (b the figure's
 * clause start), the first clause having no number and opening with words
 * that make an indicator's name with it (农业 + 增加值).  dst gets the name.
 */
void
lp_subject_of_sector_clause(const char *s, size_t a, size_t b, char *dst, size_t dstsz)
{
	char		name[LP_MAX_SUBJECT + 1];
	size_t		sub = strlen(dst),
				reach,
				i,
				e,
				n,
				k;

	if (sub == 0 || b <= a || dstsz <= LP_MAX_SUBJECT)
		return;
	/* the sentence's first clause, else the one just before among the sentence's ("…；规上工业增加值
	 * 不降反升，总产值实现1080亿元": the bare 总产值 is of 规上工业); the clause walks
	 * first, then the name lookup (the dearer test, issue 18) */
	if ((clause_ends_without_digit(s, a, b, 1) != 1 &&
		 ((a = clause_before(s, a, b)) >= b || clause_ends_without_digit(s, a, b, 1) != 1)) ||
		lp_indicator_by_suffix(dst, sub) != NULL)
		return;
	a = lp_skip_space(s, b, a);
	/* past 全县 or a place ("全县规模以上服务业稳步恢复，营业收入增长6.1%") */
	a += lp_words_prefix(LP_W_SUBJECT_PREFIX, s + a, b - a);
	a += place_before_name(s, a, b);
	/* every name tried opens with s[a]: none reaches past reach (one walk, not a lookup a length) */
	reach = lp_indicator_open_reach(s + a, b - a);
	for (k = SECTOR_MAX_CHARS; k >= SECTOR_MIN_CHARS; k--)
	{
		for (e = a, i = 0; i < k && e < b && (unsigned char) s[e] >= 0xE0; i++)
			e += 3;
		if (i < k || e - a + sub > LP_MAX_SUBJECT || e - a > reach)
			continue;
		memcpy(name, s + a, e - a);
		memcpy(name + (e - a), dst, sub);
		name[e - a + sub] = '\0';
		if (lp_indicator_suffix(name, e - a + sub, &n) != NULL && n == e - a + sub &&
			lp_indicator_by_suffix(name, e - a + sub) != NULL)
		{
			lp_copy_str(dst, dstsz, name);
			return;
		}
	}
}

int
lp_subject_target_anaphor(const char *s, size_t a, size_t num)
{
	return num > a && lp_words_prefix(LP_W_TARGET_ANAPHOR, s + a, num - a) == num - a &&
		a >= 3 && lp_at(s, a, a - 3, "。");
}

int
lp_subject_of_target_before(const char *s, size_t a, size_t num, char *dst, size_t dstsz)
{
	size_t		p = a > LP_MAX_LOOKBACK ? a - LP_MAX_LOOKBACK : 0,
				from,
				name = 0,
				end = 0,
				n;
	const char *at,
			   *code = NULL,
			   *c;

	if (dstsz <= LP_MAX_SUBJECT || !lp_subject_target_anaphor(s, a, num))
		return 0;
	/* the sentence before: after the full stop before the one ending it */
	while (p < a && (((unsigned char) s[p]) & 0xC0) == 0x80)
		p++;
	for (from = p; (at = lp_find3(s + from, a - 3 - from, "。")) != NULL;)
		p = from = (size_t) (at - s) + 3;
	from = p;
	/* each 增长 right after an indicator's name: one indicator only */
	while (from < a && (at = lp_find3(s + from, a - from, "增")) != NULL)
	{
		size_t		i = (size_t) (at - s);

		if (lp_at(s, a, i, "增长") && (c = lp_indicator_suffix(s + p, i - p, &n)) != NULL)
		{
			if (code != NULL && strcmp(code, c) != 0)
				return 0;
			code = c;
			name = i - n;
			end = i + strlen("增长");
		}
		from = i + 3;
	}
	if (code == NULL || lp_indicator_by_suffix(s + name, end - name - strlen("增长")) == NULL)
		return 0;
	lp_subject_copy(dst, s, name, end - strlen("增长"));
	return 1;
}

/*
 * "“一小时经济圈”[2]完成地区生产总值…": a zone of the jurisdiction named in
 * quotes opens the clause, a note mark and its verb at most between it and
 * the subject s[b]: the zone's figure.  Not a five-year plan ("“十三五”"), nor
 * a name of an indicator in quotes.
 */
#define ZONE_NAME_BYTES (10 * 3)

static int
quoted_zone_before(const char *s, size_t c, size_t b)
{
	size_t		a = c,
				close,
				p,
				il = 0;

	lp_trim(s, &a, &b);
	if (!lp_at(s, b, a, "“"))
		return 0;
	a += strlen("“");
	for (close = a; close < b && close - a <= ZONE_NAME_BYTES && !lp_at(s, b, close, "”"); close++)
		;
	if (close >= b || close - a < 6 || close - a > ZONE_NAME_BYTES ||
		lp_five_year_plan_opens(s + a, close - a) ||
		lp_indicator_suffix(s + a, close - a, &il) != NULL)
		return 0;
	p = close + strlen("”");
	/* a note mark: "[2]" */
	if (p < b && s[p] == '[')
	{
		while (p < b && s[p] != ']')
			p++;
		p++;
	}
	return p < b && lp_words_prefix(LP_W_VERB, s + p, b - p) == b - p;
}

/*
 * Does a word of what a thing drove (words.tsv driven_by) stand right before
 * s[b], a scope word ("全省", "陕西") at most between: "带动全省进出口…"?  Or
 * parts of the jurisdiction (subject_sub_region, a zone in quotes) in the
 * clause before s[b]?
 */
#define DRIVEN_SCOPE_BYTES 12	/* up to four characters between */

int
lp_subject_driven_before(const char *s, size_t a, size_t b)
{
	size_t		from = b > a + DRIVEN_SCOPE_BYTES + 9 ? b - DRIVEN_SCOPE_BYTES - 9 : a,
				clause,
				wl,
				end = 0;
	long		at;

	/*
	 * "全省所有县(市、区)实现财政收入超亿元": the parts' figure, as if they
	 * drove it.  The clause's walk back only when s[a, b) holds such a word
	 * or a quote (the line's census, a byte search; issue 18).
	 */
	if (b > a && (lp_census_any(LP_W_SUBJECT_SUB_REGION, s + a, b - a) ||
				  lp_find3(s + a, b - a, "“") != NULL))
	{
		clause = lp_after_last(s, a, b, lp_is_clause_end);
		if (lp_census_any(LP_W_SUBJECT_SUB_REGION, s + clause, b - clause) ||
			quoted_zone_before(s, clause, b))
			return 1;
	}
	while (from > a && (((unsigned char) s[from]) & 0xC0) == 0x80)
		from--;
	while (from < b && (at = lp_census_find(LP_W_DRIVEN_BY, s + from, b - from, &wl)) >= 0)
	{
		end = from + (size_t) at + wl;
		from = end;
	}
	return end > 0 && b - end <= DRIVEN_SCOPE_BYTES &&
		lp_next_end(s, end, b, lp_is_clause_end) == b;
}

/*
 * "第一产业实现增加值2193万元": the verb splits the indicator's words.  The
 * subject after the verb, s[a, b), names no indicator, the words before the
 * verb (from wa) with it do: those words (cleaned) and the subject, in out.
 * With no words before it, the verb and the subject ("新增就业20万人").
 */
int
lp_subject_across_verb(const char *s, size_t wa, size_t a, size_t b, char *out, size_t outsz)
{
	size_t		vl,
				pa = wa,
				pb,
				n,
				il = 0;
	char		cand[2 * LP_MAX_SUBJECT + 1];

	/* (the verb first: most subjects have none before them, and it is the cheaper test) */
	if (a <= wa || b <= a || (vl = lp_words_suffix(LP_W_VERB, s + wa, a - wa)) == 0 ||
		lp_indicator_suffix(s + a, b - a, &il) != NULL)
		return 0;
	pb = a - vl;
	lp_subject_clean(s, &pa, &pb);
	n = pb > pa ? pb - pa : 0;
	/* "，新增就业20万人": no words before the verb, the verb is the name's first word */
	if (n == 0)
	{
		pa = a - vl;
		n = vl;
	}
	if (n + (b - a) > LP_MAX_SUBJECT || n + (b - a) + 1 > outsz)
		return 0;
	memcpy(cand, s + pa, n);
	memcpy(cand + n, s + a, b - a);
	n += b - a;
	cand[n] = '\0';
	/* the name must reach over the verb into the words before it */
	if (lp_indicator_suffix(cand, n, &il) == NULL || il <= b - a)
		return 0;
	memcpy(out, cand, n + 1);
	return 1;
}

/*
 * The name at the start of s[c, e) that makes one indicator's name with the
 * words name[0, nl) after it ("金融业" + "增加值"), its shortest, in out.
 */
#define TOPIC_MAX_CHARS 8

static int
topic_name_at(const char *s, size_t c, size_t e, const char *name, size_t nl, char *out, size_t outsz)
{
	char		cand[2 * LP_MAX_SUBJECT + 1];
	size_t		i = c,
				il = 0,
				reach;
	int			k;

	/* every candidate opens with s[c]: none spans one reaching past reach */
	reach = lp_indicator_open_reach(s + c, e - c);
	for (k = 0; k < TOPIC_MAX_CHARS && i < e; k++)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + i, e - i, &cl);

		if ((cp >= '0' && cp <= '9') || lp_is_clause_end(cp))
			return 0;
		i += cl;
		if (i - c > reach || i - c + nl > LP_MAX_SUBJECT || i - c + nl + 1 > outsz)
			return 0;
		memcpy(cand, s + c, i - c);
		memcpy(cand + (i - c), name, nl);
		cand[i - c + nl] = '\0';
		if (lp_indicator_suffix(cand, i - c + nl, &il) != NULL && il == i - c + nl)
		{
			memcpy(out, cand, i - c + nl + 1);
			return 1;
		}
	}
	return 0;
}

/*
 * "从主要行业看，金融业是占比最大的行业，实现增加值946.9亿元": the figure's
 * clause opens with its verb (s[wa, a), words.tsv verb) and the words after
 * it, s[a, b), name no indicator; the industry a clause before it in its
 * sentence (from sa) opens with does, with them: that name, in out.  The
 * clauses are tried from the nearest back, TOPIC_MAX_CLAUSES of them within
 * TOPIC_MAX_BYTES (a figure's walk must not cross a long sentence again).
 */
#define TOPIC_MAX_CLAUSES 16
#define TOPIC_MAX_BYTES 512

int
lp_subject_of_topic(const char *s, size_t sa, size_t wa, size_t a, size_t b, char *out, size_t outsz)
{
	size_t		vl,
				pa = wa,
				pb,
				il = 0,
				p,
				lo;
	int			n = 0;

	if (a <= wa || b <= a || wa <= sa || (vl = lp_words_suffix(LP_W_VERB, s + wa, a - wa)) == 0 ||
		lp_indicator_suffix(s + a, b - a, &il) != NULL)
		return 0;
	pb = a - vl;
	lp_subject_clean(s, &pa, &pb);
	if (pb > pa)
		return 0;
	lo = wa - sa > TOPIC_MAX_BYTES ? wa - TOPIC_MAX_BYTES : sa;
	for (p = wa; p > lo && n < TOPIC_MAX_CLAUSES;)
	{
		size_t		q = lp_prev_char(s, p);
		int			cl;

		if (q < lo)
			break;
		/* a hanzi (U+4000-U+9FFF) ends no clause: stepped over without decoding */
		if (p - q == 3 && ((unsigned char) s[q]) >= 0xE4 && ((unsigned char) s[q]) <= 0xE9)
		{
			p = q;
			continue;
		}
		if (p < wa && lp_is_clause_end(lp_utf8_next(s + q, p - q, &cl)))
		{
			n++;
			if (topic_name_at(s, p, wa, s + a, b - a, out, outsz))
				return 1;
		}
		p = q;
	}
	return lo == sa && n < TOPIC_MAX_CLAUSES && topic_name_at(s, sa, wa, s + a, b - a, out, outsz);
}

/*
 * "全年实现地区生产总值100亿元，增长7%，人均4.5万元" ("人均达到5.62万元"):
 * a clause s[a, b) that is only a per-head word (words.tsv per_head_after_verb)
 * and perhaps a verb, after a figure of the sentence's subject: the figure is
 * per head of what the subject names, when 人均 and that name name another
 * indicator ("人均地区生产总值").  The name, in out.
 */
int
lp_subject_per_head_of(const char *s, size_t a, size_t b, const char *subject, char *out,
					   size_t outsz)
{
	size_t		p = lp_skip_separators(s, a, b),
				ph,
				vl,
				il = 0,
				sl = strlen(subject),
				n;
	const char *code,
			   *per;

	while (b > p && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (p >= b || (ph = lp_words_prefix(LP_W_PER_HEAD_AFTER_VERB, s + p, b - p)) == 0)
		return 0;
	p += ph;
	if (p < b && ((vl = lp_words_prefix(LP_W_VERB, s + p, b - p)) == 0 || p + vl != b))
		return 0;
	if ((code = lp_indicator_suffix(subject, sl, &il)) == NULL || ph + il + 1 > outsz)
		return 0;
	memcpy(out, s + p - ph, ph);
	memcpy(out + ph, subject + sl - il, il);
	n = ph + il;
	out[n] = '\0';
	per = lp_indicator_by_suffix(out, n);
	return per != NULL && strcmp(per, code) != 0;
}
