/*
 * lp_mem.c — memory hooks, errors and the growable buffer of the core.
 *
 * The defaults (malloc and abort on exhaustion) suit the unit tests, fuzz
 * targets and benchmarks; the PostgreSQL glue installs palloc and
 * CHECK_FOR_INTERRUPTS instead.
 */
#include "lp.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *
default_alloc(size_t size)
{
	void	   *p = malloc(size ? size : 1);

	if (p == NULL)
		abort();
	return p;
}

static void *
default_realloc(void *ptr, size_t size)
{
	void	   *p = realloc(ptr, size ? size : 1);

	if (p == NULL)
		abort();
	return p;
}

static lp_hooks hooks = {default_alloc, default_realloc, free, NULL, NULL};
void		(*lp_check_interrupts_hook) (void) = NULL;

void
lp_set_hooks(const lp_hooks *h)
{
	hooks = *h;
	lp_check_interrupts_hook = h->check_interrupts;
}

void
lp_fatal(const lp_error *err)
{
	if (hooks.fail)
		hooks.fail(err);
	fprintf(stderr, "luohuplan: %s\n", err->msg);
	abort();
}

void *
lp_alloc(size_t size)
{
	return hooks.alloc(size);
}

void *
lp_alloc0(size_t size)
{
	void	   *p = hooks.alloc(size);

	memset(p, 0, size);
	return p;
}

void *
lp_realloc(void *ptr, size_t size)
{
	if (ptr == NULL)
		return hooks.alloc(size);
	return hooks.realloc(ptr, size);
}

void
lp_free(void *ptr)
{
	if (ptr)
		hooks.free(ptr);
}

char *
lp_strndup(const char *s, size_t n)
{
	char	   *p = lp_alloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int
lp_fail(lp_error *err, lp_errcode code, size_t offset, int line,
		const char *fmt,...)
{
	va_list		ap;

	if (err == NULL)
		return code;
	err->code = code;
	err->offset = offset;
	err->line = line;
	err->detail[0] = '\0';
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return code;
}

void
lp_buf_init(lp_buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void
lp_buf_reserve(lp_buf *b, size_t extra)
{
	size_t		need = b->len + extra + 1;
	size_t		cap;

	if (need <= b->cap)
		return;
	/* doubling keeps appends linear; a large reservation gets what it asks */
	cap = b->cap ? 2 * b->cap : 64;
	if (cap < need)
		cap = need;
	b->data = lp_realloc(b->data, cap);
	b->cap = cap;
	b->data[b->len] = '\0';	/* lp.h: NUL-terminated whenever data != NULL */
}

void
lp_buf_append(lp_buf *b, const char *s, size_t n)
{
	lp_buf_reserve(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
lp_buf_putc(lp_buf *b, char c)
{
	lp_buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void
lp_buf_puts(lp_buf *b, const char *s)
{
	lp_buf_append(b, s, strlen(s));
}

void
lp_buf_free(lp_buf *b)
{
	lp_free(b->data);
	lp_buf_init(b);
}
