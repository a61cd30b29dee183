/*
 * lp_indicator_check.c — what the schemas of indicators.tsv and
 * indicator_words.tsv (lp_data.c) cannot see: codes of at most 63 bytes,
 * an English name, flow_of and part_of naming codes of the file, aliases
 * of a sound shape, and no name under two codes.  make check-data and the
 * unit test test/unit/catalogue.c run it.
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_indicator.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct name_ref
{
	const char *s;
	size_t		len;
	const char *code;
	size_t		code_len;
	int			line;
} name_ref;

typedef struct name_list
{
	name_ref   *refs;
	size_t		n,
				cap;
} name_list;

static int
cmp_name_ref(const void *a, const void *b)
{
	const name_ref *x = a,
			   *y = b;
	size_t		n = x->len < y->len ? x->len : y->len;
	int			r = memcmp(x->s, y->s, n);

	return r ? r : (x->len > y->len) - (x->len < y->len);
}

/* Whether code is the code of a row of indicators.tsv. */
static int
code_listed(const char *code, size_t len)
{
	lp_data_iter it;

	lp_data_open(&it, LP_DATA_INDICATORS);
	while (lp_data_next(&it, NULL) > 0)
		if (it.row.len[0] == len && memcmp(it.row.f[0], code, len) == 0)
			return 1;
	return 0;
}

/* What is wrong with alias al[0, n), or NULL. */
static const char *
alias_fault(const char *al, size_t n)
{
	if (n == 0 || (n == 1 && al[0] == '='))
		return "an empty alias";
	if (al[0] == '*' || al[n - 1] == '*' || (al[0] == '=' && memchr(al, '*', n)))
		return "an alias with * at an end, or with both = and *";
	return NULL;
}

/* What is wrong with the current row beyond its schema, or NULL. */
static const char *
row_fault(const lp_row *r)
{
	size_t		a = 0,
				k;
	const char *what = NULL;

	if (r->len[0] > 63)
		return "code longer than 63 bytes";
	if (r->len[3] == 0)
		return "no English name";
	if (r->len[8] > 0 && !code_listed(r->f[8], r->len[8]))
		return "flow_of names no code of the file";
	if (r->len[9] > 0 && !code_listed(r->f[9], r->len[9]))
		return "part_of names no code of the file";
	for (k = 0; what == NULL && r->len[2] > 0 && k <= r->len[2]; k++)
		if (k == r->len[2] || r->f[2][k] == '|')
		{
			what = alias_fault(r->f[2] + a, k - a);
			a = k + 1;
		}
	return what;
}

static void
add_ref(name_list *l, const char *s, size_t len, const lp_row *r)
{
	if (len == 0)
		return;
	l->refs = lp_data_grow(l->refs, l->n, &l->cap, sizeof(name_ref));
	l->refs[l->n++] = (name_ref) {s, len, r->f[0], r->len[0], r->line};
}

/* The name and every alias of the row ("=名" as 名), for the test of names under two codes. */
static void
add_row_names(name_list *l, const lp_row *r)
{
	size_t		a = 0,
				k;

	for (k = 0; k <= r->len[2]; k++)
	{
		const char *s = r->f[2] + a;
		size_t		n;

		if (k < r->len[2] && r->f[2][k] != '|')
			continue;
		n = k - a;
		a = k + 1;
		if (n > 0 && s[0] == '=')
		{
			s++;
			n--;
		}
		add_ref(l, s, n, r);
	}
	add_ref(l, r->f[1], r->len[1], r);
}

/* A name under two codes: 0, or -1 with msg. */
static int
check_names(name_list *l, char *msg, size_t msgsz)
{
	size_t		i;

	qsort(l->refs, l->n, sizeof(name_ref), cmp_name_ref);
	for (i = 1; i < l->n; i++)
	{
		const name_ref *p = &l->refs[i - 1],
				   *q = &l->refs[i];

		if (cmp_name_ref(p, q) == 0 &&
			(p->code_len != q->code_len || memcmp(p->code, q->code, q->code_len) != 0))
		{
			snprintf(msg, msgsz, "indicators.tsv:%d: %.*s is also a name of %.*s (line %d)",
					 q->line, (int) q->len, q->s, (int) p->code_len, p->code, p->line);
			return -1;
		}
	}
	return 0;
}

/* Every row of the data file id against its schema: 0, or -1 with msg. */
static int
check_schema(lp_data_id id, char *msg, size_t msgsz)
{
	lp_data_iter it;
	lp_error	err;
	int			rc;

	lp_data_open(&it, id);
	while ((rc = lp_data_next(&it, &err)) > 0)
		;
	if (rc < 0)
		snprintf(msg, msgsz, "%s", err.msg);
	return rc;
}

int
lp_indicator_check_data(char *msg, size_t msgsz)
{
	lp_data_iter it;
	name_list	names = {NULL, 0, 0};
	int			rc;

	if ((rc = check_schema(LP_DATA_INDICATORS, msg, msgsz)) != 0 ||
		(rc = check_schema(LP_DATA_INDICATOR_WORDS, msg, msgsz)) != 0)
		return rc;
	lp_data_open(&it, LP_DATA_INDICATORS);
	while (rc == 0 && lp_data_next(&it, NULL) > 0)
	{
		const char *what = row_fault(&it.row);

		if (what)
		{
			snprintf(msg, msgsz, "indicators.tsv:%d: %s", it.row.line, what);
			rc = -1;
		}
		else
			add_row_names(&names, &it.row);
	}
	if (rc == 0)
		rc = check_names(&names, msg, msgsz);
	free(names.refs);
	return rc;
}
