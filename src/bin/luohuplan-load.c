/*
 * luohuplan-load — load report files into luohuplan.reports, over one or
 * more connections at once.
 *
 * Each file is sent as one pipeline of two statements ending in a Sync, so
 * it runs as one implicit transaction of its own: a bad file never stops or
 * undoes the others, and an interrupted file is either fully loaded or not
 * at all.  The statements:
 *
 *   1. pg_advisory_xact_lock(class, hash of the bytes) — loads of the same
 *      bytes (a duplicate under another name, another loader) queue up here
 *      instead of racing inside ingest; the file's commit does not wait for
 *      the WAL (synchronous_commit off for this transaction, LOCK_SQL):
 *      make_durable waits once for all of them before the summary;
 *   2. SELECT EXISTS (row with this sha256), luohuplan.ingest(bytes, name,
 *      meta, on_error) — its snapshot is taken after the lock is held, so
 *      EXISTS sees every committed load of the same bytes and "already
 *      present" is exact.
 *
 * The bytes go as a binary bytea parameter, untouched.  One thread drives
 * all connections in nonblocking mode with poll(); files are read (or
 * converted by pdftotext) in that thread just before they are sent, and
 * files over the server's luohuplan.max_document_size are refused before.
 *
 * A connection has up to two files in flight: the next file's pipeline is
 * sent while the server works on the one before, so the backend goes from
 * one file to the next without waiting for the loader to see a result and
 * send again (with -j 1 on a busy machine the wait was most of the time a
 * small file took).  The server runs them one after the other, each in its
 * own transaction, as before.
 */
#include "load.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include <libpq-fe.h>

#ifndef LOAD_VERSION
#define LOAD_VERSION "unknown"
#endif

#define MAX_JOBS 100

/* advisory lock class: "lh" — the second key is a hash of the file's bytes */
#define LOCK_CLASS "27752"

/*
 * The lock statement also turns synchronous_commit off for the file's own
 * transaction (set_config local, so nothing else of the session and no
 * other client of a pooled server connection is touched): each file's
 * commit no longer waits for its own WAL flush (fdatasync was 4 % of the
 * server's CPU on 200 real-size reports).  Before it exits the loader makes
 * everything loaded durable at once (make_durable).
 */
#define LOCK_SQL \
	"SELECT pg_catalog.pg_advisory_xact_lock(" LOCK_CLASS ", $1::pg_catalog.int4)" \
	" FROM pg_catalog.set_config('synchronous_commit', 'off', true)"
/*
 * One transaction that writes WAL (a transactional logical message, which
 * any user may emit and nothing stores), committed under the session's own
 * synchronous_commit: its commit waits for the WAL before it, that of every
 * file committed before, as an ordinary commit waits for its own.
 */
#define DURABLE_SQL \
	"SELECT pg_catalog.pg_logical_emit_message(true, 'luohuplan-load', '')"
/* else: wait until the WAL written so far is flushed (wal_writer_delay) */
#define INSERT_LSN_SQL "SELECT pg_catalog.pg_current_wal_insert_lsn()"
#define FLUSHED_SQL \
	"SELECT pg_catalog.pg_current_wal_flush_lsn() OPERATOR(pg_catalog.>=) $1::pg_catalog.pg_lsn"
/*
 * The EXISTS looks the row up by sha256 alone, on purpose: on Citus a lookup
 * by report_id would make the whole statement a query for one shard, and
 * Citus would send ingest() with it to the worker, where its own
 * distributed queries are refused.  This way ingest runs on the coordinator.
 * $5 (the old form's $3) is the SHA-256 of the bytes, computed here
 * (load_sha256.c): ingest hashes them once more for the report id, the
 * server need not a second time.
 */
#define INGEST_SQL \
	"SELECT EXISTS (SELECT 1 FROM luohuplan.reports r" \
	" WHERE r.sha256 OPERATOR(pg_catalog.=) $5)," \
	" luohuplan.ingest($1, $2, $3::pg_catalog.jsonb, $4)"
/* an extension older than 0.3.0: ingest(raw, source) only */
#define INGEST_SQL_OLD \
	"SELECT EXISTS (SELECT 1 FROM luohuplan.reports r" \
	" WHERE r.sha256 OPERATOR(pg_catalog.=) $3)," \
	" luohuplan.ingest($1, $2)"
/*
 * Is there a luohuplan.ingest callable as ingest(bytea, text) (more
 * arguments with defaults are fine), and does it take meta and on_error?
 */
