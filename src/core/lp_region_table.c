/*
 * lp_region_table.c — the table of regions the inference reads (lp_region.c):
 * the rows of src/data/regions.tsv and those users add, their names hashed
 * by their first two characters, each row linked to its parent.
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_region.h"
#include "lp_region_int.h"
#include "lp_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the rows and names (malloc'd: they live for the process, sized by the data) */
region_row *lp_regions;
int			lp_n_regions;
static int	cap_regions;
region_name *lp_region_names;
int			lp_n_region_names;
static int	cap_names;
int			lp_region_bucket_head[NAME_BUCKETS];
unsigned char lp_region_pair_bits[PAIR_BITS / 8];	/* bit per hash of the first two */
unsigned char lp_region_low_pair_bits[0x10000 / 8];	/* bit per low_pair of a name's start */
static int	regions_loaded;

/* the rows users added (lp_regions_set_user), one block of copies */
static lp_region_def *user_regions;
static size_t n_user_regions;
static char *user_region_strings;

/* Make room for one more element in *arr; 0 when out of memory. */
static int
grow_array(void **arr, int *cap, int n, size_t sz)
{
	void	   *bigger;

	if (n < *cap)
		return 1;
	bigger = realloc(*arr, (size_t) (*cap ? *cap * 2 : 4096) * sz);
	if (bigger == NULL)
		return 0;
	*arr = bigger;
	*cap = *cap ? *cap * 2 : 4096;
	return 1;
}

/* 0 when out of memory */
static int
add_region_name(const char *s, size_t len, int row, int is_short)
{
	unsigned	key,
				b;

	/* two characters at least, each of three bytes (all region names are) */
	if (len < 6 || ((unsigned char) s[0] & 0xF0) != 0xE0 || ((unsigned char) s[3] & 0xF0) != 0xE0)
		return 1;
	if (!grow_array((void **) &lp_region_names, &cap_names, lp_n_region_names, sizeof(region_name)))
		return 0;
	key = (bmp_of(s) << 16) | bmp_of(s + 3);
	b = pair_hash(key) & (NAME_BUCKETS - 1);
	lp_region_pair_bits[pair_hash(key) >> 3] |= (unsigned char) (1u << (pair_hash(key) & 7));
	lp_region_low_pair_bits[low_pair(s) >> 3] |= (unsigned char) (1u << (low_pair(s) & 7));
	lp_region_names[lp_n_region_names].s = s;
	lp_region_names[lp_n_region_names].len = len;
	lp_region_names[lp_n_region_names].key = key;
	lp_region_names[lp_n_region_names].row = row;
	lp_region_names[lp_n_region_names].is_short = is_short;
	lp_region_names[lp_n_region_names].next = lp_region_bucket_head[b];
	lp_region_bucket_head[b] = lp_n_region_names++;
	return 1;
}

static int
level_rank(const char *level, size_t n)
{
	if (n == 4 && lp_same(level, "city", 4))
		return 2;
	if (n == 8 && lp_same(level, "province", 8))
		return 1;
	return 3;					/* district, county, new_area */
}

