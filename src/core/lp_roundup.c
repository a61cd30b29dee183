/*
 * lp_roundup.c — news rounding up the sessions of several jurisdictions.
 *
 * A roundup ("多地两会陆续召开") reports several governments' work reports
 * one paragraph after another, each opened by its session's name
 * ("赤峰市六届人大三次会议…", "晋城市五届人大五次会议…").  One city's list of
 * targets states none of another's, so the headline (lp_headline.c) asks
 * which report each line belongs to.  A session is named by the hanzi
 * before a word of kind session_name (届人大, 届人民代表大会); two names are
 * one jurisdiction's when one ends the other, 第 aside ("三亚市海棠区第二"
 * and "海棠区第二" in a title).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_period.h"
#include "lp_region.h"
#include "lp_roundup.h"
#include "lp_text.h"
#include "lp_word_rows.h"
#include "lp_words.h"

#include <limits.h>
#include <string.h>

#define MAX_SESSIONS 16
#define MAX_KEY 10				/* hanzi kept of a jurisdiction's name */

typedef struct session_key
{
	char		s[MAX_KEY * 4 + 1];	/* a hanzi of the extensions is 4 bytes */
	size_t		len;
} session_key;

/*
 * The name of the session named in s[0, len): the run of hanzi before the
 * first word of kind session_name, without 第.  0 when none.
 */
/*
 * Every word of kind session_name holds 届 (words.tsv; lp_word_rows_hold):
 * then a line without 届 names no session, which one SSE2 scan tells
 * (lp_find3), where the kind's leads 届 and 人 stop lp_words_find at every
 * 人.  -1 not read yet.
 */
static int	session_words_jie = -1;

static int
session_in(const char *s, size_t len, session_key *key)
{
	long		at;
	size_t		p,
				a;
	int			k = 0;

	if (lp_word_rows_hold_memo(&session_words_jie, "session_name", "届") && lp_find3(s, len, "届") == NULL)
		return 0;
	if ((at = lp_roundup_numbered_session(s, len)) <= 0)
		return 0;
	/* back over the hanzi before it */
	for (p = (size_t) at; p > 0 && k < MAX_KEY;)
	{
		size_t		q = lp_prev_char(s, p);
		int			n;

		if (!lp_is_hanzi(lp_utf8_next(s + q, p - q, &n)))
			break;
		p = q;
		k++;
	}
	key->len = 0;
	/* character by character, within the key: invalid bytes may make a "character" long */
	for (a = p; a < (size_t) at;)
	{
		int			n;

		(void) lp_utf8_next(s + a, (size_t) at - a, &n);
		if (n < 1 || key->len + (size_t) n >= sizeof(key->s))
			break;
		if (!lp_at(s, (size_t) at, a, "第"))
		{
			memcpy(key->s + key->len, s + a, (size_t) n);
			key->len += (size_t) n;
		}
		a += (size_t) n;
	}
	key->s[key->len] = '\0';
	return key->len > 0;
}

/*
 * A comparison piece has no sessions: each paragraph opens with its region's
 * name ("广东今年GDP增长目标定为8%…", "江苏提出今年…").  The longest region
 * name (regions.tsv) opening s[0, len) after its indentation, words going on
 * from it, on a line that states a figure.  0 when none.
 */
#define REGION_HEAD_MAX LP_ROUNDUP_HEAD_MAX

/* Does s[i, len) open with a year (four digits and 年)? */
static int
year_at(const char *s, size_t len, size_t i)
{
	size_t		k;

	for (k = 0; k < 4; k++)
		if (i + k >= len || s[i + k] < '0' || s[i + k] > '9')
			return 0;
	return lp_at(s, len, i + 4, "年");
}

/*
 * Do name[0, n) and key name one region: the same, or one the other and its
 * level ("青禾市政府工作报告显示…" then "青禾还完成了…": 青禾 and 青禾市)?
 */
