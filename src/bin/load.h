/*
 * load.h — luohuplan-load, the bulk loader: shared types.
 *
 * load_files.c finds the files to load (and names them), reads or
 * converts them; load_progress.c draws progress and the summary;
 * luohuplan-load.c parses options and drives the connections.
 */
#ifndef LOAD_H
#define LOAD_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

/* What a file found under a PATH is, from its name. */
typedef enum load_kind
{
	LOAD_TEXT,					/* .txt .text .html .htm: sent as bytes */
	LOAD_PDF,					/* .pdf: converted with pdftotext first */
	LOAD_OTHER,					/* anything else: skipped */
	LOAD_BROKEN					/* could not be listed (error holds why) */
} load_kind;

/* One file to load, in load order. */
typedef struct load_file
{
	char	   *path;			/* path on disk, as reached from the argument */
	char	   *source;			/* name recorded in luohuplan.reports.source */
	char	   *error;			/* LOAD_BROKEN: what went wrong */
	load_kind	kind;
	off_t		size;			/* bytes on disk (0 if unknown) */
} load_file;

typedef struct load_list
{
	load_file  *items;
	size_t		count;
	size_t		cap;
} load_list;

/* A failure to report in the summary. */
typedef struct load_failure
{
	char	   *path;
	char	   *message;		/* "SQLSTATE: message" or the OS's message */
} load_failure;

/* Counters shared by the driver, the progress line and the summary. */
typedef struct load_stats
{
	size_t		total_files;	/* every file found, skipped ones included */
	size_t		total_bytes;	/* bytes of the files that will be sent */
	size_t		done_files;		/* files finished, whatever the outcome */
	size_t		done_bytes;
	size_t		loaded;
	size_t		present;		/* already in luohuplan.reports */
	size_t		skipped;
	size_t		failed;
	size_t		not_loaded;		/* interrupted: cancelled or never started */
	load_failure *failures;
	size_t		nfailures;
	size_t		capfailures;
	double		started;		/* seconds, monotonic clock */
} load_stats;

/* ---- helpers (load_files.c) ---- */

void	   *load_xmalloc(size_t size);
void	   *load_xrealloc(void *ptr, size_t size);
char	   *load_xstrdup(const char *s);
char	   *load_xprintf(const char *fmt,...)
#ifdef __GNUC__
			__attribute__((format(printf, 1, 2)))
#endif
			;

/* Add every file under path (a file or a directory, recursed in byte order). */
void		load_list_add_path(load_list *list, const char *path);
void		load_list_free(load_list *list);

/*
 * Read a file's bytes (LOAD_TEXT) or pdftotext's output (LOAD_PDF) into a
 * malloc'ed buffer.  Returns 0, or -1 with *error set to a malloc'ed message.
 */
int			load_read_file(const load_file *file, char **data, size_t *len,
						   char **error);

/* Escape bytes that are not valid UTF-8 as \xNN (malloc'ed result). */
char	   *load_utf8_clean(const char *s);

/* ---- progress and summary (load_progress.c) ---- */

double		load_now(void);
void		load_progress_init(int quiet);
void		load_progress(const load_stats *stats, int force);
void		load_progress_clear(void);
void		load_progress_message(const char *fmt,...)
#ifdef __GNUC__
			__attribute__((format(printf, 1, 2)))
#endif
			;
void		load_add_failure(load_stats *stats, const char *path, char *message);
void		load_print_summary(FILE *out, load_stats *stats, int interrupted);
void		load_stats_free(load_stats *stats);

#endif
