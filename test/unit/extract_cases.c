/*
 * extract_cases.c — table-driven extraction tests: each row of
 * test/unit/extract_cases.tsv names one rule, gives a sentence (or a short
 * document) written for the test with invented figures, and the fields of
 * the fact the rule must produce.  The document goes the way ingest() takes
 * it: normalized, its metadata inferred, extracted with the inferred period.
 *
 * Columns: rule, doc ("\n" for a line break), expect, known.
 *  - expect: space-separated field=value pairs that one fact must all have
 *    (value value_hi unit qualifier measure status period indicator subject
 *    base_value base_unit headline like_for_like summary line span, span as
 *    start-end in characters; "" writes an empty
 *    field, NULL an absent subject or indicator), or "count=N" alone for the
 *    number of facts of the document.
 *  - known: empty, or why today's output is wrong: a known failure.  It is
 *    reported as "skip" naming the rule while it fails, and as "ok … now
 *    passes" once it does (then drop the mark).
 * Expected results follow ../shared/gold/HEADLINE_SPEC.md, not merely
 * today's output.  EXTRACT_CASES_SHOW=1 prints every fact of each case;
 * the file is found at test/unit/extract_cases.tsv from the top of the
 * checkout, or at the path given as the first argument.
 */
#include "lp.h"
#include "lp_headline.h"
#include "tap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 8192
#define MAX_PAIRS 16

typedef struct expect_pair
{
	char	   *key;
	char	   *want;
} expect_pair;

static const char *
str_or_null(const char *s)
{
	return s ? s : "NULL";
}

/* The field key of fact f as text; NULL when there is no such field. */
static const char *
field_of(const lp_fact *f, const char *key, char *buf, size_t bufsz)
{
	if (strcmp(key, "value") == 0)
		return f->has_quantity ? f->q.value : "";
	if (strcmp(key, "value_hi") == 0)
		return f->has_quantity ? f->q.value_hi : "";
	if (strcmp(key, "unit") == 0)
		return f->has_quantity ? f->q.unit : "";
	if (strcmp(key, "qualifier") == 0)
		return f->has_quantity ? lp_qualifier_name(f->q.qualifier) : "";
	if (strcmp(key, "base_value") == 0)
		return f->has_quantity ? f->q.base_value : "";
	if (strcmp(key, "base_unit") == 0)
		return f->has_quantity ? f->q.base_unit : "";
	if (strcmp(key, "measure") == 0)
		return str_or_null(lp_measure_name(f->measure));
	if (strcmp(key, "status") == 0)
		return str_or_null(lp_status_name(f->status));
	if (strcmp(key, "period") == 0)
		return f->period;
	if (strcmp(key, "basis") == 0)
		return str_or_null(lp_period_basis_name(f->period_basis));
	if (strcmp(key, "indicator") == 0)
		return str_or_null(f->indicator);
	if (strcmp(key, "subject") == 0)
		return str_or_null(f->subject);
	if (strcmp(key, "region") == 0)
		return str_or_null(f->region);
	if (strcmp(key, "headline") == 0 || strcmp(key, "like_for_like") == 0 ||
		strcmp(key, "summary") == 0)
	{
		snprintf(buf, bufsz, "%d", key[0] == 'h' ? f->headline :
				 key[0] == 'l' ? f->like_for_like : f->summary);
		return buf;
	}
	if (strcmp(key, "line") == 0)
	{
		snprintf(buf, bufsz, "%d", f->line);
		return buf;
	}
	if (strcmp(key, "span") == 0)
	{
		snprintf(buf, bufsz, "%d-%d", f->span_start, f->span_end);
		return buf;
	}
	return NULL;
}

static void
show_fact(const lp_fact *f)
{
	printf("#   value=%s value_hi=%s unit=%s qualifier=%s measure=%s status=%s period=%s "
		   "indicator=%s subject=%s headline=%d summary=%d\n",
		   f->has_quantity ? f->q.value : "", f->has_quantity ? f->q.value_hi : "",
		   f->has_quantity ? f->q.unit : "",
		   f->has_quantity ? lp_qualifier_name(f->q.qualifier) : "",
		   str_or_null(lp_measure_name(f->measure)), str_or_null(lp_status_name(f->status)),
		   f->period, str_or_null(f->indicator), str_or_null(f->subject), f->headline,
		   f->summary);
}

/* "a\nb" as written in the file → a, newline, b; "\t" a tab (in place). */
static void
unescape(char *s)
{
	char	   *o = s;

	for (; *s; s++)
	{
		if (s[0] == '\\' && (s[1] == 'n' || s[1] == 't'))
		{
			*o++ = s[1] == 'n' ? '\n' : '\t';
			s++;
		}
		else
			*o++ = *s;
	}
	*o = '\0';
}

