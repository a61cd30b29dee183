/*
 * lp_roundup.h — news rounding up the sessions of several jurisdictions
 * (lp_roundup.c).
 */
#ifndef LP_ROUNDUP_H
#define LP_ROUNDUP_H

#include "lp.h"
#include "lp_unwrap_text.h"
#include "lp_text.h"

/*
 * The report each line belongs to in a roundup of several jurisdictions'
 * sessions ("嘉兴市十届人大四次会议…" / "赤峰市六届人大三次会议…"): from a line
 * naming the session of a jurisdiction not named before, the lines are that
 * jurisdiction's report.  An array of nlines report numbers (lp_alloc; the
 * caller frees it), or NULL when the text names fewer than two.  Without
 * sessions, paragraphs opened by three regions, or by two in three paragraphs
 * when neither is own (the text's region, "" when none).
 */
int		   *lp_session_blocks(const char *text, const lp_line *lines, size_t nlines,
								  const char *own);

/*
 * Where the first word of kind session_name whose term is numbered ("六届人大",
 * not "某省届人大", "新一届人大") starts in s[0, len); -1 when none
 * (lp_roundup_term.c).
 */
long		lp_roundup_numbered_session(const char *s, size_t len);

/*
 * Give the facts out->items[from..] of a roundup (block from
 * lp_session_blocks, not NULL) the jurisdiction of their line's session
 * ("赤峰市六届人大三次会议…" → 赤峰市), from the first line naming a session
 * on; the lines before it (title, lead) are the report's (region NULL).
 */
void		lp_roundup_regions(lp_facts *out, size_t from, const char *text,
							   const lp_line *lines, size_t nlines, const int *block);

/*
 * In a text that is no roundup by paragraphs, the figures of facts
 * out->items[from..] whose clause (or an earlier clause of its sentence)
 * opens with the name of a region other than own (the report's, "" when
 * none), once two or more such regions so open clauses: no headline
 * ("2021年，上海居民人均可支配收入达到78027元，北京首次跨上7万元台阶，…"),
 * unless they set the region's growth target in a roundup of them
 * (lp_roundup_target) or state its GDP of the year before
 * (lp_roundup_result, in a text of no region of its own; session: the
 * text is news of a session).
 */
void		lp_roundup_clause_regions(lp_facts *out, size_t from, const char *text,
									  const lp_line *lines, size_t nlines, const char *own,
									  int targets_year, int session);

/*
 * lp_roundup_listed_regions and lp_roundup_clause_regions read on the text
 * with its wrapped lines joined: joined (lp_extract's unwrapped text), or
 * the lines wrap joins (NULL: the lines as they are), the facts given back
 * their lines after.
 */
void		lp_roundup_joined(lp_facts *out, size_t first_fact, const char *text,
							  const lp_line *lines, size_t nlines, const lp_wrap *wrap,
							  const lp_unwrap_text *joined, const char *own, int targets_year,
							  int session);

#define LP_ROUNDUP_HEAD_MAX 6	/* hanzi of the longest region name tried */

/*
 * The region's name opening the clause s[a, b) (longest first, two hanzi at
 * least; a county by its full name only), perhaps after a lead, a period or
 * a kind of province ("例如海南", "上半年陕西", "资源大省黑龙江"), or a part of
 * the country's (西部地区), or the rest of a list (其余省份): its length, or
 * 0.  Where the name starts in *at.  In *need the least b that reads the
 * same (every step takes its longest word within b) (lp_roundup_head.c).
 */
size_t		lp_roundup_head_region(const char *s, size_t a, size_t b, size_t *at, size_t *need);

/*
 * The region's name ending the clause s[a, e) after 的是 ("目标最高的是海南"):
 * its length, its start in *at; 0 when none.
 */
size_t		lp_roundup_tail_region(const char *s, size_t a, size_t e, size_t *at);

/* Does s[a, b) open with the report's own whole jurisdiction (全省, 本市: words.tsv own_scope)? */
int			lp_roundup_own_scope(const char *s, size_t a, size_t b);

/* Does s[0, len) name the target of GDP growth ("GDP增速目标", "经济增长目标")? */
int			lp_roundup_names_target(const char *s, size_t len);

/*
 * In such a roundup (named: its title, or the figure's line s before it,
 * at byte p, names the target), the figure f whose clause or sentence
 * the region s[name, name + n) opens, set with a verb alone ("江西定为8%
 * 左右"), is that region's GDP growth target of targets_year (0: the
 * period read): f becomes it, a headline row of the region; 1 when it did.
 */
