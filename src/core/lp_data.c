/*
 * lp_data.c — access to the data files embedded at build time.
 *
 * Dictionaries (units, qualifiers, indicators, heading roles, page chrome,
 * hanzi frequencies) live as TSV files in src/data; the Makefile turns them
 * into lp_data_gen.c with src/data/embed.sh so the core needs no files at
 * run time.  Lines starting with '#' are comments.
 */
#include "lp.h"

#include <string.h>

struct lp_data_entry
{
	const char *name;
	const unsigned char *data;
	size_t		len;
};
extern const struct lp_data_entry lp_data_entries[];

const char *
lp_data_file(const char *name, size_t *len)
{
	const struct lp_data_entry *e;

	for (e = lp_data_entries; e->name; e++)
		if (strcmp(e->name, name) == 0)
		{
			if (len)
				*len = e->len;
			return (const char *) e->data;
		}
	if (len)
		*len = 0;
	return NULL;
}

int
lp_tsv_next(const char *data, size_t len, size_t *pos,
			const char **field, size_t *flen, int maxf)
{
	while (*pos < len)
	{
		size_t		start = *pos,
					end = start;
		int			nf = 0;

		while (end < len && data[end] != '\n')
			end++;
		*pos = end < len ? end + 1 : len;
		if (end > start && data[end - 1] == '\r')
			end--;
		if (end == start || data[start] == '#')
			continue;
		while (start <= end)
		{
			size_t		f = start;

			while (f < end && data[f] != '\t')
				f++;
			if (nf < maxf)
			{
				field[nf] = data + start;
				flen[nf] = f - start;
			}
			nf++;
			start = f + 1;
		}
		return nf;
	}
	return -1;
}