#define CHECK_SQL \
	"SELECT pg_catalog.bool_or(true), pg_catalog.bool_or(p.pronargs OPERATOR(pg_catalog.>=) 4" \
	" AND 'on_error' OPERATOR(pg_catalog.=) ANY (p.proargnames))" \
	" FROM pg_catalog.pg_proc p" \
	" WHERE p.pronamespace OPERATOR(pg_catalog.=) pg_catalog.to_regnamespace('luohuplan')" \
	" AND p.proname OPERATOR(pg_catalog.=) 'ingest'" \
	" AND p.pronargs OPERATOR(pg_catalog.>=) 2" \
	" AND p.pronargs OPERATOR(pg_catalog.-) p.pronargdefaults OPERATOR(pg_catalog.<=) 2" \
	" AND p.proargtypes[0] OPERATOR(pg_catalog.=) 'pg_catalog.bytea'::pg_catalog.regtype" \
	" AND p.proargtypes[1] OPERATOR(pg_catalog.=) 'pg_catalog.text'::pg_catalog.regtype"
/* the module's settings exist once its library is loaded: decode loads it */
#define LOAD_MODULE_SQL "SELECT luohuplan.decode(''::pg_catalog.bytea)"
#define LIMIT_SQL \
	"SELECT s.setting::pg_catalog.int8 OPERATOR(pg_catalog.*) 1024 FROM pg_catalog.pg_settings s" \
	" WHERE s.name OPERATOR(pg_catalog.=) 'luohuplan.max_document_size'"
#define CHECK_META_SQL "SELECT luohuplan.check_meta($1::pg_catalog.jsonb)"

#define BYTEAOID 17
#define TEXTOID 25
#define INT4OID 23

/* what every file is sent with */
static const char *on_error_mode = "strict";
static int	old_ingest;			/* the database has ingest(raw, source) only */

/* One connection, the file it is loading and the one sent after it. */
typedef struct slot
{
	PGconn	   *conn;
	PGcancel   *cancel;
	const load_file *file;		/* in flight, or NULL when idle */
	const load_file *next;		/* sent after file, its results not read yet */
	int			want_write;		/* output not yet flushed */
	int			cancel_sent;	/* a cancel was sent while file was in flight */
	const load_file *cancelled; /* the file in flight when the last was sent */
	time_t		cancel_time;	/* and when */
	int			existed;		/* result of statement 2 */
	int			meta_differs;	/* already present, stored with other meta */
	int			got_row;
	char	   *error;			/* first error of the pipeline */
	char	   *sqlstate;
} slot;

static volatile sig_atomic_t got_sigint;
static volatile sig_atomic_t got_sigterm;

static void
on_signal(int signo)
{
	if (signo == SIGINT)
		got_sigint++;
	else
		got_sigterm = 1;
}

static int
stop_requested(void)
{
	return got_sigint > 0 || got_sigterm;
}

static int
cancel_requested(void)
{
	return got_sigint > 1 || got_sigterm;
}

static void
usage(FILE *out)
{
	fprintf(out,
			"luohuplan-load loads report files into luohuplan.reports with luohuplan.ingest.\n"
			"\n"
			"Usage:\n"
			"  luohuplan-load [OPTION]... PATH...\n"
			"  luohuplan-load [OPTION]... --manifest=FILE [PATH]...\n"
			"\n"
			"PATH is a file or a directory (walked recursively, in name order).  Files\n"
			"named *.txt, *.text, *.html, *.htm are loaded byte for byte; *.pdf through\n"
			"pdftotext -layout (Debian package poppler-utils); other files are skipped.\n"
			"A file is recorded under its path relative to the PATH's parent directory.\n"
			"\n"
			"Loading:\n"
			"  -m, --meta=KEY=VALUE     metadata for every file (repeatable); KEY is one of\n"
			"                           title, region, region_code, year, period, kind,\n"
			"                           published, encoding\n"
			"      --manifest=FILE      load the files a CSV manifest lists, with their\n"
			"                           metadata: columns path (required), source, and any\n"
			"                           meta KEY; paths relative to the manifest's directory\n"
			"      --on-error=MODE      strict (default): a file with bytes its encoding\n"
			"                           cannot decode fails; replace: load it with U+FFFD for\n"
			"                           them (luohuplan.replaced_bytes lists them)\n"
			"\n"
			"Connection and output:\n"
			"  -d, --dbname=DBNAME      database to load into, or a connection string\n"
			"  -h, --host=HOSTNAME      database server host or socket directory\n"
			"  -p, --port=PORT          database server port\n"
			"  -U, --username=USERNAME  database user name\n"
			"  -w, --no-password        never prompt for a password\n"
			"  -W, --password           prompt for a password before connecting\n"
			"  -j, --jobs=N             load over N connections at once (default 1)\n"
			"  -q, --quiet              print only failures and the summary\n"
			"  -V, --version            print the version and exit\n"
			"      --help               show this help and exit\n"
			"\n"
			"PG* environment variables apply as in psql.  Ctrl-C stops cleanly: no new\n"
			"files are started and the ones in flight finish (a second Ctrl-C cancels\n"
			"them); running the same command again loads only what is missing.\n"
			"\n"
			"Files over the server's luohuplan.max_document_size fail without being read.\n"
			"\n"
			"Exit status: 0 when every file was loaded, already present or skipped;\n"
			"1 when some failed; 2 on usage or connection errors (also when the files\n"
			"loaded could not be confirmed on disk); 130 when interrupted.\n");
}

