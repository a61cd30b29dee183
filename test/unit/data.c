/*
 * data.c — the dictionary loader (lp_data.h): every embedded data file
 * matches its schema; a malformed row (wrong number of fields, bad number,
 * unknown name, more) is an error naming the file and the line, never a
 * skipped row; with no error path it goes to the host's fail hook, and so
 * does running out of memory while building a dictionary.
 */
#include "lp.h"
#include "lp_data.h"
#include "tap.h"

#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const colours[] = {"red", "green", NULL};

static const lp_schema test_schema = {"test.tsv", 3, 4, {
		{"word", LP_FK_WORD, 0, 0, 0, NULL},
		{"count", LP_FK_INT, 0, 1, 9, NULL},
		{"colour", LP_FK_ENUM, 0, 0, 0, colours},
		{"factor", LP_FK_DECIMAL, 1, 0, 0, NULL}},
	0
};

typedef struct bad_case
{
	const char *what;
	const char *data;			/* a good first row, comments, the bad row */
	const char *want;			/* the error message */
} bad_case;

#define GOOD "# comment\n甲\t1\tred\n\n"

static const bad_case bad_cases[] = {
	{"too few fields", GOOD "乙\t2\n",
	"data file src/data/test.tsv line 4: 2 fields, expected 3 to 4"},
	{"too many fields", GOOD "乙\t2\tred\t1\textra\n",
	"data file src/data/test.tsv line 4: 5 fields, expected 3 to 4"},
	{"a number that is not one", GOOD "乙\tx2\tred\n",
	"data file src/data/test.tsv line 4: field 2 (count) \"x2\" is not an integer number from 1 to 9"},
	{"a number out of range", GOOD "乙\t10\tred\n",
	"data file src/data/test.tsv line 4: field 2 (count) \"10\" is not an integer number from 1 to 9"},
	{"an unknown name", GOOD "乙\t2\tblue\n",
	"data file src/data/test.tsv line 4: field 3 (colour) \"blue\" is not one of: red, green"},
	{"a bad decimal", GOOD "乙\t2\tred\t1.2.3\n",
	"data file src/data/test.tsv line 4: field 4 (factor) \"1.2.3\" is not a decimal number"},
	{"a fraction by zero", GOOD "乙\t2\tred\t1/0\n",
	"data file src/data/test.tsv line 4: field 4 (factor) \"1/0\" is not a decimal number"},
	{"an empty required field", GOOD "\t2\tred\n",
	"data file src/data/test.tsv line 4: field 1 (word) is empty"},
	{"a blank around a field", GOOD "乙 \t2\tred\n",
	"data file src/data/test.tsv line 4: field 1 (word) \"乙 \" starts or ends with a blank"},
	{"invalid UTF-8", GOOD "\xE4\xB9\t2\tred\n",
	"data file src/data/test.tsv line 4: field 1 (word) is not valid UTF-8"},
};

/* Read data to its end; the first error's message in msg ("" if none), rows counted. */
static int
read_all(const lp_schema *s, const char *data, char *msg, size_t msgsz, int *line)
{
	lp_data_iter it;
	lp_error	err;
	int			rc,
				rows = 0;

	msg[0] = '\0';
	*line = 0;
	lp_data_open_buffer(&it, s, data, strlen(data));
	while ((rc = lp_data_next(&it, &err)) != 0)
	{
		if (rc > 0)
			rows++;
		else if (msg[0] == '\0')
		{
			snprintf(msg, msgsz, "%s", err.msg);
			*line = err.line;
		}
	}
	return rows;
}

static void
test_bad_rows(void)
{
	size_t		i;

	for (i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]); i++)
	{
		char		msg[256];
		int			line,
					rows = read_all(&test_schema, bad_cases[i].data, msg, sizeof(msg), &line);

		TAP_STREQ(msg, bad_cases[i].want, "malformed row: %s", bad_cases[i].what);
		TAP_OK(line == 4 && rows == 1, "%s: error on line 4, the good row read, the bad one not (line %d, %d rows)",
			   bad_cases[i].what, line, rows);
	}
}