/* The facts of doc as ingest() would store them. */
static int
facts_of(const char *doc, lp_facts *facts)
{
	lp_buf		clean;
	lp_meta		meta;
	lp_error	err;
	int			rc;

	lp_buf_init(&clean);
	memset(facts, 0, sizeof(*facts));
	if (lp_normalize(doc, strlen(doc), &clean, NULL, &err) != LP_OK)
	{
		printf("# normalize failed: %s\n", err.msg);
		return -1;
	}
	lp_infer_meta(clean.data ? clean.data : "", clean.len, &meta);
	rc = lp_extract_period(clean.data ? clean.data : "", clean.len, meta.period, facts, &err);
	if (rc != LP_OK)
		printf("# extract failed: %s\n", err.msg);
	lp_buf_free(&clean);
	return rc == LP_OK ? 0 : -1;
}

/* Split expect into pairs (in place); -1 when one is not key=value. */
static int
parse_expect(char *expect, expect_pair *pairs)
{
	int			n = 0;
	char	   *tok,
			   *save = NULL;

	for (tok = strtok_r(expect, " ", &save); tok; tok = strtok_r(NULL, " ", &save))
	{
		char	   *eq = strchr(tok, '=');

		if (eq == NULL || n == MAX_PAIRS)
			return -1;
		*eq = '\0';
		pairs[n].key = tok;
		pairs[n].want = strcmp(eq + 1, "\"\"") == 0 ? "" : eq + 1;
		n++;
	}
	return n;
}

/* Whether fact i has every expected field; -1 when a key is unknown.
 * bound: the view's row of a bound beside its exact value (突破…，达…). */
static int
fact_matches(const lp_facts *facts, size_t i, const expect_pair *pairs, int n)
{
	const lp_fact *f = &facts->items[i];
	char		buf[16];
	int			k;

	for (k = 0; k < n; k++)
	{
		const char *got = strcmp(pairs[k].key, "bound") == 0 ?
			(lp_headline_bound_beside_exact(facts, i) ? "1" : "0") :
			field_of(f, pairs[k].key, buf, sizeof(buf));

		if (got == NULL)
			return -1;
		if (strcmp(got, pairs[k].want) != 0)
			return 0;
	}
	return 1;
}

/* 1 when the facts meet the expectation, 0 when not, -1 when it is malformed. */
static int
check_case(const lp_facts *facts, char *expect)
{
	expect_pair pairs[MAX_PAIRS];
	int			n = parse_expect(expect, pairs),
				r = 0;
	size_t		i;

	if (n <= 0)
		return -1;
	if (n == 1 && strcmp(pairs[0].key, "count") == 0)
		return (size_t) atoi(pairs[0].want) == facts->n;
	for (i = 0; i < facts->n && r == 0; i++)
		r = fact_matches(facts, i, pairs, n);
	return r;
}

static void
run_case(int line, char **col, int show)
{
	lp_facts	facts;
	char		expect[MAX_LINE];
	const char *rule = col[0],
			   *known = col[3];
	int			r;
	size_t		i;

	snprintf(expect, sizeof(expect), "%s", col[2]);
	unescape(col[1]);
	r = facts_of(col[1], &facts) == 0 ? check_case(&facts, expect) : 0;
	if (r < 0)
		TAP_OK(0, "%s (line %d): malformed expectation '%s'", rule, line, col[2]);
	else if (r == 1)
		TAP_OK(1, "%s%s", rule, known[0] ? " (marked a known failure, passes now: drop the mark)" : "");
	else if (known[0])
		printf("skip - %s: known failure (%s)\n", rule, known);
	else
		TAP_OK(0, "%s (line %d): no fact with %s", rule, line, col[2]);
	if ((r == 0 && !known[0]) || show)
		for (i = 0; i < facts.n; i++)
			show_fact(&facts.items[i]);
	lp_facts_free(&facts);
}

int
main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "test/unit/extract_cases.tsv";
	FILE	   *in = fopen(path, "r");
	char		buf[MAX_LINE];
	int			line = 0,
				cases = 0,
				show = getenv("EXTRACT_CASES_SHOW") != NULL;

	if (in == NULL)
	{
		TAP_OK(0, "cannot read %s (run from the top of the checkout)", path);
		return TAP_DONE();
	}
	while (fgets(buf, sizeof(buf), in))
	{
		char	   *col[4] = {"", "", "", ""},
				   *p = buf;
		int			k;

		line++;
		buf[strcspn(buf, "\r\n")] = '\0';
		if (buf[0] == '#' || buf[0] == '\0')
			continue;
		for (k = 0; k < 4 && p; k++)
		{
			col[k] = p;
			p = strchr(p, '\t');
			if (p)
				*p++ = '\0';
		}
		if (k < 3 || col[0][0] == '\0' || col[1][0] == '\0')
		{
			TAP_OK(0, "%s line %d: not rule, doc, expect[, known]", path, line);
			continue;
		}
		run_case(line, col, show);
		cases++;
	}
	fclose(in);
	TAP_OK(cases >= 100, "%d cases (at least 100)", cases);
	return TAP_DONE();
}