/* Read a password from the terminal without echo; NULL if there is none. */
static char *
prompt_password(void)
{
	FILE	   *tty = fopen("/dev/tty", "r+");
	struct termios old,
				quiet;
	char		buf[1024];
	char	   *result = NULL;
	int			echo_off;

	if (tty == NULL)
		return NULL;
	fputs("Password: ", tty);
	fflush(tty);
	echo_off = tcgetattr(fileno(tty), &old) == 0;
	if (echo_off)
	{
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t) ECHO;
		tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
	}
	if (fgets(buf, sizeof(buf), tty) != NULL)
	{
		buf[strcspn(buf, "\r\n")] = '\0';
		result = load_xstrdup(buf);
	}
	if (echo_off)
		tcsetattr(fileno(tty), TCSAFLUSH, &old);
	fputs("\n", tty);
	fclose(tty);
	return result;
}

typedef struct conn_options
{
	const char *host;
	const char *port;
	const char *user;
	const char *dbname;
	char	   *password;
	int			no_password;
} conn_options;

static PGconn *
connect_once(const conn_options *opt)
{
	const char *keywords[] = {"host", "port", "user", "password", "dbname",
	"fallback_application_name", "client_encoding", NULL};
	const char *values[] = {opt->host, opt->port, opt->user, opt->password,
	opt->dbname, "luohuplan-load", "UTF8", NULL};

	return PQconnectdbParams(keywords, values, 1);
}

/* Connect, prompting for a password once if the server wants one. */
static PGconn *
connect_db(conn_options *opt)
{
	PGconn	   *conn = connect_once(opt);

	if (PQstatus(conn) == CONNECTION_BAD && PQconnectionNeedsPassword(conn) &&
		opt->password == NULL && !opt->no_password)
	{
		opt->password = prompt_password();
		if (opt->password != NULL)
		{
			PQfinish(conn);
			conn = connect_once(opt);
		}
	}
	return conn;
}

/* Prepare the two statements each file runs, once per connection. */
static int
prepare_statements(PGconn *conn)
{
	const Oid	lock_types[1] = {INT4OID};
	const Oid	ingest_types[5] = {BYTEAOID, TEXTOID, TEXTOID, TEXTOID, BYTEAOID};
	const Oid	old_types[3] = {BYTEAOID, TEXTOID, BYTEAOID};
	PGresult   *res;
	int			ok;

	res = PQprepare(conn, "luohuplan_load_lock", LOCK_SQL, 1, lock_types);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	PQclear(res);
	if (!ok)
		return 0;
	res = old_ingest ? PQprepare(conn, "luohuplan_load_ingest", INGEST_SQL_OLD, 3, old_types)
		: PQprepare(conn, "luohuplan_load_ingest", INGEST_SQL, 5, ingest_types);
	ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	PQclear(res);
	return ok;
}

/*
 * Print the server's notices above the progress bar, naming the file.
 * ingest's notice that a file is already loaded with other metadata is
 * also counted, for the summary (it is the only notice with that hint).
 */
static void
on_notice(void *arg, const PGresult *res)
{
	slot	   *s = arg;
	const char *hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT);
	char	   *msg = load_printable(PQresultErrorMessage(res));
	size_t		n = strlen(msg);

	if (s->file && hint && strncmp(hint, "To correct the stored report", 28) == 0)
		s->meta_differs = 1;
	/* the message ends in an escaped line break: print a real one */
	while (n >= 4 && strcmp(msg + n - 4, "\\x0A") == 0)
		msg[n -= 4] = '\0';
	load_progress_message("luohuplan-load: %s: %s\n",
						  s->file ? s->file->shown : "server", msg);
	free(msg);
}

/* 32-bit FNV-1a: spreads the advisory locks over the files' bytes. */
static int32_t
bytes_hash(const char *data, size_t len)
{
	uint32_t	h = 2166136261u;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		h ^= (unsigned char) data[i];
		h *= 16777619u;
	}
	return (int32_t) h;
}

/* libpq's message on one line: line breaks and the indents after them become one space. */
static char *
one_line(const char *msg)
{
	char	   *out = load_xmalloc(strlen(msg) + 1);
	size_t		o = 0;

	for (; *msg; msg++)
	{
		if (*msg == '\n')
		{
			while (msg[1] == '\t' || msg[1] == ' ' || msg[1] == '\n')
				msg++;
			if (msg[1] != '\0')
				out[o++] = ' ';
		}
		else
			out[o++] = *msg;
	}
	out[o] = '\0';
	return out;
}

static char *
connection_message(PGconn *conn)
{
	char	   *msg = one_line(PQerrorMessage(conn));
	char	   *result = load_xprintf("connection lost: %s", msg);

	free(msg);
	return result;
}

