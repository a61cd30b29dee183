/*
 * lp_clause.c — where sentences and clauses end: scans back and forward
 * over a line, and the ends of a line marked once for all its mentions.
 */
#include "lp_census.h"
#include "lp_clause.h"
#include "lp_period.h"
#include "lp_indicator.h"
#include "lp_text.h"
#include "lp_words.h"

#include <ctype.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/*
 * Start of the first character at or after byte i (before hi): look-backs
 * bounded by LP_MAX_LOOKBACK bytes start wherever the bound falls, often
 * inside a character, and what they return is where a subject or evidence
 * starts.
 */
static size_t
char_start(const char *s, size_t i, size_t hi)
{
	while (i < hi && (((unsigned char) s[i]) & 0xC0) == 0x80)
		i++;
	return i;
}

size_t
lp_ahead(const char *s, size_t slen, size_t at, size_t max)
{
	size_t		hi = slen - at > max ? at + max : slen;

	while (hi > at && hi < slen && (((unsigned char) s[hi]) & 0xC0) == 0x80)
		hi--;
	return hi;
}

/* Byte offset just after the last clause (or sentence) end in s[lo, hi). */
size_t
lp_after_last(const char *s, size_t lo, size_t hi, int (*is_end) (uint32_t))
{
	size_t		i = hi;

	while (i > lo)
	{
		size_t		p = lp_prev_char(s, i);
		int			n;

		if (p < lo)
			break;
		/* a hanzi (U+4000-U+9FFF) ends nothing: stepped over without decoding or a call */
		if (!(i - p == 3 && ((unsigned char) s[p]) >= 0xE4 && ((unsigned char) s[p]) <= 0xE9) &&
			is_end(lp_utf8_next(s + p, hi - p, &n)))
			return p + n;
		i = p;
	}
	return char_start(s, lo, hi);
}

/* Byte offset of the next clause end at or after i (or hi). */
size_t
lp_next_end(const char *s, size_t i, size_t hi, int (*is_end) (uint32_t))
{
	while (i < hi)
	{
		int			n;
		uint32_t	cp;

		/* a hanzi (U+4000-U+9FFF) ends nothing: stepped over without a call */
		if (i + 3 <= hi && ((unsigned char) s[i]) >= 0xE4 && ((unsigned char) s[i]) <= 0xE9 &&
			(((unsigned char) s[i + 1]) & 0xC0) == 0x80 && (((unsigned char) s[i + 2]) & 0xC0) == 0x80)
		{
			i += 3;
			continue;
		}
		cp = lp_utf8_next(s + i, hi - i, &n);
		if (is_end(cp))
			return i;
		i += n;
	}
	return hi;
}

static void
grow_marks(lp_end_marks *m)
{
	m->cap = m->cap ? 2 * m->cap : 64;
	m->at = lp_realloc(m->at, m->cap * sizeof(size_t));
}

/* inline: a line's every mark is pushed on up to four lists */
static inline void
push_mark(lp_end_marks *m, size_t at)
{
	if (m->n == m->cap)
		grow_marks(m);
	m->at[m->n++] = at;
}

/*
 * The end character at s[i] (a candidate byte), marked as what it ends; the
 * place marking goes on from: past an English gloss in brackets, whose
 * comma ends no clause ("（Gross Regional Product，GRP）"), or i.
 */
static inline size_t
mark_at(lp_clause_marks *m, const char *s, size_t slen, size_t i)
{
	uint32_t	cp = (unsigned char) s[i];
	int			n;
	size_t		g;

	/* a blank ending a heading run into its text ends a sentence */
	if (cp == ' ')
	{
		if (lp_heading_run_in_at(s, slen, i))
			push_mark(&m->clause_ends, i), push_mark(&m->item_ends, i), push_mark(&m->sentence_ends, i);
		return i;
	}
	if (cp >= 0x80)
		cp = lp_utf8_next(s + i, slen - i, &n);
	if ((cp == '(' || cp == 0xFF08) && (g = lp_gloss_end(s, i, slen)) > 0)
	{
		/* a full stop ends a sentence for lp_after_last even there ("(Why?)") */
		for (; i < g; i++)
			if (s[i] == '!' || s[i] == '?')
				push_mark(&m->full_stops, i);
		m->glosses++;
		return g;
	}
	/* an ASCII colon between digits is a ratio's ("收入比从2026年的2.31:1缩小到2.12:1"), no end */
	if (cp == ':' && i > 0 && i + 1 < slen && s[i - 1] >= '0' && s[i - 1] <= '9' &&
		s[i + 1] >= '0' && s[i + 1] <= '9')
		return i;
	/* a full stop ends a sentence, a sentence's end a clause, a clause an item */
	if (lp_is_clause_end(cp))
	{
		push_mark(&m->clause_ends, i);
		push_mark(&m->item_ends, i);
		if (lp_is_sentence_end(cp))
		{
			push_mark(&m->sentence_ends, i);
			if (lp_is_full_stop(cp))
				push_mark(&m->full_stops, i);
		}
	}
	else if (lp_is_list_sep(cp))
		push_mark(&m->item_ends, i);
	return i;
}

