/*
 * lp_quantity_lost.c — percent signs a copy lost.  Document-sharing sites
 * and their PDF-to-text copies drop the % after a rate ("比上年增长12.5；",
 * "分别比上年增长 21 和 9.4。"): a bare figure right after a comparison
 * (words.tsv percent_lost_lead), or after such a figure and 和/、, that ends
 * its clause (or is followed by 和/、 and another bare figure) is a rate.
 * A figure with any unit, magnitude or Chinese numeral is left alone.
 */
#include "lp.h"
#include "lp_qty.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/* p moved back over ASCII blanks, not before ls */
static size_t
blanks_before(const char *s, size_t ls, size_t p)
{
	while (p > ls && s[p - 1] == ' ')
		p--;
	return p;
}

static size_t
blanks_after(const char *s, size_t len, size_t p)
{
	while (p < len && s[p] == ' ')
		p++;
	return p;
}

/* Does 和 or 、 end s[.., p)?  Its length, or 0. */
static size_t
joiner_before(const char *s, size_t ls, size_t p)
{
	if (p >= ls + 3 && (memcmp(s + p - 3, "和", 3) == 0 || memcmp(s + p - 3, "、", 3) == 0))
		return 3;
	return 0;
}

/* Is s[p] the end of a clause (，；。,; a line break or the text's end)? */
static int
clause_end_at(const char *s, size_t len, size_t p)
{
	return p >= len || s[p] == ',' || s[p] == ';' || s[p] == '\n' ||
		lp_at(s, len, p, "，") || lp_at(s, len, p, "；") || lp_at(s, len, p, "。");
}

/* Does a comparison lead end s[ls, p), or a lead, a bare figure and 和/、? */
static int
lead_before(const char *s, size_t ls, size_t p)
{
	size_t		j;

	p = blanks_before(s, ls, p);
	if (lp_words_suffix(LP_W_PERCENT_LOST_LEAD, s + ls, p - ls) > 0)
		return 1;
	if ((j = joiner_before(s, ls, p)) == 0)
		return 0;
	p = blanks_before(s, ls, p - j);
	if (p == ls || !(s[p - 1] >= '0' && s[p - 1] <= '9'))
		return 0;
	while (p > ls && ((s[p - 1] >= '0' && s[p - 1] <= '9') || s[p - 1] == '.'))
		p--;
	p = blanks_before(s, ls, p);
	return lp_words_suffix(LP_W_PERCENT_LOST_LEAD, s + ls, p - ls) > 0;
}

/* Does the figure end its clause, or go on with 和/、 and a bare figure? */
static int
clause_ends_after(const char *s, size_t len, size_t p)
{
	lp_num		next;
	size_t		ul;

	p = blanks_after(s, len, p);
	if (clause_end_at(s, len, p))
		return 1;
	if (!(lp_at(s, len, p, "和") || lp_at(s, len, p, "、")))
		return 0;
	p = blanks_after(s, len, p + 3);
	return lp_num_read(s, len, p, &next) && next.has_digit && !next.has_cn && !next.mag[0] &&
		lp_unit_at(s, len, next.end, &ul) == NULL && clause_end_at(s, len, blanks_after(s, len, next.end));
}

void
lp_q_percent_lost(lp_qmention *m)
{
	if (m->lenient || m->u != NULL || m->is_range || m->n.mag[0] || m->n.has_cn || !m->n.has_digit ||
		m->n.value_hi[0] || m->n.approx || m->n.percent_word || m->c - m->sign <= m->ls)
		return;
	if (!lead_before(m->text, m->ls, m->c - m->sign) || !clause_ends_after(m->text, m->len, m->e))
		return;
	m->b.unit = m->u = lp_unit_lookup("%", 1);
}
