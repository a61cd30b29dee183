/*
 * lp_period_lead.c — a sentence's lead that names only a part of the year.
 *
 * A clause after a far semicolon takes the sentence's first clause as its
 * lead (lp_period_sentence.c).  When that clause names a part of the year and
 * states no figure ("一季度考核指标实现八绿二红，半年度主要指标预计向好，
 * 财政收入实现5亿元，…；A…"), the part it names may be superseded by a later
 * clause's before the first figure: the lead runs on to that figure.
 */
#include "lp.h"
#include "lp_period.h"
#include "lp_period_int.h"
#include "lp_text.h"
#include <ctype.h>

/*
 * "到2027年" in s[p, a) up to its first semicolon: the lead [*la, *lb) is
 * that year, reached with 到.
 */
void
lp_period_target_year_lead(const char *s, size_t p, size_t a, size_t *la, size_t *lb)
{
	const char *t;
	size_t		end = p,
				at;

	while (end < a && !lp_at(s, a, end, "；") && s[end] != ';')
		end++;
	for (t = lp_find3(s + p, end - p, "到"); t; t = lp_find3(t + 3, (size_t) (s + end - t - 3), "到"))
	{
		size_t		i = (size_t) (t - s) + 3;

		at = 1;
		if (lp_find_year(s + i, end - i < 16 ? end - i : 16, &at) != 0 && at == 0)
		{
			*la = (size_t) (t - s);
			*lb = i + (((unsigned char) s[i]) < 0x80 ? 4 : 12);
			if (lp_at(s, end, *lb, "年"))
				*lb += 3;
			return;
		}
	}
}

/* Is s[i] the last digit of a figure (not of a year, a date or a range)? */
static int
figure_ends_at(const char *s, size_t i, size_t b)
{
	size_t		n = i + 1;

	if (!isdigit((unsigned char) s[i]) || n >= b)
		return 0;
	if (isdigit((unsigned char) s[n]) || s[n] == '.' || s[n] == '-')
		return 0;
	return !lp_at(s, b, n, "年") && !lp_at(s, b, n, "月") && !lp_at(s, b, n, "日") &&
		!lp_at(s, b, n, "—");
}

void
lp_period_lead_past_part(const char *s, size_t a, size_t la, size_t *lb)
{
	size_t		i;

	if (*lb <= la || lp_has_period_word(s + la, *lb - la) == 0)
		return;
	for (i = la; i < *lb; i++)
		if (figure_ends_at(s, i, *lb))
			return;
	/* on to the comma after the first figure, within the sentence's first part */
	for (i = *lb; i < a && !lp_at(s, a, i, "；") && s[i] != ';'; i++)
		if (figure_ends_at(s, i, a))
		{
			while (i < a && !lp_at(s, a, i, "，") && s[i] != ',' && !lp_at(s, a, i, "；") && s[i] != ';')
				i++;
			*lb = i;
			return;
		}
}