/*
 * The bytes an end character (or a gloss's bracket) can start with:
 * ，,：:；;！!？?( and a blank (a heading run in), the lead bytes of 。 (E3) and of ，：；！？（ (EF).  On
 * UTF-8 none of them is a continuation byte, so every byte is tested and
 * none is decoded but these.
 */
static inline int
may_end(unsigned char c)
{
	return c == 0xE3 || c == 0xEF || c == ',' || c == ':' || c == ';' || c == '!' || c == '?' ||
		c == '(' || c == ' ';
}

/* A bracket at s[i] (a candidate byte, or ')'), marked wherever it stands. */
static inline void
mark_bracket(lp_clause_marks *m, const char *s, size_t slen, size_t i)
{
	if (s[i] == '(' || s[i] == ')' ||
		(i + 3 <= slen && (lp_at(s, slen, i, "（") || lp_at(s, slen, i, "）"))))
		push_mark(&m->brackets, i);
}

void
lp_clause_marks_line(lp_clause_marks *m, const char *s, size_t slen)
{
	size_t		i = 0,
				skip = 0;		/* marks before it are inside an English gloss */

	if (m->line == s && m->len == slen)
		return;
	m->line = s;
	m->len = slen;
	m->clause_ends.n = m->sentence_ends.n = m->full_stops.n = m->item_ends.n = m->glosses = 0;
	m->brackets.n = 0;
#ifdef __SSE2__
	for (; i + 16 <= slen; i += 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (s + i)),
					hit = _mm_or_si128(
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xE3)),
									  _mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xEF))),
						 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
									  _mm_cmpeq_epi8(x, _mm_set1_epi8(':')))),
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(';')),
									  _mm_cmpeq_epi8(x, _mm_set1_epi8('!'))),
						 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('?')),
									  _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('(')),
												   _mm_cmpeq_epi8(x, _mm_set1_epi8(' '))))));
		unsigned	bits = (unsigned) _mm_movemask_epi8(
			_mm_or_si128(hit, _mm_cmpeq_epi8(x, _mm_set1_epi8(')'))));

		for (; bits; bits &= bits - 1)
		{
			size_t		at = i + (size_t) __builtin_ctz(bits);

			mark_bracket(m, s, slen, at);
			if (at >= skip && s[at] != ')')
				skip = mark_at(m, s, slen, at);
		}
	}
#endif
	for (; i < slen; i++)
	{
		if (may_end((unsigned char) s[i]) || s[i] == ')')
			mark_bracket(m, s, slen, i);
		if (i >= skip && may_end((unsigned char) s[i]))
			skip = mark_at(m, s, slen, i);
	}
}

/* Length of the (end) character at s[p]: ASCII or a three-byte one. */
static inline size_t
mark_len(const char *s, size_t p)
{
	return ((unsigned char) s[p]) < 0x80 ? 1 : 3;
}

/* after_last over marks: just after the last end in s[lo, hi), or lo. */
size_t
lp_marks_after_last(const lp_end_marks *m, const char *s, size_t lo, size_t hi)
{
	size_t		a = 0,
				b = m->n;

	while (a < b)				/* first mark at or after hi */
	{
		size_t		mid = a + (b - a) / 2;

		if (m->at[mid] < hi)
			a = mid + 1;
		else
			b = mid;
	}
	while (a > 0 && m->at[a - 1] >= lo)
	{
		size_t		p = m->at[a - 1];

		if (p + mark_len(s, p) <= hi)
			return p + mark_len(s, p);
		a--;
	}
	return char_start(s, lo, hi);
}

