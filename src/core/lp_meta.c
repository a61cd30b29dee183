/*
 * lp_meta.c — report metadata inferred from the title, first lines and
 * headings: title, region (with its GB/T 2260 code), year, period, kind.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE				/* memmem */
#endif

#include "lp.h"
#include "lp_data.h"
#include "lp_ordinal.h"
#include "lp_period.h"
#include "lp_region.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCAN_BYTES (64 * 1024)	/* headings and years looked for near the start */
#define REGION_SCAN_BYTES (16 * 1024)	/* regions are counted in the first pages only */


static void
copy_field(char *dst, size_t dstsz, const char *s, size_t n)
{
	if (n >= dstsz)
		n = dstsz - 1;
	/* do not cut a UTF-8 character */
	while (n > 0 && (((unsigned char) s[n]) & 0xC0) == 0x80)
		n--;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

static int
contains(const char *s, size_t n, const char *lit)
{
	size_t		l = strlen(lit),
				i;

	for (i = 0; i + l <= n; i++)
		if (memcmp(s + i, lit, l) == 0)
			return 1;
	return 0;
}

/*
 * A line under the title of a speech or report that says when, where and by
 * whom it was given, never the title itself:
 * "——2024年1月9日在南山区第七届人民代表大会第五次会议上", "（2024年1月10日）",
 * "天河区人民政府区长", "区长 张三", "南山区发展和改革局".
 */
static int
is_byline(const char *s, size_t n)
{
	if (lp_words_prefix(LP_W_BYLINE_START, s, n) > 0)
		return contains(s, n, "会议") || (contains(s, n, "年") && contains(s, n, "日") && n <= 60);
	if (contains(s, n, "日在") && contains(s, n, "会议"))
		return 1;
	if (n > 45 || lp_find_year(s, n, NULL) != 0)
		return 0;
	return lp_words_any(LP_W_BYLINE_OFFICE, s, n) || lp_words_suffix(LP_W_BYLINE_ISSUER, s, n) > 0;
}

/* A title without a year that says what it is: 政府工作报告, 统计公报. */
static int
is_yearless_title(const char *s, size_t n)
{
	return !lp_words_any(LP_W_TITLE_NOT, s, n) &&
		(lp_words_suffix(LP_W_TITLE_END, s, n) > 0 || lp_words_any(LP_W_TITLE_WORD, s, n));
}

/*
 * The title: the first non-empty line, joined with the next ones when a
 * "关于…的报告" title was broken over several lines.  A line without a year
 * before it is a forum or site name, unless it is a title by its last word
 * (政府工作报告) or a date line follows it.  The date and speaker lines right
 * under the title are returned in [*by_start, *by_end) (empty when none):
 * they name the region and the date of a speech.
 */
static void
infer_title(const char *text, const lp_line *lines, size_t nlines, lp_meta *m,
			size_t *by_start, size_t *by_end)
{
	char		buf[1024];
	size_t		used = 0,
				li,
				taken = 0;

	*by_start = *by_end = 0;
	for (li = 0; li < nlines && li < 40; li++)
	{
		size_t		s = lines[li].start,
					e = lines[li].end;

		lp_trim(text, &s, &e);
		if (e == s)
		{
			if (taken)
				break;
			continue;
		}
		if (taken == 0 && is_byline(text + s, e - s))
		{
			/* the date line of a speech: the line remembered is its title */
			if (used > 0)
				taken = 1;
			break;
		}
		if (taken == 0 && lp_find_year(text + s, e - s, NULL) == 0 &&
			lp_words_prefix(LP_W_ABOUT_TITLE_START, text + s, e - s) == 0 &&
			!is_yearless_title(text + s, e - s) &&
			li + 1 < nlines && li < 12)
		{
			/* forum or site name before the real title: keep looking,
			 * but remember it in case nothing better comes */
			if (used == 0)
			{
				copy_field(buf, sizeof(buf), text + s, e - s);
				used = strlen(buf);
			}
			continue;
		}
		if (taken == 0)
			used = 0;
		if (used + (e - s) + 1 >= sizeof(buf))
			break;
		memcpy(buf + used, text + s, e - s);
		used += e - s;
		buf[used] = '\0';
		taken++;
		/* a 关于… title goes on until its last word */
		if (lp_words_prefix(LP_W_ABOUT_TITLE_START, buf, used) == 0 || taken >= 4 ||
			lp_words_suffix(LP_W_ABOUT_TITLE_END, buf, used) > 0)
		{
			li++;
			break;
		}
	}
	copy_field(m->title, sizeof(m->title), buf, used);
	/* date and speaker lines under the title (li is the line after it) */
	if (taken)
	{
		size_t		k;

		for (k = 0; k < 3 && li < nlines; li++)
		{
			size_t		s = lines[li].start,
						e = lines[li].end;

			lp_trim(text, &s, &e);
			if (e == s && k == 0 && li + 1 < nlines)
				continue;		/* a blank line after every line (a spaced copy) */
			if (e == s || !is_byline(text + s, e - s))
				break;
			k++;
			if (*by_end == 0)
				*by_start = s;
			*by_end = e;
		}
	}
}

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
 *    its city or province counts too.
 * Which region wins: one named in the head beats one named only in the
 * text; then the one whose chain (its own hits and those of its city and
 * province, a head hit of those worth 100) is strongest, so a district
 * beats its city beats its province when both are named, and a name shared
 * by several regions (朝阳区 in 北京市 and 长春市, 鼓楼区 in four cities)
 * goes to the one whose parent is named; then the most specific.  When
 * regions of the same name still tie, the name is kept without a code.
 */
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
	if (n == 4 && memcmp(level, "city", 4) == 0)
		return 2;
	if (n == 8 && memcmp(level, "province", 8) == 0)
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
	if (n_names == 0)
		for (i = 0; i < NAME_BUCKETS; i++)
			bucket_head[i] = -1;
}

