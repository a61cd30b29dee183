/*
 * mentions.c — lp_quantity_next against the hand-made gold of corpus files
 * 003 and 001 (../shared/gold/mentions_003_001.tsv, negatives_003_001.tsv).
 *
 * Each document is scanned in one pass, as the extractor does.  A mention
 * is matched on (line, |base value|, upper end of a range); the
 * sign is the extractor's business.  Prints recall, precision, unit and
 * qualifier agreement, how many gold negatives were reported, and with
 * LP_VERBOSE=1 every miss and every false hit.  Skips when ../shared (or
 * $LP_SHARED) is absent.
 */
#include "lp.h"
#include "tap.h"

#include <stdlib.h>
#include <string.h>

/* levels this recognizer reaches; the test fails below them */
#define MIN_RECALL 0.97
#define MIN_PRECISION 0.97

typedef struct item
{
	char		doc[64];
	int			line;
	char		surface[256];
	char		value[LP_NUM_MAX];
	char		value_hi[LP_NUM_MAX];
	char		unit[32];
	char		qual[16];
	int			matched;
	size_t		num_start;		/* predictions: offset in the line */
} item;

typedef struct items
{
	item	   *v;
	size_t		n,
				cap;
} items;

static void
push(items *a, const item *it)
{
	if (a->n == a->cap)
	{
		a->cap = a->cap ? a->cap * 2 : 256;
		a->v = realloc(a->v, a->cap * sizeof(item));
		if (!a->v)
			exit(2);
	}
	a->v[a->n++] = *it;
}

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n + 1);
	if (!buf || fread(buf, 1, n, f) != (size_t) n)
	{
		fclose(f);
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return buf;
}

static const char *
find_shared(void)
{
	static const char *cands[] = {NULL, "../shared", "../../shared", NULL};
	static char buf[512];
	int			i;

	cands[0] = getenv("LP_SHARED");
	for (i = 0; i < 3; i++)
	{
		FILE	   *f;

		if (!cands[i])
			continue;
		snprintf(buf, sizeof(buf), "%s/gold/mentions_003_001.tsv", cands[i]);
		if ((f = fopen(buf, "r")) != NULL)
		{
			fclose(f);
			return cands[i];
		}
	}
	return NULL;
}

/* split a TSV line in place; returns the number of fields */
static int
split(char *line, char **f, int maxf)
{
	int			n = 0;

	f[n++] = line;
	for (; *line && n < maxf; line++)
		if (*line == '\t')
		{
			*line = '\0';
			f[n++] = line + 1;
		}
	return n;
}

static void
copy(char *dst, size_t sz, const char *src)
{
	snprintf(dst, sz, "%s", src);
}

static void
load_gold(const char *path, items *gold, int negatives)
{
	size_t		len,
				p = 0;
	char	   *data = slurp(path, &len);
	int			first = 1;

	if (!data)
		return;
	while (p < len)
	{
		char	   *line = data + p,
				   *nl = strchr(line, '\n'),
				   *f[12];
		int			nf;
		item		it;

		if (nl)
			*nl = '\0';
		p += strlen(line) + 1;
		if (first)
		{
			first = 0;
			continue;
		}
		if (*line == '\0')
			continue;
		if (line[strlen(line) - 1] == '\r')
			line[strlen(line) - 1] = '\0';
		nf = split(line, f, 12);
		memset(&it, 0, sizeof(it));
		if (nf < 3)
			continue;
		copy(it.doc, sizeof(it.doc), f[0]);
		it.line = atoi(f[1]);
		copy(it.surface, sizeof(it.surface), f[2]);
		if (!negatives && nf >= 7)
		{
			copy(it.value, sizeof(it.value), f[3][0] == '-' ? f[3] + 1 : f[3]);
			copy(it.value_hi, sizeof(it.value_hi), f[4][0] == '-' ? f[4] + 1 : f[4]);
			copy(it.unit, sizeof(it.unit), f[5]);
			copy(it.qual, sizeof(it.qual), f[6]);
		}
		push(gold, &it);
	}
	free(data);
}

static int
same_number(const char *a, const char *b)
{
	if (!a[0] || !b[0])
		return !a[0] && !b[0];
	return lp_dec_cmp(a, b) == 0;
}

