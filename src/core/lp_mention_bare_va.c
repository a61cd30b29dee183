/*
 * lp_mention_bare_va.c — a bare 增加值 after the economy's or a value added's
 * figures is theirs: "上半年，全市实现地区生产总值412.5亿元，增长5.1%，第二
 * 季度完成增加值220.4亿元，增长6.3%" gives the quarter's gdp (增加值 alone named
 * no indicator).  Only when the sentence's subject before is gdp or names a
 * value added (规模以上工业增加值): a sector's clause (农业…，增加值…) is read
 * by lp_subject_of_sector_clause.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_mention_int.h"

#include <string.h>

#define VALUE_ADDED "增加值"

/*
 * "规上工业增加值增长8.6%，…；产值增长3.4%": a bare 产值 (总产值) after a
 * subject of 增加值 or 产值 is that subject's industry's output: its words
 * before the measure with the bare one, when they name an indicator
 * (规上工业 + 产值).
 */
static void
bare_output(const char *subject, lp_mention *m)
{
	static const char *const measures[] = {"总产值", "增加值", "产值"};
	char		name[LP_MAX_SUBJECT + 1];
	size_t		k,
				n = strlen(subject),
				b = strlen(m->subject);

	for (k = 0; k < sizeof(measures) / sizeof(measures[0]); k++)
	{
		size_t		v = strlen(measures[k]);

		if (n <= v || strcmp(subject + n - v, measures[k]) != 0)
			continue;
		if (n - v + b > LP_MAX_SUBJECT)
			return;
		memcpy(name, subject, n - v);
		memcpy(name + n - v, m->subject, b + 1);
		if (lp_indicator_by_suffix(name, n - v + b) == NULL)
			return;
		lp_copy_str(m->subject, sizeof(m->subject), name);
		m->subject_start = m->subject_end = 0;	/* not one span of s */
		return;
	}
}

/*
 * "工业增加值完成62.3亿元，增长7.1%，其中规上企业增加值增长8.3%": a subject of
 * a size word (words.tsv size_part: 规上, 规模以上企业) and the measure of the
 * subject before ("规上企业增加值"; "规上" before a growth) is the part of that subject's
 * industry above the size: the size word put before it (规上 + 工业增加值),
 * when that names an indicator and the bare subject names none.
 */
static void
size_part(const char *subject, lp_mention *m)
{
	char		name[LP_MAX_SUBJECT + 1];
	size_t		n = strlen(subject),
				b = strlen(m->subject),
				w = lp_words_prefix(LP_W_SIZE_PART, m->subject, b);
	const char *code,
			   *whole;

	/* the size word alone is the subject's growth only ("规上企业达到156家": the firms) */
	if (w == 0 || (w == b && m->measure.measure != LP_MEASURE_GROWTH) ||
		n < b - w || strcmp(subject + n - (b - w), m->subject + w) != 0 ||
		w + n > LP_MAX_SUBJECT || lp_words_prefix(LP_W_SIZE_PART, subject, n) > 0 ||
		lp_indicator_by_suffix(m->subject, b) != NULL)
		return;
	memcpy(name, m->subject, w);
	memcpy(name + w, subject, n + 1);
	/* a name of its own, not the whole's under a longer name (规模以上企业 + 工业总产值) */
	if ((code = lp_indicator_by_suffix(name, w + n)) == NULL ||
		((whole = lp_indicator_by_suffix(subject, n)) != NULL && strcmp(code, whole) == 0))
		return;
	lp_copy_str(m->subject, sizeof(m->subject), name);
	m->subject_start = m->subject_end = 0;	/* not one span of s */
}

void
lp_mention_bare_value_added(const lp_sentence *ss, lp_mention *m)
{
	size_t		n = strlen(ss->subject),
				vn = strlen(VALUE_ADDED);
	const char *code;

	/* cheap first: the subject is the bare word */
	if (m->listed)
		return;
	/*
	 * the sentence's subject, or the one before ； ("…增长8.6%；产值增长3.4%"), when the
	 * bare word opens its clause: not the object of a sector's verb ("农业实现产值…")
	 */
	if ((strcmp(m->subject, "产值") == 0 || strcmp(m->subject, "总产值") == 0) &&
		m->subject_start >= m->clause_start && m->subject_start < m->subject_end &&
		lp_skip_space(m->s, m->subject_start, m->clause_start) == m->subject_start)
	{
		bare_output(ss->subject[0] ? ss->subject : ss->prior_subject, m);
		return;
	}
	if (m->subject[0] != '\0' && (n > 0 || ss->prior_subject[0] != '\0'))
		size_part(n > 0 ? ss->subject : ss->prior_subject, m);
	if (strcmp(m->subject, VALUE_ADDED) != 0 || n == 0)
		return;
	code = lp_indicator_by_suffix(ss->subject, n);
	if (code == NULL ||
		(strcmp(code, "gdp") != 0 && (n < vn || strcmp(ss->subject + n - vn, VALUE_ADDED) != 0)))
		return;
	lp_copy_str(m->subject, sizeof(m->subject), ss->subject);
	m->inherited_code = ss->subject_code;
	m->subject_start = m->subject_end = 0;	/* not one span of s */
}
