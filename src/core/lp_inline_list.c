/*
 * lp_inline_list.c — a list of targets or results inside a paragraph: the
 * intro and its colon ("主要预期目标是：地区生产总值增长6%左右，…"), an intro
 * without one, and the paragraphs that go on with the list (一是…二是…, a
 * paragraph of its items only); and a report's proposals opening a paragraph
 * ("报告提出，…").  lp_context.c reads the parts of a report.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_ordinal.h"
#include "lp_sections_box.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/*
 * Where the report's proposals opening the paragraph end ("报告提出，2019年…"),
 * also after a short lead clause naming what follows ("对于今年政府工作要求，
 * 会议提出，…"); 0 if it opens with none.
 */
#define PROPOSAL_LEAD_BYTES 48	/* 16 characters */

/* only , ; and the lead bytes of ， ； 。 need a closer look */
static const unsigned char proposal_marks[256] = {[','] = 1,[';'] = 1,[0xEF] = 1,[0xE3] = 1};

/*
 * The places of those bytes in s[0, n), n <= 64, as bits: this runs on
 * every line, and 16 bytes are tested at a time where SSE2 is there.
 */
static uint64_t
proposal_mark_bits(const char *s, size_t n)
{
	uint64_t	bits = 0;
	size_t		i = 0;

#ifdef __SSE2__
	for (; i + 16 <= n; i += 16)
	{
		__m128i		x = _mm_loadu_si128((const __m128i *) (s + i)),
					hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
													_mm_cmpeq_epi8(x, _mm_set1_epi8(';'))),
								   _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xEF)),
												_mm_cmpeq_epi8(x, _mm_set1_epi8((char) 0xE3))));

		bits |= (uint64_t) (unsigned) _mm_movemask_epi8(hit) << i;
	}
#endif
	for (; i < n; i++)
		if (proposal_marks[(unsigned char) s[i]])
			bits |= (uint64_t) 1 << i;
	return bits;
}

#define PROPOSAL_LIST_MIN_SEMICOLONS 2

/* "报告指出，今年要…；…；…。": its lead's end when ； parts items to the 。, else 0 */
static size_t
proposal_list_end(const char *s, size_t len)
{
	size_t		n = lp_words_prefix(LP_W_PART_PROPOSAL_LIST, s, len),
				i;
	int			parts = 0;

	for (i = n; n > 0 && i < len && !lp_at(s, len, i, "。"); i++)
		if (s[i] == ';' || lp_at(s, len, i, "；"))
			parts++;
	return parts >= PROPOSAL_LIST_MIN_SEMICOLONS ? n : 0;
}

size_t
lp_proposal_end(const char *s, size_t len)
{
	uint64_t	bits;
	size_t		n;

	if ((n = lp_words_prefix(LP_W_PART_PROPOSAL, s, len)) > 0 || (n = proposal_list_end(s, len)) > 0)
		return n;
	for (bits = proposal_mark_bits(s, len < PROPOSAL_LEAD_BYTES ? len : PROPOSAL_LEAD_BYTES);
		 bits; bits &= bits - 1)
	{
		size_t		i = (size_t) __builtin_ctzll(bits),
					after;
		unsigned char c = (unsigned char) s[i];

		after = c == ',' ? i + 1 : lp_at(s, len, i, "，") ? i + 3 : 0;
		if (after > 0)
			return (n = lp_words_prefix(LP_W_PART_PROPOSAL, s + after, len - after)) > 0 ? after + n : 0;
		if (lp_at(s, len, i, "。") || c == ';' || lp_at(s, len, i, "；"))
			return 0;
	}
	return 0;
}

/*
 * Length of the mark ending an intro at s[i]: a colon (':' or '：'), or a
 * dash pair after words ("主要预期目标——地区生产总值增长7.5%，…"); 0 if none.
 * A dash pair opening the line is a list mark ("——地区生产总值增长8%").
 */
static int
colon_at(const char *s, size_t len, size_t i)
{
	size_t		a = 0,
				b = i;

	if (s[i] == ':')
		return 1;
	if (lp_at(s, len, i, "："))
		return 3;
	if (!lp_at(s, len, i, "——"))
		return 0;
	lp_trim(s, &a, &b);
	return a < b ? 6 : 0;
}

/*
 * The next colon (or —, which colon_at may take for an intro's end) at or
 * after i, or len: memchr and lp_find3, not a walk over every character of
 * every line (in UTF-8 the bytes of a colon start a character).  Each of
 * the three is looked for again only once passed (i only grows), so a
 * line is searched once for each (issue 18: each colon or dash passed
 * searched the rest of the line again).
 */
typedef struct colon_scan
{
	size_t		ascii;			/* the next ':' at or after the last i asked, */
	size_t		wide;			/* the next ：, */
	size_t		dash;			/* the next — (len when none) */
} colon_scan;

