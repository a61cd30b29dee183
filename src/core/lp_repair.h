/*
 * lp_repair.h — the passes of lp_normalize (internal to the core).
 *
 * Every pass works on one line (no '\n' inside), reads in[0, n) and, when it
 * changes something, writes the whole new line to out and returns 1; it
 * returns 0 and leaves out untouched otherwise.  Each change is recorded in
 * reps (may be NULL) with the fragment before and after.
 */
#ifndef LP_REPAIR_H
#define LP_REPAIR_H

#include "lp.h"
#include <string.h>

/* per-character classes, bits of lp_char_class() (lp_repair_class.c) */
#define LP_CC_T2S		0x0001	/* changed by t2s or starts a t2s phrase */
#define LP_CC_CHROME	0x0002	/* first character of a chrome trigger */
#define LP_CC_RARE		0x0004	/* hanzi outside the common list */
#define LP_CC_ODD		0x0008	/* bopomofo, box drawing, U+FFFD, 锟, PUA */
#define LP_CC_WIDTH		0x0010	/* full-width digit, letter or % */
#define LP_CC_ZW		0x0020	/* zero width / soft hyphen / emoji */
#define LP_CC_ZERO		0x0040	/* 〇 ○ */
#define LP_CC_LATIN1	0x0080	/* U+0080..U+00FF */
#define LP_CC_PAREN		0x0100	/* ( or （ (pinyin gloss) */
#define LP_CC_HTML		0x0200	/* < or & */
#define LP_CC_QMARK		0x0400	/* ? */
#define LP_CC_T2SP		0x0800	/* first character of a t2s phrase only */
#define LP_CC_CHROME_IN	0x1000	/* first character of an inline chrome trigger */
#define LP_CC_VARIANT	0x2000	/* folded by norm_variants.tsv, not by OpenCC */
#define LP_CC_WIDTHP	0x4000	/* full-width ， ． ： (folded between digits) */
#define LP_CC_DIGIT		0x8000	/* ASCII digit */

/* lead bytes of the 3-byte characters lp_u8 decodes inline: E1..EF but ED
 * (lp_repair_class.c) */
extern const unsigned char lp_u8_lead3[256];

/* UTF-8 decoding for hot loops: the common 3-byte case inline. */
static inline uint32_t
lp_u8(const char *s, size_t n, int *l)
{
	const unsigned char *u = (const unsigned char *) s;

	if (u[0] < 0x80)
	{
		*l = 1;
		return u[0];
	}
	/* E1..EF but ED (no surrogates, no overlong forms), two continuation
	 * bytes: tested with few branches, the loops of every pass run here */
	if (n >= 3 && lp_u8_lead3[u[0]])
	{
		uint16_t	cont;

		memcpy(&cont, u + 1, 2);	/* the mask reads the same in either byte order */
		if ((cont & 0xC0C0) == 0x8080)
		{
			*l = 3;
			/* with those bits known, the sum of the shifted bytes less theirs */
			return ((uint32_t) u[0] << 12) + ((uint32_t) u[1] << 6) + u[2] - 0xE2080;
		}
	}
	/* C2..DF and a continuation byte: pinyin's tone vowels, Latin-1 */
	if (n >= 2 && (uint8_t) (u[0] - 0xC2) <= 0xDF - 0xC2 && (u[1] & 0xC0) == 0x80)
	{
		*l = 2;
		return ((uint32_t) (u[0] & 0x1F) << 6) | (u[1] & 0x3F);
	}
	return lp_utf8_next(s, n, l);
}

/* qsort order of uint32_t keys (a record sorted by its first uint32_t too) */
int			lp_cmp_u32(const void *a, const void *b);

/* sort uint32_t keys, tmp holding n more (lp_repair_class.c) */
void		lp_sort_u32(uint32_t *a, uint32_t *tmp, size_t n);

/*
 * lp_u8's common case, for loops that keep their state in registers (no
 * call): the 3-byte character at u[i] (lead E1..EF but ED) into *cp and 1;
 * 0 when u[i] starts anything else (the caller then asks lp_u8).  The
 * caller has made sure three bytes are left: the fast loops test one bound
 * for ASCII and these alike (lp_u8_three tests it).
 */