static int
names_key_region(const char *name, size_t n, const session_key *key)
{
	const char *lo = n <= key->len ? name : key->s,
			   *hi = n <= key->len ? key->s : name;
	size_t		nlo = n <= key->len ? n : key->len,
				nhi = n <= key->len ? key->len : n;

	if (memcmp(lo, hi, nlo) != 0)
		return 0;
	return nhi == nlo ||
		(nhi == nlo + 3 && (lp_at(hi, nhi, nlo, "市") || lp_at(hi, nhi, nlo, "省") ||
							lp_at(hi, nhi, nlo, "县") || lp_at(hi, nhi, nlo, "区")));
}

/*
 * Does the clause s[a, b) open with a region's name other than key's, a
 * figure after it ("西藏为8%左右")?
 */
static int
clause_of_other_region(const char *s, size_t a, size_t b, const session_key *key)
{
	size_t		n;

	a = lp_skip_space(s, b, a);
	a += lp_words_prefix(LP_W_REGION_HEAD_LEAD, s + a, b - a);
	n = a < b ? lp_region_name_longest(s + a, b - a, REGION_HEAD_MAX * 3, 0) : 0;
	return n >= 6 && !names_key_region(s + a, n, key) && lp_has_digit(s + a + n, b - a - n);
}

/*
 * Does a later clause of line s[from, len) open with another region's figure
 * ("其中，海南为9.5%左右，西藏为8%左右，江西、新疆为7%左右")?  Then the line lists
 * regions' figures clause by clause (lp_roundup_clause_regions reads them),
 * and opens no paragraph of the first region's.
 */
static int
lists_other_regions(const char *s, size_t len, size_t from, const session_key *key)
{
	size_t		clause = from,
				p = from;

	while (p < len)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + p, len - p, &cl);

		p += (size_t) (cl > 0 ? cl : 1);
		if (!lp_is_clause_end(cp))
			continue;
		if (clause > from && clause_of_other_region(s, clause, p - (size_t) (cl > 0 ? cl : 1), key))
			return 1;
		clause = p;
	}
	return clause > from && clause_of_other_region(s, clause, len, key);
}

static int
region_head(const char *s, size_t len, session_key *key)
{
	size_t		a = lp_skip_space(s, len, 0),
				n,
				d;

	/* no digit after a name's shortest end: no figure follows any name (most lines) */
	if (a + 6 >= len || !lp_has_digit(s + a + 6, len - a - 6))
		return 0;
	/* "其中，西藏设定今年GDP目标为10%左右": a lead and its comma before the name */
	if ((n = lp_words_prefix(LP_W_REGION_HEAD_LEAD, s + a, len - a)) > 0)
	{
		a += n;
		if (lp_at(s, len, a, "，"))
			a += 3;
		else if (lp_at(s, len, a, ","))
			a++;
	}
	n = a < len ? lp_region_name_longest(s + a, len - a, REGION_HEAD_MAX * 3, 0) : 0;
	/* a sentence goes on from the name ("广东今年…", "贵州2019年…"): not a table's row ("广州市  28839") */
	if (n < 6 || a + n >= len || !(lp_hanzi_lead(s[a + n]) || year_at(s, len, a + n)) ||
		memchr(s, '\t', len) != NULL)
		return 0;
	for (d = a + n; d < len && !(s[d] >= '0' && s[d] <= '9'); d++)
		;
	if (d == len)
		return 0;
	memcpy(key->s, s + a, n);
	key->len = n;
	key->s[n] = '\0';
	return !lists_other_regions(s, len, a + n, key);
}

/* The key of line s[0, len): its session's name, or (by_region) the region opening it. */
static int
block_key(const char *s, size_t len, int by_region, session_key *key)
{
	return by_region ? region_head(s, len, key) : session_in(s, len, key);
}