/*
 * The file in flight is counted: the next one sent, if any, becomes the
 * file in flight (its output may still be unflushed: want_write stays).
 * A cancel sent for the file before may have reached the next one.
 */
static void
slot_next(slot *s)
{
	s->file = s->next;
	s->next = NULL;
	if (s->file == NULL)
	{
		s->want_write = 0;
		s->cancel_sent = 0;
	}
	s->existed = 0;
	s->meta_differs = 0;
	s->got_row = 0;
	free(s->error);
	free(s->sqlstate);
	s->error = NULL;
	s->sqlstate = NULL;
}

/* Nothing in flight any more. */
static void
slot_reset(slot *s)
{
	s->next = NULL;
	slot_next(s);
}

static void
slot_close(slot *s)
{
	if (s->cancel)
		PQfreeCancel(s->cancel);
	if (s->conn)
		PQfinish(s->conn);
	s->cancel = NULL;
	s->conn = NULL;
}

/* The connection broke while s->file (and s->next) were in flight: they failed. */
static void
slot_lost(slot *s, load_stats *stats)
{
	const load_file *lost[2] = {s->file, s->next};

	for (int k = 0; k < 2; k++)
	{
		if (lost[k] == NULL)
			continue;
		stats->done_files++;
		stats->done_bytes += (size_t) lost[k]->size;
		load_add_failure(stats, lost[k]->shown, connection_message(s->conn));
	}
	slot_reset(s);
	slot_close(s);
}

/*
 * Send one file on a connection with less than two in flight.  Returns 1
 * when it is in flight, 0 when it finished at once (read error: counted as
 * failed).
 */
static int
slot_start(slot *s, const load_file *file, load_stats *stats)
{
	char	   *data,
			   *error;
	size_t		len;
	char		key[16];
	const char *lock_values[1];
	const char *values[5];
	int			lengths[5] = {0, 0, 0, 0, 32};
	int			formats[5] = {1, 0, 0, 0, 1};
	unsigned char digest[32];
	int			sent,
				flushed;

	/* over the limit: refused before a byte is read */
	if (file->size > 0 && (uintmax_t) file->size > load_max_bytes)
	{
		stats->done_files++;
		stats->done_bytes += (size_t) file->size;
		load_add_failure(stats, file->shown, load_too_large((uintmax_t) file->size));
		return 0;
	}
	if (load_read_file(file, &data, &len, &error) != 0)
	{
		stats->done_files++;
		stats->done_bytes += (size_t) file->size;
		if (file->kind == LOAD_PDF && stop_requested())
		{
			/* pdftotext died of the same Ctrl-C: not a failure of the file */
			free(error);
			stats->done_files--;
			stats->done_bytes -= (size_t) file->size;
			stats->not_loaded++;
		}
		else
			load_add_failure(stats, file->shown, error);
		return 0;
	}
	if (len > load_max_bytes || len > (size_t) INT_MAX)
	{
		free(data);
		stats->done_files++;
		stats->done_bytes += (size_t) file->size;
		load_add_failure(stats, file->shown, load_too_large(len));
		return 0;
	}

	snprintf(key, sizeof(key), "%ld", (long) bytes_hash(data, len));
	lock_values[0] = key;
	load_sha256(data, len, digest);
	values[0] = data;
	values[1] = file->source;
	if (old_ingest)
	{
		/* ingest(raw, source): the digest is $3 */
		values[2] = (const char *) digest;
		lengths[2] = 32;
		formats[2] = 1;
	}
	else
	{
		values[2] = file->meta;
		values[3] = on_error_mode;
		values[4] = (const char *) digest;
	}
	lengths[0] = (int) len;

	if (s->file)
		s->next = file;
	else
		s->file = file;
	sent = PQsendQueryPrepared(s->conn, "luohuplan_load_lock", 1, lock_values,
							   NULL, NULL, 0) &&
		PQsendQueryPrepared(s->conn, "luohuplan_load_ingest", old_ingest ? 3 : 5,
							values, lengths, formats, 0) &&
		PQpipelineSync(s->conn);
	free(data);
	if (!sent || (flushed = PQflush(s->conn)) < 0)
	{
		slot_lost(s, stats);
		return 0;
	}
	s->want_write = flushed == 1;
	return 1;
}

static void
remember_error(slot *s, const PGresult *res)
{
	const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);

	if (s->error)
		return;					/* the first error is the one that counts */
	s->sqlstate = load_xstrdup(state ? state : "XX000");
	if (primary == NULL)
	{
		char	   *msg = one_line(PQresultErrorMessage(res));

		s->error = load_xprintf("%s: %s", s->sqlstate, msg);
		free(msg);
	}
	else if (detail)
		s->error = load_xprintf("%s: %s (%s)", s->sqlstate, primary, detail);
	else
		s->error = load_xprintf("%s: %s", s->sqlstate, primary);
	/* a message may quote a name: print it safely */
	{
		char	   *safe = load_printable(s->error);

		free(s->error);
		s->error = safe;
	}
}

