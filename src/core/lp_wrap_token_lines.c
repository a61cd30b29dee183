/*
 * lp_wrap_token_lines.c — text drawn one run a line.
 *
 * Some document-sharing sites give a PDF's text one run of characters a
 * line, the figures apart from their names and units:
 *   "一般公共预算收入" / "125.6" / "亿元，增长" / "4.2%" / "。"
 *   "规模以上工业增加值" / "增长" / "3%"
 * A number alone on its line between a line ending inside a sentence on a
 * character and a line opening with its unit is the value, not a page's
 * number; the name before it goes on with it, as a name goes on with a
 * verb of a value alone on its line when the figure follows.
 */
#include "lp.h"
#include "lp_indicator.h"
#include "lp_qty.h"
#include "lp_text.h"
#include "lp_words.h"
#include "lp_wrap_int.h"

#include <string.h>

/* The trimmed line li, 0 when blank or past the end. */
static int
line_at(const char *text, const lp_line *lines, size_t nlines, size_t li, const char **s,
		size_t *a, size_t *b)
{
	if (li >= nlines)
		return 0;
	*s = text + lines[li].start;
	*a = 0;
	*b = lines[li].end - lines[li].start;
	lp_trim(*s, a, b);
	return *a < *b;
}

/* Is s[a, b) a number alone ("862", "125.6", a range of months "1—10"), twelve bytes at most? */
static int
number_only(const char *s, size_t a, size_t b)
{
	size_t		i = a;

	if (b - a > 12 || s[a] < '0' || s[a] > '9')
		return 0;
	while (i < b)
		if ((s[i] >= '0' && s[i] <= '9') || s[i] == '.' || s[i] == '-')
			i++;
		else if (lp_at(s, b, i, "—"))
			i += 3;
		else
			return 0;
	return s[b - 1] >= '0' && s[b - 1] <= '9';
}

/* Does n[na, nb) open with the unit of a figure (亿元, %, 万吨) or a date's 年, 月? */
static int
opens_with_unit(const char *n, size_t na, size_t nb)
{
	size_t		ulen;

	if (n[na] == '%' || lp_at(n, nb, na, "年") || lp_at(n, nb, na, "月"))
		return 1;
	return (lp_magnitude_at(n, nb, na, &ulen) || lp_unit_at(n, nb, na, &ulen)) &&
		lp_nonquantity_at(n, nb, na, LP_NQ_AFTER) <= ulen;
}

/* Does s[a, b) end inside a sentence on a character (not a figure, not 。；)? */
static int
ends_on_a_word(const char *s, size_t a, size_t b)
{
	return (unsigned char) s[b - 1] >= 0x80 && !lp_wrap_ends_sentence(s, a, b);
}

/* Does s[a, b) hold only a verb of a value ("增长", "下降")? */
static int
verb_only(const char *s, size_t a, size_t b)
{
	size_t		k = lp_words_prefix(LP_W_GROWTH, s + a, b - a);

	if (k == 0)
		k = lp_words_prefix(LP_W_DECLINE, s + a, b - a);
	return k > 0 && k == b - a;
}

/*
 * Is line li a run of such a text, no page's number or running header
 * however often it comes back ("增长", "亿元，增长")?  A number between a
 * word and its unit (or over a month's 月), a unit after a number, a verb
 * before a figure, or a figure after its verb.
 */
int
lp_wrap_token_line(const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	const char *p = NULL,
			   *s,
			   *n = NULL;
	size_t		pa = 0,
				pb = 0,
				a,
				b,
				na = 0,
				nb = 0;
	int			has_prev,
				has_next;

	if (!line_at(text, lines, nlines, li, &s, &a, &b))
		return 0;
	has_prev = li > 0 && line_at(text, lines, nlines, li - 1, &p, &pa, &pb);
	has_next = line_at(text, lines, nlines, li + 1, &n, &na, &nb);
	if (number_only(s, a, b))
		return has_next && (lp_at(n, nb, na, "月") ||
							(has_prev && ends_on_a_word(p, pa, pb) && opens_with_unit(n, na, nb)));
	if (verb_only(s, a, b))
		return has_next && n[na] >= '0' && n[na] <= '9';
	if (!has_prev)
		return 0;
	if (s[a] >= '0' && s[a] <= '9')
		return lp_words_suffix(LP_W_GROWTH, p + pa, pb - pa) > 0 ||
			lp_words_suffix(LP_W_DECLINE, p + pa, pb - pa) > 0;
	return number_only(p, pa, pb) && opens_with_unit(s, a, b);
}

int
lp_wrap_goes_on_to_token(const char *text, const lp_line *lines, size_t nlines, size_t li)
{
	const char *s,
			   *n,
			   *t;
	size_t		a,
				b,
				na,
				nb,
				ta,
				tb;

	if (!line_at(text, lines, nlines, li, &s, &a, &b) || !line_at(text, lines, nlines, li + 1, &n, &na, &nb))
		return 0;
	/* "1—10" / "月份，…" */
	if (number_only(s, a, b) && lp_at(n, nb, na, "月"))
		return 1;
	if (!ends_on_a_word(s, a, b) || !line_at(text, lines, nlines, li + 2, &t, &ta, &tb))
		return 0;
	/* "一般公共预算收入" / "125.6" / "亿元" */
	if (number_only(n, na, nb))
		return opens_with_unit(t, ta, tb);
	/* "规模以上工业增加值" / "增长" / "3%" */
	return verb_only(n, na, nb) && t[ta] >= '0' && t[ta] <= '9' &&
		lp_indicator_by_suffix(s + a, b - a) != NULL;
}