unsigned long lp_regions_generation = 1;

int
lp_region_name_is(const char *s, size_t len)
{
	unsigned	key;
	int			k;

	if (len < 6 || ((unsigned char) s[0] & 0xF0) != 0xE0 || ((unsigned char) s[3] & 0xF0) != 0xE0)
		return 0;
	load_regions();
	key = (bmp_of(s) << 16) | bmp_of(s + 3);
	for (k = bucket_head[pair_hash(key) & (NAME_BUCKETS - 1)]; k >= 0; k = names[k].next)
		if (names[k].key == key && names[k].len == len && memcmp(names[k].s, s, len) == 0)
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
 * compared.
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
				if (memcmp(n->s + n->len - 3, "区", 3) == 0 && at + n->len + 3 <= len &&
					memcmp(s + at + n->len, "域", 3) == 0)
					continue;
			}
			else if (suffix_follows(s, len, at + n->len) ||
					 (head && at >= 3 && is_hanzi_at(s, len, at - 3) &&
					  is_hanzi_at(s, len, at + n->len)))
				continue;
			if ((e = hits_of(t, n->row, 1)) == NULL)
				continue;
			if (head)
				(*(n->is_short ? &e->head_short : &e->head_full))++;
			else
				(*(n->is_short ? &e->text_short : &e->text_full))++;
		}
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
 * The region of a report from its head (title, and the date line of a
 * speech: "——2021年1月18日在广州市天河区…会议上") and the start of its text.
 */
static void
infer_region(const char *text, size_t len, const char *head, size_t head_len, lp_meta *m)
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

		/* short names only with the full name somewhere, or standing in the head */
		e->own = e->text_full + (named || e->head_short > 0 ? e->text_short : 0);
		e->in_head = e->head_full > 0 || e->head_short > 0;
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

		if (e->own == 0 && e->in_head == 0)
			continue;
		chain = e->own;
		for (p = regions[r].parent; p >= 0; p = regions[p].parent)
			chain += own_of(t, p, &ph) + (ph ? 100 : 0);
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
	if (best >= 0)
	{
		copy_field(m->region, sizeof(m->region), regions[best].name, regions[best].name_len);
		if (!tie_same_name)
			copy_field(m->region_code, sizeof(m->region_code),
					   regions[best].code, regions[best].code_len);
	}
	lp_free(t);
}

