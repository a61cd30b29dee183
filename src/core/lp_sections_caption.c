/*
 * lp_sections_caption.c — a news page's part caption: a role's word, a year
 * and a colon before a slogan ("回顾2028：奋楫争先，交出答卷", "展望2029年：
 * 乘势而上").  The line heads the paragraphs under it and names their year,
 * though a colon and a comma make it no plain title (lp_sections.c asks).
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_sections_caption.h"
#include "lp_text.h"
#include "lp_words.h"

#define CAPTION_BYTES (30 * 3)	/* a caption: 30 hanzi at most */

int
lp_role_year_caption(const char *s, size_t len)
{
	size_t		i,
				n;
	int			y;

	/* cheap byte test first: a caption is short and opens with a hanzi */
	if (len > CAPTION_BYTES || len < 12 || ((unsigned char) s[0]) < 0xE0)
		return 0;
	n = lp_words_prefix(LP_W_ROLE_REVIEW, s, len);
	if (n == 0)
		n = lp_words_prefix(LP_W_ROLE_TARGETS, s, len);
	if (n == 0 || n + 5 > len || (y = lp_year_digits(s + n)) == 0)
		return 0;
	i = n + 4;
	if (lp_at(s, len, i, "年"))
		i += 3;
	if (lp_at(s, len, i, "："))
		i += 3;
	else if (i < len && s[i] == ':')
		i++;
	else
		return 0;
	/* a slogan after it: words, no figure, no sentence's end */
	if (i >= len || lp_has_digit(s + i, len - i) ||
		lp_find3(s + i, len - i, "。") || lp_find3(s + i, len - i, "；"))
		return 0;
	return y;
}