static inline int
lp_u8_three_here(const unsigned char *u, size_t i, uint32_t *cp)
{
	uint16_t	cont;

	if (!lp_u8_lead3[u[i]])
		return 0;
	/* both continuation bytes in one compare (the mask reads the same in
	 * either byte order) */
	memcpy(&cont, u + i + 1, 2);
	if ((cont & 0xC0C0) != 0x8080)
		return 0;
	/* with those bits known, the sum of the shifted bytes less theirs */
	*cp = ((uint32_t) u[i] << 12) + ((uint32_t) u[i + 1] << 6) + u[i + 2] - 0xE2080;
	return 1;
}

/* the same, when one fits before n */
static inline int
lp_u8_three(const unsigned char *u, size_t i, size_t n, uint32_t *cp)
{
	return i + 3 <= n && lp_u8_three_here(u, i, cp);
}

/* In loops over a line's bytes: check for a cancel between chunks of this size. */
#define LP_LINE_CHUNK 16384

/* Does a t2s phrase whose conversion depends on context start at s? */
int			lp_t2s_phrase_at(uint32_t cp, const char *s, size_t n);

/*
 * In loops over the characters of a line: check for a cancel every 4096
 * iterations (a single line can be the whole document).
 */
#define LP_LOOP_CHECK(counter) \
	do { if ((++(counter) & 4095) == 0) LP_CHECK_INTERRUPTS(); } while (0)

/* Build every process-lifetime table once (lp_normalize.c); LP_ELIBRARY when
 * data is missing. */
int			lp_norm_tables_init(lp_error *err);
extern const uint16_t *lp_cc_bmp;	/* class of each BMP code point (lp_repair_class.c) */

/*
 * Above the BMP: the pictographs (U+1F000..U+1FAFF: emoji a blog or a repost
 * decorates its headings and lines with, "🌈2023年，…", "展望2024年目标🎯")
 * are dropped with the zero-width characters, so that a year or a heading
 * they lead or end reads as it would bare; any other character may be t2s's.
 */
static inline uint16_t
lp_char_class(uint32_t cp)
{
	if (cp < 0x10000)
		return lp_cc_bmp[cp];
	return cp >= 0x1F000 && cp <= 0x1FAFF ? LP_CC_ZW : LP_CC_T2S;
}

#define LP_MAX_CSV_TEXT 16
#define LP_CHROME_MAX_LINE 400	/* whole-line chrome is short (bytes, trimmed) */

/* table loaders called by lp_norm_tables_init, in this order: they mark
 * classes in cc */
int			lp_t2s_init(uint16_t *cc, lp_error *err);	/* lp_t2s.c */
int			lp_hanzi_init(uint16_t *cc, lp_error *err);	/* lp_repair_hanzi.c */
int			lp_chrome_init(uint16_t *cc, lp_error *err);	/* lp_repair_chrome.c */
void		lp_mark_fixed_classes(uint16_t *cc);	/* lp_repair_class.c */

/*
 * Inline chrome (chrome.tsv rows of scope inline): the text from open to
 * the first close after it is cut, by lp_fix_markup.
 */
#define LP_MAX_CHROME_CUTS 16
typedef struct lp_chrome_cut
{
	const char *open;			/* into the embedded data */
	size_t		open_len;
	const char *close;
	size_t		close_len;
} lp_chrome_cut;
const lp_chrome_cut *lp_chrome_cuts(size_t *n);

/*
 * Small regular expressions of src/data matched against a whole string in
 * linear time (lp_pattern.c; syntax there).  Compiled patterns are malloc'd
 * and live as long as the process; compile returns NULL and sets *why.
 */
#define LP_PATTERN_MAX_PROG 2048
typedef struct lp_pattern lp_pattern;
lp_pattern *lp_pattern_compile(const char *src, size_t len, const char **why);
int			lp_pattern_match(const lp_pattern *pat, const char *s, size_t n);
void		lp_pattern_free(lp_pattern *pat);

