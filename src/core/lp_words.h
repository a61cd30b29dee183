/*
 * lp_words.h — word lists from src/data/words.tsv (kind, word), used by the
 * structure, metadata and extraction code to recognise verbs, markers of
 * targets and estimates, heading roles and the like.
 */
#ifndef LP_WORDS_H
#define LP_WORDS_H

#include <stddef.h>

/* Length in bytes of the longest word of kind that starts s, 0 if none. */
size_t		lp_words_prefix(const char *kind, const char *s, size_t len);

/* Length of the longest word of kind that ends s[0..len), 0 if none. */
size_t		lp_words_suffix(const char *kind, const char *s, size_t len);

/*
 * Byte offset of the first occurrence in s[0..len) of any word of kind
 * (ties: the longest), or -1; *wlen gets its length.
 */
long		lp_words_find(const char *kind, const char *s, size_t len, size_t *wlen);

/* Does s[0..len) contain a word of kind? */
#define lp_words_any(kind, s, len) (lp_words_find((kind), (s), (len), NULL) >= 0)

#endif
