/*
 * lp_meta.c — report metadata inferred from the title, first lines and
 * headings: title, region (with its GB/T 2260 code), year, period, kind.
 */
#include "lp.h"
#include "lp_text.h"
#include "lp_words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCAN_BYTES (64 * 1024)	/* regions are counted near the start only */

static int	level_rank(const char *level, size_t n);

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

/* The title: the first non-empty line, joined with the next ones when a
 * "关于…的报告" title was broken over several lines. */
static void
infer_title(const char *text, const lp_line *lines, size_t nlines, lp_meta *m)
{
	char		buf[1024];
	size_t		used = 0,
				li,
				taken = 0;

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
		if (taken == 0 && lp_find_year(text + s, e - s, NULL) == 0 &&
			!lp_at(text, e, s, "关于") && li + 1 < nlines && li < 12)
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
		if (!lp_at(buf, used, 0, "关于") || taken >= 4 ||
			(used >= 6 && (memcmp(buf + used - 6, "报告", 6) == 0 ||
						   memcmp(buf + used - 6, "公报", 6) == 0 ||
						   memcmp(buf + used - 6, "情况", 6) == 0)))
			break;
	}
	copy_field(m->title, sizeof(m->title), buf, used);
}

/*
 * The region table (meta_regions.tsv) as a list of names and aliases, each
 * with its row, hashed by first character: the text is then scanned once,
 * not once per name.  Built on first use; the strings point into the
 * embedded data, so nothing is ever freed.
 */
#define MAX_REGIONS 256
#define MAX_REGION_NAMES 1024
#define NAME_BUCKETS 512

typedef struct region_row
{
	const char *name,
			   *code,
			   *level;
	size_t		name_len,
				code_len,
				level_len;
} region_row;

typedef struct region_name
{
	const char *s;
	size_t		len;
	int			row;
	int			next;			/* next name in the same bucket, or -1 */
} region_name;

static region_row regions[MAX_REGIONS];
static int	n_regions;
static region_name names[MAX_REGION_NAMES];
static int	n_names;
static int	bucket_head[NAME_BUCKETS];
static unsigned char first_chars[65536 / 8];	/* bit per first character (BMP) of a name */
static int	regions_loaded;

static inline unsigned
name_bucket(const char *s)
{
	const unsigned char *u = (const unsigned char *) s;

	return ((u[0] * 31u + u[1]) * 31u + u[2]) % NAME_BUCKETS;
}

