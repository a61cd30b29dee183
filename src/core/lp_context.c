/*
 * lp_context.c — the document model the extractor reads mentions in.
 *
 * A report's sections say what their facts are: a review of "2023年上半年"
 * states 2023H1 actuals, "主要预期目标" states targets (for the next year when
 * the report reviews a whole year).  Its summary lists ("——地区生产总值增长
 * 8.0%；", or the items after "主要预期目标是：") state its headline
 * indicators.  Issue 14 grows this into parts of a report and target lists.
 */
#include "lp.h"
#include "lp_clause.h"
#include "lp_context.h"
#include "lp_text.h"
#include "lp_words.h"

#include <string.h>

#define MAX_DEPTH 8				/* sections open around a line, at most */
#define MAX_ITEM_CHARS 48		/* an undashed list item is a short line */

/* The sections open around a line, outermost first. */
typedef struct open_sections
{
	long		at[MAX_DEPTH];	/* indexes into the sections */
	int			depth;
	size_t		next;			/* the first section not opened yet */
} open_sections;

/* Open the sections starting at line li, close those that ended before it. */
static void
open_sections_at(open_sections *o, const lp_sections *secs, size_t li)
{
	while (o->next < secs->n && (size_t) secs->items[o->next].line_start == li + 1)
	{
		while (o->depth > 0 && secs->items[o->at[o->depth - 1]].level >= secs->items[o->next].level)
			o->depth--;
		if (o->depth < MAX_DEPTH)
			o->at[o->depth++] = (long) o->next;
		o->next++;
	}
	while (o->depth > 0 && (size_t) secs->items[o->at[o->depth - 1]].line_end < li + 1)
		o->depth--;
}

/* Role and status from the innermost section that has a role. */
static void
line_role(const open_sections *o, const lp_sections *secs, lp_line_ctx *c)
{
	int			d;

	c->role = LP_ROLE_OTHER;
	c->status = LP_STATUS_ACTUAL;
	for (d = o->depth - 1; d >= 0; d--)
	{
		const lp_section *sec = &secs->items[o->at[d]];

		if (sec->role != LP_ROLE_OTHER)
		{
			c->role = sec->role;
			c->status = sec->role == LP_ROLE_REVIEW ? LP_STATUS_ACTUAL : LP_STATUS_TARGET;
			return;
		}
	}
}

/*
 * The period of the innermost section naming one; else the report's, or
 * for targets the targets' period.  Targets for the rest of a year are
 * targets for the year.
 */
static void
line_period(const open_sections *o, const lp_sections *secs, const lp_period_decision *report,
			const lp_period_decision *targets, lp_line_ctx *c)
{
	int			d;
	char	   *h;

	c->period = *report;
	for (d = o->depth - 1; d >= 0; d--)
		if (secs->items[o->at[d]].period[0])
		{
			lp_period_decide(&c->period, secs->items[o->at[d]].period, LP_PERIOD_HEADING);
			break;
		}
	if (d < 0 && c->status == LP_STATUS_TARGET)
		c->period = *targets;
	if (c->status == LP_STATUS_TARGET && (h = strchr(c->period.period, 'H')) != NULL)
		*h = '\0';
}

void
lp_line_contexts(const lp_sections *secs, size_t nlines, const lp_period_decision *report,
				 lp_line_ctx *ctx)
{
	open_sections o;
	lp_period_decision targets;
	size_t		li;

	memset(&o, 0, sizeof(o));
	lp_period_of_targets(secs, report, &targets);
	for (li = 0; li < nlines; li++)
	{
		open_sections_at(&o, secs, li);
		ctx[li].section = o.depth > 0 ? secs->items[o.at[o.depth - 1]].heading : NULL;
		line_role(&o, secs, &ctx[li]);
		line_period(&o, secs, report, &targets, &ctx[li]);
	}
}

