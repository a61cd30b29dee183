/*
 * lp_period_document.c — a year that names a document, not a period: the
 * year of a plan or budget a sentence cites ("今年上半年，各地区根据省人代会
 * 批准的2031年国民经济和社会发展计划…，全省完成生产总值…"; words.tsv
 * year_names_document after the year's 年).  After a part of that year the
 * sentence names before it, the figures are of that part; a half-year plan
 * execution report cites the year's plan so.
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* The 年 of a year at s[q] lies within this many bytes (二〇三一年: 5 hanzi). */
#define YEAR_CHARS_WITHIN 16

/* Bytes looked back for the sentence's start past a look-back window (LP_MAX_LOOKBACK). */
#define SENTENCE_BACK_BYTES 1200

/*
 * The start of the sentence holding s[q]: past its last full stop, which a
 * window starting at a may have cut off (a long sentence of a plan report:
 * "今年上半年，在…下，…根据…批准的2031年国民经济和社会发展计划…，全省完成…").
 */
static size_t
sentence_start(const char *s, size_t a, size_t q)
{
	size_t		p = q,
				floor = q > SENTENCE_BACK_BYTES ? q - SENTENCE_BACK_BYTES : 0;

	if (a < floor)
		floor = a;
	while (p > floor)
	{
		size_t		c = lp_prev_char(s, p);

		if (s[c] == '\n' || lp_same(s + c, "。", 3) || lp_same(s + c, "！", 3) || lp_same(s + c, "？", 3))
			break;
		p = c;
	}
	return p;
}

/*
 * A part of the year named in s[a, q) before the cited year q, of that year:
 * the figures are the part's ("今年上半年，…根据…批准的2031年…计划，…全省完成…").
 * Not one month nor a time of another year ("1月，市人大批准的2031年…计划
 * 提出…", "去年12月，…审议了2031年…计划草案，提出…增长7%左右"): the time the
 * plan was approved, and the figures after it are the plan's own, of its year.
 */
static int
part_of_the_year_before(const char *s, size_t a, size_t q, size_t b)
{
	size_t		n = q - a;
	int			before;

	if (lp_has_period_word(s + a, n) != 1 || lp_words_any(LP_W_PART_LAST_YEAR, s + a, n))
		return 0;
	before = lp_last_year(s, a, q);
	return before == 0 || before == lp_find_year(s + q, b - q, NULL);
}

int
lp_cited_document_year(const char *s, size_t a, size_t q, size_t b)
{
	const char *nian;

	if (q <= a || (nian = lp_find3(s + q, (b - q < YEAR_CHARS_WITHIN ? b - q : YEAR_CHARS_WITHIN), "年")) == NULL)
		return 0;
	if (lp_words_prefix(LP_W_YEAR_NAMES_DOCUMENT, nian + 3, (size_t) (s + b - nian - 3)) == 0)
		return 0;
	return part_of_the_year_before(s, sentence_start(s, a, q), q, b);
}
