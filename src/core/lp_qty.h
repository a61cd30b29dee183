/*
 * lp_qty.h — internals shared by the quantity recognizer's files:
 * lp_decimal.c (exact decimals), lp_units.c (dictionaries), lp_numeral.c
 * (numerals), lp_quantity.c (mentions in running text: the stages),
 * lp_quantity_rules.c (the rules that reject a number as no quantity) and
 * lp_quantity_context.c (what the words around a number add).
 */
#ifndef LP_QTY_H
#define LP_QTY_H

#include "lp.h"

#include <string.h>

#define LP_DEC_DIGITS 40		/* most significant digits of a decimal */

/* Canonical form of a decimal string (no leading zeros, no trailing
 * fraction zeros). */
int			lp_dec_normalize(const char *a, char *out, size_t outsz);

/* Bytes of s[0, n) to quote in a message: at most max, cut at a code
 * point boundary. */
int			lp_clip_len(const char *s, size_t n, size_t max);

/* ---------- dictionaries (lp_units.c), built once per process ---------- */

/*
 * The code point at text[pos] for a first-character bitmap: ASCII and
 * three-byte characters decoded inline (as the tables' own bitmaps do),
 * 0x10000 for anything else (a bitmap cannot rule it out).
 */
static inline uint32_t
lp_q_bmp_at(const char *text, size_t len, size_t pos)
{
	const unsigned char *u = (const unsigned char *) text + pos;

	if (u[0] < 0x80)
		return u[0];
	if (u[0] >= 0xE0 && u[0] < 0xF0 && len - pos >= 3)
		return ((uint32_t) (u[0] & 0x0F) << 12) | ((uint32_t) (u[1] & 0x3F) << 6) | (u[2] & 0x3F);
	return 0x10000;
}

/* Is cp ruled out by the bitmap m (NULL: nothing is)? */
static inline int
lp_q_bitmap_rules_out(const unsigned char *m, uint32_t cp)
{
	return m != NULL && cp < 0x10000 && !((m[cp >> 3] >> (cp & 7)) & 1);
}

/*
 * The code point ending at text[end] for a last-character bitmap, as the
 * tables' lookups back from end read it (limit: where the text may start):
 * ASCII and well-formed three-byte characters decoded inline, 0x10000 for
 * anything else (a bitmap cannot rule it out).  end > limit.
 */
static inline uint32_t
lp_q_bmp_before(const char *text, size_t limit, size_t end)
{
	const unsigned char *u = (const unsigned char *) text + end;

	if (u[-1] < 0x80)
		return u[-1];
	if (end - limit >= 3 && u[-3] >= 0xE0 && u[-3] < 0xF0 &&
		(u[-2] & 0xC0) == 0x80 && (u[-1] & 0xC0) == 0x80)
		return ((uint32_t) (u[-3] & 0x0F) << 12) | ((uint32_t) (u[-2] & 0x3F) << 6) | (u[-1] & 0x3F);
	return 0x10000;
}

/*
 * The lookups below test the first (or last) character of a word in the
 * table's bitmap inline and call the table (the *_slow functions) only when
 * the bitmap lets it through: most places a rule asks about hold no word.
 * The bitmaps are NULL until the tables are built (or when a table has no
 * word): the table is then asked, and builds itself.
 */
extern const unsigned char *lp_unit_first;

const lp_unit *lp_unit_at_slow(const char *text, size_t len, size_t pos,
							   size_t *ulen);

/* Longest unit written at text[pos, len); its byte length in *ulen. */
static inline const lp_unit *
lp_unit_at(const char *text, size_t len, size_t pos, size_t *ulen)
{
	if (pos >= len || lp_q_bitmap_rules_out(lp_unit_first, lp_q_bmp_at(text, len, pos)))
		return NULL;
	return lp_unit_at_slow(text, len, pos, ulen);
}

/* Multiplier from u's base unit to the canonical unit of its dimension
 * (平方公里 → "1000000" 平方米), or NULL when there is no conversion. */
const char *lp_unit_canonical_factor(const lp_unit *u);

/* Factor of a magnitude word at text[pos] (万, 亿, 万亿 ...), NULL if none. */
const char *lp_magnitude_at(const char *text, size_t len, size_t pos,
							size_t *mlen);