/* next_end over marks: the first end at or after i that ends before hi, or hi. */
size_t
lp_marks_next_end(const lp_end_marks *m, const char *s, size_t i, size_t hi)
{
	size_t		a = lp_marks_before(m, i);

	for (; a < m->n && m->at[a] < hi; a++)
		if (m->at[a] + mark_len(s, m->at[a]) <= hi)
			return m->at[a];
	return hi;
}

const lp_clause_marks *
lp_clause_marks_of(const lp_clause_marks *m, const char *s, size_t slen)
{
	return m->line == s && m->len == slen && m->glosses == 0 ? m : NULL;
}

const lp_end_marks *
lp_clause_brackets_of(const lp_clause_marks *m, const char *s, size_t slen)
{
	return m->line == s && m->len == slen ? &m->brackets : NULL;
}

void
lp_clause_marks_free(lp_clause_marks *m)
{
	lp_free(m->brackets.at);
	lp_free(m->clause_ends.at);
	lp_free(m->sentence_ends.at);
	lp_free(m->full_stops.at);
	lp_free(m->item_ends.at);
	memset(m, 0, sizeof(*m));
}

#define LABEL_MAX_BYTES 12		/* "记者", "市长", "唐良智", "主持人": 4 hanzi */

/*
 * Where the words of an interview's turn start after its label ("记者：2009年
 * …？", "市长：去年…。": a label of a few characters, a sentence), 0 if none;
 * not a title's "云岭日报：去年…".
 */
size_t
lp_interview_turn(const char *s, size_t len)
{
	size_t		b = len,
				ml,
				cl2;
	const char *colon = lp_find_colon(s, len < LABEL_MAX_BYTES + 3 ? len : LABEL_MAX_BYTES + 3, &ml);
	int			cl;

	while (b > 0 && (s[b - 1] == ' ' || s[b - 1] == '\r'))
		b--;
	/* a note ("注：2023年数据为初步核算数。") is no turn */
	if (colon == NULL || colon == s || lp_find_comma(s, (size_t) (colon - s), &cl2) != NULL || b == 0 ||
		lp_words_prefix(LP_W_NOTE_LABEL, s, (size_t) (colon - s)) == (size_t) (colon - s) ||
		!lp_is_sentence_end(lp_utf8_next(s + lp_prev_char(s, b), b - lp_prev_char(s, b), &cl)))
		return 0;
	return (size_t) (colon - s) + ml;
}

#define SPEAKER_MAX_BYTES 36		/* "刘志刚说", "市统计局有关负责人表示": 12 hanzi */

/* The first comma or colon in s[from, n) (n if none), *mlen its length: memchr-based searches. */
static size_t
clause_mark(const char *s, size_t from, size_t n, size_t *mlen)
{
	const char *comma = from < n ? lp_find_comma(s + from, n - from, mlen) : NULL;
	size_t		upto = comma ? (size_t) (comma - s) : n;
	size_t		cl;
	const char *colon = from < upto ? lp_find_colon(s + from, upto - from, &cl) : NULL;

	if (colon)
		*mlen = cl;
	return colon ? (size_t) (colon - s) : upto;
}

/*
 * Where the words after a speaker opening the paragraph start ("刘志刚说，
 * 今年…", "市发改委负责人介绍："), 0 when none.
 */
#define SPEAKER_READ (2 * SPEAKER_MAX_BYTES + 6)	/* the bytes lp_after_speaker reads */

static size_t
after_speaker(const char *s, size_t n)
{
	size_t		from = 0,
				p,
				ml = 3;
	int			clauses;

	/* the first two clauses: "谈到今年的发展目标，刘志刚说，今年…" */
	for (clauses = 0; clauses < 2 && (p = clause_mark(s, from, n, &ml)) < n; clauses++)
	{
		if (p > from && p - from <= SPEAKER_MAX_BYTES &&
			lp_words_suffix(LP_W_SPEECH_VERB, s + from, p - from) > 0)
			return p + ml;
		from = p + ml;
	}
	return 0;
}

/*
 * The answer depends on s[0, n) only; a line's contexts ask it of the same
 * opening two or three times (the plan period, the opening year, the plan's
 * lead): the last opening is kept, compared whole (another text may stand
 * at the same address).
 */
