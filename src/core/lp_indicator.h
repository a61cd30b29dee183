/*
 * lp_indicator.h — canonical indicator codes from the names and aliases in
 * src/data/indicators.tsv, and from the rows users add to
 * luohuplan.indicators (lp_indicator_set_user).
 */
#ifndef LP_INDICATOR_H
#define LP_INDICATOR_H

#include <stddef.h>

/*
 * Code of the indicator whose name or alias ends the subject s[0..len)
 * (longest match), or NULL.  Chinese noun phrases put their head last:
 * "城镇居民登记失业率" is an unemployment rate, "税收亿元楼" is not tax revenue.
 * A word after the name that names nothing ("城镇调查失业率平均",
 * indicator_words.tsv) is passed over; spaces, full-width Latin letters and
 * digits and the case of Latin letters do not matter (万元 ｇｄｐ 能耗).
 * NULL too when the words before the name make it a part (原油等大宗商品进口,
 * 非房地产开发投资: words.tsv part_marker).
 */
const char *lp_indicator_by_suffix(const char *s, size_t len);

/*
 * The name or alias that ends s, whatever stands before it (no part_marker
 * test), and *n the bytes from its start to the end of s (so the name
 * starts at s + len - *n).
 */
const char *lp_indicator_suffix(const char *s, size_t len, size_t *n);

/*
 * Does a name end s with a word before it that makes it a part (a narrow
 * word of indicator_words.tsv: "黑色金属冶炼和压延加工业增加值")?
 */
int			lp_indicator_narrowed(const char *s, size_t len);

/*
 * Could a name or alias (or a flow word before one) start s[0, len)?  0
 * only when none can: s opens with a hanzi no name starts with.  Then no
 * lp_indicator_suffix of a text starting there spans all of it.
 */
int			lp_indicator_may_open(const char *s, size_t len);

/*
 * The bytes of s[0, len) a name spanning a whole text that starts with
 * them may reach: no lp_indicator_suffix of s[0, j) and words after, for
 * j > the answer, spans all of it.  len when nothing is proven.
 */
size_t		lp_indicator_open_reach(const char *s, size_t len);

/* Code of the indicator whose name or alias starts s (longest), or NULL; *n its length. */
const char *lp_indicator_by_prefix(const char *s, size_t len, size_t *n);

/*
 * Code of a mention whose subject is s[a, b), with the text of its clause
 * before the subject in s[from, a): lp_indicator_by_suffix of the subject,
 * except that a flow word (新增, 新认定, … in indicator_words.tsv) right
 * before the name — in the subject or just before it — gives the flow code
 * of a stock: "新认定国家高新技术企业114家" is new_high_tech_firms (flow_of
 * high_tech_firms), "国家高新技术企业总数450家" high_tech_firms.  The
 * extractor strips such words from subjects, so it passes the clause here.
 * *n (may be NULL): bytes from the start of the name (or of the flow word)
 * to b.
 */
const char *lp_indicator_mention(const char *s, size_t from, size_t a, size_t b, size_t *n);

/*
 * Can a count (家, 户, 个, 项, 人: dimension count) be a level of code?  0
 * when its default unit in indicators.tsv is money, a rate or a price
 * (亿元, %, ‰, 元/人): "其中工业6家、建筑业24家" counts firms of the
 * sectors, not their value added.  1 for a count indicator (enterprises
 * 家), a user's row (no default unit) and an unknown code.
 */
int			lp_indicator_counts(const char *code);

/* The default unit of code as indicators.tsv writes it ("亿元", "元"), or NULL (lp_indicator_row.c). */
const char *lp_indicator_default_unit(const char *code);

/* An indicator row of a user (a row of luohuplan.indicators with user_defined). */
typedef struct lp_indicator_def
{
	const char *code;
	const char *name_zh;		/* may be NULL */
	const char *const *aliases; /* n_aliases names; "=名" and "甲*乙" as in indicators.tsv */
	size_t		n_aliases;
	const char *flow_of;		/* code of the stock this flow adds to, or NULL */
} lp_indicator_def;

/*
 * Replace the user rows the matcher knows by defs[0..n) (copied).  They
 * are matched like shipped rows, and win: a user row with a shipped code
 * replaces that row, a user alias equal to a shipped one wins over it (a
 * user can teach 家庭病床 → a code of their own).  n = 0 drops them.
 * Returns 0, or -1 when out of memory (the catalogue is left as it was).
 */
int			lp_indicator_set_user(const lp_indicator_def *defs, size_t n);

/*
 * Check the embedded indicators.tsv and indicator_words.tsv: ten columns,
 * codes of lower-case letters, digits and _, each code once, flow_of and
 * part_of naming codes of the file, direction lower/higher/empty, no name
 * under two codes.  0 when sound; else -1 and msg names the file, line and
 * fault.
 */
int			lp_indicator_check_data(char *msg, size_t msgsz);

/* Is t[0, n) a region's name, or 全 and one (全长沙市)? */
int			lp_indicator_region_before(const char *t, size_t n);

/* Is s a list of regions' names only ("海南和江西", "海南、西藏和江西"; lp_indicator_regions.c)? */
int			lp_indicator_regions_only(const char *s);

/* The total code is a part of in indicators.tsv (cod_emissions: pollutant_emissions), or NULL. */
const char *lp_indicator_part_of(const char *code);

/* The code a growth's subject naming a region alone gives ("山西省提出的目标": gdp), or NULL. */
const char *lp_indicator_region_growth_target(const char *subject, size_t n);

/* Number of indicators (rows) and of names and aliases the matcher holds. */
size_t		lp_indicator_count(size_t *n_names);

/*
 * The bytes of a 均 ending a subject s[0, len) before its verb, 3 or 0: "…，民间
 * 投资均增长11%以上" (one name before 均, the others of its list parted by ，):
 * 均 is no part of the name when the rest names an indicator and the subject
 * holds no 、 list of its own; 年均, 人均 and 平均 are kept (their words).
 */
size_t		lp_indicator_all_same_tail(const char *s, size_t len);

#endif
