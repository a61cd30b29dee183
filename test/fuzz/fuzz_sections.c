/*
 * fuzz_sections.c — libFuzzer target for lp_parse_sections.
 *
 * Checks: every section has a level 1..5, a NUL-terminated numbering and
 * period, a heading and a role, and a line range inside the document with
 * start <= end.
 */
#include "fuzz_util.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = fuzz_copy(data, size);
	size_t		lines = fuzz_count_newlines(text, size) + 1;
	lp_sections secs = {NULL, 0, 0};
	lp_error	err;
	int			rc;

	memset(&err, 0, sizeof(err));
	rc = lp_parse_sections(text, size, &secs, &err);
	fuzz_check_error(rc, &err, "lp_parse_sections");
	if (rc == LP_OK)
	{
		for (size_t i = 0; i < secs.n; i++)
		{
			const lp_section *s = &secs.items[i];

			if (s->level < 1 || s->level > 5)
				fuzz_die("section %zu has level %d", i, s->level);
			FUZZ_CHECK_STR(s->numbering, "numbering");
			FUZZ_CHECK_STR(s->period, "period");
			if (s->heading == NULL || lp_role_name(s->role) == NULL)
				fuzz_die("section %zu has no heading or role", i);
			(void) strlen(s->heading);
			if (s->line_start < 1 || s->line_end < s->line_start ||
				(size_t) s->line_end > lines)
				fuzz_die("section %zu spans lines %d..%d of %zu", i,
						 s->line_start, s->line_end, lines);
			if (s->ordinal < 1)
				fuzz_die("section %zu has ordinal %d", i, s->ordinal);
		}
	}
	else if (rc != LP_ETOOBIG && rc != LP_EENCODING)
		fuzz_die("lp_parse_sections failed with unexpected code %d: %s", rc, err.msg);
	lp_sections_free(&secs);
	free(text);
	return 0;
}