size_t
lp_after_speaker(const char *s, size_t len)
{
	static char last[SPEAKER_READ];
	static size_t last_n = SIZE_MAX,
				last_at;
	size_t		n = len < SPEAKER_READ ? len : SPEAKER_READ;

	if (n == last_n && memcmp(s, last, n) == 0)
		return last_at;
	last_at = after_speaker(s, n);
	memcpy(last, s, n);
	last_n = n;
	return last_at;
}

/*
 * Where a decision on this year starts in the second clause of a paragraph
 * ("会议审议通过了计划草案，确定今年全区…"): after the speech or decision word
 * (words.tsv speech_verb) that opens the clause, when 今年 follows it; 0
 * when none.
 */
size_t
lp_decision_on_this_year(const char *s, size_t len)
{
	size_t		n = len < 2 * SPEAKER_MAX_BYTES + 6 ? len : 2 * SPEAKER_MAX_BYTES + 6;
	size_t		ml,
				p,
				v;
	const char *comma = lp_find_comma(s, n, &ml);

	if (comma == NULL)
		return 0;
	p = (size_t) (comma - s) + ml;
	v = lp_words_prefix(LP_W_SPEECH_VERB, s + p, len - p);
	return v > 0 && lp_words_prefix(LP_W_PART_THIS_YEAR, s + p + v, len - p - v) > 0 &&
		!lp_at(s, len, p + v + 6, "以来") ? p + v : 0;
}

/*
 * A speaker's verb then a year inside the subject ("报道提到2031年全市经济",
 * "他表示2031年全省经济"): the bytes from a to the year, where the name's
 * words begin (the year goes next round), or 0.  The year is looked for in
 * the first SPEECH_YEAR_WITHIN bytes only (a speaker opens the clause): the
 * subject's rules run again after each strip, and a long subject stays linear.
 */
#define SPEECH_YEAR_WITHIN 48

size_t
lp_year_after_speech(const char *s, size_t a, size_t b)
{
	size_t		i,
				end = b < a + SPEECH_YEAR_WITHIN ? b : a + SPEECH_YEAR_WITHIN;
	const char *p;

	/* the years at a + 6 on, by their 年 (a + 10 on): most subjects have none */
	if (end < a + 13)
		return 0;
	for (p = lp_find3(s + a + 10, end - a - 10, "年"); p != NULL;
		 p = lp_find3(p + 3, (size_t) (s + end - p - 3), "年"))
	{
		i = (size_t) (p - s) - 4;
		if ((s[i] == '1' || s[i] == '2') && isdigit((unsigned char) s[i + 1]) &&
			isdigit((unsigned char) s[i + 2]) && isdigit((unsigned char) s[i + 3]) &&
			!isdigit((unsigned char) s[i - 1]) &&
			lp_words_suffix(LP_W_SPEECH_VERB, s + a, i - a) > 0)
			return i - a;
	}
	return 0;
}

/*
 * Is a quote open at a: more “ than ” in the LP_MAX_LOOKBACK * 4 bytes
 * before it (a bound: a line of many sentences is not read again for each;
 * a quote opened further back counts as none)?
 */
int
lp_quote_open_at(const char *s, size_t a)
{
	int			open = 0;
	size_t		i = a > LP_MAX_LOOKBACK * 4 ? a - LP_MAX_LOOKBACK * 4 : 0;
	const char *p;

	/* from E2 to E2 (“ and ” start with it; few other characters do) */
	for (; i + 3 <= a && (p = memchr(s + i, 0xE2, a - 2 - i)) != NULL; i = (size_t) (p - s) + 1)
		if (((unsigned char) p[1]) == 0x80)
			open += ((unsigned char) p[2]) == 0x9C ? 1 : ((unsigned char) p[2]) == 0x9D ? -1 : 0;
	return open > 0;
}

size_t
lp_before_last_year_clause(const char *s, size_t from, size_t to)
{
	size_t		p = from,
				wl;
	long		k;

	while (p < to && (k = lp_words_find(LP_W_PART_LAST_YEAR, s + p, to - p, &wl)) >= 0)
	{
		size_t		at = p + (size_t) k;
		size_t		prev = at > from ? lp_prev_char(s, at) : at;
		int			cl;

		if (at > from && lp_is_clause_end(lp_utf8_next(s + prev, at - prev, &cl)))
			return prev;
		p = at + wl;
	}
	return to;
}