enum lp_qplace
{
	LP_QP_PREFIX, LP_QP_SUFFIX, LP_QP_INFIX, LP_QP_BARE
};

/* Bitmaps of the first (last) code points of each place's words; NULL
 * before the tables are built (or when a place has no word). */
extern const unsigned char *lp_qualword_first[4];
extern const unsigned char *lp_qualword_last[4];

int			lp_qualword_at_slow(const char *text, size_t len, size_t pos,
								enum lp_qplace place, lp_qualifier *q, size_t *wlen);

/* Longest qualifier word of the given place starting at text[pos]. */
static inline int
lp_qualword_at(const char *text, size_t len, size_t pos,
			   enum lp_qplace place, lp_qualifier *q, size_t *wlen)
{
	if (pos >= len ||
		lp_q_bitmap_rules_out(lp_qualword_first[place], lp_q_bmp_at(text, len, pos)))
		return 0;
	return lp_qualword_at_slow(text, len, pos, place, q, wlen);
}

/* Can a qualifier word of that place start with cp?  A cheap test before
 * lp_qualword_at on a hot path (1 when unsure). */
static inline int
lp_qualword_may_start(enum lp_qplace place, uint32_t cp)
{
	const unsigned char *m = lp_qualword_first[place];

	return m == NULL || (cp < 65536 && ((m[cp >> 3] >> (cp & 7)) & 1));
}

int			lp_qualword_before_slow(const char *text, size_t start_limit, size_t end,
									enum lp_qplace place, lp_qualifier *q,
									size_t *wlen, int *gap_ok);

/* Longest qualifier of that place (prefix or bare) ending exactly at
 * text[end]; *gap_ok is set when the word may stand apart from the number. */
static inline int
lp_qualword_before(const char *text, size_t start_limit, size_t end,
				   enum lp_qplace place, lp_qualifier *q, size_t *wlen, int *gap_ok)
{
	if (end <= start_limit ||
		lp_q_bitmap_rules_out(lp_qualword_last[place], lp_q_bmp_before(text, start_limit, end)))
		return 0;
	return lp_qualword_before_slow(text, start_limit, end, place, q, wlen, gap_ok);
}

enum lp_nqkind
{
	LP_NQ_BEFORE, LP_NQ_AFTER, LP_NQ_CN_AFTER_UNIT, LP_NQ_PHRASE, LP_NQ_AFTER_UNIT,
	LP_NQ_CN_AFTER, LP_NQ_NAME_UNIT, LP_NQ_NAME_CLOSE, LP_NQ_COUNT_BEFORE,
	LP_NQ_DURATION_BEFORE, LP_NQ_DURATION_AFTER, LP_NQ_RATIO_NAME, LP_NQ_RATIO_VERB
};
#define LP_NQ_KINDS 13

/* Bitmaps of the first (last) code points of each kind's words. */
extern const unsigned char *lp_nq_first[LP_NQ_KINDS];
extern const unsigned char *lp_nq_last[LP_NQ_KINDS];

size_t		lp_nonquantity_at_slow(const char *text, size_t len, size_t pos,
								   enum lp_nqkind kind);
size_t		lp_nonquantity_before_slow(const char *text, size_t start_limit,
									   size_t end, enum lp_nqkind kind);

/* Length of the longest word of that kind starting at text[pos] (0: none). */
static inline size_t
lp_nonquantity_at(const char *text, size_t len, size_t pos, enum lp_nqkind kind)
{
	if (pos >= len || lp_q_bitmap_rules_out(lp_nq_first[kind], lp_q_bmp_at(text, len, pos)))
		return 0;
	return lp_nonquantity_at_slow(text, len, pos, kind);
}

/* Length of a word of that kind ending exactly at text[end] (0: none). */
static inline size_t
lp_nonquantity_before(const char *text, size_t start_limit, size_t end,
					  enum lp_nqkind kind)
{
	if (end <= start_limit ||
		lp_q_bitmap_rules_out(lp_nq_last[kind], lp_q_bmp_before(text, start_limit, end)))
		return 0;
	return lp_nonquantity_before_slow(text, start_limit, end, kind);
}

/* Build the tables now (the scan's fast path reads their bitmaps). */
void		lp_quantity_tables_init(void);

