/* STUB — to be replaced by the normalisation module (copies its input). */
#include "lp.h"

int
lp_normalize(const char *text, size_t len, lp_buf *out, lp_repairs *repairs, lp_error *err)
{
	lp_buf_append(out, text, len);
	return LP_OK;
}

void
lp_repairs_free(lp_repairs *r)
{
	size_t		i;

	for (i = 0; i < r->n; i++)
	{
		lp_free(r->items[i].before);
		lp_free(r->items[i].after);
	}
	lp_free(r->items);
	r->items = NULL;
	r->n = r->cap = 0;
}