int
lp_clause_opens_last_year(const char *s, size_t clause_start, size_t len)
{
	size_t		a = lp_skip_space(s, len, clause_start);

	a += lp_words_prefix(LP_W_PART_SALUTATION, s + a, len - a);	/* "报告回顾，去年…" */
	return lp_words_prefix(LP_W_PART_LAST_YEAR, s + a, len - a) > 0;
}

int
lp_sentence_opens_part_done(const char *s, size_t from, size_t upto)
{
	size_t		a = lp_skip_space(s, upto, from);

	a += lp_words_prefix(LP_W_PART_SALUTATION, s + a, upto - a);
	a += lp_words_prefix(LP_W_PART_THIS_YEAR, s + a, upto - a);
	return lp_words_prefix(LP_W_PART_DONE, s + a, upto - a) > 0 &&
		!lp_census_any(LP_W_TARGET_MARKER, s + a, upto - a) &&
		!lp_words_any(LP_W_PLANNED_MODAL, s + a, upto - a);
}

/*
 * Does s[a, b) hold a word of kind at which no word of not_kind starts
 * (a target marker that is no 预期寿命, a 年均 that is no 年均浓度)?
 */
static int
word_not_opening(lp_word_kind kind, lp_word_kind not_kind, const char *s, size_t a, size_t b)
{
	long		k;
	size_t		wl;

	/* (the census answers as lp_words_find; most lines hold neither word) */
	while (a < b && (k = lp_census_find(kind, s + a, b - a, &wl)) >= 0)
	{
		if (!lp_words_prefix(not_kind, s + a + k, b - a - (size_t) k))
			return 1;
		a += (size_t) k + wl;
	}
	return 0;
}

/* Where the clause opening at s[a] ends (its mark), upto at most. */
static size_t
clause_end_from(const char *s, size_t a, size_t upto)
{
	while (a < upto)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + a, upto - a, &cl);

		if (lp_is_clause_end(cp))
			break;
		a += (size_t) (cl > 0 ? cl : 1);
	}
	return a < upto ? a : upto;
}

int
lp_sentence_about_targets(const char *s, size_t from, size_t upto)
{
	size_t		a = lp_skip_space(s, upto, from),
				n,
				e;

	a += lp_words_prefix(LP_W_PART_SALUTATION, s + a, upto - a);
	if ((n = lp_words_prefix(LP_W_TARGET_TOPIC_LEAD, s + a, upto - a)) == 0)
		return 0;
	a += n;
	e = clause_end_from(s, a, upto);
	/* (not the targets of a year past, nor how they were met: "关于去年目标完成情况") */
	return lp_words_any(LP_W_TARGET_TOPIC, s + a, e - a) &&
		!lp_words_any(LP_W_TARGET_TOPIC_NOT, s + a, e - a);
}

int
lp_this_year_sentence_marked(const char *s, size_t from, size_t upto)
{
	size_t		a = from,
				n;

	int			lead;

	a = lp_skip_space(s, upto, a);
	lead = (n = lp_words_prefix(LP_W_PART_SALUTATION, s + a, upto - a)) > 0;	/* "根据报告，今年…" */
	a += n;
	/* "对于今年的主要预期目标，报告中提到，…": the targets are what the sentence is about */
	if (lp_words_prefix(LP_W_TARGET_TOPIC_LEAD, s + a, upto - a) > 0)
		return lp_sentence_about_targets(s, a, upto);
	if ((n = lp_words_prefix(LP_W_PART_THIS_YEAR, s + a, upto - a)) > 0 &&
		lp_words_prefix(LP_W_THIS_YEAR_SO_FAR, s + a + n, upto - a - n) > 0)
		return 0;
	/* the year's work opened by a modal ("报告指出，要实施…", "今年将新开工…") */
	if ((lead || n > 0) && lp_words_prefix(LP_W_PLANNED_MODAL, s + a + n, upto - a - n) > 0 &&
		lp_words_prefix(LP_W_PLANNED_MODAL_NOT, s + a + n, upto - a - n) == 0)
		return 1;
	return n > 0 && word_not_opening(LP_W_TARGET_MARKER, LP_W_MARKER_NOT, s, a, upto);
}