/* The pipeline of s->file is complete: count its outcome. */
static void
slot_finish(slot *s, load_stats *stats)
{
	const load_file *file = s->file;

	if (s->error && strcmp(s->sqlstate, "57014") == 0 && s->cancel_sent)
		stats->not_loaded++;	/* cancelled by us: not a failure */
	else
	{
		stats->done_files++;
		stats->done_bytes += (size_t) file->size;
		if (s->error)
		{
			load_add_failure(stats, file->shown, s->error);
			s->error = NULL;
		}
		else if (!s->got_row)
			load_add_failure(stats, file->shown,
							 load_xstrdup("no result from luohuplan.ingest"));
		else if (s->existed)
		{
			stats->present++;
			stats->meta_differs += s->meta_differs ? 1 : 0;
		}
		else
			stats->loaded++;
	}
	slot_next(s);
}

/*
 * Read what the server sent; finish the file when its Sync arrives, then
 * the next one's results, which may already be read.
 */
static void
slot_read(slot *s, load_stats *stats)
{
	if (!PQconsumeInput(s->conn))
	{
		slot_lost(s, stats);
		return;
	}
	while (s->file && !PQisBusy(s->conn))
	{
		PGresult   *res = PQgetResult(s->conn);

		if (res == NULL)
		{
			if (PQstatus(s->conn) == CONNECTION_BAD)
			{
				slot_lost(s, stats);
				return;
			}
			continue;			/* end of one statement's results */
		}
		switch (PQresultStatus(res))
		{
			case PGRES_PIPELINE_SYNC:
				PQclear(res);
				slot_finish(s, stats);
				continue;
			case PGRES_TUPLES_OK:
				if (PQnfields(res) == 2 && PQntuples(res) == 1)
				{
					s->got_row = 1;
					s->existed = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
				}
				break;
			case PGRES_FATAL_ERROR:
				remember_error(s, res);
				if (PQstatus(s->conn) == CONNECTION_BAD)
				{
					PQclear(res);
					slot_lost(s, stats);
					return;
				}
				break;
			case PGRES_PIPELINE_ABORTED:
				break;
			default:
				if (!s->error)
				{
					s->sqlstate = load_xstrdup("XX000");
					s->error = load_xprintf("unexpected result: %s",
											PQresStatus(PQresultStatus(res)));
				}
				break;
		}
		PQclear(res);
	}
}

static void
send_cancels(slot *slots, int nslots)
{
	int			i;
	char		errbuf[256];

	/*
	 * Once for each file in flight, and again each second it stays: a
	 * cancel that reaches the server between two statements or two files
	 * is lost, and the next file sent starts after the one cancelled.
	 */
	for (i = 0; i < nslots; i++)
	{
		slot	   *s = &slots[i];

		if (s->file && s->cancel &&
			(s->cancelled != s->file || time(NULL) - s->cancel_time >= 1))
		{
			s->cancel_sent = 1;
			s->cancelled = s->file;
			s->cancel_time = time(NULL);
			if (!PQcancel(s->cancel, errbuf, sizeof(errbuf)))
				load_progress_message("luohuplan-load: could not cancel: %s\n", errbuf);
		}
	}
}

/*
 * Send files of list, from *next on, to s until it has want of them in
 * flight (1 or 2); a file that is not sent (skipped, broken, unreadable) is
 * counted at once.
 */
static void
feed(slot *s, int want, const load_list *list, size_t *next, load_stats *stats)
{
	while (s->conn && (want == 1 ? !s->file : !s->next) && *next < list->count &&
		   !stop_requested())
	{
		const load_file *file = &list->items[(*next)++];

		if (file->kind == LOAD_OTHER)
		{
			stats->done_files++;
			stats->skipped++;
		}
		else if (file->kind == LOAD_BROKEN)
		{
			stats->done_files++;
			load_add_failure(stats, file->shown, load_xstrdup(file->error));
		}
		else
			slot_start(s, file, stats);
	}
}