/* The code point of the three-byte character at s (any three bytes give a value < 65536). */
static inline unsigned
bmp_of(const char *s)
{
	const unsigned char *u = (const unsigned char *) s;

	return ((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
}

static void
add_region_name(const char *s, size_t len, int row)
{
	unsigned	b;

	if (len < 3 || n_names == MAX_REGION_NAMES)
		return;
	b = name_bucket(s);
	first_chars[bmp_of(s) >> 3] |= (unsigned char) (1u << (bmp_of(s) & 7));
	names[n_names].s = s;
	names[n_names].len = len;
	names[n_names].row = row;
	names[n_names].next = bucket_head[b];
	bucket_head[b] = n_names++;
}

static void
load_regions(void)
{
	const char *data;
	size_t		dlen,
				pos = 0;
	const char *f[4];
	size_t		fl[4];
	int			nf,
				i;

	if (regions_loaded)
		return;
	for (i = 0; i < NAME_BUCKETS; i++)
		bucket_head[i] = -1;
	data = lp_data_file("meta_regions.tsv", &dlen);
	while (data && n_regions < MAX_REGIONS &&
		   (nf = lp_tsv_next(data, dlen, &pos, f, fl, 4)) >= 1)
	{
		region_row *r = &regions[n_regions];

		r->name = f[0];
		r->name_len = fl[0];
		r->code = nf >= 2 ? f[1] : "";
		r->code_len = nf >= 2 ? fl[1] : 0;
		r->level = nf >= 3 ? f[2] : "";
		r->level_len = nf >= 3 ? fl[2] : 0;
		add_region_name(f[0], fl[0], n_regions);
		if (nf >= 4)
		{
			size_t		a = 0;

			while (a < fl[3])
			{
				size_t		b = a;

				while (b < fl[3] && f[3][b] != '|')
					b++;
				add_region_name(f[3] + a, b - a, n_regions);
				a = b + 1;
			}
		}
		n_regions++;
	}
	regions_loaded = 1;
}

/* Count every name of every region in s[0, len) into counts[row]. */
static void
count_region_names(const char *s, size_t len, int *counts)
{
	size_t		i;

	for (i = 0; i + 3 <= len; i += lp_utf8_step((unsigned char) s[i]))
	{
		int			k;
		unsigned	cp = bmp_of(s + i);

		if (!((first_chars[cp >> 3] >> (cp & 7)) & 1))
			continue;			/* no name starts with this character */
		for (k = bucket_head[name_bucket(s + i)]; k >= 0; k = names[k].next)
			if (names[k].len <= len - i && memcmp(names[k].s, s + i, names[k].len) == 0)
				counts[names[k].row]++;
	}
}

static void
infer_region(const char *text, size_t len, lp_meta *m)
{
	int			counts[MAX_REGIONS] = {0},
				title_hits[MAX_REGIONS] = {0},
				best_score = 0,
				r;

	load_regions();
	count_region_names(text, len < SCAN_BYTES ? len : SCAN_BYTES, counts);
	count_region_names(m->title, strlen(m->title), title_hits);
	for (r = 0; r < n_regions; r++)
	{
		int			score;

		if (counts[r] == 0)
			continue;
		/* districts beat cities beat provinces: reports name their parents too */
		score = counts[r] + (title_hits[r] ? 1000 : 0) +
			level_rank(regions[r].level, regions[r].level_len) * 10;
		if (score > best_score)
		{
			best_score = score;
			copy_field(m->region, sizeof(m->region), regions[r].name, regions[r].name_len);
			copy_field(m->region_code, sizeof(m->region_code), regions[r].code, regions[r].code_len);
		}
	}
}

static int
level_rank(const char *level, size_t n)
{
	if (n == 8 && memcmp(level, "district", 8) == 0)
		return 3;
	if (n == 8 && memcmp(level, "new_area", 8) == 0)
		return 3;
	if (n == 4 && memcmp(level, "city", 4) == 0)
		return 2;
	return 1;
}

static void
infer_kind(const char *text, size_t len, lp_meta *m, int has_review)
{
	size_t		scan = len < 4096 ? len : 4096;
	/* kind of report, and the word list that names it */
	static const char *const kinds[][2] = {
		{"plan_execution", "kind_plan_execution"},
		{"work_report", "kind_work_report"},
		{"statistics", "kind_statistics"},
		{NULL, NULL}};
	int			k;

	for (k = 0; kinds[k][0]; k++)
		if (lp_words_any(kinds[k][1], m->title, strlen(m->title)))
		{
			snprintf(m->kind, sizeof(m->kind), "%s", kinds[k][0]);
			return;
		}
	for (k = 0; kinds[k][0]; k++)
		if (lp_words_any(kinds[k][1], text, scan))
		{
			snprintf(m->kind, sizeof(m->kind), "%s", kinds[k][0]);
			return;
		}
	snprintf(m->kind, sizeof(m->kind), "%s", has_review ? "plan_execution" : "news");
}

/*
 * Metadata from lines and sections already found (the extractor has them).
 * Only what starts in the first SCAN_BYTES counts, as in lp_infer_meta.
 */
void
lp_infer_meta_lines(const char *text, size_t len, const lp_line *lines, size_t nlines,
					const lp_sections *secs, lp_meta *m)
{
	size_t		i;
	int			has_review = 0;

	memset(m, 0, sizeof(*m));
	/* the title is in the first lines */
	infer_title(text, lines, nlines, m);
	infer_region(text, len, m);

	/* the period reviewed: the first review heading that names one */
	for (i = 0; i < secs->n; i++)
	{
		const lp_section *sec = &secs->items[i];

		if (sec->line_start < 1 || (size_t) sec->line_start > nlines ||
			lines[sec->line_start - 1].start >= SCAN_BYTES)
			break;
		if (strcmp(sec->role, "review") == 0)
		{
			has_review = 1;
			if (sec->period[0])
			{
				snprintf(m->period, sizeof(m->period), "%s", sec->period);
				break;
			}
		}
	}
	if (m->period[0] == '\0')
	{
		lp_period_of(m->title, strlen(m->title), 0, m->period, sizeof(m->period));
		if (m->period[0] == '\0')
		{
			size_t		scan = len < 8192 ? len : 8192;
			int			y = lp_find_year(text, scan, NULL);

			if (y)
				snprintf(m->period, sizeof(m->period), "%d", y);
		}
	}
	m->year = atoi(m->period);
	infer_kind(text, len, m, has_review);
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
