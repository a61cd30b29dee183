/*
 * sweep_core.c — one stage of the core on one document, with the time and
 * the core's own peak memory (every byte it allocates, counted by the
 * allocation hooks), for the complexity sweep (test/bench/complexity.py).
 *
 *   sweep_core STAGE FILE [REPEAT]
 *
 * STAGE is decode (auto, replacing), normalize, extract (normalize, then
 * lp_extract_period on the clean text, as luohuplan.extract does) or ingest
 * (decode, normalize, extract: what luohuplan.ingest computes).  Only the
 * named stage is timed (the fastest of REPEAT runs); the peak is that of the
 * core's allocations during the timed stage, the input not included.
 * Prints one line of key=value pairs:
 *   stage= bytes= secs= peak_bytes= x_in= items=
 * and for extract and ingest where the facts' memory goes:
 *   facts= fact_struct_bytes= (capacity * sizeof(lp_fact))
 *   pool_bytes= (string pool blocks) evidence_bytes= evidences= (distinct
 *   evidence strings) subject_bytes= value_bytes= (the other pooled strings)
 */
#include "lp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static size_t cur_bytes,
			peak_bytes;

/* allocation hooks that count: a header before each block holds its size */
#define HDR 16

static void *
count_alloc(size_t size)
{
	char	   *p = malloc(size + HDR);

	if (!p)
		abort();
	*(size_t *) p = size;
	cur_bytes += size;
	if (cur_bytes > peak_bytes)
		peak_bytes = cur_bytes;
	return p + HDR;
}

static void
count_free(void *ptr)
{
	char	   *p;

	if (!ptr)
		return;
	p = (char *) ptr - HDR;
	cur_bytes -= *(size_t *) p;
	free(p);
}

static void *
count_realloc(void *ptr, size_t size)
{
	char	   *p;
	size_t		old;

	if (!ptr)
		return count_alloc(size);
	p = (char *) ptr - HDR;
	old = *(size_t *) p;
	p = realloc(p, size + HDR);
	if (!p)
		abort();
	*(size_t *) p = size;
	cur_bytes += size - old;
	if (cur_bytes > peak_bytes)
		peak_bytes = cur_bytes;
	return p + HDR;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmp_ptr(const void *a, const void *b)
{
	const char *x = *(const char *const *) a,
			   *y = *(const char *const *) b;

	return x < y ? -1 : x > y;
}

/* Where the memory of the facts is: printed as key=value pairs. */
static void
facts_breakdown(const lp_facts *f)
{
	size_t		i,
				ev_bytes = 0,
				nev = 0,
				subj = 0,
				vals = 0;
	const char **ev = malloc((f->n ? f->n : 1) * sizeof(char *));

	for (i = 0; i < f->n; i++)
	{
		const lp_fact *x = &f->items[i];

		ev[i] = x->evidence;
		if (x->subject)
			subj += strlen(x->subject) + 1;
		if (x->has_quantity)
			vals += strlen(x->q.value) + strlen(x->q.value_hi) + strlen(x->q.unit) +
				strlen(x->q.base_value) + strlen(x->q.base_value_hi) + strlen(x->q.base_unit) + 6;
	}
	qsort(ev, f->n, sizeof(char *), cmp_ptr);
	for (i = 0; i < f->n; i++)
		if (ev[i] && (i == 0 || ev[i] != ev[i - 1]))
		{
			nev++;
			ev_bytes += strlen(ev[i]) + 1;
		}
	free(ev);
	printf(" facts=%zu fact_struct_bytes=%zu pool_bytes=%zu evidences=%zu evidence_bytes=%zu"
		   " subject_bytes=%zu value_bytes=%zu",
		   f->n, f->cap * sizeof(lp_fact), f->nstrings ? (f->nstrings - 1) * (size_t) (64 * 1024) + f->pool_cap : 0,
		   nev, ev_bytes, subj, vals);
}

int
main(int argc, char **argv)
{
	static const lp_hooks hooks = {count_alloc, count_realloc, count_free, NULL, NULL};
	const char *stage;
	FILE	   *fp;
	char	   *raw;
	long		n;
	int			repeat,
				r;
	double		best = 1e30;
	size_t		best_peak = 0,
				items = 0;

	if (argc < 3)
	{
		fprintf(stderr, "usage: sweep_core decode|normalize|extract|ingest FILE [REPEAT]\n");
		return 2;
	}
	stage = argv[1];
	repeat = argc > 3 ? atoi(argv[3]) : 1;
	fp = fopen(argv[2], "rb");
	if (!fp || fseek(fp, 0, SEEK_END) != 0 || (n = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0)
	{
		perror(argv[2]);
		return 2;
	}
	raw = malloc(n + 1);
	if (!raw || fread(raw, 1, n, fp) != (size_t) n)
		return 2;
	fclose(fp);
	lp_set_hooks(&hooks);
	for (r = 0; r < (repeat > 0 ? repeat : 1); r++)
	{
		lp_buf		body,
					clean;
		lp_facts	facts;
		lp_error	err;
		const char *used;
		size_t		nrep,
					base;
		double		t0 = 0,
					t;
		int			rc = LP_OK,
					last = r == repeat - 1 || repeat <= 1;

		memset(&err, 0, sizeof(err));
		memset(&facts, 0, sizeof(facts));
		lp_buf_init(&body);
		lp_buf_init(&clean);
		/* the stages before the timed one run untimed, their input is not counted */
		if (strcmp(stage, "ingest") != 0 && strcmp(stage, "decode") != 0)
		{
			if (strcmp(stage, "normalize") == 0)
				lp_buf_append(&body, raw, n);
			else
			{
				lp_normalize(raw, n, &clean, NULL, &err);
				lp_buf_append(&body, "", 0);
			}
		}
		base = cur_bytes;
		peak_bytes = cur_bytes;
		t0 = now();
		if (strcmp(stage, "decode") == 0 || strcmp(stage, "ingest") == 0)
		{
			rc = lp_decode((const uint8_t *) raw, n, "auto", 1, &body, &used, &nrep, &err);
			items = body.len;
		}
		if (rc == LP_OK && (strcmp(stage, "normalize") == 0 || strcmp(stage, "ingest") == 0))
		{
			rc = lp_normalize(body.data ? body.data : "", body.len, &clean, NULL, &err);
			items = clean.len;
		}
		if (rc == LP_OK && (strcmp(stage, "extract") == 0 || strcmp(stage, "ingest") == 0))
		{
			rc = lp_extract_period(clean.data ? clean.data : "", clean.len, NULL, &facts, &err);
			items = facts.n;
		}
		t = now() - t0;
		if (rc != LP_OK)
		{
			printf("stage=%s error=%s\n", stage, err.msg);
			return 1;
		}
		if (t < best)
			best = t;
		if (peak_bytes - base > best_peak)
			best_peak = peak_bytes - base;
		if (last)
		{
			printf("stage=%s bytes=%ld secs=%.6f peak_bytes=%zu x_in=%.2f items=%zu",
				   stage, n, best, best_peak, n ? (double) best_peak / n : 0.0, items);
			if (strcmp(stage, "extract") == 0 || strcmp(stage, "ingest") == 0)
				facts_breakdown(&facts);
			printf("\n");
		}
		lp_facts_free(&facts);
		lp_buf_free(&body);
		lp_buf_free(&clean);
	}
	free(raw);
	return 0;
}