/* One jurisdiction's: one name ends the other. */
static int
same_session(const session_key *x, const session_key *y)
{
	const session_key *lo = x->len <= y->len ? x : y,
			   *hi = x->len <= y->len ? y : x;

	return memcmp(hi->s + hi->len - lo->len, lo->s, lo->len) == 0;
}

/*
 * Enough keys for blocks: least of them; or, of regions, two opening three
 * paragraphs, neither the text's own (own: "" when none): "其中，西藏设定…" /
 * "西藏设定这一目标…" / "贵州2019年…" in a wire's roundup of the provinces; a
 * city's news citing its province opens its own paragraphs with its name.
 */
static int
enough_keys(const session_key *keys, int nkeys, int nheads, int by_region, int least,
			const char *own)
{
	size_t		m = own ? strlen(own) : 0;
	int			k;

	if (nkeys >= least)
		return 1;
	/* (a title opened by a region's name, nheads < 0, names the text's own) */
	if (!by_region || nkeys < 2 || nheads < 3)
		return 0;
	for (k = 0; k < nkeys; k++)
		if (m > 0 && memcmp(keys[k].s, own, keys[k].len < m ? keys[k].len : m) == 0)
			return 0;
	return 1;
}

/* Is line i the first that is not blank (a title)? */
static int
lines_before_blank(const lp_line *lines, size_t i)
{
	size_t		k;

	for (k = 0; k < i; k++)
		if (lines[k].end > lines[k].start)
			return 0;
	return 1;
}

/* Blocks of lines by key (see lp_session_blocks); NULL without enough keys (enough_keys). */
static int *
blocks_by(const char *text, const lp_line *lines, size_t nlines, int by_region, int least,
		  const char *own)
{
	session_key keys[MAX_SESSIONS];
	int			nkeys = 0,
				nheads = 0,
				current = 0,
			   *block;
	size_t		i;

	block = lp_alloc(nlines ? nlines * sizeof(int) : sizeof(int));
	for (i = 0; i < nlines; i++)
	{
		session_key key;
		int			k;

		LP_CHECK_INTERRUPTS();
		if (block_key(text + lines[i].start, lines[i].end - lines[i].start, by_region, &key))
		{
			for (k = 0; k < nkeys && !same_session(&keys[k], &key); k++)
				;
			if (k == nkeys && nkeys < MAX_SESSIONS)
				keys[nkeys++] = key;
			if (k < nkeys)
				current = k;
			/* "广州今年增长目标定为6%" heading 广东's and 广州's paragraphs: 广州's news */
			nheads = nheads == 0 && lines_before_blank(lines, i) ? INT_MIN : nheads + 1;
		}
		block[i] = current;
	}
	if (!enough_keys(keys, nkeys, nheads, by_region, least, own))
	{
		lp_free(block);
		return NULL;
	}
	return block;
}

/*
 * Sessions first; else regions opening paragraphs, three at least (a city's
 * news may cite its province once: two names are no comparison).
 */
int *
lp_session_blocks(const char *text, const lp_line *lines, size_t nlines, const char *own)
{
	int		   *block = blocks_by(text, lines, nlines, 0, 2, own);

	return block ? block : blocks_by(text, lines, nlines, 1, 3, own);
}

/*
 * The region a session's name names: its longest tail that is a region's
 * name ("赤峰市六" → 赤峰市, "日在德清县" → 德清县; "较好完成了县" names
 * none, 0).  *at is where it starts in key->s.
 */
static size_t
jurisdiction(const session_key *key, size_t *at)
{
	static const char ordinals[] = "〇零一二三四五六七八九十";
	size_t		n = key->len,
				a;

	/* the session's ordinal after the name: 六届人大 */
	while (n >= 3)
	{
		char		c[4];

		memcpy(c, key->s + n - 3, 3);
		c[3] = '\0';
		if (strstr(ordinals, c) == NULL)
			break;
		n -= 3;
	}
	for (a = 0; a + 6 <= n; a += 3)
		if (lp_region_name_is(key->s + a, n - a))
		{
			*at = a;
			return n - a;
		}
	return 0;
}

