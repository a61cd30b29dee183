/*
 * lp_census.h — the words of one line found in one pass (issue 18): the
 * per-mention stages (status, period, lead, forecasts) looked for their word
 * kinds each in its own scan of the same sentence; the census finds every
 * word of those kinds in the line once, and each stage asks it "the first
 * word of kind K fitting in [a, b)" by a binary search.
 *
 * lp_census_find and lp_census_find_each answer exactly as lp_words_find and
 * lp_words_find_each: the first place a word of the kind fits in the span,
 * its longest word fitting there.  The census holds each place with the
 * longest word fitting in the line; a word running past the span's end is
 * looked up again in the span (a shorter one may fit).  Outside the line
 * lp_mention_read has open (lp_census_begin), or for a kind the census does
 * not hold, they scan as lp_words_find does.
 */
#ifndef LP_CENSUS_H
#define LP_CENSUS_H

#include "lp_words.h"

#include <stddef.h>
#include <stdint.h>

/* A word found: where it starts in the line, its length, its kind's place in the census. */
typedef struct lp_census_hit
{
	uint32_t	at;
	uint16_t	len;
	uint16_t	kix;
} lp_census_hit;

#define LP_CENSUS_KINDS 32

/* The census of one line; its buffers are reused from line to line. */
typedef struct lp_census
{
	const char *line;			/* the line censused, NULL for none */
	size_t		len;
	lp_census_hit *hits;		/* in the order of the line */
	size_t		n;
	size_t		cap;
	uint32_t	kinds;			/* bit per census kind with a hit in the line */
} lp_census;

/* The line s[0, slen) is read: the census answers for it until lp_census_end. */
void		lp_census_begin(lp_census *c, const char *s, size_t slen);

/* No line is read: every question is a scan. */
void		lp_census_end(void);

/* Forget the line censused (its buffer is about to be reused). */
static inline void
lp_census_forget(lp_census *c)
{
	c->line = NULL;
}

void		lp_census_free(lp_census *c);

/* lp_words_find, from the census when it holds the kind and s[0, len) is in the line read. */
long		lp_census_find(lp_word_kind kind, const char *s, size_t len, size_t *wlen);

/* lp_words_find_each, likewise (from the census when it holds every kind). */
int			lp_census_find_each(const lp_word_kind *kinds, int nkinds, const char *s,
								size_t len, long *at, size_t *wlen);

/*
 * A stage whose words the line lacks is skipped: lp_census_mask gives the
 * census's bits of kinds[0, n) (0 when one of them is no census kind), and
 * lp_census_lacks says the line read holds s[0, len) and no word of those.
 */
uint32_t	lp_census_mask(const lp_word_kind *kinds, int nkinds);

int			lp_census_lacks(uint32_t mask, const char *s, size_t len);

#define lp_census_any(kind, s, len) (lp_census_find((kind), (s), (len), NULL) >= 0)

#endif