/*
 * Is the target marker at s[at] a target named as a noun and then reached,
 * the verb ending its clause ("…的预期全部如期超额完成（GDP增长7.8%，…）",
 * "年初确定的目标任务全面完成。")?  Then what follows are results.
 */
int
lp_target_marker_met(const char *s, size_t at, size_t upto)
{
	size_t		p = at,
				n;

	if ((n = lp_words_prefix(LP_W_TARGET_MET_NOUN, s + p, upto - p)) == 0)
		return 0;
	for (p += n; p < upto && (n = lp_words_prefix(LP_W_TARGET_MET_BETWEEN, s + p, upto - p)) > 0;)
		p += n;
	if (p >= upto || (n = lp_words_prefix(LP_W_TARGET_MET_VERB, s + p, upto - p)) == 0)
		return 0;
	p += n;
	return p < upto && (s[p] == '(' || s[p] == ',' || s[p] == ';' || lp_at(s, upto, p, "了") ||
						lp_at(s, upto, p, "（") || lp_at(s, upto, p, "，") ||
						lp_at(s, upto, p, "；") || lp_at(s, upto, p, "。"));
}

/*
 * Does the meeting whose name ends at s[end] ("市十三届人大三次会议") follow a
 * verb of reaching ("完成了") in the same clause, within SETTER_BYTES?
 */
#define SETTER_BYTES 60

static int
target_setter_after_verb(const char *s, size_t from, size_t end)
{
	size_t		lo = end > from + SETTER_BYTES ? end - SETTER_BYTES : from,
				p;

	for (p = end; p > lo + 3; p--)
	{
		size_t		q = p;

		/* a clause's end between: the verb is another clause's */
		if (s[p - 1] == ',' || s[p - 1] == ';' || lp_same(s + p - 3, "，", 3) ||
			lp_same(s + p - 3, "。", 3) || lp_same(s + p - 3, "；", 3))
			return 0;
		if (q - from >= 6 && lp_same(s + q - 3, "了", 3))
			q -= 3;
		if (lp_words_suffix(LP_W_TARGET_MET_VERB, s + from, q - from) > 0)
			return 1;
	}
	return 0;
}

/*
 * Is the target marker at s[at] the object of a verb of reaching before it,
 * over words of words.tsv target_won_between ("顺利实现年度目标任务",
 * "完成了全年目标任务")?  The text from s[from] on holds the verb.
 */
int
lp_target_marker_won(const char *s, size_t from, size_t at)
{
	size_t		p = at,
				n;

	while (p > from && (n = lp_words_suffix(LP_W_TARGET_WON_BETWEEN, s + from, p - from)) > 0)
		p -= n;
	if (p < at && lp_words_suffix(LP_W_TARGET_MET_VERB, s + from, p - from) > 0)
		return 1;
	/* "完成了市十三届人大三次会议确定的目标任务": the session that set them named between */
	if (p < at && (n = lp_words_suffix(LP_W_TARGET_SET_BY, s + from, p - from)) > 0)
		return target_setter_after_verb(s, from, p - n);
	return 0;
}

int
lp_names_target_set(const char *s, size_t len)
{
	size_t		from = 0,
				wl = 0;
	long		k;

	while (from < len && (k = lp_census_find(LP_W_TARGET_MARKER, s + from, len - from, &wl)) >= 0)
	{
		size_t		p = from + (size_t) k;

		/* "向第二个百年奋斗目标进军的重要一年": the centenary goals, no year's targets */
		if (!lp_words_prefix(LP_W_MARKER_NOT, s + p, len - p) &&
			!(p >= 6 && lp_same(s + p - 6, "奋斗", 6)) &&
			!lp_target_marker_met(s, p, len) && !lp_target_marker_won(s, 0, p))
			return 1;
		from = p + wl;
	}
	return 0;
}

/*
 * Is the target marker at s[at] in a clause naming the targets the work
 * followed ("市人民政府紧扣年初政府工作报告确定的各项目标任务，统筹抓好…，全市上半年
 * 实现地区生产总值…"): a word of words.tsv target_aimed between the clause's
 * start (from the sentence's start at from) and the marker, and the clause
 * ending before upto, the figure's place?  Then it marks no figure after.
 */
