/*
 * load_manifest.c — what a crawl knows about its files, for luohuplan-load.
 *
 * A manifest is a CSV file (RFC 4180: fields separated by commas, quoted
 * with double quotes when they hold a comma, a quote (written "") or a line
 * break; UTF-8, a leading BOM skipped; LF or CRLF line ends).  Its first
 * line names the columns:
 *
 *   path    the file, relative to the manifest's directory unless absolute
 *           (required)
 *   source  the name to record in luohuplan.reports.source (default: path
 *           as written in the manifest)
 *   and any meta key ingest accepts: title, region, region_code, year,
 *   period, kind, published, encoding.
 *
 * An empty cell gives nothing for that file.  --meta KEY=VALUE pairs apply
 * to every file; a row's own cell wins over them.  Values are checked by the
 * server (luohuplan.check_meta): a bad one fails that file with 22023.
 */
#include "load.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Largest manifest read: a million rows of paths and dates fit easily. */
#define MANIFEST_MAX_BYTES ((size_t) 512 * 1024 * 1024)

const char *const load_meta_keys[] = {
	"encoding", "kind", "period", "published", "region", "region_code", "title", "year", NULL
};

#define N_META_KEYS 8

int
load_is_meta_key(const char *key)
{
	int			i;

	for (i = 0; load_meta_keys[i]; i++)
		if (strcmp(key, load_meta_keys[i]) == 0)
			return i;
	return -1;
}

/* Append s to a JSON string being built in buf (quotes included). */
static void
json_string(char **buf, size_t *len, size_t *cap, const char *s)
{
	size_t		need = strlen(s) * 6 + 3;
	const unsigned char *p;

	if (*len + need + 1 > *cap)
	{
		*cap = (*len + need + 1) * 2;
		*buf = load_xrealloc(*buf, *cap);
	}
	(*buf)[(*len)++] = '"';
	for (p = (const unsigned char *) s; *p; p++)
	{
		if (*p == '"' || *p == '\\')
		{
			(*buf)[(*len)++] = '\\';
			(*buf)[(*len)++] = (char) *p;
		}
		else if (*p < 0x20)
			*len += (size_t) sprintf(*buf + *len, "\\u%04x", *p);
		else
			(*buf)[(*len)++] = (char) *p;
	}
	(*buf)[(*len)++] = '"';
	(*buf)[*len] = '\0';
}

char *
load_json_object(char *const *keys, char *const *values, int n)
{
	char	   *buf = NULL;
	size_t		len = 0,
				cap = 0;
	int			i,
				j,
				first = 1;

	if (n == 0)
		return NULL;
	buf = load_xmalloc(cap = 64);
	buf[len++] = '{';
	for (i = 0; i < n; i++)
	{
		/* a key given twice: the last one counts */
		for (j = i + 1; j < n; j++)
			if (strcmp(keys[i], keys[j]) == 0)
				break;
		if (j < n)
			continue;
		if (!first)
		{
			buf[len++] = ',';
			buf[len] = '\0';
		}
		first = 0;
		json_string(&buf, &len, &cap, keys[i]);
		buf[len++] = ':';
		buf[len] = '\0';
		json_string(&buf, &len, &cap, values[i]);
	}
	if (len + 2 > cap)
		buf = load_xrealloc(buf, cap = len + 2);
	buf[len++] = '}';
	buf[len] = '\0';
	return buf;
}

/* ---------- CSV ---------- */

typedef struct csv_record
{
	char	  **fields;
	int			n;
	int			cap;
	int			line;			/* line the record starts on */
} csv_record;

static void
record_clear(csv_record *r)
{
	int			i;

	for (i = 0; i < r->n; i++)
		free(r->fields[i]);
	r->n = 0;
}

static void
record_push(csv_record *r, const char *s, size_t len)
{
	if (r->n == r->cap)
	{
		r->cap = r->cap ? r->cap * 2 : 16;
		r->fields = load_xrealloc(r->fields, (size_t) r->cap * sizeof(char *));
	}
	r->fields[r->n] = load_xmalloc(len + 1);
	memcpy(r->fields[r->n], s, len);
	r->fields[r->n][len] = '\0';
	r->n++;
}