/*
 * Does the title name a work report of its year ("2024年政府工作报告",
 * "政府工作报告提出：2010年…预期目标")?  Not when a year after the report's
 * name is the year of an estimated result ("政府工作报告“划重点”：淄博2018年
 * 预计地区生产总值突破5000亿元"): the report is of the year after.
 */
static int
year_names_report(const char *t)
{
	size_t		n = strlen(t),
				year_at;
	long		kind_at = lp_words_find(LP_W_KIND_WORK_REPORT, t, n, NULL);

	if (kind_at < 0 || lp_find_year(t, n, &year_at) == 0)
		return 0;
	return year_at < (size_t) kind_at || !lp_words_any(LP_W_ESTIMATE_MARKER, t + year_at, n - year_at);
}

/*
 * Is the title a sentence of the text (a first line that says 2021年9月17日，
 * …挂牌成立。) rather than a heading?  Its year may be one looked back on.
 */
static int
title_is_prose(const char *t)
{
	size_t		ml;

	return strstr(t, "。") != NULL || lp_find_comma(t, strlen(t), &ml) != NULL;
}

/*
 * Does a short line of the head, the title's or one the title finder passed
 * by, name a part of the year ("上半年全市经济运行情况", "前三季度GDP增长5.1%")?
 */
static int
head_names_part(const char *text, size_t len)
{
	size_t		i = 0,
				k,
				scan = len < 1024 ? len : 1024;

	for (k = 0; k < 8 && i < scan; k++)
	{
		const char *nl = memchr(text + i, '\n', scan - i);
		size_t		s = i,
					e = nl ? (size_t) (nl - text) : scan;

		i = e + 1;
		lp_trim(text, &s, &e);
		if (e - s < 6 || e - s > 90 || contains(text + s, e - s, "。"))
			continue;
		if (lp_has_period_word(text + s, e - s) == 1)
			return 1;
	}
	return 0;
}

static void
infer_kind(const char *text, size_t len, lp_meta *m, int has_review)
{
	size_t		scan = len < 4096 ? len : 4096;
	/* kind of report, and the word list that names it */
	static const struct
	{
		const char *name;
		lp_word_kind words;
	}			kinds[] = {
		{"plan_execution", LP_W_KIND_PLAN_EXECUTION},
		{"work_report", LP_W_KIND_WORK_REPORT},
		{"statistics", LP_W_KIND_STATISTICS},
		{NULL, 0}};
	int			k,
				part_year = head_names_part(text, len);

	for (k = 0; kinds[k].name; k++)
		if (lp_words_any(kinds[k].words, m->title, strlen(m->title)) &&
			!(part_year && title_is_prose(m->title) && kinds[k].words == LP_W_KIND_WORK_REPORT))
		{
			snprintf(m->kind, sizeof(m->kind), "%s", kinds[k].name);
			return;
		}
	/* the text's first pages: one pass for the kinds (in_text: those of kinds[], in
	 * its order), the first in that order wins */
	{
		static const lp_word_kind in_text[] = {
			LP_W_KIND_PLAN_EXECUTION, LP_W_KIND_WORK_REPORT, LP_W_KIND_STATISTICS
		};
		long		at[3];

		/*
		 * a report on part of the year cites the session's report for the
		 * year's target ("年初市政府工作报告确定…"): it is none itself
		 */
		lp_words_find_each(in_text, 3, text, scan, at, NULL);
		for (k = 0; k < 3; k++)
			if (at[k] >= 0 && !(part_year && in_text[k] == LP_W_KIND_WORK_REPORT))
			{
				snprintf(m->kind, sizeof(m->kind), "%s", kinds[k].name);
				return;
			}
	}
	snprintf(m->kind, sizeof(m->kind), "%s", has_review ? "plan_execution" : "news");
}

/*
 * The year of a report delivered at a meeting: the date line under a title
 * ("——2024年1月16日在…人民代表大会第四次会议上"), with its month in *month;
 * 0 when there is none.  A report delivered from January to April reviews
 * the year before, one delivered from October on the year itself (a county
 * session of late December: "预计全年…", then "明年主要预期目标").
 */