int
lp_target_marker_aimed(const char *s, size_t from, size_t at, size_t upto)
{
	size_t		cs = from,
				ml = 0;
	const char *c;

	while (cs < at && (c = lp_find_comma(s + cs, at - cs, &ml)) != NULL)
		cs = (size_t) (c - s) + ml;
	if (!lp_words_any(LP_W_TARGET_AIMED, s + cs, at - cs))
		return 0;
	c = lp_find_comma(s + at, upto - at, &ml);
	return c != NULL;
}

/*
 * Does the target marker at s[at] lead into a year before the document's
 * ("报告提出，2025年，全市地区生产总值为5.2万亿元、增长5.4%" in news of the
 * session of 2026)?  The report states that year's results there: what
 * follows is no target.
 */
int
lp_marker_opens_past_year(const char *s, size_t at, size_t upto, int doc_year)
{
	size_t		i = at + lp_words_prefix(LP_W_TARGET_MARKER, s + at, upto - at),
				yat = 1;
	int			y;

	if (doc_year == 0 || i == at)
		return 0;
	if (lp_at(s, upto, i, "，") || lp_at(s, upto, i, "："))
		i += 3;
	else if (i < upto && (s[i] == ',' || s[i] == ':'))
		i++;
	y = lp_find_year(s + i, upto - i < 16 ? upto - i : 16, &yat);
	return y > 0 && yat == 0 && y < doc_year;
}

/*
 * Does s[a, b) name an average annual rate (年均增长)?  Not the annual mean
 * of a name ("PM2.5年均浓度…下降3.6%" is last year's fall).
 */
int
lp_names_annual_average(const char *s, size_t a, size_t b)
{
	return word_not_opening(LP_W_ANNUAL_AVERAGE, LP_W_ANNUAL_MEAN_NAME, s, a, b);
}

/*
 * Where the words of an estimate start in s[a, b): at its last 预计, or a.
 * "聚焦年度…目标任务，…，预计上半年全县地区生产总值增长6.8%" estimates the half
 * year; the 年度 before it is the target's.
 */
size_t
lp_estimate_start(const char *s, size_t a, size_t b)
{
	size_t		p = a,
				last = a,
				wl = 0;
	long		at;

	while (p < b && (at = lp_census_find(LP_W_ESTIMATE_MARKER, s + p, b - p, &wl)) >= 0)
	{
		last = p + (size_t) at;
		p = last + (wl > 0 ? wl : 1);
	}
	return last;
}

/*
 * Does s[a, b) name the whole year ("预计全年…")?  Not a word naming the
 * year's plan ("预计一季度…占年度计划的23.8%，同比增长15.2%": the quarter's)
 * or target ("增长7.4%，处于7%—7.5%年度预期目标区间": the part's result).
 */
int
lp_names_whole_year(const char *s, size_t a, size_t b)
{
	size_t		p = a,
				wl;
	long		at;

	while (p < b && (at = lp_census_find(LP_W_WHOLE_YEAR, s + p, b - p, &wl)) >= 0)
	{
		size_t		e = p + (size_t) at + wl;

		if (!lp_at(s, b, e, "计划") && !lp_at(s, b, e, "预算") && !lp_at(s, b, e, "目标") &&
			!lp_at(s, b, e, "预期目标") && !lp_at(s, b, e, "投资计划") && !lp_at(s, b, e, "任务"))
			return 1;
		p = e;
	}
	return 0;
}

/*
 * Does s[a, b) end, spaces aside, with the base of a margin after its
 * comparison ("农村居民人均可支配收入高于全国平均水平" before "0.5个百分点以上")?
 * The base (words.tsv margin_base) ends it, a comparison (margin_verb)
 * stands before the base.
 */
int
lp_margin_over_base(const char *s, size_t a, size_t b)
{
	size_t		n;

	lp_trim(s, &a, &b);
	return b > a && (n = lp_words_suffix(LP_W_MARGIN_BASE, s + a, b - a)) > 0 && n < b - a &&
		lp_census_any(LP_W_MARGIN_VERB, s + a, b - a - n);
}

size_t
lp_condition_after_name(const char *s, size_t a, size_t b)
{
	size_t		wl,
				il;
	long		at;

	if (b - a < 12 || (at = lp_census_find(LP_W_CONDITION, s + a, b - a, &wl)) <= 0 ||
		lp_indicator_suffix(s + a, (size_t) at, &il) == NULL)
		return b;
	return a + (size_t) at;
}
