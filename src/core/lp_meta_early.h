/*
 * lp_meta_early.h — texts dated early in a year that report the year before
 * (lp_meta_early.c), for lp_meta.c.
 */
#ifndef LP_META_EARLY_H
#define LP_META_EARLY_H

#include "lp.h"

#include <stddef.h>

/*
 * A January or February wire dateline ("本报太原1月14日电") over a head
 * head[0, hlen) stating a year's whole results: m's text speaks from the
 * year after its period (sets m->doc_year).
 */
void		lp_meta_early_wire_dateline(const char *text, size_t len, lp_meta *m,
										const char *head, size_t hlen);

/*
 * A press conference of January to March on a year's results, in the
 * text's first lines ("1月20日，市政府新闻办召开新闻发布会，…介绍2025年全市经济
 * 运行情况"): a sentence opening with the day (no year), naming the
 * conference (words.tsv conference) and m's period year, then what it
 * reports on (conference_reviews): the text speaks from the year after
 * (sets m->doc_year; 今年 is that year).  So does such a sentence opening
 * otherwise whose clause after the year opens with 去年 ("从市政府召开的2031年
 * 国民经济形势新闻发布会上了解到，去年，全市…"; not 比去年).
 */
void		lp_meta_early_conference(const char *text, size_t len, lp_meta *m);

/*
 * A head head[0, hlen) that names 去年 and then opens a sentence with the
 * year its period gives ("汤祚国：去年以来，…。2017年，我市…全市实现地区生产
 * 总值…"): 去年 is that year, the text speaks from the year after (sets
 * m->doc_year).  Not a head stating targets.
 */
void		lp_meta_early_last_year_then(lp_meta *m, const char *head, size_t hlen);

/*
 * lp_meta_early_last_year_then on m's title, then a head of text that states
 * a named year's whole result and later a part of 今年 ("2029年实现地区生产总值
 * …。今年上半年，…"): the text speaks from the year after (sets m->doc_year).
 */
void		lp_meta_early_years_named(lp_meta *m, const char *text, size_t len);

/*
 * A page whose period its publication date gave (basis), dated early in the
 * year over last year's results: m's period becomes the year before.
 */
void		lp_meta_early_publication(const char *text, size_t len, lp_meta *m,
									  lp_period_basis basis);

/*
 * A page whose period its publication date gave (basis) and whose first
 * paragraph opens with the year before ("2017年，全市上下…"): m's period
 * becomes that year.
 */
void		lp_meta_early_opening_year(const char *text, size_t len, lp_meta *m,
									   lp_period_basis basis);

/*
 * "今年（2024年）…" in a prose title: the year the gloss gives 今年, the one
 * the text speaks from (it reports the year before); 0 if t's first year is
 * no such gloss.
 */
int			lp_meta_early_glossed_year(const char *t);

/*
 * A news page or release dated by a bare year (publication, title, first
 * year) whose first figure is of a part from January ("一季度全省生产总值
 * 7065.7亿元"): m's period becomes that part (lp_meta_part.c).
 */
void		lp_meta_first_figure_part(const char *text, size_t len, lp_meta *m);

/*
 * A page naming no year whose first figures name no time, the lead of an
 * e-paper story ("实现地区生产总值612.38亿元，同比增长4.7%" ⏎ "…。初步统计，
 * 前三季度蔬菜产量增长4.5%"): the part from January the first figure naming
 * a time names, within its first three sentences with a figure ("YQ1-3"), or
 * a lead sentence with no figure before them names ("今年上半年，全市经济保持
 * 平稳运行"); "" if none, or if that is the first figure (lp_mention_period.c
 * reads that).
 */
void		lp_release_part_ahead(const char *text, size_t len, char *part, size_t partsz);

/*
 * A head line text[s, e) naming one later quarter beside its figure
 * ("三季度全市地区生产总值同比增长5.1%") over a release whose first figure after
 * it names the part from January up to that quarter ("前三季度…1860亿元"):
 * the release reports that part, the head's figure is the quarter's own.
 * 1 and the part's suffix in part ("Q1-3"; "" for 全年 under 四季度), else 0.
 */
int			lp_head_quarter_whole(const char *text, size_t len, size_t s, size_t e,
								  char *part, size_t partsz);

#endif