/* frequency rank of a hanzi (simplified first), -1 if not common (lp_repair_hanzi.c) */
int			lp_hanzi_rank(uint32_t cp);
/* per-character t2s (0 when unchanged); multi-code-point results do not occur (lp_t2s.c) */
uint32_t	lp_t2s_char(uint32_t cp);

/* record one repair */
/*
 * Move text[at, at + n), the rest of a word a line break cut (a gloss, a
 * character's second byte), back to the end of its line, whose break starts
 * at t: out takes text[copied, t), the piece, then the break text[t, at).
 * Returns the new copied, at + n.  The repairs of cut glosses and cut
 * Latin-1 pairs share it.
 */
static inline size_t
lp_move_back(lp_buf *out, const char *text, size_t len, size_t copied, size_t t, size_t at, size_t n)
{
	if (out->len == 0)
		lp_buf_reserve(out, len + 1);
	lp_buf_append(out, text + copied, t - copied);
	lp_buf_append(out, text + at, n);
	lp_buf_append(out, text + t, at - t);
	return at + n;
}

void		lp_repair_add(lp_repairs *reps, const char *kind, int line,
						  const char *before, size_t blen,
						  const char *after, size_t alen);

/* the passes */
int			lp_fix_lost(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps);
/* a paragraph's indent written as a run of '?' (lp_repair_qindent.c) */
int			lp_fix_qmark_indent(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps);
/* a whole line of UTF-8 read as GBK, lost bytes and all (lp_repair_u8line.c;
 * lp_fix_encoding asks it first) */
int			lp_fix_utf8_line(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps,
							 lp_error *err);
/* spots[0, nspots) of s[0, n), each a U+FFFD whose first two bytes of a
 * character lp_fix_utf8_line kept (its last 0xFF), told by the rest of the
 * line or made U+FFFD again (lp_repair_u8guess.c) */
void		lp_u8line_guess_spots(const size_t *spots, size_t nspots, char *s, size_t n);
/* quick: the line holds no '?' and no LP_CC_ODD character (lp_normalize
 * knows from its scan), so the pass looks only at Latin-1 and at runs
 * holding a rare hanzi, the only places it could repair */
int			lp_fix_encoding(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps,
							int quick, lp_error *err);
/* hints: what the caller knows in lacks (lp_normalize's scan), so that
 * markup is not looked for where it cannot be */
#define LP_MARKUP_NO_TAG		1	/* no '<', '&' or U+FFFD: no tag, entity or "\uFFFD/p>" */
#define LP_MARKUP_NO_PAREN		2	/* no '(' */
#define LP_MARKUP_NO_BRACKET	4	/* no '[' */
int			lp_fix_markup(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps,
						  unsigned int hints);

/*
 * Forum markup (lp_repair_bbcode.c): does in hold a tag ("[b]", "[/size]",
 * "[color=red]")?  Where does the tag that o[start, end) ends with ']'
 * start ((size_t) -1: none)?
 */
int			lp_bbcode_in(const char *in, size_t n);
size_t		lp_bbcode_tag_start(const char *o, size_t start, size_t end);
/* markdown's strong emphasis "**…**" (lp_repair_emphasis.c) */
int			lp_fix_emphasis(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps);
/* a forum's jammer: runs of short random ASCII tokens (lp_repair_jammer.c) */
int			lp_fix_jammer(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps);
/* a newspaper's page-jump notes "（下转第四版）" (lp_repair_jump.c) */
int			lp_fix_jump(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps);
int			lp_fix_zero_width(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps);
int			lp_fix_width(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps);
int			lp_width_between_digits(const char *in, size_t n);
/* the first i in [from, n - 3], i >= 1, where an ASCII digit u[i - 1] is
 * followed by a lead byte of ℅, ，．：, 。 or c/o; n when none
 * (lp_repair_digit_lead.c) */
size_t		lp_digit_lead_next(const unsigned char *u, size_t n, size_t from);
/* quick: the line holds no '?' and no LP_CC_ODD character (so no U+FFFD and
 * no invalid UTF-8) */
int			lp_fix_pinyin(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps,
						  int quick);
/* lp_fix_pinyin's careful loop: from i, the next character it acts on
 * (lp_repair_pinyin_skip.c) */