void
lp_roundup_regions(lp_facts *out, size_t from, const char *text,
				   const lp_line *lines, size_t nlines, const int *block)
{
	const char *names[MAX_SESSIONS] = {NULL};
	size_t		first = nlines,
				i;
	int			distinct = 0,
				by_region = 1;
	session_key key;

	/* the blocks are of sessions when a line names one */
	for (i = 0; i < nlines && by_region; i++)
		by_region = !session_in(text + lines[i].start, lines[i].end - lines[i].start, &key);

	/* each block's region: the session line that opened it names it */
	for (i = 0; i < nlines; i++)
	{
		size_t		n,
					at;

		LP_CHECK_INTERRUPTS();
		if (block[i] < 0 || block[i] >= MAX_SESSIONS || names[block[i]] != NULL ||
			!block_key(text + lines[i].start, lines[i].end - lines[i].start, by_region, &key) ||
			(n = jurisdiction(&key, &at)) == 0)
			continue;
		names[block[i]] = lp_pool_copy(out, key.s + at, n);
		distinct++;
		if (first == nlines)
			first = i;
	}
	/* one region named (its delivery line and "完成了县…届人大…确定的目标"): the report's */
	if (distinct < 2)
		return;
	for (i = from; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];
		size_t		li = (size_t) f->line - 1;

		if (f->line >= 1 && li < nlines && li >= first && block[li] >= 0 &&
			block[li] < MAX_SESSIONS)
			f->region = names[block[li]];
	}
}

/*
 * Figures of other regions in a text of one (r5: "2021年，上海居民人均可支配
 * 收入达到78027元，北京首次跨上7万元台阶" in news of the country's incomes;
 * "广东和江苏携手跻身…，一季度GDP分别交出31511亿元和31020亿元"): a clause
 * opening with a region's name speaks of that region, and so do the clauses
 * after it in its sentence that open with none (全省, 本市: the report's own,
 * words.tsv own_scope, ends that).  Where two or more regions
 * other than the report's own so open clauses with figures, their figures
 * are not the report's headline; the figures of clauses naming none (全国,
 * 中国 are no region's names here) and of the report's own region stay.
 */
#define CLAUSE_HEADS_MAX 8			/* distinct other regions counted */

/* Is cp a mark that ends a clause or a sentence? */
static int
clause_mark(uint32_t cp, int *sentence)
{
	*sentence = cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == '!' || cp == '?';
	return *sentence || cp == 0xFF0C || cp == ',' || cp == 0xFF1B || cp == ';' ||
		cp == 0xFF1A || cp == ':';
}

/*
 * Where the walk over a line's clauses has got to.  The facts of a line
 * come mostly in the order of their figures, so each line is walked once,
 * not once a figure (a line of 200,000 figures, '1亿元' repeated, was
 * quadratic); a figure before the cursor starts the line again.
 */
#define PENDING_MAX 8

typedef struct clause_cursor
{
	int			line;			/* 1-based; 0 before the first */
	size_t		p;				/* byte reached, at character ch */
	int			ch;
	size_t		clause;			/* where the clause holding p starts */
	size_t		prev_name;		/* the latest earlier clause of the sentence */
	size_t		prev_len;		/* opening with a region's name: 0 when none */
	int			npending;		/* clauses since, not read yet (see below) */
	struct
	{
		size_t		a,
					e;			/* the clause s[a, e), its mark after e */
	}			pending[PENDING_MAX];
	int			head_read;		/* head_region of clause head_clause read */
	size_t		head_clause,	/* to the line's end: its name, start, and */
				head_len,		/* the least bound reading the same */
				head_at,
				head_need;
} clause_cursor;

/*
 * head_region of the cursor's clause of line s[0, len) within s[.., b): the
 * opening is read to the line's end once a clause and kept for its figures
 * and its mark (issue 18: it was read at each figure and again at the mark);
 * a bound short of what that reading took reads again.
 */
