/*
 * lp_align.c — a span of a clean line mapped back to the body line it was
 * normalized from.
 *
 * normalize keeps lines, so a fact's line is the same in body and clean;
 * inside the line it folds characters one for one (t2s, full width, 〇 in
 * numbers), removes text (markup, chrome, pinyin glosses, zero-width
 * characters) and rewrites mojibake runs.  The two lines are walked side by
 * side: characters that agree once folded are matched; where they do not,
 * the cheapest skip of body and clean characters after which ALIGN_RUN
 * characters agree again resumes the walk (removed text is a skip of body
 * characters only, a rewritten run a skip of both).  Clean characters
 * skipped map in proportion to the body characters skipped with them.  The
 * work is bounded: past a budget linear in the line's length, or when no
 * skip resumes the walk, the rest of the clean line maps to the rest of the
 * body line in proportion.
 */
#include "lp_align.h"
#include "lp_repair.h"

#include <stdlib.h>
#include <string.h>

#define ALIGN_RUN	4			/* characters that must agree after a skip */
#define ALIGN_MIX	64			/* longest skip of both lines (a rewritten run) */
#define ALIGN_DEL	4096		/* longest run of removed body text */
#define ALIGN_GAP	32			/* longest removed run inside an agreeing run */

/* The next characters of a line from a byte offset on, decoded lazily. */
typedef struct align_win
{
	const char *s;
	size_t		n;
	int			cap;			/* characters it can hold */
	int			len;			/* characters decoded */
	uint32_t   *cp;				/* as written */
	uint32_t   *key;			/* folded as normalize folds one character */
	size_t	   *pos;			/* byte offset of each, pos[len] past the last */
} align_win;

/* A character folded as normalize folds it on its own: width, then t2s. */
static uint32_t
fold_char(uint32_t cp)
{
	uint32_t	t;

	if (cp < 0x80)
		return cp;
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		return cp - 0xFEE0;
	t = lp_t2s_char(cp);
	return t ? t : cp;
}

/* Can body character b (folded: key) have become clean character c? */
static int
same_char(uint32_t b, uint32_t key, uint32_t c)
{
	return b == c || key == c || ((b == 0x3007 || b == 0x25CB) && c == '0');
}

static void
win_init(align_win *w, const char *s, size_t n, int cap)
{
	w->s = s;
	w->n = n;
	w->cap = cap;
	w->len = 0;
	w->cp = lp_alloc(sizeof(uint32_t) * cap);
	w->key = lp_alloc(sizeof(uint32_t) * cap);
	w->pos = lp_alloc(sizeof(size_t) * (cap + 1));
	w->pos[0] = 0;
}

static void
win_free(align_win *w)
{
	lp_free(w->cp);
	lp_free(w->key);
	lp_free(w->pos);
}

static void
win_reset(align_win *w, size_t from)
{
	w->len = 0;
	w->pos[0] = from;
}

/* Is there a character k in the window (decoding up to it)? */
static int
win_has(align_win *w, int k)
{
	while (w->len <= k)
	{
		size_t		p = w->pos[w->len];
		int			l;
		uint32_t	c;

		if (w->len >= w->cap || p >= w->n)
			return 0;
		c = lp_u8(w->s + p, w->n - p, &l);
		if (l < 1)
			l = 1;
		w->cp[w->len] = c;
		w->key[w->len] = fold_char(c);
		w->pos[w->len + 1] = p + l;
		w->len++;
	}
	return 1;
}

/*
 * Do the lines agree again after skipping a body and b clean characters:
 * ALIGN_RUN characters alike, or alike up to the end of both?  Short runs of
 * removed body text may stand between them (up to ALIGN_RUN - 1 runs of up
 * to ALIGN_GAP characters: 地(dì)区(qū), <b>增长</b>), but not first.
 */
