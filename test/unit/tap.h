/*
 * tap.h — a few macros that print TAP lines ("ok N - what" / "not ok N - what")
 * for the C unit tests; test/run_all.sh counts them.
 */
#ifndef TAP_H
#define TAP_H
#include <stdio.h>
#include <string.h>

static int	tap_n = 0,
			tap_failed = 0;

#define TAP_OK(cond, ...) do { \
	tap_n++; \
	if (cond) printf("ok %d - ", tap_n); \
	else { printf("not ok %d - ", tap_n); tap_failed++; } \
	printf(__VA_ARGS__); printf("\n"); \
} while (0)

#define TAP_STREQ(got, want, ...) do { \
	const char *g_ = (got), *w_ = (want); \
	int eq_ = (g_ && w_) ? strcmp(g_, w_) == 0 : g_ == w_; \
	TAP_OK(eq_, __VA_ARGS__); \
	if (!eq_) printf("#   got '%s', want '%s'\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
} while (0)

#define TAP_DONE() (printf("1..%d\n", tap_n), tap_failed ? 1 : 0)
#endif
