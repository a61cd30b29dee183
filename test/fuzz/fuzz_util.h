/*
 * fuzz_util.h — small checks shared by the libFuzzer targets of the core.
 *
 * A broken invariant calls fuzz_die(), which prints what was wrong and
 * aborts, so libFuzzer saves the input as a crash like any sanitizer report.
 */
#ifndef FUZZ_UTIL_H
#define FUZZ_UTIL_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lp.h"

static void
fuzz_die(const char *fmt,...)
{
	va_list		ap;

	fprintf(stderr, "fuzz invariant broken: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* 1 when s[0..len) is well-formed UTF-8 (no surrogates, no overlongs). */
static int
fuzz_valid_utf8(const char *s, size_t len)
{
	const uint8_t *p = (const uint8_t *) s;
	size_t		i = 0;

	while (i < len)
	{
		uint8_t		c = p[i];
		size_t		n;
		uint32_t	cp;

		if (c < 0x80)
		{
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			n = 2, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			n = 3, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			n = 4, cp = c & 0x07;
		else
			return 0;
		if (i + n > len)
			return 0;
		for (size_t k = 1; k < n; k++)
		{
			if ((p[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (p[i + k] & 0x3F);
		}
		if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
			(cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += n;
	}
	return 1;
}

/* Number of '\n' in s[0..len): lines - 1. */
static size_t
fuzz_count_newlines(const char *s, size_t len)
{
	size_t		n = 0;

	for (size_t i = 0; i < len; i++)
		if (s[i] == '\n')
			n++;
	return n;
}

/* A fixed char array holds a NUL-terminated string. */
#define FUZZ_CHECK_STR(arr, what) \
	do { if (memchr((arr), '\0', sizeof(arr)) == NULL) fuzz_die("%s not NUL-terminated", (what)); } while (0)

/* A copy of data in a heap block of exactly len bytes (no NUL after it), so
 * ASan reports any read past the end of the input. */
static char *
fuzz_copy(const uint8_t *data, size_t len)
{
	char	   *p = malloc(len ? len : 1);

	if (p == NULL)
		abort();
	if (len)
		memcpy(p, data, len);
	return p;
}

/* Error codes the core may return, checked so an uninitialised or wild value
 * is caught. */
static void
fuzz_check_error(int rc, const lp_error *err, const char *fn)
{
	if (rc < LP_OK || rc > LP_ELIBRARY)
		fuzz_die("%s returned %d, not an lp_errcode", fn, rc);
	if (rc != LP_OK)
	{
		if ((int) err->code != rc)
			fuzz_die("%s returned %d but err->code is %d", fn, rc, (int) err->code);
		FUZZ_CHECK_STR(err->msg, "err->msg");
		if (err->msg[0] == '\0')
			fuzz_die("%s failed (%d) with an empty message", fn, rc);
	}
}

/* 1 when s is a canonical decimal: -?digits(.digits)? */
static int
fuzz_is_decimal(const char *s)
{
	const char *p = s;

	if (*p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return 0;
	while (*p >= '0' && *p <= '9')
		p++;
	if (*p == '.')
	{
		p++;
		if (*p < '0' || *p > '9')
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return *p == '\0';
}

/* 1 when offset off of s (len bytes) is not inside a UTF-8 sequence. */
static int
fuzz_on_boundary(const char *s, size_t len, size_t off)
{
	return off >= len || ((uint8_t) s[off] & 0xC0) != 0x80;
}

#endif