static size_t
clause_head(clause_cursor *c, const char *s, size_t len, size_t b, size_t *at)
{
	size_t		need;

	if (!c->head_read || c->head_clause != c->clause)
	{
		c->head_len = lp_roundup_head_region(s, c->clause, len, &c->head_at, &c->head_need);
		c->head_clause = c->clause;
		c->head_read = 1;
	}
	if (b >= c->head_need)
	{
		*at = c->head_at;
		return c->head_len;
	}
	return lp_roundup_head_region(s, c->clause, b, at, &need);
}

/*
 * Does the clause s[a, e) of line s[0, len) decide the region the later
 * clauses of its sentence speak of: opened by the report's own scope (then
 * none) or by a region's name, or ending in one?  Sets prev_name and
 * prev_len then.
 */
static int
clause_decides(clause_cursor *c, const char *s, size_t len, size_t a, size_t e)
{
	size_t		h,
				at,
				need;

	if (lp_roundup_own_scope(s, a, len))
	{
		c->prev_len = 0;
		return 1;
	}
	if (c->head_read && c->head_clause == a)
	{
		h = c->head_len;
		at = c->head_at;
	}
	else
		h = lp_roundup_head_region(s, a, len, &at, &need);
	if (h == 0 && (h = lp_roundup_tail_region(s, a, e, &at)) == 0)
		return 0;
	c->prev_name = at;
	c->prev_len = h;
	return 1;
}

/*
 * The clauses passed are read when a figure asks for the region of an
 * earlier clause, latest first until one decides (issue 18: most clauses
 * are followed by no figure of their sentence, and were each read at their
 * mark); each clause is read once at most.
 */
static void
read_pending(clause_cursor *c, const char *s, size_t len)
{
	while (c->npending > 0)
	{
		c->npending--;
		if (clause_decides(c, s, len, c->pending[c->npending].a, c->pending[c->npending].e))
			break;
	}
	c->npending = 0;
}

/*
 * Is the character at s (n bytes left) no clause mark: ASCII but , ; : ! ?
 * (one byte), or a hanzi of E4-E9 (three)?  Its length in *cl; 0 when it
 * may be a mark (lp_utf8_next and clause_mark decide).
 */
static inline int
plain_char(const char *s, size_t n, int *cl)
{
	const unsigned char *u = (const unsigned char *) s;

	if (u[0] < 0x80)
	{
		*cl = 1;
		return u[0] != ',' && u[0] != ';' && u[0] != ':' && u[0] != '!' && u[0] != '?';
	}
	*cl = 3;
	return u[0] >= 0xE4 && u[0] <= 0xE9 && n >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80;
}

/*
 * The region the figure at character ch of line s[0, len) (number lineno)
 * speaks of: the name opening its clause, or an earlier clause of its
 * sentence.  Its start in *name, its length returned; 0 when none (and
 * when ch is past the line).
 */
