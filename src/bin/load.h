/*
 * load.h — luohuplan-load, the bulk loader: shared types.
 *
 * load_files.c finds the files to load (and names them), reads or
 * converts them; load_manifest.c reads a manifest (a CSV file naming the
 * files and their metadata); load_progress.c draws progress and the
 * summary; luohuplan-load.c parses options and drives the connections.
 */
#ifndef LOAD_H
#define LOAD_H

#include <stddef.h>
#include <stdint.h>
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
	char	   *shown;			/* path as printed: control characters and
								 * bytes that are not UTF-8 escaped */
	char	   *source;			/* name recorded in luohuplan.reports.source */
	char	   *meta;			/* JSON object for ingest's meta, or NULL */
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
	size_t		meta_differs;	/* of those, stored with other metadata */
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

/*
 * Add every file under path (a file or a directory, recursed in byte
 * order); meta (may be NULL) is the JSON object each is loaded with.
 */
void		load_list_add_path(load_list *list, const char *path, const char *meta);

/*
 * Add the files a manifest lists (load_manifest.c).  Returns 0, or -1 after
 * printing what is wrong with the manifest.  meta holds the --meta pairs
 * every row starts from (keys[i] = values[i], n of them).
 */
int			load_list_add_manifest(load_list *list, const char *manifest,
								   char *const *keys, char *const *values, int n);

/* Add one file (a manifest row): path on disk, source name, meta JSON. */
void		load_list_add_file(load_list *list, const char *path,
							   const char *source, const char *meta);
void		load_list_free(load_list *list);

/* Meta keys ingest accepts (NULL-terminated), for --meta and manifests. */
extern const char *const load_meta_keys[];
int			load_is_meta_key(const char *key);

/* A JSON object of n string pairs (malloc'ed), or NULL when n is 0. */
char	   *load_json_object(char *const *keys, char *const *values, int n);

/*
 * The largest document luohuplan accepts (luohuplan.max_document_size on
 * the server, read at connection); files over it fail before being read.
 */
extern size_t load_max_bytes;

/* The failure message of a file over load_max_bytes (malloc'ed). */
char	   *load_too_large(uintmax_t size);

/*
 * Read a file's bytes (LOAD_TEXT) or pdftotext's output (LOAD_PDF) into a
 * malloc'ed buffer.  Returns 0, or -1 with *error set to a malloc'ed message.
 */
int			load_read_file(const load_file *file, char **data, size_t *len,
						   char **error);

/*
 * A name as it may be printed or recorded (malloc'ed): bytes that are not
 * valid UTF-8 and control characters (C0, DEL, C1, bidirectional and line
 * separators) are escaped as \xNN or \uNNNN, so no name can fake a line of
 * output or move the terminal's cursor.
 */
char	   *load_printable(const char *s);

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

/* load_sha256.c: SHA-256 of len bytes into out */
void		load_sha256(const char *data, size_t len, unsigned char out[32]);

#endif