static size_t
next_colon(colon_scan *cs, const char *s, size_t len, size_t i)
{
	const char *p;

	if (i == 0 || cs->ascii < i)
		cs->ascii = i < len && (p = memchr(s + i, ':', len - i)) != NULL ? (size_t) (p - s) : len;
	if (i == 0 || cs->wide < i)
		cs->wide = i < len && (p = lp_find3(s + i, len - i, "：")) != NULL ? (size_t) (p - s) : len;
	if (i == 0 || cs->dash < i)
		cs->dash = i < len && (p = lp_find3(s + i, len - i, "—")) != NULL ? (size_t) (p - s) : len;
	return cs->dash < cs->wide ? (cs->dash < cs->ascii ? cs->dash : cs->ascii) :
		(cs->wide < cs->ascii ? cs->wide : cs->ascii);
}

/*
 * The number of an item: 一是, 二是 (lp_ordinal_item), or an Arabic item
 * number opening the line ("2.经济结构。三次产业结构调整为…", the goals of a
 * plan in news, one paragraph an item); 0 when none.
 */
static int
item_ordinal(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				i;
	int			v = lp_ordinal_item(s, len);

	if (v > 0)
		return v;
	lp_trim(s, &a, &b);
	if (a >= b || s[a] < '0' || s[a] > '9' || lp_item_number_len(s, a, b) == 0)
		return 0;
	for (i = a; i < b && s[i] >= '0' && s[i] <= '9'; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/*
 * Does the list go on after s[0, len): does the line end inside it (with
 * ；，、 or no mark at all), not with a full stop?  A full stop inside a quote
 * the line leaves open ends no list: the speaker's words go on in the next
 * paragraph (a broadcast's transcript, "市长表示：“建议今年…主要预期目标是：
 * 全市生产总值增长5.5%左右！" ⏎ "全社会研发经费…保持在4.1%以上。…").
 */
static int
list_goes_on(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				end,
				p;
	int			cl;
	uint32_t	cp;

	lp_trim(s, &a, &b);
	if (a == b)
		return 0;
	end = b;
	p = lp_prev_char(s, b);
	cp = lp_utf8_next(s + p, b - p, &cl);
	/* a quote closing after the full stop ("…现代化城市。”") ends the list too */
	while (p > a && (cp == 0x201D || cp == 0x2019 || cp == '"' || cp == 0x300D || cp == 0x300F))
	{
		b = p;
		p = lp_prev_char(s, b);
		cp = lp_utf8_next(s + p, b - p, &cl);
	}
	if (lp_is_full_stop(cp) && lp_quote_open_at(s, end))
		return 1;
	return !lp_is_full_stop(cp) && cp != 0xFF1A && cp != ':';
}

/*
 * Do the words before a colon, s[start, i), with the line before when they
 * start the line (an intro broken over lines: "今年经济社会发展的\n主要预期目标
 * \n是："), name a list (kind: summary_intro) or targets (target_marker)?
 */
#define INTRO_TAIL_CHARS 6		/* "是", "如下", "安排如下" */

/* The words s[start, i) before a colon are a note's label ("注", "资料来源"). */
static int
is_note_label(const char *s, size_t start, size_t i)
{
	size_t		a = start,
				b = i;

	lp_trim(s, &a, &b);
	return a < b && lp_words_prefix(LP_W_NOTE_LABEL, s + a, b - a) == b - a;
}

/* A note's label opening brackets before the colon at i ("…相差1个多百分点（注：…）") */
static int
note_in_brackets(const char *s, size_t start, size_t i)
{
	size_t		n = lp_words_suffix(LP_W_NOTE_LABEL, s + start, i - start);

	return n > 0 && ((i - n >= start + 3 && lp_at(s, i, i - n - 3, "（")) ||
					 (i - n >= start + 1 && s[i - n - 1] == '('));
}

static int
intro_names(lp_word_kind kind, const char *s, size_t start, size_t i, const char *prev_s,
			size_t prev_len)
{
	size_t		a = 0,
				b = start;

	if (lp_words_any(kind, s + start, i - start))
		return 1;
	lp_trim(s, &a, &b);
	/* the line before counts when few words end the intro here ("是："), not a
	 * dateline under a title ("来源：…" under "…有望完成预期目标"), nor an
	 * answer under its question ("答：" under "问：今年的目标是多少？") */
	return a == b && prev_s && prev_len > 0 && lp_utf8_chars(s + start, i - start) <= INTRO_TAIL_CHARS &&
		!is_note_label(s, start, i) && list_goes_on(prev_s, prev_len) && lp_words_any(kind, prev_s, prev_len);
}

#define BARE_INTRO_MAX_BYTES (30 * 3)

/* Does s[0, len) start with a list mark or an item number ("——", "●", "1.")? */
static int
starts_marked_item(const char *s, size_t len)
{
	size_t		a = 0,
				b = len;

	lp_trim(s, &a, &b);
	return lp_list_mark_at(s, a, b) != LP_MARK_NONE || lp_item_number_len(s, a, b) > 0;
}

/*
 * The year of a sentence opened by the targets as its topic, before the
 * clause at intro that lists them ("对于2032年的目标任务，市长表示，青禾市
 * 主要预期目标为生产总值增长5.5%左右、…"): the items naming no year of
 * their own are that year's, not the one the text's session implies.
 */
static int
topic_year(const char *s, size_t intro)
{
	size_t		start = lp_after_last(s, intro > LP_MAX_LOOKBACK ? intro - LP_MAX_LOOKBACK : 0,
									  intro, lp_is_sentence_end),
				b = intro;

	if (start >= intro)
		return 0;
	if (lp_sentence_about_targets(s, start, intro))
		return lp_find_year(s + start, intro - start, NULL);
	/* a year alone opening the sentence, its clause ended by a comma ("2032年，
	 * 青禾市…的主要预期目标是生产总值增长5%…"): the year of the targets */
	while (b > start && (s[b - 1] == ' ' || s[b - 1] == ','))
		b--;
	if (b - start > 3 && lp_at(s, b, b - 3, "，"))
		b -= 3;
	return b < intro && lp_is_year_alone_line(s + start, b - start) ?
		lp_find_year(s + start, b - start, NULL) : 0;
}

/*
 * An intro of targets written without a colon: a line of its own naming
 * them ("建议全年经济社会发展预期目标" over its bullets), one whose 是 or 为
 * is followed by a comma ("今年…的主要目标是，在…的基础上，地区生产总值…"),
 * or named goals with their items ("主要预期目标是生产总值增长7%，…").
 */
static int
intro_without_colon(const char *s, size_t len, lp_inline_list *il)
{
	size_t		a = 0,
				b = len,
				tail,
				ml;
	int			bare = 0;
	const char *p;

	lp_trim(s, &a, &b);
	if (a < b && b - a <= BARE_INTRO_MAX_BYTES && lp_find_comma(s + a, b - a, &ml) == NULL &&
		lp_words_suffix(LP_W_TARGET_NOUN, s + a, b - a) > 0 &&
		lp_words_any(LP_W_SUMMARY_INTRO, s + a, b - a) && !lp_is_sentence_end(s[b - 1]) &&
		!lp_words_any(LP_W_ROLE_NOT, s + a, b - a))	/* "全年有望完成预期目标" */
	{
		il->found = 1;
		il->from = il->to = len;
		il->goes_on = 1;
		il->marked = 1;
		il->names_target = 1;
		il->year = lp_find_year(s + a, b - a, NULL);
		il->intro = a;
		return 1;
	}
	/* "目标是，" / "目标为，" / "主要目标是生产总值…": each 标 (lp_find3), then its words */
	for (p = lp_find3(s, len, "标"); p != NULL; p = lp_find3(p + 3, (size_t) (s + len - p - 3), "标"))
		if (p - s >= 3 && lp_same(p - 3, "目", 3) && (tail = lp_goals_tail(s, len, (size_t) (p - s) + 3, &bare)) > 0)
			break;
	/* "报告提出，2020年全市地区生产总值增长6%，进出口稳中提质，…": a paragraph
	 * of proposals lists targets to its sentence's end, not the year's whole list */
	if (p == NULL && a < b &&
		((tail = lp_proposal_end(s + a, b - a)) > 0 || (tail = lp_report_lead_sets(s + a, b - a)) > 0))
	{
		il->found = 1;
		il->intro = a;
		il->from = a + tail;
		il->to = lp_next_end(s, il->from, len, lp_is_full_stop);
		il->names_target = 1;
		il->year = lp_find_year(s + il->from, il->to - il->from < 30 ? il->to - il->from : 30, NULL);
		il->partial = 1;		/* news may state more targets elsewhere */
		return 1;
	}
	if (p == NULL)
		return 0;
	p -= 3;						/* where 目标 starts */
	il->found = 1;
	il->from = (size_t) (p - s) + strlen("目标") + tail;
	/* no comma: a sentence; "目标，包括经济方面，…；…。": the items ； parts, to the full stop */
	il->to = !bare ? len : lp_next_end(s, il->from, len, lp_is_full_stop);
	il->goes_on = bare ? 0 : list_goes_on(s, len);
	il->names_target = 1;
	il->intro = lp_after_last(s, (size_t) (p - s) > LP_MAX_LOOKBACK ? (size_t) (p - s) - LP_MAX_LOOKBACK : 0,
							  (size_t) (p - s), bare ? lp_is_clause_end : lp_is_sentence_end);
	il->year = lp_find_year(s + il->intro, (size_t) (p - s) - il->intro, NULL);
	il->partial = lp_words_any(LP_W_LIST_PARTIAL, s + il->intro, (size_t) (p - s) - il->intro);
	if (il->year == 0 && bare)
		il->year = topic_year(s, il->intro);
	return 1;
}

int
lp_inline_list_find(const char *s, size_t len, const lp_inline_list *prev, const char *prev_s,
					size_t prev_len, lp_inline_list *il)
{
	size_t		i,
				colons = 0;
	colon_scan	cs;

	memset(il, 0, sizeof(*il));
	/* a list under a bare intro ("建议全年经济社会发展预期目标" over its bullets) is of marked lines */
	if (prev && prev->found && prev->goes_on && prev->marked && !starts_marked_item(s, len))
		prev = NULL;
	/* items of 一是, 二是, … each a paragraph ending in 。: the next one goes on with the list;
	 * not a line of last year ("…增长3%；⏎上年全市…增长4.6%": its results) */
	if (prev && prev->found && (prev->goes_on || (prev->ordinal > 0 &&
												  item_ordinal(s, len) == prev->ordinal + 1)) &&
		!lp_clause_opens_last_year(s, 0, len))
	{
		/* a line going on inside item N is still item N */
		il->ordinal = item_ordinal(s, len);
		if (il->ordinal == 0 && prev->goes_on)
			il->ordinal = prev->ordinal;
		il->found = 1;
		il->to = len;
		il->names_target = prev->names_target;
		il->names_results = prev->names_results;
		il->goes_on = list_goes_on(s, len);
		il->year = prev->year;
		il->year_relative = prev->year_relative;
		il->partial = prev->partial;
		il->marked = prev->marked;
		return 1;
	}
	/* a list of targets ended by 。 goes on in a paragraph of its items, of no other year */
	if (prev && prev->found && prev->names_target && !(prev->goes_on || prev->partial || prev->marked || prev->ordinal) &&
		!starts_marked_item(s, len) && lp_items_only_line(s, len) && !lp_clause_opens_last_year(s, 0, len) &&
		(lp_find_year(s, len, NULL) == 0 || lp_find_year(s, len, NULL) == prev->year))
	{
		*il = *prev;
		il->from = il->intro = 0;
		il->to = len;
		return 1;
	}
	for (i = next_colon(&cs, s, len, 0); i < len; i = next_colon(&cs, s, len, i + 1))
	{
		int			n = colon_at(s, len, i);
		size_t		start,
					a,
					b = len;

		if (n == 0)
			continue;
		/* each colon looks back a sentence: a line of colons is long work */
		if ((++colons & 255) == 0)
			LP_CHECK_INTERRUPTS();
		/* the intro is the sentence before the colon; items must follow it */
		start = lp_after_last(s, i > LP_MAX_LOOKBACK ? i - LP_MAX_LOOKBACK : 0, i,
							  lp_is_sentence_end);
		a = i + (size_t) n;
		lp_trim(s, &a, &b);
		/* ("…增速高于预期目标，统计局发言人：…": a result set against targets lists none) */
		if (intro_names(LP_W_SUMMARY_INTRO, s, start, i, prev_s, prev_len) && !note_in_brackets(s, start, i) &&
			!lp_words_any(LP_W_ROLE_NOT, s + start, i - start) && !lp_intro_meets_goals(s, start, i))
		{
			/* "主要预期性指标完成情况如下：": the outcome of targets, results; so
			 * too a line above naming it ("主要指标预期完成情况" over "甲：完成…") */
			il->names_results = intro_names(LP_W_INTRO_RESULTS, s, start, i, prev_s, prev_len);
			il->names_target = intro_names(LP_W_TARGET_MARKER, s, start, i, prev_s, prev_len) &&
				!il->names_results;
			/* an intro ending the line: only one of targets opens a list below */
			if (a == b && !il->names_target)
				return 0;
			il->found = 1;
			il->from = i + (size_t) n;
			/* the list runs to the end of the paragraph: the items of a long one
			 * go on after a 。 ("…更好结果。规模以上工业增加值增长7.5%左右，…") */
			il->to = len;
			il->goes_on = a == b || list_goes_on(s, len);
			il->year = lp_find_year(s + start, i - start, NULL);
			il->intro = start;
			il->partial = lp_words_any(LP_W_LIST_PARTIAL, s + start, i - start);
			return 1;
		}
	}
	return intro_without_colon(s, len, il);
}

/*
 * An intro of targets met ("2028年主要目标任务圆满完成，诸如：…", words.tsv
 * intro_results) lists the year's results: its items are actuals, even where
 * the text around them is of targets (a title of next year's targets).
 */
void
lp_inline_list_results(const lp_inline_list *il, lp_status *status)
{
	if (il->found && il->names_results && *status == LP_STATUS_TARGET)
		*status = LP_STATUS_ACTUAL;
}
