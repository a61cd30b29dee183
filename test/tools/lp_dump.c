/*
 * lp_dump — what ingest() would store, without a server.
 *
 *   build/lp_dump [--headline] FILE...
 *
 * Each file goes the way luohuplan.ingest takes it: decoded (encoding
 * detected, strict), normalized, its metadata inferred from the clean text,
 * then extracted from that text with the inferred period, by the layout and
 * metadata the inference kept (store_facts does: the text is normalize's
 * last output, which ingest neither cleans nor lays out again, see
 * pg_normalize.c).  Prints one TSV line per fact:
 *
 *   doc seq line span_start span_end period status subject indicator measure
 *   value value_hi unit qualifier base_value base_value_hi base_unit headline
 *   like_for_like section evidence
 *
 * With --headline it prints what the view luohuplan.headline returns, in the
 * columns ../shared/eval/run reads (source period status indicator measure
 * value value_hi unit qualifier): the first fact of each (report, period,
 * status, indicator or subject, measure) in the view's order.  Used by
 * test/same_output.sh and to score the genre quickly while developing.
 */
#include "lp.h"
#include "lp_headline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* same_output.sh builds this file against older cores too, whose facts held names */
#ifdef LP_HAVE_ENUMS
#define STATUS(f) lp_status_name((f)->status)
#define MEASURE(f) lp_measure_name((f)->measure)
#define SAME(a, b, field) ((a)->field == (b)->field)
/* the view counts an estimate (预计) and an actual of one figure as one row */
#define SAME_STATUS(a, b) (((a)->status == LP_STATUS_ESTIMATE ? LP_STATUS_ACTUAL : (a)->status) == \
						   ((b)->status == LP_STATUS_ESTIMATE ? LP_STATUS_ACTUAL : (b)->status))
#else
#define SAME_STATUS(a, b) SAME(a, b, status)
#define STATUS(f) ((f)->status)
#define MEASURE(f) ((f)->measure)
#define SAME(a, b, field) (strcmp((a)->field, (b)->field) == 0)
#endif

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *data;
	long		n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0)
	{
		perror(path);
		exit(2);
	}
	data = malloc((size_t) n + 1);
	if (data == NULL || fread(data, 1, (size_t) n, f) != (size_t) n)
	{
		perror(path);
		exit(2);
	}
	fclose(f);
	*len = (size_t) n;
	return data;
}

/* Tabs and line breaks of a field printed as spaces, NULL as empty. */
/* s with its tabs and line breaks as spaces: runs written whole (putchar a byte cost a lock each) */
static void
put(const char *s)
{
	while (s && *s)
	{
		size_t		n = strcspn(s, "\t\n\r");

		fwrite(s, 1, n, stdout);
		if (s[n] == '\0')
			break;
		putchar(' ');
		s += n + 1;
	}
}

static void
field(const char *s)
{
	put(s);
	putchar('\t');
}

static const char *
doc_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

static void
print_fact(const char *doc, size_t seq, const lp_fact *f)
{
	char		num[32];

	field(doc);
	snprintf(num, sizeof(num), "%zu", seq);
	field(num);
	snprintf(num, sizeof(num), "%d", f->line);
	field(num);
	snprintf(num, sizeof(num), "%d", f->span_start);
	field(num);
	snprintf(num, sizeof(num), "%d", f->span_end);
	field(num);
	field(f->period);
	field(STATUS(f));
	field(f->subject);
	field(f->indicator);
	field(MEASURE(f));
	field(f->has_quantity ? f->q.value : "");
	field(f->has_quantity ? f->q.value_hi : "");
	field(f->has_quantity ? f->q.unit : "");
	field(f->has_quantity ? lp_qualifier_name(f->q.qualifier) : "");
	field(f->has_quantity ? f->q.base_value : "");
	field(f->has_quantity ? f->q.base_value_hi : "");
	field(f->has_quantity ? f->q.base_unit : "");
	field(f->headline ? "t" : "f");
	field(f->like_for_like ? "t" : "f");
	field(f->section);
	put(f->evidence);
	putchar('\n');
}

/*
 * The key of the headline view: period, status, indicator or subject,
 * measure, and the fact's own region (a roundup's jurisdiction).  The
 * region is compared only where lp_fact has one: test/same_output.sh
 * builds this file against older cores too.
 */
static int
same_key(const lp_fact *a, const lp_fact *b)
{
	const char *ka = a->indicator ? a->indicator : a->subject ? a->subject : "",
			   *kb = b->indicator ? b->indicator : b->subject ? b->subject : "";

#ifdef LP_FACT_REGION
	if (strcmp(a->region ? a->region : "", b->region ? b->region : "") != 0)
		return 0;
#endif
	return strcmp(a->period, b->period) == 0 && SAME_STATUS(a, b) &&
		strcmp(ka, kb) == 0 && SAME(a, b, measure);
}

