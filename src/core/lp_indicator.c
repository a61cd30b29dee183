/*
 * lp_indicator.c — indicator names and aliases, loaded once per process
 * from the embedded indicators.tsv (the same file fills the SQL table
 * luohuplan.indicators).
 */
#include "lp.h"
#include "lp_indicator.h"

#include <stdlib.h>
#include <string.h>

typedef struct alias_entry
{
	const char *name;			/* points into the embedded data, not NUL-terminated */
	size_t		len;
	const char *code;			/* NUL-terminated copy */
} alias_entry;

static alias_entry *aliases;
static size_t n_aliases;
static int	loaded;

static int
cmp_len_desc(const void *a, const void *b)
{
	const alias_entry *x = a,
			   *y = b;

	return (x->len < y->len) - (x->len > y->len);
}

static int
add(alias_entry **arr, size_t *n, size_t *cap, const char *name, size_t len, const char *code)
{
	if (len == 0)
		return 1;
	if (*n == *cap)
	{
		alias_entry *bigger = realloc(*arr, (*cap ? *cap * 2 : 256) * sizeof(alias_entry));

		if (bigger == NULL)
			return 0;
		*arr = bigger;
		*cap = *cap ? *cap * 2 : 256;
	}
	(*arr)[*n].name = name;
	(*arr)[*n].len = len;
	(*arr)[*n].code = code;
	(*n)++;
	return 1;
}

static void
load(void)
{
	size_t		len,
				pos = 0,
				n = 0,
				cap = 0;
	const char *data;
	const char *f[3];
	size_t		fl[3];
	alias_entry *arr = NULL;

	if (loaded)
		return;
	data = lp_data_file("indicators.tsv", &len);
	if (data == NULL)
		return;
	while (lp_tsv_next(data, len, &pos, f, fl, 3) >= 2)
	{
		char	   *code = malloc(fl[0] + 1);
		size_t		a = 0;

		if (code == NULL)
			break;
		memcpy(code, f[0], fl[0]);
		code[fl[0]] = '\0';
		if (!add(&arr, &n, &cap, f[1], fl[1], code))
			break;
		while (a < fl[2])
		{
			size_t		b = a;

			while (b < fl[2] && f[2][b] != '|')
				b++;
			if (!add(&arr, &n, &cap, f[2] + a, b - a, code))
				break;
			a = b + 1;
		}
	}
	qsort(arr, n, sizeof(alias_entry), cmp_len_desc);
	aliases = arr;
	n_aliases = n;
	loaded = 1;
}

const char *
lp_indicator_by_suffix(const char *s, size_t len)
{
	size_t		i;

	load();
	for (i = 0; i < n_aliases; i++)
		if (aliases[i].len <= len &&
			memcmp(aliases[i].name, s + len - aliases[i].len, aliases[i].len) == 0)
			return aliases[i].code;
	return NULL;
}

const char *
lp_indicator_by_prefix(const char *s, size_t len, size_t *n)
{
	size_t		i;

	load();
	for (i = 0; i < n_aliases; i++)
		if (aliases[i].len <= len && memcmp(aliases[i].name, s, aliases[i].len) == 0)
		{
			if (n)
				*n = aliases[i].len;
			return aliases[i].code;
		}
	return NULL;
}