/* Roles of the words of q_words.tsv (the order of qword_roles in lp_data.c). */
enum lp_qword
{
	LP_QW_HALF, LP_QW_HALF_UNIT, LP_QW_DOUBLING_VERB, LP_QW_DOUBLING,
	LP_QW_RANGE_SEP, LP_QW_LIST_SEP, LP_QW_HOLD, LP_QW_STRIVE, LP_QW_ZHAO_UNIT,
	LP_QW_FIGURE_ACRONYM
};
#define LP_QW_KINDS 10

/* Bitmaps of the first (last) code points of each role's words; NULL
 * before the tables are built (or when a role has no word). */
extern const unsigned char *lp_qword_first[LP_QW_KINDS];
extern const unsigned char *lp_qword_last[LP_QW_KINDS];

size_t		lp_qword_at_slow(const char *text, size_t len, size_t pos, enum lp_qword role);

/*
 * Length of the longest word of that role at text[pos], 0 if none; the
 * first character is looked up in a bitmap inline, so a miss costs little.
 */
static inline size_t
lp_qword_at(const char *text, size_t len, size_t pos, enum lp_qword role)
{
	if (pos >= len ||
		lp_q_bitmap_rules_out(lp_qword_first[role], lp_q_bmp_at(text, len, pos)))
		return 0;
	return lp_qword_at_slow(text, len, pos, role);
}

/* Can a word of that role start with cp?  (1 when unsure) */
static inline int
lp_qword_may_start(enum lp_qword role, uint32_t cp)
{
	const unsigned char *m = lp_qword_first[role];

	return m == NULL || (cp < 65536 && ((m[cp >> 3] >> (cp & 7)) & 1));
}

size_t		lp_qword_before_slow(const char *text, size_t start_limit, size_t end,
								 enum lp_qword role);

/* Length of the longest word of that role ending exactly at text[end]. */
static inline size_t
lp_qword_before(const char *text, size_t start_limit, size_t end, enum lp_qword role)
{
	if (end <= start_limit ||
		lp_q_bitmap_rules_out(lp_qword_last[role], lp_q_bmp_before(text, start_limit, end)))
		return 0;
	return lp_qword_before_slow(text, start_limit, end, role);
}

/* Is s[0, n) a word of that role? */
int			lp_qword_is(enum lp_qword role, const char *s, size_t n);

/* Does text[from, to) contain a money-context word (资金, 投资 ...)? */
int			lp_money_context(const char *text, size_t from, size_t to);

/* ---------- numerals (lp_numeral.c) ---------- */

typedef struct lp_num
{
	size_t		start;
	size_t		end;			/* byte after the numeral (and 多/余) */
	char		value[LP_NUM_MAX];	/* mantissa when mag is set, else value */
	char		value_hi[LP_NUM_MAX];	/* upper end of a fuzzy range, "" */
	char		mag[16];		/* trailing magnitude word kept as unit, "" */
	const char *mag_factor;		/* its factor, NULL if mag is "" */
	int			has_digit;		/* written with Arabic digits */
	int			has_cn;			/* written with Chinese numeral characters */
	int			cn_sequence;	/* 二〇二三, 七一: digits read one by one */
	int			cn_single;		/* a lone 一, 二, 零 or 〇 */
	int			bare_mag;		/* no digit before the magnitude (百件, 万元) */
	int			approx;			/* 多 / 余 inside (500多亿, 200余) */
	int			percent_word;	/* 1: 百分之…, 2: 千分之…, 3: a fraction
								 * (三分之一, 2/3) whose value is a percent */
	int			int_digits;		/* Arabic integer digits (year check) */
	int			has_point;
	int			leading_zero;	/* "03" */
	int			overflow;		/* too many digits to be an amount */
} lp_num;

/*
 * Read a numeral at text[pos].  Returns 1 and fills n, or 0 when there is
 * no numeral there.  Units that begin with a magnitude character (千米,
 * 千瓦时, 百分点) end the numeral.
 */
int			lp_num_read(const char *text, size_t len, size_t pos, lp_num *n);

/* Is cp a character that can start a numeral? */
int			lp_num_start_char(uint32_t cp);

/* ---------- characters (for the quantity files) ---------- */

/* The code point at text[p] (0 and *cl = 0 at the end). */
static inline uint32_t
lp_q_cp_at(const char *text, size_t len, size_t p, int *cl)
{
	if (p >= len)
	{
		*cl = 0;
		return 0;
	}
	return lp_utf8_next(text + p, len - p, cl);
}