static int
delivered_in(const char *s, size_t len, int *month)
{
	size_t		at,
				p,
				n;
	int			year = lp_find_year(s, len, &at);

	*month = 0;
	if (year == 0 || !lp_words_any(LP_W_DELIVERY_MEETING, s, len))
		return 0;
	/* past "2024年" or "二〇二四年"; the month in digits or Chinese (一月) */
	p = at + (((unsigned char) s[at]) < 0x80 ? 4 : 12) + 3;
	n = p < len ? lp_ordinal_at(s, len, p, month) : 0;
	if (n == 0 || *month < 1 || *month > 12 || !lp_at(s, len, p + n, "月"))
		return 0;
	return year;
}

/* Is the period a whole year or years (no half, quarter or months)? */
static int
is_annual_period(const char *p)
{
	return strpbrk(p, "HQM") == NULL;
}


void
lp_meta_anchor(lp_meta *m, int year, lp_period_basis basis)
{
	int			y = year;

	m->doc_year = year;
	/* a work report reported by the news reviews the year before its session */
	if (strcmp(m->kind, "work_report") == 0)
		y = year - 1;
	snprintf(m->period, sizeof(m->period), "%d", y);
	m->period_basis = basis;
	m->year = y;
}

/*
 * A part of the year named by a short line of the head, a title the title
 * finder passed by ("前三季度全县经济运行情况分析", "合作区交出上半年成绩单"):
 * a report placed by reasoning on its year is on that part of it.
 */
static void
part_of_head(const char *text, size_t len, lp_meta *m)
{
	size_t		i = 0,
				k,
				ml,
				scan = len < 1024 ? len : 1024;

	for (k = 0; k < 8 && i < scan; k++)
	{
		const char *nl = memchr(text + i, '\n', scan - i);
		size_t		s = i,
					e = nl ? (size_t) (nl - text) : scan;

		i = e + 1;
		lp_trim(text, &s, &e);
		if (e - s < 6 || e - s > 90 || lp_find_comma(text + s, e - s, &ml) != NULL ||
			contains(text + s, e - s, "。"))
			continue;
		/* "海勃湾区半年经济交出亮眼答卷", "半年数据向好": a title's 半年 is the first half */
		if (lp_words_any(LP_W_HEAD_HALF, text + s, e - s) &&
			!lp_words_any(LP_W_HEAD_HALF_NOT, text + s, e - s) &&
			lp_has_period_word(text + s, e - s) == 0)
		{
			snprintf(m->period, sizeof(m->period), "%dH1", m->doc_year);
			m->year = m->doc_year;
			return;
		}
		if (lp_has_period_word(text + s, e - s) != 1)
			continue;
		lp_period_of(text + s, e - s, m->doc_year, m->period, sizeof(m->period));
		m->year = atoi(m->period);
		return;
	}
}

/*
 * Is the year at byte at of text named as the one just reviewed
 * ("刚刚过去的2008年", "一是2010年政府工作回顾", "报告分三个部分：2025年和
 * “十四五”时期工作回顾、…")?  The text then speaks from the year after.
 * The review word may follow a few words later in the same item, with no
 * other year between.
 */
static int
reviewed_year_at(const char *text, size_t len, size_t at)
{
	size_t		lo = at > 24 ? at - 24 : 0,
				a,
				b,
				ml;
	const char *nian,
			   *stop;

	while (lo < at && (((unsigned char) text[lo]) & 0xC0) == 0x80)
		lo++;
	if (lp_words_suffix(LP_W_YEAR_REVIEWED_BEFORE, text + lo, at - lo) > 0)
		return 1;
	nian = lp_find3(text + at, len - at < 24 ? len - at : 24, "年");
	if (nian == NULL)
		return 0;
	a = (size_t) (nian - text) + 3;
	b = len - a < 40 ? len : a + 40;
	if ((stop = lp_find_comma(text + a, b - a, &ml)) != NULL)
		b = (size_t) (stop - text);
	if ((stop = lp_find3(text + a, b - a, "、")) != NULL)
		b = (size_t) (stop - text);
	return lp_words_find(LP_W_YEAR_REVIEWED_AFTER, text + a, b - a, NULL) >= 0 &&
		lp_find_year(text + a, b - a, NULL) == 0;
}

