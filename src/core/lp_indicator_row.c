/*
 * lp_indicator_row.c — what the catalogue's row of a code says beyond its
 * names: the total a part belongs to, whether a count can be a level of it,
 * and its default unit (indicators.tsv).  Moved out of lp_indicator.c, which
 * keeps the lookups by name.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_indicator_int.h"

#include <stdint.h>
#include <stdlib.h>
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

/*
 * The rows by the address of their code, hashed (open addressing, a power
 * of two at least twice the rows): built once a catalogue build (serial).
 */
static const ind_row **by_addr;
static size_t by_addr_mask;
static unsigned long by_addr_serial;

static size_t
addr_slot(const char *code)
{
	return (size_t) (((uintptr_t) code >> 3) * 0x9E3779B97F4A7C15ULL >> 20) & by_addr_mask;
}

/* The table for c; 0 when there is no room for it. */
static int
index_by_addr(const catalogue *c)
{
	size_t		size = 16,
				i,
				k;

	if (by_addr && by_addr_serial == c->serial)
		return 1;
	while (size < 2 * c->n_rows)
		size *= 2;
	free(by_addr);
	if ((by_addr = calloc(size, sizeof(*by_addr))) == NULL)
		return 0;
	by_addr_mask = size - 1;
	for (i = 0; i < c->n_rows; i++)
	{
		for (k = addr_slot(c->rows[i].code); by_addr[k]; k = (k + 1) & by_addr_mask)
			if (by_addr[k]->code == c->rows[i].code)
				break;			/* the first row of that string keeps it */
		if (!by_addr[k])
			by_addr[k] = &c->rows[i];
	}
	by_addr_serial = c->serial;
	return 1;
}

/* The row of code, or NULL */
static const ind_row *
row_of_code(const catalogue *c, const char *code)
{
	size_t		i;

	if (c == NULL || code == NULL)
		return NULL;
	/* a fact's code is mostly its row's own string, as the lookups return it: by address first */
	if (index_by_addr(c))
	{
		for (i = addr_slot(code); by_addr[i]; i = (i + 1) & by_addr_mask)
			if (by_addr[i]->code == code)
				return by_addr[i];
	}
	else
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
