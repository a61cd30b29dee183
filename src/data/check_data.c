/*
 * check_data.c — make check-data: every data file embedded in the core
 * (the .tsv files of src/data, through lp_data_gen.c) checked row by row against its
 * schema in src/core/lp_data.c.  Prints each malformed row as
 * "data file src/data/FILE line N: what is wrong" (a row written twice too),
 * a file without a schema and a schema without a file, and exits 1 when
 * there is any; else prints
 * the number of files and rows checked.  The build runs it before the core
 * embeds the files, so a malformed row stops the build.
 */
#include "lp_data.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A row already read: its text (fields and the tabs between) and line. */
typedef struct seen_row
{
	const char *s;
	size_t		len;
	int			line;
} seen_row;

/*
 * The line of an earlier row of the same text as row in seen (open
 * addressing, mask + 1 slots, never full), or 0 after adding it.
 */
static int
seen_before(seen_row *seen, size_t mask, const lp_row *row)
{
	const char *s = row->f[0];
	size_t		len = (size_t) (row->f[row->nf - 1] + row->len[row->nf - 1] - s),
				h = 2166136261u,
				i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * 16777619u;
	for (i = h & mask; seen[i].s; i = (i + 1) & mask)
		if (seen[i].len == len && memcmp(seen[i].s, s, len) == 0)
			return seen[i].line;
	seen[i].s = s;
	seen[i].len = len;
	seen[i].line = row->line;
	return 0;
}

/* The sessions a congresses.tsv row lists ("1=2018 3=2020": 2). */
static int
count_sessions(const char *f, size_t len)
{
	int			n = 0;
	size_t		i;

	for (i = 0; i < len; i++)
		n += f[i] == '=';
	return n;
}

/*
 * Check one file; returns its number of errors, adds its rows to *rows.  A
 * row written twice is one: the second copy says nothing, and an edit of
 * one copy would leave the other.
 */
static int
check_file(const lp_schema *s, long *rows)
{
	lp_data_iter it;
	lp_error	err;
	size_t		len,
				slots = 16,
				i;
	const char *data = lp_data_file(s->file, &len);
	seen_row   *seen;
	long		n = 0;
	int			rc,
				line,
				errors = 0;

	for (i = 0; i < len; i++)	/* twice the lines at least: never full */
		if (data[i] == '\n')
			slots += 2;
	for (i = 16; i < slots; i <<= 1)
		;
	slots = i;
	if ((seen = calloc(slots, sizeof(*seen))) == NULL)
	{
		fprintf(stderr, "check-data: out of memory\n");
		return 1;
	}
	lp_data_open_buffer(&it, s, data, len);
	while ((rc = lp_data_next(&it, &err)) != 0)
	{
		if (rc > 0)
		{
			(*rows)++;
			n++;
			if (s == &lp_data_schemas[LP_DATA_CONGRESSES] && it.row.nf > 4 &&
				count_sessions(it.row.f[4], it.row.len[4]) > LP_DATA_MAX_SESSIONS)
			{
				fprintf(stderr, "data file src/data/%s line %d: more sessions than the stage that keeps them holds, %d (lp_data.h)\n",
						s->file, it.row.line, LP_DATA_MAX_SESSIONS);
				errors++;
			}
			if (it.row.nf > 0 && (line = seen_before(seen, slots - 1, &it.row)) != 0)
			{
				fprintf(stderr, "data file src/data/%s line %d: the same row as line %d\n",
						s->file, it.row.line, line);
				errors++;
			}
			continue;
		}
		fprintf(stderr, "%s\n", err.msg);
		errors++;
	}
	free(seen);
	if (s->max_rows > 0 && n > s->max_rows)
	{
		fprintf(stderr, "data file src/data/%s: %ld rows, but the stage that keeps them holds %d (lp_data.h)\n",
				s->file, n, s->max_rows);
		errors++;
	}
	return errors;
}

int
main(void)
{
	const char *name;
	long		rows = 0;
	int			i,
				files = 0,
				errors = 0;

	for (i = 0; (name = lp_data_file_name(i)) != NULL; i++)
	{
		const lp_schema *s = lp_data_schema_of(name);

		if (s == NULL)
		{
			fprintf(stderr, "data file src/data/%s has no schema in src/core/lp_data.c\n", name);
			errors++;
			continue;
		}
		errors += check_file(s, &rows);
		files++;
	}
	for (i = 0; i < LP_DATA_COUNT; i++)
		if (lp_data_file(lp_data_schemas[i].file, NULL) == NULL)
		{
			fprintf(stderr, "schema %s in src/core/lp_data.c has no data file\n",
					lp_data_schemas[i].file);
			errors++;
		}
	if (errors)
	{
		fprintf(stderr, "check-data: %d error%s in src/data\n", errors, errors == 1 ? "" : "s");
		return 1;
	}
	printf("check-data: %d data files, %ld rows: every row matches its schema\n", files, rows);
	return 0;
}
