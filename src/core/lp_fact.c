/*
 * lp_fact.c — the memory of a document's facts.  Facts are the bulk of the
 * memory of a large document (millions of them for hundreds of megabytes),
 * so a fact stays small: its strings live in a pool of large blocks, freed
 * with the facts.
 */
#include "lp.h"
#include "lp_context.h"
#include "lp_fact.h"
#include "lp_indicator.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define POOL_BLOCK (64 * 1024)	/* bytes of one block of the string pool */
#define FACTS_SLOW (1024 * 1024)	/* bytes of facts past which they grow slowly */

lp_fact *
lp_fact_new(lp_facts *out)
{
	if (out->n == out->cap)
	{
		/*
		 * Facts are the bulk of the memory of a large document: grow by half
		 * while the array is small, by an eighth past FACTS_SLOW bytes, so
		 * the array is never much larger than its facts (glibc remaps a
		 * block that large, it does not copy it; issue 18: the unused
		 * third of the array of a 1 MB list of figures was 28 % of its peak).
		 */
		out->cap = out->cap == 0 ? 64 : out->cap * sizeof(lp_fact) < FACTS_SLOW ?
			out->cap + out->cap / 2 : out->cap + out->cap / 8;
		out->items = lp_realloc(out->items, out->cap * sizeof(lp_fact));
	}
	memset(&out->items[out->n], 0, sizeof(lp_fact));
	out->items[out->n].q.value = out->items[out->n].q.value_hi = "";
	out->items[out->n].q.unit = out->items[out->n].q.base_value = "";
	out->items[out->n].q.base_value_hi = out->items[out->n].q.base_unit = "";
	out->items[out->n].q.dimension = "";
	return &out->items[out->n++];
}

/*
 * A NUL-terminated copy of s[0, n) in the facts' string pool.  A short
 * string equal to one of the last few pooled is shared instead (facts of a
 * list repeat their unit, base unit and subject: issue 16's 分别 list and
 * one-line patterns); pooled strings are never written to.
 */
/* A short string's length and first, middle and last bytes: one compare
 * rules out nearly every recent string that differs (never 0: n > 0). */
static inline uint32_t
recent_key(const char *s, size_t n)
{
	return (uint32_t) n | ((uint32_t) (unsigned char) s[0] << 8) |
		((uint32_t) (unsigned char) s[n / 2] << 16) | ((uint32_t) (unsigned char) s[n - 1] << 24);
}

/*
 * The first recent string of that key equal to s[0, n), or -1.  The eight
 * keys are compared at once (issue 18: the loop was most of a copy's cost).
 */
static inline int
recent_find(const lp_facts *out, uint32_t key, const char *s, size_t n)
{
#if defined(__SSE2__) && LP_POOL_RECENT == 8
	__m128i		k4 = _mm_set1_epi32((int) key);
	unsigned	m = (unsigned) _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(
		_mm_loadu_si128((const __m128i *) out->recent_key), k4))) |
		(unsigned) _mm_movemask_ps(_mm_castsi128_ps(_mm_cmpeq_epi32(
		_mm_loadu_si128((const __m128i *) (out->recent_key + 4)), k4))) << 4;

	for (; m; m &= m - 1)
		if (memcmp(out->recent[__builtin_ctz(m)], s, n) == 0)
			return __builtin_ctz(m);
#else
	for (int k = 0; k < LP_POOL_RECENT; k++)
		if (out->recent_key[k] == key && memcmp(out->recent[k], s, n) == 0)
			return k;
#endif
	return -1;
}

const char *
lp_pool_copy(lp_facts *out, const char *s, size_t n)
{
	char	   *p;
	int			k;
	uint32_t	key = 0;

	if (n == 0)
		return "";
	if (n <= LP_POOL_RECENT_MAX)
	{
		key = recent_key(s, n);
		if ((k = recent_find(out, key, s, n)) >= 0)
			return out->recent[k];
	}
	if (out->nstrings == 0 || out->pool_used + n + 1 > out->pool_cap)
	{
		/* a new block; a string longer than a block gets one of its own */
		size_t		cap = n + 1 > POOL_BLOCK ? n + 1 : POOL_BLOCK;

		if (out->nstrings == out->strings_cap)
		{
			out->strings_cap = out->strings_cap ? out->strings_cap * 2 : 16;
			out->strings = lp_realloc(out->strings, out->strings_cap * sizeof(char *));
		}
		out->strings[out->nstrings++] = lp_alloc(cap);
		out->pool_used = 0;
		out->pool_cap = cap;
	}
	p = out->strings[out->nstrings - 1] + out->pool_used;
	memcpy(p, s, n);
	p[n] = '\0';
	out->pool_used += n + 1;
	if (n <= LP_POOL_RECENT_MAX)
	{
		k = out->recent_next++ % LP_POOL_RECENT;
		out->recent[k] = p;
		out->recent_key[k] = key;
	}
	return p;
}

