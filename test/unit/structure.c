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

/* is s[0, len) well-formed UTF-8 (shortest forms, no surrogates)? */
static int
valid_utf8(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		i = 0;

	while (i < len)
	{
		int			n = p[i] < 0x80 ? 1 : p[i] >= 0xC2 && p[i] < 0xE0 ? 2 :
			p[i] >= 0xE0 && p[i] < 0xF0 ? 3 : p[i] >= 0xF0 && p[i] < 0xF5 ? 4 : 0;

		if (n == 0 || i + n > len)
			return 0;
		for (int k = 1; k < n; k++)
			if ((p[i + k] & 0xC0) != 0x80)
				return 0;
		if ((n == 3 && p[i] == 0xE0 && p[i + 1] < 0xA0) || (n == 3 && p[i] == 0xED && p[i + 1] >= 0xA0) ||
			(n == 4 && p[i] == 0xF0 && p[i + 1] < 0x90) || (n == 4 && p[i] == 0xF4 && p[i + 1] >= 0x90))
			return 0;
		i += n;
	}
	return 1;
}

/*
 * A mention in a long line with no sentence end near it: the evidence is cut
 * a fixed number of bytes before and after the mention, and the cuts fall
 * inside characters unless moved to their edges (two ASCII letters on each
 * side put the bounds off the three-byte grid).  Invalid UTF-8 in a text
 * column is refused wherever it is sent (Citus sends it to the shards).
 */
static void
test_evidence_utf8(void)
{
	char		doc[8192];
	size_t		n = 0;
	lp_facts	facts = {0};
	lp_error	err = {0};
	int			ok = 1;

	n += (size_t) snprintf(doc + n, sizeof(doc) - n, "一、2025年工作回顾\n");
	for (int i = 0; i < 200; i++)
		n += (size_t) snprintf(doc + n, sizeof(doc) - n, "推进");
	n += (size_t) snprintf(doc + n, sizeof(doc) - n, "ab地区生产总值增长5%%xy");
	for (int i = 0; i < 300; i++)
		n += (size_t) snprintf(doc + n, sizeof(doc) - n, "持续");
	n += (size_t) snprintf(doc + n, sizeof(doc) - n, "。\n");
	TAP_OK(lp_extract(doc, n, NULL, &facts, &err) == 0 && facts.n > 0,
		   "a mention in a 3 KB line without sentence ends is read (%zu facts)", facts.n);
	for (size_t i = 0; i < facts.n; i++)
	{
		const lp_fact *f = &facts.items[i];

		if (!valid_utf8(f->evidence, strlen(f->evidence)) ||
			(f->subject && !valid_utf8(f->subject, strlen(f->subject))))
			ok = 0;
	}
	TAP_OK(ok, "its evidence and subject are cut at character edges (valid UTF-8)");
	lp_facts_free(&facts);
}

int
main(void)
{
	test_sections();
	test_meta();
	test_evidence_utf8();
	return TAP_DONE();
}