static int
agree(align_win *bw, int a, align_win *cw, int b, int *skipped, long *work)
{
	int			matched = 0,
				gaps = 0;

	*skipped = 0;
	while (matched < ALIGN_RUN)
	{
		int			hb = win_has(bw, a),
					hc = win_has(cw, b),
					d;

		(*work)++;
		if (!hb || !hc)
			return !hb && !hc;
		if (same_char(bw->cp[a], bw->key[a], cw->cp[b]))
		{
			a++;
			b++;
			matched++;
			continue;
		}
		if (matched == 0 || ++gaps >= ALIGN_RUN)
			return 0;
		for (d = 1; d <= ALIGN_GAP && win_has(bw, a + d); d++)
		{
			(*work)++;
			if (same_char(bw->cp[a + d], bw->key[a + d], cw->cp[b]))
				break;
		}
		if (d > ALIGN_GAP || !win_has(bw, a + d))
			return 0;
		a += d;
		*skipped += d;
	}
	return 1;
}

/*
 * The cheapest skip (*da body, *db clean characters) after which the lines
 * agree, counting the removed runs agree() passed over: by total length up
 * to ALIGN_MIX, body characters first (removed text is the common case);
 * then longer runs of body text alone.
 */
static int
resync(align_win *bw, align_win *cw, int *da, int *db, long *work)
{
	int			c,
				a,
				b,
				skipped,
				best = ALIGN_MIX + ALIGN_DEL + ALIGN_RUN * ALIGN_GAP + 1;

	for (c = 1; c <= ALIGN_MIX && c < best; c++)
	{
		LP_CHECK_INTERRUPTS();
		for (b = 0; b <= c; b++)
		{
			a = c - b;
			if ((a > 0 && !win_has(bw, a - 1)) || (b > 0 && !win_has(cw, b - 1)))
				continue;
			if (agree(bw, a, cw, b, &skipped, work) && c + skipped < best)
			{
				best = c + skipped;
				*da = a;
				*db = b;
			}
		}
	}
	for (a = ALIGN_MIX + 1; a <= ALIGN_DEL && a < best && win_has(bw, a - 1); a++)
	{
		if (agree(bw, a, cw, 0, &skipped, work) && a + skipped < best)
		{
			best = a + skipped;
			*da = a;
			*db = 0;
		}
	}
	return best <= ALIGN_MIX + ALIGN_DEL + ALIGN_RUN * ALIGN_GAP;
}

/*
 * A clean character whose body offset is wanted: where a span starts
 * (the body offset of its first character) or ends (just past its last).
 */
typedef struct align_point
{
	long		k;				/* clean character */
	int			end;			/* 1: the offset just past it */
	long		b;				/* its body offset, found */
	int			exact;
	size_t		span;			/* the span it belongs to */
} align_point;

/* Where the walk stands, and the points not yet found (from next on). */
typedef struct align_walk
{
	long		i,
				j;				/* body and clean characters passed */
	long		gap_b,
				gap_c;			/* where the unmatched run began in each */
	align_point *pts;			/* sorted by k */
	size_t		npts,
				next;
} align_walk;

/*
 * The clean characters [gap_c, j) came from the body characters [gap_b, i),
 * a rewritten run: a point inside it maps in proportion (mojibake of GBK
 * read as Latin-1 is two body characters for each clean one).
 */
static void
settle_gap(align_walk *w)
{
	long		rb = w->i - w->gap_b,
				rc = w->j - w->gap_c;

	for (; w->next < w->npts && w->pts[w->next].k < w->j; w->next++)
	{
		align_point *p = &w->pts[w->next];

		if (p->end)
			p->b = w->gap_b + ((p->k + 1 - w->gap_c) * rb + rc - 1) / rc;
		else
			p->b = w->gap_b + (p->k - w->gap_c) * rb / rc;
		p->exact = 0;
	}
}

/* Clean character j came from body character i. */
static void
settle_match(align_walk *w)
{
	settle_gap(w);
	for (; w->next < w->npts && w->pts[w->next].k == w->j; w->next++)
	{
		align_point *p = &w->pts[w->next];

		p->b = p->end ? w->i + 1 : w->i;
		p->exact = 1;
	}
}

static int
cmp_point(const void *a, const void *b)
{
	const align_point *x = a,
			   *y = b;

	if (x->k != y->k)
		return x->k < y->k ? -1 : 1;
	return x->end - y->end;
}

/*
 * Walk the lines until every point before the end of the clean line is
 * found; the rest of the clean line then maps to the rest of the body line
 * in proportion (the walk reached an end, gave up or spent its budget).
 */