/* Run every file of list over the connections; returns when all are done. */
static void
run(slot *slots, int nslots, const load_list *list, load_stats *stats)
{
	size_t		next = 0;
	struct pollfd fds[MAX_JOBS];
	int			owner[MAX_JOBS];
	int			told_stop = 0;

	for (;;)
	{
		int			i,
					nfds = 0,
					live = 0,
					busy = 0;

		if (stop_requested() && !told_stop)
		{
			told_stop = 1;
			load_progress_message("luohuplan-load: interrupted: finishing the files in flight%s\n",
								  cancel_requested() ? "" : " (Ctrl-C again cancels them)");
		}
		if (cancel_requested())
			send_cancels(slots, nslots);

		/* a file to each idle connection first, then the next to each busy one */
		for (i = 0; i < nslots; i++)
			feed(&slots[i], 1, list, &next, stats);
		for (i = 0; i < nslots; i++)
		{
			feed(&slots[i], 2, list, &next, stats);
			if (slots[i].file && PQsocket(slots[i].conn) < 0)
				slot_lost(&slots[i], stats);
			if (slots[i].conn)
				live++;
			if (slots[i].file)
			{
				busy++;
				fds[nfds].fd = PQsocket(slots[i].conn);
				fds[nfds].events = POLLIN | (slots[i].want_write ? POLLOUT : 0);
				fds[nfds].revents = 0;
				owner[nfds++] = i;
			}
		}
		load_progress(stats, 0);
		if (busy == 0 && (next >= list->count || stop_requested() || live == 0))
			break;
		if (busy == 0)
			continue;

		if (poll(fds, (nfds_t) nfds, 200) < 0)
		{
			if (errno == EINTR)
				continue;
			load_progress_message("luohuplan-load: poll: %s\n", strerror(errno));
			break;
		}
		for (i = 0; i < nfds; i++)
		{
			slot	   *s = &slots[owner[i]];

			if (fds[i].revents & POLLOUT)
			{
				int			r = PQflush(s->conn);

				if (r < 0)
				{
					slot_lost(s, stats);
					continue;
				}
				s->want_write = r == 1;
			}
			if (fds[i].revents & (POLLIN | POLLERR | POLLHUP))
				slot_read(s, stats);
		}
	}
	/* what was never started (interrupted, or every connection lost) */
	for (; next < list->count; next++)
		stats->not_loaded++;
	/* only after a poll() failure: files whose outcome is unknown */
	for (int i = 0; i < nslots; i++)
	{
		if (slots[i].file)
		{
			stats->not_loaded += slots[i].next ? 2 : 1;
			slot_reset(&slots[i]);
		}
	}
}

/*
 * --meta KEY=VALUE: KEY must be a meta key ingest accepts; the value is
 * checked by the server.  Returns 0, or -1 after printing why not.
 */
static int
parse_meta_pair(char *arg, char **key, char **value)
{
	char	   *eq = strchr(arg, '=');
	int			i;

	if (eq == NULL || eq == arg || eq[1] == '\0')
	{
		fprintf(stderr, "luohuplan-load: --meta takes KEY=VALUE, not \"%s\"\n", arg);
		return -1;
	}
	*eq = '\0';
	if (load_is_meta_key(arg) < 0)
	{
		fprintf(stderr, "luohuplan-load: --meta: unknown key \"%s\" (accepted:", arg);
		for (i = 0; load_meta_keys[i]; i++)
			fprintf(stderr, "%s %s", i ? "," : "", load_meta_keys[i]);
		fprintf(stderr, ")\n");
		return -1;
	}
	*key = arg;
	*value = eq + 1;
	return 0;
}

/*
 * Wait until the server has flushed the WAL written so far (at most 10 s):
 * its own disk only, not a synchronous standby as a commit would.
 */
static int
wait_flushed(PGconn *conn)
{
	PGresult   *res = PQexec(conn, INSERT_LSN_SQL);
	char		lsn[64];
	int			ok = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;

	if (ok)
		snprintf(lsn, sizeof(lsn), "%s", PQgetvalue(res, 0, 0));
	PQclear(res);
	for (int tries = 0; ok && tries < 1000; tries++)
	{
		const char *values[1] = {lsn};
		int			flushed;

		res = PQexecParams(conn, FLUSHED_SQL, 1, NULL, values, NULL, NULL, 0);
		ok = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;
		flushed = ok && strcmp(PQgetvalue(res, 0, 0), "t") == 0;
		PQclear(res);
		if (flushed)
			return 1;
		(void) poll(NULL, 0, 10);	/* 10 ms */
	}
	return 0;
}

/*
 * The files loaded committed without waiting for their WAL (LOCK_SQL): one
 * commit under the session's synchronous_commit now waits for all of it,
 * on an idle connection taken out of pipeline mode.  0 (with a message)
 * when that could not be confirmed.  Its commit covers every commit the
 * server made before it, another loader's too, but not one a crash of the
 * server lost in between: this connection then breaks with it, unless a
 * pooler kept it open across the restart (README, "Transactions and
 * concurrency").
 */
static int
make_durable(slot *slots, int nslots)
{
	PGconn	   *conn = NULL;
	PGresult   *res;
	int			ok;

	for (int i = 0; i < nslots && conn == NULL; i++)
		if (slots[i].conn && slots[i].file == NULL)
			conn = slots[i].conn;
	if (conn == NULL)
	{
		fprintf(stderr, "luohuplan-load: no connection left to make the files loaded durable\n");
		return 0;
	}
	ok = PQexitPipelineMode(conn) && PQsetnonblocking(conn, 0) == 0;
	if (ok)
	{
		res = PQexec(conn, DURABLE_SQL);
		ok = PQresultStatus(res) == PGRES_TUPLES_OK;
		PQclear(res);
		if (!ok)
			ok = wait_flushed(conn);
	}
	if (!ok)
		fprintf(stderr, "luohuplan-load: could not confirm that the files loaded are on disk: %s",
				PQerrorMessage(conn));
	return ok;
}