static int
ends_with_colon(const char *s, size_t len)
{
	return (len >= 3 && memcmp(s + len - 3, "：", 3) == 0) || (len >= 1 && s[len - 1] == ':');
}

/* Does the line open a summary list of indicators ("…主要指标完成情况：")? */
static int
is_summary_intro(const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				start;

	lp_trim(s, &a, &b);
	if (!(lp_at(s, b, b >= 3 ? b - 3 : b, "：") || (b > a && s[b - 1] == ':')))
		return 0;
	start = lp_after_last(s, b > LP_MAX_LOOKBACK ? b - LP_MAX_LOOKBACK : a, lp_prev_char(s, b),
						  lp_is_sentence_end);
	return lp_words_any(LP_W_SUMMARY_INTRO, s + start, b - start);
}

lp_list_mark
lp_list_mark_at(const char *s, size_t a, size_t b)
{
	/* in the order of lp_list_mark */
	static const lp_word_kind marks[] = {LP_W_LIST_DASH, LP_W_LIST_BULLET, LP_W_LIST_DOT};
	int			k;

	if (a >= b)
		return LP_MARK_NONE;
	k = lp_words_prefix_each(marks, 3, s + a, b - a, NULL);
	return k < 0 ? LP_MARK_NONE : (lp_list_mark) (LP_MARK_DASH + k);
}

int
lp_summary_list_item(lp_summary_list *l, const char *s, size_t slen, size_t a, size_t b,
					 int is_heading)
{
	int			item = 0;

	if (is_summary_intro(s, slen))
	{
		l->open = 2;			/* the intro itself is not an item */
		l->dash_items = 0;
	}
	else if (lp_list_mark_at(s, a, b) == LP_MARK_DASH)
	{
		item = 1;
		l->dash_items = l->open != 0;
	}
	/* a list of "——" items ends with the first line that is not one */
	else if (l->open && !l->dash_items && !is_heading &&
			 lp_utf8_chars(s + a, b - a) <= MAX_ITEM_CHARS && !ends_with_colon(s + a, b - a))
		item = 1;
	else
		l->open = 0;
	if (l->open == 2)
		l->open = 1;
	return item;
}

/* Length of a colon at s[i] (':' or '：'), 0 if none. */
static int
colon_at(const char *s, size_t len, size_t i)
{
	if (s[i] == ':')
		return 1;
	return i + 2 < len && (unsigned char) s[i] == 0xEF && (unsigned char) s[i + 1] == 0xBC &&
		(unsigned char) s[i + 2] == 0x9A ? 3 : 0;
}

/* Byte offset of the first 。 at or after i, or len. */
static size_t
full_stop_from(const char *s, size_t len, size_t i)
{
	while (i < len)
	{
		int			cl;

		if (lp_utf8_next(s + i, len - i, &cl) == 0x3002)
			break;
		i += (size_t) cl;
	}
	return i;
}

size_t
lp_inline_list_find(const char *s, size_t len, lp_inline_list *il)
{
	size_t		i;

	memset(il, 0, sizeof(*il));
	for (i = 0; i < len; i += lp_utf8_step((unsigned char) s[i]))
	{
		int			n = colon_at(s, len, i);
		size_t		start,
					a,
					b = len;

		if (n == 0)
			continue;
		/* the intro is the sentence before the colon; items must follow it */
		start = lp_after_last(s, i > LP_MAX_LOOKBACK ? i - LP_MAX_LOOKBACK : 0, i,
							  lp_is_sentence_end);
		a = i + (size_t) n;
		lp_trim(s, &a, &b);
		if (a < b && lp_words_any(LP_W_SUMMARY_INTRO, s + start, i - start))
		{
			il->from = i + (size_t) n;
			il->to = full_stop_from(s, len, il->from);
			il->names_target = lp_words_any(LP_W_TARGET_MARKER, s + start, i - start);
			return il->from;
		}
	}
	return 0;
}