int
main(void)
{
	const char *shared = find_shared();
	static const char *docs[] = {"003_2b7f457eee02e8a8.txt", "001_2e0345968032a4f3.txt"};
	items		gold = {0},
				neg = {0},
				pred = {0};
	char		path[600];
	size_t		i,
				j,
				tp = 0,
				unit_ok = 0,
				qual_ok = 0,
				neg_hit = 0;
	int			verbose = getenv("LP_VERBOSE") != NULL;
	double		recall,
				precision;

	if (!shared)
	{
		printf("skip - ../shared/gold not present: mention gold check skipped\n");
		printf("1..0\n");
		return 0;
	}
	snprintf(path, sizeof(path), "%s/gold/mentions_003_001.tsv", shared);
	load_gold(path, &gold, 0);
	snprintf(path, sizeof(path), "%s/gold/negatives_003_001.tsv", shared);
	load_gold(path, &neg, 1);

	for (i = 0; i < 2; i++)
	{
		size_t		len;
		char	   *text;
		int			lineno;

		snprintf(path, sizeof(path), "%s/corpus/%s", shared, docs[i]);
		text = slurp(path, &len);
		if (!text)
		{
			printf("skip - %s not readable\n1..0\n", path);
			return 0;
		}
		/* one scan over the whole document, as the extractor makes it */
		{
			size_t		from = 0,
						line_pos = 0;
			lp_quantity q;

			lineno = 1;
			while (lp_quantity_next(text, len, from, &q))
			{
				item		it;
				size_t		ls;

				while (line_pos < q.num_start)
				{
					if (text[line_pos] == '\n')
						lineno++;
					line_pos++;
				}
				memset(&it, 0, sizeof(it));
				copy(it.doc, sizeof(it.doc), docs[i]);
				it.line = lineno;
				for (ls = q.start; ls < q.end && text[ls] != '\n'; ls++)
					;
				if (ls < q.end)
					printf("# mention spans a line break: %s:%d\n", docs[i], lineno);
				snprintf(it.surface, sizeof(it.surface), "%.*s",
						 (int) (q.end - q.start), text + q.start);
				copy(it.value, sizeof(it.value), q.base_value);
				copy(it.value_hi, sizeof(it.value_hi), q.base_value_hi);
				copy(it.unit, sizeof(it.unit), q.base_unit);
				copy(it.qual, sizeof(it.qual),
					 q.qualifier == LP_Q_RANGE ? "eq" : lp_qualifier_name(q.qualifier));
				it.num_start = q.num_start;
				push(&pred, &it);
				from = q.end > from ? q.end : from + 1;
			}
		}
		free(text);
	}

	/* match gold to predictions on (doc, line, |value|, value_hi) */
	for (i = 0; i < gold.n; i++)
	{
		item	   *g = &gold.v[i];

		for (j = 0; j < pred.n; j++)
		{
			item	   *r = &pred.v[j];

			if (r->matched || r->line != g->line || strcmp(r->doc, g->doc) != 0)
				continue;
			if (!same_number(r->value, g->value) || !same_number(r->value_hi, g->value_hi))
				continue;
			r->matched = g->matched = 1;
			tp++;
			if (strcmp(r->unit, g->unit) == 0)
				unit_ok++;
			else if (verbose)
				printf("# unit %s:%d %s: got '%s' want '%s'\n", g->doc, g->line,
					   g->surface, r->unit, g->unit);
			if (strcmp(r->qual, g->qual) == 0)
				qual_ok++;
			else if (verbose)
				printf("# qualifier %s:%d %s: got %s want %s\n", g->doc, g->line,
					   g->surface, r->qual, g->qual);
			break;
		}
		if (!g->matched && verbose)
			printf("# missed %s:%d %s (%s %s)\n", g->doc, g->line, g->surface,
				   g->value, g->unit);
	}
	for (j = 0; j < pred.n; j++)
	{
		item	   *r = &pred.v[j];

		if (r->matched)
			continue;
		for (i = 0; i < neg.n; i++)
			if (neg.v[i].line == r->line && strcmp(neg.v[i].doc, r->doc) == 0 &&
				strstr(neg.v[i].surface, r->surface) != NULL)
			{
				neg_hit++;
				break;
			}
		if (verbose)
			printf("# false %s:%d %s (%s %s %s)\n", r->doc, r->line, r->surface,
				   r->value, r->value_hi, r->unit);
	}
	recall = gold.n ? (double) tp / gold.n : 0;
	precision = pred.n ? (double) tp / pred.n : 0;
	printf("# gold %zu, found %zu, matched %zu\n", gold.n, pred.n, tp);
	printf("# recall %.4f precision %.4f\n", recall, precision);
	printf("# unit agreement %.4f, qualifier agreement %.4f (of matched)\n",
		   tp ? (double) unit_ok / tp : 0, tp ? (double) qual_ok / tp : 0);
	printf("# gold negatives reported as quantities: %zu of %zu\n", neg_hit, neg.n);
	TAP_OK(recall >= MIN_RECALL, "mention recall %.4f >= %.2f", recall, MIN_RECALL);
	TAP_OK(precision >= MIN_PRECISION, "mention precision %.4f >= %.2f", precision,
		   MIN_PRECISION);
	TAP_OK(tp == 0 || (double) unit_ok / tp >= 0.95, "unit agreement >= 0.95");
	TAP_OK(tp == 0 || (double) qual_ok / tp >= 0.95, "qualifier agreement >= 0.95");
	free(gold.v);
	free(neg.v);
	free(pred.v);
	return TAP_DONE();
}
