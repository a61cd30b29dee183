/*
 * lp_unwrap_csv.c — a report exported inside a CSV file, taken out of it.
 *
 * Crawled reports come as CSV rows: a header line ("province,year,title,
 * source_url,publish_date,full_text") and one row per report whose text
 * field, quoted, holds the whole report with its line breaks and with every
 * '"' doubled.  The text column is named in chrome.tsv (scope csv).  The
 * header line and the other fields become empty, the text field loses its
 * quotes and its doubled quotes: every line break stays, so the lines of
 * the result are those of the export, and the result starts with an empty
 * line, which no header is, so normalizing it again changes nothing.
 */
#include "lp_repair.h"

#include <string.h>

#define CSV_MAX_FIELDS 64
#define CSV_MAX_NAME 48			/* bytes of a column name */

/* A column name: letters, digits, '_', '-', '.' or hanzi, no spaces or quotes. */
static int
is_column_name(const char *s, size_t n)
{
	size_t		i;

	if (n == 0 || n > CSV_MAX_NAME)
		return 0;
	for (i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (!(c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			  (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.'))
			return 0;
	}
	return 1;
}

/*
 * The index of the text column when line s[0, n) is a CSV header naming
 * one, else -1.
 */
static int
header_text_column(const char *s, size_t n)
{
	size_t		a = 0,
				i;
	int			k = 0,
				text = -1;

	if (n && s[n - 1] == '\r')
		n--;
	for (i = 0; i <= n; i++)
	{
		if (i < n && s[i] != ',')
			continue;
		if (!is_column_name(s + a, i - a) || k == CSV_MAX_FIELDS)
			return -1;
		if (text < 0 && lp_chrome_csv_text(s + a, i - a))
			text = k;
		k++;
		a = i + 1;
	}
	return k >= 2 ? text : -1;
}

/*
 * Skip one field from *p: a quoted field (doubled quotes inside, line
 * breaks kept in out) or a bare one up to ',' or the line's end.  Returns
 * 0 when the field is not well formed.
 */
static int
skip_field(const char *s, size_t len, size_t *p, lp_buf *out)
{
	size_t		i = *p;
	unsigned int iter = 0;

	if (i < len && s[i] == '"')
	{
		for (i++;; i++)
		{
			LP_LOOP_CHECK(iter);
			if (i >= len)
				return 0;
			if (s[i] == '\n')
				lp_buf_putc(out, '\n');
			else if (s[i] == '"')
			{
				if (i + 1 < len && s[i + 1] == '"')
					i++;
				else
					break;
			}
		}
		*p = i + 1;
		return 1;
	}
	while (i < len && s[i] != ',' && s[i] != '\n')
	{
		LP_LOOP_CHECK(iter);
		i++;
	}
	*p = i;
	return 1;
}

/* Copy the text field at *p to out without its quotes. */
static void
copy_text_field(const char *s, size_t len, size_t *p, lp_buf *out)
{
	size_t		i = *p,
				run;
	unsigned int iter = 0;

	if (i >= len || s[i] != '"')
	{
		run = i;
		while (i < len && s[i] != ',' && s[i] != '\n')
			i++;
		lp_buf_append(out, s + run, i - run);
		*p = i;
		return;
	}
	for (run = ++i; i < len; i++)
	{
		LP_LOOP_CHECK(iter);
		if (s[i] != '"')
			continue;
		lp_buf_append(out, s + run, i - run);
		if (i + 1 < len && s[i + 1] == '"')
		{
			run = ++i;			/* a doubled quote: one is text */
			continue;
		}
		*p = i + 1;
		return;
	}
	lp_buf_append(out, s + run, len - run);	/* no closing quote: the rest */
	*p = len;
}

/*
 * One record from *p: the fields before the text column dropped (their
 * line breaks kept), the text copied, the fields after it dropped up to
 * the record's end.  Returns 0 when the record is not well formed.
 */
static int
unwrap_record(const char *s, size_t len, size_t *p, int text_col, lp_buf *out)
{
	size_t		i = *p;
	int			k;

	for (k = 0; k < text_col; k++)
	{
		if (!skip_field(s, len, &i, out) || i >= len || s[i] != ',')
			return 0;
		i++;
	}
	copy_text_field(s, len, &i, out);
	while (i < len && s[i] == ',')
	{
		i++;
		if (!skip_field(s, len, &i, out))
			return 0;
	}
	while (i < len && s[i] != '\n')
		i++;					/* '\r' and anything after a closing quote */
	*p = i;
	return 1;
}

int
lp_unwrap_csv(const char *text, size_t len, lp_buf *out, lp_repairs *reps)
{
	const char *nl = memchr(text, '\n', len);
	size_t		p;
	int			text_col;

	if (!nl || (text_col = header_text_column(text, (size_t) (nl - text))) < 0)
		return 0;
	lp_buf_reserve(out, len + 1);
	lp_repair_add(reps, "csv", 1, text, (size_t) (nl - text), "", 0);
	p = (size_t) (nl - text);
	while (p < len)
	{
		size_t		mark = out->len,
					from;

		LP_CHECK_INTERRUPTS();
		lp_buf_putc(out, '\n');	/* the line break ending the previous record */
		from = ++p;
		if (p >= len)
			break;
		if (!unwrap_record(text, len, &p, text_col, out))
		{
			/* not a record: the rest as it is */
			out->len = mark;
			lp_buf_putc(out, '\n');
			lp_buf_append(out, text + from, len - from);
			break;
		}
	}
	return 1;
}
