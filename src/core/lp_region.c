/*
 * lp_region.c — the region a report is of: its name and GB/T 2260 code,
 * from the names of src/data/regions.tsv (and the rows users add) counted
 * in its head and first pages.  Called by the metadata inference (lp_meta.c).
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_region.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REGION_SCAN_BYTES (16 * 1024)	/* regions are counted in the first pages only */

/*
 * Regions.  The table (regions.tsv: every province, prefecture-level and
 * county-level division with its GB/T 2260 code, the same file that fills
 * luohuplan.regions) is turned into a list of names, each with its row:
 * the full name of every region (南山区) and its short name (南山) when
 * that has at least two characters.  Names are hashed by their first two
 * characters, and a bitmap of first characters turns most positions of a
 * text away at once: a text is scanned once, whatever the number of names.
 * The rows users added to luohuplan.regions (lp_regions_set_user) follow
 * the shipped ones and count like them.  Built on first use and again
 * after the user rows changed; the strings point into the embedded data
 * and into the copy of the user rows.
 *
 * Which hits count.  With three thousand regions many names are also
 * words, so:
 *  - a full name counts, except a 区 name followed by 域 ("江南区域");
 *  - a short name is a word as often as a place (共和 in 中华人民共和国,
 *    中山 in 中山路, 白银, 日照): it counts only when the same region's full
 *    name occurs in the text scanned or in the head (title and date line),
 *    or when it stands in the head delimited by a non-hanzi on one side
 *    ("罗湖：…", "2022年,罗湖这样干"); and never when a suffix follows it
 *    (朝阳区, 中山路: the full name of another region, or a street, town);
 *  - a weak name (城区, 郊区, 老城区, flagged in the data) counts only when
 *    its city or province counts too;
 *  - names are whole: where a name is found, none starting inside it counts
 *    (龙江, 龙江县's short name, in 黑龙江);
 *  - a province's short name is the province's: a city or county sharing it
 *    (吉林市, 河南蒙古族自治县: 吉林, 河南) counts its short hits only when its
 *    own full name occurs too.
 * Which region wins: one named in the head beats one named only in the
 * text; then the one whose chain (its own hits and those of its city and
 * province, a head hit of those worth 100) is strongest, so a district
 * beats its city beats its province when both are named (unless, named in
 * the text only, its city or province is named five times as often: the
 * county a province's report names once), and a name shared
 * by several regions (朝阳区 in 北京市 and 长春市, 鼓楼区 in four cities)
 * goes to the one whose parent is named; then the most specific.  When
 * regions of the same name still tie, the name is kept without a code.
 *
 * The country.  A wire of the State Council's report names 北京 in its
 * dateline, a roundup of the provinces' results names twenty provinces: such
 * a text speaks for the country, which is no row, and leaves the region
 * empty.  It does when the region found is not named by its full name in
 * the head nor three times in the text, the
 * text says nothing of its own province or city (words.tsv own_scope: 全省,
 * 全市, 我县…) and either speaks of the country as the subject (national_scope:
 * 国内生产总值, 国务院总理, 国家统计局, 我国) or names the country (national_mention:
 * 全国, 中国) beside three provinces or more (national_text).
 */
#define NAME_BUCKETS 8192		/* power of two */
#define OUTNUMBERED 5			/* a parent named this many times as often speaks, see infer_region */
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
	int			province_short; /* not a province, and its short name is one's (吉林市) */
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

/* the rows and names (malloc'd: they live for the process, sized by the data) */
static region_row *regions;
static int	n_regions,
			cap_regions;
static region_name *names;
static int	n_names,
			cap_names;
static int	bucket_head[NAME_BUCKETS];
static unsigned char pair_bits[PAIR_BITS / 8];	/* bit per hash of the first two */
static unsigned char low_pair_bits[0x10000 / 8];	/* bit per low_pair of a name's start */
static int	regions_loaded;

/* the rows users added (lp_regions_set_user), one block of copies */
static lp_region_def *user_regions;
static size_t n_user_regions;
static char *user_region_strings;

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

