/*
 * lp_words.h — word lists from src/data/words.tsv (kind, word), used by the
 * structure, metadata and extraction code to recognise verbs, markers of
 * targets and estimates, heading roles and the like.
 *
 * A kind is an lp_word_kind, LP_W_<KIND>, generated from the kinds column
 * of words.tsv at build time (lp_word_kinds.h): naming a kind no row has is
 * a compile error, not a list that silently matches nothing.
 */
#ifndef LP_WORDS_H
#define LP_WORDS_H

#include "lp_word_kinds.h"

#include <stddef.h>

/* The kind's name as in words.tsv ("verb"). */
const char *lp_word_kind_name(lp_word_kind kind);

/* Length in bytes of the longest word of kind that starts s, 0 if none. */
size_t		lp_words_prefix(lp_word_kind kind, const char *s, size_t len);

/* Length in bytes of the longest word of kind, 0 if it has none. */
size_t		lp_words_max_len(lp_word_kind kind);

/* Length of the longest word of kind that ends s[0..len), 0 if none. */
size_t		lp_words_suffix(lp_word_kind kind, const char *s, size_t len);

/*
 * Byte offset of the first occurrence in s[0..len) of any word of kind
 * (ties: the longest), or -1; *wlen gets its length.
 */
long		lp_words_find(lp_word_kind kind, const char *s, size_t len, size_t *wlen);

/*
 * lp_words_find for several kinds in one pass over s: at[i] (and wlen[i]
 * when wlen is not NULL) for kinds[i], -1 when it has no word in s.
 * Returns how many kinds were found.  At most LP_WORDS_EACH_MAX kinds;
 * kinds must be a static array (its address names the set).
 */
#define LP_WORDS_EACH_MAX 8
int			lp_words_find_each(const lp_word_kind *kinds, int nkinds, const char *s,
							   size_t len, long *at, size_t *wlen);

/*
 * The first of kinds (a static array, as above) with a word starting s:
 * its index, and its word's length in *wlen; -1 when none has.
 */
int			lp_words_prefix_each(const lp_word_kind *kinds, int nkinds, const char *s,
								 size_t len, size_t *wlen);

/* Does s[0..len) contain a word of kind? */
#define lp_words_any(kind, s, len) (lp_words_find((kind), (s), (len), NULL) >= 0)

#endif
