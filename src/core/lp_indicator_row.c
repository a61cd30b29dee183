/*
 * lp_indicator_row.c — what the catalogue's row of a code says beyond its
 * names: the total a part belongs to, whether a count can be a level of it,
 * and its default unit (indicators.tsv).  Moved out of lp_indicator.c, which
 * keeps the lookups by name.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_indicator_int.h"

#include <string.h>

/*
 * Dimensions of a default unit whose indicator is a sum of money, a rate or
 * a price (元 and 亿元, %, ‰, 元/人, 亿元/平方公里): never a count of things.
 */
static int
measured_not_counted(const char *dimension)
{
	static const char *const dims[] = {"money", "percent", "permille", "price"};
	size_t		k;

	for (k = 0; k < sizeof(dims) / sizeof(dims[0]); k++)
		if (strncmp(dimension, dims[k], strlen(dims[k])) == 0)
			return 1;
	return 0;
}

/* The row of code, or NULL */
static const ind_row *
row_of_code(const catalogue *c, const char *code)
{
	size_t		i;

	if (c == NULL || code == NULL)
		return NULL;
	/* a fact's code is mostly its row's own string, as the lookups return it: by address first */
	for (i = 0; i < c->n_rows; i++)
		if (c->rows[i].code == code)
			return &c->rows[i];
	for (i = 0; i < c->n_rows; i++)
		if (strcmp(c->rows[i].code, code) == 0)
			return &c->rows[i];
	return NULL;
}

const char *
lp_indicator_part_of(const char *code)
{
	const ind_row *row = row_of_code(lp_ind_catalogue(), code);

	return row ? row->part_of : NULL;
}

int
lp_indicator_counts(const char *code)
{
	const ind_row *row = row_of_code(lp_ind_catalogue(), code);
	const lp_unit *def;

	if (row == NULL || row->unit == NULL)
		return 1;
	def = lp_unit_lookup(row->unit, strlen(row->unit));
	return def == NULL || !measured_not_counted(def->dimension);
}

/* The default unit of code as indicators.tsv writes it ("亿元", "元"), or NULL. */
const char *
lp_indicator_default_unit(const char *code)
{
	const ind_row *row = row_of_code(lp_ind_catalogue(), code);

	return row ? row->unit : NULL;
}