/* A region code ("440303") as a number, -1 when it is empty or not digits. */
static long
code_number(const char *s, size_t n)
{
	size_t		i;
	long		v = 0;

	if (n == 0 || n > 9)
		return -1;
	for (i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* A row and its names (the short one when it differs); 0 when out of memory. */
static int
add_region(const char *name, size_t name_len, const char *code, size_t code_len,
		   const char *level, size_t level_len, const char *parent, size_t parent_len,
		   const char *short_name, size_t short_len, int weak)
{
	region_row *r;

	if (!grow_array((void **) &lp_regions, &cap_regions, lp_n_regions, sizeof(region_row)))
		return 0;
	r = &lp_regions[lp_n_regions];
	r->name = name;
	r->name_len = name_len;
	r->code = code;
	r->code_len = code_len;
	r->rank = level_rank(level, level_len);
	r->parent = -1;
	r->weak = weak;
	r->short_borrowed = 0;
	r->parent_code = parent;
	r->parent_len = parent_len;
	if (!add_region_name(name, name_len, lp_n_regions, 0))
		return 0;
	if (short_len > 0 && (short_len != name_len || memcmp(short_name, name, name_len) != 0) &&
		!add_region_name(short_name, short_len, lp_n_regions, 1))
		return 0;
	lp_n_regions++;
	return 1;
}

/*
 * Each row's parent, through a table of codes (a scan per row took 5M
 * compares); 0 when out of memory.
 */
static int
link_region_parents(void)
{
	size_t		slots = 8192,
				j;
	int		   *code_slot,
				i;

	while (slots < (size_t) lp_n_regions * 2)
		slots *= 2;
	code_slot = malloc(slots * sizeof(int));
	if (code_slot == NULL)
		return 0;
	for (j = 0; j < slots; j++)
		code_slot[j] = -1;
	for (i = 0; i < lp_n_regions; i++)
	{
		long		c = code_number(lp_regions[i].code, lp_regions[i].code_len);

		if (c < 0)
			continue;
		for (j = (unsigned long) c * 2654435761u % slots; code_slot[j] >= 0; j = (j + 1) % slots)
			;
		code_slot[j] = i;
	}
	for (i = 0; i < lp_n_regions; i++)
	{
		long		c = code_number(lp_regions[i].parent_code, lp_regions[i].parent_len);

		if (c < 0)
			continue;
		for (j = (unsigned long) c * 2654435761u % slots; code_slot[j] >= 0; j = (j + 1) % slots)
			if (code_number(lp_regions[code_slot[j]].code, lp_regions[code_slot[j]].code_len) == c)
			{
				lp_regions[i].parent = code_slot[j];
				break;
			}
	}
	free(code_slot);
	return 1;
}

/* Is row a above row r? */
static int
is_ancestor(int a, int r)
{
	for (r = lp_regions[r].parent; r >= 0; r = lp_regions[r].parent)
		if (r == a)
			return 1;
	return 0;
}

/*
 * Flag the rows whose short name is another region's first: a row no
 * province sharing a province's short name (吉林市 and 吉林省: 吉林;
 * 河南蒙古族自治县 and 河南省: 河南), and a row sharing the short name of a
 * region above it, named after it (乌鲁木齐县 under 乌鲁木齐市, 大理市 under
 * 大理白族自治州: 乌鲁木齐, 大理).  Such a short name is read as the province
 * or the region above (see infer_region).
 */
static void
mark_borrowed_shorts(void)
{
	const region_name *nm = lp_region_names;
	int			p,
				k;

	for (p = 0; p < lp_n_region_names; p++)
	{
		int			province = lp_regions[nm[p].row].rank == 1;

		if (!nm[p].is_short)
			continue;
		for (k = lp_region_bucket_head[pair_hash(nm[p].key) & (NAME_BUCKETS - 1)]; k >= 0; k = nm[k].next)
			if (k != p && nm[k].is_short && nm[k].len == nm[p].len &&
				memcmp(nm[k].s, nm[p].s, nm[p].len) == 0 &&
				((province && lp_regions[nm[k].row].rank != 1) || is_ancestor(nm[p].row, nm[k].row)))
				lp_regions[nm[k].row].short_borrowed = 1;
	}
}

static size_t
len_or_0(const char *s)
{
	return s ? strlen(s) : 0;
}

/* The shipped rows of regions.tsv, then the users'; no regions when out of memory. */
void
lp_region_load(void)
{
	lp_data_iter it;
	size_t		k;
	int			i,
				ok = 1;

	if (regions_loaded)
		return;
	regions_loaded = 1;			/* out of memory leaves no regions, not a retry per call */
	lp_n_regions = lp_n_region_names = 0;
	for (i = 0; i < NAME_BUCKETS; i++)
		lp_region_bucket_head[i] = -1;
	memset(lp_region_pair_bits, 0, sizeof(lp_region_pair_bits));
	memset(lp_region_low_pair_bits, 0, sizeof(lp_region_low_pair_bits));
	lp_data_open(&it, LP_DATA_REGIONS);
	while (ok && lp_data_next(&it, NULL) > 0)
	{
		const lp_row *r = &it.row;

		ok = add_region(r->f[0], r->len[0], r->f[1], r->len[1], r->f[2], r->len[2],
						r->f[3], r->len[3], r->f[4], r->len[4],
						r->len[5] > 0);	/* flags: weak, the only one */
	}
	for (k = 0; ok && k < n_user_regions; k++)
	{
		const lp_region_def *u = &user_regions[k];

		ok = add_region(u->name, len_or_0(u->name), u->code ? u->code : "", len_or_0(u->code),
						u->level ? u->level : "", len_or_0(u->level),
						u->parent_code ? u->parent_code : "", len_or_0(u->parent_code),
						u->short_name ? u->short_name : "", len_or_0(u->short_name), 0);
	}
	if (!ok || !link_region_parents())
		lp_n_regions = lp_n_region_names = 0;
	mark_borrowed_shorts();
	if (lp_n_region_names == 0)
		for (i = 0; i < NAME_BUCKETS; i++)
			lp_region_bucket_head[i] = -1;
}

unsigned long lp_regions_generation = 1;

/*
 * The next entry after k (the first when k is -1) of names whose text is
 * s[0, len): its index, or -1.
 */
static int
next_name(const char *s, size_t len, int k)
{
	unsigned	key;

	if (len < 6 || ((unsigned char) s[0] & 0xF0) != 0xE0 || ((unsigned char) s[3] & 0xF0) != 0xE0)
		return -1;
	key = (bmp_of(s) << 16) | bmp_of(s + 3);
	for (k = k < 0 ? lp_region_bucket_head[pair_hash(key) & (NAME_BUCKETS - 1)] : lp_region_names[k].next; k >= 0;
		 k = lp_region_names[k].next)
		if (lp_region_names[k].key == key && lp_region_names[k].len == len && memcmp(lp_region_names[k].s, s, len) == 0)
			return k;
	return -1;
}

int
lp_region_name_is(const char *s, size_t len)
{
	lp_region_load();
	return next_name(s, len, -1) >= 0;
}

int
lp_region_name_major(const char *s, size_t len)
{
	int			k;

	lp_region_load();
	for (k = next_name(s, len, -1); k >= 0; k = next_name(s, len, k))
		if (!lp_regions[lp_region_names[k].row].weak && (!lp_region_names[k].is_short || lp_regions[lp_region_names[k].row].rank <= 2))
			return 1;
	return 0;
}

/* The region of rank up to most (1 province, 2 city) s[0, len) names, no weak name: its row, or -1. */
int
lp_region_name_ranked(const char *s, size_t len, int most)
{
	int			k;

	lp_region_load();
	for (k = next_name(s, len, -1); k >= 0; k = next_name(s, len, k))
		if (!lp_regions[lp_region_names[k].row].weak && lp_regions[lp_region_names[k].row].rank <= most)
			return lp_region_names[k].row;
	return -1;
}

/* The province s[0, len) names (湖南省, 湖南: one province), no weak name: its row, or -1. */
int
lp_region_name_province(const char *s, size_t len)
{
	return lp_region_name_ranked(s, len, 1);
}

/*
 * The length of the longest name (major only when major: as
 * lp_region_name_major) opening s[0, avail), of two to max / 3 characters
 * of three bytes, or 0: what asking lp_region_name_is or _major of the
 * lengths max, max - 3, ... 6 in turn answers, in one walk of the bucket of
 * the first two characters (five walks and key computations before).
 */
size_t
lp_region_name_longest(const char *s, size_t avail, size_t max, int major)
{
	unsigned	key,
				h;
	size_t		best = 0;
	int			k;

	if (avail < max)
		max = avail;
	if (max < 6 || ((unsigned char) s[0] & 0xF0) != 0xE0 || ((unsigned char) s[3] & 0xF0) != 0xE0)
		return 0;
	lp_region_load();
	key = low_pair(s);
	if (!((lp_region_low_pair_bits[key >> 3] >> (key & 7)) & 1))
		return 0;
	key = (bmp_of(s) << 16) | bmp_of(s + 3);
	h = pair_hash(key);
	if (!((lp_region_pair_bits[h >> 3] >> (h & 7)) & 1))
		return 0;
	for (k = lp_region_bucket_head[h & (NAME_BUCKETS - 1)]; k >= 0; k = lp_region_names[k].next)
	{
		const region_name *n = &lp_region_names[k];

		if (n->key != key || n->len <= best || n->len > max || n->len % 3 != 0 ||
			memcmp(n->s, s, n->len) != 0)
			continue;
		if (major && (lp_regions[n->row].weak || (n->is_short && lp_regions[n->row].rank > 2)))
			continue;
		best = n->len;
	}
	return best;
}

int
lp_regions_set_user(const lp_region_def *defs, size_t n)
{
	size_t		total = 0,
				k;
	lp_region_def *copy = NULL;
	char	   *strings = NULL,
			   *p;

	for (k = 0; k < n; k++)
		total += len_or_0(defs[k].name) + len_or_0(defs[k].code) + len_or_0(defs[k].short_name) +
			len_or_0(defs[k].level) + len_or_0(defs[k].parent_code) + 5;
	if (n > 0 && ((copy = malloc(n * sizeof(lp_region_def))) == NULL ||
				  (strings = malloc(total)) == NULL))
	{
		free(copy);
		return -1;
	}
	p = strings;
	for (k = 0; k < n; k++)
	{
		const char *const src[5] = {defs[k].name, defs[k].code, defs[k].short_name,
		defs[k].level, defs[k].parent_code};
		const char *dst[5];
		int			i;

		for (i = 0; i < 5; i++)
		{
			size_t		l = len_or_0(src[i]);

			dst[i] = NULL;
			if (src[i] == NULL)
				continue;
			memcpy(p, src[i], l + 1);
			dst[i] = p;
			p += l + 1;
		}
		copy[k] = (lp_region_def) {dst[0], dst[1], dst[2], dst[3], dst[4]};
	}
	free(user_regions);
	free(user_region_strings);
	user_regions = copy;
	user_region_strings = strings;
	n_user_regions = n;
	regions_loaded = 0;			/* rebuilt on next use */
	lp_regions_generation++;	/* answers that read the regions are stale */
	return 0;
}
