/*
 * lp_period_document.c — a year that names a document, not a period: the
 * year of a plan or budget a sentence cites ("今年上半年，各地区根据省人代会
 * 批准的2031年国民经济和社会发展计划…，全省完成生产总值…"; words.tsv
 * year_names_document after the year's 年).  After a time the sentence names
 * before it (a year, 今年 or 去年, a part of the year), the figures are of
 * that time; a half-year plan execution report cites the year's plan so.
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

int
lp_cited_document_year(const char *s, size_t a, size_t q, size_t b)
{
	size_t		n;
	const char *nian;

	if (q <= a || (nian = lp_find3(s + q, (b - q < YEAR_CHARS_WITHIN ? b - q : YEAR_CHARS_WITHIN), "年")) == NULL)
		return 0;
	if (lp_words_prefix(LP_W_YEAR_NAMES_DOCUMENT, nian + 3, (size_t) (s + b - nian - 3)) == 0)
		return 0;
	/* a time named before it in its sentence: else the year may be the figures' own */
	a = sentence_start(s, a, q);
	n = q - a;
	return lp_find_year(s + a, n, NULL) != 0 || lp_has_period_word(s + a, n) != 0 ||
		lp_words_any(LP_W_PART_THIS_YEAR, s + a, n) || lp_words_any(LP_W_PART_LAST_YEAR, s + a, n);
}