static void
walk(align_walk *w, const char *body, size_t blen, const char *clean, size_t clen,
	 long nb, long nc)
{
	long		work = 0,
				budget = 64 * (long) (blen + clen) + 100000;
	size_t		bp = 0,
				cp = 0;
	unsigned int iter = 0;
	align_win	bw,
				cw;

	win_init(&bw, body, blen, ALIGN_DEL + ALIGN_RUN * (ALIGN_GAP + 1) + 1);
	win_init(&cw, clean, clen, ALIGN_MIX + ALIGN_RUN + 1);
	while (bp < blen && cp < clen && w->next < w->npts && w->pts[w->next].k < nc)
	{
		int			lb,
					lc,
					da = 0,
					db = 0;
		uint32_t	b = lp_u8(body + bp, blen - bp, &lb),
					c = lp_u8(clean + cp, clen - cp, &lc);

		LP_LOOP_CHECK(iter);
		if (same_char(b, fold_char(b), c))
		{
			settle_match(w);
			bp += lb > 0 ? lb : 1;
			cp += lc > 0 ? lc : 1;
			w->i++;
			w->j++;
			w->gap_b = w->i;
			w->gap_c = w->j;
			continue;
		}
		win_reset(&bw, bp);
		win_reset(&cw, cp);
		if (work > budget || !resync(&bw, &cw, &da, &db, &work))
			break;
		bp = bw.pos[da];
		cp = cw.pos[db];
		w->i += da;
		w->j += db;
	}
	win_free(&bw);
	win_free(&cw);
	w->i = nb;
	w->j = nc;
	settle_gap(w);
	for (; w->next < w->npts; w->next++)
	{
		/* the end of the clean line is the end of the body line */
		w->pts[w->next].b = nb;
		w->pts[w->next].exact = 1;
	}
}

int
lp_align_spans(const char *body, size_t blen, const char *clean, size_t clen,
			   lp_align *spans, size_t n, lp_error *err)
{
	long		nc = (long) lp_utf8_chars(clean, clen),
				nb = (long) lp_utf8_chars(body, blen);
	align_walk	w;
	size_t		s;
	int			rc;

	for (s = 0; s < n; s++)
		if (spans[s].cs < 0 || spans[s].ce < spans[s].cs || spans[s].ce > nc)
			return lp_fail(err, LP_EARG, 0, 0,
						   "span %ld-%ld is not inside the clean line of %ld characters",
						   spans[s].cs, spans[s].ce, nc);
	if ((rc = lp_norm_tables_init(err)) != LP_OK)
		return rc;
	memset(&w, 0, sizeof(w));
	w.pts = lp_alloc(sizeof(align_point) * (2 * n + 1));
	for (s = 0; s < n; s++)
	{
		align_point *p = &w.pts[w.npts++];

		p->k = spans[s].cs;
		p->end = 0;
		p->span = s;
		if (spans[s].ce > spans[s].cs)
		{
			p = &w.pts[w.npts++];
			p->k = spans[s].ce - 1;
			p->end = 1;
			p->span = s;
		}
	}
	qsort(w.pts, w.npts, sizeof(align_point), cmp_point);
	walk(&w, body, blen, clean, clen, nb, nc);
	for (s = 0; s < n; s++)
		spans[s].exact = 1;
	for (s = 0; s < w.npts; s++)
	{
		lp_align   *sp = &spans[w.pts[s].span];

		if (w.pts[s].end)
			sp->be = w.pts[s].b;
		else
			sp->bs = w.pts[s].b;
		sp->exact &= w.pts[s].exact;
	}
	for (s = 0; s < n; s++)
		if (spans[s].ce == spans[s].cs || spans[s].be < spans[s].bs)
			spans[s].be = spans[s].bs;
	lp_free(w.pts);
	return LP_OK;
}

int
lp_align_span(const char *body, size_t blen, const char *clean, size_t clen,
			  long cs, long ce, long *bs, long *be, int *exact, lp_error *err)
{
	lp_align	sp;
	int			rc;

	sp.cs = cs;
	sp.ce = ce;
	rc = lp_align_spans(body, blen, clean, clen, &sp, 1, err);
	if (rc != LP_OK)
		return rc;
	*bs = sp.bs;
	*be = sp.be;
	*exact = sp.exact;
	return LP_OK;
}
