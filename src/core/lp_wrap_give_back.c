/*
 * lp_wrap_give_back.c — facts read from lines joined at the page width
 * given back to the lines they stand on.
 *
 * A fact points to the line its mention starts on, its span within that
 * line; it keeps the first line of the joined lines it was read from
 * (lp_fact.read_line), so the stages after reading that ask whether two
 * facts were told on one line ("全年地区生产总值增长5.8%，…，社会消费⏎品零售
 * 总额增长5.5%，…⏎分别增长4.9%和6.6%": one line of results as written) see
 * the line as it was read, not the pieces a page width cut it into.
 */
#include "lp.h"
#include "lp_wrap.h"

void
lp_wrap_give_back(const lp_wrap_join *j, lp_facts *out)
{
	size_t		fi,
				k = 0;

	for (fi = j->first_fact; fi < out->n; fi++)
	{
		lp_fact    *f = &out->items[fi];
		int			shift;

		while (k + 1 < j->nseg && j->seg_char[k + 1] <= f->span_start)
			k++;
		while (k > 0 && j->seg_char[k] > f->span_start)
			k--;
		shift = j->seg_char[k] - j->seg_lead[k];
		f->line = j->seg_line[k];
		f->read_line = j->seg_line[0];
		/* a mention across the wrap is cut at the end of its line */
		if (k + 1 < j->nseg && f->span_end > j->seg_char[k + 1])
			f->span_end = j->seg_char[k + 1];
		f->span_start -= shift;
		f->span_end -= shift;
	}
}