/*
 * Read the record at *pos into r.  Returns 1 for a record, 0 at the end,
 * -1 with *error set on a quoting error.  *line counts lines as it goes.
 */
static int
csv_next(const char *d, size_t len, size_t *pos, int *line, csv_record *r,
		 const char **error)
{
	size_t		i = *pos;
	char	   *field = load_xmalloc(len - i + 1);
	size_t		flen = 0;

	record_clear(r);
	if (i >= len)
	{
		free(field);
		return 0;
	}
	r->line = *line;
	for (;;)
	{
		flen = 0;
		if (i < len && d[i] == '"')
		{
			/* quoted: up to the closing quote, "" is a quote */
			i++;
			for (;;)
			{
				if (i >= len)
				{
					*error = "a quoted field is not closed";
					free(field);
					return -1;
				}
				if (d[i] == '"')
				{
					if (i + 1 < len && d[i + 1] == '"')
					{
						field[flen++] = '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				if (d[i] == '\n')
					(*line)++;
				field[flen++] = d[i++];
			}
			if (i < len && d[i] != ',' && d[i] != '\n' && d[i] != '\r')
			{
				*error = "text after a closing quote (write a quote inside a quoted field as \"\")";
				free(field);
				return -1;
			}
		}
		else
		{
			while (i < len && d[i] != ',' && d[i] != '\n' &&
				   !(d[i] == '\r' && (i + 1 >= len || d[i + 1] == '\n')))
				field[flen++] = d[i++];
		}
		record_push(r, field, flen);
		if (i < len && d[i] == ',')
		{
			i++;
			continue;
		}
		if (i < len && d[i] == '\r')
			i++;
		if (i < len && d[i] == '\n')
		{
			i++;
			(*line)++;
		}
		break;
	}
	free(field);
	*pos = i;
	return 1;
}

/* Is every field of r empty (a blank line)? */
static int
record_blank(const csv_record *r)
{
	int			i;

	for (i = 0; i < r->n; i++)
		if (r->fields[i][0] != '\0')
			return 0;
	return 1;
}

static char *
read_manifest(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf = NULL;
	size_t		cap = 0,
				n = 0;

	if (f == NULL)
		return NULL;
	for (;;)
	{
		size_t		got;

		if (cap - n < 65536)
		{
			if (cap > MANIFEST_MAX_BYTES)
			{
				free(buf);
				fclose(f);
				errno = EFBIG;
				return NULL;
			}
			cap = cap ? cap * 2 : 65536;
			buf = load_xrealloc(buf, cap + 1);
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(f))
	{
		free(buf);
		fclose(f);
		errno = EIO;
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* The directory part of path with a slash ("" for a bare name). */
static char *
directory_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t		n = slash ? (size_t) (slash - path) + 1 : 0;
	char	   *dir = load_xmalloc(n + 1);

	memcpy(dir, path, n);
	dir[n] = '\0';
	return dir;
}

static void
accepted_columns(FILE *out)
{
	int			i;

	fprintf(out, "path, source");
	for (i = 0; load_meta_keys[i]; i++)
		fprintf(out, ", %s", load_meta_keys[i]);
}

int
load_list_add_manifest(load_list *list, const char *manifest,
					   char *const *keys, char *const *values, int n)
{
	size_t		len = 0,
				pos = 0;
	char	   *data = read_manifest(manifest, &len);
	char	   *dir,
			   *shown = load_printable(manifest);
	csv_record	r = {0};
	int			line = 1,
				rc,
				ncols,
				i,
				col_path = -1,
				col_source = -1,
				col_key[64];	/* meta key index of each column, or -1 */
	const char *error = NULL;
	int			status = 0;

	if (data == NULL)
	{
		fprintf(stderr, "luohuplan-load: cannot read manifest %s: %s\n", shown, strerror(errno));
		free(shown);
		return -1;
	}
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;

	/* the header names the columns */
	rc = csv_next(data, len, &pos, &line, &r, &error);
	if (rc <= 0)
	{
		fprintf(stderr, "luohuplan-load: %s: %s\n", shown,
				rc < 0 ? error : "empty manifest (the first line names the columns: path, ...)");
		status = -1;
		goto done;
	}
	ncols = r.n;
	if (ncols > (int) (sizeof(col_key) / sizeof(col_key[0])))
	{
		fprintf(stderr, "luohuplan-load: %s: %d columns, at most %d\n", shown, ncols,
				(int) (sizeof(col_key) / sizeof(col_key[0])));
		status = -1;
		goto done;
	}
	for (i = 0; i < ncols; i++)
	{
		const char *name = r.fields[i];
		int			j;

		col_key[i] = -1;
		for (j = 0; j < i; j++)
			if (strcmp(r.fields[j], name) == 0)
				break;
		if (j < i)
		{
			char	   *p = load_printable(name);

			fprintf(stderr, "luohuplan-load: %s: column \"%s\" named twice\n", shown, p);
			free(p);
			status = -1;
		}
		else if (strcmp(name, "path") == 0)
			col_path = i;
		else if (strcmp(name, "source") == 0)
			col_source = i;
		else if ((col_key[i] = load_is_meta_key(name)) < 0)
		{
			char	   *p = load_printable(name);

			fprintf(stderr, "luohuplan-load: %s: unknown column \"%s\" (accepted: ", shown, p);
			accepted_columns(stderr);
			fprintf(stderr, ")\n");
			free(p);
			status = -1;
		}
	}
	if (status == 0 && col_path < 0)
	{
		fprintf(stderr, "luohuplan-load: %s: no column \"path\" in the first line (accepted: ", shown);
		accepted_columns(stderr);
		fprintf(stderr, ")\n");
		status = -1;
	}
	if (status != 0)
		goto done;

	dir = directory_of(manifest);
	while ((rc = csv_next(data, len, &pos, &line, &r, &error)) > 0)
	{
		char	   *mkeys[N_META_KEYS],
				   *mvalues[N_META_KEYS],
				   *disk,
				   *meta;
		const char *path;
		int			m = 0,
					k;

		if (record_blank(&r))
			continue;
		if (r.n != ncols)
		{
			fprintf(stderr, "luohuplan-load: %s: line %d has %d fields, the first line %d\n",
					shown, r.line, r.n, ncols);
			status = -1;
			break;
		}
		path = r.fields[col_path];
		if (path[0] == '\0')
		{
			fprintf(stderr, "luohuplan-load: %s: line %d names no path\n", shown, r.line);
			status = -1;
			break;
		}
		/* --meta first, the row's own cells over them, in key order */
		for (k = 0; load_meta_keys[k]; k++)
		{
			const char *value = NULL;

			for (i = 0; i < n; i++)
				if (strcmp(keys[i], load_meta_keys[k]) == 0)
					value = values[i];
			for (i = 0; i < ncols; i++)
				if (col_key[i] == k && r.fields[i][0] != '\0')
					value = r.fields[i];
			if (value)
			{
				mkeys[m] = (char *) load_meta_keys[k];
				mvalues[m++] = (char *) value;
			}
		}
		meta = load_json_object(mkeys, mvalues, m);
		disk = path[0] == '/' ? load_xstrdup(path) : load_xprintf("%s%s", dir, path);
		load_list_add_file(list, disk,
						   col_source >= 0 && r.fields[col_source][0] ? r.fields[col_source] : path,
						   meta);
		free(disk);
		free(meta);
	}
	if (rc < 0)
	{
		fprintf(stderr, "luohuplan-load: %s: line %d: %s\n", shown, line, error);
		status = -1;
	}
	free(dir);

done:
	record_clear(&r);
	free(r.fields);
	free(data);
	free(shown);
	return status;
}