static size_t
figure_region(clause_cursor *c, const char *s, size_t len, int lineno, int ch, size_t *name)
{
	size_t		h,
				at;

	if (c->line != lineno || ch < c->ch)
	{
		memset(c, 0, sizeof(*c));
		c->line = lineno;
	}
	while (c->ch < ch && c->p < len)
	{
		int			cl,
					sentence;
		uint32_t	cp;

		/* most of a line is hanzi, no mark among them: up to five at a time */
		if ((unsigned char) s[c->p] >= 0xE4 && (unsigned char) s[c->p] <= 0xE9 && len - c->p >= 16)
		{
			int			k = lp_hanzi_run(s + c->p);

			if (k > ch - c->ch)
				k = ch - c->ch;
			if (k > 0)
			{
				c->p += 3 * (size_t) k;
				c->ch += k;
				continue;
			}
		}
		if (plain_char(s + c->p, len - c->p, &cl))
		{
			c->p += (size_t) cl;
			c->ch++;
			continue;
		}
		cp = lp_utf8_next(s + c->p, len - c->p, &cl);

		c->p += (size_t) cl;
		c->ch++;
		if (!clause_mark(cp, &sentence))
			continue;
		/* (no name holds a mark: the clause's end bounds its name as the figure would) */
		if (sentence)
		{
			c->prev_len = 0;
			c->npending = 0;
		}
		/* a clause whose opening a figure read: at once */
		else if (c->head_read && c->head_clause == c->clause)
		{
			if (clause_decides(c, s, len, c->clause, c->p - (size_t) cl))
				c->npending = 0;
		}
		else
		{
			if (c->npending == PENDING_MAX)
				read_pending(c, s, len);
			c->pending[c->npending].a = c->clause;
			c->pending[c->npending++].e = c->p - (size_t) cl;
		}
		c->clause = c->p;
	}
	if (c->p >= len || lp_roundup_own_scope(s, c->clause, c->p))
		return 0;
	if ((h = clause_head(c, s, len, c->p, &at)) > 0)
	{
		*name = at;
		return h;
	}
	read_pending(c, s, len);
	*name = c->prev_name;
	return c->prev_len;
}

/* Is the name s[0, n) the report's own region (北京 of 北京市; both ways)? */
static int
own_region(const char *s, size_t n, const char *own)
{
	size_t		m = own ? strlen(own) : 0;

	return m > 0 && memcmp(s, own, n < m ? n : m) == 0;
}

/*
 * Does the line s[0, len) name the numbered session of the region s[name,
 * name + n) before it: a province's news of its cities' sessions giving the
 * list of one city whose session it reports?
 */
static int
line_reports_session_of(const char *s, size_t len, size_t name, size_t n)
{
	session_key key;

	/* (the key runs on to the session's number: 某市十六 of 某市第十六届) */
	return session_in(s, name, &key) && key.len >= n && memcmp(key.s, s + name, n) == 0;
}

void
lp_roundup_clause_regions(lp_facts *out, size_t from, const char *text,
						  const lp_line *lines, size_t nlines, const char *own,
						  int targets_year, int session)
{
	session_key others[CLAUSE_HEADS_MAX],
				title = {{0}, 0};
	clause_cursor cursor;
	lp_region_copies copies = {0};
	int			nothers = 0,
				named = 0,
				named_line = 0,
				pass;
	long		named_at = -1;
	size_t		i;

	/* the region opening the title is the report's too ("广州今年增长目标定为6%") */
	for (i = 0; i < nlines && lines[i].end == lines[i].start; i++)
		;
	if (i < nlines)
	{
		const char *t = text + lines[i].start;
		size_t		tlen = lines[i].end - lines[i].start,
					at,
					need;

		if ((title.len = lp_roundup_head_region(t, 0, tlen, &at, &need)) > 0)
			memcpy(title.s, t + at, title.len);
		named = lp_roundup_names_target(t, tlen);
	}

	/* first the other regions heading figures' clauses, then (two or more) their figures */
	for (pass = 0; pass < 2 && (pass == 0 || nothers >= 2); pass++)
		for (memset(&cursor, 0, sizeof(cursor)), i = from; i < out->n && (pass == 1 || nothers < 2); i++)
		{
			lp_fact    *f = &out->items[i];
			const char *s;
			size_t		len,
						name,
						n;
			int			k;

			LP_CHECK_INTERRUPTS();
			/* (a figure a list gave its region is that region's: lp_roundup_list.c) */
			if ((pass == 1 && f->region != NULL) || !f->has_quantity || f->line < 1 ||
				(size_t) f->line > nlines)
				continue;
			s = text + lines[f->line - 1].start;
			len = lines[f->line - 1].end - lines[f->line - 1].start;
			if ((n = figure_region(&cursor, s, len, f->line, f->span_start, &name)) == 0 ||
				n > MAX_KEY * 3 || own_region(s + name, n, own) || own_region(s + name, n, title.s))
				continue;
			if (pass == 1)
			{
				/* the line's first name of the target, read once a line */
				if (f->line != named_line)
				{
					named_line = f->line;
					named_at = lp_words_find(LP_W_ROUNDUP_GDP_TARGET, s, len, NULL);
				}
				if (!lp_roundup_target(out, f, named || (named_at >= 0 && (size_t) named_at < cursor.p),
									   s, name, n, cursor.p, targets_year))
				{
					/* "某市第十六届人民代表大会…开幕，…某市2031年主要预期目标是：…": its report's list */
					if (line_reports_session_of(s, len, name, n))
					{
						f->region = lp_pool_copy(out, s + name, n);
						continue;
					}
					/* "贵州2.1万亿元": the region's GDP of the year before (a text of no one region) */
					if ((own != NULL && own[0] != '\0') ||
						(!lp_roundup_result(out, f, s, len, name, n, cursor.p, targets_year, session) &&
						 !lp_roundup_part_result(out, f, s, len, name, n, cursor.p)))
						f->headline = LP_HEADLINE_NO;
					continue;
				}
				/* "其余省份为6%左右": the regions listed before and named since */
				if (lp_words_prefix(LP_W_REGION_REST, s + name, n) == n)
				{
					if (!lp_roundup_rest_regions(&copies, out, i, s, name))
						f->headline = LP_HEADLINE_NO;
				}
				/* "江苏、山东均为5%以上": a copy for each region listed after */
				else
					lp_roundup_shared_regions(&copies, out, i, s, name, cursor.p);
				continue;
			}
			for (k = 0; k < nothers; k++)
				if (others[k].len == n && memcmp(others[k].s, s + name, n) == 0)
					break;
			if (k == nothers && nothers < CLAUSE_HEADS_MAX)
			{
				memcpy(others[nothers].s, s + name, n);
				others[nothers].s[n] = '\0';
				others[nothers++].len = n;
			}
		}
	lp_region_copies_place(&copies, out);
}