int			lp_roundup_target(lp_facts *out, lp_fact *f, int named, const char *s,
							  size_t name, size_t n, size_t p, int targets_year);

/*
 * In the same, the figure f no target it sets, of GDP (a level in 亿元 or
 * 万亿元, or growth) in a clause or sentence the region s[name, name + n)
 * opens alone ("贵州2.1万亿元", "宁夏增长6.5%"), with no target word before
 * it or after it in its sentence (of s[0, len)), and no year but
 * targets_year - 1: that region's GDP of the year before,
 * read so (its period that year, actual), or read of targets_year in the
 * news of a session (session: the text is one).  f becomes it, a headline
 * row of the region; 1 when it did (lp_roundup_result.c).
 */
int			lp_roundup_result(lp_facts *out, lp_fact *f, const char *s, size_t len,
							  size_t name, size_t n, size_t p, int targets_year, int session);

/*
 * The target out->items[i] just given the region opening its clause
 * (s[name], lp_roundup_target) when the clause lists more regions before
 * the figure at p ("江苏、山东均为5%以上", "甘肃和湖北定在5.5%左右"): a fact a
 * region.  A subject naming one of them (a 均 list read item by item: "山东")
 * is that region's; otherwise a copy of the fact for each region after the
 * first is noted in copies, and lp_region_copies_place puts each right after
 * its fact once the facts have been read (in one pass: inserting each copy
 * at once moved every later fact, quadratic on a long roundup).
 */
typedef struct lp_region_copies
{
	size_t	   *of;				/* the fact copied, ascending */
	const char **region;		/* the copy's region (pooled) */
	size_t		n,
				cap;
} lp_region_copies;

void		lp_roundup_shared_regions(lp_region_copies *copies, lp_facts *out, size_t i,
									  const char *s, size_t name, size_t p);
void		lp_region_copies_place(lp_region_copies *copies, lp_facts *out);

/*
 * The target out->items[i] just given "the rest" (s[name], words.tsv
 * region_rest: "其余省份为6%左右") in a sentence that lists regions before it
 * ("重庆、甘肃、河南…12个省区市目标同时锚定6%，…重庆为6%以上，甘肃、河南为6%，"):
 * the regions of that list not named after it, the first its own, a copy of
 * it noted for each other; 0 when the sentence lists none or names them all.
 */
int			lp_roundup_rest_regions(lp_region_copies *copies, lp_facts *out, size_t i,
									const char *s, size_t name);

/*
 * The figures of a 分别 list, out->items[from..], one indicator and period,
 * as many as the regions listed before the 分别 in their sentence (or in the
 * sentence before, when theirs opens with a count of them: 三地, 两省): each
 * its region, in order ("西藏、重庆、贵州…。三地…分别为11.5%、10.7%和10.5%").
 * Figures of no indicator are given regions when the sentence names the
 * growth target before its 分别, or when they are GDP of the year before
 * (yr: the text's region and years, lp_roundup_result.c).
 */
typedef struct lp_roundup_year
{
	const char *own;			/* the text's region, "" or NULL when none */
	int			targets_year;	/* the year the text speaks from, 0 if unknown */
	int			session;		/* the text is news of a session */
} lp_roundup_year;

void		lp_roundup_listed_regions(lp_facts *out, size_t from, const char *text,
									  const lp_line *lines, size_t nlines,
									  const lp_roundup_year *yr);

/*
 * lp_roundup_result's parts: is the figure f, with the year named before
 * it (0: none), of the year before targets_year; does s[a, p) name GDP
 * (read back at most LP_MAX_LOOKBACK); make f that region's GDP of the year
 * before, actual, a headline row.
 */
/*
 * A roundup of regions' results of a part of the year, in a text of no region
 * of its own ("前三季度…江苏…达10.28万亿元", "湖北增速为6%"): f, a GDP figure
 * (level in 元 or growth) of a part of a year, heading no list of places and
 * naming no other year or target, is the region's (s[name, name + n)) GDP of
 * that part, a headline row of the region; 1 when it is.
 */
int			lp_roundup_part_result(lp_facts *out, lp_fact *f, const char *s, size_t len,
								   size_t name, size_t n, size_t p);
int			lp_roundup_result_year(const lp_fact *f, int named, int targets_year, int session);
int			lp_roundup_names_gdp(const char *s, size_t a, size_t p);
/* A 分别 list of a part of the year's GDP growths of regions listed before (lp_roundup_result.c). */
int			lp_roundup_part_results_listed(lp_facts *out, size_t i, int n, const char *s, size_t a,
										   size_t fb);
void		lp_roundup_result_set(lp_facts *out, lp_fact *f, int targets_year);

#endif