static void
test_good_rows(void)
{
	lp_data_iter it;
	lp_error	err;
	const char *data = "甲\t3\tgreen\t2000/3\r\n乙\t9\tred\n";
	int			rc;

	lp_data_open_buffer(&it, &test_schema, data, strlen(data));
	rc = lp_data_next(&it, &err);
	TAP_OK(rc == 1 && it.row.line == 1 && it.row.nf == 4 && it.row.val[1] == 3 &&
		   it.row.val[2] == 1 && it.row.len[3] == 6 && memcmp(it.row.f[3], "2000/3", 6) == 0,
		   "a good row: fields, the integer's value, the name's index, CR dropped");
	rc = lp_data_next(&it, &err);
	TAP_OK(rc == 1 && it.row.line == 2 && it.row.nf == 3 && it.row.len[3] == 0,
		   "an optional field left out reads as empty");
	TAP_OK(lp_data_next(&it, &err) == 0, "then the end");
}

static void
test_embedded_files(void)
{
	int			id;
	const char *name;

	for (id = 0; id < LP_DATA_COUNT; id++)
	{
		lp_data_iter it;
		lp_error	err;
		int			rc,
					rows = 0;

		err.msg[0] = '\0';
		lp_data_open(&it, (lp_data_id) id);
		while ((rc = lp_data_next(&it, &err)) > 0)
			rows++;
		TAP_OK(rc == 0 && rows > 0, "%s: %d rows, all match the schema %s",
			   lp_data_schemas[id].file, rows, err.msg);
	}
	for (id = 0; (name = lp_data_file_name(id)) != NULL; id++)
		TAP_OK(lp_data_schema_of(name) != NULL, "embedded %s has a schema", name);
}

/* ---------- the fail hook: errors with no error path, no memory ---------- */

static jmp_buf on_fail;
static lp_error failed;

static void
fail_hook(const lp_error *err)
{
	failed = *err;
	longjmp(on_fail, 1);
}

static void
test_fail_hook(void)
{
	static const lp_hooks hooks = {malloc, realloc, free, NULL, fail_hook};
	lp_data_iter it;
	const char *data = "甲\t1\tred\n乙\t2\tblue\n";
	volatile int rows = 0;

	lp_set_hooks(&hooks);
	memset(&failed, 0, sizeof(failed));
	lp_data_open_buffer(&it, &test_schema, data, strlen(data));
	if (setjmp(on_fail) == 0)
		while (lp_data_next(&it, NULL) > 0)
			rows++;
	TAP_OK(failed.code == LP_EDATA && failed.line == 2 && rows == 1 &&
		   strstr(failed.msg, "src/data/test.tsv line 2") != NULL,
		   "no error path: a malformed row goes to the fail hook (%s)", failed.msg);

	memset(&failed, 0, sizeof(failed));
	if (setjmp(on_fail) == 0)
		lp_data_alloc(SIZE_MAX / 2);
	TAP_OK(failed.code == LP_ENOMEM, "no memory for a dictionary goes to the fail hook (%s)",
		   failed.msg);

	memset(&failed, 0, sizeof(failed));
	if (setjmp(on_fail) == 0)
	{
		size_t		cap = SIZE_MAX / 4;

		lp_data_grow(NULL, cap, &cap, 16);
	}
	TAP_OK(failed.code == LP_ENOMEM, "an array grown past memory goes to the fail hook (%s)",
		   failed.msg);

	memset(&failed, 0, sizeof(failed));
	{
		static const lp_schema missing = {"no_such_file.tsv", 1, 1, {{"w", LP_FK_WORD, 0, 0, 0, NULL}}, 0};

		lp_data_open_buffer(&it, &missing, lp_data_file(missing.file, NULL), 0);
		if (setjmp(on_fail) == 0)
			lp_data_next(&it, NULL);
	}
	TAP_STREQ(failed.msg, "data file src/data/no_such_file.tsv: the file is missing",
			  "a missing file is an error");
}

/* The names of an enum field follow the C enum they stand for. */
static void
test_enum_order(void)
{
	const lp_field *q = &lp_data_schemas[LP_DATA_Q_QUALIFIERS].fields[1];
	int			k,
				same = 1;

	for (k = 0; k <= LP_Q_RANGE; k++)
		same &= q->values[k] && strcmp(q->values[k], lp_qualifier_name((lp_qualifier) k)) == 0;
	TAP_OK(same && q->values[LP_Q_RANGE + 1] == NULL,
		   "q_qualifiers.tsv's qualifier names in lp_qualifier's order");
}

int
main(void)
{
	test_bad_rows();
	test_good_rows();
	test_embedded_files();
	test_enum_order();
	test_fail_hook();
	return TAP_DONE();
}