/* Evidence: s[a, b) trimmed, without a list bullet, at most max bytes, pooled. */
const char *
lp_pool_evidence(lp_facts *out, const char *s, size_t a, size_t b, size_t max)
{
	size_t		n;

	lp_trim(s, &a, &b);
	n = lp_words_prefix(LP_W_SUBJECT_PREFIX, s + a, b - a);
	if (n)
	{
		lp_list_mark mark = lp_list_mark_at(s, a, b);

		if (mark == LP_MARK_DASH || mark == LP_MARK_BULLET)
		{
			a += n;
			lp_trim(s, &a, &b);	/* "● 金融业…": the space after the bullet */
		}
	}
	if (b - a > max)
	{
		b = a + max;
		while (b > a && (((unsigned char) s[b]) & 0xC0) == 0x80)
			b--;
	}
	/*
	 * The same text as the last evidence: shared, not copied again.  The
	 * mentions of a long sentence without an end near them each ask for
	 * their own window, which the cut above makes the same 1500 bytes
	 * (issue 16: 1.2 KB of evidence a fact on such a line).
	 */
	if (out->last_evidence && b - a == out->last_evidence_len &&
		memcmp(out->last_evidence, s + a, b - a) == 0)
		return out->last_evidence;
	out->last_evidence = lp_pool_copy(out, s + a, b - a);
	out->last_evidence_len = b - a;
	return out->last_evidence;
}

/*
 * The name of a section as its facts give it: a heading line that goes on
 * into its paragraph (（一）民生福祉改善迈出坚实步伐。就业方面，……) ends
 * after its first sentence, and no name is longer than LP_MAX_SECTION
 * bytes.  The whole paragraph was stored with every fact of the section
 * (2 KB a fact in work reports, more than half of the facts table).
 */
static size_t
section_name_len(const char *h)
{
	static const char *const stops[] = {"。", "；", "！", "？", "："};
	size_t		n = strlen(h),
				k;

	for (k = 0; k < sizeof(stops) / sizeof(stops[0]); k++)
	{
		const char *p = strstr(h, stops[k]);

		if (p && (size_t) (p - h) < n)
			n = p - h;
	}
	if (n > LP_MAX_SECTION)
	{
		n = LP_MAX_SECTION;
		while (n > 0 && (((unsigned char) h[n]) & 0xC0) == 0x80)
			n--;
	}
	while (n > 0 && (h[n - 1] == ' ' || h[n - 1] == '\t'))
		n--;
	return n;
}

void
lp_facts_name_sections(lp_facts *out, size_t from)
{
	const char *full = NULL,
			   *name = NULL;
	size_t		i;

	for (i = from; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (f->section == NULL)
			continue;
		if (f->section != full)
		{
			size_t		n = section_name_len(f->section);

			full = f->section;
			name = n == strlen(full) ? full : lp_pool_copy(out, full, n);
		}
		f->section = name;
	}
}

void
lp_negate_decimal(char *dec)
{
	size_t		n = strlen(dec);

	if (n == 0 || n + 2 > LP_NUM_MAX || strspn(dec, "0.") == n)
		return;
	if (dec[0] == '-')
		memmove(dec, dec + 1, n);
	else
	{
		memmove(dec + 1, dec, n + 1);
		dec[0] = '-';
	}
}

/* The string s pooled; an empty one (most upper ends and bases) without strlen. */
static inline const char *
pool_str(lp_facts *out, const char *s)
{
	return s[0] ? lp_pool_copy(out, s, strlen(s)) : "";
}