/*
 * Once connected: the server's document size limit, and the --meta values
 * checked as ingest will check them (a bad one is a usage error, not a
 * failure of every file).  Returns 1, or 0 after printing what is wrong.
 */
static int
server_settings(PGconn *conn, const char *meta)
{
	PGresult   *res = PQexec(conn, LOAD_MODULE_SQL);
	int			ok = PQresultStatus(res) == PGRES_TUPLES_OK;

	PQclear(res);
	if (ok)
	{
		res = PQexec(conn, LIMIT_SQL);
		if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1)
		{
			unsigned long long limit = strtoull(PQgetvalue(res, 0, 0), NULL, 10);

			if (limit > 0 && limit < load_max_bytes)
				load_max_bytes = (size_t) limit;
		}
		PQclear(res);
	}
	if (meta)
	{
		const char *values[1] = {meta};

		res = PQexecParams(conn, CHECK_META_SQL, 1, NULL, values, NULL, NULL, 0);
		if (PQresultStatus(res) != PGRES_TUPLES_OK)
		{
			const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
			const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
			char	   *msg = load_printable(primary ? primary : PQerrorMessage(conn));

			fprintf(stderr, "luohuplan-load: --meta: %s%s%s%s\n", msg,
					detail ? " (" : "", detail ? detail : "", detail ? ")" : "");
			free(msg);
			PQclear(res);
			return 0;
		}
		PQclear(res);
	}
	return 1;
}