/* The regions of a roundup with no blocks: lists before 分别, clauses' heads. */
static void
roundup_lines(lp_facts *out, size_t first_fact, const char *text, const lp_line *lines,
			  size_t nlines, const char *own, int targets_year, int session)
{
	lp_roundup_year yr = {own, targets_year, session};

	lp_roundup_listed_regions(out, first_fact, text, lines, nlines, &yr);
	lp_roundup_clause_regions(out, first_fact, text, lines, nlines, own, targets_year, session);
}

/*
 * The same, read on the text with its wrapped lines joined (joined, or
 * joined here by the layout's wrap): a roundup's clause cut at a wrap
 * ("安徽" / "、宁夏为6%左右", "山" / "西、内蒙古均为4.5%左右", "海南" /
 * "2028年的目标为8%左右") is whole there, its region at its head.
 */
void
lp_roundup_joined(lp_facts *out, size_t first_fact, const char *text, const lp_line *lines,
				  size_t nlines, const lp_wrap *wrap, const lp_unwrap_text *joined, const char *own,
				  int targets_year, int session)
{
	lp_unwrap_text mine;
	lp_line    *jl;
	size_t		njl;

	if (joined == NULL)
	{
		if (wrap == NULL || !lp_unwrap_text_join_lines(text, lines, nlines, wrap, &mine))
		{
			roundup_lines(out, first_fact, text, lines, nlines, own, targets_year, session);
			return;
		}
		joined = &mine;
	}
	njl = lp_split_lines(joined->text.data, joined->text.len, &jl);
	lp_unwrap_text_take_back(joined, out, first_fact, nlines);
	roundup_lines(out, first_fact, joined->text.data, jl, njl, own, targets_year, session);
	lp_unwrap_text_give_back(joined, out, first_fact);
	lp_unwrap_text_restore(out, first_fact);
	lp_free(jl);
	if (joined == &mine)
		lp_unwrap_text_free(&mine);
}