/* The value of q (negated when negative) as a fact's, its strings pooled. */
void
lp_fact_set_value(lp_facts *out, lp_fact *f, const lp_quantity *q, int negative)
{
	char		neg[4][LP_NUM_MAX];
	const char *v = q->value,
			   *v_hi = q->value_hi,
			   *base = q->base_value,
			   *base_hi = q->base_value_hi;

	/* copies only to negate: most values are pooled as they are */
	if (negative)
	{
		int			k;

		memcpy(neg[0], q->value, LP_NUM_MAX);
		memcpy(neg[1], q->value_hi, LP_NUM_MAX);
		memcpy(neg[2], q->base_value, LP_NUM_MAX);
		memcpy(neg[3], q->base_value_hi, LP_NUM_MAX);
		for (k = 0; k < 4; k++)
			lp_negate_decimal(neg[k]);
		v = neg[0];
		v_hi = neg[1];
		base = neg[2];
		base_hi = neg[3];
		/* negating a range reverses its order: 降低3.6%—3.8% is -3.8..-3.6 */
		if (neg[1][0])
		{
			v = neg[1];
			v_hi = neg[0];
		}
		if (neg[3][0])
		{
			base = neg[3];
			base_hi = neg[2];
		}
	}
	f->q.qualifier = q->qualifier;
	f->q.value = pool_str(out, v);
	f->q.value_hi = pool_str(out, v_hi);
	f->q.unit = pool_str(out, q->unit);
	f->q.base_value = pool_str(out, base);
	f->q.base_value_hi = pool_str(out, base_hi);
	f->q.base_unit = pool_str(out, q->base_unit);
	f->q.dimension = q->dimension ? q->dimension : "";
}

void
lp_facts_free(lp_facts *f)
{
	size_t		i;

	for (i = 0; i < f->nstrings; i++)
		lp_free(f->strings[i]);
	lp_free(f->strings);
	lp_free(f->items);
	f->items = NULL;
	f->strings = NULL;
	f->n = f->cap = f->nstrings = f->strings_cap = 0;
	f->pool_used = f->pool_cap = 0;
	f->last_evidence = NULL;
	f->last_evidence_len = 0;
	memset(f->recent, 0, sizeof(f->recent));
	memset(f->recent_key, 0, sizeof(f->recent_key));
	f->recent_next = 0;
}

/*
 * A price index on the year before (= 100) states the growth: "居民消费价格
 * 总指数104.6%" is a rise of 4.6 %, "居民消费价格指数控制在103%以内" a target
 * of 3 % at most.  Only the cpi named as an index, 80 to 130; an index
 * stated below 20 % is the rise already.  "CPI" names the index too: in an
 * interview "工作报告确定的CPI是3%" is a rise of 3 % at most.
 */
static int
names_cpi(const char *subject)
{
	size_t		n = strlen(subject);

	return n >= 3 && memcmp(subject + n - 3, "CPI", 3) == 0;
}

void
lp_fact_index_as_growth(lp_facts *out, lp_fact *f)
{
	const char *v = f->q.value,
			   *dot;
	char		buf[LP_NUM_MAX];
	long long	scaled = 0,
				unit = 1;
	int			places,
				i;
	double		d;

	if (f->indicator == NULL || strcmp(f->indicator, "cpi") != 0 ||
		f->measure != LP_MEASURE_LEVEL || strcmp(f->q.unit, "%") != 0 || f->q.value_hi[0] ||
		f->subject == NULL)
		return;
	d = strtod(v, NULL);
	/*
	 * "居民消费价格指数控制在3%以内": loose wording of the rise itself; so is a
	 * small percentage of prices named otherwise ("居民消费价格涨幅1.1%，控制在
	 * 预期3%以内": the name carried, its 涨幅 left behind): no price level is a
	 * percentage
	 */
	if (d > -10 && d < 20)
	{
		f->measure = LP_MEASURE_GROWTH;
		return;
	}
	if (strstr(f->subject, "指数") == NULL && !names_cpi(f->subject))
		return;
	if (!(d > 80 && d < 130) || strlen(v) > 12)
		return;
	dot = strchr(v, '.');
	places = dot ? (int) strlen(dot + 1) : 0;
	if (places > 8)
		return;
	for (i = 0; v[i]; i++)
		if (v[i] >= '0' && v[i] <= '9')
			scaled = scaled * 10 + (v[i] - '0');
	for (i = 0; i < places; i++)
		unit *= 10;
	scaled -= 100 * unit;
	if (places > 0)
		snprintf(buf, sizeof(buf), "%s%lld.%0*lld", scaled < 0 ? "-" : "",
				 llabs(scaled) / unit, places & 15, llabs(scaled) % unit);
	else
		snprintf(buf, sizeof(buf), "%lld", scaled);
	f->q.value = lp_pool_copy(out, buf, strlen(buf));
	f->q.base_value = f->q.value;
	f->measure = LP_MEASURE_GROWTH;
}