/* The month of a full date "2015年4月27日" whose year is at byte at, else 0. */
static int
day_month_at(const char *s, size_t len, size_t at)
{
	size_t		p = at + (((unsigned char) s[at]) < 0x80 ? 4 : 12) + 3,
				n,
				d;
	int			month,
				day;

	if (p >= len || !lp_at(s, len, p - 3, "年"))
		return 0;
	n = lp_ordinal_at(s, len, p, &month);
	if (n == 0 || month < 1 || month > 12 || !lp_at(s, len, p + n, "月"))
		return 0;
	d = p + n + 3;
	n = d < len ? lp_ordinal_at(s, len, d, &day) : 0;
	return n > 0 && day >= 1 && day <= 31 && lp_at(s, len, d + n, "日") ? month : 0;
}

/*
 * News of a work report whose title (often its first sentence) or first
 * sentence naming a year (head: that sentence) is all the text says of
 * time: its session is in the year after the results it states ("…作政府
 * 工作报告时说，2025年全省地区生产总值增长5.4%" → 2026), or in the year of
 * the targets it states ("2026年GDP增长目标定为5%左右" → 2026, reviewing
 * 2025).
 */
static void
session_year_of_head(lp_meta *m, const char *head, size_t len)
{
	int			y = atoi(m->period),
				month;
	size_t		at = 0;

	if (strcmp(m->kind, "work_report") != 0 || y == 0 ||
		strspn(m->period, "0123456789") != strlen(m->period))
		return;
	int			first = lp_find_year(head, len, &at);

	/* "王三运说，刚刚过去的2008年，…完成了…确定的年度目标任务": the results' year */
	if (first == y && reviewed_year_at(head, len, at))
		m->doc_year = y + 1;
	/* "在2015年4月27日的…政府工作报告中": a day of the year is the session's */
	else if (first == y && (month = day_month_at(head, len, at)) >= 1 && month <= 6)
		lp_meta_anchor(m, y, m->period_basis);
	else if (lp_words_any(LP_W_TARGET_MARKER, head, len))
		lp_meta_anchor(m, y, m->period_basis);
	else
		m->doc_year = y + 1;
}

/* The sentence of text around byte at: from the 。 before it to the one after. */
static void
sentence_around(const char *text, size_t len, size_t at, size_t *a, size_t *b)
{
	const char *e = lp_find3(text + at, len - at, "。");
	size_t		i = at;

	while (i >= 3 && memcmp(text + i - 3, "。", 3) != 0 && text[i - 1] != '\n')
		i--;
	*a = i;
	*b = e ? (size_t) (e - text) : len;
}

/*
 * News of a plan execution report dated in its session's year ("2025年01月16日
 * …审查了关于江西省2024年…计划执行情况与2025年计划草案的报告"): the head
 * names the year reviewed and the draft's, the date line's.  The year
 * reviewed, or 0.
 */
static int
head_plan_reviewed_year(const char *text, size_t len, int draft_year)
{
	size_t		scan = len < 2048 ? len : 2048,
				sa = 0,
				sb = 0,
				at = 0;
	const char *w = memmem(text, scan, "计划执行情况", strlen("计划执行情况"));
	int			y;

	if (w == NULL)
		return 0;
	sentence_around(text, scan, (size_t) (w - text), &sa, &sb);
	y = lp_find_year(text + sa, (size_t) (w - text) - sa, &at);
	if (y + 1 != draft_year || lp_find_year(w, sb - (size_t) (w - text), &at) != draft_year)
		return 0;
	return y;
}

/*
 * A January or February wire dateline ("本报太原1月14日电") over a head
 * stating a year's whole results ("2014年太原市预计全年地区生产总值增长3%左右"),
 * not its targets: the text speaks from the year after.
 */
static void
early_wire_dateline(const char *text, size_t len, lp_meta *m, const char *head, size_t hlen)
{
	int			month;

	if (m->doc_year != 0 || (m->period_basis != LP_PERIOD_TITLE &&
							 m->period_basis != LP_PERIOD_DATELINE) ||
		strlen(m->period) != 4 || strspn(m->period, "0123456789") != 4 ||
		lp_find3(head, hlen, "全年") == NULL || lp_words_any(LP_W_TARGET_MARKER, head, hlen) ||
		(month = lp_wire_dateline_month(text, len)) < 1 || month > 2)
		return;
	m->doc_year = atoi(m->period) + 1;
}