static inline int
is_hanzi_at(const char *s, size_t len, size_t i)
{
	unsigned	cp;

	if (i >= len || len - i < 3 || ((unsigned char) s[i] & 0xF0) != 0xE0)
		return 0;
	cp = bmp_of(s + i);
	return (cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0x3007;	/* 〇 too */
}

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
	if (!grow_array((void **) &names, &cap_names, n_names, sizeof(region_name)))
		return 0;
	key = (bmp_of(s) << 16) | bmp_of(s + 3);
	b = pair_hash(key) & (NAME_BUCKETS - 1);
	pair_bits[pair_hash(key) >> 3] |= (unsigned char) (1u << (pair_hash(key) & 7));
	low_pair_bits[low_pair(s) >> 3] |= (unsigned char) (1u << (low_pair(s) & 7));
	names[n_names].s = s;
	names[n_names].len = len;
	names[n_names].key = key;
	names[n_names].row = row;
	names[n_names].is_short = is_short;
	names[n_names].next = bucket_head[b];
	bucket_head[b] = n_names++;
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

	if (!grow_array((void **) &regions, &cap_regions, n_regions, sizeof(region_row)))
		return 0;
	r = &regions[n_regions];
	r->name = name;
	r->name_len = name_len;
	r->code = code;
	r->code_len = code_len;
	r->rank = level_rank(level, level_len);
	r->parent = -1;
	r->weak = weak;
	r->province_short = 0;
	r->parent_code = parent;
	r->parent_len = parent_len;
	if (!add_region_name(name, name_len, n_regions, 0))
		return 0;
	if (short_len > 0 && (short_len != name_len || memcmp(short_name, name, name_len) != 0) &&
		!add_region_name(short_name, short_len, n_regions, 1))
		return 0;
	n_regions++;
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

	while (slots < (size_t) n_regions * 2)
		slots *= 2;
	code_slot = malloc(slots * sizeof(int));
	if (code_slot == NULL)
		return 0;
	for (j = 0; j < slots; j++)
		code_slot[j] = -1;
	for (i = 0; i < n_regions; i++)
	{
		long		c = code_number(regions[i].code, regions[i].code_len);

		if (c < 0)
			continue;
		for (j = (unsigned long) c * 2654435761u % slots; code_slot[j] >= 0; j = (j + 1) % slots)
			;
		code_slot[j] = i;
	}
	for (i = 0; i < n_regions; i++)
	{
		long		c = code_number(regions[i].parent_code, regions[i].parent_len);

		if (c < 0)
			continue;
		for (j = (unsigned long) c * 2654435761u % slots; code_slot[j] >= 0; j = (j + 1) % slots)
			if (code_number(regions[code_slot[j]].code, regions[code_slot[j]].code_len) == c)
			{
				regions[i].parent = code_slot[j];
				break;
			}
	}
	free(code_slot);
	return 1;
}

/*
 * Flag the rows that are no province and share a province's short name
 * (吉林市 and 吉林省: 吉林; 河南蒙古族自治县 and 河南省: 河南): a province's
 * short name is read as the province (see infer_region).
 */
static void
mark_province_shorts(void)
{
	int			p,
				k;

	for (p = 0; p < n_names; p++)
	{
		const region_name *pn = &names[p];

		if (!pn->is_short || regions[pn->row].rank != 1)
			continue;
		for (k = bucket_head[pair_hash(pn->key) & (NAME_BUCKETS - 1)]; k >= 0; k = names[k].next)
			if (names[k].is_short && regions[names[k].row].rank != 1 && names[k].len == pn->len &&
				memcmp(names[k].s, pn->s, pn->len) == 0)
				regions[names[k].row].province_short = 1;
	}
}

static size_t
len_or_0(const char *s)
{
	return s ? strlen(s) : 0;
}

