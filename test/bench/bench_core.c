/*
 * bench_core.c — times one stage of the luohuplan core over a file of
 * documents, for test/bench/bench.sh.
 *
 *   bench_core STAGE INPUT INDEX [ENCODING [REPEAT]]
 *
 * STAGE is decode, normalize, extract or quantity (the lp_quantity_next scan
 * alone).  INPUT holds the documents back to back; INDEX has the byte length
 * of each, one per line.  ENCODING (default UTF-8) is what INPUT is in and is
 * passed to lp_decode.  Each document goes through the stages before the
 * timed one untimed (decode, then normalize), then the timed stage; only the
 * timed stage's calls are on the clock.  With REPEAT > 1 the whole pass is
 * run that many times and the fastest pass counts (for small inputs).
 *
 * Prints one line of key=value pairs:
 *   stage= docs= bytes= secs= mbps= docs_per_s= items= maxrss_kb= file_bytes=
 * bytes is what the timed stage read (raw bytes for decode, decoded text for
 * normalize, clean text for extract), MB = 10^6 bytes, items counts facts or
 * quantities (decoded/normalised bytes for the other stages), maxrss_kb is
 * getrusage's peak resident size of this process (the input file included).
 * On an error it prints "error=<message>" and exits 1.
 */
#include "lp.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <time.h>

/*
 * The process's CPU time: the stage's work on one core.  On a machine
 * shared with other work the wall clock also counts the time the driver
 * waited for a core (on 2 cores with a load of 7, three times the work).
 */
static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
fail(const char *stage, const char *what)
{
	printf("stage=%s error=%s\n", stage, what);
	exit(1);
}

/* Read a whole file with malloc (the driver's own memory, not the core's). */
static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *data;
	long		size;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0 ||
		fseek(f, 0, SEEK_SET) != 0)
	{
		fprintf(stderr, "bench_core: %s: %s\n", path, strerror(errno));
		exit(2);
	}
	data = malloc((size_t) size + 1);
	if (data == NULL || fread(data, 1, (size_t) size, f) != (size_t) size)
	{
		fprintf(stderr, "bench_core: cannot read %s\n", path);
		exit(2);
	}
	data[size] = '\0';
	fclose(f);
	*len = (size_t) size;
	return data;
}

/* Document lengths from the index file; they must add up to the input. */
static size_t *
read_index(const char *path, size_t total, size_t *ndocs)
{
	FILE	   *f = fopen(path, "r");
	size_t		n = 0,
				cap = 1024,
				sum = 0;
	size_t	   *lens = malloc(cap * sizeof(size_t));
	unsigned long long v;

	if (f == NULL || lens == NULL)
	{
		fprintf(stderr, "bench_core: cannot read %s\n", path);
		exit(2);
	}
	while (fscanf(f, "%llu", &v) == 1)
	{
		if (n == cap)
		{
			cap *= 2;
			lens = realloc(lens, cap * sizeof(size_t));
			if (lens == NULL)
				exit(2);
		}
		lens[n++] = (size_t) v;
		sum += (size_t) v;
	}
	fclose(f);
	if (sum != total || n == 0)
	{
		fprintf(stderr, "bench_core: %s lists %zu bytes in %zu documents, the input has %zu\n",
				path, sum, n, total);
		exit(2);
	}
	*ndocs = n;
	return lens;
}

typedef enum
{
	STAGE_DECODE, STAGE_NORMALIZE, STAGE_EXTRACT, STAGE_QUANTITY
} stage_t;

/* Count quantity mentions the way lp_extract walks a text. */
static size_t
scan_quantities(const char *text, size_t len)
{
	size_t		from = 0,
				n = 0;
	lp_quantity q;

	while (from < len && lp_quantity_next(text, len, from, &q))
	{
		n++;
		if (q.end <= from)		/* no progress: stop rather than spin */
			break;
		from = q.end;
	}
	return n;
}

/*
 * One document through the stages; returns the seconds spent in the timed
 * stage and adds what it read to *bytes and what it found to *items.
 */