/* Start of the code point ending at p (p > limit). */
static inline size_t
lp_q_prev_start(const char *text, size_t limit, size_t p)
{
	if (p <= limit)
		return limit;
	p--;
	while (p > limit && ((unsigned char) text[p] & 0xC0) == 0x80)
		p--;
	return p;
}

/* The code point ending at p, 0 when p <= limit. */
static inline uint32_t
lp_q_cp_before(const char *text, size_t limit, size_t p)
{
	int			cl;
	size_t		s;

	if (p <= limit)
		return 0;
	s = lp_q_prev_start(text, limit, p);
	return lp_utf8_next(text + s, p - s, &cl);
}

static inline int
lp_q_is_alpha(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static inline int
lp_q_is_arabic(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* glibc and musl have it; declared here so that no includer needs _GNU_SOURCE */
void	   *memrchr(const void *s, int c, size_t n);

/* Start of the line holding p, not before limit. */
static inline size_t
lp_q_line_start(const char *text, size_t p, size_t limit)
{
	const char *nl;

	if (p <= limit)
		return p;
	nl = memrchr(text + limit, '\n', p - limit);
	return nl ? (size_t) (nl - text) + 1 : limit;
}

/* Arabic integer of four digits written as a year (1000..2999)? */
static inline int
lp_q_looks_like_year(const lp_num *n)
{
	return n->has_digit && !n->has_cn && !n->has_point && !n->mag[0] &&
		n->int_digits == 4 && (n->value[0] == '1' || n->value[0] == '2');
}

/* Is the unit a 年 (year or years)? */
static inline int
lp_q_unit_is_year(const lp_unit *u)
{
	const unsigned char *s = u ? (const unsigned char *) u->name : NULL;

	/* strcmp(u->name, "年") == 0, without the call */
	return s && s[0] == 0xE5 && s[1] == 0xB9 && s[2] == 0xB4 && s[3] == '\0';
}

/* ---------- a candidate mention (lp_quantity.c) ---------- */

/* The value of a mention being built: number, magnitude, unit. */
typedef struct lp_qbuild
{
	const lp_unit *unit;		/* NULL: none */
	char		mag[16];		/* magnitude word kept in the unit as written */
	const char *mag_factor;
	char		value[LP_NUM_MAX];
	char		value_hi[LP_NUM_MAX];
} lp_qbuild;

/*
 * Everything quantity_at knows about the number at c, filled stage by
 * stage (read, unit, range, unit from the context) and read by the rules.
 */
typedef struct lp_qmention
{
	const char *text;
	size_t		len;
	size_t		c;				/* where the number starts */
	size_t		ls;				/* start of its line (at most 64 bytes back) */
	int			lenient;		/* lp_quantity_parse: bare numbers, years, codes */
	lp_num		n;				/* the number */
	size_t		e;				/* its end */
	size_t		sign;			/* bytes of a minus sign glued before c */
	uint32_t	before;			/* the character before the number */
	uint32_t	after;			/* the character after it, */
	int			after_len;		/* its length */
	const lp_unit *u;			/* the unit written after it (or from the context) */
	size_t		ul;				/* its length at e */
	size_t		ue;				/* end of the unit, and of a range */
	int			has_n2;			/* a second number after a range separator, */
	lp_num		n2;				/* read as the range's end */
	size_t		ul2;			/* the length of its unit */
	int			is_range;
	int			neg_hi;			/* lp_quantity_parse: "-5--3%" */
	lp_qbuild	b;				/* the value */
	unsigned	guards;			/* what the rules' guards test (lp_quantity_rules.c) */
	int			no_duration_words;	/* rule duration found no words around it */
	size_t		next;			/* where scanning goes on when it is rejected */
} lp_qmention;

/* ---------- rules: when a number is no quantity (lp_quantity_rules.c) ---------- */

/* When in quantity_at a rule is tried. */
typedef enum lp_qphase
{
	LP_QR_NUMBER,				/* the number and the characters around it */
	LP_QR_WORD,					/* the word after the number (its unit known) */
	LP_QR_RANGE,				/* after a range to a second number: years, a
								 * bare 万/亿, a size class */
	LP_QR_UNIT,					/* the unit of a single number, context included */
	LP_QR_PHASES
} lp_qphase;

/*
 * Run the rules of a phase in order: the name of the first that rejects
 * the mention (m->next set to where scanning goes on), or NULL.
 */
const char *lp_qrules_run(lp_qmention *m, lp_qphase phase);

/* 一个百亿台阶: a step's size, no level (lp_quantity_step.c); 1 when rejected */
int			lp_q_step_size(lp_qmention *m);

/* Every rule, in order: its name and phase; 0 past the last. */
int			lp_qrule_info(int i, const char **name, lp_qphase *phase);

/*
 * The rule that rejects the number at text[c] as a quantity in running text
 * ("code_before"), "" when it is a quantity, NULL when no number starts
 * there (lp_quantity.c, for tests).
 */
const char *lp_quantity_rejection(const char *text, size_t len, size_t c);

/* Skip a run of code-like characters (letters, digits, . - / + _ : ...). */
size_t		lp_q_skip_code_run(const char *text, size_t len, size_t p);

/* ---------- the stages of a mention (lp_quantity_mention.c) ---------- */

/* Start a mention of the number at text[c]; lenient for lp_quantity_parse. */
void		lp_qmention_init(lp_qmention *m, const char *text, size_t len, size_t c,
							int lenient);

/*
 * Is the number at m->c a quantity?  1 and q filled, or 0 and m->next set
 * to where scanning goes on; *why names the rule that rejected the number
 * (NULL when none did, or no number starts there).
 */
int			lp_qmention_read(lp_qmention *m, lp_quantity *q, const char **why);

/* Put a minus sign before a decimal string (not before zero); 0 if no room. */
int			lp_q_negate(char *v, size_t sz);

/* ---------- a unit from the context (lp_quantity_context.c) ---------- */

/* value (or value_hi) * magnitude as a plain number; 0 when it does not fit. */
int			lp_q_full_value(const lp_num *n, char *out, size_t outsz, int hi);

/* 方 after 万/亿 (12亿方): 立方米, or the unit after a gloss (6万亿(6兆)元), its written length in *ul; NULL */
const lp_unit *lp_q_cubic_after_magnitude(const char *text, size_t len, const lp_num *n,
										  size_t e, size_t *ul);

/* "6万亿(6兆)元": the unit after a gloss opening text[e], its length from e in *ul; NULL (lp_quantity_gloss.c) */
const lp_unit *lp_q_unit_after_gloss(const char *text, size_t len, size_t e, size_t *ul);

/* lp_quantity_sign.c: a minus glued before the number at c (its length); may unit u go negative */
size_t		lp_q_sign_before(const char *text, size_t ls, size_t c);
int			lp_q_signed_dimension(const lp_unit *u);

/* 1: a money word in the sentence around [s, e); -1: people named in its clause, no money; -2: visits; 0. */
int			lp_q_money_context(const char *text, size_t len, size_t s, size_t e);

/* 3个多月, 3个半月: the longer unit around an infix word after u, or NULL. */
const lp_unit *lp_q_unit_around_word(const char *text, size_t len, const lp_unit *u,
									 size_t *ue, int half);

/* A rate whose % a copy lost ("比上年增长12.5；"): sets m->u to % (lp_quantity_lost.c). */
void		lp_q_percent_lost(lp_qmention *m);

/* A unit label right before a number in a flattened table row, or NULL. */
const lp_unit *lp_q_label_unit_before(const char *text, size_t ls, size_t c);

/*
 * The unit a list gives its items written without one, or NULL; *item (if
 * not NULL) the later item that has it, whose magnitude a bare first item
 * shares ("分别为233、3395和4626亿元": 233 亿元).
 */
const lp_unit *lp_q_shared_unit_after(const char *text, size_t len, size_t p,
									  const lp_num *first, lp_num *item);

/* The qualifier the last item of a list gives the bare items before it, or LP_Q_EQ. */
lp_qualifier lp_q_shared_qualifier_after(const char *text, size_t len, size_t p,
										 const lp_unit *u);

/* The qualifier the first item of a 分别 list gives the bare items after it, or LP_Q_EQ. */
lp_qualifier lp_q_shared_qualifier_before(const char *text, size_t ls, size_t c,
										  const lp_unit *u);

#endif							/* LP_QTY_H */