/*
 * A plan execution report's title names two years ("关于江西省2024年国民经济
 * 和社会发展计划执行情况与2025年计划草案的报告"): it reviews the first and
 * speaks from the second, the year of its draft (今年 in news of it).
 */
static int
plan_title_draft_year(const lp_meta *m)
{
	size_t		n = strlen(m->title),
				at = 0,
				at2 = 0;
	int			y = lp_find_year(m->title, n, &at);

	if (y == 0 || !lp_words_any(LP_W_KIND_PLAN_EXECUTION, m->title, n) ||
		lp_find_year(m->title + at + 4, n - at - 4, &at2) != y + 1)
		return 0;
	return y + 1;
}

/*
 * The first year of the head that is no start of a span: "创1994年以来最高水平"
 * in news of a year's figures that names no year of its own is a record, not
 * the year reported (nor is "2012年以来，累计…").  0 if none.
 */
static int
first_year_not_since(const char *text, size_t len, size_t *at)
{
	size_t		from = 0,
				p;
	int			y;

	while (from < len && (y = lp_find_year(text + from, len - from, &p)) != 0)
	{
		*at = from + p;
		if (!lp_since_year_at(text, len, *at))
			return y;
		from = *at + 4;
	}
	return 0;
}

/*
 * The period when no review heading names one: the title's (a work report's
 * title names the year of its session: it reviews the year before), the
 * delivery line's, the year the text reasons (lp_document_year: it beats a
 * title that is a sentence of the text), else the first year in the head.
 */
static void
period_of_head(const char *text, size_t len, lp_meta *m, int has_review,
			   size_t by_start, size_t by_end)
{
	lp_period_basis reasoned_basis;
	int			reasoned = lp_document_year(text, len, &reasoned_basis),
				y,
				month;
	size_t		at = 0,
				sa = 0,
				sb = 0;

	lp_period_of(m->title, strlen(m->title), 0, m->period, sizeof(m->period));
	m->period_basis = LP_PERIOD_TITLE;
	/* "第十四个五年规划和二〇三五年远景目标纲要": the vision's year is not the report's */
	if (m->period[0] && strstr(m->title, "远景") &&
		lp_five_year_plan(m->title, strlen(m->title), &at) > 0)
		m->period[0] = '\0';
	/* a prose title's "创1994年以来最高水平" names a record, not its year */
	if (m->period[0] && title_is_prose(m->title) &&
		lp_find_year(m->title, strlen(m->title), &at) != 0 &&
		lp_since_year_at(m->title, strlen(m->title), at))
		m->period[0] = '\0';
	at = 0;
	if (m->period[0] && (y = plan_title_draft_year(m)) != 0)
		m->doc_year = y;
	if (reasoned && title_is_prose(m->title) && atoi(m->period) != reasoned &&
		!(m->doc_year != 0 && m->doc_year == reasoned))
		m->period[0] = '\0';
	/* a masthead's date ("明报　2026年1月28日") is when, not what, the text reports */
	if (reasoned && m->period[0] && strspn(m->period, "0123456789") == strlen(m->period) &&
		lp_full_date_in(m->title, strlen(m->title)) == atoi(m->period))
		m->period[0] = '\0';
	/* "2024年政府工作报告" is delivered in 2024 and reviews 2023 */
	if (m->period[0] && strspn(m->period, "0123456789") == strlen(m->period) &&
		!title_is_prose(m->title) && year_names_report(m->title) &&
		!lp_words_any(LP_W_KIND_PLAN_EXECUTION, m->title, strlen(m->title)))
	{
		m->doc_year = atoi(m->period);
		if (has_review)
		{
			snprintf(m->period, sizeof(m->period), "%d", m->doc_year - 1);
			m->period_basis = LP_PERIOD_INFERRED;
		}
	}
	if (m->period[0] == '\0' && has_review &&
		(y = delivered_in(text + by_start, by_end > by_start ? by_end - by_start : 0, &month)) != 0 &&
		(month <= 4 || month >= 10))
	{
		snprintf(m->period, sizeof(m->period), "%d", month <= 4 ? y - 1 : y);
		m->period_basis = LP_PERIOD_DELIVERY;
		m->doc_year = y;
	}
	if (m->period[0] == '\0' && reasoned)
	{
		lp_meta_anchor(m, reasoned, reasoned_basis);
		if (strcmp(m->kind, "work_report") != 0)
			part_of_head(text, len, m);
		if ((y = head_plan_reviewed_year(text, len, reasoned)) != 0 && atoi(m->period) == reasoned &&
			strlen(m->period) == 4)
		{
			snprintf(m->period, sizeof(m->period), "%d", y);
			m->period_basis = LP_PERIOD_INFERRED;
			m->year = y;
		}
	}
	if (m->period[0] == '\0')
	{
		size_t		scan = len < 8192 ? len : 8192;

		if ((y = first_year_not_since(text, scan, &at)) != 0)
		{
			snprintf(m->period, sizeof(m->period), "%d", y);
			m->period_basis = LP_PERIOD_DATELINE;
			sentence_around(text, scan, at, &sa, &sb);
		}
	}
	early_wire_dateline(text, len, m, m->period_basis == LP_PERIOD_TITLE ? m->title : text + sa,
						m->period_basis == LP_PERIOD_TITLE ? strlen(m->title) : sb - sa);
	/* a period from the title still leaves 今年/明年 to the year the text speaks from */
	if (m->doc_year == 0 && reasoned)
		m->doc_year = reasoned;
	else if (m->doc_year == 0 && m->period_basis == LP_PERIOD_TITLE)
		session_year_of_head(m, m->title, strlen(m->title));
	else if (m->doc_year == 0 && m->period_basis == LP_PERIOD_DATELINE)
		session_year_of_head(m, text + sa, sb - sa);
}

