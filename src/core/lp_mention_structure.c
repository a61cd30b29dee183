/*
 * lp_mention_structure.c — the three sectors' shares stated as the structure
 * of the economy: "产业结构构成由上年的22.3%、28.6%和49.1%调整为21.4%、
 * 27.9%和50.7%", "三次产业结构为8.2%、53.9%、37.9%".  The list of three
 * percentages the structure is set to (为, 调整为, 调整到) holds the shares of
 * the first, second and third sectors' value added, in that order; the list
 * it came from (由上年的…) is the year before's and is left as read.  A
 * ratio without percent signs (8.2:53.9:37.9) is no list of shares here.
 * Part of lp_mention_read (lp_mention.c).
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_mention.h"
#include "lp_mention_int.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

/*
 * The structure word is looked for in the STRUCT_WINDOW bytes before a
 * figure, and its lists in as many after the word: a long clause of many
 * figures is read in bounded windows (linear in the line).
 */
#define STRUCT_WINDOW 240

/* The end of a number of ASCII digits (and a decimal point) at i, or i. */
static size_t
digits_end(const char *s, size_t len, size_t i)
{
	size_t		j = i;

	while (j < len && ((s[j] >= '0' && s[j] <= '9') || (j > i && s[j] == '.')))
		j++;
	return j;
}

/* Does s[a, b) end with a word setting the structure to what follows (为, 到)? */
static int
sets_structure(const char *s, size_t a, size_t b)
{
	return b >= a + 3 && (lp_at(s, b, b - 3, "为") || lp_at(s, b, b - 3, "到") ||
						  lp_at(s, b, b - 3, "至"));
}

/*
 * The place k (0, 1, 2) of m's value in a list of three percentages that
 * the structure named in s[from, …) is set to, or -1.  A list is a run of
 * percentages joined by 、 和 及; another figure in the clause refuses all.
 */
static int
place_in_structure(const lp_mention *m, size_t from)
{
	const char *s = m->s;
	size_t		i = from,
				lead = from,
				list_start = from;
	int			n = 0,
				k = -1,
				in_list = 0;

	size_t		end = from + 2 * STRUCT_WINDOW < m->slen ? from + 2 * STRUCT_WINDOW : m->slen;

	while (i < end)
	{
		int			cl;
		uint32_t	cp = lp_utf8_next(s + i, end - i, &cl);
		size_t		j;

		if (lp_is_clause_end(cp))
			break;
		if (cp >= '0' && cp <= '9')
		{
			j = digits_end(s, m->slen, i);
			if (j >= m->slen || s[j] != '%')
				return -1;		/* another figure: not a list of shares */
			if (!in_list)
			{
				if (k >= 0)
					break;
				list_start = i;
				n = 0;
				in_list = 1;
			}
			if (i == m->q->num_start)
				k = n;
			if (++n > 3)
				return -1;		/* more than the three sectors */
			i = j + 1;
			continue;
		}
		if (in_list && !(lp_is_list_sep(cp) || lp_at(s, m->slen, i, "和") ||
						 lp_at(s, m->slen, i, "及")))
		{
			in_list = 0;
			if (k >= 0)
				break;
			lead = i;
		}
		i += cl;
	}
	if (k < 0 || n != 3 || !sets_structure(s, lead, list_start))
		return -1;
	return k;
}

void
lp_mention_sector_structure(lp_mention *m)
{
	static const char *const sector[3] = {"第一产业增加值", "第二产业增加值", "第三产业增加值"};
	size_t		wl = 0,
				a = m->clause_start;
	long		at;
	int			k;

	if (strcmp(m->q->unit, "%") != 0 || m->q->num_start <= a)
		return;
	if (m->q->num_start - a > STRUCT_WINDOW)
	{
		a = m->q->num_start - STRUCT_WINDOW;
		while (a < m->q->num_start && (((unsigned char) m->s[a]) & 0xC0) == 0x80)
			a++;				/* (at a character's first byte) */
	}
	at = lp_words_find(LP_W_SECTOR_STRUCTURE, m->s + a, m->q->num_start - a, &wl);
	if (at < 0)
		return;
	k = place_in_structure(m, a + (size_t) at + wl);
	if (k < 0)
		return;
	lp_copy_str(m->subject, sizeof(m->subject), sector[k]);
	m->subject_start = m->subject_end = 0;
	m->measure.measure = LP_MEASURE_SHARE;
	m->measure.negative = 0;
	m->listed = 1;
}
