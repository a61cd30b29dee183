/*
 * lp_headline_task.c — the targets a work report (or a plan) sets inside the
 * year's tasks, after its list of main targets (h-read290): "加大研发投入，
 * 全社会研发经费支出占生产总值比重提高到1.56%" under "（四）…" of
 * "三、2019年重点任务".  The list hid every figure of its period and status
 * as body below it; a goal of the tasks naming an indicator the list does not
 * state is one of the year's targets (HEADLINE_SPEC: the targets of a whole
 * report are the list and the goals of the tasks after it).
 */
#include "lp.h"
#include "lp_fact.h"
#include "lp_headline.h"
#include "lp_words.h"

#include <string.h>

/* the keys remembered: the lists' targets, then the tasks' kept (more: none kept) */
#define TASK_KEYS_MAX 256

void
lp_headline_mark_tasks(lp_facts *out, size_t first)
{
	size_t		i;

	for (i = first; i < out->n; i++)
		out->items[i].in_tasks = 1;
}

/* Does one of keys[0, n) state f's indicator and measure for its period and status? */
static int
stated_by(const lp_fact **keys, int n, const lp_fact *f)
{
	int			k;

	for (k = 0; k < n; k++)
		if (keys[k]->indicator == f->indicator && keys[k]->measure == f->measure &&
			lp_headline_same_period_status(keys[k], f))
			return 1;
	return 0;
}

/*
 * Can f, read in the tasks, be a target of its own beside the lists?  Not a
 * goal its clause sets over years ("力争通过3年努力，培育…上市企业10家以上").
 */
static int
task_target(const lp_fact *f)
{
	return f->in_tasks && f->headline == LP_HEADLINE_CANDIDATE && !f->summary &&
		f->status == LP_STATUS_TARGET && f->indicator != NULL &&
		(f->measure == LP_MEASURE_LEVEL || f->measure == LP_MEASURE_GROWTH ||
		 f->measure == LP_MEASURE_SHARE) &&
		!(f->evidence && lp_words_any(LP_W_TASK_OVER_YEARS, f->evidence, strlen(f->evidence)));
}

static void
forget_tasks(lp_facts *out)
{
	size_t		i;

	for (i = 0; i < out->n; i++)
		out->items[i].in_tasks = 0;
}

/*
 * Keep the mark of the tasks on the first target of each key the lists of
 * targets do not state (a goal restated in the tasks, "实际利用外资增长5%"
 * after the list's, is the list's; a second goal of one key is the body's).
 */
void
lp_headline_task_targets(lp_facts *out)
{
	const lp_fact *keys[TASK_KEYS_MAX];
	int			n = 0;
	size_t		i;

	for (i = 0; i < out->n; i++)
	{
		const lp_fact *g = &out->items[i];

		if (!g->summary || g->status != LP_STATUS_TARGET || g->indicator == NULL)
			continue;
		if (n == TASK_KEYS_MAX)
		{
			forget_tasks(out);
			return;
		}
		keys[n++] = g;
	}
	for (i = 0; i < out->n; i++)
	{
		lp_fact    *f = &out->items[i];

		if (!f->in_tasks)
			continue;
		f->in_tasks = task_target(f) && !stated_by(keys, n, f) && n < TASK_KEYS_MAX;
		if (f->in_tasks)
			keys[n++] = f;
	}
}
