/*
 * check_data.c — make check-data: every data file embedded in the core
 * (the .tsv files of src/data, through lp_data_gen.c) checked row by row against its
 * schema in src/core/lp_data.c.  Prints each malformed row as
 * "data file src/data/FILE line N: what is wrong", a file without a schema
 * and a schema without a file, and exits 1 when there is any; else prints
 * the number of files and rows checked.  The build runs it before the core
 * embeds the files, so a malformed row stops the build.
 */
#include "lp_data.h"

#include <stdio.h>
#include <string.h>

/* Check one file; returns its number of errors, adds its rows to *rows. */
static int
check_file(const lp_schema *s, long *rows)
{
	lp_data_iter it;
	lp_error	err;
	size_t		len;
	const char *data = lp_data_file(s->file, &len);
	int			rc,
				errors = 0;

	lp_data_open_buffer(&it, s, data, len);
	while ((rc = lp_data_next(&it, &err)) != 0)
	{
		if (rc > 0)
		{
			(*rows)++;
			continue;
		}
		fprintf(stderr, "%s\n", err.msg);
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