static double
run_document(stage_t stage, const char *stage_name, const uint8_t *raw,
			 size_t len, const char *encoding, size_t *bytes, size_t *items)
{
	lp_buf		body,
				clean;
	lp_error	err;
	const char *used = NULL;
	size_t		n_replaced = 0;
	double		t0,
				secs = 0;
	int			rc;

	memset(&err, 0, sizeof(err));
	lp_buf_init(&body);
	lp_buf_init(&clean);

	t0 = now_seconds();
	rc = lp_decode(raw, len, encoding, 0, &body, &used, &n_replaced, &err);
	if (stage == STAGE_DECODE)
	{
		secs = now_seconds() - t0;
		*bytes += len;
		*items += body.len;
	}
	if (rc != LP_OK)
		fail(stage_name, err.msg[0] ? err.msg : "lp_decode failed");
	if (stage == STAGE_DECODE)
		goto done;

	t0 = now_seconds();
	rc = lp_normalize(body.data, body.len, &clean, NULL, &err);
	if (stage == STAGE_NORMALIZE)
	{
		secs = now_seconds() - t0;
		*bytes += body.len;
		*items += clean.len;
	}
	if (rc != LP_OK)
		fail(stage_name, err.msg[0] ? err.msg : "lp_normalize failed");
	if (stage == STAGE_NORMALIZE)
		goto done;
	/* the decoded text is not needed any more: keep it out of the peak */
	lp_buf_free(&body);

	if (stage == STAGE_EXTRACT)
	{
		lp_facts	facts;

		memset(&facts, 0, sizeof(facts));
		t0 = now_seconds();
		rc = lp_extract(clean.data, clean.len, NULL, &facts, &err);
		secs = now_seconds() - t0;
		if (rc != LP_OK)
			fail(stage_name, err.msg[0] ? err.msg : "lp_extract failed");
		*items += facts.n;
		lp_facts_free(&facts);
	}
	else
	{
		t0 = now_seconds();
		*items += scan_quantities(clean.data, clean.len);
		secs = now_seconds() - t0;
	}
	*bytes += clean.len;

done:
	lp_buf_free(&body);
	lp_buf_free(&clean);
	return secs;
}

/*
 * Run the stage once, untimed, on one sentence: the word lists and tables the
 * core builds on first use are then built, so a single timed pass (the
 * linearity rows run each size in a fresh process) measures the document.
 */
static void
warm_up(stage_t stage, const char *stage_name)
{
	static const char sentence[] = "2025年全市地区生产总值增长5.5%左右，达到1200亿元。\n";
	size_t		bytes = 0,
				items = 0;

	(void) run_document(stage, stage_name, (const uint8_t *) sentence,
						sizeof(sentence) - 1, "UTF-8", &bytes, &items);
}

int
main(int argc, char **argv)
{
	const char *stage_name,
			   *encoding;
	stage_t		stage;
	char	   *data;
	size_t		len,
				ndocs,
			   *lens;
	int			repeat,
				pass;
	double		best = -1;
	size_t		bytes = 0,
				items = 0;
	struct rusage ru;

	if (argc < 4)
	{
		fprintf(stderr, "usage: bench_core decode|normalize|extract|quantity INPUT INDEX [ENCODING [REPEAT]]\n");
		return 2;
	}
	stage_name = argv[1];
	if (strcmp(stage_name, "decode") == 0)
		stage = STAGE_DECODE;
	else if (strcmp(stage_name, "normalize") == 0)
		stage = STAGE_NORMALIZE;
	else if (strcmp(stage_name, "extract") == 0)
		stage = STAGE_EXTRACT;
	else if (strcmp(stage_name, "quantity") == 0)
		stage = STAGE_QUANTITY;
	else
	{
		fprintf(stderr, "bench_core: unknown stage %s\n", stage_name);
		return 2;
	}
	encoding = argc > 4 ? argv[4] : "UTF-8";
	repeat = argc > 5 ? atoi(argv[5]) : 1;
	if (repeat < 1)
		repeat = 1;

	data = read_file(argv[2], &len);
	lens = read_index(argv[3], len, &ndocs);
	warm_up(stage, stage_name);

	for (pass = 0; pass < repeat; pass++)
	{
		size_t		off = 0,
					d;
		double		secs = 0;

		bytes = items = 0;
		for (d = 0; d < ndocs; d++)
		{
			secs += run_document(stage, stage_name, (const uint8_t *) data + off,
								 lens[d], encoding, &bytes, &items);
			off += lens[d];
		}
		if (best < 0 || secs < best)
			best = secs;
	}

	getrusage(RUSAGE_SELF, &ru);
	if (best <= 0)
		best = 1e-9;
	printf("stage=%s docs=%zu bytes=%zu secs=%.6f mbps=%.2f docs_per_s=%.1f items=%zu maxrss_kb=%ld file_bytes=%zu\n",
		   stage_name, ndocs, bytes, best, bytes / best / 1e6, ndocs / best,
		   items, ru.ru_maxrss, len);
	free(lens);
	free(data);
	return 0;
}