size_t		lp_pinyin_plain_end(const char *in, size_t n, size_t i, uint32_t *prev);
/* neutral-tone syllables (norm_pinyin.tsv) and glosses without tones (lp_repair_pinyin_plain.c) */
int			lp_toneless_syllable(const char *s, size_t n);
size_t		lp_gloss_plain_len(const char *s, size_t n);
int			lp_pinyin_plain_line(const char *in, size_t n);
int			lp_fix_zero_digit(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps);
/* ASCII zeros typed for 〇 in a Chinese year ("二00七年") */
int			lp_fix_ascii_zero(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps);
int			lp_fix_spacing(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps);
/* A line whose hanzi a PDF spaced apart to justify it ("预 计 分别 增 长"):
 * lp_fix_spacing mends it though it holds no digit */
int			lp_spacing_justified(const char *s, size_t n);
/* no_phrase: the caller knows no phrase of lp_t2s_phrase_at starts in the
 * line, so the per-character table converts it without looking */
int			lp_fix_t2s(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps,
					   int no_phrase, lp_error *err);
int			lp_fix_chrome(const char *in, size_t n, lp_buf *out, int line, lp_repairs *reps,
						  lp_error *err);

/* Is this CSV column name one of a report's text (chrome.tsv scope csv)? */
int			lp_chrome_csv_text(const char *name, size_t n);

/*
 * A report inside a CSV export (lp_unwrap_csv.c): when text starts with a
 * header line naming a text column, out gets the text fields alone, with
 * the same line breaks, and 1 is returned; else 0 and out is untouched.
 */
int			lp_unwrap_csv(const char *text, size_t len, lp_buf *out, lp_repairs *reps);

/*
 * A table given one cell a line, each closed by '|' (lp_unwrap_cells.c):
 * out gets the text with each row on the line of its first cell and the
 * row's other lines empty, and 1 is returned; else 0 and out is untouched.
 */
int			lp_unwrap_cells(const char *text, size_t len, lp_buf *out, lp_repairs *reps);

/*
 * A row of a bar table cut over lines, the lines going on with it opening
 * with a cell (lp_unwrap_bars.c): out gets the text with the row on the line
 * of its first part and its other lines empty, and 1 is returned; else 0
 * and out is untouched.
 */
int			lp_unwrap_bar_rows(const char *text, size_t len, lp_buf *out, lp_repairs *reps);

/* Length of "pinyin)" at s (a gloss's body and its closing bracket), 0 if none (lp_repair_text.c). */
size_t		lp_gloss_body_len(const char *s, size_t n);

/*
 * A pinyin gloss cut by a line break ("研发(f" / "ā)投入", "研发" / "(fā)投入")
 * put back whole on its hanzi's line, the lines kept (lp_repair_cutgloss.c).
 * Returns 1 when out holds the mended text, 0 (out untouched) when none was cut.
 */
int			lp_mend_cut_glosses(const char *text, size_t len, lp_buf *out, lp_repairs *reps);

/*
 * A GBK character read as two Latin-1 ones and cut between them by a line
 * break ("Ôö³" / "¤3.6%") put back whole on the first one's line, the lines
 * kept (lp_repair_cutpair.c).  Returns 1 when out holds the mended text,
 * 0 when none was cut, -1 on error (the GBK tables).
 */
int			lp_mend_cut_latin1_pairs(const char *text, size_t len, lp_buf *out, lp_repairs *reps,
									 lp_error *err);

/* Lists of links (chrome.tsv scope list), line after clean line: 1 when
 * the line is the list's header or one of its links and becomes empty. */
typedef struct lp_link_list
{
	int			items;			/* links still allowed; 0 outside a list */
} lp_link_list;
int			lp_chrome_link_list(lp_link_list *ll, const char *s, size_t n, int line,
								lp_repairs *reps);

/* ---------- GBK and the score of a repair (lp_repair_gbk.c) ---------- */

/* Build the GBK tables once (iconv); LP_ELIBRARY when it cannot. */
int			lp_gbk_init(lp_error *err);

