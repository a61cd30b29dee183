/*
 * lp_meta_roundup.h — a head rounding up many regions (lp_meta_roundup.c).
 */
#ifndef LP_META_ROUNDUP_H
#define LP_META_ROUNDUP_H

#include <stddef.h>

/* Does s[0, len) name ten or more provinces counted ("31省份", "31个省区市")? */
int			lp_head_rounds_up_regions(const char *s, size_t len);

/*
 * Is text[0, len) with its head (title and date line) head[0, head_len) a
 * roundup of several regions: words of one in the head (words.tsv
 * head_roundup: 多省份, 各地, 成绩单) and three or more distinct provinces
 * each opening a clause of its first paragraphs with a figure ("湖西全省
 * 地区生产总值增长5.6%；滨海…；云岭…")?
 */
int			lp_text_rounds_up_regions(const char *head, size_t head_len,
									  const char *text, size_t len);

#endif
