/*
 * lp_indicator.c — indicator names and aliases, loaded once per process
 * from the embedded indicators.tsv (the same file fills the SQL table
 * luohuplan.indicators).
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct alias_entry
{
	const char *name;			/* points into the embedded data, not NUL-terminated */
	size_t		len;
	const char *code;			/* NUL-terminated copy */
	uint32_t	first_key;		/* its first and last UTF-8 characters, packed */
	uint32_t	last_key;
	uint32_t	order;			/* place in the data file: ties keep it */
} alias_entry;

/*
 * Two copies of the aliases: sorted by first character and by last, each
 * longest first within a character, so a lookup is a binary search for the
 * character and a compare of its few aliases.
 */
static alias_entry *by_first;
static alias_entry *by_last;
static size_t n_aliases;
static int	loaded;

static int
cmp_first(const void *a, const void *b)
{
	const alias_entry *x = a,
			   *y = b;

	if (x->first_key != y->first_key)
		return x->first_key < y->first_key ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return (x->order > y->order) - (x->order < y->order);
}

static int
cmp_last(const void *a, const void *b)
{
	const alias_entry *x = a,
			   *y = b;

	if (x->last_key != y->last_key)
		return x->last_key < y->last_key ? -1 : 1;
	if (x->len != y->len)
		return x->len > y->len ? -1 : 1;
	return (x->order > y->order) - (x->order < y->order);
}

static int
add(alias_entry **arr, size_t *n, size_t *cap, const char *name, size_t len, const char *code)
{
	size_t		clen;

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
	(*arr)[*n].first_key = lp_char_key(name, len, &clen);
	(*arr)[*n].last_key = lp_last_char_key(name, len);
	(*arr)[*n].order = (uint32_t) *n;
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
	alias_entry *arr = NULL,
			   *copy;

	if (loaded)
		return;
	loaded = 1;					/* out of memory leaves no aliases, not a retry per call */
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
	copy = n ? malloc(n * sizeof(alias_entry)) : NULL;
	if (copy == NULL)
	{
		free(arr);
		return;
	}
	memcpy(copy, arr, n * sizeof(alias_entry));
	qsort(arr, n, sizeof(alias_entry), cmp_first);
	qsort(copy, n, sizeof(alias_entry), cmp_last);
	by_first = arr;
	by_last = copy;
	n_aliases = n;
}

/* First entry of sorted whose key (first or last character) is key, or n. */
static size_t
first_with_key(const alias_entry *sorted, int use_last, uint32_t key)
{
	size_t		lo = 0,
				hi = n_aliases;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		uint32_t	k = use_last ? sorted[mid].last_key : sorted[mid].first_key;

		if (k < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

const char *
lp_indicator_suffix(const char *s, size_t len, size_t *n)
{
	uint32_t	key;
	size_t		i;

	load();
	if (len == 0 || n_aliases == 0)
		return NULL;
	key = lp_last_char_key(s, len);
	for (i = first_with_key(by_last, 1, key); i < n_aliases && by_last[i].last_key == key; i++)
		if (by_last[i].len <= len &&
			memcmp(by_last[i].name, s + len - by_last[i].len, by_last[i].len) == 0)
		{
			if (n)
				*n = by_last[i].len;
			return by_last[i].code;
		}
	return NULL;
}

const char *
lp_indicator_by_suffix(const char *s, size_t len)
{
	return lp_indicator_suffix(s, len, NULL);
}

const char *
lp_indicator_by_prefix(const char *s, size_t len, size_t *n)
{
	uint32_t	key;
	size_t		i,
				clen;

	load();
	if (len == 0 || n_aliases == 0)
		return NULL;
	key = lp_char_key(s, len, &clen);
	for (i = first_with_key(by_first, 0, key); i < n_aliases && by_first[i].first_key == key; i++)
		if (by_first[i].len <= len && memcmp(by_first[i].name, s, by_first[i].len) == 0)
		{
			if (n)
				*n = by_first[i].len;
			return by_first[i].code;
		}
	return NULL;
}
