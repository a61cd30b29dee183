/*
 * structure.c — unit tests of sections, metadata and extraction in the
 * core, on text written for the tests.
 */
#include "lp.h"
#include "tap.h"

#include <stdlib.h>

static const lp_section *
section_at(const lp_sections *s, int line)
{
	size_t		i;

	for (i = 0; i < s->n; i++)
		if (s->items[i].line_start == line)
			return &s->items[i];
	return NULL;
}

static void
test_sections(void)
{
	const char *doc =
		"一、2023年上半年经济运行情况回顾\n"
		"正文。\n"
		"（一）产业发展\n"
		"1.金融业增加值增长5%。\n"
		"（1）银行\n"
		"①存款\n"
		"(二)城市建设\n"
		"\xEF\xBF\xBD）民生保障\n"	/* "（三）" whose first bytes were lost */
		"?（四）治理\n"
		"二、下半年重点工作\n"
		"正文。\n"
		"\n"
		"2024年主要预期目标\n";
	lp_sections s = {0};
	const lp_section *x;

	lp_parse_sections(doc, strlen(doc), &s, NULL);
	x = section_at(&s, 1);
	TAP_OK(x && x->level == 1 && x->ordinal == 1 && x->role == LP_ROLE_REVIEW &&
		   strcmp(x->period, "2023H1") == 0, "一、 is level 1, review, 2023H1");
	x = section_at(&s, 3);
	TAP_OK(x && x->level == 2 && x->ordinal == 1, "（一） is level 2");
	x = section_at(&s, 4);
	TAP_OK(x && x->level == 3 && x->ordinal == 1, "1. is level 3");
	x = section_at(&s, 5);
	TAP_OK(x && x->level == 4, "（1） is level 4");
	x = section_at(&s, 6);
	TAP_OK(x && x->level == 5, "① is level 5");
	x = section_at(&s, 7);
	TAP_OK(x && x->level == 2 && x->ordinal == 2, "(二) with ASCII parentheses is level 2, second");
	x = section_at(&s, 8);
	TAP_OK(x && x->level == 2 && x->ordinal == 3, "damaged heading is the third level-2 heading by its place");
	x = section_at(&s, 9);
	TAP_OK(x && x->level == 2 && x->ordinal == 4, "heading after a lost byte keeps its own number");
	x = section_at(&s, 10);
	TAP_OK(x && x->level == 1 && x->role == LP_ROLE_TASKS, "下半年重点工作 is a tasks section");
	x = section_at(&s, 13);
	TAP_OK(x && x->role == LP_ROLE_TARGETS && strcmp(x->period, "2024") == 0,
		   "an unnumbered part title after a blank line is a targets heading");
	x = section_at(&s, 1);
	TAP_OK(x && x->line_end == 9, "level-1 section ends before the next level-1 heading (got %d)", x ? x->line_end : -1);
	TAP_OK(section_at(&s, 2) == NULL && section_at(&s, 11) == NULL, "prose is no heading");
	lp_sections_free(&s);
}

static void
test_meta(void)
{
	lp_meta		m;
	const char *doc =
		"关于深圳市南山区2022年国民经济\n"
		"和社会发展计划执行情况与2023年\n"
		"计划（草案）的报告\n"
		"\n"
		"一、2022年国民经济和社会发展计划执行情况\n"
		"全区地区生产总值增长5%。\n";

	lp_infer_meta(doc, strlen(doc), &m);
	TAP_STREQ(m.title, "关于深圳市南山区2022年国民经济和社会发展计划执行情况与2023年计划（草案）的报告",
			  "a title broken over three lines is joined");
	TAP_STREQ(m.region, "南山区", "region from the title");
	TAP_STREQ(m.region_code, "440305", "GB/T 2260 code of the region");
	TAP_STREQ(m.period, "2022", "period reviewed");
	TAP_STREQ(m.kind, "plan_execution", "kind from the title");
}

int
main(void)
{
	test_sections();
	test_meta();
	return TAP_DONE();
}
