/*
 * load_progress.c — what luohuplan-load tells the user while it works and
 * when it is done.
 *
 * On a terminal (stderr) a bar redrawn in place about five times a second;
 * otherwise a plain line every two seconds; with --quiet nothing until the
 * summary.  Failures are printed as they happen (unless --quiet) and again
 * in the summary, which goes to stdout.
 */
#include "load.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int	progress_mode;		/* 0 quiet, 1 plain lines, 2 terminal bar */
static double last_drawn;
static int	bar_on_screen;

double
load_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

void
load_progress_init(int quiet)
{
	progress_mode = quiet ? 0 : isatty(STDERR_FILENO) ? 2 : 1;
	last_drawn = load_now();
}

static void
format_duration(char *buf, size_t size, double seconds)
{
	long		s = seconds < 0 ? 0 : (long) (seconds + 0.5);

	if (s >= 3600)
		snprintf(buf, size, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
	else
		snprintf(buf, size, "%ld:%02ld", s / 60, s % 60);
}

/* Draw the progress now when force, else when it is time to. */
void
load_progress(const load_stats *stats, int force)
{
	double		now = load_now();
	double		elapsed = now - stats->started;
	double		rate = elapsed > 0 ? (double) stats->done_bytes / elapsed : 0;
	double		files_rate = elapsed > 0 ? (double) stats->done_files / elapsed : 0;
	char		left[32];
	size_t		errors = stats->failed;

	if (progress_mode == 0)
		return;
	if (!force && now - last_drawn < (progress_mode == 2 ? 0.2 : 2.0))
		return;
	last_drawn = now;

	if (stats->done_bytes > 0 && stats->total_bytes > stats->done_bytes)
		format_duration(left, sizeof(left),
						(double) (stats->total_bytes - stats->done_bytes) / rate);
	else
		strcpy(left, stats->done_files >= stats->total_files ? "0:00" : "?");

	if (progress_mode == 2)
	{
		char		bar[26];
		size_t		width = sizeof(bar) - 1,
					filled = stats->total_files
			? stats->done_files * width / stats->total_files : width;

		memset(bar, '#', filled);
		memset(bar + filled, '-', width - filled);
		bar[width] = '\0';
		fprintf(stderr, "\r[%s] %zu/%zu files  %.0f files/s  %.1f MB/s  %zu error%s  %s left\033[K",
				bar, stats->done_files, stats->total_files, files_rate, rate / 1e6,
				errors, errors == 1 ? "" : "s", left);
		bar_on_screen = 1;
	}
	else
		fprintf(stderr, "luohuplan-load: %zu/%zu files, %.0f files/s, %.1f MB/s, %zu error%s, %s left\n",
				stats->done_files, stats->total_files, files_rate, rate / 1e6,
				errors, errors == 1 ? "" : "s", left);
	fflush(stderr);
}

/* Take the bar off the screen before printing anything else. */
void
load_progress_clear(void)
{
	if (bar_on_screen)
	{
		fputs("\r\033[K", stderr);
		bar_on_screen = 0;
	}
}

/* A line to stderr that does not mix with the bar (not shown with --quiet). */
void
load_progress_message(const char *fmt,...)
{
	va_list		ap;

	if (progress_mode == 0)
		return;
	load_progress_clear();
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fflush(stderr);
	if (progress_mode == 2)
		last_drawn = 0;			/* redraw the bar at the next chance */
}

/* Record a failure (message is taken over) and tell the user at once. */
void
load_add_failure(load_stats *stats, const char *path, char *message)
{
	load_failure *f;

	if (stats->nfailures == stats->capfailures)
	{
		stats->capfailures = stats->capfailures ? stats->capfailures * 2 : 16;
		stats->failures = load_xrealloc(stats->failures,
										stats->capfailures * sizeof(load_failure));
	}
	f = &stats->failures[stats->nfailures++];
	f->path = load_xstrdup(path);
	f->message = message;
	stats->failed++;
	load_progress_message("luohuplan-load: failed: %s: %s\n", path, message);
}

static int
compare_failures(const void *a, const void *b)
{
	return strcmp(((const load_failure *) a)->path, ((const load_failure *) b)->path);
}

/* The summary, failures in path order (they finish in any order). */
void
load_print_summary(FILE *out, load_stats *stats, int interrupted)
{
	double		elapsed = load_now() - stats->started;
	size_t		i;

	load_progress_clear();
	if (stats->nfailures > 1)
		qsort(stats->failures, stats->nfailures, sizeof(load_failure), compare_failures);
	fprintf(out, "luohuplan-load: %zu file%s in %.1f s (%.1f files/s, %.2f MB/s)%s\n",
			stats->done_files, stats->done_files == 1 ? "" : "s", elapsed,
			elapsed > 0 ? (double) stats->done_files / elapsed : 0.0,
			elapsed > 0 ? (double) stats->done_bytes / elapsed / 1e6 : 0.0,
			interrupted ? ", interrupted" : "");
	fprintf(out, "  loaded:          %zu\n", stats->loaded);
	fprintf(out, "  already present: %zu\n", stats->present);
	if (stats->meta_differs > 0)
		fprintf(out, "    of which stored with other metadata, not changed: %zu (correct them with luohuplan.set_meta)\n",
				stats->meta_differs);
	fprintf(out, "  skipped:         %zu\n", stats->skipped);
	fprintf(out, "  failed:          %zu\n", stats->failed);
	if (interrupted || stats->not_loaded > 0)
		fprintf(out, "  not loaded:      %zu (%s; run again to load them)\n",
				stats->not_loaded, interrupted ? "interrupted" : "connection lost");
	for (i = 0; i < stats->nfailures; i++)
		fprintf(out, "failed: %s: %s\n", stats->failures[i].path,
				stats->failures[i].message);
	fflush(out);
}

void
load_stats_free(load_stats *stats)
{
	size_t		i;

	for (i = 0; i < stats->nfailures; i++)
	{
		free(stats->failures[i].path);
		free(stats->failures[i].message);
	}
	free(stats->failures);
	stats->failures = NULL;
	stats->nfailures = stats->capfailures = 0;
}
