/*
 * lp_repair_hanzi.c — the common hanzi: frequency ranks from
 * src/data/norm_hanzi.tsv, used to score candidate repairs of mojibake
 * (lp_repair_enc.c), and the class of rare hanzi (LP_CC_RARE: neither the
 * character nor its simplified form is common), which tells lp_normalize a
 * line may need the encoding pass.  Built once per process (lp_data_alloc),
 * after the t2s table (lp_t2s.c), since a traditional character counts by
 * its simplified form.
 */
#include "lp_data.h"
#include "lp_repair.h"

#include <stdlib.h>

static int16_t *hanzi_rank;		/* rank of U+4E00..U+9FFF, -1 = not common */

#define HANZI_LO 0x4E00
#define HANZI_HI 0x9FFF

int
lp_hanzi_rank(uint32_t cp)
{
	uint32_t	s;

	if (cp >= HANZI_LO && cp <= HANZI_HI && hanzi_rank[cp - HANZI_LO] >= 0)
		return hanzi_rank[cp - HANZI_LO];
	s = lp_t2s_char(cp);
	if (s >= HANZI_LO && s <= HANZI_HI)
		return hanzi_rank[s - HANZI_LO];
	return -1;
}

/* Ranks in the order of norm_hanzi.tsv (a rank per character, most frequent first). */
static int
load_hanzi(lp_error *err)
{
	lp_data_iter it;
	int			rank = 0,
				i,
				rc;

	free(hanzi_rank);			/* a retry after a failed build starts over */
	hanzi_rank = lp_data_alloc((HANZI_HI - HANZI_LO + 1) * sizeof(int16_t));
	for (i = 0; i <= HANZI_HI - HANZI_LO; i++)
		hanzi_rank[i] = -1;
	lp_data_open(&it, LP_DATA_NORM_HANZI);
	while ((rc = lp_data_next(&it, err)) > 0)
	{
		size_t		o = 0;

		while (o < it.row.len[0])
		{
			int			l;
			uint32_t	cp = lp_utf8_next(it.row.f[0] + o, it.row.len[0] - o, &l);

			o += l;
			if (cp >= HANZI_LO && cp <= HANZI_HI && hanzi_rank[cp - HANZI_LO] < 0)
				hanzi_rank[cp - HANZI_LO] = rank;
			rank++;
		}
	}
	return rc < 0 ? LP_EDATA : LP_OK;
}

int
lp_hanzi_init(uint16_t *cc, lp_error *err)
{
	uint32_t	c;
	int			rc;

	if ((rc = load_hanzi(err)) != LP_OK)
		return rc;
	for (c = HANZI_LO; c <= HANZI_HI; c++)
	{
		uint32_t	s = lp_t2s_char(c);

		if (hanzi_rank[c - HANZI_LO] < 0 &&
			!(s >= HANZI_LO && s <= HANZI_HI && hanzi_rank[s - HANZI_LO] >= 0))
			cc[c] |= LP_CC_RARE;
	}
	return LP_OK;
}