/* Does g come before best in the view's order (like_for_like, line, seq)? */
static int
before(const lp_fact *g, const lp_fact *best)
{
	if (best == NULL)
		return 1;
	if (g->like_for_like != best->like_for_like)
		return !g->like_for_like;
	return g->line < best->line;	/* same line: the earlier seq, met first */
}

/*
 * A target figure other than the first its key states in the sentence:
 * 增长6%、力争7% (the view's second_target).  The facts of a line are
 * neighbours.
 */
static int
second_target(const lp_facts *facts, size_t i)
{
	const lp_fact *f = &facts->items[i];
	size_t		j = i;

	if (f->status != LP_STATUS_TARGET || !f->has_quantity)
		return 0;
	while (j > 0 && facts->items[j - 1].line == f->line)
		j--;
	for (; j < i; j++)
	{
		const lp_fact *g = &facts->items[j];

		if (g->headline && g->evidence == f->evidence && same_key(g, f))
			return strcmp(g->q.value, f->q.value) != 0 ? 2 : 0;
	}
	return 0;
}

/* The view keeps, per key, the fact first in that order. */
static void
print_headline(const char *doc, const lp_facts *facts)
{
	size_t		i,
				j;

	for (i = 0; i < facts->n; i++)
	{
		const lp_fact *f = &facts->items[i],
				   *best = NULL;

		if (!f->headline)
			continue;
		int			bound = lp_headline_bound_beside_exact(facts, i) + second_target(facts, i);

		for (j = 0; j < i; j++)
			if (facts->items[j].headline && same_key(&facts->items[j], f) &&
				lp_headline_bound_beside_exact(facts, j) + second_target(facts, j) == bound)
				break;
		if (j < i)
			continue;			/* key printed already */
		for (j = i; j < facts->n; j++)
		{
			const lp_fact *g = &facts->items[j];

			if (g->headline && same_key(g, f) && before(g, best) &&
				lp_headline_bound_beside_exact(facts, j) + second_target(facts, j) == bound)
				best = g;
		}
		field(doc);
		field(best->period[0] ? best->period : "");
		field(STATUS(best));
		field(best->indicator);
		field(MEASURE(best));
		field(best->has_quantity ? best->q.value : "");
		field(best->has_quantity ? best->q.value_hi : "");
		field(best->has_quantity ? best->q.unit : "");
		put(best->has_quantity ? lp_qualifier_name(best->q.qualifier) : "");
		putchar('\n');
	}
}

static int
dump(const char *path, int headline)
{
	size_t		len;
	char	   *raw = read_file(path, &len);
	lp_buf		body,
				clean;
	const char *used,
			   *text;
	size_t		n_replaced = 0,
				i;
	lp_error	err;
	lp_meta		meta;
	lp_facts	facts = {0};
	struct lp_layout *layout;
	int			rc = 0;

	lp_buf_init(&body);
	lp_buf_init(&clean);
	if (lp_decode((const uint8_t *) raw, len, "auto", 0, &body, &used, &n_replaced, &err) != LP_OK ||
		lp_normalize(body.data ? body.data : "", body.len, &clean, NULL, &err) != LP_OK)
	{
		fprintf(stderr, "%s: %s\n", path, err.msg);
		free(raw);
		return 1;
	}
	text = clean.data ? clean.data : "";
	/* the layout is kept for the extract of the same text (NULL past the metadata's head) */
	layout = lp_infer_meta_layout(text, clean.len, &meta);
	if (headline == 2)
	{
		/* --meta: what the report's period rests on, and its region */
		printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", doc_name(path), meta.period,
			   meta.period[0] ? lp_period_basis_name(meta.period_basis) : "",
			   meta.kind, meta.title, meta.region, meta.region_code);
	}
	else if (lp_extract_laid_out(text, clean.len, &meta, layout, meta.period[0] ? meta.period : NULL,
								 lp_anchor_of(0, path, strlen(path)), &facts,
								 &err) != LP_OK)
	{
		fprintf(stderr, "%s: %s\n", path, err.msg);
		rc = 1;
	}
	else if (headline)
		print_headline(doc_name(path), &facts);
	else
		for (i = 0; i < facts.n; i++)
			print_fact(doc_name(path), i + 1, &facts.items[i]);
	lp_layout_release(layout);
	lp_facts_free(&facts);
	lp_buf_free(&body);
	lp_buf_free(&clean);
	free(raw);
	return rc;
}

int
main(int argc, char **argv)
{
	int			headline = 0,
				rc = 0,
				i = 1;

	if (argc > 1 && strcmp(argv[1], "--headline") == 0)
	{
		headline = 1;
		i++;
	}
	else if (argc > 1 && strcmp(argv[1], "--meta") == 0)
	{
		headline = 2;
		i++;
	}
	if (i >= argc)
	{
		fprintf(stderr, "usage: lp_dump [--headline | --meta] FILE...\n");
		return 2;
	}
	for (; i < argc; i++)
		rc |= dump(argv[i], headline);
	return rc;
}