int
lp_fact_char_at(lp_facts *out, const char *s, int lineno, size_t at)
{
	if (out->span_text != s || out->span_line != lineno || at < out->span_byte)
	{
		out->span_text = s;
		out->span_line = lineno;
		out->span_byte = 0;
		out->span_chars = 0;
	}
	out->span_chars += (int) lp_utf8_chars(s + out->span_byte, at - out->span_byte);
	out->span_byte = at;
	return out->span_chars;
}

/*
 * "单位地区生产总值综合能耗-3.3%": a signed percentage with no measure word
 * before it is the change of what it names (no amount's level is negative;
 * an intensity's is in tonnes).  A rate named ("…利润率-0.3%") keeps its
 * level.
 */
void
lp_fact_signed_percent_as_growth(lp_fact *f)
{
	size_t		n;

	if (f->indicator == NULL || f->subject == NULL || f->measure != LP_MEASURE_LEVEL ||
		strcmp(f->q.unit, "%") != 0 || f->q.value[0] != '-' || f->q.value_hi[0])
		return;
	n = strlen(f->subject);
	if (n >= 3 && memcmp(f->subject + n - 3, "率", 3) == 0)
		return;
	f->measure = LP_MEASURE_GROWTH;
}

/*
 * "西藏设定今年GDP目标为10%左右", "GDP目标定为6%", a digest's "规模工业增加值
 * 力争9%以上": the economy's output and a sector's value added are amounts of
 * money, so a percentage of one with no share word (a share is read as one
 * before this) is its growth, never its level.
 */
void
lp_fact_output_percent_as_growth(lp_fact *f)
{
	size_t		n = f->indicator ? strlen(f->indicator) : 0;

	if (n == 0 || (strcmp(f->indicator, "gdp") != 0 && (n <= 3 || strcmp(f->indicator + n - 3, "_va") != 0)) ||
		f->measure != LP_MEASURE_LEVEL || strcmp(f->q.unit, "%") != 0)
		return;
	/* "以5%的能耗产出了6.4%的GDP、8.6%的税收": a name after a figure and 的 is its whole */
	if (f->subject != NULL && strncmp(f->subject, "的", 3) == 0)
		return;
	f->measure = LP_MEASURE_GROWTH;
}

/*
 * "一般公共预算收入：目标5%，完成3.2%", "固定资产投资…，完成9.2%": a bare
 * percentage after a target's or a result's word (paired) of an indicator
 * that is an amount of money (default unit 亿元, 元) is its growth: a plan
 * report's review leaves the growth word out.
 */
void
lp_fact_money_percent_as_growth(lp_fact *f, int paired)
{
	const char *u = f->indicator ? lp_indicator_default_unit(f->indicator) : NULL;
	size_t		n = u ? strlen(u) : 0;

	if (!paired || n < 3 || strcmp(u + n - 3, "元") != 0 ||
		f->measure != LP_MEASURE_LEVEL || strcmp(f->q.unit, "%") != 0)
		return;
	f->measure = LP_MEASURE_GROWTH;
}

/*
 * "水资源总量26.4亿立方米": an amount in 万 or 亿 of a physical measure (a
 * volume, a mass, an area) is no level of an indicator given in % (a rate
 * or an intensity: water_per_gdp); "万元GDP能耗0.45吨标准煤" (no magnitude)
 * keeps its code.
 */
static int
amount_of_a_rate(const lp_fact *f)
{
	static const char *const kept[] = {"", "money", "percent", "permille", "count", "price"};
	const char *def = lp_indicator_default_unit(f->indicator),
			   *dim = f->q.dimension;
	size_t		k;

	if (def == NULL || strcmp(def, "%") != 0 ||
		!(strncmp(f->q.unit, "万", 3) == 0 || strncmp(f->q.unit, "亿", 3) == 0))
		return 0;
	for (k = 0; k < sizeof(kept) / sizeof(kept[0]); k++)
		if (strncmp(dim, kept[k], strlen(kept[k])) == 0 && (kept[k][0] || dim[0] == 0))
			return 0;
	return 1;
}

/*
 * "其中工业6家、建筑业24家": a count is no level of an indicator of money or
 * a rate (industry_va, gdp, retail_sales: default unit 亿元, %), it counts
 * firms or projects of it; the figure keeps its subject and loses the code.
 * Its growths stay, and an indicator that is a count (enterprises 家) too.
 */
void
lp_fact_count_of_measured(lp_fact *f)
{
	if (f->indicator == NULL || f->measure != LP_MEASURE_LEVEL)
		return;
	if ((strcmp(f->q.dimension, "count") == 0 && !lp_indicator_counts(f->indicator)) ||
		amount_of_a_rate(f))
		f->indicator = NULL;
}
