/*
 * lp_region.c — the region a report is of: its name and GB/T 2260 code,
 * from the names of src/data/regions.tsv (and the rows users add) counted
 * in its head and first pages.  Called by the metadata inference (lp_meta.c).
 */
#include "lp.h"
#include "lp_data.h"
#include "lp_region.h"
#include "lp_region_int.h"
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
 *    own full name occurs too; so is the short name of a city or prefecture
 *    a county below it was named after (乌鲁木齐县, 大理市: 乌鲁木齐, 大理);
 *  - the place of a wire's dateline in the head ("新华社乌鲁木齐2月13日电",
 *    a head that is the wire's first paragraph) is where the wire was filed,
 *    not what it is of: it counts as a hit of the text.
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
#define OUTNUMBERED 5			/* a parent named this many times as often speaks, see infer_region */


static inline int
is_hanzi_at(const char *s, size_t len, size_t i)
{
	unsigned	cp;

	if (i >= len || len - i < 3 || ((unsigned char) s[i] & 0xF0) != 0xE0)
		return 0;
	cp = bmp_of(s + i);
	return (cp >= 0x4E00 && cp <= 0x9FFF) || cp == 0x3007;	/* 〇 too */
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
 * Is the name at s[at] named as a part of another region ("其中省会广州市",
 * words.tsv region_part_lead)?  In the head it is then counted as named in
 * the text: a province's news lead naming its capital's figure is the
 * province's.
 */
static inline int
part_named(const char *s, size_t at)
{
	return lp_words_suffix(LP_W_REGION_PART_LEAD, s, at) > 0;
}

/*
 * Does a wire's dateline go on at s[i] after the place ("新华社乌鲁木齐" then
 * "2月13日电": the month and day, then words.tsv wire_dateline)?
 */
static int
dateline_follows(const char *s, size_t len, size_t i)
{
	int			part;

	for (part = 0; part < 2; part++)
	{
		size_t		d = i;

		while (i < len && i - d < 2 && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == d || i + 3 > len || !lp_same(s + i, part == 0 ? "月" : "日", 3))
			return 0;
		i += 3;
	}
	return lp_words_prefix(LP_W_WIRE_DATELINE, s + i, len - i) > 0;
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
		if (!((lp_region_low_pair_bits[key >> 3] >> (key & 7)) & 1))
			continue;
		key = (bmp_of((const char *) u) << 16) | bmp_of((const char *) u + 3);
		h = pair_hash(key);
		if (!((lp_region_pair_bits[h >> 3] >> (h & 7)) & 1))
			continue;
		longest = 0;
		for (k = lp_region_bucket_head[h & (NAME_BUCKETS - 1)]; k >= 0; k = lp_region_names[k].next)
		{
			const region_name *n = &lp_region_names[k];
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
			if (head && !dateline_follows(s, len, at + n->len) && !part_named(s, at))
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
	int			p = lp_regions[row].parent,
				k,
				siblings = 0;
	region_hits *pe;

	if (p < 0 || (pe = hits_of(t, p, 0)) == NULL || pe->text_full + pe->head_full == 0)
		return 0;
	for (k = 0; k < t->n; k++)
	{
		const region_hits *e = &t->slot[t->used[k]];

		if (e->row != row && lp_regions[e->row].parent == p &&
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
	static const lp_word_kind kinds[] = {LP_W_NATIONAL_SCOPE, LP_W_NATIONAL_MENTION};
	long		at_text[2],
				at_head[2];
	int			k,
				provinces = 0;

	/*
	 * own_scope anywhere decides first, looked for alone: its search stops
	 * at the first (most reports say 全省 or 全市 early), where one pass for
	 * the three kinds read the whole scan for the national words it lacks
	 * (issue 18)
	 */
	if (lp_words_any(LP_W_OWN_SCOPE, head, head_len) || lp_words_any(LP_W_OWN_SCOPE, text, len))
		return 0;
	(void) lp_words_find_each(kinds, 2, text, len, at_text, NULL);
	(void) lp_words_find_each(kinds, 2, head, head_len, at_head, NULL);
	if (at_text[0] >= 0 || at_head[0] >= 0)
		return 1;
	if (at_text[1] < 0 && at_head[1] < 0)
		return 0;
	for (k = 0; k < t->n; k++)
	{
		const region_hits *e = &t->slot[t->used[k]];

		if (lp_regions[e->row].rank == 1 &&
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

	lp_region_load();
	if (lp_n_regions == 0)
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
		 * head; a province's or a region's short name (吉林, 乌鲁木齐) is a
		 * city's or county's below it (吉林市, 乌鲁木齐县) only with that one's
		 * full name; and a short name in the head among its
		 * siblings ("郑州信阳南阳排前三" over news of 河南省's cities) is one of
		 * a list: their parent, named in full, speaks
		 */
		int			short_ok = named ||
			(!lp_regions[e->row].short_borrowed && !listed_with_siblings(t, e->row));

		e->own = e->text_full + (short_ok && (named || e->head_short > 0) ? e->text_short : 0);
		e->in_head = e->head_full > 0 || (short_ok && e->head_short > 0);
	}
	/* weak names need their city or province (which are never weak) */
	for (k = 0; k < t->n; k++)
	{
		region_hits *e = &t->slot[t->used[k]];
		int			p,
					ph = 0;

		if (!lp_regions[e->row].weak)
			continue;
		for (p = lp_regions[e->row].parent; p >= 0; p = lp_regions[p].parent)
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
		for (p = lp_regions[r].parent; p >= 0; p = lp_regions[p].parent)
		{
			int			po = own_of(t, p, &ph);

			chain += po + (ph ? 100 : 0);
			outnumbered |= po >= OUTNUMBERED * e->own;
		}
		/* a county named once in a province's report of twenty 云南 is not its region */
		if (!e->in_head && outnumbered)
			continue;
		score = (e->in_head ? 1LL << 40 : 0) + chain * 4 + lp_regions[r].rank;
		if (score > best_score || (score == best_score && r < best))
		{
			if (score == best_score && best >= 0)
				tie_same_name = lp_regions[r].name_len == lp_regions[best].name_len &&
					memcmp(lp_regions[r].name, lp_regions[best].name, lp_regions[r].name_len) == 0;
			else
				tie_same_name = 0;
			best_score = score;
			best = r;
		}
		else if (score == best_score && best >= 0 &&
				 lp_regions[r].name_len == lp_regions[best].name_len &&
				 memcmp(lp_regions[r].name, lp_regions[best].name, lp_regions[r].name_len) == 0)
			tie_same_name = 1;
	}
	if (best >= 0 && hits_of(t, best, 0)->head_full == 0 && hits_of(t, best, 0)->text_full < 3 &&
		national_text(text, len < REGION_SCAN_BYTES ? len : REGION_SCAN_BYTES, head, head_len, t))
		best = -1;				/* the country's: no region */
	if (best >= 0)
	{
		lp_copy_span(m->region, sizeof(m->region), lp_regions[best].name, lp_regions[best].name_len);
		if (!tie_same_name)
			lp_copy_span(m->region_code, sizeof(m->region_code),
					   lp_regions[best].code, lp_regions[best].code_len);
	}
	lp_free(t);
}
