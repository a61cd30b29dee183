/*
 * lp_region_int.h — the table of regions and their names, built by
 * lp_region_table.c from src/data/regions.tsv and the users' rows, and
 * read by the region inference (lp_region.c).
 */
#ifndef LP_REGION_INT_H
#define LP_REGION_INT_H

#include <stdint.h>
#include <string.h>

#define NAME_BUCKETS 8192		/* power of two */
#define PAIR_SHIFT 15			/* a hash of the first two characters has 32 - 15 = 17 bits */
#define PAIR_BITS (1u << (32 - PAIR_SHIFT))

typedef struct region_row
{
	const char *name,
			   *code;
	size_t		name_len,
				code_len;
	int			rank;			/* 3 county level, 2 city, 1 province */
	int			parent;			/* row of the parent, or -1 */
	int			weak;
	int			short_borrowed; /* its short name is a province's or its parent's (吉林市, 乌鲁木齐县) */
	const char *parent_code;	/* as written, until the parents are linked */
	size_t		parent_len;
} region_row;

typedef struct region_name
{
	const char *s;
	size_t		len;
	unsigned	key;			/* code points of the first two characters */
	int			row;
	int			is_short;
	int			next;			/* next name in the same bucket, or -1 */
} region_name;

/* the rows and names (lp_region_table.c; malloc'd: they live for the process) */
extern region_row *lp_regions;
extern int	lp_n_regions;
extern region_name *lp_region_names;
extern int	lp_n_region_names;
extern int	lp_region_bucket_head[NAME_BUCKETS];
extern unsigned char lp_region_pair_bits[PAIR_BITS / 8];	/* bit per hash of the first two */
extern unsigned char lp_region_low_pair_bits[0x10000 / 8];	/* bit per low_pair of a name's start */

/* Build the table on first use and after the user rows changed; no regions when out of memory. */
void		lp_region_load(void);

/* The code point of the three-byte character at s (any three bytes give a value < 65536). */
static inline unsigned
bmp_of(const char *s)
{
	const unsigned char *u = (const unsigned char *) s;

	return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
}

/*
 * The payload bits of the second and third bytes of the three-byte
 * character at s (the code point's low twelve, bits 0-5 and 8-13): one
 * 16-bit load and a mask per character, for the quick test of
 * count_region_names (low_pair).
 */
static inline unsigned
low_bits(const char *s)
{
	uint16_t	w;

	memcpy(&w, s + 1, 2);		/* the same bytes on any byte order: one key per pair */
	return w & 0x3F3Fu;
}

/*
 * The quick test's hash of the first two characters at s (low_bits of
 * each): 16 bits, an 8 KB bitmap in which 5% of the pairs of text that start
 * no name find their bit set.
 */
static inline unsigned
low_pair(const char *s)
{
	return ((low_bits(s) | (low_bits(s + 3) << 16)) * 2654435761u) >> 16;
}

static inline unsigned
pair_hash(unsigned key)
{
	return (key * 2654435761u) >> PAIR_SHIFT;
}

#endif