/*
 * Metadata from lines and sections already found (the extractor has them).
 * Only what starts in the first SCAN_BYTES counts, as in lp_infer_meta.
 */
void
lp_infer_meta_lines(const char *text, size_t len, const lp_line *lines, size_t nlines,
					const lp_sections *secs, lp_meta *m)
{
	size_t		i,
				n,
				by_start,
				by_end;
	int			has_review = 0;
	char		head[sizeof(m->title) + 512];

	memset(m, 0, sizeof(*m));
	/* the title is in the first lines; the head is it and its date line */
	infer_title(text, lines, nlines, m, &by_start, &by_end);
	n = strlen(m->title);
	memcpy(head, m->title, n);
	if (by_end > by_start && by_end - by_start < sizeof(head) - n - 2)
	{
		head[n++] = '\n';
		memcpy(head + n, text + by_start, by_end - by_start);
		n += by_end - by_start;
	}
	infer_region(text, len, head, n, m);

	/* the period reviewed: the first review heading that names one */
	for (i = 0; i < secs->n; i++)
	{
		const lp_section *sec = &secs->items[i];

		if (sec->line_start < 1 || (size_t) sec->line_start > nlines ||
			lines[sec->line_start - 1].start >= SCAN_BYTES)
			break;
		if (sec->role == LP_ROLE_REVIEW)
		{
			has_review = 1;
			if (sec->period[0])
			{
				snprintf(m->period, sizeof(m->period), "%s", sec->period);
				m->period_basis = LP_PERIOD_HEADING;
				break;
			}
		}
	}
	infer_kind(text, len, m, has_review);
	if (m->period[0] == '\0')
		period_of_head(text, len, m, has_review, by_start, by_end);
	/* a half-year or quarterly report speaks from its own year */
	if (m->doc_year == 0 && m->period[0] && !is_annual_period(m->period))
		m->doc_year = atoi(m->period);
	m->year = atoi(m->period);
	if (m->period[0] == '\0')
		m->period_basis = LP_PERIOD_NONE;
}

void
lp_infer_meta(const char *text, size_t len, lp_meta *m)
{
	lp_line    *lines;
	size_t		nlines;
	lp_sections secs = {0};

	nlines = lp_split_lines(text, len < SCAN_BYTES ? len : SCAN_BYTES, &lines);
	lp_parse_sections_lines(text, lines, nlines, &secs);
	lp_infer_meta_lines(text, len, lines, nlines, &secs, m);
	lp_sections_free(&secs);
	lp_free(lines);
}