/* The shipped rows of regions.tsv, then the users'; no regions when out of memory. */
static void
load_regions(void)
{
	lp_data_iter it;
	size_t		k;
	int			i,
				ok = 1;

	if (regions_loaded)
		return;
	regions_loaded = 1;			/* out of memory leaves no regions, not a retry per call */
	n_regions = n_names = 0;
	for (i = 0; i < NAME_BUCKETS; i++)
		bucket_head[i] = -1;
	memset(pair_bits, 0, sizeof(pair_bits));
	memset(low_pair_bits, 0, sizeof(low_pair_bits));
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
		n_regions = n_names = 0;
	mark_province_shorts();
	if (n_names == 0)
		for (i = 0; i < NAME_BUCKETS; i++)
			bucket_head[i] = -1;
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
	for (k = k < 0 ? bucket_head[pair_hash(key) & (NAME_BUCKETS - 1)] : names[k].next; k >= 0;
		 k = names[k].next)
		if (names[k].key == key && names[k].len == len && memcmp(names[k].s, s, len) == 0)
			return k;
	return -1;
}

int
lp_region_name_is(const char *s, size_t len)
{
	load_regions();
	return next_name(s, len, -1) >= 0;
}

int
lp_region_name_major(const char *s, size_t len)
{
	int			k;

	load_regions();
	for (k = next_name(s, len, -1); k >= 0; k = next_name(s, len, k))
		if (!regions[names[k].row].weak && (!names[k].is_short || regions[names[k].row].rank <= 2))
			return 1;
	return 0;
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

/*
 * Hits per region, for the few regions a document names: a small open
 * hash table by row (a document names tens of regions, not thousands, so
 * nothing is sized or cleared by the number of regions).
 */
#define HIT_SLOTS 512			/* power of two */
#define MAX_HIT_ROWS 384

typedef struct region_hits
{
	int			row;			/* -1 when the slot is free */
	int			text_full,
				text_short,
				head_full,
				head_short;
	int			own;			/* hits that count, see infer_region */
	int			in_head;
} region_hits;

typedef struct hit_table
{
	region_hits slot[HIT_SLOTS];
	int			used[MAX_HIT_ROWS];	/* slots in use, in order of first hit */
	int			n;
} hit_table;

static region_hits *
hits_of(hit_table *t, int row, int add)
{
	unsigned	h = ((unsigned) row * 2654435761u) >> 23;	/* 9 bits */

	for (;; h = (h + 1) & (HIT_SLOTS - 1))
	{
		region_hits *e = &t->slot[h];

		if (e->row == row)
			return e;
		if (e->row < 0)
		{
			if (!add || t->n == MAX_HIT_ROWS)
				return NULL;
			memset(e, 0, sizeof(*e));
			e->row = row;
			t->used[t->n++] = (int) h;
			return e;
		}
	}
}

/* Characters after a short name that make it part of another name (words.tsv region_suffix). */
static inline int
suffix_follows(const char *s, size_t len, size_t i)
{
	return i < len && lp_words_prefix(LP_W_REGION_SUFFIX, s + i, len - i) > 0;
}

/*
 * Count the hits of every name in s[0, len) into t, as text or head hits
 * (in the head, short names only where a non-hanzi delimits them on one
 * side).  One pass: at each character, the hash of it and the next one is
 * looked up in a bitmap, and only on a hit are the names of its bucket
 * compared.  The scan goes on after the longest name found, so no name
 * counts inside another (龙江 in 黑龙江).
 */
static void
count_region_names(const char *s, size_t len, hit_table *t, int head)
{
	size_t		i = 0;

	while (i + 6 <= len)
	{
		const unsigned char *u = (const unsigned char *) s + i;
		unsigned	key,
					h;
		int			k;
		size_t		longest;

		if ((u[0] & 0xF0) != 0xE0)
		{
			i += lp_utf8_step(u[0]);
			continue;
		}
		i += 3;
		if ((u[3] & 0xF0) != 0xE0)
			continue;			/* names are two hanzi or more */
		/*
		 * most pairs start no name: a bit of a cheap hash of the two says
		 * so before they are decoded and hashed (a test of the first
		 * character alone passed 42% of them, and was mispredicted)
		 */
		key = low_pair((const char *) u);
		if (!((low_pair_bits[key >> 3] >> (key & 7)) & 1))
			continue;
		key = (bmp_of((const char *) u) << 16) | bmp_of((const char *) u + 3);
		h = pair_hash(key);
		if (!((pair_bits[h >> 3] >> (h & 7)) & 1))
			continue;
		longest = 0;
		for (k = bucket_head[h & (NAME_BUCKETS - 1)]; k >= 0; k = names[k].next)
		{
			const region_name *n = &names[k];
			size_t		at = i - 3;
			region_hits *e;

			if (n->key != key || n->len > len - at || memcmp(n->s + 6, s + at + 6, n->len - 6) != 0)
				continue;
			if (!n->is_short)
			{
				/* 江南区域 is no 江南区 */
				if (lp_same(n->s + n->len - 3, "区", 3) && at + n->len + 3 <= len &&
					lp_same(s + at + n->len, "域", 3))
					continue;
			}
			else if (suffix_follows(s, len, at + n->len) ||
					 (head && at >= 3 && is_hanzi_at(s, len, at - 3) &&
					  is_hanzi_at(s, len, at + n->len)))
				continue;
			if (n->len > longest)
				longest = n->len;
			if ((e = hits_of(t, n->row, 1)) == NULL)
				continue;
			if (head)
				(*(n->is_short ? &e->head_short : &e->head_full))++;
			else
				(*(n->is_short ? &e->text_short : &e->text_full))++;
		}
		if (longest > 0)
			i += longest - 3;	/* on after the name: i was its second character's */
	}
}

/* own hits and head presence of a row (0 when it has no entry) */
static inline int
own_of(hit_table *t, int row, int *in_head)
{
	region_hits *e = hits_of(t, row, 0);

	*in_head = e ? e->in_head : 0;
	return e ? e->own : 0;
}

/*
 * Is row named beside two siblings or more (regions of its parent), its
 * parent named in full?
 */
static int
listed_with_siblings(hit_table *t, int row)
{
	int			p = regions[row].parent,
				k,
				siblings = 0;
	region_hits *pe;

	if (p < 0 || (pe = hits_of(t, p, 0)) == NULL || pe->text_full + pe->head_full == 0)
		return 0;
	for (k = 0; k < t->n; k++)
	{
		const region_hits *e = &t->slot[t->used[k]];

		if (e->row != row && regions[e->row].parent == p &&
			e->text_full + e->text_short + e->head_full + e->head_short > 0)
			siblings++;
	}
	return siblings >= 2;
}

/*
 * Does the text speak for the country (see "The country" above)?  The
 * words of national_scope, national_mention and own_scope in the head and
 * the text scanned, and the provinces named in them (by any name).
 */
static int
national_text(const char *text, size_t len, const char *head, size_t head_len, hit_table *t)
{
	static const lp_word_kind kinds[] = {LP_W_NATIONAL_SCOPE, LP_W_NATIONAL_MENTION, LP_W_OWN_SCOPE};
	long		at_text[3],
				at_head[3];
	int			k,
				provinces = 0;

	(void) lp_words_find_each(kinds, 3, text, len, at_text, NULL);
	(void) lp_words_find_each(kinds, 3, head, head_len, at_head, NULL);
	if (at_text[2] >= 0 || at_head[2] >= 0)
		return 0;
	if (at_text[0] >= 0 || at_head[0] >= 0)
		return 1;
	if (at_text[1] < 0 && at_head[1] < 0)
		return 0;
	for (k = 0; k < t->n; k++)
	{
		const region_hits *e = &t->slot[t->used[k]];

		if (regions[e->row].rank == 1 &&
			e->text_full + e->text_short + e->head_full + e->head_short > 0)
			provinces++;
	}
	return provinces >= 3;
}

/*
 * The region of a report from its head (title, and the date line of a
 * speech: "——2021年1月18日在广州市天河区…会议上") and the start of its text.
 */
void
lp_infer_region(const char *text, size_t len, const char *head, size_t head_len, lp_meta *m)
{
	hit_table  *t;
	int			k,
				best = -1,
				tie_same_name = 0;
	long long	best_score = 0;

	load_regions();
	if (n_regions == 0)
		return;
	t = lp_alloc(sizeof(hit_table));
	for (k = 0; k < HIT_SLOTS; k++)
		t->slot[k].row = -1;
	t->n = 0;
	count_region_names(head, head_len, t, 1);
	count_region_names(text, len < REGION_SCAN_BYTES ? len : REGION_SCAN_BYTES, t, 0);
	for (k = 0; k < t->n; k++)
	{
		region_hits *e = &t->slot[t->used[k]];
		int			named = e->text_full > 0 || e->head_full > 0;

		/*
		 * short names only with the full name somewhere, or standing in the
		 * head; a province's short name (吉林) is a city's (吉林市) only with
		 * the city's full name; and a short name in the head among its
		 * siblings ("郑州信阳南阳排前三" over news of 河南省's cities) is one of
		 * a list: their parent, named in full, speaks
		 */
		int			short_ok = named ||
			(!regions[e->row].province_short && !listed_with_siblings(t, e->row));

		e->own = e->text_full + (short_ok && (named || e->head_short > 0) ? e->text_short : 0);
		e->in_head = e->head_full > 0 || (short_ok && e->head_short > 0);
	}
	/* weak names need their city or province (which are never weak) */
	for (k = 0; k < t->n; k++)
	{
		region_hits *e = &t->slot[t->used[k]];
		int			p,
					ph = 0;

		if (!regions[e->row].weak)
			continue;
		for (p = regions[e->row].parent; p >= 0; p = regions[p].parent)
			if (own_of(t, p, &ph) > 0 || ph)
				break;
		if (p < 0)
			e->own = e->in_head = 0;
	}
	for (k = 0; k < t->n; k++)
	{
		region_hits *e = &t->slot[t->used[k]];
		int			r = e->row,
					p,
					ph;
		long long	chain,
					score;
		int			outnumbered;

		if (e->own == 0 && e->in_head == 0)
			continue;
		chain = e->own;
		outnumbered = 0;
		for (p = regions[r].parent; p >= 0; p = regions[p].parent)
		{
			int			po = own_of(t, p, &ph);

			chain += po + (ph ? 100 : 0);
			outnumbered |= po >= OUTNUMBERED * e->own;
		}
		/* a county named once in a province's report of twenty 云南 is not its region */
		if (!e->in_head && outnumbered)
			continue;
		score = (e->in_head ? 1LL << 40 : 0) + chain * 4 + regions[r].rank;
		if (score > best_score || (score == best_score && r < best))
		{
			if (score == best_score && best >= 0)
				tie_same_name = regions[r].name_len == regions[best].name_len &&
					memcmp(regions[r].name, regions[best].name, regions[r].name_len) == 0;
			else
				tie_same_name = 0;
			best_score = score;
			best = r;
		}
		else if (score == best_score && best >= 0 &&
				 regions[r].name_len == regions[best].name_len &&
				 memcmp(regions[r].name, regions[best].name, regions[r].name_len) == 0)
			tie_same_name = 1;
	}
	if (best >= 0 && hits_of(t, best, 0)->head_full == 0 && hits_of(t, best, 0)->text_full < 3 &&
		national_text(text, len < REGION_SCAN_BYTES ? len : REGION_SCAN_BYTES, head, head_len, t))
		best = -1;				/* the country's: no region */
	if (best >= 0)
	{
		lp_copy_span(m->region, sizeof(m->region), regions[best].name, regions[best].name_len);
		if (!tie_same_name)
			lp_copy_span(m->region_code, sizeof(m->region_code),
					   regions[best].code, regions[best].code_len);
	}
	lp_free(t);
}
