/*
 * heading_shapes.c — the heading shapes of src/data/heading_shapes.tsv as
 * lp_parse_sections reads them: one line each, its level, numbering and
 * ordinal, and lines that look like headings but are none.
 */
#include "lp.h"
#include "tap.h"

#include <string.h>

typedef struct shape_case
{
	const char *line;
	int			level;			/* 0: no heading */
	const char *numbering;
	int			ordinal;
} shape_case;

static const shape_case cases[] = {
	{"一、总体情况", 1, "一、", 1},
	{"十二、其他事项", 1, "十二、", 12},
	{"（三）稳定增长", 2, "（三）", 3},
	{"(四)扩大内需", 2, "(四)", 4},
	{"（ 五 ）留有空格", 2, "（ 五 ）", 5},
	{"2.推进改革", 3, "2.", 2},
	{"3、加快建设", 3, "3、", 3},
	{"4．全角句点", 3, "4．", 4},
	{"（2）具体措施", 4, "（2）", 2},
	{"(3)具体措施", 4, "(3)", 3},
	{"①第一项", 5, "①", 1},
	{"⑳第二十项", 5, "⑳", 20},
	{"  二、行首有空格", 1, "  二、", 2},
	/* lost bytes before the tail of （二）: level 2, number from the sequence */
	{"??）被损坏的标题", 2, "??）", 1},
	/* look like headings, are none */
	{"1.5亿元投资完成", 0, "", 0},
	{"100、超过九十九", 0, "", 0},
	{"一．中文数字后的全角句点", 0, "", 0},
	{"三 、数字与顿号之间有空格", 0, "", 0},
	{"（1没有右括号", 0, "", 0},
};

int
main(void)
{
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		const shape_case *c = &cases[i];
		lp_sections secs;
		lp_error	err;
		char		text[256];
		int			level = 0,
					ordinal = 0;
		const char *numbering = "";

		/* the line after a block end, so a short plain line could be a heading too */
		snprintf(text, sizeof(text), "%s\n", c->line);
		memset(&secs, 0, sizeof(secs));
		lp_parse_sections(text, strlen(text), &secs, &err);
		if (secs.n > 0 && secs.items[0].numbering[0])
		{
			level = secs.items[0].level;
			numbering = secs.items[0].numbering;
			ordinal = secs.items[0].ordinal;
		}
		TAP_OK(level == c->level && strcmp(numbering, c->numbering) == 0 && ordinal == c->ordinal,
			   "%s: level %d, \"%s\", %d (got %d, \"%s\", %d)", c->line, c->level, c->numbering,
			   c->ordinal, level, numbering, ordinal);
		lp_sections_free(&secs);
	}
	return TAP_DONE();
}
