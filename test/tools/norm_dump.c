/*
 * norm_dump — what lp_normalize makes of files: clean text and repairs.
 *
 *   build/norm_dump FILE...
 *
 * Each file is normalized twice: its bytes as they are (the core must take
 * any bytes; fuzz seeds are not always UTF-8), then decoded as ingest()
 * decodes it with replacement ("auto", U+FFFD for undecodable bytes).  For
 * each it prints a header, the clean text, and the repairs list (kind,
 * line, before, after; tab, newline and backslash escaped).  Used to prove
 * a change to the normalize passes keeps every output byte-identical:
 * dump a set of files with the old and the new build and compare
 * (test/tools/norm_same.sh does both).
 */
#include "lp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	data[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return data;
}

static void
put_escaped(const char *s)
{
	for (; s && *s; s++)
	{
		if (*s == '\t')
			fputs("\\t", stdout);
		else if (*s == '\n')
			fputs("\\n", stdout);
		else if (*s == '\\')
			fputs("\\\\", stdout);
		else
			putchar(*s);
	}
}

static int
dump_text(const char *path, const char *how, const char *text, size_t len)
{
	lp_buf		clean;
	lp_repairs	reps = {0};
	lp_error	err;
	size_t		i;
	int			rc;

	memset(&err, 0, sizeof(err));
	lp_buf_init(&clean);
	printf("=== %s (%s)\n", path, how);
	rc = lp_normalize(text, len, &clean, &reps, &err);
	if (rc != LP_OK)
		printf("ERROR %d %s\n", rc, err.msg);
	else
	{
		fwrite(clean.data ? clean.data : "", 1, clean.len, stdout);
		printf("\n--- %zu repairs\n", reps.n);
		for (i = 0; i < reps.n; i++)
		{
			printf("%s\t%d\t", reps.items[i].kind, reps.items[i].line);
			put_escaped(reps.items[i].before);
			putchar('\t');
			put_escaped(reps.items[i].after);
			putchar('\n');
		}
	}
	lp_repairs_free(&reps);
	lp_buf_free(&clean);
	return rc != LP_OK;
}

int
main(int argc, char **argv)
{
	int			i;

	if (argc < 2)
	{
		fprintf(stderr, "usage: norm_dump FILE...\n");
		return 2;
	}
	for (i = 1; i < argc; i++)
	{
		size_t		len,
					n_replaced = 0;
		char	   *raw = read_file(argv[i], &len);
		lp_buf		body;
		lp_error	err;
		const char *used = "";
		char		how[64];

		dump_text(argv[i], "bytes", raw, len);
		memset(&err, 0, sizeof(err));
		lp_buf_init(&body);
		if (lp_decode((const uint8_t *) raw, len, "auto", 1, &body, &used, &n_replaced, &err) != LP_OK)
			printf("=== %s (decode) ERROR %s\n", argv[i], err.msg);
		else
		{
			snprintf(how, sizeof(how), "decoded %s", used);
			dump_text(argv[i], how, body.data ? body.data : "", body.len);
		}
		lp_buf_free(&body);
		free(raw);
	}
	return 0;
}
