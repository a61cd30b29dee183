/*
 * lp_region.h — the regions the metadata inference knows (lp_meta.c): the
 * shipped rows of src/data/regions.tsv and the rows users add to
 * luohuplan.regions.
 */
#ifndef LP_REGION_H
#define LP_REGION_H

#include "lp.h"

#include <stddef.h>

/* A region row of a user (a row of luohuplan.regions with user_defined). */
typedef struct lp_region_def
{
	const char *name;			/* full name (前海合作区) */
	const char *code;			/* GB/T 2260 code, or NULL */
	const char *short_name;		/* name in running text (前海), or NULL */
	const char *level;			/* province, city, district, county or new_area */
	const char *parent_code;	/* code of the parent, or NULL */
} lp_region_def;

/*
 * Replace the user rows the region inference knows by defs[0..n) (copied):
 * they count like shipped rows, hang from their parent by code and, when
 * they share a name with a shipped region, compete with it as two shipped
 * regions of one name do.  n = 0 drops them.  Returns 0, or -1 when out of
 * memory (the rows are left as they were).
 */
int			lp_regions_set_user(const lp_region_def *defs, size_t n);

/* Bumped whenever the regions change (lp_regions_set_user). */
extern unsigned long lp_regions_generation;

/* Is s[0, len) the name or the short name of a region (深圳市, 深圳)? */
int			lp_region_name_is(const char *s, size_t len);

/*
 * Is s[0, len) a region's full name, or the short name of a province or a
 * city (广东, 深圳), and no weak name?  Not a county's short name, which
 * common words hold (工农 of 工农业).
 */
int			lp_region_name_major(const char *s, size_t len);

/* The province s[0, len) names (湖南省 and 湖南 one): its row in the table, or -1. */
int			lp_region_name_province(const char *s, size_t len);

/* The province or (most 2) prefecture-level city s[0, len) names: its row, or -1. */
int			lp_region_name_ranked(const char *s, size_t len, int most);

/*
 * The length of the longest name opening s[0, avail) of two to max / 3
 * hanzi (max a multiple of 3), a major one (lp_region_name_major) when
 * major, or 0.
 */
size_t		lp_region_name_longest(const char *s, size_t avail, size_t max, int major);

/*
 * The region of a report (m->region, m->region_code) from the names in
 * text[0, len) and its head (title and date line), head[0, head_len).
 */
void		lp_infer_region(const char *text, size_t len, const char *head, size_t head_len,
							lp_meta *m);

#endif