int
main(int argc, char **argv)
{
	static const struct option long_options[] = {
		{"dbname", required_argument, NULL, 'd'},
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"no-password", no_argument, NULL, 'w'},
		{"password", no_argument, NULL, 'W'},
		{"jobs", required_argument, NULL, 'j'},
		{"quiet", no_argument, NULL, 'q'},
		{"version", no_argument, NULL, 'V'},
		{"help", no_argument, NULL, 1},
		{"meta", required_argument, NULL, 'm'},
		{"manifest", required_argument, NULL, 2},
		{"on-error", required_argument, NULL, 3},
		{NULL, 0, NULL, 0}
	};
	conn_options copt = {0};
	int			jobs = 1,
				quiet = 0,
				force_prompt = 0,
				c,
				i,
				nslots,
				status,
				lost = 0,
				durable;
	load_list	list = {0};
	load_stats	stats = {0};
	slot		slots[MAX_JOBS];
	size_t		k,
				sendable = 0;
	struct sigaction sa;
	char	  **meta_keys = load_xmalloc((size_t) argc * sizeof(char *)),
			  **meta_values = load_xmalloc((size_t) argc * sizeof(char *)),
			  **manifests = load_xmalloc((size_t) argc * sizeof(char *)),
			   *meta = NULL;
	int			n_meta = 0,
				n_manifests = 0;

	while ((c = getopt_long(argc, argv, "d:h:p:U:wWj:qVm:", long_options, NULL)) != -1)
	{
		switch (c)
		{
			case 'd':
				copt.dbname = optarg;
				break;
			case 'h':
				copt.host = optarg;
				break;
			case 'p':
				copt.port = optarg;
				break;
			case 'U':
				copt.user = optarg;
				break;
			case 'w':
				copt.no_password = 1;
				break;
			case 'W':
				force_prompt = 1;
				break;
			case 'j':
				{
					char	   *end;
					long		n;

					errno = 0;
					n = strtol(optarg, &end, 10);
					if (errno || *end || end == optarg || n < 1 || n > MAX_JOBS)
					{
						fprintf(stderr, "luohuplan-load: -j must be a number from 1 to %d\n",
								MAX_JOBS);
						return 2;
					}
					jobs = (int) n;
				}
				break;
			case 'q':
				quiet = 1;
				break;
			case 'V':
				printf("luohuplan-load (luohuplan) %s\n", LOAD_VERSION);
				return 0;
			case 1:
				usage(stdout);
				return 0;
			case 'm':
				if (parse_meta_pair(optarg, &meta_keys[n_meta], &meta_values[n_meta]) != 0)
					return 2;
				n_meta++;
				break;
			case 2:
				manifests[n_manifests++] = optarg;
				break;
			case 3:
				if (strcmp(optarg, "strict") != 0 && strcmp(optarg, "replace") != 0)
				{
					fprintf(stderr, "luohuplan-load: --on-error must be strict or replace\n");
					return 2;
				}
				on_error_mode = optarg;
				break;
			default:
				fprintf(stderr, "Try \"luohuplan-load --help\" for more information.\n");
				return 2;
		}
	}
	if (optind >= argc && n_manifests == 0)
	{
		fprintf(stderr, "luohuplan-load: no PATH or --manifest given\n"
				"Try \"luohuplan-load --help\" for more information.\n");
		return 2;
	}
	meta = load_json_object(meta_keys, meta_values, n_meta);

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;			/* no SA_RESTART: poll must wake up */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);

	for (i = 0; i < n_manifests; i++)
		if (load_list_add_manifest(&list, manifests[i], meta_keys, meta_values, n_meta) != 0)
		{
			load_list_free(&list);
			return 2;
		}
	for (i = optind; i < argc; i++)
		load_list_add_path(&list, argv[i], meta);
	for (k = 0; k < list.count; k++)
	{
		if (list.items[k].kind == LOAD_TEXT || list.items[k].kind == LOAD_PDF)
		{
			sendable++;
			stats.total_bytes += (size_t) list.items[k].size;
		}
	}
	stats.total_files = list.count;

	/* no more connections than files to send, but one to check the database */
	nslots = sendable < (size_t) jobs ? (sendable ? (int) sendable : 1) : jobs;
	memset(slots, 0, sizeof(slots));
	if (force_prompt)
		copt.password = prompt_password();
	for (i = 0; i < nslots && !stop_requested(); i++)
	{
		slots[i].conn = connect_db(&copt);
		if (PQstatus(slots[i].conn) != CONNECTION_OK)
		{
			fprintf(stderr, "luohuplan-load: %s", PQerrorMessage(slots[i].conn));
			status = 2;
			goto done;
		}
		if (i == 0)
		{
			PGresult   *res = PQexec(slots[0].conn, CHECK_SQL);

			if (PQresultStatus(res) != PGRES_TUPLES_OK)
			{
				fprintf(stderr, "luohuplan-load: %s", PQerrorMessage(slots[0].conn));
				PQclear(res);
				status = 2;
				goto done;
			}
			if (strcmp(PQgetvalue(res, 0, 0), "t") != 0)
			{
				fprintf(stderr, "luohuplan-load: function luohuplan.ingest(bytea, text) not found in database \"%s\": "
						"run CREATE EXTENSION luohuplan there first\n", PQdb(slots[0].conn));
				PQclear(res);
				status = 2;
				goto done;
			}
			old_ingest = strcmp(PQgetvalue(res, 0, 1), "t") != 0;
			PQclear(res);
			if (old_ingest && (n_meta > 0 || n_manifests > 0 || strcmp(on_error_mode, "strict") != 0))
			{
				fprintf(stderr, "luohuplan-load: luohuplan.ingest in database \"%s\" takes no meta or on_error "
						"(the extension is older than 0.3.0): run ALTER EXTENSION luohuplan UPDATE there first\n",
						PQdb(slots[0].conn));
				status = 2;
				goto done;
			}
			if (!server_settings(slots[0].conn, old_ingest ? NULL : meta))
			{
				status = 2;
				goto done;
			}
		}
		if (!prepare_statements(slots[i].conn))
		{
			fprintf(stderr, "luohuplan-load: %s", PQerrorMessage(slots[i].conn));
			status = 2;
			goto done;
		}
		slots[i].cancel = PQgetCancel(slots[i].conn);
		PQsetNoticeReceiver(slots[i].conn, on_notice, &slots[i]);
		if (PQsetnonblocking(slots[i].conn, 1) != 0 ||
			!PQenterPipelineMode(slots[i].conn))
		{
			fprintf(stderr, "luohuplan-load: %s", PQerrorMessage(slots[i].conn));
			status = 2;
			goto done;
		}
	}

	load_progress_init(quiet);
	stats.started = load_now();
	if (!stop_requested())
		run(slots, nslots, &list, &stats);
	else
		stats.not_loaded = list.count;

	for (i = 0; i < nslots; i++)
		if (slots[i].conn == NULL)
			lost = 1;
	/*
	 * "already present" too: the row it found may be another loader's, seen
	 * before that loader's commit reached the disk (synchronous_commit off)
	 */
	durable = (stats.loaded == 0 && stats.present == 0) || make_durable(slots, nslots);
	load_print_summary(stdout, &stats, stop_requested());
	if (stop_requested())
		status = 130;
	else if (stats.not_loaded > 0)
	{
		fprintf(stderr, "luohuplan-load: %s; %zu files not loaded\n",
				lost ? "every connection was lost" : "stopped early", stats.not_loaded);
		status = 2;
	}
	else
		status = stats.failed > 0 ? 1 : 0;
	if (!durable && status < 2)
		status = 2;				/* the files loaded may not be on disk */

done:
	for (i = 0; i < nslots; i++)
	{
		slot_reset(&slots[i]);
		slot_close(&slots[i]);
	}
	if (copt.password)
	{
		memset(copt.password, 0, strlen(copt.password));
		free(copt.password);
	}
	load_list_free(&list);
	load_stats_free(&stats);
	free(meta);
	free(meta_keys);
	free(meta_values);
	free(manifests);
	return status;
}