/*
 * Each two-byte code (lead 81..FE, trail 40..FE but 7F) that iconv reads
 * from charset as one BMP character outside ASCII, not U+FFFD, given to
 * put in order; the error when iconv has no such charset.  lp_gbk_init's
 * GBK tables and lp_repair_u8line.c's GB18030 codes are built with it.
 */
typedef void (*lp_code_fn) (void *arg, int lead, int trail, uint32_t cp);
int			lp_two_byte_codes(const char *charset, lp_code_fn put, void *arg, lp_error *err);
extern const uint16_t *lp_gbk_dec;	/* [(lead-0x81)*191 + trail-0x40] -> BMP cp */
extern const uint16_t *lp_gbk_enc;	/* BMP cp -> lead<<8|trail, 0 = none */

/* The character of a GBK pair, 0 if none (after lp_gbk_init). */
static inline uint32_t
lp_gbk_pair(uint8_t lead, uint8_t trail)
{
	if (lead < 0x81 || lead > 0xFE || trail < 0x40 || trail > 0xFE)
		return 0;
	return lp_gbk_dec[(lead - 0x81) * 191 + trail - 0x40];
}

/* Can GBK encode cp (a non-ASCII BMP character, or the euro sign)? */
static inline int
lp_gbk_encodable(uint32_t cp)
{
	return cp >= 0x80 && cp < 0x10000 && (lp_gbk_enc[cp] != 0 || cp == 0x20AC);
}

/* Build the table of character scores (lp_norm_tables_init, after the
 * classes and hanzi ranks are marked in cc). */
int			lp_score_init(const uint16_t *cc, lp_error *err);

/* The score of one character as Chinese (lp_score_init builds the BMP's). */
extern const int8_t *lp_bmp_score;
int			lp_char_score_astral(uint32_t cp);
static inline int
lp_char_score(uint32_t cp)
{
	return cp < 0x10000 ? lp_bmp_score[cp] : lp_char_score_astral(cp);
}

/* score of text as Chinese: sum of per-character scores, *nchars counted */
int			lp_chinese_score(const char *s, size_t n, int *nchars);

/* Is cand clearly better Chinese than orig (strong: damage is certain)? */
int			lp_clearly_better(const char *orig, size_t on, const char *cand, size_t cn,
							  int strong);
/* 1 when no candidate can be clearly better than orig (it scores too well) */
int			lp_cannot_improve(const char *orig, size_t on);
/* the same two tests on scores and character counts already known */
int			lp_scores_clearly_better(int os, int oc, int cs, int cc, int strong);
int			lp_scores_cannot_improve(int os, int oc);

/* ---------- a run's GBK bytes and the one-byte shift (lp_repair_shift.c) ---------- */

#define LP_RUN_MAX_CHARS 4096	/* longer runs are not repaired */

/*
 * A run's characters encoded once for both repairs that read its bytes
 * (try_utf8, then lp_try_shift): € as CP936's byte 0x80, as try_utf8 wants;
 * lp_try_shift, which wants GBK proper, encodes a run holding a € again.
 */
typedef struct lp_run_code
{
	lp_buf		bytes;
	size_t	   *offs;			/* LP_RUN_MAX_CHARS + 1 of them */
	size_t		nchars;			/* 0 when the run cannot be encoded */
	int			euro;			/* a € among the characters */
} lp_run_code;

/* GBK bytes of in[rs, re) into bytes, offs[k] where character k starts (see there) */
int			lp_gbk_encode_run(const char *in, size_t rs, size_t re, lp_buf *bytes, size_t *offs,
							  size_t max_chars, size_t *nchars, int *euro);
/* the gbk_shift repair of the run [rs, re) (pre: where the damage starts) */
int			lp_try_shift(const char *in, size_t n, size_t pre, size_t rs, size_t re,
						 int strong, const lp_run_code *rc, lp_buf *cand, size_t *end);

/* Append cp in UTF-8 (candidates are built a character at a time). */
static inline void
lp_buf_put_cp(lp_buf *b, uint32_t cp)
{
	lp_buf_reserve(b, 4);
	b->len += (size_t) lp_utf8_put(b->data + b->len, cp);
	b->data[b->len] = '\0';
}

#endif
